"""Visits told by hosting: 'Xi hosted Lula at the Great Hall' is Lula's visit to Beijing; a guest
received at the airport, no place named: the dateline's city; a foreign guest met at the host's
State House: the host's country. Hosting a meeting ('hosted talks in Doha') is no visit."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.references import spouse_word
from ingest.events.context import Context
from ingest.events.places import dateline_city, talks_held_in
from ingest.events.status import status_of
from ingest.events.syntax import (
    clause_verb,
    direct_objects,
    list_members,
    listed_after,
    prep_objects,
    subject_of,
)
from ingest.events.trips import actor_country
from ingest.events.visit_places import visit_places
from ingest.events.visitors import visitors_of
from ingest.events.visits import TRAVEL_LEMMAS, holds_state_office, visits_to
from ingest.records import Actor, Event
from ingest.word_index import entity_at


def hosted_visit(ctx: Context, verb: Token) -> list[Event] | None:
    """'Xi hosted Lula at the Great Hall of the People', 'Y was received by Macron in Paris': the
    guest's visit to the place, when the guest is known to come from another country. Hosting a
    meeting ('hosted talks in Doha') is no visit."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    guests = [c for c in verb.children if c.dep_ == "nsubjpass"] if passive else direct_objects(verb)
    guests = [g for g in guests if g.lower_ not in rules.MEETING_NOUNS]
    # "received the visit of X at the Bogor Palace": the visitor
    guests += [
        v for g in guests if g.lemma_ in rules.OWNED_VISIT_NOUNS for v in prep_objects(g, rules.VISITOR_PREPS)
    ]
    # "will host leaders from 40 nations, including A and B": the people listed
    guests += [o for t in [verb, *guests] for o in prep_objects(t, rules.PARTY_INCLUDING_WORDS)]
    # "hosted X in Berlin", "welcomed X to the White House"; the parser may hang it on X or the host
    # "King A on Wednesday at the palace received X": the parser may hang the place on the host
    hosts = prep_objects(verb, {"by"}) if passive else subject_of(verb)
    # "received X on Tuesday at the palace": the parser may hang the place on the day
    days = [
        t
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for d in p.children
        if d.dep_ == "pobj" and d.ent_type_ in ("DATE", "TIME")
        for t in (p, d)
    ]
    # "hosted X for talks at the Great Hall": the parser may hang the place on the talks
    purposes = [o for o in prep_objects(verb, {"for"}) if o.lower_ in rules.MEETING_NOUNS]
    places = visit_places(
        ctx,
        [
            p
            for t in [verb, *guests, *(n for g in guests for n in listed_after(g)), *hosts, *days, *purposes]
            + talks_held_in(ctx, [verb])
            for p in prep_objects(t, rules.HOSTING_PREPS)
            if not posted_to(p)
        ],
    )
    if guests and not places and not passive and not hosted_for_long(verb):
        # "Doha also hosted the Syrian foreign minister": a city or country as the host
        places = visit_places(ctx, [h for h in hosts if h.ent_type_ in ("GPE", "LOC") and h.pos_ == "PROPN"])
    if guests and not places and greeted_on_arrival(verb, guests):
        city = dateline_city(ctx.doc)  # "NEW DELHI - ... was received at the airport by X"
        # else the host's country: a welcome at the airport is given at home
        place = city.name if city is not None else host_home(ctx, verb, passive)
        places = [place] if place else []
    elif guests and not places and received_at_residence(verb, guests):
        # "ANKARA - ... received X at the presidential mansion"; else where the story just met
        # the guest ("met X in Ankara ... received X at the presidential mansion")
        city = dateline_city(ctx.doc)
        place = city.name if city is not None else guest_place_before(ctx, verb, guests)
        place = place or host_home(ctx, verb, passive)  # "Lula received X with state honours"
        places = [place] if place else []
    if guests and not places and unplaced_visit_told(ctx, verb, guests):
        # "was received by the Emir of Kuwait as he began a state visit": the host's country
        place = host_home(ctx, verb, passive)
        places = [place] if place else []
    if guests and not places and passive:
        # "Macron and his wife Brigitte are being hosted by Steinmeier", told after Macron's
        # arrival: the trip told before, with everyone the hosts received on it
        trip = guest_place_before(ctx, verb, guests, trips_only=True)
        places = [trip] if trip else []
    if not guests or not places:
        return None
    place_country = geography.country_of_place(places[0])
    guests_told = [a for a in visitors_of(ctx, guests) if a.kind == "person"]
    visitors = [a for a in guests_told if (home := actor_country(ctx, a)) and home != place_country]
    # "Macron and his wife Brigitte": a spouse of no known country received with a foreign guest
    spouses = {id(a) for g in guests for t in list_members(g) if spouse_word(t) and (a := ctx.actor_of(t))}
    visitors += [a for a in guests_told if visitors and actor_country(ctx, a) is None and id(a) in spouses]
    status = status_of(verb)
    if not visitors or status is None:
        return None
    return visits_to(ctx, verb, visitors, places, status, rules.HOSTED_VISIT_CONFIDENCE, rules.CAMEO_HOST)


def hosted_for_long(verb: Token) -> bool:
    """'Qatar has hosted Haniyeh since 2012', 'for years': a home given, not a visit ('hosted X on
    Monday for talks' is one)."""
    lasting = any(o.ent_type_ == "DATE" for o in prep_objects(verb, rules.DURATION_PREPS))
    return lasting or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def posted_to(place: Token) -> bool:
    """'..., Ambassador of Chile to Peru': a country after a title's 'to' is where its holder is
    posted, not where a guest was received, however the parser hangs it."""
    prep = place.head
    if prep.lower_ not in rules.POSTING_TO_PREPS:
        return False
    for word in reversed(place.doc[max(prep.i - rules.TITLE_NAME_MAX_DISTANCE, place.sent.start) : prep.i]):
        if word.pos_ not in ("PROPN", "NOUN", "ADJ", "DET", "ADP") or word.ent_type_ == "PERSON":
            return False  # "welcomed Prime Minister Modi to the White House": a guest, not a post
        if word.lower_ in rules.POSTED_TITLES:
            return True
    return False


def guest_place_before(
    ctx: Context, verb: Token, guests: list[Token], trips_only: bool = False
) -> str | None:
    """The place of the latest event told shortly before with one of these guests in it; with
    `trips_only`, of their latest trip told in the same story with the verb's status."""
    people = set(visitors_of(ctx, guests))
    told = (e for e in ctx.told_before(verb) if e.location and any(p.actor in people for p in e.participants))
    if trips_only:
        since, status = verb.sent.start_char - rules.LATER_MENTION_MAX_CHARS, status_of(verb)
        told = (
            e for e in told if e.event_type == "visit" and e.evidence_start >= since and e.status == status
        )
    return next((e.location for e in told), None)


def host_home(ctx: Context, verb: Token, passive: bool) -> str | None:
    """The country of the person who received the guests: a formal welcome is given at home,
    unless the article told the host travelling ('on the second day of his trip to Germany')."""
    host_words = prep_objects(verb, {"by"}) if passive else subject_of(verb)
    hosts = visitors_of(ctx, host_words)
    travelling = {p.actor for e in ctx.earlier if e.event_type == "visit" for p in e.participants}
    if any(a in travelling for a in hosts) or any(t.lower_ in rules.TRIP_WORDS for t in verb.sent):
        return None
    # "Erdogan, who is in Baku for a summit, welcomed X": a host told away from home
    if any(
        c.dep_ == "relcl" and any(w.ent_type_ in ("GPE", "LOC") for w in c.subtree)
        for t in host_words
        for c in t.children
    ):
        return None
    homes = {actor_country(ctx, a) for a in hosts if a.kind == "person"}
    return homes.pop() if len(homes) == 1 else None


def unplaced_visit_told(ctx: Context, verb: Token, guests: list[Token]) -> bool:
    """'received X as he began a state visit', 'welcomed X at the start of his state visit': the
    sentence tells of a visit with no place of its own, the one the reception is part of; not one
    that someone else named owns ('during Xi's state visit', 'as Xi began his visit')."""
    guest_actors = set(visitors_of(ctx, guests))
    hosts = set(visitors_of(ctx, subject_of(verb)))
    for visit in verb.sent:
        if (
            visit.lower_ not in rules.VISIT_NOUNS
            or visit.pos_ != "NOUN"
            or prep_objects(visit, rules.VISIT_PREPS)
        ):
            continue
        named = [c for c in visit.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        clause_subjects = [t for t in subject_of(clause_verb(visit)) if t.pos_ == "PROPN"]
        owners = set(visitors_of(ctx, named)) | (set(visitors_of(ctx, clause_subjects)) - hosts)
        if not owners - guest_actors:
            return True
    return False


def received_at_residence(verb: Token, guests: list[Token]) -> bool:
    """'received X at the presidential mansion', 'at the Defence Ministry', 'received X with a
    military ceremony': a host's formal welcome at home."""
    objects = [o for t in [verb, *guests] for o in prep_objects(t, {"at"})]
    welcomes = [o for t in [verb, *guests] for o in prep_objects(t, {"with"})]
    return any(seat_word(o) for o in objects) or any(
        o.lower_ in rules.CEREMONIAL_WELCOME_WORDS for o in welcomes
    )


def seat_word(token: Token) -> bool:
    """'the presidential palace', 'his residence', 'State House': where a leader receives at home."""
    return token.lower_ in rules.RESIDENCE_WORDS or state_house(token)


def state_house(token: Token) -> bool:
    """'State House', the president's seat in several Commonwealth countries."""
    return token.lower_ == "house" and any(
        c.lower_ == "state" for c in token.children if c.dep_ == "compound"
    )


def met_at_residence(ctx: Context, verb: Token) -> list[Event] | None:
    """'Ruto held talks with his South Sudanese counterpart Kiir at State House': a guest from
    another country met in person at the host's own seat ('State House', 'the presidential
    palace'; not 'his palace' or 'the Russian leader's residence'), with no city named, visits
    the host's country, unless the story has the host travelling or a dateline elsewhere."""
    nouns = [o for o in direct_objects(verb) if o.lower_ in rules.MEETING_NOUNS]
    if verb.lemma_ in rules.LIGHT_VERBS and verb.lemma_ not in rules.MEETING_VERBS and not nouns:
        return None
    if any(
        n.lower_ in rules.CALL_WORDS or any(c.lower_ in rules.REMOTE_WORDS for c in n.children) for n in nouns
    ):
        return None  # "held a phone call with X at State House"
    sites = [o for t in [verb, *nouns] for o in prep_objects(t, {"at"})]
    if (
        not any(host_seat(s) for s in sites)
        or visit_places(ctx, sites)
        or any(place_after_comma(s) for s in sites)
    ):
        return None  # a named seat ('the Elysee'), or one told with its city, tells the city itself
    if any(t.lemma_ in TRAVEL_LEMMAS or t.lower_ in TRAVEL_LEMMAS for t in verb.sent):
        return None  # "X, on a state visit to Tanzania, held talks at State House": whose seat is told
    home = host_home(ctx, verb, passive=False)
    hosts = visitors_of(ctx, subject_of(verb))
    guests = [o for t in [verb, *nouns] for o in prep_objects(t, {"with"})]
    guests += direct_objects(verb) if verb.lemma_ in rules.MEETING_VERBS else []
    guest_actors = visitors_of(ctx, guests)
    seated = [a for a in guest_actors if holds_state_office(a, rules.LEADER_OFFICES)]
    if seated and not any(holds_state_office(a, rules.LEADER_OFFICES) for a in hosts):
        # "the envoy met President Aoun at the presidential palace": the president's seat, the
        # envoy the guest there, unless the story has the president abroad
        home, guest_actors, hosts = actor_country(ctx, seated[0]), hosts, seated
    if home is None or host_travels(ctx, hosts, home):
        return None
    city = dateline_city(ctx.doc)
    if city is not None and city.country != home:
        return None  # "DAR ES SALAAM - Kenya's Ruto held talks at State House": the host abroad
    visitors = [
        a
        for a in guest_actors
        if a.kind == "person"
        and (country := actor_country(ctx, a))
        and country != home
        and not any(
            w in rules.POSTED_TITLES for w in (a.role or "").lower().split()
        )  # an ambassador posted there
    ]
    status = status_of(verb)
    if not visitors or status is None:
        return None
    return visits_to(ctx, verb, visitors, [home], status, rules.HOSTED_VISIT_CONFIDENCE, rules.CAMEO_HOST)


def place_after_comma(site: Token) -> bool:
    """'State House, Dar es Salaam': a place named right after the seat and a comma."""
    end, doc = site.right_edge.i, site.doc
    if end + 2 >= site.sent.end or doc[end + 1].text != ",":
        return False
    ent = entity_at(doc[end + 2])
    return ent is not None and ent.label_ in ("GPE", "LOC")


def host_seat(site: Token) -> bool:
    """'State House', 'the presidential palace': a seat of the host's own, with no owner told
    ('his palace', "the Russian leader's residence", 'the Omani foreign ministry' may be another's)."""
    if any(c.dep_ == "poss" for c in site.children):
        return False
    if any(c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in site.children):
        return False
    presidential = site.lower_ in rules.RESIDENCE_WORDS and any(
        c.lower_ == "presidential" for c in site.children if c.dep_ in ("amod", "compound")
    )
    return state_house(site) or presidential


def host_travels(ctx: Context, hosts: list[Actor], home: str) -> bool:
    """Whether the story has one of the hosts abroad: arriving in, visiting or travelling to a
    place outside their country, told as done or under way (not 'will visit Kampala next month',
    not 'visited flood victims in Kisumu')."""
    for token in ctx.doc:
        if token.lemma_ not in rules.VISIT_VERBS or token.pos_ != "VERB":
            continue
        if any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_MODALS for c in token.children):
            continue
        if not set(visitors_of(ctx, subject_of(token))) & set(hosts):
            continue
        places = visit_places(ctx, prep_objects(token, rules.VISIT_PREPS) + direct_objects(token))
        if any(geography.country_of_place(p) not in (None, home) for p in places):
            return True
    return False


def greeted_on_arrival(verb: Token, guests: list[Token]) -> bool:
    """'was received at the airport by X', 'welcomed Y on arrival': a welcome told as an arrival."""
    objects = [o for t in [verb, *guests] for o in prep_objects(t, {"at", "on", "upon"})]
    return any(o.lower_ in rules.FACILITY_WORDS | rules.ARRIVAL_NOUNS for o in objects)
