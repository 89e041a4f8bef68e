"""The German relations (nlp/german/relations.py), read from the words between names with no parser, and the
German names they depend on: verdicts, charges, trials, posts, units and crimes, and the links they must
never make. Real spaCy blank German and the project's German components, on sentences written for these
tests from public facts (none from a development document).
"""

from __future__ import annotations

from nlp.pipeline import Extractor

Said = dict[tuple[str, str, str], float | None]


def _read(extractor: Extractor, text: str) -> tuple[set[tuple[str, str]], Said]:
    result = extractor.extract_text(text, language="de")
    assert result.document["language"] == "de"
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]): r.confidence for r in result.relations}
    return {(e.type, e.name) for e in result.entities}, said


def test_a_court_convicts_or_acquits_the_persons_its_verb_names(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Der 2. Strafsenat des Oberlandesgerichts Celle hat am 30. November 2023 den gambischen "
        "Staatsangehörigen Bai L. wegen Mordes zu lebenslanger Haft verurteilt. Am 12. Mai 2011 verurteilte "
        "das Landgericht München II John Demjanjuk zu fünf Jahren Haft. Im Dezember 2022 sprach das Landgericht "
        "Itzehoe die frühere Sekretärin Irmgard F. schuldig. Das Landgericht Hamburg sprach Karl Weber frei.",
    )
    assert said[("Bai L.", "convicted_by", "2. Strafsenat des Oberlandesgerichts Celle")] == 0.8
    assert ("Mechanism", "Landgericht München II") in found  # a court's number is its name's
    assert ("John Demjanjuk", "convicted_by", "Landgericht München II") in said
    assert ("Irmgard F.", "convicted_by", "Landgericht Itzehoe") in said
    assert ("Karl Weber", "acquitted_by", "Landgericht Hamburg") in said
    assert not [k for k in said if k[0] == "Karl Weber" and k[1] == "convicted_by"]


def test_a_passive_verdict_names_its_court_or_takes_the_one_named_before(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Bruno D. wurde vom Landgericht Hamburg zu zwei Jahren Jugendstrafe auf Bewährung verurteilt.\n\n"
        "Das Landgericht Neuruppin verhandelte gegen Josef S. Im Juni 2022 wurde Josef S. zu fünf Jahren Haft "
        "verurteilt.",
    )
    assert said[("Bruno D.", "convicted_by", "Landgericht Hamburg")] == 0.7
    assert said[("Josef S.", "convicted_by", "Landgericht Neuruppin")] == 0.6  # likely, not said


def test_no_verdict_from_a_negated_clause_a_witness_or_a_prosecution(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Landgericht Hamburg hat Bruno D. nicht verurteilt. Josef S. wurde vom Landgericht Neuruppin nicht "
        "verurteilt. Das Oberlandesgericht Celle hat die Zeugin Fatou Jallow gehört und Bai L. verurteilt. "
        "Die Bundesanwaltschaft hat Ousman S. verurteilt sehen wollen.",
    )
    assert not [k for k in said if k[1] in {"convicted_by", "acquitted_by"}]


def test_a_prosecution_charges_the_persons_after_gegen_and_a_case_is_tried_before_a_court(
    extractor: Extractor,
) -> None:
    _, said = _read(
        extractor,
        "Die Bundesanwaltschaft erhob im Juli 2021 Anklage gegen Bai L. und Ousman S. wegen Mordes. "
        "Das Verfahren gegen Bai L. vor dem Oberlandesgericht Celle begann im April 2022.",
    )
    assert said[("Bai L.", "charged_by", "Bundesanwaltschaft")] == 0.7
    assert ("Ousman S.", "charged_by", "Bundesanwaltschaft") in said
    assert said[("Verfahren gegen Bai L.", "tried_by", "Oberlandesgericht Celle")] == 0.7
    assert ("Bai L.", "accused_in", "Verfahren gegen Bai L.") in said


def test_posts_units_and_who_leads_them(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Sylvestre Mudacumura, Kommandeur der FOCA, wurde nie gefasst. Eyad A. war Mitglied des Allgemeinen "
        "Geheimdienstes. Die Abteilung 235, die dem Militärgeheimdienst unterstand, betrieb ein Gefängnis. "
        "Die Abteilung 215 des Militärgeheimdienstes lag in Damaskus. Die FDLR unter dem Kommando von Callixte "
        "Mbarushimana griff Dörfer an.",
    )
    assert ("Person", "Sylvestre Mudacumura") in found  # named by the title after it
    assert said[("Sylvestre Mudacumura", "commands", "FOCA")] == 0.7
    assert said[("Eyad A.", "member_of", "Allgemeiner Geheimdienst")] == 0.7
    assert said[("Abteilung 235", "part_of", "Militärgeheimdienst")] == 0.7
    assert said[("Abteilung 215", "part_of", "Militärgeheimdienst")] == 0.6
    assert ("Callixte Mbarushimana", "commands", "FDLR") in said
    # never the other way round
    assert not [k for k in said if k[0] in {"Militärgeheimdienst", "FOCA", "FDLR"} and k[1] != "perpetrated"]


def test_a_crime_its_type_its_place_and_who_did_it(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Die Folter von Gefangenen in Damaskus wurde dokumentiert. Die Folter von Häftlingen durch Mitarbeiter "
        "des Militärgeheimdienstes ist belegt.",
    )
    assert said[("Folter von Gefangenen", "occurred_in", "Damaskus")] == 0.7
    # the legal kind its noun says, possibly, named in German: torture, which the text does not qualify as a
    # crime against humanity
    assert said[("Folter von Gefangenen", "of_type", "Folter")] == 0.5
    assert said[("Militärgeheimdienst", "perpetrated", "Folter von Häftlingen")] == 0.6
    # a killing has no legal kind of its own (it may be murder, or a lawful act of war), as in English
    _, killed = _read(extractor, "Die Tötung von 22 Dorfbewohnern in Grabska wurde dokumentiert.")
    assert not [k for k in killed if k[1] == "of_type"]


def test_an_article_is_no_part_of_a_name_nor_a_noun_of_a_persons_name(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Die Bundesanwaltschaft erhob Anklage. Das Oberlandesgericht Frankfurt am Main hat den syrischen Arzt "
        "Alaa M. verurteilt. Seine Abteilung 251 unterhielt ein Gefängnis.",
    )
    assert ("Mechanism", "Bundesanwaltschaft") in found
    assert ("Person", "Alaa M.") in found
    assert ("Organization", "Abteilung 251") in found
    assert not [n for _, n in found if n.startswith(("Die", "Dier", "Arzt", "Sein"))]


def test_the_accused_named_by_a_description_is_the_one_the_document_accuses(extractor: Extractor) -> None:
    """German court releases name the accused once and then describe him ("den 48-jährigen gambischen
    Staatsangehörigen", "Der 93-jährige Angeklagte"): the one person the document accuses, likely (0.6).
    With two accused, the description is not read; a year's stop ends its sentence ("seit Oktober 2019.")."""
    _, one = _read(
        extractor,
        "Die Bundesanwaltschaft hatte gegen Bruno D. Anklage erhoben. Das Landgericht Hamburg verhandelte seit "
        "Oktober 2019. Der 93-jährige Angeklagte wurde am 23. Juli 2020 zu zwei Jahren Jugendstrafe verurteilt. "
        "Die Jugendkammer hatte den früheren Wachmann bereits im Sommer gehört.",
    )
    _, also = _read(
        extractor,
        "Das Oberlandesgericht Celle verhandelte gegen Bai L. Nach 62 Verhandlungstagen verurteilte der Senat den "
        "48-jährigen gambischen Staatsangehörigen wegen Mordes zu lebenslanger Haft.",
    )
    _, two = _read(
        extractor,
        "Die Bundesanwaltschaft erhob Anklage gegen Anwar R. und gegen Eyad A. Das Oberlandesgericht Koblenz "
        "verurteilte den Angeklagten zu lebenslanger Haft.",
    )
    assert one[("Bruno D.", "convicted_by", "Landgericht Hamburg")] == 0.6
    assert also[("Bai L.", "convicted_by", "Oberlandesgericht Celle")] == 0.6
    assert not [k for k in two if k[1] == "convicted_by"]


def test_persons_by_a_title_a_list_a_particle_or_an_initial(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Der Vorsitzende Richter Bertram Schmitt, Péter Kovács und Raul Pangalangan verkündeten das Urteil. "
        "Albert Speer und Konstantin von Neurath wurden zu Haftstrafen verurteilt; die Anklage vertrat Robert H. "
        "Jackson. Während der Diktatur unter Augusto Pinochet verschwanden Tausende. Die Einheit gehorchte dem "
        "Staatspräsidenten Yahya Jammeh. Die Division stand unter Brigadegeneral Than Oo.",
    )
    persons = {n for t, n in found if t == "Person"}
    assert {"Bertram Schmitt", "Péter Kovács", "Raul Pangalangan"} <= persons  # a list after a title
    assert {"Albert Speer", "Konstantin von Neurath", "Robert H. Jackson", "Augusto Pinochet"} <= persons
    assert {"Yahya Jammeh", "Than Oo"} <= persons  # "Staatspräsidenten", "Brigadegeneral"
    assert not [n for n in persons if n.split()[0] in {"Die", "Division", "Einheit", "Diktatur"}]


def test_verdicts_on_a_list_and_a_court_attached_to_another(extractor: Extractor) -> None:
    """A verdict on several, listed after a colon, after "darunter", after "Freigesprochen wurden" or before
    "erhielten ... Haftstrafen": each, from the court named before (0.6). "Das Schwurgericht beim Landgericht
    Frankfurt am Main" is one court, and "das Schwurgericht" later is it."""
    found, said = _read(
        extractor,
        "Die Hauptverhandlung vor dem Schwurgericht beim Landgericht Frankfurt am Main begann 1963.\n\n"
        "Das Schwurgericht verkündete das Urteil. Es verurteilte sechs Angeklagte zu lebenslangem Zuchthaus: "
        "Wilhelm Boger, Oswald Kaduk und Stefan Baretzki. Zwei Angeklagte sprach das Gericht frei: Arthur "
        "Breitwieser und Willi Schatz.\n\nDer Internationale Militärgerichtshof verkündete sein Urteil. "
        "Freigesprochen wurden Hans Fritzsche und Franz von Papen. Zwölf Angeklagte wurden zum Tod verurteilt, "
        "darunter Alfred Jodl und Wilhelm Keitel. Rudolf Heß und Walther Funk erhielten lebenslange Haftstrafen. "
        "Hermann Göring erhielt keine Haftstrafe, er nahm sich das Leben.",
    )
    court = "Schwurgericht beim Landgericht Frankfurt am Main"
    imt = "Internationaler Militärgerichtshof"
    assert ("Mechanism", court) in found
    assert not [n for t, n in found if t == "Mechanism" and n in {"Schwurgericht", "Landgericht Frankfurt am Main"}]
    assert {p for p, r, c in said if r == "convicted_by" and c == court} == {
        "Wilhelm Boger", "Oswald Kaduk", "Stefan Baretzki"
    }  # fmt: skip
    assert {p for p, r, c in said if r == "acquitted_by" and c == court} == {"Arthur Breitwieser", "Willi Schatz"}
    assert said[("Hans Fritzsche", "acquitted_by", imt)] == 0.6
    assert {("Franz von Papen", "acquitted_by", imt), ("Alfred Jodl", "convicted_by", imt),
            ("Wilhelm Keitel", "convicted_by", imt), ("Rudolf Heß", "convicted_by", imt),
            ("Walther Funk", "convicted_by", imt)} <= set(said)  # fmt: skip
    assert not [k for k in said if k[0] == "Hermann Göring"]


def test_a_charge_against_the_accused_by_a_description_or_no_one_named(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Im Prozess gegen Bai L. sagten 30 Zeugen aus.\n\nDer Generalbundesanwalt beim Bundesgerichtshof hatte "
        "gegen den Angeklagten im März 2022 Anklage wegen Mordes erhoben. Die Staatsanwaltschaft Celle erhob "
        "2021 Anklage.",
    )
    assert said[("Bai L.", "charged_by", "Generalbundesanwalt beim Bundesgerichtshof")] == 0.6
    assert said[("Bai L.", "charged_by", "Staatsanwaltschaft Celle")] == 0.5  # no one named: possibly


def test_a_pronoun_is_never_read_as_the_accused_and_a_tribunal_keeps_its_place(extractor: Extractor) -> None:
    """ "hat ihn verurteilt" names whom the sentence before named, not the document's accused: a harm when read
    so (the accused convicted by a court that judged another). "Internationaler Strafgerichtshof für Ruanda" is
    not the International Criminal Court."""
    found, said = _read(
        extractor,
        "Das Verfahren richtete sich gegen Onesphore Rwabukombe. Auch Jean-Baptiste Gatete war an dem Massaker "
        "beteiligt; der Internationale Strafgerichtshof für Ruanda hat ihn 2011 wegen Völkermordes verurteilt.",
    )
    assert ("Mechanism", "Internationaler Strafgerichtshof für Ruanda") in found
    assert ("Mechanism", "Internationaler Strafgerichtshof") not in found
    assert not [k for k in said if k[0] == "Onesphore Rwabukombe" and k[1] == "convicted_by"]


def test_membership_said_by_the_separable_verb(extractor: Extractor) -> None:
    """ "X gehörte ... der Y an" (its particle at the clause's end), "X gehört zur Y"; never when negated."""
    _, said = _read(
        extractor,
        "Eyad A. gehörte von 2010 bis 2012 der Unterabteilung 40 an. Anwar R. gehörte zum Allgemeinen "
        "Geheimdienst. Bruno D. gehörte nie der Abteilung 251 an.",
    )
    assert said[("Eyad A.", "member_of", "Unterabteilung 40")] == 0.7
    assert ("Anwar R.", "member_of", "Allgemeiner Geheimdienst") in said
    assert not [k for k in said if k[0] == "Bruno D."]


def test_a_name_headed_by_a_bare_force_word_and_its_feminine_adjective(extractor: Extractor) -> None:
    """ "der Politischen Abteilung": "Politische Abteilung" (a feminine head takes "-e"; "Allgemeiner
    Geheimdienst" keeps "-er"); "der Abteilung 251." at a sentence's end leaves its stop out."""
    found, said = _read(
        extractor,
        "Wilhelm Boger gehörte der Politischen Abteilung an. Anwar R. war Oberst des Allgemeinen Geheimdienstes. "
        "Die Gefangenen kamen zur Abteilung 251.",
    )
    assert ("Organization", "Politische Abteilung") in found
    assert ("Organization", "Allgemeiner Geheimdienst") in found
    assert ("Organization", "Abteilung 251") in found
    assert ("Wilhelm Boger", "member_of", "Politische Abteilung") in said


def test_who_led_a_body_by_a_verb_of_command_or_under_its_leader(extractor: Extractor) -> None:
    """ "X leitete die Abteilung 285", "die LRA unter ihrem Anführer Joseph Kony": X commands it; not "X leitete
    die Abteilung 285 nie"."""
    _, said = _read(
        extractor,
        "Oberst Karim Haddad leitete die Abteilung 285 des Geheimdienstes. Die Kämpfer der LRA unter ihrem "
        "Anführer Joseph Kony überfielen das Lager. Oberst Samir Nasser leitete die Abteilung 227 nie.",
    )
    commands = {(s, o) for s, p, o in said if p == "commands"}
    assert commands == {("Karim Haddad", "Abteilung 285"), ("Joseph Kony", "LRA")}


def test_an_appeal_that_upheld_a_conviction_and_a_chamber_of_a_court(extractor: Extractor) -> None:
    """ "Die Berufungskammer des Bundesstrafgerichts hat das Urteil gegen X bestätigt", "Die Verurteilung von
    Y bestätigte der Bundesgerichtshof": convicted (upheld), by the chamber, a court of its own name; "die
    Revision der Bundesanwaltschaft verworfen": no one's conviction; "verwarf ... nicht": none."""
    found, said = _read(
        extractor,
        "Die Berufungskammer des Bundesstrafgerichts hat am 3. Mai 2023 das Urteil gegen Mamadou Diallo bestätigt. "
        "Die Verurteilung von Emil Krause bestätigte der Bundesgerichtshof im Juni 2019. Der Bundesgerichtshof "
        "hat die Revision der Bundesanwaltschaft gegen den Freispruch von Hans Vogt verworfen. Das Gericht hat "
        "das Urteil gegen Peter Lenz nicht bestätigt.",
    )
    assert ("Mechanism", "Berufungskammer des Bundesstrafgerichts") in found
    assert ("Mamadou Diallo", "convicted_by", "Berufungskammer des Bundesstrafgerichts") in said
    assert ("Emil Krause", "convicted_by", "Bundesgerichtshof") in said
    assert not [k for k in said if k[0] in {"Hans Vogt", "Peter Lenz"} and k[1] == "convicted_by"]


def test_a_surname_alone_a_given_name_of_the_field_and_a_crimes_place_in_its_name(extractor: Extractor) -> None:
    """ "Der bosnische Serbe Nikola Jorgović ... verurteilte Jorgović": the person named in full, by his surname
    alone; "die Strafkammer Alieu Kamara": the person it judged, no court's name; "die Tötung von 22
    Dorfbewohnern in Grabovac": also named with its place. A court's name ends with its line ("... des
    Oberlandesgerichts" above a paragraph that begins "Der")."""
    found, said = _read(
        extractor,
        "Der bosnische Serbe Nikola Jorgović führte 1992 eine Gruppe an. Ihm wird die Tötung von 22 Dorfbewohnern "
        "in Grabovac zur Last gelegt.\n\nDie Entscheidung des Oberlandesgerichts\n\nDer 4. Strafsenat des "
        "Oberlandesgerichts Düsseldorf verurteilte Jorgović am 26. September 1997 zu lebenslanger Haft. Zuvor "
        "hatte die Strafkammer Alieu Kamara schuldig gesprochen.",
    )
    assert ("Nikola Jorgović", "convicted_by", "4. Strafsenat des Oberlandesgerichts Düsseldorf") in said
    assert not [n for t, n in found if t == "Mechanism" and ("Der" in n.split() or "Alieu" in n)]
    assert ("Person", "Alieu Kamara") in found
    result = extractor.extract_text("Ihm wird die Tötung von 22 Dorfbewohnern in Grabovac vorgeworfen.", language="de")
    crime = next(e for e in result.entities if e.type == "Crime")
    assert "Tötung von 22 Dorfbewohnern in Grabovac" in [crime.name, *crime.aliases]


def test_cases_named_by_a_compound_a_list_closed_by_und_andere_or_their_town(extractor: Extractor) -> None:
    named, said = _read(
        extractor,
        "Im Staatsschutzverfahren gegen Karim H. verkündete das Oberlandesgericht München am 3. Mai 2019 das "
        "Urteil. Der Hamza-Prozess begann 2016 vor dem Oberlandesgericht Celle. Der Kasseler "
        "Wachmannschaftsprozess endete mit vier Verurteilungen. In der Strafsache gegen Hofer und andere "
        "verurteilte das Landgericht Kassel Franz Hofer zu zehn Jahren.",
    )
    assert {
        ("Case", "Staatsschutzverfahren gegen Karim H."),
        ("Case", "Hamza-Prozess"),
        ("Case", "Kasseler Wachmannschaftsprozess"),
        ("Case", "Strafsache gegen Hofer und andere"),
    } <= named
    # "gegen" names the accused as "v." does: said, not only possible
    assert said[("Karim H.", "accused_in", "Staatsschutzverfahren gegen Karim H.")] == 0.7
    assert said[("Franz Hofer", "accused_in", "Strafsache gegen Hofer und andere")] == 0.7


def test_a_verdict_carries_the_one_date_of_its_sentence(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Am 13. Januar 2022 verurteilte das Oberlandesgericht Koblenz Anwar R. zu lebenslanger Haft.", language="de"
    )
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], names[r.object]): r.attributes.get("date") for r in result.relations}
    assert said[("Anwar R.", "Oberlandesgericht Koblenz")] == "2022-01-13"


def test_a_conviction_for_a_crime_says_possibly_who_did_it_and_how(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Am 13. Januar 2022 verurteilte das Oberlandesgericht Koblenz Anwar R. wegen der Folter von 4000 "
        "Gefangenen zu lebenslanger Haft. Das Landgericht Frankfurt verurteilte Karl Huber wegen Beihilfe zur "
        "Tötung von 300 Häftlingen. Das Landgericht Kassel sprach Fritz Weber vom Vorwurf der Misshandlung von "
        "Zivilisten frei.",
    )
    assert said[("Anwar R.", "perpetrated", "Folter von 4000 Gefangenen")] == 0.5  # not "... zu lebenslanger Haft"
    assert ("Karl Huber", "aided", "Tötung von 300 Häftlingen") in said
    assert ("Karl Huber", "perpetrated", "Tötung von 300 Häftlingen") not in said
    assert not [k for k in said if k[0] == "Fritz Weber" and k[1] in {"perpetrated", "aided", "ordered"}]


def _crimes(extractor: Extractor, text: str) -> set[str]:
    return {e.name for e in extractor.extract_text(text, language="de").entities if e.type == "Crime"}


def test_a_crimes_name_with_its_complement_its_kind_and_the_crimes_listed_before_it(extractor: Extractor) -> None:
    found = _crimes(
        extractor,
        "Das Gericht befasste sich mit dem Mord an fünf Bauern, mit der Plünderung eines Marktes und mit der "
        "Vergewaltigung einer Gefangenen. Die ethnische Säuberung der Region Foča begann im April. Der "
        "Raketenangriff am Marktplatz ordnete der Senat als Kriegsverbrechen ein. Die Anklage nannte Folter und "
        "grausame Behandlung von Häftlingen sowie die Tötung von neun Gefangenen.",
    )
    assert {
        "Mord an fünf Bauern", "Plünderung eines Marktes", "Vergewaltigung einer Gefangenen",
        "ethnische Säuberung der Region Foča", "Raketenangriff am Marktplatz",
        "Folter und grausame Behandlung von Häftlingen", "Tötung von neun Gefangenen",
    } <= found  # fmt: skip


def test_no_crime_from_a_count_of_a_charge_a_prosecution_or_a_suicide(extractor: Extractor) -> None:
    found = _crimes(
        extractor,
        "Er wurde wegen Mordes in zwölf Fällen verurteilt. Sie forderte die Verfolgung von Kriegsverbrechen. "
        "Der Selbstmord von zwei Häftlingen wurde gemeldet. Die Ermordung eines Richters und die Ermordung "
        "eines Anwalts wurden untersucht.",
    )
    assert not any("Fällen" in c or "Verfolgung" in c or "Selbstmord" in c for c in found)
    assert {"Ermordung eines Richters", "Ermordung eines Anwalts"} <= found  # two crimes, not one


def test_names_joined_by_hyphens_a_feminine_rank_and_a_bodys_compound_and_acronym(extractor: Extractor) -> None:
    entities, said = _read(
        extractor,
        "Der Befehl ging an den Leiter der Dienststelle, Karl-Heinz Wendt, und an Dieter Berg-Hofmann. Die "
        "Kompanie befehligte Oberstleutnantin Petra Lang, die Generalin Ute Wiese sprach später. Angeklagt war "
        "Otto Kranz, der Chef des Reichsverwaltungshauptamts (RVHA). Das RVHA unterstand der Regierung. Hermann "
        "Vogt war Oberbefehlshaber der Luftwaffe.",
    )
    for name in ("Karl-Heinz Wendt", "Dieter Berg-Hofmann", "Petra Lang", "Ute Wiese"):
        assert ("Person", name) in entities, name
    assert said.get(("Otto Kranz", "commands", "Reichsverwaltungshauptamt")) == 0.7
    assert ("Organization", "RVHA") not in entities  # the acronym is the compound's other name
    assert said.get(("Hermann Vogt", "commands", "Luftwaffe")) == 0.7


def test_a_courts_name_stops_before_a_day_and_keeps_its_adjectives_nominative(extractor: Extractor) -> None:
    entities, _ = _read(
        extractor,
        "Nach vier Jahren hat das Landgericht Essen am Mittwoch die Urteile verkündet. Der Europäischer "
        "Gerichtshof für Menschenrechte entschied anders.",
    )
    names = {n for t, n in entities if t == "Mechanism"}
    assert "Landgericht Essen" in names
    assert "Europäischer Gerichtshof für Menschenrechte" in names  # never "Europäischerer"


def test_a_person_after_a_compound_or_feminine_role_word(extractor: Extractor) -> None:
    entities, _ = _read(
        extractor,
        "Die frühere KZ-Aufseherin Zora Weiss-Lange wurde verurteilt. Unter Leitung der Diplomatin Imke "
        "Moreno arbeitete die Kommission. Der SS-Obersturmführer Kuno Brandl floh.",
    )
    for name in ("Zora Weiss-Lange", "Imke Moreno", "Kuno Brandl"):
        assert ("Person", name) in entities, name


def test_a_penalty_received_by_the_accused_listed_with_their_descriptions(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Landgericht Essen verkündete am Montag die Urteile. Sechs weitere Angeklagte erhielten "
        "Freiheitsstrafen, darunter die frühere Wärterin Zora Lenz mit acht und der ehemalige "
        "SS-Untersturmführer Kuno Brandl mit fünf Jahren. Das Landgericht Essen verurteilte Radek Novak und der "
        "Zeuge Imke Moreno sagte aus.",
    )
    assert ("Zora Lenz", "convicted_by", "Landgericht Essen") in said
    assert ("Kuno Brandl", "convicted_by", "Landgericht Essen") in said
    assert ("Imke Moreno", "convicted_by", "Landgericht Essen") not in said  # a witness listed after "und"


def test_a_place_german_names_wherever_it_stands_but_no_noun_nor_part_of_a_name(extractor: Extractor) -> None:
    entities, _ = _read(
        extractor,
        "Koblenz, 4. Mai 2024. Die Ermittler sicherten Beweise aus Damaskus und dem Kosovo. Ende Dezember "
        "reiste die Mission weiter nach Bad Kissingen; der Staatsanwalt Robert Jackson besuchte die Siedlung "
        "Colonia Dignidad. Er sprach mit Vertretern der Vereinigten Staaten.",
    )
    places = {n for t, n in entities if t == "Location"}
    assert {"Koblenz", "Damaskus", "Kosovo", "Bad Kissingen", "Vereinigte Staaten"} <= places  # the nominative
    assert not places & {"Ende", "Mission", "Robert", "Jackson", "Colonia", "Dezember", "Vereinigten Staaten"}


def test_who_did_or_ordered_a_crime_when_the_clause_says_it(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Im Strafverfahren gegen Khaled S. verkündete das Oberlandesgericht Koblenz das Urteil. Der Senat sah es "
        "als erwiesen an, dass der Angeklagte die Folter von mindestens 200 Gefangenen angeordnet hatte. "
        "Der Kommandeur der Brigade 40, Samir H., befahl die Erschießung von acht Deserteuren. Samir H. ordnete "
        "die Tötung von zwölf Häftlingen in Homs an.",
    )
    assert said[("Khaled S.", "ordered", "Folter von mindestens 200 Gefangenen")] == 0.5  # "der Angeklagte"
    assert said[("Samir H.", "ordered", "Erschießung von acht Deserteuren")] == 0.6
    assert ("Samir H.", "ordered", "Tötung von zwölf Häftlingen") in said
    assert not [k for k in said if k[0] == "Brigade 40" and k[1] in {"ordered", "perpetrated"}]  # whose commander


def test_no_deed_from_a_denial_a_hedge_a_court_or_another_clause(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Ein Zeuge sagte aus, dass die Brigade 40 die Tötung von Zivilisten nicht befohlen habe. Die Brigade 40 "
        "soll die Folter von Gefangenen angeordnet haben. Das Landgericht Essen hat die Vertreibung von "
        "Dorfbewohnern verhandelt, die Soldaten begangen hatten. Samir H. erklärte, die Miliz habe die "
        "Erschießung von Deserteuren befohlen.",
    )
    assert not [k for k in said if k[1] in {"ordered", "perpetrated"}]


def test_a_court_holds_a_crime_to_be_of_the_types_after_als(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Der Senat wertete die Erschießung von acht Deserteuren als Kriegsverbrechen und als Mord. Die Vertreibung "
        "der Dorfbewohner ordnete die Kammer als Verbrechen gegen die Menschlichkeit ein. Die Kammer wertete die "
        "Plünderung der Häuser nicht als Kriegsverbrechen.",
    )
    assert said[("Erschießung von acht Deserteuren", "of_type", "Kriegsverbrechen")] == 0.7
    assert ("Erschießung von acht Deserteuren", "of_type", "Mord") in said
    assert ("Vertreibung der Dorfbewohner", "of_type", "Verbrechen gegen die Menschlichkeit") in said
    assert not [k for k in said if k[0].startswith("Plünderung") and k[1] == "of_type" and k[2] == "Kriegsverbrechen"]


def test_pairs_of_crimes_and_types_after_als_stay_paired(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Die Kammer wertete die Erschießungen an der Drina als Mord, die Misshandlungen in Uzamnica als grausame "
        "Behandlung. Das Gericht wertete die Tötung von Zivilisten als Mord und Verfolgung.",
    )
    assert ("Erschießungen an der Drina", "of_type", "Mord") in said
    assert not [k for k in said if k[0] == "Erschießungen an der Drina" and k[2] != "Mord"]  # the next pair's
    assert ("Tötung von Zivilisten", "of_type", "Verfolgung") in said  # the same list


def test_a_name_after_a_noun_of_settlement_is_a_place(extractor: Extractor) -> None:
    entities, _ = _read(
        extractor, "Serbische Kräfte übernahmen die ostbosnische Stadt Zvornja. Im Dorf Lukavac starben zehn Menschen."
    )
    assert {("Location", "Zvornja"), ("Location", "Lukavac")} <= set(entities)


def test_a_surname_of_slavic_letters_after_a_name_is_a_persons(extractor: Extractor) -> None:
    entities, _ = _read(
        extractor,
        "Angeklagt waren Dražen Kovačević und Zvonimir Babić. Die Berufungskammer Kovačević hatte nicht getagt.",
    )
    persons = {n for t, n in entities if t == "Person"}
    assert {"Dražen Kovačević", "Zvonimir Babić"} <= persons
    assert "Berufungskammer Kovačević" not in persons  # a noun before the surname


def test_a_rank_that_names_its_force_makes_a_member_a_role_does_not(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Die SS bewachte das Lager. Der SS-Hauptsturmführer Kuno Brandl war dort Adjutant, die "
        "SS-Aufseherin Zora Lenz und der SS-Arzt Imke Moreno arbeiteten im Krankenrevier.",
    )
    assert said[("Kuno Brandl", "member_of", "SS")] == 0.8
    assert not [k for k in said if k[0] in {"Zora Lenz", "Imke Moreno"} and k[1] == "member_of"]


def test_a_unit_named_by_a_word_of_its_own_and_the_body_it_is_part_of(extractor: Extractor) -> None:
    entities, said = _read(
        extractor,
        "Der HVO hielt die Stadt. Der Kommandeur des Hauptstabs des HVO, Mirko Tadić, befahl den Angriff. "
        "Das Einsatzkommando Kowno und die Jadar-Brigade zogen weiter. Der Stab der Brigade blieb in Mostar.",
    )
    units = {n for t, n in entities if t == "Organization"}
    assert {"Hauptstab des HVO", "Einsatzkommando Kowno", "Jadar-Brigade"} <= units  # the nominative
    assert ("Hauptstab des HVO", "part_of", "HVO") in said
    assert ("Mirko Tadić", "commands", "Hauptstab des HVO") in said
    assert not [n for n in units if n.startswith("Stab")]  # "der Stab der Brigade": no name


def test_a_chamber_of_a_court_by_any_compound_of_kammer(extractor: Extractor) -> None:
    entities, said = _read(
        extractor,
        "Die Schwurgerichtskammer des Landgerichts Itzehoe verurteilte Irmgard F. Die Große Kammer des "
        "Europäischen Gerichtshofs für Menschenrechte entschied 2021. Die Vorverfahrenskammer II des "
        "Internationalen Strafgerichtshofs erließ Haftbefehle. Die Kammer des Gerichts tagte.",
    )
    courts = {n for t, n in entities if t == "Mechanism"}
    assert {
        "Schwurgerichtskammer des Landgerichts Itzehoe",
        "Große Kammer des Europäischen Gerichtshofs für Menschenrechte",
        "Vorverfahrenskammer II des Internationalen Strafgerichtshofs",
    } <= courts
    assert ("Irmgard F.", "convicted_by", "Schwurgerichtskammer des Landgerichts Itzehoe") in said
    assert "Kammer des Gerichts" not in courts  # no compound: no name


def test_a_chamber_numbered_a_courts_full_name_and_its_prosecution(extractor: Extractor) -> None:
    entities, _ = _read(
        extractor,
        "Die 4. Jugendkammer des Landgerichts Bremen verurteilte ihn. Die Strafkammer des Internationalen "
        "Strafgerichtshofs für das ehemalige Jugoslawien sprach ihn frei. Die Anklagebehörde des Tribunals legte "
        "Berufung ein.",
    )
    courts = {n for t, n in entities if t == "Mechanism"}
    assert {
        "4. Jugendkammer des Landgerichts Bremen",
        "Strafkammer des Internationalen Strafgerichtshofs für das ehemalige Jugoslawien",
        "Anklagebehörde des Tribunals",
    } <= courts


def test_a_charge_against_a_count_of_accused_names_them_after_darunter(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Die Staatsanwaltschaft Bochum hatte im Mai 1971 Anklage gegen sieben frühere Wachleute des Lagers erhoben, "
        "darunter Karl Brandt, Maria Lenz und Otto Wendt. Die Ermittlungen der Staatsanwaltschaft Essen führten zur "
        "Anklage gegen vier Polizisten, darunter Peter Novak.",
    )
    for name in ("Karl Brandt", "Maria Lenz", "Otto Wendt"):
        assert said[(name, "charged_by", "Staatsanwaltschaft Bochum")] == 0.7
    assert ("Peter Novak", "charged_by", "Staatsanwaltschaft Essen") in said


def test_the_court_that_pronounced_the_judgment_in_a_case_tried_it(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Nach fünf Jahren Verhandlung hat das Landgericht Bochum am Montag im Treblinka-Prozess die Urteile "
        "verkündet. Das Landgericht Essen hat im Sobibor-Prozess kein Urteil verkündet.",
    )
    assert said[("Treblinka-Prozess", "tried_by", "Landgericht Bochum")] == 0.7
    assert not [k for k in said if k[2] == "Landgericht Essen" and k[1] == "tried_by"]


def test_a_verdict_by_das_gericht_at_a_sentences_start_and_the_inverted_passive(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Landgericht Bochum verurteilte Karl Brandt zu lebenslanger Haft. Das Gericht sprach Peter Novak frei. "
        "Verurteilt wurde auch der frühere Wachmann Otto Wendt. Verurteilt wurde Hans Keller nicht.",
    )
    assert said[("Peter Novak", "acquitted_by", "Landgericht Bochum")] == 0.6  # the court named before
    assert ("Otto Wendt", "convicted_by", "Landgericht Bochum") in said
    assert not [k for k in said if k[0] == "Hans Keller"]


def test_a_unit_that_belongs_to_another_is_part_of_it(extractor: Extractor) -> None:
    _, said = _read(extractor, "Die Abteilung 318 gehörte zum Allgemeinen Geheimdienst. Die Abteilung 40 war Teil der "
                    "Abteilung 318.")  # fmt: skip
    assert ("Abteilung 318", "part_of", "Allgemeiner Geheimdienst") in said
    assert ("Abteilung 40", "part_of", "Abteilung 318") in said
    _, denied = _read(extractor, "Die Abteilung 318 gehörte nie zum Allgemeinen Geheimdienst.")
    assert not [r for r in denied if r[1] == "part_of"]


def test_a_states_bodies_by_its_peoples_adjective_in_the_nominative(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Die Anklage wirft den Angeklagten vor, als Offiziere der syrischen Streitkräfte gehandelt zu haben. Die "
        "ugandische Regierung und die russischen Truppen bestritten das. Die malische Justiz ermittelte. "
        "Auch paramilitärische Milizen und die politische Polizei blieben unbehelligt.",
    )
    assert ("Organization", "syrische Streitkräfte") in found
    assert ("Organization", "ugandische Regierung") in found
    assert ("Organization", "russische Truppen") in found
    assert ("Mechanism", "malische Justiz") in found
    # an adjective of no state's people names no state's body
    assert not [name for _, name in found if "Milizen" in name or "Polizei" in name]


def test_a_courts_name_takes_no_common_noun_nor_given_name_after_it(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Die Bundesanwaltschaft erhob vor dem Staatsschutzsenat des Kammergerichts Anklage gegen Eyad A. Opfer "
        "reichten beim Generalbundesanwalt Strafanzeige ein; der Generalbundesanwalt Peter Frank lehnte ab. Die "
        "Strafkammer II des Landgerichts Köln verhandelte.",
    )
    names = {name for _, name in found}
    assert "Kammergericht Anklage" not in names
    assert "Generalbundesanwalt Strafanzeige" not in names
    assert "Generalbundesanwalt Peter" not in names
    assert ("Person", "Peter Frank") in found


def test_a_persons_name_without_the_preposition_before_it_nor_its_genitive_s(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Das Schwurgericht unter dem Vorsitz von Klaus Berger verurteilte den Angeklagten. Er handelte im Auftrag "
        "Reinhard Heydrichs. Außenminister Heiko Maas sprach von einem wichtigen Urteil; seine Nachfolgerin "
        "Annalena Baerbock begrüßte es. Unter Oberst Thomas Jennings arbeitete die Einheit.",
    )
    persons = {name for kind, name in found if kind == "Person"}
    assert "Klaus Berger" in persons
    assert "Reinhard Heydrich" in persons  # "im Auftrag Reinhard Heydrichs": his name's genitive
    assert "Heiko Maas" in persons  # a name that ends in "s" after an office is the name
    assert "Thomas Jennings" in persons
    assert not [name for name in persons if name.startswith("von ") or name.endswith(" von")]


def test_a_commanders_von_is_a_preposition_and_a_common_noun_after_in_no_town(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Lebenslang für den Kommandanten von Sobibor. Der Angeklagte erschien in Militäruniform und sagte, aus "
        "Sicht der Verteidigung sei der Prozess in Form und Inhalt unfair. Der Zeuge lebte in Treblinka.",
    )
    assert not [name for kind, name in found if kind == "Person"]
    assert not [k for k in said if k[1] == "accused_in"]
    places = {name for kind, name in found if kind == "Location"}
    assert "Treblinka" in places  # a village's name that ends like a noun ("-inka") is still the village's
    assert not places & {"Militäruniform", "Sicht", "Form"}


def test_crime_types_are_named_in_german_and_a_plain_label_before_a_qualified_one(extractor: Extractor) -> None:
    found, _ = _read(
        extractor, "Das Oberlandesgericht Koblenz verurteilte Anwar R. wegen Mordes und Folter zu lebenslanger Haft."
    )
    types = {name for kind, name in found if kind == "CrimeType"}
    assert types == {"Mord", "Folter"}  # not "murder", nor torture as a crime against humanity, which no one said


def test_command_across_a_time_under_a_title_in_a_relative_clause_or_fronted(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Anwar Raslan leitete von 2011 bis Ende September 2012 die Abteilung 251. In Hama kämpfte die Brigade "
        "Neretva unter General Ali Haydar. Bekannt war die Abteilung 285, deren Leiter Hafez Makhlouf war. Eine "
        "ihrer Unterabteilungen, die Abteilung 40, befehligte Vinko Martinović. Der Staatsanwalt Peter Frank "
        "führte die Ermittlungen gegen die Abteilung 227. Johann Weber leitete 1944 nie die Abteilung 300.",
    )
    assert said[("Anwar Raslan", "commands", "Abteilung 251")] == 0.7
    assert ("Ali Haydar", "commands", "Brigade Neretva") in said
    assert ("Hafez Makhlouf", "commands", "Abteilung 285") in said
    assert ("Vinko Martinović", "commands", "Abteilung 40") in said
    assert ("Peter Frank", "commands", "Abteilung 227") not in said  # a noun between: no command of it
    assert ("Johann Weber", "commands", "Abteilung 300") not in said  # denied


def test_a_killing_names_no_crime_type(extractor: Extractor) -> None:
    found, _ = _read(extractor, "Die Tötung von 22 Dorfbewohnern in Grabska wurde vom Gericht festgestellt.")
    assert not [name for kind, name in found if kind == "CrimeType"]  # not murder as a crime against humanity


def test_a_crime_goes_by_its_longer_names_but_never_with_a_penalty(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Die Folter von Häftlingen bei Verhören war belegt. Die Deportation von Juden aus Ungarn nach Auschwitz "
        "begann im Mai 1944. Die Miliz verübte Angriffe auf die Dörfer Kipopo, Mianga und Manje. Das Gericht "
        "verurteilte ihn wegen der Misshandlung von Gefangenen zu lebenslanger Haft.",
        language="de",
    )
    names = {e.name: e.aliases for e in result.entities if e.type == "Crime"}
    assert "Folter von Häftlingen bei Verhören" in names["Folter von Häftlingen"]
    assert "Deportation von Juden aus Ungarn nach Auschwitz" in names["Deportation von Juden aus Ungarn"]
    assert "Angriffe auf die Dörfer Kipopo, Mianga und Manje" in names["Angriffe auf die Dörfer Kipopo"]
    assert not [a for a in names["Misshandlung von Gefangenen"] if "Haft" in a]


def test_a_branch_named_with_its_bodys_acronym_and_a_fronts_feminine_adjective(extractor: Extractor) -> None:
    found, _ = _read(extractor, "Er war Mitglied der Waffen-SS und später Funktionär der Deutschen Arbeitsfront.")
    assert ("Organization", "Waffen-SS") in found
    assert ("Organization", "Deutsche Arbeitsfront") in found  # not "Deutscher": "die Front" is feminine


def test_a_foreign_name_of_words_no_german_noun_is_a_persons_but_not_a_place_or_a_foreign_body(
    extractor: Extractor,
) -> None:
    found, _ = _read(
        extractor,
        "Die Mission unter dem Vorsitz von Marzuki Darusman und mit Radhika Coomaraswamy besuchte die Dörfer "
        "Maung Nu und Chut Pyin. Die Task Force und die Forces Démocratiques wurden genannt. Erster Vizepräsident "
        "war damals ein anderer.",
    )
    persons = {name for kind, name in found if kind == "Person"}
    assert {"Marzuki Darusman", "Radhika Coomaraswamy"} <= persons
    assert not persons & {"Maung Nu", "Chut Pyin", "Task Force", "Forces Démocratiques", "Erster Vizepräsident"}


def test_a_surname_that_begins_like_a_particle_and_a_bodys_acronym_at_a_sentences_end(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Eyad Al-Gharib, ein ehemaliger Mitarbeiter des Allgemeinen Geheimdienstes, wurde verurteilt. Karl Frenzel "
        "war Mitglied der Waffen-SS.",
    )
    assert ("Person", "Eyad Al-Gharib") in found
    assert ("Organization", "Waffen-SS") in found
    assert ("Person", "Waffen-SS.") not in found
    assert ("Eyad Al-Gharib", "member_of", "Allgemeiner Geheimdienst") in said
    assert ("Karl Frenzel", "member_of", "Waffen-SS") in said
    found, _ = _read(extractor, "Der Zeuge Taha al-J. sagte aus.")
    assert ("Person", "Taha al-J.") in found


def test_who_joined_a_body_by_a_separable_verb(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Hermann Krause trat 1931 der NSDAP bei. Otto Lehmann trat im Mai 1933 in die SS ein. Fritz Weber trat "
        "der NSDAP nie bei. Paul Richter trat 1934 aus der NSDAP aus.",
    )
    assert ("Hermann Krause", "member_of", "NSDAP") in said
    assert ("Otto Lehmann", "member_of", "SS") in said
    assert not [k for k in said if k[0] in {"Fritz Weber", "Paul Richter"}]


def test_a_crime_in_the_genitive_a_count_in_words_and_a_conviction_for_a_list_of_crimes(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Das Oberlandesgericht Koblenz verurteilte Walter Brenner wegen des Mordes an vier Zivilisten, der "
        "befohlenen Tötung von dreizehn Gefangenen in Homs und der Folter von Häftlingen zu lebenslanger Haft.",
    )
    assert ("Crime", "Mord an vier Zivilisten") in found
    assert ("Crime", "Tötung von dreizehn Gefangenen") in found
    assert ("Walter Brenner", "perpetrated", "Mord an vier Zivilisten") in said
    assert ("Walter Brenner", "ordered", "Tötung von dreizehn Gefangenen") in said
    assert ("Walter Brenner", "perpetrated", "Folter von Häftlingen") in said
    # a list ends at a verb; how charges join and a crime told before are no crimes
    found, said = _read(
        extractor,
        "Das Landgericht Köln verurteilte Hans Meier wegen der Tötung von zwei Gefangenen, die Folter von "
        "Häftlingen sah es nicht als erwiesen an. Er wurde wegen Mordes in Tateinheit mit Körperverletzung "
        "verurteilt. Der Völkermord in diesen Gemeinden war geplant.",
    )
    assert ("Hans Meier", "perpetrated", "Folter von Häftlingen") not in said
    assert not [name for kind, name in found if kind == "Crime" and ("Tateinheit" in name or "diesen" in name)]


def test_a_crime_types_other_names_with_an_adjectives_endings(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Das Gericht verurteilte ihn wegen grausamer Behandlung und schwerwiegender Freiheitsberaubung. Die "
        "unmenschliche Behandlung der Gefangenen war erwiesen. Wegen Freiheitsberaubung allein wurde er nicht "
        "verurteilt.",
        language="de",
    )
    types = {e.attributes.get("notation"): {e.name, *e.aliases} for e in result.entities if e.type == "CrimeType"}
    assert {"grausamer Behandlung", "unmenschliche Behandlung"} <= types["wc_torture"]
    assert "schwerwiegender Freiheitsberaubung" in types["cah_imprisonment"]
    # a national offence wider than the concept names none
    assert all("Freiheitsberaubung" not in n for t, names in types.items() if t != "cah_imprisonment" for n in names)


def test_command_said_by_a_verb_at_the_clauses_end_and_by_two_titles(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Angeklagt war Wilhelm Keitel, der von 1938 bis 1945 das Oberkommando der Wehrmacht (OKW) leitete. Ratko "
        "Mladić hatte die VRS seit Mai 1992 befehligt. Zu den Angeklagten zählte Hermann Göring, Reichsmarschall "
        "und Oberbefehlshaber der Luftwaffe.",
    )
    assert ("Wilhelm Keitel", "commands", "Oberkommando der Wehrmacht") in said
    assert ("Ratko Mladić", "commands", "VRS") in said
    assert ("Hermann Göring", "commands", "Luftwaffe") in said
    # denied, or another verb at the clause's end
    _, said = _read(
        extractor,
        "Angeklagt war Alfred Jodl, der das Oberkommando der Wehrmacht nie leitete. Ratko Mladić hatte die VRS "
        "im Mai 1992 verlassen. Karl Weber, der die Wehrmacht 1944 verließ, schwieg.",
    )
    assert not [k for k in said if k[1] == "commands"]


def test_command_across_a_time_at_the_head_of_a_body_and_units_named_by_a_letter_or_a_number(
    extractor: Extractor,
) -> None:
    found, said = _read(
        extractor,
        "Franz Six war von Juni 1941 bis August 1941 Chef der Einsatzgruppe B. Arthur Nebe leitete 1941 die "
        "Einsatzgruppe A. Günther Herrmann befehligte das Sonderkommando 4b. Die Einheit unterstand dem "
        "Hauptstab der VRS; an der Spitze des Hauptstabs der VRS stand General Ratko Mladić.",
    )
    assert ("Organization", "Einsatzgruppe B") in found
    assert ("Organization", "Sonderkommando 4b") in found
    assert not [name for kind, name in found if kind == "Person" and name.startswith("Einsatzgruppe")]
    assert ("Franz Six", "commands", "Einsatzgruppe B") in said
    assert ("Arthur Nebe", "commands", "Einsatzgruppe A") in said
    assert ("Arthur Nebe", "commands", "Einsatzgruppe B") not in said  # the next sentence's subject
    assert ("Günther Herrmann", "commands", "Sonderkommando 4b") in said
    assert ("Ratko Mladić", "commands", "Hauptstab der VRS") in said


def test_a_passive_verdict_on_a_count_is_said_of_those_it_names(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Landgericht Ulm verhandelte gegen Bernhard Fischer, Werner Kreuzer und Pranas Lukys. Zehn "
        "Angeklagte, unter ihnen Fischer und Kreuzer, wurden zu Zuchthausstrafen verurteilt.",
    )
    assert ("Bernhard Fischer", "convicted_by", "Landgericht Ulm") in said
    assert ("Werner Kreuzer", "convicted_by", "Landgericht Ulm") in said
    assert ("Pranas Lukys", "convicted_by", "Landgericht Ulm") not in said
    _, said = _read(
        extractor,
        "Das Landgericht Ulm verhandelte gegen Bernhard Fischer und Werner Kreuzer. Zwei Angeklagte, unter ihnen "
        "Fischer, wurden nicht verurteilt.",
    )
    assert not [k for k in said if k[1] == "convicted_by"]


def test_a_trial_named_by_its_towns_adjective_and_whom_it_was_against(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Der Lüneburger Prozess gegen die Wachmannschaft dauerte zwei Monate. Das britische Militärgericht "
        "verurteilte Josef Kramer zum Tode. Der Erste Prozess gegen die "
        "Wachmannschaft begann später.",
    )
    assert ("Case", "Lüneburger Prozess gegen die Wachmannschaft") in found
    assert not [name for kind, name in found if kind == "Case" and name.startswith("Erste")]


def test_a_force_or_person_said_responsible_for_a_crime_did_it_possibly(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Gericht stellte fest, dass Goran Jelisić für die Erschießung von zwölf Häftlingen im Lager Luka am "
        "8. Mai 1992 verantwortlich war. Die Brigade 40 war für die Folter von Gefangenen und die Tötung von "
        "Zivilisten in Homs verantwortlich. Der Senat machte die Miliz Hezbollah für den Angriff auf Balad "
        "verantwortlich. Für die Misshandlung von Gefangenen war Dario Kordić verantwortlich.",
    )
    assert said[("Goran Jelisić", "perpetrated", "Erschießung von zwölf Häftlingen")] == 0.5  # a person: possibly
    assert said[("Brigade 40", "perpetrated", "Folter von Gefangenen")] == 0.6  # a force: likely
    assert ("Brigade 40", "perpetrated", "Tötung von Zivilisten") in said
    assert ("Miliz Hezbollah", "perpetrated", "Angriff auf Balad") in said  # a court's finding
    assert ("Dario Kordić", "perpetrated", "Misshandlung von Gefangenen") in said  # the crime fronted


def test_no_one_is_responsible_by_an_accusation_a_hedge_or_a_denial(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Der Ankläger machte Ahmad Harun für die Vertreibung von Dorfbewohnern verantwortlich. Ein Zeuge hielt "
        "es für möglich, dass die Brigade 50 für die Tötung von Zivilisten in Aleppo verantwortlich war. Ali "
        "Kushayb wird für die Tötung von Dorfbewohnern in Kodoom verantwortlich gemacht. Die Kammer sprach ihn vom "
        "Vorwurf frei, für die Erschießung von vier Männern in Falzano verantwortlich zu sein. Die Brigade 60 war "
        "nicht für die Tötung von Zivilisten in Daraa verantwortlich. Die Brigade 70 ist mutmaßlich für die "
        "Folter von Gefangenen in Hama verantwortlich.",
    )
    assert not [k for k in said if k[1] == "perpetrated"]


def test_crimes_listed_with_their_kind_adjectives_and_an_adverb_inside(extractor: Extractor) -> None:
    found = _crimes(
        extractor,
        "Die Kammer befand, er habe die Tötung von drei ethnisch albanischen Zivilisten, die mutwillige Zerstörung "
        "von zwölf Häusern und die grausame Behandlung von dreizehn Dorfbewohnern angeordnet.",
    )
    assert {
        "Tötung von drei ethnisch albanischen Zivilisten",
        "mutwillige Zerstörung von zwölf Häusern",
        "grausame Behandlung von dreizehn Dorfbewohnern",
    } <= found  # fmt: skip  (three crimes, not two)


def test_an_appeal_upheld_a_conviction_and_an_acquittal_of_surnames_in_the_genitive(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Die Strafkammer verurteilte Johan Tarčulovski zu zwölf Jahren Haft. Ljube Boškoski wurde freigesprochen. "
        "Die Berufungskammer bestätigte am 19. Mai 2010 die Verurteilung Tarčulovskis sowie den Freispruch "
        "Boškoskis.",
    )
    assert ("Johan Tarčulovski", "convicted_by", "Berufungskammer") in said  # "Tarčulovskis": his, in the genitive
    assert ("Ljube Boškoski", "acquitted_by", "Berufungskammer") in said  # an acquittal upheld
    assert ("Ljube Boškoski", "convicted_by", "Berufungskammer") not in said


def test_who_headed_a_body_said_in_a_relative_clause_after_it(extractor: Extractor) -> None:
    """ "das Reichssicherheitshauptamt (RSHA), an dessen Spitze X stand", "die Sicherheitspolizei, die der Direktor Y
    leitete": the person of the clause headed the body; negated, or another verb, nothing."""
    _, said = _read(
        extractor,
        "Die Einsatzgruppen unterstanden dem Reichssicherheitshauptamt (RSHA), an dessen Spitze Reinhard Heydrich "
        "stand. Die Kommandos kamen von der Staatspolizei Tilsit, die der Direktor Hans-Joachim Böhme leitete. "
        "Die Abteilung 235, die Ahmad Haddad nicht leitete, schoss. Die Brigade 40, die Karim Saleh besuchte, "
        "zog ab.",
    )
    commands = {(s, o) for s, p, o in said if p == "commands"}
    assert commands == {
        ("Reinhard Heydrich", "Reichssicherheitshauptamt"),
        ("Hans-Joachim Böhme", "Staatspolizei Tilsit"),
    }


def test_a_list_of_verdicts_in_items_and_the_court_whose_judgment_it_is(extractor: Extractor) -> None:
    """ "Das Gericht verurteilte sieben Angeklagte:" then an item for each: every person of every item, with
    what each was between commas; the court is the one whose judgment the heading names, never the one a
    defendant served in (named in a paragraph before, or in his description)."""
    found, said = _read(
        extractor,
        "Militärgerichtshof II, Urteil vom 5. Mai 1948\n\n"
        "Angeklagt waren Richter und Ankläger des Sondergerichts Hamm und des Volksgerichtshofs.\n\n"
        "Das Gericht unter dem Vorsitz von James T. Brand verurteilte sieben Angeklagte:\n"
        "- Karl Albers, Staatssekretär im Innenministerium, und Otto Brenner, Leiter der Polizeiabteilung, zu "
        "lebenslanger Haft;\n"
        "- Fritz Kessel, Richter am Landgericht Hamm, zu zehn Jahren;\n"
        "- Walter Dorn zu fünf Jahren.\n"
        "Freigesprochen wurden Hans Riedel, Richter am Volksgerichtshof, und Paul Sauer.",
    )
    assert ("Person", "James T. Brand") in found  # a given name, an initial and the surname
    for person in ("Karl Albers", "Otto Brenner", "Fritz Kessel", "Walter Dorn"):
        assert (person, "convicted_by", "Militärgerichtshof II") in said
    for person in ("Hans Riedel", "Paul Sauer"):
        assert (person, "acquitted_by", "Militärgerichtshof II") in said
    courts = {k[2] for k in said if k[1] in {"convicted_by", "acquitted_by"}}
    assert courts == {"Militärgerichtshof II"}


def test_a_cases_formal_name_after_a_colon_or_offiziell_is_the_same_case(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Der Geiselmord-Prozess (offiziell: Die Vereinigten Staaten von Amerika gegen Wilhelm List und andere) war "
        "der siebte der Nachfolgeprozesse. Im Verfahren Bundesanwaltschaft gegen Karl Moser sprach das Gericht "
        "kein Urteil.",
        language="de",
    )
    cases = {e.name: e.aliases for e in result.entities if e.type == "Case"}
    formal = "Die Vereinigten Staaten von Amerika gegen Wilhelm List und andere"
    assert cases.get(formal) == ["Geiselmord-Prozess"] or cases.get("Geiselmord-Prozess") == [formal]
    assert not [name for name in cases if name.startswith(("Im ", "Verfahren"))]


def test_a_place_is_also_named_with_the_noun_of_its_subdivision(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Die Einheit ermordete im Distrikt Lublin und in der Region Mopti Hunderte Zivilisten.", language="de"
    )
    names = {n for e in result.entities if e.type == "Location" for n in [e.name, *e.aliases]}
    assert {"Distrikt Lublin", "Region Mopti"} <= names


def test_a_court_named_in_the_genitive_keeps_that_form_as_another_name(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Der Bundesgerichtshof hat die Revision gegen das Urteil des Landgerichts Hamburg verworfen.", language="de"
    )
    courts = {e.name: e.aliases for e in result.entities if e.type == "Mechanism"}
    assert "Landgerichts Hamburg" in courts["Landgericht Hamburg"]


def test_a_crime_occurred_in_the_wider_places_the_document_puts_its_place_in(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Massaker in Kishanga erschütterte das Land. Die Rebellen drangen in Kishanga im Gebiet Rutshuru "
        "(Provinz Nord-Kivu) ein. Sie plünderten Goma, Bukavu und Uvira.",
    )
    assert said[("Massaker in Kishanga", "occurred_in", "Rutshuru")] == 0.6  # across sentences: likely only
    assert ("Massaker in Kishanga", "occurred_in", "Nord-Kivu") in said
    assert not [k for k in said if k[2] in {"Bukavu", "Uvira"}]  # a list puts no place in another


def test_a_verdict_said_once_for_persons_each_with_a_penalty_of_their_own(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Der Internationale Militärgerichtshof verkündete sein Urteil. Albert Speer und Baldur von Schirach wurden "
        "zu je 20 Jahren, Konstantin von Neurath zu 15 Jahren und Karl Dönitz, der 1943 Raeder als Oberbefehlshaber "
        "der Kriegsmarine abgelöst hatte, zu zehn Jahren Haft verurteilt. Ein Militärgericht in Hamm verurteilte den "
        "Soldaten Kurt Bolender im Januar 1950 zu zehn Jahren Haft, die Wärterin Erna Lachmann im September 1950 zu "
        "drei Jahren. Das Militärgericht verurteilte Hans Gerd Mauer zu fünf Jahren Haft, und Erich Braun sagte als "
        "Zeuge aus.",
    )
    court = "Internationaler Militärgerichtshof"
    for person in ("Albert Speer", "Baldur von Schirach", "Konstantin von Neurath", "Karl Dönitz"):
        assert (person, "convicted_by", court) in said
    assert ("Erna Lachmann", "convicted_by", "Militärgericht in Hamm") in said  # a court of no name, by its place
    assert ("Hans Gerd Mauer", "convicted_by", "Militärgericht in Hamm") in said  # "Das Militärgericht": that one
    # a name in what is said of one of them is no party; nor is one after "und" with a verb of his own
    assert not [k for k in said if k[0] in {"Raeder", "Erich Braun"}]


def test_the_body_a_relative_clause_says_did_a_crime(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Otto Ohlendorf befehligte das Sonderkommando 10a der Einsatzgruppe D, das im Dezember 1941 das Massaker "
        "von Simferopol bei Jalta verübte. Die Einsatzgruppe D, die das Massaker von Kertsch nicht verübte, zog "
        "weiter.",
    )
    # the unit the relative clause is said of, not the group its genitive names; possibly only
    assert said[("Sonderkommando 10a", "perpetrated", "Massaker von Simferopol")] == 0.5
    assert ("Einsatzgruppe D", "perpetrated", "Massaker von Simferopol") not in said
    assert ("Einsatzgruppe D", "perpetrated", "Massaker von Kertsch") not in said  # negated


def test_a_verdict_given_in_another_country_is_not_the_court_named_before(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Oberlandesgericht Stuttgart verurteilte Hans Berger zu acht Jahren Haft. Sein Vorgesetzter Karl "
        "Vogel wurde 2012 in den USA zu zehn Jahren Haft verurteilt. Otto Lang wurde wegen der Morde in Polen "
        "zu lebenslanger Haft verurteilt.",
    )
    court = "Oberlandesgericht Stuttgart"
    assert ("Hans Berger", "convicted_by", court) in said
    assert not [k for k in said if k[0] == "Karl Vogel" and k[1] == "convicted_by"]
    assert ("Otto Lang", "convicted_by", court) in said  # a country after "wegen": the crime's


def test_a_warrant_charges_and_the_icc_case_title_names_each_accused(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Im Verfahren Der Ankläger gegen Germain Katanga und Mathieu Ngudjolo Chui (ICC-01/04-01/07) erließ die "
        "Vorverfahrenskammer I am 2. Juli 2007 Haftbefehl gegen Katanga. Der Generalbundesanwalt hat "
        "Haftbefehl gegen Jamil Hassan beantragt. Der Bundesgerichtshof erließ keinen Haftbefehl gegen Ali "
        "Mamlouk.",
    )
    case = "Der Ankläger gegen Germain Katanga und Mathieu Ngudjolo Chui"
    assert ("Case", case) in found
    assert ("Mathieu Ngudjolo Chui", "accused_in", case) in said
    assert not [name for kind, name in found if kind == "Organization" and name.startswith("ICC")]  # a number
    # "Katanga" alone is the person named in full with it; the chamber's warrant charges him
    assert ("Germain Katanga", "charged_by", "Vorverfahrenskammer I") in said
    assert ("Jamil Hassan", "charged_by", "Generalbundesanwalt") in said
    assert not [k for k in said if k[0] == "Ali Mamlouk"]  # no warrant issued


def test_a_surname_before_the_last_name_recurs_alone(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Thomas Lubanga Dyilo gründete die Partei. Am 14. März 2012 sprach die Verfahrenskammer I Lubanga "
        "schuldig. Hans Peter Müller war Zeuge.",
    )
    assert ("Thomas Lubanga Dyilo", "convicted_by", "Verfahrenskammer I") in said
    assert ("Person", "Peter") not in found  # a given name before the last is no surname


def test_a_bodys_name_before_its_acronym_and_who_founded_and_led_it(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Germain Katanga gründete die Front patriotischer Widerstandskämpfer (FRPI) und war ihr Kommandeur. Die "
        "Kämpfer der Nationalen Front der Integrationisten (FNI) griffen Bogoro an. Ein Sprecher der Union (UPC) "
        "schwieg.",
    )
    assert ("Organization", "Front patriotischer Widerstandskämpfer") in found
    assert ("Organization", "Nationalen Front der Integrationisten") in found
    assert ("Germain Katanga", "commands", "Front patriotischer Widerstandskämpfer") in said
    assert not [name for kind, name in found if name.startswith(("Kämpfer", "Sprecher"))]  # no body's head


def test_a_heading_without_a_stop_is_no_part_of_the_verdict_after_it(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Landgericht Lübeck\nPressemitteilung\n\nEhemaliger Wachmann wegen Beihilfe zum Mord verurteilt\n\n"
        "Die Schwurgerichtskammer des Landgerichts Lübeck hat heute den 95 Jahre alten Hans Meier wegen Beihilfe "
        "zum Mord zu drei Jahren Haft verurteilt.",
    )
    assert ("Hans Meier", "convicted_by", "Schwurgerichtskammer des Landgerichts Lübeck") in said
    assert ("Hans Meier", "convicted_by", "Landgericht Lübeck") not in said  # the heading's court did not act


def test_a_passive_verdict_after_a_word_of_emphasis(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Der Kommandant Karl Brandt selbst war 1958 vom Landgericht Essen wegen Beihilfe zum Mord zu acht Jahren "
        "Zuchthaus verurteilt worden.",
    )
    assert ("Karl Brandt", "convicted_by", "Landgericht Essen") in said


def test_a_court_by_its_acronym_is_the_court_its_full_name_names(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Der BGH verwarf im März 2024 die Revision von Hassan Omar. Zuvor hatte das OLG Stuttgart Hassan Omar "
        "verurteilt. Der Bundesgerichtshof ist das höchste deutsche Strafgericht. Die Berufungskammer des "
        "Internationalen Strafgerichtshofs (IStGH) bestätigte 2021 das Urteil gegen Bosco Ntaganda; der "
        "Internationale Strafgerichtshof hatte ihn 2019 verurteilt. Die Anklage stützte sich auf das VStGB.",
        language="de",
    )
    mechanisms = {e.name: e.aliases for e in result.entities if e.type == "Mechanism"}
    assert "BGH" in mechanisms["Bundesgerichtshof"]  # one court, not two
    assert "OLG Stuttgart" in mechanisms["Oberlandesgericht Stuttgart"]
    assert "IStGH" in mechanisms["Internationaler Strafgerichtshof"]  # a compound's acronym spells its inner letters
    assert not [e for e in result.entities if e.name in {"BGH", "OLG", "IStGH", "VStGB"}]  # a code of law is no body


def test_a_courts_or_a_prosecutions_genitive_before_gegen_names_no_case(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Der Haftbefehl des IStGH gegen Ahmad Harun stammt aus dem Jahr 2007. Die Anklage der Bundesanwaltschaft "
        "gegen Karim Saleh wurde im Mai 2022 zugelassen.",
    )
    assert ("Mechanism", "Internationaler Strafgerichtshof") in found
    assert not [n for t, n in found if t == "Case"]
    assert not [k for k in said if k[1] == "accused_in"]


def test_a_warrant_is_issued_by_the_court_not_the_body_that_asked_for_it_nor_a_noun_after_it(
    extractor: Extractor,
) -> None:
    found, said = _read(
        extractor,
        "Auf Antrag der Anklagebehörde erließ der IStGH im Juli 2009 Haftbefehl gegen Ahmad Harun. Im Mai 2010 "
        "erließ die Vorverfahrenskammer II des IStGH Haftbefehl gegen Ali Kushayb.",
    )
    assert ("Ahmad Harun", "charged_by", "Internationaler Strafgerichtshof") in said
    assert ("Ahmad Harun", "charged_by", "Anklagebehörde") not in said
    assert ("Ali Kushayb", "charged_by", "Vorverfahrenskammer II des IStGH") in said
    assert not [n for t, n in found if t == "Case"]  # "... des IStGH Haftbefehl gegen X" is no case's name


def test_a_verdict_whose_party_comes_first_and_whose_judge_presides(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Oberlandesgericht Celle hat am Dienstag das Urteil gegen drei Angeklagte verkündet. Der Senat unter "
        "dem Vorsitz von Richterin Anna Berg verurteilte Karim Abdel T. wegen Kriegsverbrechen zu acht Jahren. Den "
        "Angeklagten Yusuf M. verurteilte er zu fünf Jahren, den Angeklagten Omar K. zu drei Jahren Haft. Den "
        "Angeklagten Samir H. sprach das Landgericht Köln frei.",
    )
    court = "Oberlandesgericht Celle"
    assert ("Karim Abdel T.", "convicted_by", court) in said  # two given names and an initial: one name
    assert said[("Yusuf M.", "convicted_by", court)] == 0.6  # "er": the court named before
    assert ("Omar K.", "convicted_by", court) in said  # the verb gapped
    assert ("Samir H.", "acquitted_by", "Landgericht Köln") in said
    assert not [k for k in said if k[0] == "Anna Berg"]  # the presiding judge is judged by no one


def test_a_fronted_party_not_judged_is_not_convicted(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Oberlandesgericht Celle verhandelte seit März. Den Zeugen Yusuf M. hörte der Senat am Montag. "
        "Den Angeklagten Omar K. verurteilte er nicht.",
    )
    assert not [k for k in said if k[1] in {"convicted_by", "acquitted_by"}]


def test_a_verb_of_command_joined_to_what_the_clause_said_of_its_subject(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Der Angeklagte Rami S., 52 Jahre alt, war Oberst der Armee und leitete die Abteilung 215 von 2010 bis "
        "2012. Die Zeugin Lina D. sagte, Omar K. sei Offizier gewesen und leitete die Abteilung 227.",
    )
    assert ("Rami S.", "commands", "Abteilung 215") in said
    # another person named between the clause's first name and the verb: whose verb it is, left unread
    assert not [k for k in said if k[1] == "commands" and k[2] == "Abteilung 227"]


def test_a_name_after_a_noun_of_a_person_and_an_initial_before_a_new_sentence(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Oberstaatsanwalt Peter Claassens hatte sieben Jahre gefordert. Im Auftrag Heinrich Himmlers handelte er "
        "nicht. Das Landgericht Kiel verhandelte gegen Rainer T. Im Mai 2021 wurde Rainer T. zu drei Jahren Haft "
        "verurteilt.",
    )
    assert ("Person", "Peter Claassens") in found  # a name's own "-s" after a noun of a person
    assert ("Person", "Heinrich Himmler") in found  # a genitive's "-s" after a noun of a thing
    assert ("Rainer T.", "convicted_by", "Landgericht Kiel") in said  # "Im Mai" begins a sentence, no name's words
    assert not [name for kind, name in found if "Mai" in name]


def test_the_one_prosecution_named_charged_whom_a_german_court_judged(extractor: Extractor) -> None:
    """Only a public prosecution brings a charge to a German court: the one the document names (possibly)
    charged whom the court convicted; not whom a court abroad judged, nor anyone when two offices are named."""
    text = (
        "Das Oberlandesgericht Celle hat am Dienstag den Angeklagten Karim T. wegen Kriegsverbrechen zu acht "
        "Jahren Haft verurteilt. Die Bundesanwaltschaft hatte zehn Jahre gefordert. Ein sowjetisches Militärtribunal "
        "hatte 1947 den früheren Kommandanten Anton Weber verurteilt."
    )
    _, said = _read(extractor, text)
    assert said[("Karim T.", "charged_by", "Bundesanwaltschaft")] == 0.5  # possible, never attested
    assert not [k for k in said if k[0] == "Anton Weber" and k[1] == "charged_by"]
    _, said = _read(extractor, text + " Die Staatsanwaltschaft Köln ermittelt gegen einen weiteren Mann.")
    assert not [k for k in said if k[1] == "charged_by"]  # two offices: which one charged him, unsaid


def test_a_verdict_whose_court_is_presided_over_by_a_doctor(extractor: Extractor) -> None:
    """ "hat heute unter dem Vorsitz von Dr. X den Angeklagten Y verurteilt": the stop of "Dr." ends no clause,
    and the judge who presides is no party."""
    _, said = _read(
        extractor,
        "Der 5. Strafsenat des Oberlandesgerichts Celle \u2013 Staatsschutzsenat \u2013 hat heute unter dem Vorsitz "
        "von Dr. Anna Berg den Angeklagten Karim T. wegen Mordes zu lebenslanger Haft verurteilt.",
    )
    assert ("Karim T.", "convicted_by", "5. Strafsenat des Oberlandesgerichts Celle") in said
    assert not [k for k in said if k[0] == "Anna Berg"]


def test_a_unit_placed_under_another_and_a_command_taken(extractor: Extractor) -> None:
    """ "Die Abteilung 40 war der Abteilung 251 unterstellt" (the participle after the whole); "X übernahm im Mai
    2013 die Leitung der Abteilung 227" (its commander from then); neither when denied."""
    result = extractor.extract_text(
        "Die Unterabteilung 12 war der Abteilung 300 unterstellt. Die Abteilung 9 war nie der Abteilung 300 "
        "unterstellt. Oberst Karim H. übernahm im Mai 2013 die Leitung der Abteilung 300.",
        language="de",
    )
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]): r for r in result.relations}
    assert ("Unterabteilung 12", "part_of", "Abteilung 300") in said
    assert ("Abteilung 9", "part_of", "Abteilung 300") not in said
    assert said[("Karim H.", "commands", "Abteilung 300")].valid_from == "2013-05"


def test_a_post_before_its_body_then_the_holders_rank(extractor: Extractor) -> None:
    """ "Der frühere Kommandeur der Brigade 313, Oberst Ali M., ...": the holder after his rank; not a lawyer."""
    _, said = _read(
        extractor,
        "Der frühere Kommandeur der Brigade 313, Oberst Ali M., wurde nie angeklagt. Der Leiter der Abteilung 40, "
        "Rechtsanwalt Omar K., sprach vor Gericht.",
    )
    assert ("Ali M.", "commands", "Brigade 313") in said
    assert not [k for k in said if k[0] == "Omar K."]


def test_who_took_a_commanders_post_and_when(extractor: Extractor) -> None:
    """ "A löste im Mai 1995 Oberst B als Kommandeur der 12. Brigade ab", "B wurde ... von A als Kommandeur der Z
    abgelöst", "A folgte B ... als Kommandeur der Z nach": A commands Z from then, B until then, neither the other's
    superior; "löste B nicht ab" says nothing (nlp/german/successors.py)."""
    for text in (
        "Oberst Jens Richter löste im Mai 1995 Oberst Uwe Krämer als Kommandeur der 14. Brigade ab. Später wurde er "
        "General.",
        "Oberst Uwe Krämer wurde im Mai 1995 von Oberst Jens Richter als Kommandeur der 14. Brigade abgelöst. Er ging "
        "in den Ruhestand.",
        "Oberst Jens Richter folgte Oberst Uwe Krämer im Mai 1995 als Kommandeur der 14. Brigade nach. Später wurde er "
        "General.",
    ):
        result = extractor.extract_text(text, language="de")
        names = {e.id: e.name for e in result.entities}
        dated = {(names[r.subject], r.predicate, names[r.object], r.valid_from, r.valid_to) for r in result.relations}
        assert ("Jens Richter", "commands", "14. Brigade", "1995-05", None) in dated, dated
        assert ("Uwe Krämer", "commands", "14. Brigade", None, "1995-05") in dated, dated
        assert not [r for r in dated if r[1] == "commands" and r[2] in {"Jens Richter", "Uwe Krämer"}]
    result = extractor.extract_text(
        "Oberst Jens Richter löste Oberst Uwe Krämer nicht als Kommandeur der 14. Brigade ab. Später wurde er General.",
        language="de",
    )
    assert not [r for r in result.relations if r.predicate == "commands"]


def test_a_conviction_by_no_court_named_still_says_what_its_party_did(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Oberst Peter Vogel wurde 2011 wegen der Entführung der Studenten von Tarnik zu lebenslanger Haft "
        "verurteilt. General Markus Ruhl wurde nie wegen des Beschusses von Velda verurteilt.",
    )
    assert said[("Peter Vogel", "perpetrated", "Entführung der Studenten von Tarnik")] == 0.5
    assert not [k for k in said if k[1] == "convicted_by" or k[0] == "Markus Ruhl"]


def test_a_units_name_in_quotation_marks_and_a_unit_described_by_its_kind(extractor: Extractor) -> None:
    # the name in quotation marks is the unit's ("„Wiking“"), never a name of its own; "der Division", "die
    # Abteilung" are the units named before; "Kommandeur der Division war ... X" after a time and a rank
    found, said = _read(
        extractor,
        "Die Panzer-Aufklärungsabteilung 5 gehörte zur 5. SS-Panzer-Division „Wiking“. Kommandeur der Division "
        "war von 1943 bis August 1944 SS-Brigadeführer Herbert Otto Gille. Die Abteilung führte 1944 der "
        "Hauptmann Karl Brenner. Die Terrormiliz „Islamischer Staat“ verübte das Massaker von Kocho.",
    )
    division = "5. SS-Panzer-Division „Wiking“"
    assert ("Panzer-Aufklärungsabteilung 5", "part_of", division) in said
    assert ("Herbert Otto Gille", "commands", division) in said
    assert ("Karl Brenner", "commands", "Panzer-Aufklärungsabteilung 5") in said
    assert ("Organization", "Terrormiliz „Islamischer Staat“") in found
    assert not [e for e in found if e[1] in {"Wiking", "Islamischer Staat", "Division", "Abteilung"}]


def test_the_post_of_the_next_clause_is_no_apposition(extractor: Extractor) -> None:
    # "stand Oberst X, Kommandeur der Kompanie war Y": Y commands the company, not X
    _, said = _read(
        extractor,
        "Die 2. Kompanie unterstand dem Stab der 9. Brigade. An der Spitze der Brigade stand Oberst Milan Ristić, "
        "Kommandeur der Kompanie war Hauptmann Dragan Perić.",
    )
    assert ("Dragan Perić", "commands", "2. Kompanie") in said
    assert ("Milan Ristić", "commands", "2. Kompanie") not in said


def test_places_named_in_italian_or_spanish_and_after_a_crimes_noun(extractor: Extractor) -> None:
    # "Monte Sole", "Sant'Anna di Stazzema", "La Spezia": one name each; a name alone after "das Massaker von",
    # "der Angriff auf" is a place; "die Tötung von X" may name a person, so nothing is read of it there
    found, said = _read(
        extractor,
        "Im Oktober 1944 zog die Einheit in den Raum des Monte Sole. Das Massaker von Sant'Anna di Stazzema wurde "
        "2005 vor dem Militärgericht La Spezia verhandelt. Am 3. Mai 1993 ordnete Zoran Kunić den Angriff auf "
        "Mrkovići an. Das Massaker von Trnopolje erschütterte die Region.",
    )
    assert {("Location", "Monte Sole"), ("Location", "Sant'Anna di Stazzema"), ("Location", "Mrkovići")} <= found
    assert ("Massaker von Sant'Anna di Stazzema", "occurred_in", "Sant'Anna di Stazzema") in said
    assert ("Mechanism", "Militärgericht La Spezia") in found
    assert ("Zoran Kunić", "ordered", "Angriff auf Mrkovići") in said
    assert ("Massaker von Trnopolje", "occurred_in", "Trnopolje") in said


def test_a_commander_in_a_relative_clause_after_the_verb_possibly(extractor: Extractor) -> None:
    # "der Heeresgruppe C unterstellt, deren Oberbefehlshaber X war": "deren" may be the subject's, so possibly
    _, said = _read(
        extractor,
        "Die 94. Infanteriedivision war der 10. Armee unterstellt, deren Oberbefehlshaber Generaloberst Heinrich "
        "von Vietinghoff war.",
    )
    assert said[("Heinrich von Vietinghoff", "commands", "10. Armee")] == 0.5


def test_a_place_named_in_the_genitive_is_the_place_by_its_own_name(extractor: Extractor) -> None:
    found, _ = _read(
        extractor,
        "Die Einheit operierte im Norden Ruandas und an der Grenze Burundis. Der Präsident Kroatiens besuchte "
        "die Truppen des Iraks. Die Fremden reisten nach Damaskus und nach Tripolis. Der Duft des Essens lag in "
        "der Luft.",
    )
    places = {name for kind, name in found if kind == "Location"}
    assert {"Ruanda", "Burundi", "Kroatien", "Irak", "Damaskus", "Tripolis"} <= places
    assert not places & {"Ruandas", "Burundis", "Kroatiens", "Iraks", "Damasku", "Tripoli", "Essen", "Essens"}


def test_a_killing_at_a_place_is_possibly_the_crime_named_after_it_elsewhere(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Das Massaker von Kolo erschütterte das Land. Am 14. August 1985 erschossen Soldaten der 3. Brigade "
        "zahlreiche Dorfbewohner in Kolo.\n\n"
        "Das Massaker von Luma und der Angriff auf Luma wurden untersucht. Die 5. Brigade tötete in Luma zwölf "
        "Bauern. Das Massaker von Rasa wurde untersucht. Die 7. Brigade tötete in Rasa keine Bauern.",
    )
    assert said[("3. Brigade", "perpetrated", "Massaker von Kolo")] == 0.5
    assert not [k for k in said if k[0] in {"5. Brigade", "7. Brigade"} and k[1] == "perpetrated"]


def test_a_court_of_no_name_is_told_by_its_country_and_its_place(extractor: Extractor) -> None:
    found, said = _read(
        extractor,
        "Ein britisches Militärgericht in Venedig verurteilte Karl Huber 1947 zum Tode. Bereits 2006 hatte ein "
        "italienisches Militärgericht in La Spezia Josef Maier in Abwesenheit verurteilt. Ein Militärgericht in "
        "Fort Hood verurteilte den Soldaten Paul Graf zu zehn Jahren Haft.",
    )
    courts = {name for kind, name in found if kind == "Mechanism"}
    assert {
        "britisches Militärgericht in Venedig",
        "italienisches Militärgericht in La Spezia",
        "Militärgericht in Fort Hood",
    } <= courts  # three courts, not one "Militärgericht"
    assert ("Karl Huber", "convicted_by", "britisches Militärgericht in Venedig") in said
    assert ("Paul Graf", "convicted_by", "Militärgericht in Fort Hood") in said
    assert ("Location", "Venedig") in found  # the place stays a place of its own


def test_a_party_after_a_possessive_title_and_a_sentence_upheld_for_a_person(extractor: Extractor) -> None:
    _, said = _read(
        extractor,
        "Im Juli 1998 verurteilte das Landgericht Bremen den früheren Innenminister Karl Weber und dessen "
        "Staatssekretär Paul Graf zu je zehn Jahren Haft. Die Strafkammer des Tribunals verurteilte Milan Horvat. "
        "Im Dezember 2012 bestätigte die Berufungskammer unter dem Vorsitz von Richter Hans Meier die lebenslange "
        "Strafe für Milan Horvat.",
    )
    assert {
        ("Karl Weber", "convicted_by", "Landgericht Bremen"),
        ("Paul Graf", "convicted_by", "Landgericht Bremen"),
    } <= said.keys()
    assert ("Milan Horvat", "convicted_by", "Berufungskammer") in said
    assert not [k for k in said if k[0] == "Hans Meier"]  # the presiding judge
