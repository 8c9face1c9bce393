"""Visit rules: 'X visited P', 'arrived in P', 'his trip to P', and planned arrivals ('is due in
P'); one visit per place."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.participants import side, stray_agents
from ingest.events.places import place_name
from ingest.events.status import called_off_after, status_of
from ingest.events.syntax import clause_verb, direct_objects, prep_objects, subject_of, with_conjuncts
from ingest.records import Event, Participant


def visit_event(ctx: Context, trigger: Token) -> list[Event] | None:
    """'X visited P', 'X arrived in P', 'his trip to P', 'on his arrival to P'."""
    # "is set to land in P": the tagger sometimes takes an infinitive for a noun
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    is_verb = trigger.pos_ in ("VERB", "AUX") or infinitive
    if is_verb and trigger.lemma_ not in rules.VISIT_VERBS:
        return None
    if not is_verb and trigger.lower_ not in rules.VISIT_NOUNS and trigger.lemma_ not in rules.VISIT_NOUNS:
        return None
    destinations = prep_objects(trigger, rules.VISIT_PREPS)
    if trigger.lemma_ in rules.OBJECT_DESTINATION_VERBS:
        destinations = direct_objects(trigger) + destinations
    places = visit_places(ctx, destinations)
    if not places:
        return None
    if is_verb:
        visitors = side(ctx, subject_of(trigger))
    else:
        owners = [c for c in trigger.children if c.dep_ == "poss"] + prep_objects(trigger, {"by"})
        verb = clause_verb(trigger)
        if not owners and trigger.dep_ in ("dobj", "obj") and trigger.head == verb:
            owners = stray_agents(ctx, verb)
        visitors = side(ctx, owners or (subject_of(verb) if verb is not trigger else []))
    visitors = [a for a in visitors if a.kind != "place"]
    if not visitors:
        return None
    status = status_of(trigger)
    if status is None:
        return None
    events = []
    for place in places:  # "visited Saudi Arabia, Qatar and the UAE": one visit per place
        event = make_event(
            ctx,
            "visit",
            trigger,
            [Participant(a, "visitor") for a in visitors],
            cameo_code=rules.CAMEO_VISIT,
            location=place,
            confidence=rules.VISIT_VERB_CONFIDENCE if is_verb else rules.VISIT_NOUN_CONFIDENCE,
        )
        events.append(finish(ctx, event, trigger, status))
    return events


def expected_arrival(ctx: Context, trigger: Token) -> list[Event] | None:
    """'He is due in Brussels on Thursday', 'she is expected in Cairo': a planned visit."""
    if trigger.lower_ not in rules.ARRIVAL_PREDICATES or any(c.dep_ == "xcomp" for c in trigger.children):
        return None
    places = visit_places(ctx, prep_objects(trigger, {"in", "at"}))
    visitors = [a for a in side(ctx, subject_of(trigger)) if a.kind != "place"]
    status = status_of(trigger)
    if not places or not visitors or status is None:
        return None
    if called_off_after(trigger) or called_off_after(trigger.head):
        status = "cancelled"  # "was due in Paris but cancelled the trip"
    status = "planned" if status == "occurred" else status
    events = []
    for place in places:
        participants = [Participant(a, "visitor") for a in visitors]
        event = make_event(
            ctx,
            "visit",
            trigger,
            participants,
            cameo_code=rules.CAMEO_VISIT,
            location=place,
            confidence=rules.ARRIVAL_CONFIDENCE,
        )
        events.append(finish(ctx, event, trigger, status))
    return events


def visit_places(ctx: Context, destinations: list[Token]) -> list[str]:
    """Places visited: the destination and its conjuncts, or a place inside a site's name
    ('the coordination centre in Kiryat Gat')."""
    places: list[str] = []
    for destination in destinations:
        for token in with_conjuncts(destination):
            place = place_name(ctx, token)
            if place is None:
                inner = prep_objects(token, {"in", "at", "near"})
                place = next((p for p in (place_name(ctx, t) for t in inner) if p), None)
            if place and place not in places:
                places.append(place)
    return places
