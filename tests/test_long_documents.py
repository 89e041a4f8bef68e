"""Judgment-sized documents: memory that does not grow with a document's size, the page of every cited
passage in a long PDF, and the same graph from one long text as from the same text cut in pieces."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from fpdf import FPDF

from graph.ladybug_store import LadybugStore
from graph.loader import prepare_store
from graph.rows import evidence_of
from ingest.documents import Ingest
from nlp.extraction import Extraction
from nlp.pipeline import Extractor
from tests.server import ROOT

MEGABYTE = 1 << 20
# Paragraphs of a report, each with its own people and units, as a long judgment repeats its kinds of
# findings with other names.
PARAGRAPH = (
    "In {year} Colonel {first} {last} commanded the {n}th Infantry Brigade, which was part of the {corps} Corps. "
    "Witnesses told the court that soldiers of the brigade detained residents of {town} and took them to a "
    "school used as a detention site, where they were beaten during interrogations. The defence argued that "
    "the brigade had left {town} before the detentions began, but documents seized in {year} contradict it.\n\n"
)
FIRST = ["Amir", "Boris", "Carlos", "Dragan", "Emeka", "Farid", "Goran", "Hassan", "Ivan", "Jorge"]
LAST = ["Adeyemi", "Berisha", "Castillo", "Dukic", "Eze", "Farouk", "Gashi", "Halilovic", "Ibrahim", "Jovic"]
CORPS = ["Northern", "Eastern", "Southern", "Western", "Central"]
TOWNS = ["Kamenica", "Lipovac", "Mostar", "Novi Grad", "Orahovac", "Prijedor", "Rudo", "Sokolac"]


def report(chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < chars:
        n = len(parts)
        parts.append(PARAGRAPH.format(year=1990 + n % 10, first=FIRST[n % 10], last=LAST[(n // 10) % 10],
                                      n=n + 1, corps=CORPS[n % 5], town=TOWNS[n % 8]))  # fmt: skip
        size += len(parts[-1])
    return "".join(parts)


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * 4096
    except OSError:
        return 0


def test_a_3_mb_text_is_ingested_in_bounded_memory(tmp_path: Path) -> None:
    """The ingest runs in a subprocess watched from outside: its resident memory stays under 1.5 GB (the
    engine reserves terabytes of address space, so a limit on that would prove nothing)."""
    text = report(3 * MEGABYTE)
    (tmp_path / "judgment.txt").write_text(text, encoding="utf-8")
    acg = shutil.which("acg") or str(ROOT / ".venv" / "bin" / "acg")
    command = [acg, "ingest", str(tmp_path / "judgment.txt"), "--home", str(tmp_path / "home"), "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _rss(proc.pid))
        if peak > 1536 * MEGABYTE:
            proc.kill()
        time.sleep(0.05)
    out, err = proc.communicate()
    print(f"3 MB ingest: peak RSS {peak / MEGABYTE:.0f} MB")
    assert peak <= 1536 * MEGABYTE, f"peak RSS {peak / MEGABYTE:.0f} MB"
    assert proc.returncode == 0, err[-2000:]
    assert "ingested 1 document (" in out + err


def test_a_long_text_gives_what_its_pieces_give() -> None:
    """One text of many chunks, and the same text cut into documents at paragraph ends (no relation
    crosses a cut): the same entities and relations."""
    text = report(60_000)
    cut = text.split("\n\n")
    pieces = ["\n\n".join(cut[i : i + 40]) + "\n\n" for i in range(0, len(cut), 40)]
    extractor = Extractor()
    whole = extractor.extract_text(text)
    parts = list(extractor.extract_many((p, None, None) for p in pieces))

    def relations(extractions: list[Extraction]) -> set[tuple[str, str, str]]:
        found = set()
        for x in extractions:
            names = {e.id: e.name for e in x.entities}
            found |= {(names[r.subject], r.predicate, names[r.object]) for r in x.relations}
        return found

    def entities(extractions: list[Extraction]) -> set[tuple[str, str]]:
        return {(e.type, e.name) for x in extractions for e in x.entities}

    assert len(pieces) > 3
    assert len(relations([whole])) > 40
    assert relations([whole]) == relations(parts)
    assert entities([whole]) == entities(parts)


def test_a_300_page_pdf_keeps_the_page_of_each_cited_passage(tmp_path: Path, extractor: Extractor) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for page in range(1, 301):
        pdf.add_page()
        paragraph = (
            f"Page {page}. Colonel {FIRST[page % 10]} {LAST[(page // 10) % 10]} commanded the {page}th Infantry "
            f"Brigade in {1990 + page % 10}."
        )
        pdf.multi_cell(w=0, text=paragraph)
    path = tmp_path / "judgment.pdf"
    pdf.output(str(path))
    store = LadybugStore(tmp_path / "store")
    try:
        prepare_store(store)
        summary = Ingest(store, extractor, archive=tmp_path / "extractions").run([path])
        assert summary.documents == 1, summary.skipped
        rows = store.read(
            "MATCH (:Person)-[r:COMMANDS]->(u:Organization) RETURN u.name AS unit, r.evidence AS evidence"
        )
    finally:
        store.close()
    assert len(rows) >= 250
    wrong = []
    for row in rows:
        page = int(row["unit"].split("th ")[0])
        cited = {e.get("page") for e in evidence_of(row)}
        if cited != {page}:
            wrong.append((row["unit"], cited))
    assert wrong == []
