"""Protection is about names, not records (DESIGN.md): a protected witness whose name, and surname
alone, also stand in another entity's name and attributes, a document's title, a crime's name, quotes
about others and a document's text. Tried from outside, on a real server, as a reader and as an
analyst: none of it gets out by any route, and a guessed name, surname or id answers as an unknown one.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator

import httpx
import pytest

from graph.connect import embedded_path
from graph.ladybug_store import LadybugStore
from graph.loader import load_records
from graph.protect import Protection, name_parts
from ontology.names import name_key
from ontology.records import Entity, Relation, Span
from tests.scenario import DOC
from tests.server import Server, build_home, start

WITNESS = "Rosa Ortúzar"
SURNAME = "Ortúzar"
# Someone else, not at risk, who shares the witness's surname: shown whole, never cut.
NAMESAKE = "Tomás Ortúzar Vial"
TITLE = f"Chile: testimony of {WITNESS} on the Villa Grimaldi camp"
PROTECTED_TEXT = "Testimony given in camera. The witness described the camp in detail.\n"
PUBLIC_TEXT = (
    f"In 1975 the DINA ran Villa Grimaldi. {SURNAME} told the court that Krstić was not there; "
    f"{WITNESS} was held in the tower. {NAMESAKE}, a minister, denied it.\n"
)

ENTITIES = [
    Entity("p-ortuzar", "Person", WITNESS, ["R. Ortúzar"]),
    Entity("p-namesake", "Person", NAMESAKE),
    Entity("p-lawyer", "Person", "Fabiola Letelier", attributes={"description": f"lawyer of {WITNESS}"}),
    Entity("o-foundation", "Organization", f"{WITNESS} Foundation", attributes={"kind": "ngo"}),
    Entity("c-abduction", "Crime", f"Abduction of {WITNESS}", attributes={"start_date": "1975"}),
    Entity(DOC, "Document", TITLE, attributes={"sha256": "0" * 64}),
]
RELATIONS = [
    Relation("p-ortuzar", "witness_in", "k-krstic", method="test", evidence=[Span(0, 20, f"{WITNESS} testified", DOC)]),
    Relation("p-ortuzar", "victim_of", "c-abduction", method="test"),
    Relation(
        "o-zvornik",
        "perpetrated",
        "c-abduction",
        method="test",
        evidence=[Span(0, 60, f"{SURNAME} said the Zvornik Brigade took her", DOC)],
    ),
    Relation(
        "p-namesake",
        "member_of",
        "o-vrs",
        "1990",
        method="test",
        evidence=[Span(0, 60, f"{NAMESAKE} served; {SURNAME} saw him there", DOC)],
    ),
    Relation("p-lawyer", "member_of", "o-foundation", method="test"),
]
UNKNOWN = "Zyxwv Qutrop"


@pytest.fixture(scope="module")
def names_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    home = tmp_path_factory.mktemp("names-home")
    keys = build_home(home)
    store = LadybugStore(embedded_path(home))
    try:
        report = load_records(store, ENTITIES, RELATIONS)
        assert not report.rejected, report.rejected
    finally:
        store.close()
    proc, server = start(home, keys, "--cypher-timeout", "5")
    try:
        # Two documents through the API: one public that names the witness, one protected.
        files = {"files": ("public.txt", PUBLIC_TEXT.encode(), "text/plain")}
        assert server.post("/documents", role="editor", files=files).status_code == 200
        files = {"files": ("camera.txt", PROTECTED_TEXT.encode(), "text/plain")}
        r = server.post("/documents", role="editor", files=files, data={"sensitivity": "protected"})
        assert r.status_code == 200, r.text
        yield server
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        server.client.close()


def _sha(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()


def _variants(name: str) -> list[str]:
    return [name, name.upper(), name.casefold(), name_key(name), json.dumps(name)[1:-1]]


HIDDEN = [WITNESS, SURNAME, "Rosa", "R. Ortúzar", "p-ortuzar", "camp in detail"]


def _probes(server: Server, role: str) -> dict[str, httpx.Response]:
    """Every route a caller of `role` has that could show a name: at least 50 probes."""
    public, protected = _sha(PUBLIC_TEXT), _sha(PROTECTED_TEXT)
    at = PUBLIC_TEXT.index(SURNAME)
    asks: dict[str, httpx.Response] = {}
    for q in (WITNESS, SURNAME, "Rosa", "Foundation", "Abduction", "Villa Grimaldi", "Letelier", "testimony",
              "Ortuzar", "ORTÚZAR", "R. Ortúzar", "Tomás"):  # fmt: skip
        asks[f"search {q}"] = server.get("/entities", role=role, q=q)
    for entity in ("p-lawyer", "o-foundation", "c-abduction", DOC, "k-krstic", "p-namesake", "o-zvornik", "p-krstic",
                   "m-icty", "c-kravica", "o-vrs"):  # fmt: skip
        asks[f"entity {entity}"] = server.get(f"/entities/{entity}", role=role)
    routes: list[tuple[str, str, dict[str, object]]] = [
        ("chain lawyer", "/chain", {"entity": "p-lawyer"}),
        ("chain namesake", "/chain", {"entity": "p-namesake"}),
        ("subordinates foundation", "/subordinates", {"entity": "o-foundation"}),
        ("subordinates vrs", "/subordinates", {"entity": "o-vrs"}),
        ("complicity abduction", "/complicity", {"entity": "c-abduction"}),
        ("complicity zvornik", "/complicity", {"entity": "o-zvornik"}),
        ("case", "/case", {"entity": "k-krstic"}),
        ("path", "/path", {"a": "p-lawyer", "b": "c-abduction"}),
        ("path 2", "/path", {"a": "o-zvornik", "b": "k-krstic"}),
        ("impunity", "/impunity", {}),
        ("timeline case", "/timeline", {"entity": "k-krstic"}),
        ("timeline zvornik", "/timeline", {"entity": "o-zvornik"}),
        ("cases of krstic", "/cases", {"entity": "p-krstic"}),
        ("viz abduction", "/viz", {"entity": "c-abduction", "depth": 2}),
        ("viz foundation", "/viz", {"entity": "o-foundation", "depth": 2}),
        ("viz case", "/viz", {"entity": "k-krstic", "depth": 2}),
        ("export around", "/export", {"format": "nt", "around": "c-abduction", "depth": 2}),
    ]
    for name, path, params in routes:
        asks[name] = server.get(path, role=role, **params)
    for fmt in ("ttl", "nt", "nq", "jsonld", "graphml", "gexf", "csv"):
        asks[f"export {fmt}"] = server.get("/export", role=role, format=fmt)
    for a, b in [(at, at + len(SURNAME)), (at + 3, at + 20), (at - 10, at + 2), (0, 10), (0, len(PUBLIC_TEXT))]:
        asks[f"passage {a}-{b}"] = server.get(
            f"/documents/sha256:{public}/passage", role=role, start=a, end=b, context_chars=15
        )
    asks["passage protected"] = server.get(f"/documents/sha256:{protected}/passage", role=role, start=0, end=20)
    if role != "reader":
        for q in (
            "MATCH (n) RETURN n.name AS name, n.aliases AS aliases",
            "MATCH (n:Person) RETURN n.description AS d, n.keys AS k",
            "MATCH (d:Document) RETURN d.name AS title, d.title AS t",
            "MATCH (c:Crime) RETURN substring(c.name, 13, 30) AS part",
            "MATCH ()-[r]->() RETURN r.evidence AS e",
            "MATCH (o:Organization) WHERE o.name CONTAINS 'Ort' RETURN count(o) AS n",
        ):
            asks[f"cypher {q}"] = server.post("/cypher", role=role, json={"query": q, "limit": 1000})
    return asks


def _text(r: httpx.Response) -> str:
    """What a response says, but the caller's own words echoed back to it (a search's query)."""
    if r.url.path == "/entities":
        return json.dumps(r.json()["results"], ensure_ascii=False)
    if r.headers.get("content-type", "").startswith("application/zip"):
        with zipfile.ZipFile(io.BytesIO(r.content)) as archive:
            return "".join(archive.read(n).decode() for n in archive.namelist())
    return r.text


@pytest.mark.parametrize("role", ["reader", "analyst"])
def test_no_route_shows_a_protected_name_anywhere_it_stands(names_server: Server, role: str) -> None:
    probes = _probes(names_server, role)
    assert len(probes) >= 50
    failed = {k: r.status_code for k, r in probes.items() if r.status_code != 200 and k != "passage protected"}
    assert failed == {}
    # The namesake is shown whole: his name is his own, and tells nothing of the witness.
    said = {what: _text(r).replace(NAMESAKE, "").replace(name_key(NAMESAKE), "") for what, r in probes.items()}
    leaks = [(what, v) for what, text in said.items() for n in HIDDEN for v in _variants(n) if v in text]
    assert leaks == []
    # What is not hidden stays: the namesake whole, the rest of the passage, the other names.
    assert NAMESAKE in probes["entity p-namesake"].text
    assert "Zvornik Brigade" in probes["complicity abduction"].text
    assert "Protected person" in probes["passage 0-" + str(len(PUBLIC_TEXT))].json()["text"]
    assert "told the court" in probes["passage 0-" + str(len(PUBLIC_TEXT))].json()["text"]


def test_the_admin_reads_everything(names_server: Server) -> None:
    public, protected = _sha(PUBLIC_TEXT), _sha(PROTECTED_TEXT)
    passage = names_server.get(f"/documents/sha256:{public}/passage", role="admin", start=0, end=len(PUBLIC_TEXT))
    assert passage.json()["text"] == PUBLIC_TEXT
    hidden_doc = names_server.get(f"/documents/sha256:{protected}/passage", role="admin", start=0, end=20)
    assert hidden_doc.json()["text"] == PROTECTED_TEXT[:20]
    assert WITNESS in names_server.get("/entities/c-abduction", role="admin").text


def _as_unknown(r: httpx.Response, guess: str) -> tuple[int, str]:
    return r.status_code, r.text.replace(repr(guess), "<guess>").replace(guess, "<guess>")


@pytest.mark.parametrize("guess", [WITNESS, "p-ortuzar", "R. Ortúzar", WITNESS.upper()])
def test_a_guessed_name_or_id_answers_as_an_unknown_one(names_server: Server, guess: str) -> None:
    server = names_server
    routes = ["/chain", "/subordinates", "/complicity", "/case", "/cases", "/timeline", "/viz"]
    for path in routes:
        for role in ("reader", "analyst"):
            asked = _as_unknown(server.get(path, role=role, entity=guess), guess)
            unknown = _as_unknown(server.get(path, role=role, entity=UNKNOWN), UNKNOWN)
            assert asked == unknown, (path, role)
    # Search finds what it would find if she were not there: visible names spelt like the guess (the
    # namesake), never a pseudonym, nor an entity found through her name.
    for role in ("reader", "analyst"):
        results = server.get("/entities", role=role, q=guess).json()["results"]
        assert [r for r in results if "Protected" in r["name"] or r["id"].startswith("protected-")] == []
        assert {r["id"] for r in results} <= {"p-namesake"}
    assert server.get(f"/entities/{guess}").status_code == 404
    # The echo of a guess is never turned into a pseudonym, in search or in raw Cypher.
    echoed = server.get("/entities", q=guess).json()["query"]
    assert echoed == guess
    row = server.post("/cypher", role="analyst", json={"query": "RETURN $g AS g", "parameters": {"g": guess}})
    assert row.json()["rows"] == [{"g": guess}]
    literal = server.post("/cypher", role="analyst", json={"query": f"RETURN '{WITNESS}' AS g"})
    assert literal.json()["rows"] == [{"g": WITNESS}]


def test_a_protected_document_is_not_there_for_those_who_may_not_read_it(names_server: Server) -> None:
    protected = _sha(PROTECTED_TEXT)
    unknown = "f" * 64
    for role in ("reader", "analyst", "editor"):
        asked = names_server.get(f"/documents/sha256:{protected}/passage", role=role, start=0, end=5)
        never = names_server.get(f"/documents/sha256:{unknown}/passage", role=role, start=0, end=5)
        assert (asked.status_code, asked.text.replace(protected, "x")) == (
            never.status_code, never.text.replace(unknown, "x"))  # fmt: skip
        assert asked.status_code == 404


def test_name_parts_and_namesakes() -> None:
    guard = Protection([{"id": "p-1", "name": "María Ríos", "type": "Person", "aliases": []}], b"k" * 32,
                       visible=["Efraín Ríos Montt"])  # fmt: skip
    shown = guard.redact("Efraín Ríos Montt met Ríos; MARÍA RÍOS and Rios too; the ríos of Chile; Maríana")
    assert "Efraín Ríos Montt" in shown
    assert "met Ríos" not in shown
    assert "MARÍA RÍOS" not in shown
    assert "Rios too" not in shown
    assert "ríos of Chile" in shown  # not written as a name
    assert "Maríana" in shown  # never inside a longer word
    assert name_parts("Ahmad al-Faqi al-Mahdi") == ["Ahmad", "Faqi", "Mahdi"]


def test_a_name_across_the_edges_of_a_passage_is_hidden_whole() -> None:
    guard = Protection([{"id": "p-1", "name": "Rosa Ortúzar", "type": "Person", "aliases": []}], b"k" * 32)
    text = "Then Rosa Ortúzar spoke, and Ortúzar wept."
    at = text.index("Ortúzar")
    for cuts in ([0, at + 2, at + 4, len(text)], [at - 3, at, at + 7, len(text)], [at + 3, at + 5, at + 6, at + 9]):
        pieces = guard.redact_cut(text, cuts)
        joined = "".join(pieces)
        assert not any(w in joined for w in ("Rosa", "Ortúzar", "Ortú", "zar", "túz")), (cuts, pieces)
    assert guard.redact_cut(text, [0, 4, 10, len(text)])[0] == "Then"


# A victim the extractor reads in an uploaded text is protected from the moment the text is loaded: nobody
# has to mark them by hand (issue 22, "Victims and witnesses").
EXTRACTED_VICTIM = "Manuel Quispe"
VICTIM_TEXT = (
    f"{EXTRACTED_VICTIM} was abducted by members of the 5th Infantry Battalion in September 1983. "
    "The 5th Infantry Battalion was commanded by Colonel Jorge Salas Peña.\n"
)


def test_a_victim_read_from_an_uploaded_text_is_hidden(names_server: Server) -> None:
    files = {"files": ("quispe.txt", VICTIM_TEXT.encode(), "text/plain")}
    assert names_server.post("/documents", role="editor", files=files).status_code == 200
    admin = names_server.get("/entities", role="admin", q=EXTRACTED_VICTIM).json()["results"]
    assert {e["name"] for e in admin} == {EXTRACTED_VICTIM, f"abduction of {EXTRACTED_VICTIM}"}
    for role in ("reader", "analyst"):
        assert names_server.get("/entities", role=role, q=EXTRACTED_VICTIM).json()["results"] == []
        assert names_server.get("/entities", role=role, q="Quispe").json()["results"] == []
        passage = names_server.get(f"/documents/sha256:{_sha(VICTIM_TEXT)}/passage", role=role, start=0,
                                   end=len(VICTIM_TEXT)).json()["text"]  # fmt: skip
        assert "Quispe" not in passage
        assert "5th Infantry Battalion" in passage
    # the perpetrating unit and its commander stay in view
    seen = names_server.get("/entities", role="reader", q="Jorge Salas").json()["results"]
    assert [e["name"] for e in seen] == ["Jorge Salas Peña"]
