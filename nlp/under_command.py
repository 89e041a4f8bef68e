"""A unit "under the command of" a person, read from the words when the parse loses it (issue 22).

"On 15 October the 62nd Infantry Brigade of the Armed Forces of the DRC (FARDC), under the command of Colonel
X, retook the town": the parser hung the brigade on the date and "under" on a verb with no subject, so the
dependency rules (nlp/posts.py) see no link. The words say it: the unit that heads the noun phrase before
", under the command of", through what only names it further ("of the Armed Forces of the DRC", "(FARDC)"),
is commanded by the person right after it (0.7).

Never the unit of a larger phrase ("troops of the FARDC, under the command of X": he commands the troops, not
the army; "VRS units, including the Drina Corps, under the command of X"), nor one named by a possessive ("the
army's soldiers"), nor "under the overall command of" (a superior's, above the unit's own commander), nor when
the parse already gave the person a command in the sentence.
"""

from __future__ import annotations

import re

from nlp.sentence import Sentence

# What may stand between the unit and ", under the command of": "of the Armed Forces of the DRC", "(FARDC)"
_FURTHER = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*|\s*\([^()]{1,20}\))*"
_UNDER = re.compile(
    _FURTHER + r"\s*,\s*under\s+the\s+(?:operational\s+|direct\s+|effective\s+)?"
    r"(?:command|leadership)\s+of\s+(?:(?:then|the)\s+)?(?:[A-Z][\w.-]*\s+){0,3}?$"
)
# "troops of the", "the army's", "VRS units, including the": the unit is not the phrase's head
_MOST_CHARS = 200  # between the unit and the person
_INSIDE = re.compile(r"(?:\b(?:of|including|and|or)\s+(?:the\s+)?|'s?\s+|\bits\s+)$")


def under_command(s: Sentence) -> None:
    commanding = {tuple(r["subject"]) for r in s.out if r["predicate"] == "commands"}
    named = s.named
    for i, unit in enumerate(named):
        if unit.label_ != "Organization" or _INSIDE.search(s.text, max(0, unit.start_char - 20), unit.start_char):
            continue
        for person in named[i + 1 :]:
            if person.label_ != "Person":
                continue
            if (
                person.start_char - unit.end_char <= _MOST_CHARS
                and _UNDER.fullmatch(s.text, unit.end_char, person.start_char)
                and ((person.start_char, person.end_char) not in commanding)
            ):
                s.emit(person, "commands", unit, 0.7, "under-command-words")
            break  # the first person after the unit only
