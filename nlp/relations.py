"""The `acg_relations` component: relations of the contract read from the structure of each sentence.

Every rule works on the dependency tree: two mentions are related through the
words on the path between them (a command word such as "commander", "headed"
or "GOC" makes `commands`; a short path through "of", a rank or a verb of
serving makes `member_of`), never because they are merely near each other.
One exception, where news reports write posts as formulas the parser cuts
badly: a title, its unit and a person with nothing but commas and "of the"
between them ("Commander, 31 Brigade, Brig-Gen. X"; "X, the GOC, 1 Division")
is read from the text between the mentions, and that person's post is what
the formula says. A semicolon separates the posts of a list; a path through
a verb other than serving, posting or leading ("X visited the 21 Brigade")
does not make a post.
Verdicts, charges and warrants are read from their verb or noun, with the
court, the crime types, the mode of liability, the sentence and the date of
the same sentence; complicity from verbs of supplying, financing and aiding.
A date attaches to the relation whose words it qualifies: "until D" ends it,
"since D" or "assumed command on D" starts it, "when X assumed command"
after a date starts X's command on that date, and any other date is kept as
a cited date (the relation held then; its start and end are not known).

The output, `doc._.acg_relations`, is a list of plain dicts (JSON-safe, so
docs can cross process boundaries) naming mentions by character offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp import lexicon
from nlp.entities import SPANS

if not Doc.has_extension("acg_relations"):
    Doc.set_extension("acg_relations", default=None)

METHOD = "acg-nlp/dependency"
_AGENTS = {"Person", "Organization"}
_CLAUSE_BREAKS = {"ccomp", "parataxis", "advcl", "xcomp", "csubj"}
_SAY = frozenset(
    ["say", "tell", "add", "state", "disclose", "explain", "announce", "note", "claim", "allege", "urge", "warn"]
)
_VERDICTS = {
    "convict": ("convicted_by", "convicted"), "sentence": ("convicted_by", "convicted"),
    "acquit": ("acquitted_by", "acquitted"), "indict": ("charged_by", None), "charge": ("charged_by", None),
    "warrant": ("charged_by", None), "uphold": ("convicted_by", "upheld"), "confirm": ("convicted_by", "upheld"),
    "reverse": ("convicted_by", "reversed"), "overturn": ("convicted_by", "reversed"),
    "annul": ("convicted_by", "annulled"), "quash": ("convicted_by", "annulled"),
    "vacate": ("convicted_by", "annulled"),
}  # fmt: skip
_COMPLICITY = {
    "supply": "supplied", "sell": "supplied", "provide": "supplied", "deliver": "supplied", "ship": "supplied",
    "equip": "supplied", "arm": "supplied", "export": "supplied", "finance": "financed", "fund": "financed",
    "pay": "financed", "bankroll": "financed", "sponsor": "financed", "aid": "aided", "abet": "aided",
    "assist": "aided", "help": "aided", "facilitate": "aided",
}  # fmt: skip
_PERPETRATION = frozenset(
    "commit carry perpetrate conduct kill massacre torture execute attack abduct detain rape shell bomb "
    "raid burn".split()
)
_PART_WORDS = frozenset(
    "one part sub-unit subunit unit component element section brigades battalions divisions units "
    "companies belong subordinate under report formation".split()
)
_FORCE_NOUNS = frozenset("soldier troop member officer personnel element unit fighter militiaman policeman".split())
_PRONOUNS = frozenset(["he", "him", "she", "her", "his"])
# Who leads an organisation of unknown kind (not "director", which heads departments as often as forces).
_LEADER_WORDS = frozenset("leader commander commander-in-chief head headed lead led founder".split())


_TITLE = "|".join(re.escape(t) for t in sorted(lexicon.COMMAND_TITLES, key=len, reverse=True))
# "GOC 7 Division, Maj-Gen. X", "Commander, 31 Brigade, Brig-Gen. Y": a title, then its unit (then places or
# the unit above, each after a comma), then the person. The title must end the words before the unit.
_TITLE_THEN_UNIT = re.compile(rf"(?<![\w-])(?P<title>{_TITLE})(?:\s*\([A-Z]+\))?\s*[,;]?\s*(?:of\s+)?(?:the\s+)?$")
# "X, the Director, Army Public Relations", "X who is now the GOC, 1 Division", "X was the General Officer
# Commanding the 2nd Division", "X, was appointed Chief of Administration at Army Headquarters": the person,
# then the title and its unit, nothing else between.
_THEN_TITLE = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:now\s+|then\s+)?"
    r"(?:(?:appointed|named|posted|made)\s+(?:as\s+)?)?(?:the\s+|a\s+)?(?:(?:new|former|outgoing|incoming|acting)\s+)*"
    rf"(?P<title>{_TITLE})(?:\s*\([A-Z]+\))?\s*(?:,\s*)?(?:(?:of|at|in)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_COMMA = re.compile(r"\s*,\s*")


def _path(a: Token, b: Token) -> list[Token] | None:
    """Tokens on the dependency path from a to b (both included), or None if they are in different trees."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    down: list[Token] = []
    for t in [b, *b.ancestors]:
        if t.i in index:
            return up_a[: index[t.i] + 1] + list(reversed(down))
        down.append(t)
    return None


_POSTING_VERBS = (
    lexicon.MEMBER_WORDS | lexicon.START_WORDS | lexicon.END_WORDS | lexicon.COMMAND_WORDS | lexicon.HOLD_WORDS
)


def _other_act(path: list[Token], ends: tuple[Span, Span]) -> bool:
    """The path goes through a verb that is not one of serving, posting or leading."""
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() not in _POSTING_VERBS and not any(_inside(e, t) for e in ends)
        for t in path
    )


def _listed_apart(a: Span, b: Span) -> bool:
    """A semicolon between the two: items of a list ("X, GOC 1 Division; Y, 2 Division")."""
    doc = a.doc
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return any(doc[i].text == ";" for i in range(lo, hi))


def _inside(span: Span, t: Token) -> bool:
    return span.start <= t.i < span.end


def _cues(path: list[Token], ends: tuple[Span, Span]) -> set[str]:
    """Lower-cased words and lemmas on the path, and the objects of its verbs ("assumed command")."""
    words: set[str] = set()
    for t in path:
        if any(_inside(e, t) for e in ends):
            continue
        words.update({t.lower_, t.lemma_.lower()})
        for c in t.children:
            if c.dep_ in {"dobj", "prt", "attr"} and not any(_inside(e, c) for e in ends):
                words.update({c.lower_, c.lemma_.lower()})
    return words


def _broken(path: list[Token], ends: tuple[Span, Span], others: Iterable[Span]) -> bool:
    """A path crossing into a reported or separate clause, or through another person, links nothing."""
    for t in path:
        if any(_inside(e, t) for e in ends):
            continue
        if (t.dep_ in _CLAUSE_BREAKS and t.head in path) or (t.pos_ == "VERB" and t.lemma_ in _SAY):
            return True
        if any(_inside(o, t) for o in others):
            return True
    return False


def _appositive(mention: Span, of: Span) -> bool:
    """A description that renames a mention beside it: "Min Aung Hlaing, the Commander-in-Chief"."""
    return mention.label_ == "ANAPHOR" and mention.root.dep_ == "appos" and _inside(of, mention.root.head)


def _parent_at(org: Span, orgs: list[Span]) -> int | None:
    """Where the unit that `org` is written as part of begins: "1 Division of the Nigerian Army", or
    "82 Division Nigerian Army" (two units side by side)."""
    if org.label_ == "ANAPHOR":
        return None
    at: int | None = org._.acg.get("parent_at")
    if at is None and org._.acg.get("kind") == "unit":
        at = next((o.start for o in orgs if o.start == org.end and o._.acg.get("kind") == "unit"), None)
    return at


class _Sentence:
    def __init__(self, sent: Span, mentions: list[Span], doc_mentions: list[Span]) -> None:
        self.sent = sent
        self.mentions = mentions
        self.doc_mentions = doc_mentions
        self.out: list[dict[str, Any]] = []

    def typed(self, *types: str) -> list[Span]:
        return [m for m in self.mentions if m.label_ in types or (m.label_ == "ANAPHOR" and m._.acg["wants"] in types)]

    def emit(self, subject: Span, predicate: str, obj: Span, confidence: float, rule: str, **extra: Any) -> None:
        record: dict[str, Any] = {
            "subject": [subject.start_char, subject.end_char], "predicate": predicate,
            "object": [obj.start_char, obj.end_char], "confidence": confidence, "method": f"{METHOD}:{rule}",
            "evidence": [self.sent.start_char, self.sent.end_char], "valid_from": None, "valid_to": None,
            "attributes": {},
        }  # fmt: skip
        for key, value in extra.items():
            if key in {"valid_from", "valid_to"}:
                record[key] = value
            elif value not in (None, [], ""):
                record["attributes"][key] = value
        self.out.append(record)

    # -- dates -----------------------------------------------------------------------------------------------

    def dates(self, path: list[Token]) -> dict[str, Any]:
        """valid_from / valid_to / first_cited / last_cited for a relation whose words are `path`."""
        found: dict[str, Any] = {}
        on_path = {t.i for t in path}
        for d in self.typed("DATE"):
            value = d._.acg["date"]
            role = None
            clause = next((t for t in path if t.dep_ in {"relcl", "advcl"} and _inside(d, t.head)), None)
            if clause is not None:  # "until D, when X assumed command": D is when the clause happened
                role = "from" if clause.lemma_.lower() in lexicon.START_WORDS else "cited"
            else:
                prep = d.root.head
                if prep.dep_ == "prep" or prep.pos_ == "ADP":
                    governor = prep.head
                    subject_on_path = any(c.i in on_path for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"})
                    verb_of_post = governor.lemma_.lower() in lexicon.START_WORDS | lexicon.END_WORDS
                    if governor.i not in on_path and not (subject_on_path and verb_of_post):
                        continue
                    word = prep.lower_
                    if word in {"until", "till", "to"}:
                        role = "to"
                    elif word in {"since", "from"}:
                        role = "from"
                    elif word == "between":
                        role = "from"
                        for c in d.root.children:
                            if c.dep_ == "conj":
                                other = next((x for x in self.typed("DATE") if _inside(x, c)), None)
                                if other is not None:
                                    found.setdefault("valid_to", other._.acg["date"])
                    elif governor.lemma_.lower() in lexicon.START_WORDS or any(
                        c.lower_ in {"command", "over", "office"} for c in governor.children
                    ):
                        role = "from"
                    elif governor.lemma_.lower() in lexicon.END_WORDS:
                        role = "to"
                    else:
                        role = "cited"
                elif d.root.head.i in on_path and d.root.dep_ in {"npadvmod", "nmod", "compound"}:
                    role = "cited"
            if role == "from":
                found.setdefault("valid_from", value)
            elif role == "to":
                found.setdefault("valid_to", value)
            elif role == "cited":
                found.setdefault("first_cited", value)
                found["last_cited"] = value
        return found

    # -- persons and units -------------------------------------------------------------------------------------

    def titled_posts(self) -> dict[int, int]:
        """Posts written as a title beside its unit and the person: the person's post is what the phrase
        says, whatever longer paths of the sentence suggest. Returns person start -> unit start."""
        named = sorted((m for m in self.mentions if m.label_ != "ANAPHOR"), key=lambda m: m.start_char)
        text = self.sent.doc.text
        persons = [(i, m) for i, m in enumerate(named) if m.label_ == "Person"]
        before = {
            i: self._title_before(named[:i], (p._.acg.get("rank_span") or (p.start_char,))[0], text) for i, p in persons
        }
        ranked = {i for i, p in persons if p._.acg.get("rank_span")}
        taken = {post[0].start for i, post in before.items() if post is not None and i in ranked}
        found: dict[int, int] = {}
        for i, person in persons:
            posts = [before[i]]
            # "X, Commander of A, Col. Y": A is Y's (a title before a unit is read with the ranked person after it).
            if i + 1 < len(named) and self._postable(named[i + 1]) and named[i + 1].start not in taken:
                m = _THEN_TITLE.fullmatch(text, person.end_char, named[i + 1].start_char)
                posts.append((named[i + 1], m["title"]) if m is not None else None)
            for org, title in (p for p in posts if p is not None):
                path = _path(person.root, org.root)
                self.emit(person, "commands", org, 0.8, "title-of-unit", rank=person._.acg.get("rank"),
                          title=person._.acg.get("title") or title, **(self.dates(path) if path else {}))  # fmt: skip
                found.setdefault(person.start, org.start)
        return found

    @staticmethod
    def _postable(m: Span) -> bool:
        return m.label_ == "Organization" and m._.acg.get("kind") not in {"company", None}

    def _title_before(self, before: list[Span], left: int, text: str) -> tuple[Span, str] | None:
        """The unit of "TITLE UNIT[, PLACE or UNIT]*, " ending at `left` (where the person's rank or name
        begins), with the title."""
        chain: list[Span] = []
        end = left
        for m in reversed(before):
            if m.label_ not in {"Organization", "Location"} or not _COMMA.fullmatch(text, m.end_char, end):
                break
            chain.append(m)
            end = m.start_char
        for k in range(len(chain) - 1, -1, -1):  # the first unit of the chain, after its title
            unit = chain[k]
            if not self._postable(unit):
                continue
            start = chain[k + 1].end_char if k + 1 < len(chain) else self.sent.start_char
            prior = [m for m in before if m.end_char <= unit.start_char]
            if prior:
                start = max(start, prior[-1].end_char)
            title = _TITLE_THEN_UNIT.search(text, start, unit.start_char)
            if title is not None:
                return unit, title["title"]
        return None

    def posts(self) -> None:
        claimed = self.titled_posts()
        persons = self.typed("Person")
        # A company's staff are not posted to it; an organisation of unknown kind ("the LRA", "the
        # Tatmadaw") has a leader, but who merely works there is not said.
        orgs = [m for m in self.typed("Organization") if m.label_ == "ANAPHOR" or m._.acg.get("kind") != "company"]
        unknown = {m.start for m in orgs if m.label_ != "ANAPHOR" and m._.acg.get("kind") == "other"}
        parents = {_parent_at(m, orgs): m for m in orgs if _parent_at(m, orgs) is not None}
        linked: dict[int, list[tuple[int, Span, list[Token]]]] = {}
        for org in orgs:
            scored: list[tuple[int, Span, list[Token]]] = []
            for person in persons:
                if person.start in claimed or _listed_apart(person, org):
                    continue
                path = _path(person.root, org.root)
                if path is None or len(path) > 9:
                    continue
                others = [p for p in persons if p is not person and not _appositive(p, person)]
                if _broken(path, (person, org), others):
                    continue
                scored.append((len(path), person, path))
            linked[org.start] = scored
        for org in orgs:
            for length, person, path in linked.get(org.start, []):
                child = parents.get(org.start)
                if child is not None and any(p is person for _, p, _ in linked.get(child.start, [])):
                    continue  # posted to "1 Division of the Nigerian Army": to the division, not also to the army
                cues = _cues(path, (person, org))
                title = (person._.acg or {}).get("title")
                rank = (person._.acg or {}).get("rank") or next(
                    (r for t in path if t.pos_ == "NOUN" and (r := lexicon.canonical_rank(t.text))), None
                )
                role = None
                if "report" in cues and org.start < person.start:
                    self.emit(person, "commands", org, 0.7, "reports-to", **self.dates(path))
                    continue
                command = bool(cues & lexicon.COMMAND_WORDS)
                if command:
                    # "headed the investigations section of Branch 251": head of a part, member of the whole.
                    led = [t for t in path if t.lemma_.lower() in lexicon.COMMAND_WORDS]
                    part = [
                        t for t in path
                        if t.lemma_.lower() in lexicon.PART_NOUNS and not _inside(org, t) and t.i > led[0].i
                    ]  # fmt: skip
                    if part:
                        noun = part[0]
                        words = [c.text for c in noun.lefts if c.dep_ in {"compound", "amod"}] + [noun.text]
                        role = "head of " + " ".join(words)
                        command = False
                elif title and (title in lexicon.COMMAND_TITLES) and length <= 5:
                    command = True
                if org.start in unknown and not (length <= 4 and cues & _LEADER_WORDS):
                    continue  # of an organisation of unknown kind, only its leader said in a phrase: "X, leader of Y"
                if command:
                    self.emit(person, "commands", org, 0.8, "command-word", rank=rank, title=title, **self.dates(path))
                elif _other_act(path, (person, org)):
                    continue  # "X visited the 21 Brigade", "X ordered troops from 1 Division": X is not posted there
                elif role or length <= 4 or cues & lexicon.MEMBER_WORDS:
                    self.emit(person, "member_of", org, 0.7 if length <= 4 else 0.6, "membership", rank=rank,
                              title=title, role=role, **self.dates(path))  # fmt: skip

    def parts(self) -> None:
        orgs = [m for m in self.typed("Organization") if m.label_ != "ANAPHOR"]
        for org in orgs:
            at = _parent_at(org, orgs)
            if at is not None:
                parent = next((o for o in orgs if o.start == at), None)
                if parent is not None:
                    self.emit(org, "part_of", parent, 0.8, "unit-of-unit")
        for i, a in enumerate(orgs):
            for b in orgs[i + 1 :]:
                if _parent_at(a, orgs) == b.start:
                    continue
                path = _path(a.root, b.root)
                if path is None or len(path) > 7 or _broken(path, (a, b), self.typed("Person")):
                    continue
                cues = _cues(path, (a, b))
                if not cues & _PART_WORDS:
                    continue
                kinds = {a._.acg.get("kind"), b._.acg.get("kind")}
                # A unit "a unit of the Tatmadaw" (a force the rules cannot type) is part of it, said in a phrase.
                of_unknown = a._.acg.get("kind") == "unit" and b._.acg.get("kind") == "other" and len(path) <= 4
                if not (kinds <= {"unit", "state_institution"} or of_unknown):
                    continue
                self.emit(a, "part_of", b, 0.7, "part-word", **self.dates(path))

    # -- courts -------------------------------------------------------------------------------------------------

    def _party(self, trigger: Token, types: set[str]) -> Span | None:
        """The mention that a verdict or warrant is about: its object, its passive subject, the person whose
        conviction it is ("upheld Krstić's conviction"), the one it is against or for."""
        queue = [trigger]
        seen = {trigger.i}
        while queue:
            t = queue.pop(0)
            for c in t.children:
                if c.i in seen or (c.dep_ in {"nsubj", "agent", "conj", "advcl", "relcl"} and t is trigger):
                    continue
                seen.add(c.i)
                hit = next((m for m in self.mentions if _inside(m, c) and (m.label_ in types or
                            (m.label_ == "ANAPHOR" and m._.acg["wants"] in types))), None)  # fmt: skip
                if hit is not None and c.dep_ in {"dobj", "nsubjpass", "poss", "pobj", "appos", "compound", "attr"}:
                    return hit
                if c.lower_ in _PRONOUNS and c.dep_ in {"dobj", "nsubjpass", "poss"}:
                    return self.previous(c, "Person")
                if c.dep_ in {"dobj", "prep", "pobj", "nsubjpass", "poss", "compound"}:
                    queue.append(c)
        return None

    def previous(self, t: Token, label: str) -> Span | None:
        before = [m for m in self.doc_mentions if m.end <= t.i and m.label_ == label]
        return before[-1] if before else None

    def verdicts(self) -> None:
        mechanisms = self.typed("Mechanism")
        for t in self.sent:
            lemma = t.lemma_.lower()
            if lemma == "find" and any(c.lower_ == "guilty" for c in t.subtree):
                lemma = "convict"  # "found X guilty"
            if lemma not in _VERDICTS or (lemma == "warrant" and "arrest" not in {c.lower_ for c in t.lefts}):
                continue
            if (lemma == "charge" and t.pos_ != "VERB") or (lemma == "sentence" and t.pos_ != "VERB"):
                continue
            predicate, verdict = _VERDICTS[lemma]
            if lemma in {"uphold", "confirm", "reverse", "overturn", "annul", "quash", "vacate"}:
                objects = " ".join(x.lower_ for x in t.subtree)
                if "acquittal" in objects:
                    predicate = "acquitted_by"
                elif "conviction" not in objects and "sentence" not in objects and "judgment" not in objects:
                    continue
            party = self._party(t, _AGENTS)
            if party is None and t.dep_ == "conj":
                party = self._party(t.head, _AGENTS)
            if party is None:
                continue
            # the court in the verdict's own words, or the subject of the verb it is joined to ("X convicted
            # him and sentenced him")
            court = next((m for m in mechanisms if any(_inside(m, c) for c in t.subtree)), None)
            shared = [c for c in t.head.children if c.dep_ == "nsubj"][:1] if t.dep_ == "conj" else []
            if court is None and shared:
                court = next((m for m in mechanisms if _inside(m, shared[0])), None)
            confidence = 0.8
            if court is None:
                court = mechanisms[0] if mechanisms else self.previous(t, "Mechanism")
                confidence = 0.6
            if court is None:
                continue
            crimes = sorted({m._.acg["notation"] for m in self.typed("CrimeType") if m.start > t.i})
            modes = [m._.acg["notation"] for m in self.typed("LIABILITY")]
            dates = [m._.acg["date"] for m in self.typed("DATE")]
            sentence = None
            if lemma == "sentence":
                to = next((c for c in t.children if c.lower_ == "to"), None)
                if to is not None:
                    sentence = " ".join(x.text for x in to.subtree if x.i > to.i).strip()
            self.emit(party, predicate, court, confidence, f"verdict-{lemma}", date=dates[0] if dates else None,
                      crime_types=crimes, mode_of_liability=modes[0] if modes else None, sentence=sentence,
                      verdict=verdict if predicate != "charged_by" else None)  # fmt: skip

    def cases(self) -> None:
        for case in self.typed("Case"):
            for court in self.typed("Mechanism"):
                path = _path(case.root, court.root)
                if path is not None and len(path) <= 6 and not _broken(path, (case, court), []):
                    self.emit(case, "tried_by", court, 0.7, "case-court")

    # -- complicity and crimes ------------------------------------------------------------------------------------

    def _subject(self, verb: Token, types: set[str]) -> Span | None:
        for c in verb.children:
            if c.dep_ in {"nsubj", "agent"}:
                target = c if c.dep_ == "nsubj" else next((x for x in c.children if x.dep_ == "pobj"), c)
                hit = next((m for m in self.mentions if _inside(m, target) and m.label_ in types), None)
                if hit is None and target.lemma_.lower() in _FORCE_NOUNS:  # "soldiers of the Sinia Brigade"
                    of = [x for p in target.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
                    hit = next((m for m in self.mentions for x in of if _inside(m, x) and m.label_ in types), None)
                if hit is not None:
                    return hit
        if verb.dep_ in {"conj", "xcomp"}:
            return self._subject(verb.head, types)
        return None

    def complicity(self) -> None:
        for t in self.sent:
            lemma = t.lemma_.lower()
            if t.pos_ != "VERB":
                continue
            predicate = _COMPLICITY.get(lemma) or ("perpetrated" if lemma in _PERPETRATION else None)
            if lemma == "take" and any(c.lower_ == "part" for c in t.children):
                predicate = "perpetrated"  # "took part in the massacre"
            if lemma == "order":
                predicate = "ordered"
            if predicate is None:
                continue
            passive = any(c.dep_ == "nsubjpass" for c in t.children)
            agent = self._subject(t, _AGENTS) if not passive else None
            if passive:
                by = next((c for c in t.children if c.dep_ == "agent"), None)
                if by is not None:
                    agent = next(
                        (m for m in self.mentions for x in by.subtree if _inside(m, x) and m.label_ in _AGENTS), None
                    )
            if agent is None:
                continue
            wants = {"Crime"} if predicate in {"aided", "perpetrated", "ordered"} else _AGENTS
            target = None
            for c in t.children:
                if c.dep_ in {"dobj", "nsubjpass", "dative"} or (c.dep_ == "prep" and c.lower_ in {"to", "for", "in"}):
                    target = next((m for m in self.mentions for x in c.subtree
                                   if _inside(m, x) and m.label_ in wants and m is not agent), None)  # fmt: skip
                    if target is not None:
                        break
            if target is None:
                continue
            self.emit(agent, predicate, target, 0.7, f"verb-{lemma}")

    def crimes(self) -> None:
        for crime in self.typed("Crime"):
            for start, end in crime._.acg.get("by", []):
                owner = next((m for m in self.mentions if m.start == start and m.end == end), None)
                if owner is not None:
                    self.emit(owner, "perpetrated", crime, 0.7, "crime-by")
            by = next((c for c in crime.root.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is not None:
                agent = next(
                    (m for m in self.mentions for x in by.subtree if _inside(m, x) and m.label_ in _AGENTS), None
                )
                if agent is not None:
                    self.emit(agent, "perpetrated", crime, 0.7, "crime-by")
            for place in crime._.acg.get("places", []):
                loc = next((m for m in self.mentions if m.label_ == "Location" and m.start == place[0]), None)
                if loc is not None:
                    self.emit(crime, "occurred_in", loc, 0.8, "crime-place")
            for ct in self.typed("CrimeType"):
                if crime.start <= ct.start and ct.end <= crime.end:
                    self.emit(crime, "of_type", ct, 0.8, "crime-type")


class RelationExtractor:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans[SPANS])
        relations: list[dict[str, Any]] = []
        for sent in doc.sents:
            inside = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
            if len(inside) < 2 and not any(m.label_ == "Crime" for m in inside):
                continue
            s = _Sentence(sent, inside, mentions)
            s.posts()
            s.parts()
            s.verdicts()
            s.cases()
            s.complicity()
            s.crimes()
            relations.extend(s.out)
        doc._.acg_relations = relations
        return doc


@Language.factory("acg_relations")
def make_relation_extractor(nlp: Language, name: str) -> RelationExtractor:
    return RelationExtractor(name)
