"""The French pipeline (nlp/french) on constructions of the language, through the real fr_core_news_md and
the real extractor: what it must find, and the wrong links it must never make (a victim placed in the
unit that tortured him, a hierarchy reversed, an acquittal read as a conviction, a denial read as a fact).

The sentences are written for these tests from public facts; none comes from the development set.
"""

from __future__ import annotations

import pytest

from nlp.candidates import NER, Candidate, surnames_retyped
from nlp.pipeline import Extractor, bare

Said = set[tuple[str, str, str]]


Dated = list[dict[str, tuple[str, str, str] | str | None]]


def _read(extractor: Extractor, text: str) -> tuple[dict[str, str], Said, Dated]:
    result = extractor.extract_text(text, language="fr")
    assert result.document["language"] == "fr"
    names = {e.id: e.name for e in result.entities}
    types = {e.name: e.type for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    dated: Dated = [{"link": (names[r.subject], r.predicate, names[r.object]), "from": r.valid_from, "to": r.valid_to}
             for r in result.relations]  # fmt: skip
    return types, said, dated


def test_a_post_written_as_an_apposition(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Le colonel Théoneste Bagosora, directeur de cabinet du ministère de la Défense, a été condamné par le "
        "Tribunal pénal international pour le Rwanda le 18 décembre 2008. Laurent Nkunda, chef du Congrès "
        "national pour la défense du peuple, a été arrêté au Rwanda en janvier 2009.",
    )
    assert types["Théoneste Bagosora"] == "Person"
    # the head of the ministry's cabinet, not of the ministry
    assert not [s for s in said if s[0] == "Théoneste Bagosora" and s[1] == "commands"]
    assert ("Laurent Nkunda", "commands", "Congrès national pour la défense du peuple") in said
    assert types["Tribunal pénal international pour le Rwanda"] == "Mechanism"
    assert ("Théoneste Bagosora", "convicted_by", "Tribunal pénal international pour le Rwanda") in said


def test_who_commands_whom_is_never_reversed(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le Service national de renseignement, dirigé par le général Adolphe Nshimirimana, relevait directement "
        "de la Présidence de la République.",
    )
    assert ("Adolphe Nshimirimana", "commands", "Service national de renseignement") in said
    assert ("Service national de renseignement", "part_of", "Présidence de la République") in said
    assert not [s for s in said if s[0] in {"Service national de renseignement", "Présidence de la République"}
                and s[1] == "commands"]  # fmt: skip
    assert ("Présidence de la République", "part_of", "Service national de renseignement") not in said


def test_a_victim_is_not_placed_in_the_unit_that_tortured_him(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Pierre Claver Mbonimpa a été arrêté puis torturé par des agents du Service national de renseignement "
        "en mai 2015.",
    )
    assert not [s for s in said if s[0] == "Pierre Claver Mbonimpa" and s[1] in {"member_of", "commands"}]


def test_a_denial_is_not_a_post(extractor: Extractor) -> None:
    _, said, _ = _read(extractor, "Le capitaine Paul Rusesabagina n'a jamais commandé la Garde présidentielle.")
    assert not [s for s in said if s[1] in {"commands", "member_of"}]


def test_an_acquittal_is_not_a_conviction(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "La Chambre d'appel de la Cour pénale internationale a acquitté Jean-Pierre Bemba Gombo le 8 juin 2018.",
    )
    assert ("Jean-Pierre Bemba Gombo", "acquitted_by", "Chambre d'appel de la Cour pénale internationale") in said
    assert not [s for s in said if s[1] == "convicted_by"]


def test_an_acronym_in_brackets_names_the_body_not_a_person(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Alieu Kosiah, ancien commandant du Mouvement uni de libération du Liberia pour la démocratie (ULIMO), "
        "a été condamné par le Tribunal pénal fédéral. Les combattants de l'ULIMO contrôlaient la région de "
        "Foya.",
    )
    assert types["Alieu Kosiah"] == "Person"  # two capitalised names the tagger left out
    assert types["Mouvement uni de libération du Liberia pour la démocratie"] == "Organization"
    assert "ULIMO" not in types  # the same body: one entity, the acronym its alias
    assert not [s for s in said if "ULIMO" in (s[0], s[2]) or (s[1] == "convicted_by" and s[0] != "Alieu Kosiah")]


def test_a_crime_with_its_place_and_who_committed_it(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor, "Le massacre de Kibeho a été commis par l'Armée patriotique rwandaise en avril 1995."
    )
    assert types["massacre de Kibeho"] == "Crime"
    assert ("Armée patriotique rwandaise", "perpetrated", "massacre de Kibeho") in said
    assert ("massacre de Kibeho", "occurred_in", "Kibeho") in said


def test_a_post_with_its_dates(extractor: Extractor) -> None:
    _, _, dated = _read(
        extractor, "Le général Jean Dupont a dirigé la Garde républicaine du 1er avril 2011 au 30 septembre 2012."
    )
    assert {
        "link": ("Jean Dupont", "commands", "Garde républicaine"),
        "from": "2011-04-01",
        "to": "2012-09-30",
    } in dated


def test_a_verdict_for_a_crime_named_as_an_event(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le 2 avril 1998, la Cour d'assises de la Gironde a condamné Maurice Papon pour complicité de crimes "
        "contre l'humanité, quinze ans après la rafle du Vél d'Hiv.",
    )
    assert ("Maurice Papon", "convicted_by", "Cour d'assises de la Gironde") in said
    # what the verdict is for, not an event the sentence dates it by
    assert not [s for s in said if s[0] == "Maurice Papon" and s[1] in {"perpetrated", "aided"}]


def test_each_crime_a_list_of_what_a_force_committed_names(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le Front patriotique de libération (FPL) est un groupe armé. Selon la commission, des combattants du FPL "
        "ont commis à Goma des exécutions sommaires de civils, des viols commis contre au moins 40 femmes et des "
        "pillages de biens civils.",
    )
    crimes = {o for s, p, o in said if p == "perpetrated" and s == "Front patriotique de libération"}
    assert len(crimes) >= 2  # members of the force stand for it, for each crime of the list
    assert all((c, "occurred_in", "Goma") in said for c in crimes)  # where the verb says, for each of them


def test_persons_coordinated_in_a_verdict(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le 12 mars 2021, la cour d'assises de Paris a jugé l'affaire. Pierre Durand et le général Marc Lefèvre "
        "ont été condamnés à la réclusion criminelle à perpétuité.",
    )
    convicted = {s for s, p, _ in said if p == "convicted_by"}
    assert convicted == {"Pierre Durand", "Marc Lefèvre"}


@pytest.mark.parametrize(
    "text",
    [
        "La Chambre préliminaire I a délivré un mandat d'arrêt contre Joseph Kanu le 3 mars 2015.",
        "En 2012, la Chambre préliminaire I a délivré un mandat visant Joseph Kanu.",
    ],
)
def test_a_warrant_against_a_person_is_a_charge(extractor: Extractor, text: str) -> None:
    _, said, _ = _read(extractor, text)
    assert ("Joseph Kanu", "charged_by", "Chambre préliminaire I") in said


def test_a_charge_by_the_judges_of_a_court(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Joseph Kanu a été arrêté en 2018. Il a été mis en examen par les juges d'instruction du tribunal "
        "judiciaire de Paris.",
    )
    assert ("Joseph Kanu", "charged_by", "tribunal judiciaire de Paris") in said


def test_heads_generic_words_and_peoples_are_no_names(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "Le procès s'est tenu à La Haye. La Chambre a entendu des Rwandais et des Tutsi rescapés. La Cour "
        "a rappelé que l'État doit coopérer.",
    )
    assert types.get("La Haye") == "Location"
    for word in ("Chambre", "Cour", "État", "Rwandais", "Tutsi", "Haye"):
        assert word not in types


def test_a_case_title_with_c_names_its_accused(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Dans l'affaire Le Procureur c. Laurent Gbagbo et Charles Blé Goudé, la Cour a rendu son jugement.",
    )
    case = "Le Procureur c. Laurent Gbagbo et Charles Blé Goudé"
    assert types.get(case) == "Case"
    assert (types.get("Laurent Gbagbo"), types.get("Charles Blé Goudé")) == ("Person", "Person")
    assert ("Charles Blé Goudé", "accused_in", case) in said


def test_a_crime_goes_by_its_longer_phrase_and_without_who_did_it(extractor: Extractor) -> None:
    """A crime's other names: "le meurtre de X et de son frère Y" is "le meurtre de X" too; "les bombardements de
    Goma par le M23" also "les bombardements de Goma"; never a name left with no one and nowhere in it."""
    result = extractor.extract_text(
        "Les enquêteurs ont établi le meurtre de Marie Kanyana et de son frère Paul Kanyana à Goma en 2012. "
        "Il documente aussi les bombardements de Goma par le M23 et les pillages commis par des soldats.",
        language="fr",
    )
    names = {n for e in result.entities if e.type == "Crime" for n in [e.name, *e.aliases]}
    assert "meurtre de Marie Kanyana et de son frère Paul Kanyana" in names
    assert "bombardements de Goma" in names
    assert "pillages" not in names


def test_a_verb_of_characterisation_types_the_crimes(extractor: Extractor) -> None:
    """A verb of characterisation ("A et B constituaient des crimes de génocide"): both of that kind;
    "pourraient constituer" and "ne constituaient pas" give nothing."""
    _, said, _ = _read(
        extractor,
        "La cour a jugé que le massacre de Murambi et les meurtres des élèves de l'école Marie-Merci constituaient "
        "des crimes de génocide et des crimes contre l'humanité. Les tueries de Kibeho pourraient constituer des "
        "crimes de guerre. Les exécutions de Nyanza ne constituaient pas un génocide.",
    )
    assert ("massacre de Murambi", "of_type", "génocide") in said
    assert ("massacre de Murambi", "of_type", "crimes contre l'humanité") in said
    assert not [k for k in said if k[1] == "of_type" and ("Kibeho" in k[0] or "Nyanza" in k[0])]


def test_the_crime_types_of_a_verdict_are_those_of_the_crime_it_is_for(extractor: Extractor) -> None:
    _, said, _ = _read(extractor, (
        "La cour d'assises de Paris a condamné Jean Mugenzi pour génocide et crimes contre l'humanité pour le "
        "massacre de Nyamata."
    ))  # fmt: skip
    assert ("massacre de Nyamata", "of_type", "génocide") in said
    assert ("massacre de Nyamata", "of_type", "crimes contre l'humanité") in said


def test_every_crime_coordinated_before_constituaient_is_characterised(extractor: Extractor) -> None:
    _, said, _ = _read(extractor, (
        "La cour a jugé que le massacre de Ntarama, le massacre de Nyamata, le massacre de Rilima et les meurtres "
        "des élèves de l'école de Kibeho constituaient des crimes de génocide."
    ))  # fmt: skip
    for crime in ("massacre de Ntarama", "massacre de Nyamata", "massacre de Rilima"):
        assert (crime, "of_type", "génocide") in said


def test_forces_that_proceeded_to_crimes_perpetrated_them(extractor: Extractor) -> None:
    _, said, _ = _read(extractor, (
        "Lors des opérations, les Forces armées de la République démocratique du Congo (FARDC) et la Police "
        "nationale congolaise (PNC) ont procédé à des exécutions extrajudiciaires de civils à Tshimbulu. Des "
        "soldats des FARDC se sont livrés à des viols de femmes à Minova."
    ))  # fmt: skip
    crime = "exécutions extrajudiciaires de civils"  # where, "à Tshimbulu", is no part of the name
    assert (crime, "occurred_in", "Tshimbulu") in said
    assert ("Forces armées de la République démocratique du Congo", "perpetrated", crime) in said
    assert ("Police nationale congolaise", "perpetrated", crime) in said  # both forces of the subject
    assert ("Forces armées de la République démocratique du Congo", "perpetrated", "viols de femmes à Minova") in said


def test_a_town_tagged_an_organisation_or_a_person_is_a_place(extractor: Extractor) -> None:
    types, _, _ = _read(extractor, "Les rebelles ont marché sur Makeni en décembre 1998.")
    assert types.get("Makeni") == "Location"  # tagged an organisation
    types, _, _ = _read(extractor, "Les attaques contre Makeni et Kenema ont fait des centaines de morts.")
    assert types.get("Makeni") == "Location"  # tagged a person, after "contre"
    types, _, _ = _read(extractor, "Ils ont été transférés à Kigali puis à Kenema et Makeni.")
    assert types.get("Makeni") == "Location"  # tagged a person, coordinated with a town


def test_a_court_that_declares_a_person_guilty_convicts_him(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le 4 février 2021, la Chambre de première instance IX a déclaré Dominic Ongwen coupable de 61 crimes. "
        "La Cour d'assises de Paris a déclaré Pascal Simbikangwa coupable, en tant que complice, de génocide "
        "commis lors des massacres de Kibuye en avril 1994.",
    )
    assert ("Dominic Ongwen", "convicted_by", "Chambre de première instance IX") in said
    assert ("Pascal Simbikangwa", "convicted_by", "Cour d'assises de Paris") in said
    # the crimes of the verdict were committed during the massacres: an accomplice helped, he did not do them
    helped = {o for s, p, o in said if s == "Pascal Simbikangwa" and p == "aided"}
    assert any("massacres de Kibuye" in o for o in helped)
    assert not [o for s, p, o in said if s == "Pascal Simbikangwa" and p == "perpetrated"]


def test_what_an_appeal_did_to_a_judgment(extractor: Extractor) -> None:
    _, upheld, _ = _read(extractor, "La Chambre d'appel de la CPI a confirmé la condamnation de Bosco Ntaganda.")
    assert ("Bosco Ntaganda", "convicted_by", "Chambre d'appel de la CPI") in upheld
    _, reversed_, _ = _read(
        extractor,
        "En 2016, la Chambre de première instance III a condamné Jean-Pierre Bemba. En 2018, la Chambre d'appel "
        "de la CPI a infirmé la condamnation de Jean-Pierre Bemba.",
    )
    # the appeals court convicted no one; the trial chamber's conviction stands in the graph as reversed
    assert ("Jean-Pierre Bemba", "convicted_by", "Chambre d'appel de la CPI") not in reversed_
    _, acquitted, _ = _read(extractor, "En 2021, la Chambre d'appel a confirmé l'acquittement de Laurent Gbagbo.")
    assert ("Laurent Gbagbo", "acquitted_by", "Chambre d'appel") in acquitted


def test_crimes_of_a_verdict_committed_during_a_crime_type_it(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le 2 juin 2019, la Cour d'assises de Bruxelles a déclaré Jean Habimana coupable de crimes de guerre "
        "commis lors de l'attaque du village de Nyakizu, le 20 avril 1994, par des miliciens.",
    )
    assert ("Jean Habimana", "convicted_by", "Cour d'assises de Bruxelles") in said
    assert ("attaque du village de Nyakizu", "of_type", "crimes de guerre") in said
    assert ("Jean Habimana", "perpetrated", "attaque du village de Nyakizu") in said


def test_who_harmed_people_during_a_crime_perpetrated_it(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Selon la commission, les FRCI ont tué plusieurs centaines de civils lors du massacre de Duékoué. "
        "Les pillages de Bunia par l'UPDF et les FARDC ont été documentés. Les exécutions de civils par des "
        "soldats du Bataillon Alpha ont duré trois jours. Les viols de femmes par des soldats inconnus ont suivi.",
    )
    assert ("FRCI", "perpetrated", "massacre de Duékoué") in said
    by = {s for s, p, o in said if p == "perpetrated" and o.startswith("pillages de Bunia")}
    assert {s for s, p, o in said if p == "perpetrated" and o.startswith("exécutions de civils")} == {"Bataillon Alpha"}
    assert not [o for s, p, o in said if p == "perpetrated" and o.startswith("viols de femmes")]  # unknown soldiers
    assert by == {"UPDF", "FARDC"}
    assert not [o for s, p, o in said if p == "occurred_in" and o in {"UPDF", "FARDC"}]  # a force is no place


def test_where_a_courts_name_ends(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "En 2012, une plainte a été déposée devant le pôle crimes contre l'humanité du tribunal judiciaire de "
        "Paris. Jean Uwinkindi a été remis à la Cour par les autorités du Niger. Le 18 juin 2021, le Tribunal "
        "pénal fédéral a condamné Kanyarukiga à vingt ans de privation de liberté.",
    )
    assert types["pôle crimes contre l'humanité du tribunal judiciaire de Paris"] == "Mechanism"
    assert types["Tribunal pénal fédéral"] == "Mechanism"  # not "... à vingt ans de privation de liberté"
    assert not [n for n in types if n.startswith("Cour par")]
    assert types["Kanyarukiga"] == "Person"  # whom a court convicts is no place
    assert ("Kanyarukiga", "convicted_by", "Tribunal pénal fédéral") in said


def test_where_a_cases_name_begins_and_ends(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "La Cour d'appel a rendu ce jour son jugement dans l'affaire Martin Kanu. L'affaire Le Procureur c. "
        "Dominic Ongwen a été jugée à La Haye.",
    )
    assert types.get("affaire Martin Kanu") == "Case"  # not "affaire Martin": the parser cut the name
    assert types.get("Le Procureur c. Dominic Ongwen") == "Case"  # the title, without "l'affaire"
    assert ("Dominic Ongwen", "accused_in", "Le Procureur c. Dominic Ongwen") in said


def test_a_verdict_by_majority_by_the_chamber_named_before(extractor: Extractor) -> None:
    """ "la Chambre ... a déclaré à la majorité X coupable, en tant que complice, de ...": the parser makes X an
    apposition of "majorité"; "la Chambre" is the chamber named before (likely, 0.6); "complice" makes X's
    part in the crime an aid."""
    _, said, _ = _read(
        extractor,
        "La Chambre de première instance III de la CPI a jugé Jean-Pierre Bemba de 2010 à 2016.\n\nLe 21 mars "
        "2016, la Chambre, présidée par la juge Sylvia Steiner, a déclaré à l'unanimité Jean-Pierre Bemba "
        "coupable, en tant que complice, de meurtre et de pillage commis lors de l'attaque du village de Mongoumba "
        "par le Mouvement de libération du Congo.",
    )
    chamber = "Chambre de première instance III de la CPI"
    sure = {
        (r.subject, r.predicate, r.object): r.confidence
        for r in extractor.extract_text(
            "La Chambre de première instance III de la CPI a jugé Jean-Pierre Bemba de 2010 à 2016.\n\nLe 21 mars "
            "2016, la Chambre a déclaré à l'unanimité Jean-Pierre Bemba coupable de pillage.",
            language="fr",
        ).relations
    }
    assert ("Jean-Pierre Bemba", "convicted_by", chamber) in said
    assert 0.6 in sure.values()  # the chamber named before: likely, not said
    assert ("Sylvia Steiner", "convicted_by", chamber) not in said
    crime = next(k[2] for k in said if k[0] == "Jean-Pierre Bemba" and k[1] in {"aided", "perpetrated"})
    assert ("Jean-Pierre Bemba", "aided", crime) in said
    assert ("Jean-Pierre Bemba", "perpetrated", crime) not in said


def test_the_court_named_before_has_the_nouns_head_and_a_named_person(extractor: Extractor) -> None:
    """ "X avait été condamné par la Cour": a court, not the "Chambre d'appel" named last; "la Chambre le déclare
    coupable": with a pronoun for the person, no verdict is read (two guesses are one too many)."""
    _, said, _ = _read(
        extractor,
        "La Cour pénale internationale juge Bosco Ntaganda. La Chambre d'appel a confirmé sa condamnation en "
        "2021. Thomas Lubanga avait été condamné par la Cour en 2012.\n\nLa Chambre de première instance VI a "
        "entendu le témoin Jean Mukiza. La Chambre le déclare coupable de viol.",
    )
    assert ("Thomas Lubanga", "convicted_by", "Chambre d'appel") not in said
    assert ("Thomas Lubanga", "convicted_by", "Cour pénale internationale") in said
    assert not [k for k in said if k[0] == "Jean Mukiza" and k[1] == "convicted_by"]


def test_who_did_a_crime_said_by_le_fait_de_mener_and_commis_par_ses_combattants(extractor: Extractor) -> None:
    """ "l'assassinat ... a été le fait de X", "des membres de X ont mené les attaques", "les crimes commis par des
    combattants de X": X did the crime. Not "n'a pas été le fait de", nor "a mené une enquête sur le massacre"."""
    _, said, _ = _read(
        extractor,
        "La commission a conclu que l'assassinat du syndicaliste à Goma avait été le fait de la Garde "
        "présidentielle. Des membres du Mouvement patriotique de libération et de la Garde présidentielle ont mené "
        "les attaques contre les villages de Kibati et de Rugari. Elle l'a déclaré complice des crimes contre "
        "l'humanité commis par des combattants du Mouvement patriotique de libération placés sous son autorité.",
    )
    done = {(s, o.split()[0]) for s, p, o in said if p == "perpetrated"}
    assert ("Garde présidentielle", "assassinat") in done
    assert ("Mouvement patriotique de libération", "attaques") in done
    assert ("Mouvement patriotique de libération", "crimes") in done
    _, denied, _ = _read(
        extractor,
        "Le massacre de Rugari n'a pas été le fait de la Garde présidentielle. Le procureur Jean Kalala a mené une "
        "enquête sur le massacre de Kibati.",
    )
    assert not [k for k in denied if k[1] == "perpetrated"]


def test_whom_a_verdicts_pronoun_stands_for_and_who_is_never_it(extractor: Extractor) -> None:
    """A verdict that names its person by a pronoun or its court by "la cour": the person named before in its
    sentence, else the subject of a sentence just before; never the judge presiding ("la cour, présidée par le
    colonel magistrat X, l'a reconnu coupable" convicted X), nor one named as the object of another clause
    ("destituer le préfet, X"), nor anyone for "plusieurs ont été acquittés". "X, dit « Tigre »": one person."""
    _, said, _ = _read(
        extractor,
        "KINSHASA, 3 mai 2019 - L'ancien chef de milice Paul Mbeko, dit « Tigre », fondateur du groupe Maï-Maï "
        "Kifuafua, a été condamné mardi à perpétuité par la Cour militaire du Sud-Kivu. La cour, présidée par le "
        "colonel magistrat Jean Lutula, l'a reconnu coupable de crimes contre l'humanité. Jugé à ses côtés, "
        "Amani Kasongo a lui aussi été condamné à vingt ans. Le troisième prévenu, Pierre Bisimwa, a été "
        "acquitté. Plusieurs autres ont été acquittés.\n\n"
        "Il a reconnu avoir pris part à la décision de destituer le préfet de Kibuye, Jean Habimana, qui "
        "s'opposait aux tueries. La Cour l'a condamné à vingt ans.",
    )
    judged = {(s, p) for s, p, o in said if p in {"convicted_by", "acquitted_by"}}
    assert judged == {("Paul Mbeko", "convicted_by"), ("Amani Kasongo", "convicted_by"),
                      ("Pierre Bisimwa", "acquitted_by")}  # fmt: skip
    assert not [k for k in said if "Tigre" in (k[0], k[2])]


def test_a_surname_alone_is_the_person_named_in_full_before(extractor: Extractor) -> None:
    """The French tagger leaves out a surname alone ("Kalinda a plaidé coupable"); where one person named before
    bears it, it is his."""
    types, said, _ = _read(
        extractor,
        "Le Procureur c. Jean Kalinda. Ancien préfet, Jean Kalinda a été arrêté en 1997. Le 1er mai 1998, Kalinda "
        "a été condamné par la Chambre de première instance II du Tribunal pénal international pour le Rwanda.",
    )
    assert "Kalinda" not in types
    assert (
        "Jean Kalinda",
        "convicted_by",
        "Chambre de première instance II du Tribunal pénal international pour le Rwanda",
    ) in said


def test_a_surname_the_tagger_took_for_a_place_is_the_persons() -> None:
    """The rule on its own, on a real French parse: one word the tagger proposed as a place, which is the
    surname of the one person named in full, is his; after "à" it stays a place."""
    doc = bare("fr")("Jean Bagaragaza a été arrêté. Bagaragaza a plaidé coupable. Il est né à Bagaragaza.")
    full = Candidate(0, 2, "Person", NER)
    alone = Candidate(6, 7, "Location", NER)
    place = Candidate(len(doc) - 2, len(doc) - 1, "Location", NER)
    assert doc[alone.start].text == doc[place.start].text == "Bagaragaza"
    surnames_retyped(doc, [full, alone, place], frozenset({"à"}))
    assert (alone.label, place.label) == ("Person", "Location")


def test_crimes_listed_after_events_in_a_place_took_place_there(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Les accusés sont poursuivis à raison de trois événements survenus à Lomé : la répression de la marche sur "
        "la radio le 16 décembre 2005, le bombardement du marché d'Adakpamé et les tueries d'Agoè.",
    )
    assert {s.split()[0] for s, p, o in said if p == "occurred_in" and o == "Lomé"} == {
        "répression", "bombardement", "tueries"}  # fmt: skip


def test_placed_under_charges_confirmed_and_warrants(extractor: Extractor) -> None:
    """ "la DINA, placée de 1974 à 1977 sous l'autorité du général X": X commands it; "la Chambre préliminaire I
    confirme les charges contre A en juin 2014 et contre B en décembre 2014", "C reste visé par un mandat d'arrêt
    de la CPI": charged by the chamber, by the court. Not "n'a pas confirmé les charges contre D"."""
    _, said, _ = _read(
        extractor,
        "La Police secrète, placée de 1974 à 1977 sous l'autorité du général Manuel Herrera, son fondateur, a été "
        "dissoute. La Chambre préliminaire I confirme les charges contre Paul Kiza en juin 2014 et contre Jean "
        "Bemba en décembre 2014. L'ancien ministre Ahmad Harun reste visé par un mandat d'arrêt de la CPI. La "
        "Chambre préliminaire II n'a pas confirmé les charges contre Henri Kosgey.",
    )
    assert ("Manuel Herrera", "commands", "Police secrète") in said
    assert {s for s, p, o in said if p == "charged_by"} == {"Paul Kiza", "Jean Bemba", "Ahmad Harun"}


def test_a_verdict_after_an_apposition_in_absentia_and_its_date(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Cette condamnation fait suite à celle de Jean Mbaye, un ancien officier de la garde, condamné le 3 mars "
        "2019 par le Tribunal pénal fédéral suisse à quinze ans de prison. La Cour d'assises de Paris a condamné "
        "par contumace Luis Ortega, Mario Díaz et Juan Paz à la réclusion à perpétuité.",
    )
    assert ("Jean Mbaye", "convicted_by", "Tribunal pénal fédéral suisse") in said
    for name in ("Luis Ortega", "Mario Díaz", "Juan Paz"):
        assert (name, "convicted_by", "Cour d'assises de Paris") in said
    result = extractor.extract_text("Pierre Kalala a été condamné le 12 mai 2020 par la Cour d'assises de Paris.",
                                    language="fr")  # fmt: skip
    assert [r.attributes.get("date") for r in result.relations if r.predicate == "convicted_by"] == ["2020-05-12"]


def test_what_a_prosecutors_inquiry_bore_on_and_what_a_commission_confirmed(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le Bureau du Procureur a ouvert en janvier 2013 une enquête qui a porté notamment sur les attaques de "
        "Tombouctou. Le Bureau du Procureur a indiqué enquêter sur le massacre de Bogoro. La Commission d'enquête "
        "sur le Burundi a confirmé que des agents du SNR ont commis la torture de détenus à Bujumbura. La Chambre "
        "de première instance a conclu que les miliciens ont commis le massacre de Kiwanja.",
    )
    assert ("attaques de Tombouctou", "investigated_by", "Bureau du Procureur") in said
    assert ("massacre de Bogoro", "investigated_by", "Bureau du Procureur") in said
    assert ("torture de détenus", "investigated_by", "Commission d'enquête sur le Burundi") in said
    # a court's finding is its judgment, not an inquiry
    assert not [k for k in said if k[0] == "massacre de Kiwanja" and k[1] == "investigated_by"]


def test_in_a_list_each_holds_the_post_written_next_to_him(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Figurent aussi le général Sein Lwin, commandant du Bureau des opérations spéciales no 2, le général de "
        "division Tin Maung, commandant du Commandement militaire régional de l'Est, le général de brigade Kyaw "
        "Min, commandant de la 22e division d'infanterie légère, et le général de brigade Zaw Win, commandant de "
        "la 55e division d'infanterie légère.",
    )
    commands = {(a, b) for a, p, b in said if p == "commands"}
    assert ("Kyaw Min", "22e division d'infanterie légère") in commands
    assert ("Zaw Win", "55e division d'infanterie légère") in commands
    assert not commands - {
        ("Sein Lwin", "Bureau des opérations spéciales no 2"),
        ("Tin Maung", "Commandement militaire régional de l'Est"),
        ("Kyaw Min", "22e division d'infanterie légère"),
        ("Zaw Win", "55e division d'infanterie légère"),
    }  # never another's unit: the parse hung every post on the first name


def test_a_word_of_address_is_no_part_of_a_persons_name(extractor: Extractor) -> None:
    """ "M. Šešelj" is Šešelj, the same person as "Vojislav Šešelj" named before; "Me X" (a lawyer) is X."""
    result = extractor.extract_text(
        "Le chef nationaliste Vojislav Šešelj a été condamné en appel. M. Šešelj n'assistait pas à l'audience. "
        "Son avocat, Me Zoran Krasić, a dénoncé le jugement.",
        language="fr",
    )
    persons = {e.name: e.aliases for e in result.entities if e.type == "Person"}
    assert "Vojislav Šešelj" in persons
    assert not [n for n in persons if n.startswith(("M. ", "Me "))]
    assert "Zoran Krasić" in persons


def test_the_forces_listed_before_a_verb_of_carrying_out_did_the_crimes(extractor: Extractor) -> None:
    """ "Lors des opérations ..., les FAB et la Gendarmerie nationale (GN) ont procédé à des exécutions": the parse
    loses the subject after the fronted phrase; "des soldats des FAB et des gendarmes de la GN": the second
    force too, which the parser joins to the first's."""
    result = extractor.extract_text(
        "Lors des opérations contre la rébellion, les Forces armées burundaises (FAB) et la Gendarmerie nationale "
        "(GN) ont procédé à des exécutions sommaires de civils. Le 3 mai 2016, des soldats de la Force de défense "
        "et des gendarmes de la Garde républicaine ont procédé à des exécutions extrajudiciaires dans plusieurs "
        "quartiers de Gitega.",
        language="fr",
    )
    names = {e.id: e.name for e in result.entities}
    said = {(names[r.subject], r.predicate, names[r.object]) for r in result.relations}
    done = {(a, c) for a, p, c in said if p == "perpetrated"}
    assert ("Forces armées burundaises", "exécutions sommaires de civils") in done
    assert ("Gendarmerie nationale", "exécutions sommaires de civils") in done
    assert {a for a, c in done if c.startswith("exécutions extrajudiciaires")} >= {
        "Garde républicaine",
        "Force de défense",
    }


def test_the_crime_types_of_a_verdict_are_those_of_the_crimes_it_was_for(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "En 2009, le capitaine Luc Mbala a été condamné par la cour d'assises de Paris pour crimes de guerre, en "
        "raison du meurtre de six prisonniers à Kibeho. La cour a déclaré Anne Roux coupable de complicité de "
        "crimes contre l'humanité pour la déportation des familles de Vénissieux. La cour a acquitté Jean Dupont "
        "de crimes de guerre pour le meurtre de trois prisonniers.",
        language="fr",
    )
    names = {e.id: e.name for e in result.entities}
    kinds = {(names[r.subject], names[r.object]) for r in result.relations if r.predicate == "of_type"}
    assert ("meurtre de six prisonniers à Kibeho", "crimes de guerre") in kinds
    assert ("déportation des familles de Vénissieux", "crimes contre l'humanité") in kinds
    assert ("meurtre de trois prisonniers", "crimes de guerre") not in kinds  # an acquittal


def test_a_crime_named_after_two_places_took_place_in_both(extractor: Extractor) -> None:
    result = extractor.extract_text("La Cour a jugé les massacres de Bossemptélé et de Ndjoukou.", language="fr")
    names = {e.id: e.name for e in result.entities}
    places = {(names[r.subject], names[r.object]) for r in result.relations if r.predicate == "occurred_in"}
    crime = "massacres de Bossemptélé et de Ndjoukou"
    assert {(crime, "Bossemptélé"), (crime, "Ndjoukou")} <= places


def test_a_leader_named_after_his_group_and_a_body_named_by_its_noun(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le Mouvement pour la libération du Lamar (MLL) de Paul Keita contrôlait le nord. Jean Diallo dirigeait le "
        "mouvement des Jeunes résistants. Marc Touré, un officier de la DSL dirigée par Ali Sanogo, a été condamné.",
    )
    assert ("Paul Keita", "commands", "Mouvement pour la libération du Lamar") in said
    assert ("Jean Diallo", "commands", "Jeunes résistants") in said
    assert ("Ali Sanogo", "commands", "DSL") in said
    # the officer serves in it; the one it is named after is not its member
    assert ("Marc Touré", "commands", "DSL") not in said


def test_a_government_named_by_its_adjective_or_its_complement(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "Le gouvernement tchadien a refusé de coopérer. Le gouvernement du Liberia a demandé l'extradition, et le "
        "gouvernement de transition a promis une enquête. La junte militaire a dissous le parlement. Le "
        "gouvernement a démenti.",
    )
    assert types["gouvernement tchadien"] == "Organization"
    assert types["gouvernement du Liberia"] == "Organization"
    assert types["gouvernement de transition"] == "Organization"
    assert types["junte militaire"] == "Organization"
    assert "gouvernement" not in types  # "le gouvernement" alone names none of them


def test_one_of_a_people_is_no_place_whatever_comes_before(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "La victime, une Belge de trente ans, vivait à Kigali. Il est le premier Français condamné pour crimes "
        "contre l'humanité. Les quatre Rwandais ont été jugés à Bruxelles.",
    )
    assert types.get("Kigali") == "Location"
    assert types.get("Bruxelles") == "Location"
    assert not {"Belge", "Français", "Rwandais"} & set(types)


def test_a_bodys_acronym_the_tagger_took_for_a_place_is_a_body(extractor: Extractor) -> None:
    types, _, _ = _read(extractor, "Les soldats des FAMa et de l'EINUB ont été déployés à Mopti. La RDC a protesté.")
    assert types["FAMa"] == "Organization"
    assert types["EINUB"] == "Organization"
    assert types["Mopti"] == "Location"
    assert types["RDC"] == "Location"  # a country's short name stays a place


def test_a_given_name_taken_for_a_noun_before_a_surname_named_again_alone(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Fulgence Niyonteze était bourgmestre de la commune de Mushubati. Niyonteze s'est rendu au camp. Arrivé en "
        "Suisse, Niyonteze a obtenu l'asile. Le Tribunal militaire de division 2 a déclaré Niyonteze coupable "
        "d'assassinat.",
    )
    assert types["Fulgence Niyonteze"] == "Person"
    assert ("Fulgence Niyonteze", "convicted_by", "Tribunal militaire de division 2") in said


def test_a_verdict_read_past_words_of_when_and_how_the_parser_took_for_its_object(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "La cour d'assises de Paris a condamné vendredi par défaut Octavien Ngenzi à la réclusion criminelle.",
    )
    assert ("Octavien Ngenzi", "convicted_by", "cour d'assises de Paris") in said
    _, said, _ = _read(
        extractor,
        "La cour d'assises du Gard n'a pas condamné vendredi Ely Ould Dah. La cour d'assises de Paris a condamné "
        "mardi le témoin de Pascal Simbikangwa.",
    )
    assert not [k for k in said if k[1] == "convicted_by"]


def test_an_armed_group_known_by_its_own_name_is_a_body(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Les Interahamwe ont tué des centaines de Tutsi à Nyange. Le massacre de Kiziguro commis par les "
        "Interahamwe a fait des milliers de morts.",
    )
    assert types.get("Interahamwe") == "Organization"  # the tagger took it for a place
    assert ("Interahamwe", "perpetrated", "massacre de Kiziguro commis par les Interahamwe") in said

    types, _, _ = _read(
        extractor,
        "Nations Unies \u2013 Haut-Commissariat aux droits de l'homme\n\nLe groupe armé est lié à Al-Qaïda. Le Bureau "
        "conjoint des Nations unies aux droits de l'homme a enquêté.",
    )
    assert types.get("Nations Unies") == "Organization"  # the tagger took it for a person's name
    assert types.get("Al-Qaïda") == "Organization"  # for a place
    assert "Nations unies" not in types  # a longer name's last words


def test_a_name_after_a_noun_of_a_place_and_de_is_a_place_whatever_the_tagger_said(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "Les rebelles ont incendié les villages de Kasika, Tumutu et Lubumba. Les camps de Lagbar, de Kilak et de "
        "Sanganeb ont été fermés. Le témoignage de Kabila a été entendu.",
    )
    places = {n for n, t in types.items() if t == "Location"}
    assert {"Kasika", "Tumutu", "Lubumba", "Lagbar", "Kilak", "Sanganeb"} <= places  # "Lagbar", "Kilak": persons
    assert types.get("Kabila") == "Person"  # "le témoignage de": no place's noun


def test_a_hyphened_rank_keeps_the_sentence_whole(extractor: Extractor) -> None:
    """ "le lieutenant-colonel X": the rank parted at its hyphen made the parser cut the sentence in two, and the
    verdict lost its party."""
    _, said, _ = _read(
        extractor,
        "Le tribunal militaire a condamné le lieutenant-colonel Daniel Kobinda Mutwa à vingt ans de servitude pénale.",
    )
    assert ("Daniel Kobinda Mutwa", "convicted_by", "tribunal militaire") in said


def test_a_force_or_person_said_responsible_for_a_crime_did_it_possibly(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "La Chambre a jugé que le colonel Jean Mbaye était responsable du massacre de Bogoro. Selon le rapport, "
        "le bataillon Simba est responsable des viols massifs de Minova et du pillage de Kalehe. Paul Kato a été "
        "arrêté en 2019 à Bunia. La Chambre l'a jugé responsable du massacre de Nyankunde.",
    )
    assert ("Jean Mbaye", "perpetrated", "massacre de Bogoro") in said
    assert ("bataillon Simba", "perpetrated", "viols massifs de Minova") in said
    assert ("bataillon Simba", "perpetrated", "pillage de Kalehe") in said  # listed after it
    assert ("Paul Kato", "perpetrated", "massacre de Nyankunde") in said  # whom the court's "l'" stands for


def test_no_one_is_responsible_by_an_accusation_a_hedge_or_a_denial(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Germain Katanga n'était pas responsable du massacre de Nyankunde. Le colonel Paul Kaka, présumé "
        "responsable du massacre de Kiwanja, a fui. Paul Kato a été arrêté en 2019. Les victimes le tiennent pour "
        "responsable du massacre de Bogoro. Le bataillon Simba serait responsable des viols de Minova.",
    )
    assert not [k for k in said if k[1] == "perpetrated"]


def test_the_place_of_an_official_is_a_place(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "Protais Zigiranyirazo est un ancien préfet de Ruhengeri. Jean-Paul Akayesu était bourgmestre de Taba. "
        "Le maire de Kibuye, Jean Kambanda, a fui.",
    )
    assert types["Ruhengeri"] == types["Taba"] == types["Kibuye"] == "Location"  # the tagger's persons
    assert types["Jean Kambanda"] == "Person"


def test_a_body_of_the_united_nations_is_named_whole(extractor: Extractor) -> None:
    """ "le Bureau conjoint des Nations Unies aux droits de l'homme": the tagger and the parse end the name at
    "Nations"; it runs on past "Unies" and what the body is for."""
    types, _, _ = _read(
        extractor,
        "Le Bureau conjoint des Nations Unies aux droits de l'homme a enquêté à Yumbi. Le Haut-Commissariat des "
        "Nations unies pour les réfugiés a compté les déplacés. Les Nations unies ont condamné les tueries.",
    )
    assert types["Bureau conjoint des Nations Unies aux droits de l'homme"] == "Mechanism"
    assert "Haut-Commissariat des Nations unies pour les réfugiés" in types
    assert not [n for n in types if n.endswith("des Nations")]


def test_a_datelines_place_in_capitals_is_a_place(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "Mali : un ancien officier condamné\n\nMOPTI, 12 mars 2019 - La cour d'assises de Bamako a condamné mardi "
        "Amadou Traoré.\n\nLA HAYE, 3 avril 2020 - La Cour pénale internationale a confirmé les charges.",
    )
    assert types["MOPTI"] == "Location"
    assert types["LA HAYE"] == "Location"


def test_a_place_is_also_named_with_the_noun_of_its_subdivision(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Les soldats ont tué vingt civils dans la province du Loroum, puis dans le territoire de Kavira.",
        language="fr",
    )
    names = {n for e in result.entities if e.type == "Location" for n in [e.name, *e.aliases]}
    assert {"province du Loroum", "Loroum", "territoire de Kavira", "Kavira"} <= names


def test_a_body_named_with_the_country_it_works_in_before_its_acronym(extractor: Extractor) -> None:
    result = extractor.extract_text(
        "Le Bureau conjoint des Nations Unies aux droits de l'homme en République centrafricaine (BCNUDH) a "
        "publié un rapport en 2019. Le BCNUDH a documenté des exécutions à Bangui.",
        language="fr",
    )
    body = next(e for e in result.entities if e.name.startswith("Bureau conjoint"))
    # the country is part of its name; its acronym the same body
    assert body.name == "Bureau conjoint des Nations Unies aux droits de l'homme en République centrafricaine"
    assert "BCNUDH" in body.aliases


def test_a_crime_occurred_in_the_wider_places_the_document_puts_its_place_in(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le massacre de Kishanga a choqué le pays. Les rebelles sont entrés à Kishanga, dans le territoire de "
        "Rutshuru, province du Nord-Kivu, à l'aube. Ils ont pillé Goma, Bukavu et Uvira.",
    )
    assert ("massacre de Kishanga", "occurred_in", "Rutshuru") in said
    assert ("massacre de Kishanga", "occurred_in", "Nord-Kivu") in said
    assert not [k for k in said if k[2] in {"Bukavu", "Uvira"}]  # a list puts no place in another


def test_a_verdict_given_in_another_country_is_not_the_court_named_before(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "La cour d'assises de Paris a condamné Pierre Durand à vingt ans. Jean Martin a été condamné en 2010 aux "
        "États-Unis à dix ans de prison. Paul Leroy a été condamné pour les crimes commis au Rwanda.",
    )
    court = "cour d'assises de Paris"
    assert ("Pierre Durand", "convicted_by", court) in said
    assert not [k for k in said if k[0] == "Jean Martin" and k[1] == "convicted_by"]
    assert ("Paul Leroy", "convicted_by", court) in said  # a country after "pour": the crimes'


def test_a_court_named_by_its_kind_declares_guilty_the_person_its_verb_names(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Cour d'assises de Lyon \u2013 Arrêt du 3 mars 2024\n\nLe 2 février 2023, la Cour de cassation a confirmé la "
        "compétence des juridictions françaises. Au terme d'un procès ouvert le 5 février 2024, la cour d'assises a "
        "déclaré Karim Haddad coupable de complicité de crimes de guerre.",
    )
    # "la cour d'assises": the Cour d'assises named before, never the Cour de cassation named since
    assert ("Karim Haddad", "convicted_by", "Cour d'assises de Lyon") in said
    assert ("Karim Haddad", "convicted_by", "Cour de cassation") not in said
    _, named, _ = _read(extractor, "La Cour d'assises de Lyon a déclaré Karim Haddad coupable de crimes de guerre.")
    assert ("Karim Haddad", "convicted_by", "Cour d'assises de Lyon") in named  # "coupable" hung on the surname


def test_declared_not_guilty_is_an_acquittal(extractor: Extractor) -> None:
    """A harm: "déclaré non coupable" was read as "déclaré coupable", a conviction of the acquitted."""
    _, said, _ = _read(
        extractor,
        "La Cour d'assises de Paris a déclaré Pierre Ndoli non coupable du massacre de Kibeho. La Cour d'assises "
        "de Paris a déclaré Jean Kamali coupable de génocide.",
    )
    assert ("Pierre Ndoli", "acquitted_by", "Cour d'assises de Paris") in said
    assert not [k for k in said if k[0] == "Pierre Ndoli" and k[1] in {"convicted_by", "perpetrated"}]
    assert ("Jean Kamali", "convicted_by", "Cour d'assises de Paris") in said


def test_a_verdict_in_the_present_and_a_court_named_after_its_rank(extractor: Extractor) -> None:
    """Summaries tell a verdict in the present ("la Cour déclare X coupable": the parser makes X a second
    subject); "la Haute Cour militaire" keeps its adjective; a military prosecution ("Auditorat") charges."""
    types, said, _ = _read(
        extractor,
        "La Haute Cour militaire ouvre son procès le 25 mars 2011. Au terme des audiences, la Cour déclare Jean "
        "Kalume coupable de crimes de guerre. L'Auditorat militaire de Bunia a inculpé Paul Ngoy pour meurtre.",
    )
    assert types["Haute Cour militaire"] == "Mechanism"
    assert ("Jean Kalume", "convicted_by", "Haute Cour militaire") in said
    assert types["Auditorat militaire de Bunia"] == "Mechanism"
    assert ("Paul Ngoy", "charged_by", "Auditorat militaire de Bunia") in said


def test_a_unit_described_with_an_indefinite_article_is_no_body(extractor: Extractor) -> None:
    """A harm: "Le bataillon Y, une unité de l'Armée nationale, était placé sous le commandement de X" made "unité
    de l'Armée nationale" a body, and the battalion part of it reversed."""
    types, said, _ = _read(
        extractor,
        "Le bataillon Bravo, une unité de l'Armée nationale, était placé sous le commandement du "
        "lieutenant-colonel Humberto Ríos.",
    )
    assert "unité de l'Armée nationale" not in types
    assert not [k for k in said if k[1] == "part_of" and k[2] == "bataillon Bravo"]


def test_an_acquittal_and_a_conviction_joined_judge_each_their_own(extractor: Extractor) -> None:
    """A harm: "a acquitté A et condamné B à douze ans" (the parser hangs "condamné" and B on A) made B, convicted,
    acquitted."""
    _, said, _ = _read(
        extractor,
        "La Cour d'assises de Bruxelles a acquitté Jean Habimana et condamné Paul Nkusi à douze ans de réclusion.",
    )
    assert ("Jean Habimana", "acquitted_by", "Cour d'assises de Bruxelles") in said
    assert ("Paul Nkusi", "convicted_by", "Cour d'assises de Bruxelles") in said
    assert ("Paul Nkusi", "acquitted_by", "Cour d'assises de Bruxelles") not in said


def test_who_took_a_commanders_post_and_when(extractor: Extractor) -> None:
    """ "X a succédé à Y à la tête de Z en mai 1995" (also "a remplacé Y", "Y a été remplacé par X"): X commands Z
    from then, Y until then, and neither is the other's superior; "Y, qui commandait Z, a été remplacé par X en
    2016": Y commands Z (the relative's antecedent is the name after its rank), X likely takes it from 2016;
    "n'a pas remplacé" says nothing (nlp/french/successors.py)."""
    for text in (
        "Le colonel Luc Mwamba a succédé au colonel Henri Kabongo à la tête du 12e régiment en mai 1995. Il a été "
        "promu général en 1998.",
        "Le colonel Henri Kabongo a été remplacé par le colonel Luc Mwamba à la tête du 12e régiment en mai 1995. "
        "Il a été promu général en 1998.",
    ):
        _, said, dated = _read(extractor, text)
        assert {"link": ("Luc Mwamba", "commands", "12e régiment"), "from": "1995-05", "to": None} in dated
        assert {"link": ("Henri Kabongo", "commands", "12e régiment"), "from": None, "to": "1995-05"} in dated
        assert not [r for r in said if r[1] == "commands" and r[2] in {"Luc Mwamba", "Henri Kabongo"}]
    _, said, dated = _read(
        extractor,
        "Le général Henri Kabongo, qui commandait la 9e brigade, a été remplacé par le général Luc Mwamba en "
        "juin 2016. Il a quitté le pays.",
    )
    assert ("Henri Kabongo", "commands", "9e brigade") in said
    assert {"link": ("Luc Mwamba", "commands", "9e brigade"), "from": "2016-06", "to": None} in dated
    _, said, _ = _read(
        extractor,
        "Le colonel Luc Mwamba n'a pas remplacé le colonel Henri Kabongo à la tête du 12e régiment. Il a été "
        "promu général en 1998.",
    )
    assert not [r for r in said if r[1] == "commands"]


def test_shootings_beatings_recruitment_and_destruction_are_crimes(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Les tirs à balles réelles sur les manifestants ont fait des dizaines de morts à Moundou. Les passages à "
        "tabac de détenus à Abena ont été particulièrement violents. Le recrutement d'enfants par le M23 à Rutshuru "
        "a été documenté. Un passage du rapport décrit la prison. Le tribunal a prononcé l'expulsion du territoire "
        "pour quinze ans.",
    )
    assert types["tirs à balles réelles sur les manifestants"] == "Crime"
    assert ("passages à tabac de détenus", "occurred_in", "Abena") in said  # a name after "à" there: a place
    assert ("M23", "perpetrated", "recrutement d'enfants par le M23") in said
    # a passage of a report, a penalty of expulsion: no crime
    assert not [n for n, t in types.items() if t == "Crime" and ("passage du" in n or "territoire" in n)]


def test_a_group_named_after_its_noun_in_lower_case_is_one_body(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "Les manifestations avaient été appelées par des partis d'opposition et la coalition Wakit Tamma. La milice "
        "Kamuina Nsapu a attaqué Tshikapa en 2017. L'ancien chef de milice Paul Mbeko a été arrêté.",
    )
    # the tagger takes both names for persons'
    assert types["coalition Wakit Tamma"] == "Organization"
    assert types["milice Kamuina Nsapu"] == "Organization"
    assert "Kamuina Nsapu" not in types
    assert types["Paul Mbeko"] == "Person"  # a noun with no article describes him


def test_a_bodys_name_ends_before_a_verbs_clitic_en(extractor: Extractor) -> None:
    types, _, _ = _read(
        extractor,
        "La Commission nationale des droits de l'homme a dénombré au moins 128 morts ; la Ligue camerounaise des "
        "droits de l'homme en avance au moins 218.",
    )
    assert types["Ligue camerounaise des droits de l'homme"] == "Organization"


def test_a_conviction_by_no_court_named_still_says_what_its_party_did(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le colonel Pierre Kabila a été condamné à la prison à perpétuité en 2011 pour le massacre de Tarnik. Le "
        "jury l'avait aussi reconnu coupable de crime de génocide et de plusieurs crimes de guerre commis à Mugina "
        "en 1994. Le général Marc Ilunga n'a jamais été condamné pour le bombardement de Velda.",
    )
    assert ("Pierre Kabila", "perpetrated", "massacre de Tarnik") in said
    assert not [k for k in said if k[0] == "Marc Ilunga"]
    # a crime type and a crime listed as two counts: the type is not the crime's
    assert not [k for k in said if k[1] == "of_type" and k[2] == "génocide"]


def test_a_courts_name_stops_before_the_crime_its_verdict_was_for(extractor: Extractor) -> None:
    types, said, _ = _read(
        extractor,
        "Le major Jean Bosco a été condamné par la cour d'appel de Douai pour le meurtre du maire de Tarnik. Le "
        "Tribunal pénal international pour le Rwanda a condamné Jean Kambanda pour génocide.",
    )
    assert ("Jean Bosco", "convicted_by", "cour d'appel de Douai") in said
    assert ("Jean Bosco", "perpetrated", "meurtre du maire de Tarnik") in said
    assert types["Tribunal pénal international pour le Rwanda"] == "Mechanism"  # a name's own "pour le"


def test_a_deed_at_a_place_is_possibly_the_crime_named_after_it_elsewhere(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Le massacre de Kolo a choqué le pays. Le 14 août 1985, des soldats de la Brigade du Sahel ont tué 62 "
        "villageois à Kolo.\n\n"
        "Le massacre de Rasa et le pillage de Rasa ont été documentés. Les rebelles du Front du Nord ont incendié "
        "des maisons à Rasa.",
    )
    assert ("Brigade du Sahel", "perpetrated", "massacre de Kolo") in said
    assert not [k for k in said if k[0] == "Front du Nord" and k[1] == "perpetrated"]  # two crimes at Rasa


def test_the_leader_of_a_body_described_in_apposition_to_its_name(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Kolo est la base du Front pour la libération du Nord (FLN), groupe armé dirigé par Jean Mabiala. "
        "Rasa est la base de l'UPS, groupe armé issu de la Séléka et dirigé par Paul Ngassa. Le FLN a attaqué le "
        "groupe armé dirigé par Marc Dimbi.",
    )
    assert ("Jean Mabiala", "commands", "Front pour la libération du Nord") in said
    assert ("Paul Ngassa", "commands", "UPS") in said
    assert not [k for k in said if k[0] == "Marc Dimbi"]  # the group the FLN attacked is another


def test_a_post_set_before_the_name_at_the_head_of_the_sentence(extractor: Extractor) -> None:
    _, said, _ = _read(
        extractor,
        "Membre du Parti révolutionnaire de Lamarie, Paul Kolo dirigea la prison de Sinia. Vice-président du "
        "Mouvement démocratique du Nord (MDN), Jean Mabiala a été Premier ministre. Commandant de la brigade "
        "Sinia, Marc Dimbi a été condamné. Adjoint d'Henri Ngassa, Luc Bemba avait été envoyé à Kolo.",
    )
    assert ("Paul Kolo", "member_of", "Parti révolutionnaire de Lamarie") in said
    assert ("Jean Mabiala", "member_of", "Mouvement démocratique du Nord") in said  # a vice-president
    assert ("Marc Dimbi", "commands", "brigade Sinia") in said
    assert not [k for k in said if k[0] == "Luc Bemba"]
