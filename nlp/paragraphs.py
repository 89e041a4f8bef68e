"""A blank line ends a sentence: a headline, a title, a heading or an item of a list is never read as one
sentence with the paragraph after it ("Buratai renames 21 Brigade" above "ABUJA - The Chief of Army Staff
..."), and a short line with no stop is one sentence. Runs before the parser, which keeps the sentence starts it
is given."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# An item's mark at a line's start: a dash or a bullet, then a space. (A number, "17.", is a token the parser
# reads as a sentence of its own; set apart by spaces, it left "Hissène" a sentence apart from "Habré ruled".)
_ITEM = re.compile(r"(?m)^[ \t]*[-\u2013\u2014\u2022\u00b7\u25aa*](?=[ \t]+\S)")


def items_apart(text: str) -> str:
    """The text with each item of a list set apart as a paragraph of its own: its mark ("- ", "• ") turned
    into a line end and spaces, offsets unchanged. The tagger reads a name after "- " as no name at all
    ("- Drago Nikolić, Chief of Security of the Zvornik Brigade: ..."), and the parser runs the items of a
    list into one sentence.

    >>> items_apart("Convicted:\\n- A, of X;\\n  \u2022 B.")
    'Convicted:\\n\\n A, of X;\\n\\n   B.'
    """
    return _ITEM.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


# Marks that end a sentence inside a line.
_STOPS = frozenset(".?!;")
# The longest line, in tokens, read as one heading or one field.
_LINE_TOKENS = 30


def _one_line(doc: Doc, start: int) -> None:
    """A short line after a blank line with no stop before its end (a heading: "Carandiru massacre, 2 October
    1992") is one sentence: the parser cut "Carandiru" from its crime."""
    end, limit = start, min(len(doc), start + _LINE_TOKENS + 1)
    while end < limit and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    if end - start > _LINE_TOKENS or any(t.text in _STOPS for t in doc[start : end - 1]):
        return  # a line longer than a heading's (read no further than that), or one with a stop
    for t in doc[start + 1 : end]:
        t.is_sent_start = False


class Paragraphs:
    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            _one_line(doc, 0)  # the title
        for t in doc[:-1]:
            if t.is_space and t.text.count("\n") >= 2:
                doc[t.i + 1].is_sent_start = True
                _one_line(doc, t.i + 1)
            elif t.text[:1].isdigit() and t.text[-2:] in _ORDINAL_ENDS and doc[t.i + 1].is_title and t.whitespace_:
                doc[t.i + 1].is_sent_start = False  # "77th Engineer Battalion": a unit's number opens its name
        return doc


@Language.factory("acg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Paragraphs:
    return Paragraphs()
