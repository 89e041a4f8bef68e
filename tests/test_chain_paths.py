"""Which path a chain of command takes when two links join the same units: on each engine, a unit placed
under its parent twice (in different years) is reached through the link that holds with the rest of the
path, whichever of the two comes first in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.ladybug_store import LadybugStore
from graph.loader import load_records, prepare_store
from graph.queries import chain
from graph.store import Store
from ontology.records import Entity, Relation, Span
from tests.neo4j import neo4j_store

DOC = "sha256:" + "2" * 64
ENTITIES = [
    Entity("p-ana", "Person", "Ana Ruiz"),
    Entity("p-ben", "Person", "Ben Okoro"),
    Entity("o-coy", "Organization", "A Company", attributes={"kind": "unit"}),
    Entity("o-bn", "Organization", "1st Battalion", attributes={"kind": "unit"}),
    Entity("o-bde", "Organization", "5th Brigade", attributes={"kind": "unit"}),
    Entity("o-bn2", "Organization", "2nd Battalion", attributes={"kind": "unit"}),
]


def _link(s: str, p: str, o: str, start: str, end: str | None, text: str) -> Relation:
    return Relation(s, p, o, start, end, method="test", evidence=[Span(0, len(text), text, DOC)])


RELATIONS = [
    _link("p-ana", "commands", "o-coy", "2006", "2009", "Captain Ana Ruiz commanded A Company from 2006 to 2009"),
    # the company was under the battalion in 2000-2001, and again from 2005: the first link never held
    # while she commanded it; the second did
    _link("o-coy", "part_of", "o-bn", "2000", "2001", "A Company of the 1st Battalion (2000-2001)"),
    _link("o-coy", "part_of", "o-bn", "2005", None, "A Company rejoined the 1st Battalion in 2005"),
    _link("o-bn", "part_of", "o-bde", "1999", None, "the 1st Battalion of the 5th Brigade"),
    # a member of the brigade who commands one of its battalions
    _link("o-bn2", "part_of", "o-bde", "1999", None, "the 2nd Battalion of the 5th Brigade"),
    _link("p-ben", "commands", "o-bn2", "2001", None, "Major Ben Okoro, a 5th Brigade officer, commands the 2nd"),
    _link("p-ben", "member_of", "o-bde", "2001", None, "Major Ben Okoro, a 5th Brigade officer"),
]


@pytest.fixture(scope="module", params=["ladybug", "neo4j"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    view: Store = (
        neo4j_store() if request.param == "neo4j" else LadybugStore(Path(tmp_path_factory.mktemp("paths")) / "db")
    )
    prepare_store(view)
    assert load_records(view, ENTITIES, RELATIONS).rejected == []
    yield view
    view.close()


def test_an_undated_chain_takes_the_parallel_link_that_holds(store: Store) -> None:
    answer = chain(store, "p-ana")
    found = {e["id"]: e for e in answer["superiors"]}
    assert set(found) == {"o-bn", "o-bde"}  # above the company she commanded
    # the path to the battalion is the 2005 link's: it held together with her command (2006-2009)
    battalion = found["o-bn"]
    assert (battalion["valid_from"], battalion["valid_to"]) == ("2006", "2009")
    assert [s["valid_from"] for s in battalion["path"]] == ["2006", "2005"]


def test_a_dated_chain_takes_the_link_that_stood_then(store: Store) -> None:
    answer = chain(store, "p-ana", at="2007")
    assert {e["id"] for e in answer["superiors"]} == {"o-bn", "o-bde"}
    assert chain(store, "p-ana", at="2003")["superiors"] == []  # she commanded nothing then


def test_a_unit_he_belongs_to_above_the_unit_he_commands_is_above_him(store: Store) -> None:
    # a true link more (he is a member of the brigade) never takes the brigade from above his battalion
    assert [e["id"] for e in chain(store, "p-ben")["superiors"]] == ["o-bde"]
