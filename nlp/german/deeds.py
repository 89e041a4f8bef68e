"""Who did a crime, and what a court held it to be, read from German words alone (no parse; issue 26).

- A deed: its doer, then the crimes, then the verb that says the deed, in one stretch of words with no comma
  and no other party named in it ("dass der Angeklagte die Folter von Gefangenen angeordnet hatte": ordered;
  "X habe die Tötung von zwölf Häftlingen befohlen"; "Y hatte das Massaker von Z verübt": perpetrated; "an den
  Selektionen beteiligt war"), or the verb right after the doer ("X befahl die Erschießung von ...", "X ordnete
  die Tötung ... an", "Y verübte 1995 das Massaker von Z"). The doer is a person or an organisation the
  sentence names, never a court, nor a name that only qualifies a noun ("der Kommandeur der Y"); "der
  Angeklagte" is the document's one accused, possibly (0.5); the body a relative clause is said of ("das
  Sonderkommando 4a der Einsatzgruppe C, das ... das Massaker von X verübte"), possibly (0.5). A negated or
  hedged clause gives nothing.
- A characterisation: a crime, then "als" and crime types, and a verb of legal appraisal in the clause ("Der
  Senat wertete die Säuberung der Region als Völkermord", "Den Angriff ordnete die Kammer als Kriegsverbrechen
  ein", "hat die Misshandlung als Völkermord sowie als Kriegsverbrechen gewertet"): `of_type`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from nlp.german import nouns
from nlp.german.clauses import HEDGED, NEGATION, clause, names_between, sole_accused
from nlp.sentence import Sentence

# A deed's verb, as a participle or a verb-final finite form, and the finite verbs of the second place whose
# particle closes the clause ("ordnete ... an", "führte ... durch", "nahm ... teil").
_DEED = {
    "ordered": r"befohlen|befahl|befahlen|angeordnet|anordnete|anordneten|veranlasst|veranlasste|veranlassten",
    "perpetrated": r"begangen|beging|begingen|verübt|verübte|verübten|durchgeführt|durchführte|durchführten|"
    r"beteiligt|teilgenommen|teilnahm|teilnahmen",
}
_SEPARABLE = {"ordered": r"ordnete|ordneten", "perpetrated": r"führte|führten|nahm|nahmen"}
_PARTICLE = {"ordnete": "an", "ordneten": "an", "führte": "durch", "führten": "durch", "nahm": "teil", "nahmen": "teil"}
_VERB = re.compile(r"\b(?:" + "|".join(rf"(?P<{k}>{v})" for k, v in _DEED.items()) + r")\b")
_FRONT = re.compile(r"\b(?:" + "|".join(rf"(?P<{k}>{v})" for k, v in _SEPARABLE.items()) + r")\b")
# What may stand between the doer and the crimes: no comma, no conjunction that opens another clause.
_OPENS = re.compile(r",|\b(?:dass|ob|weil|wie|nachdem|als|und|oder|aber|sowie|sondern|denn|wobei)\b")
# "der Angeklagte", "Der 40-Jährige", "die Angeklagte": the document's one accused
_THE_ACCUSED = re.compile(r"\b[Dd](?:er|ie)\s+(?:[\w-]+\s+){0,2}?(?:Angeklagte|[\w-]*Jährige)\b")
_LIST_GAP = re.compile(r"[^,.;:]*?(?:,|\bund\b|\bsowie\b)[^,.;:]*?")  # "die Tötung von X, die Folter von Y und"
_MOST_WORDS = 8  # between the doer and the first crime


def deeds(s: Sentence) -> None:
    crimes = [m for m in s.named if m.label_ == "Crime"]
    done: set[int] = set()
    for crime in crimes:
        if crime.start_char in done:
            continue
        lo, hi = clause(s, crime.start_char)
        doer, sure = doer_of(s, lo, crime)
        if doer is None:
            continue
        chain = [c for c in crimes if c.start_char >= crime.start_char and c.end_char <= hi]
        found = _verb_after(s, chain, hi) or _verb_before(s, doer, crime, hi) or _verb_first(s, lo, doer, crime, hi)
        if found is None:
            continue
        predicate, chain = found
        if NEGATION.search(s.text, lo, hi) or HEDGED.search(s.text, lo, hi):
            continue
        for c in chain:
            done.add(c.start_char)
            s.emit(doer, predicate, c, sure, "de-deed")


def doer_of(s: Sentence, lo: int, crime: Span) -> tuple[Span | None, float]:
    """Who the clause says did `crime`: the person or organisation named last before it, with few words and no
    comma between (0.6); or "der Angeklagte" there (the document's one accused: 0.5)."""
    text = s.text
    named = names_between(s, lo, crime.start_char)
    described = list(_THE_ACCUSED.finditer(text, lo, crime.start_char))
    if described and (not named or described[-1].start() > named[-1].end_char):
        at, doer, sure = described[-1].end(), sole_accused(s), 0.5
    elif named:
        at, doer, sure = named[-1].end_char, named[-1], 0.6
        if doer.label_ == "Mechanism" or _qualifies(text[max(lo, doer.start_char - 40) : doer.start_char]):
            return None, 0.0  # a court; "der Kommandeur der Y": Y names whose commander, and does not act here
    else:
        return None, 0.0
    between = text[at : crime.start_char]
    if named and doer is named[-1] and (relative := _RELATIVE.match(between)) is not None:
        # "das Sonderkommando 4a der Einsatzgruppe C, das 1941 das Massaker von X verübte": the relative clause's
        # antecedent did it (the head, not the body its genitive names), possibly
        doer, sure, between = _antecedent(s, named), 0.5, between[relative.end() :]
    if between.startswith(",") and named and doer is named[-1] and text[lo : crime.start_char].count(",") == 2:
        between = between[1:]  # "Der Kommandeur der Y, X, befahl": the apposition closes
    if doer is None or _OPENS.search(between) or len(between.split()) > _MOST_WORDS:
        return None, 0.0
    return doer, sure


# A relative clause's first words: its comma and pronoun ("..., das", "..., die", "..., der").
_RELATIVE = re.compile(r"\s*,\s*(?:der|die|das)\s+")


def _antecedent(s: Sentence, named: list[Span]) -> Span:
    """The name a relative clause after the last of `named` is said of: that name; past a name in the genitive
    ("das Sonderkommando 4a der Einsatzgruppe C, das"), the one it qualifies."""
    last = named[-1]
    if len(named) > 1 and re.fullmatch(r"\s+(?:der|des)\s+", s.text[named[-2].end_char : last.start_char]):
        return named[-2]
    return last


def _qualifies(before: str) -> bool:
    """Whether a name after these words is a genitive attribute of a common noun ("Kommandeur der")."""
    m = re.search(r"([A-ZÄÖÜ][\wäöüß-]*)\s+(?:des|der)\s+$", before)
    return m is not None and nouns.common(m.group(1))


def _verb_after(s: Sentence, chain: list[Span], hi: int) -> tuple[str, list[Span]] | None:
    """The verb that closes the clause after the crimes ("die Tötung von X und die Folter von Y befohlen
    hatte"): the crimes before it that only words, a comma or "und" separate."""
    if not chain:
        return None
    listed = [chain[0]]
    for c in chain[1:]:
        if _LIST_GAP.fullmatch(s.text, listed[-1].end_char, c.start_char) is None:
            break
        listed.append(c)
    tail = s.text[listed[-1].end_char : hi]
    m = _VERB.search(tail)
    if m is None or "," in tail[: m.start()]:
        return None
    if any(n.label_ != "Location" for n in names_between(s, listed[-1].end_char, listed[-1].end_char + m.start())):
        return None  # another party between; a place may stand there ("das Massaker von X bei Kiew verübte")
    return next(k for k in _DEED if m.group(k)), listed


def _verb_before(s: Sentence, doer: Span, crime: Span, hi: int) -> tuple[str, list[Span]] | None:
    """The finite verb right after the doer ("X befahl die Tötung", "X ordnete die Tötung ... an")."""
    between = s.text[doer.end_char : crime.start_char]
    m = _VERB.search(between) or _FRONT.search(between)
    if m is None:
        return None
    kind = next(k for k in _DEED if m.groupdict().get(k))
    particle = _PARTICLE.get(m.group())
    if particle is not None and not re.search(rf"\b{particle}\s*[,.;:]?\s*$", s.text[crime.end_char : hi] + "."):
        return None  # "ordnete die Tötung an": the particle closes the clause
    return kind, [crime]


# Between the doer and his crime when the verb stands before him: an article, no other word.
_ARTICLE_ONLY = re.compile(r"\s+(?:(?:den|die|das|dem|der)\s+)?")


def _verb_first(s: Sentence, lo: int, doer: Span, crime: Span, hi: int) -> tuple[str, list[Span]] | None:
    """The finite verb before the doer, after a time or an adverb in the first place ("Am 8. Mai 1992 ordnete X
    den Angriff auf Y an", "Im Juli 1995 befahl X die Erschießung ..."): no other party named before the verb in
    its clause, only an article between the doer and the crime."""
    if not _ARTICLE_ONLY.fullmatch(s.text, doer.end_char, crime.start_char):
        return None
    head = s.text[lo : doer.start_char]
    m = re.search(r"\b(\w+)\s+$", head)
    if m is None:
        return None
    verb = m.group(1)
    kind = next((k for k in _DEED if re.fullmatch(_DEED[k], verb)), None) or next(
        (k for k in _SEPARABLE if re.fullmatch(_SEPARABLE[k], verb)), None
    )
    if kind is None or any(
        n.label_ in {"Person", "Organization", "Mechanism"} for n in names_between(s, lo, doer.start_char)
    ):
        return None
    particle = _PARTICLE.get(verb)
    if particle is not None and not re.search(rf"\b{particle}\s*[,.;:]?\s*$", s.text[crime.end_char : hi] + "."):
        return None  # "ordnete X den Angriff an": the particle closes the clause
    return kind, [crime]


# A verb of legal appraisal: "wertete ... als", "ordnete ... als ... ein", "stufte ... als ... ein", "qualifizierte
# ... als", "hat ... als ... gewertet / eingestuft / eingeordnet / qualifiziert".
_APPRAISE = re.compile(
    r"\b(?:wertete|werteten|gewertet|bewertete|bewerteten|bewertet|ordnete|ordneten|eingeordnet|stufte|stuften|"
    r"eingestuft|qualifizierte|qualifizierten|qualifiziert|würdigte|würdigten|gewürdigt)\b"
)
_AS = re.compile(r"\s+(?:(?:sowie|und|zudem|auch|jeweils)\s+)*als\s+(?:(?:ein|eine|einen)\s+)?$")
_MORE = re.compile(r"\s*(?:,|und|sowie|oder)\s*(?:(?:auch|als)\s+)*")


def characterised(s: Sentence) -> None:
    """A crime, then "als" and the crime types a court held it to be, with a verb of appraisal in the clause
    (0.7, as in English: nlp/characterised.py)."""
    kinds = [m for m in s.named if m.label_ == "CrimeType"]
    for crime in (m for m in s.named if m.label_ == "Crime"):
        lo, hi = clause(s, crime.start_char)
        if not _APPRAISE.search(s.text, lo, hi) or NEGATION.search(s.text, lo, hi) or HEDGED.search(s.text, lo, hi):
            continue
        at, first = crime.end_char, True
        for kind in (k for k in kinds if crime.end_char <= k.start_char < hi):
            # the first kind after "als"; the next only in the same list ("als Mord und Folter"), never the kind of
            # the next pair ("die Erschießungen als Mord, die Misshandlungen als grausame Behandlung")
            joined = _AS.search(s.text, at, kind.start_char) if first else _MORE.fullmatch(s.text, at, kind.start_char)
            if joined is None or any(at <= c.start_char < kind.start_char for c in s.named if c.label_ == "Crime"):
                break
            s.emit(crime, "of_type", kind, 0.7, "de-characterised")
            at, first = kind.end_char, False
