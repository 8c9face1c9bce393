"""'Putin will meet Trump in Alaska. The meeting will take place on Friday.': a sentence that
only schedules a meeting or visit told just before ('the talks are set for', 'his visit is
scheduled to take place on') gives that event its day, or the day within the week or month it was
told in."""

from __future__ import annotations

import datetime as dt

from ingest import rules
from ingest.actors.references import tokens_with
from ingest.dates import within_period
from ingest.events.context import Context
from ingest.events.status import status_of
from ingest.events.syntax import SUBJECT_DEPS, is_definite
from ingest.events.timing import date_of, told_as_past_occasion
from ingest.records import Event


def date_told_events(ctx: Context, events: list[Event]) -> None:
    """Undated events take the day a later scheduling sentence gives them."""
    for noun in tokens_with(ctx.doc, rules.MEETING_NOUNS | rules.VISIT_NOUNS):
        verb = noun.head
        if noun.dep_ not in SUBJECT_DEPS or not is_definite(noun) or not schedules(verb):
            continue
        if told_as_past_occasion(noun):
            continue  # "The last meeting between A and B took place on ...": that meeting, not the one before
        # "is scheduled to take place on March 7": the day may hang on the infinitive
        for clause in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
            day, precision = date_of(ctx, clause, status_of(verb))
            if day is not None and precision != "article":
                break
        if day is None or precision == "article":
            continue
        kind = "meeting" if noun.lower_ in rules.MEETING_NOUNS else "visit"
        since = noun.sent.start_char
        earlier = [
            e
            for e in events
            if e.event_type == kind and since - rules.LATER_MENTION_MAX_CHARS <= e.evidence_start < since
        ]
        # "He was greeted by X. Their formal talks are set for Wednesday": a day still to come
        # schedules another meeting, not the one told as over
        ahead = ctx.published is not None and day > ctx.published
        # "X and Y met in Panmunjom. The first inter-Korean summit was held in June 2000": a day
        # long before the news is another occasion, not the one told undated
        long_before = ctx.published is not None and (ctx.published - day).days > rules.SAME_NEWS_MAX_DAYS
        if (
            earlier
            and (earlier[-1].date_precision == "article" or narrows(earlier[-1], day, precision))
            and not (ahead and earlier[-1].status == "occurred")
            and not long_before
        ):
            earlier[-1].event_date, earlier[-1].date_precision = day, precision


def narrows(event: Event, day: dt.date, precision: str | None) -> bool:
    """'will visit China this week ... The state visit will take place from Friday to Sunday': a
    day within the week or month the event was told in."""
    return (
        precision == "day"
        and event.event_date is not None
        and event.date_precision in ("week", "month")
        and within_period(day, event.event_date, event.date_precision)
    )


def schedules(verb) -> bool:
    """'will take place on', 'is scheduled for', 'is set for', 'will be held on'."""
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return verb.lemma_ in rules.SCHEDULING_VERBS
