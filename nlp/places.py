"""Names of places that are never a person's or an organisation's: the world's countries and their
first-level subdivisions (ISO 3166, from pycountry's data, shipped inside the package; nothing is
downloaded). The small English model tags "Paraguay" an organisation and "Burkina Faso" a person; a
name found here is a place whatever the tagger said.

A subdivision's name may also be a surname ("Lima"): it is a place only where the tagger took it for an
organisation, never where it took it for a person, and a surname of a person of the document wins
(nlp.entities `_surnames_retyped`).
"""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def countries() -> frozenset[str]:
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
    return frozenset(names)


@cache
def subdivisions() -> frozenset[str]:
    return frozenset(s.name for s in pycountry.subdivisions if len(s.name) >= 4)


def country(name: str) -> bool:
    return name in countries()


def place(name: str) -> bool:
    """A country's name or a first-level subdivision's ("Morazán", "Borno", "Petén")."""
    return name in countries() or name in subdivisions()
