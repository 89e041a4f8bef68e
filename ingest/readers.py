"""Documents in: plain text, Markdown, HTML, PDF and DOCX to text with a page map.

Every document is identified by the SHA-256 of its bytes as stored (the file is
never altered); its text is what the extractor reads and what evidence
offsets index. `pages` lists the offset where each page after the first
begins, so `page_of(offset)` cites the page of a PDF (other formats are one
page). HTML keeps its main text only: <main> or <article> when there is one,
and never navigation, headers, footers, asides, scripts, styles or forms.

A file that cannot be read (binary, empty, wrong encoding, a damaged PDF or
DOCX, a PDF without a text layer) raises InvalidInput with the file and the
reason; the caller reports it and goes on.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from ontology import dates, load
from ontology.errors import InvalidInput, TooLarge

# The largest file read: a larger one is refused with its size (split it first).
MAX_BYTES = 200_000_000


def read_bytes(path: Path) -> bytes:
    """The bytes of a file; too large or unreadable is an InvalidInput naming it."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TooLarge(f"{path}: {path.stat().st_size} bytes is over the {MAX_BYTES}-byte limit; split it")
        return path.read_bytes()
    except OSError as e:
        raise InvalidInput(f"{path}: {e.strerror or e}") from e


def decode(data: bytes, name: str) -> str:
    """The text of a file: UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is an error naming it."""
    if not data.strip():
        raise InvalidInput(f"{name}: empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise InvalidInput(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InvalidInput(
            f"{name}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); convert it to UTF-8"
        ) from e
    if not text.strip():
        raise InvalidInput(f"{name}: empty file")
    return text


MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
SIDECAR = ".meta.json"
METADATA = ("title", "published", "publisher", "url", "archived_at", "sources", "sensitivity")


@dataclass(frozen=True)
class Source:
    path: Path
    sha256: str
    text: str
    media_type: str
    pages: tuple[int, ...] = ()  # offsets where pages 2, 3, ... begin
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"sha256:{self.sha256}"

    def page_of(self, offset: int) -> int:
        return bisect.bisect_right(self.pages, offset) + 1


def supported(path: Path) -> bool:
    return path.suffix.lower() in MEDIA_TYPES and not path.name.endswith(SIDECAR)


def read(path: Path, metadata: dict[str, Any] | None = None) -> Source:
    """The document at `path`, with the metadata of its sidecar (`<file>.meta.json`) and of `metadata`."""
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type is None:
        raise InvalidInput(f"{path}: unsupported format {path.suffix or '(no extension)'}; "
                           f"read are {', '.join(sorted(MEDIA_TYPES))}")  # fmt: skip
    data = read_bytes(path)
    if not data:
        raise InvalidInput(f"{path}: empty file")
    meta = {**sidecar(path), **(metadata or {})}
    reader = {"application/pdf": _pdf, "text/html": _html}.get(media_type)
    pages: tuple[int, ...] = ()
    if media_type.startswith("application/vnd.openxml"):
        text = _docx(data, path)
    elif reader is not None:
        text, pages, title = reader(data, path)
        if title and "title" not in meta:
            meta["title"] = title
    else:
        text = decode(data, str(path))
    if not text.strip():
        ocr = " (a PDF without a text layer needs OCR first)" if media_type == "application/pdf" else ""
        raise InvalidInput(f"{path}: no text in it{ocr}")
    return Source(path, hashlib.sha256(data).hexdigest(), text, media_type, pages, meta)


def given(
    title: str | None,
    published: str | None,
    publisher: str | None,
    url: str | None,
    archived_at: str | None = None,
    prefix: str = "",
    sensitivity: str | None = None,
) -> dict[str, Any]:
    """Metadata given with the documents (command-line options, form fields named `prefix` + field); the
    date and the sensitivity are checked."""
    texts = {"title": title, "publisher": publisher, "url": url, "archived_at": archived_at}
    found: dict[str, Any] = {k: v for k, v in texts.items() if v}
    if published:
        found["published"] = dates.parse(published, f"{prefix}published")
    if sensitivity:
        found["sensitivity"] = _sensitivity(sensitivity, f"{prefix}sensitivity")
    return found


def _sensitivity(value: str, where: str) -> str:
    """A sensitivity level of the ontology's scheme (public, restricted, protected)."""
    levels = load().schemes["sensitivity"].notations()
    if value not in levels:
        raise InvalidInput(f"{where}: {value!r} is not a sensitivity; one of {', '.join(levels)}")
    return value


def sidecar(path: Path) -> dict[str, Any]:
    """The metadata beside a document: title, published, publisher, url, archived_at (a lasting copy's URL),
    sources (URLs), sensitivity."""
    side = path.with_name(path.name + SIDECAR)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InvalidInput(f"{side}: not readable JSON: {e}") from None
    return checked(meta, str(side))


def checked(meta: Any, where: str) -> dict[str, Any]:
    """Metadata of a document (a sidecar's, an extraction's) with its fields known, its date and its
    sensitivity checked; anything else is an InvalidInput naming `where` and the field."""
    if not isinstance(meta, dict):
        raise InvalidInput(f"{where}: expected a JSON object")
    unknown = sorted(set(meta) - set(METADATA))
    if unknown:
        raise InvalidInput(f"{where}: unknown field {unknown[0]!r}; known: {', '.join(METADATA)}")
    out: dict[str, Any] = dict(meta)
    if "published" in out:
        out["published"] = dates.parse(str(out["published"]), f"{where} published")
    if "sensitivity" in out:
        out["sensitivity"] = _sensitivity(str(out["sensitivity"]), f"{where} sensitivity")
    return out


# -- HTML --------------------------------------------------------------------------------------

_SKIP = {"nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template", "svg", "button"}
_BLOCK = {"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5",
          "h6", "blockquote", "pre", "br", "dd", "dt", "figcaption", "td", "th"}  # fmt: skip
_VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "area", "base", "col", "embed", "param"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.parts: dict[str, list[str]] = {"all": [], "main": []}
        self.title: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._add("\n")
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in _BLOCK:
            self._add("\n")

    def handle_data(self, data: str) -> None:
        if "title" in self.stack and "body" not in self.stack:
            self.title.append(data)
        elif not any(t in _SKIP or t == "head" for t in self.stack):
            self._add(data)

    def _add(self, text: str) -> None:
        self.parts["all"].append(text)
        if "main" in self.stack or "article" in self.stack:
            self.parts["main"].append(text)


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _html(data: bytes, path: Path) -> tuple[str, tuple[int, ...], str | None]:
    parser = _Text()
    parser.feed(decode(data, str(path)))
    parser.close()
    main = _tidy("".join(parser.parts["main"]))
    text = main if main.strip() else _tidy("".join(parser.parts["all"]))
    title = " ".join("".join(parser.title).split()) or None
    return text, (), title


# -- PDF and DOCX ------------------------------------------------------------------------------


def _pdf(data: bytes, path: Path) -> tuple[str, tuple[int, ...], str | None]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InvalidInput(f"{path}: the PDF is encrypted")
        texts = [(page.extract_text() or "").strip() for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except (PyPdfError, ValueError, KeyError, OSError) as e:
        raise InvalidInput(f"{path}: not a readable PDF: {e}") from None
    pages: list[int] = []
    text = ""
    for i, page_text in enumerate(texts):
        if i:
            text += "\n\n"
            pages.append(len(text))
        text += page_text
    return text + "\n", tuple(pages), str(title) if title else None


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# The XML of a DOCX is read as it is inflated, never whole, and at most this much of it: a document of a
# few hundred pages holds some megabytes; a zip bomb (150 MB of XML from 425 KB) stops here.
DOCX_XML_BYTES = 64 * 1024 * 1024


class _Capped(io.RawIOBase):
    """A stream that raises TooLarge once more than `limit` bytes have been read from it."""

    def __init__(self, stream: IO[bytes], limit: int, path: Path) -> None:
        self.stream, self.left, self.path, self.limit = stream, limit, path, limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.stream.read(min(len(buffer), self.left + 1))
        self.left -= len(data)
        if self.left < 0:
            raise TooLarge(f"{self.path}: the DOCX inflates to more than {self.limit // (1024 * 1024)} MB of XML")
        buffer[: len(data)] = data
        return len(data)


def check_inflated(name: str, data: bytes) -> None:
    """Refuse (TooLarge) a DOCX whose document says it inflates past DOCX_XML_BYTES, before it is kept: the
    zip's declared size bounds what reading it gives (a lying one gives a truncated, unreadable XML)."""
    if not name.lower().endswith(".docx"):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            declared = z.getinfo("word/document.xml").file_size
    except (zipfile.BadZipFile, KeyError):
        return  # reported as unreadable when it is read
    if declared > DOCX_XML_BYTES:
        raise TooLarge(f"{name}: the DOCX inflates to {declared // (1024 * 1024)} MB of XML, over the "
                       f"{DOCX_XML_BYTES // (1024 * 1024)} MB read")  # fmt: skip


def _docx(data: bytes, path: Path) -> str:
    paragraphs: list[str] = []
    pieces: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z, z.open("word/document.xml") as xml:
            for event, node in ElementTree.iterparse(_Capped(xml, DOCX_XML_BYTES, path), events=("start", "end")):
                if event == "start":
                    continue
                if node.tag == f"{_W}t" and node.text:
                    pieces.append(node.text)
                elif node.tag == f"{_W}tab":
                    pieces.append("\t")
                elif node.tag in {f"{_W}br", f"{_W}cr"}:
                    pieces.append("\n")
                elif node.tag == f"{_W}p":
                    paragraphs.append("".join(pieces))
                    pieces = []
                    node.clear()  # what is read is let go: memory holds the text, not the tree
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, RuntimeError, EOFError) as e:
        raise InvalidInput(f"{path}: not a readable DOCX: {e}") from None
    return "\n".join(paragraphs).strip() + "\n"
