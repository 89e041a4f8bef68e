"""The accountability ontology: the single source of truth for the vocabulary.

`load()` gives the typed, checked ontology; `ontology_graph()` the RDF graph of
acc.ttl. Everything else in the project derives its names from here.
"""

from ontology.loader import ACC, OntologyError, build, load, ontology_graph, source_text
from ontology.model import Attribute, Concept, ConceptScheme, EntityType, Ontology, Predicate

__all__ = [
    "ACC",
    "Attribute",
    "Concept",
    "ConceptScheme",
    "EntityType",
    "Ontology",
    "OntologyError",
    "Predicate",
    "build",
    "load",
    "ontology_graph",
    "source_text",
]
