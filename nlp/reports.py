"""What a report's author examined: a report by a body of inquiry (a commission of inquiry, a fact-finding
mission, a panel or group of experts) names itself in its title ("Report of the International Commission of
Inquiry on Darfur", "Final report of the Panel of Experts on the Central African Republic"), and the crimes it
tells of are those it investigated (`investigated_by`). The title is the document's first lines, before a blank
line, 300 characters at most; the body is one of inquiry by its name (nlp/names.py `mechanism_kind`).
Possibly (0.5): a report may tell of a crime another body examined, or recall one as background.
"""

from __future__ import annotations

from ontology.records import Entity, Relation, Span

Links = dict[tuple[str, str, str], Relation]

_TITLE = 300  # characters: a title block is no longer
_POSSIBLE = 0.5


def _author(entities: list[Entity], text: str) -> Entity | None:
    """The body of inquiry the document's title names, if one alone. A text with no blank line has no title."""
    end = text.find("\n\n")
    if end == -1 or end > _TITLE:
        return None
    found = [
        e for e in entities
        if e.type == "Mechanism" and e.attributes.get("kind") == "fact_finding"
        and any((m.start or 0) < end for m in e.mentions)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def investigated_by_author(entities: list[Entity], links: Links, text: str) -> None:
    """Each crime of a report by a body of inquiry is possibly one that body investigated."""
    author = _author(entities, text)
    if author is None:
        return
    title = next(m for m in author.mentions if m.start is not None)
    for crime in (e for e in entities if e.type == "Crime"):
        key = (crime.id, "investigated_by", author.id)
        if key not in links:
            evidence = [*crime.mentions[:1], Span(title.start, title.end, title.text)]
            links[key] = Relation(crime.id, "investigated_by", author.id, confidence=_POSSIBLE,
                                  method="acg-nlp/report-author", evidence=evidence)  # fmt: skip
