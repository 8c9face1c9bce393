"""Visits told by attending an event held abroad: 'attended the commemorations in Normandy', 'took
part in the summit in Bangkok', 'the summit was attended by A and B', 'during his participation in
the summit in New Delhi', 'leaders in attendance for the summit include A and B'; a summit told
with no place is at the place the story tells for it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.references import tokens_with
from ingest.events.context import Context
from ingest.events.participants import including_members, people_listed_after
from ingest.events.places import dateline_city, large_city, named_after_bloc
from ingest.events.status import status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    clause_verb,
    direct_objects,
    fronted_roll,
    passive_agent,
    prep_objects,
    subject_of,
    words_short_of,
)
from ingest.events.visit_places import visit_places
from ingest.events.visitors import verb_visitors, visitors_of
from ingest.events.visits import abroad, visits_to
from ingest.records import Actor, Event


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
        + place_kept_for(events[0])
        # "spoke to X from Malaysia, where she is attending a regional forum"
        + where_attended(verb),
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


def where_attended(verb: Token) -> list[Token]:
    """The place a 'where' clause of attending hangs on ('from Malaysia, where she is attending')."""
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return [verb.head]
    return []


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
    opens in Rio', 'which were to be held in Washington': the place a clause on the summit, or the
    verb it is the subject of, tells."""
    clauses = [c for c in summit.children if c.dep_ in ("acl", "relcl")]
    clauses += [summit.head] if summit.dep_ in ("nsubj", "nsubjpass") else []
    # "the negotiations, which were to be held in Washington": the place on the infinitive
    clauses += [x for c in clauses for x in c.children if x.dep_ == "xcomp"]
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
