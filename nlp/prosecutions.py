"""Who charged whom a German, Austrian or Swiss court judged, when the document names one prosecution only.

In these countries the public prosecution alone brings a criminal charge to court (the Anklagemonopol of the
Staatsanwaltschaft; the Bundesanwaltschaft or the Generalbundesanwalt for crimes under international law). A
report of a trial names the office that charged once ("Die Bundesanwaltschaft hatte ... Anklage erhoben") and
the accused in other sentences. So where a document names one such office and no other, whom a court of these
countries convicted, acquitted or tried in a case was possibly (0.5) charged by it: the office is the one the
text names, and no other could have brought the charge to that court. The same holds of an international
tribunal's prosecution written in German ("die Anklagebehörde des Jugoslawien-Tribunals") and the tribunal's
chambers ("Strafkammer"). A court with no German court's word in its name (a Soviet military tribunal) judged
on another's charge: its verdicts give nothing.
"""

from __future__ import annotations

import re

from ontology.records import Entity, Relation

Links = dict[tuple[str, str, str], Relation]

# The German names of a public prosecution's office.
_PROSECUTION = re.compile(r"(?:Staatsanwaltschaft|Bundesanwaltschaft|Generalbundesanwalt|Anklagebehörde)")
# The German names of criminal courts and their benches: "Oberlandesgericht", "Landesgericht für Strafsachen",
# "Bundesgerichtshof", "Bundesstrafgericht", "Staatsschutzsenat", "Schwurgericht", "Strafkammer".
_COURT = re.compile(r"(?:gericht|senat|kammer)", re.IGNORECASE)
_JUDGED = frozenset({"convicted_by", "acquitted_by"})
POSSIBLE = 0.5


def infer(entities: list[Entity], links: Links) -> None:
    """Add `charged_by` the document's one prosecution for whom its German-named courts judged (see above)."""
    offices = [e for e in entities if e.type == "Mechanism" and _PROSECUTION.search(e.name)]
    if len(offices) != 1:
        return
    [office] = offices
    courts = {e.id for e in entities if e.type == "Mechanism" and e is not office and _COURT.search(e.name)
              and not _PROSECUTION.search(e.name)}  # fmt: skip
    tried = {s for s, p, o in links if p == "tried_by" and o in courts}
    persons = {e.id for e in entities if e.type == "Person"}
    judged = [
        (s, r) for (s, p, o), r in links.items()
        if s in persons and ((p in _JUDGED and o in courts) or (p == "accused_in" and o in tried))
    ]  # fmt: skip
    for person, r in judged:
        key = (person, "charged_by", office.id)
        if key not in links:
            links[key] = Relation(person, "charged_by", office.id, confidence=POSSIBLE,
                                  method="acg-nlp/one-prosecution", evidence=list(r.evidence[:1]))  # fmt: skip
