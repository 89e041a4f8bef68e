"""Crimes as events, read from the noun that names them (issue 22): "the Srebrenica massacre", "the killing
of 1,771 Maya Ixil people", "the massacre at Nyanza hill", "torture at S-21", "rape against women", with the
places their phrase names and whom a harm named after "of" was done to ("the murder of X"). A crime made from
a harm done to named persons (nlp.victims) inside one named as an event gives the event its victims
(`with_victims`). nlp.entities proposes what these find beside its other mentions.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from nlp import lexicon, places
from nlp.candidates import EVENT, NER, Candidate
from nlp.mistagged import NOT_TOWNS
from nlp.names import people, person_shaped


def _group(t: Token, by_token: dict[int, Candidate]) -> bool:
    """The object of "the killing of ...": people named as a group ("civilians", "1,771 Maya Ixil people",
    "the Hadjerai"), not a place (the place of the crime), a person (nlp.victims names that crime) or a
    pronoun."""
    found = by_token.get(t.i)
    if found is not None and found.label in {"Location", "Person", "DATE", "CrimeType"}:
        return False
    return t.pos_ in {"NOUN", "PROPN"} and not any(
        (c := by_token.get(x.i)) is not None and c.label == "Person" for x in t.subtree
    )


def _phrase_end(prep: Token) -> int:
    """Where a prepositional phrase ends, before a comma or a clause of its own."""
    end = prep.i + 1
    for x in prep.subtree:
        if x.i < prep.i:
            continue
        if x.is_punct or (x.dep_ in {"relcl", "acl", "appos", "cc"} and x.i > prep.i + 1 and x.head.dep_ != "pobj"):
            break
        if x.dep_ == "cc" and any(
            c.dep_ == "conj"
            and c.i > x.i
            and c.lemma_.lower() in lexicon.CRIME_EVENT_NOUNS
            and any(d.dep_ in {"det", "poss"} for d in c.children)
            for c in x.head.children
        ):
            break  # "the killing of civilians in Mahagi and the looting of Bunia": two crimes, each with its article
        end = x.i + 1
    return end


def _places_of(prep: Token, by_token: dict[int, Candidate]) -> list[Candidate]:
    """The places a phrase "in ..." names: its object, or the names after its noun of place ("in the
    municipalities of Nebaj, Chajul and Cotzal"), with those coordinated."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if objs and objs[0].lower_ in lexicon.PLACE_NOUNS:
        objs = [x for p in objs[0].children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                if x.dep_ == "pobj"]  # fmt: skip
    names = [*objs, *(x for o in objs for x in o.conjuncts)]
    found = [c for n in names if (c := by_token.get(n.i)) is not None and c.label == "Location"]
    return list({id(c): c for c in found}.values())


def _coded(name: str) -> bool:
    return any(ch.isdigit() for ch in name)


def _settlement(obj: Token) -> Token | None:
    """ "the village of Tumu", "the nearby hamlets of La Joya, Ranchería and ...": the name after "of"."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in lexicon.SETTLEMENT_NOUNS:
        return None
    return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj"), None)  # fmt: skip


def _place_named(obj: Token, prep: str, by_token: dict[int, Candidate]) -> Candidate | None:
    """The place a crime's "at/in/on X" names, when the tagger did not say it is one: an untagged proper
    name ("the massacre at Dos Erres"), a name taken for a person with no rank or title, or for an
    organisation of no known kind and no number after "at" or "in" ("the executions at Choeung Ek"; after
    "on", a person is the one attacked), or the proper name before a noun of a site ("the massacre at
    Kabarondo church"). A new candidate, or the one retyped."""
    name = obj
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in lexicon.SETTLEMENT_NOUNS:
        named = _settlement(obj)  # "the attack on the village of Tumu": the name after "of"
        if named is None:
            return None
        name = named
    elif obj.pos_ == "NOUN" and obj.lemma_.lower() in lexicon.SITE_NOUNS:
        names = [c for c in obj.lefts if c.dep_ == "compound" and c.tag_ in {"NNP", "NNPS"}]
        if not names:
            return None
        name = names[-1]
    if name.tag_ not in {"NNP", "NNPS"} or name.ent_type_ == "DATE" or people(name.text):
        return None
    c = by_token.get(name.i)
    if c is None:
        start = min([name.i, *[x.i for x in name.lefts if x.dep_ == "compound" and x.tag_ in {"NNP", "NNPS"}]])
        if any(by_token.get(i) is not None for i in range(start, name.i)) or _coded(obj.doc[start : name.i + 1].text):
            return None  # a name with a number is a unit's or a prison's ("torture at S-21")
        return Candidate(start, name.i + 1, "Location", EVENT)
    coded = _coded(obj.doc[c.start : c.end].text)
    if c.label == "Person" and coded:
        c.label, c.attrs = "Organization", {"kind": "other"}  # "S-21" is no one's name: a unit's, a prison's
    unknown_org = c.label == "Organization" and c.attrs.get("kind") in {None, "other"}
    unnamed_place = (c.label == "Person" and not c.attrs) or (unknown_org and not coded)
    if prep != "on" and unnamed_place:
        c.label, c.attrs = "Location", {}
    return c if c.label == "Location" else None


# Ill-treatment, named by its own noun or by a noun its adjective makes one ("the mistreatment of detainees",
# "the inhuman treatment of prisoners", "the unlawful confinement of civilians", "the arbitrary detention of X").
# Treatment, detention and confinement alone are lawful as often as not; abuse may be of power or of process: each
# names a crime only when done to people (`_people`).
_ILL_TREATMENT = frozenset("mistreatment maltreatment abuse abuses".split())
_ILL = {
    "treatment": frozenset("ill cruel inhuman inhumane degrading".split()),
    "confinement": frozenset("unlawful illegal arbitrary".split()),
    "detention": frozenset("unlawful illegal arbitrary incommunicado".split()),
    "imprisonment": frozenset("unlawful illegal arbitrary".split()),
}
# Nouns of people as a group, the ones ill-treatment is done to.
_PEOPLE_NOUNS = frozenset(
    "detainee prisoner inmate internee captive hostage civilian person people man woman child boy girl refugee "
    "villager resident inhabitant demonstrator protester student journalist worker opponent member soldier "
    "combatant family".split()
)


def _ill_treatment(t: Token) -> bool:
    lemma = t.lemma_.lower()
    if lemma in _ILL_TREATMENT:
        return True
    qualifiers = _ILL.get(lemma)
    return qualifiers is not None and any(c.lower_ in qualifiers for c in t.lefts if c.dep_ in {"amod", "compound"})


def _people(obj: Token) -> bool:
    """ "detainees", "detained Bosnian Muslims", "the Tutsi": people, not power or a procedure."""
    return any(
        x.lemma_.lower() in _PEOPLE_NOUNS or x.ent_type_ == "NORP" or x.text in lexicon.PEOPLES
        for x in (obj, *obj.conjuncts)
    )


# Where people are held, named without a name: "torture in detention", "deaths in custody".
_HELD = frozenset("detention custody captivity".split())


def _a_site(obj: Token) -> bool:
    """ "the camps", "the prison", "detention": a site the text has spoken of, or being held, where a crime was
    done; not "a school", which may be any."""
    if obj.lower_ in _HELD and not any(c.dep_ == "det" for c in obj.children):
        return True
    return obj.lemma_.lower() in lexicon.SITE_NOUNS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in obj.children
    )


# Words before a crime's noun that say there was more of it, no part of its name ("further executions").
_ONE_MORE = frozenset("further more other new additional similar".split())
_HAPPEN = frozenset({"occur", "happen"})
# Words of a crime's manner that the tagger takes for a name at the head of a sentence ("Mass killings").
_KINDS_OF_HARM = frozenset("mass summary extrajudicial systematic widespread arbitrary indiscriminate targeted".split())


def _happened_at(crime: Token) -> list[Token]:
    """The phrases of place ("at X", "in Y", and those joined to them) of the verb of happening a crime is the
    subject of: "the executions took place at X and at Y", "killings occurred in Z"."""
    verb = crime.head
    if crime.dep_ != "nsubj" or not (
        verb.lemma_ in _HAPPEN or (verb.lemma_ == "take" and any(c.lower_ == "place" for c in verb.children))
    ):
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
    return [*preps, *(x for p in preps for x in p.conjuncts if x.dep_ == "conj" and x.lower_ in {"in", "at"})]


def _charged(t: Token) -> bool:
    """A crime named in a charge, a count or a verdict ("charges of murder and persecution against the two
    men"): whom it is against is the accused, not whom it was done to."""
    return any(a.lemma_.lower() in lexicon.CHARGE_WORDS for a in t.ancestors)


def _conjoined_places(obj: Token, prep: str, by_token: dict[int, Candidate]) -> list[Candidate]:
    """The places coordinated with a crime's place ("in Nyakabiga and Musaga"), a name the tagger took for a
    person among them too."""
    named = _settlement(obj) or obj  # "in the hamlets of A, B and C": those coordinated with A
    return [p for x in named.conjuncts if (p := _place_named(x, prep, by_token)) is not None]


# Verbs of carrying out a crime, which no crime's name holds before its noun (the tagger may call them adjectives).
_CARRY_OUT_VERBS = frozenset("commit commits committed perpetrate perpetrates perpetrated conducted".split())
# Crimes done to a place, named after "of" ("the shelling of Goma", "the siege of Sarajevo"): a name there the
# tagger took for a person's, with no rank or title, is the place's.
_DONE_TO_PLACES = frozenset(
    "shelling bombing bombings bombardment bombardments siege destruction looting pillage pillaging plunder "
    "burning sack sacking razing invasion occupation".split()
)
# Crimes that drive people from a place: "from" it says where they happened ("the deportation of Croats from X").
_DISPLACEMENTS = frozenset("deportation deportations expulsion expulsions displacement transfer eviction".split())
# Crimes done to one person, named after "of" in the singular ("the murder of X"): X is whom it was done to.
_PERSONAL_HARMS = frozenset(
    "murder assassination execution torture abduction kidnapping disappearance rape killing death shooting".split()
)


def _harmed_by_name(crime: Token, obj: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The one a crime against a person was done to, named after "of", whom the tagger took for a place or
    an organisation of no known kind, or left untagged ("the murder of Mxenge", "the assassination of
    Letelier", "the torture of Nkosi"): a person, never the crime's place. A country, a province, a town or
    a people stays what it is."""
    if crime.lemma_.lower() not in _PERSONAL_HARMS or crime.tag_ != "NN":
        return None
    c = by_token.get(obj.i)
    if c is None and obj.pos_ == "PROPN" and not any(x.ent_type_ or x.i in by_token for x in obj.subtree):
        start = min([obj.i, *(x.i for x in obj.lefts if x.dep_ == "compound" and x.pos_ == "PROPN")])
        words = {w.text for w in obj.doc[start : obj.i + 1]}
        titled = words & (lexicon.PERSON_TITLES | lexicon.HONORIFICS | lexicon.TITLE_WORDS)
        if titled or any(lexicon.canonical_rank(w) for w in words):
            return None  # "the killing of Prime Minister X": the name follows
        c = Candidate(start, obj.i + 1, "Location", NER)
    if c is None or c.priority != NER or c.label not in {"Location", "Organization"}:
        return None
    name = obj.doc[c.start : c.end].text
    if c.attrs.get("kind") not in {None, "other"} or places.known(name) or people(name):
        return None
    if not (person_shaped(name) or (c.end - c.start == 1 and obj.is_title and obj.lower_ not in NOT_TOWNS)):
        return None
    c.label, c.attrs = "Person", {}
    return c


def _verb_of(crime: Token) -> int | None:
    """The verb whose object a crime noun is, directly ("described torture") or through a preposition
    ("subjected to torture", "took part in the massacre"), but not a verdict's or a charge's ("convicted of
    murder in Kigali": the court's town is not the crime's)."""
    if crime.dep_ == "dobj":
        return crime.head.i
    prep = crime.head
    if crime.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB" and not _charged(crime):
        return prep.head.i
    return None


# Verbs of naming: "the killings became known as the December murders", "the shootings, called the X massacre".
_NAMING = frozenset("know call dub name term remember".split())


def _called(t: Token) -> bool:
    """A crime noun that names the events a text spoke of: "became known as the December murders", "what was
    dubbed the Night of the Pencils" (a month in it is part of the name)."""
    verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else t.head if t.dep_ == "oprd" else None
    return verb is not None and verb.lemma_.lower() in _NAMING


# Nouns of an event that name a crime only after its proper name: "the so-called San Javier episode" (a trial's
# count of one crime, as Chilean and Argentine courts write it).
_NAMED_EVENTS = frozenset({"episode"})


# What a force wages that is made of crimes ("a campaign of ethnic cleansing"), and the verbs of waging it.
_CAMPAIGNS = frozenset("campaign".split())
_WAGING = frozenset("carry wage conduct launch commit perpetrate pursue engage".split())


def _campaign_waged(t: Token) -> Token | None:
    """The campaign a crime noun is the matter of, when a verb says it was waged ("carried out a campaign of
    ethnic cleansing", "engaged in a campaign of killings"): the campaign names the crime."""
    of = t.head
    if t.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _CAMPAIGNS:
        return None
    campaign = of.head
    verb = campaign.head.head if campaign.dep_ == "pobj" else campaign.head
    if campaign.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in _WAGING or verb.pos_ != "VERB":
        return None
    return campaign


def _first_deed(t: Token) -> Token:
    """The first of the deeds coordinated before `t` that share its phrase ("the abduction, torture and killing of
    X": the abduction), or `t` itself; a deed with a phrase or an article of its own ("the killing of A and the
    looting of B", "pillage and the enlistment of children") is a crime of its own."""
    first = t
    while (
        first.dep_ == "conj"
        and not any(c.dep_ in {"det", "poss"} for c in first.children)  # "..., and the destruction of X": its own
        and first.head.i < first.i
        and (first.head.lemma_.lower() in lexicon.CRIME_EVENT_NOUNS or _ill_treatment(first.head))
        and not any(c.dep_ == "prep" for c in first.head.children)
    ):
        first = first.head
    return first


def named_crimes(doc: Doc, chosen: list[Candidate]) -> Iterator[Candidate]:
    """Crimes as events: a crime noun with a name, a place or a date in its phrase ("the Srebrenica massacre")."""
    by_token = {i: c for c in chosen for i in range(c.start, c.end)}
    for t in doc:
        treatment = _ill_treatment(t)
        if (t.lemma_.lower() not in lexicon.CRIME_EVENT_NOUNS | _NAMED_EVENTS and not treatment) or t.pos_ not in {
            "NOUN",
            "PROPN",
        }:
            continue
        left = min([t.i, *[c.i for c in t.lefts if c.dep_ in {"compound", "amod", "nummod", "nmod"}]])
        left = min([left, *[x.i for c in t.lefts if c.dep_ in {"compound", "nmod"} for x in c.subtree]])
        if (deed := _first_deed(t)) is not t:
            # "the beating and torture of non-Serbs": one crime, named from the first of the deeds its phrase holds
            left = min([deed.i, *[c.i for c in deed.lefts if c.dep_ in {"compound", "amod", "nummod", "nmod"}]])
        while left < t.i and doc[left].lower_ in {"so", "-", "called"}:
            left += 1  # "the so-called San Javier episode"
        # a quotation's or a clause's end before the noun is no part of the name ('condemns "appalling" abuse')
        left = max([left, *(x.i + 1 for x in doc[left : deed.i] if x.is_quote or x.text in {",", ";", ":", "(", ")"})])
        # a clause the parser read as modifiers ("the EDF committed rape"): the crime's name begins after its verb
        left = max([left, *[x.i + 1 for x in doc[left : t.i] if x.lower_ in _CARRY_OUT_VERBS]])
        called = _called(t)
        right = t.i + 1
        places = [c for i in range(left, right) if (c := by_token.get(i)) and c.label == "Location"]
        named = [
            i
            for i in range(left, t.i)
            if doc[i].tag_ in {"NNP", "NNPS"}
            and (doc[i].ent_type_ != "DATE" or called)  # "known as the December murders": a name, with its month
            and not (doc[i].is_sent_start and doc[i].lower_ in _KINDS_OF_HARM)
        ]  # "Mass killings occurred"
        if t.lemma_.lower() in _NAMED_EVENTS and (not named or named[-1] != t.i - 1):
            continue  # "the San Javier episode" names a crime; "the first episode of the trial" does not
        at_unit = of_group = False
        after = [doc[t.i + 1]] if t.i + 1 < len(doc) and doc[t.i + 1].head.i == _verb_of(t) else []
        for prep in [*t.rights, *after]:  # "described torture at X": the parser hangs "at X" on the verb
            if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "of", "on", "against"}:
                objs = [o for o in prep.children if o.dep_ == "pobj"]
                placed = False
                if objs and prep.lower_ == "of" and (harmed := _harmed_by_name(t, objs[0], by_token)) is not None:
                    if harmed.start not in by_token:  # "the murder of Mxenge", tagged a place or not at all
                        yield harmed
                        by_token.update(dict.fromkeys(range(harmed.start, harmed.end), harmed))
                    continue
                of_a_place = prep.lower_ == "of" and t.lemma_.lower() in _DONE_TO_PLACES
                site = (
                    _place_named(objs[0], prep.lower_, by_token)
                    if objs and (prep.lower_ != "of" or of_a_place)
                    else None
                )
                if site is not None and site.start not in by_token:
                    yield site
                    by_token.update(dict.fromkeys(range(site.start, site.end), site))
                if site is not None:
                    places.append(site)
                    right = max(right, site.end, objs[0].i + 1)
                    placed = True
                elif objs and prep.lower_ == "at" and objs[0].i not in by_token and _coded(objs[0].text):
                    unit = Candidate(objs[0].i, objs[0].i + 1, "Organization", EVENT, kind="other")
                    yield unit  # "torture at S-21": a prison or a unit known by its code, untagged
                    by_token[objs[0].i] = unit
                    right = max(right, unit.end)
                    at_unit = True
                elif objs and (c := by_token.get(objs[0].i)) and c.label == "Location":
                    places.append(c)
                    right = max(right, c.end)
                    placed = True
                elif objs and (c := by_token.get(objs[0].i)) and c.label == "Organization" and prep.lower_ == "at":
                    right = max(right, c.end)  # "torture at S-21": where it was done, a unit's prison
                    at_unit = True
                elif prep.lower_ in {"in", "at"} and (listed := _places_of(prep, by_token)):
                    places.extend(listed)  # "in the municipalities of Nebaj, Chajul and Cotzal"
                elif objs and prep.lower_ in {"in", "at"} and prep.head.i == t.i and _a_site(objs[0]):
                    right = max(right, _phrase_end(prep))  # "the killings in the camps", "torture in detention"
                    at_unit = True
                elif (
                    objs
                    and prep.lower_ in {"of", "against"}
                    and prep.head.i == t.i
                    and _group(objs[0], by_token)
                    and (prep.lower_ == "of" or not _charged(t))
                    and (not treatment or _people(objs[0]))
                ):
                    right = max(
                        right, _phrase_end(prep)
                    )  # "the killing of 1,771 Maya Ixil people", "rape against women"
                    of_group = True
                    if t.lemma_.lower() in _DISPLACEMENTS:  # "the deportation of Croats from Hrtkovci": the place
                        places.extend(p for q in objs[0].children if q.dep_ == "prep" and q.lower_ == "from"
                                      for p in _places_of(q, by_token))  # fmt: skip
                    # and where or when, written next ("the repression of the Hadjerai in 1987")
                    while right < len(doc) and doc[right].lower_ in {"in", "at", "from"} and doc[right].dep_ == "prep":
                        if _phrase_end(doc[right]) <= doc[right].right_edge.i:
                            break  # a phrase cut by a comma ("in the districts of A, B and C") stays out whole
                        # "the execution of 40 detainees in Gulu", "the deportation of Croats from Hrtkovci": where
                        if doc[right].lower_ in {"in", "at"} or t.lemma_.lower() in _DISPLACEMENTS:
                            places.extend(_places_of(doc[right], by_token))
                        right = _phrase_end(doc[right])
                for more in _conjoined_places(objs[0], prep.lower_, by_token) if placed else []:
                    if more.start not in by_token:  # "the killings in Nyakabiga and Musaga"
                        yield more
                        by_token.update(dict.fromkeys(range(more.start, more.end), more))
                    places.append(more)
                    right = max(right, more.end)
        # "the killing of civilians by rebel forces in Kobo and Weldiya": where, said after who did it
        places.extend(p for by in t.children if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by")
                      for o in by.children if o.dep_ == "pobj" for q in o.children
                      if q.dep_ == "prep" and q.lower_ in {"in", "at"} for p in _places_of(q, by_token))  # fmt: skip
        name = None
        if not (places or named or at_unit or of_group) and (campaign := _campaign_waged(t)) is not None:
            left, places = campaign.i, []  # "X carried out a campaign of ethnic cleansing": one crime, so named
        elif not (places or named or at_unit or of_group):
            # "Further executions took place at Kavumu airport and at Camp Lwama": the places of the verb of
            # happening, and the crime named by its noun and those phrases
            where = [(p, site) for p in _happened_at(t) for x in p.children if x.dep_ == "pobj"
                     for o in (x, *x.conjuncts) for site in [_place_named(o, p.lower_, by_token) or by_token.get(o.i)]
                     if site is not None and site.label == "Location"]  # fmt: skip
            for _, site in where:
                if site.start not in by_token:
                    yield site
                    by_token.update(dict.fromkeys(range(site.start, site.end), site))
                places.append(site)
            if not where:
                continue
            left = max([left, *(x.i + 1 for x in doc[left : t.i] if x.lower_ in _ONE_MORE)])
            phrases = " and ".join(doc[p.i : _phrase_end(p)].text for p in dict.fromkeys(p for p, _ in where))
            name = f"{doc[left : t.i + 1].text} {phrases}"
        if (same := by_token.get(left)) is not None and (same.start, same.end) == (left, right):
            continue  # "acquitted him of genocide in X": a crime type, named so (one span, one set of attributes)
        by: list[tuple[int, int]] = []
        if not places and named and doc[named[0]].ent_type_ != "DATE":
            # "the Lukodi massacre": the proper noun before a crime noun is its place, unless it names a force
            first, last = named[0], named[-1] + 1
            owner = by_token.get(first)
            if owner is not None and owner.label == "Organization" and owner.attrs.get("kind") not in {None, "other"}:
                by.append((owner.start, owner.end))
            elif owner is None or owner.label in {"Location", "Organization"}:
                if owner is not None and owner.label == "Organization":
                    owner.label, owner.attrs = "Location", {}
                elif owner is None:
                    yield Candidate(first, last, "Location", EVENT)
                places.append(Candidate(first, last, "Location", EVENT))
        while right > t.i + 1 and doc[right - 1].pos_ == "ADP":
            right -= 1  # "the burning of the market in | Kaga Bandoro was ...": a preposition the parse left bare
        while right + 1 < len(doc) and doc[right].text == "-" and not doc[right - 1].whitespace_:
            right += 2  # "the torture of non-Serbs": a word the tokenizer parted at its hyphen is one word
        spans = [(p.start, p.end) for p in places]
        if name is None:
            yield Candidate(left, right, "Crime", EVENT, places=spans, by=by)
        else:
            yield Candidate(left, right, "Crime", EVENT, places=spans, by=by, name=name)


def with_victims(crimes: list[Candidate], harmed: list[Candidate]) -> list[Candidate]:
    """A crime made from a harm done to named persons ("the murder of X") inside a crime named as an event
    ("the car-bomb murder of X in Washington") gives the event its victims, and is dropped; one that holds
    the event gives itself the event's places and perpetrators."""
    out = list(crimes)
    for h in harmed:
        outer = next((c for c in crimes if c.start <= h.start and h.end <= c.end), None)
        if outer is not None:
            outer.attrs.setdefault("victims", []).extend(h.attrs.get("victims", []))
            continue
        for inner in (c for c in crimes if h.start <= c.start and c.end <= h.end):
            for key in ("places", "by"):
                h.attrs.setdefault(key, []).extend(inner.attrs.get(key, []))
        out.append(h)
    return out
