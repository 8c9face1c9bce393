"""People a sentence of their own adds to a meeting told before: companions ('He was accompanied
by A', 'A accompanied B to the meeting'), attendees ('A and B also took part in the talks', 'the
meeting was attended by C', 'D was also present', 'In attendance were E and F') and the members of
a side ('The US delegation included A and B', "Araghchi's team included C", 'Russia was
represented by D', 'the Ukrainian side was headed by E'). People listed as one side join that
meeting; they do not meet each other."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.names import country_of, family_name, generic_title, name_tokens, title_alone
from ingest.actors.references import country_word
from ingest.dates import resolve_date
from ingest.events.build import insert_in_text_order, welcome
from ingest.events.context import Context
from ingest.events.entourage import join as join_legs
from ingest.events.meetings import build_meeting, placed_by
from ingest.events.participants import agent_people, people_listed_after, side, unnamed_group
from ingest.events.places import place_name, place_of, venue_city
from ingest.events.status import status_of
from ingest.events.syntax import direct_objects, passive_agent, prep_objects, subject_of, words_short_of
from ingest.events.timing import date_of
from ingest.events.trips import same_trip, within_tour
from ingest.records import Actor, Event, Participant


def accompanying_people(ctx: Context, sent: Span, token: Token) -> tuple[list[Actor], list[Actor]] | None:
    """(the people accompanied, their companions) of an 'accompanied by' participle."""
    companions = agent_people(ctx, token) or roll_below(ctx, sent)
    agent = passive_agent(token)
    # "by key members of his team, including A, B and C", "by a number of officials including
    # A and B" (no one named before the list): the members named, however the parser nests
    # their titles, and not in a clause ('officials who had met leaders including X')
    listing = [
        c
        for c in (words_short_of(agent, rules.CLAUSE_DEPS) if agent is not None else [])
        if c.dep_ == "prep" and c.lower_ in rules.INCLUDING_WORDS
    ]
    if not companions and not listing:
        return None
    principals = side(ctx, [token.head]) if token.dep_ == "acl" else side(ctx, subject_of(token))
    hosts = [
        g
        for c in token.head.children
        if c.dep_ == "agent" and c.i < token.i
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if token.dep_ == "advcl" and hosts and kin_of(side(ctx, hosts), companions, principals):
        # "X was received by President Y, accompanied by First Lady Z Y": Y's company, not X's
        principals = side(ctx, hosts) or principals
    # "by A, Minister for Planning, Development and Reform B, and C": a list whose titles hold
    # commas, which the parser breaks up
    companions += [
        a for a in people_listed_after(ctx, agent, titled_only=True) if a not in companions + principals
    ]
    # "by an official delegation grouping A; B; and C": the roll of the delegation's members
    rolls = [
        c
        for m in (agent.children if agent is not None else [])
        for c in m.children
        if c.dep_ == "acl" and c.lower_ in rules.MEMBERSHIP_PARTICIPLES
    ]
    named = [a for r in rolls for a in people_listed_after(ctx, r, titled_only=True, roll=True)]
    named = [a for a in dict.fromkeys(named) if a not in principals]
    # "including A, minister of defence; B, head of the academy; and C": a roll the parser
    # breaks at its semicolons
    named += [
        a
        for c in listing
        for a in people_listed_after(ctx, c, titled_only=True, roll=True)
        if a not in named + principals
    ]
    for token_in_list in (t for c in listing for t in c.subtree):
        actor = ctx.actors.actor_at(token_in_list)
        if actor is not None and actor.kind == "person" and actor not in named + principals:
            named.append(actor)
    if named:
        companions = [a for a in companions if a.kind == "person" and a not in named] + named
    roll = verbless_roll(ctx, agent)
    if len(roll) >= rules.ROLL_MIN_PEOPLE:
        # "by first lady A, ..., Justice and Development (AK) Party Spokesperson B and the head
        # of the delegation to the Assembly C": a roll the parser breaks on a party's name
        companions = [a for a in companions if a.kind == "person" and a not in roll] + [
            a for a in roll if a not in principals
        ]
    # "including several Ministers from his Cabinet": a title alone names no one
    companions = [a for a in companions if not title_alone(a)]
    if not principals and token.dep_ == "acl":
        # the parser hung it on another noun: the person named last before, with people only
        principals = person_before(ctx, sent, token)
        companions = [a for a in companions if a.kind == "person"]
    return principals, companions


def roll_below(ctx: Context, sent: Span) -> list[Actor]:
    """'X is accompanied by:' over lines that each open on a list mark ('- A, minister of trade;'):
    the first person of each line, up to the first line that opens on none."""
    if sent[-1].text != ":" and not (len(sent) > 1 and sent[-1].is_space and sent[-2].text == ":"):
        return []
    found: list[Actor] = []
    line_open, line_named = True, False
    for token in ctx.doc[sent.end :]:
        if token.is_space:
            line_open = line_open or "\n" in token.text
            continue
        if line_open:
            if token.text not in rules.ROLL_LINE_MARKS:
                break
            line_open, line_named = False, False
            continue
        actor = ctx.actors.actor_at(token)
        if not line_named and actor is not None and actor.kind == "person":
            found.append(actor)
            line_named = True
        line_open = "\n" in token.whitespace_
    return found


def add_accompanying(ctx: Context, sent: Span, events: list[Event]) -> None:
    """'He was accompanied by X and Y' adds X and Y to the latest event of 'he' (to his trip, when
    'accompanied during the visit'), and to the trip of a meeting he holds on it. 'He is
    accompanied by X' of a traveller is the party of the trip (`entourage.add_travelling_party`)."""
    for token in words_in(sent, rules.ACCOMPANYING_VERBS):
        if token.tag_ != "VBN":
            continue
        found = accompanying_people(ctx, sent, token)
        if found is None:
            continue
        principals, companions = found
        if travelling_party_told(token) and any(
            e.event_type == "visit" and any(p.actor in principals for p in e.participants) for e in events
        ):
            continue
        theirs = []
        for event in reversed(events):
            if event.evidence_start < sent.start_char - rules.LATER_MENTION_MAX_CHARS:
                break
            if (
                event.event_type != "ceasefire"
                and not event.earlier
                and any(p.actor in principals for p in event.participants)
            ):  # not a visit before the one told ("his second visit")
                theirs.append(event)
        if token.lemma_ in rules.FLANKING_VERBS:
            # "X, flanked by A and B, met Y on Monday"; "Once seated, Trump was flanked by A and B"
            # of the meeting told just before, on no other occasion; people named only
            meetings = [e for e in theirs if e.event_type == "meeting"]
            here = [e for e in meetings if e.evidence_start >= sent.start_char]
            told_last = sent.start_char - rules.FLANKED_MEETING_MAX_CHARS
            before = [e for e in meetings if e.evidence_end >= told_last and flanking_at_the_table(token)]
            theirs = here or before
            if not theirs:
                continue
            companions = [a for a in companions if a.kind == "person"]
        at_talks = joined_at_talks(token)
        if at_talks:
            # "X met Y during his swing through Riyadh. X was joined in person by Z": of one
            # sentence's events, the meeting before the trip it was held on
            theirs.sort(key=lambda e: (-e.evidence_start, e.event_type != "meeting"))
        # "X was joined by Y" tells of the event held, not of one X plans next
        status = status_of(token) or "occurred"
        if any(o.lower_ in rules.VISIT_NOUNS for o in prep_objects(token, {"during", "on", "for"})):
            # "was accompanied during the visit by A": the trip, not the meeting held on it
            theirs = [e for e in theirs if e.event_type == "visit"]
        event = next((e for e in theirs if e.status == status), theirs[0] if theirs else None)
        if event is not None and event.event_type == "visit":
            join_legs([e for e in events if e.event_type == "visit"], event, companions)
        elif event is not None:
            # "accompanied by a delegation including senior ministers": people left unnamed travel
            # with him (`trips.vague_companion`); at the table they name no one
            join(event, [a for a in companions if not unnamed_group(a)], "accompanying")
            # "X met A and B separately. X was accompanied by C": C sat in on each of those meetings
            twins = [
                e
                for e in theirs
                if e is not event
                and e.event_type == event.event_type == "meeting"
                and (e.evidence_start, e.status) == (event.evidence_start, event.status)
            ]
            for twin in twins:
                join(twin, companions, "accompanying")
        if event is not None and event.event_type == "meeting" and not at_talks:
            # "X, accompanied by A, was greeted on arrival by Y": A travels with X too ("X was
            # joined by phone by Y" at the talks is no company on the trip)
            trip = next((e for e in theirs if e.event_type == "visit" and e.status == event.status), None)
            if trip is not None:
                join(trip, companions, "accompanying")


def add_travelling_party(ctx: Context, events: list[Event]) -> None:
    """'The premier is accompanied by A and B', told before or after the legs of his tour: A and B
    go on the traveller's visit told nearest before (else after) and on every leg of that tour,
    legs dated days apart included, not on the welcome or talks told beside them."""
    visits = [e for e in events if e.event_type == "visit" and e.status != "cancelled" and not e.earlier]
    for token in (t for t in words_in(ctx.doc[:], rules.ACCOMPANYING_VERBS) if t.tag_ == "VBN"):
        if not travelling_party_told(token):
            continue
        found = accompanying_people(ctx, token.sent, token)
        if found is None:
            continue
        principals, companions = found
        theirs = [v for v in visits if any(p.actor in principals for p in v.participants)]
        before = [v for v in theirs if v.evidence_start < token.sent.start_char]
        target = before[-1] if before else (theirs[0] if theirs else None)
        if target is None:
            continue
        party = [a for a in companions if a not in principals and not title_alone(a)]
        for leg in theirs:
            if leg is target or same_trip(leg, target) or leg_of_tour(target, leg):
                join(leg, party, "accompanying")


def leg_of_tour(a: Event, b: Event) -> bool:
    """Two legs dated to the day, days apart within a tour's length, both made or both planned, or
    a made one before a planned one."""
    if {a.date_precision, b.date_precision} - {"day"}:
        return False
    first, second = (a, b) if a.event_date <= b.event_date else (b, a)
    statuses_fit = first.status == second.status or (first.status, second.status) == ("occurred", "planned")
    return within_tour(first, second) and statuses_fit


def flanking_at_the_table(participle: Token) -> bool:
    """'flanked by' told of the talks, not of another time or occasion ('At a rally the next day,
    flanked by A', 'flanked by soldiers at the parade', 'in 2018, flanked by B')."""
    clause = participle.sent
    other_time = any(
        t.ent_type_ in ("DATE", "TIME") and t.lower_ not in rules.FLANKING_TIME_WORDS for t in clause
    )
    return not other_time and not any(t.lemma_.lower() in rules.OTHER_OCCASION_NOUNS for t in clause)


def joined_at_talks(participle: Token) -> bool:
    """'was joined in person by A and by phone by B', 'accompanied at the talks by C': company told
    at the meeting, by how it was held or where."""
    clause = participle.sent
    told_how = any(t.lower_ in rules.JOINING_MODE_WORDS for t in clause)
    return told_how or any(
        o.lower_ in rules.MEETING_NOUNS for o in prep_objects(participle, {"at", "during", "in"})
    )


def travelling_party_told(participle: Token) -> bool:
    """'The premier is accompanied by A and B': the present tense of a story told in the past
    states who makes up the travelling party; not 'At the talks, X is accompanied by A'."""
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in participle.children)
    return present and not any(
        t.lower_ in rules.MEETING_NOUNS or t.lemma_ in rules.MEETING_VERBS for t in participle.sent
    )


def kin_of(hosts: list[Actor], companions: list[Actor], guests: list[Actor]) -> bool:
    """Company that carries a host's family name and none of the guests': the host's household."""

    def surnames(actors: list[Actor]) -> set[str]:
        return {family_name(name_tokens(a.canonical_name)) for a in actors if a.kind == "person"}

    shared = surnames(companions)
    return bool(shared & surnames(hosts)) and not shared & surnames(guests)


def verbless_roll(ctx: Context, agent: Token | None) -> list[Actor]:
    """The people named after 'by' to the end of a sentence that has no other verb: a roll of
    companions, whatever the parser makes of its titles."""
    if agent is None:
        return []
    doc = agent.doc
    end = agent.i + 1
    # to the sentence's full stop: the parser may break a long roll at a bracket
    while end < len(doc) and doc[end].text not in rules.SENTENCE_END_MARKS and "\n" not in doc[end].text:
        end += 1
    rest = doc[agent.i + 1 : end]
    if any(t.pos_ in ("VERB", "AUX") for t in rest):
        return []
    return list(
        dict.fromkeys(a for t in rest if (a := ctx.actors.actor_at(t)) is not None and a.kind == "person")
    )


def person_before(ctx: Context, sent: Span, token: Token) -> list[Actor]:
    """'X, general secretary of the party and president, accompanied by A': the person named
    last before the participle."""
    for before in reversed(sent[: token.i - sent.start]):
        actor = ctx.actors.actor_at(before)
        if actor is not None and actor.kind == "person":
            return [actor]
    return []


def add_attendees(ctx: Context, sent: Span, earlier: list[Event], current: list[Event]) -> list[Event]:
    """'A and B also participated in the meeting', 'Also at the talks were C and D', 'the
    meeting was attended by E', 'F was also present': the people join the meeting told in an
    earlier sentence, and the meeting this sentence seemed to state among them is dropped.
    Returns the sentence's own events that remain."""
    ctx.open_gathering = gathering_attended_unnamed(ctx, sent) or ctx.open_gathering
    for verb, found in attendances(ctx, sent):
        attendees, noun = found
        near = noun is not None or told_just_before(sent)
        window = rules.LATER_MENTION_MAX_CHARS if near else rules.PRESENCE_MAX_CHARS
        call = noun is not None and is_call_noun(noun)
        target = latest_meeting(earlier, sent.start_char - window, status_of(verb) or "occurred", call)
        target = gathering_of_roll(ctx, sent, earlier, target, attendees) or target
        if target is None or another_meeting_before(ctx, sent, target):
            continue
        if noun is not None and noun.lower_ in rules.ARRIVAL_SITE_NOUNS and not welcome(target):
            continue  # "Also present at the airport were A and B" after talks, not after a welcome
        if noun is not None and another_occasion(ctx, noun, target):
            continue  # "The talks in Istanbul a week earlier were attended by X", after a Moscow meeting
        if not side_of(verb, target, sent):
            continue
        if verb.lemma_ in rules.SIGNING_VERBS and not rules.SIGNING_TOLD.search(target.evidence):
            continue  # signers join a signing, not any meeting told before
        # the meeting this sentence seemed to state among its attendees ("Top diplomats of A and
        # B also attended the meeting") is the one told before: its people join that one
        triggers = {verb.text} | ({noun.text} if noun is not None else set())
        own = [e for e in current if e.event_type == "meeting" and e.trigger_word in triggers]
        met = {p.actor for p in target.participants}
        # "X will attend the dinner hosted by Y" after X's welcome by Z: an occasion to come with
        # someone else; hosted by the one who welcomed X, the same day's programme
        if (
            status_of(verb) == "planned"
            and target.status == "occurred"
            and any(p.actor not in met for e in own for p in e.participants)
        ):
            continue
        current = [e for e in current if e not in own]
        targets = [target]
        if noun is not None and noun.tag_ == "NNS":  # "the meetings were attended by": each one told
            targets = [
                e
                for e in earlier
                if e.event_type == "meeting"
                and e.evidence_start == target.evidence_start
                and e.mode == target.mode
            ]
        for meeting in targets:
            join(meeting, attendees + [p.actor for e in own for p in e.participants], "participant")
    return current


def gathering_attended_unnamed(ctx: Context, sent: Span) -> tuple[Token, Token] | None:
    """'Only four of the 15 heads of state will attend the summit chaired by X': a gathering whose
    attendees the clause does not name. Returns the verb and the gathering noun."""
    for verb in words_in(sent, rules.VISIT_ATTENDING_VERBS):
        noun = next((n for n in direct_objects(verb) if n.lemma_.lower() in rules.GATHERING_NOUNS), None)
        if noun is None or verb.pos_ != "VERB" or status_of(verb) is None:
            continue
        if not any(a.kind == "person" for a in side(ctx, subject_of(verb))):
            return verb, noun
    return None


def gathering_of_roll(
    ctx: Context, sent: Span, earlier: list[Event], target: Event | None, attendees: list[Actor]
) -> Event | None:
    """'Four heads of state will attend the summit hosted by X. Among the attendees are A and B':
    the roll names who sits at the gathering told just before with no one named at it; its host
    and the people listed meet there. The meeting is told where the gathering is, and placed
    among the earlier events in text order."""
    if ctx.open_gathering is None or not attendees:
        return None
    verb, noun = ctx.open_gathering
    told = verb.sent
    if not sent.start_char - rules.LATER_MENTION_MAX_CHARS <= told.start_char < sent.start_char:
        return None
    if target is not None and target.evidence_start >= told.start_char:
        return None  # a meeting told since: the roll is of that one
    hosting = [c for c in noun.children if c.dep_ == "acl" and c.lemma_ in rules.CO_HOSTING_VERBS]
    hosts = [a for c in hosting for a in agent_people(ctx, c)]
    event = build_meeting(ctx, verb, hosts, attendees, rules.CAMEO_CONSULT, "host", noun)
    ctx.open_gathering = None
    if event is None:
        return None
    # "the summit chaired by X in Harare": the place may hang on the hosting
    event.location = event.location or place_of(ctx, hosting, [p.actor for p in event.participants])
    insert_in_text_order(earlier, event)
    return event


@cache
def lemma_ids(lemmas: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(lemma) for lemma in lemmas)


def words_in(sent: Span, lemmas: set[str]) -> list[Token]:
    """The words of a sentence with one of these lemmas, read from the doc's lemma array (kept
    once per article) rather than word by word: this pass runs after every sentence."""
    doc = sent.doc
    if "lemmas" not in doc.user_data:
        doc.user_data["lemmas"] = doc.to_array(LEMMA).tolist()
    wanted = lemma_ids(frozenset(lemmas))
    found = doc.user_data["lemmas"][sent.start : sent.end]
    return [doc[sent.start + i] for i, lemma in enumerate(found) if lemma in wanted]


def told_also(verb: Token) -> bool:
    """'also took part', 'Also participating were ...', 'are also expected to attend': people added
    to those already told."""
    clause = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.lower_ in rules.ALSO_WORDS for v in clause for c in v.children)


def side_country(verb: Token) -> str | None:
    """'On the American side, A and B attended' -> United States: a country's side of the meeting
    just told; not 'on the other side', nor 'on the Israeli side of the border'."""
    for phrase in (p for p in verb.children if p.dep_ == "prep" and p.lower_ == "on"):
        for side_noun in (g for g in phrase.children if g.lower_ == "side" and not prep_objects(g, {"of"})):
            country = next((c for m in side_noun.children if (c := country_word(m))), None)
            if country is not None:
                return country
    return None


def side_of(verb: Token, meeting: Event, sent: Span) -> bool:
    """'On the American side, A and B attended' joins a meeting that has an American in it, told in
    the sentence just before or referred to there ('were among the attendees of the meeting'); any
    other attendance clause ('Also participating on the Cuban side were A and B'), whatever
    meeting it found."""
    country = side_country(verb)
    if country is None or told_also(verb):
        return True
    previous = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    return (
        previous is not None
        and (meeting.evidence_start >= previous.start_char or any(refers_back(t) for t in previous))
        and any(actor_country(p.actor) == country for p in meeting.participants)
    )


def attendance(ctx: Context, verb: Token) -> tuple[list[Actor], Token | None] | None:
    """The attendees of a clause saying that people were at a meeting, and the meeting noun it
    names (None for 'was also present'); None when the clause says no such thing."""
    lemma = verb.lemma_
    if verb.dep_ == "relcl":
        return described_attendee(ctx, verb) or attended_meeting_told(ctx, verb)
    if lemma in rules.HOSTING_TOLD_VERBS:
        # "Saudi Foreign Minister X hosted the meeting": the host of the meeting told before
        noun = next((n for n in direct_objects(verb) if refers_back(n)), None)
        if noun is None or status_of(verb) is None:
            return None
        return people_named(ctx, verb, noun), noun
    signing = lemma in rules.SIGNING_VERBS
    if (
        lemma not in rules.ATTENDING_VERBS | rules.LISTING_VERBS | rules.ESCORTING_VERBS
        and lemma != "be"
        and not signing
    ):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in rules.ATTENDANCE_CLAUSE_DEPS:
        return None  # "X, who took part in the talks, met Y" tells of X's meeting with Y
    if status_of(verb) is None:
        return None  # "did not take part in the talks"
    if signing:
        # "A signed on behalf of Congo, B for Rwanda": the signers of a signing told before, not
        # "A signed a deal with Boeing" (a text of its own)
        if direct_objects(verb) or any(c.dep_ == "nsubjpass" for c in verb.children):
            return None
        if prep_objects(verb, {"in", "at"}) or any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
            return None  # "signed on behalf of Ukraine in Kyiv a week later": another signing
        signers = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
        return (signers, None) if signers else None
    if lemma in rules.ESCORTING_VERBS:  # "A accompanied B to the meeting": both were at it
        noun = next((n for n in prep_objects(verb, {"to"}) if refers_back(n)), None)
        return (people_named(ctx, verb, noun), noun) if noun is not None else None
    if lemma in rules.LISTING_VERBS:  # "On the American side, attendees included A and B"
        subjects = subject_of(verb)
        if any(s.lower_ in rules.ATTENDEE_NOUNS for s in subjects):
            return people_named(ctx, verb, None), None
        # "The talks at the Kremlin included, on the Russian side, A and B": the meeting told before
        meeting = next((s for s in subjects if refers_back(s)), None)
        return (listed_objects(ctx, verb), meeting) if meeting is not None else None
    # "Accompanying the Crown Prince during the reception were A and B"
    accompanied_at = [
        g
        for c in verb.children
        if lemma == "be" and c.lemma_ in rules.ACCOMPANYING_VERBS and c.tag_ == "VBG"
        for g in prep_objects(c, rules.ACCOMPANYING_AT_PREPS)
        if g.lower_ in rules.MEETING_NOUNS | rules.WELCOME_NOUNS
    ]
    if accompanied_at:
        return people_named(ctx, verb, accompanied_at[0]), accompanied_at[0]
    if lemma in rules.ATTENDING_VERBS:
        nouns = attended_in(verb)
        if lemma not in rules.PREP_ATTENDING_VERBS:
            nouns += direct_objects(verb)
            if any(c.dep_ == "auxpass" for c in verb.children):  # "the talks were attended by X"
                nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
                noun = next((n for n in nouns if refers_back(n)), None)
                return (people_named(ctx, verb, noun), noun) if noun is not None else None
        elif not any(o.lower_ in rules.PART_WORDS for o in direct_objects(verb)) and lemma == "take":
            return None
        noun = next((n for n in nouns if refers_back(n)), None)
        if noun is None and not nouns and (told_also(verb) or side_country(verb) or fronted_attending(verb)):
            # "Also participating on the Cuban side were A and B", "On the American side, A and B
            # attended", "Attending as a mediator was C"
            return people_named(ctx, verb, None), None
        if noun is None:
            return None
        return people_named(ctx, verb, noun), noun
    if lemma != "be":
        return None
    if any(c.dep_ == "csubj" and fronted_attending(c) for c in verb.children):
        return people_named(ctx, verb, None), None  # "Attending as a mediator was C", parsed the other way
    presence = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in rules.PRESENCE_WORDS]
    presence += [
        g for g in prep_objects(verb, {"in"}) if g.lower_ in rules.PRESENCE_WORDS | rules.ROOM_WORDS
    ]  # "were also in attendance", "Also in the room were A and B"
    elsewhere = [g for g in prep_objects(verb, {"at"}) if g.lower_ not in rules.MEETING_NOUNS]
    # "X was also present", "Also present were X" (the 'also' then hangs from 'present')
    also = [c for t in [verb, *presence] for c in t.children if c.lower_ in rules.ALSO_WORDS]
    # "In attendance were A, B and C", "Present were A and B": the presence told first lists people,
    # not at another occasion ("In attendance at the concert were A and B")
    fronted = bool(presence) and all(p.i < verb.i for p in presence)
    elsewhere += [g for p in presence for g in prep_objects(p, {"at"}) if g.lower_ not in rules.MEETING_NOUNS]
    arrival_site = next((g for g in elsewhere if g.lower_ in rules.ARRIVAL_SITE_NOUNS), None)
    # not "present at the airport to see him off" (a send-off of its own) nor "at the airport,
    # where he was arrested"
    told_more = any(
        c.dep_ in rules.CLAUSE_DEPS
        for t in [verb, *presence, *elsewhere]
        for c in t.children
        if c.dep_ != "conj"
    )
    if presence and elsewhere == [arrival_site] and (also or fronted) and not told_more:
        return people_named(ctx, verb, arrival_site), arrival_site  # "Also present at the airport were"
    if presence and not elsewhere and (also or fronted):
        return people_named(ctx, verb, None), None  # not "was also present at the match"
    # "A and B were among the attendees of the meeting": the meeting it names, told before
    attendees = [g for g in prep_objects(verb, {"among"}) if g.lower_ in rules.ATTENDEE_NOUNS]
    meeting = next((m for g in attendees for m in prep_objects(g, {"of", "at"}) if refers_back(m)), None)
    if meeting is not None:
        return people_named(ctx, verb, meeting), meeting
    if any(g.lower_ in rules.AMONG_WORDS or welcoming_group(g) for g in prep_objects(verb, {"among"})):
        return people_named(ctx, verb, None), None  # "Among them were A and B", "among the welcoming party"
    noun = next((n for n in prep_objects(verb, {"at"}) if refers_back(n)), None)  # "Also at the talks were X"
    if noun is not None and told_also(verb):
        return people_named(ctx, verb, noun), noun
    return None


def fronted_attending(verb: Token) -> bool:
    """'Attending as a mediator was X', 'Taking part were A and B': a participle of attending that
    opens the sentence and names no occasion, the people after its 'was'/'were' (which the parser
    hangs on the participle or the participle on)."""
    be_after = (
        verb.dep_ == "csubj"
        and verb.head.lemma_ == "be"
        or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.i > verb.i for c in verb.children)
    )
    clause = verb.head if verb.dep_ == "csubj" else verb
    words = list(clause.subtree)
    roles = [o for p in verb.children if p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
    return (
        verb.tag_ == "VBG"
        and verb.lemma_ in rules.ATTENDING_VERBS
        and verb.i == verb.sent.start
        and be_after
        and all(r.lemma_ in rules.TALKS_ROLE_NOUNS for r in roles)
        # no occasion of its own ("as a guest at Sunday's gala", "at next month's talks")
        and not any(t.dep_ == "prep" and t.lower_ in ("at", "in", "of") for t in verb.subtree)
        and not any(t.ent_type_ in rules.TIME_ENTITY_LABELS for t in words)
        and not any(t.lower_ in rules.FUTURE_AUX for t in words)
        and all(o.lower_ in rules.PART_WORDS for o in direct_objects(verb))
    )


def attended_in(verb: Token) -> list[Token]:
    """What 'took part in', 'participated in' or 'attended ... at' names: 'in' and 'at' objects of
    the verb or of its 'part'."""
    places = [verb] + [o for o in direct_objects(verb) if o.lower_ in rules.PART_WORDS]
    return [o for p in places for o in prep_objects(p, {"in", "at"})]


def described_attendee(ctx: Context, verb: Token) -> tuple[list[Actor], Token] | None:
    """'Foreign Minister X, who chaired the talks, said ...', 'According to X, who was present at the
    meeting, ...': the person a relative clause puts at the meeting told before; not where the
    main clause tells a meeting of its own ('X, who took part in the talks, met Y')."""
    # "X, who was present at the meeting": the meeting the presence is at
    presence = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in rules.PRESENCE_WORDS]
    if not presence and (
        verb.lemma_ not in rules.ATTENDING_VERBS | rules.DESCRIBED_ATTENDING_VERBS or verb.pos_ != "VERB"
    ):
        return None
    person = ctx.actors.actor_at(verb.head)
    main = verb.head.head
    # "According to X, who ...": X's account of the meeting as much as "X, who ..., said"
    attributed = main.lower_ == "to" and main.head.lower_ == "according"
    if person is None or person.kind != "person":
        return None
    if main.lemma_ not in rules.REPORTING_VERBS and not attributed:
        return None
    nouns = direct_objects(verb) + attended_in(verb) + [g for p in presence for g in prep_objects(p, {"at"})]
    # "the talks", not "last year's talks", "the 2011 talks", "the talks that led to the truce"
    noun = next((n for n in nouns if refers_back(n) and all(c.dep_ == "det" for c in n.children)), None)
    return ([person], noun) if noun is not None else None


def attended_meeting_told(ctx: Context, verb: Token) -> tuple[list[Actor], Token] | None:
    """'X hosted the meeting, which was attended by A and B': the people a relative clause on the
    meeting told before puts at it."""
    noun = verb.head
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if verb.lemma_ not in rules.ATTENDING_VERBS or not passive or not refers_back(noun):
        return None
    people = people_named(ctx, verb, None)  # the clause hangs inside the meeting's own phrase
    return (people, noun) if people else None


def welcoming_group(noun: Token) -> bool:
    """'The welcoming party', 'the reception committee': the people who met a guest on arrival."""
    return noun.lower_ in rules.WELCOMING_GROUP_NOUNS and any(
        c.dep_ in ("amod", "compound")
        and (c.lower_ in rules.WELCOMING_WORDS or c.lemma_ in rules.WELCOMING_WORDS)
        for c in noun.children
    )


def attendances(ctx: Context, sent: Span) -> Iterator[tuple[Token, tuple[list[Actor], Token | None]]]:
    """Each clause of the sentence that puts people at a meeting, with what `attendance` finds."""
    attending = rules.ATTENDING_VERBS | rules.DESCRIBED_ATTENDING_VERBS
    clause_verbs = attending | rules.LISTING_VERBS | rules.ESCORTING_VERBS | rules.SIGNING_VERBS | {"be"}
    clause_verbs |= rules.HOSTING_TOLD_VERBS
    for verb in words_in(sent, clause_verbs):
        found = attendance(ctx, verb)
        if found is not None:
            yield verb, found
    for presence in words_in(sent, rules.PRESENCE_NOUNS):
        held = held_in_presence(ctx, presence)
        if held is not None:
            yield held


def held_in_presence(ctx: Context, presence: Token) -> tuple[Token, tuple[list[Actor], Token]] | None:
    """'The talks began at noon in the presence of Foreign Minister X': the meeting told before
    had X at it. Returns the clause's verb, with the people and the meeting noun."""
    if presence.dep_ != "pobj" or presence.head.lower_ != "in":
        return None
    verb = next((a for a in presence.ancestors if a.pos_ in ("VERB", "AUX")), None)
    meeting = next((s for s in subject_of(verb) if refers_back(s)), None) if verb is not None else None
    if meeting is None:
        return None
    people = [a for a in side(ctx, prep_objects(presence, {"of"})) if a.kind == "person"]
    return (verb, (people, meeting)) if people else None


def listed_objects(ctx: Context, verb: Token) -> list[Actor]:
    """The people a listing verb names as its objects: 'included A and B', not 'included a plan
    drafted by C' nor 'a message from D'."""
    listed = []
    for token in verb.subtree:
        path = []
        current = token
        while current.i != verb.i and current.dep_ != "ROOT":
            path.append(current.dep_)
            current = current.head
        if current.i == verb.i and not set(path) & rules.NOT_LISTED_DEPS:
            listed.append(token)
    return [a for a in unique_people(ctx, listed) if a not in side(ctx, subject_of(verb))]


def another_occasion(ctx: Context, noun: Token, target: Event) -> bool:
    """A meeting noun told with its own place that is not the meeting found ('the talks in Istanbul'
    after a meeting in Moscow), or with a day of its own ("Last week's talks"), or a gathering
    after a meeting that is none ('X, Y and Z will also attend the summit' after two leaders'
    meeting on its sidelines)."""
    if (
        noun.lemma_.lower() in rules.GATHERING_NOUNS
        and target.trigger_word.lower() not in rules.ATTENDED_EVENT_NOUNS
    ):
        return True
    for owner in (c for c in noun.children if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME")):
        # "Sunday's meeting ... was attended by X" after a meeting on that Sunday is the same one;
        # not "Sunday's cabinet meeting", "Monday's meeting of the Security Council"
        named = any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children) or prep_objects(
            noun, {"of"}
        )
        day = resolve_date(noun.doc[owner.left_edge.i : owner.i + 1].text, ctx.published)
        if named or day is None or day.date is None or day.date != target.event_date:
            return True
    for place in prep_objects(noun, {"in", "at"}):
        name = place_name(ctx, place)
        if name is None or target.location is None:
            continue
        here, there = venue_city(name), venue_city(target.location)
        if not geography.overlaps(here, there):
            return True
    return False


def told_just_before(sent: Span) -> bool:
    """The sentence before names a meeting: 'X chaired the meeting. Y was also present.'"""
    if sent.start == 0:
        return False
    previous = sent.doc[sent.start - 1].sent
    return any(t.lower_ in rules.MEETING_NOUNS or t.lemma_ in rules.MEETING_VERBS for t in previous)


def another_meeting_before(ctx: Context, sent: Span, target: Event) -> bool:
    """'The summit was preceded by a ministerial meeting on Saturday. The meeting was chaired by
    A': the sentence before tells of another meeting, on a day of its own or of another kind (a
    call after talks), than the one found last."""
    if sent.start == 0 or target.event_date is None:
        return False
    previous = sent.doc[sent.start - 1].sent
    if previous.start_char <= target.evidence_start:
        return False  # the meeting found last is told there
    for noun in previous:
        if noun.lower_ not in rules.MEETING_NOUNS or refers_back(noun) or told_for_comparison(noun):
            continue
        if held_call(noun) and target.mode != "call":
            return True  # "leaders held a video call. Among those taking part were A and B" after talks
        day, _ = date_of(ctx, noun, "occurred")
        # an earlier meeting on a day of its own ("was preceded on Saturday by a ministerial
        # meeting"); a meeting to come is not the one "was attended" tells of
        if day is not None and day < target.event_date:
            return True
    return False


def told_for_comparison(noun: Token) -> bool:
    """'a previous meeting', 'the first meeting since talks in 2021', 'ahead of an Arab League
    meeting': a meeting named to place the one told, not a new one."""
    if any(c.dep_ == "amod" and c.lower_ in rules.COMPARED_MEETING_WORDS for c in noun.children):
        return True
    return placed_by(noun)


def refers_back(noun: Token) -> bool:
    """'the meeting', 'their talks', 'the gathering': a meeting the article has told of; not
    'the trilateral dialogue with A and B', which names its own parties, nor 'the Conference on
    X', a gathering named."""
    return (
        noun.lower_ in rules.MEETING_NOUNS
        and any(
            (c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS) or c.dep_ == "poss" for c in noun.children
        )
        and not prep_objects(noun, {"with", "between"})
        # "will also attend the International Conference on Glaciers": a gathering of its own name
        and not (noun.is_title and not noun.is_sent_start)
    )


def held_call(noun: Token) -> bool:
    """'held a video call', 'a phone call on Saturday': a call told as held, not 'calls for a
    ceasefire', 'a wake-up call', 'made no call'."""
    holder = noun.head if noun.dep_ == "dobj" else None
    said_held = (
        holder is not None
        and holder.lemma_ in rules.CALL_HOLDING_VERBS
        and not any(c.dep_ == "neg" for c in holder.children)
    )
    medium = any(
        c.dep_ in ("compound", "amod") and c.lower_ in rules.CALL_MEDIUM_WORDS for c in noun.children
    )
    return (
        is_call_noun(noun)
        and (said_held or medium)
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)
        and not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    )


def is_call_noun(noun: Token) -> bool:
    return noun.lower_ in rules.CALL_WORDS


def people_named(ctx: Context, verb: Token, noun: Token | None) -> list[Actor]:
    """The people a clause names outside its meeting phrase, not as possessors ('Putin's aide
    X' names X): the parse of long lists of titled names is too unreliable to walk. A main
    clause names them anywhere in its sentence; another clause in its own words, else they are
    the subject it shares ('X met Y, before attending the session')."""
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if verb.dep_ == "ROOT":
        words = list(verb.sent)
    elif mark is not None:  # "as A, B and C joined the talks": the clause's words, however parsed
        words = list(verb.doc[mark.i + 1 : verb.right_edge.i + 1])
    else:
        words = list(verb.subtree)
    skipped = set() if noun is None else {t.i for t in noun.subtree}
    skipped |= {t.i for token in words if token.dep_ == "poss" for t in token.subtree}
    found = unique_people(ctx, [t for t in words if t.i not in skipped])
    return found or [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]


def unique_people(ctx: Context, tokens: list[Token]) -> list[Actor]:
    found: list[Actor] = []
    for token in tokens:
        actor = ctx.actors.actor_at(token)
        if actor is not None and actor.kind == "person" and actor not in found:
            found.append(actor)
    return found


def latest_meeting(events: list[Event], since: int, status: str, call: bool = False) -> Event | None:
    """The latest meeting told from `since` on, of the statement's status if there is one; an
    in-person one unless a call is meant."""
    meetings = []
    for event in reversed(events):
        if event.evidence_start < since:
            break
        if event.event_type == "meeting" and (event.mode == "call") == call:
            meetings.append(event)
    return next((e for e in meetings if e.status == status), meetings[0] if meetings else None)


def join(event: Event, people: list[Actor], role: str) -> None:
    known = {p.actor for p in event.participants}
    for actor in people:
        if actor not in known:
            event.participants.append(Participant(actor, role))
            known.add(actor)


# Every verb `add_side_members` reads: led, headed, represented, included, named (as).
SIDE_MEMBER_VERBS = (
    rules.LEADING_VERBS | rules.REPRESENTING_VERBS | rules.MEMBERSHIP_VERBS | rules.NAMING_VERBS
)


def add_side_members(ctx: Context, sent: Span, events: list[Event]) -> None:
    """'The US team was led by X and Y, while the Ukrainian side was headed by Z', 'The Russian
    delegation included A and B', 'Russia was represented by C': the people of a side of an
    earlier meeting take part in it."""
    for verb in words_in(sent, SIDE_MEMBER_VERBS):
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_ in rules.REPRESENTING_VERBS and not represented_at_the_talks(verb):
            continue  # "Moscow will be represented by X at the UN", "has represented Kyiv for years"
        if verb.lemma_ in rules.LEADING_VERBS | rules.REPRESENTING_VERBS and any(
            c.dep_ == "auxpass" for c in verb.children
        ):
            sides = [c for c in verb.children if c.dep_ == "nsubjpass"]
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            members = people_listed_after(ctx, agent, titled_only=True) if agent is not None else []
        elif verb.lemma_ in rules.REPRESENTING_VERBS and verb.dep_ == "csubj" and verb.head.lemma_ == "be":
            # "Also representing the Peruvian side were A; B; and C": the roll after the verb 'be'
            sides = direct_objects(verb)
            members = people_listed_after(ctx, verb.head, titled_only=True, roll=True)
        elif verb.lemma_ in rules.LEADING_VERBS | rules.REPRESENTING_VERBS:
            # "X led the Russian team", "Defence Minister X represented Kyiv"
            sides = direct_objects(verb)
            members = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
        elif verb.lemma_ in rules.MEMBERSHIP_VERBS or named_as(verb):
            # "The Ukrainian delegation included A", "Russia's negotiators were named as B and C"
            sides = [s for s in subject_of(verb) if s.lower_ in rules.SIDE_NOUNS]
            # "included A; the Director for Asia, B; and C": a roll past its semicolons
            members = people_listed_after(ctx, verb, titled_only=True, roll=True)
            if verb.lemma_ in rules.OBJECT_MEMBERSHIP_VERBS and not any(
                a.kind == "person" for a in side(ctx, direct_objects(verb))
            ):
                members = []  # "the Russian side featured a statement by A": A is no member
        else:
            continue
        representing = verb.lemma_ in rules.REPRESENTING_VERBS
        country = next((c for s in sides for c in side_countries(s, representing)), None)
        travelling = any(
            s.dep_ in ("nsubj", "nsubjpass") and s.head != verb and s.head.lemma_ in rules.ARRIVAL_VERBS
            for s in sides
        )
        if (verb.lemma_ in rules.LEADING_VERBS or travelling) and any(
            s.lower_ in rules.DELEGATION_NOUNS for s in sides
        ):
            join_delegation_trip(events, members, country, sent.start_char - rules.LATER_MENTION_MAX_CHARS)
        if travelling:
            # "a Ukrainian delegation arrived at P, consisting of A and B": the members of that
            # trip, not of the meeting told before; unless that meeting was the delegation's own
            # ("X met a Hamas delegation ... The delegation arrived on Sunday, consisting of A")
            told = told_delegation_meeting(events, sides, sent.start_char - rules.LATER_MENTION_MAX_CHARS)
            if told is not None:
                join(told, members, "participant")
            continue
        if country is None and members:
            # "A Hamas delegation met X ... The delegation was headed by A and included B": the
            # meeting whose delegation 'the delegation' refers back to
            since = sent.start_char - rules.LATER_MENTION_MAX_CHARS
            told = told_delegation_meeting(events, sides, since) or owners_meeting(ctx, events, sides, since)
            if told is not None:
                join(told, members, "participant")
            continue
        members = [m for m in members if m.kind == "person"]  # "Moscow was represented by A, Kyiv by B"
        if not members:
            continue
        # a delegation or a country's representatives are at the meeting told before, unless
        # that meeting is known to be between other countries; a "team" may be a sports team
        loose = representing or any(s.lower_ in rules.DELEGATION_NOUNS for s in sides)
        since = sent.start_char - rules.LATER_MENTION_MAX_CHARS
        event = side_meeting(events, country, since, loose, status_of(verb) or "occurred")
        if event is None or leaders_retinue(events, event, sides, country, sent):
            continue
        matched = [
            p
            for p in event.participants
            if p.actor.kind in ("group", "org") and actor_country(p.actor) == country
        ]
        dropped = {
            p.actor for p in matched if p.actor.canonical_name.split()[-1] not in rules.DELEGATION_NOUNS
        }
        event.participants = [p for p in event.participants if p.actor not in dropped]
        join(event, members, "participant")


def join_delegation_trip(events: list[Event], members: list[Actor], country: str | None, since: int) -> None:
    """'Sudan will send a delegation to Jeddah ... Minister A will lead the delegation': the
    leader travels with the delegation told just before (of that country, when one is named)."""
    trips = [
        e
        for e in events
        if e.event_type == "visit"
        and e.evidence_start >= since
        and any(
            p.actor.kind in ("group", "org")
            and p.actor.canonical_name.split()[-1].lower() in rules.DELEGATION_NOUNS
            and (country is None or actor_country(p.actor) == country)
            for p in e.participants
        )
    ]
    people = [a for a in members if a.kind == "person"]
    if trips and people:
        join(trips[-1], people, "visitor")


def owners_meeting(ctx: Context, events: list[Event], sides: list[Token], since: int) -> Event | None:
    """'A met B ... A's team included C and D': the latest meeting (told from `since` on) that
    the person owning the side sat at."""
    owners = {
        actor
        for s in sides
        # "his football team", "Trump's legal team" are no side; "his negotiating team" is
        if not any(
            c.dep_ in ("compound", "amod") and c.lower_ not in rules.NEGOTIATING_WORDS for c in s.children
        )
        for c in s.children
        if c.dep_ == "poss" and (actor := ctx.actors.actor_at(c)) is not None and actor.kind == "person"
    }
    if travelling_party(events, owners, sides):
        return None  # "Hasina's delegation comprises A and B": the trip's company
    return next(
        (
            e
            for e in reversed(events)
            if e.evidence_start >= since
            and e.event_type == "meeting"
            and any(p.actor in owners for p in e.participants)
        ),
        None,
    )


def leaders_retinue(
    events: list[Event], meeting: Event, sides: list[Token], country: str | None, sent: Span
) -> bool:
    """'Prime Minister X arrived in Asmara ... The senior Ethiopian delegation comprises A and B': the
    delegation of a head of government or state on a visit is the trip's company, not people at
    that leader's talks (a negotiating delegation's members are, and so are a leader's delegation
    at talks told in an expanded format: 'the expanded meeting has started. The Georgian
    delegation features A and B')."""
    told = sent.doc.char_span(meeting.evidence_start, sent.end_char, alignment_mode="expand") or sent
    if any(t.lower_ in rules.EXPANDED_FORMAT_WORDS for t in told):
        return False
    present = {p.actor for p in meeting.participants}
    return any(
        leader in present
        and leader.country == country
        and generic_title(leader.role or "") in rules.BRANCH_HEAD_TITLES
        for leader in delegations_visitors(events, sides)
    )


def travelling_party(events: list[Event], owners: set[Actor], sides: list[Token]) -> bool:
    """'Hasina arrived in Delhi ... Hasina's delegation comprises A and B': a visitor's delegation
    is the trip's company, not the people at the table of each talk told."""
    return any(visitor in owners for visitor in delegations_visitors(events, sides))


def delegations_visitors(events: list[Event], sides: list[Token]) -> list[Actor]:
    """The visitors told so far, when the side named is a delegation (whose trip theirs may be)."""
    if not any(s.lower_ in rules.DELEGATION_NOUNS for s in sides):
        return []
    return [e.participants[0].actor for e in events if e.event_type == "visit" and e.participants]


def told_delegation_meeting(events: list[Event], sides: list[Token], since: int) -> Event | None:
    """The latest meeting (told from `since` on) with a delegation, when a side is 'the
    delegation' with no country of its own."""
    nouns = {
        s.lower_
        for s in sides
        if s.lower_ in rules.DELEGATION_NOUNS
        and any(c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS for c in s.children)
        and not any(c.dep_ in ("amod", "compound", "poss") for c in s.children)
    }
    if not nouns:
        return None
    for event in reversed(events):
        if event.evidence_start < since:
            return None
        if event.event_type == "meeting" and any(
            p.actor.kind in ("org", "group") and nouns & set(p.actor.canonical_name.lower().split())
            for p in event.participants
        ):
            return event
    return None


def represented_at_the_talks(verb: Token) -> bool:
    """'Kyiv was represented by X', 'X represented Kyiv': told in the simple past with no place,
    day or span of its own, the representation is at the talks just told; not 'at the UN on
    Monday', 'will be represented', 'has represented Moscow for two decades'."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be":  # "Also representing the X side were A and B"
        verb, auxes = verb.head, set()
    return (
        not auxes - rules.SIMPLE_PAST_AUX
        and not any(c.dep_ == "prep" and c.lower_ in rules.REPRESENTED_AT_PREPS for c in verb.children)
        and not any(c.ent_type_ in rules.TIME_ENTITY_LABELS for c in verb.children)
        and (verb.tag_ == "VBD" or bool(auxes))
    )


def named_as(verb: Token) -> bool:
    """'were named as A, B and C'."""
    return verb.lemma_ in rules.NAMING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    )


def side_meeting(events: list[Event], country: str, since: int, loose: bool, status: str) -> Event | None:
    """The latest meeting with a participant of `country`; when `loose`, else the latest in-person
    meeting whose participants are not all known to be of other countries. A meeting of the
    statement's own status comes first: 'the US delegation included A' tells of talks held, not
    of a potential summit mentioned since."""
    meetings = []
    for event in reversed(events):
        if event.evidence_start < since:
            break
        if event.event_type == "meeting":
            meetings.append(event)
    meetings.sort(key=lambda e: e.status != status)  # stable: latest first within each status
    for event in meetings:
        if any(actor_country(p.actor) == country for p in event.participants):
            return event
    if not loose:
        return None
    for event in meetings:
        if event.mode != "in_person":
            continue
        countries = {actor_country(p.actor) for p in event.participants}
        return event if None in countries or len(countries) < 2 else None
    return None


def actor_country(actor: Actor) -> str | None:
    """A person's country from their title; a side's from its label ('Ukrainian delegations')."""
    if actor.kind == "person":
        return actor.country
    return next(
        (c for word in actor.canonical_name.split() if (c := country_of(word, "NORP") or country_of(word))),
        None,
    )


def side_countries(noun: Token, country_is_side: bool = False) -> list[str]:
    """'the Ukrainian side', 'the US team' -> the country of the side; 'Russia' (in 'Russia was
    represented by') -> Russia."""
    # "Kyiv was represented by X": a capital, which the tagger may leave untagged, stands for its
    # government
    capital = geography.country_governed_from(noun.text) if country_is_side else None
    if capital:
        return [capital]
    if country_is_side and noun.ent_type_ in ("GPE", "NORP"):
        country = country_of(noun.text, noun.ent_type_)
        return [country] if country else []
    if noun.lower_ not in rules.SIDE_NOUNS:
        return []
    return [
        country
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod", "poss")  # "Russia's negotiators"
        # an owner is a country by name, tagged or not ("Nepal's delegation")
        and (
            country := country_word(c)
            if c.dep_ == "poss"
            else country_of(c.text, "GPE" if c.ent_type_ == "GPE" else "NORP")
        )
    ]
