"""Visits told by where someone is rather than by a journey: presence ('X is in Tunis', 'was also
there', 'has been to Singapore twice'), planned arrivals ('is due in P'), a headline with no verb
('Modi in Moscow'), speaking there or on the way there ('said in Paris', 'told reporters in
Cairo', 'On his way to Doha, X told reporters'), and delegations ('an Israeli delegation in Cairo
said', 'will lead a delegation to Kuala Lumpur', by sending: 'will send a delegation to Doha')."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.names import delegation_label, demonym_of
from ingest.events.context import Context
from ingest.events.participants import people_in_phrases, side
from ingest.events.status import called_off_after, status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    clause_verb,
    direct_objects,
    prep_objects,
    subject_of,
    where_clause,
)
from ingest.events.trips import actor_country, posted_speaker
from ingest.events.visit_places import visit_places
from ingest.events.visitors import verb_visitors, visitors_of
from ingest.events.visits import abroad, known_abroad, place_told_before, visits_to
from ingest.records import Actor, Event


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
    speakers = visitors_of(ctx, subject_of(verb))  # not the people of what was announced
    visitors = [
        a
        for a in verb_visitors(ctx, verb)
        if a.kind == "person"
        and known_abroad(ctx, a, places[0])
        and not posted_speaker(a)
        and (a in speakers or not speakers)
    ]
    remote = any(t.lower_ in rules.REMOTE_SPEECH_WORDS for t in verb.sent)
    if not visitors or remote or status_of(verb) != "occurred":
        return None
    return visits_to(ctx, verb, visitors, places[:1], "occurred", rules.PRESENCE_CONFIDENCE)


def where_clause_on(place: Token) -> bool:
    return any(c.dep_ == "relcl" for c in place.children)


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
