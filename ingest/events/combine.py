"""Passes over all of an article's events once found: the same event stated twice becomes one
(and a meeting of countries' groups that a meeting of their named people tells again is dropped),
and a 'spoke to' right after a call, or a conversation between two people who had a call, is a
call."""

from __future__ import annotations

import re
from collections import Counter

from ingest import geography, rules
from ingest.actors.names import country_of, generic_title, title_head
from ingest.events.build import welcome
from ingest.events.timing import told_again, told_as_previous
from ingest.records import Actor, Event, Participant, evidence_words


def merge_duplicates(events: list[Event]) -> list[Event]:
    """The same real event stated twice in one article is one event, with the participants,
    day and place that either statement gives."""
    kept: list[Event] = []
    told = Counter((e.evidence_start, e.trigger_word) for e in events if e.event_type == "meeting")
    split = {
        id(e) for e in events if e.event_type == "meeting" and told[(e.evidence_start, e.trigger_word)] > 1
    }
    for event in events:
        twin = next((k for k in kept if same_event(k, event) and not one_of_separate(k, event, split)), None)
        if twin is None:
            kept.append(event)
            continue
        if twin.confidence == rules.LISTED_MEETING_CONFIDENCE < event.confidence:
            # "These were with A and B" before "Mr Lee met A on the sidelines of the summit": the
            # statement of the meeting itself stands, with its words, day and place
            kept[kept.index(twin)] = event
            twin, event = event, twin
        known = {p.actor for p in twin.participants}
        # "X and his delegation were greeted by A": a delegation one statement told beside its own
        # leader stays
        kept_sides = {p.actor for p in twin.participants if side_country(p.actor) in people_countries(twin)}
        twin.participants += [p for p in event.participants if p.actor not in known]
        if twin.event_type == "meeting":
            # "Rubio and Lavrov held talks ... the US-Russian talks": the people named stand for
            # their countries' delegations
            named = people_countries(twin)
            twin.participants = [
                p for p in twin.participants if side_country(p.actor) not in named or p.actor in kept_sides
            ]
        # a day told the other time ("their third meeting this year" gives none to take)
        if twin.date_precision == "article" and event.date_precision != "article" and event.event_date:
            twin.event_date, twin.date_precision = event.event_date, event.date_precision
        elif twin.earlier and twin.event_date is None and event.event_date is not None:
            twin.event_date, twin.date_precision = event.event_date, event.date_precision  # a visit before
        if event.location is not None and (
            twin.location is None or geography.lies_within(event.location, twin.location)
        ):
            # "to Alaska, where he and Putin will hold talks ... The two are to meet in Anchorage"
            twin.location = event.location
        twin.confidence = max(twin.confidence, event.confidence)
    return kept


def one_of_separate(a: Event, b: Event, split: set[int]) -> bool:
    """'Before the ceremony, Trump held separate talks with each of the two leaders': one of the
    meetings a sentence tells apart is not the larger meeting of all of them."""
    people_a, people_b = ({p.actor for p in e.participants} for e in (a, b))
    if (id(a) in split and people_a < people_b) or (id(b) in split and people_b < people_a):
        return True
    # "Zelensky held a separate meeting with Guterres", after the three of them met
    return (told_separate(a) and people_a < people_b) or (told_separate(b) and people_b < people_a)


def told_separate(event: Event) -> bool:
    """'held a separate meeting with B', 'met B separately'; not 'in separate remarks'."""
    words = evidence_words(event)
    if set(words) & rules.SEPARATELY_WORDS:
        return True
    return any(
        word in rules.SEPARATE_WORDS and following in rules.MEETING_NOUNS
        for word, following in zip(words, words[1:], strict=False)
    )


def drop_group_echoes(events: list[Event]) -> list[Event]:
    """'U.S. and Russian leaders concluded Alaska talks' in a summary, beside 'Trump and Putin
    concluded their summit in Alaska on Friday': a meeting of countries' groups, undated or on
    the same day, that a meeting of named people of those countries tells again is that meeting."""
    named = [e for e in events if e.event_type == "meeting" and len(people_countries(e)) >= 2]
    kept = []
    for event in events:
        drop_group_of_those_named(event)
        sides = group_countries(event)
        echoed = sides and any(
            n.status == event.status
            and n.mode == event.mode  # not talks of ministers after their leaders' call
            and (event.date_precision in (None, "article") or event.event_date == n.event_date)
            and sides <= people_countries(n)
            # "talks in Saudi Arabia" told again as "led their delegations in Riyadh"
            and (None in (n.location, event.location) or geography.overlaps(n.location, event.location))
            for n in named
        )
        if not echoed and not told_by_name_elsewhere(event, events) and not group_trip_named(event, events):
            kept.append(event)
    return kept


def group_trip_named(event: Event, events: list[Event]) -> bool:
    """'The leaders of four European countries arrived in Kyiv' beside 'Macron, Merz, Tusk and
    Starmer arrived in Kyiv' that day: travellers told as a group, then by name, made one trip.
    The group's country, if it has one, must be a named traveller's."""
    groups = [p.actor for p in event.participants]
    if event.event_type != "visit" or not groups or any(a.kind != "group" for a in groups):
        return False
    if event.date_precision not in (None, "article", "day"):
        return False
    for other in events:
        named = [p.actor for p in other.participants if p.actor.kind == "person"]
        if other is event or other.event_type != "visit" or len(named) < 2 or other.status != event.status:
            continue
        same_day = event.date_precision in (None, "article") or other.event_date == event.event_date
        same_place = bool(event.location and other.location) and (
            event.location == other.location or geography.lies_within(other.location, event.location)
        )
        countries = {a.country for a in named}
        if (
            same_day
            and same_place
            and all(group_country(g) in (None, *countries) for g in groups)
            and all(holds_group_office(a, g) for a in named for g in groups)
        ):
            return True
    return False


def holds_group_office(person: Actor, group: Actor) -> bool:
    """'the leaders of four countries' are heads of state or government, 'foreign ministers' foreign
    ministers: the named travellers hold the office the group's label gives them."""
    office = group.canonical_name.split(" of ")[0].split()[-1].lower().removesuffix("s")
    role = (person.role or "").lower()
    if office in rules.LEADER_NOUNS_SINGULAR:
        return any(word in role for word in rules.LEADER_OFFICES)
    return bool(role) and office in role.split()


def group_country(group: Actor) -> str | None:
    """'Ukrainian officials' -> Ukraine: the group's country, or the first its label names."""
    if group.country:
        return group.country
    return next((c for w in group.canonical_name.split() if (c := country_of(w, "NORP"))), None)


def group_office(group: Actor) -> str:
    """'European foreign ministers', 'foreign ministers of the three Baltic states' -> 'minister':
    the office a group's members hold."""
    return title_head(group.canonical_name).removesuffix("s")


def drop_group_of_those_named(event: Event) -> None:
    """'A, B and C talk over lunch during a meeting of foreign ministers': the group is the
    ministers named, not another side (two or more of the people hold its office)."""
    if event.event_type != "meeting":
        return
    for group in [p.actor for p in event.participants if p.actor.kind == "group"]:
        office = group_office(group)
        plain = generic_title(" ".join(group.canonical_name.split()[-2:]).removesuffix("s"))
        roles = [(p.actor, p.actor.role or "") for p in event.participants if p.actor.kind == "person"]
        holders = [
            a
            for a, role in roles
            if office in role.lower().split() or (plain and generic_title(role) == plain)
        ]
        gathering = re.search(
            rf"\bof (?:the )?{re.escape(group.canonical_name)}", event.evidence, re.IGNORECASE
        )
        if gathering and len(holders) >= 2 and len(holders) + 1 == len(event.participants):
            event.participants = [p for p in event.participants if p.actor is not group]


def told_by_name_elsewhere(event: Event, events: list[Event]) -> bool:
    """'European foreign ministers met their Iranian counterpart on Friday' beside a meeting that
    day of the named ministers with him: the group is those ministers, the meeting the same. Told
    beside a planned meeting ('are set to meet him on Friday'), the group is named by it and its
    meeting stays, held."""
    # a day told, or none for both ("his meetings with the foreign ministers" after each is named)
    if event.event_type != "meeting" or event.date_precision not in ("day", "article"):
        return False
    people = {p.actor for p in event.participants if p.actor.kind == "person"}
    groups = [p.actor for p in event.participants if p.actor.kind == "group"]
    if not people or len(groups) != 1 or len(people) + 1 != len(event.participants):
        return False
    office = group_office(groups[0])
    country = group_country(groups[0])
    # "Top US negotiators", "US officials": a country's side, whatever offices its people hold
    any_office = office in rules.GENERIC_SIDE_MEMBERS and country is not None
    for other in events:
        named = {p.actor for p in other.participants if p.actor.kind == "person"}
        # a caption's "meets" dated by the article is the meeting told with its day
        same_day = other.event_date == event.event_date or (
            event.date_precision == "article" and dates_agree(event, other)
        )
        if other is event or other.event_type != "meeting" or not same_day:
            continue
        # the others hold the group's office: "foreign ministers" are the ministers named; a
        # country's group ("Laotian foreign minister") is only that country's
        others = [  # in the other meeting's order: a set's order would change from run to run
            p.actor
            for p in other.participants
            if p.actor in named - people and (not country or p.actor.country == country)
        ]
        holders = [a for a in others if any_office or office in (a.role or "").lower().split()]
        if not (people < named and holders):
            continue
        if other.status == event.status:
            return True
        if len(holders) < 2:
            continue  # "foreign ministers" are named by two or more ministers, not one counterpart
        if None not in (event.location, other.location) and event.location != other.location:
            continue  # "due to meet A in Geneva" names nobody of "Arab ministers met A in Istanbul"
        event.participants = [p for p in event.participants if p.actor is not groups[0]] + [
            Participant(a, "participant") for a in others
        ]
        return False
    return False


def people_countries(event: Event) -> set[str]:
    return {p.actor.country for p in event.participants if p.actor.kind == "person" and p.actor.country}


def group_countries(event: Event) -> set[str]:
    """The countries of a meeting told only between countries' groups or delegations."""
    if event.event_type != "meeting" or not event.participants:
        return set()
    countries = {side_country(p.actor) for p in event.participants}
    return set() if None in countries else countries


def side_country(actor: Actor) -> str | None:
    """'Russian leaders', 'the Ukrainian delegation' -> Russia, Ukraine; None for anyone else."""
    if actor.kind not in ("group", "org"):
        return None
    named = geography.country_named(actor.country) if actor.country else None
    return named or geography.country_named(actor.canonical_name.split()[0])


def same_event(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.status != b.status or a.earlier != b.earlier:
        return False
    if a.earlier and b.earlier:  # "his sixth visit to Russia, after his previous trip on August 6"
        return a.location == b.location and bool(
            {p.actor for p in a.participants} & {p.actor for p in b.participants}
        )
    if not dates_agree(a, b) or farewell_on_another_day(a, b):
        return False
    if a.evidence_start == b.evidence_start and a.event_date != b.event_date and told_again(a, b):
        return False  # "A met B after the two met on Tuesday": the day told is the other meeting's
    if a.event_type == "ceasefire":
        return (a.conflict, a.milestone, a.phase) == (b.conflict, b.milestone, b.phase)
    shared = {p.actor for p in a.participants} & {p.actor for p in b.participants}
    if a.event_type == "visit":
        return bool(shared) and a.location == b.location
    if shared and a.mode == b.mode and welcomed_also(a, b):
        return True
    if len(shared) < 2 or a.mode != b.mode:
        return False
    # "Rubio and Witkoff met Macron ... later met Yermak": each mention has a counterpart the
    # other lacks, so they are two meetings
    only_a = {p.actor for p in a.participants if p.role != "accompanying"} - shared
    only_b = {p.actor for p in b.participants if p.role != "accompanying"} - shared
    return not (only_a and only_b)


def farewell_on_another_day(a: Event, b: Event) -> bool:
    """'bade farewell to the delegation at the airport', told on the day printed, and 'during a
    bilateral meeting yesterday': the send-off ends the visit, the talks came before it."""
    farewells = [e for e in (a, b) if e.trigger_word.lower() in rules.FAREWELL_WORDS]
    return len(farewells) == 1 and a.event_date != b.event_date


def welcomed_also(a: Event, b: Event) -> bool:
    """'X was greeted by A. Also welcoming him were B and C': the hosts told 'also' at a guest's
    welcome are more of the same welcoming party."""
    both = welcome(a) and welcome(b)
    # "greeted other guests, including A and B": the welcomes one sentence tells apart stay apart
    return (
        both
        and a.evidence_start != b.evidence_start
        and any(set(evidence_words(e)) & rules.ALSO_WORDS for e in (a, b))
    )


def dates_agree(a: Event, b: Event) -> bool:
    """Equal dates, or one stands in for a date the text does not give ('article') and the other is
    of the same news days: a meeting dated years before is another meeting, not this one."""
    if a.event_date == b.event_date:
        return True
    if (a.date_precision is None) != (b.date_precision is None):
        return False  # "The previous meeting took place in Kazan": undated, so another occasion
    if "article" not in (a.date_precision, b.date_precision):
        return False
    if any(e.date_precision != "article" and told_as_previous(e) for e in (a, b)):
        return False  # "The previous conversation between them took place on 26 February"
    if a.milestone == "violated" and a.date_precision != b.date_precision:
        return False  # "Kyiv says Russia broke the truce" and "on Sunday Moscow said Kyiv had": two charges
    if a.event_date is None or b.event_date is None:
        return True
    return abs((a.event_date - b.event_date).days) <= rules.SAME_NEWS_MAX_DAYS


def carry_call_mode(events: list[Event]) -> None:
    """'X spoke to Y' right after a phone call of X's, or 'their conversation' or 'the two
    leaders discussed' after a call between the same two people, is that call again, not an
    in-person meeting."""
    previous: Event | None = None
    calls: list[Event] = []
    for event in events:
        if event.event_type != "meeting":
            continue
        people = {p.actor for p in event.participants}
        # "The two presidents discussed the conflict in Ukraine" after their call: the place is
        # the topic's, not where they sat
        topic_place = event.trigger_word.lower().startswith(rules.DISCUSSION_PREFIXES)
        if (
            event.mode == "in_person"
            and (event.location is None or topic_place)
            and event.trigger_word.lower().startswith(rules.SPOKE_PREFIXES)
            and (
                (
                    previous is not None
                    and previous.mode == "call"
                    and people & {p.actor for p in previous.participants}
                )
                or any(len(people & {p.actor for p in call.participants}) >= 2 for call in calls)
            )
        ):
            event.mode, event.cameo_code = "call", rules.CAMEO_CALL
            event.location = None if topic_place else event.location
        if event.mode == "call":
            calls.append(event)
        previous = event
