"""Who travels with a visitor: companions ('A and B are accompanying the president', 'Accompanying
X are A and B', 'Among those accompanying X are A and B'), and the members a later sentence names
for a visiting party ('The delegation included A and B', 'Among them were A and B', 'The guests,
also including A', 'Led by A, the group includes B'). 'X, accompanied by A' is read for every
event type by `joining.add_accompanying`.

Companions join the visitor's visit told nearest before the statement (else the nearest after,
for a headline ahead of the story), and every other leg of that trip, and the later legs told in
that country; told after a dated meeting of the visitor, they join that meeting too, unless that
sentence told the trip itself ('left for Alaska, where he will meet Y') or they are told as the
trip's company ('Accompanying the president on his visit are A and B'); a group's members sit at
the group's meetings. A visiting party welcomed or met as a whole ('The South African
delegation was welcomed by A', 'X and his delegation were received by A') brings the whole
party of that visit, on every leg of the trip, to the meeting; the head of a delegation ('the head
of the Russian delegation, A') sits at the meetings that delegation attends.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.names import title_alone
from ingest.actors.references import tokens_with
from ingest.events.build import welcome
from ingest.events.context import Context
from ingest.events.participants import agent_people, people_listed_after
from ingest.events.syntax import direct_objects, subject_of
from ingest.events.trips import actor_country, same_trip, within_tour
from ingest.records import Actor, Event, Participant, evidence_words
from ingest.word_index import tokens_with_words, word_ids

ENTOURAGE_WORDS = word_ids(
    rules.ACCOMPANYING_VISIT_VERBS
    | rules.PARTY_MEMBERSHIP_VERBS
    | {"among", "part"}
    | rules.MORE_OF_ROLL_WORDS
)


def add_entourage(ctx: Context, events: list[Event]) -> None:
    # a visit before the one told ("his second visit") had companions the text does not give
    visits = [e for e in events if e.event_type == "visit" and e.status != "cancelled" and not e.earlier]
    if not any(e.event_type in ("visit", "meeting") for e in events):
        return
    # the few words that tell companions, found on the Doc's arrays rather than token by token
    rolled: tuple[Span, list[Actor]] | None = None  # the last sentence that named companions
    for token in (ctx.doc[i] for i in tokens_with_words(ctx.doc, ENTOURAGE_WORDS)):
        sent = token.sent
        if token.lower_ in rules.MORE_OF_ROLL_WORDS:
            # "Among those accompanying X are A and B. Others are C and D": the same party's roll
            if rolled is not None and more_of_roll(token, rolled[0]):
                companions = [a for a in listed_actors(ctx, sent, token.head.i + 1) if a.kind == "person"]
                join_trip(visits, sent, rolled[1], companions)
            continue
        if token.lemma_ in rules.ACCOMPANYING_VISIT_VERBS:
            principals, companions = accompaniment(ctx, sent, token)
            companions = [a for a in companions if a not in principals]
            if principals and companions:
                rolled = (sent, principals)
                join_trip(visits, sent, principals, companions)
                if not told_of_the_trip(token):
                    join_meeting_just_told(events, sent, principals, companions, told_done(token))
        elif token.lemma_ in rules.PARTY_MEMBERSHIP_VERBS or token.lower_ in ("among", "part"):
            party, companions = members_listed(ctx, sent, token)
            # "the group includes A": a visit made by a group ('the delegation': anyone's)
            needs_group = token.lower_ == "among" or (
                party is not None and party.lower_ in rules.LED_GROUP_NOUNS
            )
            target = latest_group_visit(visits, sent, needs_group=needs_group)
            if target is not None and companions and party_fits(ctx, party, target):
                join(visits, target, companions)
                join_party_meetings(events, target, companions)
    companions_on_later_legs(ctx, visits)


def more_of_roll(word: Token, rolled: Span) -> bool:
    """'Others are C and D' opening the sentence right after a roll of companions."""
    doc = word.doc
    return (
        word.i == word.sent.start
        and word.dep_ in ("nsubj", "attr")
        and word.head.lemma_ in ("be", "include")
        and rolled.end < len(doc)
        and doc[rolled.end].sent.start == word.sent.start
    )


def join_party_meetings(events: list[Event], visit: Event, members: list[Actor]) -> None:
    """'A delegation of six lawmakers arrived ... and will meet X. The group includes A and B':
    the members named sit at the meetings their party holds on that trip."""
    parties = {p.actor for p in visit.participants if p.actor.kind in ("group", "org")}
    members = [a for a in members if a.kind == "person"]  # "comprising ministers and officials": no one named
    for meeting in events:
        present = {p.actor for p in meeting.participants}
        if meeting.event_type == "meeting" and meeting.mode == "in_person" and present & parties:
            meeting.participants += [
                Participant(a, "accompanying") for a in dict.fromkeys(members) if a not in present
            ]


def companions_on_later_legs(ctx: Context, visits: list[Event]) -> None:
    """'He arrived in Baku, accompanied by A and B ... As part of the visit he will travel to
    Shusha': companions told with a leg go on with the visitor to the later legs in that country,
    and to legs abroad dated days after it (`next_leg_of_tour`). Not when the text says more of
    them in between ('A returned to Ankara') or, abroad, in the leg's own sentence, or the leg is
    made alone or apart ('on a separate trip', 'A stayed behind')."""
    for leg in visits:
        country = geography.country_of_place(leg.location) if leg.location else None
        companions = [
            p.actor
            for p in leg.participants
            if p.role == "accompanying"
            and p.actor.kind == "person"
            and actor_country(ctx, p.actor) != country
        ]
        if not companions or country is None:
            continue
        visitor = leg.participants[0].actor
        for later in visits:
            if (
                later.evidence_start > leg.evidence_start
                and later.participants[0].actor is visitor
                and later.location
                and not rules.LEG_APART_WORDS & set(evidence_words(later))
            ):
                end = later.evidence_start
                if geography.country_of_place(later.location) == country:
                    if not later_leg(leg, later):
                        continue
                elif next_leg_of_tour(ctx, leg, later):
                    end = later.evidence_end  # "A flew to Brussels while X flew to Minsk": apart
                else:
                    continue
                told_between = told_again(ctx, companions, leg.evidence_start, end)
                known = {p.actor for p in later.participants}
                later.participants += [
                    Participant(a, "accompanying") for a in companions if a not in known | told_between
                ]


def join_visiting_parties(ctx: Context, events: list[Event]) -> None:
    """'The South African delegation (or 'his entourage') was welcomed at the airport by A' on the
    day South Africa's president arrived with B and C: the delegation is the visit's party, and all
    of it meets A."""
    visits = [e for e in events if e.event_type == "visit" and e.status != "cancelled" and not e.earlier]
    for meeting in (e for e in events if e.event_type == "meeting" and e.mode == "in_person"):
        span = ctx.doc.char_span(meeting.evidence_start, meeting.evidence_end, alignment_mode="expand")
        if span is None:
            continue
        present = {p.actor for p in meeting.participants}
        for party in (t for t in span if t.lower_ in rules.OWNED_PARTY_NOUNS):
            visit = visit_of_party(ctx, party, meeting, visits, present)
            if visit is not None:
                # the party of every leg told of the trip: "arrived in Abu Dhabi on a state visit
                # to the UAE ... accompanied by A; B; C" gives the roll to the visit to the country
                visitor = visit.participants[0].actor
                party_of_trip = [
                    p.actor
                    for v in visits
                    if v is visit or (v.participants[0].actor is visitor and same_trip(v, visit))
                    for p in v.participants
                ]
                meeting.participants += [
                    Participant(a, "accompanying") for a in dict.fromkeys(party_of_trip) if a not in present
                ]
                present |= set(party_of_trip)


def add_delegation_heads(ctx: Context, events: list[Event]) -> None:
    """'the head of the Russian delegation, Vladimir Medinsky', 'Umerov, who led the Ukrainian
    delegation': the person heading a delegation sits at every meeting that delegation attends."""
    heads: dict[str, list[Actor]] = {}
    for token in tokens_with(ctx.doc, rules.DELEGATION_NOUNS):
        label = delegation_of(token)
        person = head_of_delegation(ctx, token)
        if label and person is not None:
            heads.setdefault(label, []).append(person)
    if not heads:
        return
    for meeting in (e for e in events if e.event_type == "meeting"):
        present = {p.actor for p in meeting.participants}
        for actor in list(present):
            for person in heads.get(actor.canonical_name.lower(), []):
                if person not in present:
                    meeting.participants.append(Participant(person, "participant"))
                    present.add(person)


def delegation_of(token: Token) -> str | None:
    """'the Russian delegation' -> 'russian delegation', the label of a delegation actor."""
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound", "nmod")]
    if not modifiers or token.lower_ != "delegation":
        return None
    return f"{token.doc[modifiers[0].i : token.i].text} delegation".lower()


def head_of_delegation(ctx: Context, delegation: Token) -> Actor | None:
    """The person a sentence names as heading the delegation: 'the head of the X delegation, A',
    'A, head of the X delegation', 'A, who led the X delegation', 'A heads the X delegation', 'the
    X delegation is headed by A'."""
    governor = delegation.head
    if any(c.dep_ == "prep" for c in delegation.children):
        return None  # "the head of the EU delegation to Ukraine": a post, not a negotiating side
    if delegation.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lower_ in rules.HEAD_NOUNS:
        title = governor.head
        if any(t.lower_ in rules.FORMER_WORDS or t.ent_type_ == "DATE" for t in title.subtree):
            return None  # "the former head of the Russian delegation", "its head in 2022": another time
        named = [c for c in title.children if c.dep_ == "appos"] + (
            [title.head] if title.dep_ == "appos" else []
        )
        named += [c for n in list(named) for c in n.children if c.dep_ == "appos"]
        if not named and delegation.i + 1 < len(ctx.doc) and ctx.doc[delegation.i + 1].text == ",":
            # "the head of the Russian delegation, aide to the President X": the parser hangs the
            # apposition on the delegation; the first person named after the comma
            listed = people_listed_after(ctx, delegation)
            return listed[0] if listed else None
    elif delegation.dep_ == "dobj" and governor.lemma_ in rules.LEADING_VERBS:
        named = subject_of(governor)
    elif delegation.dep_ == "nsubjpass" and governor.lemma_ in rules.LEADING_VERBS:
        if told_of_another_time(governor):
            return None  # "In 2022 the delegation was headed by A", "will be headed by B in Geneva"
        named = [o for a in governor.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    else:
        return None
    people = [a for t in named if (a := ctx.actors.actor_at(t)) is not None and a.kind == "person"]
    return people[0] if len(people) == 1 else None


def told_of_another_time(verb: Token) -> bool:
    """A clause told of a time apart from the story's own: dated, former, or still to come."""
    return any(
        t.ent_type_ == "DATE" or t.lower_ in rules.FORMER_WORDS or t.lower_ in rules.EARLIER_TIME_ADVERBS
        for t in verb.subtree
    ) or any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_AUX for c in verb.children)


def visit_of_party(
    ctx: Context, party: Token, meeting: Event, visits: list[Event], present: set[Actor]
) -> Event | None:
    """The visit whose party a delegation word names: 'his delegation' of a visitor at the
    meeting, or 'the South African delegation' of a South African visitor that day."""
    if any(c.dep_ == "prep" for c in party.children):
        return None  # "the Ukrainian delegation to the IMF", "the Israeli delegation in Doha"
    modifiers = [c for c in party.lefts if c.dep_ in ("amod", "compound", "nmod")]
    # "South African" of "the South African delegation": the modifiers' whole phrase
    start = min((c.left_edge.i for c in modifiers), default=party.i)
    whole = geography.country_named(party.doc[start : party.i].text) if modifiers else None
    countries = {whole} if whole else set()
    if modifiers and whole is None:
        return None  # "a Pakistani business delegation": a party of its own
    # "X and his delegation were received": the delegation of the person it is listed with
    owner = ctx.actors.actor_at(party.head) if party.dep_ == "conj" else None
    owned = owner is not None and any(
        c.dep_ == "poss" and c.lower_ in rules.PERSONAL_POSSESSIVES for c in party.children
    )
    if not owned and not countries:
        return None
    for visit in visits:
        visitor = visit.participants[0].actor if visit.participants else None
        if visitor is None or visitor.kind != "person" or visit.status != meeting.status:
            continue
        if visit.event_date != meeting.event_date and None not in (visit.event_date, meeting.event_date):
            continue
        if None not in (visit.location, meeting.location) and not same_place(
            visit.location, meeting.location
        ):
            continue
        if (owned and visitor is owner) or (countries and actor_country(ctx, visitor) in countries):
            return visit
    return None


def same_place(a: str, b: str) -> bool:
    """One place, one within the other, or a venue the gazetteer cannot place ('Hanoi' and 'Noi
    Bai International Airport')."""
    if geography.overlaps(a, b):
        return True
    return geography.country_of_place(a) is None or geography.country_of_place(b) is None


def accompaniment(ctx: Context, sent: Span, verb: Token) -> tuple[list[Actor], list[Actor]]:
    """(the people accompanied, their companions) of one 'accompany' word."""
    opening = ctx.doc[sent.start : verb.i]
    if all(t.is_punct or t.lower_ in rules.AMONG_THOSE_WORDS for t in opening):
        # "Accompanying Trump are A, B and C", "Among those accompanying Trump are A and B"
        after = [a for t in sent if t.i > verb.i and (a := person_at(ctx, t))]
        if not after:
            return [], []
        return after[:1], listed_actors(ctx, sent, first_token_after(ctx, sent, verb, after[0]))
    if verb.tag_ == "VBN":
        return [], []  # "X, accompanied by A": companions of X's latest event (participants.py)
    # "A and B are accompanying the president", "officials accompany X, including A and B"
    principals = [a for t in direct_objects(verb) if (a := ctx.actor_of(t))]
    companions = [a for t in sent if t.i < verb.i and (a := person_at(ctx, t))]
    including = next((t for t in sent if t.i > verb.i and t.lower_ in rules.PARTY_INCLUDING_WORDS), None)
    if including is not None:
        companions += listed_actors(ctx, sent, including.i + 1)
    return principals, [a for a in companions if a not in principals]


def first_token_after(ctx: Context, sent: Span, verb: Token, principal: Actor) -> int:
    """The index just past the principal's name and the verb after it."""
    index = verb.i + 1
    while index < sent.end and ctx.actors.actor_at(ctx.doc[index]) is not principal:
        index += 1
    while index < sent.end and ctx.actors.actor_at(ctx.doc[index]) is principal:
        index += 1
    if index < sent.end and ctx.doc[index].pos_ == "ADP":
        # "Accompanying X on the visit to Rwanda are ...": past the phrase that tells the trip
        aux = next((t.i for t in ctx.doc[index : sent.end] if t.pos_ == "AUX"), None)
        # ("on his visit": the principal's own pronoun names no companion)
        if aux is not None and not any(
            person_at(ctx, t) not in (None, principal) for t in ctx.doc[index:aux]
        ):
            index = aux
    while index < sent.end and ctx.doc[index].pos_ == "AUX":
        index += 1  # "Accompanying X are ..."
    return index


def members_listed(ctx: Context, sent: Span, word: Token) -> tuple[Token | None, list[Actor]]:
    """'The delegation included A and B', 'Among them were A and B', 'The guests, also
    including A as well as B': the party's noun and the people (and groups) named as members."""
    if word.lower_ == "among":
        them = [c for c in word.children if c.dep_ == "pobj" and c.lower_ in rules.PLURAL_PRONOUNS]
        # "Among the delegation's members are A and B", "among the members of the delegation"
        them += [
            party
            for c in word.children
            if c.dep_ == "pobj" and c.lemma_ in rules.MEMBER_NOUNS
            for party in [
                *(o for o in c.children if o.dep_ == "poss"),
                *(o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children),
            ]
            if party.lower_ in rules.TRAVELLING_PARTY_NOUNS
        ]
        verb = word.head
        if not them or verb.lemma_ != "be":
            return None, []
        return them[0], listed_actors(ctx, sent, verb.i + 1)
    if word.lower_ == "part":
        return part_of_party(ctx, word)
    party = [
        t
        for t in (subject_of(word) if word.pos_ == "VERB" and word.dep_ != "prep" else [word.head])
        if t.lower_ in rules.TRAVELLING_PARTY_NOUNS | rules.LED_GROUP_NOUNS
    ]
    if not party:
        return None, []
    if party[0].lower_ in rules.LED_GROUP_NOUNS and (
        any(c.dep_ != "det" for c in party[0].lefts)
        or any(c.dep_ == "advcl" and c.lemma_ not in rules.LEADING_VERBS for c in word.children)
    ):
        return None, []  # "the ministerial contact group", "Founded by X, the group": another group
    # "Led by A and B, the group includes C and D": its leaders are members too
    leaders = [
        a
        for c in word.children
        if c.dep_ == "advcl" and c.lemma_ in rules.LEADING_VERBS and c.tag_ == "VBN"
        for a in agent_people(ctx, c)
        if a.kind == "person"
    ]
    members = leaders + [a for a in listed_actors(ctx, sent, word.i + 1) if a not in leaders]
    if party[0].lower_ in rules.LED_GROUP_NOUNS:
        # "the group includes Republican senators A and B": the people, not their title's plural
        members = [a for a in members if a.kind == "person"]
    return party[0], members


def part_of_party(ctx: Context, part: Token) -> tuple[Token | None, list[Actor]]:
    """'A and B are also part of the official delegation': the party and the people said to be in it."""
    verb = part.head
    party = next(
        (
            g
            for p in part.children
            if p.lower_ == "of"
            for g in p.children
            if g.lower_ in rules.TRAVELLING_PARTY_NOUNS
        ),
        None,
    )
    if party is None or part.dep_ != "attr" or verb.lemma_ != "be":
        return None, []
    # "are not part of", "part of the delegation to Washington last year", "part of X's delegation"
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ in ("poss", "prep") for c in party.children):
        return None, []
    if any(
        c.dep_ in ("relcl", "acl") and c.lemma_ not in rules.TRAVELLING_CLAUSE_VERBS for c in party.children
    ):
        return None, []  # "part of the team that drafted the deal", not "the delegation travelling to X"
    # "The Premier of Sarawak A and Johor's Chief Minister B": every person the subject names
    named = [a for s in subject_of(verb) for t in s.subtree if (a := ctx.actors.actor_at(t)) is not None]
    return party, [a for a in dict.fromkeys(named) if a.kind == "person"]


def party_fits(ctx: Context, party: Token, visit: Event) -> bool:
    """'The U.S. delegation included A', "Nepal's delegation included A", 'On the US side, the
    delegation included A' name no member of a Russian minister's trip."""
    # "On the US side, the delegation included A": the side the sentence opens with names its country
    sides = [t for t in party.sent if t.i < party.i and t.lower_ in rules.SIDE_NOUNS]
    named = [
        country
        for owner in [party, *sides]
        for c in owner.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (country := geography.country_named(c.text))
    ]
    if not named:
        return True
    known = [c for p in visit.participants if (c := actor_country(ctx, p.actor))]
    return not known or named[0] in known


def listed_actors(ctx: Context, sent: Span, start: int) -> list[Actor]:
    """People and groups named in the list that starts at `start`, to the end of its clause."""
    found: list[Actor] = []
    for token in ctx.doc[start : sent.end]:
        verb = token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound", "nmod", "appos")
        if verb and token.lower_ not in rules.PARTY_INCLUDING_WORDS:
            break
        following = ctx.doc[token.i + 1] if token.i + 1 < sent.end else None
        if token.text == ":" and not found:
            continue  # "the Ministers of Health and Education: A and B": the names follow
        if token.text == ";" and following is not None and following.lower_ == "and":
            continue  # "A, B and C, respectively; and D": the list goes on
        if token.text == ";" and named_next(ctx, token.i + 1, sent.end):
            continue  # "Ministers A (Defence); B (Energy)", "A; Dr B": one name after another
        if token.text == ";" and named_in_part(ctx, token.i + 1, sent.end):
            continue  # "the Ministers of Defence, A; Finance, B": a portfolio, then its minister
        if token.text in (";", ":") or (token.pos_ == "SCONJ" and token.lower_ != "as"):
            break
        if titled_in_a_phrase(token):
            continue  # "B, the Executive Secretary to the President": a title's words, no member
        if any(t.dep_ == "poss" for t in (token, token.head) if t.ent_type_ == "PERSON"):
            continue  # "Prime Minister X's political adviser Y": X is whom Y serves, no member
        actor = person_at(ctx, token)
        if actor is None and token.lower_ in rules.GROUP_NOUNS and token.pos_ == "NOUN":
            # "senior officials, including A and B": the umbrella of the list is no member
            vague = any(
                c.lower_ in rules.VAGUE_GROUP_WORDS | rules.PARTY_INCLUDING_WORDS for c in token.children
            )
            actor = None if vague else ctx.actor_of(token)
            actor = actor if actor is not None and actor.kind == "group" else None
        if actor is not None and actor not in found:
            found.append(actor)
    return found


def titled_in_a_phrase(token: Token) -> bool:
    """The 'the President' of "Secretary to the President": a person told by title alone inside
    another's phrase (not "as well as B", "along with B": named people)."""
    head = token.head if token.dep_ in ("det", "compound", "amod") else token
    return (
        head.dep_ == "pobj"
        and head.ent_type_ != "PERSON"
        and head.head.lower_ not in rules.PARTY_INCLUDING_WORDS | rules.INCLUDING_WORDS
    )


def named_in_part(ctx: Context, start: int, end: int) -> bool:
    """The part of a semicolon list from `start` names a person after a few words and a comma,
    with no verb before it ('Foreign Affairs, B;')."""
    for token in ctx.doc[start : min(end, start + rules.LIST_PART_MAX_TOKENS)]:
        if token.text == ";" or token.pos_ in ("VERB", "AUX"):
            return False
        if token.text == ",":
            return named_next(ctx, token.i + 1, end)
    return False


def named_next(ctx: Context, start: int, end: int) -> bool:
    """A person's name starts at `start`, after any styles ('Dr', 'Mrs', 'Hon') or ranks ('General')."""
    while start < end and ctx.doc[start].lower_.rstrip(".") in rules.STYLES | rules.RANKS_BEFORE_NAMES:
        start += 1
    return start < end and person_at(ctx, ctx.doc[start]) is not None


def person_at(ctx: Context, token: Token) -> Actor | None:
    actor = ctx.actors.actor_at(token)
    return actor if actor is not None and actor.kind == "person" else None


def join_trip(visits: list[Event], sent: Span, principals: list[Actor], companions: list[Actor]) -> None:
    """Companions join the principal's visit nearest before the statement, else nearest after."""
    before = told_just_before(visits, sent, principals)
    after = [
        v
        for v in visits
        if any(p.actor in principals for p in v.participants)
        and sent.start_char < v.evidence_start <= sent.end_char + rules.LATER_MENTION_MAX_CHARS
    ]
    target = before[-1] if before else (after[0] if after else None)
    if target is not None:
        join(visits, target, companions)


def join_meeting_just_told(
    events: list[Event], sent: Span, principals: list[Actor], companions: list[Actor], done: bool
) -> None:
    """'X received Y ... Accompanying the visitor were A and B': told right after the principal's
    meeting, the companions are at that meeting too (they stay on the trip's visits as well). Who
    'accompanied' X (`done`) came on the trip, not to a meeting X is only to hold."""
    # "The last meeting between the two took place in 2019": a meeting recalled with no day is
    # no meeting the companions are at now
    told = [
        e
        for e in told_just_before(events, sent, principals)
        if e.event_type in ("meeting", "visit") and e.event_date is not None
    ]
    if not told:
        return
    latest = max(told, key=lambda e: (e.evidence_start, e.event_type == "meeting"))
    if any(e.event_type == "visit" and e.evidence_start == latest.evidence_start for e in told):
        return  # "X left for Alaska, where he will meet Y. Accompanying X are A and B": the trip only
    if set(re.findall(r"[\w-]+", latest.evidence.lower())) & rules.PRIVATE_MEETING_WORDS:
        return  # "he will hold a private meeting with Y": the principals alone; companions on the trip
    if welcome(latest) and set(evidence_words(latest)) & (rules.ARRIVAL_SITE_NOUNS | rules.ARRIVAL_NOUNS):
        return  # "X received Y at the airport. Accompanying Y were A and B": the trip's company
    if (
        latest.event_type == "meeting"
        and latest.mode == "in_person"
        and not (done and latest.status == "planned")
    ):
        known = {p.actor for p in latest.participants}
        latest.participants += [
            Participant(a, "accompanying") for a in dict.fromkeys(companions) if a not in known
        ]


def told_of_the_trip(verb: Token) -> bool:
    """'Accompanying the president on his visit are A and B': companions of the trip, whom the
    text does not place at the meeting told before."""
    return any(
        g.lemma_ in rules.VISIT_NOUNS
        for p in verb.children
        if p.lower_ in rules.TRIP_OCCASION_PREPS
        for g in p.children
    )


def told_done(verb: Token) -> bool:
    """'A accompanied X', 'A was accompanying X', 'A has accompanied X': told as past."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBD"
        or any(c.tag_ == "VBD" for c in auxiliaries)
        or (verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxiliaries))
    )


def told_just_before(events: list[Event], sent: Span, principals: list[Actor]) -> list[Event]:
    """The principals' events told in the stretch of text that ends with `sent`, in text order."""
    return [
        e
        for e in events
        if any(p.actor in principals for p in e.participants)
        and sent.start_char - rules.LATER_MENTION_MAX_CHARS <= e.evidence_start <= sent.start_char
    ]


def join(visits: list[Event], target: Event, companions: list[Actor]) -> None:
    """Add companions to a visit and to every other leg of the same trip."""
    # "including several Ministers from his Cabinet": a title alone names no one
    companions = [a for a in dict.fromkeys(companions) if not title_alone(a)]
    for visit in visits:
        if visit is target or same_trip(visit, target):
            known = {p.actor for p in visit.participants}
            visit.participants += [Participant(a, "accompanying") for a in companions if a not in known]


def latest_group_visit(visits: list[Event], sent: Span, needs_group: bool) -> Event | None:
    """The visit told last before the sentence ('among them': one made by a group)."""
    for visit in reversed(visits):
        if visit.evidence_start > sent.start_char:
            continue
        if visit.evidence_start < sent.start_char - rules.LATER_MENTION_MAX_CHARS:
            return None
        if not needs_group or any(p.actor.kind in ("group", "org") for p in visit.participants):
            return visit
    return None


def told_again(ctx: Context, companions: list[Actor], start: int, end: int) -> set[Actor]:
    """Companions the text tells of again between a leg and a later one, past the sentence that
    named them as companions ('A returned to Ankara on Tuesday evening')."""
    again = set()
    for actor in companions:
        starts = sorted(
            m.char_start for m in ctx.actors.mentions if m.actor is actor and start <= m.char_start < end
        )
        if not starts:
            continue
        first = ctx.doc.char_span(starts[0], starts[0] + 1, alignment_mode="expand")
        named_in = first.sent.end_char if first is not None else starts[0]
        if any(s >= named_in for s in starts):
            again.add(actor)
    return again


def next_leg_of_tour(ctx: Context, leg: Event, later: Event) -> bool:
    """A leg abroad told with its own day a few days after the first ('before flying to New York on
    September 21'): the same tour. An undated one may be another trip ('plans to visit Jordan'),
    and one with a party of its own, or after a return home told in between, is another."""
    if later.date_precision != "day" or not within_tour(leg, later):
        return False
    if any(p.role == "accompanying" for p in later.participants):
        return False  # "... accompanied by B, he went on to Kyiv": a party told for that leg
    between = ctx.doc.char_span(leg.evidence_end, later.evidence_start, alignment_mode="expand")
    # "returned to Ankara on Monday, then flew to Cairo": a new trip
    return between is None or not any(t.lemma_ in rules.RETURN_VERBS for t in between)


def later_leg(leg: Event, later: Event) -> bool:
    """A leg still to come ('will travel to Shusha'), or one dated after the first ('following his
    stay in Atlanta' was before)."""
    if None in (leg.event_date, later.event_date):
        return later.status == "planned" and leg.status != "planned"
    days = (later.event_date - leg.event_date).days
    return 0 < days <= rules.TRIP_MAX_DAYS or (days == 0 and later.status == "planned" != leg.status)
