"""A chamber, section or office of a court is part of it (part_of, issues 22 and 26), read over the whole
document once its entities are known:

- a chamber named with its court, when the document names that court too: "Trial Chamber I of the ICTY",
  "la Chambre d'appel de la Cour pénale internationale", "la Sala de lo Penal de la Audiencia Nacional", "der
  3. Strafsenat des Bundesgerichtshofs", "das Schwurgericht beim Landgericht Düsseldorf" (0.7: its name says
  it). The nearest court the name holds is its parent: "la Sección Segunda de la Sala de lo Penal de la
  Audiencia Nacional" is part of the Sala where the document names the Sala, else of the Audiencia;
- a chamber named by its kind alone ("the Appeals Chamber", "Strafkammer I", "la Sección Tercera"), in a
  document that names one court only: possibly part of it (0.5). A prosecutor's or a registrar's office
  ("the Office of the Prosecutor", "le Bureau du Procureur") only of an international or hybrid court: a
  national prosecution is no part of a court.

A court named in the genitive ("des Bundesgerichtshofs", "des Internationalen Strafgerichtshofs") is the
court the document names in the nominative. Nothing is read from the order of the text alone.
"""

from __future__ import annotations

import re

from ontology.names import name_key
from ontology.records import Entity, Relation

Links = dict[tuple[str, str, str], Relation]

NAMED = 0.7
INFERRED = 0.5  # "possible"

# What a court's part is called: a chamber, a panel, a section, an office of it.
_CHAMBERS = frozenset(
    "chamber chambers panel panels division bench section branch "  # English
    "chambre section formation "  # French
    "sala seccion colegiado juzgado "  # Spanish
    "kammer senat strafsenat schwurgericht".split()  # German, with the compounds that end so ("Berufungskammer")
)
_OFFICES = frozenset("office prosecutor registry bureau procureur greffe fiscalia anklagebehorde".split())
# Words that tell one chamber of its court from another: "Trial", "d'appel", "Tercera", "III", "5."
_DESIGNATORS = frozenset(
    "trial appeals appeal pre-trial appellate grand first second third fourth fifth special the of "
    "d appel de premiere instance preliminaire grande du "
    "de primera segunda tercera cuarta quinta la lo penal "
    "grosse erste zweite dritte".split()
)
_GERMAN_PARTS = ("kammer", "senat")
# Between a part's name and its court's: "of the", "de la", "du", "del", "des", "beim".
OF = re.compile(r"\s(?:of\s+the|of|de\s+la|de\s+l['\u2019]|del|du|des|de|der|beim|am)(?:\s+|(?<=['\u2019]))")
# A court's kinds; a prosecution named as a court's ("Office of the Attorney General"), or the judges who
# investigate ("the Co-Investigating Judges", "le juge d'instruction"), is none.
_COURTS = frozenset({"international_court", "hybrid_tribunal", "national_court"})
_INTERNATIONAL = frozenset({"international_court", "hybrid_tribunal"})
_PROSECUTION = re.compile(
    r"prosecut|attorney|procureur|fiscal|anwalt|ministere public|parquet|investigating judge|juge d instruction|"
    r"ermittlungsrichter"
)


def infer(entities: list[Entity], links: Links) -> None:
    """Add to `links` which chamber or office of the document is part of which of its courts."""
    mechanisms = [e for e in entities if e.type == "Mechanism"]
    keys = {m.id: {stem(n) for n in (m.name, *m.aliases)} for m in mechanisms}
    parts: set[str] = set()
    elsewhere = False  # a chamber of a court the document names only in the chamber's name
    for m in mechanisms:
        court = _named_court(m, mechanisms, keys)
        if court is not None:
            parts.add(m.id)
            _add(links, m, court, NAMED, "chamber-of-court")
        elif any(map(_by_name, _courts_named(m.name))):
            elsewhere = True  # not "the Prosecutor of the Tribunal": the document's court, by its head alone
    courts = [
        c for c in mechanisms
        if c.attributes.get("kind") in _COURTS and _part_word(c.name) is None
        and not _PROSECUTION.search(name_key(c.name))
    ]  # fmt: skip
    if len(courts) != 1 or elsewhere:
        return
    [court] = courts
    for m in mechanisms:
        # alone, or with the court by its head ("die Berufungskammer des Tribunals", "the Prosecutor of the Tribunal")
        by_head = bool(tails := _courts_named(m.name)) and not any(map(_by_name, tails))
        if m.id in parts or m is court or not (_alone(m) or by_head):
            continue
        office = all(_part_word(n) == "office" for n in (m.name, *m.aliases))
        if office and court.attributes.get("kind") not in _INTERNATIONAL:
            continue  # a national prosecution is no part of the court
        _add(links, m, court, INFERRED, "chamber-of-the-court")


def _named_court(m: Entity, mechanisms: list[Entity], keys: dict[str, set[str]]) -> Entity | None:
    """The court `m`'s name holds after its part's name, the nearest first, when the document names it."""
    for name in (m.name, *m.aliases):
        for tail in _courts_named(name):
            court = next((c for c in mechanisms if c is not m and stem(tail) in keys[c.id]), None)
            if court is not None:
                return court
    return None


def _courts_named(name: str) -> list[str]:
    """The names of courts a part's name holds after its own ("Berufungskammer des Bundesstrafgerichts"): a
    capital after "of", "de", "des"; not "Chambre de première instance", nor the "Prosecutor" of an office."""
    tails = [name[of.end() :] for of in OF.finditer(name) if _part_word(name[: of.start()]) is not None]
    return [t for t in tails if t[:1].isupper() and _part_word(t) != "office"]  # not "Office of the Prosecutor"


def _by_name(court: str) -> bool:
    """Whether a court a part's name holds is named ("des Bundesgerichtshofs", "of the ICC", "des IStGH"),
    not only by its head ("des Tribunals"): a name of two words, an acronym of two capitals or more, or one
    word that is no court's head (a court of one word: "Bundesgerichtshof")."""
    return " " in court or sum(c.isupper() for c in court) > 1 or stem(court) not in _HEADS


# The heads a court is named by alone ("the Chamber of the Tribunal", "die Kammer des Gerichts"), as `stem` cuts them.
_HEADS = frozenset("tribunal court cour corte gericht gerichtshof hof".split())


def _part_word(name: str) -> str | None:
    """ "chamber" where a name says a court's part (a chamber, a section, a senate), "office" where an office
    of it, else None."""
    words = name_key(name).split()
    if any(w in _CHAMBERS or w.endswith(_GERMAN_PARTS) for w in words):
        return "chamber"
    if any(w in _OFFICES for w in words):
        return "office"
    return None


def _alone(m: Entity) -> bool:
    """A part named by its kind alone: "Appeals Chamber", "Trial Chamber II", "Chambre de première instance
    III", "Sección Tercera", "Strafkammer I", "5. Strafsenat", "Bureau du Procureur"; not "Sala Penal
    Nacional" nor "Oficina de Tutela Legal", whose other words name it."""
    words = name_key(m.name).split()
    return _part_word(m.name) is not None and all(
        w in _CHAMBERS or w in _OFFICES or w.endswith(_GERMAN_PARTS) or w in _DESIGNATORS
        or re.fullmatch(r"[ivx]+|[a-d]|\d+", w) for w in words
    )  # fmt: skip


def stem(name: str) -> str:
    """A name's key with each word's ending cut, so that a genitive or an adjective's case is the same court:
    "Internationalen Strafgerichtshofs" and "Internationaler Strafgerichtshof"."""
    return " ".join(re.sub(r"(?:es|en|er|em|e|s)$", "", w) if len(w) > 4 else w for w in name_key(name).split())


def _add(links: Links, part: Entity, court: Entity, sure: float, method: str) -> None:
    key = (part.id, "part_of", court.id)
    if key not in links:
        links[key] = Relation(part.id, "part_of", court.id, confidence=sure, method=f"acg-nlp/{method}",
                              evidence=part.mentions[:1])  # fmt: skip
