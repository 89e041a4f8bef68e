"""Verdicts on a list: a lead that ends with a colon says the verdict and the court, each item whom.

    The Trial Chamber convicted:
    - A, Chief of Security of the X Brigade: aiding and abetting murder; 35 years;
    - B and C, ...: persecution; 5 years each.

The items reach the parser as paragraphs of their own (nlp.paragraphs.items_apart turns each mark into a line
end and spaces), so an item's line starts with a space, and the lead is the line before the items that ends
with a colon. Whom an item is about: the persons named before its own colon (not one of a post's "of").
"""

from __future__ import annotations

from spacy.tokens import Span

from nlp.sentence import AGENTS, Sentence, denied, negated
from nlp.verdicts import VERDICTS, court_of, judging, on_the_bench, party_of, verdict_lemma

# The verdicts a lead may give a list: no appeal (what it upholds is in its own words) and no warrant.
_LEADS = frozenset({"convict", "sentence", "acquit", "indict", "charge"})
# How far back the lead may be (characters): a list of twenty items or so.
_REACH = 6_000


def _lead(s: Sentence) -> Span | None:
    """The sentence that ends with the colon before the list `s` opens an item of, if `s` does."""
    text, start = s.text, s.sent.start_char
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or text[line_start:start].strip() or not text[line_start:start]:
        return None  # not the first words of a line that starts with a space (an item's, once its mark is gone)
    end = line_start - 1  # the line end before the item
    floor = max(0, start - _REACH)
    while end > floor:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not line[:1].isspace():
            if not line.rstrip().endswith(":"):
                return None
            colon = begin + len(line.rstrip()) - 1
            doc = s.sent.doc
            token = next((doc[i] for i in range(s.sent.start - 1, -1, -1) if doc[i].idx <= colon), None)
            return token.sent if token is not None and token.idx == colon else None
        end = begin - 1
    return None


def _parties(s: Sentence) -> list[Span]:
    """The persons an item is about: those named before its own colon (or semicolon), none of them the object
    of a preposition ("Chief of Security under X") nor a judge."""
    stop = next((t.i for t in s.sent if t.text in {":", ";"}), None)
    if stop is None:
        return []
    return [m for m in s.named if m.label_ == "Person" and m.end <= stop and m.root.dep_ != "pobj"
            and not on_the_bench(m)]  # fmt: skip


def verdict_lists(s: Sentence) -> None:
    lead = _lead(s)
    if lead is None:
        return
    parties = _parties(s)
    if not parties:
        return
    within = [m for m in s.doc_mentions if lead.start <= m.start and m.end <= lead.end]
    said = Sentence(lead, within, s.doc_mentions, s.text)
    mechanisms = judging(said)
    for t in lead:
        lemma = verdict_lemma(t)
        if lemma not in _LEADS or t.pos_ != "VERB" or negated(t) or denied([t]) or party_of(said, t, AGENTS):
            continue  # a lead that names its own parties ("convicted A of:") is read as any sentence is
        court, confidence = court_of(said, t, mechanisms)
        if court is None:
            continue
        predicate, verdict = VERDICTS[lemma]
        crimes = sorted({m._.acg["notation"] for m in s.typed("CrimeType") if m.start > parties[-1].end})
        for party in parties:
            s.emit(party, predicate, court, min(confidence, 0.7), "verdict-list", since=lead.start_char,
                   date=said.one_date(), crime_types=crimes if predicate == "convicted_by" else [],
                   verdict=verdict)  # fmt: skip
        return
