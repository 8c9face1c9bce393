"""Who sits at the summit an article tells of: the people it says attend that one gathering, told
in different sentences ('X arrived in Bishkek to attend the SCO summit ... Y and Z will also attend
the summit', 'A arrived in Addis Ababa today to participate in the AU Summit'), all sit at it, one
meeting of them, as the text names them (a summit whose attendees are never named is none). Not a
summit told as another time ('last year's summit in Kazan'), nor a gathering someone only hosts."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.build import insert_in_text_order
from ingest.events.context import Context
from ingest.events.joining import attended_in, join
from ingest.events.meetings import build_meeting
from ingest.events.participants import side
from ingest.events.status import status_of
from ingest.events.syntax import direct_objects, prep_objects, subject_of
from ingest.records import Actor, Event
from ingest.word_index import tokens_with_words, word_ids

ATTENDING_WORDS = word_ids(rules.SUMMIT_ATTENDING_VERBS)


def summit_attendance(ctx: Context, events: list[Event]) -> list[Event]:
    """The events with the summit's attendees seated at one meeting: the meeting an attending
    clause already states, else a new one told where the first of them is said to attend."""
    told = attendances(ctx)
    people = list(dict.fromkeys(a for _, _, found in told for a in found))
    if len(people) < rules.SUMMIT_ATTENDEES_MIN:
        return events
    triggers = {verb.text for verb, _, _ in told} | {noun.text for _, noun, _ in told}
    stated = next(
        (
            e
            for e in events
            if e.event_type == "meeting"
            and e.mode == "in_person"
            and e.trigger_word in triggers
            and any(p.actor in people for p in e.participants)
        ),
        None,
    )
    if stated is not None:
        join(stated, people, "participant")
        return events
    verb, noun, _ = told[0]
    meeting = build_meeting(ctx, verb, people[:1], people[1:], rules.CAMEO_CONSULT, "participant", noun)
    if meeting is None:
        return events
    insert_in_text_order(events, meeting)
    return events


def attendances(ctx: Context) -> list[tuple[Token, Token, list[Actor]]]:
    """Each clause saying people attend a summit of this article ('to attend the summit', 'will
    take part in the summit', 'arrived for the summit'): its verb, the summit noun and the people."""
    found = []
    for verb in (ctx.doc[i] for i in tokens_with_words(ctx.doc, ATTENDING_WORDS)):
        if verb.pos_ != "VERB" or verb.lemma_ not in rules.SUMMIT_ATTENDING_VERBS:
            continue
        nouns = direct_objects(verb) + attended_in(verb)
        if verb.lemma_ in rules.ARRIVAL_VERBS:
            nouns = prep_objects(verb, rules.TRIP_PURPOSE_PREPS)  # "arrived in Jeddah for the summit"
        summit = next((n for n in nouns if summit_named(n) and this_time(n)), None)
        if summit is None or status_of(verb) is None:
            continue  # "did not attend the summit"
        people = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
        if people:
            found.append((verb, summit, people))
    return found


def summit_named(noun: Token) -> bool:
    """'the SCO summit', 'the Commonwealth Heads of Government Meeting': a summit, or a meeting
    whose proper name is written with capitals."""
    return noun.lemma_.lower() in rules.SUMMIT_NOUNS or (
        noun.lower_ in rules.ATTENDED_NAMED_EVENT_NOUNS and noun.text[:1].isupper()
    )


def this_time(summit: Token) -> bool:
    """Not 'last year's summit', 'the previous summit in Kazan': another time than the story's."""
    return not any(
        t.lower_ in rules.PAST_DATE_WORDS or (t.dep_ == "poss" and t.ent_type_ == "DATE")
        for c in summit.children
        for t in c.subtree
    )
