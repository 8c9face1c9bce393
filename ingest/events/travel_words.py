"""Visits told by a word of travel, verb or noun: 'X visited P', 'arrived in P', 'touched down in
P', 'departed Washington for P', 'his trip to P', 'during a visit to P', 'a tour of A and B', 'a
visit to the region with a stop in Latvia', 'A accompanied B to Moscow'; and a visit before the
one told ('his second visit to the country', 'Her last visit was in February')."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.events.build import make_event
from ingest.events.context import Context
from ingest.events.participants import joined_people, led_delegations, side, travel_companions
from ingest.events.places import dateline_city, place_name, where_clause_place
from ingest.events.status import status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    clause_verb,
    direct_objects,
    loose_who_antecedent,
    next_stop_places,
    prep_objects,
    subject_of,
)
from ingest.events.visit_places import listed_places, visit_places
from ingest.events.visitors import noun_visitors, verb_visitors, visitors_of
from ingest.events.visits import (
    TRAVEL_LEMMAS,
    abroad,
    known_abroad,
    own_date,
    own_date_tokens,
    place_told_before,
    shares,
    visits_to,
)
from ingest.records import Actor, Event, Participant


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
    if is_verb and not destinations:
        destinations += named_by_copula(trigger)
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


def named_by_copula(verb: Token) -> list[Token]:
    """'The countries he will be visiting are Indonesia and the Philippines': the places the
    clause's noun stands for, named after 'be'."""
    noun = verb.head
    if (
        verb.dep_ != "relcl"
        or noun.lemma_ not in rules.VISITED_KIND_NOUNS | {"destination"}
        or noun.dep_ != "nsubj"
    ):
        return []
    if noun.head.lemma_ != "be" or any(
        c.dep_ == "dobj" and c.lower_ not in rules.RELATIVE_PRONOUNS for c in verb.children
    ):
        return []
    named = [a for a in noun.head.children if a.dep_ == "attr"]
    return [p for a in named for p in (a, *a.conjuncts) if p.ent_type_ in ("GPE", "LOC")]


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


def posted_in(place: Token) -> bool:
    """'the Russian Ambassador in Washington': a place told inside a posted title's phrase."""
    return place.head.head.lower_ in rules.POSTED_TITLES
