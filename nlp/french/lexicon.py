"""French words the rules read: ranks, the head nouns that give a name its type and kind, the words of
posts, verdicts and crimes.

Knowledge of the language, as nlp/lexicon.py is for English: the kinds and crime types these words lead
to are the ontology's.
"""

from __future__ import annotations

MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip

# Military and police ranks (lower case, longest first where one holds another).
RANKS = (
    "général d'armée", "général de corps d'armée", "général de division", "général de brigade", "général",
    "lieutenant-général", "maréchal", "amiral", "vice-amiral", "contre-amiral", "colonel", "lieutenant-colonel",
    "commandant", "capitaine", "lieutenant", "sous-lieutenant", "aspirant", "adjudant-chef", "adjudant",
    "major", "sergent-chef", "sergent", "caporal-chef", "caporal", "brigadier-chef", "brigadier",
    "commissaire divisionnaire", "commissaire principal", "commissaire", "inspecteur", "officier",
)  # fmt: skip

RANK_WORDS = frozenset(w for r in RANKS for w in r.split() if w not in {"de", "d'armée", "corps"})

# Nouns of a post over a body: "X, commandant du 3e bataillon", "le chef de la DDS, X".
COMMAND_NOUNS = frozenset(
    "commandant chef directeur dirigeant patron responsable président fondateur leader commandante cheffe "
    "directrice dirigeante présidente fondatrice".split()
)
# Nouns of belonging: "X, membre de l'ULIMO", "un agent de la DDS".
MEMBER_NOUNS = frozenset(
    "membre membres agent agents officier officiers élément éléments combattant combattants soldat soldats "
    "militaire militaires milicien miliciens policier policiers gendarme gendarmes cadre cadres "
    "sous-officier sous-officiers inspecteur inspecteurs".split()
)
# Verbs of commanding and of belonging (lemmas).
COMMAND_VERBS = frozenset("commander diriger présider fonder conduire".split())
MEMBER_VERBS = frozenset("appartenir servir rejoindre intégrer".split())
# A body under another: "la DDS relevait de la Présidence", "le bataillon, rattaché à la 2e région".
PART_VERBS = frozenset("relever rattacher subordonner placer dépendre".split())

# Head nouns of courts, prosecutors and inquiries.
MECHANISM_HEADS = frozenset(
    "cour tribunal chambre chambres juridiction juridictions parquet procureur bureau commission conseil "
    "comité mécanisme pôle auditorat".split()
)
# Of those, heads that name a mechanism only with a word of justice or inquiry in the name.
MECHANISM_WITH_CUE = frozenset("bureau commission conseil comité pôle".split())
MECHANISM_CUES = frozenset(
    "procureur enquête droits justice pénal pénale pénales judiciaire crimes vérité assises instruction "
    "cassation appel".split()
)
# Head nouns of forces and their units.
UNIT_HEADS = frozenset(
    "armée armées forces force brigade brigades bataillon bataillons régiment régiments division divisions "
    "compagnie escadron corps garde gendarmerie police direction service services section unité unités "
    "milice milices détachement commando légion état-major renseignement gestapo préfecture".split()
)
# Head nouns of armed movements and parties.
# Head nouns of armed movements, parties and juntas, with the kind they give.
GROUP_HEADS = {
    "mouvement": "armed_group", "front": "armed_group", "rassemblement": "armed_group", "union": "other",
    "ligue": "other", "parti": "other", "alliance": "armed_group", "coalition": "armed_group", "conseil": "other",
    "congrès": "other",
}  # fmt: skip
# Armed groups known by a name of their own, which the tagger takes for a place or leaves out ("les Interahamwe").
ARMED_GROUPS = frozenset(
    "Interahamwe Impuzamugambi Janjawid Janjaweed Maï-Maï Mai-Mai Shebab Chabab Al-Shabaab Hezbollah Séléka "
    "Al-Qaïda Al-Qaida".split()
) | {"Boko Haram"}
# Bodies of states known by a name of capitalised common words, which the tagger takes for a person's.
KNOWN_BODIES = frozenset({"Nations unies", "Nations Unies", "Union africaine", "Union européenne"})
# Heads that name a court only when written with a capital ("la juridiction française" is none).
TITLED_ONLY = frozenset(["juridiction", "juridictions", "chambre", "bureau"])
COMPANY_CUES = frozenset("sa sas sarl société groupe compagnie holding ltd inc".split())
# Heads of a government's name, in lower case as French writes them, named by what follows ("le gouvernement
# soudanais", "le gouvernement du Mali", "le gouvernement de transition", "la junte militaire").
GOVERNMENT_HEADS = frozenset(["gouvernement", "junte"])
BODY_HEADS = MECHANISM_HEADS | UNIT_HEADS | frozenset(GROUP_HEADS) | GOVERNMENT_HEADS
# Nouns of a case named after someone or something ("le procès de X", "l'affaire X").
CASE_NOUNS = frozenset(["procès", "affaire"])

# Verdicts (lemmas and participles) and their predicates.
VERDICT_WORDS = {
    "condamner": "convicted_by", "condamné": "convicted_by", "condamnée": "convicted_by",
    "condamnés": "convicted_by", "acquitter": "acquitted_by", "acquitté": "acquitted_by",
    "acquittée": "acquitted_by", "acquittés": "acquitted_by", "inculper": "charged_by",
    "inculpé": "charged_by", "inculpée": "charged_by", "inculpés": "charged_by",
}  # fmt: skip
# What an appeal does to a judgment ("a confirmé la condamnation de X", "a annulé l'acquittement"): its verdict.
APPEAL_WORDS = {"confirmer": "upheld", "maintenir": "upheld", "infirmer": "reversed", "annuler": "annulled",
                "casser": "annulled"}  # fmt: skip
JUDGMENT_NOUNS = frozenset("condamnation condamnations peine peines verdict jugement acquittement".split())
# "reconnu coupable", "mis en examen", "mis en accusation": verdict or charge in two words.
GUILTY = frozenset(["coupable", "coupables"])
EXAMINED = frozenset(["examen", "accusation"])

# Nouns of crimes as events ("le massacre du stade", "les exécutions de Thiaroye").
CRIME_EVENT_NOUNS = frozenset(
    "massacre massacres tuerie tueries exécution exécutions assassinat assassinats meurtre meurtres rafle "
    "rafles déportation déportations disparition disparitions bombardement bombardements attaque attaques "
    "viol viols torture tortures pillage pillages génocide crime crimes acte actes exaction exactions "
    "arrestation arrestations détention détentions répression incendie incendies enlèvement enlèvements "
    "tir tirs sévices mutilation mutilations recrutement recrutements enrôlement enrôlements destruction "
    "destructions expulsion expulsions persécution persécutions passage passages".split()
)
# Crime nouns that are one only before these words ("les passages à tabac de détenus", never "un passage du
# rapport"), and those that are none before these ("l'expulsion du territoire", a penalty).
CRIME_ONLY_BEFORE = {"passage": "à tabac", "passages": "à tabac"}
CRIME_NEVER_BEFORE = {"expulsion": "du territoire"}
# The participles that say a crime was done ("commis", "infligés"): they belong to its name.
DONE_VERBS = frozenset("commettre perpétrer infliger imposer subir".split())
# "à Conakry", "en Guinée", "dans le comté de Lofa": where, not a name's part.
PLACE_PREPOSITIONS = frozenset(["à", "au", "aux", "en", "dans"])
# The people a crime is done to ("les viols de jeunes filles"): what makes a crime noun one event.
VICTIM_NOUNS = frozenset(
    "civil civils femme femmes fille filles enfant enfants détenu détenus opposant opposants manifestant "
    "manifestants prisonnier prisonniers habitant habitants villageois population populations réfugié "
    "réfugiés juif juifs tutsi membre membres".split()
)
# Words a French name of a body or place holds without capitals ("de", "la", "l'").
NAME_LINKS = frozenset(["de", "du", "des", "d'", "la", "le", "les", "l'", "et", "pour", "à", "au", "aux", "en"])
# Function words a crime type's label keeps as they are in the plural.
INVARIABLE = frozenset(
    ["de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "et", "ou", "contre", "par", "en", "un", "une"]
)

# Crime types' labels too common in ordinary prose to stand for a legal concept on their own.
AMBIGUOUS = frozenset(
    "meurtre meurtres viol viols pillage déportation emprisonnement tentative commission complicité".split()
)
# The names French law and usage give crime types besides the ontology's labels.
CRIME_FORMS = {
    "actes de torture": "torture", "tortures et actes de barbarie": "torture",
    "actes de torture et de barbarie": "torture", "crime contre l'humanité": "crimes_against_humanity",
    "crime de guerre": "war_crimes", "crime de génocide": "genocide", "disparitions forcées": "enforced_disappearance",
    "violences sexuelles": "sexual_violence", "actes inhumains": "cah_other_inhumane_acts",
    "complicité de génocide": "genocide_complicity", "complicité du génocide": "genocide_complicity",
}  # fmt: skip
# Capitalised adjectives that open a body's name before its head: "la Haute Cour militaire", "la Grande Chambre".
RANKING = frozenset({"haute", "haut", "grande", "grand"})

# Words that negate a verb or a phrase ("n'a pas remplacé", "n'a jamais commandé", "aucun soldat").
NEGATIONS = frozenset(["ne", "n'", "jamais", "pas", "aucun", "aucune"])
