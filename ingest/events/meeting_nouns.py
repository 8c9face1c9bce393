"""Meetings told by a noun: 'a meeting with Y', 'talks between A and B', 'their first
face-to-face', 'a Trump-Putin meeting', 'a warm welcome to Y' and one given by Y ('was accorded a
reception by Y'), 'his first visit with Y', and meetings told before listed by a pronoun ('These
were with A and B'). A country that holds talks is its delegation ('US-Iran talks')."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.names import delegation_label
from ingest.actors.references import person_at
from ingest.events.build import finish
from ingest.events.context import Context
from ingest.events.meetings import (
    attended_by,
    build_meeting,
    co_hosting_verb,
    honoured,
    hosts_of,
    journey_companions,
    listed_meeting_verb,
    members_of,
    names_a_side,
    placed_by,
    pronoun_listing,
    schedules_of,
    told_as_held,
    told_as_known,
    unnamed_hosts,
    views_exchanged,
)
from ingest.events.participants import (
    country_delegations,
    named_beside,
    people_in_phrase,
    side,
    speaks_for_others,
)
from ingest.events.places import place_of
from ingest.events.status import told_about
from ingest.events.syntax import (
    agent_objects,
    clause_verb,
    direct_objects,
    how_deal_came,
    is_definite,
    list_members,
    possessors,
    prep_objects,
    subject_of,
    where_clause,
)
from ingest.events.timing import date_of
from ingest.records import Actor, Event


def partners_of_holders(noun: Token) -> list[Token]:
    """'a meeting of the Ukrainian delegation with X': the parser may hang 'with X' on the holders."""
    return [g for o in prep_objects(noun, {"of"}) for g in prep_objects(o, {"with"})]


def remarks_speakers(subject: Token) -> list[Token]:
    """'X's remarks came after talks with Y': the speaker whose remarks they are held the talks."""
    if subject.lemma_ not in rules.REMARK_NOUNS:
        return []
    return [c for c in subject.children if c.dep_ == "poss"]


def held_in_clause(noun: Token) -> list[Token]:
    """'a call held with X on Wednesday', 'the meeting he will hold with X': the clause that holds
    the meeting with its counterpart."""
    return [
        c
        for c in noun.children
        if c.dep_ in ("acl", "relcl") and c.lemma_ in rules.LIGHT_VERBS and prep_objects(c, {"with"})
    ]


def studied(noun: Token, verb: Token) -> bool:
    """The noun is in what the verb takes as its object ('analyze the process of internal
    dialogue'), not where it happens ('discussed trade at the meeting')."""
    if noun.lemma_.lower() in rules.GATHERING_NOUNS:
        return False  # "assessed preparations for the BRICS summit": one they both go to
    return any(t.dep_ == "dobj" and t.head == verb for t in (noun, *noun.ancestors))


def attended(noun: Token) -> bool:
    """'discussions attended by A and B': the noun names who came, not who met whom."""
    return any(c.dep_ == "acl" and c.lemma_ == "attend" for c in noun.children)


def one_side_listed(owners: list[Token]) -> bool:
    """'Maduro and his Vice President Delcy Rodriguez': a person listed with their own aide or
    relative, one side of any talks."""
    listed = [m for o in owners for m in (o, *o.conjuncts)]
    # a relative or an official of one's own ("his wife", "his vice president"); not "his
    # Colombian counterpart", "his Indian guest", "his old friend": another side
    return len(listed) >= 2 and any(
        c.dep_ == "poss"
        and c.tag_ == "PRP$"
        and any(w.lower_ in rules.RELATIVE_WORDS | rules.OWN_STAFF_WORDS for w in m.subtree if w.i <= m.i)
        and not any(w.ent_type_ in ("NORP", "GPE") for w in m.subtree if w.i < m.i)
        for m in listed[1:]
        for c in m.children
    )


def gathered_for(noun: Token) -> list[Token]:
    """'brought together Putin and Poroshenko for a meeting': the people the verb gathered are the
    meeting's, beside its subject; not 'will do its best to bring together A and B for talks'."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    verb = noun.head.head
    if verb.lemma_ not in rules.GATHERING_VERBS or verb.tag_ not in rules.DONE_VERB_TAGS:
        return []
    if is_definite(noun):
        return []  # "Xi brought his foreign minister for the meeting": the meeting told before
    return direct_objects(verb)


def another_meeting(token: Token, noun: Token) -> bool:
    """'The Xi call', 'the meeting with Khamenei' as a clause's subject: a meeting of its own
    (not `noun` itself, told behind a dateline), owned by no one the text names."""
    return (
        token != noun
        and token.lower_ in rules.MEETING_NOUNS
        and token.pos_ == "NOUN"
        and not possessors(token)
    )


def meeting_holders(token: Token) -> list[Token]:
    """'his meetings', 'X held several meetings': who holds meetings a later clause tells of."""
    if token.lower_ not in rules.MEETING_NOUNS or token.pos_ != "NOUN":
        return []
    verb = clause_verb(token)
    return possessors(token) or (subject_of(verb) if verb != token and token.dep_ in ("dobj", "obj") else [])


def talked_about(noun: Token) -> bool:
    """'spoke about the summit', 'a call on the summit': the meeting noun, with nothing of its own
    but an article and adjectives, is the topic of a conversation told by its verb or noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in rules.TOPIC_PREPS:
        return False
    if any(c.dep_ not in ("det", "amod") for c in noun.children) or any(t.text == "-" for t in noun.subtree):
        return False  # "briefed him on US-Iran talks held in Muscat": talks told as held, by sides
    talk = noun.head.head
    return talk.lemma_ in rules.CONVERSATION_VERBS or talk.lower_ in rules.CALL_WORDS


def meeting_from_noun(ctx: Context, noun: Token) -> Event | None:
    """'a meeting with Y', 'talks between X and Y', 'after his call with Y, X said'."""
    if noun.head.lemma_ in rules.LIGHT_VERBS and noun.dep_ in ("dobj", "obj"):
        return None  # handled as 'held talks'
    if how_deal_came(noun):
        return None  # "after long negotiations, A and B reached a truce"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lower_ in rules.EVE_WORDS
        and not held_in_clause(noun)
    ):
        return None  # "On the eve of the conversation with Putin, X spoke with Y": a time, told elsewhere
    if noun.lower_ in rules.IN_TOUCH_NOUNS and noun.head.lower_ != "in":
        return None  # "a touch of humour"; "in touch with X" is a contact
    if any(co_hosting_verb(t) for t in noun.doc[max(noun.i - rules.CO_HOSTED_NOUN_WINDOW, 0) : noun.i]):
        return None  # handled by `co_hosted_meeting`
    welcomed = given_by(ctx, noun)
    if welcomed is not None:
        return welcomed
    guests = prep_objects(noun, rules.GUEST_PREPS) if noun.lower_ in rules.GUEST_NOUNS else []
    if noun.lower_ in rules.GUEST_NOUNS:
        # "gave a warm welcome to X": the guest hangs on the verb; "a banquet in honour of X"
        given = noun.head if noun.dep_ == "dobj" and noun.head.lemma_ in rules.GIVING_VERBS else None
        guests += prep_objects(given, rules.GUEST_PREPS) if given is not None else []
        guests += honoured(noun) + honoured(noun.head)
    if noun.dep_ in ("npadvmod", "advmod", "oprd", "acomp"):  # "came face-to-face with X"
        guests += prep_objects(noun.head, {"with"})
        if noun.lower_ in rules.GUEST_NOUNS and noun.head.lemma_ in rules.GIVING_VERBS:
            guests += prep_objects(noun.head, rules.GUEST_PREPS)  # "bade farewell to X", parsed loose
    counterparts = (
        with_participation_of(noun)
        or prep_objects(noun, {"with", *rules.SIDES_PREPS})
        or partners_of_holders(noun)
        or sides_on_day_or_place(noun)
        or visited_people(ctx, noun)
        or sides_of_happening(noun)
        or involved_sides(noun)
        or gathered_for(noun)
        # "Another meeting has been scheduled between A and B": the sides hang on the passive verb
        or (
            prep_objects(noun.head, rules.SIDES_PREPS)
            if noun.dep_ == "nsubjpass"
            and not any(c.lower_ in rules.NEGATING_DETERMINERS for c in noun.children)
            else []
        )
    )
    # "details of a call held with X on Wednesday": the counterpart hangs on the participle
    on_participle = not counterparts
    counterparts = counterparts or [g for c in held_in_clause(noun) for g in prep_objects(c, {"with"})]
    # "an exchange of views with X": the parser hangs X on the views
    counterparts += [g for v in views_exchanged(noun) for g in prep_objects(v, {"with", "between"})]
    counterparts = counterparts or called_in_clause(ctx, noun)
    if counterparts:
        # "talks with Presidents A of X, B of Y and C of Z": the parser may hang the later names on
        # the talks themselves
        counterparts += [
            t
            for c in noun.children
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and prep_objects(noun, {"with"})
            for t in (c, *c.conjuncts)
            if t not in counterparts
        ]
        # "negotiations between the Ukrainian delegation, headed by A, and the Russian delegation":
        # the parser joins the second side to the talks; "talks with A and a meeting with B": the
        # name before is the first meeting's
        counterparts += [
            c for c in noun.conjuncts if c.i > noun.i and names_a_side(ctx, c) and c not in counterparts
        ]
    if not counterparts and not possessors(noun) and talked_about(noun):
        # "A and B spoke by phone about the summit": what they talked of; not "about their meeting
        # in Paris next week", theirs to hold
        return None
    listed_meeting = listed_meeting_verb(noun)
    if listed_meeting is not None:  # "Another meeting was with X", "One of the meetings was with Y"
        counterparts += prep_objects(listed_meeting, {"with"})
    counterparts += [g for t in [noun, *counterparts] for g in attended_by(t)]
    objects = side(ctx, counterparts + members_of(noun) + guests)
    objects += [a for t in counterparts for a in people_in_phrase(ctx, t) if a not in objects]
    owners = possessors(noun)
    if not owners and counterparts and noun.lower_ in rules.VISIT_WITH_NOUNS:
        owners = [g for g in prep_objects(noun, {"by"}) if person_at(ctx.actors, g)]  # "the visit by A to B"
    if not owners and counterparts and (prep_objects(noun, {"with"}) or partners_of_holders(noun)):
        # "A meeting of EU chief A and envoy B with C concluded": the people 'of' it hold it
        # "a meeting of the Ukrainian delegation with X": a delegation holds it too
        owners = [
            g
            for g in prep_objects(noun, {"of"})
            if person_at(ctx.actors, g)
            or (g.lower_ in rules.DELEGATION_NOUNS and ctx.actor_of(g) is not None)
        ]
    if owners and all(o.lower_ in rules.PLURAL_PRONOUNS for o in owners) and not side(ctx, owners):
        # "the two delegations concluded their talks": 'their' stands for the clause's subject
        owners = [t for t in subject_of(clause_verb(noun)) if t.i < noun.i]
    if owners:  # "Trump and Putin's meeting": the first name parsed as a modifier of the noun
        owners += [c for c in noun.children if c.dep_ == "nmod" and c.ent_type_ == "PERSON"]
    # "X hosted talks with Y" parsed with 'hosted' as a modifier of the talks: its subject holds them
    owners += [
        s for c in noun.children if c.dep_ == "amod" and c.lemma_ in rules.LIGHT_VERBS for s in subject_of(c)
    ]
    speaking = False
    between = [t for t in prep_objects(noun, rules.SIDES_PREPS) for t in list_members(t)]
    if not owners:
        owners = schedule_owners(noun)  # "X's agenda includes a meeting with Y"
    # "a summit between the leaders of A, B and C": one phrase listing its own sides
    sides_between = len(between) >= 2 or (bool(between) and len(objects) >= 2)
    if not owners and not sides_between:  # "said there will be a meeting between A and B": not the speaker
        verb = clause_verb(noun)
        if (
            verb != noun
            and noun.dep_ not in ("nsubj", "nsubjpass")
            and not (not counterparts and placed_by(noun, on_noun=True))
        ):  # "X's trip ahead of the summit": a meeting that only places the trip in time
            owners = subject_of(verb)
            # "his meetings, which included talks with X": the talks are the meetings' holder's;
            # "The Xi call came before the conversation with Modi": another meeting, whose
            # counterpart holds no part in this one
            owners = [
                o for t in owners for o in (meeting_holders(t) or ([] if another_meeting(t, noun) else [t]))
            ]
            if not side(ctx, owners) and verb.lemma_ in rules.STATING_VERBS:
                # "This was stressed by Prime Minister X during meetings with Y": the passive's agent
                # ("the photo was taken by X during talks with Y": no party to them)
                owners = [g for g in prep_objects(verb, {"by"}) if person_at(ctx.actors, g)] or owners
            # "Ruto's visit follows a meeting with X": the visitor met X, unless the meeting names
            # its own parties ("a meeting with Xi by Sanchez", "between A and B", "that Yellen held")
            own_parties = any(
                c.dep_ == "relcl" or (c.dep_ in ("prep", "agent") and c.lower_ in {"by", *rules.SIDES_PREPS})
                for c in noun.children
            )
            owners = [o for t in owners for o in (([] if own_parties else trip_owners(t)) or [t])]
            owners = [o for t in owners for o in (remarks_speakers(t) or [t])]
            if counterparts and not side(ctx, owners):
                # "X said migration would be the focus of talks with Y": the speaker's talks
                owners = speaker_of(ctx, verb) or owners
            if not counterparts and verb.lemma_ in rules.STUDYING_VERBS and studied(noun, verb):
                # "they will analyze the process of internal dialogue in Venezuela": talks studied
                # as a topic, not held by those who study them
                owners = []
            if not counterparts and verb.lemma_ in rules.APPRAISING_VERBS:
                # "the Kremlin and the White House described the talks as frank": institutions
                # comment; people who praise talks held them ("A and B praised the talks")
                owners = [o for o in owners if person_at(ctx.actors, o)]
            speaking = any(o.head.lemma_ in rules.REPORTING_VERBS and noun not in o.subtree for o in owners)
    if not owners and len(between) < 2:
        owners = traveller_where(ctx, noun)  # "X arrived at P, where a meeting with Y was scheduled"
    subjects = side(ctx, owners) + [a for a in hyphenated_people(ctx, noun) if a not in objects]
    if not subjects and objects:
        subjects = [a for a in visitors_of_the_visit(ctx, owners) if a not in objects]
    if noun.lower_ in rules.COUNTRY_SIDE_WORDS and (
        (noun.dep_ in ("nsubj", "nsubjpass") or round_held(noun))
        and not told_as_wanted(noun)
        or (noun.dep_ == "pobj" and noun.head.lower_ in rules.HELD_TALKS_PREPS)
        or (
            noun.dep_ == "dobj"
            and noun.head.lemma_ in rules.MEETING_HAPPENED_VERBS
            and told_as_held(noun.head)
        )
        or round_begun(noun)
    ):
        # "talks between Russia and Ukraine resumed", "during talks with Iran", "A and B resumed
        # their talks", not "pushed for talks between A and B"
        # "Azerbaijan and Armenia's top diplomats began talks": the people named stand for their sides
        if not any(a.kind == "person" for a in objects):
            objects += [a for a in country_delegations(ctx, counterparts) if a not in objects]
        if not any(a.kind == "person" for a in subjects):
            subjects += [a for a in country_delegations(ctx, owners) if a not in objects + subjects]
    met_with = any(a.kind == "person" for a in objects) and not prep_objects(noun, rules.SIDES_PREPS)
    if not subjects and (listed_meeting is not None or (met_with and told_as_known(noun))):
        subjects = [a for a in principal_before(ctx, noun, objects) if a not in objects]
    subjects += [a for t in owners for a in people_in_phrase(ctx, t) if a not in subjects]
    if subjects:
        subjects += [a for a in journey_companions(ctx, noun) if a not in subjects + objects]
    if not subjects and objects and noun.dep_ == "pobj":
        # "This will be followed by talks with his Chinese counterpart X": whose counterpart X is
        # (not "a meeting with his counterpart could happen", told as the clause's subject)
        subjects = [a for a in counterpart_owners(ctx, counterparts) if a not in objects]
    paired = (
        hyphenated_countries(ctx, noun)
        if noun.lower_ in rules.COUNTRY_SIDE_WORDS and not counterparts
        else []
    )
    if (
        paired
    ):  # "direct Russian-Ukrainian negotiations": the two countries' delegations, whoever proposed them
        subjects, objects = paired[:1], paired[1:]
    if not subjects and not objects and (continued(noun) or earlier_of_theirs(noun)):
        # "The talks will continue on March 21": the people of the talks told just before, again
        people = people_met_before(ctx, noun)
        subjects, objects = people[:1], people[1:]
    if speaking:  # "after the call, the White House said": the source of a statement is no party
        subjects = [
            a for a in subjects if a.kind != "org" or a.canonical_name.split()[-1] in rules.ORG_GROUP_HEADS
        ]
    # "at a ceremony hosted by X", "a summit chaired by X": the host is a participant too
    hosts = hosts_of(ctx, noun)
    objects += [a for a in hosts if a not in objects and a not in subjects]
    if not subjects and hosts and set(objects) <= set(hosts) and attended(noun):
        # "The visit was marked by talks attended by A": the talks of the people met just before
        subjects = [a for a in people_met_before(ctx, noun) if a not in objects]
    if noun.lower_ in rules.WELCOME_NOUNS and not objects:
        return None  # "A, B and C landed to a rousing welcome": no one named welcomes them
    if on_participle and counterparts and any(speaks_for_others(a) for a in subjects):
        return None  # "Kremlin spokesman Peskov gave details of a call held with Trump": not his call
    if meetings_told_back(ctx, noun, subjects + objects):
        return None  # "During the calls, A, B and C reaffirmed ...": the calls just told, one each
    if talks_as_topic(noun, subjects + objects):
        return None  # "tensions surrounding US-Iran nuclear negotiations": a process, no meeting
    if not objects and one_side_listed(owners):
        return None  # "Maduro and his vice president have arrived for the talks": one side, no other
    code = rules.MEETING_NOUN_CODES.get(noun.lower_, rules.CAMEO_CONSULT)
    event = build_meeting(ctx, noun, subjects, objects, code, "participant", noun)
    if event is not None:
        event.confidence = rules.MEETING_NOUN_CONFIDENCE
        for participant in event.participants:
            if participant.actor in hosts:
                participant.role = "host"
        if event.date_precision == "article" and told_as_earlier(noun):
            event.event_date = event.date_precision = None  # an earlier meeting, on a day not told
        elif told_about(noun) and not any(t.ent_type_ == "DATE" for t in noun.subtree):
            # "will brief him on Wednesday on the talks with Putin": the day is the briefing's
            event.event_date, event.date_precision = ctx.published, "article"
        if event.status == "occurred" and (scheduled(noun) or held_later(noun)):
            # "X's agenda includes a meeting with Y on Friday": one still to come, on the Friday ahead
            confidence, eve = event.confidence, event.event_date
            event = finish(ctx, event, noun, "planned")
            event.confidence = confidence
            if eve is not None and event.date_precision == "day" and noun.head.head.lower_ in rules.EVE_WORDS:
                # "arrived on Wednesday, on the eve of the meeting he will hold with X": the next day
                event.event_date = eve + dt.timedelta(days=1)
    return event


def sides_on_day_or_place(noun: Token) -> list[Token]:
    """'negotiations in Brussels on May 22 between A and B': the parser hangs the sides on the day
    or the place told of the talks just before them."""
    return [
        g
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in rules.DAY_OR_PLACE_PREPS
        for told in prep.children
        if told.dep_ == "pobj" and told.ent_type_ in rules.DAY_OR_PLACE_LABELS
        for g in prep_objects(told, {"with", *rules.SIDES_PREPS})
    ]


def talks_as_topic(noun: Token, sides: list[Actor]) -> bool:
    """'clarity on US-China trade negotiations', 'updated him on the indirect talks between Iran
    and the US': talks between countries, told only as what something is about, with no day,
    place, round or verb of their own, are a process, not a meeting of anyone."""
    if noun.lower_ not in rules.PROCESS_TALK_NOUNS or noun.dep_ not in ("pobj", "dobj"):
        return False  # "surrounding" may be parsed as a verb taking the talks as its object
    if noun.head.lower_ not in rules.TALKS_TOPIC_PREPS:
        return False
    if noun.head.lower_ in rules.NOUN_TOPIC_PREPS and noun.head.head.pos_ not in ("NOUN", "PROPN"):
        return False  # "engaged in direct talks", "progress was made in the talks"
    if not sides or any(a.kind != "org" or a.country is None for a in sides):
        return False  # a person or a group named: a meeting of theirs
    own = [t for t in noun.subtree if t.i != noun.i]
    return not any(
        t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("acl", "relcl") or t.lower_ in rules.ROUND_NOUNS
        for t in own
    ) and not any(c.dep_ == "prep" and c.lower_ in rules.VENUE_PREPS for c in noun.children)


def with_participation_of(noun: Token) -> list[Token]:
    """'a meeting with the participation of A and B', 'talks were held with the participation of
    A': the people whose participation the meeting had."""
    holders = [noun, noun.head] if noun.dep_ == "nsubjpass" else [noun]
    return [
        g
        for holder in holders
        for attendance in prep_objects(holder, {"with"})
        if attendance.lower_ in rules.ATTENDANCE_NOUNS
        for g in prep_objects(attendance, {"of"})
    ]


def meetings_told_back(ctx: Context, noun: Token, people: list[Actor]) -> bool:
    """'X called on A, B and C. During the calls, A, B and C reaffirmed ...': meetings told in the
    plural and definitely, as the time of a sentence, are the ones just told, whose people they are."""
    if (
        noun.tag_ != "NNS"
        or not is_definite(noun)
        or noun.dep_ != "pobj"
        or noun.head.lower_ not in rules.DURING_PREPS
        or any(c.dep_ == "prep" for c in noun.children)  # "During the talks on Monday in Berlin": new ones
    ):
        return False
    met = {p.actor for e in ctx.told_before(noun) if e.event_type == "meeting" for p in e.participants}
    named = [a for a in people if a.kind == "person"]
    return bool(named) and all(a in met for a in named)


def speaker_of(ctx: Context, verb: Token) -> list[Token]:
    """The person saying the clause ('X said ...'), unless a spokesperson, who speaks for others."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in rules.REPORTING_VERBS:
        return []
    return [
        s
        for s in subject_of(verb.head)
        if (a := ctx.actors.actor_at(s)) is not None
        and a.kind == "person"
        and not speaks_for_others(a)
        and negotiating_office(a.role)
    ]


def negotiating_office(role: str | None) -> bool:
    """A head of state or government or a minister, not a former one, an aide or a lawmaker: who
    holds talks of their own ('Senator X said sanctions would top talks with Putin' tells of none)."""
    words = (role or "").lower()
    return any(office in words for office in rules.NEGOTIATING_OFFICES) and not any(
        w in words.split() for w in rules.NOT_NEGOTIATING_WORDS
    )


def counterpart_owners(ctx: Context, counterparts: list[Token]) -> list[Actor]:
    """The person whose counterpart is met ('his' in 'talks with his Chinese counterpart X')."""
    return [
        actor
        for t in counterparts
        if t.lower_ in rules.COUNTERPART_NOUNS
        for o in t.children
        if o.dep_ == "poss"
        and o.pos_ == "PRON"
        and (actor := ctx.actors.actor_at(o)) is not None
        and actor.kind == "person"
    ]


def given_by(ctx: Context, noun: Token) -> Event | None:
    """'X was given a ceremonial welcome by Y', 'was accorded a reception by Y', 'X received an
    official welcome from Y', 'the warm reception extended to him by Y': Y hosts X."""
    if noun.lower_ not in rules.GUEST_NOUNS:
        return None
    offered = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ in rules.GIVING_VERBS), None)
    if offered is not None:
        hosts = [a for a in side(ctx, agent_objects(offered)) if a.kind != "place"]
        guests = side(ctx, prep_objects(offered, {"to"}))
        if not hosts or not guests or unnamed_hosts(hosts):
            return None
        return build_meeting(ctx, noun, hosts, guests, rules.CAMEO_HOST, "host", noun)
    verb = noun.head
    if noun.dep_ != "dobj":
        return None
    passive = verb.lemma_ in rules.GIVING_VERBS and any(c.dep_ == "auxpass" for c in verb.children)
    received = verb.lemma_ in rules.RECEIVING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and not received:
        return None
    givers = prep_objects(noun, {"by", "from"}) + prep_objects(verb, {"from"}) + agent_objects(verb)
    hosts = [a for a in side(ctx, givers) if a.kind != "place"]
    guests = side(ctx, [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "nsubj")])
    if not hosts or not guests or unnamed_hosts(hosts):
        return None
    return build_meeting(ctx, noun, hosts, guests, rules.CAMEO_HOST, "host", noun)


def traveller_where(ctx: Context, noun: Token) -> list[Token]:
    """'X arrived at the White House, where a meeting with Y was scheduled': a meeting that is the
    subject of a 'where' clause on the place someone travelled to or from is that traveller's."""
    verb = clause_verb(noun)
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head != verb:
        return []
    if not where_clause(verb):
        return []
    place = verb.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep" or place.head.head.lemma_ not in rules.VISIT_VERBS:
        return []
    # a named person ('Reporters arrived at the palace, where ...' tells of no side)
    return [t for t in subject_of(place.head.head) if (a := ctx.actors.actor_at(t)) and a.kind == "person"]


def told_as_earlier(noun: Token) -> bool:
    """'two months after their first meeting', 'since their last talks': a meeting before the
    one the story tells."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and told_earlier(noun)
        and (
            prep.lower_ == "since"
            or (prep.lower_ in rules.AFTER_PREPS and any(c.dep_ == "npadvmod" for c in prep.children))
        )
    )


def schedule_owners(noun: Token) -> list[Token]:
    """'X's agenda for Wednesday includes a meeting with Y', 'Also in X's itinerary is a meeting
    with Y': the owner of the schedule the meeting is on; none when the meeting names its own
    sides ('a meeting between A and B')."""
    if prep_objects(noun, rules.SIDES_PREPS):
        return []
    return [c for s in schedules_of(noun) for c in s.children if c.dep_ == "poss"]


def scheduled(noun: Token) -> bool:
    """A meeting on a schedule told in the present ('is on his itinerary', 'includes'), not one
    told as over ('the talks with Modi, which ended on Monday')."""
    return (
        bool(schedules_of(noun))
        and noun.head.tag_ in rules.PRESENT_TENSE_TAGS
        and not any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") for c in noun.children)
    )


def held_later(noun: Token) -> bool:
    """'on the eve of the meeting he will hold with X': the clause holding it says it is to come."""
    return any(
        any(a.dep_ == "aux" and a.lower_ in rules.FUTURE_MODALS for a in c.children)
        for c in held_in_clause(noun)
    )


def sides_of_happening(noun: Token) -> list[Token]:
    """'Talks were held between A and B', 'the discussions took place over a hotline between A
    and B': the sides hang from the verb the meeting is the subject of, or from the line."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in rules.MEETING_HAPPENED_VERBS:
        return []
    media = [m for m in prep_objects(verb, {"over", "by", "via", "on"}) if m.lower_ in rules.CALL_WORDS]
    return prep_objects(verb, rules.SIDES_PREPS) + [
        g for m in media for g in prep_objects(m, {"between", "with"})
    ]


def involved_sides(noun: Token) -> list[Token]:
    """'The talks involved A, B and C', 'talks involving A and B': who took part, as the objects
    of the verb the meeting is the subject of or of its participle."""
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]
    return [o for v in verbs if v.lemma_ in rules.INVOLVING_VERBS for o in direct_objects(v)]


def visit_with(ctx: Context, noun: Token) -> Event | None:
    """'for his first visit with President Macri': a visit with a named person, no place told,
    is a meeting with them ('his visit to Paris with his wife' is a trip with a companion)."""
    if prep_objects(noun, rules.VISIT_PREPS):
        return meeting_from_noun(ctx, noun) if visited_people(ctx, noun) else None
    counterparts = prep_objects(noun, {"with"})
    if not counterparts or not all(t.ent_type_ == "PERSON" for t in counterparts):
        return None
    if any(own_relative(ctx, t, noun) for t in counterparts):
        return None  # "a state visit with first lady X": a companion on the trip
    return meeting_from_noun(ctx, noun)


def own_relative(ctx: Context, person: Token, visit: Token) -> bool:
    """The traveller's own relative ('his wife X', 'first lady X Macron' beside Macron); not 'a
    visit with X, wife of the Ukrainian president'."""
    actor = ctx.actors.actor_at(person)
    if actor is None or id(actor) not in ctx.actors.relatives:
        return False
    if any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in person.children):
        return True
    family = actor.canonical_name.split()[-1]
    travellers = [ctx.actors.actor_at(t) for t in visit.sent if t.ent_type_ == "PERSON"]
    return any(
        a is not None and a is not actor and a.canonical_name.split()[-1] == family for a in travellers
    )


def visited_people(ctx: Context, noun: Token) -> list[Token]:
    """'a working visit to his counterpart, President X, in Abidjan', 'her visit to Pope Francis':
    a visit paid to people, not to a place, is a meeting with them."""
    if noun.lower_ not in rules.VISIT_WITH_NOUNS:
        return []
    paid_to = prep_objects(noun, {"to"})
    people = [t for o in paid_to for t in (o, *named_beside(ctx, o)) if person_at(ctx.actors, t) is not None]
    return people if paid_to and all(is_person_or_named(ctx, o) for o in paid_to) else []


def is_person_or_named(ctx: Context, token: Token) -> bool:
    """A person, or 'his counterpart' with the person named beside it; not a relative ('his
    mother, Queen X', 'his wife Y': a family visit) nor a place named after someone ('Nelson
    Mandela Bay')."""
    if any(t.lower_ in rules.RELATIVE_WORDS for t in (token, *token.children, token.head)):
        return False
    person = person_at(ctx.actors, token)
    if person is not None:
        return geography.country_of_place(person.canonical_name) is None
    return bool(named_beside(ctx, token))


def named_org(actor: Actor) -> bool:
    """'the IMF', 'NATO', 'the World Bank': an organisation with a proper name, not 'family members'."""
    return actor.canonical_name[:1].isupper()


def meetings_listed_by_pronoun(ctx: Context, verb: Token) -> Event | None:
    """'Lee held four bilateral meetings on Saturday. These were with A, B and C': the meetings
    told just before, listed by a pronoun."""
    if not pronoun_listing(verb):
        return None
    counterparts = prep_objects(verb, {"with"})
    if not counterparts or verb.sent.start == 0:
        return None
    previous = verb.doc[verb.sent.start - 1].sent
    if not any(t.lower_ in rules.MEETING_NOUNS and t.tag_ == "NNS" for t in previous):
        return None
    subjects, held = holder_before(ctx, verb.sent.start, previous.start_char)
    # named people or countries' leaders only: not "they were with his family members"
    objects = [
        a
        for a in side(ctx, counterparts)
        if a not in subjects and (a.kind == "person" or a.country or (a.kind == "org" and named_org(a)))
    ]
    event = (
        build_meeting(ctx, verb, subjects, objects, rules.CAMEO_CONSULT, "participant") if subjects else None
    )
    if event is not None and held is not None:
        event.confidence = rules.LISTED_MEETING_CONFIDENCE
        # the day and place of the meetings told just before
        if event.date_precision == "article":
            event.event_date, event.date_precision = date_of(ctx, held, event.status)
        event.location = event.location or place_of(ctx, [held], [p.actor for p in event.participants])
    return event


def continued(noun: Token) -> bool:
    """'The talks will continue on Tuesday', 'the talks resumed', 'peace talks will resume on
    February 7', 'the talks took place in Kunming': talks told before, held again or told over."""
    # "the first round of talks took place in Muscat on April 12": the round stands for the talks;
    # "the first round of talks on the constitution took place in Geneva in 2019" told its own year
    if round_held(noun) and any(
        t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 for t in noun.head.head.head.subtree
    ):
        return False
    subject = noun.head.head if round_held(noun) else noun
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    definite = any(c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS for c in subject.children)
    if subject.head.lemma_ in rules.CONTINUING_VERBS:
        return definite or noun.lower_ in rules.COUNTRY_SIDE_WORDS
    return noun.lower_ in rules.COUNTRY_SIDE_WORDS and subject.head.lemma_ in rules.MEETING_HAPPENED_VERBS


def earlier_of_theirs(noun: Token) -> bool:
    """'Their last meeting took place on Sept. 17 in Benghazi', 'their first talks were held in
    2019': an earlier meeting of the people who met just before, told with its own verb."""
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.lemma_ in rules.MEETING_HAPPENED_VERBS
        and any(c.dep_ == "poss" and c.lower_ in rules.PLURAL_POSSESSIVES for c in noun.children)
        and told_earlier(noun)
    )


def told_earlier(noun: Token) -> bool:
    """'their first meeting', 'the last talks': a meeting noun told as one before another."""
    return any(c.dep_ == "amod" and c.lower_ in rules.EARLIER_MEETING_WORDS for c in noun.children)


def trip_owners(token: Token) -> list[Token]:
    """The 'Ruto' of "Ruto's visit" or "his trip"; of "arrived for a state visit following a
    meeting with X", the one who arrived."""
    if token.lower_ not in rules.VISIT_NOUNS:
        return []
    owners = possessors(token)
    if not owners and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB":
        owners = subject_of(token.head.head)
    return owners


def visitors_of_the_visit(ctx: Context, owners: list[Token]) -> list[Actor]:
    """'X will visit China on Friday. The two-day visit will include talks with Y': 'the visit',
    owned by no one named, is the visit told just before, and its visitors hold the talks."""
    visit_words = [
        t
        for t in owners
        if t.lower_ in rules.VISIT_NOUNS
        and not possessors(t)
        and any(c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS for c in t.children)
    ]
    told = ctx.visit_told_before(visit_words[0]) if visit_words else None
    return [p.actor for p in told.participants] if told is not None else []


def people_met_before(ctx: Context, noun: Token) -> list[Actor]:
    """The people of the in-person meeting told just before."""
    told = (e for e in ctx.told_before(noun) if e.event_type == "meeting" and e.mode == "in_person")
    meeting = next(told, None)
    return [p.actor for p in meeting.participants] if meeting else []


def principal_before(ctx: Context, noun: Token, counterparts: list[Actor] = ()) -> list[Actor]:
    """Whose the meetings an article tells of are: the first person of the meeting or visit
    told just before ('Lula met A ... Another meeting was with B', 'Lula arrived in Lisbon ...
    The meeting with B lasted two hours')."""
    since = noun.sent.start_char - rules.LATER_MENTION_MAX_CHARS
    recent = [e for e in reversed(ctx.earlier) if e.evidence_start >= since]
    # the meeting told last comes first: "During the meeting with A the President noted B's coming
    # visit ... At the meeting with C, the sides": the President's, not the visitor's
    for event in sorted(recent, key=lambda e: e.event_type != "meeting"):
        people = [p.actor for p in event.participants if p.actor.kind == "person"]
        if event.event_type in ("meeting", "visit") and people:
            # not the visit of "foreign delegations" the host received; of "a meeting between
            # Trump and Zelensky" in a story of Zelensky's meetings, the one in the most events told,
            # then the one named most before that meeting (not the host a readout quotes after
            # it), and not one of a new counterpart's country ("talks with Kellogg": not Trump's)
            if people[0] in counterparts:
                return people[:1]  # "A met B ... The talks involved C and A": A's own, as told
            countries = {a.country for a in counterparts if a.country}
            people = [a for a in people if a not in counterparts and a.country not in countries] or people[:1]
            told = Counter(
                p.actor for e in ctx.earlier if e.event_type in ("meeting", "visit") for p in e.participants
            )
            named = Counter(m.actor for m in ctx.actors.mentions if m.char_start < event.evidence_start)
            return [max(people, key=lambda a: (told[a], named[a]))]
    return host_before(ctx, noun.sent.start, since)


def host_before(ctx: Context, end: int, since: int) -> list[Actor]:
    """'Lula received heads of state on Monday. One of the meetings was with A', 'Lee held four
    bilateral meetings. These were with A and B': the person who hosted or held them, in a
    sentence that named no guest."""
    return holder_before(ctx, end, since)[0]


def holder_before(ctx: Context, end: int, since: int) -> tuple[list[Actor], Token | None]:
    """The host or holder of `host_before`, and the verb that tells it."""
    for token in reversed(ctx.doc[:end]):
        if token.idx < since:
            break
        held = token.lemma_ in rules.LIGHT_VERBS and any(
            o.lower_ in rules.MEETING_NOUNS for o in direct_objects(token)
        )
        # "X met with international leaders. One of the meetings was with A": met people too
        # vague to be a side, which makes no meeting of its own
        met = token.lemma_ in rules.MEETING_VERBS and bool(
            prep_objects(token, {"with"}) or direct_objects(token)
        )
        if token.pos_ == "VERB" and (token.lemma_ in rules.HOSTING_VISIT_VERBS or held or met):
            hosts = [a for a in side(ctx, subject_of(token)) if a.kind == "person"]
            if hosts:
                return hosts[:1], token
    return [], None


def hyphenated_parts(noun: Token) -> list[str]:
    """The noun's modifiers as one text split at its hyphens ('Trump-Putin', 'Russian-Ukrainian')."""
    words = [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree]
    text = "".join(t.text_with_ws for t in sorted(words, key=lambda t: t.i)).strip()
    return [p.strip() for p in text.split("-")]


def hyphenated_people(ctx: Context, noun: Token) -> list[Actor]:
    """'a Trump-Putin meeting', 'the Modi-Xi talks': the people a hyphenated modifier names,
    each part a surname (or name) of one person of the article; the model often tags the whole
    modifier as an organisation."""
    parts = hyphenated_parts(noun)
    if len(parts) < 2:
        return []
    found = [ctx.actors.person_named(part) for part in parts]
    return found if all(found) and len(set(map(id, found))) == len(found) else []


def hyphenated_countries(ctx: Context, noun: Token) -> list[Actor]:
    """'Russian-Ukrainian negotiations', 'US-Iran talks': each country of a hyphenated modifier
    is a negotiating side, written as its delegation."""
    parts = [p.split() for p in hyphenated_parts(noun)]
    if len(parts) < 2 or not all(parts):
        return []
    # "direct Russian-Ukrainian peace talks": the words the hyphens join
    countries = [geography.country_named(p[-1] if i == 0 else p[0]) for i, p in enumerate(parts)]
    if not all(countries) or len(set(countries)) != len(countries):
        return []
    return [ctx.remember(Actor(delegation_label(c), "org", country=c), noun) for c in countries]


def called_in_clause(ctx: Context, noun: Token) -> list[Token]:
    """'During a call to his Indian counterpart X, Dar said', 'During a phone call on Monday, Biden
    congratulated Ramaphosa': a call the clause is told in, with whom the call was made to, or
    else the person the clause's verb addresses."""
    if noun.lower_ not in rules.CALL_OCCASION_NOUNS or noun.dep_ != "pobj":
        return []
    if noun.head.lower_ not in rules.CALL_OCCASION_PREPS:
        return []
    called = prep_objects(noun, {"to"})
    if called:
        return called
    verb = clause_verb(noun)
    # "congratulated his Malaysian counterpart Anwar Ibrahim in a phone call": the counterpart's
    # name in apposition (not "praised his late predecessor, X", someone talked about)
    return [
        person
        for o in direct_objects(verb)
        for person in [
            o,
            *(a for a in o.children if a.dep_ == "appos" and o.lower_ in rules.COUNTERPART_NOUNS),
        ]
        if person_at(ctx.actors, person)
    ]


def round_held(noun: Token) -> bool:
    """'The second round of talks between Russia and Ukraine ended in Istanbul': talks told by
    their round, the round the subject of its clause."""
    of = noun.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lower_ in rules.ROUND_NOUNS
        and of.head.dep_ in ("nsubj", "nsubjpass")
    )


def round_begun(noun: Token) -> bool:
    """'A and B began a new round of talks': talks told by the round the clause's verb holds."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in rules.ROUND_NOUNS:
        return False
    round_noun = of.head
    return (
        round_noun.dep_ == "dobj"
        and round_noun.head.lemma_ in rules.MEETING_HAPPENED_VERBS
        and told_as_held(round_noun.head)
    )


def told_as_wanted(noun: Token) -> bool:
    """'Talks between A and B are needed', 'a new round of talks is the only way': talks the clause
    calls for or describes, not talks that took place."""
    subject = noun.head.head if round_held(noun) else noun
    verb = subject.head
    # "were a breakthrough" tells of talks held; "are the only way" of talks in general
    return verb.lemma_ in rules.WANTING_VERBS or (
        verb.lemma_ == "be"
        and verb.tag_ in rules.PRESENT_TENSE_TAGS
        and any(c.dep_ == "attr" for c in verb.children)
    )
