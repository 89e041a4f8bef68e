"""Language detection: no text is read by a pipeline made for another language (the real detector, the real
spaCy pipeline, the real CLI and server)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.extractions import extract_file
from nlp.language import detect, read
from nlp.pipeline import Extractor
from ontology.errors import InvalidInput
from tests.conftest import ROOT
from tests.server import Server

HERE = ROOT / "tests" / "language"
# Documents in languages without a pipeline (French, Spanish and German have one: nlp/french, nlp/spanish,
# nlp/german).
FOREIGN = sorted(p for p in HERE.glob("*.txt") if not p.name.startswith(("en_", "fr_", "es_", "de_")))
FRENCH = HERE / "fr_habre.txt"
SPANISH = HERE / "es_rios_montt.txt"
GERMAN = HERE / "de_koblenz.txt"
ITALIAN = HERE / "it_condor.txt"
MIXED = HERE / "en_with_french_quote.txt"
ENGLISH = sorted((ROOT / "tests" / "nlp_dev").glob("*.txt")) + sorted(
    p for p in (ROOT.parent / "shared" / "data" / "sfm-nlp-dev").glob("*.txt") if not p.name.endswith("_meta.txt")
)
Acg = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.parametrize("code", ["fr", "es", "de"])
def test_every_foreign_development_document_reads_as_its_language_whole(code: str) -> None:
    documents = sorted((ROOT / "tests" / f"nlp_dev_{code}").glob("*.txt"))
    assert len(documents) >= 8
    misread = {p.name: str(r.language) for p in documents if (r := read(p.read_text(encoding="utf-8"))).foreign
               or r.language.language != code}  # fmt: skip
    assert misread == {}


def test_every_english_development_document_reads_as_english_whole() -> None:
    assert len(ENGLISH) >= 90
    misread = {p.name: str(r.language) for p in ENGLISH if (r := read(p.read_text(encoding="utf-8"))).foreign
               or r.language.language != "en"}  # fmt: skip
    assert misread == {}


@pytest.mark.parametrize("path", FOREIGN, ids=lambda p: p.stem)
def test_a_document_in_a_language_without_a_pipeline_is_refused(path: Path, extractor: Extractor) -> None:
    code = path.name.split("_")[0]
    result = extract_file(extractor, path)
    assert detect(path.read_text(encoding="utf-8")).language == code
    assert result.document["language"] == code
    assert result.refused is not None
    assert "no pipeline" in result.refused
    assert f"({code}," in result.refused
    assert (result.entities, result.relations) == ([], [])


def test_a_text_is_read_as_english_unless_another_language_is_confident(extractor: Extractor) -> None:
    names = extractor.extract_text("General Milenko Živanović left. Maj.-Gen. John Nwoga arrived.")
    sure = extractor.extract_text("Gli imputati sono stati condannati dalla Corte d'assise di Roma per omicidio.")
    assert names.refused is None
    assert names.document["language"] == "en"
    assert names.notes == ["could not tell its language for sure (it may be Croatian (hr, probability 0.27)); "
                           "read as English"]  # fmt: skip
    assert sure.refused is not None
    assert sure.refused.startswith("written in Italian (it, probability")


def test_a_spanish_document_is_read_by_the_spanish_recogniser(extractor: Extractor) -> None:
    """Detected as Spanish, read by nlp/spanish: names typed by their first word (no court as a person, no
    date as an organisation); the verdicts its words say, and no relation guessed from the order of names."""
    result = extract_file(extractor, SPANISH)
    assert result.refused is None
    assert result.document["language"] == "es"
    found = {(e.type, e.name) for e in result.entities}
    assert {("Person", "Efraín Ríos Montt"), ("Person", "José Mauricio Rodríguez Sánchez"),
            ("Mechanism", "Tribunal Primero de Sentencia Penal de Mayor Riesgo A de Guatemala"),
            ("Mechanism", "Corte de Constitucionalidad"), ("CrimeType", "genocidio")} <= found  # fmt: skip
    assert not [n for t, n in found if t == "Person" and n.split()[0] in {"Corte", "Tribunal", "Durante", "El"}]
    assert not [n for t, n in found if t == "Organization" and any(ch.isdigit() for ch in n)]
    names = {e.id: e.name for e in result.entities}
    court = "Tribunal Primero de Sentencia Penal de Mayor Riesgo A de Guatemala"
    assert {(names[r.subject], r.predicate, names[r.object]) for r in result.relations} == {
        ("Efraín Ríos Montt", "convicted_by", court),
        ("José Mauricio Rodríguez Sánchez", "acquitted_by", court),  # "el mismo tribunal"
    }  # the annulment by the Corte de Constitucionalidad convicts and acquits no one
    assert all(r.method.startswith("acg-nlp/words:") for r in result.relations)


def test_a_german_document_is_read_by_the_german_recogniser(extractor: Extractor) -> None:
    """Detected as German, read by nlp/german: the court in the nominative, the accused by the shape of their
    names, the crime types by the ontology's German labels; no relation guessed without a parser."""
    result = extract_file(extractor, GERMAN)
    assert result.refused is None
    assert result.document["language"] == "de"
    found = {(e.type, e.name) for e in result.entities}
    assert ("Mechanism", "Oberlandesgericht Koblenz") in found
    assert {n for t, n in found if t == "Person"} >= {"Anwar R."}
    assert {n for t, n in found if t == "CrimeType"}
    assert not [n for t, n in found if t == "Person" and n.split()[0] in {"Oberlandesgericht", "Gericht", "Folter"}]
    assert [r for r in result.relations if r.method.startswith("acg-nlp/dependency")] == []


def test_a_french_document_is_read_by_the_french_pipeline(extractor: Extractor) -> None:
    """Detected as French, read whole by nlp/french: its names with their types, not English's misreadings
    ("N'Djamena" as a person, a clause as an organisation)."""
    result = extract_file(extractor, FRENCH)
    assert result.refused is None
    assert result.document["language"] == "fr"
    assert result.problems == []
    found = {(e.type, e.name) for e in result.entities}
    assert {("Person", "Hissène Habré"), ("Location", "N'Djamena"), ("Location", "Tchad"),
            ("Organization", "Direction de la documentation et de la sécurité"),
            ("Mechanism", "Chambres africaines extraordinaires")} <= found  # fmt: skip
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    assert ("Hissène Habré", "convicted_by", "Chambres africaines extraordinaires") in said
    assert not [r for r in said if r[1] == "part_of"]  # the DDS under the presidency, not under its own description
    forced = extract_file(extractor, FRENCH, language="fr")
    assert {(e.type, e.name) for e in forced.entities} == found


def test_a_paragraph_in_another_language_is_left_unread_and_said(extractor: Extractor) -> None:
    text = MIXED.read_text(encoding="utf-8")
    start = text.index("Les agents")
    end = text.index("\n", start)
    result = extractor.extract_text(text)
    assert result.refused is None
    assert result.document["language"] == "en"
    assert result.problems[0] == f"characters {start}-{end} are in French (fr, probability 1.00): not read"
    mentions = [(m.start, m.end) for e in result.entities for m in e.mentions]
    assert mentions
    assert not [m for m in mentions if m[0] is not None and start <= m[0] < end]
    # What was read around the paragraph is cited where it stands in the whole text.
    assert all(text[m.start : m.end] == m.text for e in result.entities for m in e.mentions if m.start is not None)
    names = {e.name for e in result.entities}
    assert {"Hissène Habré", "Extraordinary African Chambers"} <= names
    assert "Piscine" not in " ".join(names)


def test_a_language_given_is_read_as_given_and_one_without_a_pipeline_is_an_error(extractor: Extractor) -> None:
    forced = extract_file(extractor, ITALIAN, language="en")
    assert forced.refused is None
    assert forced.document["language"] == "en"
    with pytest.raises(InvalidInput, match=r"^language: there is no pipeline for Italian \(it\); there is one for en"):
        extract_file(extractor, ITALIAN, language="it")


def test_cli_extract_refuses_the_foreign_file_and_reads_the_rest(acg: Acg, tmp_path: Path) -> None:
    for p in (ITALIAN, SPANISH, FRENCH, ROOT / "examples" / "corpus" / "02-koblenz-al-gharib.txt"):
        (tmp_path / p.name).write_bytes(p.read_bytes())
    result = acg("extract", str(tmp_path), "--format", "json")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {tmp_path / ITALIAN.name}: written in Italian (it, probability 1.00), and there is no pipeline "
        "for Italian; not read; --language en reads it as English anyway"
    ]
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted((d["document"]["path"], d["document"]["language"]) for d in lines) == [
        (str(tmp_path / "02-koblenz-al-gharib.txt"), "en"), (str(tmp_path / SPANISH.name), "es"),
        (str(tmp_path / FRENCH.name), "fr"),
    ]  # fmt: skip
    bad = acg("extract", str(tmp_path / ITALIAN.name), "--language", "it")
    assert bad.returncode != 0
    assert "language: there is no pipeline for Italian (it)" in bad.stderr


def test_cli_ingest_skips_the_foreign_file_stores_the_language_and_reads_it_when_told(acg: Acg, tmp_path: Path) -> None:
    docs, home = tmp_path / "docs", tmp_path / "home"
    docs.mkdir()
    for p in (ITALIAN, MIXED):
        (docs / p.name).write_bytes(p.read_bytes())
    first = acg("ingest", str(docs), "--home", str(home), "--format", "json", "--quiet")
    summary = json.loads(first.stdout)
    assert first.returncode == 1
    assert summary["documents"] == 1
    assert f"{docs / ITALIAN.name}: written in Italian (it, probability 1.00)" in first.stderr
    assert "give the language en to read it as English anyway" in first.stderr
    assert f"{docs / MIXED.name}: left out: characters" in first.stderr
    forced = acg("ingest", str(docs / ITALIAN.name), "--home", str(home), "--language", "en", "--quiet")
    assert forced.returncode == 0, forced.stderr
    query = "MATCH (d:Document) RETURN d.name AS name, d.language AS language ORDER BY name"
    stored = acg("query", query, "--home", str(home), "--format", "json")
    assert json.loads(stored.stdout) == [
        {"name": MIXED.name, "language": "en"},
        {"name": ITALIAN.name, "language": "en"},
    ]


def test_upload_refuses_a_language_without_a_pipeline(server: Server) -> None:
    it = ITALIAN
    given = server.post("/documents", role="editor", files={"files": (it.name, it.read_bytes())},
                        data={"language": "it"})  # fmt: skip
    detected = server.post("/documents", role="editor", files={"files": (it.name, it.read_bytes())}).json()
    assert given.status_code == 400
    assert "language: there is no pipeline for Italian" in given.text
    assert detected["documents"] == 0
    assert "written in Italian (it, probability 1.00)" in detected["skipped"][0]


def test_a_town_after_a_german_preposition_of_place_is_a_place_whatever_its_ending(extractor: Extractor) -> None:
    """ "in Aachen", "nach Münster": a town (GeoNames, nlp/places.py) is a place even where its ending is a
    German noun's, which the recogniser otherwise leaves alone."""
    result = extractor.extract_text(
        "Der Angeklagte wurde im Jahr 2019 in Aachen festgenommen und später nach Münster gebracht.", language="de"
    )
    found = {(e.type, e.name) for e in result.entities}
    assert {("Location", "Aachen"), ("Location", "Münster")} <= found
