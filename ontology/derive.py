"""Files derived from the ontology: everything that is not acc.ttl itself.

`artifacts()` maps each derived file (relative to the repository root) to its
expected text. `acg ontology derive` writes them; a test fails when a
committed one differs, so a change to acc.ttl cannot leave them stale.
"""

from __future__ import annotations

import json
from typing import Any

from ontology.docs import readme
from ontology.model import Attribute, Ontology
from ontology.shapes import shapes_turtle

DERIVED = "ontology/derived"


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def _attribute(a: Attribute) -> dict[str, Any]:
    out: dict[str, Any] = {"name": a.name, "type": a.datatype, "many": a.many, "required": a.required}
    if a.scheme:
        out["scheme"] = a.scheme
    return out


def vocabulary(onto: Ontology) -> dict[str, Any]:
    """Entity types, predicates and taxonomies as plain data: the API's enums and the UI's lists."""
    return {
        "version": onto.version,
        "entity_types": {
            et.name: {
                "label": et.label,
                "attributes": [_attribute(a) for a in et.attributes],
                **({"scheme": et.scheme} if et.scheme else {}),
            }
            for et in onto.entity_types.values()
        },
        "predicates": {
            p.name: {
                "cypher": p.cypher,
                "label": p.label,
                "domain": list(p.domain),
                "range": list(p.range),
                "temporal": p.temporal,
                "inverse": p.inverse,
                "attributes": [_attribute(a) for a in p.attributes],
            }
            for p in onto.predicates.values()
        },
        "schemes": {
            s.key: {c.notation: c.label for c in s.concepts} for s in sorted(onto.schemes.values(), key=lambda s: s.key)
        },
        "labels": translated_labels(onto),
    }


def translated_labels(onto: Ontology) -> dict[str, Any]:
    """The labels in other languages than English, by language: of entity types, predicates and concepts
    (a term without a label in a language is left out of it)."""
    schemes = sorted(onto.schemes.values(), key=lambda s: s.key)
    out: dict[str, Any] = {}
    for lang in onto.languages[1:]:
        concepts = {s.key: {c.notation: c.labels[lang] for c in s.concepts if lang in c.labels} for s in schemes}
        out[lang] = {
            "entity_types": {et.name: et.labels[lang] for et in onto.entity_types.values() if lang in et.labels},
            "predicates": {p.name: p.labels[lang] for p in onto.predicates.values() if lang in p.labels},
            "schemes": {key: found for key, found in concepts.items() if found},
        }
    return out


def styles(onto: Ontology) -> dict[str, Any]:
    """How graph pictures draw each class and predicate."""
    return {
        "nodes": {
            et.name: {"color": et.color, "shape": et.shape, "label": et.label} for et in onto.entity_types.values()
        },
        "edges": {p.cypher: {"label": p.label, "temporal": p.temporal} for p in onto.predicates.values()},
    }


def nlp_labels(onto: Ontology) -> dict[str, Any]:
    """Entity labels and taxonomy terms for the extraction pipeline's rulers."""

    def terms(key: str) -> dict[str, list[str]]:
        return {c.notation: [c.label, *c.alt_labels] for c in onto.schemes[key].concepts}

    def translated(key: str) -> dict[str, dict[str, str]]:
        return {c.notation: dict(sorted(c.labels.items())) for c in onto.schemes[key].concepts}

    def other_names(key: str) -> dict[str, dict[str, list[str]]]:
        concepts = onto.schemes[key].concepts
        return {
            c.notation: {lang: list(names) for lang, names in c.alt_labels_in.items()}
            for c in concepts
            if c.alt_labels_in
        }

    return {
        "entity_labels": [et.name for et in onto.entity_types.values() if et.name not in {"Document", "CrimeType"}],
        "organization_kinds": terms("organizationKind"),
        "mechanism_kinds": terms("mechanismKind"),
        "crime_types": terms("crimeType"),
        "modes_of_liability": terms("liability"),
        "verdicts": terms("verdict"),
        # The labels in French, Spanish and German, for the pipelines of those languages, and their other names.
        "translations": {"crime_types": translated("crimeType"), "modes_of_liability": translated("liability")},
        "other_names": {"crime_types": other_names("crimeType")},
    }


def _literal(name: str, doc: str, values: list[str]) -> str:
    listed = "".join(f'    "{v}",\n' for v in values)
    return f'{name} = Literal[\n{listed}]\n"""{doc}"""\n'


def terms(onto: Ontology) -> str:
    """The ontology's names as Python types, so that code naming them is checked by mypy against the
    ontology: a rename in acc.ttl is a type error wherever the old name is written."""
    parts = [
        _literal("EntityType", "Every entity type (node label).", list(onto.entity_types)),
        _literal(
            "SearchableType",
            "Entity types but the taxonomies': what search and exports list.",
            onto.entity_types_but_taxonomies(),
        ),
        _literal("Predicate", "Every predicate, by its JSON name.", list(onto.predicates)),
        _literal(
            "RelationshipType",
            "Every predicate, by its Cypher name (relationship type).",
            [p.cypher for p in onto.predicates.values()],
        ),
        _literal("Language", "The languages the vocabulary is labelled in.", list(onto.languages)),
        _literal(
            "Sensitivity",
            "Sensitivity levels of entities, assertions and documents.",
            [c.notation for c in onto.schemes["sensitivity"].concepts],
        ),
    ]
    head = (
        '"""The ontology\'s names as Python types (their values: typing.get_args), derived from ontology/acc.ttl\n'
        'by `acg ontology derive`: do not edit."""\n\n'
        "from __future__ import annotations\n\nfrom typing import Literal\n\n"
    )
    return head + "\n\n".join(parts)


def artifacts(onto: Ontology) -> dict[str, str]:
    """Every file derived from the ontology, by path relative to the repository root."""
    return {
        f"{DERIVED}/shapes.ttl": shapes_turtle(onto),
        f"{DERIVED}/vocabulary.json": _json(vocabulary(onto)),
        f"{DERIVED}/styles.json": _json(styles(onto)),
        f"{DERIVED}/nlp_labels.json": _json(nlp_labels(onto)),
        "ontology/README.md": readme(onto),
        "ontology/terms.py": terms(onto),
    }
