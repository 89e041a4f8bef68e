"""A unit's profile, as monitoring organisations write one (Security Force Monitor's records): a first line
"Unit profile: NAME", then fields, each a heading alone on its line with its entries below, or "Heading:
entries" on one line. The fields say what sentences would: "Parent units" (the unit is part of each), a parent
"A, part of B" (A is part of B), "Subordinate units" (each is part of the unit), "Commanders" (each person
commands the unit, "from D1 to D2" or "first cited D1, last cited D2"; a line "Commander of the II Army: X"
names another's commander, and is left), "Headquarters" and "Sites" (where it is based), "Area(s) of operation(s)"
(where it operates); an entry of the commanders that names a unit first ("- 11th Infantry Brigade: Colonel X")
names that unit's commander. Likely (0.7): a field says the link, a list does not say when it held.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from nlp.dates import normalise
from nlp.places import known
from nlp.sentence import SAME, Sentence

# "Unit profile: NAME" on the first line; or NAME alone on it, then a line that begins "Unit profile" and names
# nothing after a colon ("Unit profile. Sources: ...").
_FIRST = re.compile(r"\s*Unit profile:\s*(?P<name>[^\n]+)|\s*(?P<titled>[^\n]+)\n\s*Unit profile\b(?!:\s*\S)")
_HEADINGS = {
    "parents": r"Parent(?: units?| organi[sz]ations?|s)?",
    "parts": r"Subordinate units?(?: named here)?",
    "commanders": r"Commanders?",
    "based": r"Headquarters|Sites?",
    "areas": r"Areas? of operations?",
    "names": r"Names?|(?:Other|Earlier|Former|Later|Alternative)(?: and later)? names|Also known as|Alias(?:es)?",
}
_FIELD = re.compile(
    r"^(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _HEADINGS.items()) + r")(?: \([^)\n]*\))?\s*(?::\s*(?P<inline>.*))?$"
)  # a heading may say what it lists in brackets: "Commanders (with dates)", "Subordinate units (selection)"
_OTHERS_COMMANDER = re.compile(r"\s*Commander of\b")
# Another field's heading: "Founded: ...", "Other commanders: ..."; or a short line naming no one ("Financing").
_LABEL = re.compile(r"[A-Z][\w()'-]*(?: [\w()'-]+){0,4}:(?:\s|$)")
# How far into its line or item an entry's name may begin (after a bullet, a rank and a title).
_LEAD = 30
_PROFILE = 0.7
_RANGE = re.compile(r"\s+(?:to|until)\s+")
# The words before a date that start or end a command: "from", "first cited", "took command on"; "to", "last
# cited", "suspended (from command) in".
_FROM = re.compile(
    r"\b(?:from|since|first cited|(?:took|assumed|took over)(?: the)? command(?: on| in)?|"
    r"appointed(?: on| in)?)\s*$"
)
_TO = re.compile(
    r"\b(?:to|until|last cited|(?:suspended|relieved|removed|dismissed|replaced)(?: from(?: his)? "
    r"command)?(?: on| in)?)\s*$"
)
# In a field of parents written as prose, the words right before a parent: "was assigned to the", "placed under
# the tactical control of", "part of".
_PARENT_CUE = re.compile(
    r"\b(?:(?:assigned|attached|subordinated?|reported|answerable)\s+to|under\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:control|command|authority)\s+of|part\s+of)\s+(?:the\s+)?$"
)
# "Commander: Lieutenant Colonel X" inside an entry of subordinate units: the entry's unit's commander.
_ITS_COMMANDER = re.compile(r"\bCommander:\s*")
_NAMES = {"Person", "Organization", "Location", "Mechanism"}
# In a field of the unit's names, what comes right before each of its names: the field's start, a bracket, a comma,
# a semicolon, "also written", "include"; not "of the" ("DOI-CODI of the II Army" names its parent).
_A_NAME_BEGINS = re.compile(r"(?:^|[(,;.]|\binclud(?:e|es|ed)|\balso (?:written|known as|called)|\bformerly|\bor)\s*$")
_NAMED = 0.8
# "Col. X, commander of Group 4": an entry that says whose commander he was names another unit's
_ANOTHERS = re.compile(r"\b(?:commander|commanding (?:officer|general)|head|chief|leader)\s+of\b", re.IGNORECASE)
# What a title's "of" names when it names no unit: the profile's own, in common words ("commander of the battalion").
_WHOSE = re.compile(r"\s+(?:the\s+|its\s+)?[a-z]")


def heading_end(line: str) -> int | None:
    """Where a profile's field heading that opens `line` ends ("Parent units: X", "Parent unit (2005): X"), if one
    does: its words name no one."""
    m = _FIELD.match(line)
    if m is None:
        return None
    return m.start("inline") if m.group("inline") is not None else m.end()


def _mentions_in(mentions: list[Span], start: int, end: int, label: str) -> list[Span]:
    return [m for m in mentions if start <= m.start_char and m.end_char <= end and m.label_ == label]


def _dates(mentions: list[Span], start: int, end: int, text: str) -> dict[str, Any]:
    """ "from 1995 to March 1998", "first cited September 1970, last cited January 1974"."""
    found: dict[str, Any] = {}
    for d in _mentions_in(mentions, start, end, "DATE"):
        before = text[max(start, d.start_char - 40) : d.start_char].lower()
        if _FROM.search(before):
            found.setdefault("valid_from", d._.acg["date"])
            ends = _RANGE.split(d.text)  # "June 2016 to May 2019", read as one date
            if len(ends) == 2 and (last := normalise(ends[1])) is not None:
                found.setdefault("valid_to", last)
        elif _TO.search(before):
            found.setdefault("valid_to", d._.acg["date"])
    return found


def _heading(line: str, start: int, end: int, mentions: list[Span]) -> bool:
    """A short line of its own that names no one and no body: a section's heading ("Reported abuses")."""
    named = [m for m in mentions if start <= m.start_char and m.end_char <= end and m.label_ in _NAMES]
    return len(line.split()) <= 8 and not line.rstrip().endswith((".", ";", ",")) and not named


def _persons_entry(line: str, start: int, mentions: list[Span]) -> bool:
    """ "Brigadier General X: took command on D": a person's entry, not another field's label."""
    label = _LABEL.match(line.strip())
    colon = start + len(line) - len(line.lstrip()) + (label.end() if label else 0)
    return any(m.label_ == "Person" and start <= m.start_char and colon - 3 <= m.end_char < colon for m in mentions)


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def profile(doc: Doc, mentions: list[Span], relations: list[dict[str, Any]]) -> None:
    """The links a unit's profile states in its fields, added to `relations`."""
    text = doc.text
    first = _FIRST.match(text)
    if first is None:
        return
    group = "name" if first.group("name") else "titled"
    units = _mentions_in(mentions, first.start(group), first.end(group), "Organization")
    if not units:
        return
    unit = units[0]
    # the unit's own names: its name on the first line and its acronym in brackets ("(Kopassus)"); not its
    # parent's ("Unit profile: DOI-CODI of the II Army")
    own = {unit.text} | set(re.findall(r"\(([^)]+)\)", first.group(group)))
    # the acronym in brackets on the first line is the unit's other name ("Special Forces Command (Kopassus)"),
    # whether the tagger read it there or only further down; not the country in brackets ("X (Honduras)")
    acronyms = [o for o in own if o != unit.text and re.fullmatch(r"[A-Z][\w-]{1,15}", o) and not known(o)]
    # not another body's, named on the line after the unit ("the 4th Military Police Battalion, Croatian Defence
    # Council (HVO)": the council's); the unit's own acronym follows its name
    if len(units) > 1 or len(_mentions_in(mentions, first.start(group), first.end(group), "Mechanism")) > 0:
        acronyms = [a for a in acronyms if re.match(rf"\s*\({re.escape(a)}\)", text[unit.end_char :])]
    if acronyms and not unit._.acg.get("alias"):
        unit._.acg["alias"] = acronyms[0]
    field: str | None = None
    for start, end in _lines(text)[1:]:
        line = text[start:end]
        if not line.strip():
            continue  # a list's items are set apart by blank lines (nlp.paragraphs); a heading ends a field
        if (m := _FIELD.match(line.strip())) is not None:
            field = next(k for k in _HEADINGS if m.group(k))
            if not m.group("inline"):
                continue
            start = start + len(line) - len(m.group("inline"))
        elif field == "commanders" and _units_entry(text, start, end, mentions) is not None:
            pass  # "- 11th Infantry Brigade: Colonel X": an entry, not another field's label
        elif (_LABEL.match(line.strip()) and not _persons_entry(line, start, mentions)) or _heading(
            line, start, end, mentions
        ):
            field = None
            continue
        elif field is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        s = Sentence(span, [x for x in mentions if start <= x.start_char and x.end_char <= end], mentions, text)
        _field(s, field, unit, own, (start, end), mentions)
        relations.extend(s.out)


def _field(s: Sentence, field: str | None, unit: Span, own: set[str], line: tuple[int, int],
           mentions: list[Span]) -> None:  # fmt: skip
    start, end = line
    text = s.text
    if field == "commanders":
        persons = _mentions_in(mentions, start, end, "Person")
        if (entry := _units_entry(text, start, end, mentions)) is not None:  # "- Task Force X: Colonel Y"
            body, person = entry
            s.emit(person, "commands", body, _PROFILE, "profile", **_dates(mentions, person.end_char, end, text))
            return
        if not persons or persons[0].start_char - start > _LEAD or _OTHERS_COMMANDER.match(text, start):
            return
        said = _ANOTHERS.search(text, persons[0].end_char, end)
        if said is None or _its_own(text, said.end(), end, own, mentions):
            s.emit(persons[0], "commands", unit, _PROFILE, "profile", **_dates(mentions, start, end, text))
        return
    if field in {"parents", "parts"}:
        for item_start, item_end in _items(text, start, end):
            bodies = [b for b in _mentions_in(mentions, item_start, item_end, "Organization") if b.text not in own]
            if field == "parents" and bodies and bodies[0].start_char - item_start > _LEAD:
                for body in bodies:  # prose: "the brigade was assigned to A and placed under the control of B"
                    if _PARENT_CUE.search(text, item_start, body.start_char):
                        s.emit(unit, "part_of", body, _PROFILE, "profile")
                continue
            if not bodies or bodies[0].start_char - item_start > _LEAD:
                continue
            if field == "parts":
                s.emit(bodies[0], "part_of", unit, _PROFILE, "profile")
                said = _ITS_COMMANDER.search(text, item_start, item_end)
                persons = _mentions_in(mentions, said.end(), item_end, "Person") if said else []
                if said is not None and persons and persons[0].start_char - said.end() <= _LEAD:
                    dates = _dates(mentions, persons[0].end_char, item_end, text)
                    s.emit(persons[0], "commands", bodies[0], _PROFILE, "profile", **dates)
                continue
            s.emit(unit, "part_of", bodies[0], _PROFILE, "profile", **_dates(mentions, item_start, item_end, text))
            above = re.search(r",\s*part of\b", text[item_start:item_end])
            if above is not None:
                higher = [b for b in bodies if b.start_char >= item_start + above.end()]
                if higher:
                    s.emit(bodies[0], "part_of", higher[0], _PROFILE, "profile")
        return
    if field == "names":
        for name in _mentions_in(mentions, start, end, "Organization") + _mentions_in(mentions, start, end, "Person"):
            if name.text != unit.text and _A_NAME_BEGINS.search(text[start : name.start_char]):
                s.emit(name, SAME, unit, _NAMED, "profile-names")
        return
    places = _mentions_in(mentions, start, end, "Location")
    if field == "based" and places:
        s.emit(unit, "based_at", places[0], _PROFILE, "profile", **_dates(mentions, start, end, text))
    elif field == "areas":
        for place in places:
            s.emit(unit, "operated_in", place, _PROFILE, "profile")


_BULLET = re.compile(r"\s*(?:[-\u2013\u2022*]\s*)?")


def _its_own(text: str, at: int, end: int, own: set[str], mentions: list[Span]) -> bool:
    """Whether the unit a commander's title is "of" (from `at` to the line's `end`) is the profile's own: by one
    of its names, or in common words ("commander of the battalion"). "commander of 3/1", "commanding general of
    RCT-2": a name no mention was made of is another unit's too."""
    bodies = _mentions_in(mentions, at, end, "Organization")
    if bodies:
        return all(o.text in own for o in bodies)
    after = re.sub(r"^\s+(?:the\s+)?", "", text[at:end])
    return _WHOSE.match(text, at, end) is not None or any(after.startswith(n) for n in own)


def _units_entry(text: str, start: int, end: int, mentions: list[Span]) -> tuple[Span, Span] | None:
    """An entry of a list of commanders that names its unit first ("- 11th Infantry Brigade: Colonel X", "1st
    Platoon, Company C: Lieutenant Y"): the unit before the colon, the person right after it."""
    lead = _BULLET.match(text, start)
    colon = text.find(":", start, end)
    bodies = _mentions_in(mentions, start, end, "Organization")
    if lead is None or colon == -1 or not bodies or bodies[0].start_char != lead.end() or bodies[0].end_char > colon:
        return None
    if colon - bodies[0].end_char > 25 or any(m.label_ == "Person" and m.start_char < colon for m in mentions
                                              if start <= m.start_char < end):  # fmt: skip
        return None
    persons = _mentions_in(mentions, colon, end, "Person")
    if not persons or persons[0].start_char - colon > _LEAD:
        return None
    return bodies[0], persons[0]


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entries of a line listed with semicolons ("Group 2, based at ...; Group 4, ...")."""
    out, at = [], start
    for piece in text[start:end].split(";"):
        out.append((at, at + len(piece)))
        at += len(piece) + 1
    return out
