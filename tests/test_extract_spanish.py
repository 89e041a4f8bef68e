"""The Spanish relations (nlp/spanish/relations.py), read from the words between two names with no parser:
verdicts and posts in apposition, and the links they must never make. Real spaCy blank Spanish and the
project's Spanish components, on sentences written for these tests from public facts (none from a
development document).
"""

from __future__ import annotations

from nlp.extraction import Extraction
from nlp.pipeline import Extractor

Said = dict[tuple[str, str, str], float | None]


def _read(extractor: Extractor, text: str) -> Said:
    return _read_all(extractor, text)[1]


def _read_all(extractor: Extractor, text: str) -> tuple[Extraction, Said]:
    """The extraction, and what it says: (subject, predicate, object) by names, with its confidence."""
    result = extractor.extract_text(text, language="es")
    assert result.document["language"] == "es"
    names = {e.id: e.name for e in result.entities}
    return result, {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}


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
    # a prosecutor accuses: a charge, never a verdict
    assert ("Héctor Febres", "charged_by", "Fiscalía de Derechos Humanos") in said
    assert not [k for k in said if k[2] == "Fiscalía de Derechos Humanos" and k[1] != "charged_by"]


def test_a_post_written_in_apposition(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Santiago Martin Rivas, jefe del Destacamento Colina, dirigió las operaciones. Telmo Hurtado, "
        "exsubteniente del Ejército del Perú, fue extraditado. Juan Pérez, jefe de operaciones de la Brigada "
        "de Fuerzas Especiales, declaró. Rosa Villalba, dirigente del Frente Campesino Unido, fue detenida. "
        "Mario Benítez, el dirigente del Movimiento Obrero Libre, huyó.",
    )
    assert ("Santiago Martin Rivas", "commands", "Destacamento Colina") in said
    assert ("Rosa Villalba", "member_of", "Frente Campesino Unido") in said  # one of its leaders
    assert ("Rosa Villalba", "commands", "Frente Campesino Unido") not in said
    assert ("Mario Benítez", "commands", "Movimiento Obrero Libre") in said
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


def test_a_verdict_names_its_parties_past_their_descriptions(extractor: Extractor) -> None:
    """ "condenó a 25 años de prisión por homicidio a A, ex jefe del X; a su esposa, B; al militar C, y a D y E":
    each; "a F, quien había denunciado a G": F, never G."""
    said = _read(
        extractor,
        "El 3 de marzo de 2015, el Tribunal Oral Federal N° 2 de Rosario condenó a 25 años de prisión por "
        "homicidio agravado a Ramón Ibarra Soto, ex jefe del Batallón de Inteligencia 601; a su esposa y "
        "colaboradora, Teresa Lucero Vidal; al militar uruguayo Julio Cordero Paz, y a Hugo Ferrán Ríos y "
        "Emilio Sosa Luna. En la misma audiencia, el tribunal absolvió a Mario Quiroga Pinto, quien había "
        "denunciado a Andrés Molina Paz.",
    )
    court = "Tribunal Oral Federal N° 2 de Rosario"
    convicted = {k[0] for k in said if k[1] == "convicted_by" and k[2] == court}
    assert convicted == {"Ramón Ibarra Soto", "Teresa Lucero Vidal", "Julio Cordero Paz", "Hugo Ferrán Ríos",
                         "Emilio Sosa Luna"}  # fmt: skip
    assert ("Mario Quiroga Pinto", "acquitted_by", court) in said
    assert not [k for k in said if k[0] == "Andrés Molina Paz"]


def test_a_penalty_received_and_a_passive_verdict_past_a_description(extractor: Extractor) -> None:
    """ "La misma pena recibió A", "B recibió 12 años de prisión", "C, ex comandante de X, fue condenado":
    convicted by the court named before; "D, hermano de E, fue condenado": never E."""
    said = _read(
        extractor,
        "La Cámara Federal de Mendoza condenó a prisión perpetua a Luis Toranzo Mena. La misma pena recibió "
        "Carlos Ávila Ruiz. Pedro Guzmán Salas recibió 12 años de prisión. Raúl Benítez Ocampo, ex comandante "
        "del Regimiento de Infantería 22, fue condenado a 20 años. Jorge Mena Castro, hermano de Oscar Mena "
        "Castro, fue condenado a 8 años.",
    )
    court = "Cámara Federal de Mendoza"
    convicted = {k[0] for k in said if k[1] == "convicted_by" and k[2] == court}
    assert {"Luis Toranzo Mena", "Carlos Ávila Ruiz", "Pedro Guzmán Salas", "Raúl Benítez Ocampo"} <= convicted
    assert "Oscar Mena Castro" not in convicted


def test_the_court_that_gave_judgment_in_a_case_tried_it_and_its_accused(extractor: Extractor) -> None:
    """ "el Tribunal X, integrado por los jueces A y B, dictó sentencia en la causa Y": Y tried by X, and those
    X judged are possibly accused in Y; "Caso Z", a heading, is a case; the end of a name after a post and
    "de" ("jefe de Comando Libertadores") names a body, not a person."""
    result = extractor.extract_text(
        "Caso Putis\n\nEl Tribunal Oral Federal N° 1 de Salta, integrado por los jueces Ana Ruiz Paz y Tomás "
        "Vega Soto, dictó sentencia en la causa Operativo Independencia. El tribunal condenó a prisión perpetua "
        "a Luis Abel Cardozo, fundador y jefe de Comando Libertadores, y absolvió a Rita Moreno Vidal.",
        language="es",
    )
    names = {e.id: (e.type, e.name) for e in result.entities}
    said = {(names[r.subject][1], r.predicate, names[r.object][1]) for r in result.relations}
    assert ("Case", "Caso Putis") in names.values()
    assert ("Organization", "Comando Libertadores") in names.values()
    court = "Tribunal Oral Federal N° 1 de Salta"
    assert ("causa Operativo Independencia", "tried_by", court) in said
    assert ("Luis Abel Cardozo", "accused_in", "causa Operativo Independencia") in said
    assert ("Rita Moreno Vidal", "accused_in", "causa Operativo Independencia") in said
    assert not [k for k in said if k[0] in {"Ana Ruiz Paz", "Tomás Vega Soto"}]


def test_a_passive_verb_before_its_parties_and_convictions_upheld(extractor: Extractor) -> None:
    """ "fueron condenados el ex general A, a 30 años; el ex coronel B, a 20 años, y C": each, by the court
    named before; "la Sala II confirmó las condenas de A y B": upheld by the chamber; "D y E" are two names,
    "Domingo Ruiz" a person."""
    said = _read(
        extractor,
        "El Tribunal Oral Federal N° 3 de Mendoza dictó sentencia en 2014. Fueron condenados el ex comandante "
        "del Ejército Luis Toranzo Mena, a 30 años de prisión; el ex coronel Pedro Guzmán Salas, a 20 años, y "
        "el médico Domingo Ruiz Vera. En 2016, la Sala II de la Cámara Federal de Casación Penal confirmó las "
        "condenas de Toranzo y Guzmán.",
    )
    court = "Tribunal Oral Federal N° 3 de Mendoza"
    assert {k[0] for k in said if k[1] == "convicted_by" and k[2] == court} == {
        "Luis Toranzo Mena", "Pedro Guzmán Salas", "Domingo Ruiz Vera"
    }  # fmt: skip
    appeal = "Sala II de la Cámara Federal de Casación Penal"
    assert {k[0] for k in said if k[1] == "convicted_by" and k[2] == appeal} == {
        "Luis Toranzo Mena", "Pedro Guzmán Salas"
    }  # fmt: skip


def test_a_numbered_court_is_named_with_and_without_its_seat(extractor: Extractor) -> None:
    """ "el Tribunal Oral en lo Criminal Federal N° 6 de la Capital Federal": also "... N° 6"."""
    result = extractor.extract_text(
        "El Tribunal Oral en lo Criminal Federal N° 6 de la Capital Federal condenó a Jorge Rafael Videla.",
        language="es",
    )
    court = next(e for e in result.entities if e.type == "Mechanism")
    assert court.name == "Tribunal Oral en lo Criminal Federal N° 6 de la Capital Federal"
    assert "Tribunal Oral en lo Criminal Federal N° 6" in court.aliases


def test_whom_the_court_of_a_judgments_heading_judged_is_possibly_accused_in_its_case(extractor: Extractor) -> None:
    heading = "RESUMEN DE SENTENCIA\n\nCaso Huanta\nSala Penal Nacional, Colegiado B — Lima, 3 de mayo de 2016\n\n"
    body = (
        "1. Hechos. En agosto de 1984 una patrulla de la Marina de Guerra del Perú detuvo y ejecutó a campesinos de "
        "la provincia de Huanta, en Ayacucho, y enterró los cuerpos en fosas comunes cerca del estadio municipal.\n\n"
        "2. Condenas. El Colegiado B de la Sala Penal Nacional condenó a 25 años de prisión a Ernesto Salas "
        "Montoya y a Víctor Ramos Quispe."
    )
    said = _read(extractor, heading + body)
    assert said[("Ernesto Salas Montoya", "accused_in", "Caso Huanta")] == 0.5  # possible, not attested
    assert said[("Caso Huanta", "tried_by", "Sala Penal Nacional")] == 0.5
    # a verdict told in a sentence dated in another year than the heading's was given in another case
    other = _read(extractor, heading + body + " En 1999 el Colegiado B de la Sala Penal Nacional condenó a Mario "
                  "Quispe Flores.")  # fmt: skip
    assert ("Mario Quispe Flores", "convicted_by", "Colegiado B de la Sala Penal Nacional") in other
    assert ("Mario Quispe Flores", "accused_in", "Caso Huanta") not in other
    assert ("Ernesto Salas Montoya", "accused_in", "Caso Huanta") in other


def test_a_verdict_carries_the_one_date_of_its_sentence(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "El 10 de mayo de 2013 el Tribunal Primero de Sentencia Penal condenó a Efraín Ríos Montt. El tribunal "
        "condenó a José Rodríguez Sánchez por la masacre de 1982 en Ilom el 4 de junio de 2014. El 2 de marzo de "
        "2015 el tribunal condenó a Pedro Chávez Brito, detenido el 5 de enero de 2011.",
        language="es",
    )
    names = {e.id: e.name for e in result.entities}
    dates = {names[r.subject]: r.attributes.get("date") for r in result.relations if r.predicate == "convicted_by"}
    assert dates["Efraín Ríos Montt"] == "2013-05-10"
    assert dates["José Rodríguez Sánchez"] == "2014-06-04"  # not the year in the crime's name
    assert ("Crime", "masacre de 1982") in {(e.type, e.name) for e in result.entities}  # not "... de 1982 en"
    # two dates in the sentence: which one is the verdict's, the words between names do not say
    assert dates.get("Pedro Chávez Brito") is None


def test_who_did_a_crime_by_its_verb_or_by_a_conviction_for_it(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El 20 de enero de 2015 el Tribunal Primero de Sentencia Penal condenó a Pedro García Arredondo a 90 años "
        "de prisión por la quema de la Embajada de España. El Movimiento Revolucionario Túpac Amaru también "
        "cometió la masacre de Molinos. El Movimiento Revolucionario Túpac Amaru no cometió la "
        "masacre de Lucanamarca. El tribunal condenó a Luis Soto Vera como cómplice de la masacre de Accomarca. "
        "El Tribunal Oral Federal N° 1 condenó a Juan Pérez Ruiz por encubrimiento de la desaparición de "
        "Carlos Mena.",
    )
    # a conviction for a crime: possibly its perpetrator (it may rest on a superior's responsibility)
    assert said[("Pedro García Arredondo", "perpetrated", "quema de la Embajada de España")] == 0.5
    assert ("quema de la Embajada de España", "occurred_in", "Embajada de España") in said
    assert said[("Movimiento Revolucionario Túpac Amaru", "perpetrated", "masacre de Molinos")] == 0.7
    assert ("Movimiento Revolucionario Túpac Amaru", "perpetrated", "masacre de Lucanamarca") not in said
    assert ("Luis Soto Vera", "aided", "masacre de Accomarca") in said
    assert ("Luis Soto Vera", "perpetrated", "masacre de Accomarca") not in said
    # hiding a crime is not doing it
    assert not [k for k in said if k[0] == "Juan Pérez Ruiz" and k[1] in {"perpetrated", "aided"}]


def test_a_body_inside_another_its_members_and_who_led_it_by_a_relative_clause(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Batallón Cazadores, que dependía de la Brigada Sur, ocupó la aldea. La Brigada Norte, de la que "
        "dependía el Batallón Cóndor, se retiró. El coronel Luis Pardo Ríos, quien pertenecía al Ejército de "
        "Chile, declaró. Los coroneles Mario Soto Vera y Raúl Ibáñez Cruz, quienes comandaron el Batallón "
        "Cóndor, fueron procesados. La Brigada Este, integrada por Hugo Lara Díaz y Pedro Ruiz Gil, disparó.",
    )
    assert said[("Batallón Cazadores", "part_of", "Brigada Sur")] == 0.7
    assert said[("Batallón Cóndor", "part_of", "Brigada Norte")] == 0.7
    assert said[("Luis Pardo Ríos", "member_of", "Ejército de Chile")] == 0.7
    assert said[("Mario Soto Vera", "commands", "Batallón Cóndor")] == 0.7
    assert said[("Raúl Ibáñez Cruz", "commands", "Batallón Cóndor")] == 0.7
    assert said[("Pedro Ruiz Gil", "member_of", "Brigada Este")] == 0.7


def test_who_did_a_crime_by_a_manos_de_or_por_parte_de(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La masacre de Pueblo Nuevo a manos de la Brigada Roja dejó cuarenta muertos. El asesinato de Hugo "
        "Bustíos por parte de miembros del Escuadrón Uno conmocionó al país. La masacre de Río Seco, cometida "
        "por orden de la Junta Militar, quedó impune.",
    )
    assert said[("Brigada Roja", "perpetrated", "masacre de Pueblo Nuevo")] == 0.7
    assert said[("Escuadrón Uno", "perpetrated", "asesinato de Hugo Bustíos")] == 0.7  # its members did it
    assert not [k for k in said if k[0] == "Junta Militar" and k[1] == "perpetrated"]  # an order, no hand in it


def test_a_unit_numbered_or_named_with_its_acronym_is_of_the_body_named_after_it(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El 4.º Batallón de Infantería del Ejército de Chile custodiaba el campo. La Brigada de Operaciones "
        "Especiales (BOE) de la Policía Nacional participó en los desalojos.",
    )
    assert said[("4.º Batallón de Infantería", "part_of", "Ejército de Chile")] == 0.6
    assert said[("Brigada de Operaciones Especiales", "part_of", "Policía Nacional")] == 0.6


def test_no_body_inside_another_when_negated_or_said_of_the_body_before_a_person(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Batallón Cóndor no dependía de la Brigada Sur. Actuaba un grupo bajo el mando del mayor Luis Pardo "
        "Ríos, y que dependía de la Brigada Norte.",
    )
    assert ("Batallón Cóndor", "part_of", "Brigada Sur") not in said
    assert ("Luis Pardo Ríos", "member_of", "Brigada Norte") not in said  # the group's relative, not his


def test_who_headed_a_body_by_a_relative_clause_or_an_apposition_and_when(extractor: Extractor) -> None:
    text = (
        "Rodrigo Salas Vera, que presidió la Junta Militar de Gobierno entre julio y septiembre de 1976, murió en "
        "1990. Del Ministerio de Seguridad dependía la Dirección de Inteligencia Policial, que dirigía Hugo "
        "Lemos Rey. Tomás Arce, al mando del Regimiento Andino, y Luis Vidal, general jefe del Ejército del "
        "Litoral, firmaron la orden. El coronel Raúl Ortega, quien comandaba el Batallón Cazadores desde marzo "
        "de 1981 hasta junio de 1983, fue detenido. Julio Paz, que nunca dirigió la Brigada Norte, declaró."
    )
    result = extractor.extract_text(text, language="es")
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]): (r.valid_from, r.valid_to) for r in result.relations}
    assert said[("Rodrigo Salas Vera", "commands", "Junta Militar de Gobierno")] == ("1976-07", "1976-09")
    assert ("Hugo Lemos Rey", "commands", "Dirección de Inteligencia Policial") in said
    assert ("Tomás Arce", "commands", "Regimiento Andino") in said
    assert ("Luis Vidal", "commands", "Ejército del Litoral") in said
    assert said[("Raúl Ortega", "commands", "Batallón Cazadores")] == ("1981-03", "1983-06")
    assert not [k for k in said if k[0] == "Julio Paz" and k[1] == "commands"]


def test_a_prosecution_charges_by_its_verb_a_passive_or_a_warrant(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Al día siguiente, Raúl Medina fue detenido, acusado por la Fiscalía General de la República de "
        "desaparición forzada. En 2021 la Fiscalía General de la República obtuvo una orden de aprehensión contra "
        "Tomás Lira por tortura. Pedro Ruiz fue acusado de tortura. La Procuraduría General de la Nación no "
        "solicitó orden de captura contra Ana Gil.",
    )
    assert said[("Raúl Medina", "charged_by", "Fiscalía General de la República")] == 0.7
    assert ("Tomás Lira", "charged_by", "Fiscalía General de la República") in said
    assert not [k for k in said if k[0] in {"Pedro Ruiz", "Ana Gil"}]  # by no one named; a denial


def test_who_took_part_in_a_crime_did_it_unless_denied(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Según la Comisión, Jorge Pineda y Mario Luna participaron activamente en la masacre de El Junquillo. "
        "El coronel Luis Arce no participó en la masacre de Santa Cruz.",
    )
    assert said[("Jorge Pineda", "perpetrated", "masacre de El Junquillo")] == 0.6
    assert ("Mario Luna", "perpetrated", "masacre de El Junquillo") in said
    assert not [k for k in said if k[0] == "Luis Arce" and k[1] == "perpetrated"]


def test_a_body_led_said_by_the_imperfect(extractor: Extractor) -> None:
    said = _read(extractor, "El coronel Ramiro Soto comandaba la Brigada Lautaro en 1976.")
    assert ("Ramiro Soto", "commands", "Brigada Lautaro") in said
    denied = _read(extractor, "El coronel Ramiro Soto nunca comandaba la Brigada Lautaro.")
    assert not [r for r in denied if r[1] == "commands"]


def _typed(extractor: Extractor, text: str) -> dict[str, str]:
    return {e.name: e.type for e in extractor.extract_text(text, language="es").entities}


def test_countries_regions_and_towns_are_places_where_no_longer_name_holds_them(extractor: Extractor) -> None:
    typed = _typed(
        extractor,
        "Los diputados Zelmar Michelini y Héctor Gutiérrez Ruiz fueron secuestrados en Buenos Aires en mayo de "
        "1976. La dictadura de Uruguay colaboró con la Argentina. El juez Baltasar Garzón viajó a Madrid; la "
        "comisión pasó por Cauquenes, La Serena y Copiapó, y luego por el departamento de El Quiché. Fue detenido "
        "por la DINA en Chile. El teniente Raúl Mendoza declaró que Mendoza no estuvo en la Sala Penal.",
    )
    for place in ("Buenos Aires", "Uruguay", "Argentina", "Madrid", "Cauquenes", "La Serena", "Copiapó",
                  "El Quiché", "Chile"):  # fmt: skip
        assert typed.get(place) == "Location", place
    assert typed["DINA"] == "Organization"  # "la DINA en Chile" is two names, not one
    # a town's name a person of the text bears is the person's; a common noun with its article is no town
    assert typed["Raúl Mendoza"] == "Person"
    assert "Mendoza" not in typed
    assert "Sala" not in typed


def test_a_name_read_as_a_persons_by_its_shape_is_the_place_a_cue_names_elsewhere(extractor: Extractor) -> None:
    typed = _typed(
        extractor,
        "En 1982 el ejército instaló un destacamento en la comunidad de Chipal Xolchiché. El jefe del "
        "destacamento de Chipal Xolchiché fue condenado en 2016.",
    )
    assert typed["Chipal Xolchiché"] == "Location"


def test_an_institutions_name_holds_its_small_words_and_ends_before_another_name(extractor: Extractor) -> None:
    typed = _typed(
        extractor,
        "La Comisión para el Esclarecimiento Histórico publicó su informe en 1999. El Grupo de Trabajo sobre "
        "Detenciones Arbitrarias o Forzosas visitó el país. La Comisión de la Verdad y Reconciliación escuchó a "
        "las Abuelas de Plaza de Mayo y a las Autodefensas Unidas de Colombia. Intervino la Suprema Corte de "
        "Justicia y el Ministerio Público; el fiscal de Cámara Julio César Strassera acusó.",
    )
    assert typed["Comisión para el Esclarecimiento Histórico"] == "Mechanism"
    assert typed["Grupo de Trabajo sobre Detenciones Arbitrarias o Forzosas"] == "Mechanism"  # a UN mechanism
    assert typed["Comisión de la Verdad y Reconciliación"] == "Mechanism"
    assert typed["Suprema Corte de Justicia"] == "Mechanism"
    assert typed["Ministerio Público"] == "Mechanism"  # "y" before a name of its own ends the one before
    assert typed["Abuelas de Plaza de Mayo"] == "Organization"
    assert typed["Autodefensas Unidas de Colombia"] == "Organization"
    assert typed["Julio César Strassera"] == "Person"


def test_a_courts_short_name_in_brackets_is_the_same_court(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Cámara Nacional de Apelaciones en lo Criminal y Correccional Federal de la Capital Federal (Cámara "
        "Federal) juzgó a los comandantes. La Cámara Federal condenó a Jorge Rafael Videla en diciembre de 1985.",
    )
    court = "Cámara Nacional de Apelaciones en lo Criminal y Correccional Federal de la Capital Federal"
    assert ("Jorge Rafael Videla", "convicted_by", court) in said
    assert not [k for k in said if k[2] == "Cámara Federal"]


def test_the_names_after_a_relative_passive_verdict_are_not_its_parties(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "En 2010 el Juzgado Letrado en lo Penal condenó a Gregorio Álvarez. Los homicidios por los que fue "
        "condenado son los del diputado Héctor Gutiérrez Ruiz y del maestro Julio Castro.",
    )
    assert ("Gregorio Álvarez", "convicted_by", "Juzgado Letrado en lo Penal") in said
    assert not [k for k in said if k[0] in {"Héctor Gutiérrez Ruiz", "Julio Castro"} and k[1] == "convicted_by"]


def test_a_crimes_type_by_its_plural_noun_named_in_spanish(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "La Corte Suprema condenó a Manuel Contreras por las torturas de 200 detenidos en Villa Grimaldi.",
        language="es",
    )
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    assert ("torturas de 200 detenidos", "of_type", "tortura") in said


def test_a_post_written_before_the_person_or_after_with_ex_apart(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El tribunal absolvió al ex jefe de la Armada Jorge Anaya, integrante de la última Junta Militar. La "
        "cadena de mando pasaba por el comandante general del Ejército del Perú, general Nicolás Hermoza. El "
        "fallo condenó a Luis García Meza, ex comandante en jefe del Ejército. El juez citó a Pedro Arredondo, "
        "exjefe del Comando Seis de la desaparecida Policía Nacional.",
    )
    assert ("Jorge Anaya", "commands", "Armada") in said
    assert ("Jorge Anaya", "member_of", "Junta Militar") in said
    assert ("Nicolás Hermoza", "commands", "Ejército del Perú") in said
    assert ("Luis García Meza", "commands", "Ejército") in said
    assert ("Pedro Arredondo", "commands", "Comando Seis") in said
    # a post before a body names no person after another clause
    said = _read(extractor, "El jefe de la Armada dimitió y el almirante Jorge Anaya asumió.")
    assert not [k for k in said if k[1] == "commands" and k[2] == "Armada"]


def test_the_tribunal_is_the_court_of_that_noun_named_before_not_the_last_one(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Tribunal: Tribunal Oral en lo Criminal Federal N° 2 de Rosario.\n\nEl acusado fue detenido en 2004 por "
        "orden del Juzgado Federal N° 4 de Rosario.\n\nEl tribunal condenó a Ramón Genaro Díaz Bessone a prisión "
        "perpetua. El mismo tribunal había condenado en 2009 a Juan Daniel Amelong.",
    )
    court = "Tribunal Oral en lo Criminal Federal N° 2 de Rosario"
    assert ("Ramón Genaro Díaz Bessone", "convicted_by", court) in said
    assert ("Juan Daniel Amelong", "convicted_by", court) in said
    assert not [k for k in said if k[2].startswith("Juzgado") and k[1] == "convicted_by"]


def test_an_institution_holds_por_and_a_law_is_no_person(extractor: Extractor) -> None:
    typed = _typed(
        extractor,
        "Tras la anulación de las leyes de Punto Final, la Asamblea Permanente por los Derechos Humanos se querelló.",
    )
    assert typed["Asamblea Permanente por los Derechos Humanos"] == "Organization"
    assert "Punto Final" not in typed


def test_a_trial_against_a_person_is_a_case_he_is_accused_in(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La causa contra Miguel Etchecolatz fue elevada a juicio en 2005. El juicio de responsabilidades contra "
        "Luis Arce Gómez terminó en 1993.",
    )
    assert ("Miguel Etchecolatz", "accused_in", "causa contra Miguel Etchecolatz") in said
    assert ("Luis Arce Gómez", "accused_in", "juicio de responsabilidades contra Luis Arce Gómez") in said


def test_a_name_holds_its_number_however_written(extractor: Extractor) -> None:
    typed = _typed(
        extractor,
        "La Brigada Móvil No. 12 actuó en la región. El Grupo de Tareas 3.3.2 secuestró a los militantes. El "
        "Juzgado Central de Instrucción número 6 ordenó su detención. No. Nadie más fue detenido.",
    )
    assert typed["Brigada Móvil No. 12"] == "Organization"
    assert typed["Grupo de Tareas 3.3.2"] == "Organization"
    assert typed["Juzgado Central de Instrucción número 6"] == "Mechanism"


def test_a_post_said_by_a_copula_and_ex_written_apart_before_a_word_of_membership(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Manuel Contreras fue jefe de la DINA entre 1974 y 1977. Raúl Iturriaga era subdirector de la DINA. "
        "Miguel Ángel Torres, ex agente de la SIDE, recibió la misma pena. Luis Ruiz fue nombrado comandante "
        "del Batallón Atlacatl.",
    )
    assert ("Manuel Contreras", "commands", "DINA") in said
    assert ("Raúl Iturriaga", "member_of", "DINA") in said
    assert ("Raúl Iturriaga", "commands", "DINA") not in said
    assert ("Miguel Ángel Torres", "member_of", "SIDE") in said
    assert ("Luis Ruiz", "commands", "Batallón Atlacatl") in said
    # a negated or another copula says no post
    said = _read(
        extractor,
        "Pedro Gómez no fue jefe de la DINA. Ana Rosas fue víctima de la DINA. Juan Soto fue secuestrado por "
        "agentes de la DINA.",
    )
    assert not [k for k in said if k[2] == "DINA"]


def test_members_said_of_a_list_by_ambos_or_a_rank_and_who_joined_a_body(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Los coroneles Luis Alberto Márquez y Ramón Ortega Díaz, ambos del Ejército de Chile, dirigieron el "
        "operativo. El sargento Carlos Ruiz Pineda, de la Policía Nacional, fue detenido. La comitiva incluía a "
        "Sergio Arellano Stark y Pedro Espinoza Bravo, que más tarde se incorporaron a la DINA. Marcelo Morales "
        "se unió a la Brigada Lautaro en 1975.",
    )
    assert ("Luis Alberto Márquez", "member_of", "Ejército de Chile") in said
    assert ("Ramón Ortega Díaz", "member_of", "Ejército de Chile") in said
    assert ("Carlos Ruiz Pineda", "member_of", "Policía Nacional") in said
    assert ("Sergio Arellano Stark", "member_of", "DINA") in said
    assert ("Pedro Espinoza Bravo", "member_of", "DINA") in said
    assert ("Marcelo Morales", "member_of", "Brigada Lautaro") in said
    # a person named with no rank, from a body, may be a witness or a victim: no link; a singular verb is
    # said of the last person alone; joining is never said of a negation
    said = _read(
        extractor,
        "Declaró Ana Ruiz Pérez, de la Policía Nacional. Detuvieron a Juan Pérez Soto y a Luis Gómez Ríos, que "
        "luego se unió al MIR. Pablo Díaz no se incorporó a la DINA.",
    )
    assert ("Ana Ruiz Pérez", "member_of", "Policía Nacional") not in said
    assert ("Luis Gómez Ríos", "member_of", "MIR") in said
    assert ("Juan Pérez Soto", "member_of", "MIR") not in said
    assert ("Pablo Díaz", "member_of", "DINA") not in said


def test_a_crime_on_persons_named_by_a_common_noun_and_a_passive_conviction_for_it(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Oral Federal condenó a Luis Patti. El ex comisario Ramón Camps fue condenado a 25 años de "
        "prisión por la desaparición forzada de un estudiante universitario.",
    )
    assert [k for k in said if k[1] == "perpetrated"] == [
        ("Ramón Camps", "perpetrated", "desaparición forzada de un estudiante universitario")
    ]
    typed = _typed(
        extractor,
        "La ejecución de decenas de presos políticos fue ordenada en 1973. La masacre de varios hombres de la "
        "comunidad ocurrió en 1982. Los crímenes de la dictadura y el ataque contra la población civil fueron "
        "juzgados. La quema de la embajada también fue juzgada.",
    )
    assert typed["ejecución de decenas de presos políticos"] == "Crime"
    assert typed["masacre de varios hombres de la comunidad"] == "Crime"
    assert not [name for name, kind in typed.items() if kind == "Crime" and ("dictadura" in name or "civil" in name)]
    assert not [name for name in typed if "también" in name]


def test_a_crime_types_other_names_and_a_national_codes_name_of_the_offence(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "El tribunal lo condenó por crímenes contra la humanidad, homicidio calificado y tormentos. La defensa "
        "negó que fuera un crimen de lesa humanidad. En Guatemala, la fiscalía lo acusó de delitos contra los "
        "deberes de humanidad. Fue absuelto de homicidio simple.",
        language="es",
    )
    types = {e.attributes.get("notation"): {e.name, *e.aliases} for e in result.entities if e.type == "CrimeType"}
    assert {"crímenes contra la humanidad", "crimen de lesa humanidad"} <= types["crimes_against_humanity"]
    assert "homicidio calificado" in types["murder"]
    assert "tormentos" in types["torture"]
    assert "delitos contra los deberes de humanidad" in types["war_crimes"]
    # "homicidio" is wider than murder: no type
    assert not [names for names in types.values() if any("homicidio simple" in n for n in names)]


def test_a_massacre_is_named_after_a_place_and_happened_in_the_wider_places_written_after_it(
    extractor: Extractor,
) -> None:
    said = _read(
        extractor,
        "La masacre de Barrios Altos (Lima) dejó quince muertos. La masacre de Putis, en la provincia de Huanta, "
        "en Ayacucho, ocurrió en 1984. La masacre de Cayara, dijo Juan Pérez Soto, fue planeada.",
    )
    assert ("masacre de Barrios Altos", "occurred_in", "Barrios Altos") in said
    assert ("masacre de Barrios Altos", "occurred_in", "Lima") in said
    assert ("masacre de Putis", "occurred_in", "Huanta") in said
    assert ("masacre de Putis", "occurred_in", "Ayacucho") in said
    # a person named after a place is no wider place
    assert not [k for k in said if k[0] == "masacre de Cayara" and k[2] != "Cayara"]


def test_who_led_a_body_by_cuyo_jefe_by_its_being_in_his_charge_or_by_the_command_he_held(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La CNI, cuyo jefe era Odlanier Mena, operó en Chile. La DINA, la policía secreta que dirigió el coronel "
        "Manuel Contreras, actuó en el exterior. El Batallón Atlacatl estaba al mando del teniente coronel "
        "Domingo Monterrosa. El Comando Político-Militar, que durante 1984 estuvo a cargo del general Adrián "
        "Huamán, controló la región. Abimael Guzmán, fundador y jefe de Sendero Luminoso, fue condenado. Efraín "
        "Ríos Montt ejerció el mando del Ejército de Guatemala.",
    )
    assert ("Odlanier Mena", "commands", "CNI") in said
    assert ("Manuel Contreras", "commands", "DINA") in said
    assert ("Domingo Monterrosa", "commands", "Batallón Atlacatl") in said
    assert ("Adrián Huamán", "commands", "Comando Político-Militar") in said
    assert ("Abimael Guzmán", "commands", "Sendero Luminoso") in said
    assert ("Efraín Ríos Montt", "commands", "Ejército de Guatemala") in said
    # denied, or a judge in charge of a court: no command
    said = _read(
        extractor,
        "La CNI, cuyo jefe no era Manuel Contreras, actuó. El Juzgado Cuarto, a cargo del juez Rigoberto Chicas, "
        "reabrió el caso. Pedro Soto Ruiz no ejerció el mando del Ejército de Chile.",
    )
    assert not [k for k in said if k[1] == "commands"]


def test_who_stood_at_a_bodys_head_by_a_cuyo_frente_or_past_its_acronym(extractor: Extractor) -> None:
    """ "el Ministerio de Defensa, a cuyo frente se encontraba desde 1979 el general X": X headed it; so "la Policía
    de Investigaciones (PDI), cuyo jefe, X, ...", past the acronym in brackets."""
    said = _read(
        extractor,
        "La Guardia Nacional dependía del Ministerio de Defensa, a cuyo frente se encontraba desde octubre de 1979 "
        "el general Raúl Herrera. La reunión fue convocada por la Policía de Investigaciones (PDI), cuyo jefe, "
        "Jorge Molina Paz, la presidió. Actuó junto a la Dirección de Seguridad, a cuyo frente estaba el comisario "
        "Luis Vergara.",
    )
    assert ("Raúl Herrera", "commands", "Ministerio de Defensa") in said
    assert ("Jorge Molina Paz", "commands", "Policía de Investigaciones") in said
    assert ("Luis Vergara", "commands", "Dirección de Seguridad") in said


def test_units_numbered_as_ordinals_a_force_after_a_unit_and_no_person_made_of_an_acronym(extractor: Extractor) -> None:
    typed = _typed(
        extractor,
        "COMUNICADO DE PRENSA. La Superintendencia de Seguridad Federal (SSF) actuó. Personal de la SSF los llevó. "
        "La 1.ª División de Infantería del Ejército de Chile y el 7.º Batallón del 9.º Regimiento Blindado "
        "avanzaron. El Segundo Cuerpo de Ejército y la 3ª Brigada también. Un tanque Leopard del Ejército de "
        "Chile disparó contra el Hotel Carrera. Juan de la Cruz y Edgar L. Insfrán declararon. Violó el IV "
        "Convenio de Ginebra.",
    )
    assert typed["Superintendencia de Seguridad Federal"] == "Organization"
    assert typed["1.ª División de Infantería"] == "Organization"
    assert typed["Ejército de Chile"] == "Organization"
    assert typed["7.º Batallón del 9.º Regimiento Blindado"] == "Organization"
    assert typed["Segundo Cuerpo de Ejército"] == "Organization"
    assert typed["3ª Brigada"] == "Organization"
    assert typed["Hotel Carrera"] == "Location"
    assert typed["Juan de la Cruz"] == typed["Edgar L. Insfrán"] == "Person"
    assert not [n for n, kind in typed.items() if kind == "Person" and (n.isupper() or "SSF" in n or "Convenio" in n)]
    assert not [n for n in typed if "Leopard" in n]


def test_a_verb_that_opens_a_sentence_is_no_part_of_the_name_after_it(extractor: Extractor) -> None:
    typed = _typed(extractor, "Testificaron Luis Gómez Soto y Marta Díaz. Declaró Ana Ruiz Pérez. Londoño declaró.")
    assert typed["Luis Gómez Soto"] == typed["Marta Díaz"] == typed["Ana Ruiz Pérez"] == "Person"
    assert not [n for n in typed if n.startswith(("Testificaron", "Declaró"))]


def test_the_tribunal_with_its_judges_between_commas_and_convictions_upheld_with_their_penalty(
    extractor: Extractor,
) -> None:
    said = _read(
        extractor,
        "El juicio se celebró ante el Tribunal Oral en lo Criminal Federal N° 1 de La Plata. El tribunal, integrado "
        "por los jueces Carlos Rozanski, que lo presidió, Horacio Isaurralde y Norberto Lorenzo, condenó a "
        "reclusión perpetua a Miguel Osvaldo Etchecolatz. La Cámara Federal de Casación Penal rechazó los recursos "
        "y confirmó las condenas a prisión perpetua de Etchecolatz y de Jorge Bergés.",
    )
    court = "Tribunal Oral en lo Criminal Federal N° 1 de La Plata"
    assert ("Miguel Osvaldo Etchecolatz", "convicted_by", court) in said
    assert not [k for k in said if k[1] == "convicted_by" and k[0] in {"Carlos Rozanski", "Horacio Isaurralde"}]
    assert ("Miguel Osvaldo Etchecolatz", "convicted_by", "Cámara Federal de Casación Penal") in said
    assert ("Jorge Bergés", "convicted_by", "Cámara Federal de Casación Penal") in said


def test_an_appeal_that_upheld_with_a_date_between_or_changed_the_penalty(extractor: Extractor) -> None:
    """ "confirmó el 12 de marzo de 2001 las condenas de A, a diez años de prisión, y de B": a date between the verb and
    the convictions, the penalty of one between the two; "redujo las penas de C y de D": a court that changed the
    penalty upheld the conviction; "no confirmó la condena de E": the conviction fell, nothing is said."""
    said = _read(
        extractor,
        "La Corte Suprema confirmó el 12 de marzo de 2001 las condenas de Hernán Ramírez, a diez años de prisión, "
        "y de Luis Olmedo, su segundo. La Sala Penal de Apelaciones redujo las penas de Carlos Rivas y de Pedro "
        "Montes. La Corte de Apelaciones no confirmó la condena de Julio Ferrer.",
    )
    assert ("Hernán Ramírez", "convicted_by", "Corte Suprema") in said
    assert ("Luis Olmedo", "convicted_by", "Corte Suprema") in said
    assert ("Carlos Rivas", "convicted_by", "Sala Penal de Apelaciones") in said
    assert ("Pedro Montes", "convicted_by", "Sala Penal de Apelaciones") in said
    assert not [k for k in said if k[0] == "Julio Ferrer"]


def test_a_charge_in_the_present_of_a_press_release(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Sala de Reconocimiento de la Jurisdicción Especial para la Paz imputa a Rodrigo Londoño y a Pastor "
        "Alape crímenes de guerra. La defensa de Rodrigo Londoño acusa a la prensa.",
    )
    court = "Sala de Reconocimiento de la Jurisdicción Especial para la Paz"
    assert ("Rodrigo Londoño", "charged_by", court) in said
    assert ("Pastor Alape", "charged_by", court) in said
    assert len([k for k in said if k[1] == "charged_by"]) == 2


def test_a_case_by_its_number_its_other_party_and_a_criminal_proceeding_against_a_person(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Sala dictó sentencia en el Expediente A.V. 23-2001. El juez abrió las diligencias previas 211/2008. La "
        "Corte Interamericana resolvió el caso La Cantuta vs. Perú. El proceso penal contra Salvatore Mancuso "
        "Gómez terminó en 2020; declaró también Rodrigo Tovar Mancuso.",
    )
    typed = _typed(extractor, "La Sala dictó sentencia en el Expediente A.V. 23-2001. El caso La Cantuta vs. Perú.")
    assert typed["Expediente A.V. 23-2001"] == typed["caso La Cantuta vs. Perú"] == "Case"
    case = "proceso penal contra Salvatore Mancuso Gómez"
    assert ("Salvatore Mancuso Gómez", "accused_in", case) in said
    # the name written in full names its bearer alone, not another of that surname
    assert ("Rodrigo Tovar Mancuso", "accused_in", case) not in said


def test_whom_a_crime_was_done_to_is_its_victim_never_whose_crimes_they_were(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Corte Suprema condenó a Pedro Espinoza por el asesinato del general Carlos Prats. La desaparición "
        "forzada de Víctor Olea Alegría ocurrió en 1974. Los crímenes de Augusto Pinochet fueron juzgados.",
    )
    assert said[("Carlos Prats", "victim_of", "asesinato del general Carlos Prats")] == 0.7
    assert ("Víctor Olea Alegría", "victim_of", "desaparición forzada de Víctor Olea Alegría") in said
    assert not [k for k in said if k[1] == "victim_of" and k[0] in {"Augusto Pinochet", "Pedro Espinoza"}]


def test_a_body_of_inquiry_named_by_a_noun_of_other_bodies_is_a_mechanism(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "El Grupo de Trabajo sobre la Detención Arbitraria visitó el país en 2019. La Unidad de Investigación "
        "y Acusación presentó su escrito. El Grupo Especial de Operaciones detuvo a los sospechosos.",
        language="es",
    )
    types = {e.name: e.type for e in result.entities}
    assert types.get("Grupo de Trabajo sobre la Detención Arbitraria") == "Mechanism"
    assert types.get("Unidad de Investigación y Acusación") == "Mechanism"
    assert types.get("Grupo Especial de Operaciones") == "Organization"  # a force's unit


def test_members_listed_before_a_plural_post_are_each_members(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El capitán Juan Pérez, el teniente Luis Gómez y el sargento José López, integrantes del Batallón "
        "Atlacatl, fueron condenados. La víctima, Ana Ruiz, y el cabo Pedro Soto, miembros del Batallón Belloso.",
    )
    for name in ("Juan Pérez", "Luis Gómez", "José López"):
        assert (name, "member_of", "Batallón Atlacatl") in said
    assert ("Ana Ruiz", "member_of", "Batallón Belloso") not in said  # in apposition to "la víctima": no list


def test_a_staff_named_after_estado_mayor_and_a_given_name_heading_a_sentence(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Domingo Monterrosa, comandante del Batallón Atlacatl, ordenó la masacre. Luis Vega, miembro del Estado "
        "Mayor Presidencial, fue detenido. El coronel Raúl Soto, exjefe del Estado Mayor administrativo del "
        "cuartel, fue absuelto.",
    )
    assert ("Domingo Monterrosa", "commands", "Batallón Atlacatl") in said  # "Domingo": a given name, not Sunday
    assert ("Luis Vega", "member_of", "Estado Mayor Presidencial") in said
    assert not [k for k in said if k[0] == "Raúl Soto" and k[1] == "commands"]  # a staff with no name


def test_who_did_a_crime_past_an_apposition_and_a_conviction_by_a_court_unnamed(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Sala tuvo por probado que el grupo MRN, liderado por Fidel Castaño, ejecutó la masacre de Segovia. "
        "Un tribunal guatemalteco condenó el lunes a 90 años de cárcel a Pedro García Arredondo, exjefe del "
        "Comando Seis, por la quema de la Embajada de España. El tribunal no condenó a Juan Soto por la quema "
        "del Palacio de Justicia.",
    )
    assert said[("MRN", "perpetrated", "masacre de Segovia")] == 0.7
    assert ("Fidel Castaño", "perpetrated", "masacre de Segovia") not in said  # named in the apposition
    assert said[("Pedro García Arredondo", "perpetrated", "quema de la Embajada de España")] == 0.5
    assert not [k for k in said if k[0] == "Juan Soto"]


def test_a_force_or_person_said_responsible_for_a_crime_did_it_possibly(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Sala consideró que el coronel Juan Pérez Morales fue responsable de la masacre de San Pedro. El "
        "informe concluyó que el Batallón Atlacatl fue responsable de la ejecución de cientos de campesinos en El "
        "Mozote. La Corte Interamericana responsabilizó al Ejército de Guatemala por la desaparición forzada de 20 "
        "campesinos.",
    )
    assert said[("Juan Pérez Morales", "perpetrated", "masacre de San Pedro")] == 0.5  # a person: possibly
    assert said[("Batallón Atlacatl", "perpetrated", "ejecución de cientos de campesinos")] == 0.6  # a force
    assert ("Ejército de Guatemala", "perpetrated", "desaparición forzada de 20 campesinos") in said  # a court's


def test_no_one_is_responsible_by_an_accusation_a_hedge_or_a_denial(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Los familiares responsabilizan a la Policía Nacional por el asesinato de Carlos Ruiz. El general Luis "
        "Gómez no fue responsable de la masacre de Río Negro. El capitán Jorge Salas Pinto, presunto responsable "
        "de la masacre de Cayara, huyó. El Batallón Atlacatl sería responsable de la masacre de El Calabozo.",
    )
    assert not [k for k in said if k[1] == "perpetrated"]


def test_a_forces_or_states_name_ends_with_its_nationality_and_a_prison_is_a_place(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "El Estado peruano reconoció su responsabilidad. Soldados del Ejército guatemalteco y de la Armada "
        "argentina detuvieron a los campesinos, que fueron llevados al Penal de Lurigancho. El estado de salud del "
        "preso empeoró en el Penal Miguel Castro Castro.",
        language="es",
    )
    typed = {(e.type, e.name) for e in result.entities}
    assert {("Organization", "Estado peruano"), ("Organization", "Ejército guatemalteco"),
            ("Organization", "Armada argentina")} <= typed  # fmt: skip
    assert {("Location", "Penal de Lurigancho"), ("Location", "Penal Miguel Castro Castro")} <= typed
    assert not [e for e in result.entities if e.type == "Person"]  # a prison is no one


def test_a_body_named_by_a_plural_head_is_a_body_of_its_own(extractor: Extractor) -> None:
    """ "las Patrullas de Autodefensa Civil", "los Grupos de Tareas": a unit's head in the plural heads a body's name
    (not a person's), and "el Ejército de Guatemala y de las Patrullas ..." is two bodies."""
    typed = _typed(
        extractor,
        "El tribunal dio por probado que actuó con el apoyo del Ejército de Guatemala y de las Patrullas de "
        "Autodefensa Civil. Los Grupos de Tareas de la Armada secuestraron a los militantes.",
    )
    assert typed["Ejército de Guatemala"] == "Organization"
    assert typed["Patrullas de Autodefensa Civil"] == "Organization"
    assert typed["Grupos de Tareas de la Armada"] == "Organization"


def test_doers_listed_before_the_verb_of_a_crime(extractor: Extractor) -> None:
    """ "soldados del Ejército de Guatemala y miembros de las PAC perpetraron la masacre de X": both did it; a body
    of another kind before ("Según la Comisión de la Verdad, ...") did not."""
    said = _read(
        extractor,
        "Soldados del Ejército de Guatemala y miembros de las Patrullas de Autodefensa Civil perpetraron la masacre "
        "de Río Negro. Según la Comisión para el Esclarecimiento Histórico, el Batallón Atlacatl cometió la masacre "
        "de El Mozote.",
    )
    doers = {(k[0], k[2]) for k in said if k[1] == "perpetrated"}
    assert doers == {
        ("Ejército de Guatemala", "masacre de Río Negro"),
        ("Patrullas de Autodefensa Civil", "masacre de Río Negro"),
        ("Batallón Atlacatl", "masacre de El Mozote"),
    }


def test_the_convicted_named_after_the_verdict_and_what_all_of_them_were(extractor: Extractor) -> None:
    """ "Los condenados en el caso X son A, B y C, todos antiguos miembros de Z": each convicted by the court
    named before, accused in the case, a member of Z; "Los absueltos fueron ..." acquitted."""
    said = _read(
        extractor,
        "El Tribunal Primero de Sentencia Penal de Cobán condenó el lunes a tres exsoldados por la masacre. "
        "Los condenados en el caso Río Negro son Pedro Gómez Tut, Juan Caal Xol y Marcos Ical Coc, todos antiguos "
        "miembros de la Policía Militar Ambulante. Los absueltos fueron Luis Chen Pop y Mario Sis Tun.",
    )
    court = "Tribunal Primero de Sentencia Penal de Cobán"
    for person in ("Pedro Gómez Tut", "Juan Caal Xol", "Marcos Ical Coc"):
        assert (person, "convicted_by", court) in said
        assert (person, "accused_in", "caso Río Negro") in said
        assert (person, "member_of", "Policía Militar Ambulante") in said
    for person in ("Luis Chen Pop", "Mario Sis Tun"):
        assert (person, "acquitted_by", court) in said
        assert (person, "convicted_by", court) not in said


def test_a_place_is_also_named_with_the_noun_of_its_subdivision(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Los soldados mataron a veinte campesinos en el departamento de Alta Tierra y en la provincia del Chaco.",
        language="es",
    )
    names = {n for e in result.entities if e.type == "Location" for n in [e.name, *e.aliases]}
    assert {"departamento de Alta Tierra", "provincia del Chaco"} <= names


def test_a_verdict_said_once_for_two_and_a_verb_first_in_its_sentence(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Oral Federal N° 2 de Rosario juzgó a los acusados. Óscar Pedro Lemos fue condenado a 25 años "
        "y Hernán Darío Quiroga a 12. Elevó además la pena de Juan Carlos Soria a 20 años. Condenó también a "
        "Ramón Ángel Díaz a 8 años de prisión y a Luis Alberto Pérez a 6 años.",
    )
    court = "Tribunal Oral Federal N° 2 de Rosario"
    # "y B a 12": the verb of the one before, said for him too
    assert ("Hernán Darío Quiroga", "convicted_by", court) in said
    # the verb first in its sentence: the court named before
    assert ("Juan Carlos Soria", "convicted_by", court) in said
    assert ("Ramón Ángel Díaz", "convicted_by", court) in said
    # "a A a 8 años de prisión y a B": past the penalty of the one before
    assert ("Luis Alberto Pérez", "convicted_by", court) in said


def test_no_verdict_for_a_person_after_y_with_a_verb_of_his_own(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Oral Federal N° 2 de Rosario juzgó a los acusados. Óscar Pedro Lemos fue condenado a 25 años "
        "y Hernán Darío Quiroga declaró como testigo.",
    )
    assert not [k for k in said if k[0] == "Hernán Darío Quiroga"]


def test_persons_listed_each_after_a_title_who_received_a_penalty(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Oral Federal N° 3 de Córdoba dictó sentencia en 2016. Los ex comisarios Juan Pablo Ferreyra y "
        "Mario Alberto Luna, el ex capitán Hugo Daniel Soria y el ex sargento Luis Omar Pereyra recibieron la pena "
        "máxima. Ana María Gómez declaró contra Carlos Ruiz, y Pedro Juan Ortiz recibió 20 años.",
    )
    court = "Tribunal Oral Federal N° 3 de Córdoba"
    for person in ("Juan Pablo Ferreyra", "Mario Alberto Luna", "Hugo Daniel Soria", "Luis Omar Pereyra"):
        assert (person, "convicted_by", court) in said
    assert ("Pedro Juan Ortiz", "convicted_by", court) in said
    # a verb in the singular is said of the last alone; a witness and whom she accused are no party
    assert not [k for k in said if k[0] in {"Ana María Gómez", "Carlos Ruiz"}]


def test_a_body_described_as_a_unit_of_another_and_a_units_number(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Solo dos agentes de la Dirección de Operaciones Especiales (DINOES), unidad de la Policía Nacional, "
        "dispararon. La Brigada Móvil N.º 15 (BRIM15) y el Batallón de Infantería N.º 9 (BIN9), con sede en "
        "Tumaco, ambas unidades del Ejército Nacional, operaban en la zona.",
    )
    assert said[("Dirección de Operaciones Especiales", "part_of", "Policía Nacional")] == 0.7
    # "ambas unidades": each of the two listed; "N.º 15" is part of the unit's name
    assert ("Brigada Móvil N.º 15", "part_of", "Ejército Nacional") in said
    assert ("Batallón de Infantería N.º 9", "part_of", "Ejército Nacional") in said
    assert not [k for k in said if k[0] == "Tumaco" or k[2] == "Tumaco"]


def test_no_part_for_a_body_that_is_not_described_as_one(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Dirección de Operaciones Especiales, que no era unidad de la Policía Nacional, actuó sola. "
        "La Asociación de Familiares, en contra de la Policía Nacional, protestó.",
    )
    assert not [k for k in said if k[1] == "part_of"]


def test_a_crime_on_persons_counted_keeps_their_adjectives(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "El tribunal juzgó la desaparición forzada de doce campesinos mayas ixiles en 1982 y el asesinato de "
        "171 personas identificadas después.",
        language="es",
    )
    crimes = {e.name for e in result.entities if e.type == "Crime"}
    assert "desaparición forzada de doce campesinos mayas ixiles" in crimes
    # a participle begins a clause of its own: not part of whom the crime was done to
    assert "asesinato de 171 personas" in crimes


def test_an_arrest_ordered_charges_whom_it_names(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Juzgado Nacional en lo Criminal y Correccional Federal N° 4 abrió la causa en 2010. Amparada en la "
        "jurisdicción universal, la jueza ordenó en septiembre de 2013 la detención con fines de extradición de "
        "tres antiguos policías: Juan Pérez Gil, el ex comisario Luis Ortega Ruiz y el ex inspector Pablo Soto "
        "Vega. El Juzgado Cuarto de Instrucción de Santa Ana ordenó la captura de Mario Díaz Lemus.",
    )
    first = "Juzgado Nacional en lo Criminal y Correccional Federal N° 4"
    # "la jueza": the court named before, likely only; each listed after the colon, past his title
    for person in ("Juan Pérez Gil", "Luis Ortega Ruiz", "Pablo Soto Vega"):
        assert said[(person, "charged_by", first)] == 0.6
    assert said[("Mario Díaz Lemus", "charged_by", "Juzgado Cuarto de Instrucción de Santa Ana")] == 0.7


def test_no_charge_from_an_arrest_denied_or_ordered_by_no_court(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Juzgado Cuarto de Instrucción de Santa Ana abrió la causa. El tribunal no ordenó la detención de Raúl "
        "Campos Vera. La policía ordenó la detención de Ana Ruiz Paz.",
    )
    assert not [k for k in said if k[1] == "charged_by"]


def test_the_accused_named_as_such_with_their_nicknames_by_the_chamber_named_before(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Sala de Reconocimiento de Verdad de la Jurisdicción Especial para la Paz (JEP) dictó el auto en 2022. "
        'Los imputados son Pedro Gómez Ruiz, conocido como "Mario Gil", último jefe del frente; Juan Díaz Sosa, '
        'alias "Carlos Ortiz"; y Luis Mora Paz. Entre los procesados, señalados como máximos responsables, se '
        "encuentran el general Mario Vega Ortiz y el coronel Raúl Ruiz Lemus.",
    )
    # a chamber of a court judges, whatever its name holds ("Verdad"); the chamber, not the court its acronym
    # in brackets names
    chamber = "Sala de Reconocimiento de Verdad de la Jurisdicción Especial para la Paz"
    for person in ("Pedro Gómez Ruiz", "Juan Díaz Sosa", "Luis Mora Paz", "Mario Vega Ortiz", "Raúl Ruiz Lemus"):
        assert (person, "charged_by", chamber) in said
    # a nickname is no party of its own
    assert not [k for k in said if k[0] in {"Mario Gil", "Carlos Ortiz"}]


def test_the_body_whose_men_killed_in_a_sentence_that_names_one_crime(extractor: Extractor) -> None:
    said = _read(extractor, "Durante la masacre de Cayara, soldados del Ejército Peruano asesinaron a 39 campesinos.")
    assert said[("Ejército Peruano", "perpetrated", "masacre de Cayara")] == 0.5  # possible only


def test_no_doer_of_a_crime_from_a_killing_denied_or_beside_two_crimes(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Durante la masacre de Cayara, el Ejército Peruano no disparó contra nadie. Tras la masacre de Accomarca y "
        "la masacre de Cayara, soldados del Ejército Peruano asesinaron a dos testigos.",
    )
    assert not [k for k in said if k[1] == "perpetrated"]


def test_a_judge_named_before_the_verb_acts_for_the_court_named_before(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Juzgado Letrado Penal de Paysandú recibió la causa en 2011. Tres años después, el juez Mario Ortega "
        "condenó a Walter Pérez Castro, y la jueza volvió a procesar e imputó además al coronel Hugo Lima Reyes.",
    )
    court = "Juzgado Letrado Penal de Paysandú"
    assert ("Walter Pérez Castro", "convicted_by", court) in said
    assert ("Hugo Lima Reyes", "charged_by", court) in said
    assert not [k for k in said if k[0] == "Mario Ortega"]  # the judge is no party


def test_a_crime_occurred_in_the_wider_places_the_document_puts_its_place_in(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La masacre de Accomarca conmovió al país. Los soldados entraron en Accomarca, en el municipio de "
        "Vilcashuamán, departamento de Ayacucho, al amanecer. Después fueron a Lima, Cusco y Arequipa.",
    )
    crime = "masacre de Accomarca"
    assert said[(crime, "occurred_in", "Vilcashuamán")] == 0.6  # across sentences: likely, not attested
    assert (crime, "occurred_in", "Ayacucho") in said
    # a list of places puts none in another
    assert not [k for k in said if k[2] in {"Cusco", "Arequipa"}]


def test_the_kinds_a_conviction_gives_the_crime_it_was_for(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Oral Federal N° 1 de Tucumán condenó a Luis Pérez Ortiz a 25 años de prisión por los delitos de "
        "genocidio y desaparición forzada por la masacre de Famaillá, y de tortura por los secuestros de la Escuelita.",
    )
    crime = "masacre de Famaillá"
    assert said[(crime, "of_type", "genocidio")] == 0.7
    assert (crime, "of_type", "desaparición forzada") in said
    # the kind said for the next crime is not this one's, and is that one's
    assert (crime, "of_type", "tortura") not in said
    assert ("secuestros de la Escuelita", "of_type", "tortura") in said


def test_a_verdict_given_in_another_country_is_not_the_court_named_before(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Tribunal Primero de Sentencia Penal condenó a Mario Ortiz Lemus. Julio Ramos Cano, exintegrante de "
        "la patrulla, fue condenado en 2011 en Estados Unidos a ocho años de prisión por fraude migratorio. "
        "Pedro Soto Paz fue condenado a 30 años por los asesinatos cometidos en Guatemala.",
    )
    court = "Tribunal Primero de Sentencia Penal"
    assert ("Mario Ortiz Lemus", "convicted_by", court) in said
    assert not [k for k in said if k[0] == "Julio Ramos Cano" and k[1] == "convicted_by"]
    # a country after "por": where the crime was, not the verdict
    assert ("Pedro Soto Paz", "convicted_by", court) in said


def test_a_verdicts_parties_past_a_closed_clause_and_the_bodies_they_served(extractor: Extractor) -> None:
    result, said = _read_all(
        extractor,
        "Guatemala: condena por la desaparición de Luis Arana Paz\n\n"
        "El Tribunal Segundo de Sentencia condenó el lunes al coronel retirado Mario Soto Lemus, que dirigía la "
        "Policía Nacional en 1982, y a Pedro Ruiz Cano, entonces jefe del Segundo Cuerpo de esa institución, por "
        "la desaparición forzada del maestro y dirigente campesino Luis Arana Paz. En 2009 otro tribunal condenó "
        "a los exagentes de la Policía Nacional Julio Mena Ortiz y Carlos Vela Rosas. En 2014 la Corte "
        "Interamericana de Derechos Humanos declaró responsable al Estado por la desaparición en el Caso Arana y "
        "Familiares vs. Guatemala.",
    )
    court = "Tribunal Segundo de Sentencia"
    # "al coronel A, que dirigía ..., y a B": both; the victim after "por la desaparición ... del" is no party
    assert ("Mario Soto Lemus", "convicted_by", court) in said
    assert ("Pedro Ruiz Cano", "convicted_by", court) in said
    assert not [k for k in said if k[0] == "Luis Arana Paz" and k[1] != "victim_of"]
    assert ("Pedro Ruiz Cano", "commands", "Segundo Cuerpo") in said  # "entonces jefe del"
    # "los exagentes de la Policía Nacional A y B": a body's name ends before a person's, and each served in it
    assert ("Julio Mena Ortiz", "member_of", "Policía Nacional") in said
    assert ("Carlos Vela Rosas", "member_of", "Policía Nacional") in said
    assert not [e for e in result.entities if e.type == "Organization" and "Julio" in e.name]
    # one disappearance of one person, by its two names; its long name holds the victim's
    [crime] = [e for e in result.entities if e.type == "Crime"]
    assert {crime.name, *crime.aliases} == {
        "desaparición de Luis Arana Paz",
        "desaparición forzada del maestro y dirigente campesino Luis Arana Paz",
    }
    assert ("Luis Arana Paz", "victim_of", crime.name) in said
    assert ("Mario Soto Lemus", "perpetrated", crime.name) in said
    # a case against a state ("y Familiares vs. Guatemala"): no person accused in it, tried by no court of theirs
    case = "Caso Arana y Familiares vs. Guatemala"
    assert (case, "tried_by", "Corte Interamericana de Derechos Humanos") in said
    assert not [k for k in said if case in k and k[1] != "tried_by"]
    assert not [k for k in said if k[0] == case and k[2] == court]


def test_a_group_called_so_did_a_crime_and_its_leader_after_que_comandaba(extractor: Extractor) -> None:
    result, said = _read_all(
        extractor,
        "INFORME \u2013 MASACRE DE LA ESPERANZA (ANTIOQUIA, COLOMBIA)\n\n"
        'La masacre de La Esperanza fue perpetrada por el grupo paramilitar conocido como "Los Escopeteros", '
        "aliado de las Autodefensas del Río Claro que comandaba Ramón Isaza Gil. En 2004 un juez de ejecución de "
        "penas de Rionegro revisó la condena.",
    )
    types = {e.name: e.type for e in result.entities}
    crime = "masacre de La Esperanza"  # as prose writes it, not as the heading's capitals
    assert types[crime] == "Crime"
    assert ("Los Escopeteros", "perpetrated", crime) in said
    assert ("Ramón Isaza Gil", "commands", "Autodefensas del Río Claro") in said
    # places in a heading's capitals are places; a sentence carried out is no crime
    assert types["COLOMBIA"] == "Location"
    assert not [n for n, t in types.items() if t == "Crime" and "penas" in n]


def test_members_listed_after_a_colon_or_named_in_a_relative_clause(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La jueza procesó a tres militares de la 2.ª Brigada Blindada del Ejército de Chile: el sargento Luis "
        "Parra Soto, jefe del pelotón; el capitán Mario Vega Ríos, jefe de su compañía; y el mayor Raúl Ortiz Paz. "
        "Pedro Lagos Díaz comandó el Batallón Chacabuco, que integraba el teniente del Ejército Jorge Medina "
        "Rojas. Los testigos del Batallón Maipo, la periodista Ana Reyes Luna, declararon.",
    )
    brigade = "2.ª Brigada Blindada"
    assert ("Luis Parra Soto", "member_of", brigade) in said
    assert ("Mario Vega Ríos", "member_of", brigade) in said
    assert ("Raúl Ortiz Paz", "member_of", brigade) in said
    assert ("Jorge Medina Rojas", "member_of", "Batallón Chacabuco") in said
    assert not [k for k in said if k[0] == "Ana Reyes Luna"]  # a witness is no member


def test_a_verdicts_parties_counted_then_listed_after_a_colon(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El Juzgado Central de Instrucción número 4, cuyo titular es el magistrado Pablo Ruz, procesó en mayo de "
        "2012, por asesinato, a tres oficiales de la 2.ª Brigada Blindada: el sargento Luis Parra Soto, jefe del "
        "carro que disparó; el capitán Mario Vega Ríos, jefe de su compañía; y el mayor Raúl Ortiz Paz.",
    )
    court = "Juzgado Central de Instrucción número 4"
    for person in ("Luis Parra Soto", "Mario Vega Ríos", "Raúl Ortiz Paz"):
        assert (person, "charged_by", court) in said
    assert not [k for k in said if k[0] == "Pablo Ruz"]  # the judge is no party


def test_a_chambers_ordinal_and_the_parties_after_those_a_charge_is_about(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El ministro de la Corte de Apelaciones de Valparaíso, Jorge Vidal Soto, sometió hoy a proceso a cuatro "
        "exmilitares. El magistrado procesó como autores de homicidio calificado, en el caso de Ana Ríos Paz, y de "
        "secuestro, en el de Juan Mora Díaz, a Pedro Lagos Vera y a Luis Soto Gil. En 2020 la Segunda Sala de la "
        "Corte Suprema condenó a Pedro Lagos Vera a 15 años.",
    )
    court = "Corte de Apelaciones de Valparaíso"
    assert ("Pedro Lagos Vera", "charged_by", court) in said
    assert ("Luis Soto Gil", "charged_by", court) in said
    # those the charge is about, after "de", are no parties
    assert not [k for k in said if k[0] in {"Ana Ríos Paz", "Juan Mora Díaz"} and k[1] != "victim_of"]
    assert ("Pedro Lagos Vera", "convicted_by", "Segunda Sala de la Corte Suprema") in said


def test_an_order_to_stand_trial_and_the_accused_named_as_such(extractor: Extractor) -> None:
    result, said = _read_all(
        extractor,
        "El juez Pablo Reyes, de la Corte Superior de Justicia de Lima, dictó auto de procesamiento contra el "
        "expresidente Mario Salas Vera, los exministros de Defensa Luis Paredes Ortiz y Jorge Mena Ríos, y el "
        "exasesor Raúl Soto Gil. El Programa Nacional de Seguridad Rural fue creado en 1995.\n\n"
        "Entre los procesados figura el general Hugo Bravo Luna. También están procesados el coronel Iván Rojas "
        "Paz y el mayor Tomás Vidal Ruiz.",
    )
    court = "Corte Superior de Justicia de Lima"
    for person in ("Mario Salas Vera", "Luis Paredes Ortiz", "Jorge Mena Ríos", "Raúl Soto Gil", "Hugo Bravo Luna",
                   "Iván Rojas Paz", "Tomás Vidal Ruiz"):  # fmt: skip
        assert (person, "charged_by", court) in said
    # a portfolio and a programme are no one's names
    assert not [e for e in result.entities if e.type == "Person" and e.name.startswith(("Defensa", "Programa"))]


def test_a_bodys_office_or_a_camp_after_a_title_is_no_person(extractor: Extractor) -> None:
    result, _ = _read_all(
        extractor,
        "Fueron procesados Karim Sefrioui, gobernador en la Administración Territorial del Ministerio del Interior, "
        "y Omar Tazi, jefe de la Secretaría de Seguridad. Otros testigos describieron el bombardeo del Campamento "
        "Norte.",
    )
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert {"Karim Sefrioui", "Omar Tazi"} <= persons
    assert not [p for p in persons if p.startswith(("Administración", "Secretaría", "Campamento"))]


def test_a_night_named_as_an_event_is_no_person_and_no_victim(extractor: Extractor) -> None:
    result, said = _read_all(
        extractor,
        "La Corte Suprema reactivó la causa por los secuestros de la llamada Noche de las Sirenas, cometidos en "
        "Tucumán en 1976. Ramón Quiroga, expresidente del Ingenio Concepción, está procesado.",
    )
    persons = {e.name for e in result.entities if e.type == "Person"}
    assert not [p for p in persons if p.startswith(("Noche", "Ingenio"))]
    assert not [k for k in said if k[1] == "victim_of" and k[0].startswith("Noche")]


def test_an_upheld_acquittal_and_titles_in_lower_case_before_each_name(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "La Sala Penal de la Corte Suprema confirmó además la absolución del coronel (r) Ramón Díaz Soto y del "
        "agente civil Luis Mena Vera. La Corte de Apelaciones de Valparaíso confirmó las condenas del general (r) "
        "Pedro Lagos Ruiz y del capitán Ana Ruiz Paz. La Corte Suprema no confirmó la absolución de Jorge Vidal Toro.",
    )
    chamber = "Sala Penal de la Corte Suprema"
    assert ("Ramón Díaz Soto", "acquitted_by", chamber) in said
    assert ("Luis Mena Vera", "acquitted_by", chamber) in said
    assert ("Pedro Lagos Ruiz", "convicted_by", "Corte de Apelaciones de Valparaíso") in said
    assert ("Ana Ruiz Paz", "convicted_by", "Corte de Apelaciones de Valparaíso") in said
    assert not [k for k in said if k[0] == "Jorge Vidal Toro"]
    assert not [k for k in said if k[1] == "convicted_by" and k[0] in {"Ramón Díaz Soto", "Luis Mena Vera"}]


def test_declared_not_guilty_is_an_acquittal(extractor: Extractor) -> None:
    """A harm: "declaró no culpable" was read as "declaró culpable", a conviction of the acquitted."""
    said = _read(
        extractor,
        "El Tribunal Primero de Sentencia Penal declaró no culpable al coronel Juan Pérez Molina. El Tribunal "
        "Segundo de Sentencia declaró culpable a Pedro Ruiz. El Tribunal Tercero de Sentencia declaró inocente a "
        "Luis Gómez.",
    )
    assert ("Juan Pérez Molina", "acquitted_by", "Tribunal Primero de Sentencia Penal") in said
    assert not [k for k in said if k[1] == "convicted_by" and k[0] in {"Juan Pérez Molina", "Luis Gómez"}]
    assert ("Luis Gómez", "acquitted_by", "Tribunal Tercero de Sentencia") in said
    assert ("Pedro Ruiz", "convicted_by", "Tribunal Segundo de Sentencia") in said


def test_a_units_commander_is_not_the_commander_of_the_force_its_apposition_names(extractor: Extractor) -> None:
    """A harm: "El Batallón Y, una unidad del Ejército, estaba al mando del teniente coronel X" made X the
    commander of the whole army."""
    said = _read(
        extractor,
        "El Batallón Bravo, una unidad del Ejército, estaba al mando del entonces teniente coronel Humberto Ríos.",
    )
    assert ("Humberto Ríos", "commands", "Ejército") not in said
    assert ("Humberto Ríos", "commands", "Batallón Bravo") in said


def test_units_named_by_a_number_after_their_head(extractor: Extractor) -> None:
    """ "la Brigada 17", "el Batallón 316", "la Zona Militar No. 17-15": the number is the unit's name (the body
    was lost, or read "Batallón" alone; "No." ended the sentence)."""
    said = _read(
        extractor,
        "El coronel Luis Vega comandaba la Brigada 17. El mayor Raúl Soto, comandante del Batallón 316, fue "
        "procesado. Francisco Gil, comandante de la Zona Militar No. 17-15, fue condenado. La Zona Militar 21 "
        "estaba al mando del coronel Pablo Ruiz.",
    )
    assert ("Luis Vega", "commands", "Brigada 17") in said
    assert ("Raúl Soto", "commands", "Batallón 316") in said
    assert ("Francisco Gil", "commands", "Zona Militar No. 17-15") in said
    assert ("Pablo Ruiz", "commands", "Zona Militar 21") in said


def test_a_court_named_by_a_bare_number_and_a_body_after_a_word_of_its_parts(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "El Tribunal Oral Federal 2 de Mar del Plata absolvió a Marta Ibáñez y el Tribunal Oral Federal 4 condenó "
        "a Raúl Ferreyra. En 1989 columnas de Puka Llacta asesinaron a tres alcaldes.",
        language="es",
    )
    names = {e.id: e.name for e in result.entities}
    verdicts = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    assert ("Marta Ibáñez", "acquitted_by", "Tribunal Oral Federal 2 de Mar del Plata") in verdicts
    assert ("Marta Ibáñez", "acquitted_by", "Tribunal Oral Federal") not in verdicts  # a number names one court
    assert {e.name: e.type for e in result.entities}.get("Puka Llacta") == "Organization"  # a body, not a person


def test_who_took_a_commanders_post_and_when(extractor: Extractor) -> None:
    """ "A sucedió al coronel B al frente de la Brigada 21 en mayo de 1995", "B fue reemplazado por A al frente de
    Z", "B fue sucedido en el mando de Z por A": A commands Z from then, B until then, neither the other's superior;
    "no sucedió" says nothing (nlp/spanish/successors.py)."""
    for text in (
        "El coronel Luis Mejía sucedió al coronel Raúl Pinto al frente de la Brigada 12 en mayo de 1995. Luego fue "
        "ascendido a general.",
        "El coronel Raúl Pinto fue reemplazado por el coronel Luis Mejía al frente de la Brigada 12 en mayo de 1995. "
        "Luego dejó el ejército.",
        "El coronel Raúl Pinto fue sucedido en el mando de la Brigada 12 por el coronel Luis Mejía en mayo de 1995. "
        "Luego dejó el ejército.",
    ):
        result = extractor.extract_text(text, language="es")
        names = {e.id: e.name for e in result.entities}
        dated = {(names[r.subject], r.predicate, names[r.object], r.valid_from, r.valid_to) for r in result.relations}
        assert ("Luis Mejía", "commands", "Brigada 12", "1995-05", None) in dated, dated
        assert ("Raúl Pinto", "commands", "Brigada 12", None, "1995-05") in dated, dated
        assert not [r for r in dated if r[1] == "commands" and r[2] in {"Luis Mejía", "Raúl Pinto"}]
    said = _read(
        extractor,
        "El coronel Luis Mejía no sucedió al coronel Raúl Pinto al frente de la Brigada 12. Luego fue ascendido a "
        "general.",
    )
    assert not [r for r in said if r[1] == "commands"]


def test_a_conviction_by_no_court_named_still_says_what_its_party_did(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El coronel Pedro Vargas fue condenado a cadena perpetua en 2011 por el secuestro de los estudiantes de "
        "Tarnik. El general Marco Ruiz nunca fue condenado por el bombardeo de Velda.",
    )
    assert said[("Pedro Vargas", "perpetrated", "secuestro de los estudiantes de Tarnik")] == 0.5
    assert not [k for k in said if k[1] == "convicted_by" or k[0] == "Marco Ruiz"]


def test_a_person_named_after_the_body_of_his_post(extractor: Extractor) -> None:
    # the body's name ends where a given name begins after a post ("ex comisario de la Policía Federal"), but a
    # unit named after a person by its head alone stays one name ("el Batallón Simón Bolívar")
    said = _read(
        extractor,
        "El juez pidió la extradición del ex comisario de la Policía Federal Adolfo Ramón Benítez Sosa, reclamado "
        "por torturas. El tribunal condenó al ex comandante del Batallón Simón Bolívar por los secuestros.",
    )
    assert ("Adolfo Ramón Benítez Sosa", "member_of", "Policía Federal") in said
    assert not [k for k in said if "Simón Bolívar" in k[0]]


def test_a_person_named_once_with_a_middle_name_keeps_his_surname(extractor: Extractor) -> None:
    # "Ernesto Cordero" in the headline and "Ernesto Manuel Cordero" in the text are one person: "Cordero"
    # alone is his
    said = _read(
        extractor,
        "La Audiencia condena al militar Ernesto Cordero\n\nEl teniente Ernesto Manuel Cordero fue "
        "extraditado en 2004. La Sala de lo Penal de la Audiencia Nacional condenó a Cordero el 3 de marzo de "
        "2008 a 30 años de prisión.",
    )
    assert ("Ernesto Manuel Cordero", "convicted_by", "Sala de lo Penal de la Audiencia Nacional") in said


def test_names_listed_in_brackets_a_cartel_and_a_body_under_its_commander(extractor: Extractor) -> None:
    # "(Los Elenos, FALN)": each another name of the body; "el cartel de Cali" a body; "las Autodefensas de X,
    # al mando de Y": Y commands them; "el Grupo 7 de la Armada, al mando de Z": the group's, not the navy's
    result, said = _read_all(
        extractor,
        "Las Fuerzas Armadas de Liberación Nacional (Los Elenos, FALN) actuaron en Caracas. Las FALN cometieron "
        "el secuestro de un industrial. Gilberto Rodríguez Orejuela, jefe del cartel de Cali, fue extraditado. "
        "El ataque fue ejecutado por las Autodefensas del Sur del Cesar, al mando de Rodrigo Tovar Pupo. En Tumaco "
        "operaba el Grupo de Combate 7 de la Armada, al mando del capitán Luis Ernesto Vargas.",
    )
    faln = next(e for e in result.entities if e.name == "Fuerzas Armadas de Liberación Nacional")
    assert {"Los Elenos", "FALN"} <= set(faln.aliases)
    assert ("Fuerzas Armadas de Liberación Nacional", "perpetrated", "secuestro de un industrial") in said
    assert ("Gilberto Rodríguez Orejuela", "commands", "cartel de Cali") in said
    assert ("Rodrigo Tovar Pupo", "commands", "Autodefensas del Sur del Cesar") in said
    assert ("Luis Ernesto Vargas", "commands", "Grupo de Combate 7") in said
    assert not [k for k in said if k[0] == "Luis Ernesto Vargas" and k[2] == "Armada"]


def test_an_assassination_an_attack_and_an_offence_against_the_constitution(extractor: Extractor) -> None:
    # "el magnicidio de X", "el atentado contra el juez Y", "el fusilamiento de Z": crimes; "atentado contra la
    # Constitución" is an offence's name, no crime told; "el Nuevo Partido ..." a body
    result, said = _read_all(
        extractor,
        "El magnicidio de Álvaro Gómez Hurtado ocurrió en Bogotá. El atentado contra el juez Carlos Valencia "
        "García fue atribuido al cartel de Medellín. Juan Pérez, jefe del Nuevo Partido Liberal, fue condenado "
        "por atentado contra la Constitución.",
    )
    crimes = {e.name for e in result.entities if e.type == "Crime"}
    assert {"magnicidio de Álvaro Gómez Hurtado", "atentado contra el juez Carlos Valencia García"} <= crimes
    assert not [c for c in crimes if "Constitución" in c]
    assert ("Juan Pérez", "commands", "Nuevo Partido Liberal") in said


def test_a_killing_at_a_place_is_possibly_the_crime_named_after_it_elsewhere(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "Un caso emblemático es la masacre de Lucmahuayco. El 14 de agosto de 1985, soldados del Ejército "
        "Nacional asesinaron a 62 comuneros del distrito de Lucmahuayco, en la provincia de La Convención.\n\n"
        "La masacre de Huancasancos fue juzgada en 2020. En 1983 columnas del Frente Rojo asesinaron a las "
        "autoridades de la zona y obligaron a la población a huir, y en 1984 se instaló una base militar en "
        "Huancasancos.",
    )
    assert said[("Ejército Nacional", "perpetrated", "masacre de Lucmahuayco")] == 0.5
    assert not [k for k in said if k[0] == "Frente Rojo" and k[1] == "perpetrated"]  # the place is another clause's


def test_a_prosecutions_charge_named_by_its_noun_and_the_case_it_opened(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "El caso Huaylas se abrió cuando el Segundo Juzgado Penal de Huaraz admitió la denuncia de la Tercera "
        "Fiscalía Penal de Áncash contra Mario Quispe Rojas, Jorge Paucar Lima y Raúl Tello Vega por homicidio. "
        "La Fiscalía de Lima presentó una denuncia penal contra Pedro Ruiz Salas. La Fiscalía de Lima no presentó "
        "la denuncia contra Ana Ruiz Salas.",
    )
    fiscalia = "Tercera Fiscalía Penal de Áncash"
    for person in ("Mario Quispe Rojas", "Jorge Paucar Lima", "Raúl Tello Vega"):
        assert (person, "charged_by", fiscalia) in said
        assert said[(person, "accused_in", "caso Huaylas")] == 0.6
    assert ("Pedro Ruiz Salas", "charged_by", "Fiscalía de Lima") in said
    assert not [k for k in said if k[0] == "Ana Ruiz Salas"]


def test_whom_a_sentences_verdicts_name_is_accused_in_the_case_it_names_after_en_el(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "En el caso Tucapel, la Corte Suprema confirmó el 3 de mayo de 2002 las condenas de Álvaro Corbalán "
        "Castilla, a presidio perpetuo, y de Carlos Herrera Jiménez, a diez años. En su informe, la comisión citó "
        "el caso Prats; la Corte Suprema absolvió a Juan Pérez Soto.",
    )
    assert said[("Álvaro Corbalán Castilla", "accused_in", "caso Tucapel")] == 0.6
    assert ("Carlos Herrera Jiménez", "accused_in", "caso Tucapel") in said
    assert ("Juan Pérez Soto", "accused_in", "caso Prats") not in said  # a case only cited, not after "en el"


def test_a_deputy_is_one_of_the_body_and_a_body_made_of_persons_listed(extractor: Extractor) -> None:
    said = _read(
        extractor,
        "También está procesado el general de brigada Paul Kagabo, comandante adjunto de la MINUAR. El Grupo "
        "Cóndor, integrado por Luis Paredes Soto y Carlos Vidal Ríos, operaba en Lima. La Sala, integrada por los "
        "jueces Ana Ruiz Salas y Pedro Soto Vega, dictó sentencia.",
    )
    assert ("Paul Kagabo", "member_of", "MINUAR") in said
    assert ("Paul Kagabo", "commands", "MINUAR") not in said  # a deputy, not the head
    assert {
        ("Luis Paredes Soto", "member_of", "Grupo Cóndor"),
        ("Carlos Vidal Ríos", "member_of", "Grupo Cóndor"),
    } <= said.keys()
    assert not [k for k in said if k[0] in {"Ana Ruiz Salas", "Pedro Soto Vega"}]  # judges of a chamber


def test_a_court_of_no_name_told_by_its_place_is_that_court(extractor: Extractor) -> None:
    result, said = _read_all(
        extractor,
        "En 1947, un tribunal militar británico en Venecia condenó a muerte a Karl Huber. En 2010 una corte federal "
        "en Miami condenó a Pedro Ruiz Salas. En 2011 un tribunal guatemalteco condenó a Ana Ruiz Salas.",
    )
    assert ("Karl Huber", "convicted_by", "tribunal militar británico en Venecia") in said
    assert ("Pedro Ruiz Salas", "convicted_by", "corte federal en Miami") in said
    assert "tribunal guatemalteco" not in {e.name for e in result.entities}  # a court of a country, no more said
