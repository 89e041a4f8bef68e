"""Security Force Monitor's current tables, as its platform (sfm-cms) imports them, as records of the ontology.

A folder holds `units.csv`, `persons.csv`, `persons_extra.csv`, `incidents.csv` and `sources.csv`, with
columns such as `unit:id:admin`, `person:posting_unit_id:admin` and `incident:perpetrator_unit_id:admin`.
As SFM's own importer does, only records of status 3 (ready) are read, and a row whose admin comment says
"duplicate" is left out; a record spread over several rows (a unit with three parents, a person with two
postings) is one entity with one relation per row.

What each field becomes:

- a unit: an Organization (kind "unit") with its other names, country and classification; a "child"
  relation is `part_of` the related unit with its cited dates (a start flag "Y" makes the first cited date
  its start; an open flag "E" makes the last cited date its end, as in the 2019 tables); a "member" relation
  (the unit takes part in an operation, a mission or a task force: not subordination) is `takes_part_in`
  the related unit, with the same dates;
- a person: a Person with other names; a posting is `commands` when its role is "Commander", else
  `member_of`, with role, title, rank and cited dates (start and end flags as above);
- persons_extra: the person's gender, date of birth and date of death (`gender`, `birth_date`,
  `death_date`; a death without a date in the description);
- an incident: a Crime with its dates, place (a Location and `occurred_in`), description, and the crime
  types its violation types name (`of_type`, where a type matches one of the taxonomy's labels), and
  `perpetrated` from its perpetrator units and persons;
- a source: a Document (title, url, archive, publisher, publication date); its access point id is what the
  other tables cite, so every relation carries the access points of its field as evidence.

- a unit's site (its base, or the place named) is `based_at` a Location, a place of its area of operations
  `operated_in` one, with their cited dates and flags as above;

SFM's High/Medium/Low confidences become 0.9/0.6/0.3. A value that cannot be read is reported and left out;
the rest is imported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ingest.sfm import METHOD, SfmRecords, _confidence, _date, _slug, _split, read_sfm, source_attributes, table_rows
from nlp import dates as nlp_dates
from ontology import load
from ontology.errors import InvalidInput
from ontology.records import Entity, Relation, Span

TABLES = ("units", "persons", "persons_extra", "incidents", "sources")
READY = "3"
# "Ciudad Juárez (osm, point) 48912ae1-...": a place's name, its kind of geometry, and its id
_LOCATION = re.compile(r"^(?P<name>.+?)\s*\((?:osm|[a-z]+),\s*[a-z]+\)\s*(?P<id>[0-9a-f-]{8,})?\s*$")


def is_current(folder: Path) -> bool:
    """A folder of SFM's current tables: `units.csv` whose header names `unit:id:admin`."""
    units = folder / "units.csv"
    if not units.is_file():
        return False
    with units.open(encoding="utf-8", newline="") as f:
        return "unit:id:admin" in f.readline()


def _evidence(row: dict[str, str], *columns: str) -> list[Span]:
    ids = [s for c in columns for s in _split(row.get(c, ""))]
    return [Span(document=f"sfm-source-{s}") for s in dict.fromkeys(ids)]


def _flag(value: str) -> str:
    return value.strip().upper()


class _Reader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.out = SfmRecords()
        self.places: dict[str, Entity] = {}  # the Locations of units' sites and areas and of incidents
        self.crime_types = {
            name.lower(): c.notation for c in load().schemes["crimeType"].concepts for name in (c.label, *c.alt_labels)
        }

    def problem(self, path: Path, line: int, column: str, message: str) -> None:
        self.out.problems.append(f"{path.name}:{line}: {column}: {message}")

    def rows(self, table: str) -> Iterator[tuple[Path, int, dict[str, str]]]:
        """The ready rows of a table (status 3, not marked duplicate); a missing table is reported."""
        path = self.folder / f"{table}.csv"
        if not path.is_file():
            self.out.problems.append(f"{path}: missing; nothing of it imported")
            return
        prefix = "person_extra" if table == "persons_extra" else table.rstrip("s")
        for line, row in table_rows(path, ","):
            status = row.get(f"{prefix}:status:admin")
            if status is not None and status != READY:
                continue
            if "duplicate" in row.get(f"{prefix}:comments:admin", "").lower():
                continue
            yield path, line, row

    def cited(self, path: Path, line: int, row: dict[str, str], column: str) -> str | None:
        year, month, day = (row.get(f"{column}_{part}", "") for part in ("year", "month", "day"))
        if not year:
            return None
        try:
            return _date(year, month, day)
        except (InvalidInput, ValueError) as e:
            self.problem(path, line, column, f"{year}-{month}-{day} is not a date ({e}); left out")
            return None

    # -- sources -------------------------------------------------------------------------------------------

    def sources(self) -> None:
        seen: dict[str, int] = {}
        for path, line, row in self.rows("sources"):
            point = row.get("source:access_point_id:admin", "")
            if not point:
                self.problem(path, line, "source:access_point_id:admin", "empty; row left out")
                continue
            if point in seen:
                self.problem(path, line, "source:access_point_id:admin", f"{point} again (first on line "
                                                                           f"{seen[point]}); row left out")  # fmt: skip
                continue
            seen[point] = line
            attrs, problem = source_attributes(row, ("source:url", "source:archive_url", "source:publication_name",
                                                     "source:published_timestamp", "source:title"))  # fmt: skip
            if problem:
                self.problem(path, line, "source:published_timestamp", problem)
            if row.get("source:restricted:admin", "").strip() in {"1", "Y", "y", "TRUE", "true"}:
                attrs["sensitivity"] = "restricted"  # SFM keeps it from the public; so do we
            name = row.get("source:title") or point
            self.out.entities.append(Entity(f"sfm-source-{point}", "Document", name, attributes=attrs))

    # -- units ---------------------------------------------------------------------------------------------

    def units(self) -> set[str]:
        units: dict[str, Entity] = {}
        for path, line, row in self.rows("units"):
            uid, name = row.get("unit:id:admin", ""), row.get("unit:name", "").strip()
            if not uid or not name:
                self.problem(path, line, "unit:id:admin", "a unit without an id or a name; row left out")
                continue
            unit = units.get(uid)
            if unit is None:
                attrs: dict[str, object] = {"kind": "unit"}
                if row.get("unit:country"):
                    attrs["country"] = row["unit:country"].upper()
                if row.get("unit:classification"):
                    attrs["description"] = "SFM classification: " + "; ".join(_split(row["unit:classification"]))
                unit = units[uid] = Entity(f"sfm-unit-{uid}", "Organization", name, attributes=attrs)
            for alias in _split(row.get("unit:other_names", "")):
                if alias != unit.name and alias not in unit.aliases:
                    unit.aliases.append(alias)
            if row.get("unit:location_type") or row.get("unit:base_name") or row.get("unit:location"):
                self.located(path, line, row, uid)
            self.related(path, line, row, uid)
        self.out.entities.extend(units.values())
        return set(units)

    def located(self, path: Path, line: int, row: dict[str, str], uid: str) -> None:
        """A unit's site (`based_at` its base, or the place named) or a place of its area of operations
        (`operated_in`), with the dates the sources cite."""
        value = row.get("unit:base_name", "").strip() or row.get("unit:location", "").strip()
        if not value:
            self.problem(path, line, "unit:location", "a site or an area without a place; left out")
            return
        predicate = (
            "operated_in" if row.get("unit:location_type", "").strip().lower().startswith("area") else "based_at"
        )
        place = self.place(value, self.places)
        first = self.cited(path, line, row, "unit:location_first_cited_date")
        last = self.cited(path, line, row, "unit:location_last_cited_date")
        attrs = {k: v for k, v in (("first_cited", first), ("last_cited", last)) if v}
        start = _flag(row.get("unit:location_first_cited_date_founding", "")) == "Y"
        ended = _flag(row.get("unit:location_open", "")) == "E"
        confidence = row.get("unit:base_name:confidence", "") or row.get("unit:location:confidence", "")
        self.out.relations.append(
            Relation(
                f"sfm-unit-{uid}", predicate, place.id, valid_from=first if start else None,
                valid_to=last if ended else None, attributes=attrs, confidence=_confidence(confidence),
                method=METHOD, evidence=_evidence(row, "unit:base_name:source", "unit:location:source"),
            )
        )  # fmt: skip

    def related(self, path: Path, line: int, row: dict[str, str], uid: str) -> None:
        kind = row.get("unit:relation_type", "").strip().lower()
        other = row.get("unit:related_unit_id:admin", "").strip()
        if not kind or not other:
            return
        if kind not in {"child", "parent", "member"}:
            self.problem(path, line, "unit:relation_type", f"{kind!r} is no relation of units; left out")
            return
        child, parent = (uid, other) if kind in {"child", "member"} else (other, uid)
        first = self.cited(path, line, row, "unit:related_unit_first_cited_date")
        last = self.cited(path, line, row, "unit:related_unit_last_cited_date")
        attrs = {k: v for k, v in (("first_cited", first), ("last_cited", last)) if v}
        if row.get("unit:related_unit_class"):
            attrs["role"] = row["unit:related_unit_class"].lower()
        start = _flag(row.get("unit:related_unit_first_cited_date_start", "")) == "Y"
        ended = _flag(row.get("unit:related_unit_open", "")) == "E"
        self.out.relations.append(
            Relation(
                f"sfm-unit-{child}", "takes_part_in" if kind == "member" else "part_of", f"sfm-unit-{parent}",
                valid_from=first if start else None, valid_to=last if ended else None, attributes=attrs,
                confidence=_confidence(row.get("unit:related_unit:confidence", "")), method=METHOD,
                evidence=_evidence(row, "unit:related_unit:source"),
            )
        )  # fmt: skip

    # -- persons -------------------------------------------------------------------------------------------

    def persons(self, units: set[str]) -> dict[str, Entity]:
        people: dict[str, Entity] = {}
        for path, line, row in self.rows("persons"):
            pid, name = row.get("person:id:admin", ""), row.get("person:name", "").strip()
            if not pid or not name:
                self.problem(path, line, "person:id:admin", "a person without an id or a name; row left out")
                continue
            person = people.setdefault(pid, Entity(f"sfm-person-{pid}", "Person", name))
            for alias in _split(row.get("person:other_names", "")):
                if alias != person.name and alias not in person.aliases:
                    person.aliases.append(alias)
            if row.get("person:posting_rank"):
                person.attributes["rank"] = row["person:posting_rank"]
            unit = row.get("person:posting_unit_id:admin", "").strip()
            if not unit:
                continue
            if unit not in units:
                self.problem(path, line, "person:posting_unit_id:admin", f"{unit} is no ready unit; posting left out")
                continue
            self.posting(path, line, row, person.id, unit)
        self.out.entities.extend(people.values())
        return people

    def posting(self, path: Path, line: int, row: dict[str, str], person: str, unit: str) -> None:
        first = self.cited(path, line, row, "person:posting_first_cited_date")
        last = self.cited(path, line, row, "person:posting_last_cited_date")
        role = row.get("person:posting_role", "").strip()
        attrs = {
            "first_cited": first, "last_cited": last, "role": role or None,
            "rank": row.get("person:posting_rank") or None, "title": row.get("person:posting_title") or None,
        }  # fmt: skip
        start = _flag(row.get("person:posting_first_cited_date_start", "")) == "Y"
        end = _flag(row.get("person:posting_last_cited_date_end", "")) == "Y"
        self.out.relations.append(
            Relation(
                person, "commands" if role.lower() == "commander" else "member_of", f"sfm-unit-{unit}",
                valid_from=first if start else None, valid_to=last if end else None,
                attributes={k: v for k, v in attrs.items() if v},
                confidence=_confidence(row.get("person:posting_unit:confidence", "")), method=METHOD,
                evidence=_evidence(row, "person:posting_unit:source"),
            )
        )  # fmt: skip

    def extras(self, people: dict[str, Entity]) -> None:
        for path, line, row in self.rows("persons_extra"):
            pid = row.get("person_extra:id:admin", "").strip()
            person = people.get(pid)
            if person is None:
                self.problem(path, line, "person_extra:id:admin", f"{pid or 'empty'}: no ready person; left out")
                continue
            if gender := row.get("person_extra:gender", "").strip():
                person.attributes["gender"] = gender.lower()
            for attribute, column in (("birth_date", "person_extra:date_of_birth"),
                                      ("death_date", "person_extra:deceased_date")):  # fmt: skip
                value = row.get(column, "").strip()
                if not value:
                    continue
                found = nlp_dates.whole(value)
                if found is None:
                    self.problem(path, line, column, f"{value!r} is not a date; left out")
                else:
                    person.attributes[attribute] = found
            if row.get("person_extra:deceased", "").strip().upper() == "Y" and "death_date" not in person.attributes:
                person.attributes["description"] = "SFM: deceased (date unknown)"

    # -- incidents -----------------------------------------------------------------------------------------

    def incidents(self, units: set[str], people: dict[str, Entity]) -> None:
        crimes: set[str] = set()
        places = self.places
        for path, line, row in self.rows("incidents"):
            iid = row.get("incident:id:admin", "").strip()
            if not iid or iid in crimes:
                if not iid:
                    self.problem(path, line, "incident:id:admin", "empty; row left out")
                continue
            crimes.add(iid)
            crime = f"sfm-incident-{iid}"
            evidence = _evidence(row, "incident:all:source")
            attrs: dict[str, object] = {}
            start = self.cited(path, line, row, "incident:start_date")
            end = self.cited(path, line, row, "incident:end_date")
            if start:
                attrs["start_date"] = start
            if end:
                attrs["end_date"] = end
            description = " ".join(row.get("incident:violation_description", "").split())
            where = row.get("incident:location_description", "").strip()
            if description or where:
                attrs["description"] = "; ".join(x for x in (description, where and f"place: {where}") if x)
            types = _split(row.get("incident:violation_type", ""))
            name = f"{', '.join(types) or 'Incident'} ({start or 'undated'})"
            self.out.entities.append(Entity(crime, "Crime", name, attributes=attrs))

            def link(subject: str, predicate: str, obj: str, evidence: list[Span] = evidence) -> None:
                self.out.relations.append(Relation(subject, predicate, obj, method=METHOD, evidence=list(evidence)))

            for kind in types:
                notation = self.crime_types.get(kind.lower())
                if notation is None:
                    self.problem(path, line, "incident:violation_type", f"{kind!r} names no crime type of the "
                                                                        "ontology; kept in the name only")  # fmt: skip
                else:
                    link(crime, "of_type", notation)
            for value in _split(row.get("incident:location", "")):
                place = self.place(value, places)
                link(crime, "occurred_in", place.id)
            for uid in _split(row.get("incident:perpetrator_unit_id:admin", "")):
                if uid in units:
                    link(f"sfm-unit-{uid}", "perpetrated", crime)
                else:
                    self.problem(path, line, "incident:perpetrator_unit_id:admin", f"{uid} is no ready unit; left out")
            for pid in _split(row.get("incident:perpetrator_person_id:admin", "")):
                if pid in people:
                    link(people[pid].id, "perpetrated", crime)
                else:
                    self.problem(path, line, "incident:perpetrator_person_id:admin",
                                 f"{pid} is no ready person; left out")  # fmt: skip
            if row.get("incident:perpetrator_classification"):
                kinds = "; ".join(_split(row["incident:perpetrator_classification"]))
                self.out.entities[-1].attributes["description"] = "; ".join(
                    x for x in (str(attrs.get("description", "")), f"perpetrators: {kinds}") if x
                )
        self.out.entities.extend(places.values())

    def place(self, value: str, places: dict[str, Entity]) -> Entity:
        m = _LOCATION.match(value)
        name = m["name"].strip() if m else value
        key = (m["id"] if m else None) or _slug(name)
        found = places.get(key)
        if found is None:
            found = places[key] = Entity(f"sfm-location-{key}", "Location", name)
        return found


def read_sfm_folder(folder: Path) -> SfmRecords:
    """An SFM folder in either format: the current tables (sfm-cms's) or the 2019 ones (ingest.sfm)."""
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: not a folder (give the folder holding the SFM tables)")
    return read_sfm_current(folder) if is_current(folder) else read_sfm(folder)


def read_sfm_current(folder: Path) -> SfmRecords:
    """Units, persons, postings, incidents and sources of a folder of SFM's current tables."""
    reader = _Reader(folder)
    reader.sources()
    units = reader.units()
    people = reader.persons(units)
    reader.extras(people)
    reader.incidents(units, people)
    return reader.out
