"""A person's post in a body, said in Spanish by a title next to the names (no parse; issue 26):

- after the person, in apposition: "X, ex jefe del Comando Seis", "X, ex comandante en jefe del Ejército",
  "X, integrante de la última Junta Militar", "X, excoronel de la Fuerza Armada", "X, ex agente de la SIDE";
- after the person, by a copula: "X fue jefe de la DINA", "X era subdirector de la DINA", "X fue nombrado
  comandante del Batallón" (nothing else between: "X no fue jefe de", "X fue víctima de" say no post);
- before the person, the title and its body first: "el ex jefe de la Armada Rubén Oscar Franco", "el comandante
  general del Ejército del Perú, general Nicolás de Bari Hermoza Ríos".

A title of command gives `commands` ("jefe", "comandante", "director"); "dirigente" written without an article,
a rank, a post in a part of the body ("jefe de inteligencia del Grupo de Tareas") or a word of membership gives
`member_of`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Span

from nlp.sentence import Sentence
from nlp.spanish import lexicon

# Words of command, and of a post or rank in a body.
_COMMAND = frozenset("comandante jefe director líder dirigente coordinador excomandante exjefe exdirector".split())
# "X, dirigente del MOPOCO": one of its leaders, as "a leader of" in English (member_of); "el dirigente": its head.
_ONE_OF = frozenset({"dirigente", "dirigentes"})
# A deputy ("subdirector", "subjefe") is one of the body, not its head.
_MEMBERS = frozenset(
    "miembro integrante oficial agente soldado militar exmilitar policía inspector subdirector subjefe".split()
)
# The plural words of membership, said of the persons listed before them.
_MEMBERS_PLURAL = {"miembros": "miembro", "integrantes": "integrante", "oficiales": "oficial", "agentes": "agente",
                   "soldados": "soldado", "militares": "militar"}  # fmt: skip
_JOINED = re.compile(r"\s*(?:,|\s+y)\s+(?:(?:el|la)\s+)?(?:(?P<rank>[a-záéíóúñ]+)\s+)?")
_TITLE = (
    r"(?:(?:fundador|fundadora|cofundador|cofundadora|creador|creadora)\s+y\s+)?"  # "fundador y jefe de"
    r"(?P<title>(?:ex\s*)?[a-záéíóúñ]+(?:\s+(?:general|supremo|coronel|en\s+jefe))?)(?:\s+retirad[oa])?"
    r"(?P<deputy>\s+adjunt[oa])?"  # "comandante adjunto de la UNAMID": a deputy, one of the body
    r"(?P<of>\s+de\s+[a-záéíóúñ]+)?\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+"
)
# An adjective of time before the body's name: "de la última Junta Militar", "de la desaparecida Policía Nacional".
_WHEN = r"(?:(?:última|último|primera|primer|antigua|antiguo|desaparecida|desaparecido|entonces)\s+)?"
# The person, then ", (quien era) el ex jefe del" or "fue (nombrado) jefe del", and the body.
_AFTER_PERSON = re.compile(
    r"(?:\s*,\s*(?:quien\s+(?:era|fue|había\s+sido)\s+)?"
    r"|\s+(?:fue|era|es|había\s+sido|ha\s+sido)\s+(?:(?:nombrad|designad)[oa]\s+)?)"
    r"(?P<the>el\s+|la\s+)?(?:entonces\s+)?" + _TITLE + _WHEN + "$"
)
# The body's title before it: "el ex jefe de la", "al comandante general del"; then the body, and the person right
# after it, or after a comma and a rank.
_BEFORE_BODY = re.compile(r"\b(?P<the>el\s+|la\s+|al\s+|del\s+|los\s+|las\s+)" + _TITLE + _WHEN + r"\Z", re.IGNORECASE)
_BODY_TO_PERSON = re.compile(r"\s*(?:,\s*)?(?:(?P<rank>[a-záéíóúñ]+)\s+)?")


# Members of a body listed after a colon: "a tres militares de la 3.ª División de Infantería del Ejército de Estados
# Unidos: el sargento A, jefe del carro; el capitán B, jefe de su compañía; y el teniente coronel C".
_MEMBERS_OF = re.compile(
    r"\b(?:militares|miembros|integrantes|agentes|oficiales|soldados|efectivos|policías|exmilitares|exagentes|"
    r"exmiembros)\s+(?:del|de\s+la|de\s+los|de\s+las|de)\s+$",
    re.IGNORECASE,
)
_THEN_LISTED = re.compile(r"[^.;:]{0,80}?:\s*(?:(?:el|la)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?$")
_NEXT_LISTED = re.compile(r"(?:,[^;:.]{0,80})?\s*(?:;|,)\s*(?:y\s+)?(?:(?:el|la)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?$|"
                          r"\s+y\s+(?:(?:el|la)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?$")  # fmt: skip
# A member named after the body, in a relative clause: "la Brigada Caupolicán, que integraba el oficial del
# Ejército Miguel Krassnoff".
_INTEGRATED_BY = re.compile(r"\s*,?\s*que\s+integr(?:aba|aban|ó|aron)\s+(?:el|la|los|las)\s+[^.;:,]{0,60}?$")


# The persons a body is made of, listed after it: "el grupo, integrado por A, B y C", "la comitiva, conocida como
# Caravana de la Muerte, incluía a A, B y C".
_MADE_OF = re.compile(
    r"\s*,?\s*(?:(?:que\s+)?(?:estaba|estuvo|está)\s+)?(?:(?:integrad|compuest|conformad)[oa]s?\s+por|incluía\s+a|"
    r"incluyó\s+a)\s+(?:(?:el|la|los|las)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?"
)
_MADE_OF_NEXT = re.compile(r"\s*(?:,\s*(?:y\s+)?|\s+y\s+)(?:(?:el|la)\s+)?(?:[a-záéíóúñ]+\s+){0,3}?")


def _run(s: Sentence, persons: list[Span], between: re.Pattern[str]) -> list[Span]:
    """The first of `persons` and those listed right after it, each joined to the one before by `between`."""
    listed = [persons[0]]
    for nxt in persons[1:]:
        if not between.fullmatch(s.text, listed[-1].end_char, nxt.start_char):
            break
        listed.append(nxt)
    return listed


def listed_members(s: Sentence) -> None:
    named = s.named
    for i, body in enumerate(named):
        if body.label_ != "Organization":
            continue
        after = [m for m in named[i + 1 :] if m.label_ == "Person"]
        if (
            after
            and _MADE_OF.fullmatch(s.text, body.end_char, after[0].start_char)
            and not any(m.label_ != "Person" for m in named if body.end_char <= m.start_char < after[0].start_char)
        ):
            for person in _run(s, after, _MADE_OF_NEXT):
                s.emit(person, "member_of", body, 0.7, "es-made-of")
        if _MEMBERS_OF.search(s.text, max(s.sent.start_char, body.start_char - 30), body.start_char):
            persons = [m for m in named[i + 1 :] if m.label_ == "Person"]
            if not persons or not _THEN_LISTED.fullmatch(s.text, body.end_char, persons[0].start_char):
                continue
            if any(m.label_ == "Person" for m in named if body.end_char <= m.start_char < persons[0].start_char):
                continue
            for person in _run(s, persons, _NEXT_LISTED):
                s.emit(person, "member_of", body, 0.7, "es-members-listed")
        member = next((m for m in named[i + 1 :] if m.label_ == "Person"), None)
        if member is not None and _INTEGRATED_BY.fullmatch(s.text, body.end_char, member.start_char):
            s.emit(member, "member_of", body, 0.7, "es-integrated-by")


def posts(s: Sentence) -> None:
    for first, second in pairwise(s.named):
        if first.label_ == "Person" and second.label_ == "Organization":
            m = _AFTER_PERSON.fullmatch(s.text, first.end_char, second.start_char)
            if m is not None:
                _post(s, first, second, m)
                if m["title"].lower().removeprefix("ex").strip() in _MEMBERS_PLURAL:
                    for other in _listed_before(s, first):  # "A y B, miembros del Batallón Y": each of them
                        _post(s, other, second, m)
        elif first.label_ == "Organization" and second.label_ == "Person":
            between = _BODY_TO_PERSON.fullmatch(s.text, first.end_char, second.start_char)
            if between is None or (between["rank"] and between["rank"].lower() not in lexicon.RANKS):
                continue
            m = _BEFORE_BODY.search(s.text, max(s.sent.start_char, first.start_char - 60), first.start_char)
            if m is not None:
                _post(s, second, first, m)
                if _plural(m["title"]):  # "a los exagentes de la Policía Nacional A y B": each of them
                    for other in _listed_after(s, second):
                        _post(s, other, first, m)


def _listed_before(s: Sentence, last: Span) -> list[Span]:
    """The persons listed before `last` ("A, B y C", "el capitán A y el sargento B"): each joined to the next by
    a comma or "y" alone, with an article and a rank."""
    return _listed(s, last, reversed([m for m in s.named if m.end_char <= last.start_char]))


def _listed_after(s: Sentence, first: Span) -> list[Span]:
    """The persons listed after `first` ("A, B y C", "A y el capitán B"), as `_listed_before` reads them."""
    return _listed(s, first, [m for m in s.named if m.start_char >= first.end_char])


def _listed(s: Sentence, start: Span, names: Iterable[Span]) -> list[Span]:
    """Of `names`, in the order given (away from `start`), those joined each to the one before by `_JOINED`."""
    out: list[Span] = []
    at = start
    for m in names:
        lo, hi = (m.end_char, at.start_char) if m.end_char <= at.start_char else (at.end_char, m.start_char)
        between = _JOINED.fullmatch(s.text, lo, hi)
        if (
            m.label_ != "Person"
            or between is None
            or (between["rank"] and between["rank"].lower() not in lexicon.RANKS)
        ):
            break
        out.append(m)
        at = m
    return out


def _plural(title: str) -> bool:
    """A title of several ("miembros", "exagentes", "ex soldados")."""
    head = re.sub(r"^ex\s*", "", title.lower()).split()[0]
    return head in _MEMBERS_PLURAL


def _post(s: Sentence, person: Span, body: Span, m: re.Match[str]) -> None:
    title = re.sub(r"^ex\s+", "ex", m["title"].lower())  # "ex jefe": "exjefe"
    head = title.split()[0]
    if head.startswith("ex") and head[2:] in _MEMBERS_PLURAL:
        head = "ex" + _MEMBERS_PLURAL[head[2:]]  # "exagentes": each an "exagente"
    head = _MEMBERS_PLURAL.get(head, head)
    if head.startswith("ex") and head[2:] in _MEMBERS:
        head = head[2:]  # "ex agente": one of the body, once
    rank = next((r for r in lexicon.RANKS if head in {r, f"ex{r}"}), None)
    if head in _COMMAND and not m["of"] and not m["deputy"] and (m["the"] or head not in _ONE_OF):
        s.emit(person, "commands", body, 0.8, "es-post", title=title)
    elif head in _COMMAND or head in _MEMBERS or rank is not None:
        # "jefe de inteligencia del Grupo de Tareas": a post in it; "excoronel de la Fuerza Armada": a rank
        s.emit(person, "member_of", body, 0.8, "es-post", title=title if rank is None else None,
               rank=title.removeprefix("ex").title() if rank else None)  # fmt: skip
