"""Read statements, per dialect only where LadybugDB and Neo4j differ.

Differences met here (and documented for users in graph/README.md):
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

MAX_DEPTH = 25

# The period test of one relationship `r` against the key range [lo, hi] of a date.
_HELD = "(r.from_key IS NULL OR r.from_key <= hi) AND (r.to_key IS NULL OR r.to_key >= lo)"

FIND_BY_ID = {
    "ladybug": "MATCH (n) WHERE n.id = $id RETURN n.id AS id, n.name AS name, label(n) AS type",
    "neo4j": "MATCH (n) WHERE n.id = $id RETURN n.id AS id, n.name AS name, labels(n)[0] AS type",
}

FIND_BY_KEY = {
    "ladybug": "MATCH (n) WHERE list_contains(n.keys, $key) "
    "RETURN n.id AS id, n.name AS name, label(n) AS type ORDER BY id LIMIT 50",
    "neo4j": "MATCH (n) WHERE $key IN n.keys "
    "RETURN n.id AS id, n.name AS name, labels(n)[0] AS type ORDER BY id LIMIT 50",
}

# The units a person belongs to or commands at a date: where a chain of command starts.
PERSON_UNITS = {
    "ladybug": "WITH $lo AS lo, $hi AS hi MATCH (x:Person {id: $id})-[r:MEMBER_OF|COMMANDS]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, label(r) AS predicate, r AS rel",
    "neo4j": "WITH $lo AS lo, $hi AS hi MATCH (x:Person {id: $id})-[r:MEMBER_OF|COMMANDS]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, type(r) AS predicate, properties(r) AS rel",
}

# The filter of each PART_OF link inside a LadybugDB recursive pattern: held at the date.
_HELD_INLINE = "(r, n | WHERE (r.from_key IS NULL OR r.from_key <= $hi) AND (r.to_key IS NULL OR r.to_key >= $lo))"

# Every unit above one unit, through PART_OF links that held at the date, one nearest path each.
# LadybugDB: SHORTEST with the filter inside the pattern (single source: a path to each unit reached).
# Neo4j: a trail (its default) whose nodes are distinct; the caller keeps the shortest per unit.
UNITS_ABOVE = {
    "ladybug": f"MATCH p = (s:Organization {{id: $id}})-[:PART_OF* SHORTEST 1..{MAX_DEPTH} {_HELD_INLINE}]->"
    "(u:Organization) RETURN nodes(p) AS nodes, rels(p) AS rels",
    "neo4j": "WITH $lo AS lo, $hi AS hi "
    f"MATCH p = (s:Organization {{id: $id}})-[:PART_OF*1..{MAX_DEPTH}]->(u:Organization) "
    "WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n)) "
    f"AND all(r IN relationships(p) WHERE {_HELD}) "
    "RETURN [n IN nodes(p) | properties(n)] AS nodes, [r IN relationships(p) | properties(r)] AS rels",
}

# Every unit below one unit (the reverse walk).
UNITS_BELOW = {
    dialect: text.replace("(s:Organization {id: $id})-[:PART_OF*", "(s:Organization {id: $id})<-[:PART_OF*").replace(
        "]->(u:Organization)", "]-(u:Organization)"
    )
    for dialect, text in UNITS_ABOVE.items()
}

# Binds the units and the date keys for the queries below.
_EACH_UNIT = "UNWIND $unit_ids AS uid WITH uid, $lo AS lo, $hi AS hi "

# Who commands the given units at the date.
COMMANDERS = {
    "ladybug": _EACH_UNIT + "MATCH (c:Person)-[r:COMMANDS]->(u:Organization {id: uid}) "
    f"WHERE {_HELD} RETURN u.id AS unit, c.id AS id, c.name AS name, r AS rel",
    "neo4j": _EACH_UNIT + "MATCH (c:Person)-[r:COMMANDS]->(u:Organization {id: uid}) "
    f"WHERE {_HELD} RETURN u.id AS unit, c.id AS id, c.name AS name, properties(r) AS rel",
}

# Who commands or belongs to the given units at the date.
PEOPLE_IN = {
    "ladybug": _EACH_UNIT + "MATCH (c:Person)-[r:COMMANDS|MEMBER_OF]->(u:Organization {id: uid}) "
    f"WHERE {_HELD} "
    "RETURN u.id AS unit, c.id AS id, c.name AS name, label(r) AS predicate, r AS rel",
    "neo4j": _EACH_UNIT + "MATCH (c:Person)-[r:COMMANDS|MEMBER_OF]->(u:Organization {id: uid}) "
    f"WHERE {_HELD} "
    "RETURN u.id AS unit, c.id AS id, c.name AS name, type(r) AS predicate, properties(r) AS rel",
}

# The units a person commands at the date: where their subordinates start.
COMMANDED_UNITS = {
    "ladybug": "WITH $lo AS lo, $hi AS hi MATCH (x:Person {id: $id})-[r:COMMANDS]->(u:Organization) "
    f"WHERE {_HELD} RETURN u.id AS unit, u.name AS name, r AS rel",
    "neo4j": "WITH $lo AS lo, $hi AS hi MATCH (x:Person {id: $id})-[r:COMMANDS]->(u:Organization) "
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
