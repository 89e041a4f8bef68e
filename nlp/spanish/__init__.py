"""The Spanish pipeline: spaCy's blank Spanish (no trained pipeline for spaCy 3.8 is on PyPI) with a
sentencizer and the project's Spanish recogniser (nlp/spanish/entities.py): names by their capitals and
head nouns, dates, the ontology's Spanish labels of crime types. It gives entities, not relations."""
