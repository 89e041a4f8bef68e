"""The Spanish relations (nlp/spanish/relations.py), read from the words between two names with no parser:
verdicts and posts in apposition, and the links they must never make. Real spaCy blank Spanish and the
project's Spanish components, on sentences written for these tests from public facts (none from a
development document).
"""

from __future__ import annotations

from nlp.pipeline import Extractor

Said = dict[tuple[str, str, str], float | None]


def _read(extractor: Extractor, text: str) -> Said:
    result = extractor.extract_text(text, language="es")
    assert result.document["language"] == "es"
    names = {e.id: e.name for e in result.entities}
    return {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}


def test_a_court_convicts_and_acquits_the_persons_after_its_verb(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El 7 de abril de 2009, la Sala Penal Especial de la Corte Suprema condenó a veinticinco años de prisión "
        "a Alberto Fujimori Fujimori. En 2010, el tribunal absolvió al coacusado Nicolás Hermoza Ríos y al "
        "general Juan Rivero Lazo.",
    )
    court = "Sala Penal Especial de la Corte Suprema"
    assert said[("Alberto Fujimori Fujimori", "convicted_by", court)] == 0.8
    # "el tribunal": the court named before, likely only
    assert said[("Nicolás Hermoza Ríos", "acquitted_by", court)] == 0.6
    assert ("Juan Rivero Lazo", "acquitted_by", court) in said
    assert not [k for k in said if k[1] == "convicted_by" and k[0] != "Alberto Fujimori Fujimori"]


def test_a_passive_verdict_and_a_list_after_a_colon(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Cámara Federal dictó sentencia en diciembre de 1985.\n- Jorge Rafael Videla y Emilio Eduardo "
        "Massera: condenados a prisión perpetua.\n- Omar Graffigna: absuelto.\nManuel Contreras fue condenado "
        "por la Corte Suprema en 1995.",
    )
    assert ("Jorge Rafael Videla", "convicted_by", "Cámara Federal") in said
    assert ("Emilio Eduardo Massera", "convicted_by", "Cámara Federal") in said
    assert ("Omar Graffigna", "acquitted_by", "Cámara Federal") in said
    assert said[("Manuel Contreras", "convicted_by", "Corte Suprema")] == 0.7


def test_no_verdict_is_read_across_another_name(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Oral Federal condenó a prisión perpetua a Jorge Acosta. Según la fiscal Mercedes Soiza "
        "Reilly, el piloto Julio Poch fue absuelto. La Fiscalía de Derechos Humanos acusó a Héctor Febres.",
    )
    assert ("Jorge Acosta", "convicted_by", "Tribunal Oral Federal") in said
    assert not [k for k in said if k[0] == "Mercedes Soiza Reilly"]  # a prosecutor is judged by no one here
    assert not [k for k in said if k[2] == "Fiscalía de Derechos Humanos"]  # a prosecutor accuses, no court's verdict


def test_a_post_written_in_apposition(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Santiago Martin Rivas, jefe del Destacamento Colina, dirigió las operaciones. Telmo Hurtado, "
        "exsubteniente del Ejército del Perú, fue extraditado. Juan Pérez, jefe de operaciones de la Brigada "
        "de Fuerzas Especiales, declaró.",
    )
    assert ("Santiago Martin Rivas", "commands", "Destacamento Colina") in said
    assert ("Telmo Hurtado", "member_of", "Ejército del Perú") in said
    assert ("Juan Pérez", "member_of", "Brigada de Fuerzas Especiales") in said  # a post in it, not its command
    assert ("Juan Pérez", "commands", "Brigada de Fuerzas Especiales") not in said


def test_a_crime_its_place_and_who_did_it(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La masacre de Putis, cometida por el Batallón Contrasubversivo 41, ocurrió en 1984. El crimen de "
        "La Cantuta, en la provincia de Lima, conmovió al país. El asesinato de Hugo Bustíos fue investigado.",
    )
    assert ("masacre de Putis", "occurred_in", "Putis") in said
    assert ("Batallón Contrasubversivo", "perpetrated", "masacre de Putis") in said or (
        "Batallón Contrasubversivo 41",
        "perpetrated",
        "masacre de Putis",
    ) in said
    assert ("crimen de La Cantuta", "occurred_in", "La Cantuta") in said  # the article begins the place's name
    assert ("crimen de La Cantuta", "occurred_in", "Lima") in said  # written right after it
    assert not [k for k in said if k[1] == "occurred_in" and k[2] == "Hugo Bustíos"]  # whom a murder was done to


def test_who_leads_a_body_said_after_its_name_or_by_a_verb_of_command(extractor: Extractor) -> None:
    """ "Y (Y'), liderado por X", "dirigido de hecho por el asesor X", "X estuvo al mando de la Brigada Y": X
    commands Y. "Una comitiva ... encabezada por X" after a body named in another phrase does not lead it, nor
    does "bajo el mando del mayor X" after a body named inside another's complement."""
    said = _read(
        extractor,
        "El Movimiento Revolucionario del Pueblo (MRP), liderado por Carlos Quispe Mamani, cometió secuestros. "
        "El escuadrón operó con el respaldo del Servicio de Inteligencia Militar (SIM), dirigido de hecho por el "
        "asesor presidencial Jorge Valdivia. Rodrigo Alvear estuvo al mando de la Brigada Halcón. Antes de la "
        "creación de la Policía Secreta, una comitiva militar encabezada por el general Pedro Lagos recorrió el "
        "norte. El Destacamento Sur estaba integrado por agentes del Servicio de Inteligencia del Ejército, bajo "
        "el mando del mayor Luis Rentería.",
    )
    commands = {(s, o) for s, p, o in said if p == "commands"}
    assert commands == {
        ("Carlos Quispe Mamani", "Movimiento Revolucionario del Pueblo"),
        ("Jorge Valdivia", "Servicio de Inteligencia Militar"),
        ("Rodrigo Alvear", "Brigada Halcón"),
    }
