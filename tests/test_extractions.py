"""Extraction elsewhere, loading here: `acg extract` (one process, or a real Dask cluster of two worker
processes) writes JSON lines, `acg ingest --from-extractions` loads them into the real embedded store."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ingest.cluster import partitions
from tests.conftest import ROOT

CORPUS = ROOT / "examples" / "corpus"
Acg = Callable[..., subprocess.CompletedProcess[str]]


def _lines(text: str) -> list[dict[str, Any]]:
    return sorted((json.loads(line) for line in text.splitlines() if line.strip()), key=lambda d: d["document"]["id"])


def _export(acg: Acg, home: Path) -> list[str]:
    """What a store holds, protected names included: a pseudonym is keyed by its store's installation, so two
    stores of the same documents show a victim under two pseudonyms (graph/protect.py)."""
    result = acg("export", "--format", "nt", "--include-protected", "--home", str(home))
    assert result.returncode == 0, result.stderr
    return sorted(result.stdout.splitlines())


@pytest.fixture(scope="module")
def extractions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("extractions") / "corpus.jsonl"
    result = subprocess.run([str(ROOT / ".venv" / "bin" / "acg"), "extract", str(CORPUS), "--format", "json",
                             "-o", str(out)], capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


def test_an_extraction_line_carries_the_document_s_provenance(extractions: Path) -> None:
    first = _lines(extractions.read_text(encoding="utf-8"))
    raslan = next(d["document"] for d in first if d["document"]["path"].endswith("01-koblenz-raslan.md"))
    sidecar = json.loads((CORPUS / "01-koblenz-raslan.md.meta.json").read_text(encoding="utf-8"))
    assert len(first) == 14
    assert raslan["id"] == f"sha256:{raslan['sha256']}"
    assert (raslan["media_type"], raslan["language"], raslan["pages"]) == ("text/markdown", "en", [])
    assert {k: raslan[k] for k in sidecar} == sidecar


def test_loading_extractions_stores_what_a_plain_ingest_stores(acg: Acg, tmp_path: Path, extractions: Path) -> None:
    plain, loaded, piped = tmp_path / "plain", tmp_path / "loaded", tmp_path / "piped"
    assert acg("ingest", str(CORPUS), "--home", str(plain), "--quiet").returncode == 0
    with_documents = acg("ingest", "--from-extractions", str(extractions), "--documents", str(CORPUS),
                         "--home", str(loaded), "--format", "json", "--quiet")  # fmt: skip
    from_stdin = acg("ingest", "--from-extractions", "-", "--home", str(piped), "--format", "json", "--quiet",
                     input=extractions.read_text(encoding="utf-8"))  # fmt: skip
    assert with_documents.returncode == 0, with_documents.stderr
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert json.loads(with_documents.stdout)["documents"] == 14
    assert _export(acg, loaded) == _export(acg, plain)
    assert _export(acg, piped) == _export(acg, plain)

    # With the documents at hand, the archive points at them (the server's passages read them there).
    def archive(home: Path) -> dict[str, Any]:
        return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (home / "extractions").glob("*.json")}

    assert archive(loaded) == archive(plain)
    again = acg("ingest", "--from-extractions", str(extractions), "--home", str(loaded), "--format", "json", "--quiet")
    assert json.loads(again.stdout)["unchanged"] == 14


def test_bad_lines_are_reported_by_file_and_line_and_the_rest_loads(acg: Acg, tmp_path: Path,
                                                                    extractions: Path) -> None:  # fmt: skip
    good = extractions.read_text(encoding="utf-8").splitlines()
    broken = [json.loads(line) for line in good[1:5]]
    broken[0]["entities"][0]["type"] = "Villain"
    broken[1]["relations"][0]["object"] = "e999"
    broken[2]["document"]["id"] = "sha256:nothex"
    broken[3]["document"]["published"] = "last spring"
    changed = tmp_path / "docs"
    shutil.copytree(CORPUS, changed)
    first = Path(json.loads(good[5])["document"]["path"]).name
    (changed / first).write_text((changed / first).read_text(encoding="utf-8") + "\nA line added since.",
                                 encoding="utf-8")  # fmt: skip
    # The changed copy is a new document: not found by its old SHA-256, the line loads without it.
    lines = [good[0], "{not json", *[json.dumps(b) for b in broken], *good[5:]]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"document": "\xff"}\n')
    result = acg("ingest", "--from-extractions", str(path), "--documents", str(changed), "--home",
                 str(tmp_path / "home"), "--format", "json", "--quiet")  # fmt: skip
    summary = json.loads(result.stdout)
    assert result.returncode == 1
    assert summary["documents"] == 10
    skipped = [line.split(": ", 2)[:2] for line in summary["skipped"]]
    assert skipped == [[f"{path}:2", "Expecting property name enclosed in double quotes"],
                       [f"{path}:3", "entities[0]"], [f"{path}:4", "relations[0].object"],
                       [f"{path}:5", "document.id"], [f"{path}:6", "document published"],
                       [f"{path}:{len(lines) + 1}", "'utf-8' codec can't decode byte 0xff in position 14"]]  # fmt: skip
    assert "'Villain' is not one of" in summary["skipped"][1]


def test_the_options_say_what_goes_with_what(acg: Acg, tmp_path: Path, extractions: Path) -> None:
    home = str(tmp_path / "home")
    nothing = acg("ingest", "--home", home)
    both = acg("ingest", str(CORPUS), "--from-extractions", str(extractions), "--home", home)
    titled = acg("ingest", "--from-extractions", str(extractions), "--title", "A title", "--home", home)
    documents_alone = acg("ingest", str(CORPUS), "--documents", str(CORPUS), "--home", home)
    assert "give documents (PATHS) or --from-extractions FILE" in nothing.stderr
    assert "--from-extractions: the documents come from the extractions; give no PATHS" in both.stderr
    assert "--title: not with --from-extractions" in titled.stderr
    assert "--documents: only with --from-extractions" in documents_alone.stderr
    assert {r.returncode for r in (nothing, both, titled, documents_alone)} == {1}


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:  # type: ignore[no-untyped-call]
        yield local.scheduler_address


def test_a_dask_cluster_of_two_workers_extracts_what_one_process_does(acg: Acg, tmp_path: Path, cluster: str,
                                                                       extractions: Path) -> None:  # fmt: skip
    out = tmp_path / "parts"
    parts = partitions([CORPUS], 4, [])
    # A partition whose file cannot be written fails; the others are done, and a second run does only it.
    blocked = out / (parts[1].name + ".part")
    blocked.mkdir(parents=True)
    first = acg("extract", str(CORPUS), "--cluster", cluster, "--out", str(out), "--partition-size", "4")
    assert first.returncode == 1
    assert f"failed: {parts[1].name}: IsADirectoryError" in first.stderr
    assert "4 partitions in" in first.stdout
    assert "3 done now (10 documents), 1 failed" in first.stdout
    done = {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    assert sorted(done) == sorted(p.name for p in parts if p.index != 1)
    blocked.rmdir()
    second = acg("extract", str(CORPUS), "--cluster", cluster, "--out", str(out), "--partition-size", "4")
    assert second.returncode == 0, second.stderr
    assert "3 done before, 1 done now (4 documents), 0 failed" in second.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl") if p.name in done} == done
    together = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("*.jsonl")))
    assert _lines(together) == _lines(extractions.read_text(encoding="utf-8"))
    loaded = acg("ingest", "--from-extractions", str(out), "--home", str(tmp_path / "home"), "--format", "json",
                 "--quiet")  # fmt: skip
    assert json.loads(loaded.stdout)["documents"] == 14
