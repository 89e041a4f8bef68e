"""A hand-built hierarchy whose answers are known, for the store contract tests.

Drina Corps: Živanović commands until 13 July 1995, Krstić from that day.
Zvornik Brigade (Pandurević) is part of Drina Corps, which is part of the VRS.
Bratunac Brigade moves from Drina Corps (until 1994-12) to Herzegovina Corps
(from 1995-01). Two people are called Ivan Horvat. Units X and Y are each
other's parent (bad data). One posting carries cited dates only.

Accountability: the Zvornik Brigade perpetrated the Kravica killings (July
1995), which Krstić ordered; Acme Arms supplied the brigade, Banca Nera
financed Acme; Krstić was accused and convicted in the Krstić case before
the ICTY; Pandurević was charged by the ICTY; Živanović and Ivan Horvat (1)
were never charged.
"""

from __future__ import annotations

from ontology.records import Entity, Relation, Span

DOC = "sha256:" + "0" * 64


def _e(i: str, t: str, name: str, **attrs: object) -> Entity:
    return Entity(i, t, name, attributes=dict(attrs))


def _r(s: str, p: str, o: str, vf: str | None = None, vt: str | None = None, **attrs: object) -> Relation:
    return Relation(s, p, o, vf, vt, attributes=dict(attrs), confidence=0.8, method="test",
                    evidence=[Span(0, 12, f"{s} {p} {o}", DOC)])  # fmt: skip


ENTITIES = [
    _e("p-krstic", "Person", "Radislav Krstić", rank="General"),
    _e("p-zivanovic", "Person", "Milenko Živanović"),
    _e("p-pandurevic", "Person", "Vinko Pandurević"),
    _e("p-horvat-1", "Person", "Ivan Horvat"),
    _e("p-horvat-2", "Person", "Ivan Horvat"),
    _e("p-cited", "Person", "Cited Commander"),
    _e("o-vrs", "Organization", "Army of Republika Srpska", kind="armed_group"),
    _e("o-drina", "Organization", "Drina Corps", kind="unit"),
    _e("o-herzegovina", "Organization", "Herzegovina Corps", kind="unit"),
    _e("o-zvornik", "Organization", "Zvornik Brigade", kind="unit"),
    _e("o-bratunac", "Organization", "Bratunac Brigade", kind="unit"),
    _e("o-x", "Organization", "Unit X", kind="unit"),
    _e("o-y", "Organization", "Unit Y", kind="unit"),
    _e("o-acme", "Organization", "Acme Arms", kind="company", country="RS"),
    _e("o-banca", "Organization", "Banca Nera", kind="company"),
    _e(
        "c-kravica", "Crime", "Kravica warehouse killings", start_date="1995-07-13", end_date="1995-07-14", country="BA"
    ),
    _e("l-kravica", "Location", "Kravica", country="BA"),
    _e("m-icty", "Mechanism", "International Criminal Tribunal for the former Yugoslavia", kind="international_court"),
    _e("k-krstic", "Case", "Prosecutor v. Radislav Krstić", case_number="IT-98-33", status="final"),
]

RELATIONS = [
    _r("o-drina", "part_of", "o-vrs"),
    _r("o-herzegovina", "part_of", "o-vrs"),
    _r("o-zvornik", "part_of", "o-drina", "1992-05"),
    _r("o-bratunac", "part_of", "o-drina", None, "1994-12"),
    _r("o-bratunac", "part_of", "o-herzegovina", "1995-01", None),
    _r("p-zivanovic", "commands", "o-drina", "1992-11", "1995-07-13"),
    _r("p-krstic", "commands", "o-drina", "1995-07-13", "1995-11"),
    _r("p-pandurevic", "commands", "o-zvornik", "1992"),
    _r("p-horvat-1", "member_of", "o-zvornik", role="driver"),
    _r("p-horvat-2", "member_of", "o-bratunac"),
    _r("p-cited", "commands", "o-herzegovina", first_cited="1995-03-01", last_cited="1995-09-30"),
    _r("o-x", "part_of", "o-y"),
    _r("o-y", "part_of", "o-x"),
    _r("o-zvornik", "perpetrated", "c-kravica"),
    _r("p-krstic", "ordered", "c-kravica", mode_of_liability="ordering"),
    _r("p-horvat-1", "perpetrated", "c-kravica"),
    _r("c-kravica", "occurred_in", "l-kravica"),
    _r("c-kravica", "of_type", "genocide"),
    _r("o-acme", "supplied", "o-zvornik", "1994", "1995-12", role="ammunition"),
    _r("o-banca", "financed", "o-acme", "1993"),
    _r("p-krstic", "accused_in", "k-krstic"),
    _r("k-krstic", "tried_by", "m-icty", "1998-12", "2004-04"),
    _r(
        "p-krstic",
        "convicted_by",
        "m-icty",
        date="2001-08-02",
        crime_types=["genocide"],
        mode_of_liability="aiding_abetting",
        sentence="35 years",
        verdict="upheld",
    ),
    _r("p-pandurevic", "charged_by", "m-icty", date="2002-06", crime_types=["genocide", "crimes_against_humanity"]),
]
