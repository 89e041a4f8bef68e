"""What kind of crime a crime is, when its own name says it: "torture at S-21" is torture, "the rape of X"
rape, "the disappearance of X" an enforced disappearance (`of_type`). A crime named by a word that is no
legal category ("the massacre at Nyanza hill", "the killing of X": a killing may be murder, or a lawful act
of war) gets no type from its name.
"""

from __future__ import annotations

from ontology.records import Entity, Relation, Span

Links = dict[tuple[str, str, str], Relation]

# A noun that, heading a crime's name, is the crime type of another label: a disappearance that a
# document counts as a crime is an enforced one.
_NOUNS = {"disappearance": "enforced_disappearance", "disappearances": "enforced_disappearance"}


def type_crimes(entities: list[Entity], links: Links, labels: dict[str, list[str]]) -> None:
    """Add `of_type` for each crime whose name begins with a crime type's label, and the crime type itself
    when the document does not name it elsewhere (as the crime's name writes it)."""
    by_label = {label.lower(): notation for notation, names in labels.items() for label in names}
    longest = sorted(by_label, key=len, reverse=True)
    types = {e.id: e for e in entities if e.type == "CrimeType"}
    for crime in [e for e in entities if e.type == "Crime"]:
        name = crime.name.lower()
        label = next((w for w in longest if name == w or name.startswith(w + " ")), None)
        notation = by_label[label] if label else _NOUNS.get(name.split()[0] if name else "")
        if notation is None or notation not in labels:
            continue
        if notation not in types:
            first = crime.mentions[0]
            at_char = first.text.lower().find(label) if label else -1
            written, at = labels[notation][0], first
            if label and at_char >= 0 and first.start is not None:
                written = first.text[at_char : at_char + len(label)]
                at = Span(first.start + at_char, first.start + at_char + len(label), written)
            types[notation] = Entity(notation, "CrimeType", labels[notation][0],
                                     [written] if written != labels[notation][0] else [],
                                     {"notation": notation}, [at])  # fmt: skip
            entities.append(types[notation])
        if (crime.id, "of_type", notation) not in links:
            links[(crime.id, "of_type", notation)] = Relation(
                crime.id, "of_type", notation, confidence=0.7, method="acg-nlp/crime-name", evidence=crime.mentions[:1]
            )
