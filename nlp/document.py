"""From the mentions and relations of a document's chunks to its entities: coreference within the document.

One entity per real thing in the document: mentions of the same type with the
same name key join; a surname alone ("Raslan") joins the one person whose
name ends with it; an acronym given in parentheses ("(VRS)") and later used
alone joins its name; a description ("the same court", "the GOC") joins the
nearest entity before it that it can describe. Relations then name entities;
one whose ends do not fit the ontology's domain and range is dropped, and the
same relation read twice in a document is kept once with all its evidence.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from nlp import acts, body_parts, cases, chambers, places, prosecutions
from nlp.consistency import (
    APPEALS,
    appeal,
    commander_not_also_member,
    no_accused_witness,
    no_act_of_a_verdict_undone,
    no_arrest_of_the_accused,
    occurred_in_what_holds_the_place,
)
from nlp.crime_kinds import type_crimes
from nlp.crossnames import english_names
from nlp.lexicon import (
    ANAPHORS,
    CRIME_ANAPHOR_FAMILIES,
    GIVEN_NAMES,
    MECHANISM_ACRONYMS,
    MECHANISM_HEADS,
    PLACE_WORDS,
    THE_PLACES,
    UNIT_HEADS,
)
from nlp.names import GENERATIONS, PARTICLES, mechanism_kind, person_shaped, same_person, subsequence, surname
from nlp.reports import investigated_by_author
from nlp.sentence import ACT, SAME, WITHIN
from ontology.errors import InvalidInput
from ontology.model import Ontology
from ontology.names import entity_key, name_key
from ontology.records import Entity, Relation, Span, check_entity, check_relation

_NOT_ENTITIES = {"DATE", "LIABILITY", "TITLE"}


@dataclass
class Mention:
    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False)
class _Cluster:
    type: str
    names: list[str]
    mentions: list[Mention]
    attrs: dict[str, Any]
    seq: int = 0  # the order in which clusters were made: the latest made wins a look-up
    alive: bool = True  # False once folded into another

    def name_keys(self) -> set[str]:
        return {entity_key(self.type, n) for n in self.names} | {
            entity_key(self.type, a) for a in self.attrs.get("_aliases", [])
        }


def _display(m: Mention) -> str:
    """The name as written, without a leading article, its spaces collapsed ("Central  Naval Command", from a
    line wrapped in the source); the mention keeps the exact offsets."""
    text = " ".join(m.text.split())
    for article in ("the ", "The "):
        if (
            text.startswith(article)
            and m.label not in {"Person", "Case"}  # "The Prosecutor v. Laurent Gbagbo" is the case's title
            and text.split()[1:2] != []
            and (text.split()[1] not in THE_PLACES)
        ):
            text = text[len(article) :]
    return text


# Descriptions of a mechanism that name what it is, so that "the Mission" is the last mission named, never the
# last court ("the Chamber" and "the Court" stand for the last court, whatever its name).
_NAMED_HEADS = frozenset({"commission", "mission"})
_ACCUSED_HEADS = frozenset({"accused", "defendant"})
# What says a person is the accused of a document's proceedings: a charge, a case (not a verdict: a document
# on one trial may tell of another person's, "the defendant's former wife ... was sentenced").
_ACCUSING = frozenset({"accused_in", "charged_by"})
# The words of a company's legal form and trade that its short name leaves out ("Anvil" of "Anvil Mining
# Limited"; not "Lafarge" of "Lafarge Cement Syria", its subsidiary).
_CORPORATE = frozenset(
    "limited ltd inc incorporated corp corporation plc sa ag gmbh nv bv llc co company holdings holding group "
    "ab asa oy spa srl sarl sas kg pty bhd llp "
    "mining minerals oil petroleum gas resources energy".split()
)
_CRIME_REACH = 600  # characters: "the massacre" stands for a crime named within a paragraph before it
_GUESSED = 0.6  # the most a relation read of "the accused" taken for the document's one accused is said


class Coreference:
    """The clusters of a document's mentions, with indexes that keep each look-up independent of the
    document's length: clusters by (type, name key), persons by the last words of their names, and, for
    descriptions, every mention by where it ends."""

    def __init__(self, labels: dict[str, list[str]]) -> None:
        self.crime_labels = labels
        self.clusters: list[_Cluster] = []
        self.by_mention: dict[tuple[int, int], _Cluster] = {}
        self._by_key: dict[tuple[str, str], list[_Cluster]] = {}
        self._by_suffix: dict[tuple[str, ...], list[_Cluster]] = {}
        self._by_part: dict[tuple[str, ...], list[_Cluster]] = {}
        self._by_ends: dict[tuple[str, str], list[_Cluster]] = {}  # persons by (first word, last word)
        self._by_prefix: dict[tuple[str, ...], list[_Cluster]] = {}  # persons by their first three words or more
        self._by_first: dict[str, list[_Cluster]] = {}  # persons named in two words or more, by the first
        self._by_generation: dict[tuple[str, str], list[_Cluster]] = {}  # (a word, "jr") of "X Y Jr."
        self._by_company: dict[tuple[str, ...], list[_Cluster]] = {}  # companies by their names without their form
        self._ends: list[tuple[int, int, _Cluster]] | None = None  # (end, -seq, cluster): at the first description
        self._authors: dict[str, tuple[int, _Cluster] | None] = {}  # head -> the first body of inquiry so headed
        self._made = 0
        self.accused: set[tuple[int, int]] = set()  # mentions of persons said to be accused, charged or judged
        self.guessed: set[tuple[int, int]] = set()  # "the accused" taken for the document's one accused

    def _index(self, c: _Cluster, name: str) -> None:
        key = entity_key(c.type, name)
        found = self._by_key.setdefault((c.type, key), [])
        if c not in found:
            found.append(c)
        if c.type == "Person":
            words = tuple(key.split())
            if len(words) >= 3 and words[-1] in GENERATIONS:
                for w in words[:-1]:
                    named = self._by_generation.setdefault((w, words[-1]), [])
                    if c not in named:
                        named.append(c)
            if len(words) >= 2:
                ends = self._by_ends.setdefault((words[0], words[-1]), [])
                if c not in ends:
                    ends.append(c)
                first = self._by_first.setdefault(words[0], [])
                if c not in first:
                    first.append(c)
            for n in range(2, len(words)):  # "José Mauricio Rodríguez" in "José Mauricio Rodríguez Sánchez"
                prefix = self._by_prefix.setdefault(words[:n], [])
                if c not in prefix:
                    prefix.append(c)
            for n in range(1, len(words)):
                suffix = self._by_suffix.setdefault(words[-n:], [])
                if c not in suffix:
                    suffix.append(c)
            # words inside a longer name: "Manfredo Velásquez" in "Ángel Manfredo Velásquez Rodríguez" (a given
            # name and the first of two surnames), "Ngudjolo" in "Mathieu Ngudjolo Chui", "Guzmán" in "Abimael
            # Guzmán Reynoso"
            for n in range(1, len(words)):
                for i in range(1, len(words) - n):
                    inner = self._by_part.setdefault(words[i : i + n], [])
                    if c not in inner:
                        inner.append(c)
        elif c.type == "Organization":  # "Anvil" of "Anvil Mining Limited": a company's name without its form
            words = tuple(key.split())
            short = len(words)
            while short > 1 and words[short - 1] in _CORPORATE:
                short -= 1  # each shorter name: "Lundin Oil" and "Lundin" of "Lundin Oil AB"
                found = self._by_company.setdefault(words[:short], [])
                if c not in found:
                    found.append(c)

    def _find(self, label: str, key: str) -> _Cluster | None:
        """The latest made cluster of `label` with `key` among its name keys."""
        found = [c for c in self._by_key.get((label, key), ()) if c.alive]
        return max(found, key=lambda c: c.seq) if found else None

    def _surname(self, key: str) -> _Cluster | None:
        """The one person whose full name ends with `key`: "Raslan", or a double surname ("Ríos Montt"); else the
        one with `key` inside his name, past its first word ("Ngudjolo" of "Mathieu Ngudjolo Chui")."""
        hits = [c for c in self._by_suffix.get(tuple(key.split()), ()) if c.alive]
        if not hits:
            hits = [c for c in self._by_part.get(tuple(key.split()), ()) if c.alive]
        return hits[0] if len(hits) == 1 else None

    def _generation(self, key: str) -> _Cluster | None:
        """The one person whose full name holds a word and ends with a generation's mark: "Andal Jr." of "Datu
        Andal Ampatuan Jr.", never of "Andal Ampatuan Sr."."""
        words = key.split()
        if len(words) != 2 or words[1] not in GENERATIONS:
            return None
        hits = [c for c in self._by_generation.get((words[0], words[1]), ()) if c.alive]
        return hits[0] if len(hits) == 1 else None

    def _first_word(self, key: str, name: str) -> _Cluster | None:
        """The one person whose full name begins with `key`, a word no full name ends with: a name written
        given name first and called by it ("Mengistu" of "Mengistu Haile Mariam", "Isaias" of "Isaias
        Afwerki"), or family name first ("Khieu" of "Khieu Samphan"). Never a town's name ("Santiago" of
        "Santiago Martín Rivas" may be the city the tagger took for a person), nor a common given name ("Ahmed"
        alone may be a victim named by his given name, not the "Ahmed Haroun" the text accuses)."""
        if " " in key or places.known(name) or key in GIVEN_NAMES:
            return None
        hits = [c for c in self._by_first.get(key, ()) if c.alive]
        return hits[0] if len(hits) == 1 else None

    def _shortened(self, key: str) -> _Cluster | None:
        """The one person whose name has the same first and last words, with words between left out in one of
        the two ("Georges Rutaganda" is "Georges Anderson Nderubumwe Rutaganda", either way round), or whose
        name begins with three words or more of this one, or the other way round (a double surname's second
        part left out)."""
        words = key.split()
        if len(words) < 2:
            return None
        hits = [c for c in self._by_ends.get((words[0], words[-1]), ()) if c.alive
                and any(same_person(words, n.split()) for n in map(name_key, c.names))]  # fmt: skip
        # two words when the second is no given name: "Tucapel Jiménez" of "Tucapel Jiménez Alfaro", not "José
        # Mauricio" (given names alone); one name only ("Hernán Ramírez" of "Hernán Ramírez Rurange" and of "Hernán
        # Ramírez Hald" is neither)
        least = 2 if words[1] not in GIVEN_NAMES else 3
        if not hits and len(words) >= least:
            # a double surname's second part left out, either way round: "José Mauricio Rodríguez" and "José
            # Mauricio Rodríguez Sánchez"
            hits = [c for c in self._by_prefix.get(tuple(words), ()) if c.alive]
            shorter = [" ".join(words[:n]) for n in range(least, len(words))]
            hits = hits or [c for k in shorter for c in self._by_key.get(("Person", k), ()) if c.alive]
        return hits[0] if len(hits) == 1 else None

    def _author(self, head: str, before: int) -> _Cluster | None:
        """The body a report names itself by, capitalised ("the Commission", "the Mission"): the first body of
        inquiry of the document with that head, whatever other commissions were named since ("the Commission
        recalls the findings of the Ethiopian Human Rights Commission. The Commission examined ..."). Found once
        per head: descriptions are read after every name of the document."""
        if head not in self._authors:
            firsts = [
                (min(x.start for x in c.mentions), c) for c in self.clusters
                if c.alive and c.type == "Mechanism" and c.attrs.get("kind") == "fact_finding"
                and any(head in name_key(n).split() for n in c.names)
            ]  # fmt: skip
            self._authors[head] = min(firsts, key=lambda f: f[0]) if firsts else None
        first = self._authors[head]
        return first[1] if first is not None and first[0] < before else None

    def _describe(self, m: Mention) -> _Cluster | None:
        """The nearest entity before `m` (by the end of its last mention before `m`; the earliest made among
        those that end there together) that `m` can describe."""
        if self._ends is None:
            found = [(x.end, -c.seq, c) for c in self.clusters if c.alive for x in c.mentions]
            self._ends = sorted(found, key=_end_order)
        wanted, head = m.attrs["wants"], m.attrs["head"]
        if wanted == "Crime":
            return self._crime_before(m, head)
        if wanted == "Mechanism" and head in _NAMED_HEADS and head.capitalize() in m.text:
            author = self._author(head, m.start)
            if author is not None:
                return author
        seen: set[int] = set()
        nearest: _Cluster | None = None  # a mechanism of another head: "the court" after "Trial Chamber I"
        at = bisect.bisect_right(self._ends, m.start, key=lambda e: e[0])
        for i in range(at - 1, -1, -1):
            c = self._ends[i][2]
            if id(c) in seen or c.type != wanted or not c.alive:
                continue
            seen.add(id(c))
            # "the Tribunal" is the tribunal named last, not the chamber named after it
            if any(head in words or (m.attrs.get("suffix") and any(w.endswith(head) for w in words))
                   for words in (name_key(n).split() for n in c.names)):  # fmt: skip
                return c  # (German: "die Abteilung" of "SS-Panzer-Aufklärungsabteilung 16")
            if wanted == "Mechanism" and head not in _NAMED_HEADS and nearest is None:
                nearest = c
            if wanted == "Person" and head in name_key(str(c.attrs.get("title", ""))).split():
                return c
        if nearest is not None:
            return nearest
        return self._sole_accused(m) if wanted == "Person" and head in _ACCUSED_HEADS else None

    def _crime_before(self, m: Mention, head: str) -> _Cluster | None:
        """ "the massacre", "the killings": the crime named last before, within `_CRIME_REACH` characters, whose
        name holds a noun of the same deed ("the massacre at Nyanza", "the killings at Kasika"). What is read of
        it is likely at most (0.6): the text may speak of another massacre."""
        family = next((f for f in CRIME_ANAPHOR_FAMILIES if head in f), frozenset({head}))
        assert self._ends is not None
        at = bisect.bisect_right(self._ends, m.start, key=lambda e: e[0])
        for i in range(at - 1, -1, -1):
            end, _, c = self._ends[i]
            if m.start - end > _CRIME_REACH:
                return None
            if c.type == "Crime" and c.alive and any(family & set(name_key(n).split()) for n in c.names):
                self.guessed.add((m.start, m.end))
                return c
        return None

    def _sole_accused(self, m: Mention) -> _Cluster | None:
        """ "the accused", "the defendant", with no name of that title before: the one person the document
        named before as charged or accused in a case, if one only; what is read of it is likely at most (0.6)."""
        found = {
            id(c): c for c in self.clusters
            if c.alive and c.type == "Person" and any((x.start, x.end) in self.accused for x in c.mentions)
            and min(x.start for x in c.mentions) < m.start
        }  # fmt: skip
        if len(found) != 1:
            return None
        self.guessed.add((m.start, m.end))
        return next(iter(found.values()))

    def add(self, m: Mention) -> None:
        if m.label in _NOT_ENTITIES:
            return
        if m.label == "ANAPHOR":
            found = self._describe(m)
            if found is not None:
                found.mentions.append(m)
                self.by_mention[(m.start, m.end)] = found
                assert self._ends is not None
                bisect.insort(self._ends, (m.end, -found.seq, found), key=_end_order)
            return
        if m.label == "CrimeType":
            name = self.crime_labels[m.attrs["notation"]][0]
        else:
            name = m.attrs.get("name") or _display(m)  # a crime made from a harm is named by its words
        key = entity_key(m.label, name)
        if not key:
            return
        cluster = self._find(m.label, key)
        if (
            cluster is not None
            and m.label == "Crime"
            and _years_apart(cluster, [name, *m.attrs.get("other_names", [])])
        ):
            cluster = None  # "the attack on Kasoro" of 2004 and "the attack on Kasoro in 2006": two crimes
        if cluster is None and m.label == "Person":
            cluster = self._surname(key) or self._shortened(key) or self._first_word(key, name) or self._generation(key)
        if cluster is None and m.label in {"Organization", "Mechanism"}:
            other = "Mechanism" if m.label == "Organization" else "Organization"
            cluster = self._find(other, key)
        if cluster is None and m.label == "Organization":
            hits = [c for c in self._by_company.get(tuple(key.split()), ()) if c.alive]
            cluster = hits[0] if len(hits) == 1 else None
            words = key.split()
            while cluster is None and len(words) > 1 and words[-1] in _CORPORATE:
                words = words[:-1]  # "Lundin Oil AB" after "Lundin Oil": the company named before without its form
                cluster = self._find("Organization", " ".join(words))
        if cluster is None:
            self._made += 1
            cluster = _Cluster(m.label, [], [], {}, seq=self._made)
            self.clusters.append(cluster)
        written = _display(m)  # a crime type is named by its preferred label, and also as the text wrote it
        for n in (name, written) if m.label == "CrimeType" else (name,):
            if n not in cluster.names:
                cluster.names.append(n)
                self._index(cluster, n)
        for alias in ([m.attrs["alias"]] if m.attrs.get("alias") else []) + m.attrs.get("more_aliases", []):
            cluster.attrs.setdefault("_aliases", []).append(alias)
            self._index(cluster, alias)
        for other in m.attrs.get("other_names", []):  # not indexed: no other mention joins the crime by them
            cluster.attrs.setdefault("_other_names", []).append(other)
        for k in ("kind", "rank", "title", "notation", "sensitivity", "_witness"):
            if m.attrs.get(k) and k not in cluster.attrs:
                cluster.attrs[k] = m.attrs[k]
        cluster.mentions.append(m)
        self.by_mention[(m.start, m.end)] = cluster


def _end_order(entry: tuple[int, int, _Cluster]) -> tuple[int, int]:
    return entry[0], entry[1]


def _words(key: str) -> list[str]:
    words = key.split()
    return words[1:] if words and words[0].upper() in MECHANISM_ACRONYMS and len(words) > 1 else words


def _head(words: list[str]) -> str | None:
    """The head noun of a name: its word that heads names of units or mechanisms, before any preposition
    ("chamber" in "appeals chamber of the international criminal court"). None if two such words stand
    before it: "1 division garrison" is the division's garrison, "82 division nigerian army" two units side by
    side, and neither is the name's head alone."""
    cut = next((i for i, w in enumerate(words) if w in {"of", "for", "in", "on"}), len(words))
    heads = [w for w in words[:cut] if w.title() in MECHANISM_HEADS | UNIT_HEADS]
    return heads[0] if len(heads) == 1 else None


def _merge_contained(coref: Coreference) -> None:
    """A short name written inside exactly one longer name of the same type is that entity ("Appeals Chamber",
    "ICC Appeals Chamber" -> "Appeals Chamber of the International Criminal Court"; "Trial Chamber" ->
    "Trial Chamber III")."""
    kinds = {"Mechanism", "Organization"}
    # A cluster's canonical name does not change when shorter ones fold into it: its words are read once,
    # and the longer names are found among those whose head is the short name's last word.
    words = {id(c): _words(entity_key(c.type, _canonical(c))) for c in coref.clusters if c.type in kinds}
    by_head: dict[tuple[str, str], list[_Cluster]] = {}
    for c in coref.clusters:
        if c.type in kinds and (head := _head(words[id(c)])) is not None:
            by_head.setdefault((c.type, head), []).append(c)
    by_type: dict[str, list[_Cluster]] = {k: [c for c in coref.clusters if c.type == k] for k in kinds}
    for c in list(coref.clusters):
        if c.type not in kinds:
            continue
        short = words[id(c)]
        if len(short) < 2:
            continue
        n = len(short)
        longer = [
            o for o in by_head.get((c.type, short[-1]), ())
            if o is not c and o.alive and len(w := words[id(o)]) > n
            and any(w[i : i + n] == short for i in range(len(w) - n + 1))
        ] or [
            # the whole of a longer name's first part, before what it is of: "Colegiado A" -> "Colegiado A de la
            # Sala Penal Nacional", "1. Strafsenat" -> "1. Strafsenat des Oberlandesgerichts"
            o for o in by_type[c.type]
            if o is not c and o.alive and len(w := words[id(o)]) > n + 1 and w[:n] == short and w[n] in _OF_WORDS
        ] or [
            # a name with a number, the tail of a longer one whose head the parse cannot tell: "Battalion 3-16" ->
            # "Intelligence Battalion 3-16"
            o for o in by_type[c.type]
            if any(x.isdigit() for x in short) and o is not c and o.alive and len(w := words[id(o)]) > n
            and w[-n:] == short
        ] or [
            # a unit named with words of its name left out, its first and its head kept: "the 62nd Brigade" ->
            # "the 62nd Infantry Brigade", "the Atlacatl Battalion" -> "the Atlacatl Rapid Deployment Infantry
            # Battalion"; or its head written "unit": "the Atlacatl unit" -> "the Atlacatl Battalion"
            o for o in by_type[c.type]
            if c.type == "Organization" and o is not c and o.alive and len(w := words[id(o)]) > 1
            and w[0] == short[0] and w[-1].title() in UNIT_HEADS and not set(w) & _OF_WORDS
            and ((w[-1] == short[-1] and subsequence(short, w)) or (short[-1] == "unit" and w[:-1] == short[:-1]))
        ]  # fmt: skip
        if len(longer) == 1 and not (
            c.type == "Organization" and _regional(coref, _canonical(c), _canonical(longer[0]))
        ):
            _fold(coref, c, longer[0])


def _regional(coref: Coreference, short: str, long: str) -> bool:
    """The longer name is a body of one town or region of the shorter's ("the Port Natal Security Branch" of
    "the Security Branch"): a part of it, not it. Its words before the shorter name are a place's, not a
    country's, in the gazetteer or named a place in the document."""
    if not long.endswith(" " + short):
        return False
    before = long[: -len(short)].strip()
    if places.country(before):
        return False
    return (
        places.place(before)
        or places.city(before)
        or places.city(before.split()[-1])
        or bool(coref._find("Location", name_key(before)))
    )


_OF_WORDS = frozenset({"of", "de", "del", "des", "der", "du"})

# "the Appeals Chamber of the International Criminal Tribunal for Rwanda (ICTR)", "la Chambre d'appel du Mécanisme
# pour les tribunaux pénaux internationaux (MTPI)": a chamber of a court is not the court. The chamber keeps the
# whole name; the acronym is the court's, an entity of its own. A court named in English after its chamber is one
# whatever follows; in French or Spanish where its acronym or another mention names it ("la Sala de lo Penal de
# la Audiencia Nacional" names no Audiencia of its own).
_CHAMBER_WORD = re.compile(
    r"\b(?:Chamber|Chambers|Division|Panel|Bench|Prosecutor|Chambre|Section|Bureau|Sala|Sección|Colegiado)\b"
)
_OF_COURT = re.compile(r"\s+(?:(?P<of>of)\s+(?:the\s+)?|(?:de\s+la|de\s+l'|du|del|de)\s+)(?=[A-Z])")
_LINKS = frozenset("of for the and in on de du des la le l' d' pour les el los las y et".split())
_GERMAN_CHAMBER_OF = re.compile(
    r"^(?P<short>(?:\d+\.\s+)?[A-ZÄÖÜ][\wäöüß]*(?:kammer|senat|behörde)(?:\s+[IVX]+)?)\s+(?:des|der)\s+[A-ZÄÖÜ]"
)


def _court_of_chamber(coref: Coreference, c: _Cluster) -> tuple[int, str, list[str]] | None:
    """Where in a chamber's name the court it holds begins, the court's name, and the acronyms given the
    chamber that spell the court: after "of" a court by its head or its acronym ("Trial Chamber I of the
    ICTY"); after "de", "du", "del" one an acronym spells or the document names, the nearest first ("la Sala de
    Reconocimiento de Verdad ... de la Jurisdicción Especial para la Paz (JEP)": not "Verdad ..."). None if the
    name holds none."""
    name = _canonical(c)
    chamber = _CHAMBER_WORD.search(name)
    if chamber is None:
        return None
    for of in _OF_COURT.finditer(name, chamber.end()):
        court = name[of.end() :]
        if court in MECHANISM_HEADS:
            return None  # "the Prosecutor of the Tribunal": the court the text is about, named by its head alone
        acronyms = [a for a in c.attrs.get("_aliases", []) if _spells(a, court)]
        if any(x.text.endswith(court) for x in c.mentions) and (
            (of["of"] and (set(court.split()) & MECHANISM_HEADS or court in MECHANISM_ACRONYMS))
            or acronyms or coref._find("Mechanism", entity_key("Mechanism", court)) is not None
        ):  # fmt: skip
            return of.end(), court, acronyms
    return None


def _give_acronyms(coref: Coreference, c: _Cluster, into: _Cluster, acronyms: list[str]) -> None:
    """The acronyms of chamber `c` that spell its court's name are the court's (`into`), with their mentions."""
    for alias in acronyms:
        c.attrs["_aliases"].remove(alias)
        into.attrs.setdefault("_aliases", []).append(alias)
        key = ("Mechanism", entity_key("Mechanism", alias))
        coref._by_key[key] = [x for x in coref._by_key.get(key, []) if x is not c]
        coref._index(into, alias)
        for x in [x for x in c.mentions if x.text == alias]:
            c.mentions.remove(x)
            into.mentions.append(x)
            coref.by_mention[(x.start, x.end)] = into
    for n in [n for n in c.names if n in acronyms]:
        c.names.remove(n)


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is made of the initials of `name`'s words, in their order, from its first: "ICTY" of
    "International Criminal Tribunal for the former Yugoslavia", "TPIY" of "Tribunal pénal international pour
    l'ex-Yougoslavie"; a long compound's inner letters too, as German shortens it: "IStGH" of "Internationalen
    Strafgerichtshofs".

    >>> _spells("ICTR", "International Criminal Tribunal for the former Yugoslavia")
    False
    """
    words = [w.upper() for w in re.split(r"[\s'\u2019-]+", name) if w and w.lower() not in _LINKS]
    return bool(words) and acronym[:1].upper() == words[0][:1] and _spelled(acronym.upper(), words)


def _spelled(letters: str, words: list[str]) -> bool:
    """Whether `letters` are the initials of some of `words`, in their order, each initial followed by letters of
    its word when the word is a compound (twelve letters or more)."""
    if not letters:
        return True
    for i, word in enumerate(words):
        if word[:1] != letters[0]:
            continue
        inner, k = iter(word[1:] if len(word) >= 12 else ""), 1
        while True:
            if _spelled(letters[k:], words[i + 1 :]):
                return True
            if k == len(letters) or letters[k] not in inner:
                break
            k += 1
    return False


def _split_chambers(coref: Coreference) -> None:
    shorts: dict[str, list[_Cluster]] = {}  # a chamber's name without its court -> the chambers so named
    for c in [c for c in coref.clusters if c.type == "Mechanism"]:
        found = _court_of_chamber(coref, c)
        if found is None:
            continue
        cut, court, acronyms = found
        first = next(x for x in c.mentions if x.text.endswith(court))
        at = first.start + first.text.rfind(court)
        # the court's kind, where its name alone does not tell it in English, is the chamber's
        kind = mechanism_kind(court) or c.attrs.get("kind")
        coref.add(Mention(at, first.end, "Mechanism", court, {"kind": kind} if kind else {}))
        into = coref._find("Mechanism", entity_key("Mechanism", court))
        if into is None or into is c:
            continue
        chamber = _canonical(c)[:cut].rstrip()
        chamber = re.sub(r"\s+(?:of(?:\s+the)?|de\s+la|de\s+l'|du|del|de)$", "", chamber)
        if chamber and chamber not in c.names:  # "Trial Chamber I", as the court's own text calls it
            c.names.append(chamber)
            coref._index(c, chamber)
            shorts.setdefault(entity_key(c.type, chamber), []).append(c)
        _give_acronyms(coref, c, into, acronyms)
    for c in [c for c in coref.clusters if c.type == "Mechanism" and c.alive]:
        # "die Anklagebehörde des ICTY ... Die Anklagebehörde legte Berufung ein": a German chamber named with its
        # court in the genitive, which is not split from it, and named short after
        german = _GERMAN_CHAMBER_OF.match(_canonical(c))
        if german is None:
            continue
        if german["short"] not in c.names:
            c.names.append(german["short"])
            coref._index(c, german["short"])
            shorts.setdefault(entity_key(c.type, german["short"]), []).append(c)
        # "die Berufungskammer des Internationalen Strafgerichtshofs (IStGH)": the acronym is the court's, where the
        # document names the court
        court = chambers.stem(_canonical(c)[german.end() - 1 :])  # the court in the genitive
        into = next((x for x in coref.clusters if x.alive and x.type == "Mechanism" and x is not c and court in {
            chambers.stem(n) for n in (*x.names, *x.attrs.get("_aliases", []))}), None)  # fmt: skip
        if into is not None:
            _give_acronyms(coref, c, into, [a for a in c.attrs.get("_aliases", []) if _spells(a, into.names[0])])
    for short, so_named in shorts.items():
        # "the Office of the Prosecutor of the ICC ... The Office of the Prosecutor opened": the one so named
        alone = [o for o in coref._by_key.get(("Mechanism", short), ()) if o.alive and o not in so_named]
        if len(so_named) == 1 and len(alone) == 1:
            _fold(coref, alone[0], so_named[0])


_OPEN_BRACKET = re.compile(r",?\s*\(\s*$")  # what stands between a formation and "(Operation"


def _merge_operations(coref: Coreference, text: str) -> None:
    """A formation followed by the name of its operation in brackets is one thing with two names ("Joint Task
    Force, (Operation PULO SHIELD)", "Special Security Task Force (Operation Safe Haven)"), as Security Force
    Monitor records it."""
    units = {(m.start, m.end): c for c in coref.clusters if c.type == "Organization" for m in c.mentions}
    ends = {end: c for (_, end), c in units.items()}
    for (start, end), c in list(units.items()):
        if not text[start:end].lower().startswith("operation") or text[end : end + 1] != ")":
            continue
        between = _OPEN_BRACKET.search(text[max(0, start - 8) : start])  # a short window: no scan of the text
        before = ends.get(start - len(between.group())) if between else None
        if before is not None and before is not c and c in coref.clusters and before in coref.clusters:
            _fold(coref, c, before)


def _merge_events(coref: Coreference) -> None:
    """Two names of one crime ("the 2003 attack on the village of Bogoro", "the attack on Bogoro"): the same
    noun of crime and the same names in it, and the same years if both have some. Where the document tells of
    such crimes in different years, one of no year may be any of them: it joins none."""
    groups: dict[tuple[str, frozenset[str]], list[tuple[frozenset[str], _Cluster]]] = {}
    for c in [c for c in coref.clusters if c.type == "Crime"]:
        names = [*c.names, *c.attrs.get("_other_names", [])]
        keys = [k for n in names if (k := _event_key(n)) is not None]
        if keys:
            years = frozenset(y for _, ys in keys for y in ys)
            groups.setdefault(keys[0][0], []).append((years, c))
    for members in groups.values():
        dated = {years for years, _ in members if years}
        for years in dated or {frozenset()}:
            same = [c for ys, c in members if ys == years or (not ys and len(dated) <= 1)]
            for c in same[1:]:
                if c.alive and same[0].alive:
                    _fold(coref, c, same[0])


def _years(names: list[str]) -> frozenset[str]:
    return frozenset(y for n in names for y in re.findall(r"\b(?:19|20)\d\d\b", n))


def _years_apart(c: _Cluster, names: list[str]) -> bool:
    """The crime's names and these give other years, or one gives years and the other none (which of the
    crimes so named an undated one is, `_merge_events` decides once all are read)."""
    return _years([*c.names, *c.attrs.get("_other_names", [])]) != _years(names)


_NOT_HEADS = frozenset("the a an this that these those same of on in at against by to and or".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december janvier février mars "
    "avril mai juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio "
    "agosto septiembre setiembre octubre noviembre diciembre januar februar märz juni juli oktober dezember".split()
)


def _event_key(name: str) -> tuple[tuple[str, frozenset[str]], frozenset[str]] | None:
    """A crime's noun (singular: its first word in lower case, else its first), the capitalised names in it
    but months, and its years; None if it names no one and nowhere ("the killings", not which)."""
    words = [w for w in re.findall(r"[\w'-]+", name) if w.lower() not in _NOT_HEADS]
    years = frozenset(w for w in words if re.fullmatch(r"(?:19|20)\d\d", w))
    words = [w for w in words if not w.isdigit() and w.lower() not in _MONTHS]
    head = next((w for w in words if w.islower()), words[0] if words else None)
    if head is None:
        return None
    names = frozenset(w for w in words if w[:1].isupper() and w != head)
    head = head.lower()
    head = head[:-1] if head.endswith("s") and len(head) > 4 else head
    return ((head, names), years) if names else None


# Predicates whose subject is a person, whatever the tagger said of the name (an organisation may be
# convicted too, but not one whose name is a person's: person_shaped).
_PERSON_ROLES = frozenset(
    "commands member_of victim_of witness_in convicted_by acquitted_by charged_by accused_in".split()
)
_IN_PLACE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)  # "of X" may be a person
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_AT_PLACE = re.compile(rf"\b(?:{'|'.join(sorted(PLACE_WORDS))})\s+(?:the\s+)?$", re.IGNORECASE)


def _retype(coref: Coreference, raw_relations: list[dict[str, Any]], text: str) -> None:
    """An entity's type is decided by all its mentions and the roles it plays: a name the tagger took for
    an organisation or a place is a person's when it has a person's shape and either a person of the
    document bears it (the same full name, or its surname written alone: "Ratko Mladić" tagged a place,
    "Mladić" a person) or it plays a person's role (commands, is convicted, testifies). The other way, a
    place where a crime occurred is a place, and a person of its name with no rank, title or role is it
    ("taking prisoners to Choeung Ek; the executions at Choeung Ek")."""
    roles = {(r["subject"][0], r["subject"][1]) for r in raw_relations if r["predicate"] in _PERSON_ROLES}
    crime_places = {(r["object"][0], r["object"][1]) for r in raw_relations if r["predicate"] == "occurred_in"}
    persons = [c for c in coref.clusters if c.type == "Person"]
    single = {name_key(n) for c in persons for n in c.names if " " not in name_key(n)}
    # a single word of another type that plays a person's role ("Ngenzi", tagged an organisation, convicted)
    single |= {
        name_key(n)
        for c in coref.clusters
        if c.type in {"Organization", "Location"} and any((m.start, m.end) in roles for m in c.mentions)
        for n in c.names
        if " " not in name_key(n)
    }
    full = {entity_key("Person", n): c for c in persons for n in c.names}
    for c in [c for c in coref.clusters if c.type in {"Organization", "Location"}]:
        if c.attrs.get("kind") not in {None, "other"} or c.attrs.get("_aliases"):
            continue
        name = _canonical(c)
        if places.country(name):
            continue  # "Burkina Faso" is no one, whatever role a sentence seemed to give it
        if c.type == "Location" and any((m.start, m.end) in crime_places for m in c.mentions):
            _place_twins(coref, c, name, roles)
            continue
        if c.type == "Location" and " " in name and places.known(name):
            # "headquartered in São Paulo" and "Rua Tutóia, São Paulo:" tagged a person: a town's name of several
            # words is no one's, whatever role the misread mention seemed to play
            _place_twins(coref, c, name, set())
            continue
        key = entity_key("Person", name)
        # "at Priebke's first trial": a possessor after "at" is not the place the word introduces
        placed = [m for m in c.mentions if not _POSSESSIVE.match(text, m.end)]
        at_place = any(_AT_PLACE.search(text, max(0, m.start - 12), m.start) for m in placed)
        in_place = any(_IN_PLACE.search(text, max(0, m.start - 12), m.start) for m in placed)
        if " " not in key and name[:1].isupper() and not in_place and (bearer := coref._surname(key)) is not None:
            _fold(coref, c, bearer)  # "Sesay" tagged a place: the surname of the one person so named
            continue
        if not person_shaped(name):
            continue
        same = full.get(key)
        by_surname = not at_place and surname(key.split()) in single
        by_role = any((m.start, m.end) in roles for m in c.mentions)
        # "Ernesto Bethke Wulf", tagged an organisation: a common given name first, and never after "in" or "at"
        by_given = not at_place and not in_place and key.split()[0] in GIVEN_NAMES
        if same is None and not by_surname and not by_role and not by_given:
            continue
        if same is not None:
            _fold(coref, c, same)
            continue
        c.type = "Person"
        c.attrs.pop("kind", None)
        for n in c.names:
            coref._index(c, n)
        # a surname written alone ("Bemba") that was made a person of its own, and is no one else's (found
        # through the indexes: no scan of the document's clusters)
        for w in key.split()[1:]:
            for p in [p for p in coref._by_key.get(("Person", w), ()) if p.alive and p is not c]:
                others = [o for o in coref._by_suffix.get((w,), ()) if o.alive and o not in (c, p)]
                if all(" " not in name_key(n) for n in p.names) and not others:
                    _fold(coref, p, c)


# Predicates whose ends are bodies: the unit and its parent, the unit commanded or served in.
_BODY_ENDS = {"part_of": ("subject", "object"), "commands": ("object",), "member_of": ("object",)}


def _without_its_noun(name: str) -> list[str]:
    """A body's name without the noun in lower case that says what the body is ("the Team Alfa militia", later
    "Team Alfa", tagged a person), if it ends so."""
    words = name.split()
    if len(words) > 1 and words[-1].islower() and ANAPHORS.get(words[-1]) == "Organization" and words[-2].istitle():
        return [" ".join(words[:-1])]
    return []


def _body_twins(coref: Coreference, raw_relations: list[dict[str, Any]]) -> None:
    """A body named as a person or a place elsewhere in the document ("S-21" a unit in one sentence, a person in
    another; "Impuzamugambi" a militia and a place) is that body, when the body plays a body's role (part of
    another, commanded, served in) and its twin none of its own (no person's role, no crime's place): one
    name, one entity, of the type its roles say."""
    bodies = {(r[end][0], r[end][1]) for r in raw_relations for end in _BODY_ENDS.get(r["predicate"], ())}
    # a deed at a place (ACT) is a body's as much as a person's: no role of a twin's own
    own = {(r[end][0], r[end][1]) for r in raw_relations if r["predicate"] not in _BODY_ENDS and r["predicate"] != ACT
           for end in ("subject", "object")}  # fmt: skip
    own |= {(r["subject"][0], r["subject"][1]) for r in raw_relations if r["predicate"] in _PERSON_ROLES}
    for body in [c for c in coref.clusters if c.alive and c.type == "Organization"]:
        name = _canonical(body)
        role = any((m.start, m.end) in bodies for m in body.mentions)
        for other, called in [("Person", name), ("Location", name), *(("Person", n) for n in _without_its_noun(name))]:
            twin = coref._find(other, entity_key(other, called))
            if twin is None or twin is body or any(k != "kind" for k in twin.attrs):
                continue
            if called != name and any(m.text != called for m in twin.mentions):
                continue  # "the Ampatuan militia": "Zaldy Ampatuan" is no twin of it
            # with no role of its own either, a name no person bears ("S-21") is the body's
            if not any((m.start, m.end) in own | bodies for m in twin.mentions) and (
                role or (other == "Person" and not person_shaped(name))
            ):
                _fold(coref, twin, body)


def _place_twins(coref: Coreference, place: _Cluster, name: str, roles: set[tuple[int, int]]) -> None:
    """A person or an organisation named as a place where a crime occurred, with nothing of a person or
    an organisation of a known kind about it, is that place."""
    for other in ("Person", "Organization"):
        twin = coref._find(other, entity_key(other, name))
        if twin is None or twin is place or twin.attrs.get("kind") not in {None, "other"}:
            continue
        said = {k for k in twin.attrs if k != "kind"}
        if not said and not any((m.start, m.end) in roles for m in twin.mentions):
            _fold(coref, twin, place)


def _join_other_names(coref: Coreference, same: list[dict[str, Any]]) -> None:
    """ "X, also known as Y": Y's entity is X's (nlp.aliases), when both are of one type (or Y is written in a unit
    profile's field of names, nlp/profiles.py). Only an entity made of that other name alone (and its parts) is
    joined whole; the name may have been read as someone else's ("In Lon, alias Nath" after "the painter Vann
    Nath"): then that mention alone goes to X."""
    for r in same:
        at = (r["subject"][0], r["subject"][1])
        alias, main = coref.by_mention.get(at), coref.by_mention.get((r["object"][0], r["object"][1]))
        if alias is None or main is None or alias is main:
            continue
        # a name in a unit profile's field of names is the unit's, whatever the tagger took it for, and its mentions
        # elsewhere with it (the acronym it goes by)
        profiled = r["method"].endswith(":profile-names")
        if alias.type != main.type and not (profiled and not alias.attrs):
            continue
        # "the Tumba massacre, the killing of 40 villagers": named by its name; a unit by its profile's title
        if main.type == "Crime" or profiled:
            main.attrs.setdefault("_name", next(m.text for m in main.mentions if m.start == r["object"][0]))
        written = next(m.text for m in alias.mentions if (m.start, m.end) == at)
        if profiled or all(set(name_key(n).split()) <= set(name_key(written).split()) for n in alias.names):
            _fold(coref, alias, into=main)
            continue
        moved = next(m for m in alias.mentions if (m.start, m.end) == at)
        alias.mentions.remove(moved)
        main.mentions.append(moved)
        coref.by_mention[at] = main
        if written not in main.names:
            main.names.append(written)


# The words that name a killing: a person is killed once.
# The crimes done to a person once, by the nouns that begin their names, each a kind of its own (a killing and a
# disappearance of one person are two crimes), in the languages read.
_ONCE = {
    "killing": re.compile(
        r"(?:killing|murder|assassination|execution|car-bomb murder|asesinato|homicidio|ejecución|assassinat|"
        r"meurtre|exécution|ermordung|tötung|mord)(?: extrajudicial| extrajudiciaire)? (?:of|de|del|d'|an|von)\b"
    ),
    "disappearance": re.compile(
        r"(?:enforced disappearance|disappearance|desaparición(?: forzada)?|disparition(?: forcée)?|"
        r"verschwindenlassen) (?:of|de|del|d'|von)\b"
    ),
}


def _one_death(coref: Coreference, victims: list[dict[str, Any]]) -> None:
    """A person is killed once, and disappeared once: the crimes of the document that name the killing of one
    and the same person and no one else ("the murder of X", "the killing of X" from "soldiers killed X in Y"),
    or the disappearance ("la desaparición de Fernando García", "la desaparición forzada del estudiante X"), are
    one crime, with the places, perpetrators and types each sentence gives. An attempt or another harm is
    another crime."""
    done_to: dict[int, set[int]] = {}
    for r in victims:
        person = coref.by_mention.get((r["subject"][0], r["subject"][1]))
        crime = coref.by_mention.get((r["object"][0], r["object"][1]))
        if person is not None and crime is not None and crime.type == "Crime":
            done_to.setdefault(id(crime), set()).add(id(person))
    by_victim: dict[tuple[int, str], list[_Cluster]] = {}
    for c in coref.clusters:
        sole = done_to.get(id(c), set())
        if c.type != "Crime" or len(sole) != 1:
            continue
        kind = next((k for k, said in _ONCE.items() if said.match(_canonical(c).lower())), None)
        if kind is not None:
            by_victim.setdefault((next(iter(sole)), kind), []).append(c)
    for crimes in by_victim.values():
        for other in crimes[1:]:
            if other.alive and crimes[0].alive:
                _fold(coref, other, crimes[0])


def _fold(coref: Coreference, c: _Cluster, into: _Cluster) -> None:
    into.names.extend(n for n in c.names if n not in into.names)
    into.mentions.extend(c.mentions)
    for k, v in c.attrs.items():
        into.attrs.setdefault(k, v)
    for m in c.mentions:  # every mention that names c was added to it (or to a cluster folded into it)
        if coref.by_mention.get((m.start, m.end)) is c:
            coref.by_mention[(m.start, m.end)] = into
    for name in c.names:
        coref._index(into, name)
    c.alive = False
    coref.clusters.remove(c)


def _canonical(c: _Cluster) -> str:
    if c.type == "CrimeType":
        return c.names[0]
    if c.attrs.get("_name") in c.names:
        return str(c.attrs["_name"])  # a crime's name rather than the description set beside it
    # The longest name written out; a person's full name rather than the surname alone; as prose writes it
    # rather than in a heading's capitals ("La Rochela", not "LA ROCHELA")
    return max(c.names, key=lambda n: (not n.isupper() or len(n) < 6, len(n.split()), len(n)))


def assemble(
    onto: Ontology,
    document_id: str,
    text: str,
    mentions: list[Mention],
    raw_relations: list[dict[str, Any]],
    crime_labels: dict[str, list[str]],
) -> tuple[list[Entity], list[Relation], list[str]]:
    """Entities and relations of one document, and the problems met (a relation the ontology refuses)."""
    coref = Coreference(crime_labels)
    coref.accused = {(r["subject"][0], r["subject"][1]) for r in raw_relations if r["predicate"] in _ACCUSING}
    surnames: set[str] = set()
    for m in (m for m in mentions if m.label == "Person" and len(m.text.split()) > 1):
        words = name_key(m.text).split()
        surnames.add(surname(words))
        if len(words) > 2 and words[-2] in PARTICLES:
            surnames.add(" ".join(words[-2:]))  # "El-Zakzaky" of "Ibrahim El-Zakzaky", with its particle
    ordered = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if (
            (m.label == "Location" or (m.label == "Organization" and m.attrs.get("kind") == "other"))
            and name_key(m.text) in surnames
            # "in Buratai" may be a place of that name; "to El-Zakzaky's residence" is the person's
            and (not _AT_PLACE.search(text, max(0, m.start - 12), m.start) or _POSSESSIVE.match(text, m.end))
        ):
            m = Mention(m.start, m.end, "Person", m.text, {})  # the NER's "Buratai" (ORG) is the person named before
        ordered.append(m)
    # Full names first, so that a surname met before its full name (a headline) still joins it; descriptions last.
    # So too an acronym met before the name it stands for ("ICC appeals judges" above "the International
    # Criminal Court (ICC)").
    given = {m.attrs["alias"] for m in ordered if m.attrs.get("alias")}
    acronyms = [m for m in ordered if m.label in {"Organization", "Mechanism"} and m.text in given]
    # A surname of two words ("Ríos Montt" above "Efraín Ríos Montt") is short too: the tail of a longer name.
    full = {tuple(name_key(m.text).split()) for m in ordered if m.label == "Person"}
    tails = {words[-n:] for words in full for n in range(2, len(words))}
    short = [
        m for m in ordered if m.label == "Person" and (" " not in (k := name_key(m.text)) or tuple(k.split()) in tails)
    ]
    anaphors = [m for m in ordered if m.label == "ANAPHOR"]
    later = {id(m) for m in (*acronyms, *short, *anaphors)}
    for m in [*(m for m in ordered if id(m) not in later), *acronyms, *short, *anaphors]:
        coref.add(m)
    _retype(coref, raw_relations, text)
    _body_twins(coref, raw_relations)
    _join_other_names(coref, [r for r in raw_relations if r["predicate"] == SAME])
    _one_death(coref, [r for r in raw_relations if r["predicate"] == "victim_of"])
    _split_chambers(coref)  # first: the court a chamber's name holds may be named short too ("the Special Court")
    _merge_contained(coref)
    _merge_operations(coref, text)
    _merge_events(coref)
    ids: dict[int, str] = {}
    entities: list[Entity] = []
    made: dict[str, Entity] = {}
    problems: list[str] = []

    def entity_id(c: _Cluster, name: str) -> str:
        if c.type == "CrimeType":
            return str(c.attrs["notation"])
        return (
            f"{c.type.lower()}-{hashlib.sha256(f'{document_id}|{c.type}|{name_key(name)}'.encode()).hexdigest()[:16]}"
        )

    for c in coref.clusters:
        name = _canonical(c)
        names = list(dict.fromkeys([*c.names, *c.attrs.get("_aliases", []), *c.attrs.get("_other_names", [])]))
        eid = entity_id(c, name)
        if eid in made and c.type != "CrimeType":
            # another cluster has this name ("the attack on Kasoro" and "the attack on Kasoro in 2006", which the
            # document keeps apart): this one goes by a name of its own, if it has one
            name = next((n for n in names if entity_id(c, n) not in made), name)
            eid = entity_id(c, name)
        ids[id(c)] = eid
        attrs = {k: v for k, v in c.attrs.items() if not k.startswith("_")}
        aliases = [n for n in names if n != name]
        if c.type in {"Organization", "Mechanism"}:  # "Oberlandesgericht Koblenz": also its English name
            aliases += [
                e for e in dict.fromkeys(e for n in c.names for e in english_names(n)) if e != name and e not in aliases
            ]
        spans = [Span(m.start, m.end, text[m.start : m.end]) for m in c.mentions]
        if (twin := made.get(eid)) is not None:  # two clusters of one type and one name are one entity
            twin.aliases += [n for n in aliases if n != twin.name and n not in twin.aliases]
            twin.mentions = sorted([*twin.mentions, *spans], key=lambda m: (m.start or 0, m.end or 0))
            continue
        try:
            made[eid] = check_entity(
                onto, Entity(eid, c.type, name, aliases, _entity_attrs(onto, c.type, attrs), spans)
            )
            entities.append(made[eid])
        except InvalidInput as e:
            problems.append(str(e))
    merged: dict[tuple[str, str, str], Relation] = {}
    appeals = [r for r in raw_relations if r["attributes"].get("verdict") in APPEALS]
    within = [r for r in raw_relations if r["predicate"] == WITHIN]
    for r in raw_relations:
        if r["attributes"].get("verdict") in APPEALS or r["predicate"] in {WITHIN, SAME, ACT}:
            continue
        subject = coref.by_mention.get((r["subject"][0], r["subject"][1]))
        obj = coref.by_mention.get((r["object"][0], r["object"][1]))
        if subject is None or obj is None or subject is obj:
            continue
        p = onto.predicates[r["predicate"]]
        if subject.type not in p.domain or obj.type not in p.range:
            continue
        s, o = ids[id(subject)], ids[id(obj)]
        start, end = r["evidence"]
        evidence = Span(start, end, text[start:end])
        key = (s, r["predicate"], o)
        if key in merged:
            _merge(merged[key], r, evidence)
            continue
        sure = r["confidence"]
        if {(r["subject"][0], r["subject"][1]), (r["object"][0], r["object"][1])} & coref.guessed:
            sure = min(sure, _GUESSED)
        relation = Relation(s, r["predicate"], o, r["valid_from"], r["valid_to"], dict(r["attributes"]),
                            sure, r["method"], [evidence])  # fmt: skip
        try:
            merged[key] = check_relation(onto, relation)
        except InvalidInput as e:
            problems.append(str(e))
    for r in appeals:
        appeal(r, coref, ids, merged, text)
    no_act_of_a_verdict_undone(merged)
    occurred_in_what_holds_the_place(within, coref, ids, merged, text)
    acts.perpetrated_where_named([r for r in raw_relations if r["predicate"] == ACT], coref, ids, merged, text)
    witnesses = {ids[id(c)] for c in coref.clusters if c.attrs.get("_witness")}
    cases.infer(entities, merged, witnesses, text)
    prosecutions.infer(entities, merged)
    chambers.infer(entities, merged)
    body_parts.infer(entities, merged)
    type_crimes(entities, merged, coref.crime_labels)
    investigated_by_author(entities, merged, text)
    no_arrest_of_the_accused(entities, merged)
    no_accused_witness(entities, merged)
    commander_not_also_member(merged)
    return entities, list(merged.values()), problems


def _entity_attrs(onto: Ontology, type_: str, attrs: dict[str, Any]) -> dict[str, Any]:
    known = {a.name for a in onto.entity_types[type_].attributes}
    return {k: v for k, v in attrs.items() if k in known}


def _merge(into: Relation, r: dict[str, Any], evidence: Span) -> None:
    if evidence not in into.evidence:
        into.evidence.append(evidence)
    into.valid_from = into.valid_from or r["valid_from"]
    into.valid_to = into.valid_to or r["valid_to"]
    into.confidence = max(into.confidence or 0.0, r["confidence"])
    for k, v in r["attributes"].items():
        into.attributes.setdefault(k, v)
