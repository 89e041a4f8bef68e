"""What the relations of one document say of each other, once its sentences are read (nlp.document calls
these on the relations it has merged): what an appeal did to an earlier judgment, and what a conviction alone
said when the document tells of its reversal; the places that hold a crime's place; a command's shadow
membership; an accused who is no witness to protect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nlp.lexicon import SITE_NOUNS
from nlp.sentence import METHOD
from ontology.names import name_key
from ontology.records import Entity, Relation, Span

if TYPE_CHECKING:
    from nlp.document import Coreference


def occurred_in_what_holds_the_place(within: list[dict[str, Any]], coref: Coreference, ids: dict[int, str],
                                      merged: dict[tuple[str, str, str], Relation], text: str) -> None:  # fmt: skip
    """A crime that occurred in a place occurred in the places the document puts it in ("the killings in
    Nyakabiga" and "the Nyakabiga neighbourhood of Bujumbura": in Bujumbura too). Inferred across sentences,
    so possible (0.6), with the evidence of both; from a site's name alone ("the Kabarondo parish church", where
    the document names Kabarondo), possible only (0.5): the short name may be the site's own."""
    holds: dict[str, list[tuple[str, Span, float]]] = {}
    for w in within:
        small = coref.by_mention.get((w["subject"][0], w["subject"][1]))
        large = coref.by_mention.get((w["object"][0], w["object"][1]))
        if small is None or large is None or small is large or {small.type, large.type} != {"Location"}:
            continue
        start, end = w["evidence"]
        holds.setdefault(ids[id(small)], []).append((ids[id(large)], Span(start, end, text[start:end]), 0.6))
    for site, town, said in _sites_of_towns(coref, ids, text):
        holds.setdefault(site, []).append((town, said, 0.5))
    for (crime, p, place), r in list(merged.items()):
        if p != "occurred_in":
            continue
        seen, todo = {place}, [(place, r.evidence, r.confidence or 0.6)]
        while todo:
            here, evidence, sure = todo.pop()
            for outer, said, held in holds.get(here, []):
                if outer in seen:
                    continue
                seen.add(outer)
                proof = [*evidence, said] if said not in evidence else list(evidence)
                if (crime, p, outer) not in merged:
                    merged[(crime, p, outer)] = Relation(crime, p, outer, confidence=min(sure, held),
                                                         method=f"{METHOD}:place-within", evidence=proof)  # fmt: skip
                todo.append((outer, proof, min(sure, held)))


# Nouns of a site named after the town it stands in: "the Kabarondo parish church", "the Abobo market", "l'église de
# Nyange", "el mercado de Tecpán", "die Kirche von Ntarama" (never a district, a province or a commune: larger
# than the town named in them).
_SITES = frozenset(
    [*SITE_NOUNS, "église", "marché", "stade", "école", "hôpital", "prison", "couvent", "paroisse", "iglesia",
     "mercado", "estadio", "escuela", "cárcel", "cuartel", "convento", "kirche", "markt", "stadion", "schule",
     "gefängnis", "lager", "kloster"]
)  # fmt: skip
_OF_TOWN = ("of", "de", "du", "d'", "del", "von", "in")


def _sites_of_towns(coref: Coreference, ids: dict[int, str], text: str) -> list[tuple[str, str, Span]]:
    """(site, town, evidence) for each place of the document named after another of its places and a noun of a
    site ("the Kabarondo parish church" where the document names Kabarondo): the site is in the town."""
    places = [c for c in coref.clusters if c.alive and c.type == "Location" and id(c) in ids]
    by_key = {name_key(n): c for c in places for n in c.names}
    out = []
    for site in places:
        for name in site.names:
            words = name.split()
            lowered = [w.lower().strip("'") for w in words]
            for cut in range(1, len(words)):
                town = by_key.get(name_key(" ".join(words[:cut])))  # "Kabarondo parish church"
                if town is None or town is site or not set(lowered[cut:]) & _SITES:
                    town = None
                if town is None and lowered[0] in _SITES and lowered[cut - 1] in _OF_TOWN:
                    town = by_key.get(name_key(" ".join(words[cut:])))  # "église de Nyange"
                    town = None if town is site else town
                if town is not None:
                    m = site.mentions[0]
                    out.append((ids[id(site)], ids[id(town)], Span(m.start, m.end, text[m.start : m.end])))
                    break
    return out


def commander_not_also_member(merged: dict[tuple[str, str, str], Relation]) -> None:
    """The sentence that says X headed a unit says no more by also placing him in it: a membership read
    only from the sentences that give the command is the command's shadow, and dropped."""
    for (s, p, o), r in list(merged.items()):
        command = merged.get((s, "commands", o))
        if p != "member_of" or command is None or r.attributes.get("title") or r.attributes.get("role"):
            continue  # a post of its own ("Chief of Staff of the Drina Corps and assumed command of it") stays
        # the same sentences, or a profile's line inside the sentence that placed him ("- Division X: General Y")
        said = [(e.start or 0, e.end or 0) for e in command.evidence]
        if all(any(a < (e.end or 0) and (e.start or 0) < b for a, b in said) for e in r.evidence):
            del merged[(s, p, o)]


_ACCUSED = frozenset({"accused_in", "convicted_by", "acquitted_by", "charged_by"})


def no_accused_witness(entities: list[Entity], merged: dict[tuple[str, str, str], Relation]) -> None:
    """An accused who testifies (in his own defence) is no witness to protect, and one who was once a victim
    ("Ongwen was himself abducted as a child") is not hidden for it: the accused of a document keep their
    names: never made its witnesses, and what befell them (victim_of, protected by default) is public."""
    accused = {s for (s, p, _) in merged if p in _ACCUSED}
    for key in [k for k in merged if k[1] == "witness_in" and k[0] in accused]:
        del merged[key]
    for key in [k for k in merged if k[1] == "victim_of" and k[0] in accused]:
        merged[key].attributes["sensitivity"] = "public"  # what the judgment says of the accused, in view
    for e in entities:
        if e.id in accused and e.attributes.get("sensitivity") == "protected":
            del e.attributes["sensitivity"]


_CUSTODY = frozenset({"arrest", "detention", "imprisonment"})


def no_arrest_of_the_accused(entities: list[Entity], merged: dict[tuple[str, str, str], Relation]) -> None:
    """The arrest or detention of the document's accused is no crime ("Jelisić was arrested by SFOR troops",
    "a warrant for Sheka's arrest"): an accused taken into custody suffered justice, not a crime. Such a crime,
    when all whom it was done to are accused, is dropped with its links."""
    accused = {s for (s, p, _) in merged if p in _ACCUSED}
    suffered: dict[str, set[str]] = {}
    for s, p, o in merged:
        if p == "victim_of":
            suffered.setdefault(o, set()).add(s)
    dropped = {
        e.id for e in entities
        if e.type == "Crime" and e.name.split(" ", 1)[0].lower() in _CUSTODY
        and suffered.get(e.id) and suffered[e.id] <= accused
    }  # fmt: skip
    for key in [k for k in merged if k[0] in dropped or k[2] in dropped]:
        del merged[key]
    entities[:] = [e for e in entities if e.id not in dropped]


# What an appeal does to an earlier judgment: the judgment is that of the court that gave it, its verdict
# tells what became of it ("the Appeals Chamber reversed the conviction": the Trial Chamber's conviction,
# reversed). The appeals court itself neither convicted nor acquitted.
APPEALS = frozenset({"reversed", "reversed_in_part", "annulled"})


def appeal(r: dict[str, Any], coref: Coreference, ids: dict[int, str], merged: dict[tuple[str, str, str],
            Relation], text: str) -> None:  # fmt: skip
    """Mark the earlier judgment an appeal reversed or annulled: the same person's judgment of the same kind
    by another court, when there is exactly one. Without one, nothing is asserted."""
    subject = coref.by_mention.get((r["subject"][0], r["subject"][1]))
    court = coref.by_mention.get((r["object"][0], r["object"][1]))
    if subject is None or court is None:
        return
    s, appeal_court = ids[id(subject)], ids[id(court)]
    when = r["attributes"].get("date")
    earlier = [rel for (a, p, o), rel in merged.items() if a == s and p == r["predicate"] and o != appeal_court
               and not _later(rel.attributes.get("date"), when)]  # fmt: skip
    if len(earlier) != 1:
        return
    start, end = r["evidence"]
    evidence = Span(start, end, text[start:end])
    earlier[0].attributes["verdict"] = r["attributes"]["verdict"]
    if evidence not in earlier[0].evidence:
        earlier[0].evidence.append(evidence)


def _later(judged: str | None, appealed: str | None) -> bool:
    """A judgment dated after the appeal's own date, at the precision both share, is not the one it undid
    ("sentenced in 1986 ... the Supreme Court annulled his conviction in 1987"; a 2006 verdict stands)."""
    if not judged or not appealed:
        return False
    n = min(len(judged), len(appealed))
    return judged[:n] > appealed[:n]


def no_act_of_a_verdict_undone(merged: dict[tuple[str, str, str], Relation]) -> None:
    """What a conviction alone said its party did to a crime ("convicted X of aiding and abetting the murders
    of the siege") goes when the document tells of that party's acquittal or of a conviction reversed or
    annulled, and of no conviction that stands (one another court's later acquittal undid stands no more): which
    judgment the act stood on, the text may not say. One acquitted of some counts and convicted of others
    ("convicted of war crimes for killings in Y, and acquitted of two murders") keeps it."""
    undone = {s for (s, p, _), r in merged.items()
              if p == "acquitted_by" or (p == "convicted_by" and r.attributes.get("verdict") in APPEALS)}  # fmt: skip
    acquittals = [(s, o, r.attributes.get("date")) for (s, p, o), r in merged.items() if p == "acquitted_by"]
    undone -= {
        s
        for (s, p, o), r in merged.items()
        if p == "convicted_by"
        and r.attributes.get("verdict") not in APPEALS
        and not any(a == s and by != o and _later(when, r.attributes.get("date")) for a, by, when in acquittals)
    }  # a conviction stands unless another court acquitted its party later ("acquitted on appeal")
    for key in [k for k, r in merged.items() if k[0] in undone and r.method.endswith(":verdict-crime")
                and (r.confidence or 0.0) <= 0.5]:  # fmt: skip
        del merged[key]
