"""Every Cypher text the project sends, in one package, per dialect only where the dialects differ.

`ddl` creates the schema, `write` loads data, `read` answers questions. Names
in the texts come from the ontology; values always travel as parameters.
"""

DIALECTS = ("ladybug", "neo4j")
