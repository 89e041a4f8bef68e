"""A unit, a directorate or an office of a force, a ministry or another body is part of it when its name holds
the body's name and the document names that body too (part_of, issues 22 and 26), read over the whole
document once its entities are known: "el Departamento de Investigaciones de la Policía de la Capital" (with
"la Policía de la Capital"), "la Dirección de Inteligencia del Estado Mayor General del Ejército", "la direction
du renseignement de l'Armée nationale", "die Abteilung 251 des Allgemeinen Geheimdienstes" (0.7: its name says
it). The nearest body the name holds is its parent: the Dirección above is part of the Estado Mayor, not of the
Ejército.

The words before the body's name must say a part ("dirección", "batallón", "office", "Abteilung"): "la
Asociación de Familiares de Víctimas de la Policía" is no part of the police; nor is a command, which may be
the body's own ("el Comando de Institutos Militares" heads the institutes). The body must be one the rules
typed (a court, a force, an institution). A court's chambers are nlp/chambers.py's.
"""

from __future__ import annotations

from nlp.chambers import OF, stem
from ontology.names import name_key
from ontology.records import Entity, Relation

Links = dict[tuple[str, str, str], Relation]

NAMED = 0.7

# Words of a body's part, read without accents ("etat major", "sous direction"): English, Spanish, French; then
# the endings of German compounds.
_PART_WORDS = frozenset(
    "directorate department branch division brigade battalion regiment company unit section office bureau "
    "service staff corps platoon squadron detachment wing cell "
    "direccion departamento seccion division brigada batallon regimiento compania unidad oficina servicio "
    "estado secretariado secretaria destacamento escuadron peloton jefatura fiscalia superintendencia "
    "subsecretaria inteligencia comisaria agrupacion "
    "direction departement section brigade bataillon regiment compagnie unite bureau service "
    "major escadron groupement cellule inspection".split()
)
_GERMAN_PARTS = ("abteilung", "direktion", "referat", "dezernat", "kommando", "bataillon", "regiment", "kompanie",
                 "brigade", "einheit", "stab", "division")  # fmt: skip


def infer(entities: list[Entity], links: Links) -> None:
    """Add to `links` which body of the document is part of which, by its name."""
    bodies = [e for e in entities if e.type in {"Organization", "Mechanism"}]
    keys = {b.id: {stem(n) for n in (b.name, *b.aliases)} for b in bodies}
    for part in bodies:
        whole = _named_whole(part, bodies, keys)
        if whole is None or (whole.id, "part_of", part.id) in links:
            continue  # the document says the other way round: not read
        key = (part.id, "part_of", whole.id)
        if key not in links:
            links[key] = Relation(part.id, "part_of", whole.id, confidence=NAMED, method="acg-nlp/body-of-body",
                                  evidence=part.mentions[:1])  # fmt: skip


def _named_whole(part: Entity, bodies: list[Entity], keys: dict[str, set[str]]) -> Entity | None:
    """The body `part`'s name holds after words of a part, the nearest first, when the document names it."""
    for name in (part.name, *part.aliases):
        for of in OF.finditer(name):
            tail = name[of.end() :]
            head = name[: of.start()].rstrip()
            if not tail[:1].isupper() or head.endswith(",") or not _says_a_part(head):
                continue  # "el Destacamento Militar No. 1, de la Guardia Nacional y de ORDEN": a list
            whole = next((b for b in bodies if b is not part and stem(tail) in keys[b.id] and _a_body(b)), None)
            if whole is not None:
                return whole
    return None


def _a_body(whole: Entity) -> bool:
    """A court, a prosecution, a force, a unit or an institution: not what the rules could not type ("the
    Co-Investigating Judges" of "the Office of the Co-Investigating Judges", persons)."""
    return whole.type == "Mechanism" or whole.attributes.get("kind") not in {None, "other"}


def _says_a_part(head: str) -> bool:
    return any(w in _PART_WORDS or w.endswith(_GERMAN_PARTS) for w in name_key(head).split())
