"""Meeting, visit and ceasefire events found by rules on the dependency parse of one article.

`find_events` reads the article sentence by sentence, looking only at the words that can start
a rule (found for the whole article in one vectorised pass, `ingest/word_index.py`). Each rule
family (meetings: `meeting_verbs.py`, `meeting_nouns.py`, `joint_appearances.py`, on
`meetings.py`; visits, which `visit_events` sends each word to: `travel_words.py`,
`departures.py`, `whereabouts.py`, `hosting.py`, `tours.py`, `attending.py`, on `visits.py`,
`visitors.py` and `visit_places.py`; ceasefires, read per sentence in `truce_sentences.py` with
`milestone_words.py`, `truce_links.py`, `truce_starts.py`, `truce_combat.py` and `truce_steps.py`,
on `ceasefires.py` and `truce_status.py`, the conflict from `truce_conflicts.py`) finds a trigger
(a verb or noun from `ingest/rules.py`) and reads its participants, place, date and status with
the shared helpers (`participants.py`, `places.py`, `timing.py`, `status.py`, all built on `syntax.py`);
`counterpart_meetings.py` makes a meeting with several counterparts one meeting each; after each
sentence `joining.py` adds the people it lists to the meeting told before; `scheduling.py`
dates an event from a later sentence that only schedules it, `combine.py` then merges what the
article states twice, `gatherings.py` seats a summit's attendees told apart at one meeting, and
`entourage.py` and `trips.py` settle visits over the
whole article (companions, one visit per trip and place).
Negated and hypothetical statements yield no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.attending import attendance, attendance_told_as_time, in_attendance
from ingest.events.combine import carry_call_mode, drop_group_echoes, merge_duplicates
from ingest.events.context import Context
from ingest.events.counterpart_meetings import led_respective_sides, separate_meetings
from ingest.events.departures import back_from_abroad, departed_from, left_abroad, set_out_from
from ingest.events.entourage import add_delegation_heads, add_entourage, join_visiting_parties
from ingest.events.gatherings import summit_attendance
from ingest.events.hosting import hosted_visit, met_at_residence
from ingest.events.joining import add_accompanying, add_attendees, add_side_members, add_travelling_party
from ingest.events.joint_appearances import (
    co_hosted_meeting,
    co_presence,
    joined_in_talks,
    signed_alongside,
    signed_in_presence,
)
from ingest.events.meeting_nouns import meeting_from_noun, meetings_listed_by_pronoun, visit_with
from ingest.events.meeting_verbs import call_by_phone, exchange_of_views, meeting_from_verb
from ingest.events.meetings import among_compatriots, co_hosting_verb, sports_fixtures
from ingest.events.scheduling import date_told_events
from ingest.events.status import told_as_habit
from ingest.events.timing import carry_story_date, date_from_lead, share_sentence_date
from ingest.events.tour_counterparts import counterparts_on_tour
from ingest.events.tours import leg_named, place_visited_by, stopped_at, stops_told_before, tour_legs
from ingest.events.travel_words import accompanied_to, capitalised_visit, earlier_visit, visit_event
from ingest.events.trips import settle_visits
from ingest.events.truce_conflicts import article_conflict
from ingest.events.truce_sentences import ceasefire_events, ceasefire_sentences, told_truce_steps
from ingest.events.visits import TRAVEL_LEMMAS, leave_hosts_out
from ingest.events.whereabouts import (
    delegation_in,
    expected_arrival,
    headline_presence,
    on_the_way,
    presence,
    sent_group,
    spoken_abroad,
)
from ingest.records import Event
from ingest.word_index import doc_text, sentences, tokens_with_words, word_ids

__all__ = ["Context", "find_events"]
# Cheap gates before the rules run: only tokens that can trigger a rule are looked at.
MEETING_VERB_LEMMAS = (
    set(rules.MEETING_VERBS)
    | rules.LIGHT_VERBS
    | rules.CO_PRESENCE_VERBS
    | rules.CALL_LIGHT_VERBS
    | rules.EXCHANGE_VERBS
    | rules.DELIVERING_VERBS
    | set(rules.FAREWELL_PHRASAL_VERBS)
    | rules.GATHERING_VERBS
    | rules.SIGNING_VERBS
)
# Every other word `visit_events` can start from: a sentence with none of these has no visit.
VISIT_GATE_WORDS = (
    rules.ARRIVAL_PREDICATES
    | {"be"}
    | rules.TOUR_VERBS
    | rules.HOSTING_VISIT_VERBS
    | rules.SENDING_VERBS
    | rules.VISIT_ATTENDING_VERBS
    | set(rules.VISIT_PARTICIPATING_VERBS)
    | rules.SPEAKING_VERBS
    | rules.STOPPING_WORDS
    | rules.DELEGATION_NOUNS
    | rules.ATTENDANCE_NOUNS
    | rules.EN_ROUTE_NOUNS
    | rules.ACCOMPANYING_VISIT_VERBS
)
TRIGGER_WORDS = word_ids(
    MEETING_VERB_LEMMAS,
    rules.MEETING_NOUNS,
    rules.EXCHANGE_NOUNS,
    rules.PHONE_MEDIA,
    rules.CO_HOSTING_VERBS,
    rules.PRESENCE_NOUNS,
    rules.LISTING_PRONOUNS,
    TRAVEL_LEMMAS,
    VISIT_GATE_WORDS,
    rules.RESPECTIVE_WORDS,
)


def visit_events(ctx: Context, token: Token) -> list[Event]:
    """Every visit a word states, by the rule its lemma belongs to."""
    lemma = token.lemma_
    if (token.pos_ in ("VERB", "NOUN") or capitalised_visit(token)) and (
        lemma in TRAVEL_LEMMAS or token.lower_ in TRAVEL_LEMMAS
    ):
        found = visit_event(ctx, token) or place_visited_by(ctx, token)
        if found:
            found += departed_from(ctx, token) or []  # "before leaving Muscat for Sanaa": in Muscat
            found += set_out_from(ctx, token) or []  # "flew into Doha from Riyadh": in Riyadh
        else:  # "departed from Haneda Airport in Tokyo", "as he arrived here from Shenzhen"
            found = set_out_from(ctx, token) or []
        found = found or left_abroad(ctx, token) or back_from_abroad(ctx, token) or []
        return found + earlier_visit(ctx, token, found) + stops_told_before(ctx, token, found)
    if token.lower_ in rules.ARRIVAL_PREDICATES:
        return expected_arrival(ctx, token) or []
    if token.lower_ in rules.EN_ROUTE_NOUNS and token.pos_ == "NOUN":
        return on_the_way(ctx, token) or []
    if lemma == "be" and token.pos_ in ("AUX", "VERB"):
        return presence(ctx, token) or leg_named(ctx, token) or []
    if lemma in rules.STOPPING_WORDS:
        return stopped_at(ctx, token) or []
    if token.lower_ in rules.DELEGATION_NOUNS:
        return delegation_in(ctx, token) or []
    if token.lower_ in rules.ATTENDANCE_NOUNS and token.pos_ == "NOUN" and attendance_told_as_time(token):
        return attendance(ctx, token) or []  # "during his participation in the summit in New Delhi"
    if token.lower_ in rules.ATTENDANCE_NOUNS and token.pos_ == "NOUN":
        return in_attendance(ctx, token) or []  # "leaders in attendance for the summit include A"
    if token.pos_ != "VERB":
        return []
    legs = tour_legs(ctx, token) if lemma in rules.TOUR_VERBS else None
    if legs:
        return legs
    if lemma in rules.HOSTING_VISIT_VERBS:
        return hosted_visit(ctx, token) or []
    if lemma in rules.ACCOMPANYING_VISIT_VERBS:
        return accompanied_to(ctx, token) or []
    if lemma in rules.SENDING_VERBS:
        return sent_group(ctx, token) or []
    if lemma in rules.VISIT_ATTENDING_VERBS or lemma in rules.VISIT_PARTICIPATING_VERBS:
        return attendance(ctx, token) or []
    if lemma in rules.SPEAKING_VERBS:
        return spoken_abroad(ctx, token) or []
    if lemma in rules.MEETING_VERBS or lemma in rules.LIGHT_VERBS:
        return met_at_residence(ctx, token) or []
    return []


def same_as_visit(meeting: Event, visits: list[Event]) -> None:
    """'left Dhaka for a three-day visit to her counterpart X': the meeting a visit pays is as
    planned, or as done, as the visit, and on its day."""
    visit = next((v for v in visits if v.trigger_word == meeting.trigger_word), None)
    if visit is not None:
        meeting.status, meeting.event_date, meeting.date_precision = (
            visit.status,
            visit.event_date,
            visit.date_precision,
        )


def find_events(ctx: Context) -> list[Event]:
    """Every event in the article, in text order, duplicates merged."""
    events: list[Event] = []
    ctx.earlier = events
    default_conflict = ctx.conflict = article_conflict(ctx)
    doc, text = ctx.doc, doc_text(ctx.doc)
    triggers = tokens_with_words(doc, TRIGGER_WORDS)
    ceasefire_hints = ceasefire_sentences(doc, text)
    next_trigger = 0
    for sent in sentences(doc):
        sentence_events: list[Event] = []
        while next_trigger < len(triggers) and triggers[next_trigger] < sent.end:
            token = doc[triggers[next_trigger]]
            next_trigger += 1
            if told_as_habit(token):
                continue  # "has visited Libya several times to meet X": trips summed up, no event
            candidate = None
            if co_hosting_verb(token):
                candidate = co_hosted_meeting(ctx, token)
            elif token.lower_ in rules.LISTING_PRONOUNS and token.dep_ == "nsubj":
                candidate = meetings_listed_by_pronoun(ctx, token.head)
            elif token.pos_ in ("VERB", "AUX") and token.lemma_ in MEETING_VERB_LEMMAS:
                candidate = (
                    meeting_from_verb(ctx, token)
                    or co_presence(ctx, token)
                    or signed_alongside(ctx, token)
                    or joined_in_talks(ctx, token)
                )
            elif token.pos_ in ("NOUN", "PROPN") and (
                token.lower_ in rules.MEETING_NOUNS or exchange_of_views(token)
            ):
                candidate = meeting_from_noun(ctx, token)
            elif token.pos_ == "NOUN" and token.lower_ in rules.PHONE_MEDIA:
                candidate = call_by_phone(ctx, token)
            elif token.pos_ == "NOUN" and token.lower_ in rules.VISIT_WITH_NOUNS:
                candidate = visit_with(ctx, token)
            elif token.pos_ == "NOUN" and token.lower_ in rules.PRESENCE_NOUNS:
                candidate = signed_in_presence(ctx, token)
            elif token.lower_ in rules.RESPECTIVE_WORDS:
                candidate = led_respective_sides(ctx, token)
            visits = visit_events(ctx, token)
            if candidate is not None:
                if token.lower_ in rules.VISIT_WITH_NOUNS:
                    same_as_visit(candidate, visits)
                sentence_events += separate_meetings(ctx, candidate, token)
            sentence_events += visits
        sentence_events += headline_presence(ctx, sent)
        if sent.start in ceasefire_hints:
            sentence_events += ceasefire_events(ctx, sent, default_conflict)
        elif rules.TRUCE_STEP_HINT.search(text, sent.start_char, sent.end_char) and any(
            e.event_type == "ceasefire" for e in ctx.told_before(sent[0])
        ):
            # "The deal came into force at midnight", right after a truce was told
            sentence_events += told_truce_steps(ctx, sent, default_conflict)
        share_sentence_date(sentence_events)
        events += add_attendees(ctx, sent, events, sentence_events)
        add_accompanying(ctx, sent, events)
        add_side_members(ctx, sent, events)
    carry_call_mode(events)
    date_told_events(ctx, events)
    carry_story_date(ctx, events)
    events = drop_group_echoes(merge_duplicates(events))
    events = summit_attendance(ctx, events)
    add_entourage(ctx, events)
    join_visiting_parties(ctx, events)
    add_delegation_heads(ctx, events)
    events = settle_visits(ctx, events)
    add_travelling_party(ctx, events)  # after the legs are settled: the party goes on each
    events += counterparts_on_tour(ctx, events)  # one meeting per leg: after the legs too
    events = [e for e in events if not among_compatriots(ctx, e)]
    leave_hosts_out(ctx, events)
    fixtures = sports_fixtures(ctx, events)
    events = [e for e in events if not any(e is f for f in fixtures)]
    date_from_lead(ctx, events)  # last: merging and trips compare the dates the text states
    return events
