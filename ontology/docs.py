"""ontology/README.md, generated from the ontology so that the tables cannot lie."""

from __future__ import annotations

from ontology.model import Attribute, Ontology, Predicate

_INTRO = """\
# The accountability ontology

Generated from `acc.ttl` by `acg ontology derive`; do not edit by hand: edit
`acc.ttl` and run the command again (a test fails when this file is stale).

`acc.ttl` (OWL 2 in Turtle, namespace `{ns}`) is the single source of truth
for the vocabulary: the store's node labels, relationship types and
constraints, the SHACL shapes (`derived/shapes.ttl`), the API's enums
(`derived/vocabulary.json`), the extractor's labels and terms
(`derived/nlp_labels.json`) and the pictures' styles (`derived/styles.json`)
are all generated from it. Python code reads it through `ontology.load()`,
which refuses an inconsistent ontology at start-up.

Version {version}. Licence: CC BY 4.0.

## How assertions are modelled

Every relation is stored twice in RDF: as the plain triple (`subject predicate
object`) that graph queries follow, and as an `acc:Assertion` (an
`rdf:Statement` and a `prov:Entity`) that carries what the triple alone
cannot: the period it held (`acc:validFrom`, `acc:validTo`, reduced-precision
ISO 8601 dates typed `xsd:gYear`, `xsd:gYearMonth` or `xsd:date`; absent when
unknown), the dates between which sources show it holding (`acc:firstCited`,
`acc:lastCited`: not a start or an end, as Security Force Monitor's handbook
insists), the predicate's own attributes (rank, date, sentence, ...), and its
provenance: `acc:evidence` spans (`acc:Evidence`: document, character offsets,
page, quoted text; aligned with the Web Annotation text-position selector),
`acc:method`, `acc:confidence` (0 to 1), `acc:reviewStatus` and
`acc:sensitivity`. Several assertions may state one triple for different
periods or from different sources. In the property-graph store an assertion is
one relationship whose properties are these attributes.

Alignment: classes and predicates are linked to PROV-O, the W3C Organization
Ontology (`org:Organization`, `org:memberOf`, `org:headOf`,
`org:subOrganizationOf`), FOAF, schema.org, SKOS and Wikidata with
`rdfs:subClassOf`, `rdfs:subPropertyOf`, `skos:exactMatch` and
`skos:closeMatch`. Wikidata items and properties are named only where they
are known to be the same thing (`wd:Q5` human, `wd:Q43229` organisation,
`wd:Q2334719` legal case, `wd:Q41397` genocide, `wd:Q135010` war crime,
`wd:Q132781` torture, `P463` member of); near matches are `skos:closeMatch`.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _attr(a: Attribute) -> str:
    kind = f"{a.scheme} concept" if a.scheme else a.datatype
    suffix = "[]" if a.many else ""
    return f"`{a.name}` ({kind}{suffix})"


def _entity_table(onto: Ontology) -> list[str]:
    rows = [
        "## Entity types (node labels)",
        "",
        "| Label | Definition | Attributes | Aligned with |",
        "|---|---|---|---|",
    ]
    for et in onto.entity_types.values():
        attrs = ", ".join(_attr(a) + ("*" if a.required else "") for a in et.attributes)
        align = ", ".join(f"`{_short(i)}`" for i in (*et.superclasses, *et.exact_match))
        rows.append(f"| `{et.name}` | {_cell(et.definition)} | {attrs} | {align} |")
    rows += [
        "",
        "`*` required. Every node also has `id`, its stable identifier; its IRI is `https://w3id.org/acg/id/` + id.",
        "",
    ]
    return rows


def _relation_table(onto: Ontology) -> list[str]:
    rows = [
        "## Relations (relationship types)",
        "",
        "| JSON | Cypher | Domain -> range | Temporal | Inverse | Own attributes | Definition |",
        "|---|---|---|---|---|---|---|",
    ]
    provenance = {a.name for a in onto.assertion_attributes}
    for p in onto.predicates.values():
        own = ", ".join(f"`{a.name}`" for a in p.attributes if a.name not in provenance) or "-"
        inverse = f"`{p.inverse}`" if p.inverse else "-"
        rows.append(
            f"| `{p.name}` | `{p.cypher}` | {' or '.join(p.domain)} -> {' or '.join(p.range)} | "
            f"{'yes' if p.temporal else 'no'} | {inverse} | {own} | {_cell(p.definition)} |"
        )
    period = {"valid_from", "valid_to", "first_cited", "last_cited"}
    every = ", ".join(f"`{a.name}`" for a in onto.assertion_attributes if a.name not in period)
    rows += [
        "",
        f"Every assertion also carries {every}; temporal ones `valid_from`, `valid_to` (the period it held, when known)"
        " and `first_cited`, `last_cited` (the dates between which sources show it holding); and its evidence spans.",
        "",
    ]
    return rows


def _example(p: Predicate) -> list[str]:
    subj, obj = p.domain[0], p.range[0]
    props = ", ".join(
        f"{a.name}: …" for a in p.attributes if a.name in {"valid_from", "valid_to", "rank", "date", "role"}
    )
    pattern = f"(:{subj})-[:{p.cypher}{' {' + props + '}' if props else ''}]->(:{obj})"
    return [f"### `{p.name}`", "", f"> {p.example}", "", "```cypher", f"MATCH {pattern}", "```", ""]


def _scheme_tables(onto: Ontology) -> list[str]:
    rows = ["## Taxonomies (SKOS)", ""]
    for s in sorted(onto.schemes.values(), key=lambda s: s.key):
        rows += [
            f"### {s.label} (`{s.key}`)",
            "",
            _cell(s.definition),
            "",
            "| Notation | Label | Broader | Legal basis |",
            "|---|---|---|---|",
        ]
        for c in s.concepts:
            broader = ", ".join(f"`{b}`" for b in c.broader) or "-"
            rows.append(f"| `{c.notation}` | {_cell(c.label)} | {broader} | {_cell(c.legal_basis or '-')} |")
        rows.append("")
    return rows


_PREFIXES = {
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/ns/org#": "org:",
    "http://xmlns.com/foaf/0.1/": "foaf:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "http://www.wikidata.org/entity/": "wd:",
    "https://w3id.org/acg/ontology#": "acc:",
}


def _short(iri: str) -> str:
    for ns, prefix in _PREFIXES.items():
        if iri.startswith(ns):
            return prefix + iri[len(ns) :]
    return iri


def readme(onto: Ontology) -> str:
    lines = [_INTRO.format(ns="https://w3id.org/acg/ontology#", version=onto.version)]
    lines += _entity_table(onto)
    lines += _relation_table(onto)
    lines += ["## An example of each relation", ""]
    for p in onto.predicates.values():
        lines += _example(p)
    lines += _scheme_tables(onto)
    return "\n".join(lines).rstrip() + "\n"
