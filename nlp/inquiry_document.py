"""What a document as a whole says of the one inquiry it reports (issue 22): a UN commission's or a fact-finding
mission's report tells of the crimes the body investigated, sentence after sentence, most of them without
naming the body again ("Security forces killed at least 120 protesters at X"). Where the document has one
body of inquiry (a fact-finding mission, a commission of inquiry, a group of experts) and a sentence already
said that it investigated a crime, every other crime the document names was possibly (0.5) investigated by it.
Two bodies of inquiry, or one named in passing, give nothing.
"""

from __future__ import annotations

from ontology.records import Entity, Relation, Span

Links = dict[tuple[str, str, str], Relation]
INFERRED = 0.5
_INQUIRIES = frozenset({"fact_finding"})


def infer(entities: list[Entity], links: Links) -> None:
    bodies = [e for e in entities if e.type == "Mechanism" and e.attributes.get("kind") in _INQUIRIES]
    if len(bodies) != 1:
        return
    [body] = bodies
    if not any(p == "investigated_by" and o == body.id for _, p, o in links):
        return  # named in passing: no sentence says what it investigated
    for crime in (e for e in entities if e.type == "Crime"):
        key = (crime.id, "investigated_by", body.id)
        if key not in links:
            evidence: list[Span] = crime.mentions[:1]
            links[key] = Relation(crime.id, "investigated_by", body.id, confidence=INFERRED,
                                  method="acg-nlp/inquiry-of-the-document", evidence=evidence)  # fmt: skip
