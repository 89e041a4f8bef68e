"""Names and their acronyms in brackets: the name an acronym spells out is one name however the tagger cut it
("the Global Justice and Research Project (GJRP)"), a body's name ending with its place before its acronym
("the Union for Peace in the Central African Republic (UPC)"), an acronym that spells the place and not the body
("... in the Democratic People's Republic of Korea (DPRK)"), and an acronym alone of the kind of its name.
Called by nlp.entities."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.candidates import RULE, Candidate
from nlp.names import mechanism_kind, organization_kind

ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&]*[A-Z0-9]$")
_LINK_WORDS = frozenset(
    "of for the and on in to de la le les du des pour el del los las y et à au aux für der die das und zur zum".split()
)


def acronym_of_its_place(name: str, acronym: str) -> str | None:
    """The acronym in brackets after a body's name spells the place its name ends with, not the body: "the
    commission of inquiry on human rights in the Democratic People's Republic of Korea (DPRK)". The body's
    name with the acronym for the place ("... in the DPRK"), which the text may use later; else None."""
    tail = re.split(r"\s(?:in|on|into)\s(?:the\s)?", name)[-1]
    if tail == name or "".join(w[0] for w in tail.split() if w[:1].isupper()) != acronym.replace(".", ""):
        return None
    return name[: len(name) - len(tail)] + acronym


def spelled_out(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A name that an acronym in brackets spells out is one name, however the tagger cut it: "the Global
    Justice and Research Project (GJRP)", "the Truth, Reconciliation and Reparations Commission (TRRC)", "Forces
    patriotiques pour la libération du Congo (FPLC)"; or missed it,
    for an acronym of three letters or more and a name in lower case but its first word: "Front des
    nationalistes et intégrationnistes (FNI)"."""
    out = list(chosen)
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")" or not ACRONYM.match(doc[t.i + 1].text):
            continue
        acronym = doc[t.i + 1].text
        letters, start = "", t.i
        while start > max(0, t.i - 12) and len(letters) < len(acronym):
            w = doc[start - 1]
            # "Truth, Reconciliation and Reparations Commission (TRRC)": a comma between two of its words
            listed = w.text == "," and start - 2 >= 0 and doc[start - 2].is_title and doc[start].is_title
            if not (w.is_alpha or listed) or "\n" in w.whitespace_:
                break
            start -= 1
            if w.is_alpha and w.lower_ not in _LINK_WORDS:
                letters = w.text[0].upper() + letters
        if letters != acronym.upper() or doc[start].lower_ in _LINK_WORDS or not doc[start].is_title:
            continue
        # a description the words begin ("the Front" of "the Front des nationalistes ...") gives way to the name
        described = [c for c in out if c.label == "ANAPHOR" and c.start < t.i and c.end > start]
        inside = [c for c in out if c.start < t.i and c.end > start and c.label != "ANAPHOR"]
        # missed whole: a name of three initials or more written as French or Spanish write them, only its first
        # word capitalised (not a title in English capitals: "General Officer Commanding (GOC)")
        lower = any(w.is_lower and w.lower_ not in _LINK_WORDS for w in doc[start : t.i])
        if (not inside and (len(acronym) < 3 or not lower)) or any(
            c.label not in {"Organization", "Mechanism", "Location"} or c.start < start for c in inside
        ):
            continue  # a longer name that ends with the one spelled out is another's ("Trial Chamber VI of the ICC")
        if len(inside) == 1 and inside[0].start == start and inside[0].end == t.i:
            continue
        name = doc[start : t.i].text
        kind = mechanism_kind(name)
        label = "Mechanism" if kind or any(c.label == "Mechanism" for c in inside) else "Organization"
        out = [c for c in out if c not in inside and c not in described]
        out.append(Candidate(start, t.i, label, RULE, kind=kind if label == "Mechanism" else organization_kind(name)))
    return sorted(out, key=lambda c: c.start)


def named_in_a_place(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A body whose name ends with the place it is in, then its acronym in brackets: "the Union for Peace in the
    Central African Republic (UPC)", "the United Nations Mission in South Sudan (UNMISS)", "la Mission de l'ONU
    pour la stabilisation en République démocratique du Congo (MONUSCO)", cut by the tagger before the place.
    One name, when the acronym begins as the body's name does (the acronym may spell a name in another
    language: "UPC" for "Union pour la paix en Centrafrique")."""
    out = list(chosen)
    for t in doc:
        if t.text != "(" or t.i + 2 >= len(doc) or doc[t.i + 2].text != ")" or not ACRONYM.match(doc[t.i + 1].text):
            continue
        place = next((c for c in out if c.label == "Location" and c.end == t.i), None)
        if place is None:
            continue
        at = place.start - 1 if place.start > 0 and doc[place.start - 1].lower_ != "the" else place.start - 2
        if at < 1 or doc[at].lower_ not in {"in", "en"}:
            continue  # "en": "le Bureau conjoint des Nations Unies ... en République démocratique du Congo (BCNUDH)"
        body = next((c for c in out if c.label in {"Organization", "Mechanism"} and c.end == at), None)
        if body is None or doc[body.start].text[0].upper() != doc[t.i + 1].text[0].upper():
            continue
        out = [c for c in out if c is not body and c is not place]
        out.append(Candidate(body.start, t.i, body.label, RULE, **body.attrs))
    return sorted(out, key=lambda c: c.start)


def acronym_kinds(doc: Doc, chosen: list[Candidate]) -> None:
    """An acronym written alone is of the kind of the name it was given for ("the National Security
    Directorate (NSD)", later "the NSD": a unit, not an organisation of unknown kind)."""
    kinds = {c.attrs["alias"]: (c.label, c.attrs.get("kind")) for c in chosen if c.attrs.get("alias")}
    for c in chosen:
        found = kinds.get(doc[c.start : c.end].text)
        if found is not None and found[0] == c.label and c.attrs.get("kind") in {None, "other"} and found[1]:
            c.attrs["kind"] = found[1]
