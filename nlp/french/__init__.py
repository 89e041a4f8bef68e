"""The French pipeline: fr_core_news_md's trained components and the project's French rules (lexicon,
dates, entities, relations), giving what the English pipeline gives (nlp/pipeline.py)."""
