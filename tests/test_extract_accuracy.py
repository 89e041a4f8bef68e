"""Accuracy of the extractor may only go up: the floors are the numbers in benchmarks/RESULTS.md.

Both sets run through the real pipeline: our development set (tests/nlp_dev, gold entities and relations
written for it) and Security Force Monitor's 40 annotated articles (../shared/data/sfm-nlp-dev).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from nlp.evaluate import Folds, evaluate_gold, evaluate_sfm, score_gold, split
from nlp.pipeline import Extractor
from ontology.errors import InvalidInput
from tests.conftest import ROOT

DEV = ROOT / "tests" / "nlp_dev"
SFM_DEV = ROOT.parent / "shared" / "data" / "sfm-nlp-dev"

# Measured with `acg evaluate --gold tests/nlp_dev --sfm ../shared/data/sfm-nlp-dev`; raise them, never lower.
# The development set grew from 7 to 29 documents, then to 41 (2026-12-03; 34 written from public facts by
# helpers who never saw the rules); the floors are those of the whole set and of its held-out documents
# (tests/folds.toml).
# (relations 0.375 and 0.230 before a crime done "in" a place was said to have occurred there, "Bockarie was
# killed in Liberia": true, and counted wrong where the gold names the crime otherwise or not at all.)
# The held-out set lost ch_sonko (read while the gold format was looked up, so moved to `seen`): its figures
# went from 0.756 and 0.229 to 0.754 and 0.222 with no change of the rules.
# Then to 53 (12 more by a helper, measured before any rule was written from them: relations 0.175 on the
# twelve at the session's first commit, 0.170 after its first rules); five fell in the held-out folds.
# (relations 0.352 before "X headed the G-2 under Ríos Montt" stopped making Ríos Montt a commander from that
# phrase: the relation is true, but not said there.)
# Then to 65 (2026-12-04: 12 more by a helper, measured before any rule was read from them: this session's
# changes had taken them from entities 0.705 and relations 0.238 to 0.708 and 0.244); seven fell in the
# held-out folds, which took the held-out figures from 0.735 and 0.228 to 0.716 and 0.232 with no change of
# the rules.
# (relations 0.397 before a conviction typed its crime, "convicted Krstić of genocide and persecutions for the
# Srebrenica massacre": true, and left out by the gold of three documents.)
# Then to 77 (2026-12-04, a later session: 12 more by a helper, measured before any rule was read from them:
# that session's changes had left them at entities 0.717 and relations 0.205, with one wrong relation more);
# three fell in the held-out folds. The whole set went from 0.781 and 0.410 to 0.771 and 0.374, the held-out
# documents from 0.732 and 0.247 to 0.733 and 0.257, with no change of the rules.
# Then to 87 (2026-12-04, session 22: 10 more by a helper, news, UN reports, judgment summaries and NGO
# reports about cases the set did not have; measured before any rule was read from them: entities 0.719 and
# relations 0.186, where the code at the session's start gave 0.716 and 0.186); five fell in the held-out
# folds. The whole set went from 0.791 and 0.401 to 0.781 and 0.372, the held-out documents from 0.746 and
# 0.279 to 0.730 and 0.264, with no change of the rules.
# Then, with this session's later rules: 0.784 and 0.380, held out 0.733 and 0.271.
# Session 23 (2026-12-04): 0.785 and 0.388, held out 0.733 and 0.274 (convictions of a crime, semicolon
# series, coordinated victims). Then 97 documents (10 more by a helper, measured before any rule was read
# from them: entities 0.689 and relations 0.192 on the ten, where the code at the session's start gave 0.692
# and 0.190); three fell in the held-out folds. The whole set went to 0.773 and 0.364, the held-out documents
# to 0.732 and 0.272, with no change of the rules.
# Session 24: a state's force in lower case ("the Chilean army"), crimes at settlements ("the attack on the town
# of Bor"), "the accused" as the one charged: 0.780 / 0.379 (held out 0.737 / 0.279).
# Then sentences in a gapped list, a verdict parsed as a noun phrase: 0.781 / 0.382 (held out 0.737 / 0.285).
# With 10 documents a helper wrote (107 documents, 40 held out; on them, before any rule was read: 0.738 /
# 0.264): 0.777 / 0.370, held out 0.735 / 0.286.
# Then successors, upheld convictions without an owner, harms mended (a judge, a prosecution, a verdict argued or
# given abroad read as a court's): 0.777 / 0.372, held out 0.735 / 0.286.
# Session 25: "under the command of" read in its direction, "found A and B guilty", "an association led by X":
# relations unchanged at 0.372. With 8 documents a helper wrote (115 documents, 45 held out; on them, before any
# rule was read: 0.679 / 0.217, precision 0.469): 0.769 / 0.357, held out 0.730 / 0.278.
# Then courts described in lower case, a case's verdicts of another day, "took place at", "both of whom", lists
# after a body's people, a body's wing, crimes listed after "incidents in X:": 0.770 / 0.365, held out 0.731 /
# 0.279.
# Then a company's subsidiary, charges confirmed, warrants, "wanted by": 0.368.
# Then countries' names of several words whole: entities 0.774, held out 0.733.
# Then "the Tribunal" the tribunal named (not the chamber named after it), a year no part of a chamber's name,
# "declined to indict": 0.774 / 0.369, held out 0.733 / 0.282.
# With 6 more documents a helper wrote (121 documents; on them, before any rule was read: 0.731 / 0.244): 0.771
# / 0.362.
# Session 26: eleven held-out documents whose wrong verdicts were read moved to `seen` (34 held out: 0.739 /
# 0.317 then). "neither convicted nor acquitted" is no verdict; a verdict with no court of its own, dated in
# years none of the sentences naming the court before give, takes no court: 0.771 / 0.361 (three right by the
# gold went: two courts the text does not name, and the act one of them rested on).
# With 6 more documents a helper wrote (127 documents, 37 held out; on them, before any rule was read: 0.778 /
# 0.364): 0.772 / 0.361, held out 0.740 / 0.319.
# Then a court that tried one case alone of the document's gives its accused: 0.363 (held out 0.324). Then a
# surname inside a full name ("Ngudjolo" of "Mathieu Ngudjolo Chui") and a name its acronym spells out that the
# tagger missed ("Front des nationalistes et intégrationnistes (FNI)"): 0.773 / 0.368, held out 0.741 / 0.329.
# Then warrants "for A, his son B and C", "known as the Tiger Brigade": relations 0.369. Then the war crimes of
# destroying property and "pillaging" in the ontology: entities 0.775 (held out 0.742).
# Then two names of one crime are one ("the 2003 attack on the village of Bogoro", "the attack on Bogoro"), not
# if their years differ; a town the tagger took for a person is the place the document names elsewhere; a
# verdict's date is not the year in a crime's name: 0.776 / 0.371, held out 0.744 / 0.331.
# Then the head of a company, "when Z succeeded him", "a former commander of X" a member: relations 0.373.
# With 3 documents written for the session's unseen measure (130 documents, 39 held out; on them, before any rule
# was read and at the end alike: 0.727 / 0.282): 0.775 / 0.371, held out 0.742 / 0.326.
# Session 27: a participle the parser made the main verb, operations launched, guilty pleas, posts (a second
# title joined, under someone's leadership, named after its commander, an officer's force, the head of a
# party's board), crimes' places said after whom or by whom, "It documented ..." after a body of inquiry:
# 0.775 / 0.375 (held out 0.742 / 0.326). Then whom a "Prosecutor v. X" case names possibly charged by that
# prosecution: 0.775 / 0.380, held out 0.742 / 0.334.
# Then a unit's name past the "and" of a place in it ("... of Bosnia and Herzegovina"): entities 0.776 (held out
# 0.744).
# With 3 documents written for session 27's unseen measure (133 documents, 41 held out; on them 0.769 / 0.374 at
# the session's start and end alike): 0.776 / 0.379, held out 0.745 / 0.331.
# Session 28: a name said where is a place, "X et al." a case, headings' numbers, "the State", peoples of countries
# ("Ugandan") and "Supreme Commander" no names; a person by ", who" or "(Chair)"; a site with its noun
# ("Gohardasht prison"): 0.796 / 0.385, held out 0.763 / 0.333. With 5 documents written for the session's
# unseen measure (0.789 / 0.264 at the start, 0.800 / 0.264 then; none held out): 0.796 / 0.381 (138 documents).
# Then a crime named without when and where, a force named by its people ("FARDC units"), a name the tagger ended
# with "of" or "and", "Appeal Judgement" no name: 0.798 / 0.382, held out 0.764 / 0.334.
# Session 29: 5 documents a helper wrote for the unseen measure (0.733 / 0.293 on them before any rule was read
# from them; 3 of them held out): 143 documents, 44 held out.
# Then the session's English rules: 0.797 / 0.389, held out 0.761 / 0.337; with 3 more documents a helper wrote
# for the end-of-session measure (0.788 / 0.286 on them with the session's first code, 0.788 / 0.284 with its
# last): 146 documents, 45 held out.
# Session 30: a list's items set apart from their marks ("- Drago Nikolić, ...", a name the tagger missed after
# the dash), and a lead that ends with a colon gives its verdict to each item: 0.797 / 0.390 (held out unchanged).
# Then a body described as another's force, led by its acronym or possessed by it: 0.797 / 0.393, held out
# 0.764 / 0.337. Then whom a verdict judges where the tagger named no one, a given name tagged a people's, a
# rank before a name read as a plural: 0.799 / 0.394, held out 0.765 / 0.339 (SFM rank 0.929 -> 0.932).
# Then a name before a body's noun in lower case ("the Vlakplaas unit"), and no post across another's clause or
# two verbs: 0.800 / 0.397, held out 0.766 / 0.340. With 8 documents a helper wrote for the unseen measure
# (0.722 / 0.266 on them with the session's first code, 0.722 / 0.265 with 4eb7903, before any rule was read
# from them; 4 of them held out): 154 documents, 49 held out: 0.796 / 0.390, held out 0.770 / 0.339. Then a
# unit's parent after a country's possessive, a verb joined to one of being a part, a name described as a
# person whatever the tagger said: 0.796 / 0.391. Then a body by its role ("a member of the Jokers", "X, led by
# Y"), an operative zone a unit: 0.797 / 0.392, held out 0.770 / 0.340. Then a head said by its words in other
# orders ("whose commander was X", "Under the leadership of X, the Y", "has been its president"): relations
# 1106 -> 1109 right, F1 unchanged at three places. Then one name, one body ("S-21" an organisation and a person
# with no role): 0.798 / 0.393, held out 0.771 / 0.340. Then a part said of a joined subject, of an apposition,
# or by a numbered acronym ("RAB-7"): 0.798 / 0.394.
# Session 31: a unit's base and area of operations (nlp/areas.py), a person called by the first word of his name,
# Arabic names of forces, no membership from "X and the Y": 0.800 / 0.396, held out 0.773 / 0.343. With 8
# documents a helper wrote for the unseen measure (0.705 / 0.354 on them with the session's first code, 0.705 /
# 0.355 with ed2790d, before any rule was read from them; 4 of them held out): 162 documents, 53 held out:
# 0.795 / 0.394, held out 0.766 / 0.338. Then streets, operations, a town's name of several words, a body's name
# "of" forces, a subdivision named by its kind, a dismissed appeal, "it found him guilty": 0.797 / 0.396, held
# out 0.767 / 0.340. Then a body's name ending with its place before its acronym ("the Union for Peace in the
# Central African Republic (UPC)"), a coalition named before its noun, a co-founder no head: 0.797 / 0.397, held
# out 0.768 / 0.340. Session 32: 12 more documents two helpers wrote (0.756 / 0.237 on them before any rule was read
# from them): 174 documents, 56 held out, 0.794 / 0.387, held out 0.771 / 0.336; then rules against misparses and
# a faction read as the body it left: 0.795 / 0.388, held out 0.771 / 0.337; then a unit's profile read by its
# fields and who removes a commander no commander: 0.795 / 0.391 (held out unchanged). Session 33: 10 more
# documents a helper wrote (0.737 / 0.145 on them before any rule was read from them): 184 documents, 57 held out,
# 0.791 / 0.375, held out 0.771 / 0.338 with the session's first code; with its rules (bodies named after their
# description, lists of persons, a second house style of profiles, crimes named in apposition, pronouns kept to
# their paragraph): 0.795 / 0.388, held out 0.771 / 0.343.
# Session 35: in a document about one case whose verdicts one court gave in one year, whom it judged is possibly
# accused in the case (nlp/cases.py): 0.795 / 0.390, held out 0.771 / 0.346; then a case's name that writes a
# person in full names him alone: held out 0.771 / 0.347.
# Session 36: the gold of every set gained a chamber's or an office's part_of its court, which the ontology allows
# from then (Mechanism to Mechanism; a helper that saw no rule added them, the sets' READMEs): 150 here. With the
# session's first code 0.795 / 0.381, held out 0.771 / 0.339; with chambers part of their court (nlp/chambers.py)
# and a chamber's court's acronym its court's: 0.796 / 0.406, held out 0.772 / 0.363. Then laws and treaties no
# bodies, a person's name tagged a body's in a list of persons, a body named before its kind's noun, a
# displacement's place after "from", a site named after a town: 0.797 / 0.408, held out 0.772 / 0.364.
# Session 37: 8 documents a helper wrote (0.740 / 0.227 on them with the session's first code, before any was read;
# one held out): 192 documents, 58 held out. The session's first code: 0.795 / 0.402, held out 0.770 / 0.364; with
# the crime types of the tribunals' statutes and UN reports in the ontology, a conviction's kinds given to its
# grounds only, a state's government by its people's adjective: 0.800 / 0.403, held out 0.775 / 0.364. Then a
# settlement described in apposition, a description the name renames, a crime in a clause of "where", "the work
# of", the UN High Commissioner's office: 0.801 / 0.405, held out 0.776 / 0.365.
# Session 38: 6 documents a helper wrote (0.617 / 0.244 on them with the session's first code, before any was read;
# three held out): 198 documents, 61 held out. The session's first code: 0.797 / 0.401, held out 0.771 / 0.361;
# with ill-treatment done to people, a crime named again by its noun ("the massacre"), a conviction's grounds
# without named parties and its verb of mode, deeds sharing one phrase, members and "him" held responsible, a
# name a body's noun announces: 0.799 / 0.408, held out 0.773 / 0.371. Then a known place qualifying a noun ("the Dili
# home of X"): 0.800 / 0.409, held out 0.774 / 0.372.
# Session 39: 6 documents a helper wrote (two held out): 204 documents. The session's first code: 0.797 / 0.404, held
# out 0.775 / 0.366; with a command said of "he", a surname before "Jr.", a court's branch: 0.797 / 0.407, held out
# 0.775 / 0.368. Then an appeal that upheld the convictions naming no one: 0.797 / 0.409, held out 0.775 / 0.370;
# a crime at a gate, a checkpoint or a roadblock: 0.798 / 0.409, held out 0.776 / 0.372.
# Session 40 (first code eafa734: 0.798 / 0.409, held out 0.776 / 0.372): the last pair of a gapped list of
# sentences after "and": 0.798 / 0.411, held out 0.776 / 0.375; a sentence an appeal changed, a verdict's pronoun
# never a witness or a victim: 0.798 / 0.412, held out 0.776 / 0.377. Then 6 documents a helper wrote (four held
# out): 210 documents; on them, before any was read, 0.621 / 0.178 with the session's first code and 0.621 / 0.187
# with the code they came to (cf0316a). The whole set: 0.794 / 0.407, held out 0.771 / 0.371. Then a task force named
# by the word after it, a profile's commanders listed by their units: 0.794 / 0.409; a name after "towns such as" or
# "the mayor of" a place: 0.795 / 0.409, held out 0.771 / 0.371 (one right entity more).
# Session 41 (first code ccb97a9: 0.795 / 0.409, held out 0.771 / 0.371): each "by" its own agent, the crime types
# of coordinated parties, a crime's names without a date hung on the verb or "earlier", each phrase of "took part in",
# whoever "led" a crime, crimes "among them", a verb joined to "rejected", "both men", SS ranks, "Parent:", a unit's
# name without its first word, "Its commander was": 0.796 / 0.412, held out 0.771 / 0.371. Then 6 documents a helper
# wrote (three held out): 216 documents; on them, before any was read, 0.564 / 0.286 with the session's first code;
# rules were then read from the three open ones: 0.586 / 0.326 (on the three held out, unread: 0.495 / 0.160 with the
# first code, 0.514 / 0.200 then; 0.532 / 0.200 at the session's end). The whole set: 0.792 / 0.411, held out
# 0.764 / 0.368. Then a place named after a natural feature ("the Hindon river"): 0.793 / 0.411, held out 0.765 /
# 0.368 (3 right entities more there, one wrong relation more). Then a place also named with the noun of its
# subdivision ("Kibungo prefecture"): 0.797 / 0.411, held out 0.771 / 0.368 (11 right entities more there). Then a
# dateline's place ("Arusha, 14 December 2015"): 0.797 / 0.411 (7 right entities more; one more held out).
# Session 42 (first code ce4ec54): 6 documents a helper wrote (three held out): 222 documents, 73 held out; on them,
# before any was read, 0.633 / 0.253 with the session's first code, which gives the whole set 0.794 / 0.408, held out
# 0.765 / 0.363. Persons by their names' shape (a double surname met first, "-ić", "de la"), other names of a body (a
# unit with words left out, a company without its legal form, a profile's names), places listed with a plural noun,
# "all five", a report's author as the investigator of its crimes: 0.797 / 0.415, held out 0.766 / 0.370 (on the
# three new held-out documents, unread, the same as with the first code). Then a crime also named without where, who
# or whom's relative clause when a long description or a number remains ("the killing of civilians accused of
# collaborating with the junta", "the apparent execution of 53 people"), and without where they were driven from:
# 0.798 / 0.418, held out 0.768 / 0.376.
# Session 43 (first code f55a28f): 3 documents a helper wrote (none in a held-out fold; one left unread): 225
# documents, 73 held out; the first code gives 0.796 / 0.419, held out 0.768 / 0.376. A case against a state tried by
# the court of human rights, a UN mandate named with its subject ("the Special Rapporteur on extrajudicial, summary
# or arbitrary executions"), no arrest of the accused made a crime: 0.797 / 0.420, held out 0.769 / 0.377.
# Session 44 (first code 6b82101): 3 documents a helper wrote (two held out, unread): 228 documents, 75 held out; the
# first code gives 0.797 / 0.418, held out 0.769 / 0.377. Harms mended in cases (a chamber's verdict dated before a
# case was heard is not in it; a case named once after an accused the document does not name takes no one from the
# document's one court; a profile's first line gives the unit no other body's acronym), members listed ("all former
# members of", "in which A, B and C served"), a name a copula says is a unit: 0.797 / 0.419, held out 0.769 / 0.376
# (one right and one wrong fewer there, from the first harm's mending).
# Session 45 (first code 174ed0b): 8 documents a helper wrote (three held out, unread, and one more left unread): 236
# documents, 78 held out; the first code gives 0.793 / 0.414, held out 0.767 / 0.375. Verdicts on officers listed
# with their ranks, ezafe names ("Hizb-i Wahdat"), a leader's possessive, a reversed conviction saying no act, a
# charge given to the prosecution named before, a ruler's title, a person apposed to an office: 0.795 / 0.418, held
# out 0.768 / 0.378.
# Session 46 (first code 7aad627): 8 documents a helper wrote (five held out, unread, and one more left unread): 244
# documents, 83 held out; the first code gives 0.791 / 0.414, held out 0.763 / 0.369. A name written only where
# something happens is a place; a harm tried, ordered or threatened is none; an inquiry, special panels and an
# appellate panel are mechanisms, the judges who investigate no court; the head of a department serves in the
# organisation; a body's acronym in brackets is itself: 0.795 / 0.416, held out 0.766 / 0.371. Then counts named
# "among them", an indictment against a person, a body that charged persons not in charge of them, a country inside
# a body's name: 0.795 / 0.417, held out the same (559 right, from 558).
# Session 47 (first code 859e87c): 8 documents a helper wrote (three held out, unread, and one more left unread): 252
# documents, 86 held out; the first code gives 0.794 / 0.412, held out 0.766 / 0.367. Harms mended ("found him not
# guilty" read as a conviction; a joined verdict on "the other accused" given to the acquitted), a court martial, an
# army's region and a brigade combat team named whole, a base no person, Crown cases, units of bodies subordinated:
# 0.794 / 0.415, held out 0.766 / 0.369.
# Session 48 (first code 60bf013): 8 documents a helper wrote (two held out, unread, and two more left unread): 260
# documents, 88 held out; the first code gives 0.793 / 0.412, held out 0.766 / 0.369. Harms mended (a verdict's and
# a post's negated conjunct, "commanded two PMESP battalions" a command of the force), names past an "and" of one
# matter, crimes named by a verb of naming or hedged, groups and crimes named after "including", a subdivision of
# two places, quoted cases: 0.795 / 0.413, held out 0.767 / 0.370.
# Session 49 (first code 3599a6e): 8 documents a helper wrote (four held out, unread, and two more left unread): 268
# documents, 92 held out; the first code gives 0.792 / 0.407, held out 0.764 / 0.359. Harms mended (a parent unit
# read as the part, "whose husband was killed" a crime done to the witness, a profile's superiors made the company's
# commanders, a passive succession's dates, a dismissed appeal of the prosecution), two names the parser joined
# listed again, United States regimental names, verdicts said with pronouns alone, units that fought or were sent
# somewhere: 0.793 / 0.409, held out 0.764 / 0.360.
# Session 50 (first code b683597): 8 documents a helper wrote (one held out, unread, and four more left unread): 276
# documents, 93 held out; the first code gives 0.792 / 0.410, held out 0.764 / 0.362. Harms mended (a parent force in
# brackets merged with its unit, a verdict given to a court named before when its sentence names an unnamed one), a
# conviction whose court is not named or a sentence served still says what its party did, a crime told of with a
# verb of telling takes its agent, a body described right after its name, a name its acronym spells out across a
# comma: 0.793 / 0.411, held out 0.764 / 0.365.
# Session 51: a body's forces, staff or agents as doers, a subject's bodies it comprises, "the worst abuses in X":
# 0.793 / 0.413, held out 0.764 / 0.366.
# Session 52 (first code 070abda): 6 documents a helper wrote (two held out, unread, and two more left unread): 282
# documents, 95 held out; the first code gives 0.791 / 0.409, held out 0.764 / 0.364. Harms mended ("convicted A, but
# not the guard B", a body in a fronted phrase of place led by another's leader); a deed at a place possibly the crime
# named after it elsewhere, crimes listed after the first, parties named after their posts in a list, a body led by
# a passive of leading, a German court's senate, a body named before a description of a body of another: 0.791 /
# 0.411, held out 0.764 / 0.365.
FLOORS_DEV = {"entities": 0.791, "relations": 0.411}
FLOORS_HELD_OUT = {"entities": 0.764, "relations": 0.365}
# is_posted was 0.780: an acronym now joins the name it spells out ("Nigerian Army Peace Keeping Centre
# (NAPKC)"), and "Commandant of NAPKC, Maj.-Gen. Sanusi Muazu" gives his command, which the annotators left
# out (a right relation counted wrong), with one more in a closed fold. Then 0.773: a participle now commands
# only the noun it qualifies, which took out a harm ("Azubuike Ihejirika ... the sponsorship of the dreaded
# Boko Haram sect" made the army's former chief a commander of Boko Haram) and one posting in the right unit
# under the wrong predicate (the army's spokesman "commands" the Nigerian Army). Then 0.771; then 0.766 (session
# 31): a person and a unit joined by "and" are no longer one inside the other, which lost one posting in a
# held-out document (not read).
# The French pipeline (nlp/french) on tests/nlp_dev_fr: 16 documents, 7 of them held out, first measured on
# 2026-12-04 (entities 0.631 and relations 0.101 on the first 10 documents with its first rules).
# Then 24 documents, 9 held out (8 more by a helper, measured before any rule was read from them: entities
# 0.676 and relations 0.180 on the eight): the whole set went from 0.736 and 0.223 to 0.718 and 0.211, the
# held-out documents from 0.711 and 0.140 to 0.727 and 0.178, with no change of the rules.
# Then 30 documents, 11 held out (6 more by a helper, measured before any rule was read from them: entities
# 0.705 and relations 0.111 on the six, whose gold links each attack to every category a paragraph names):
# the whole set went from 0.727 and 0.230 to 0.722 and 0.202, the held-out documents from 0.731 and 0.204
# to 0.721 and 0.203, with no change of the rules.
DEV_FR = ROOT / "tests" / "nlp_dev_fr"
# Then 0.724 and 0.214 (held out 0.721 and 0.203): a verdict's crime types, "procédé à", towns.
# Then 38 documents, 15 held out (8 more by a helper, 2026-12-04, measured before any rule was read from
# them: entities 0.710 and relations 0.225 on the eight): the whole set went to 0.720 and 0.216, the held-out
# documents to 0.715 and 0.205, with no change of the rules. Then 0.722 and 0.224 (held out 0.716 and 0.222):
# "déclaré X coupable", appeals, crimes "commis lors de" a crime, a chamber's number. Then 0.721 and 0.231
# (held out 0.716 and 0.230): a harm "lors du massacre", agents after "par" in a crime's phrase. Then
# entities 0.733 (held out 0.728): where a court's name ends, "le pôle crimes contre l'humanité du tribunal".
# Then 0.737 and 0.238 (held out 0.729 and 0.237): where a case's name begins and ends.
# Session 24: a verdict by majority, by "la Chambre" named before (a chamber, a person named): relations 0.250;
# fr_ntaganda_cpi moved to `seen`: held out (14 documents) 0.721 / 0.250.
# Session 25: "être le fait de", "ont mené les attaques", "commis par des combattants de X"; two bodies joined by
# "et de la": relations 0.256. With 6 documents a helper wrote (44 documents, 16 held out; on them, before any rule
# was read: 0.679 / 0.119): 0.727 / 0.239, held out 0.713 / 0.243.
# Then verdicts in sentences of one mention or none ("La Chambre l'a déclaré coupable", "X a lui aussi été
# condamné"), whose pronoun is the person named before in the sentence or a subject of the two sentences before,
# never a judge presiding nor the object of another clause (the last person named before had made the presiding
# judge of the Sheka trial convicted): 0.729 / 0.243, held out 0.714 / 0.236 (two right and two wrong fewer than
# with the last person named, whoever he was).
# Then a surname alone the tagger left out or took for a place is the person's named in full: 0.729 / 0.247,
# held out 0.714 / 0.240.
# Then crimes listed after "quatre événements survenus à Abidjan :": 0.252.
# Then "placée sous l'autorité de X", charges confirmed, "visé par un mandat d'arrêt de": 0.258.
# Session 26: the war crime of destroying property, "pillaging": 0.731 / 0.262. With 3 documents written for the
# session's unseen measure (0.693 / 0.126 before, 0.689 / 0.126 at the end): 0.729 / 0.252 (47 documents).
# Session 27: "Le Procureur c. X" possibly charged by the Bureau du Procureur: 0.729 / 0.254, held out 0.716 / 0.245.
# With 2 documents written for session 27's unseen measure (0.639 / 0.238 at the start, 0.639 / 0.279 at the end;
# none held out): 0.725 / 0.257 (49 documents), held out 0.716 / 0.245.
# Session 28: in a list of persons each with his post, each holds his own (12 wrong commands fewer): relations
# 0.258 (precision 0.707), held out 0.245.
# Session 29: a word of address, a case's party with a diacritic, forces that proceeded to crimes where the parse
# loses them, a verdict's crime types, a crime named after two places: 0.730 / 0.268, held out 0.724 / 0.251.
# With 2 documents a helper wrote (0.659 / 0.304 on them before, 0.659 / 0.298 after): 51 documents, 17 held out.
# Session 30: a list's items set apart from their marks: 0.728 / 0.269, held out 0.722 / 0.261. With 3 documents
# a helper wrote (0.785 / 0.195 on them before any rule was read, with the session's first code and with the code
# of then alike): 54 documents, 18 held out: 0.732 / 0.265, held out 0.724 / 0.251. Then a leader named after his
# group, a body named by its noun, a participle hung on another noun: 0.732 / 0.269, held out 0.724 / 0.254.
# Session 31: 3 documents a helper wrote (0.736 / 0.111 on them before any rule was read, with the session's
# first code and with ed2790d alike): 57 documents, 19 held out (one of the three): 0.732 / 0.259, held out
# 0.730 / 0.250.
# Session 34: a government named by its adjective or complement in lower case ("le gouvernement soudanais", "le
# gouvernement de transition", "la junte militaire"), one of a people no place ("une Belge", "le premier
# Français"): 0.739 / 0.261, held out 0.734 / 0.250.
# With 2 documents a helper wrote for session 34's unseen measure (0.840 / 0.270 on them with the session's first
# code and after the rules above; one held out): 59 documents, 20 held out: 0.742 / 0.261, held out 0.735 / 0.253.
# Then a body's acronym the tagger took for a place a body ("les FAMa"): entities 0.743.
# Session 35: 2 documents a helper wrote (0.762 / 0.200 on them before any rule was read, with the session's first
# code and with 3a52fa2 alike; both open): 61 documents, 20 held out: 0.744 / 0.260, held out 0.735 / 0.253. Then a
# given name the tagger took for a noun before a surname named again alone, a verdict read past words of when and
# how, the one court of a one-case document: 0.744 / 0.272, held out 0.735 / 0.269.
# Session 36: the gold of every set gained a chamber's or an office's part_of its court, which the ontology allows
# from then (Mechanism to Mechanism; a helper that saw no rule added them, the sets' READMEs): 43 here. With 3
# documents a helper wrote (0.667 / 0.132 on them with the session's first code, 0.673 / 0.211 with d2fd4ae, before
# any was read; one held out): 64 documents, 21 held out. The session's first code: 0.740 / 0.260, held out 0.728 /
# 0.253; with chambers part of their court and courts headed in capitals: 0.743 / 0.305, held out 0.729 / 0.287.
# Then armed groups known by their own name ("les Interahamwe", which the tagger took for a place): entities
# 0.747, held out 0.733. Then a single name after a noun of a place and "de" a place ("le camp de Pajule", "les
# cantons de A, B et C", taken for persons): 0.750 / 0.307, held out 0.735 / 0.289. Then "Al-Qaïda" a group, "les
# Nations unies" a body (taken for a place, a person): entities 0.753, held out 0.738.
# Session 37: 1 document a helper wrote (0.667 / 0.171 on it with the session's first code, before it was read;
# held out): 65 documents, 22 held out. The session's first code: 0.752 / 0.304, held out 0.735 / 0.283; with the
# crime types the ontology gained ("actes inhumains", "complicité de génocide"): 0.755 / 0.305, held out 0.737 /
# 0.283.
# Session 38: 2 documents a helper wrote (one held out): 67 documents; 0.754 / 0.300, held out 0.742 / 0.270 with
# the session's first code and its last alike (a hyphened rank kept one token changed none of these).
# Session 39: 2 documents a helper wrote (both open): 69 documents; 0.750 / 0.298, held out 0.742 / 0.270 with the
# session's first code and its last alike.
# Session 40: 2 documents a helper wrote (both open): 71 documents; 0.746 / 0.295, held out 0.742 / 0.270 (on the two,
# 0.543 / 0.000 with the session's first code and its last alike). Then a body of the United Nations named whole
# ("le Bureau conjoint des Nations Unies aux droits de l'homme"): 0.747 / 0.296, held out 0.741 / 0.270 (one name
# of a held-out document the gold gives otherwise, unread).
# Session 41 (first code ccb97a9: 0.747 / 0.296): the rules left the set as it was. Then 2 documents a helper wrote
# (one held out, unread; 0.592 / 0.320 on the two, the same at the end): 73 documents; 0.744 / 0.296, held out
# 0.733 / 0.271. Then a dateline's place in capitals ("ABIDJAN, 28 mars 2017 -"), read from the open new document:
# 0.746 / 0.296, held out 0.735 / 0.271 (three false bodies fewer there). Then a place also named with the noun of
# its subdivision ("province du Yatenga", "territoire de Kabare"): 0.751 / 0.298, held out 0.739 / 0.276.
# Session 42: 2 documents a helper wrote (one held out): 75 documents, 25 held out; the session's first code gives
# 0.747 / 0.298, held out 0.730 / 0.280; its last, 0.748 / 0.299, held out 0.731 / 0.281 (a South Slavic surname, a
# report's author).
# Session 43: 2 documents a helper wrote (one held out): 77 documents, 26 held out; the first code gives 0.743 /
# 0.295, held out 0.726 / 0.281; its last, 0.744 / 0.295 (a body's name ending with "en" and its country before its
# acronym; a crime's place put in a wider one), held out the same.
# Session 44: 2 documents a helper wrote (both held out, unread): 79 documents, 28 held out; the first code gives
# 0.741 / 0.293, held out 0.718 / 0.274; its last, the same but two wrong relations fewer on the held-out documents
# (a case against a state takes no accused from the document's one court): held out 0.718 / 0.275.
# Session 45: 4 documents a helper wrote (three held out, unread): 83 documents, 31 held out; the first code gives
# 0.741 / 0.288, held out 0.721 / 0.267; its last (a court named by its kind, "coupable" on a name's last word),
# 0.741 / 0.289, held out 0.721 / 0.271.
# Session 46: no new document; a given name and the first surname joined (a convicted colonel's two names): 0.742 /
# 0.290, held out the same.
# Session 47: 4 documents a helper wrote (one held out, unread, and one more left unread): 87 documents, 32 held out;
# the first code gives 0.741 / 0.289, held out 0.718 / 0.273. "déclaré non coupable" an acquittal, a verdict in the
# present, "la Haute Cour militaire", the "Auditorat", "une unité de ..." no body (a harm: a battalion made part of it,
# reversed): 0.744 / 0.288, held out 0.720 / 0.272 (one right and two wrong relations fewer there, unread).
# Session 48: 4 documents a helper wrote (one held out, unread, and one more left unread; 91 documents, 33 held out):
# 0.743 / 0.284, held out 0.715 / 0.271, the session's first code and its last alike.
# Session 50: 6 documents a helper wrote (four held out, unread, and one more left unread; 97 documents, 37 held out);
# the first code gives 0.743 / 0.276, held out 0.723 / 0.263. Crimes of shooting, beating, recruitment, destruction
# and expulsion; groups named after their noun in lower case; a regional director no head (a harm); a conviction by
# no court named; a court's name stops before the crime its verdict was for: 0.746 / 0.281, held out 0.724 / 0.266.
# Session 52: 5 documents a helper wrote (one held out, unread, and two more left unread; 102 documents, 38 held out);
# the first code gives 0.747 / 0.281, held out 0.723 / 0.265. A deed at a place possibly the crime named after it
# elsewhere, the leader of a body described in apposition, no doer from "par l'intermédiaire de" (a harm), a post
# set before the name: 0.747 / 0.284, held out 0.723 / 0.267.
FLOORS_FR = {"entities": 0.747, "relations": 0.284}
FLOORS_FR_HELD_OUT = {"entities": 0.723, "relations": 0.267}
# The Spanish recogniser (nlp/spanish, on spaCy's blank Spanish: entities only) on tests/nlp_dev_es, 10
# documents, 3 held out, first measured on 2026-12-04 (entities 0.544 with its first rules).
# The German recogniser (nlp/german, on spaCy's blank German) on tests/nlp_dev_de, first 10
# documents, 4 held out, first measured on 2026-12-04 (entities 0.512, held out 0.442, with its first rules).
DEV_DE = ROOT / "tests" / "nlp_dev_de"
# Then 0.605 (session 22: a town after "in", "aus" or "nach" whatever its ending); held out 0.469.
# Session 24: relations read from the words between names (nlp/german/relations.py): 0.015 -> 0.064
# (precision 0.47; held out none right, 3 wrong); entities 0.629 (held out 0.512): no article inside a name,
# no noun before a person's, names after "verurteilte", "gegen", "unter dem Kommando von".
# With the 8 documents a helper wrote (18 documents, 5 held out): entities 0.606 (held out 0.526), relations
# 0.037 (verdicts 2 right, 1 wrong; most wrong ones are a crime's type its noun says, which the gold names
# otherwise).
# Then the accused named by a description (relations 0.041); persons by a title's genitive, a compound rank,
# a list, a particle, an initial (entities 0.629; held out 0.526, unchanged).
# Then verdicts on a list, "X beim Y" one court: entities 0.632, relations 0.068 (held out 0.526 / 0.000).
# Then the person a case is named after kept as a person, charges against the accused by a description, a
# tribunal's "für Ruanda": entities 0.645, relations 0.099. A held-out harm ("hat ihn verurteilt" read as the
# accused) was found and mended, its document moved to `seen`: held out (4 documents) 0.552 / 0.048.
# Then "X gehörte der Y an": relations 0.102; "der Politischen Abteilung" (a bare force word with its adjective):
# entities 0.650, relations 0.106.
# Session 25: "X leitete die Abteilung 285", "unter ihrem Anführer X": relations 0.110.
# Session 26: a surname alone after the name in full, given names of the field's languages, a chamber "des"
# its court ("die Berufungskammer des Bundesstrafgerichts"), "die Strafkammer" the court named before with that
# noun, a court's name ends with its line, an appeal that upheld a conviction ("hat das Urteil gegen X
# bestätigt"), a crime's place after it also in its name: 0.665 / 0.146 (held out 0.562 / 0.072). With four new
# documents a helper wrote (0.578 / 0.019 before any rule was read; three held out): 0.654 / 0.133, held out
# (7 documents) 0.578 / 0.059.
# With 3 documents written for the session's unseen measure (0.552 / 0.000 at the start, 0.568 / 0.000 at the
# end; none held out): 0.644 / 0.121 (25 documents).
# Session 27: cases named by a compound ("das Staatsschutzverfahren gegen X", "der Hamza-Prozess"), closed by
# "und andere", after their town ("der Ulmer Einsatzgruppenprozess"), the accused after "gegen" said as after
# "v.": 0.656 / 0.139, held out 0.589 / 0.059.
# Then a killing ("die Tötung von X") no murder by its noun, as in English: relations 0.141 (precision 0.742),
# held out 0.060 (5 right, none wrong).
# With 2 documents written for session 27's unseen measure (0.643 / 0.088 at the start and end; one held out):
# 0.655 / 0.136 (27 documents), held out (8) 0.595 / 0.050.
# Session 28: with 3 documents written for the session's unseen measure (0.535 / 0.000 at the start; one held
# out): 0.643 / 0.123 (30 documents), held out (9) 0.592 / 0.043.
# Then crimes' names with "an", "auf", "am", a genitive, adjectives of their kind, nouns listed before one
# complement, compounds ("Massentötungen"), ending before a verb (nlp/german/crimes.py): 0.660 / 0.147, held out
# 0.597 / 0.050 (6 right, 6 wrong: 3 wrong more, unread).
# Then names joined by hyphens, common German given names (some in the set: see nlp/german/lexicon.py), feminine
# ranks, "-hauptamt" and "Luftwaffe" names of their own, an acronym after one compound: 0.677 / 0.160, held out
# 0.624 / 0.066 (8 right, 7 wrong).
# Then a court's name ends before a day, keeps a nominative adjective, takes no adjective of the next line:
# entities 0.679, held out 0.621 (one right entity fewer there, unread).
# Then persons after a role word in a compound or the feminine ("KZ-Aufseherin"): 0.683 / 0.162, held out
# 0.626 / 0.066.
# Then a penalty received by the accused listed after "darunter" with their descriptions: relations 0.168,
# held out 0.074 (9 right, 8 wrong). Then "München II" a court's place again (a name in "-en" before a numeral
# is no adjective): entities 0.685, held out 0.630.
# Session 29: a place German names wherever it stands (Wiktionary's German nouns tell a noun from a name), a
# surname of Slavic letters, who did or ordered a crime, a court's appraisal ("wertete X als Y"): 0.719 / 0.183,
# held out 0.656 / 0.089. Then 4 documents a helper wrote (0.583 / 0.048 before, 0.633 / 0.048 after those
# rules, which were written before they were read): 34 documents, 10 held out.
# Then ranks that name a force, named units, chambers by any compound of "Kammer", charges after "darunter",
# judgments pronounced in a case: 0.721 / 0.194, held out 0.673 / 0.106. With 2 more documents a helper wrote
# (0.600 / 0.054 before, 0.630 / 0.054 after): 36 documents, 11 held out.
# Then "Das Gericht" at a sentence's start (its capital article had been missed) and the inverted passive: 0.718 /
# 0.197, held out 0.668 / 0.115.
# Session 30: 3 documents a helper wrote (0.592 / 0.051 on them before any rule was read): 39 documents,
# 11 held out (none of the three): 0.708 / 0.187, held out unchanged.
# Session 31: 3 documents a helper wrote (0.702 / 0.200 on them before any rule was read, with the session's
# first code and with ed2790d alike): 42 documents, 11 held out (none of the three): 0.708 / 0.188.
# Session 34: a state's bodies by its people's adjective in lower case ("der syrischen Streitkräfte", "die malische
# Justiz", nlp/german/national.py), a court's name takes no common noun nor given name after it ("des
# Kammergerichts Anklage"): 0.718 / 0.188, held out 0.673 / 0.115. Then a person's name without the "von" of a
# post before it ("den Kommandanten von Treblinka" had been a person accused in the Treblinka trial) nor its
# genitive's "-s" after a noun of a thing ("im Auftrag Heinrich Himmlers"), no town after "in" that is a common
# noun ("in Form", "in Militäruniform"): 0.728 / 0.188, held out 0.678 / 0.115. Then crime types named in German
# ("Mord", not "murder"), a plain label before a qualified one ("Folter" is torture, not torture as a crime
# against humanity): 0.733 / 0.188. Then command across a time, under a title, by a relative clause or with the
# body fronted (nlp/german/command.py): relations 0.192.
# With 4 documents a helper wrote for session 34's unseen measure (0.634 / 0.083 on them with the session's first
# code, 0.659 / 0.083 after the rules above; three held out): 46 documents, 14 held out: 0.727 / 0.187, held out
# 0.674 / 0.101.
# Then "Tötung" alone no crime type ("die Tötung von X" had named murder as a crime against humanity, which no one
# said): 0.733 / 0.187, held out 0.679 / 0.101.
# Then a crime's longer names through a phrase or two after it and a list of names ("die Folter von Häftlingen bei
# Verhören", "die Angriffe auf die Siedlungen A, B und C"): 0.747 / 0.197, held out 0.699 / 0.124.
# Then a branch named with its body's acronym ("Waffen-SS"), "die Front" feminine ("Deutsche Arbeitsfront"): 0.749 /
# 0.199, held out 0.702 / 0.124.
# Then a foreign name of words that are no German noun, place or word of a body a person's, weakly ("Marzuki
# Darusman"; never after a noun of place: "die Dörfer Maung Nu und Chut Pyin"): 0.754 / 0.204, held out 0.706 /
# 0.124. Then "unter X" read by the one rule of "unter" (nlp/german/relations.py `_UNDER`): relations 0.207.
# Session 35: crime types by their other names, from the ontology ("grausame Behandlung"); crimes in the genitive
# ("des Mordes an X"), a conviction for a list of crimes, command with the verb at its clause's end, a surname that
# begins like a particle ("Al-Gharib"); then 4 documents a helper wrote (0.750 / 0.105 on them before any rule was
# read, with the session's first code and with 3a52fa2 alike; one held out): 50 documents, 15 held out: 0.756 /
# 0.206, held out 0.712 / 0.118. Then posts across a time, units named by a letter, a verdict on a count "unter
# ihnen", the one court of a one-case document, a trial named by its town's adjective: 0.759 / 0.242, held out
# 0.712 / 0.158.
# Session 36: the gold of every set gained a chamber's or an office's part_of its court, which the ontology allows
# from then (Mechanism to Mechanism; a helper that saw no rule added them, the sets' READMEs): 25 here. With 3
# documents a helper wrote (0.605 / 0.087 on them with the session's first code, 0.614 / 0.141 with d2fd4ae, before
# any was read; two held out): 53 documents, 17 held out. The session's first code: 0.750 / 0.232, held out 0.702 /
# 0.148; with chambers part of their court and chambers named alone: 0.754 / 0.272, held out 0.709 / 0.184. Then a
# chamber with its number ("die 9. Schwurgerichtskammer des Landgerichts Stuttgart"), a court's full name ("... für
# das ehemalige Jugoslawien"), the tribunal's prosecution ("die Anklagebehörde des ICTY"): 0.759 / 0.279, held out
# 0.716 / 0.193. Then a chamber named with its court in the genitive and short after one ("die Berufungskammer"),
# of the one court where named by its head ("des Tribunals"): 0.762 / 0.286, held out 0.720 / 0.193.
# Session 37: 1 document a helper wrote (0.565 / 0.000 on it with the session's first code, before it was read;
# open): 54 documents, 17 held out. The session's first code: 0.759 / 0.281, held out 0.720 / 0.193; with the crime
# types the ontology gained ("Verstoß gegen die Gesetze und Gebräuche des Krieges", "vorsätzliche Verursachung
# großer Leiden"): 0.761 / 0.281, held out 0.727 / 0.193.
# Session 38: 2 documents a helper wrote (both open): 56 documents. The session's first code: 0.757 / 0.274, held out
# 0.727 / 0.193; with pairs of a court's appraisal kept apart and a name after a noun of settlement: 0.758 / 0.278,
# held out 0.727 / 0.204.
# Session 39: 2 documents a helper wrote (one held out): 58 documents. The session's first code: 0.751 / 0.267, held
# out 0.716 / 0.187; with "für ... verantwortlich" and crimes listed with their adjectives of kind: 0.753 / 0.269,
# held out the same; then a surname in the genitive and an acquittal upheld: 0.753 / 0.270.
# Session 40 (first code 8f7f208: 0.753 / 0.270): a body's head in a relative clause after it: 0.753 / 0.271. Then 2
# documents a helper wrote (both held out): 60 documents, 0.747 / 0.266, held out 0.699 / 0.178 (on the two, 0.529 /
# 0.080 with the session's first code and its last alike).
# Session 41 (first code ccb97a9: 0.747 / 0.266, held out 0.699 / 0.178): verdicts in a list of items, the court of
# the judgment's heading, a middle initial, a case's formal name: 0.748 / 0.266, held out 0.700 / 0.178. Then 2
# documents a helper wrote (0.537 / 0.000 on them before any was read; 0.617 / 0.472 after rules were read from the
# open one; the other, de_vw_brasilien_vergleich, is in `seen`): 62 documents; 0.745 / 0.275, held out 0.700 / 0.178.
# Then a place also named with the noun of its subdivision ("Region Sindschar", "Distrikt Lublin"): 0.750 / 0.275,
# held out 0.704 / 0.178.
# Session 42: 2 documents a helper wrote (one held out): 64 documents, 21 held out; the session's first code gives
# 0.747 / 0.273, held out 0.698 / 0.175; its last, 0.748 / 0.276 (a court in the genitive keeps that form as another
# name), held out the same.
# Session 43: 3 documents a helper wrote (all in open folds): 67 documents, 21 held out; the first code gives 0.743 /
# 0.271, held out 0.698 / 0.175; its last, 0.743 / 0.282 (a crime's place put in a wider one: "im Gebiet Rutshuru
# (Provinz Nord-Kivu)"; a verdict said once for persons each with a penalty; the body a relative clause says did a
# crime), held out the same.
# Session 44: 5 documents two helpers wrote (four held out, unread): 72 documents, 25 held out; the first code gives
# 0.739 / 0.279, held out 0.692 / 0.178. Warrants, the ICC's German case titles, the name before the last recurring
# alone, a body's name before its acronym with words in lower case, a blank line ending a clause, a verdict given
# abroad: 0.745 / 0.300, held out 0.698 / 0.201. Session 45: courts by their acronyms ("der BGH", "der IStGH"), a
# warrant's issuer not the body that asked for it: 0.746 / 0.301, held out 0.698 / 0.199 (fewer wrong links, one
# held-out charge lost when "IStGH" became the court, not found by probing with sentences of our own).
# Session 46: 4 documents a helper wrote (one held out, unread): 76 documents, 26 held out; the first code gives 0.742
# / 0.296, held out 0.694 / 0.197. A verdict whose party comes first ("Den Angeklagten X verurteilte er"), a presiding
# judge no court, two given names before an initial, a verb of command joined to the subject's first: 0.744 /
# 0.302, held out the same (a state security senate as a chamber lost a held-out conviction and was dropped).
# Session 47: 4 documents a helper wrote (two held out, unread, and one more left unread): 80 documents, 28 held out;
# the first code gives 0.741 / 0.297, held out 0.698 / 0.192. The one prosecution named charged whom a German court
# judged, "Dr." ending no clause and a presiding judge no party, a unit placed under another, a command taken: 0.741
# / 0.315, held out 0.698 / 0.201.
# Session 49: 4 documents a helper wrote (one held out, unread, and one more left unread): 84 documents, 29 held out;
# the first code gives 0.738 / 0.308, held out 0.697 / 0.210; a senate of a court of one word no part of another:
# 0.738 / 0.309, held out the same.
# Session 51: 5 documents a helper wrote (one held out, unread, and two more left unread): 89 documents, 30 held out;
# the first code gives 0.732 / 0.299, held out 0.699 / 0.204. A unit's name in quotation marks, a unit described by
# its kind ("der Division"), Italian and Spanish places, a name alone after "das Massaker von", the post first then
# "war" and its holder, the body first then its commander, the verb before its doer: 0.745 / 0.311, held out 0.712
# / 0.213.
# Session 52: places in the genitive ("Ugandas"), killings at a place possibly the crime named after it, a court of
# no name told by its country and place ("ein britisches Militärgericht in Venedig"), a party after "und dessen
# Staatssekretär", a sentence upheld "für X": 0.749 / 0.318, held out 0.716 / 0.224.
FLOORS_DE = {"entities": 0.749, "relations": 0.318}
FLOORS_DE_HELD_OUT = {"entities": 0.716, "relations": 0.224}
DEV_ES = ROOT / "tests" / "nlp_dev_es"
# Relations (2026-12-04, session 23): verdicts and posts read from the words between two names
# (nlp/spanish/relations.py): 0.012 -> 0.103, held out 0.000 -> 0.073; with crimes' places and doers 0.129
# (held out 0.072), and the places a crime's name holds, entities 0.706 -> 0.718 (held out 0.639 -> 0.647).
# Session 25: "liderado por X", "al mando del subteniente X": relations 0.150.
# Session 26, on 4 new documents a helper wrote (0.641 / 0.012 before any rule was read from them): a verdict's
# parties past their descriptions and after ";", a penalty received, the verb joined to a verdict's, "dictó
# sentencia en la causa X" (tried_by, and its accused), "Caso X", "N° 1" in a court's name, a month's name as a
# given name, the body after "jefe de": on them 0.709 / 0.276 (25 right, none wrong). With them (14 documents):
# 0.729 / 0.212, held out 0.695 / 0.184 (0.647 / 0.072 before). Then a surname alone after the name in full:
# relations 0.221 (held out 0.205). Then, from two of three documents written for the session's unseen measure,
# a passive verb before its parties ("fueron condenados el ex coronel A, a 20 años; ..."), convictions upheld
# ("confirmó las condenas de A y B"), "A y B" two names, the first of two surnames alone, "del Ejército Luis X"
# the army then the person: 0.734 / 0.221, held out 0.711 / 0.202 (one more wrong relation there, unread).
# With 3 documents written for the session's unseen measure (0.573 / 0.000 at the start; 0.624 / 0.016 before
# any rule was read from them; two were then read, one is held out), and a numbered court's name without its
# seat also its name ("Tribunal Oral ... N° 6"): 0.727 / 0.202 (17 documents), held out (4) 0.706 / 0.138.
# Session 27: whom the court of a judgment's heading judged, possibly accused in its case: relations 0.230.
# Then who did a crime by its verb ("el MRTA cometió la masacre de X") or by a conviction for it (0.5), "la
# quema de la Embajada de España" a crime at a place: 0.730 / 0.235, held out 0.706 / 0.137 (one more wrong
# relation there, 10 right and 17 wrong).
# With 2 documents written for session 27's unseen measure (0.682 / 0.304 at the start and end; both held out):
# 0.726 / 0.239 (19 documents), held out (6) 0.699 / 0.177.
# Session 28: with 3 documents written for the session's unseen measure (0.654 / 0.076 at the start; one held
# out): 0.717 / 0.223 (22 documents), held out (7) 0.715 / 0.179.
# Then a body inside another, its members, who led it by a relative clause (nlp/spanish/units.py): relations
# 0.232 (held out unchanged).
# Session 29: 4 documents a helper wrote (0.627 / 0.121 on them before any rule was read from them; all in open
# folds): 26 documents, 7 held out.
# Then who headed a body (dated), a prosecution's charges and warrants, who took part in a crime: 0.704 / 0.232.
# With 2 more documents a helper wrote (0.545 / 0.208 before, 0.545 / 0.245 after): 28 documents, 7 held out.
# Session 30: 3 documents a helper wrote (0.731 / 0.063 on them before any rule was read): 31 documents, 9
# held out (two of the three): 0.699 / 0.214, held out 0.715 / 0.138.
# Session 31: 3 documents a helper wrote (0.548 / 0.138 on them before any rule was read, with the session's
# first code and with ed2790d alike): 34 documents, 11 held out (two of the three): 0.688 / 0.210, held out
# 0.687 / 0.135.
# Session 34: countries in Spanish, regions and towns (nlp/places.py) where no longer name holds them, "en"
# inside a court's or a body's name only, a name read as a person's by its shape alone the place a cue names
# elsewhere: 0.727 / 0.210, held out 0.720 / 0.135 (Location 0.552 -> 0.794, held out 0.581 -> 0.766).
# Then an institution's name holds "y", "o", "a" and ", de" before a word that heads no name of its own and an
# article only after another small word ("Comisión para el Esclarecimiento Histórico", "Comisión de la Verdad y
# Reconciliación"; "Intervino la Suprema Corte" a verb and a name), a short name in brackets the same court
# ("(Cámara Federal)"), heads of bodies ("Abuelas", "Autodefensas", "Instituto", "Suprema Corte"): 0.756 / 0.225,
# held out 0.742 / 0.135.
# Then a post written before the person ("el ex jefe de la Armada X", "el comandante general del Ejército del Perú,
# general X") or after with "ex" apart ("X, ex comandante en jefe del Ejército"), a one-word force written with a
# capital ("la Armada"), crime types named in Spanish: 0.757 / 0.235, held out 0.740 / 0.135.
# With 4 documents a helper wrote for session 34's unseen measure (0.593 / 0.025 on them with the session's first
# code, 0.645 / 0.025 after the rules above; two held out): 38 documents, 13 held out: 0.745 / 0.221, held out
# 0.722 / 0.129.
# Then "el tribunal" the court of that noun named before ("El tribunal condenó a X" had given the "Juzgado" that
# ordered his arrest), "por" inside an institution's name, no person in a law's: 0.748 / 0.224, held out 0.725 /
# 0.129.
# Then "la causa contra X", "el juicio de responsabilidades contra X" a case X is accused in: 0.748 / 0.227, held
# out 0.723 / 0.129 (a case the held-out gold does not name, and its accused).
# Then a name's number however written ("No. 15", "número 5", "3.3.2"): 0.755 / 0.228, held out 0.726 / 0.133.
# Session 35: posts by a copula, members by a rank or "ambos", who joined a body, crimes done to persons named by a
# common noun, crime types by their other names from the ontology ("crímenes contra la humanidad", "homicidio
# calificado"), wider places after a crime's, command by "cuyo jefe" or "al mando": 0.775 / 0.253, held out 0.742 /
# 0.133; then 4 documents a helper wrote (0.767 / 0.073 on them before any rule was read with the session's first
# code, 0.763 / 0.073 with 3a52fa2; all open): 42 documents, 13 held out: 0.774 / 0.239, held out 0.742 / 0.133.
# Then units numbered as ordinals, a force after a unit a name of its own, no person made of an acronym, verdicts
# with the tribunal's judges between commas, the one court of a one-case document: 0.792 / 0.271, held out 0.765 /
# 0.138. Then cases by their number and their other party, a name in full naming its bearer alone: 0.797 / 0.273,
# held out 0.768 / 0.138. Then whom a crime's name says it was done to its victim: 0.797 / 0.279, held out 0.768 /
# 0.148.
# Session 36: the gold of every set gained a chamber's or an office's part_of its court, which the ontology allows
# from then (Mechanism to Mechanism; a helper that saw no rule added them, the sets' READMEs): 9 here. With 3
# documents a helper wrote (0.753 / 0.133 on them with the session's first code, 0.753 / 0.144 with d2fd4ae, before
# any was read; one held out): 45 documents, 14 held out. The session's first code: 0.793 / 0.261, held out 0.772 /
# 0.135; with chambers part of their court and a court's sections: 0.795 / 0.269, held out 0.774 / 0.147. Then a
# unit numbered by an ordinal or named before its acronym of the body after it: relations 0.272. Then a body of
# inquiry, prosecution or judgment named by a noun of other bodies ("el Grupo de Trabajo sobre ...", "la Unidad de
# Investigación y Acusación") a mechanism: entities 0.803, held out 0.779.
# Session 37: 1 document a helper wrote (0.638 / 0.067 on it with the session's first code, before it was read;
# open): 46 documents, 14 held out. The session's first code: 0.800 / 0.268, held out 0.779 / 0.147; with the crime
# types the ontology gained ("ejecución extrajudicial", "detención arbitraria"): 0.801 / 0.268.
# Session 38: 2 documents a helper wrote (one held out): 48 documents. The session's first code: 0.798 / 0.263, held
# out 0.768 / 0.144; with members listed before a plural post, a staff's name, who did a crime past an apposition and
# a conviction by a court unnamed: 0.800 / 0.265, held out 0.771 / 0.148.
# Session 39: 2 documents a helper wrote (one held out): 50 documents. The session's first code: 0.793 / 0.260, held
# out 0.755 / 0.143; with a force's nationality in its name and a prison a place: 0.797 / 0.260, held out 0.759 /
# 0.143.
# Session 40 (first code 8f7f208: 0.797 / 0.260): convictions upheld past a date, a penalty changed: 0.797 / 0.264;
# "a cuyo frente", a head past an acronym: 0.797 / 0.266, held out 0.759 / 0.143. Then 2 documents a helper wrote
# (one held out): 52 documents, 0.795 / 0.265, held out 0.753 / 0.145 (on the two, 0.744 / 0.182 with the session's
# first code and its last alike).
# Session 41 (first code ccb97a9: 0.795 / 0.265): the convicted named after the verdict, "todos antiguos miembros
# de": the set unchanged. Then 2 documents a helper wrote (both open; 0.865 / 0.050 on them before any was read,
# 0.865 / 0.607 after rules were read from one): 54 documents; 0.797 / 0.275, held out 0.753 / 0.145.
# Then a place also named with the noun of its subdivision ("la provincia del Chaco"): 0.798 / 0.275, held out 0.755 /
# 0.145.
# Session 42: 2 documents a helper wrote (both open): 56 documents, 17 held out; the session's first code gives
# 0.794 / 0.270, held out 0.755 / 0.145; its last, 0.795 / 0.274, held out 0.756 / 0.148 (a double surname met before
# the full name). Rules for Spanish runs of capitals read from the new documents lost on the held-out folds and were
# dropped.
# Session 43: 4 documents a helper wrote (one held out): 60 documents, 18 held out; the first code gives 0.787 /
# 0.263, held out 0.743 / 0.146. Verdicts said once for two, first in their sentence, by a judge, on persons listed
# with titles or named as the accused; arrests ordered; a unit described as another's; a case against a state; a
# crime's place put in a wider one; the kinds a conviction gives its crime: 0.788 / 0.310, held out 0.743 / 0.173.
# Session 44: 8 documents two helpers wrote (two held out, unread; one more kept unread): 68 documents, 20 held out;
# the first code gives 0.781 / 0.297, held out 0.744 / 0.179. A verdict given abroad; parties past a closed clause,
# counted and listed after a colon, after the persons a charge is about; orders to stand trial; members listed; a
# chamber's ordinal; a group called so; one disappearance per person; cases of the Inter-American Court named with
# "y Familiares": 0.790 / 0.327, held out 0.749 / 0.180.
# Session 45: 5 documents a helper wrote about active charges (three held out, unread): 73 documents, 23 held out; the
# first code gives 0.792 / 0.322, held out 0.759 / 0.190; its last (a body's office, a camp, a night named as an
# event no person's), 0.793 / 0.322, held out the same.
# Session 46: 4 documents a helper wrote (three held out, unread): 77 documents, 26 held out; the first code gives
# 0.793 / 0.310, held out 0.760 / 0.192. A given name and the first surname one person; an acquittal upheld, with a
# rank in lower case before each name: 0.793 / 0.314, held out 0.761 / 0.194.
# Session 47: no new document; "declaró no culpable" an acquittal, units named by a number after their head ("la
# Brigada 17", "la Zona Militar No. 17-15"), a battalion's commander not the army's its apposition names: 0.794 /
# 0.316, held out 0.762 / 0.196.
# Session 48: 4 documents a helper wrote (two held out, unread; 81 documents, 28 held out): the first code gives
# 0.796 / 0.313, held out 0.762 / 0.204; a court named by a bare number, a body after "columnas de": 0.797 / 0.314,
# held out 0.764 / 0.204.
# Session 49: 4 documents a helper wrote (three held out, unread; 85 documents, 31 held out): the first code gives
# 0.791 / 0.306, held out 0.753 / 0.200; "unidad superior de X" no part of X: 0.791 / 0.307, held out the same.
# Session 51: 5 documents a helper wrote (one held out, unread, and two more left unread): 90 documents, 32 held out;
# the first code gives 0.792 / 0.304, held out 0.750 / 0.200. A person after the body of his post, names listed in
# brackets, "el cartel de X", "X, al mando de Y", "magnicidio", "atentado": 0.795 / 0.310, held out 0.751 / 0.200.
# Session 52: a prosecution's charge named by its noun ("la denuncia de la Fiscalía ... contra A, B y C"), whom a
# sentence's verdicts name accused in the case it names after "en el": 0.795 / 0.317, held out 0.751 / 0.205.
FLOORS_ES = {"entities": 0.795, "relations": 0.317}
FLOORS_ES_HELD_OUT = {"entities": 0.751, "relations": 0.205}
FLOORS_SFM = {
    "person recall": 0.993, "ranked or posted person f1": 0.938, "unit recall": 0.962, "is_posted f1": 0.766,
    "rank f1": 0.932,
}  # fmt: skip


def test_development_set(extractor: Extractor) -> None:
    entities, relations, _ = evaluate_gold(extractor, DEV)
    assert round(entities.rows["all (micro)"].f1, 3) >= FLOORS_DEV["entities"]
    assert round(relations.rows["all (micro)"].f1, 3) >= FLOORS_DEV["relations"]
    held = split(score_gold(extractor, DEV), Folds.read(ROOT / "tests" / "folds.toml", DEV.name)).held_out
    assert round(held["entities"].rows["all (micro)"].f1, 3) >= FLOORS_HELD_OUT["entities"]
    assert round(held["relations"].rows["all (micro)"].f1, 3) >= FLOORS_HELD_OUT["relations"]
    # every entity type of the contract but Document is in the gold set, and each is found
    assert {k for k, v in entities.rows.items() if v.tp} >= {
        "Person", "Organization", "Mechanism", "Location", "Case", "Crime", "CrimeType"
    }  # fmt: skip


def test_french_development_set(extractor: Extractor) -> None:
    entities, relations, _ = evaluate_gold(extractor, DEV_FR)
    assert round(entities.rows["all (micro)"].f1, 3) >= FLOORS_FR["entities"]
    assert round(relations.rows["all (micro)"].f1, 3) >= FLOORS_FR["relations"]
    held = split(score_gold(extractor, DEV_FR), Folds.read(ROOT / "tests" / "folds.toml", DEV_FR.name)).held_out
    assert round(held["entities"].rows["all (micro)"].f1, 3) >= FLOORS_FR_HELD_OUT["entities"]
    assert round(held["relations"].rows["all (micro)"].f1, 3) >= FLOORS_FR_HELD_OUT["relations"]


def test_german_development_set(extractor: Extractor) -> None:
    entities, relations, _ = evaluate_gold(extractor, DEV_DE)
    assert round(entities.rows["all (micro)"].f1, 3) >= FLOORS_DE["entities"]
    held = split(score_gold(extractor, DEV_DE), Folds.read(ROOT / "tests" / "folds.toml", DEV_DE.name)).held_out
    assert round(held["entities"].rows["all (micro)"].f1, 3) >= FLOORS_DE_HELD_OUT["entities"]
    assert round(relations.rows["all (micro)"].f1, 3) >= FLOORS_DE["relations"]
    assert round(held["relations"].rows["all (micro)"].f1, 3) >= FLOORS_DE_HELD_OUT["relations"]
    # verdicts read from the words alone: more right than wrong
    verdicts = [relations.rows[p] for p in ("convicted_by", "acquitted_by") if p in relations.rows]
    assert sum(v.fp for v in verdicts) < sum(v.tp for v in verdicts)


def test_spanish_development_set(extractor: Extractor) -> None:
    entities, relations, _ = evaluate_gold(extractor, DEV_ES)
    assert round(entities.rows["all (micro)"].f1, 3) >= FLOORS_ES["entities"]
    held = split(score_gold(extractor, DEV_ES), Folds.read(ROOT / "tests" / "folds.toml", DEV_ES.name)).held_out
    assert round(held["entities"].rows["all (micro)"].f1, 3) >= FLOORS_ES_HELD_OUT["entities"]
    assert round(relations.rows["all (micro)"].f1, 3) >= FLOORS_ES["relations"]
    assert round(held["relations"].rows["all (micro)"].f1, 3) >= FLOORS_ES_HELD_OUT["relations"]
    # read from the words alone, so few and sure: most of what is read is right
    assert relations.rows["all (micro)"].fp * 2 < relations.rows["all (micro)"].tp


def test_security_force_monitor_annotations(extractor: Extractor) -> None:
    assert SFM_DEV.is_dir(), f"{SFM_DEV} is missing: the shared data sets sit beside the checkout"
    report = evaluate_sfm(extractor, Path(SFM_DEV))
    rows = report.rows
    assert round(rows["Person (precision: lower bound)"].recall, 3) >= FLOORS_SFM["person recall"]
    assert round(rows["Person ranked or posted (lower bound)"].f1, 3) >= FLOORS_SFM["ranked or posted person f1"]
    assert round(rows["unit (precision: lower bound)"].recall, 3) >= FLOORS_SFM["unit recall"]
    assert round(rows["is_posted ~ member_of|commands"].f1, 3) >= FLOORS_SFM["is_posted f1"]
    assert round(rows["rank of the right person"].f1, 3) >= FLOORS_SFM["rank f1"]


# -- folds: the held-out figures and what may be read ---------------------------------------------------------

FOLDS = ROOT / "tests" / "folds.toml"


def test_folds_split_the_set_by_document_and_keep_closed_folds_unread(extractor: Extractor) -> None:
    folds = Folds.read(FOLDS, DEV.name)
    docs = score_gold(extractor, DEV)
    result = split(docs, folds)
    # the folds partition the set: their counts add up to the whole set's
    for table in ("entities", "relations"):
        whole = result.whole[table].rows["all (micro)"]
        parts = [f[table].rows["all (micro)"] for f in result.folds]
        assert (whole.tp, whole.fp, whole.fn) == tuple(sum(getattr(p, a) for p in parts) for a in ("tp", "fp", "fn"))
    assert sum(result.fold_sizes) == len(docs)
    # held out: in a closed fold and never read before the split
    held = {n for n in docs if folds.fold(n) in folds.held_out and n not in folds.seen}
    assert result.held_out_documents == len(held)
    # what went wrong is given only for documents outside the closed folds
    assert set(result.misses) == {n + ".txt" for n in docs if folds.fold(n) not in folds.held_out}


def test_evaluate_never_prints_the_misses_of_a_closed_fold(acg: Callable[..., CompletedProcess[str]]) -> None:
    folds = Folds.read(FOLDS, DEV.name)
    closed = [p.stem for p in DEV.glob("*.txt") if folds.is_closed(p.stem)]
    assert closed, "the development set has documents in the held-out folds"
    out = acg("evaluate", "--gold", str(DEV), "--misses")
    assert out.returncode == 0, out.stderr
    assert "F1 per fold" in out.stdout
    assert "(held out)" in out.stdout
    assert not [n for n in closed if f"  {n}.txt:" in out.stdout]


def test_a_bad_folds_manifest_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "folds.toml"
    bad.write_text("[nlp_dev]\nfolds = 3\nheld_out = [5]\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"folds\.toml.*held_out"):
        Folds.read(bad, "nlp_dev")
    bad.write_text("[nlp_dev\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"folds\.toml: cannot read"):
        Folds.read(bad, "nlp_dev")


def test_each_entity_of_a_document_has_an_id_of_its_own(extractor: Extractor) -> None:
    """Two clusters of one type and one name are one entity (its id is made of the two): in the extraction,
    not twice, which the store would have merged and an evaluation counted twice."""
    texts = [p.read_text(encoding="utf-8") for folder in (DEV, DEV_FR, DEV_ES, DEV_DE) for p in folder.glob("*.txt")]
    twice = {}
    for result in extractor.extract_many((t, None, None) for t in texts):
        ids = [e.id for e in result.entities]
        if len(ids) != len(set(ids)):
            twice[result.document["id"]] = len(ids) - len(set(ids))
    assert not twice, twice
