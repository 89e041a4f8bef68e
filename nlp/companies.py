"""Who heads a company (commands, the ontology's "directs" of a body): "X was chief executive of Y", "X, the
chairman of Y", "X, Y's chief executive", "Y was run by X". The posts of nlp/posts.py leave companies out:
their staff are posted to no unit, and a verb of leading a company is often said of a business, not of its
head ("led the market"). Only a title a company's head bears, said of one person and one company in so many
words, is read here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.sentence import Sentence, denied, inside, negated

# The last word of a head's title: "chief executive", "chief executive officer", "managing director",
# "chairman of the board" (its complement is the board, not the company), "owner".
_HEAD_TITLES = frozenset("executive ceo director chairman chairwoman chairperson president owner".split())
# Words before a title that make it another's post: "a director", "deputy director", "former director" is kept
# (the post is dated by the text, not denied), "regional director" is a post under the head.
_NOT_THE_HEAD = frozenset("deputy assistant vice regional country non-executive associate".split())
# "Y was run by X", "managed by X"
_RUN = frozenset({"run", "manage", "head", "direct", "own"})


def _company(s: Sentence, t: Token) -> Span | None:
    """The company a phrase names: "Lafarge", "the Lafarge Cement Syria company", or "Anvil" after "Anvil Mining
    Limited" (a company's short name, the first words of one the document named before)."""
    named = [m for m in s.typed("Organization") if any(inside(m, x) for x in t.subtree)]
    found = next((m for m in named if m._.acg.get("kind") == "company"), None)
    if found is not None or not named:
        return found
    companies = [m.text for m in s.doc_mentions if m.label_ == "Organization" and m._.acg.get("kind") == "company"]
    return next((m for m in named if any(c.startswith(m.text + " ") for c in companies)), None)


def _person(s: Sentence, t: Token) -> Span | None:
    return next((m for m in s.typed("Person") if inside(m, t)), None)


def _titled(title: Token) -> bool:
    words = {c.lower_ for c in title.lefts if c.dep_ in {"compound", "amod"}}
    return (
        title.lemma_.lower() in _HEAD_TITLES
        and not words & _NOT_THE_HEAD
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in title.children)  # one of several
    )


def _holder(s: Sentence, title: Token) -> Span | None:
    """Who bears the title: the subject of "was" ("X was chief executive of Y"), or the name it stands in
    apposition to ("X, the chairman of Y", "the chairman of Y, X")."""
    verb: Token | None = title.head
    if title.dep_ == "pobj" and title.head.lower_ == "at" and any(c.lower_ == "time" for c in title.lefts):
        verb = title.head.head  # "X was at the time chief executive of Y", which the parser reads as "at ... executive"
    elif title.dep_ != "attr":
        verb = None
    if verb is not None and verb.lemma_ == "be" and not negated(verb):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _person(s, subject) if subject is not None else None
    if title.dep_ == "appos":
        return _person(s, title.head)
    return next((p for c in title.children if c.dep_ == "appos" and (p := _person(s, c)) is not None), None)


def companies(s: Sentence) -> None:
    for t in s.sent:
        if _titled(t):
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is None:  # "X, Anvil's chief executive": the company's possessive
                obj = next((c for c in t.children if c.dep_ == "poss"), None)
            company = _company(s, obj) if obj is not None else None
            holder = _holder(s, t) if company is not None else None
            if company is not None and holder is not None and not denied([t]):
                s.emit(holder, "commands", company, 0.7, "company-head", title=t.lemma_.lower())
        elif t.lemma_.lower() in _RUN and t.tag_ == "VBN" and not negated(t) and not denied([t]):
            # "Lafarge Cement Syria was run by X": the passive subject, the agent
            subject = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            company = _company(s, subject) if subject is not None else None
            by = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
            holder = _person(s, by) if by is not None else None
            if company is not None and holder is not None and by is not None:
                s.emit(holder, "commands", company, 0.7, "company-run-by", **s.dates([t, by]))
