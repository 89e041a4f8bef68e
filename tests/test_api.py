"""The HTTP API as a client uses it: a real `acg serve` on 127.0.0.1 over the embedded store
(tests/server.py), requests over the loopback."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pyoxigraph

from ontology import tables
from tests.server import WITNESS, Server

ROOT = Path(__file__).resolve().parent.parent


def test_health_is_open_and_names_the_engine(server: Server) -> None:
    r = server.get("/health", role=None)
    assert (r.status_code, r.json()) == (200, {"status": "ok", "engine": "ladybug"})


def test_me_says_role_and_what_is_pseudonymised(server: Server) -> None:
    assert server.get("/me").json() == {
        "name": "reader-user", "role": "reader", "pseudonymised": ["restricted", "protected"],
    }  # fmt: skip


def test_search_forgives_diacritics_and_misspelling(server: Server) -> None:
    plain = server.get("/entities", q="Krstic").json()["results"]
    misspelt = server.get("/entities", q="Zvornk Brigade").json()["results"]
    assert plain[0]["name"] == "Radislav Krstić"
    assert misspelt[0]["name"] == "Zvornik Brigade"


def test_search_filters_by_type(server: Server) -> None:
    found = server.get("/entities", q="Krstić", type="Case").json()["results"]
    assert [e["type"] for e in found] == ["Case"]


def test_entity_detail_has_assertions_with_evidence(server: Server) -> None:
    detail = server.get("/entities/o-zvornik").json()
    part_of = [r for r in detail["relations"] if r["predicate"] == "part_of" and r["object"] == "o-drina"]
    assert detail["entity"]["name"] == "Zvornik Brigade"
    assert part_of[0]["valid_from"] == "1992-05"
    assert part_of[0]["evidence"][0]["document"].startswith("sha256:")


def test_chain_at_a_date_follows_the_contract(server: Server) -> None:
    answer = server.get("/chain", entity="Zvornik Brigade", at="1995-07-15").json()
    names = [s["name"] for s in answer["superiors"]]
    assert answer["subject"]["id"] == "o-zvornik"
    assert answer["at"] == "1995-07-15"
    assert "Drina Corps" in names
    assert "Radislav Krstić" in names
    assert "Milenko Živanović" not in names
    assert all(step["evidence"] for s in answer["superiors"] for step in s["path"])


def test_subordinates_complicity_path_impunity_case(server: Server) -> None:
    below = {
        s["name"] for s in server.get("/subordinates", entity="Drina Corps", at="1995-07-15").json()["subordinates"]
    }
    helpers = json.dumps(server.get("/complicity", entity="Kravica warehouse killings").json(), ensure_ascii=False)
    path = server.get("/path", a="Banca Nera", b="Kravica warehouse killings").json()
    unpunished = json.dumps(server.get("/impunity").json(), ensure_ascii=False)
    case = json.dumps(server.get("/case", entity="k-krstic").json(), ensure_ascii=False)
    assert "Zvornik Brigade" in below
    assert "Acme Arms" in helpers
    assert "Banca Nera" in helpers
    assert path["paths"]
    assert "Ivan Horvat" in unpunished
    assert "35 years" in case


def test_cypher_returns_rows_with_parameters(server: Server) -> None:
    body = {"query": "MATCH (o:Organization) WHERE o.kind = $kind RETURN o.name AS name ORDER BY name",
            "parameters": {"kind": "company"}}  # fmt: skip
    answer = server.post("/cypher", role="analyst", json=body).json()
    assert answer == {"columns": ["name"], "rows": [{"name": "Acme Arms"}, {"name": "Banca Nera"}], "truncated": False}


def test_cypher_rows_are_limited(server: Server) -> None:
    answer = server.post("/cypher", role="analyst", json={"query": "UNWIND range(1, 500) AS x RETURN x"}).json()
    assert len(answer["rows"]) == 50  # the server's --cypher-rows
    assert answer["truncated"] is True


def test_cypher_time_limit_is_504(server: Server) -> None:
    slow = "UNWIND range(1, 100000) AS x UNWIND range(1, 100000) AS y WITH x, y WHERE (x + y) % 7 = 3 RETURN count(*)"
    r = server.post("/cypher", role="analyst", json={"query": slow})
    assert r.status_code == 504
    assert "time limit" in r.json()["error"]


def test_cypher_memory_limit_is_a_clear_error(server: Server) -> None:
    """An analyst's query runs in the redacted copy's bounded memory (the server's --cypher-memory 512)."""
    greedy = "UNWIND range(1, 50000000) AS i RETURN size(collect(i)) AS n"
    r = server.post("/cypher", role="analyst", json={"query": greedy})
    assert r.status_code == 400
    assert "more memory" in r.json()["error"]
    assert server.post("/cypher", role="analyst", json={"query": "RETURN 1 AS one"}).json()["rows"] == [{"one": 1}]


def test_export_streams_rdf_that_parses(server: Server) -> None:
    r = server.get("/export", format="nt")
    triples = list(pyoxigraph.parse(io.BytesIO(r.content), pyoxigraph.RdfFormat.N_TRIPLES))
    assert r.headers["content-type"].startswith("application/n-triples")
    assert len(triples) > 200
    assert "attachment" in r.headers["content-disposition"]


def test_csv_export_is_a_zip_that_reads_back(server: Server, tmp_path: Path) -> None:
    r = server.get("/export", format="csv")
    with zipfile.ZipFile(io.BytesIO(r.content)) as archive:
        archive.extractall(tmp_path)
    entities, relations, problems = tables.read(tmp_path / "accountability-graph")
    assert r.headers["content-type"] == "application/zip"
    assert 'filename="accountability-graph.zip"' in r.headers["content-disposition"]
    assert problems == []
    assert {"Person", "Organization", "Crime"} <= {e.type for e in entities}
    assert any(r.predicate == "commands" for r in relations)
    assert WITNESS not in json.dumps([e.name for e in entities])


def test_ftm_export_streams_json_lines_with_protected_people_hidden(server: Server) -> None:
    r = server.get("/export", format="ftm")
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert r.headers["content-type"].startswith("application/x-ndjson")
    assert 'filename="accountability-graph.ftm.json"' in r.headers["content-disposition"]
    assert {"Person", "Organization", "Directorship"} <= {d["schema"] for d in lines}
    hidden = [d for d in lines if d["id"].startswith("protected-")]
    assert hidden, "the fixture's victims and witnesses are exported under pseudonyms"
    assert all(d["properties"]["name"][0].startswith("Protected ") for d in hidden)


def test_export_around_an_entity_is_smaller(server: Server) -> None:
    whole = server.get("/export", format="nt").content.count(b"\n")
    part = server.get("/export", format="nt", around="Acme Arms", depth=1).content.count(b"\n")
    assert 0 < part < whole


def test_picture_from_the_api_is_self_contained(server: Server) -> None:
    r = server.get("/viz", entity="Drina Corps", depth=1)
    assert r.headers["content-type"].startswith("text/html")
    assert "<script src" not in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]


def _picture_data(html: str) -> dict[str, Any]:
    found = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert found, "the picture holds its data"
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def test_the_picture_names_links_and_classes_in_the_language_asked(server: Server) -> None:
    english = _picture_data(server.get("/viz", entity="Zvornik Brigade", depth=1).text)
    french = _picture_data(server.get("/viz", entity="Zvornik Brigade", depth=1, language="fr").text)
    unknown = server.get("/viz", entity="Zvornik Brigade", depth=1, language="xx")
    said = {e["predicate"]: (e["label"], f["label"]) for e, f in zip(english["edges"], french["edges"], strict=True)}
    assert said["part_of"] == ("part of", "fait partie de")
    assert {i["type"]: i["label"] for i in french["legend"]}["Organization"] == "organisation"
    # Colour and shape are the ontology's.
    assert {i["type"]: (i["colour"], i["shape"]) for i in french["legend"]}["Organization"] == ("#0072B2", "square")
    # The same nodes and links, in the same order: only the words differ.
    assert [n["id"] for n in english["nodes"]] == [n["id"] for n in french["nodes"]]
    assert unknown.status_code == 422
    assert "language" in unknown.text


def test_the_vocabulary_gives_every_term_its_labels_by_language(server: Server) -> None:
    vocabulary = server.get("/vocabulary").json()
    refused = server.get("/vocabulary", role=None)
    assert vocabulary["predicates"]["commands"]["label"] == "commands"
    assert set(vocabulary["labels"]) == {"fr", "es", "de"}
    assert vocabulary["labels"]["de"]["entity_types"]["Person"] == "Person"
    assert vocabulary["labels"]["es"]["predicates"]["victim_of"] == "víctima de"
    assert refused.status_code == 401


def test_review_confirm_edit_reject_and_audit(server: Server) -> None:
    pending = server.get("/assertions", role="editor", limit=5).json()["assertions"]
    first = next(a for a in pending if a["predicate"] in {"commands", "member_of", "part_of"})
    query = "MATCH ()-[r]->() WHERE r.id = $id RETURN r.review_status AS s"
    status = {"query": query, "parameters": {"id": first["id"]}}
    seen_before = server.post("/cypher", role="analyst", json=status).json()["rows"]
    ok = server.post(f"/assertions/{first['id']}/review", role="editor", json={"action": "confirm"})
    edited = server.post(f"/assertions/{first['id']}/review", role="editor",
                         json={"action": "edit", "valid_from": "1993-02", "note": "judgment, para. 12"})  # fmt: skip
    bad = server.post(f"/assertions/{first['id']}/review", role="editor", json={"action": "edit", "valid_to": "soon"})
    confirmed = server.get("/assertions", role="editor", status="edited", limit=500).json()["assertions"]
    log = server.get("/audit", role="admin").json()
    reviews = [e for e in log["entries"] if e["action"] == "review" and e["outcome"] == "ok"
               and e["detail"].get("assertion") == first["id"]]  # fmt: skip
    intents = [e for e in log["entries"] if e["action"] == "review" and e["outcome"] == "intent"
               and e["detail"]["assertion"] == first["id"]]  # fmt: skip
    assert ok.status_code == 200
    # The analyst's raw queries run on a redacted copy of the store: remade after the change.
    assert seen_before == [{"s": "unreviewed"}]
    assert server.post("/cypher", role="analyst", json=status).json()["rows"] == [{"s": "edited"}]
    assert edited.json()["after"]["valid_from"] == "1993-02"
    assert bad.status_code == 400
    assert any(a["id"] == first["id"] and a["valid_from"] == "1993-02" for a in confirmed)
    assert [e["who"] for e in reviews] == ["editor-user", "editor-user"]
    # Three attempts, each logged before it acted: two done, one refused.
    assert len(intents) == 3
    assert reviews[1]["detail"]["before"]["valid_from"] == first["valid_from"]
    assert log["problems"] == []
    assert len(log["head"]) == 64


def test_review_keeps_every_other_link_in_place(server: Server) -> None:
    before = server.get("/entities/o-drina").json()["relations"]
    target = next(r for r in before if r["predicate"] == "commands")
    server.post(f"/assertions/{target['id']}/review", role="editor", json={"action": "confirm"})
    after = server.get("/entities/o-drina").json()["relations"]

    def ends(rels: list[dict[str, object]]) -> list[tuple[object, ...]]:
        return sorted((r["id"], r["subject"], r["predicate"], r["object"]) for r in rels)

    assert ends(after) == ends(before)


def test_editor_merges_two_entities_and_undoes_it(server: Server) -> None:
    before = server.get("/export", format="nt").text
    merged = server.post("/entities/merge", role="editor",
                         json={"entity": "p-horvat-2", "into": "p-horvat-1", "reason": "one driver"})  # fmt: skip
    gone = server.get("/entities/p-horvat-2")
    joined = {r["other"]["id"] for r in server.get("/entities/p-horvat-1").json()["relations"]}
    change = merged.json()["change"]
    undone = server.post("/entities/split", role="editor",
                         json={"entity": "p-horvat-1", "undo": change, "reason": "two drivers after all"})  # fmt: skip
    neither = server.post("/entities/split", role="editor", json={"entity": "p-horvat-1", "reason": "x"})
    log = server.get("/audit", role="admin", limit=1000).json()["entries"]
    assert merged.status_code == 200, merged.text
    assert gone.status_code == 404
    assert {"o-zvornik", "o-bratunac"} <= joined
    assert undone.status_code == 200, undone.text
    assert sorted(server.get("/export", format="nt").text.splitlines()) == sorted(before.splitlines())
    assert neither.status_code == 422  # neither undo nor document: the request schema says one of them
    done = [e for e in log if e["action"] in {"merge", "unmerge"} and e["outcome"] == "ok"]
    assert [(e["action"], e["detail"]["change"]) for e in done] == [
        ("merge", change),
        ("unmerge", undone.json()["change"]),
    ]


def test_upload_ingests_and_is_idempotent(server: Server) -> None:
    doc = ROOT / "examples" / "corpus" / "01-koblenz-raslan.md"
    given = {"url": "https://example.org/koblenz", "archived_at": "https://archive.example.org/2022/koblenz"}
    first = server.post("/documents", role="editor", files={"files": (doc.name, doc.read_bytes())}, data=given)
    first = first.json()
    again = server.post("/documents", role="editor", files={"files": (doc.name, doc.read_bytes())}).json()
    empty = server.post("/documents", role="editor", files={"files": ("empty.txt", b"")}).json()
    found = server.get("/entities", q="Anwar Raslan").json()["results"]
    assert first["documents"] == 1
    assert first["relations"] > 0
    assert again["unchanged"] == 1
    assert "empty" in empty["skipped"][0]
    assert found[0]["name"] == "Anwar Raslan"
    query = {"query": "MATCH (d:Document {url: $url}) RETURN d.archived_at AS a", "parameters": {"url": given["url"]}}
    assert server.post("/cypher", role="analyst", json=query).json()["rows"] == [{"a": given["archived_at"]}]


def test_source_passage_of_an_ingested_document(server: Server) -> None:
    doc = ROOT / "examples" / "corpus" / "02-koblenz-al-gharib.txt"
    server.post("/documents", role="editor", files={"files": (doc.name, doc.read_bytes())})
    person = server.get("/entities", q="Eyad al-Gharib").json()["results"][0]
    evidence = next(e for r in server.get(f"/entities/{person['id']}").json()["relations"] for e in r["evidence"])
    passage = server.get(f"/documents/{evidence['document']}/passage", start=evidence["start"], end=evidence["end"])
    assert passage.json()["text"] == evidence["text"]


def test_bad_input_gets_a_clear_error_never_a_500(server: Server) -> None:
    cases = [
        server.post("/cypher", role="analyst", content=b"{not json", headers={"Content-Type": "application/json"}),
        server.get("/chain", entity="Drina Corps", at="13-07-1995"),
        server.get("/chain", entity="' OR 1=1 //"),
        server.get("/entities/does-not-exist"),
        server.get("/entities", q="x", limit=100000),
        server.get("/path", a="Drina Corps", b="Acme Arms", via="no_such_predicate"),
        server.post("/cypher", role="analyst", json={"query": "MATCH (n RETURN n"}),
        server.post(
            "/cypher", role="analyst", content=b"x" * (2 * 1024 * 1024), headers={"Content-Type": "application/json"}
        ),
        server.get("/documents/sha256:zz/passage", start=0, end=1),
    ]
    statuses = [r.status_code for r in cases]
    assert statuses == [422, 400, 404, 404, 422, 400, 400, 413, 422]
    assert all(set(r.json()) == {"error"} and r.json()["error"] for r in cases)


def test_ambiguous_name_lists_candidates_without_hidden_names(server: Server) -> None:
    r = server.get("/chain", entity="Ivan Horvat")
    assert r.status_code == 409
    assert "p-horvat-1" in r.json()["error"]
    assert WITNESS not in r.text


def test_openapi_is_served_and_documents_every_route(server: Server) -> None:
    spec = server.get("/openapi.json", role=None).json()
    expected = {"/entities", "/chain", "/subordinates", "/complicity", "/path", "/impunity", "/case", "/cypher",
                "/export", "/viz", "/documents", "/assertions", "/audit", "/health"}  # fmt: skip
    assert expected <= set(spec["paths"])
    assert "HTTPBearer" in spec["components"]["securitySchemes"]
    # The questions' answers are typed (graph/answers.py): a client reads their shape from the document.
    schemas = spec["components"]["schemas"]
    for route, answer in (("/chain", "ChainAnswer"), ("/subordinates", "SubordinatesAnswer"),
                          ("/complicity", "ComplicityAnswer"), ("/path", "PathAnswer"),
                          ("/impunity", "ImpunityAnswer"), ("/case", "CaseAnswer"),
                          ("/timeline", "TimelineAnswer")):  # fmt: skip
        ok = spec["paths"][route]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": f"#/components/schemas/{answer}"}, route
    assert {"subject", "at", "superiors"} <= set(schemas["ChainAnswer"]["properties"])
    assert schemas["Reached"]["required"] == ["id", "name", "type", "distance", "path"]
