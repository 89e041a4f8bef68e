"""English words the rules read: ranks, titles, the head nouns that give a name its type and kind.

This is knowledge of the language, not vocabulary: the kinds and crime types
these words lead to are the ontology's, and `check()` refuses a kind the
ontology does not define.
"""

from __future__ import annotations

import re

# Military and police ranks, canonical form first; abbreviations are expanded word by word.
RANKS = (
    "Field Marshal", "General", "Lieutenant General", "Major General", "Brigadier General", "Brigadier",
    "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Second Lieutenant", "Warrant Officer",
    "Master Warrant Officer", "Staff Sergeant", "Sergeant", "Corporal", "Lance Corporal", "Private",
    "Admiral", "Vice Admiral", "Rear Admiral", "Commodore", "Navy Captain", "Lieutenant Commander",
    "Air Chief Marshal", "Air Marshal", "Air Vice Marshal", "Air Commodore", "Group Captain", "Wing Commander",
    "Squadron Leader", "Flight Lieutenant", "Flying Officer", "Inspector General of Police",
    "Deputy Inspector General of Police", "Assistant Inspector General of Police", "Commissioner of Police",
    "Deputy Commissioner of Police", "Assistant Commissioner of Police", "Chief Superintendent of Police",
    "Superintendent of Police", "Deputy Superintendent of Police", "Assistant Superintendent of Police",
    "Chief Superintendent", "Superintendent", "Deputy Superintendent", "Assistant Superintendent", "Inspector",
    "Constable", "Marshal", "Specialist", "Private First Class", "Sergeant First Class", "Master Sergeant",
    "First Sergeant", "Sergeant Major", "Petty Officer", "Chief Warrant Officer",
    # the ranks of the SS, as English texts write them ("SS-Obersturmbannführer Herbert Kappler")
    "SS-Oberst-Gruppenführer", "SS-Obergruppenführer", "SS-Gruppenführer", "SS-Brigadeführer", "SS-Oberführer",
    "SS-Standartenführer", "SS-Obersturmbannführer", "SS-Sturmbannführer", "SS-Hauptsturmführer",
    "SS-Obersturmführer", "SS-Untersturmführer", "SS-Sturmscharführer", "SS-Hauptscharführer",
    "SS-Oberscharführer", "SS-Scharführer", "SS-Unterscharführer", "SS-Rottenführer", "SS-Sturmmann",
)  # fmt: skip
RANK_ACRONYMS = {
    "AVM": "Air Vice Marshal", "AIG": "Assistant Inspector General of Police",
    "DIG": "Deputy Inspector General of Police",
    "IGP": "Inspector General of Police", "CP": "Commissioner of Police", "DCP": "Deputy Commissioner of Police",
    "ACP": "Assistant Commissioner of Police", "CSP": "Chief Superintendent of Police",
    "SP": "Superintendent of Police",
    "DSP": "Deputy Superintendent of Police", "ASP": "Assistant Superintendent of Police", "2Lt": "Second Lieutenant",
    "Lt": "Lieutenant", "Col": "Colonel", "Gen": "General", "Maj": "Major", "Capt": "Captain", "Sgt": "Sergeant",
    "Cpl": "Corporal", "Pte": "Private", "Adm": "Admiral", "Brig": "Brigadier", "MG": "Major General",
    "BG": "Brigadier General",
}  # fmt: skip
_ABBREVIATIONS = {
    "lt": "lieutenant", "lieut": "lieutenant", "gen": "general", "genl": "general", "maj": "major",
    "brig": "brigadier", "col": "colonel", "capt": "captain", "cpt": "captain", "sgt": "sergeant",
    "cpl": "corporal", "pte": "private", "adm": "admiral", "cdr": "commander", "supt": "superintendent",
    "insp": "inspector", "comm": "commissioner", "dep": "deputy", "asst": "assistant", "l": "lance",
    "2lt": "second lieutenant", "2nd": "second", "w o": "warrant officer", "ig": "inspector general",
}  # fmt: skip
_CANONICAL = {" ".join(re.split(r"[\s.\-/]+", r.lower())): r for r in RANKS}
_RANK_WORDS = "|".join(
    sorted(
        {w for r in RANKS for w in r.split() if w != "of"}
        | {a.title() for a in _ABBREVIATIONS if a.isalpha() and len(a) > 1}
        | set(RANK_ACRONYMS),
        key=len,
        reverse=True,
    )
)
# A run of capitalised rank words and abbreviations ("Maj.-Gen. ", "Commissioner of Police "), spaces after it
# included, so that a match ends where the name begins. Case matters: "major" in prose is no rank.
RANK_PATTERN = re.compile(rf"(?<![\w-])(?:{_RANK_WORDS})(?:[.\s\-/]+(?:{_RANK_WORDS}|of)(?![\w]))*\.?\s*")


def abbreviated_forms() -> list[str]:
    """Written forms of abbreviated ranks that must stay one token ("Maj.-Gen.", "Lt-Col."), or a sentence
    would end at their full stop.

    >>> "Maj.-Gen." in abbreviated_forms(), "Brig-Gen." in abbreviated_forms()
    (True, True)
    """
    pairs = [
        ("Maj", "Gen"),
        ("Brig", "Gen"),
        ("Lt", "Gen"),
        ("Lt", "Col"),
        ("Lt", "Cdr"),
        ("Rear", "Adm"),
        ("Vice", "Adm"),
    ]
    forms = {
        f"{a}{d1}{sep}{b}{d2}" for a, b in pairs for d1 in ("", ".") for sep in ("-", ".-", ".") for d2 in ("", ".")
    }
    forms = {f for f in forms if not f.endswith("-") and ".." not in f}
    forms |= {
        f"{w}." for w in ("Gen", "Col", "Maj", "Capt", "Lt", "Sgt", "Cpl", "Brig", "Adm", "Cdr", "Supt", "Insp", "Pte")
    }
    return sorted(forms)


def canonical_rank(text: str) -> str | None:
    """The rank a written form stands for, or None.

    >>> canonical_rank("Maj-Gen."), canonical_rank("Lt. Col."), canonical_rank("Brig.-Gen"), canonical_rank("AVM")
    ('Major General', 'Lieutenant Colonel', 'Brigadier General', 'Air Vice Marshal')
    >>> canonical_rank("Major Genera"), canonical_rank("Spokesman")
    (None, None)
    """
    stripped = text.strip(" .,")
    if stripped in RANK_ACRONYMS:
        return RANK_ACRONYMS[stripped]
    words = [w for w in re.split(r"[\s.\-/]+", stripped.lower()) if w]
    expanded = " ".join(_ABBREVIATIONS.get(w, w) for w in words)
    return _CANONICAL.get(expanded)


def rank_or_plural(text: str) -> str | None:
    """The rank a written form or its plural stands for: a word that names officers, not one of them.

    >>> rank_or_plural("Colonels"), rank_or_plural("Lt."), rank_or_plural("Jones")
    ('Colonel', 'Lieutenant', None)
    """
    return canonical_rank(text) or canonical_rank(text.removesuffix("s"))


# Titles of office that put a person at the head of what follows them ("GOC of 7 Division").
COMMAND_TITLES = (
    "General Officer Commanding", "GOC", "Air Officer Commanding", "AOC", "Flag Officer Commanding", "FOC",
    "Commanding Officer", "CO", "Commander", "Commandant", "Chief of Army Staff", "Chief of Defence Staff",
    "Chief of Air Staff", "Chief of Naval Staff", "Chief of Staff", "Theatre Commander", "Brigade Commander",
    "Battalion Commander", "Division Commander", "Sector Commander", "Force Commander", "Head", "Director",
    "Director General", "Director-General", "Chief", "Leader", "Inspector General of Police",
    "Commissioner of Police", "Divisional Police Officer", "DPO", "Officer in Charge", "Officer-in-Charge",
    "Provost Marshal", "Commander-in-Chief", "Supreme Commander", "Supreme Leader",
)  # fmt: skip
# The titles as a regular expression's alternatives, longest first so that "Chief of Staff" wins over "Chief".
TITLE_PATTERN = "|".join(re.escape(t) for t in sorted(COMMAND_TITLES, key=len, reverse=True))
# Only the titles of several words ("Commissioner of Police", "Sector Commander").
TITLE_PHRASE_PATTERN = "|".join(re.escape(t) for t in sorted(COMMAND_TITLES, key=len, reverse=True) if " " in t)
# What a staff title is in charge of: "Administration" in "Chief of Administration at Army Headquarters", "Policy
# and Plans" in "Chief of Policy and Plans". Capitalised words, as a title is written, whatever the flags around.
PORTFOLIO_PATTERN = r"(?-i:[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){0,4})"
COMMAND_WORDS = frozenset(
    "command commander commanding commandant head headed lead leader led chief director goc co dpo charge "
    "oversee oversaw run ran direct boss control found founder co-founder chairman chairperson chairwoman "
    "president authority".split()
)
# Titles written before a person's name, which are no part of it ("President X", "Judge Y").
PERSON_TITLES = frozenset(
    "President Vice Minister Governor Senator Judge Justice Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. "
    "Sheikh Ayatollah Mullah Alhaji Hon Hon. Gov Gov. Sen. Sir Dame Lord Mallam Chief Prosecutor Commander Emir "
    "Emperor Empress King Queen".split()
)
# Words of address before a name, religious ones among them: none is a given name.
HONORIFICS = frozenset(
    "Sister Brother Father Mother Bishop Archbishop Cardinal Pastor Reverend Rev Imam Abbé Monsignor Saint Rabbi "
    "Madam Madame Monsieur Mme Mlle Don Doña Señor Señora Herr Frau Dr Doctor Professor Judge Justice".split()
)
# The words of a charge or a verdict: a crime type named after them ("convicted of murder", "charged with
# rape", "four counts of murder") is the legal category, not a word of ordinary prose.
CHARGE_WORDS = frozenset(
    "convict acquit charge accuse indict guilty count crime conviction acquittal responsible liable "
    "prosecute try".split()
)
# Verbs of naming: "known as the Khamis Brigade after its commander" ("after" is no time there).
NAMING_VERBS = frozenset({"know", "name", "call", "rename", "dub", "nickname"})
# The words before a crime's kind, with the word they follow: "pleaded guilty to murder", "amounted to
# deportation", "qualified as persecution"; and the verbs whose object is one ("constituted murder").
KIND_MARKERS = frozenset({("to", "guilty"), ("to", "amount"), ("as", "qualify")})
KIND_VERBS = frozenset({"constitute"})
# Nouns that describe a person in apposition ("X, a former officer of the RUF", "X, a journalist"): X is a
# person, whatever the tagger said of the name.
PERSON_NOUNS = frozenset(
    "officer member soldier fighter militiaman policeman agent commander leader chief director head deputy "
    "journalist lawyer activist victim witness survivor resident farmer teacher priest nun pastor judge "
    "prosecutor minister president ambassador mayor governor general colonel captain major lieutenant "
    "sergeant brigadier admiral spokesman spokesperson founder chairman businessman politician student "
    "doctor nurse singer writer official militant rebel warlord".split()
)
# Words before a title that make its holder the second, not the head: "the deputy commander", "vice-president".
SECOND_WORDS = frozenset("deputy vice assistant second-in-command".split())
MEMBER_WORDS = frozenset(
    "of member officer soldier troop personnel serve join belong post deploy station attach transfer "
    "assign enlist recruit work with from in officer spokesman spokesperson deputy rank colonel general "
    "captain major lieutenant sergeant corporal".split()
)
START_WORDS = frozenset(
    "assume take took appoint become join succeed promote deploy post arrive install name nominate since from".split()
)
# Verbs that keep or move a post, besides those of starting, ending and serving ("retains his GOC
# position at 7 Division", "moved to the Ministry of Defence").
HOLD_WORDS = frozenset("be retain remain stay hold move swap return rejoin".split())
# Lower-case nouns for a part of a unit ("headed the investigations section of Branch 251").
PART_NOUNS = frozenset(
    "section department unit branch office desk team wing cell bureau service squad directorate command board "
    "committee council".split()
)
# Words that make a unit's noun the whole of what it is "of": "the parent unit of the 21st Brigade".
ABOVE_WORDS = frozenset({"parent", "superior", "higher", "mother"})
END_WORDS = frozenset(
    ["leave", "left", "replace", "relieve", "retire", "dismiss", "remove", "hand", "until", "till", "sack", "redeploy"]
)

# Head nouns: a capitalised name ending in one of these is a unit of a security force...
UNIT_HEADS = frozenset(
    "Division Brigade Battalion Regiment Corps Squadron Platoon Squad Detachment Garrison Army Navy "
    "Police Gendarmerie Guard Guards Branch Sector Command Directorate Service Forces Force Unit Units "
    "Cantonment Barracks Headquarters Wing Company Intelligence Mission Contingent Staff Rifles Fusiliers Fleet "
    "Flotilla".split()
)
# Heads that come first in Spanish and French names of units ("Grupo Colina", "Batallón Atlacatl").
ROMANCE_UNIT_HEADS = frozenset(
    "Grupo Batallón Brigada Regimiento Escuadrón Compañía Destacamento Bataillon Régiment Groupement Escadron "
    "Compagnie Détachement Bloque".split()
)
# Words of Spanish and French names of forces and services, wherever they stand ("Dirección de Inteligencia
# Nacional", "Direction générale de la sécurité extérieure"): the organisation is a unit.
ROMANCE_UNIT_WORDS = ROMANCE_UNIT_HEADS | frozenset(
    "Dirección Inteligencia Policía Gendarmería Ejército Armada Guardia Direction Renseignement Gendarmerie "
    "Armée".split()
)
# Heads of places that name a unit after a word of the military ("Split Military District").
AREA_HEADS = frozenset("District Zone Region Area Sector".split())
AREA_UNIT_WORDS = frozenset("military operational operative operations defence defense security".split())
# ...of which only military formations are named ("Logistics Command", but "Shell Company", "Lafarge Group").
FORMATION_HEADS = frozenset(
    "Division Brigade Battalion Regiment Squadron Platoon Detachment Garrison Command Directorate Cantonment "
    "Barracks Headquarters".split()
)
# ...and "Group", a formation's head when a military word qualifies it ("Fleet Support Group", "Special Forces
# Group"), a company's otherwise ("Lafarge Group").
MILITARY_QUALIFIERS = frozenset(
    "Fleet Naval Navy Army Military Marine Marines Infantry Artillery Armoured Armored Airborne Commando Combat "
    "Strike Task Forces Operational Tactical Operations".split()
)
# A compass point that ends a unit's name: "Operational Group South", "Sector East", "Army Group Centre".
COMPASS = frozenset("North South East West Centre Center Central Northeast Northwest Southeast Southwest".split())
# Head nouns of institutions: a name ending in one is no person's, whatever the NER says ("Assessment Centre").
INSTITUTION_HEADS = frozenset("Centre Center College School Academy Institute Hospital University Dockyard".split())
# Head nouns of a state's agencies, which end a name the tagger may cut ("State Intelligence Secretariat",
# "the United States Department of the Treasury").
AGENCY_HEADS = frozenset("Secretariat Agency Bureau Ministry Department Office".split())
# ...that takes a number after it ("Branch 251", "Sector 3") or may be preceded by one ("7 Division").
NUMBERED_HEADS = frozenset(["Branch", "Sector", "Unit", "Brigade", "Battalion", "Division", "Regiment", "Camp"])
# Armed groups known by a name of their own, which the tagger may take for a place ("the Interahamwe").
# Arabic words that name a force, written in the Latin script: front, movement, brigade, army, battalions, free
# men, corps, companies, leagues, body, soldiers ("Jabhat Fateh al-Sham", "Liwa al-Quds", "Asa'ib Ahl al-Haq").
# Not "Ansar" (also a given name) nor "Jamaat" (also a party's).
ARABIC_FORCE_WORDS = ("Jabhat", "Harakat", "Liwa", "Jaysh", "Jaish", "Kataib", "Kata'ib", "Ahrar", "Faylaq", "Saraya",
                      "Asa'ib", "Asaib", "Hay'at", "Jund")  # fmt: skip
# Nouns of a union of bodies, which a body joins or takes part in without being its sub-unit ("the Séléka
# coalition", "an alliance of A and B").
UNION_NOUNS = frozenset({"coalition", "alliance"})
# The nouns of a ruler's time in power: "the Pinochet regime", "the Somoza dictatorship" name a person, not a body.
RULE_NOUNS = frozenset("regime dictatorship government administration presidency era rule years".split())
ARMED_GROUP_NAMES = ("Janjaweed", "Interahamwe", "Boko Haram", "Mai-Mai", "Al-Shabaab", "Wagner", "Taliban",
                     "Hezbollah", "Islamic State", *ARABIC_FORCE_WORDS)  # fmt: skip
# A name containing one of these words is an armed group, a company, an NGO, a government body.
ORGANIZATION_CUES: dict[str, tuple[str, ...]] = {
    "armed_group": ("Liberation", "Resistance", "Revolutionary", "Rebel", "Rebels", "Jihad", "Front", "Movement",
                    "Militia", *ARMED_GROUP_NAMES, "Brigades of"),
    "company": ("Ltd", "Limited", "Inc", "Incorporated", "Corp", "Corporation", "GmbH", "AG", "S.A.", "SA", "plc",
                "PLC", "LLC", "N.V.", "B.V.", "Holding", "Holdings", "Mining", "Petroleum", "Oil", "Industries",
                "Bank", "Group", "Lafarge", "Airlines", "Logistics", "Trading", "Enterprises", "Invest", "Investments",
                "SARL", "SARLU", "Sarl"),
    "ngo": ("Amnesty International", "Human Rights Watch", "Watch", "Foundation", "Association", "Society",
            "Network", "Coalition", "Initiative", "Red Cross", "Médecins", "TRIAL International", "Institute",
            "Centre for", "Center for", "Federation"),
    "government": ("Government", "Cabinet", "Presidency", "Council of Ministers", "State House"),
    "state_institution": ("Ministry", "Agency", "Bureau", "Office", "Department", "Prison", "Central Bank",
                          "Parliament", "Assembly", "Senate", "Commission"),
}  # fmt: skip
# The heads of accountability mechanisms, and the cues that tell their kind (the first kind that matches).
MECHANISM_HEADS = frozenset(
    "Court Courts Tribunal Tribunals Chamber Chambers Mechanism Commission Committee Council Mission "
    "Panel Group".split()
)
MECHANISM_CUES: dict[str, tuple[str, ...]] = {
    "hybrid_tribunal": ("Special Court", "Extraordinary African Chambers", "Extraordinary Chambers",
                        "Special Tribunal", "Specialist Chambers", "Special Criminal Court", "Special Panels"),
    "international_court": ("International Criminal Court", "International Court", "International Criminal Tribunal",
                            "International Residual Mechanism", "International Tribunal", "Inter-American Court",
                            "European Court", "African Court", "ICC", "ICTY", "ICTR", "IRMCT", "ICJ"),
    "truth_commission": ("Truth", "Reconciliation", "Historical Clarification"),
    "fact_finding": ("Commission of Inquiry", "Fact-Finding", "Fact Finding", "Inquiry", "Commission of Experts",
                     "Panel of Experts", "Investigative Panel", "Judicial Commission", "Experts",
                     "Human Rights Commission", "Commission on Human Rights", "Commission of Human Rights",
                     "Commission on Human and Peoples"),
    "un_mechanism": ("United Nations", "UN ", "Human Rights Council", "Committee against Torture",
                     "Human Rights Committee", "Working Group", "Rapporteur", "Security Council", "High Commissioner",
                     "Impartial and Independent Mechanism", "Independent Investigative Mechanism"),
    "national_court": ("Court", "Tribunal", "Chamber", "Martial"),
}  # fmt: skip
# Courts of human rights, which judge states and never a person: a person's conviction said with no court
# named is never theirs, whichever court the text named last ("Pastor Coronel fue condenado" after "la Corte IDH").
STATE_COURT_CUES = (
    "Inter-American Court", "Corte Interamericana", "Cour interaméricaine", "Interamerikanische",
    "Court of Human Rights", "Cour européenne des droits", "Tribunal Europeo de Derechos Humanos",
    "Gerichtshof für Menschenrechte", "Court on Human and Peoples", "African Commission", "Corte IDH", "IACtHR",
    "ECtHR", "EGMR", "CEDH", "CtEDH", "TEDH",
)  # fmt: skip
# The prosecution, a mechanism of its court's kind (national unless an international cue says otherwise):
# "Office of the Attorney General of Switzerland", "National Prosecution Authority", "Public Prosecutor's Office".
PROSECUTION_CUES = (
    "Prosecutor",
    "Prosecution Authority",
    "Prosecuting Authority",
    "Prosecution Service",
    "Public Prosecution",
    "Attorney General",
    "Attorney-General",
    "Procurator",
    "Investigating Judge",
    "Public Ministry",
    "Ministerio Público",
    "Fiscalía",
    "Parquet",
    "Procureur",
    "Auditorat",  # a military prosecution ("l'Auditorat général des FARDC", "l'Auditorat militaire")
)
# Committees, councils and commissions are mechanisms only with one of these cues; otherwise organisations.
MECHANISM_ONLY_WITH_CUE = frozenset(["Commission", "Committee", "Council", "Mission", "Panel", "Mechanism", "Group"])
# Well-known mechanisms written as an acronym alone.
MECHANISM_ACRONYMS = {
    "ICC": "international_court", "ICTY": "international_court", "ICTR": "international_court",
    "IRMCT": "international_court", "ICJ": "international_court", "SCSL": "hybrid_tribunal",
    "ECCC": "hybrid_tribunal", "STL": "hybrid_tribunal", "IIIM": "un_mechanism", "IIMM": "un_mechanism",
    "OHCHR": "un_mechanism", "UNITAD": "un_mechanism", "CAT": "un_mechanism", "TRC": "truth_commission",
    "CEH": "truth_commission",
}  # fmt: skip

# Words of titles, which end a unit's name read leftwards ("GOC, General Officer Commanding 3 Division").
TITLE_WORDS = frozenset(
    "Commanding Officer Officers Commander Commandant Chief Director Head Spokesman Acting Deputy "
    "Commissioner Inspector Superintendent".split()
)
# Nouns that end a law's or a treaty's name ("the Rome Statute", "the Wartime Criminal Law Act"): no body.
LAW_NOUNS = frozenset(
    "Statute Act Code Convention Charter Protocol Covenant Constitution Decree Ordinance Treaty Accord Accords "
    "Agreement".split()
)
# Capitalised common nouns that name nothing in particular: the headings of a report's sections ("Background.",
# "Mandate") and "the State" of a report on a state's obligations.
NOT_NAMES = frozenset(
    "Background Introduction Summary Conclusion Conclusions Findings Mandate Methodology Recommendations Merits "
    "Overview Context Facts Annex Chapter Section State States Judgement Judgment Government Chair".split()
) | {f"{stage} {word}" for stage in ("Appeal", "Trial", "Appeals") for word in ("Judgement", "Judgment")}
# Departments an organisation's staff head, named before their title ("Amnesty International's Research and
# Advocacy Director"): the head of a part, not of the organisation; never a name of its own.
PORTFOLIOS = frozenset(
    "Research Advocacy Communications Media Press Programme Programmes Program Programs Policy Legal Finance "
    "Campaigns Outreach Crisis Emergencies Humanitarian Fundraising".split()
)
# Titles written as acronyms ("the COAS", "GOC 7 Division").
TITLE_ACRONYMS = frozenset(
    [
        "COAS",
        "CDS",
        "CAS",
        "CNS",
        "GOC",
        "CO",
        "OC",
        "DPO",
        "IGP",
        "DIG",
        "AIG",
        "CP",
        "DCP",
        "ACP",
        "CSP",
        "DSP",
        "ASP",
        "SP",
    ]
)
# Words that end a name when met while reading left from a head noun.
NAME_STOPS = frozenset(
    "The A An This That These Those Its His Her Their Our And Or But Of In On At For With By To From As "
    "When While Since Until After Before During Under Over".split()
)
# Nouns that name a crime as an event ("the Srebrenica massacre", "the killings in Baga").
# Words after which a name is a place's ("in Nyala", "from the Kaduna"), not a person's.
PLACE_WORDS = frozenset("in at near from to of outside inside into".split())
# Nouns of a place named after "of": "the municipalities of Nebaj, Chajul and Cotzal", "the village of Dos Erres".
PLACE_NOUNS = frozenset(
    "municipality municipalities department departments province provinces district districts region regions "
    "village villages town towns city cities county counties commune communes prefecture prefectures "
    "governorate governorates state states locality localities neighbourhood neighborhood township".split()
)
# Places whose article is part of the name: "The Hague", "The Gambia".
THE_PLACES = frozenset({"Hague", "Gambia", "Bahamas"})
# Sites a proper name names, where crimes are said to happen ("the massacre at Kabarondo church").
SITE_NOUNS = frozenset(
    "church churches parish hill hills school schools stadium camp camps prison prisons market hospital mosque "
    "compound farm mine bridge cemetery plantation base barracks convent monastery cathedral chapel seminary "
    "temple headquarters office garage hotel factory warehouse station airport stadium palace residence gate "
    "checkpoint roadblock square".split()
)
# Nouns of a settlement whose name follows "of": "the village of Tumu", "the town of Bor".
SETTLEMENT_NOUNS = frozenset("village villages town towns city cities locality localities hamlet commune".split())
CRIME_EVENT_NOUNS = frozenset(
    "massacre massacres killing killings execution executions bombing bombings shelling attack attacks assault "
    "assaults "
    "raid raids siege genocide atrocities atrocity disappearances abductions abduction invasion "
    "torture disappearance rape rapes repression persecution deportation extermination enslavement "
    "bombardment bombardments shooting shootings burning looting pillage pillaging plunder murder murders "
    "beating beatings assassination assassinations destruction displacement expulsion expulsions deportations "
    "recruitment conscription enlistment kidnapping kidnappings airstrike airstrikes cleansing rocketing sniping "
    "lynching lynchings mutilation mutilations".split()
)  # not "detention", "imprisonment" or "arrest": lawful as often as not
# Words on the path from a person to a unit that make the person someone the unit acted on, or someone
# who speaks of it, not one of its members: "a survivor of the battalion's raid", "victims of the 5th
# Brigade", "abuses by the 81st Division", "a lawyer for detainees of Branch 215".
NOT_A_POST = (
    frozenset(
        "victim victims survivor survivors detainee detainees prisoner prisoners captive captives hostage hostages "
        "abductee torture tortured detain detained arrest arrested abduct abducted kidnap kidnapped witness "
        "testify testified relative relatives family families widow widows lawyer lawyers counsel represent "
        "journalist reporter researcher investigator document documented accuse accused abuse abuses "
        "violation violations imprison imprisoned jail jailed incarcerate incarcerated interrogate interrogated "
        "beat beaten confine confined intern interned kill killed murder murdered execute executed shoot shot "
        "disappear disappeared rape raped "
        # allegiance, not service: "the Republican Forces loyal to Mr. X", "militias allied with Y"
        "loyal allied opposed hostile".split()
    )
    | CRIME_EVENT_NOUNS
)
# Nouns of a force's members, which stand for the force they are said of ("soldiers of the 5th Brigade killed",
# "found members of the X responsible").
FORCE_MEMBERS = frozenset(
    "soldier troop member officer personnel element unit fighter militiaman policeman force staff agent".split()
)  # "RCD forces", "S-21 staff", "DINA agents": the body whose they are
# Nouns that may stand for an entity named before them ("the court", "the same chamber", "the division").
ANAPHORS: dict[str, str] = {
    "court": "Mechanism", "tribunal": "Mechanism", "chamber": "Mechanism", "chambers": "Mechanism",
    "commission": "Mechanism", "mission": "Mechanism",
    "division": "Organization", "brigade": "Organization", "battalion": "Organization",
    "regiment": "Organization", "corps": "Organization", "unit": "Organization", "branch": "Organization",
    "directorate": "Organization", "company": "Organization", "group": "Organization", "army": "Organization",
    "party": "Organization", "movement": "Organization", "militia": "Organization", "front": "Organization",
    "council": "Organization", "service": "Organization", "agency": "Organization", "force": "Organization",
    "police": "Organization", "fleet": "Organization", "platoon": "Organization",
    "detachment": "Organization", "squadron": "Organization",
    "goc": "Person", "commander": "Person", "accused": "Person", "defendant": "Person",
    # a crime named before ("the Kibuye massacre ... the massacre was carried out by"); not a crime's type
    # ("the genocide", "the torture"), which the crime types read
    "massacre": "Crime", "massacres": "Crime", "killing": "Crime", "killings": "Crime", "attack": "Crime",
    "attacks": "Crime", "executions": "Crime", "abductions": "Crime", "shelling": "Crime", "bombing": "Crime",
    "raid": "Crime", "assault": "Crime", "murders": "Crime", "rapes": "Crime", "ambush": "Crime",
}  # fmt: skip
# Crimes' nouns that name one another's kind of deed, so that "the killings" may stand for "the massacre at X".
CRIME_ANAPHOR_FAMILIES = (
    frozenset("massacre massacres killing killings executions murders".split()),
    frozenset("attack attacks assault raid ambush shelling bombing".split()),
)


def check(organization_kinds: set[str], mechanism_kinds: set[str]) -> list[str]:
    """Kinds named here that the ontology lacks (empty when all is well)."""
    org = set(ORGANIZATION_CUES) | {"unit", "other"}
    mech = set(MECHANISM_CUES) | set(MECHANISM_ACRONYMS.values()) | {"other"}
    return sorted(f"organisation kind {k}" for k in org - organization_kinds) + sorted(
        f"mechanism kind {k}" for k in mech - mechanism_kinds
    )


# Offices whose last word is "General" and that are not military ranks ("Attorney General", "Secretary-General").
CIVIL_GENERAL = re.compile(
    r"\b(?:Attorney|Solicitor|Prosecutor|Auditor|Secretary|Governor|Procurator|Advocate|Accountant|Postmaster)[- ]$"
)


# Peoples, ethnic and religious groups, named as the victims of a crime ("the killing of Tutsi", "attacks on the
# Masalit"): never a place, an organisation or a person, whatever the tagger said. Their plural in "s" too.
PEOPLES = frozenset(
    "Tutsi Hutu Twa Yazidi Yezidi Rohingya Masalit Zaghawa Fur Hadjerai Ixil Maya Bosniak Bosniaks Serb Serbs "
    "Croat Croats Albanian Albanians Kurd Kurds Uyghur Uighur Lendu Hema Hazara Hazaras Tamil Tamils Sinhalese "
    "Karen Kachin Shan Chin Darfuri Nuba Nuer Dinka Shilluk Anuak Tigrayan Tigrayans Amhara Oromo Afar Somali "
    "Fulani Peul Peuls Tuareg Arab Arabs Berber Alawite Alawites Druze Sunni Sunnis Shia Shiite Shiites Christian "
    "Christians Muslim Muslims Jew Jews Roma Sinti Armenian Armenians Assyrian Assyrians Chaldean Baha'i Ahmadi "
    "Ahmadis Mapuche Quiché K'iche' Kaqchikel Q'eqchi' Mam Awajún Asháninka Quechua Aymara Mayan Zapotec Mixtec "
    "Kikuyu Luo Kalenjin Acholi Langi Bakiga Banyamulenge Banyarwanda Mbororo Anglophone Anglophones".split()
)


# Common given names across the languages of the field's documents (English, French, Spanish, Portuguese,
# German, Slavic, Arabic and Muslim names, names common in East, West and Central Africa): a name of person's
# shape the tagger took for an organisation or a place is a person's when it begins with one of them
# ("Ernesto X Y" tagged an organisation). A general list, written without sight of any development document:
# no name was added for having been missed; none that is also a well-known place (Victoria, Florence, Jordan).
GIVEN_NAMES = frozenset(
    # English
    "john james william george charles henry edward thomas richard robert michael david peter paul mark "
    "andrew stephen christopher anthony daniel joseph patrick brian kevin steven timothy kenneth ronald "
    "donald gary frank raymond gregory samuel benjamin jonathan nicholas matthew simon harold walter arthur "
    "mary elizabeth margaret sarah susan patricia jennifer linda barbara helen anne ann jane catherine "
    "katherine ruth alice emily emma julia laura rebecca rachel grace joyce judith "
    # French
    "jean pierre jacques françois louis michel philippe alain bernard claude christian gérard daniel "
    "éric eric laurent olivier nicolas sébastien thierry yves guy marcel andré henri étienne didier "
    "marie françoise monique nathalie isabelle sylvie catherine christine brigitte véronique martine "
    "jeanne madeleine hélène "
    # Spanish and Portuguese
    "josé jose juan carlos luis jorge manuel antonio francisco pedro miguel rafael fernando ricardo "
    "alberto alfredo roberto eduardo ernesto enrique héctor hector raúl raul sergio julio mario óscar "
    "oscar gustavo rodrigo diego pablo alejandro andrés andres javier guillermo hugo rubén ruben "
    "efraín efrain osvaldo rolando jaime gonzalo arturo emilio ignacio joaquín joaquin ramón ramon "
    "maría maria ana carmen rosa teresa isabel elena lucía lucia patricia gloria marta luisa beatriz "
    "silvia mercedes pilar dolores josefa raquel "
    "joão joao antónio paulo marcos lucas tiago "
    # German and Dutch
    "hans klaus karl heinrich friedrich wolfgang jürgen günter dieter helmut ulrich werner horst "
    "gerhard manfred rudolf wilhelm ernst otto fritz johannes jan pieter willem hendrik guus "
    # Slavic and Balkan
    "ivan dragan dragomir goran milan miroslav momčilo momcilo nikola radovan ratko slobodan stanislav "
    "vlastimir vojislav zoran zdravko ljubiša ljubisa milorad mladen ante ivica dario radoslav "
    "vladimir sergei sergey dmitri dmitry alexei alexey nikolai andrei mikhail yuri oleg igor "
    # Arabic and Muslim names
    "ahmad ahmed ali abdul abdel abdullah abdallah amer anwar bashar eyad hassan hussein husain ibrahim "
    "jamil khaled khalid mahmoud mahmud mohammed mohamed muhammad mohammad mustafa mostafa omar osama "
    "rami riad saddam salah samir taha tariq tarek yusuf youssef yousef hamid hamza hisham karim "
    "kamal faisal fahd nabil nasser rashid saleh salim sami walid ziad fatima aisha khadija zainab "
    "mariam maryam leila layla nadia amina hissène hissene idriss idris issa moussa mamadou ousmane "
    "abdoulaye ibrahima amadou boubacar cheikh seydou souleymane aliou alieu alhaji "
    # East, West and Central Africa
    "jean-pierre jean-paul jean-baptiste joseph-marie théoneste theoneste emmanuel innocent félicien "
    "felicien augustin célestin celestin anastase callixte pauline agathe yoweri joseph bosco germain "
    "thomas mathieu laurent floribert jean-claude kofi kwame kwabena ama yaw kojo chukwuemeka "
    "oluwaseun olusegun babatunde adebayo ngozi chinedu uche obinna foday sam samuel augustine "
    "issa morris moses kenneth gibril johnny".split()
)
