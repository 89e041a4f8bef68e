"""Term lists the extractor matches as phrases: taxonomy labels from the ontology, names from data.

The ontology's labels come from its derived `nlp_labels.json`; names of units
come from `nlp/data/gazetteer.tsv`, built from structured data by
`acg gazetteer --sfm DIR` (never from the texts the extractor is measured on).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ontology.errors import InvalidInput

GAZETTEER = "data/gazetteer.tsv"

# Labels too common in ordinary prose to stand for a legal concept on their own ("life imprisonment" is a
# sentence, "the Commission" a body, "an attempt" an attempt); their longer labels still match.
AMBIGUOUS_LABELS = frozenset(
    "murder rape deportation imprisonment pillage looting plunder commission attempt accessory complicity "
    "ordering instigating".split()
)


@dataclass(frozen=True)
class Term:
    name: str
    type: str
    kind: str
    source: str


def write_terms(terms: list[Term], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter="\t", lineterminator="\n")
        out.writerow(["name", "type", "kind", "source"])
        out.writerows([t.name, t.type, t.kind, t.source] for t in terms)


@cache
def terms(path: str | None = None) -> tuple[Term, ...]:
    """The gazetteer's terms: of the TSV at `path`, or of the one shipped with the package."""
    try:
        text = (
            Path(path).read_text(encoding="utf-8")
            if path
            else resources.files("nlp").joinpath(GAZETTEER).read_text(encoding="utf-8")
        )
    except OSError as e:
        raise InvalidInput(f"gazetteer {path}: {e.strerror or e}") from e
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    return tuple(Term(*row) for row in rows[1:] if len(row) == 4)


@cache
def ontology_labels() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("ontology").joinpath("derived/nlp_labels.json").read_text(encoding="utf-8")
    )
    return data


def crime_type_names_in(language: str) -> dict[str, list[str]]:
    """The other names of the crime types in a language (the ontology's alternative labels in it): notation ->
    names ("crimes_against_humanity" -> ["crímenes contra la humanidad", ...])."""
    found = ontology_labels().get("other_names", {}).get("crime_types", {})
    return {notation: names[language] for notation, names in found.items() if language in names}


def _plurals(label: str) -> set[str]:
    """ "crime against humanity" -> also "crimes against humanity"; "enforced disappearance" -> "...disappearances"."""
    words = label.split()
    forms = {label}
    if not words[-1].endswith("s"):
        forms.add(" ".join([*words[:-1], words[-1] + "s"]))
    if len(words) > 1 and not words[0].endswith("s") and words[1] in {"against", "of"}:
        forms.add(" ".join([words[0] + "s", *words[1:]]))
    return forms


def charged_phrases() -> dict[str, str]:
    """The crime types' labels too common to stand alone ("murder", "rape"), label -> notation: read only
    where a charge or a verdict names them (nlp.entities)."""
    return {label.lower(): notation for notation, labels in ontology_labels()["crime_types"].items()
            for label in labels if label.lower() in AMBIGUOUS_LABELS}  # fmt: skip


def concept_phrases(scheme: str) -> dict[str, str]:
    """Phrase -> notation for a taxonomy of nlp_labels.json, without labels too ambiguous to stand alone.

    >>> phrases = concept_phrases("crime_types")
    >>> phrases["crimes against humanity"], phrases["enforced disappearances"], "murder" in phrases
    ('crimes_against_humanity', 'enforced_disappearance', False)
    """
    out: dict[str, str] = {}
    for notation, labels in ontology_labels()[scheme].items():
        for label in labels:
            if label.lower() in AMBIGUOUS_LABELS:
                continue
            for form in _plurals(label):
                out.setdefault(form, notation)
    return out
