"""Gazetteers for the extractor, built from structured data (today: SFM's unit tables).

A name goes in only if it names a unit by its shape (it holds a head noun
such as Division, Brigade or Police, or is an acronym), so that a bare place
name that SFM lists as an alias ("Ibafo" for Ibafo Police Division) does not
turn every mention of the town into a unit.
"""

from __future__ import annotations

import re
from pathlib import Path

from ingest.sfm import UNITS, newest_table, read_sfm, table_rows
from nlp.gazetteer import Term, write_terms
from nlp.lexicon import UNIT_HEADS
from ontology.names import name_key

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.]{2,}$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*")


def unit_shaped(name: str) -> bool:
    """
    >>> unit_shaped("22 Armoured Brigade"), unit_shaped("Ibafo"), unit_shaped("SARS"), unit_shaped("Unknown Brigade")
    (True, False, True, False)
    """
    words = name.split()
    if not words or words[0] == "Unknown" or len(name) < 3:
        return False
    return bool(_ACRONYM.match(name)) or any(w.strip(",.'\"") in UNIT_HEADS for w in words)


_PLACE_COLUMNS = ("Site:geonames_name", "Site:admin_level_1_geonames_name", "Area of Operations Geoname")


def sfm_places(folder: Path) -> list[Term]:
    """Places where SFM's units were sited or operated; a first-level division also as "X State"."""
    seen: dict[str, Term] = {}
    for _, row in table_rows(newest_table(folder, UNITS), "\t"):
        for column in _PLACE_COLUMNS:
            place = row.get(column, "")
            forms = [place, f"{place} State"] if column.startswith("Site:admin") else [place]
            for form in forms:
                if len(form) >= 3 and form[0].isupper() and name_key(form) not in seen:
                    seen[name_key(form)] = Term(form, "Location", "place", "sfm-nigeria")
    return sorted(seen.values(), key=lambda t: name_key(t.name))


def sfm_terms(folder: Path) -> list[Term]:
    seen: dict[str, Term] = {}
    for entity in read_sfm(folder).entities:
        if entity.type != "Organization":
            continue
        for name in (entity.name, *entity.aliases):
            for form in {name.strip(), _PARENTHESIS.sub(" ", name).strip()}:
                if unit_shaped(form) and name_key(form) not in seen:
                    seen[name_key(form)] = Term(form, "Organization", "unit", "sfm-nigeria")
    return sorted(seen.values(), key=lambda t: name_key(t.name))


def build(sfm: Path, out: Path) -> int:
    terms = sfm_terms(sfm) + sfm_places(sfm)
    write_terms(terms, out)
    return len(terms)
