"""Extraction on a Dask cluster: the documents in partitions, each partition extracted by a worker into a
JSON-lines file of its own, loaded afterwards, once, by `acg ingest --from-extractions`.

Why Dask (distributed): the work is a map of a CPU-bound Python function (spaCy and the project's rules)
over files, with no shuffle, and each worker process keeps its pipeline loaded between tasks. Dask does
exactly that with plain Python functions, is installed from PyPI with no JVM (Spark needs one and runs
Python beside it) and no object store or runtime of its own to operate (Ray brings both), and the same
code runs on a laptop (LocalCluster), a university's HPC queue (dask-jobqueue) or Kubernetes. The
workers must see the documents at the paths given (a shared or network file system), as they would
with any of the three.

A partition's file is named by its place and the digest of its paths, and written under a temporary
name then renamed: a file there is a partition done whole. A run after a failure (a worker lost, a
partition that raised) does only the partitions that have no file yet.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ingest.extractions import extracted, files, record
from ingest.resolve import write_durably
from nlp.pipeline import Extractor
from ontology.errors import InvalidInput

PARTITION_DOCUMENTS = 50


@dataclass(frozen=True)
class Partition:
    index: int
    paths: tuple[str, ...]

    @property
    def name(self) -> str:
        digest = hashlib.sha256("\n".join(self.paths).encode("utf-8")).hexdigest()
        return f"part-{self.index:05d}-{digest[:12]}.jsonl"


@dataclass
class Report:
    partitions: int = 0
    done_before: int = 0
    documents: int = 0
    problems: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # partitions that raised: the next run does them


def partitions(paths: Iterable[Path], size: int, problems: list[str]) -> list[Partition]:
    """The documents of `paths` (folders recursively, in order) in partitions of `size` documents."""
    found = [str(p) for p in files(paths, problems)]
    return [Partition(i, tuple(found[at : at + size])) for i, at in enumerate(range(0, len(found), size))]


@cache
def _extractor() -> Extractor:
    return Extractor()  # one per worker process, kept between its tasks


def extract_partition(paths: tuple[str, ...], out: str, language: str | None = None) -> tuple[int, list[str]]:
    """A worker's task: the extraction of each document of the partition as a JSON line in `out`, on disk
    whole when this returns; the number of documents written and the problems met (unreadable files,
    documents in a language without a pipeline)."""
    problems: list[str] = []
    lines = []
    for source, extraction in extracted(_extractor(), [Path(p) for p in paths], problems, language):
        if extraction.refused is not None:
            problems.append(f"{source.path}: {extraction.refused}")
            continue
        lines.append(json.dumps(record(source, extraction), ensure_ascii=False) + "\n")
    write_durably(Path(out), "".join(lines))
    return len(lines), problems


def run(address: str, paths: Iterable[Path], out: Path, size: int = PARTITION_DOCUMENTS,
        language: str | None = None) -> Report:  # fmt: skip
    """Extract the documents of `paths` on the Dask scheduler at `address` into `out`, a file per
    partition; partitions already in `out` are not done again."""
    try:
        from distributed import Client, as_completed
    except ImportError as e:
        hint = "pip install 'accountability-graph[cluster]'"
        raise InvalidInput(f"--cluster: Dask is not installed ({e}); {hint}") from e

    report = Report()
    parts = partitions(paths, size, report.problems)
    report.partitions = len(parts)
    out.mkdir(parents=True, exist_ok=True)
    todo = [p for p in parts if not (out / p.name).exists()]
    report.done_before = len(parts) - len(todo)
    with Client(address) as client:  # type: ignore[no-untyped-call]
        futures = {
            client.submit(extract_partition, p.paths, str(out / p.name), language, key=f"acg-{p.name}", pure=False,
                          retries=1): p
            for p in todo
        }  # fmt: skip
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            try:
                written, problems = future.result()
            except Exception as e:  # a worker's error, whatever its kind: the partition stays to do
                report.failed.append(f"{futures[future].name}: {type(e).__name__}: {e}")
                continue
            report.documents += written
            report.problems += problems
    return report
