"""A state's forces named by its people's adjective, in lower case: "the Chilean army", "Egyptian security
forces", "the Nigerian military", "the Indonesian police"; and its government ("the Iraqi government"). The
tagger leaves them out (it tags "Chilean" a nationality and nothing else), yet they are the units reports most
often hold responsible. The name is the adjective and the force's words as written ("Chilean army"); what the
capitalised form ("the Chilean Army") is, a unit (or a government), they are too.

A name the tagger left out before the people of a force is that force too: "by Santebal staff", "FARDC units,
including the 8th Brigade", "Séléka fighters" (`named_forces`); and a name before a body's noun in lower case is
the body's ("the Vlakplaas unit", "the Aitarak militia", "the Prijedor police": `bodies_in_lower_case`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp import lexicon, places
from nlp.candidates import NER, RULE, Candidate
from nlp.names import ORDINAL, people

# The words of a state's force after its people's adjective, longest first.
_FORCES = (
    ("armed", "forces"), ("security", "forces"), ("defence", "forces"), ("defense", "forces"),
    ("intelligence", "services"), ("intelligence", "service"), ("police", "force"), ("national", "police"),
    ("air", "force"), ("army",), ("military",), ("police",), ("navy",), ("gendarmerie",),
    ("federal", "government"), ("government",),
)  # fmt: skip


# The people of a force its words may qualify: "a retired Chilean army brigadier", "Nigerian army officers" (not
# "the Argentine military junta", "military barracks": another body, a place).
_ITS_PEOPLE = frozenset(
    "officer officers soldier soldiers general generals brigadier colonel major captain lieutenant commander "
    "commanders personnel troops spokesman spokesperson chief chiefs intelligence".split()
)


def _people(t: Token) -> bool:
    """A people's adjective: the tagger's nationality ("Chilean", "Egyptian"), capitalised."""
    return t.ent_type_ == "NORP" and t.text[:1].isupper() and t.pos_ in {"ADJ", "PROPN"}


def national_forces(doc: Doc) -> Iterator[Candidate]:
    for t in doc:
        if not _people(t):
            continue
        after = [x.lower_ for x in doc[t.i + 1 : t.i + 3]]
        words = next((f for f in _FORCES if tuple(after[: len(f)]) == f), None)
        if words is None:
            continue
        end = t.i + 1 + len(words)
        if any(x.text[:1].isupper() for x in doc[t.i + 1 : end]):
            continue  # "the Chilean Army": the tagger names it
        head = doc[end - 1].head
        if doc[end - 1].dep_ in {"amod", "compound"} and head.i >= end and head.lemma_.lower() not in _ITS_PEOPLE:
            continue  # "the Argentine military junta", "military barracks": another thing ("army officers" are its)
        start = t.i  # the people's whole name: "the Central African army", "the South Sudanese army"
        while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "NORP":
            start -= 1
        yield Candidate(start, end, "Organization", RULE, kind="government" if words[-1] == "government" else "unit")


# The people of a force, after the force's name: "FARDC units", "Séléka fighters", "Santebal staff".
_FORCE_PEOPLE = frozenset(
    "units troops soldiers fighters forces militiamen militias staff agents officers guards combatants "
    "elements members".split()
)


# Capitalised words before a force's people that name no force: "Government forces", "Rebel fighters".
_NOT_FORCE_NAMES = frozenset(
    "the a government state rebel rebels opposition security coalition federal national".split()
)


def named_forces(doc: Doc) -> Iterator[Candidate]:
    """The capitalised name the people of a force are qualified by, left untagged or tagged a person."""
    for t in doc:
        if t.lower_ not in _FORCE_PEOPLE or t.i == 0:
            continue
        end = t.i
        start = end
        while (
            start > 0
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i == t.i
            and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_upper)
        ):
            start -= 1
        if start == end or (start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title):
            continue  # "Boko Haram fighters": the name goes on before, the tagger's to read
        if doc[start].lower_ in _NOT_FORCE_NAMES:
            continue
        name = doc[start:end].text
        tagged = {x.ent_type_ for x in doc[start:end]} - {""}
        if tagged - {"PERSON", "NORP"} or places.known(name) or places.demonym(name) or people(name):
            continue  # the tagger named it; "Rwandan soldiers", "Hutu militiamen": a people, not a force
        if "NORP" in tagged and name.endswith(("ist", "ists", "an", "ans", "ese", "ish", "ic", "i")):
            continue  # "Islamist fighters", "Bosnian Serb forces": what they are, not a force's name
        if any(
            x.text in lexicon.UNIT_HEADS | lexicon.TITLE_WORDS or lexicon.canonical_rank(x.text) for x in doc[start:end]
        ):
            continue  # "Army troops", "General Staff officers": the force is named in full elsewhere
        yield Candidate(start, end, "Organization", NER, kind="armed_group")


# A body's noun written in lower case after its name, and the words that may come between ("the BIA guerrilla
# unit", "the Udayana regional military command", "the Black Hand death squad").
# After a union's noun the name is the union's own ("the Séléka coalition" is the Séléka).
_BODY_NOUNS = (
    frozenset("unit militia police detachment command squad battalion brigade commando regiment".split())
    | lexicon.UNION_NOUNS
)
_BODY_WORDS = 2


def _named_alone(doc: Doc, name: str, unit: int) -> bool:
    """The document names a body `name` elsewhere, without the noun "unit" after it ("the SPLA unit" in a text
    on the SPLA): "the NAME unit" is then one of its units, not the name of one."""
    return any(e.label_ == "ORG" and e.end != unit and e.text.removeprefix("the ") == name
               and (e.end == len(doc) or doc[e.end].lower_ != "unit") for e in doc.ents)  # fmt: skip


def bodies_in_lower_case(doc: Doc) -> Iterator[Candidate]:
    """A capitalised name before a body's noun in lower case: the body, named with the noun, whatever the tagger
    took the name for (the town of "the Prijedor police", nothing in "the Aitarak militia"); never a state's
    people or a country, whose forces `national_forces` reads."""
    for t in doc:
        if t.lower_ not in _BODY_NOUNS or not t.text.islower() or t.i == 0:
            continue
        if t.dep_ in {"compound", "amod"} and t.head.i > t.i and t.head.lemma_.lower() not in _ITS_PEOPLE:
            continue  # "the Maiduguri police station": a place ("the Vlakplaas unit commander" is the unit's)
        start = t.i
        while start > 0 and t.i - start < _BODY_WORDS and doc[start - 1].text.islower() and doc[start - 1].is_alpha \
                and doc[start - 1].dep_ in {"amod", "compound"} and doc[start - 1].head.i >= start:  # fmt: skip
            start -= 1
        end_of_name = start
        while start > 0 and end_of_name - start < 4 and doc[start - 1].dep_ == "compound" and (
            doc[start - 1].is_title or doc[start - 1].is_upper
        ) and doc[start - 1].pos_ == "PROPN":  # fmt: skip
            start -= 1
        goes_on = start > 0 and doc[start - 1].pos_ == "PROPN"
        if start == end_of_name or goes_on:
            continue  # no name, or one that goes on before: the tagger's to read
        name = doc[start:end_of_name].text
        if places.country(name) or places.demonym(name) or people(name) or doc[start].lower_ in _NOT_FORCE_NAMES:
            continue
        if any(x.text in lexicon.TITLE_WORDS or lexicon.canonical_rank(x.text) for x in doc[start:end_of_name]):
            continue  # "General Staff command": a title, not a name
        if any(x.text in lexicon.UNIT_HEADS for x in doc[start:end_of_name]) or (
            t.lower_ == "unit" and end_of_name == t.i and _named_alone(doc, name, t.i)
        ):
            continue  # "the Argentine Navy unit that ran the camp", "the SPLA unit": one of its units, not named
        if t.lower_ in lexicon.UNION_NOUNS:
            yield Candidate(start, end_of_name, "Organization", RULE, kind="armed_group")
            continue
        yield Candidate(start, t.i + 1, "Organization", RULE, kind="armed_group" if t.lower_ == "militia" else "unit")


# The words that end a British or Commonwealth regiment's name, and a battalion's head before it.
_REGIMENTS = frozenset({"Regiment", "Rifles", "Guards", "Fusiliers", "Highlanders", "Rangers"})
_BATTALIONS = frozenset({"Battalion", "Company", "Squadron"})


# The arms a United States regiment is named by after its number: "20th Infantry", "1st Marines", "7th Cavalry".
_ARMS = frozenset({"Infantry", "Marines", "Cavalry", "Artillery", "Armor", "Aviation", "Engineers", "Regiment"})


def regimental_battalions(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """ "the 1st Battalion, The Queen's Lancashire Regiment": a battalion of a regiment, named as British and
    Commonwealth armies write it (", The" and the regiment), is one unit with one name; so is "the 3rd Battalion,
    1st Marines", "1st Battalion, 20th Infantry", "2nd Battalion, 1st Infantry Regiment", as the United States
    write it (a numbered battalion's name alone, "3rd Battalion", is many units')."""
    out: list[Candidate] = []
    for c in chosen:
        if c.start < (out[-1].end if out else 0):
            continue  # inside the name just joined: "1st Infantry Regiment" of "2nd Battalion, 1st Infantry Regiment"
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label == c.label == "Organization"
            and doc[prev.end - 1].text in _BATTALIONS and doc[c.end - 1].text in _REGIMENTS
            and c.start == prev.end + 2 and doc[prev.end].text == "," and doc[prev.end + 1].text == "The"
        ):  # fmt: skip
            out[-1] = Candidate(prev.start, c.end, "Organization", prev.priority, kind="unit")
            continue
        if c.label == "Organization" and (end := _us_regiment_after(doc, c)) is not None:
            c = Candidate(c.start, end, "Organization", c.priority, kind="unit")
        out.append(c)
    return out


def _us_regiment_after(doc: Doc, battalion: Candidate) -> int | None:
    """Where the regiment named after a numbered battalion and a comma ends: ", 1st Marines", ", 20th Infantry",
    ", 1st Infantry Regiment"; None if no such regiment follows."""
    if doc[battalion.end - 1].text not in _BATTALIONS or not ORDINAL.match(doc[battalion.start].text):
        return None
    at = battalion.end
    if at + 2 >= len(doc) or doc[at].text != "," or not ORDINAL.match(doc[at + 1].text):
        return None
    end = at + 2
    while end < min(len(doc), at + 5) and doc[end].is_title and doc[end].text in _ARMS:
        end += 1
    return end if end > at + 2 else None
