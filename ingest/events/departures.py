"""Visits told by leaving a foreign place: 'has left Qatar after meeting X', 'left Muscat for
Sanaa' (the destination is read as a trip of its own), 'returned from Rome on Monday', and 'flew
into Doha from Riyadh' (a stay before the one told)."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.events.context import Context
from ingest.events.status import status_of
from ingest.events.syntax import direct_objects, prep_objects
from ingest.events.trips import actor_country
from ingest.events.visit_places import visit_places
from ingest.events.visitors import verb_visitors
from ingest.events.visits import holds_state_office, known_abroad, visits_to
from ingest.records import Actor, Event


def stateless_envoy(ctx: Context, actor: Actor) -> bool:
    """'UN envoy Hans Grundberg', 'EU foreign policy chief Kaja Kallas': an international body's
    official, of no country, is away wherever the text has them travel from."""
    role = f" {geography.fold(actor.role or '')} "
    return actor_country(ctx, actor) is None and any(word in role for word in rules.INTERNATIONAL_ROLE_WORDS)


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
