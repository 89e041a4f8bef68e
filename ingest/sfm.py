"""Security Force Monitor's research tables (units, persons, sources) as records of the ontology.

Dates follow SFM's research handbook ("How dates work"): a first or last
*cited* date is when a source shows a fact, not when it began or ended. So
every cited date is kept as `first_cited` / `last_cited`, and becomes
`valid_from` only where the table says it is the start ("Start date? Y"), and
`valid_to` only where it says it is the end (a person's "End date? Y"; a
unit relationship's open-ended flag "E", the last cited date being its end).

A unit's site (its headquarters, barracks or base, and the town GeoNames
names) becomes `based_at` a Location, and each place of its area of
operations `operated_in` one, with their cited dates as above; a place is one
Location by its GeoNames id wherever it recurs. A unit's membership of another
(an operation, a mission, a task force) becomes `takes_part_in`, not part of
the chain of command.
SFM's High/Medium/Low confidences become 0.9/0.6/0.3. A source's publication
date is read as the table writes it: ISO, "September 2011", or "9/13/2018"
(a slashed date that reads both ways round keeps only its year, reported).

Problems in the tables (a date that is not a date, a parent unit named
ambiguously) are reported one per line with the file, the line and the field,
and the rest is imported.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from nlp import dates as nlp_dates
from ontology import dates
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, Span

METHOD = "sfm-import"
CONFIDENCE = {"high": 0.9, "medium": 0.6, "low": 0.3}
UNITS = "ng_orgs_*.tsv"
PERSONS = "ng_persons_*.csv"
SOURCES = "sources_*.csv"


@dataclass
class SfmRecords:
    """What an SFM folder holds, as records of the ontology, and the problems met reading it."""

    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def newest_table(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    if not found:
        raise InvalidInput(
            f"{folder}: no file matching {pattern} (an SFM export has units, persons and sources tables)"
        )
    return found[-1]


def table_rows(path: Path, delimiter: str) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        header = next(reader)
        for number, values in enumerate(reader, start=2):
            values += [""] * (len(header) - len(values))
            yield number, {h: v.strip() for h, v in zip(header, values, strict=False)}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.replace(";", "\n").splitlines() if v.strip()]


def _date(year: str, month: str, day: str) -> str:
    """A reduced date from SFM's split columns; InvalidInput when they do not make one."""
    if not year:
        raise InvalidInput("no year")
    text = year.zfill(4) + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")
    return dates.parse(text)


_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _published(value: str) -> tuple[str | None, str | None]:
    """A source's publication date, as written in SFM's sources table, and a problem to report, if any.

    ISO dates, "September 2011" and the like are exact. "Undated" is no date, and nothing to report. A
    slashed date is read month first or day first when only one reading is a date; when both are, only its
    year is certain, and the year is kept.

    >>> _published("2011-01-28"), _published("September 2011"), _published("Undated")
    (('2011-01-28', None), ('2011-09', None), (None, None))
    >>> _published("9/13/2018"), _published("13/9/2018"), _published("1/1/2015")
    (('2018-09-13', None), ('2018-09-13', None), ('2015-01-01', None))
    >>> _published("5/4/2018")
    ('2018', "'5/4/2018' is 2018-04-05 or 2018-05-04; kept the year")
    >>> _published("2015-060-29")
    (None, "'2015-060-29' is not a date; left out")
    """
    text = value.strip()
    if not text or text.casefold() == "undated":
        return None, None
    try:
        return dates.parse(text[:10]), None  # ISO, with a time of day cut off
    except InvalidInput:
        pass
    if found := nlp_dates.whole(text):
        return found, None
    if m := _SLASHED.fullmatch(text):
        first, second, year = m.groups()
        readings = set()
        for month, day in ((first, second), (second, first)):
            with suppress(InvalidInput):
                readings.add(_date(year, month, day))
        if len(readings) == 1:
            return readings.pop(), None
        if readings:
            return year, f"{value!r} is {' or '.join(sorted(readings))}; kept the year"
    return None, f"{value!r} is not a date; left out"


def source_attributes(
    row: dict[str, str], columns: tuple[str, str, str, str, str]
) -> tuple[dict[str, object], str | None]:
    """A source's url, web archive copy, publisher, publication date and title, from the columns that hold
    them in a table (in that order), and a problem with its date, if any. "No archive available" is no
    archive, and a url must be one."""
    url, archive, publisher, published_on, title = (row.get(c, "") for c in columns)
    attrs: dict[str, object] = {}
    if url:
        attrs["url"] = url
    if archive.startswith(("http://", "https://")):
        attrs["archived_at"] = archive
    if publisher:
        attrs["publisher"] = publisher
    published, problem = _published(published_on)
    if published:
        attrs["published"] = published
    if title:
        attrs["title"] = title
    return attrs, problem


def _ymd(row: dict[str, str], prefix: str) -> tuple[str, str, str]:
    """SFM splits a date into year, month and day columns named with a prefix ("first_year", "oo_month", ...)."""
    return row.get(prefix + "year", ""), row.get(prefix + "month", ""), row.get(prefix + "day", "")


def _confidence(value: str) -> float | None:
    return CONFIDENCE.get(value.lower())


def _evidence(sources: str) -> list[Span]:
    return [Span(document=f"sfm-source-{s}") for s in _split(sources)]


def _slug(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class _Reader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.out = SfmRecords()

    def problem(self, path: Path, line: int, column: str, message: str) -> None:
        self.out.problems.append(f"{path.name}:{line}: {column}: {message}")

    def cited(self, path: Path, line: int, column: str, y: str, m: str, d: str) -> str | None:
        if not y:
            return None
        try:
            return _date(y, m, d)
        except (InvalidInput, ValueError) as e:
            if not m and not d and (found := nlp_dates.whole(y)):
                return found  # the year column holds a whole date ("August 1991")
            self.problem(path, line, column, f"{y}-{m}-{d} is not a date ({e}); left out")
            return None

    def unit_named(
        self,
        units: dict[tuple[str, str], list[str]],
        name: str,
        country: str,
        where: tuple[Path, int, str],
        any_country: bool = False,
    ) -> str | None:
        """The one unit with this name (in this country, or, if allowed, in any); reported otherwise."""
        candidates = units.get((name, country), [])
        if not candidates and any_country:
            candidates = [u for (n, _), ids in units.items() if n == name for u in ids]
        if len(candidates) == 1:
            return candidates[0]
        why = "names no unit" if not candidates else f"names {len(candidates)} units"
        self.problem(*where, f"{name!r} {why}; left out")
        return None

    def sources(self) -> set[str]:
        path = newest_table(self.folder, SOURCES)
        known: dict[str, int] = {}  # source id -> line of its first row
        for line, row in table_rows(path, ","):
            source_id = row.get("source_id") or row.get("source_id_lookup")
            if not source_id:
                self.problem(path, line, "source_id", "empty; row left out")
                continue
            if source_id in known:
                self.problem(path, line, "source_id", f"{source_id} again (first on line {known[source_id]}); "
                                                      "this row left out")  # fmt: skip
                continue
            attrs, problem = source_attributes(row, ("source_url", "archive_url", "publication_title",
                                                     "published_on", "title"))  # fmt: skip
            if problem:
                self.problem(path, line, "published_on", problem)
            name = row.get("title") or source_id
            self.out.entities.append(Entity(f"sfm-source-{source_id}", "Document", name, attributes=attrs))
            known[source_id] = line
        return set(known)

    def units(self) -> dict[tuple[str, str], list[str]]:
        """Units; returns unit ids by (name, country) for resolving parents and postings named by name."""
        path = newest_table(self.folder, UNITS)
        rows = list(table_rows(path, "\t"))
        by_id: dict[str, dict[str, str]] = {}
        by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
        for line, row in rows:
            uid = row.get("o_id", "")
            if not uid or not row.get("Organization:Name"):
                self.problem(path, line, "o_id", "a unit row without an id or a name; left out")
                continue
            if uid not in by_id:
                by_id[uid] = row
                by_name[(row["Organization:Name"], row.get("Organization division_id", ""))].append(uid)
        for uid, row in by_id.items():
            aliases = [a for a in _split(row.get("Organization:other_names", "")) if a != row["Organization:Name"]]
            attrs: dict[str, object] = {"kind": "unit"}
            country = row.get("Organization division_id", "")
            if country:
                attrs["country"] = country.upper()
            if row.get("Organization:classification"):
                attrs["description"] = "SFM classification: " + "; ".join(_split(row["Organization:classification"]))
            self.out.entities.append(
                Entity(f"sfm-unit-{uid}", "Organization", row["Organization:Name"], aliases, attrs)
            )
        seen: set[str] = set()
        for line, row in rows:
            parent = row.get("OrganizationOrganization:parent_id", "")
            uid = row.get("o_id", "")
            if not parent or uid not in by_id:
                continue
            country = row.get("Organization division_id", "")
            parent_id = self.unit_named(by_name, parent, country, (path, line, "OrganizationOrganization:parent_id"),
                                        any_country=True)  # fmt: skip
            if parent_id is None:
                continue
            first = self.cited(path, line, "OrganizationOrganization:date_first_cited", *_ymd(row, ""))
            last = self.cited(path, line, "OrganizationOrganization:date_last_cited", *_ymd(row, "oo_"))
            start = row.get("Start date of OrganizationOrganization Y/N?", "").upper() == "Y"
            ended = row.get("OrganizationOrganization:open_ended", "").upper() == "E"
            attrs = {k: v for k, v in (("first_cited", first), ("last_cited", last)) if v}
            kind = row.get("OrganizationOrganization:classification", "").lower()
            if kind:
                attrs["role"] = kind
            relation = Relation(
                f"sfm-unit-{uid}", "part_of", f"sfm-unit-{parent_id}",
                valid_from=first if start else None, valid_to=last if ended else None, attributes=attrs,
                confidence=_confidence(row.get("Confidence: OrganizationOrganization:parent_id", "")),
                method=METHOD, evidence=_evidence(row.get("Source: OrganizationOrganization:parent_id", "")),
            )  # fmt: skip
            if relation.assertion_id() not in seen:
                seen.add(relation.assertion_id())
                self.out.relations.append(relation)
        self.memberships(path, rows, by_id, by_name)
        self.places(path, rows, by_id)
        return by_name

    def memberships(
        self, path: Path, rows: list[tuple[int, dict[str, str]]], units: dict[str, dict[str, str]],
        by_name: dict[tuple[str, str], list[str]],
    ) -> None:  # fmt: skip
        """A unit's membership of another (an operation, a mission, a task force): `takes_part_in`, with its
        cited dates; the other unit is named, as a parent is."""
        seen: set[str] = set()
        column = "OrganizationMembership:member_id"
        for line, row in rows:
            uid, name = row.get("o_id", ""), row.get(column, "").strip()
            if not name or uid not in units:
                continue
            country = row.get("Organization division_id", "")
            other = self.unit_named(by_name, name, country, (path, line, column), any_country=True)
            if other is None:
                continue
            first = self.cited(path, line, f"Date of first citation for {column}", *_ymd(row, "om_first_"))
            last = self.cited(path, line, f"Date of last citation for {column}", *_ymd(row, "om_last_"))
            start = row.get("start date of OrganizationMembership? Y/N", "").upper() == "Y"
            ended = row.get("end date of OrganizationMembership? Y/N", "").upper() in {"Y", "E"}
            attrs = {k: v for k, v in (("first_cited", first), ("last_cited", last)) if v}
            relation = Relation(
                f"sfm-unit-{uid}", "takes_part_in", f"sfm-unit-{other}", valid_from=first if start else None,
                valid_to=last if ended else None, attributes=attrs,
                confidence=_confidence(row.get(f"Confidence: {column}", "")), method=METHOD,
                evidence=_evidence(row.get(f"Source: {column}", "")),
            )  # fmt: skip
            if relation.assertion_id() not in seen:
                seen.add(relation.assertion_id())
                self.out.relations.append(relation)

    def places(self, path: Path, rows: list[tuple[int, dict[str, str]]], units: dict[str, dict[str, str]]) -> None:
        """Each unit's sites (based_at) and areas of operations (operated_in), one Location a place."""
        located: dict[str, Entity] = {}
        seen: set[str] = set()

        def place(name: str, geonames: str, within: str, country: str) -> str:
            key = f"geonames-{geonames}" if geonames else f"sfm-place-{_slug(name + '|' + within + '|' + country)}"
            if key not in located:
                where = "; ".join(
                    x for x in (f"GeoNames {geonames}" if geonames else "", f"in {within}" if within else "") if x
                )
                attrs: dict[str, object] = {"country": country.upper()} if country else {}
                if where:
                    attrs["description"] = where
                located[key] = Entity(key, "Location", name, attributes=attrs)
            return key

        for line, row in rows:
            uid = row.get("o_id", "")
            if uid not in units:
                continue
            country = row.get("Organization division_id", "")
            town, region = (
                row.get("Site:geonames_name", "").strip(),
                row.get("Site:admin_level_1_geonames_name", "").strip(),
            )
            base = row.get("Headquarters (Barracks, Base, Physical Asset)", "").strip()
            if base or town or region:
                if base:  # the barracks, in its town
                    target = place(base, "", town or region, country)
                elif town:
                    target = place(town, row.get("Site:geonames_id", "").strip(), region, country)
                else:
                    target = place(region, row.get("Site:admin_level_1_geonames_id", "").strip(), "", country)
                column = "Headquarters (Barracks, Base, Physical Asset)" if base else "Site:geonames_name"
                self.located(path, line, row, uid, "based_at", target, column, "OrganizationSite:date_first_cited",
                             ("os_", "os_last_"), "Is this the founding date? (Y/N)",
                             "OrganizationSite:open_ended (Y/N/E)", seen)  # fmt: skip
            area = row.get("Area of Operations Geoname", "").strip()
            if area:
                target = place(area, row.get("Area of Operations GeonameID", "").strip(), "", country)
                self.located(path, line, row, uid, "operated_in", target, "Area of Operations",
                             "Date of first citation for area of operations", ("aoo_start_", "aoo_last_"),
                             "start date of area of operation? Y/N",
                             "Assume Area of Operations to Current Date? (Y/N/E)", seen)  # fmt: skip
        self.out.entities.extend(located.values())

    def located(
        self, path: Path, line: int, row: dict[str, str], uid: str, predicate: str, place: str, column: str,
        first_column: str, prefixes: tuple[str, str], start_column: str, end_column: str, seen: set[str],
    ) -> None:  # fmt: skip
        first = self.cited(path, line, first_column, *_ymd(row, prefixes[0]))
        last = self.cited(path, line, first_column.replace("first", "last"), *_ymd(row, prefixes[1]))
        start = row.get(start_column, "").upper() == "Y"
        ended = row.get(end_column, "").upper() == "E"
        attrs = {k: v for k, v in (("first_cited", first), ("last_cited", last)) if v}
        relation = Relation(
            f"sfm-unit-{uid}", predicate, place, valid_from=first if start else None,
            valid_to=last if ended else None, attributes=attrs,
            confidence=_confidence(row.get(f"Confidence: {column}") or row.get("Confidence: Site:geonames_name", "")),
            method=METHOD,
            evidence=_evidence(row.get(f"Source: {column}") or row.get("Source: Site:geonames_name", "")),
        )  # fmt: skip
        if relation.assertion_id() not in seen:
            seen.add(relation.assertion_id())
            self.out.relations.append(relation)

    def persons(self, units: dict[tuple[str, str], list[str]]) -> None:
        path = newest_table(self.folder, PERSONS)
        people: dict[str, Entity] = {}
        for line, row in table_rows(path, ","):
            name = row.get("Name", "")
            if not name:
                self.problem(path, line, "Name", "empty; row left out")
                continue
            pid = f"sfm-person-{_slug(name)}"
            person = people.setdefault(pid, Entity(pid, "Person", name))
            for alias in _split(row.get("Aliases or alternative spellings (semi-colon separated)", "")):
                if alias not in person.aliases and alias != name:
                    person.aliases.append(alias)
            unit_name, country = row.get("Organization", ""), row.get("division_id", "")
            unit_id = self.unit_named(units, unit_name, country, (path, line, "Organization"))
            if unit_id is None:
                continue
            first = self.cited(path, line, "First citation", *_ymd(row, "first_"))
            last = self.cited(path, line, "Last citation", *_ymd(row, "last_"))
            role = row.get("Role", "")
            attrs = {"first_cited": first, "last_cited": last, "role": role or None,
                     "rank": row.get("Rank") or None, "title": row.get("Title (official title)") or None}  # fmt: skip
            if row.get("Rank"):
                person.attributes["rank"] = row["Rank"]
            self.out.relations.append(
                Relation(
                    pid, "commands" if role.lower() == "commander" else "member_of", f"sfm-unit-{unit_id}",
                    valid_from=first if row.get("Start date? (Y/N)", "").upper() == "Y" else None,
                    valid_to=last if row.get("End date? (Y/N)", "").upper() == "Y" else None,
                    attributes={k: v for k, v in attrs.items() if v},
                    confidence=_confidence(row.get("Confidence: Organization", "")),
                    method=METHOD, evidence=_evidence(row.get("Source: Organization", "")),
                )
            )  # fmt: skip
        self.out.entities.extend(people.values())


def read_sfm(folder: Path) -> SfmRecords:
    """Units, persons, postings, unit hierarchy and sources of an SFM export folder."""
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: not a folder (give the folder holding the SFM tables)")
    reader = _Reader(folder)
    reader.sources()
    reader.persons(reader.units())
    return reader.out
