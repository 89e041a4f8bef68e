"""Read statements, per dialect only where LadybugDB and Neo4j differ.

Differences met here (and those that users writing their own Cypher meet, in README.md, "Stores"):
- the label of a node is `label(n)` on LadybugDB, `labels(n)[0]` on Neo4j;
  the type of a relationship `label(r)` against `type(r)`;
- a variable-length walk: LadybugDB walks with repeated edges by default, and
  its `* ACYCLIC` still repeats nodes (ladybug 0.22); here it takes
  `* SHORTEST` with the link filter inside the pattern. Neo4j's default is a
  trail, and a path predicate keeps nodes distinct;
- before a recursive pattern, LadybugDB is 30x slower with UNWIND than with a
  plain `$id`, so walks start from one unit per statement;
- `rels(p)` against `relationships(p)`;
- LadybugDB cannot take a parameter inside a list predicate: it is bound with
  WITH before the MATCH.
Dates are compared as keys (ontology.dates): a link is excluded at a date only
when a known bound excludes it; unknown bounds keep it (and the answer says so).
"""

from __future__ import annotations

from functools import cache

from graph.columns import edge_columns, node_columns
from graph.store import MAX_DEPTH, STEP_COLUMNS
from ontology import load
from ontology.terms import RelationshipType


def _types(*names: RelationshipType) -> str:
    """A relationship pattern's types ("COMMANDS|MEMBER_OF"), checked by mypy against the ontology."""
    return "|".join(names)


_POSTS = _types("COMMANDS", "MEMBER_OF")
_MEMBER_OR_COMMAND = _types("MEMBER_OF", "COMMANDS")
_PART_OF = _types("PART_OF")
_COMMANDS = _types("COMMANDS")


def standing(var: str) -> str:
    """The test that relationship `var` stands: a reviewer has not rejected it (rejected assertions stay in
    the store for the record and are left out of answers, as the ontology's review status says)."""
    return f"({var}.review_status IS NULL OR {var}.review_status <> 'rejected')"


# The test of one relationship `r` at the key range [lo, hi] of a date: it stands and its
# period is not excluded; lo and hi bound by WITH, or given as parameters.
_HELD = standing("r") + " AND (r.from_key IS NULL OR r.from_key <= hi) AND (r.to_key IS NULL OR r.to_key >= lo)"
_HELD_AT = standing("r") + " AND (r.from_key IS NULL OR r.from_key <= $hi) AND (r.to_key IS NULL OR r.to_key >= $lo)"


def find_by_id(labels: list[str]) -> str:
    """An entity by id: one primary-key lookup per label (a label-less match scans every table:
    12.5 ms against 0.035 ms on 98k nodes). The same text on both engines."""
    return " UNION ALL ".join(
        f"MATCH (n:`{label}` {{id: $id}}) RETURN n.id AS id, n.name AS name, '{label}' AS type" for label in labels
    )


def labels_by_id(labels: list[str]) -> str:
    """The label and name of each of the entities whose ids are `$ids` (those that exist), per label by its
    primary key."""
    return " UNION ALL ".join(
        f"UNWIND $ids AS i MATCH (n:`{label}` {{id: i}}) RETURN n.id AS id, '{label}' AS type, n.name AS name"
        for label in labels
    )


# What a person cites a document by: its title, publisher and date.
DOCUMENTS_CITED = (
    "UNWIND $ids AS i MATCH (d:Document {id: i}) "
    "RETURN d.id AS id, d.name AS title, d.publisher AS publisher, d.published AS published, d.url AS url"
)

FIND_BY_KEY = {
    "ladybug": "MATCH (n) WHERE list_contains(n.keys, $key) "
    "RETURN n.id AS id, n.name AS name, label(n) AS type ORDER BY id LIMIT 50",
    "neo4j": "MATCH (n) WHERE $key IN n.keys "
    "RETURN n.id AS id, n.name AS name, labels(n)[0] AS type ORDER BY id LIMIT 50",
}

# The units a person belongs to or commands at a date: where a chain of command starts.
PERSON_UNITS = {
    "ladybug": f"WITH $lo AS lo, $hi AS hi MATCH (x:Person {{id: $id}})-[r:{_MEMBER_OR_COMMAND}]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, label(r) AS predicate, r AS rel",
    "neo4j": f"WITH $lo AS lo, $hi AS hi MATCH (x:Person {{id: $id}})-[r:{_MEMBER_OR_COMMAND}]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, type(r) AS predicate, properties(r) AS rel",
}

# The filter of each PART_OF link inside a LadybugDB recursive pattern: held at the date.
_HELD_INLINE = f"(r, n | WHERE {_HELD_AT})"

# Every unit below one unit at a date, with the last link of a shortest path to it:
# enough to rebuild every path as a tree, without returning whole paths (which
# costs LadybugDB about 0.1 ms per path). LadybugDB names the link's ends by
# internal ids (`_SRC`, `_DST`), mapped back through ID(s) and ID(u); Neo4j
# returns the parent's id and keeps trails (its default) with distinct nodes.
UNITS_BELOW = {
    "ladybug": f"MATCH p = (s:Organization {{id: $id}})<-[:{_PART_OF}* SHORTEST 1..{MAX_DEPTH} {_HELD_INLINE}]-"
    "(u:Organization) RETURN ID(s) AS start, ID(u) AS node, u.id AS id, u.name AS name, length(p) AS hops, "
    "list_extract(rels(p), length(p)) AS link",
    "neo4j": "WITH $lo AS lo, $hi AS hi "
    f"MATCH p = (s:Organization {{id: $id}})<-[:{_PART_OF}*1..{MAX_DEPTH}]-(u:Organization) "
    "WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)) "
    f"AND all(r IN relationships(p) WHERE {_HELD}) "
    "RETURN u.id AS id, u.name AS name, length(p) AS hops, nodes(p)[-2].id AS via, "
    # every path, not the shortest alone: nearest first, so that a unit's distance is settled before the
    # units reached through it (queries._descend)
    "properties(last(relationships(p))) AS link ORDER BY hops",
}


def _step_columns(predicate: str, dialect: str) -> str:
    """The step columns of one relationship type; a column the type lacks is a typed null."""
    onto = load()
    own = {c.name for c in edge_columns(onto, predicate)}
    types = {c.name: c.ladybug_type for p in onto.predicates for c in edge_columns(onto, p)}
    null = "CAST(NULL AS {})" if dialect == "ladybug" else "null"
    return ", ".join(f"r.{c} AS {c}" if c in own else f"{null.format(types[c])} AS {c}" for c in STEP_COLUMNS)


@cache
def unit_above(dialect: str) -> str:
    """One unit's links upward at a date: the units it is part of, and who commands it.

    One statement per unit reached: on LadybugDB a single-id one-hop match
    takes about 0.1 ms, while an UNWIND of ids joined to a relationship is
    planned as a scan of the whole table (about 200 ms on 98k links), and
    path functions on a recursive match cost milliseconds per path.
    """
    return (
        f"MATCH (s:Organization {{id: $id}})-[r:{_PART_OF}]->(u:Organization) WHERE {_HELD_AT} "
        f"RETURN 'part_of' AS predicate, u.id AS id, u.name AS name, {_step_columns('part_of', dialect)} "
        f"UNION ALL MATCH (c:Person)-[r:{_COMMANDS}]->(s:Organization {{id: $id}}) WHERE {_HELD_AT} "
        f"RETURN 'commands' AS predicate, c.id AS id, c.name AS name, {_step_columns('commands', dialect)}"
    )


@cache
def hierarchy_links(dialect: str) -> str:
    """Every standing PART_OF link between units and COMMANDS or MEMBER_OF link from a person to a unit,
    with both ends and the step columns: what graph.hierarchy keeps in memory for the walks."""
    return " UNION ALL ".join(
        f"MATCH (a:{subject})-[r:{load().predicate(predicate).cypher}]->(b:Organization) WHERE {standing('r')} "
        f"RETURN '{predicate}' AS predicate, a.id AS subject, a.name AS subject_name, b.id AS object, "
        f"b.name AS object_name, {_step_columns(predicate, dialect)}"
        for subject, predicate in (("Organization", "part_of"), ("Person", "commands"), ("Person", "member_of"))
    )


# Binds the units and the date keys for the queries below.
_EACH_UNIT = "UNWIND $unit_ids AS uid WITH uid, $lo AS lo, $hi AS hi "

# Who commands or belongs to the given units at the date.
PEOPLE_IN = {
    "ladybug": _EACH_UNIT + f"MATCH (c:Person)-[r:{_POSTS}]->(u:Organization {{id: uid}}) "
    f"WHERE {_HELD} "
    "RETURN u.id AS unit, c.id AS id, c.name AS name, label(r) AS predicate, r AS rel",
    "neo4j": _EACH_UNIT + f"MATCH (c:Person)-[r:{_POSTS}]->(u:Organization {{id: uid}}) "
    f"WHERE {_HELD} "
    "RETURN u.id AS unit, c.id AS id, c.name AS name, type(r) AS predicate, properties(r) AS rel",
}

# Who commands or belongs to one unit at the date (single id: an index lookup).
PEOPLE_OF = {
    "ladybug": f"MATCH (c:Person)-[r:{_POSTS}]->(u:Organization {{id: $id}}) "
    f"WHERE {_HELD_AT} RETURN u.id AS unit, c.id AS id, c.name AS name, label(r) AS predicate, r AS rel",
    "neo4j": f"MATCH (c:Person)-[r:{_POSTS}]->(u:Organization {{id: $id}}) "
    f"WHERE {_HELD_AT} RETURN u.id AS unit, c.id AS id, c.name AS name, type(r) AS predicate, properties(r) AS rel",
}

# Up to this many units, PEOPLE_OF per unit beats PEOPLE_IN (one scan of the
# posting tables, ~10 ms on LadybugDB; a single-id lookup is ~0.2 ms).
PER_UNIT_LIMIT = 50

# The units a person commands at the date: where their subordinates start.
COMMANDED_UNITS = {
    "ladybug": f"WITH $lo AS lo, $hi AS hi MATCH (x:Person {{id: $id}})-[r:{_COMMANDS}]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, r AS rel",
    "neo4j": f"WITH $lo AS lo, $hi AS hi MATCH (x:Person {{id: $id}})-[r:{_COMMANDS}]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, properties(r) AS rel",
}

NODE_COUNTS = {
    "ladybug": "MATCH (n) RETURN label(n) AS type, count(n) AS n ORDER BY type",
    "neo4j": "MATCH (n) RETURN labels(n)[0] AS type, count(n) AS n ORDER BY type",
}

EDGE_COUNTS = {
    "ladybug": "MATCH ()-[r]->() RETURN label(r) AS type, count(r) AS n ORDER BY type",
    "neo4j": "MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS n ORDER BY type",
}


# -- accountability: complicity, impunity, cases, paths --------------------------------


def _label(var: str, dialect: str) -> str:
    return f"label({var})" if dialect == "ladybug" else f"labels({var})[0]"


def _type(var: str, dialect: str) -> str:
    return f"label({var})" if dialect == "ladybug" else f"type({var})"


def _props(var: str, dialect: str) -> str:
    return var if dialect == "ladybug" else f"properties({var})"


def links(label: str, types: tuple[str, ...], direction: str, dialect: str, standing_only: bool = False) -> str:
    """One entity's links of the given types, into it ("in") or out of it ("out"); only those that stand
    when `standing_only` (answers), rejected ones too otherwise (the record: detail pages, pictures).

    `label` and `types` are ontology names (node label, relationship types), never user text.
    """
    pattern = f"-[r:{'|'.join(f'`{t}`' for t in types)}]-"
    x = f"(x:`{label}` {{id: $id}})"
    match = f"(o){pattern}>{x}" if direction == "in" else f"{x}{pattern}>(o)"
    where = f"WHERE {standing('r')} " if standing_only else ""
    return (
        f"MATCH {match} {where}RETURN o.id AS id, o.name AS name, {_label('o', dialect)} AS type, "
        f"{_type('r', dialect)} AS predicate, {_props('r', dialect)} AS rel"
    )


IMPLICATED_DIRECTLY = {
    d: f"MATCH (p:Person)-[r:PERPETRATED|ORDERED|AIDED]->(c:Crime) WHERE {standing('r')} "
    f"RETURN p.id AS id, p.name AS name, c.id AS crime, c.name AS crime_name, c.start_date AS crime_from, "
    f"c.end_date AS crime_to, c.country AS country, {_type('r', d)} AS predicate, {_props('r', d)} AS rel"
    for d in ("ladybug", "neo4j")
}

IMPLICATED_AS_COMMANDER = {
    d: "MATCH (p:Person)-[k:COMMANDS]->(u:Organization)-[r:PERPETRATED]->(c:Crime) "
    f"WHERE {standing('k')} AND {standing('r')} "
    "RETURN p.id AS id, p.name AS name, u.id AS unit, u.name AS unit_name, c.id AS crime, c.name AS crime_name, "
    "c.start_date AS crime_from, c.end_date AS crime_to, c.country AS country, "
    f"{_props('k', d)} AS command, {_props('r', d)} AS rel"
    for d in ("ladybug", "neo4j")
}

CRIME_COUNTRIES = (
    f"MATCH (c:Crime)-[r:OCCURRED_IN]->(l:Location) WHERE {standing('r')} RETURN c.id AS crime, l.country AS country"
)

DEALT_WITH = {
    d: f"MATCH (p:Person)-[r:CHARGED_BY|CONVICTED_BY]->(m:Mechanism) WHERE {standing('r')} "
    f"RETURN p.id AS id, m.id AS mechanism, {_type('r', d)} AS predicate "
    f"UNION ALL MATCH (p:Person)-[r:ACCUSED_IN]->(k:`Case`) WHERE {standing('r')} "
    "RETURN p.id AS id, k.id AS mechanism, 'ACCUSED_IN' AS predicate"
    for d in ("ladybug", "neo4j")
}

# One row per outcome (the accused, and the mechanism's country: what the impunity filters need).
OUTCOMES = {
    d: f"MATCH (a)-[r:CHARGED_BY|CONVICTED_BY|ACQUITTED_BY]->(m:Mechanism) WHERE {standing('r')} "
    f"RETURN m.id AS id, m.name AS name, m.kind AS kind, m.country AS country, {_type('r', d)} AS predicate, "
    "a.id AS accused ORDER BY name, predicate, accused"
    for d in ("ladybug", "neo4j")
}


def shortest_paths(a_label: str, b_label: str, types: tuple[str, ...], max_hops: int, dialect: str) -> str:
    """All shortest paths between two entities, in either direction, over the given types (all when empty)."""
    rel = ":" + "|".join(f"`{t}`" for t in types) if types else ""
    a, b = f"(a:`{a_label}` {{id: $a}})", f"(b:`{b_label}` {{id: $b}})"
    if dialect == "ladybug":
        return (
            f"MATCH p = {a}-[{rel}* ALL SHORTEST 1..{max_hops} (r, n | WHERE {standing('r')})]-{b} "
            "RETURN nodes(p) AS nodes, rels(p) AS rels"
        )
    return (
        f"MATCH p = allShortestPaths({a}-[{rel}*..{max_hops}]-{b}) WHERE all(r IN relationships(p) WHERE "
        f"{standing('r')}) RETURN [n IN nodes(p) | properties(n)] AS nodes, "
        "[r IN relationships(p) | r {.*, _type: type(r), _from: startNode(r).id}] AS rels"
    )


# -- whole-graph reads for exports: keyset pages in id order, every column named ------------


def node_page(label: str) -> str:
    """The nodes of one label after id `$after`, `$limit` of them, with every column of the schema."""
    columns = ", ".join(f"n.`{c.name}` AS `{c.name}`" for c in node_columns(load(), label))
    return f"MATCH (n:`{label}`) WHERE n.id > $after RETURN {columns} ORDER BY n.id LIMIT $limit"


def _edge_query(
    predicate: str, subject_label: str, object_label: str, where: str = "", tail: str = "",
    by_id: bool = False, names: bool = False,
) -> str:  # fmt: skip
    """Relationships of one predicate between two labels with every column of the schema."""
    onto = load()
    p = onto.predicate(predicate)
    columns = ", ".join(f"r.`{c.name}` AS `{c.name}`" for c in edge_columns(onto, p.name))
    key = " {id: $id}" if by_id else ""
    ends = "a.id AS subject, b.id AS object"
    if names:
        ends = "a.id AS subject, a.name AS subject_name, b.id AS object, b.name AS object_name"
    return (
        f"MATCH (a:`{subject_label}`)-[r:`{p.cypher}`{key}]->(b:`{object_label}`) {where}RETURN {ends}, {columns}{tail}"
    )


def edge_page(predicate: str, subject_label: str, object_label: str) -> str:
    """The relationships of one predicate between two labels after id `$after`, `$limit` of them."""
    return _edge_query(predicate, subject_label, object_label, "WHERE r.id > $after ", " ORDER BY r.id LIMIT $limit")


def protected_ids() -> list[str]:
    """One statement per node label with a sensitivity and per relationship type: the entities whose
    sensitivity is in `$levels`, and the subjects of assertions whose sensitivity is (id, name, type and,
    where the label has them, aliases: what must not be shown of them)."""
    onto = load()
    nodes = []
    for label, t in onto.entity_types.items():
        names = {a.name for a in t.attributes}
        if "sensitivity" in names:
            aliases = ", n.aliases AS aliases" if "aliases" in {c.name for c in node_columns(onto, label)} else ""
            nodes.append(
                f"MATCH (n:`{label}`) WHERE n.sensitivity IN $levels "
                f"RETURN n.id AS id, n.name AS name, '{label}' AS type{aliases}"
            )
    edges = [
        f"MATCH (a:`{s}`)-[r:`{p.cypher}`]->(:`{o}`) WHERE r.sensitivity IN $levels "
        f"RETURN DISTINCT a.id AS id, a.name AS name, '{s}' AS type"
        for p in onto.predicates.values()
        for s, o in p.pairs()
    ]
    return nodes + edges


def search(label: str) -> str:
    """Entities of one label with a look-up key containing `$part` (a name key: lower case, no diacritics)."""
    return (
        f"WITH $part AS part MATCH (n:`{label}`) WHERE any(k IN n.keys WHERE k CONTAINS part) "
        f"RETURN n.id AS id, n.name AS name, '{label}' AS type, n.keys AS keys ORDER BY n.id LIMIT $limit"
    )


def node_by_id(label: str) -> str:
    """One node by id with every column of the schema."""
    columns = ", ".join(f"n.`{c.name}` AS `{c.name}`" for c in node_columns(load(), label))
    return f"MATCH (n:`{label}` {{id: $id}}) RETURN {columns}"


def assertions(predicate: str, subject_label: str, object_label: str) -> str:
    """The assertions of one predicate between two labels whose review status is `$status`, in id order
    after `$after`, with the names of both ends."""
    return _edge_query(
        predicate, subject_label, object_label, "WHERE r.review_status = $status AND r.id > $after ",
        " ORDER BY r.id LIMIT $limit", names=True,
    )  # fmt: skip


def citing(predicate: str, subject_label: str, object_label: str) -> str:
    """The assertions of one predicate between two labels that cite the document `$document`."""
    return _edge_query(predicate, subject_label, object_label, "WHERE $document IN r.sources ")


def assertion_by_id(predicate: str, subject_label: str, object_label: str) -> str:
    return _edge_query(predicate, subject_label, object_label, by_id=True)


def link_types(label: str, direction: str) -> tuple[str, ...]:
    """The relationship types that can leave ("out") or enter ("in") nodes of `label`, by the ontology."""
    return tuple(p.cypher for p in load().predicates.values() if label in (p.domain if direction == "out" else p.range))
