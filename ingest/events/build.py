"""An Event record from a matched trigger: evidence from its sentence, then date and status
settled together."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from ingest import rules
from ingest.dates import AGO_RE
from ingest.events.context import Context
from ingest.events.timing import date_of
from ingest.records import Event, Participant
from ingest.word_index import entities_within

YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def make_event(ctx: Context, kind: str, trigger: Token, participants: list[Participant], **fields) -> Event:
    sent = trigger.sent
    return Event(
        event_type=kind,
        participants=participants,
        evidence=sent.text.strip(),
        evidence_start=sent.start_char,
        evidence_end=sent.start_char + len(sent.text.rstrip()),
        trigger_word=trigger.text,
        **fields,
    )


def finish(ctx: Context, event: Event, trigger: Token, status: str) -> Event:
    """Date and status together: a present-tense statement about a later day is planned."""
    event.event_date, event.date_precision = date_of(ctx, trigger, status)
    if (
        status == "occurred"
        and ctx.published
        and event.event_date
        and event.event_date > ctx.published
        and event.date_precision in ("day", "week", "month")  # "next week": all of it still ahead
    ):
        status = "planned"
    event.status = status
    if status == "occurred" and event.event_date is None and event.date_precision == "year":
        # "Maduro last visited Brazil in 2015", "recalled visiting the Philippines 25 years ago": a
        # year told without a day is kept undated, but it is another trip than this year's
        event.earlier = event.earlier or told_past_year(trigger, ctx.published)
    if event.date_precision == "article":
        event.confidence = round(event.confidence - rules.ARTICLE_DATE_PENALTY, 2)
    return event


def told_past_year(trigger: Token, published: dt.date | None) -> bool:
    """The trigger's sentence dates something to a year before publication ('in 2015', '25 years
    ago')."""
    if published is None:
        return False
    for ent in entities_within(trigger.sent):
        if ent.label_ != "DATE":
            continue
        ago = AGO_RE.search(ent.text.lower())
        if ago and ago.group(2) == "year" and ago.group(3) in ("ago", "earlier"):
            return True
        if any(int(year) < published.year for year in YEAR.findall(ent.text)):
            return True
    return False


def welcome(meeting: Event) -> bool:
    """A meeting told as a guest's welcome ('was greeted by', 'received at the airport by')."""
    return meeting.trigger_word.lower().startswith(rules.WELCOME_PREFIXES)


def insert_in_text_order(events: list[Event], event: Event) -> None:
    """Put an event found later (a gathering seated from a roll told after it) where its sentence
    stands among the events, which the passes after read in text order."""
    place = next((i for i, e in enumerate(events) if e.evidence_start > event.evidence_start), len(events))
    events.insert(place, event)
