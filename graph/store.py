"""The store: a read-only view and a writer over it, whatever the engine, in the domain's words.

Callers ask for entities by id or key, one entity's links, pages of a label,
the hierarchy's links, and write changes (entities and assertions put or
dropped); how an engine answers is its own business. Both engines
(graph.ladybug_store, graph.neo4j_store) answer every question here through
graph.cypher, which nothing else uses, and pass the same contract tests.
Engine and driver errors leave them as the project's errors (ontology.errors).

Answers are plain rows: an entity's row has every column of its table
(graph.columns); a link's `rel` has the assertion's columns and nothing an
engine adds of its own.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ontology.records import Entity, Relation

Row = dict[str, Any]
Rows = list[Row]

# The deepest a walk down a hierarchy goes (hops from its first unit).
MAX_DEPTH = 25

# What a step of a path reports about its link, as flat columns.
STEP_COLUMNS = (
    "from_key", "to_key", "cited_from_key", "cited_to_key", "valid_from", "valid_to", "first_cited", "last_cited",
    "rank", "title", "role", "method", "confidence", "evidence",
)  # fmt: skip


class StoreView(Protocol):
    """Read access."""

    engine: str  # "ladybug" or "neo4j"
    location: str

    @property
    def generation(self) -> int | None:
        """How many write transactions this object has ended, where nothing else writes the store (the
        embedded engine: its lock keeps other processes out), so that what is kept from it in memory stays
        in step while the number does not move. None where others may write it too (a Neo4j server):
        nothing read from it can be kept."""
        ...

    # -- entities --------------------------------------------------------------------

    def entity(self, label: str, entity_id: str) -> Row | None:
        """One entity of `label` with every column of its table, or None."""
        ...

    def find(self, entity_id: str, labels: Sequence[str]) -> Row | None:
        """The entity with this id under one of `labels` (id, name, type), or None."""
        ...

    def kinds(self, ids: Sequence[str], labels: Sequence[str]) -> Rows:
        """The id, type and name of each of `ids` stored under one of `labels` (one question: callers batch)."""
        ...

    def with_key(self, key: str) -> Rows:
        """The entities (id, name, type) with the look-up key `key`, at most 50, in id order."""
        ...

    def search(self, label: str, part: str, limit: int) -> Rows:
        """Entities of `label` with a look-up key containing `part` (id, name, type, keys), in id order."""
        ...

    def documents(self, ids: Sequence[str]) -> Rows:
        """What a person cites each of the documents `ids` by: id, title, publisher, published, url."""
        ...

    def protected(self, levels: Sequence[str]) -> Rows:
        """Entities whose sensitivity is one of `levels`, and the subjects of assertions whose sensitivity
        is (id, name, type, and aliases where the label has them)."""
        ...

    def count(self, label: str) -> int:
        """How many entities `label` holds."""
        ...

    def ids(self, label: str) -> set[str]:
        """The id of every entity of `label`."""
        ...

    def counts(self) -> dict[str, dict[str, int]]:
        """Entities per label ("nodes") and assertions per relationship type ("relationships")."""
        ...

    def entity_page(self, label: str, after: str, limit: int) -> Rows:
        """The entities of `label` after id `after` in id order, `limit` of them, every column."""
        ...

    # -- assertions ------------------------------------------------------------------

    def links(
        self, label: str, entity_id: str, direction: str, types: Sequence[str] | None = None,
        standing_only: bool = False,
    ) -> Rows:  # fmt: skip
        """One entity's links of relationship `types` (all it can have by default) out of it ("out") or
        into it ("in"): the other end (id, name, type), the relationship type (`predicate`) and the
        assertion's columns (`rel`). Those a reviewer rejected are left out when `standing_only`."""
        ...

    def relation_page(self, predicate: str, subject: str, object: str, after: str, limit: int) -> Rows:
        """The assertions of `predicate` from label `subject` to label `object` after id `after` in id
        order, `limit` of them: their ends (subject, object) and every column."""
        ...

    def assertions(
        self, predicate: str, subject: str, object: str, status: str, after: str, limit: int
    ) -> Rows:  # fmt: skip
        """As relation_page, of those whose review status is `status`, with the names of both ends
        (subject_name, object_name)."""
        ...

    def citing(self, predicate: str, subject: str, object: str, document: str) -> Rows:
        """As relation_page, the assertions that cite the document `document` (its id, "sha256:…")."""
        ...

    def assertion(self, predicate: str, subject: str, object: str, assertion_id: str) -> Row | None:
        """One assertion of `predicate` between the labels by id, as relation_page gives it, or None."""
        ...

    def shortest_paths(
        self, a: tuple[str, str], b: tuple[str, str], types: Sequence[str], max_hops: int
    ) -> list[tuple[Rows, Rows]]:  # fmt: skip
        """Every shortest path between the entities `a` and `b` ((label, id)), in either direction, of
        standing links of `types` (any when empty): its entities' rows, and its assertions' rows, each with
        `subject` (the id of its subject) and `predicate` (its relationship type)."""
        ...

    # -- the hierarchy (at a date: `lo` and `hi` are its keys, ontology.dates) ----------

    def unit_above(self, unit: str, lo: str, hi: str) -> Rows:
        """The units `unit` is part of ("part_of") and the persons commanding it ("commands"), with the
        link's STEP_COLUMNS."""
        ...

    def units_below(self, unit: str, lo: str, hi: str) -> Rows:
        """Every unit below `unit` within MAX_DEPTH links held at the date: id, name, `hops`, the unit
        above it on the path (`via`) and the last link's columns (`link`). At least every shortest path;
        an engine may give longer ones too, nearest first."""
        ...

    def people(self, units: Sequence[str], lo: str, hi: str) -> Rows:
        """Who commands or belongs to each of `units`: unit, id, name, predicate (its type), rel."""
        ...

    def posts(self, person: str, lo: str, hi: str, commands_only: bool) -> Rows:
        """The units a person commands (and belongs to, unless `commands_only`): unit, name, predicate,
        rel."""
        ...

    def hierarchy_links(self) -> dict[str, list[Any]]:
        """Every standing part_of link between units and commands or member_of link from a person to a
        unit, as columns: predicate, subject, subject_name, object, object_name and STEP_COLUMNS."""
        ...

    # -- accountability ----------------------------------------------------------------

    def implicated_directly(self) -> Rows:
        """Each standing perpetrated, ordered or aided link from a person to a crime, with the crime's name,
        dates (crime_from, crime_to) and country."""
        ...

    def implicated_as_commander(self) -> Rows:
        """Each person commanding a unit that perpetrated a crime: the command (`command`) and the
        perpetration (`rel`), with the unit and the crime."""
        ...

    def crime_countries(self) -> Rows:
        """The country of the place of each crime (crime, country)."""
        ...

    def dealt_with(self) -> Rows:
        """Each person charged or convicted by a mechanism, or accused in a case (id, mechanism, predicate)."""
        ...

    def outcomes(self) -> Rows:
        """One row per charge, conviction or acquittal by a mechanism: its id, name, kind, country, the
        predicate and the accused, in order of name, predicate and accused."""
        ...

    # -- raw Cypher ---------------------------------------------------------------------

    def read(self, query: str, params: Mapping[str, Any] | None = None) -> Rows:
        """Trusted Cypher in this engine's dialect, in a read transaction: for tests, benchmarks and a
        person's own tools. The project above the engines asks the questions above and sends no Cypher of
        its own (tests/test_layers.py)."""
        ...

    def read_bounded(self, query: str, params: Mapping[str, Any] | None = None, *, timeout: float, limit: int) -> Rows:
        """Untrusted Cypher: in a read-only transaction, stopped after `timeout` seconds (QueryTimeout), at
        most `limit` rows. Check the text first (graph.guard): this is the second wall."""
        ...

    def close(self) -> None: ...


# -- changes: what a writer asks a store to do, in one transaction -------------------------


@dataclass(frozen=True)
class PutEntity:
    """Store an entity: its values where it has them, the stored ones elsewhere; or, when `whole`, its
    values only (a value it lacks is cleared: a merge undone)."""

    entity: Entity
    whole: bool = False


@dataclass(frozen=True)
class PutRelation:
    """Store an assertion between entities of the labels `ends` (subject's, object's), unless one of its
    id is stored: the same id is the same statement."""

    relation: Relation
    ends: tuple[str, str]


@dataclass(frozen=True)
class DropRelation:
    """Take an assertion away, by its predicate, the labels of its ends and its id."""

    predicate: str
    ends: tuple[str, str]
    assertion_id: str


@dataclass(frozen=True)
class DropEntity:
    """Take an entity away; it must have no assertion left (the engine refuses otherwise)."""

    label: str
    entity_id: str


Change = PutEntity | PutRelation | DropRelation | DropEntity

Nodes = Mapping[str, Mapping[str, Entity]]  # label -> id -> record
Edges = Mapping[tuple[str, str, str], Mapping[str, Relation]]  # (predicate, subject label, object label) -> id ->


class Store(StoreView, Protocol):
    """Read and write access."""

    def ensure_schema(self) -> None:
        """Create missing tables, constraints and columns (idempotent; keeps data)."""
        ...

    def apply(self, changes: Sequence[Change]) -> None:
        """Make the changes in one transaction, in their order: all of them take effect, or none."""
        ...

    def load(self, nodes: Nodes, edges: Edges) -> None:
        """Store checked records in bulk, as PutEntity and PutRelation would: entities merged by id, an
        assertion whose id is stored left as it is. On an engine that bounds its transactions, in parts
        (a load stopped between two is run again: every write is by a stable id)."""
        ...

    def stored(self, label: str, ids: Collection[str]) -> set[str]:
        """Which of `ids` are stored under `label`."""
        ...

    def write(self, statements: Sequence[tuple[str, Mapping[str, Any]]]) -> None:
        """Trusted Cypher in this engine's dialect, in one transaction (as `read`: not for the project's
        own changes, which are `apply` and `load`)."""
        ...
