"""Committed files derived from the ontology must match what it generates now."""

from __future__ import annotations

import json

import pytest

from api.derived import all_artifacts, repository_root
from ontology import load
from tests.conftest import ROOT

ARTIFACTS = all_artifacts(load())


def test_the_checkout_is_the_root() -> None:
    assert repository_root() == ROOT


@pytest.mark.parametrize("path", sorted(ARTIFACTS))
def test_committed_file_matches_the_ontology(path: str) -> None:
    committed = ROOT / path
    assert committed.exists(), f"{path} is missing: run `make derive`"
    assert committed.read_text(encoding="utf-8") == ARTIFACTS[path], f"{path} is stale: run `make derive`"


def test_a_stale_file_is_detected(acg, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for path, text in ARTIFACTS.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    assert acg("ontology", "derive", "--check", "--root", str(tmp_path)).returncode == 0
    shapes = tmp_path / "ontology/derived/shapes.ttl"
    shapes.write_text(shapes.read_text() + "# edited by hand\n")
    result = acg("ontology", "derive", "--check", "--root", str(tmp_path))
    assert result.returncode == 1
    assert "stale: ontology/derived/shapes.ttl" in result.stdout
    assert acg("ontology", "derive", "--root", str(tmp_path)).returncode == 0
    assert shapes.read_text() == ARTIFACTS["ontology/derived/shapes.ttl"]


def test_vocabulary_lists_every_type_and_predicate() -> None:
    vocab = json.loads(ARTIFACTS["ontology/derived/vocabulary.json"])
    onto = load()
    assert set(vocab["entity_types"]) == set(onto.entity_types)
    assert set(vocab["predicates"]) == set(onto.predicates)
    assert vocab["schemes"]["mechanismKind"]["hybrid_tribunal"] == "hybrid tribunal"


def test_styles_give_every_class_a_distinct_colour() -> None:
    nodes = json.loads(ARTIFACTS["ontology/derived/styles.json"])["nodes"]
    assert set(nodes) == set(load().entity_types)
    colours = [n["color"] for n in nodes.values()]
    assert len(set(colours)) == len(colours)


def test_readme_documents_every_relation_with_an_example() -> None:
    readme = ARTIFACTS["ontology/README.md"]
    for p in load().predicates.values():
        assert f"| `{p.name}` | `{p.cypher}` |" in readme
        assert f"### `{p.name}`" in readme
        assert p.example in readme
