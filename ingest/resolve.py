"""Entity resolution across documents: the entities of one document to the canonical entities of the store.

Within a document the extractor has already joined a name, its surname and
its descriptions. Across documents an entity joins a canonical entity of the
same type when one of its names meets one of the canonical names by name key
(case, diacritics and punctuation ignored: "Mladić" = "MLADIC"; ranks and
titles are attributes, never part of a name; a unit's ordinal is written one
way: "3rd Division" = "3 Division"). Aliases count: acronyms, names given in
other documents, and the aliases of imported tables (SFM, CSV, RDF), since
they are the stored `keys`. A person joins only by a full name: a surname
alone, or two people who share one, never joins anybody by itself.

When the names meet several canonical entities, the one whose own name is the
entity's name is taken; if none or several are, the entity stays apart, and
the decision says which candidates there were. Every decision (joined: to
what and why; new; kept apart) is a `Decision`, kept in the resolution log so
that a merge can be found, explained and undone.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ontology.names import entity_key
from ontology.records import Entity

RESOLVED_TYPES = ("Person", "Organization", "Mechanism", "Location", "Case", "Crime")


@dataclass(frozen=True)
class Decision:
    document: str
    mention: str  # the entity id within its document (the extraction's id)
    type: str
    name: str
    canonical: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"document": self.document, "mention": self.mention, "type": self.type, "name": self.name,
                "canonical": self.canonical, "reason": self.reason}  # fmt: skip


@dataclass
class Known:
    """A canonical entity as resolution sees it."""

    id: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)


# Names that every court has one of ("Trial Chamber I", "the Appeals Chamber", "the Supreme Court", "the Office
# of the Prosecutor"): the ICTR's Trial Chamber I is not the ICC's, so such a name joins nothing by itself (a
# verdict of one court would otherwise read as another's). Keys as entity_key writes them.
_ANY_COURTS = re.compile(
    r"(?:the )?(?:(?:(?:pre ?trial|trial|appeals?|supreme court|specialist|extraordinary) )?(?:chamber|panel)s?"
    r"(?: (?:[ivx]+|\d+|[a-z]))?"
    r"|(?:supreme|high|district|regional|constitutional|criminal|federal|federal criminal|trial|assize|appeals|"
    r"appellate|military|national|special) court|court|tribunal|court of appeals?|court of assizes?|court martial"
    r"|(?:the )?office of the prosecutor|(?:public )?prosecutors? office|(?:public )?prosecutor(?: general)?"
    r"|prosecution|attorney general)"
)


# The same for the forces many states have under one name ("the Presidential Guard": Rwanda's, Guinea's,
# Haiti's); a unit named by a number ("7 Division") or a service of its own name still joins by it.
_ANY_STATES = re.compile(
    r"(?:the )?(?:(?:presidential|republican|national|royal|revolutionary) guards?|(?:military|national|special|"
    r"secret|political|federal|state|riot|border|civil|judicial|criminal|traffic|mobile|armed) police|police"
    r"|police force|(?:the )?(?:national |regular |federal )?army|armed forces|(?:the )?(?:special|security|"
    r"government|state|rebel|opposition|allied) forces|intelligence services?|security services?|secret service"
    r"|military intelligence|gendarmerie|militia|militias|death squads?|paramilitaries|government|ministry of "
    r"(?:defen[cs]e|the interior|interior|justice)"
    r"|(?:la )?garde (?:presidentielle|republicaine|nationale)|(?:la )?police (?:militaire|nationale|judiciaire|"
    r"politique)|(?:l )?armee(?: nationale)?|(?:les )?forces (?:armees|speciales|de securite|de defense)"
    r"|(?:la )?gendarmerie nationale|(?:les )?services? de renseignements?"
    r"|(?:la )?guardia (?:presidencial|nacional)|(?:la )?policia (?:nacional|militar)|(?:el )?ejercito(?: nacional)?"
    r"|(?:las )?fuerzas armadas)"
)


def keys(type_: str, names: Iterable[str]) -> set[str]:
    """The keys by which an entity of this type may join another: a person's full names only, and no name
    that any court's chamber or prosecutor, or any state's force, bears."""
    found = {entity_key(type_, n) for n in names}
    if type_ == "Person":
        return {k for k in found if " " in k}
    if type_ == "Mechanism":
        found = {k for k in found if not _ANY_COURTS.fullmatch(k)}
    elif type_ == "Organization":
        found = {k for k in found if not _ANY_STATES.fullmatch(k)}
    return {k for k in found if len(k) > 1}


def canonical_id(type_: str, name: str) -> str:
    digest = hashlib.sha256(f"{type_}|{entity_key(type_, name)}".encode()).hexdigest()[:16]
    return f"{type_.lower()}-{digest}"


class Resolver:
    """The canonical entities of the store, indexed by key, and the decisions taken against them."""

    def __init__(self, known: Iterable[Known] = ()) -> None:
        self.entities: dict[str, Known] = {}
        self.index: dict[tuple[str, str], set[str]] = defaultdict(set)
        for k in known:
            self._add(k)

    def _add(self, k: Known) -> None:
        self.entities[k.id] = k
        for key in keys(k.type, [k.name, *k.aliases]):
            self.index[(k.type, key)].add(k.id)

    def resolve(self, document: str, e: Entity) -> tuple[Entity, Decision]:
        """The canonical entity for `e` (its names gathered), and why."""
        if e.type not in RESOLVED_TYPES:
            return e, Decision(document, e.id, e.type, e.name, e.id, "not resolved: one per document")
        own = keys(e.type, [e.name, *e.aliases])
        candidates = sorted({c for key in own for c in self.index.get((e.type, key), ())})
        chosen, reason = self._choose(e, candidates, own)
        if chosen is None:
            if not own:
                reason = "kept apart: a surname alone joins nobody" if e.type == "Person" else reason
            cid = canonical_id(e.type, e.name)
            if cid in self.entities or not own:  # never joined silently: an id of its own
                cid = canonical_id(e.type, f"{e.name} {document}")
            known = self.entities.get(cid) or Known(cid, e.type, e.name)
        else:
            known = self.entities[chosen]
        names = [known.name, *known.aliases, e.name, *e.aliases]
        known.aliases = [n for n in dict.fromkeys(names) if n != known.name]
        self._add(known)
        merged = Entity(known.id, e.type, known.name, list(known.aliases), dict(e.attributes), e.mentions)
        return merged, Decision(document, e.id, e.type, e.name, known.id, reason)

    def _choose(self, e: Entity, candidates: list[str], own: set[str]) -> tuple[str | None, str]:
        if not candidates:
            return None, "new"
        if len(candidates) == 1:
            k = self.entities[candidates[0]]
            shared = sorted(own & keys(k.type, [k.name, *k.aliases]))
            how = "same name" if entity_key(e.type, e.name) == entity_key(k.type, k.name) else "shared name"
            return k.id, f"{how}: {', '.join(repr(s) for s in shared)}"
        exact = [c for c in candidates if entity_key(e.type, self.entities[c].name) == entity_key(e.type, e.name)]
        listed = "; ".join(f"{c} ({self.entities[c].name})" for c in candidates[:8])
        if len(exact) == 1:
            return exact[0], f"same name; other candidates by alias: {listed}"
        return None, f"kept apart: its names meet {len(candidates)} entities: {listed}"


def gather(into: dict[str, Entity], e: Entity) -> None:
    """Keep `e` under its id in `into`; where two entities of one source became the same canonical entity,
    the first's values stand and the second adds its names and mentions."""
    first = into.setdefault(e.id, e)
    if first is not e:
        first.aliases = list(dict.fromkeys(first.aliases + e.aliases))
        first.attributes = {**e.attributes, **first.attributes}
        first.mentions = first.mentions + e.mentions


# -- the resolution log: ACG_HOME/resolution.jsonl ------------------------------------------
# One JSON object per line: the decisions of ingests (document, mention, type, name, canonical,
# reason) and the changes made by hand (an "action": merge, unmerge or split, with an id, who,
# when, why and what graph.identity did).


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def append_log(path: Path, entries: Iterable[dict[str, Any]]) -> None:
    """Append to the log, on disk when this returns (an ingest writes before the commit that needs it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as f:
        for entry in entries:
            f.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
        f.flush()
        os.fsync(f.fileno())


def write_durably(path: Path, text: str) -> None:
    """`path` holds `text` whole, on disk, when this returns, or is as it was: written beside it, synced,
    then renamed over it (and the rename synced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    with part.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(part, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def archived(archive: Path, sha256: str) -> Path:
    """Where an ingest keeps the extraction of the document with this SHA-256 (hex) in `archive`, beside
    its log: what each document said, for the passages the API shows and for splits."""
    return archive / f"{sha256}.json"


def change_entry(change: dict[str, Any], who: str, reason: str) -> dict[str, Any]:
    """A change made by hand, stamped with an id, who, when and why, as the log keeps it."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    digest = hashlib.sha256(json.dumps([change, who, at], sort_keys=True, default=str).encode()).hexdigest()
    return {**change, "change": f"change-{digest[:12]}", "who": who, "at": at, "reason": reason}


def history(log: list[dict[str, Any]], entity_id: str) -> list[dict[str, Any]]:
    """What the log says of one entity: mentions joined to it and the changes made to it, in order."""
    touching = ("canonical", "entity", "into", "new", "from")
    return [e for e in log if entity_id in (e.get(k) for k in touching)]
