"""An Event record from a matched trigger: evidence from its sentence, then date and status
settled together."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.context import Context
from ingest.events.timing import date_of
from ingest.records import Event, Participant


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
    if event.date_precision == "article":
        event.confidence = round(event.confidence - rules.ARTICLE_DATE_PENALTY, 2)
    return event
