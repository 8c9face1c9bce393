"""Where a visit goes: the places a rule's destination words name ('visited Saudi Arabia, Qatar
and the UAE', 'Port of Spain', 'the towns of Bucha and Irpin', 'Trinidad and Tobago'), the city a
site stands in or is named after ('an airport in Hanoi', 'Bogor Palace'), the country or city a
word refers to ('the Kingdom', 'the port city'), and the countries and large cities the model did
not tag as places; never a world region or a named body."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.mentions import sentence_number
from ingest.actors.names import clean_name, dateline_tokens
from ingest.dates import WEEKDAYS
from ingest.events.context import Context
from ingest.events.participants import named_beside, side
from ingest.events.places import large_city, place_name
from ingest.events.syntax import prep_objects, subject_of, with_conjuncts
from ingest.events.trips import actor_country
from ingest.word_index import entities_within, entity_at, sentences


def visit_places(ctx: Context, destinations: list[Token]) -> list[str]:
    """Places visited: the destination and its conjuncts, or the city or country a site stands
    in ('the coordination centre in Kiryat Gat', 'an airport in Hanoi', "Kyiv's central station"),
    or 'the country' last
    named."""
    places: list[str] = []
    for destination in destinations:
        if destination.ent_type_ in ("DATE", "TIME") or destination.lower_ in WEEKDAYS:
            # "arrived in Kyiv Saturday": the parser hangs the city on the day, the tagger may
            # take the two words for one title
            place = next(
                (
                    found
                    for c in destination.children
                    if c.dep_ == "compound" and (found := gazetteer_place(c, inside_name=True))
                ),
                None,
            )
            if place is not None:
                places += [place] if place not in places else []
                continue
        whole = name_with_of(destination)
        if whole is not None:  # "Port of Spain": one city's name, not a port in Spain
            places += [whole] if whole not in places else []
            continue
        named = named_by_kind(destination)
        if named:  # "the towns of Bucha and Irpin": the text says they are places
            places += [p for p in named if p not in places]
            continue
        listed = listed_places(destination)
        # "Trinidad and Tobago": one country, told by its first word
        tails = {
            t.i: (c, whole) for t in listed for c in listed if (whole := anded_country(t, c)) is not None
        }
        for token in listed:
            if token in (c for c, _ in tails.values()):
                continue
            if token.i in tails:
                whole = tails[token.i][1].text
                places += [whole] if whole not in places else []
                continue
            actor = ctx.actors.actor_at(token)
            named = named_beside(ctx, token)  # "his counterpart, President X"
            if (
                actor is not None
                and actor.kind == "person"
                and not named
                and city_taken_for_person(ctx, token)
            ):
                actor = None  # "will go to Benguela" with the city tagged as a person named nowhere else
            if (actor is not None and actor.kind == "person") or named:
                # "had visited Hasina": a call on a person, told as a meeting; "a visit to his
                # counterpart, President X, in Abidjan": the place told on the person
                found = (
                    place_name(ctx, g) or gazetteer_place(g)
                    for t in (token, *named)
                    for g in prep_objects(t, {"in"})
                )
                place = next((p for p in found if p), None)
                places += [place] if place and place not in places else []
                continue
            # "a visit to the Omani capital city, Muscat": the place named in apposition to its kind
            named_kind = [
                p
                for c in token.children
                if c.dep_ == "appos" and token.lemma_ in rules.PLACE_KIND_NOUNS
                if (p := place_name(ctx, c) or gazetteer_place(c))
            ]
            if named_kind:
                places += [named_kind[0]] if named_kind[0] not in places else []
                continue
            referred = country_referred(ctx, token) or hosts_country(ctx, token) or city_referred(token)
            if referred is None and token.lower_ in rules.COUNTRY_REFERENCES and not names_country(token):
                continue  # "the Kingdom" with no country named before it: no place to tell
            place = referred or place_name(ctx, token) or gazetteer_place(token)
            if place is None or geography.country_of_place(place) is None:
                # "the Noi Bai International Airport in Hanoi": the city the site stands in
                inner = prep_objects(token, {"in", "at", "near"})
                # "the House of Friendship in Almaty": the city hangs on the name's last word
                inner += [g for o in prep_objects(token, {"of"}) for g in prep_objects(o, {"in"})]
                # "the Presidential Wing of the Malabo International Airport": the site it is part of
                if token.pos_ == "PROPN" or token.lower_ in rules.SITE_PART_NOUNS:
                    inner += prep_objects(token, {"of"})
                inner += [c for c in token.children if c.dep_ == "poss"]  # "Kyiv's railway station"
                inner += comma_after(token)  # "landed at the Nnamdi Azikiwe International Airport, Abuja"
                found = (place_name(ctx, t) or gazetteer_place(t, inside_name=True) for t in inner)
                place = next((p for p in found if p), None) or place
            if place and place not in places:
                places.append(place)
    # "a visit to a location other than Seoul", "to every city except Kyiv": places set apart
    excepted = {
        place_name(ctx, t) or gazetteer_place(t) or t.text
        for d in destinations
        for t in d.subtree
        if t.dep_ == "pobj" and t.head.lower_ in rules.EXCEPTING_PREPS and t.head.i > d.i
    }
    # "his ninth trip to the Middle East": a region is no place a visit is told at
    return [p for p in places if not world_region(p) and not named_body(p) and p not in excepted]


def named_body(place: str) -> bool:
    """'the East Asia Forum', 'the Association of Southeast Asian Nations': a body or gathering,
    no place the gazetteer knows ('the St Petersburg Forum' is held in its city)."""
    words = {w.lower() for w in place.split()}
    return bool(words & rules.BODY_NAME_WORDS) and geography.country_of_place(place) is None


def name_with_of(token: Token) -> str | None:
    """'Port of Spain', 'Port of Moresby' broken at 'of' by the parser: the whole name, when the
    gazetteer knows it as a place."""
    if any(c.dep_ != "det" and c.i < token.i for c in token.children):
        return None  # "the Democratic Republic of the Congo": a longer name the gazetteer reads whole
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for name in (o for o in of.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            whole = token.doc[token.i : name.i + 1].text
            if token.pos_ == "PROPN" and geography.country_of_place(whole) is not None:
                return geography.common_name(whole)
    return None


def world_region(place: str) -> bool:
    """'The Middle East', 'Europe': a region, no place a visit is told at."""
    return place.casefold().removeprefix("the ") in rules.WORLD_REGIONS


def named_by_kind(noun: Token) -> list[str]:
    """'the town of Bucha', 'the towns of Bucha and Irpin', 'the port city of Aden', 'the African
    countries of A, B and C': proper names a word for a kind of place introduces, places whether
    or not the gazetteer knows them."""
    kinds = [noun, *prep_objects(noun, {"of"})] if noun.lower_ in rules.AMOUNT_WORDS else [noun]
    kinds = [k for k in kinds if k.lemma_.lower() in rules.VISITED_KIND_NOUNS]
    if not kinds:
        return []
    names = [t for o in prep_objects(kinds[0], {"of"}) for t in listed_places(o) if t.pos_ == "PROPN"]
    # "a number of cities in Iraq, including Karbala, Najaf and Basra": the places the list names
    names += [
        t
        for k in dict.fromkeys([noun, *kinds])
        for o in prep_objects(k, rules.INCLUDING_WORDS)
        for t in listed_places(o)
        if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC")
    ]
    return [(ent.text if (ent := entity_at(t)) is not None else t.text) for t in names]


def comma_after(token: Token) -> list[Token]:
    """The city named after a comma that closes the phrase ('the X Airport, Abuja'): where a site
    is; not a country or anything else told there ("..., Israel's main hub")."""
    end, doc = token.right_edge.i, token.doc
    if end + 2 >= token.sent.end or doc[end + 1].text != ",":
        return []
    return [doc[end + 2]] if large_city(doc[end + 2].text) is not None else []


def city_of_site(name: str) -> str | None:
    """'Bogor Palace' -> Bogor, 'Asmara International Airport' -> Asmara: the city a site is
    named after (not 'Salem' for 'Salem Khan Airbase', named after a person)."""
    words = name.split()
    if len(words) < 2 or geography.country_of_place(name):
        return None
    # "International Airport Dushanbe": the site's words before the city's name
    rest = list(words)
    while rest and rest[0].lower() in rules.SITE_WORDS | rules.FACILITY_WORDS | rules.SITE_QUALIFIERS:
        rest.pop(0)
    if rest and len(rest) < len(words) and words[len(words) - len(rest) - 1].lower() in rules.SITE_WORDS:
        city = large_city(" ".join(rest))
        if city is not None:
            return city.name
    if words[-1].lower() in rules.VENUE_HEADS:
        return venue_named_city(words[:-1])
    if words[-1].lower() not in rules.SITE_WORDS:
        return None
    while words and words[-1].lower() in rules.SITE_WORDS | rules.FACILITY_WORDS:
        words.pop()
    city = large_city(" ".join(words)) if words else None
    return city.name if city is not None else None


def venue_named_city(words: list[str]) -> str | None:
    """'Gyeongju Hwabaek International Convention Centre' -> Gyeongju: the longest opening that
    names a city, when the rest tells a venue (not 'Kennedy Center', named after a man)."""
    if not any(w.lower() in rules.VENUE_DESCRIPTORS for w in words):
        return None
    for end in range(len(words) - 1, 0, -1):
        city = large_city(" ".join(words[:end]))
        if city is not None:
            return city.name
    return None


def anded_country(first: Token, second: Token) -> Span | None:
    """'Trinidad and Tobago', 'St Vincent and the Grenadines': two listed words that name one
    country, and the whole name."""
    doc = first.doc
    if not first.i < second.i <= first.i + 3 or [t.lower_ for t in doc[first.i + 1 : second.i]] not in (
        ["and"],
        ["and", "the"],
    ):
        return None
    start = min([first.i, *(c.i for c in first.children if c.dep_ == "compound" and c.i < first.i)])
    whole = doc[start : second.i + 1]
    # from a list: the gazetteer also knows "Serbia and Montenegro", two countries now
    return whole if whole.text.lower() in rules.ANDED_COUNTRY_NAMES else None


def listed_places(destination: Token) -> list[Token]:
    """A destination and the places listed with it. 'travel to Israel, Italy, Vatican City and
    Belgium': the parser may take the second for an apposition; 'Paris, France' names one place."""
    members = with_conjuncts(destination)
    # "visit Togo and Cote d'Ivoire": the parser may hang the first country on the second's last word
    members += [
        c
        for c in destination.children
        if c.dep_ == "nmod" and c.i < destination.i and geography.is_country(c.text) and c not in members
    ]
    for apposed in (c for c in destination.children if c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC")):
        home, other = geography.country_of_place(destination.text), geography.country_of_place(apposed.text)
        if apposed.conjuncts or (home is not None and other is not None and home != other):
            members += [t for t in with_conjuncts(apposed) if t not in members]
    return members


def city_taken_for_person(ctx: Context, token: Token) -> bool:
    """'Biden will go to Benguela': a one-word destination the model tagged as a person, named
    only there, that is a large city or a country."""
    actor = ctx.actors.actor_at(token)
    if actor is None or " " in actor.canonical_name:
        return False
    told = sum(1 for a in ctx.actors.token_actor.values() if a is actor)
    return told == 1 and gazetteer_place(token) is not None


def gazetteer_place(token: Token, inside_name: bool = False) -> str | None:
    """A destination the model did not tag as a place ('a visit to Kiev' tagged as a person):
    a country or a large city by that name."""
    if token.pos_ != "PROPN":
        return None
    ent = entity_at(token)
    if inside_name and ent is not None and ent.label_ in rules.NAME_SWALLOWING_LABELS and len(ent) > 1:
        # "the House of Friendship in Almaty" tagged as one organisation, "the BIMSTEC Ministerial
        # Meeting in Colombo" as one product: the city alone
        ent = None
    name = clean_name(ent.text if ent is not None else token.text)  # "Kyiv’s" tagged as one
    if geography.is_country(name):
        return geography.common_name(name)  # "the UAE" tagged as an organisation
    if geography.is_capital(name):
        return geography.common_name(name)  # "travelled to Nuuk" tagged as an organisation: a small capital
    return name if large_city(name) is not None else None


def names_country(token: Token) -> bool:
    """'the United Kingdom', not 'the Kingdom': the word ends a country's own name."""
    ent = entity_at(token)
    return ent is not None and len(ent) > 1 and geography.is_country(clean_name(ent.text))


def country_referred(ctx: Context, token: Token) -> str | None:
    """'during a visit to the war-torn country', 'his visit to the Kingdom': the country named last
    before (or the country of the city named last), in this sentence or the one before it. 'The
    island', 'the Gulf state' stand for a country only when one alone was named there, and not
    with a name of their own ('the island of Cyprus', 'the Mexican state of Jalisco')."""
    loose = token.lower_ in rules.LOOSE_COUNTRY_REFERENCES
    modified = token.lower_ in rules.MODIFIED_COUNTRY_REFERENCES and any(
        c.dep_ in ("amod", "compound") for c in token.children
    )
    if (
        (token.lower_ not in rules.COUNTRY_REFERENCES and not loose and not modified)
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        or names_country(token)
        or ((loose or modified) and prep_objects(token, {"of"}))
    ):
        return None
    start = token.sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    own = travellers_countries(token)
    named: list[str] = []
    for ent in reversed(entities_within(token.doc[start : token.i])):
        name = clean_name(ent.text)
        # "the President of Malawi" with the country tagged as a person is still the country
        if (ent.label_ != "GPE" and not geography.is_country(name)) or in_subject_of_clause(ent.root, token):
            continue  # "the President of Guinea and X are also in the country": their own country
        if ent.root.head.lower_ in rules.DEPARTURE_PREPS:
            continue  # "From Mauritania, ... will visit the East African country": the leg left
        # "arrived in Asmara ... for a working visit to the country": the city's country
        country = geography.common_name(name) if geography.is_country(name) else city_country(name)
        if country is not None and country not in own and country not in named:
            named.append(country)
    if (loose or modified) and len(named) != 1:
        return None  # "Qatar and Egypt mediated ... the Gulf state": which one is not told
    return named[0] if named else None


def city_referred(token: Token) -> str | None:
    """'arrived in Jeddah ... After arriving in the port city': 'the city' stands for the one city
    named in this sentence or the few before it."""
    if token.lower_ not in rules.CITY_REFERENCES or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return None
    if any(c.dep_ in ("appos", "prep") for c in token.children):
        return None  # "the city of Aqaba", "the city, Aqaba": a name of its own
    sents = sentences(token.doc)
    first = sents[max(sentence_number(token) - rules.CITY_REFERENCE_LOOKBACK_SENTENCES, 0)].start
    dateline = dateline_tokens(token.doc)  # "RIYADH: ... arrived in Jeddah": the filing city
    cities = {
        city.name
        for ent in entities_within(token.doc[first : token.i])
        if ent.label_ == "GPE"
        and ent.root.i not in dateline
        and not geography.is_country(clean_name(ent.text))
        if (city := large_city(clean_name(ent.text))) is not None
    }
    return cities.pop() if len(cities) == 1 else None


def hosts_country(ctx: Context, token: Token) -> str | None:
    """'King X welcomed Y on his first visit to the Kingdom': with no country named before, 'the
    Kingdom' a host welcomes a guest to is the host's own country."""
    if token.lower_ not in rules.COUNTRY_REFERENCES or names_country(token) or token.head.lower_ != "to":
        return None
    visit = token.head.head
    if visit.lower_ not in rules.VISIT_NOUNS or visit.dep_ != "pobj":
        return None
    welcome = visit.head.head
    if welcome.lemma_ not in rules.HOST_AND_GUEST_VERBS:
        return None
    hosts = [a for a in side(ctx, subject_of(welcome)) if a.kind == "person"]
    countries = {actor_country(ctx, a) for a in hosts}
    return countries.pop() if len(countries) == 1 else None


def in_subject_of_clause(word: Token, destination: Token) -> bool:
    """`word` is inside the subject of the clause that tells `destination`."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head in destination.ancestors for t in (word, *word.ancestors)
    )


def city_country(name: str) -> str | None:
    city = large_city(name)
    return city.country if city is not None else None


def travellers_countries(destination: Token) -> set[str]:
    """'the first Australian premier to visit the country', 'the first U.S. president to visit
    the country': the country the travellers are of is not the one they travel to."""
    verb = destination.head.head if destination.head.dep_ == "prep" else destination.head
    return {
        geography.country_named(t.text) or ""
        for subject in subject_of(verb)
        for t in subject.subtree
        if t.ent_type_ in ("NORP", "GPE")
    } - {""}
