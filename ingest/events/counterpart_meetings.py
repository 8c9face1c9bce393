"""One meeting per counterpart: separate talks, bilateral meetings and calls with several people
as one meeting each ('held separate talks with A and B'), pairs told 'respectively', each with
their own counterpart ('A and B spoke with their American counterparts'); and people who led
their respective delegations, who met."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from spacy.tokens import Token

from ingest import rules
from ingest.actors.names import generic_office, generic_title, institution_of
from ingest.actors.references import country_word
from ingest.dates import resolve_date
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.meetings import (
    followed_by,
    journey_companions,
    listed_meeting_verb,
    pronoun_listing,
    told_as_known,
)
from ingest.events.participants import (
    listed_owners,
    received_on_arrival,
    side,
    together_with,
    unnamed_counterpart,
)
from ingest.events.places import place_of
from ingest.events.status import status_of
from ingest.events.syntax import (
    also_with,
    clause_verb,
    direct_objects,
    passive_agent_objects,
    prep_objects,
    subject_of,
)
from ingest.records import Actor, Event, Participant
from ingest.word_index import entity_at


def led_respective_sides(ctx: Context, respective: Token) -> Event | None:
    """'A and B led their respective delegations at the Diriyah Palace', 'headed their respective
    delegations in the talks': each led one side of the same talks, so the two met."""
    sides = respective.head
    verb = sides.head
    if respective.dep_ != "amod" or sides.lower_ not in rules.LED_SIDE_NOUNS or sides.dep_ != "dobj":
        return None
    if verb.lemma_ not in rules.LEADING_VERBS or verb.pos_ != "VERB":
        return None
    # "led their respective delegations at the UN General Assembly": a gathering both attended
    if any(
        w.lemma_.lower() in rules.ATTENDED_EVENT_NOUNS or w.lower_ in rules.ASSEMBLY_WORDS
        for g in prep_objects(verb, {"at", "in", "to"}) + prep_objects(sides, {"at", "in", "to"})
        for w in g.subtree
    ):
        return None
    heads = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
    status = status_of(verb)
    if len(heads) < 2 or status is None:
        return None
    event = make_event(
        ctx,
        "meeting",
        verb,
        [Participant(a, "participant") for a in heads],
        cameo_code=rules.CAMEO_NEGOTIATE,
        mode="in_person",
        confidence=rules.LED_SIDES_CONFIDENCE,
    )
    event.location = place_of(ctx, [verb, sides], heads)
    return finish(ctx, event, verb, status)


def respective_pairs(ctx: Context, event: Event, trigger: Token) -> list[Event]:
    """'A and B were received by C and D, respectively': A met C and B met D."""
    sent = trigger.sent
    if not any(t.lower_ == rules.RESPECTIVELY for t in sent):
        return []
    first = set(side(ctx, subject_of(trigger)))
    ours = [p for p in event.participants if p.actor in first]
    others = [p for p in event.participants if p.actor not in first]
    if len(ours) < 2 or len(ours) != len(others):
        return []

    def told_at(participant: Participant) -> int:
        spans = [m.char_start for m in ctx.actors.mentions if m.actor is participant.actor]
        inside = [start for start in spans if sent.start_char <= start < sent.end_char]
        return min(inside, default=sent.end_char)

    ours.sort(key=told_at)
    others.sort(key=told_at)
    return [replace(event, participants=[a, b]) for a, b in zip(ours, others, strict=True)]


def own_counterparts(ctx: Context, event: Event, trigger: Token) -> list[Event]:
    """'A and B spoke with their American counterparts': each with their own, so A and B, one
    side, did not meet each other: one meeting for each of them, with the counterparts (not
    'their counterparts from the BRICS group', one table, nor counterparts the text names)."""
    head = next(
        (
            t
            for t in trigger.sent
            if t.lower_ in rules.PLURAL_COUNTERPART_NOUNS
            and any(c.dep_ == "poss" and c.lower_ in rules.PLURAL_POSSESSIVES for c in t.children)
        ),
        None,
    )
    # "their French and German counterparts": two countries' ministers, one table with A and B
    modifiers = [] if head is None else [m for t in head.children for m in (t, *t.conjuncts)]
    countries = [c for t in modifiers if (c := country_word(t))]
    ours = [p for p in event.participants if p.actor.kind == "person"]
    others = [p for p in event.participants if p.actor.kind != "person"]
    if len(countries) != 1 or len(ours) < 2 or not others:
        return []
    return [
        replace(event, participants=[mine, *own_counterpart(ctx, mine.actor, head, countries[0], others)])
        for mine in ours
    ]


def own_counterpart(
    ctx: Context, person: Actor, head: Token, country: str, others: list[Participant]
) -> list[Participant]:
    """A's counterpart among 'their American counterparts': 'American national security adviser'
    when A's office is told, as annotators label one never named; else the counterparts."""
    office = generic_office(person.role) if person.role else None
    if office is None:
        return others
    return [Participant(unnamed_counterpart(ctx, country, office, head), others[0].role)]


def leaders_of_countries(ctx: Context, trigger: Token) -> bool:
    """'held talks with leaders of A, B and C', each of whom the article names: a counterpart per
    country, as when they go unnamed."""
    return any(
        t.lower_ in rules.GROUP_REFERENCE_NOUNS and listed_owners(t) and ctx.actors.people_at(t)
        for t in trigger.subtree
        if t.dep_ == "pobj"
    )


def phone_call(noun: Token) -> bool:
    """'a phone call', 'a telephone conversation': a call on a line that joins two."""
    return noun.lower_ in rules.PHONE_CALL_NOUNS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in rules.PHONE_CALL_MODIFIERS for c in noun.children
    )


def sampled_group(trigger: Token) -> bool:
    """'meet with Chinese leaders including A, B and C': people picked from a group are met one by
    one, not all at one table; not 'will join his counterparts, including A and B, at the summit',
    where they all sit."""
    if trigger.lemma_ in rules.JOINING_VERBS:
        return False
    met = prep_objects(trigger, {"with"}) + (direct_objects(trigger) if trigger.pos_ == "VERB" else [])
    # "held talks with a number of heads of state, including A and B": the talks' own 'with'
    met += [g for o in list(met) if o.lower_ in rules.MEETING_NOUNS for g in prep_objects(o, {"with"})]
    # "interacted with a number of heads of state, including A and B": the count stands for its group
    groups = [
        o
        for o in met
        if o.lower_ in rules.GROUP_NOUNS
        or (o.lower_ in rules.QUANTITY_NOUNS and any(g.tag_ == "NNS" for g in prep_objects(o, {"of"})))
    ]
    # "greeted counterparts and guests, including A, B and C": the list may hang on the last group
    groups += [c for o in groups for c in o.conjuncts if c.tag_ == "NNS"]
    # "held several meetings in Belgrade, including with A and B": meetings, some of them named
    meetings = [o for o in met if o.tag_ == "NNS" and o.lower_ in rules.MEETING_NOUNS]
    if meetings and trigger.pos_ == "VERB":
        groups += [trigger, *meetings]
    return any(
        any(c.dep_ == "prep" and c.lower_ in rules.INCLUDING_WORDS for c in g.children) for g in groups
    )


def calls_on(verb: Token) -> bool:
    """'will call on A and B', 'will pay courtesy calls on A and B': courtesy calls, one on each
    host."""
    callers = [verb] if verb.lemma_ == "call" else [o for o in direct_objects(verb) if o.lower_ == "calls"]
    return verb.pos_ == "VERB" and any(
        c.dep_ in ("prep", "prt") and c.lower_ in rules.CALL_ON_PREPS for t in callers for c in t.children
    )


def repeated_with(trigger: Token, nouns: list[Token]) -> bool:
    """'held talks with A and also with B': the preposition said again opens a meeting of its own."""
    holders = [trigger, *nouns, *(p for t in [trigger, *nouns] for p in t.children if p.dep_ == "prep")]
    if any(
        c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in rules.REPEATED_COUNTERPART_PREPS
        for t in holders
        for c in t.children
    ):
        return True
    # "will meet with A, and with B": the model hangs both on the verb
    if any(
        sum(c.dep_ == "prep" and c.lower_ in rules.REPEATED_COUNTERPART_PREPS for c in t.children) > 1
        for t in [trigger, *nouns]
    ):
        return True
    # "had a meeting with A as well as with B": the second 'with' hangs on the verb holding the noun
    governors = [n.head for n in nouns if n.dep_ in ("dobj", "obj")]
    if any(prep_objects(n, rules.REPEATED_COUNTERPART_PREPS) for n in nouns) and any(
        c.dep_ == "prep" and c.lower_ in rules.REPEATED_COUNTERPART_PREPS
        for g in governors
        for c in g.children
    ):
        return True
    # "met A; B; as well as with C"
    counterparts = direct_objects(trigger) + [o for t in [trigger, *nouns] for o in prep_objects(t, {"with"})]
    return any(also_with(m) for c in counterparts for m in (c, *c.conjuncts))


def each_of_a_country(ctx: Context, nouns: list[Token]) -> bool:
    """'with Presidents A of Azerbaijan, B of Kazakhstan and C of Turkey': two or more people met,
    each named with a country of their own."""
    met = [g for n in nouns for g in prep_objects(n, {"with"})]
    if not met or any(c.lower_ in rules.ONE_TABLE_WORDS for n in nouns for c in n.children):
        return False  # "trilateral talks between Presidents A of X, B of Y and C of Z": one table
    met += [t for g in met for t in g.subtree if t.dep_ in ("appos", "conj")]
    met += [a for n in nouns for a in n.children if a.dep_ == "appos"]
    countries = {
        g.text
        for t in met
        if (person := ctx.actors.actor_at(t)) is not None and person.kind == "person"
        for g in prep_objects(t, {"of"})
        if g.ent_type_ == "GPE"
    }
    return len(countries) >= 2


def met_across(trigger: Token, nouns: list[Token]) -> bool:
    """Whether the meeting names counterparts apart from its subject ('met A', 'talks with A'), not
    only a subject or a list of every side ('talks between A, B and C')."""
    if trigger.pos_ == "VERB" and direct_objects(trigger):
        return True
    return any(prep_objects(t, {"with", "to"}) for t in [trigger, *nouns])


def same_bodies(bodies: list[str]) -> list[str]:
    """'parliament' and 'european parliament' are one body: each as the longest that holds it."""
    return [max((b for b in bodies if set(body.split()) <= set(b.split())), key=len) for body in bodies]


def separate_meetings(ctx: Context, event: Event, trigger: Token) -> list[Event]:
    """'X held separate talks with A and B', 'X will hold bilateral meetings with A and B', 'X
    spoke by phone with A and B', 'X met the Sudanese premier A and the Ghanaian president B': one
    meeting (or call) with each of them, not one of three."""
    paired = respective_pairs(ctx, event, trigger) or own_counterparts(ctx, event, trigger)
    if paired:
        return paired
    nouns = [trigger] if trigger.lower_ in rules.MEETING_NOUNS else direct_objects(trigger)
    nouns += [g for n in nouns for g in prep_objects(n, {"of"})]  # "held a series of bilateral meetings"
    noun = next((n for n in nouns if n.lower_ in rules.MEETING_NOUNS), None)
    if (
        noun is not None
        and noun.tag_ == "NN"
        and len(event.participants) >= 3
        and any(c.lower_ in rules.ONE_TABLE_WORDS for c in noun.children)
        # "held multilateral and bilateral meetings with A and B": some one by one
        and not any(
            t.lower_ in rules.ONE_TO_ONE_WORDS | rules.SEPARATE_WORDS
            for c in noun.children
            if c.dep_ == "amod"
            for t in c.subtree
        )
    ):
        return [event]  # "a trilateral meeting with the foreign ministers of A and B": one table
    by_country = each_owner = listed_apart = owners_together = branch_heads = False
    modifiers = {c.lower_ for c in noun.children if c.dep_ == "amod"} if noun is not None else set()
    plural_bilaterals = (
        noun is not None
        and noun.tag_ == "NNS"
        and (modifiers & rules.ONE_TO_ONE_WORDS or noun.lower_ in rules.ONE_TO_ONE_NOUNS)
    )
    if noun is not None and (modifiers & rules.SEPARATE_WORDS or plural_bilaterals):
        owners = [c for c in noun.children if c.dep_ == "poss"] or subject_of(clause_verb(noun))
        # "held a series of bilateral meetings with A, B and C": the subject of the verb holding them
        owners = owners or subject_of(clause_verb(trigger))
        owners = [o for o in owners if o.i != noun.i]  # "Bilateral meetings with A and B will take place"
        # "A and B held several meetings, including with C and D": both at each, one by one
        owners_together = sampled_group(trigger)
    elif pronoun_listing(trigger.head if trigger.lower_ in rules.LISTING_PRONOUNS else trigger):
        owners = []  # "These were with A and B": one each, with the holder of the meetings told before
    elif trigger.pos_ == "VERB" and (
        any(c.lower_ in rules.SEPARATELY_WORDS for c in trigger.children)
        or any(
            m.dep_ == "amod" and m.lower_ in rules.SEPARATE_WORDS
            for g in prep_objects(trigger, {"in", "at", "during"})
            for m in g.children
        )
    ):
        owners = subject_of(trigger)  # "met A and B separately", "will call on A and B, in separate visits"
        each_owner = True  # "A and B met separately with C": one meeting each with C
    elif event.mode == "call" and trigger.lemma_ in rules.MEETING_VERBS and trigger.pos_ == "VERB":
        owners = subject_of(trigger)  # "spoke by phone with A and B": a call with each
    elif event.mode == "call" and trigger.lower_ in rules.IN_TOUCH_NOUNS:
        owners = subject_of(clause_verb(trigger))  # "had been in touch with A and B": each apart
    elif (
        event.mode == "call"
        and noun is not None
        and ((noun.tag_ == "NNS" and noun.lower_ in rules.CALL_WORDS) or phone_call(noun))
    ):
        owners = subject_of(clause_verb(noun))  # "made phone calls to the leaders of A and B"
    elif sampled_group(trigger):
        owners = subject_of(clause_verb(trigger))  # "will meet leaders including A, B and C": each apart
        owners_together = True  # "A and B held meetings, including with C and D": both at each
    elif calls_on(trigger):
        owners = subject_of(trigger)  # "will call on A, B and C": a courtesy call on each
    elif any(followed_by(t) for t in [trigger, *nouns, *prep_objects(trigger, {"with", "to"})]):
        owners = subject_of(clause_verb(trigger))  # "is meeting A followed by B": one after the other
    elif repeated_with(trigger, nouns):
        owners = subject_of(clause_verb(trigger))  # "talks with A and also with B": two meetings
    elif each_of_a_country(ctx, [trigger, *nouns]):
        # "Putin's talks with Presidents A of Azerbaijan, B of Kazakhstan and C of Turkey": a readout
        # of bilaterals, one with each
        owners = [c for n in [trigger, *nouns] for c in n.children if c.dep_ == "poss"] or subject_of(
            clause_verb(trigger)
        )
        listed_apart = True
    elif received_on_arrival(trigger) and passive_agent_objects(trigger):
        owners = passive_agent_objects(trigger)  # "The leaders were received on arrival by X": each apart
    elif not met_across(trigger, nouns):
        return [event]  # "the foreign ministers of A, B and C met", "talks among A, B and C": one table
    elif trigger.pos_ == "VERB" and (
        trigger.lemma_ in rules.MEETING_EACH_COUNTRY_VERBS
        or (
            noun is not None
            and noun.lower_ in rules.PLURAL_TABLE_NOUNS
            and noun.head == trigger
            and not any(c.lower_ in rules.ONE_TABLE_WORDS for c in noun.children)  # "trilateral discussions"
        )
    ):
        # "met the Sudanese and the Ghanaian presidents", "held discussions with the Ethiopian,
        # Brazilian and Singaporean ministers": each apart
        owners = subject_of(trigger)
        by_country = True
    elif any(p.actor.kind == "group" and p.actor.country for p in event.participants) or leaders_of_countries(
        ctx, trigger
    ):
        owners = subject_of(clause_verb(trigger))  # "held talks with the leaders of A and B": each apart
    elif trigger.pos_ == "VERB" and direct_objects(trigger):
        owners = subject_of(trigger)  # "will meet President A and Prime Minister B": each apart
        branch_heads = True
    else:
        return [event]
    # "Putin's talks with A ... are scheduled": the talks are the clause's subject, no owner of themselves
    owners = [o for o in owners if o.i != trigger.i and all(o.i != n.i for n in nouns)]
    principals = set(side(ctx, owners))
    listed = noun is not None and (listed_meeting_verb(noun) is not None or told_as_known(noun))
    # "Putin's talks with A, as well as with B": the talks' owner, first of their participants
    owned = any(c.dep_ == "poss" and c.pos_ == "PROPN" for n in [trigger, *nouns] for c in n.children)
    if not principals and (listed or listed_apart or owned or trigger.lower_ in rules.LISTING_PRONOUNS):
        principals = {event.participants[0].actor}  # "There were bilateral meetings with A and B"
    leading = len([p for p in event.participants if p.actor in principals])
    principals |= set(together_with(ctx, owners))  # "A, together with B, met C and D": A's side
    principals |= set(journey_companions(ctx, trigger))  # "A flew in with B to meet C and D": A's side
    ours = [p for p in event.participants if p.actor in principals]
    others = [p for p in event.participants if p.actor not in principals]
    # "with Zelensky and European leaders" is one call with them all; "the leaders of Canada and
    # Mexico" are one counterpart per country
    apart = [p for p in others if p.actor.kind == "person" or (p.actor.kind == "group" and p.actor.country)]
    if not ours and apart and all(p.actor.kind == "group" for p in apart) and len(apart) == len(others):
        return []  # "X spoke with the leaders of A and B", X unresolved: A's and B's leaders did not meet
    if each_owner and leading >= 2 and len(others) == 1 and len(ours) == leading:
        return [replace(event, participants=[p, *others]) for p in ours]
    if each_owner and leading >= 2 and not others:
        return []  # "A and B met separately with the envoy", the envoy unresolved: not with each other
    if (
        (leading != 1 and not (owners_together and leading))
        or len(others) < 2
        or any(p.role == "host" for p in others)
    ):
        return [event]
    if branch_heads and not heads_of_branches(ctx, event, trigger, others):
        return [event]  # "met President A and Foreign Minister B": the minister at the president's side
    # "will meet NATO Secretary General A and European Commission President B": each body's own
    known = same_bodies([body for p in others if (body := p.actor.country or institution_of(p.actor.role))])
    one_country = len(set(known)) < max(len(known), 2)
    if by_country and (
        (one_country and not heads_of_branches(ctx, event, trigger, others))
        or any(p.actor.kind == "org" for p in others)
    ):
        # "met the Saudi crown prince and foreign minister": one side, one meeting (not "met its
        # president and prime minister", each heading a branch of their own); "will meet King
        # A of Saudi Arabia, Israeli Prime Minister B, Pope C ...": the leaders of several countries,
        # each on their own; "met Fidan and the Ukrainian delegation": one table with a delegation
        return [event]
    if not by_country and len(apart) < len(others):
        return [event]
    days = days_told_after(ctx, event, trigger, others)
    split = []
    for other in others:
        date, precision = days.get(id(other), (event.event_date, event.date_precision))
        place = own_country_place(event, other, others)
        split.append(
            replace(
                event, participants=[*ours, other], location=place, event_date=date, date_precision=precision
            )
        )
    return split


def days_told_after(
    ctx: Context, event: Event, trigger: Token, others: list[Participant]
) -> dict[int, tuple[dt.date | None, str | None]]:
    """'spoke with A on Thursday and B on Friday', 'will meet A on Tuesday and B on Wednesday': the
    day the verb is told with right after each counterpart, before the next, is that counterpart's."""
    named = sorted(
        (t.i, id(p))
        for p in others
        for t in trigger.sent
        if ctx.actors.actor_at(t) is p.actor and t.dep_ != "compound"
    )
    told = [
        (g.i, ent)
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for g in prep.children
        if g.ent_type_ == "DATE" and (ent := entity_at(g)) is not None
    ]
    if len(told) < 2:
        return {}  # one day for the whole sentence: the event's own
    days = {}
    for (at, who), (until, _) in zip(named, [*named[1:], (len(trigger.doc), 0)], strict=True):
        ent = next((e for i, e in told if at < i < until), None)
        day = (
            resolve_date(ent.text, ctx.published, future=event.status == "planned")
            if ent is not None
            else None
        )
        if day is not None and day.date is not None:
            days[who] = (day.date, day.precision)
    return days


def heads_of_branches(ctx: Context, event: Event, trigger: Token, others: list[Participant]) -> bool:
    """'will meet President A, Premier B and C, chairman of the standing committee': people of one
    country each heading a branch of its own (the president, the government, the legislature) are
    on a visitor's programme one appointment each. Told as done ('met the president and his
    deputy'), it is as often one meeting with both."""
    offices = [office_told(ctx, p.actor, trigger) for p in others]
    countries = {p.actor.country for p in others if p.actor.country}
    return (
        event.status == "planned"
        and all(p.actor.kind == "person" for p in others)
        and all(o in rules.BRANCH_HEAD_TITLES for o in offices)
        and len(set(offices)) == len(offices)
        and len(countries) <= 1
    )


def office_told(ctx: Context, actor: Actor, trigger: Token) -> str | None:
    """A person's generic office: the title the text gives, or one told in apposition to the name in
    the trigger's sentence ('C, chairman of the standing committee'). A deputy holds none of them."""
    titles = [actor.role] if actor.role else []
    titles += [
        appos.text
        for token in trigger.sent
        if ctx.actors.actor_at(token) is actor
        for appos in token.children
        if appos.dep_ == "appos"
    ]
    title = next((t for t in titles if generic_title(t)), None)
    if title is None or "deputy" in title.lower():
        return None
    return generic_title(title)


def own_country_place(event: Event, other: Participant, others: list[Participant]) -> str | None:
    """'held talks with his counterparts in Oman, Qatar and Kuwait': the place the parser took from
    the list of countries is each counterpart's own country, not the first one's."""
    countries = {p.actor.country for p in others if p.actor.country}
    if event.location in countries and len(countries) > 1 and other.actor.country:
        return other.actor.country
    return event.location
