"""Visits told as the legs and stops of a tour: 'his tour took him to A and B', 'a tour that
includes visits to A and B', 'Cambodia is the third leg of Xi's tour after state visits to Vietnam
and Malaysia', 'Singapore is the third country visited by X', 'stopped in Tokyo on his way to
Washington', 'arrived in Abu Dhabi after stops in Qatar and Kuwait'."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.events.context import Context
from ingest.events.status import status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    agent_objects,
    clause_verb,
    direct_objects,
    prep_objects,
    subject_of,
)
from ingest.events.visit_places import gazetteer_place, visit_places
from ingest.events.visitors import noun_visitors, verb_visitors, visitors_of
from ingest.events.visits import TRAVEL_LEMMAS, abroad, own_date, visits_to
from ingest.records import Actor, Event
from ingest.word_index import entities_within


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
