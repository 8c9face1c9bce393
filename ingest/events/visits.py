"""Visit rules, one sentence at a time: travel told by a verb ('X visited P', 'arrived in P',
'touched down in P', 'departed Washington for P'), by a noun ('his trip to P', 'during a visit to
P', 'his tour took him to A and B', 'Cambodia is the third leg of Xi's tour', 'a visit to the
region with a stop in Latvia'), by presence ('X is in Tunis', 'was also there', 'an Israeli
delegation in Cairo said'), by hosting
('Xi hosted Lula at the Great Hall': Lula's visit to Beijing; a guest received at the airport,
no place named: the dateline's city; a foreign guest met at the host's State House: the host's
country), by sending ('will send a delegation to Doha'), by leaving a foreign place ('has left
Qatar after meeting X', 'left Muscat for Sanaa'), by speaking there ('said in Paris', 'told reporters
in Cairo'), by attending an event there ('attended the commemorations in Normandy'), and planned
arrivals ('is due in P'), and a headline with no verb ('Modi in Moscow'); one visit per place.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.mentions import sentence_number
from ingest.actors.names import (
    clean_name,
    dateline_tokens,
    delegation_label,
    demonym_of,
    generic_title,
    possessive_name,
    title_case,
)
from ingest.actors.references import person_at, spouse_word, tokens_with
from ingest.dates import WEEKDAYS
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.participants import (
    including_members,
    joined_people,
    led_delegations,
    named_beside,
    people_in_phrases,
    people_listed_after,
    side,
    speaks_for_others,
    stray_agents,
    travel_companions,
)
from ingest.events.places import (
    dateline_city,
    large_city,
    named_after_bloc,
    place_name,
    talks_held_in,
    where_clause_place,
)
from ingest.events.status import called_off_after, status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    agent_objects,
    clause_verb,
    direct_objects,
    fronted_roll,
    list_members,
    listed_after,
    loose_who_antecedent,
    next_stop_places,
    passive_agent,
    passive_agent_objects,
    possessors,
    prep_objects,
    subject_of,
    where_clause,
    with_conjuncts,
    words_short_of,
)
from ingest.events.timing import date_of
from ingest.events.trips import actor_country, posted_speaker
from ingest.records import Actor, Event, Participant
from ingest.word_index import entities_within, entity_at, sentences

# Cheap gate: only tokens with these lemmas (or words) can start a visit rule.
TRAVEL_LEMMAS = set(rules.VISIT_VERBS) | rules.VISIT_NOUNS
# Every other word `visit_events` can start from: a sentence with none of these has no visit.
VISIT_GATE_WORDS = (
    rules.ARRIVAL_PREDICATES
    | {"be"}
    | rules.TOUR_VERBS
    | rules.HOSTING_VISIT_VERBS
    | rules.SENDING_VERBS
    | rules.VISIT_ATTENDING_VERBS
    | set(rules.VISIT_PARTICIPATING_VERBS)
    | rules.SPEAKING_VERBS
    | rules.STOPPING_WORDS
    | rules.DELEGATION_NOUNS
    | rules.ATTENDANCE_NOUNS
    | rules.EN_ROUTE_NOUNS
    | rules.ACCOMPANYING_VISIT_VERBS
)


def visit_events(ctx: Context, token: Token) -> list[Event]:
    """Every visit a word states, by the rule its lemma belongs to."""
    lemma = token.lemma_
    if (token.pos_ in ("VERB", "NOUN") or capitalised_visit(token)) and (
        lemma in TRAVEL_LEMMAS or token.lower_ in TRAVEL_LEMMAS
    ):
        found = visit_event(ctx, token) or place_visited_by(ctx, token)
        if found:
            found += departed_from(ctx, token) or []  # "before leaving Muscat for Sanaa": in Muscat
            found += set_out_from(ctx, token) or []  # "flew into Doha from Riyadh": in Riyadh
        else:  # "departed from Haneda Airport in Tokyo", "as he arrived here from Shenzhen"
            found = set_out_from(ctx, token) or []
        found = found or left_abroad(ctx, token) or back_from_abroad(ctx, token) or []
        return found + earlier_visit(ctx, token, found) + stops_told_before(ctx, token, found)
    if token.lower_ in rules.ARRIVAL_PREDICATES:
        return expected_arrival(ctx, token) or []
    if token.lower_ in rules.EN_ROUTE_NOUNS and token.pos_ == "NOUN":
        return on_the_way(ctx, token) or []
    if lemma == "be" and token.pos_ in ("AUX", "VERB"):
        return presence(ctx, token) or leg_named(ctx, token) or []
    if lemma in rules.STOPPING_WORDS:
        return stopped_at(ctx, token) or []
    if token.lower_ in rules.DELEGATION_NOUNS:
        return delegation_in(ctx, token) or []
    if token.lower_ in rules.ATTENDANCE_NOUNS and token.pos_ == "NOUN" and attendance_told_as_time(token):
        return attendance(ctx, token) or []  # "during his participation in the summit in New Delhi"
    if token.lower_ in rules.ATTENDANCE_NOUNS and token.pos_ == "NOUN":
        return in_attendance(ctx, token) or []  # "leaders in attendance for the summit include A"
    if token.pos_ != "VERB":
        return []
    legs = tour_legs(ctx, token) if lemma in rules.TOUR_VERBS else None
    if legs:
        return legs
    if lemma in rules.HOSTING_VISIT_VERBS:
        return hosted_visit(ctx, token) or []
    if lemma in rules.ACCOMPANYING_VISIT_VERBS:
        return accompanied_to(ctx, token) or []
    if lemma in rules.SENDING_VERBS:
        return sent_group(ctx, token) or []
    if lemma in rules.VISIT_ATTENDING_VERBS or lemma in rules.VISIT_PARTICIPATING_VERBS:
        return attendance(ctx, token) or []
    if lemma in rules.SPEAKING_VERBS:
        return spoken_abroad(ctx, token) or []
    if lemma in rules.MEETING_VERBS or lemma in rules.LIGHT_VERBS:
        return met_at_residence(ctx, token) or []
    return []


def accompanied_to(ctx: Context, verb: Token) -> list[Event] | None:
    """'A accompanied B to Russia and Belarus', 'C, who had accompanied B to Moscow': the one
    accompanied and the companion both travel to the place, when it is foreign to them."""
    places = visit_places(ctx, prep_objects(verb, {"to"}))
    if not places:
        return None
    # "C, who had accompanied B": the relative pronoun stands for the name before its comma
    said = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    subjects = [loose_who_antecedent(s) or s for s in said] if said else subject_of(verb)
    travellers = [a for a in side(ctx, direct_objects(verb) + subjects) if a.kind == "person"]
    # a companion of a traveller known abroad is abroad too, wherever the text leaves them from
    if not any(known_abroad(ctx, a, places[0]) for a in travellers):
        return None
    visitors = [a for a in travellers if abroad(ctx, a, places[0])]
    events = visits_to(ctx, verb, visitors, places, status_of(verb), rules.VISIT_VERB_CONFIDENCE)
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        for event in events:  # "X, who had accompanied B to Moscow": before the day the sentence tells
            event.event_date = event.date_precision = None
    return events


def earlier_visit(ctx: Context, noun: Token, found: list[Event]) -> list[Event]:
    """'his second visit to the country', 'This visit was Xi's second to Malaysia', 'Her last visit
    was in February', 'his previous trip on August 6': a visit before the one told. A repeat told
    by its number has no day; a last or previous one has the day told for it, if any. `found` are
    the visits the same word already stated: a previous trip told as such is marked, not doubled."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ not in rules.VISIT_NOUNS:
        return []
    repeat = next(
        (c for c in noun.children if c.dep_ in ("amod", "nummod") and c.lower_ in rules.REPEAT_ORDINALS), None
    )
    if repeat is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "This visit was Xi's second to Malaysia": the number stands alone after the verb
        repeat = next(
            (c for c in noun.head.children if c.dep_ == "attr" and c.lower_ in rules.REPEAT_ORDINALS), None
        )
    phrase = repeat if repeat is not None and repeat.dep_ == "attr" else noun
    if repeat is not None and prep_objects(phrase, {"by"}):
        return []  # "the third visit by a foreign leader this month": others' visits
    earlier = repeat is None and told_as_earlier_visit(noun)
    if repeat is None and not earlier:
        return []
    if earlier and found:
        for visit in found:
            visit.earlier, visit.status = True, "occurred"
            visit.event_date, visit.date_precision = own_date(ctx, noun)
        return []
    owners = [c for c in phrase.children if c.dep_ == "poss"]
    # "the second visit that Petro makes to Caracas": the relative clause's subject made it
    owners += [
        s for c in phrase.children if c.dep_ == "relcl" for s in subject_of(c) if s.tag_ not in ("WP", "WDT")
    ]
    visitors = [a for a in side(ctx, owners) if a.kind in ("person", "group", "org")]
    verb = next(
        (a for a in noun.ancestors if any(c.dep_ in SUBJECT_DEPS for c in a.children)), clause_verb(noun)
    )
    if not visitors:
        visitors = [a for a in side(ctx, subject_of(verb)) if a.kind in ("person", "group", "org")]
        if any(o.lower_ in rules.PERSONAL_POSSESSIVES for o in owners):
            visitors = visitors[:1]  # "A and B arrived, after his previous trip": one of them
    if not visitors:
        return []
    # "the second visit that Petro makes to Caracas": the place hangs on the relative clause
    destinations = prep_objects(phrase, {"to"}) + [
        g for c in phrase.children if c.dep_ == "relcl" for g in prep_objects(c, {"to"})
    ]
    places = visit_places(ctx, destinations)
    if destinations and not places:
        return []  # "his tenth trip to the Middle East": no place to tell
    if not places:
        # "arrived in Moscow, following his previous trip in August": the country of this trip, or
        # "Her last visit was in February": of her visit told before
        here = (
            visit_places(ctx, prep_objects(verb, rules.VISIT_PREPS))
            if verb.lemma_ in rules.VISIT_VERBS
            else []
        )
        told = [
            e.location for e in ctx.earlier if e.event_type == "visit" and e.location and shares(e, visitors)
        ]
        country = geography.country_of_place((here or told or [""])[-1])
        places = [country] if country else []
    if not places:
        return []
    event = make_event(
        ctx, "visit", noun, [Participant(a, "visitor") for a in visitors], cameo_code=rules.CAMEO_VISIT
    )
    event.location, event.status, event.earlier = places[0], "occurred", True
    if earlier:
        event.event_date, event.date_precision = own_date(ctx, noun)
    return [event]


def told_as_earlier_visit(noun: Token) -> bool:
    """'Her last visit was in February', 'following his previous trip on August 6', 'Erdogan's
    earlier trip to Moscow had ended': a visit before this one; not 'his last visit to Germany as
    president' (his final one), nor one still to come."""
    if not any(c.dep_ == "amod" and c.lower_ in rules.EARLIER_VISIT_WORDS for c in noun.children):
        return False
    if prep_objects(noun, {"as"}) or status_of(clause_verb(noun)) == "planned":
        return False
    final = any(c.dep_ == "amod" and c.lower_ == "last" for c in noun.children)
    placed = noun.dep_ == "pobj" and noun.head.lower_ in rules.EARLIER_VISIT_PREPS
    return placed or noun.dep_ in SUBJECT_DEPS or (not final and bool(own_date_tokens(noun)))


def own_date_tokens(noun: Token) -> list[Token]:
    """The date words of the visit's own phrase, or of the clause it is the subject of ('Her last
    visit was in February'); not the main clause's day."""
    words = list(noun.subtree)
    if noun.dep_ in SUBJECT_DEPS:
        inside = {t.i for t in noun.subtree}
        words += [t for t in noun.head.subtree if t.i not in inside]
    return [t for t in words if t.ent_type_ == "DATE"]


def own_date(ctx: Context, noun: Token) -> tuple:
    if not own_date_tokens(noun):
        return None, None
    day, precision = date_of(ctx, noun, "occurred")
    return (day, precision) if precision not in (None, "article") else (None, None)


def shares(event: Event, actors: list[Actor]) -> bool:
    return any(p.actor in actors for p in event.participants)


def capitalised_visit(token: Token) -> bool:
    """'is paying a two-day State Visit to India': a visit noun written with a capital, which the
    model takes for a name, when it names nothing."""
    return token.pos_ == "PROPN" and token.lower_ in rules.VISIT_NOUNS and not token.ent_type_


def visit_event(ctx: Context, trigger: Token) -> list[Event] | None:
    """'X visited P', 'X arrived in P', 'departed Washington for P', 'his trip to P', 'on his
    arrival in P'."""
    # "is set to land in P": the tagger sometimes takes an infinitive for a noun
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    # "X will next travel to Oman": the tagger takes the verb for a noun, but a noun has no subject
    subjected = any(c.dep_ == "nsubj" for c in trigger.children)
    is_verb = trigger.pos_ in ("VERB", "AUX") or infinitive or subjected
    if is_verb and trigger.lemma_ not in rules.VISIT_VERBS:
        return None
    if not is_verb and trigger.lower_ not in rules.VISIT_NOUNS and trigger.lemma_ not in rules.VISIT_NOUNS:
        return None
    if (
        is_verb
        and trigger.lemma_ in rules.STAY_VERBS
        and not any(o.lemma_ in rules.STAY_TIME_NOUNS for o in direct_objects(trigger))
    ):
        return None  # "spent his childhood in Paris" is no trip
    particle = rules.VISIT_VERB_PARTICLES.get(trigger.lemma_) if is_verb else None
    # "touched" without "down"; "move on to", its "on" sometimes read as a preposition with no object
    if particle and not any(
        c.lower_ == particle and (c.dep_ == "prt" or (c.dep_ == "prep" and not any(c.children)))
        for c in trigger.children
    ):
        return None
    preps = rules.VISIT_VERB_PREPS.get(trigger.lemma_, rules.VISIT_PREPS) if is_verb else rules.VISIT_PREPS
    if not is_verb and trigger.lower_ in rules.THROUGH_TRIP_NOUNS and not prep_objects(trigger, {"to"}):
        preps = preps | {"through"}  # "his swing through Riyadh", not "a tour through Poland to Kyiv"
    destinations = prep_objects(trigger, preps)
    if is_verb and trigger.lemma_ in rules.JOINING_VERBS:
        # "will join his counterparts in Kyiv", "joined the talks in Geneva": there to meet them;
        # not "joined NATO in 2009"
        joined = joined_people(ctx, trigger) + [
            o for o in direct_objects(trigger) if o.lower_ in rules.MEETING_NOUNS
        ]
        if not joined:
            return None
        destinations += [d for o in joined for d in prep_objects(o, preps)]
    if is_verb and trigger.lemma_ in rules.GPE_ONLY_TRAVEL_VERBS:
        # "proceeded to London", not "proceeded to the Presidential Complex" or "spent hours in
        # metro stations": a city or country only
        destinations = [
            d
            for d in destinations
            if d.ent_type_ == "GPE" or geography.country_named(d.text) or geography.city(d.text)
        ]
    toured: list[Token] = []
    if not is_verb and trigger.lower_ in rules.TOUR_NOUNS:
        # "a tour of France and Italy"; not "a tour of Asia", a region with no leg of its own
        toured = [t for o in prep_objects(trigger, {"of"}) for t in listed_places(o) if t.ent_type_ == "GPE"]
        toured = [t for t in toured if geography.country_of_place(t.text)]
        destinations += toured
    if not is_verb:
        # "the arrival of King Felipe in Buenos Aires": the parser hangs the place on the visitor
        destinations += [
            d
            for o in prep_objects(trigger, {"of"})
            if visitors_of(ctx, [o])
            for named in (o, *o.conjuncts)
            for d in prep_objects(named, preps)
            if not posted_in(d)  # "the arrival of the Ambassador in Washington X in Moscow"
        ]
    if not is_verb and not destinations:
        # "his Moscow visit", "during their Beijing trip": a city or country compounded before it
        destinations += [
            c
            for c in trigger.children
            if c.dep_ == "compound"
            and c.i < trigger.i
            and (c.ent_type_ == "GPE" or geography.city(c.text) or geography.country_named(c.text))
        ]
    if not is_verb and trigger.dep_ == "dobj" and trigger.head.lemma_ in rules.VISIT_LIGHT_VERBS:
        destinations += prep_objects(trigger.head, preps)  # "made a stopover [in Tehran]"
    if (
        not is_verb
        and trigger.dep_ == "nsubj"
        and trigger.head.lemma_ == "be"
        and not any(c.lower_ in rules.QUANTIFYING_DETERMINERS for c in trigger.children)
        and trigger.tag_ != "NNS"
    ):
        # "his first foreign visit will be to Riyadh", not "to the advantage of Russia" nor "every
        # visit ... has been to Jerusalem" nor "his only trips abroad have been to A and B", trips
        # summed up
        destinations += [g for g in prep_objects(trigger.head, {"to"}) if g.ent_type_ in ("GPE", "LOC")]
    if not is_verb and trigger.dep_ == "nsubj" and trigger.head.lemma_ in rules.TRIP_STAGE_VERBS:
        destinations += prep_objects(trigger.head, {"in"})  # "her tour began in Samoa"
    if is_verb and trigger.lemma_ in rules.OBJECT_DESTINATION_VERBS:
        destinations = direct_objects(trigger) + destinations
    if is_verb and trigger.lemma_ in rules.PASSIVE_VISIT_VERBS:
        # "Kyiv was visited by X": the place is the passive subject
        destinations = [c for c in trigger.children if c.dep_ == "nsubjpass"] + destinations
    # "begins his visit to the Baltic region with a stop in Latvia": the stop names the place
    holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    stops = [
        d
        for h in holders
        for stop in prep_objects(h, {"with"})
        if stop.lemma_ in rules.STOP_NOUNS
        for d in prep_objects(stop, {"in", "at"})
    ]
    destinations += stops
    if is_verb and trigger.lemma_ in rules.ARRIVAL_VERBS and not destinations:
        # "arrived for the summit in Jakarta", "arrives for the opening session of the G20 meeting in
        # Johannesburg": the place of the gathering come for
        occasions = [g for g in prep_objects(trigger, {"for"}) if g.pos_ == "NOUN"]
        occasions += [o for g in occasions for o in prep_objects(g, {"of"}) if o.pos_ in ("NOUN", "PROPN")]
        # a gathering ("a discussion of human rights in China" places a topic, not the occasion)
        occasions = [g for g in occasions if g.lemma_ in rules.ARRIVAL_OCCASION_NOUNS]
        destinations += [
            d for g in occasions for d in prep_objects(g, {"in"}) if d.ent_type_ in ("GPE", "LOC")
        ]
    if trigger.dep_ == "dobj" and trigger.head.lemma_ in rules.TRIP_OPENING_VERBS:
        # "started his three-nation tour on Monday with Saudi Arabia": the country it opens with
        destinations += [g for g in prep_objects(trigger.head, {"with"}) if g.ent_type_ == "GPE"]
    if is_verb and trigger.lemma_ in rules.DEPARTURE_VERBS and not destinations:
        # "departed Joint Base Andrews early Friday for Alaska": 'for' hangs on the origin;
        # "will depart Abuja at 10 pm for Lagos": on the time
        destinations = [
            d
            for o in [*direct_objects(trigger), *prep_objects(trigger, {"at"})]
            for d in prep_objects(o, preps)
        ]
    if is_verb and destinations:
        # "will fly to Quito to meet A, followed by Lima for talks with B": the tour's next stop
        destinations += [p for t in trigger.subtree if t.i > trigger.i for p in next_stop_places(t)]
        # "travel to Ramallah, Cairo, and Amman": the parser hangs the last place on the verb
        last = max(d.i for d in destinations)
        destinations += [
            c for c in trigger.children if c.dep_ == "conj" and c.i > last and c.ent_type_ in ("GPE", "LOC")
        ]
        # "will visit the Solomon Islands this week, along with Fiji": another stop of the trip,
        # not a companion ("along with his wife")
        destinations += [
            g
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in rules.TOGETHER_WORDS
            for g in prep_objects(c, {"with"})
            if geography.country_of_place(g.text) is not None
        ]
    places = visit_places(ctx, destinations)
    if places and is_verb and trigger.lemma_ not in rules.RETURN_VERBS:
        places += [p for p in itinerary_places(ctx, trigger) if p not in places]
    if not places and is_verb and any(c.lower_ == "here" and c.dep_ == "advmod" for c in trigger.children):
        city = dateline_city(ctx.doc)  # "BEIJING (Xinhua) -- X arrived here on Monday"
        places = [city.name] if city is not None else []
    if not places and is_verb and trigger.lemma_ in rules.ARRIVAL_VERBS:
        # "the forum in France, where he arrived on Saturday": the place the clause hangs from
        where = where_clause_place(ctx, trigger)
        places = [where] if where else sibling_destination(ctx, trigger)
    at_dateline = False
    if (
        not places
        and is_verb
        and trigger.lemma_ in rules.ARRIVAL_VERBS
        and not prep_objects(trigger, {"from"})
    ):
        # "NEW DELHI: X arrived for the summit on Friday": a foreign guest arrives where the story is told
        city = dateline_city(ctx.doc)
        places, at_dateline = ([city.name], True) if city is not None else ([], False)
        summit = meeting_place_before(ctx, trigger)
        if summit is not None and (city is None or geography.fold(city.name) != geography.fold(summit)):
            # "ERBIL (Kurdistan24) - A and B ended their summit in Alaska ... Both leaders arrived
            # on their planes": the meeting told before is where they arrived, not the agency's city
            places, at_dateline = [summit], False
        arrivals = arrival_place_just_before(ctx, trigger)
        if arrivals is not None and summit is None and not plan_told_in_past(trigger):
            # "RIYADH: Arab leaders have started to arrive in Jeddah ... First to arrive was X": the
            # arrivals told in the sentence just before are where the next ones arrive
            places, at_dateline = [arrivals], False
    if (
        not places
        and is_verb
        and trigger.lemma_ in rules.ARRIVAL_VERBS
        and not prep_objects(trigger, {"from"})
    ):
        # "X arrived in Kingstown ... Y and Z have also arrived for the talks", "A and B have
        # arrived in New Delhi. Biden will arrive on Friday": where the arrival told before was;
        # someone at home there arrives at no visit
        also = any(c.lower_ in rules.ALSO_WORDS for c in trigger.children)
        arrived = place_told_before(ctx, trigger, status_of(trigger))
        places = [p for p in [arrived] if p] if also or not plan_told_in_past(trigger) else []
        at_dateline = bool(places) and not also
    stayed_at = None
    if not places and not is_verb and (unplaced_stay(trigger) or owned_unplaced_visit(trigger)):
        # "X met Y in Ankara on Thursday. X is on a two-day working visit.": where the story is;
        # "arrived from Ljubljana, where he was on a working visit": the place the clause hangs from
        stayed_at = where_clause_place(ctx, trigger) or place_of_clause(ctx, trigger)
        place = stayed_at or place_of_story_before(ctx, trigger)
        city = dateline_city(ctx.doc)
        places, at_dateline = ([place] if place else [city.name] if city else []), True
    if not places and is_verb and unplaced_travel(trigger):
        # "X will meet Y in Caracas. X is travelling with A and B": where the story just was
        place = place_of_story_before(ctx, trigger)
        places, at_dateline = ([place] if place else []), True
    if not places:
        return None
    earlier = [a for a in visitors_of(ctx, prep_objects(trigger, {"since"})) if a.kind == "person"]
    if earlier and is_verb:  # "the first premier to visit the country since X in 2016": X's visit
        return visits_to(ctx, trigger, earlier, places, "occurred", rules.VISIT_VERB_CONFIDENCE)
    preventer = prevented_by(trigger)
    if preventer is not None and is_verb:
        visitors = visitors_of(ctx, direct_objects(preventer))  # "held the delegation back from travelling"
    else:
        visitors = verb_visitors(ctx, trigger) if is_verb else noun_visitors(ctx, trigger)
    if toured:
        visitors = [a for a in visitors if a.kind == "person"]  # not a team's or an orchestra's tour
    if at_dateline or (is_verb and trigger.lemma_ in rules.RETURN_VERBS):
        visitors = [a for a in visitors if known_abroad(ctx, a, places[0])]
    if stops and set(places) <= set(visit_places(ctx, stops)):
        # "began his Central Asia tour with a stop in Urumqi": a stop at home is no visit
        visitors = [a for a in visitors if abroad(ctx, a, places[0])]
    told_as_group = any(t.lower_ in rules.GROUP_NOUNS for t in subject_of(trigger))
    if is_verb and (visitors or told_as_group) and all(a.kind == "group" for a in visitors):
        # "Regional leaders began arriving in Kingstown, including A and B", "Several leaders,
        # among them A and B, arrived": the people the group is told by
        visitors = included_people(ctx, trigger) or visitors
    if not visitors:
        return None
    if owned_unplaced_visit(trigger) and any(
        e.event_type == "visit" and any(p.actor in visitors for p in e.participants) for e in ctx.earlier
    ):
        return None  # "Rubio arrived in Israel ... Rubio's trip follows ...": the trip told already
    if is_verb:
        visitors += [a for a in travel_companions(ctx, trigger) if a not in visitors]
        visitors += [a for a in led_delegations(ctx, trigger, visitors) if a not in visitors]
    status = status_of(trigger)
    if status is None:
        return None
    if preventer is not None and status_of(preventer) is not None:
        status = "cancelled"
    # "is travelling to Berlin", "are heading to Ukraine": on the way, not yet there
    en_route = (
        is_verb
        and trigger.tag_ == "VBG"
        and trigger.lemma_ in rules.EN_ROUTE_VERBS
        and trigger.dep_ not in ("relcl", "acl")  # "Blinken, who is travelling in Asia, met ..."
        and any(c.dep_ == "aux" and c.tag_ in rules.PRESENT_TENSE_TAGS for c in trigger.children)
        and bool(prep_objects(trigger, {"to"}))
        and not direct_objects(trigger)  # "is heading the delegation"
    )
    if en_route and status == "occurred":
        status = "planned"  # dated ahead: "is travelling to Warsaw on Tuesday" is the coming Tuesday
    confidence = rules.VISIT_VERB_CONFIDENCE if is_verb else rules.VISIT_NOUN_CONFIDENCE
    events = visits_to(ctx, trigger, visitors, places, status, confidence)
    if stayed_at is not None and not any(t.ent_type_ == "DATE" for t in trigger.head.head.subtree):
        for event in events:  # "arrived from Ljubljana, where he was on a visit": no day told for it
            event.event_date = event.date_precision = None
    if told_before_clause(trigger) and ctx.published is not None:
        for event in events:  # "After their Moscow visit, they could meet X as soon as Wednesday"
            event.event_date, event.date_precision = ctx.published, "article"
    if toured and len(events) > 1:
        # "a tour of A, B and C": the legs' days are not told; one that opens the tour ("began a
        # tour of A and B on Monday") is the first leg's day
        for event in events[1:] if tour_opened(trigger) else events:
            event.event_date = event.date_precision = None
    left_for = (
        not is_verb and trigger.head.lower_ == "for" and trigger.head.head.lemma_ in rules.DEPARTURE_VERBS
    )
    if (is_verb and trigger.lemma_ in rules.DEPARTURE_VERBS) or left_for:
        # "departed on Monday for P", "left for a tour of A and B": still ahead, dated the departure day
        for event in events:
            event.status = "planned" if event.status == "occurred" else event.status
    return events


def included_people(ctx: Context, verb: Token) -> list[Actor]:
    """The people a sentence lists as members after 'including' or 'among them', outside any
    clause of their own."""
    sent = verb.sent
    opening = next(
        (t for t in sent if t.lower_ in rules.INCLUDING_WORDS and t.dep_ == "prep" and t.i > sent.start), None
    )
    if opening is None:
        return []
    found: list[Actor] = []
    for token in sent[opening.i - sent.start + 1 :]:
        if any(a.dep_ in ("relcl", "advcl", "ccomp") for a in token.ancestors if a.i > opening.i):
            continue  # "including A, who met B": B is no member
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in rules.REPORTING_VERBS:
            continue  # '"... including A," X said': the speaker
        actor = ctx.actors.actor_at(token)
        if actor is not None and actor.kind == "person" and actor not in found:
            found.append(actor)
    return found


def meeting_place_before(ctx: Context, trigger: Token) -> str | None:
    """The place of the latest meeting told before the trigger ('their summit in Alaska')."""
    for token in reversed(ctx.doc[: trigger.i]):
        meeting_verb = token.pos_ == "VERB" and token.lemma_ in rules.MEETING_VERBS
        if token.lower_ in rules.MEETING_NOUNS or meeting_verb:
            place = next((p for t in prep_objects(token, {"in", "at"}) if (p := place_name(ctx, t))), None)
            if place is not None:
                return place
    return None


def itinerary_places(ctx: Context, verb: Token) -> list[str]:
    """'will travel to Israel, have an audience with the Pope at the Vatican, and meet allies at a
    summit in Brussels': the places of the steps coordinated with a journey are legs of it."""
    steps = [verb.head] if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX") else []
    steps += [c for s in [verb, *steps] for c in s.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    # steps told after the journey, with no subject of their own ("and Blinken will meet ...")
    steps = [
        s
        for s in steps
        if s.i > verb.i
        and s.lemma_ not in TRAVEL_LEMMAS
        and not any(c.dep_ in SUBJECT_DEPS for c in s.children)
    ]
    sites = [o for s in steps for o in prep_objects(s, {"in", "at"}) if o.ent_type_ not in ("DATE", "TIME")]
    # "at a summit in Brussels and the G7 in Sicily": every place the sites are in
    sites += [g for o in sites for g in prep_objects(o, {"in"})]
    return visit_places(ctx, sites)


def sibling_destination(ctx: Context, verb: Token) -> list[str]:
    """'A arrived in Washington on Wednesday, while B landed late on Tuesday': an arrival with no
    place of its own, coordinated with one that has a place, arrived there too."""
    siblings = [verb.head] if verb.dep_ in ("conj", "advcl") else []
    siblings += [c for c in verb.children if c.dep_ in ("conj", "advcl")]
    for sibling in siblings:
        if sibling.lemma_ in rules.ARRIVAL_VERBS and sibling.pos_ == "VERB":
            places = visit_places(ctx, prep_objects(sibling, rules.VISIT_PREPS))
            if places:
                return places
    return []


def prevented_by(trigger: Token) -> Token | None:
    """'barred the negotiators from travelling to Doha', 'halted the delegation's travel to
    Cairo': the verb that stopped the trip."""
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "from":
        verb = trigger.head.head
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        verb = trigger.head
    else:
        return None
    return verb if verb.lemma_ in rules.PREVENTING_VERBS else None


def visits_to(
    ctx: Context,
    trigger: Token,
    visitors: list[Actor],
    places: list[str],
    status: str,
    confidence: float,
    cameo_code: str = rules.CAMEO_VISIT,
) -> list[Event]:
    """One visit per place ('visited Saudi Arabia, Qatar and the UAE'); a visit read from its
    hosting carries CAMEO's 'host a visit' code."""
    if trigger.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        status = "planned" if status == "occurred" else status  # headline "X to visit Cairo on Monday"
    events = []
    # "after engagements in Europe": a region is no place a visit is told at, whatever found it
    places = [p for p in places if not world_region(p)]
    for place in dict.fromkeys(city_of_site(p) or p for p in places):
        event = make_event(
            ctx,
            "visit",
            trigger,
            [Participant(a, "visitor") for a in visitors],
            cameo_code=cameo_code,
            location=place,
            confidence=confidence,
        )
        events.append(finish(ctx, event, trigger, status))
    told = restated_visit(ctx, trigger, visitors, places)
    for event in events if told is not None else []:
        event.status, event.event_date, event.date_precision = (
            told.status,
            told.event_date,
            told.date_precision,
        )
    return events


def restated_visit(ctx: Context, trigger: Token, visitors: list[Actor], places: list[str]) -> Event | None:
    """'X will visit Vilnius on Monday. This is the first visit to Lithuania by ...': the visit to
    the same place a demonstrative restates, whose status and day this one shares; not one with a
    day of its own ('This will be his third visit to China, planned for May')."""
    if trigger.dep_ != "attr" or trigger.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in rules.RESTATING_PRONOUNS for c in trigger.head.children):
        return None
    if day_of_its_own(trigger):
        return None
    told = next(
        (e for e in ctx.told_before(trigger) if e.event_type == "visit" and shares(e, visitors)), None
    )
    ahead = any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_MODALS for c in trigger.head.children)
    if told is not None and ahead and told.status != "planned":
        return None  # "visited Luanda in 2023. This will be his last visit to Angola": another trip
    same_place = told is not None and any(geography.overlaps(told.location, p) for p in places)
    return told if same_place else None


def day_of_its_own(trigger: Token) -> bool:
    """A DATE told for the visit or its clause ('planned for May'), not inside a clause about
    someone ('the prime minister, who took office in September')."""
    for ent in entities_within(trigger.sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        current = ent.root
        while current.dep_ != "relcl" and current not in (trigger, trigger.head) and current.head != current:
            current = current.head
        if current in (trigger, trigger.head):
            return True
    return False


def verb_visitors(ctx: Context, verb: Token) -> list[Actor]:
    """The subject of a travel verb; past a news outlet's 'X reported' that the parser took for
    the clause the trip hangs from ('... after arriving in Beirut, Al-Monitor reported')."""
    own_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)
    if own_clause and verb.tag_ != "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "before X returns": a clause of its own whose subject the parser lost ("while heading
        # to Italy, Trump said" has none of its own: the sentence's subject travels)
        return []
    if verb.lemma_ in rules.PASSIVE_VISIT_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        # "he was visited in the Historic Center by the president of Chile, X": X travelled
        return visitors_of(ctx, passive_agent_objects(verb))
    subjects = subject_of(verb)
    if subjects and is_reporter_clause(subjects[0].head, verb):
        subjects = subject_of(subjects[0].head.head)
    if not subjects:
        inverted = inverted_visitors(ctx, verb)
        if inverted:
            return inverted
    if not subjects and verb.i > verb.sent.start:
        # "On her first tour as Prime Minister, New Zealand's Jacinda Ardern arrives in Tonga": the
        # parser hangs the name in the opening phrase; a person right before the verb (and its
        # auxiliaries: "X has touched down") is its subject
        start = verb.i
        while start > verb.sent.start and verb.doc[start - 1].dep_ in rules.VERB_HELPER_DEPS:
            start -= 1
        named = verb.doc[start - 1] if start > verb.sent.start else None
        before = ctx.actors.actor_at(named) if named is not None else None
        subjects = [named] if before is not None and before.kind == "person" else []
    # "the President's plane landed in Tashkent", "the plane carrying the delegation landed": who
    # the aircraft carries
    carriers = [s for s in subjects if carrier_of(s) is not None]
    carried = [c for s in carriers for c in carried_by(ctx, s)]
    if carriers and not carried:
        return []  # "Air Force One, the plane carrying the head of state": an aircraft is no visitor
    found = visitors_of(ctx, carried or subjects)
    roll = roll_before(ctx, verb)
    return roll + [a for a in found if a not in roll] if len(roll) > len(found) else found


def inverted_visitors(ctx: Context, verb: Token) -> list[Actor]:
    """'Also arriving in Sharm today were A and B', 'Arriving in Doha that evening was X', 'First to
    arrive was X, followed by Y and Z': a sentence that opens on the arrival names its travellers
    after 'be', wherever the parser hangs them."""
    doc, sent = verb.doc, verb.sent
    openers = rules.INVERTED_ARRIVAL_OPENERS
    # "First to arrive was X": the infinitive the parser takes for the clause's subject
    infinitive = verb.tag_ == "VB" and verb.dep_ == "csubj"
    if (verb.tag_ != "VBG" and not infinitive) or any(
        t.lower_ not in openers and not (infinitive and t.lower_ == "to") for t in doc[sent.start : verb.i]
    ):
        return []
    be = next((t for t in doc[verb.i + 1 : sent.end] if t.lemma_ == "be"), None)
    # "Arriving in Beijing, Albanese was greeted by X": a subject before 'be' is the traveller told
    within = {t.i for t in verb.subtree}
    if be is None or any(t.pos_ == "VERB" or t.i not in within for t in doc[verb.i + 1 : be.i]):
        return []
    after = doc[be.i + 1 : sent.end]
    # "Arriving in Kyiv was a letter from Trump": a thing arrived, the person only its sender
    first = next((t for t in after if not t.is_punct and t.dep_ != "det"), None)
    if first is None or not told_as_person(ctx, first):
        return []
    aside = [t for t in after if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "prep")]
    inside = {t.i for c in aside for t in c.subtree}
    found = [
        a
        for t in after
        if t.i not in inside and (a := ctx.actors.actor_at(t)) is not None and a.kind == "person"
    ]
    # "..., followed by A, B and C": the ones who arrived next
    followers = [p for t in aside if t.lemma_ in rules.FOLLOWING_VERBS for p in agents_of(t)]
    found += [a for a in side(ctx, followers) if a.kind == "person"]
    return list(dict.fromkeys(found))


def agents_of(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def told_as_person(ctx: Context, token: Token) -> bool:
    """The first word of a noun phrase that names a person: the name, or a title or nationality
    that leads to it ('Qatari Prime Minister Mohammed ...')."""
    for word in token.doc[token.i : token.i + rules.TITLED_NAME_MAX_TOKENS]:
        actor = ctx.actors.actor_at(word)
        if actor is not None and actor.kind == "person":
            return True
        if word.lower_ == "of" and word.i > token.i and word.nbor(-1).is_title:
            continue  # "Secretary of State Marco Rubio"
        if word.pos_ not in ("PROPN", "ADJ", "NOUN") or word.ent_type_ not in rules.TITLE_PHRASE_LABELS:
            return False
    return False


def roll_before(ctx: Context, verb: Token) -> list[Actor]:
    """'Presidents A of X, B of Y and C of Z arrived', 'Prime Minister of X A, President of Y B,
    ... and C arrived': a sentence that opens on a roll of titled names has them all as its subject,
    however the parser splits the roll (it often takes a name for a verb or a country's object)."""
    doc = verb.doc
    end = verb.i
    while end > verb.sent.start and doc[end - 1].pos_ == "AUX" and doc[end - 1].head == verb:
        end -= 1  # "have arrived", "will travel"
    opening = doc[verb.sent.start : end]
    if (
        len(opening) < rules.ROLL_MIN_TOKENS
        or not all(roll_word(t) for t in opening)
        or opening[0].pos_ not in ("PROPN", "NOUN", "ADJ", "DET")  # "Following X, Y arrived", "Like X"
        or title_case(opening.sent)  # a headline's capitals tell no roll
    ):
        return []
    people = [
        a
        for t in opening
        if (a := ctx.actors.actor_at(t)) is not None and a.kind == "person" and not owner_name(t)
    ]
    people = list(dict.fromkeys(people))
    return people if len(people) >= 2 else []


def roll_word(token: Token) -> bool:
    return token.text[:1].isupper() or token.lower_ in rules.ROLL_LINK_WORDS or token.is_punct


def owner_name(token: Token) -> bool:
    """'Zelensky's Chief of Staff A', 'Putin and Xi's envoys': a name told as an owner."""
    return possessive_name(token) or any(owner_name(c) for c in token.conjuncts if c.i > token.i)


def carrier_of(subject: Token) -> Token | None:
    """The aircraft or motorcade word of a trip's subject: the subject itself, or the phrase set
    beside its name ('Air Force One, the plane carrying X')."""
    if subject.lemma_ in rules.CARRIER_NOUNS:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.lemma_ in rules.CARRIER_NOUNS), None)


def carried_by(ctx: Context, subject: Token) -> list[Token]:
    """The owner or the passengers of an aircraft or motorcade told as a trip's subject."""
    carrier = carrier_of(subject)
    if carrier is None:
        return []
    owners = [c for c in carrier.children if c.dep_ == "poss"]
    carried = [
        g for c in carrier.children if c.dep_ == "acl" and c.lemma_ == "carry" for g in direct_objects(c)
    ]
    # "the UAE's aid plane", "the plane carrying the freed hostages": no traveller of a visit
    return [
        t
        for t in owners + carried
        if t.lower_ in rules.DELEGATION_NOUNS
        or ((a := ctx.actors.actor_at(t)) is not None and a.kind == "person")
    ]


def is_reporter_clause(head: Token, trigger: Token) -> bool:
    return (
        head != trigger
        and head.lemma_ in rules.REPORTING_VERBS
        and head.dep_ in ("advcl", "parataxis", "conj")
        and not any(c.dep_ == "ccomp" and trigger in c.subtree for c in head.children)
    )


def told_before_clause(noun: Token) -> bool:
    """'After their Moscow visit, they flew to Kyiv on Wednesday': a visit noun placing the clause
    after it, with no day of its own; the clause's day is not the visit's."""
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in rules.AFTER_PREPS
        and not any(t.ent_type_ in rules.TIME_ENTITY_LABELS for t in noun.subtree)
    )


def tour_opened(tour: Token) -> bool:
    """'began a tour of A and B', 'embarked on a tour of A and B': the clause opens the tour."""
    opener = tour.head.head if tour.dep_ == "pobj" and tour.head.lower_ == "on" else tour.head
    return tour.dep_ in ("dobj", "pobj") and opener.lemma_ in rules.TRIP_OPENING_VERBS


def noun_visitors(ctx: Context, trigger: Token) -> list[Actor]:
    """'his trip', 'a visit by X', and 'X signed a deal during a visit to P': the owner, else
    the subject of the clause the noun serves, climbing past participles ('standing next to Y
    during a visit')."""
    host_guests = hosted_arrival_guests(ctx, trigger)
    if host_guests:
        return host_guests  # "X received Y upon his arrival": Y arrives, whoever "his" was taken for
    travel = purpose_of(trigger)
    if travel is not None:  # "arrived in Beirut for her second visit to Lebanon": one trip
        return verb_visitors(ctx, travel) if travel.pos_ in ("VERB", "AUX") else noun_visitors(ctx, travel)
    owners = owners_of(trigger)
    # "the visit of Prime Minister X to P" names its visitor; "a visit of two days" does not
    owners += [o for o in prep_objects(trigger, {"of"}) if visitors_of(ctx, [o])]
    if not owners and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
        # "The visit to Washington is Nawrocki's first trip abroad": the trip named after is his
        owners = [
            o
            for a in trigger.head.children
            if a.dep_ == "attr" and a.lemma_ in rules.VISIT_NOUNS
            for o in owners_of(a)
        ]
    verb = clause_verb(trigger)
    if not owners and trigger.dep_ in ("dobj", "obj") and trigger.head == verb:
        owners = stray_agents(ctx, verb)
    found = visitors_of(ctx, owners) if owners else named_before_noun(ctx, trigger)
    if found:
        return found
    if any(o.dep_ != "poss" or o.pos_ != "PRON" for o in owners):
        return []  # "a visit by the committee": an owner, but no actor
    if any(o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC") for o in prep_objects(trigger, {"of"})):
        # "confirmed the arrival of Petro": a name the model missed, not the subject's trip; "began
        # a tour of Japan and France" names the places toured
        return []
    definite = any(c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS for c in trigger.children)
    # "During his stay in Jakarta, X met Y": an unresolved 'his' is the clause's subject
    current = verb
    for _ in range(rules.SUBJECT_MAX_STEPS):
        if current == trigger:
            break
        subjects = subject_of(current)
        # "Informing about his arrival, the spokesman tweeted": a spokesman tells of others' trips
        found = [a for a in visitors_of(ctx, subjects) if not speaks_for_others(a)]
        if current.dep_ == "relcl" and not found:
            # "talks with the Egyptian leader, who returns home from a tour of A and B": the
            # leader's trip, never that of the main clause's subject
            return []
        # "His visit to Oslo follows state visits to Sweden and Finland": the same traveller; "his
        # itinerary includes visits to A and B": his
        found = found or visitors_of(
            ctx,
            [
                o
                for s in subjects
                if s.lemma_ in rules.VISIT_NOUNS or s.lemma_ in rules.SCHEDULE_NOUNS
                for o in owners_of(s)
            ],
        )
        if found:
            return found
        if current.head == current:
            break
        current = clause_verb(current.head)
    return visitors_told_before(ctx, trigger) if definite and not owners else []


def named_before_noun(ctx: Context, noun: Token) -> list[Actor]:
    """'a planned Erdogan visit to Tehran': the person named before the noun (a compound, which
    the side readers take for part of the noun's phrase)."""
    return [
        a
        for c in noun.children
        if c.dep_ == "compound" and c.ent_type_ == "PERSON"
        if (a := person_at(ctx.actors, c) or ctx.actors.person_named(c.text)) is not None
    ]


def told_by_spokesperson(ctx: Context, pronoun: Token) -> bool:
    """'Informing about his arrival, the spokesman tweeted', 'the spokesman said ... He will also
    visit Ujjain': a possessive, or a pronoun after the sentence naming him, taken for a spokesman
    stands for the traveller he tells of; 'the press secretary said she would travel with X' is
    her own trip."""
    actor = ctx.actors.actor_at(pronoun)
    if pronoun.pos_ != "PRON" or not speaks_for_others(actor):
        return False
    named_here = any(ctx.actors.actor_at(t) is actor for t in pronoun.sent if t.pos_ != "PRON")
    return pronoun.tag_ == "PRP$" or not named_here


def visitors_told_before(ctx: Context, trigger: Token) -> list[Actor]:
    """'The tour spans A, B and C': the travellers of the visit told just before."""
    visit = ctx.visit_told_before(trigger)
    return [p.actor for p in visit.participants if p.role == "visitor"] if visit else []


def owners_of(visit: Token) -> list[Token]:
    """'his visit', 'a visit by X': the words naming whose visit it is."""
    return possessors(visit) + prep_objects(visit, {"by"})


def purpose_of(trigger: Token) -> Token | None:
    """The travel word a 'for a visit to P' phrase hangs from: 'arrived in Beirut for her visit
    to Lebanon', 'upon his arrival at the airport for an official visit to Egypt'."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in rules.PURPOSE_PREPS:
        return None
    travel = prep.head
    if travel.pos_ in ("VERB", "AUX") and travel.lemma_ in rules.VISIT_VERBS:
        return travel
    if travel.pos_ == "NOUN" and travel.lower_ in rules.ARRIVAL_NOUNS:
        return travel
    return None


def hosted_arrival_guests(ctx: Context, trigger: Token) -> list[Actor]:
    """'X received Y upon his arrival at P', 'X welcomed Y on arrival in P', 'X headed the reception
    for Y upon their arrival': the guest arrives; 'X received Y on his visit to P': the guest's trip."""
    if trigger.head.dep_ != "prep":
        return []
    host_verb = trigger.head.head
    if host_verb.pos_ != "VERB":
        return []
    if trigger.lower_ in rules.VISIT_NOUNS and trigger.head.lower_ in rules.GUEST_TRIP_PREPS:
        # "X received Y on his visit to Jordan", "welcomed Y during her stay": the guest's trip
        return (
            visitors_of(ctx, direct_objects(host_verb))
            if host_verb.lemma_ in rules.HOSTING_VISIT_VERBS
            else []
        )
    if trigger.lower_ not in rules.ARRIVAL_NOUNS:
        return []
    if host_verb.lemma_ in rules.HOSTING_VISIT_VERBS:
        return visitors_of(ctx, direct_objects(host_verb))
    if host_verb.lemma_ not in rules.GIVING_VERBS:
        return []
    # "headed the reception for the Emir upon their arrival": the guests of the reception arrive
    receptions = [o for o in direct_objects(host_verb) if o.lower_ in rules.GUEST_NOUNS]
    if not receptions:
        return []
    return visitors_of(ctx, [g for t in [*receptions, host_verb] for g in prep_objects(t, rules.GUEST_PREPS)])


def visitors_of(ctx: Context, tokens: list[Token]) -> list[Actor]:
    """The actors of the visitor's words, not places, and never an outlet in a byline; a
    surname the model took for a place ('Burhan visited Libya') is the person who bears it; a
    pronoun taken for a spokesman ('the spokesman tweeted ... he will also visit Ujjain') is
    not him: spokesmen tell of trips."""
    tokens = [t for t in tokens if not told_by_spokesperson(ctx, t)]
    split = [a for t in tokens for a in split_delegations(ctx, t)]
    found = split + side(ctx, [unbylined(ctx, t) for t in tokens if not split])
    found = [a for a in found if not stationary(a)]
    return [b for a in found if (b := a if a.kind != "place" else person_named(ctx, a)) is not None]


def stationary(actor: Actor) -> bool:
    """'the Ministry of Foreign Affairs, who arrived in Samarkand': a ministry travels in its
    people, who are the visitors when named."""
    words = actor.canonical_name.lower().split()
    return (
        actor.kind == "org"
        and bool(words)
        and (words[0] in rules.STATIONARY_ORG_WORDS or words[-1] in rules.STATIONARY_ORG_WORDS)
    )


def split_delegations(ctx: Context, head: Token) -> list[Actor]:
    """'a delegation of Hamas and Israel', 'delegations from Israel and Hamas': one delegation
    per side ('Hamas delegation', 'Israeli delegation')."""
    if head.lower_ not in rules.DELEGATION_NOUNS:
        return []
    sides = [c for o in prep_objects(head, {"of", "from"}) for c in with_conjuncts(o)]
    if len(sides) < 2 or any(s.ent_type_ not in ("GPE", "ORG", "NORP") for s in sides):
        return []
    labels = []
    for side_word in sides:
        country = geography.country_named(side_word.text)
        labels.append(delegation_label(country) if country else f"{side_word.text} delegation")
    return [ctx.remember(Actor(label, "org"), head) for label in labels]


def person_named(ctx: Context, place: Actor) -> Actor | None:
    """The one person of the article whose surname a mislabelled place actor is."""
    if geography.country_of_place(place.canonical_name) is not None:
        return None
    surname = bare_surname(place.canonical_name)
    people = [
        a for a in ctx.actors.actors if a.kind == "person" and bare_surname(a.canonical_name) == surname
    ]
    return people[0] if len(people) == 1 else None


def bare_surname(name: str) -> str:
    """'Abdel Fattah Al-Burhan' -> 'burhan': the last name without an article ('Burhan visited')."""
    last = name.casefold().split()[-1]
    prefix = next((p for p in rules.VISIT_SURNAME_ARTICLES if last.startswith(p) and len(last) > len(p)), "")
    return last.removeprefix(prefix)


def unbylined(ctx: Context, head: Token) -> Token:
    """'(MENAFN- Live Mint) Israeli negotiators': the outlet in brackets is no part of the group,
    which stands as 'Israeli negotiators'."""
    bracketed = [c for c in head.children if c.ent_type_ == "ORG" and any(t.text == ")" for t in c.subtree)]
    if not bracketed or head.lower_ not in rules.GROUP_NOUNS:
        return head
    words = [
        t
        for c in head.children
        if c.i > bracketed[-1].right_edge.i and c.dep_ in ("amod", "compound", "nmod")
        for t in c.subtree
    ]
    label = " ".join(t.text for t in sorted([*words, head], key=lambda t: t.i))
    ctx.actors.token_actor.pop(head.i, None)
    ctx.remember(Actor(label, "group"), head)
    return head


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


def stopped_at(ctx: Context, stop: Token) -> list[Event] | None:
    """'stopped in Tokyo on his way to Washington', 'stopped by Japan', 'made a brief stop in the
    UAE': a stop at a place on a journey is a visit there; not 'stopped the talks', 'was stopped
    by police', nor 'a stop to the fighting'."""
    if stop.pos_ == "VERB" and made_stop(stop):
        # "will make a transit stop in San Francisco": the parser reads 'transit' as the subject
        # of a verb 'stop'; it is a noun made by the verb before it
        verb, sites = stop.head, prep_objects(stop, {"in", "at"})
    elif stop.pos_ == "VERB":
        if any(c.dep_ in ("dobj", "xcomp", "ccomp", "auxpass", "nsubjpass") for c in stop.children):
            return None
        verb, sites = stop, prep_objects(stop, rules.STOP_PREPS)
        sites += [o for c in stop.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    elif stop.pos_ == "NOUN" and stop.dep_ == "dobj" and stop.head.lemma_ in rules.STOP_MAKING_VERBS:
        verb, sites = stop.head, prep_objects(stop, {"in", "at"}) + prep_objects(stop.head, {"in", "at"})
    elif stop_in_clause(stop):
        # "met X during a brief stop at Istanbul Airport": the clause's subject stopped there
        verb, sites = clause_verb(stop.head), prep_objects(stop, {"in", "at"})
    else:
        return None
    places = [p for p in visit_places(ctx, sites) if geography.country_of_place(p) is not None]
    visitors = [a for a in verb_visitors(ctx, verb) if a.kind == "person"]
    if stop.pos_ == "NOUN" and stop.dep_ == "pobj" and places:
        visitors = [a for a in visitors if abroad(ctx, a, places[0])]  # not a stop at home
    status = status_of(verb)
    if not places or not visitors or status is None:
        return None
    return visits_to(ctx, verb, visitors, places, status, rules.VISIT_NOUN_CONFIDENCE)


def stop_in_clause(stop: Token) -> bool:
    """'during a brief stop at Istanbul Airport', of no one named ('during Modi's stop' is his), at
    a place by name ('a stop in the fighting' is none), in a clause that is no call."""
    return (
        stop.pos_ == "NOUN"
        and stop.dep_ == "pobj"
        and stop.head.lower_ in rules.STOP_TIME_PREPS
        and not any(c.dep_ == "poss" for c in stop.children)
        and any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in prep_objects(stop, {"in", "at"}))
        and not any(t.lower_ in rules.REMOTE_WORDS for t in stop.sent)
    )


def made_stop(stop: Token) -> bool:
    """'make a transit stop in X' parsed as 'make [a transit] stop': a noun with an article as the
    subject of 'stop', the clause a complement of a verb that makes stops."""
    return (
        stop.dep_ == "ccomp"
        and stop.head.lemma_ in rules.STOP_MAKING_VERBS
        and any(
            c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
            for c in stop.children
        )
    )


def expected_arrival(ctx: Context, trigger: Token) -> list[Event] | None:
    """'He is due in Brussels on Thursday', 'she is expected in Cairo': a planned visit."""
    if trigger.lower_ not in rules.ARRIVAL_PREDICATES or any(c.dep_ == "xcomp" for c in trigger.children):
        return None
    places = visit_places(ctx, prep_objects(trigger, {"in", "at"}))
    visitors = visitors_of(ctx, subject_of(trigger))
    status = status_of(trigger)
    if not places or not visitors or status is None:
        return None
    if called_off_after(trigger) or called_off_after(trigger.head):
        status = "cancelled"  # "was due in Paris but cancelled the trip"
    status = "planned" if status == "occurred" else status
    return visits_to(ctx, trigger, visitors, places, status, rules.ARRIVAL_CONFIDENCE)


def presence(ctx: Context, verb: Token) -> list[Event] | None:
    """'Meloni is in Tunis', 'he was in Moscow on April 25', 'had been in Paris meeting X', 'was
    also there', 'has been to Singapore twice': a visitor who is or was in a place foreign to them."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and verb.dep_ == "conj":
        subjects = subject_of(verb)  # "X did not travel for the occasion, but is in Rome for a summit"
    if not subjects:
        return None
    if verb.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT"):
        if another_time(ctx, verb):
            return None  # "A and B, who were both in Moscow as students in the 1970s"
        subjects = subject_of(verb)  # "A and B, who were both in P": each of them
    where = prep_objects(verb, {"in"})
    if verb.lower_ == "been" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        where += prep_objects(verb, {"to"})  # "has been to Singapore twice": a trip made
    # "are back in Israel", "was already in Doha": the place hangs on the adverb
    on_adverb = [p for c in verb.children if c.dep_ == "advmod" for p in prep_objects(c, {"in"})]
    where += on_adverb
    # "A, B and C are among the leaders in Kigali for the summit": the place of the people counted
    where += [
        p
        for g in prep_objects(verb, {"among"})
        if g.lower_ in rules.GROUP_NOUNS and g.tag_ == "NNS"
        for p in prep_objects(g, {"in"})
    ]
    # "was on February 22 in Ethiopia": the parser hangs the place on the day
    where += [
        g for d in prep_objects(verb, {"on", "in"}) if d.ent_type_ == "DATE" for g in prep_objects(d, {"in"})
    ]
    if not where and where_clause(verb) and on_a_trip(verb):
        # "Speaking from the Caribbean, where he is on holiday, X said": the place the clause is on
        where = [verb.head]
        subjects = opening_speaker(verb, subjects)
    places = visit_places(ctx, where)
    # "are on their way to Kyiv": bound there, not yet arrived (in the past, no arrival told)
    bound_for = [
        g
        for w in prep_objects(verb, {"on"})
        if w.lower_ in rules.EN_ROUTE_NOUNS
        for g in prep_objects(w, {"to"})
    ]
    en_route = not places and bool(bound_for)
    places = places or visit_places(ctx, bound_for)
    if not places and any(c.dep_ == "advmod" and c.lower_ == "there" for c in verb.children):
        places = [p for p in [place_told_before(ctx, verb)] if p]
    if not places:
        return None
    visitors = visitors_of(ctx, subjects)
    # "is in the Ukrainian capital alongside A, B and C": they are there too
    alongside = people_in_phrases(ctx, [verb, *where], rules.SIDE_BY_SIDE_PREPS)
    visitors += [a for a in alongside if a not in visitors]
    visitors = [a for a in visitors if abroad(ctx, a, places[0])]
    if on_adverb and not prep_objects(verb, {"in"}):
        # "Hamas negotiators were back in Gaza": a group of no known country is back home
        visitors = [a for a in visitors if a.kind == "person" or actor_country(ctx, a) is not None]
    status = status_of(verb)
    if en_route and status == "occurred":
        if verb.tag_ not in rules.PRESENT_TENSE_TAGS:
            return None  # "was on his way to Kyiv when the trip was called off": no arrival told
        status = "planned"
    if not visitors or status is None:
        return None
    return visits_to(ctx, verb, visitors, places, status, rules.PRESENCE_CONFIDENCE)


def headline_presence(ctx: Context, sent: Span) -> list[Event]:
    """'Vučić and Kurti in Brussels on Monday', 'Modi in Moscow for talks with Putin': a headline
    with no verb that puts named people in a place foreign to them tells of their visit there."""
    root = sent.root
    if (
        len(sent) > rules.HEADLINE_PRESENCE_MAX_TOKENS
        or sent[-1].is_punct
        or not root.is_title
        or any(t.pos_ in ("VERB", "AUX") for t in sent if t != root)  # "Modi" may be tagged a verb
    ):
        return []
    places = visit_places(ctx, prep_objects(root, {"in"}))
    if not places:
        return []
    visitors = [
        a
        for a in visitors_of(ctx, [root, *root.conjuncts])
        if a.kind == "person" and abroad(ctx, a, places[0])
    ]
    if not visitors:
        return []
    return visits_to(ctx, root, visitors, places, "occurred", rules.PRESENCE_CONFIDENCE)


def on_the_way(ctx: Context, way: Token) -> list[Event] | None:
    """'On his way to Doha, X told reporters': told while travelling there, X went there. The
    'is on his way to Kyiv' of a verb 'be' is `presence`'s."""
    if way.dep_ != "pobj" or way.head.lower_ != "on" or way.head.head.lemma_ == "be":
        return None
    verb = way.head.head
    owners = [c for c in way.children if c.dep_ == "poss"]
    if verb.pos_ != "VERB" or not owners or verb.lemma_ in rules.TURNING_BACK_VERBS:
        return None  # "On his way to Washington, X turned back": never got there
    stops = prep_objects(verb, {"in", "at"}) + [
        g for o in direct_objects(verb) for g in prep_objects(o, {"in", "at"})
    ]
    if visit_places(ctx, stops):
        return None  # "On his way to Russia, X made a stopover in Tehran": not there yet
    places = visit_places(ctx, prep_objects(way, {"to"}))
    # "his": the subject of the verb the phrase hangs on
    owners = subject_of(verb) if all(o.pos_ == "PRON" for o in owners) else owners
    status = status_of(verb)
    visitors = [a for a in visitors_of(ctx, owners) if a.kind == "person"]
    visitors = [a for a in visitors if places and abroad(ctx, a, places[0])]
    if not visitors or status is None:
        return None
    return visits_to(ctx, way, visitors, places, status, rules.PRESENCE_CONFIDENCE)


def leg_named(ctx: Context, verb: Token) -> list[Event] | None:
    """'Cambodia is the third leg of Xi's tour after state visits to Vietnam and Malaysia', 'Kenya
    will be the first stop on the king's trip': the place is a visit by the trip's owner, and so
    are the visits the clause tells before it."""
    legs = [a for a in verb.children if a.dep_ == "attr" and a.lemma_ in rules.STOP_NOUNS]
    place_deps = SUBJECT_DEPS
    if not legs:
        # "His last stop will be the UAE": the stop the subject, the place after the verb
        legs = [a for a in verb.children if a.dep_ == "nsubj" and a.lemma_ in rules.STOP_NOUNS]
        place_deps = {"attr"}
    tours = [t for a in legs for t in prep_objects(a, {"of", "on", "in"}) if t.lemma_ in rules.VISIT_NOUNS]
    # "His last stop will be the UAE": a stop of its owner's trip told before
    tours = tours or [a for a in legs if a.lemma_ != "visit" and any(c.dep_ == "poss" for c in a.children)]
    subjects = [c for c in verb.children if c.dep_ in place_deps]
    if not tours or not subjects:
        return None
    # "Baghdad is Araghchi's third stop in a regional tour": the owner may be the stop's
    visitors = [a for a in noun_visitors(ctx, tours[0]) or noun_visitors(ctx, legs[0]) if a.kind == "person"]
    places = visit_places(ctx, [s for s in subjects if s.ent_type_ in ("GPE", "LOC")])
    visitors = [a for a in visitors if places and abroad(ctx, a, places[0])]  # "a campaign tour at home"
    status = status_of(verb)
    if not visitors or not places or status is None:
        return None
    if status == "occurred" and any(m.lower_ in rules.PLANNED_MODIFIERS for a in legs for m in a.children):
        status = "planned"  # "Japan is the next leg of Modi's trip"
    found = visits_to(ctx, verb, visitors, places, status, rules.VISIT_NOUN_CONFIDENCE)
    after = [
        c for t in [verb, *legs] for c in t.children if c.dep_ == "prep" and c.lower_ in rules.AFTER_PREPS
    ]
    # "after state visits to A and B", "after concluding state visits in A and B"
    told_before = [
        g for p in after for c in p.children if c.dep_ in ("pobj", "pcomp") for g in (c, *direct_objects(c))
    ]
    for noun in told_before:
        # "after visiting A and B": the places the gerund visits
        visited = prep_objects(noun, rules.VISIT_PREPS) + (
            direct_objects(noun) if noun.pos_ == "VERB" else []
        )
        if noun.lemma_ in rules.VISIT_NOUNS:  # the legs before, on their days
            found += legs_before(ctx, verb, visitors, visit_places(ctx, visited), places, own_date(ctx, noun))
    return found


def legs_before(
    ctx: Context, verb: Token, visitors: list[Actor], earlier: list[str], places: list[str], day: tuple
) -> list[Event]:
    """The stops a trip made before the one told ('after A and B'), made, on the day given."""
    legs = visits_to(
        ctx, verb, visitors, [p for p in earlier if p not in places], "occurred", rules.VISIT_NOUN_CONFIDENCE
    )
    for leg in legs:
        leg.event_date, leg.date_precision = day
    return legs


def stops_told_before(ctx: Context, token: Token, found: list[Event]) -> list[Event]:
    """'arrived in Abu Dhabi after stops in Qatar and Kuwait', 'His visit to the UAE followed stops
    in Qatar, Kuwait and Oman': the trip's earlier stops, made, on days not told."""
    if not found:
        return []
    stops = [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in rules.AFTER_PREPS
        for o in p.children
        if o.dep_ == "pobj" and own_stop(o)
    ]
    holders = list(stops)
    if token.dep_ == "nsubj" and token.head.lemma_ in rules.FOLLOWING_VERBS:
        followed = [o for o in direct_objects(token.head) if own_stop(o)]
        holders += followed + [token.head] * bool(followed)  # the parser may hang the places on 'followed'
    places = visit_places(ctx, [g for holder in holders for g in prep_objects(holder, {"in", "at"})])
    if not places:
        return []
    visitors = [p.actor for p in found[0].participants]
    return legs_before(ctx, token, visitors, places, [v.location for v in found], (None, None))


def own_stop(noun: Token) -> bool:
    """'stops in A and B' of the trip told, not 'stopovers' (a visit word of its own) nor 'stops
    in Mexico by his foreign minister' (another's)."""
    return (
        noun.lemma_ in rules.STOP_NOUNS
        and noun.lemma_ not in TRAVEL_LEMMAS
        and noun.lower_ not in TRAVEL_LEMMAS
        and not prep_objects(noun, {"by"})
        and not (noun.dep_ == "dobj" and prep_objects(noun.head, {"by"}))
    )


def place_visited_by(ctx: Context, verb: Token) -> list[Event] | None:
    """'Singapore is the third country visited by X after A and B', 'The first capital visited by
    X was Kyiv': the place the copula equates with the kind of place X visited, and the places told
    visited before it."""
    kind = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or kind.lemma_ not in rules.VISITED_PLACE_KINDS:
        return None
    if not any(m.ent_type_ == "ORDINAL" or m.lower_ in rules.LAST_WORDS for m in kind.children):
        return None  # "the country most visited by", "the only capital not visited by": no one trip
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    copula = kind.head
    if copula.lemma_ != "be" or kind.dep_ not in ("attr", "nsubj"):
        return None
    other = [c for c in copula.children if c.dep_ == ("nsubj" if kind.dep_ == "attr" else "attr")]
    # "was Kyiv": the model may take the name equated with a capital for a person's
    places = visit_places(ctx, other) or [p for c in other if (p := gazetteer_place(c)) is not None]
    visitors = [a for a in visitors_of(ctx, agent_objects(verb)) if a.kind == "person"]
    visitors = [a for a in visitors if places and abroad(ctx, a, places[0])]
    status = status_of(copula)
    if not places or not visitors or status is None:
        return None
    found = visits_to(ctx, verb, visitors, places, status, rules.VISIT_NOUN_CONFIDENCE)
    # "after China and the United Arab Emirates": the stops before this one, on days not told
    after = [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in rules.AFTER_PREPS for g in p.children
    ]
    return found + legs_before(ctx, verb, visitors, visit_places(ctx, after), places, (None, None))


def delegation_in(ctx: Context, noun: Token) -> list[Event] | None:
    """'an Israeli delegation in Cairo reaffirmed ...': a country's delegation told, as the subject
    of its clause, as being in a city abroad is there (not 'met a delegation in Doha', told by the
    place of the meeting)."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in rules.LEADING_VERBS:
        return delegation_led_to(ctx, noun)
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    cities = [g for g in prep_objects(noun, {"in"}) if g.ent_type_ == "GPE"]
    places = visit_places(ctx, cities)
    if not places:
        return None
    # a country's delegation (a movement's negotiators or a mission may live there: 'the Hamas
    # delegation in Doha', 'the Russian delegation in Vienna'), told as there now or before
    visitors = [
        a
        for a in visitors_of(ctx, [noun])
        if a.kind in ("org", "group") and actor_country(ctx, a) is not None and abroad(ctx, a, places[0])
    ]
    status = status_of(clause_verb(noun))
    if not visitors or status != "occurred" or clause_verb(noun).lemma_ in rules.RETURN_VERBS:
        return None
    return visits_to(ctx, noun, visitors, places, status, rules.PRESENCE_CONFIDENCE)


def delegation_led_to(ctx: Context, noun: Token) -> list[Event] | None:
    """'X will lead a Cambodian delegation to Kuala Lumpur', '... to the talks in Kuala Lumpur':
    the leader and the delegation travel there."""
    verb = noun.head
    destinations = prep_objects(noun, {"to"}) + prep_objects(verb, {"to"})
    # "to the talks in Kuala Lumpur": the place of the occasion led to
    destinations += [
        g for d in destinations if d.lower_ in rules.MEETING_NOUNS for g in prep_objects(d, {"in", "at"})
    ]
    places = visit_places(ctx, destinations)
    leaders = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
    status = status_of(verb)
    if not places or not leaders or status is None:
        return None
    visitors = leaders + [a for a in visitors_of(ctx, [noun]) if a.kind in ("org", "group")]
    visitors = [a for a in visitors if abroad(ctx, a, places[0])]
    return visits_to(ctx, verb, visitors, places, status, rules.VISIT_NOUN_CONFIDENCE) if visitors else None


def spoken_abroad(ctx: Context, verb: Token) -> list[Event] | None:
    """'Zelensky said in Paris', 'told reporters in Cairo', 'Speaking at a news conference in
    Helsinki, X said': someone who speaks in a place foreign to them is there."""
    said = verb.lemma_ in rules.SAYING_VERBS
    # "at a news conference in P", "told reporters in Cairo"; not "stressed Russia's interests in
    # Ukraine", whose object's place is the topic's
    heard_at = [
        *prep_objects(verb, {"at"}),
        *(
            o
            for o in direct_objects(verb)
            if said or any(c.lower_ in rules.MEDIA_EVENT_WORDS for c in o.children)
        ),
    ]
    # "In a press conference in P, X said"
    heard_at += [
        o
        for o in prep_objects(verb, {"in", "during"})
        if any(c.lower_ in rules.MEDIA_EVENT_WORDS for c in o.children)
    ]
    # "stressed Russia's interests in Ukraine": after a verb of its object, the place may be the
    # object's; "said in Paris", "stressed in Beijing that ..." (before any object) is the speaker's
    objects = direct_objects(verb)
    where = [g for g in prep_objects(verb, {"in"}) if said or not any(o.i < g.i for o in objects)] + [
        g for o in heard_at for g in prep_objects(o, {"in"})
    ]
    # a place by name only: "in the presence of X", "in a post on Truth Social" place no one
    # "Speaking in Washington, where she was ambassador": a place of the speaker's own
    where = [t for t in where if t.ent_type_ in ("GPE", "LOC", "FAC") and not where_clause_on(t)]
    places = visit_places(ctx, where)
    if not places:
        return None
    # of a known country: "Speaking in Geneva, the UN rights chief" may be at home there; an
    # ambassador speaks where posted, and "speaking via video link" is not there
    visitors = [
        a
        for a in verb_visitors(ctx, verb)
        if a.kind == "person" and known_abroad(ctx, a, places[0]) and not posted_speaker(a)
    ]
    remote = any(t.lower_ in rules.REMOTE_SPEECH_WORDS for t in verb.sent)
    if not visitors or remote or status_of(verb) != "occurred":
        return None
    return visits_to(ctx, verb, visitors, places[:1], "occurred", rules.PRESENCE_CONFIDENCE)


def where_clause_on(place: Token) -> bool:
    return any(c.dep_ == "relcl" for c in place.children)


def stateless_envoy(ctx: Context, actor: Actor) -> bool:
    """'UN envoy Hans Grundberg', 'EU foreign policy chief Kaja Kallas': an international body's
    official, of no country, is away wherever the text has them travel from."""
    role = f" {geography.fold(actor.role or '')} "
    return actor_country(ctx, actor) is None and any(word in role for word in rules.INTERNATIONAL_ROLE_WORDS)


def another_time(ctx: Context, verb: Token) -> bool:
    """A clause about someone's past, not the story's days: 'who were in Moscow as students', 'who
    was in Paris in 1998'."""
    if any(g.pos_ == "NOUN" for g in prep_objects(verb, {"as"})):
        return True
    years = [
        int(match.group(1))
        for t in verb.subtree
        if t.ent_type_ == "DATE"
        for match in [re.search(r"\b(1[89]\d\d|20\d\d)s?\b", t.text)]
        if match
    ]
    return ctx.published is not None and any(year != ctx.published.year for year in years)


def on_a_trip(verb: Token) -> bool:
    """'where he is on a two-day visit', 'where she is on holiday': away from home now; not 'where
    he is head of the mission' or 'where she was ambassador'."""
    return verb.tag_ in rules.PRESENT_TENSE_TAGS and any(
        o.lemma_ in rules.AWAY_NOUNS or o.lower_ in rules.AWAY_NOUNS for o in prep_objects(verb, {"on"})
    )


def opening_speaker(verb: Token, subjects: list[Token]) -> list[Token]:
    """'Speaking from P, where he is ..., X said': a pronoun in a clause of the opening phrase is
    the subject of the sentence it opens."""
    if not all(s.pos_ == "PRON" for s in subjects):
        return subjects
    opening = next((a for a in verb.ancestors if a.dep_ == "advcl" and a.i < a.head.i), None)
    return (subject_of(opening.head) or subjects) if opening is not None else subjects


def left_abroad(ctx: Context, verb: Token) -> list[Event] | None:
    """'The emir has left Qatar after meeting X': leaving a place foreign to one, with no
    destination told, ends a visit there."""
    if verb.pos_ != "VERB" or verb.lemma_ not in rules.DEPARTURE_VERBS or prep_objects(verb, {"for"}):
        return None
    if verb.dep_ == "pcomp":
        return None  # "in an interview after leaving the White House": backstory the text dates not
    # "departed from Canada after the summit": the place left told with 'from' too
    return visit_ended(ctx, verb, direct_objects(verb) + prep_objects(verb, {"from"}))


def departed_from(ctx: Context, verb: Token) -> list[Event] | None:
    """'left Muscat for Sanaa', 'departed Egypt for Israel', 'before leaving Riyadh for Doha': the
    place left, foreign to the traveller, was visited (the destination is read as its own trip)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in rules.DEPARTURE_VERBS or not prep_objects(verb, {"for"}):
        return None
    if verb.dep_ == "pcomp" and verb.head.lower_ != "before":
        return None  # "after leaving the White House for ...": backstory the text dates not
    if verb.dep_ == "relcl":
        return None  # "al-Sharaa, who left Iraq for Syria in 2011": a life story, not this trip
    places = visit_places(ctx, direct_objects(verb))
    # "met X before leaving Muscat for Sanaa": there when meeting X, however the leaving is told
    before = verb.dep_ == "pcomp" and status_of(verb.head.head) == "occurred"
    if not places or (status_of(verb) != "occurred" and not before):
        return None
    # a person of a known country away from home, or an envoy of no country ("UN envoy Hans
    # Grundberg"); not released hostages or refugees leaving where they lived, nor a president of
    # a country the text leaves untold leaving her capital
    visitors = [
        a
        for a in verb_visitors(ctx, verb)
        if a.kind == "person" and (known_abroad(ctx, a, places[0]) or stateless_envoy(ctx, a))
    ]
    if not visitors:
        return None
    return visits_to(ctx, verb, visitors, places, "occurred", rules.VISIT_VERB_CONFIDENCE)


def back_from_abroad(ctx: Context, verb: Token) -> list[Event] | None:
    """'X returned from Rome on Monday', 'flew home from Rome, where he met Y', 'met Y after
    returning from China': coming back from a place foreign to one ends a visit there."""
    if verb.pos_ != "VERB":
        return None
    homeward = any(c.dep_ == "advmod" and c.lower_ in rules.HOMEWARD_WORDS for c in verb.children)
    if verb.lemma_ not in rules.RETURN_VERBS and not (verb.lemma_ in rules.VISIT_VERBS and homeward):
        return None
    left = [o for o in prep_objects(verb, {"from"}) if o.ent_type_ == "GPE"]
    if verb.dep_ == "pcomp":  # "after returning from Kerala": only a place known to lie abroad
        left = [o for o in left if geography.country_of_place(o.text) is not None]
    visits = visit_ended(ctx, verb, left)
    for visit in visits or []:
        # the day of the journey back is not a day of the stay, and lends no place to what
        # follows it ("returned from Riyadh and met Zardari")
        visit.event_date = visit.date_precision = None
    return visits


def set_out_from(ctx: Context, verb: Token) -> list[Event] | None:
    """'flew from Tokyo to Seoul', 'flew into Doha from Riyadh', 'departed from Haneda Airport in
    Tokyo': a leader or minister of a state touring abroad set out from a foreign city, a stay
    there before the one told (its day is not told: the journey's is not). Not the seats of those
    who serve abroad or live in exile ('NATO's chief flew from Brussels', 'Haniyeh flew from
    Doha'), nor a country crossed ('travelled by train from Poland'), nor a stay told already."""
    if verb.pos_ != "VERB" or verb.lemma_ in rules.RETURN_VERBS or verb.dep_ in ("pcomp", "relcl", "acl"):
        return None  # returns are `back_from_abroad`'s; "after flying in from Rome": backstory
    left = [o for o in prep_objects(verb, {"from"}) if not geography.is_country(o.text)]
    kept = []
    for visit in visit_ended(ctx, verb, left) or []:
        visit.participants = [p for p in visit.participants if holds_state_office(p.actor)]
        if visit.participants and not stay_told_before(ctx, visit):
            visit.event_date = visit.date_precision = None
            visit.earlier = True  # a stay before the one told: no companions, no leg of its own
            kept.append(visit)
    return kept or None


def holds_state_office(actor: Actor, offices: frozenset[str] | set[str] = rules.STATE_OFFICES) -> bool:
    """A head of state or government or a minister of a country (or an office of `offices`), by
    the title the text gives, held now."""
    role = (actor.role or "").lower()
    return (
        actor.kind == "person"
        and actor.country is not None
        and generic_title(role) in offices
        and not any(word in role.split() for word in rules.OUT_OF_OFFICE_WORDS)
    )


def stay_told_before(ctx: Context, visit: Event) -> bool:
    """The visitor's stay at that place, told before ('arrived in Beijing on April 5 ... flew from
    Beijing to Guangzhou')."""
    visitors = {p.actor for p in visit.participants}
    return any(
        e.event_type == "visit"
        and e.location
        and {p.actor for p in e.participants} & visitors
        and geography.overlaps(e.location, visit.location)
        for e in ctx.earlier
    )


def visit_ended(ctx: Context, verb: Token, left: list[Token]) -> list[Event] | None:
    """The visit, told as done, of the verb's travellers to the place they `left`, when it is
    foreign to them."""
    places = visit_places(ctx, left)
    if not places:
        return None
    visitors = [a for a in verb_visitors(ctx, verb) if known_abroad(ctx, a, places[0])]
    status = status_of(verb)
    if not visitors or status != "occurred":
        return None
    return visits_to(ctx, verb, visitors, places, status, rules.VISIT_VERB_CONFIDENCE)


def known_abroad(ctx: Context, actor: Actor, place: str) -> bool:
    """Away from home in a place: an actor of a known country outside it, or a delegation, which
    travels by what it is ('the Hamas delegation has left Cairo')."""
    delegation = (
        actor.kind in ("org", "group") and actor.canonical_name.split()[-1].lower() in rules.DELEGATION_NOUNS
    )
    return (actor_country(ctx, actor) is not None or delegation) and abroad(ctx, actor, place)


def leave_hosts_out(ctx: Context, events: list[Event]) -> None:
    """'Macron arrived in Berlin ... the two presidents will travel to Dresden': someone of the
    visited country who goes on with a guest to the next stop of the guest's trip there is the
    host, not a traveller (not 'Trump and Putin landed in Anchorage', the trip's first stop, which
    both travelled to); left out once the trips are settled (a later 'they' may still stand for
    the pair)."""
    for visit in events:
        if visit.event_type != "visit" or len(visit.participants) < 2 or not visit.location:
            continue
        here = geography.country_of_place(visit.location)
        homes = [actor_country(ctx, p.actor) for p in visit.participants]
        pairs = list(zip(visit.participants, homes, strict=True))
        guests = [p.actor for p, home in pairs if home not in (None, here)]
        if here is None or not guests or not earlier_stop_in(events, visit, guests, here):
            continue
        visit.participants = [p for p, home in pairs if home != here]


def earlier_stop_in(events: list[Event], visit: Event, guests: list[Actor], country: str) -> bool:
    """A visit of one of the guests told before this one, elsewhere in the same country."""
    return any(
        e.event_type == "visit"
        and e.evidence_start < visit.evidence_start
        and e.location
        and e.location != visit.location
        and geography.country_of_place(e.location) == country
        and any(p.actor in guests for p in e.participants)
        for e in events
    )


def abroad(ctx: Context, actor: Actor, place: str) -> bool:
    """Whether a place lies outside the actor's country (unknown countries count as abroad)."""
    home = actor_country(ctx, actor)
    return home is None or geography.country_of_place(place) != home


def unplaced_stay(visit: Token) -> bool:
    """'is on a two-day working visit', 'X, on an official visit, met Y': a stay told with no
    place of its own."""
    told_with = visit.head.head  # "arrived in Riyadh on his first visit": the trip has its place
    return (
        visit.dep_ == "pobj"
        and visit.head.lower_ == "on"
        and told_with.lemma_ not in rules.VISIT_VERBS
        and told_with.lower_ not in rules.VISIT_NOUNS
        and told_with.lower_ not in rules.ARRIVAL_PREDICATES  # "is expected in Abuja on a state visit"
        and not prep_objects(visit, {"to", "in", "at"})
        and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in visit.children)
    )


def unplaced_travel(verb: Token) -> bool:
    """'is travelling accompanied by A': a journey told with no place, from or to."""
    return (
        verb.lemma_ in rules.UNPLACED_TRAVEL_VERBS
        and not prep_objects(verb, rules.ROUTE_PREPS)
        and not any(c.dep_ in ("advmod", "prt", "dobj") for c in verb.children)
    )


def owned_unplaced_visit(visit: Token) -> bool:
    """'Ishiba welcomed Lee's visit': a named visitor's trip told with no place of its own."""
    return (
        visit.lower_ in rules.OWNED_VISIT_NOUNS
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in visit.children)
        and not prep_objects(visit, rules.VISIT_PREPS | {"from", "by", "with"})
    )


def place_of_clause(ctx: Context, noun: Token) -> str | None:
    """'was last in Kenya in 2020, on an official visit': the place of the clause the visit is told in."""
    verb = clause_verb(noun)
    places = visit_places(ctx, prep_objects(verb, {"in"})) if verb != noun else []
    return places[0] if places else None


def place_of_story_before(ctx: Context, token: Token) -> str | None:
    """The place of the latest event told shortly before a token, of any kind."""
    return next((e.location for e in ctx.told_before(token) if e.location), None)


def plan_told_in_past(trigger: Token) -> bool:
    """'was originally scheduled to arrive late Tuesday': an arrival planned, told in the past."""
    return trigger.dep_ == "xcomp" and trigger.head.tag_ in rules.DONE_VERB_TAGS


def arrival_place_just_before(ctx: Context, token: Token) -> str | None:
    """The place of an arrival made that the sentence right before the token's tells."""
    previous = (
        token.doc[token.sent.start - 1].sent.start_char if token.sent.start > 0 else token.sent.start_char
    )
    return next(
        (
            e.location
            for e in ctx.told_before(token)
            if e.event_type == "visit"
            and e.location
            and e.status == "occurred"
            and e.evidence_start >= previous
            and e.trigger_word.lower().startswith(rules.ARRIVAL_PREFIXES)
        ),
        None,
    )


def place_told_before(ctx: Context, token: Token, status: str | None = None) -> str | None:
    """'there': the place of the visit told just before. 'X arrived in Peru ... will travel on to
    Brazil. Y also arrived on Thursday': an arrival made is where a visit was made, not the
    trip planned after it, when the story told one."""
    visits = [e for e in ctx.told_before(token) if e.event_type == "visit" and e.location]
    same_status = [e for e in visits if e.status == status] if status == "occurred" else []
    return next((e.location for e in same_status or visits), None)


def tour_legs(ctx: Context, verb: Token) -> list[Event] | None:
    """'his tour took him to A and B', 'a tour that covered A, B and C', 'a tour that officials
    said would include A and B', 'a visit to three countries that includes A and B': one visit
    per place, by the tour's owner."""
    tour = told_tour(verb)
    if tour is None:
        return None
    named = [o for o in direct_objects(verb) if o.pos_ == "PROPN"]
    # "spans Israel, the West Bank, Turkey, Greece ...": a long list the parser breaks up
    named += [
        e.root
        for o in list(named)
        for e in entities_within(o.doc[o.left_edge.i : o.right_edge.i + 1])
        if e.label_ in ("GPE", "LOC") and e.root not in named
    ]
    # "his tour will include stops in A, B and C", "a tour that includes visits to A and B"
    named += [
        p
        for o in direct_objects(verb)
        if o.lemma_ in rules.STOP_NOUNS
        for p in prep_objects(o, {"in", "at", "to"} if o.lemma_ in rules.VISIT_NOUNS else {"in", "at"})
    ]
    # "a tour that will also take Trump to A and B": the person taken, whoever owns the tour
    taken = [a for a in visitors_of(ctx, direct_objects(verb)) if a.kind == "person"]
    named = [o for o in named if not (person := ctx.actors.actor_at(o)) or person.kind != "person"]
    places = visit_places(ctx, prep_objects(verb, {"to"}) + named)
    visitors = taken or noun_visitors(ctx, tour)
    status = status_of(verb)
    if status == "occurred" and verb.tag_ in rules.PRESENT_TENSE_TAGS:
        status = "planned"  # "a visit that also includes A and B": an itinerary, legs still ahead
    # "arrived in Jakarta, the start of a tour that includes visits to Indonesia and Singapore":
    # the country arrived in is the leg under way, told already
    arrived = {geography.country_of_place(p) for p in places_arrived_in(ctx, verb.sent)} - {None}
    places = [p for p in places if geography.country_of_place(p) not in arrived]
    if not places or not visitors or status is None:
        return None
    legs = visits_to(ctx, verb, visitors, places, status, rules.VISIT_NOUN_CONFIDENCE)
    if arrived:
        for leg in legs:  # the sentence's day is the arrival's; the other legs' days are not told
            leg.event_date = leg.date_precision = None
    return legs


def places_arrived_in(ctx: Context, sent: Span) -> list[str]:
    """The places a sentence's arrival verbs name ('arrived in Jakarta')."""
    return visit_places(
        ctx,
        [
            p
            for t in sent
            if t.pos_ == "VERB" and t.lemma_ in rules.ARRIVAL_VERBS
            for p in prep_objects(t, rules.VISIT_VERB_PREPS.get(t.lemma_, rules.VISIT_PREPS))
        ],
    )


def told_tour(verb: Token) -> Token | None:
    """The visit noun a verb tells the legs of: its subject, or the noun whose relative clause
    reports it ('a tour that officials said would include ...')."""
    subjects = subject_of(verb)
    if subjects and subjects[0].lemma_ in rules.VISIT_NOUNS:
        return subjects[0]
    current = verb
    for _ in range(rules.GOVERNOR_MAX_STEPS):
        if current.dep_ == "relcl" and current.head.lemma_ in rules.VISIT_NOUNS:
            return current.head
        # "his visit to three countries that also includes A and B": the tour, through its 'to'
        # ('the first leg of his visit to three countries': the parser may hang 'to' on 'leg')
        if current.dep_ == "relcl" and current.head.dep_ == "pobj":
            holder = current.head.head.head
            tours = [t for t in [holder, *prep_objects(holder, {"of"})] if t.lemma_ in rules.VISIT_NOUNS]
            if tours:
                return tours[0]
        if current.dep_ not in ("ccomp", "xcomp", "relcl") or current.head == current:
            return None
        current = current.head
    return None


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
    places = visit_places(
        ctx,
        [
            p
            for t in [verb, *guests, *(n for g in guests for n in listed_after(g)), *hosts, *days]
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


def posted_in(place: Token) -> bool:
    """'the Russian Ambassador in Washington': a place told inside a posted title's phrase."""
    return place.head.head.lower_ in rules.POSTED_TITLES


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


def sent_group(ctx: Context, verb: Token) -> list[Event] | None:
    """'Israel will send a delegation to Doha', 'Sudan said it will send a delegation to Jeddah': the
    delegation's visit, named after the sender."""
    groups = [o for o in direct_objects(verb) if o.lower_ in rules.SENT_GROUP_NOUNS]
    places = visit_places(ctx, prep_objects(verb, {"to"}))
    status = status_of(verb)
    if not groups or not places or status is None:
        return None
    subjects = subject_of(verb)
    if verb.dep_ == "ccomp" and any(t.lower_ == "it" for t in subjects):
        subjects += subject_of(verb.head)  # "Sudan announced that it will send a delegation"
    named = [c for t in subjects if t.ent_type_ == "GPE" and (c := geography.country_named(t.text))]
    # "the Ukrainian government sent officials": the country of the sender's modifier
    named += [
        c
        for t in subjects
        for m in t.children
        if m.dep_ in ("amod", "compound")
        and m.ent_type_ in ("GPE", "NORP")
        and (c := geography.country_named(m.text))
    ]
    country = next(iter(named), None) or next(
        (c for a in visitors_of(ctx, subjects) if (c := actor_country(ctx, a))), None
    )
    if country is None and groups[0].lower_ in rules.COUNTRY_SENT_GROUP_NOUNS:
        return None  # "Hamas sent officials to Cairo": officials of no country named are nobody to place
    actor = ctx.actor_of(groups[0])
    unnamed_side = actor is not None and actor.kind == "group" and groups[0].lower_ in rules.DELEGATION_NOUNS
    if country and unnamed_side:  # 'Israel will dispatch a working-level delegation'
        actor = ctx.remember(Actor(delegation_label(country), "org", country=country), groups[0])
    elif country and actor is not None and actor.kind == "group" and not actor.country:
        # "Ukraine sent senior officials to Geneva": the sender's officials
        actor = ctx.remember(Actor(f"{demonym_of(country)} {actor.canonical_name}", "org"), groups[0])
    elif actor is None or actor.canonical_name.lower() == groups[0].lower_:
        label = f"{demonym_of(country)} {groups[0].text}" if country else groups[0].text
        actor = ctx.remember(Actor(label, "org" if country else "group"), groups[0])
    return visits_to(ctx, verb, [actor], places, status, rules.VISIT_NOUN_CONFIDENCE)


def attendance(ctx: Context, verb: Token) -> list[Event] | None:
    """'is attending the forum in Jakarta', 'attended the Munich Security Conference', 'took part
    in the summit in Bangkok': attending an event held abroad is a visit there."""
    # "to attend the signing at the summit": the event the thing attended is part of
    objects = [*(g for o in attended(verb) for g in prep_objects(o, {"at"})), *attended(verb)]
    events = [
        o
        for o in objects
        if (o.lemma_.lower() in rules.ATTENDED_EVENT_NOUNS or named_event(o) or event_compound(o))
        and not any(c.lower_ in rules.MEDIA_EVENT_WORDS for c in o.children)  # "a news conference"
    ]
    told_visit = None
    if not events and verb.lemma_ in rules.VISIT_ATTENDING_VERBS and not direct_objects(verb):
        # "Kamala Harris is set to attend": the summit told just before, no other event between;
        # "A arrived in Vientiane for the ASEAN meetings. B is also expected to attend": the event
        # a visit told just before came for, in that visit's place
        told_visit = ctx.visit_told_before(verb)
        events = [t for t in tokens_with(ctx.doc, rules.SUMMIT_NOUNS) if t.i < verb.i]
        told_span = (
            ctx.doc.char_span(told_visit.evidence_start, told_visit.evidence_end, alignment_mode="expand")
            if told_visit is not None
            else None
        )
        events += [
            t for t in told_span or [] if t.lemma_.lower() in rules.ATTENDED_EVENT_NOUNS or named_event(t)
        ]
        events = sorted((t for t in events if t.i < verb.i), key=lambda t: t.i)[-1:]
        between = ctx.doc[events[0].i + 1 : verb.i] if events else None
        if between is not None and (
            sum(1 for t in between if t.is_sent_start) > rules.SUMMIT_ATTENDED_MAX_SENTENCES
            or any(t.lemma_.lower() in rules.ATTENDED_EVENT_NOUNS | rules.MEETING_NOUNS for t in between)
        ):
            events = []
    if not events:
        return None
    # "a meeting of Nordic countries in Vilnius": the parser may hang the place on the body
    bodies = prep_objects(events[0], {"of"})
    places = visit_places(
        ctx,
        prep_objects(events[0], {"in"})
        + prep_objects(verb, {"in"})
        + [g for b in bodies for g in prep_objects(b, {"in"})]
        # "the summit, held in Santiago and attended by A", "the summit, which opens in Rio"
        + place_kept_for(events[0]),
    )
    if not places and not named_after_bloc(events[0]):
        # "attended the Munich Security Conference": the city in the event's name
        places = [
            city.name
            for t in events[0].lefts
            for w in t.subtree
            if w.pos_ == "PROPN" and (city := large_city(w.text)) is not None
        ][:1]
    if any(t.lower_ in rules.REMOTE_ATTENDANCE_WORDS for t in own_phrase(verb)):
        return None  # "will attend the summit by video link", "was attended virtually by X"
    if not places and events[0].lemma_.lower() in rules.SUMMIT_NOUNS:
        if any(t.lower_ in rules.REMOTE_ATTENDANCE_WORDS for t in verb.sent):
            return None  # "will attend the summit, by video link from Moscow"
        # "X will attend the summit", its place told elsewhere in the story
        places = [p for p in [summit_place_told(ctx, events[0])] if p]
    if not places and told_visit is not None and told_visit.location:
        places = [told_visit.location]
    if not places:
        return None
    visitors = [a for a in attendees(ctx, verb) if abroad(ctx, a, places[0])]
    status = status_of(verb)
    if not visitors or status is None:
        return None
    if passive_agent(verb) is not None:  # "attended by A and B": each came on a trip of their own
        return [
            v for a in visitors for v in visits_to(ctx, verb, [a], places, status, rules.PRESENCE_CONFIDENCE)
        ]
    return visits_to(ctx, verb, visitors, places, status, rules.PRESENCE_CONFIDENCE)


def own_phrase(verb: Token) -> list[Token]:
    """The verb's words and those of its own phrases, not of clauses joined to it ('Modi attended
    the summit in Rio, and Putin took part by video link')."""
    return words_short_of(verb, rules.JOINED_CLAUSE_DEPS)


def in_attendance(ctx: Context, noun: Token) -> list[Event] | None:
    """'World leaders in attendance for the summit include A, B and C': the people listed attend
    the summit, in the place told for it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    group = noun.head.head
    if group.dep_ != "nsubj" or group.head.lemma_ not in rules.PARTY_MEMBERSHIP_VERBS:
        return None
    summits = [g for g in prep_objects(noun, {"for", "at"}) if g.lemma_.lower() in rules.ATTENDED_EVENT_NOUNS]
    if not summits:
        return None
    places = visit_places(ctx, prep_objects(summits[0], {"in", "at"}))
    if not places and summits[0].lemma_.lower() in rules.SUMMIT_NOUNS:
        places = [p for p in [summit_place_told(ctx, summits[0])] if p]
    verb = group.head
    status = status_of(verb)
    if not places or status is None:
        return None
    listed = [a for a in people_listed_after(ctx, verb) if a.kind == "person" and abroad(ctx, a, places[0])]
    return visits_to(ctx, verb, listed, places, status, rules.PRESENCE_CONFIDENCE) if listed else None


def summit_place_told(ctx: Context, noun: Token) -> str | None:
    """The place the story tells for its summit ('a peace summit in Switzerland ... leaders
    attending the summit'): the place of the other mentions of that summit, of the same name and
    of the story's own time ('last year's summit in Kazan' is another); else, for a summit of no
    name, the dateline's city. A story of two summits in two places gives none."""
    places, gathered = set(), set()
    for other in tokens_with(ctx.doc, rules.SUMMIT_NOUNS):
        if other.i == noun.i or another_summit(ctx, noun, other):
            continue
        where = visit_places(ctx, prep_objects(other, {"in", "at"}) + place_kept_for(other))
        places |= set(where[:1])
        gathering = gathered_for(other)  # "leaders gathered in Sharm el-Sheikh for the summit"
        if gathering is not None:
            gathered |= set(visit_places(ctx, prep_objects(gathering, {"in", "at", "to"}))[:1])
    places = places or gathered  # the summit's own place wins
    # "the summit at Burgenstock ... the summit in Switzerland": the most specific place
    places = {p for p in places if not any(q != p and geography.lies_within(q, p) for q in places)}
    if len(places) > 1:
        return None
    if places:
        return places.pop()
    city = dateline_city(ctx.doc) if not summit_name(noun) else None
    return city.name if city is not None else None


def summit_name(summit: Token) -> str:
    """'NATO' of 'the NATO summit', 'SCO' of 'the SCO summit in Tianjin': the name it is told by."""
    return " ".join(c.text for c in summit.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")


def another_summit(ctx: Context, summit: Token, other: Token) -> bool:
    """For a summit told by name ('the SCO summit'), one told by no name or another; or a summit
    told of another time ('last year's summit in Kazan', 'the 2019 summit in Osaka')."""
    name, other_name = summit_name(summit), summit_name(other)
    if name and name.casefold() != other_name.casefold():
        return True  # "will attend the SCO summit": only a summit told by that name
    story_years = {ctx.published.year} if ctx.published is not None else set()
    for ent in other.sent.ents:
        if ent.label_ != "DATE":
            continue
        years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", ent.text)}
        if (years and years - story_years) or any(
            w in rules.PAST_DATE_WORDS for w in ent.text.lower().split()
        ):
            return True
    return False


def place_kept_for(summit: Token) -> list[Token]:
    """'the summit ... held in Asuncion', 'the summit, which takes place in Baku', 'the summit
    opens in Rio': the place a clause on the summit, or the verb it is the subject of, tells."""
    clauses = [c for c in summit.children if c.dep_ in ("acl", "relcl")]
    clauses += [summit.head] if summit.dep_ in ("nsubj", "nsubjpass") else []
    return [g for c in clauses for g in prep_objects(c, {"in", "at"})]


def gathered_for(summit: Token) -> Token | None:
    """The verb of coming together that a summit is the purpose of: 'gathered in Doha for the
    summit', 'will land in Sharm el-Sheikh ahead of the summit'."""
    prep = summit.head if summit.dep_ == "pobj" else None
    if prep is None:
        return None
    ahead = prep.lower_ == "of" and prep.head.lower_ in rules.AHEAD_WORDS
    if ahead:
        prep = prep.head  # "ahead of"
    elif prep.lower_ != "for":
        return None
    verb = clause_verb(prep)  # "will land in Doha over the coming hours ahead of the summit"
    if verb.pos_ != "VERB" or verb.lemma_ not in rules.GATHERING_FOR_VERBS:
        return None
    # a body of leaders or delegations, not ministers preparing it; one traveller only where the
    # summit is what the trip is for ("Xi arrived in Samarkand for the SCO summit"), not "ahead of"
    subjects = subject_of(verb)
    body = any(s.tag_ == "NNS" and s.lower_ in rules.SUMMIT_GATHERING_NOUNS for s in subjects)
    return verb if body or (not ahead and summit_name(summit)) else None


def attendance_told_as_time(noun: Token) -> bool:
    """'during his participation in the summit': a stay told as the time of what happened, not one
    still uncertain, confirmed, thanked for or held by video link."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in rules.DURING_PREPS:
        return False
    # "during his virtual participation", "... via video", "which he joined remotely": from afar
    clause = noun.sent
    return not any(t.lower_ in rules.REMOTE_ATTENDANCE_WORDS for t in clause)


def event_compound(noun: Token) -> bool:
    """'a summit meeting in Cairo': a meeting named by the event it is."""
    return noun.lower_ in rules.ATTENDED_NAMED_EVENT_NOUNS and any(
        c.dep_ == "compound" and c.lemma_.lower() in rules.GATHERING_NOUNS for c in noun.children
    )


def named_event(noun: Token) -> bool:
    """'the BIMSTEC Ministerial Meeting', 'a NATO meeting', 'a meeting of G20 foreign ministers':
    a meeting with a proper name, or of a body that has one."""
    return noun.lower_ in rules.ATTENDED_NAMED_EVENT_NOUNS and (
        noun.pos_ == "PROPN"
        or noun.text[:1].isupper()  # "the ASEAN Foreign Ministers' Meeting"
        or has_proper_compound(noun)
        # "a meeting of G20 ministers", "the ASEAN foreign ministers' meetings"
        or any(
            has_proper_compound(body) or named_peoples(body)
            for body in [*prep_objects(noun, {"of"}), *(c for c in noun.children if c.dep_ == "poss")]
        )
    )


def named_peoples(body: Token) -> bool:
    """'a meeting of Nordic and Baltic countries', 'of Arab foreign ministers': a body named by
    the peoples it gathers."""
    return body.lemma_ in rules.GATHERED_BODY_NOUNS and any(
        c.ent_type_ == "NORP" for c in body.subtree if c.i < body.i
    )


def has_proper_compound(word: Token) -> bool:
    """'a NATO meeting', 'G20 ministers': a proper noun compounded into the word."""
    return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in word.children)


def attended(verb: Token) -> list[Token]:
    """What the verb says is attended: its object, or what is taken part in ('participated in the
    summit', 'took part in the forum')."""
    if verb.lower_ in rules.ATTENDANCE_NOUNS:
        return prep_objects(verb, {"in", "at"})
    if verb.lemma_ in rules.VISIT_ATTENDING_VERBS:
        return direct_objects(verb) or attended_in_passive(verb)
    part = rules.VISIT_PARTICIPATING_VERBS.get(verb.lemma_)
    holders = [verb] if part is None else [o for o in direct_objects(verb) if o.lower_ == part]
    return [g for holder in holders for g in prep_objects(holder, {"in"})] + [
        g for holder in holders if holder != verb for g in prep_objects(verb, {"in"})
    ]


def attended_in_passive(verb: Token) -> list[Token]:
    """'The summit was attended by A', 'the summit, held in Rio and attended by A': the event the
    passive verb or its participle is said of, when its agent is told."""
    if passive_agent(verb) is None:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        return subjects
    participle = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBN" else verb
    if participle.dep_ == "advcl" and verb.tag_ == "VBN":
        return described_before_comma(participle)
    return [participle.head] if participle.dep_ == "acl" and verb.tag_ == "VBN" else []


def described_before_comma(participle: Token) -> list[Token]:
    """'The pledge came during the dialogue in Kabul, attended by A and B': the parser hangs the
    participle on the verb; it describes the phrase just before its comma (the dialogue, not the
    place it names)."""
    before = participle.doc[participle.i - 1]
    if before.lower_ != "," or before.i == participle.sent.start:
        return []
    noun = before.nbor(-1)
    while noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    return [noun] if noun.pos_ == "NOUN" else []


def attendees(ctx: Context, verb: Token) -> list[Actor]:
    """Who attends: the subject, or the people a group of attendees is said to include ('leaders
    attending the summit include A and B', 'A and B are among the leaders attending')."""
    if verb.lower_ in rules.ATTENDANCE_NOUNS:  # "his participation in the summit": its owner
        return visitors_of(ctx, [c for c in verb.children if c.dep_ == "poss"])
    roll = fronted_roll(verb)
    if roll is not None:  # "Attending the summit in Helsinki were A and B"
        return people_listed_after(ctx, roll, roll=True)
    agent = passive_agent(verb) if verb.lemma_ in rules.VISIT_ATTENDING_VERBS else None
    if agent is not None:  # "was attended by A and B", "by some 20 leaders, including A and B"
        named = [g for g in agent.children if g.dep_ == "pobj"]
        found = visitors_of(ctx, named + [m for g in named for m in including_members(g)])
        return [a for a in found if a.kind != "group"]  # not "more than 20 other leaders"
    group = verb.head
    if verb.dep_ != "acl" or group.lower_ not in rules.GROUP_NOUNS:
        return verb_visitors(ctx, verb)
    if group.dep_ == "nsubj" and group.head.lemma_ in rules.PARTY_MEMBERSHIP_VERBS:
        return visitors_of(ctx, direct_objects(group.head))
    if group.dep_ == "pobj" and group.head.lower_ == "among" and group.head.head.lemma_ == "be":
        return visitors_of(ctx, [c for c in group.head.head.children if c.dep_ in SUBJECT_DEPS])
    return []
