"""Cases named in a text: "Prosecutor v. Krstić", "Nahimana et al. v. The Prosecutor", "the Military I case",
"Case 001", "the trial of Hissène Habré", "Kupreškić et al.", and a case's other name given in brackets after its title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from nlp import lexicon
from nlp.candidates import RULE, Candidate
from nlp.names import person_shaped

# A capital, Latin letters with diacritics among them ("Šešelj", "Ćorić", "Łukasz")
_UP = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_PARTY = (
    _UP + r"[\w\-\u2019'.]+(?:[ \t]+(?:(?:al|el|de|van|von|bin|da|dos|del)-?[\w\u2019']*|"
    + _UP + r"[\w\-\u2019']+)){0,4}"
)  # fmt: skip
# "Prosecutor v. Akayesu", "Prosecutor v. Issa Hassan Sesay, Morris Kallon and Augustine Gbao", "Nahimana et al.
# v. The Prosecutor"
# Words that open a sentence or a phrase before a case's name, never part of it ("In Prosecutor v. X").
_NOT_A_PARTY = (
    r"(?!(?:In|On|At|By|For|From|Under|After|Before|During|Since|When|While|That|This|See|And|But|Both|Also|As|"
    r"With|Mr|Ms|Mrs|Dr)\b)"
)
# Not a party but the next case's name: "R. v. Brown and R. v. Seward" are two cases.
_ANOTHER = rf"(?!{_UP}[\w.\-\u2019']*[ \t]+(?:v(?:s)?\.?|c\.)[ \t])"
_CASE = re.compile(
    # up to two words before the party: "Specialist Prosecutor v.", "Pauline Nyiramasuhuko et al. v."
    rf"\b(?:The[ \t]+)?(?:{_NOT_A_PARTY}{_UP}[\w\-\u2019']+[ \t]+){{0,2}}"
    rf"(?:Prosecutor|People|State|Republic|Public Prosecutor|{_UP}[\w.\-\u2019']+)"
    # "v." in English, "c." (contre) in French: "Le Procureur c. Laurent Gbagbo et Charles Blé Goudé"
    rf"(?:[ \t]+et[ \t]+al\.)?[ \t]+(?:v(?:s)?\.?|c\.)[ \t]+{_PARTY}(?:,[ \t]+{_ANOTHER}{_PARTY}){{0,4}}"
    rf"(?:,?[ \t]+(?:and|et|y)[ \t]+{_ANOTHER}{_PARTY})?(?:[ \t]+et al\.)?"
)
# "the Military I case", "The Kosiah case", "the ESMA mega-trial", "the so-called "January 13" case"; the ECCC's
# numbered cases ("Case 001")
_NAMED_CASE = re.compile(
    rf"\b[Tt]he\s+(?:so-called\s+)?((?:{_UP}[\w\-\u2019']*\s+){{1,3}}|[\"\u201c](?=[A-Z0-9])[^\"\u201d\n]{{2,40}}[\"\u201d]\s+)"
    r"((?:[a-z]+-)?(?:case|trial))\b"
)
# A case's name quoted whole: 'The "Lolotoe case" was tried in 2003'.
_QUOTED_CASE = re.compile(
    rf"\b[Tt]he\s+[\"\u201c]((?:{_UP}[\w\-\u2019']*\s+){{1,3}})((?:[a-z]+-)?(?:case|trial))[\"\u201d]"
)
_PARTIES = lexicon.MECHANISM_HEADS | {"Prosecution", "Prosecutor", "Prosecutor's", "Defence", "Defense", "Court's"}
_NUMBERED_CASE = re.compile(r"\b()Case\s+\d{3}(?:/\d{2})?\b")
# A case cited by its first accused: "In Kupreškić et al., the Appeals Chamber ..." (not "X et al. v. Y", read
# above, nor an author's "Smith et al. (2010)").
_ET_AL = re.compile(
    rf"\b{_NOT_A_PARTY}{_UP}[\w\-\u2019']+(?:[ \t]+{_UP}[\w\-\u2019']+)?[ \t]+et[ \t]+al\."
    r"(?![ \t]+(?:v(?:s)?\.?|c\.)[ \t])(?![ \t]*\(?\d)"
)


def case_names(doc: Doc, text: str) -> Iterator[Candidate]:
    for pattern in (_CASE, _NAMED_CASE, _QUOTED_CASE, _NUMBERED_CASE, _ET_AL):
        for m in pattern.finditer(text):
            named = pattern is _NAMED_CASE or pattern is _QUOTED_CASE
            begin = m.start(1) if named else m.start()
            if named and set(m.group(1).split()) & _PARTIES:
                continue  # "the Prosecution case": a party's case, no case's name
            end = m.end(2) if pattern is _QUOTED_CASE else m.end()
            if pattern is _CASE:  # a list of accused holds no court: "Prosecutor v. Akayesu and Trial Chamber I"
                for sep in re.finditer(r",?\s+(?:and|et|y)\s+|,\s+", m.group()):
                    if set(m.group()[sep.end() :].split()[:4]) & (lexicon.MECHANISM_HEADS | lexicon.UNIT_HEADS):
                        end = m.start() + sep.start()
                        break
            span = doc.char_span(begin, end, alignment_mode="expand")
            if span is not None:
                yield Candidate(span.start, span.end, "Case", RULE)


def cases_of(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """A case named by its accused: "the trial of Hissène Habré", "the genocide case against Ríos Montt".
    The mention is the head noun (with its modifiers); the name is the text up to the accused's name."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    added = []
    for t in doc:
        if t.lower_ not in {"trial", "case", "prosecution", "retrial"} or t.pos_ != "NOUN" or t.i in by_token:
            continue
        of = [x for p in t.children if p.dep_ == "prep" and p.lower_ in {"of", "against"} for x in p.children
              if x.dep_ == "pobj"]  # fmt: skip
        accused = by_token.get(of[0].i) if of else None
        if accused is None or not (accused.label == "Person" or _person_shaped(doc, accused)):
            continue
        left = min([t.i, *(c.i for c in t.lefts if c.dep_ in {"compound", "amod", "nmod"})])
        start = t.i if any(i in by_token for i in range(left, t.i)) else left  # "the genocide case": a crime type
        name = f"{doc[left : of[0].head.i + 1].text} {doc[accused.start : accused.end].text}"  # no rank
        added.append(Candidate(start, t.i + 1, "Case", RULE, name=name))
    return sorted([*chosen, *added], key=lambda c: c.start)


def _person_shaped(doc: Doc, c: Candidate) -> bool:
    """A name the tagger took for a place that has a person's shape: after "the trial of", a person ("the
    genocide trial of Efraín Ríos Montt" in a heading, tagged a place)."""
    return c.label == "Location" and person_shaped(doc[c.start : c.end].text)


def case_aliases(doc: Doc, chosen: list[Candidate]) -> None:
    """A case's other name given in brackets after its title: 'The Prosecutor v. A and B ("the Lundin Oil
    case")' is one case (the name in brackets becomes the title's alias); so is one given after "formally"
    ('the "Lolotoe case", formally The Prosecutor v. X')."""
    cases = {c.start: c for c in chosen if c.label == "Case"}
    for c in cases.values():
        i = c.end
        while i < len(doc) and doc[i].is_quote:
            i += 1
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in {"formally", "officially"}:
            other = cases.get(i + 2)  # 'The "Lolotoe case", formally The Prosecutor v. X, ...'
            if other is not None and other is not c:
                c.attrs.setdefault("alias", other.attrs.get("name") or doc[other.start : other.end].text)
            continue
        if i >= len(doc) or doc[i].text != "(" or i != c.end:
            continue
        i += 1
        while i < len(doc) and (doc[i].is_quote or doc[i].lower_ == "the"):
            i += 1  # '("the Lundin Oil case")', '(the "Media case")'
        other = cases.get(i) or cases.get(i - 1)
        if other is None or other is c:
            continue
        after = other.end
        while after < len(doc) and doc[after].is_quote:
            after += 1
        if after < len(doc) and doc[after].text == ")":
            c.attrs.setdefault("alias", other.attrs.get("name") or _strip_article(doc[other.start : other.end].text))


# The prosecution as a party of a case's name ("Prosecutor v. X", "The People v. X", "X et al. v. The Prosecutor").
_PROSECUTION = re.compile(
    r"^(?:the\s+|le\s+)?(?:(?:[A-Z][\w\u2019']+\s+){0,2}Prosecutor|People|State|Procureur|Ministère public)$",
    re.IGNORECASE,
)
_PARTICLES = frozenset("al el de van von bin da dos del la du le ter".split())
_SPLIT = re.compile(r",?\s+(?:and|et|y)\s+|,\s+")


def case_parties(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The accused a case's name lists ("Prosecutor v. Issa Hassan Sesay, Morris Kallon and Augustine Gbao",
    "Nahimana et al. v. The Prosecutor"): each a person, whatever the tagger reads elsewhere of one of their
    names. Only where the other party is the prosecution (a state against a state is no criminal case), and
    only names of two words or more (a single word may be a place: "United States v. Belfast"). They lie
    inside the case's mention, as a victim lies inside a crime's."""
    out = []
    for c in chosen:
        text = doc[c.start : c.end].text
        if c.label != "Case" or not re.search(r" (?:v|vs|c)\.? ", text):
            continue
        first, _, second = re.split(r"\s+(v(?:s)?\.?|c\.)\s+", text, maxsplit=1)
        first = re.sub(r"\s+et\s+al\.?$", "", first)
        if _PROSECUTION.match(second.strip()):
            side, offset = first, 0
        elif _PROSECUTION.match(first.strip()):
            side, offset = second, len(text) - len(second)
        else:
            continue
        side = re.sub(r"\s+et\s+al\.?$", "", side)
        begin = doc[c.start].idx + offset
        at = 0
        for part in [*_SPLIT.split(side)]:
            at = side.index(part, at)
            if len(part.split()) >= 2 and all(w[:1].isupper() or w.split("-")[0] in _PARTICLES for w in part.split()):
                span = doc.char_span(begin + at, begin + at + len(part), alignment_mode="contract")
                if span is not None and len(span) >= 2:
                    out.append(Candidate(span.start, span.end, "Person", RULE))
            at += len(part)
    return out


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text
