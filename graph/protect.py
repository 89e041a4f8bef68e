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
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast

from graph.store import StoreView
from ontology import load
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


# Words of a name that are not a name alone: particles and connectives, in the languages of the sources.
_PARTICLES = frozenset(
    "al el ad ibn bin bint abu abd ben de del della der des di da das do dos du la le les los las lo van "
    "von ten ter zu y e et und and of the mr mrs ms dr".split()
)
# Shorter parts (initials, "Li", "Ng") would hide too much of every text to be worth hiding alone.
MIN_PART = 3
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


def name_parts(name: str) -> list[str]:
    """The words of a person's name that identify them alone (a surname, a given name): letters only, at
    least MIN_PART of them, no particle.

    >>> name_parts("Ahmad al-Faqi al-Mahdi")
    ['Ahmad', 'Faqi', 'Mahdi']
    >>> name_parts("A. Haddad")
    ['Haddad']
    """
    return [w for w in _WORD.findall(name) if len(w) >= MIN_PART and w.casefold() not in _PARTICLES]


class Protection:
    """The entities hidden from one caller, and how each is shown instead.

    Text is redacted by names: every name, alias and id of a hidden entity, case-insensitively; and, for
    a hidden person, each part of their names (name_parts) written as a name is (capitalised), so that
    "Ortúzar told the court" hides a witness named Ortúzar. A part is not hidden inside the whole name
    or alias of someone who is not hidden ("Efraín Ríos Montt" stays whole beside a hidden "María
    Ríos"), but is hidden wherever it stands alone, even when the text meant that other person: a
    surname shared with someone at risk costs that other person's surname-only mentions, never the
    person at risk their cover. A part shared by two hidden people is shown as neither's pseudonym.
    """

    def __init__(self, found: Iterable[dict[str, Any]], key: bytes, visible: Iterable[str] = ()) -> None:
        self.key = key
        self.hidden: dict[str, Hidden] = {}
        names: dict[str, str] = {}
        parts: dict[str, str] = {}
        for row in found:
            entity_id = str(row["id"])
            if entity_id not in self.hidden:
                code = self.pseudonym(entity_id)
                type_ = str(row.get("type") or "Entity")
                self.hidden[entity_id] = Hidden(code, f"Protected {type_.lower()} {code[-6:]}", type_)
            label = self.hidden[entity_id].label
            person = self.hidden[entity_id].type == "Person"
            for name in [row.get("name"), *(row.get("aliases") or [])]:
                if isinstance(name, str) and len(name.strip()) > 2:
                    # A person's one-word alias (a surname the extractor joined) is a part, like any other.
                    if not (person and len(name.split()) == 1):
                        # As written, and as the store's look-up keys spell it (no diacritics or punctuation).
                        for variant in (name.strip(), name_key(name)):
                            names[variant.casefold()] = label
                    if person:
                        for part in name_parts(name):
                            for variant in {part.casefold(), name_key(part)}:
                                shared = parts.get(variant, label) != label
                                parts[variant] = "Protected person" if shared else label
        for entity_id, h in self.hidden.items():
            names[entity_id.casefold()] = h.pseudonym
        self._names = names
        self._parts = {p: label for p, label in parts.items() if p not in names}
        part_pattern, name_pattern = _alternatives(self._parts), _alternatives(names)
        # Whole names of others that hold a hidden part are kept as they are, unless they hold a hidden
        # name too ("Rosa Ortúzar Foundation" is hidden where "Tomás Ortúzar Vial" is kept).
        self._kept = {
            variant
            for v in visible
            if v and part_pattern is not None and part_pattern.search(v)
            and not (name_pattern is not None and name_pattern.search(v))
            for variant in (v.casefold(), name_key(v))
        }  # fmt: skip
        self._real = {h.pseudonym: entity_id for entity_id, h in self.hidden.items()}
        self._pattern = _alternatives({**self._parts, **dict.fromkeys(self._kept, ""), **names})
        self._longest = max(map(len, [*self._parts, *self._kept, *names]), default=0)

    @classmethod
    def of(cls, view: StoreView, levels: Iterable[str], key: bytes) -> Protection:
        """Everyone in `view` whose sensitivity, or whose assertions' sensitivity, is one of `levels`."""
        chosen = sorted(set(levels))
        if not chosen:
            return cls([], key)
        rows = view.protected(chosen)
        aliases: dict[str, list[str]] = {r["id"]: r["aliases"] or [] for r in rows if "aliases" in r}
        for row in rows:
            # Found through an assertion: the node's aliases are needed too (looked up once per entity).
            if row["id"] not in aliases:
                node = view.entity(row["type"], row["id"])
                aliases[row["id"]] = (node.get("aliases") if node else None) or []
            row["aliases"] = aliases[row["id"]]
        # The names of others that hold a part of a hidden person's name, found by the store's look-up keys.
        hidden_ids = {r["id"] for r in rows}
        probes = {
            name_key(part)
            for r in rows
            if r["type"] == "Person"
            for n in [r["name"], *r["aliases"]]
            if isinstance(n, str)
            for part in name_parts(n)
        }
        visible = [
            found["name"]
            for probe in sorted(probes)
            for label in load().entity_types_but_taxonomies()
            for found in view.search(label, probe, 500)
            if found["id"] not in hidden_ids and isinstance(found["name"], str)
        ]
        return cls(rows, key, visible)

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
        """`text` with every name, alias and id of a hidden entity, and every part of a hidden person's
        name written as a name, replaced by its pseudonym."""
        if self._pattern is None or not text:
            return text
        if text in self.hidden:
            return self.hidden[text].pseudonym
        return self._pattern.sub(self._shown, text)

    def hides(self, text: str) -> bool:
        """Whether `text` holds a hidden name, or a part of one however it is written (a look-up key, in
        lower case, holds one that `redact` would leave)."""
        if self._pattern is None or not text:
            return False
        return any(m.group(0).casefold() not in self._kept for m in self._pattern.finditer(text))

    def _shown(self, m: re.Match[str]) -> str:
        said = m.group(0)
        key = said.casefold()
        if key in self._names:
            return self._names[key]
        if key in self._kept or not said[0].isupper():
            return said
        return self._parts[key]

    def redact_cut(self, text: str, cuts: list[int]) -> list[str]:
        """The pieces of `text` between successive offsets of `cuts`, redacted as the whole text would be:
        a name across a cut is hidden whole (its pseudonym in the first piece it reaches), and a name
        that begins before the first cut or ends after the last is hidden too."""
        if self._pattern is None:
            return [text[a:b] for a, b in itertools.pairwise(cuts)]
        lo, hi = cuts[0], cuts[-1]
        margin = self._longest
        region_start = max(0, lo - margin)
        matches = [
            (m.start() + region_start, m.end() + region_start, self._shown(m))
            for m in self._pattern.finditer(text[region_start : hi + margin])
        ]
        matches = [(s, e, shown) for s, e, shown in matches if e > lo and s < hi and shown != text[s:e]]
        pieces = []
        for a, b in itertools.pairwise(cuts):
            out, at = [], a
            for s, e, shown in matches:
                if e <= a or s >= b:
                    continue
                out.append(text[at : max(s, at)])
                if max(s, lo) >= a:  # the first piece this hidden name reaches shows its pseudonym
                    out.append(shown)
                at = min(e, b)
            out.append(text[at:b])
            pieces.append("".join(out))
        return pieces

    # -- records (exports, pictures) ---------------------------------------------------------

    def entity(self, e: Entity) -> Entity:
        """A hidden entity as its pseudonym, with nothing of its own; any other with the names of hidden
        people taken out of its name, aliases and attributes."""
        h = self.hidden.get(e.id)
        if h is not None:
            return Entity(
                h.pseudonym, e.type, h.label, [], {"sensitivity": e.attributes.get("sensitivity", "protected")}
            )
        if self._pattern is None:
            return e
        return replace(
            e,
            name=self.redact(e.name),
            aliases=[self.redact(a) for a in e.aliases],
            attributes=self._walk(e.attributes),
        )

    def relation(self, r: Relation) -> Relation:
        """An assertion that touches a hidden entity keeps its documents (as their pseudonyms where the
        document is hidden) but no quote or offsets; any other has its quotes and attributes redacted,
        and no quote or offsets from a hidden document."""
        if self._pattern is None:
            return r
        touches = r.subject in self.hidden or r.object in self.hidden
        evidence = [
            Span(document=self.shown_id(s.document) if s.document else s.document, page=s.page)
            if touches or s.document in self.hidden
            else replace(s, text=self.redact(s.text))
            for s in r.evidence
        ]
        return replace(
            r, subject=self.shown_id(r.subject), object=self.shown_id(r.object), evidence=evidence,
            attributes=self._walk(r.attributes), id=r.assertion_id(),  # the stored id, not one of pseudonyms
        )  # fmt: skip

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
        # An assertion about a hidden entity, or evidence from a hidden document: no quote, no offsets.
        touches = any(
            isinstance(value.get(k), str) and value[k] in self.hidden for k in ("subject", "object", "document")
        )
        out: dict[str, Any] = {}
        hidden_document = isinstance(value.get("document"), str) and value["document"] in self.hidden
        for k, v in value.items():
            if touches and k == "evidence" and isinstance(v, list):
                out[k] = [self._walk(_located_only(e)) for e in v]
            elif not (touches and k in _TEXT_FIELDS) and not (hidden_document and k == "source"):
                out[k] = self._walk(v)
        for end in ("subject", "object"):  # a step's ends, named (graph.queries.named_steps)
            shown = value.get(end)
            h = self.hidden.get(shown) if isinstance(shown, str) else None
            if h is not None and f"{end}_name" in value:
                out[f"{end}_name"] = h.label
        return out


def _alternatives(names: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for all of `names`, longest first (so "Ahmad al-Hassan" is found before "Ahmad"), never
    inside a longer word."""
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _located_only(evidence: Any) -> Any:
    if not isinstance(evidence, dict):
        return {}
    return {k: v for k, v in evidence.items() if k not in _TEXT_FIELDS}
