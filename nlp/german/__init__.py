"""German: entities on spaCy's blank German (nlp/german/entities.py)."""
