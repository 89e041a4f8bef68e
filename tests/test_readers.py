"""Document readers: real files of each format, made by real producers (fpdf2, python-docx)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from ingest import readers
from ingest.documents import document_entity
from ontology.errors import InvalidInput

HTML = """<!DOCTYPE html><html><head><title>Branch 251 report</title><script>var x = 1;</script></head>
<body><nav><a href="/">Home</a> Donate</nav><header>Site banner</header>
<main><h1>Findings</h1><p>Anwar Raslan headed the investigations section of Branch 251.</p>
<p>Detainees were tortured &amp; killed.</p></main><aside>Related: other news</aside>
<footer>Privacy policy</footer></body></html>"""


def test_plain_text_keeps_the_bytes_as_the_identity(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Anwar Raslan headed Branch 251.\n", encoding="utf-8")
    source = readers.read(path)
    assert source.text == "Anwar Raslan headed Branch 251.\n"
    assert source.id == "sha256:" + __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert source.media_type == "text/plain"
    assert source.page_of(10) == 1


def test_html_keeps_the_main_text_only(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text(HTML, encoding="utf-8")
    source = readers.read(path)
    assert "Anwar Raslan headed the investigations section of Branch 251." in source.text
    assert "tortured & killed" in source.text
    for noise in ("Home", "Donate", "banner", "Related", "Privacy", "var x"):
        assert noise not in source.text
    assert source.metadata["title"] == "Branch 251 report"


def test_html_without_main_keeps_the_body_less_navigation(tmp_path: Path) -> None:
    path = tmp_path / "r.htm"
    path.write_text("<html><body><nav>Menu</nav><p>Text of the report.</p></body></html>", encoding="utf-8")
    assert readers.read(path).text == "Text of the report.\n"


def test_pdf_pages_are_kept_for_citation(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for line in ("Page one names Branch 251.", "Page two names Anwar Raslan."):
        pdf.add_page()
        pdf.cell(text=line)
    path = tmp_path / "judgment.pdf"
    pdf.output(str(path))
    source = readers.read(path)
    assert source.media_type == "application/pdf"
    first, second = source.text.index("Branch 251"), source.text.index("Anwar Raslan")
    assert (source.page_of(first), source.page_of(second)) == (1, 2)


def test_docx_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hissène Habré was President of Chad.")
    document.add_paragraph("The DDS was his political police.")
    path = tmp_path / "habre.docx"
    document.save(str(path))
    assert readers.read(path).text == "Hissène Habré was President of Chad.\nThe DDS was his political police.\n"


def test_sidecar_metadata_and_options_win(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "a.md.meta.json").write_text(
        json.dumps({"title": "From the sidecar", "published": "2022-01", "sources": ["https://example.org/a"],
                    "archived_at": "https://archive.example.org/2022/a"}),
        encoding="utf-8",
    )  # fmt: skip
    source = readers.read(path, {"title": "From the command line"})
    assert source.metadata == {"title": "From the command line", "published": "2022-01",
                               "sources": ["https://example.org/a"],
                               "archived_at": "https://archive.example.org/2022/a"}  # fmt: skip
    assert document_entity(source).attributes["archived_at"] == "https://archive.example.org/2022/a"
    assert not readers.supported(tmp_path / "a.md.meta.json")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02\xff" * 50, "binary"),
        ("latin1.txt", "Habr\u00e9".encode("latin-1"), "UTF-8"),
        ("broken.pdf", b"%PDF-1.4 not really", "PDF"),
        ("broken.docx", b"PK not a zip", "DOCX"),
        ("table.xlsx", b"anything", "unsupported format"),
    ],
)
def test_bad_files_name_the_file_and_the_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=reason) as err:
        readers.read(path)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_a_bad_sidecar_is_named(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Text.\n", encoding="utf-8")
    (tmp_path / "a.txt.meta.json").write_text('{"titel": "typo"}', encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"a\.txt\.meta\.json: unknown field 'titel'"):
        readers.read(path)
