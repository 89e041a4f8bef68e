"""A blank line ends a sentence: a headline, a title, a heading or an item of a list is never read as one
sentence with the paragraph after it ("Buratai renames 21 Brigade" above "ABUJA - The Chief of Army Staff
..."). Runs before the parser, which keeps the sentence starts it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class Paragraphs:
    def __call__(self, doc: Doc) -> Doc:
        for t in doc[:-1]:
            if t.is_space and t.text.count("\n") >= 2:
                doc[t.i + 1].is_sent_start = True
        return doc


@Language.factory("acg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> Paragraphs:
    return Paragraphs()
