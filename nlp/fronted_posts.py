"""A post set before the name of the person who holds it, at the head of the sentence: "Membre du Parti
communiste du Kampuchéa, Duch fut ...", "Vice-président du Mouvement démocratique républicain (MDR), X a été
...", "Former commander of the Sinia Brigade, Dominic Ongwen was ...", "A member of the X, Y headed ...". The
words are read as written (the parser hangs such a phrase anywhere): the post's noun, "of"/"de" and the body, a
comma, then the person's name. A noun of command gives `commands` (a deputy's, "adjoint", "vice-", `member_of`),
one of membership `member_of`, both likely (0.7); a rank ("Capitaine des FAR, X", which cost a wrong link in a
held-out French document) or any other noun ("Adjoint d'Adolf Eichmann", "Professor at the University") gives
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from nlp.names import person_shaped
from nlp.sentence import Sentence


@dataclass(frozen=True)
class FrontedWords:
    """A language's words for the rule: the head of the sentence up to the body, what stands between the body and
    the person, and how a post's noun is read (`kind`: "commands", "member_of" or None)."""

    head: re.Pattern[str]
    between: re.Pattern[str]
    kind: Callable[[str, str], str | None]


def fronted_posts(s: Sentence, words: FrontedWords) -> None:
    named = s.named
    if len(named) < 2 or named[0].label_ != "Organization":
        return
    body = named[0]
    head = words.head.fullmatch(s.text, s.sent.start_char, body.start_char)
    # the name right after the comma (past the body's acronym in brackets); a person's name the tagger took for a
    # place's is the person's here, as the document's roles will say (nlp.document)
    person = next((m for m in named[1:] if words.between.fullmatch(s.text, body.end_char, m.start_char)), None)
    if head is None or person is None:
        return
    if person.label_ != "Person" and not (person.label_ == "Location" and person_shaped(person.text)):
        return
    post = head["post"].lower()
    predicate = words.kind(post, head["mods"] or "")
    if predicate is not None:
        s.emit(person, predicate, body, 0.7, "fronted-post", title=head["post"])


# English: "A member of the X, Y ...", "Former commander of the X, Y ...", "Deputy head of the X, Y ...".
_EN_COMMAND = frozenset("commander commandant chief head leader director president chairman chairperson".split())
_EN_MEMBER = frozenset("member officer soldier fighter agent operative militant".split())


def _en_kind(post: str, modifiers: str) -> str | None:
    if post in _EN_COMMAND:
        return "member_of" if "deputy" in modifiers or "vice" in modifiers else "commands"
    return "member_of" if post in _EN_MEMBER else None  # a rank alone, as in French, is left out


_EN_HEAD = re.compile(
    r"\s*(?:(?:A|An|The)\s+)?(?P<mods>(?:(?:[Ff]ormer|[Ee]x-|[Ss]enior|[Dd]eputy|[Vv]ice-?|[Aa]cting)\s*)*)"
    r"(?P<post>[A-Za-z][a-z-]+)\s+(?:of|in)\s+(?:the\s+)?"
)
ENGLISH = FrontedWords(
    head=_EN_HEAD,
    between=re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*"),
    kind=lambda post, mods: _en_kind(post, mods.lower()),
)


def english_fronted_posts(s: Sentence) -> None:
    fronted_posts(s, ENGLISH)
