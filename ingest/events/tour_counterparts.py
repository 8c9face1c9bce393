"""Talks with unnamed counterparts on a tour: 'will visit Asian countries for talks with his
counterparts. He will visit Singapore and Malaysia ...' holds one meeting on each country's leg,
with that country's holder of the visitor's office, as annotators label a counterpart never
named ('Singaporean foreign minister'). Run after the trip's legs are settled."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.names import demonym_of, generic_office
from ingest.actors.references import tokens_with
from ingest.events.build import make_event
from ingest.events.context import Context
from ingest.events.syntax import prep_objects
from ingest.records import Actor, Event, Participant


def counterparts_on_tour(ctx: Context, events: list[Event]) -> list[Event]:
    """A meeting per country leg of a tour told to be for talks with the visitor's counterparts,
    where no meeting of the visitor on that leg names someone of that country."""
    found = []
    for token in tokens_with(ctx.doc, rules.PLURAL_COUNTERPART_NOUNS):
        if not told_counterparts(token):
            continue
        legs = tour_legs_told(events, token.sent)
        visitors = {p.actor for v in legs for p in v.participants if p.actor.kind == "person"}
        if len(visitors) != 1:
            continue
        (visitor,) = visitors
        office = generic_office(visitor.role or "")
        if office is None:
            continue
        for leg in legs:
            country = geography.country_of_place(leg.location or "")
            if (
                country is None
                or country == visitor.country
                or met_counterpart(events, visitor, leg, country, office)
            ):
                continue
            found.append(counterpart_meeting(ctx, token, leg, visitor, country, office))
    return found


def told_counterparts(token: Token) -> bool:
    """'for talks with his counterparts', 'to meet her counterparts': the visitor's own counterparts,
    with no country or place told for them ('his counterparts in Oman and Qatar' is read elsewhere)."""
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return False
    if not any(c.dep_ == "poss" and c.lower_ in rules.PERSONAL_POSSESSIVES for c in token.children):
        return False
    if prep_objects(token, {"in", "of", "from"}) or any(
        c.dep_ in ("amod", "compound") for c in token.children
    ):
        return False
    talks = token.head.head
    return talks.lemma_ in rules.MEETING_VERBS or talks.lower_ in rules.MEETING_NOUNS


def tour_legs_told(events: list[Event], sent: Span) -> list[Event]:
    """The visits of two or more countries told in the sentence, else in the one right after it
    ('He will visit Singapore and Malaysia ...')."""
    for start, end in ((sent.start_char, sent.end_char), following_sentence(sent)):
        legs = [
            e for e in events if e.event_type == "visit" and start <= e.evidence_start < end and e.location
        ]
        if len({e.location for e in legs}) >= 2:
            return legs
    return []


def following_sentence(sent: Span) -> tuple[int, int]:
    doc = sent.doc
    if sent.end >= len(doc):
        return (0, 0)
    after = doc[sent.end].sent
    return (after.start_char, after.end_char)


def met_counterpart(events: list[Event], visitor: Actor, leg: Event, country: str, office: str) -> bool:
    """A meeting of the visitor, on the leg's day or at its place, with the holder of the office
    in the leg's country, named ('In Doha he will meet Foreign Minister X') or not; meeting its
    prime minister is not meeting its foreign minister."""
    for event in events:
        if event.event_type != "meeting" or visitor not in {p.actor for p in event.participants}:
            continue
        if event.event_date not in (None, leg.event_date) and event.location != leg.location:
            continue
        for p in event.participants:
            if p.actor is visitor or p.actor.country not in (country, None):
                continue
            held = generic_office(p.actor.role or "") if p.actor.kind == "person" else p.actor.canonical_name
            if held is not None and office.lower() in held.lower():
                return True
    return False


def counterpart_meeting(
    ctx: Context, token: Token, leg: Event, visitor: Actor, country: str, office: str
) -> Event:
    """The visitor's meeting on the leg with that country's holder of the office, told by the
    sentence of the counterparts and dated and placed as the leg."""
    counterpart = ctx.remember(
        Actor(f"{demonym_of(country)} {office.lower()}", "group", country=country), token
    )
    event = make_event(
        ctx,
        "meeting",
        token.head.head,  # "talks", "meet": the sentence the counterparts are told in
        [Participant(visitor, "participant"), Participant(counterpart, "participant")],
        cameo_code=rules.CAMEO_CONSULT,
        mode="in_person",
        confidence=rules.MEETING_NOUN_CONFIDENCE,
    )
    event.status, event.event_date, event.date_precision = leg.status, leg.event_date, leg.date_precision
    event.location = leg.location
    return event
