"""Keeping people at risk out of what is shown: answers, exports and pictures.

An entity is hidden from a caller when its own sensitivity, or that of an
assertion it is the subject of (victims and witnesses by the ontology's
default), is one of the levels the caller may not see. A hidden entity keeps
its type and gets a stable pseudonym (an HMAC of its id under the
installation's key, so it cannot be recomputed from a guessed name
elsewhere); its name, aliases and attributes are dropped, and every assertion
that touches it loses the quoted text and offsets of its evidence (the
document stays, so the source remains traceable for those allowed to read
it). Any other text that names a hidden entity (a quote about someone else, a
raw Cypher value) has the name replaced by the pseudonym, case-insensitively.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from graph.cypher import read
from graph.store import StoreView
from ontology.names import name_key
from ontology.records import Entity, Relation, Span

T = TypeVar("T")

# Fields of an evidence span or extraction that quote or locate the text itself.
_TEXT_FIELDS = ("text", "quote", "start", "end", "mentions")
# Keys of an answer's entry that place an entity in it without saying anything of the entity itself.
_STRUCTURE = ("type", "_label", "distance", "status", "path", "valid_from", "valid_to", "predicate", "sensitivity")


@dataclass(frozen=True)
class Hidden:
    pseudonym: str
    label: str
    type: str


class Protection:
    """The entities hidden from one caller, and how each is shown instead."""

    def __init__(self, found: Iterable[dict[str, Any]], key: bytes) -> None:
        self.key = key
        self.hidden: dict[str, Hidden] = {}
        names: dict[str, str] = {}
        for row in found:
            entity_id = str(row["id"])
            if entity_id not in self.hidden:
                code = self.pseudonym(entity_id)
                type_ = str(row.get("type") or "Entity")
                self.hidden[entity_id] = Hidden(code, f"Protected {type_.lower()} {code[-6:]}", type_)
            for name in [row.get("name"), *(row.get("aliases") or [])]:
                if isinstance(name, str) and len(name.strip()) > 2:
                    # As written, and as the store's look-up keys spell it (no diacritics or punctuation).
                    for variant in (name.strip(), name_key(name)):
                        names[variant.casefold()] = self.hidden[entity_id].label
        for entity_id, h in self.hidden.items():
            names[entity_id.casefold()] = h.pseudonym
        self._names = names
        self._real = {h.pseudonym: entity_id for entity_id, h in self.hidden.items()}
        # Longest first, so "Ahmad al-Hassan" is replaced before "Ahmad"; never inside a longer word.
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if names else None

    @classmethod
    def of(cls, view: StoreView, levels: Iterable[str], key: bytes) -> Protection:
        """Everyone in `view` whose sensitivity, or whose assertions' sensitivity, is one of `levels`."""
        chosen = sorted(set(levels))
        if not chosen:
            return cls([], key)
        rows = [row for query in read.protected_ids() for row in view.read(query, {"levels": chosen})]
        aliases: dict[str, list[str]] = {r["id"]: r["aliases"] or [] for r in rows if "aliases" in r}
        for row in rows:
            # Found through an assertion: the node's aliases are needed too (looked up once per entity).
            if row["id"] not in aliases:
                node = view.read(read.node_by_id(row["type"]), {"id": row["id"]})
                aliases[row["id"]] = (node[0].get("aliases") if node else None) or []
            row["aliases"] = aliases[row["id"]]
        return cls(rows, key)

    def pseudonym(self, entity_id: str) -> str:
        digest = hmac.new(self.key, entity_id.encode(), hashlib.sha256).hexdigest()[:12]
        return f"protected-{digest}"

    def real_id(self, shown: str) -> str | None:
        """The id behind a pseudonym, or None when `shown` is not one."""
        return self._real.get(shown)

    def usable_id(self, asked: str) -> str | None:
        """The id behind what a caller asked for: a pseudonym's entity, any other id as it is, and None for
        the real id of a hidden entity (a caller who may not see it may not use it either)."""
        real = self._real.get(asked)
        if real is not None:
            return real
        return None if asked in self.hidden else asked

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.hidden

    def redact(self, text: str) -> str:
        """`text` with every name, alias and id of a hidden entity replaced by its pseudonym."""
        if self._pattern is None or not text:
            return text
        if text in self.hidden:
            return self.hidden[text].pseudonym
        return self._pattern.sub(lambda m: self._names[m.group(0).casefold()], text)

    # -- records (exports, pictures) ---------------------------------------------------------

    def entity(self, e: Entity) -> Entity:
        h = self.hidden.get(e.id)
        if h is None:
            return e
        return Entity(h.pseudonym, e.type, h.label, [], {"sensitivity": e.attributes.get("sensitivity", "protected")})

    def relation(self, r: Relation) -> Relation:
        if r.subject in self.hidden or r.object in self.hidden:
            return replace(
                r,
                subject=self.shown_id(r.subject),
                object=self.shown_id(r.object),
                evidence=[Span(document=s.document, page=s.page) for s in r.evidence],
                id=r.assertion_id(),
            )
        if self._pattern is None:
            return r
        return replace(r, evidence=[replace(s, text=self.redact(s.text)) for s in r.evidence])

    def shown_id(self, entity_id: str) -> str:
        """The id to show: the pseudonym of a hidden entity, any other id as it is."""
        h = self.hidden.get(entity_id)
        return h.pseudonym if h else entity_id

    # -- JSON answers (API, CLI) -------------------------------------------------------------

    def answer(self, value: T) -> T:
        """A JSON value with hidden entities pseudonymised wherever they occur: as an entity (a dict with
        their id), as the subject or object of a step or relation, or by name in any text."""
        if not self.hidden:
            return value
        return cast(T, self._walk(value))

    def _walk(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if isinstance(value, list):
            return [self._walk(v) for v in value]
        if not isinstance(value, dict):
            return value
        own_id = value.get("id")
        h = self.hidden.get(own_id) if isinstance(own_id, str) else None
        if h is not None:
            # A hidden entity keeps its pseudonym, type and its place in the answer; nothing of its own.
            kept = {k: self._walk(v) for k, v in value.items() if k in _STRUCTURE}
            return {**kept, "id": h.pseudonym, "name": h.label} | ({"type": h.type} if "type" in value else {})
        touches = any(isinstance(value.get(k), str) and value[k] in self.hidden for k in ("subject", "object"))
        out: dict[str, Any] = {}
        for k, v in value.items():
            if touches and k == "evidence" and isinstance(v, list):
                out[k] = [self._walk(_located_only(e)) for e in v]
            elif not (touches and k in _TEXT_FIELDS):
                out[k] = self._walk(v)
        return out


def _located_only(evidence: Any) -> Any:
    if not isinstance(evidence, dict):
        return {}
    return {k: v for k, v in evidence.items() if k not in _TEXT_FIELDS}
