"""German words the recogniser reads (nlp/german/entities.py). German writes every noun with a capital, so
names are not read by their capitals alone: a name is found by its head (a court's, a force's), by the
person word before it, or by its shape ("Alaa M.")."""

from __future__ import annotations

import re

from nlp import lexicon as shared

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip

# The last part of a court's or a prosecution's name, as one word or the word's end: "Oberlandesgericht",
# "Bundesgerichtshof", "Strafgerichtshof", "Bundesanwaltschaft", "Jugoslawien-Tribunal".
MECHANISM_ENDS = ("gericht", "gerichtshof", "tribunal", "anwaltschaft", "bundesanwalt", "staatsanwaltschaft",
                  "strafkammer", "strafsenat", "menschenrechtsrat", "erkundungsmission", "untersuchungskommission",
                  "kommission")  # fmt: skip
# Courts known by their acronyms in German, beside those English writes ("ICC", "ICTY"), with their kinds and
# names: "der BGH" is the Bundesgerichtshof, "das OLG Koblenz" the Oberlandesgericht Koblenz.
MECHANISM_ACRONYMS = {
    "IStGH": ("international_court", "Internationaler Strafgerichtshof"),
    "IStGHJ": ("international_court", "Internationaler Strafgerichtshof für das ehemalige Jugoslawien"),
    "IStGHR": ("international_court", "Internationaler Strafgerichtshof für Ruanda"),
    "IGH": ("international_court", "Internationaler Gerichtshof"),
    "BGH": ("national_court", "Bundesgerichtshof"),
    "BVerfG": ("national_court", "Bundesverfassungsgericht"),
    "OLG": ("national_court", "Oberlandesgericht"),
}
# ... and of a force's or a group's name: "Militärgeheimdienst", "Streitkräfte", "Brigade".
FORCE_ENDS = ("geheimdienst", "nachrichtendienst", "dienst", "armee", "streitkräfte", "brigade", "division",
              "bataillon", "regiment", "miliz", "milizen", "polizei", "garde", "abteilung", "gruppe", "partei",
              "front", "bewegung", "kräfte", "truppen", "einheit", "hauptamt", "kommandantur", "wehrmacht",
              "luftwaffe", "kriegsmarine", "kompanie", "korps")  # fmt: skip
# Adjectives written with a capital before such a head ("Allgemeiner Geheimdienst", "Internationaler
# Strafgerichtshof"), in their inflected forms.
# Articles, determiners and pronouns, capitalised at a sentence's start, end the same way and are no part
# of a name ("Die Bundesanwaltschaft", "Seine Abteilung 251").
_DETERMINERS = "D(?:e[nmrs]|ie|as|ies)|Jen|Ein|Kein|Mein|Sein|Unser|Euer|Ihr|All|Beid|Welch|Jed|Solch|Manch"
NAME_ADJECTIVE = rf"(?:(?!(?:{_DETERMINERS})(?:e|er|en|em|es)?\b)[A-ZÄÖÜ][a-zäöüß]+(?:er|e|en|es|em))"
# Words before a person's name: ranks, offices, roles in a trial.
PERSON_CUES = frozenset(
    "richter richterin vorsitzende vorsitzender vorsitzenden angeklagte angeklagten angeklagter zeuge zeugin "
    "zeugen präsident präsidenten machthaber anführer kommandeur kommandeurs general generals generalmajor "
    "generalleutnant oberst oberstleutnant major hauptmann leutnant staatsanwalt staatsanwältin bundesanwalt "
    "verteidiger verteidigerin anwalt anwältin herr herrn frau arzt ärztin chef chefs leiter leiterin minister "
    "ministerin sprecher sprecherin häftling opfer gründer ehefrau ehemann witwe sohn tochter mutter vater "
    "bruder schwester kommandant kommandanten chefankläger ankläger sonderberichterstatter vorsitz aufseher "
    "wärter wachmann diplomat diplomatin journalist journalistin".split()
)
# Common given names (German, other European, Arabic), which begin a person's name without a word before it
# ("Robert Mulka"): a name of two or three words after one of them. A general list: no name was added for
# having been missed in a development document. Session 28 added common German given names, some of which the
# development set has (Joachim, Bernhard, Edmund, Erwin, Oswald, Monika): its figures overstate that gain.
GIVEN_NAMES = frozenset(
    "adolf albert alexander alfred andreas anna anton arthur august bernd bruno carl christian christoph "
    "christopher claus daniel david dieter emil erich ernst eva franz friedrich fritz georg gerhard günter "
    "hans heinrich heinz helmut herbert hermann horst hugo jakob johann johannes josef joseph jürgen karl "
    "klaus kurt ludwig manfred maria martin matthias max michael otto paul peter richard robert rolf rudolf "
    "stefan stephan thomas ulrich walter werner wilhelm wolfgang "
    "joachim bernhard dietrich eberhard gottfried gustav konrad lothar reinhard rainer siegfried volker uwe dirk "
    "frank jens jörg lars sven tobias florian sebastian markus oliver ralf thorsten torsten hartmut gerd gert "
    "günther erwin edmund oskar oswald waldemar wolfram detlef hubert norbert albrecht ewald theodor viktor "
    "felix lukas jan niklas moritz "
    "monika ursula ingrid gisela helga renate karin petra sabine andrea birgit susanne angelika brigitte elke "
    "heike katrin kerstin julia lena sophie margarete hildegard irmgard gertrud elfriede hedwig erna hilde "
    "luise charlotte johanna christa christine barbara beate doris gabriele silke anke ilse inge herta "
    "jean pierre jacques françois louis marie "
    "john james william george charles henry edward mary elizabeth "
    "ahmad ahmed ali amer anwar bashar baschar eyad hassan hussein ibrahim jamil khaled mahmoud "
    "mohammed mohamed muhammad mustafa omar osama rami riad saddam salah samir taha tariq yusuf".split()
) | (shared.GIVEN_NAMES - {"mark", "grace", "innocent", "guy"})  # those of the field's languages: not German nouns
RANKS = frozenset("general generalmajor generalleutnant oberst oberstleutnant major hauptmann leutnant".split())
# Prepositions before a place ("in Koblenz", "aus Syrien"), and the capitalised words after them that are
# common nouns, never places ("in Haft", "in Revision").
PLACE_PREPOSITIONS = frozenset("in im aus nach bei von".split())
NOT_PLACES = frozenset(
    "haft untersuchungshaft revision berufung abwesenheit gewahrsam kraft frage folge höhe zukunft zeit jahren "
    "jahr deutschland-weit verbindung zusammenhang zusammenarbeit rahmen anwesenheit vertretung namen anklage "
    "auftrag fällen fall teilen gefangenschaft gefängnissen lagern lager krieg kriegen verfahren prozess "
    "abteilung haftanstalten militärkrankenhäusern berlin-".split()
)
# Endings of German common nouns, which no person's or place's name has.
NOUN_ENDINGS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "tät", "nis", "tum", "ismus", "ment", "ierung")
# Nouns of a proceeding named after its accused: "das Strafverfahren gegen Alaa M.", "der Prozess gegen X".
CASE_NOUNS = frozenset("strafverfahren verfahren prozess prozesses strafsache hauptverfahren".split())
# Capitalised words in -er before a compound of a proceeding that are no town's adjective ("der Erste
# Auschwitzprozess" is none, "der Ulmer Einsatzgruppenprozess" is one).
NOT_CASE_ADJECTIVES = frozenset("der oder aber über unter wieder weiter erster zweiter dritter vierter später".split())
# Nouns of a crime done to someone or somewhere: "die Folter von neun Gefangenen", "das Massaker von X", "der
# Mord an vier Zivilisten", "die Plünderung eines Dorfes".
CRIME_NOUNS = frozenset(
    "folter folterung tötung tötungen ermordung ermordungen mord morde massaker vertreibung verschleppung "
    "vergewaltigung vergewaltigungen misshandlung misshandlungen hinrichtung hinrichtungen deportation "
    "deportationen versklavung angriff angriffe anschlag anschläge erschießung erschießungen plünderung "
    "plünderungen geiselnahme belagerung säuberung vernichtung verfolgung zwangsverheiratung missbrauch "
    "entführung entführungen freiheitsberaubung rekrutierung zerstörung bombardierung beschuss".split()
)
# Ends of compounds that are crimes' nouns: "Massentötungen", "Granatangriff", "Völkermord", "Mordanschlag".
CRIME_COMPOUND_ENDS = (
    "tötung", "tötungen", "mord", "morde", "angriff", "angriffe", "anschlag", "anschläge", "erschießung",
    "erschießungen", "hinrichtung", "hinrichtungen", "vergewaltigung", "vergewaltigungen", "misshandlung",
    "misshandlungen", "vertreibung", "deportation", "deportationen", "versklavung", "massaker", "beschuss",
    "bombardierung", "missbrauch",
)  # fmt: skip
# Nouns of deeds a crime type's label may be cut down to that say no legal kind ("Tötung": a killing).
NO_KIND = frozenset(["tötung"])
# An acronym: "OLG", "KSK"; or of compounds, with some of their inner letters, three capitals or more: "IStGH",
# "BVerfG" (not "GmbH", nor a code of law: "VStGB", "StPO").
ACRONYM = re.compile(
    r"^(?:[A-ZÄÖÜ][A-ZÄÖÜ0-9-]{1,7}|(?=(?:[a-zäöü]*[A-ZÄÖÜ]){3})(?!.*(?:GB|PO)$)[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,6}[A-ZÄÖÜ])$"
)
