"""What the meeting rules share: `build_meeting`, which makes a meeting of the sides a rule found
(in person or a call, and where), the tests of a trigger's words that more than one of them reads,
and the checks run once the article's trips are settled (compatriots at one table, sports
fixtures). The rules live in `meeting_verbs.py`, `meeting_nouns.py`, `joint_appearances.py` and
`counterpart_meetings.py`, which import from here and never from each other."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.names import generic_title
from ingest.actors.references import tokens_with
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.participants import names_a_person, people_listed_after, side, travel_companions
from ingest.events.places import place_name, place_of, where_clause_place
from ingest.events.status import status_of
from ingest.events.syntax import agent_objects, direct_objects, prep_objects, to_infinitive
from ingest.events.trips import actor_country
from ingest.records import Actor, Event, Participant


def honoured(token: Token) -> list[Token]:
    """'a banquet in honour of X': the guest of honour."""
    return [
        g
        for h in prep_objects(token, {"in"})
        if h.lemma_ in rules.HONOUR_WORDS
        for g in prep_objects(h, {"of"})
    ]


def names_a_side(ctx: Context, token: Token) -> bool:
    """A person, or a delegation, group or organisation ('the Russian delegation'), not a place."""
    if names_a_person(ctx, token):
        return True
    actor = ctx.actor_of(token) if token.pos_ in ("NOUN", "PROPN") else None
    return actor is not None and actor.kind != "place"


def briefs_the_person_met(ctx: Context, verb: Token) -> bool:
    """'will meet Zelensky in Berlin and brief him (the Ukrainian leader) on the talks': talking
    joined to a meeting verb, with the person met, is at that meeting."""
    if verb.dep_ != "conj" or verb.head.lemma_ not in rules.IN_PERSON_VERBS:
        return False
    met = {id(a) for o in direct_objects(verb.head) for a in side(ctx, [o])}
    return any(o.pos_ == "PRON" or any(id(a) in met for a in side(ctx, [o])) for o in direct_objects(verb))


def members_of(noun: Token) -> list[Token]:
    """'a summit of EU leaders': the group a gathering is made of."""
    if noun.lower_ not in rules.MEMBERSHIP_NOUNS:
        return []
    return [g for g in prep_objects(noun, {"of"}) if g.lower_ in rules.GROUP_NOUNS]


def talked_in_person(verb: Token) -> bool:
    """'A and B talked in person', 'spoke face-to-face': the talk was held at one table."""
    return any(g.lower_ in rules.IN_PERSON_WORDS for g in prep_objects(verb, {"in"})) or any(
        c.lower_ in rules.IN_PERSON_WORDS and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.children
    )


def hosted_on_visit(ctx: Context, trigger: Token, people: list[Actor], event: Event) -> bool:
    """One of these people's visit, of the same status and day, was told just before, and the
    others are of the country visited (or of no country the text gives, holding the visitor's
    office: 'at the invitation of Prime Minister B')."""
    if told_at_another_time(trigger):
        return False
    for visit in ctx.told_before(trigger):
        if visit.event_type != "visit" or visit.status != event.status or not visit.location:
            continue
        own_day = event.date_precision != "article" and event.event_date not in (None, visit.event_date)
        if visit.date_precision != "day" or own_day:
            continue  # talk on a day of its own, after a visit on another
        visitors = [p.actor for p in visit.participants if p.actor in people]
        hosts = [a for a in people if a not in visitors]
        host_country = geography.country_of_place(visit.location)
        if not host_country or not visitors or not hosts:
            continue
        offices = {generic_title(a.role or "") for a in visitors} - {None}
        return all(
            actor_country(ctx, a) == host_country
            or (actor_country(ctx, a) is None and generic_title(a.role or "") in offices)
            for a in hosts
        )
    return False


def told_at_another_time(trigger: Token) -> bool:
    """'Before the trip, he discussed ...', 'Back in Washington, he spoke with ...', 'had spoken',
    'Days later': talk told with a time or place of its own, or in the past perfect, is no part of
    the visit told before it."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return True
    return any(
        c.dep_ in rules.ADVERBIAL_DEPS and not (c.dep_ == "prep" and c.lower_ in rules.TOPIC_PREPS)
        for c in trigger.children
    )


def met_just_before(ctx: Context, trigger: Token, people: list[Actor]) -> bool:
    """These people's meeting in person was told in the sentence just before this one."""
    sent = trigger.sent
    if sent.start == 0:
        return False
    previous = ctx.doc[sent.start - 1].sent
    wanted = set(people)
    return any(
        e.event_type == "meeting"
        and e.mode == "in_person"
        and previous.start_char <= e.evidence_start
        and wanted <= {p.actor for p in e.participants}
        for e in ctx.told_before(trigger)
    )


def journey_companions(ctx: Context, trigger: Token) -> list[Actor]:
    """'arrived in Cairo with A for talks with C', 'flew to Doha together with A to meet C': the
    talks a journey is made for are held by everyone who travels on it."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ in rules.TRIP_PURPOSE_PREPS:
        journey = trigger.head.head  # "arrived ... for talks"
    elif trigger.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    ):
        journey = trigger.head  # "arrived ... to meet C"
    else:
        return []
    if journey.pos_ != "VERB" or journey.lemma_ not in rules.DESTINATION_VERBS | rules.ARRIVAL_VERBS:
        return []
    return travel_companions(ctx, journey, groups=True)


def roll_after_colon(ctx: Context, group: Token) -> list[Actor]:
    """'six senior ministers, despite the rain: A, B and C', 'the leaders of the mediating nations:
    A, B and C': the people a colon after the group lists, when no verb comes between."""
    colon = next((t for t in group.sent if t.i > group.i and t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in group.doc[group.i : colon.i]):
        return []  # "greeted by two ministers and told reporters: ...": a quotation, no roll
    return people_listed_after(ctx, colon, titled_only=True)


def hosts_of(ctx: Context, noun: Token) -> list[Actor]:
    """'a ceremony hosted by X', 'a call organised by X', 'the meeting was chaired by X and
    attended by Y', '... chaired by X, which was attended by Y': hosts and attendees take part too."""
    verbs = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_ in rules.HOSTING_VERBS]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ in rules.HOSTING_VERBS:
        verbs += [noun.head, *(c for c in noun.head.conjuncts if c.lemma_ in rules.HOSTING_VERBS)]
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass"):
        # "held talks in Malaysia, organised by X", "the meeting took place in Qatar, mediated by X":
        # the participle after a comma hangs on the verb
        verbs += [
            c
            for c in noun.head.children
            if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_ in rules.HOSTING_VERBS
        ]
    agents = [g for verb in verbs for g in agent_objects(verb)]
    # "chaired by X, which was attended by Y": the clause the parser hangs on the host
    agents += [
        g
        for agent in list(agents)
        for clause in agent.children
        if clause.dep_ == "relcl" and clause.lemma_ in rules.HOSTING_VERBS
        for g in agent_objects(clause)
    ]
    return side(ctx, agents)


def among_compatriots(ctx: Context, event: Event) -> bool:
    """Compatriots who attended talks together ('Zelensky and Umerov attended the talks in
    Jeddah'): one side at the table, not a meeting of theirs. Their trips abroad stay visits, so
    this is settled after the trips are."""
    if event.event_type != "meeting" or len(event.participants) < 2:
        return False
    if event.trigger_word.lower() not in rules.ATTENDING_WORDS:
        return False  # "Putin told Gerasimov at a meeting", "Kiir and Machar met": they meet
    countries = {
        actor_country(ctx, p.actor) if p.actor.kind == "person" else None for p in event.participants
    }
    return len(countries) == 1 and None not in countries


def sports_fixtures(ctx: Context, events: list[Event]) -> list[Event]:
    """The meetings and trips of a sports report ('Zamalek hosting Al Masry at the Suez Canal
    Stadium', 'Al Ahly arrived in Doha for the derby'): clubs, no side of talks, playing a match."""
    clubs = [
        e
        for e in events
        if e.event_type in ("meeting", "visit")
        and not any(side_of_talks(ctx, p.actor) for p in e.participants)
    ]
    if not clubs:
        return []
    words = {t.lower_ for t in tokens_with(ctx.doc, rules.SPORTS_REPORT_WORDS) if not t.is_title}
    if len(words) >= rules.SPORTS_REPORT_MIN_WORDS:
        return clubs
    return [
        e
        for e in clubs
        if e.event_type == "meeting"
        and e.location
        and e.location.split()[-1].lower() in rules.SPORTS_VENUE_NOUNS
    ]


def side_of_talks(ctx: Context, actor: Actor) -> bool:
    """A person of a title or a country, a side of a country (a delegation, 'Egyptian mediators'),
    a group of people or a party to a conflict ('Hamas'): never a club."""
    return (
        actor.kind == "group"
        or actor.country is not None
        or actor.role is not None
        or actor.canonical_name in ctx.conflict_table
        or actor.canonical_name.split()[-1].lower() in rules.DELEGATION_NOUNS
    )


def build_meeting(
    ctx, trigger, subjects, objects, code, subject_role, noun=None, side_by_side=False, in_person=False
) -> Event | None:
    participants = [Participant(a, subject_role) for a in subjects]
    other_role = "guest" if subject_role == "host" else "participant"
    participants += [Participant(a, other_role) for a in objects if a not in subjects]
    # "COP28, which is hosted by the UAE": a conference or summit is hosted, it does not meet anyone
    people = [p for p in participants if p.actor.kind != "place" and not names_no_party(p.actor)]
    if len(people) < 2:
        return None
    attendees = (
        trigger.lemma_ == "attend" and noun is not None and noun.lower_ in rules.ATTENDED_MEETING_NOUNS
    )
    if not objects and trigger.lemma_ in rules.JOINING_VERBS and not attendees:
        return None  # "X and Y joined the talks": companions, not counterparts
    status = status_of(trigger)
    if status is None:
        return None
    is_call = not in_person and (code == rules.CAMEO_CALL or is_call_context(trigger, noun))
    event = make_event(
        ctx,
        "meeting",
        trigger,
        people,
        cameo_code=rules.CAMEO_CALL if is_call else code,
        mode="call" if is_call else "in_person",
        confidence=rules.MEETING_VERB_CONFIDENCE if noun is None else rules.MEETING_LIGHT_VERB_CONFIDENCE,
    )
    if not is_call:
        event.location = (
            place_of(ctx, [t for t in (trigger, noun) if t is not None], [p.actor for p in people])
            or where_clause_place(ctx, trigger)
            or travelled_to_meet(ctx, trigger, [p.actor for p in people])
        )
    over_a_meal = any(m.lower_ in rules.MEAL_WORDS for m in prep_objects(trigger, {"over"}))
    # "told X at a meeting", "spoke with Y during talks": at one table
    at_meeting = any(g.lower_ in rules.TABLE_MEETING_NOUNS for g in prep_objects(trigger, {"at", "during"}))
    # "will meet X in Europe and brief him on the talks": the talking joined to a meeting is at it
    at_meeting = at_meeting or briefs_the_person_met(ctx, trigger) or talked_in_person(trigger)
    # "X met Y on Tuesday. He briefed her on the talks": told by pronouns right after their meeting
    at_meeting = at_meeting or (
        trigger.lemma_ in rules.CONVERSATION_VERBS
        and any(c.pos_ == "PRON" and c.dep_ in ("nsubj", "dobj", "dative") for c in trigger.children)
        and met_just_before(ctx, trigger, [p.actor for p in people])
    )
    # "arrived in Cairo to discuss with X ...": the talk a trip is made for is held there
    at_meeting = at_meeting or trip_made_for(trigger) is not None
    in_person_code = event.cameo_code
    if (
        event.location is None
        and trigger.pos_ == "VERB"
        and trigger.lemma_ in rules.CONVERSATION_VERBS
        and not (side_by_side or over_a_meal or at_meeting)  # "talked over lunch" is at one table
    ):
        # "X spoke with Y and reaffirmed ...": talking where the text puts them in no one place
        event.mode, event.cameo_code = "call", rules.CAMEO_CALL
    event = finish(ctx, event, trigger, status)
    if event.mode == "call" and not is_call and talked_on_a_visit_or_meeting(ctx, event, trigger):
        event.mode, event.cameo_code = "in_person", in_person_code
    return event


def talked_on_a_visit_or_meeting(ctx: Context, event: Event, trigger: Token) -> bool:
    """Talk told without a medium, on the day of a visit or meeting told before: 'A will visit
    Helsinki at B's invitation on Friday. The prime ministers will discuss ...' (the host of the
    visit), 'A and B also discussed X' (after their meeting that day)."""
    people = [p.actor for p in event.participants]
    also = any(c.lower_ in rules.ALSO_WORDS for c in trigger.children)
    return hosted_on_visit(ctx, trigger, people, event) or (
        also
        and any(
            e.event_type == "meeting"
            and e.mode == "in_person"
            and e.event_date == event.event_date
            and set(people) <= {p.actor for p in e.participants}
            for e in ctx.earlier
        )
    )


def names_no_party(actor: Actor) -> bool:
    """A name that can host or be attended but never meets anyone: an event's ('United Nations
    Climate Change Conference', 'World Future Energy Summit') or a town's own body ('Janakpur Sub
    Metropolitan City' hosting a reception)."""
    words = actor.canonical_name.split()
    last = words[-1].lower() if words else ""
    return actor.kind != "person" and (last in rules.EVENT_NAME_WORDS or last in rules.LOCALITY_NAME_WORDS)


def is_call_context(trigger: Token, noun: Token | None) -> bool:
    """'spoke by phone', 'a phone call', 'held a video call'."""
    # not the words of another clause: "talk over lunch, as countries call for calm"
    nearby = [c for c in trigger.children if c.pos_ != "VERB"] + (
        [noun, *noun.children] if noun is not None else []
    )
    # "spoke over the phone", "had a contact over hotline"; "spoke by phone", its "by" parsed as
    # an agent
    nearby += [
        g
        for t in (trigger, noun)
        if t is not None
        for c in t.children
        if c.dep_ in ("prep", "agent")
        for g in c.children
    ]
    if noun is not None and noun.dep_ in ("nsubj", "nsubjpass"):  # "the talks were held by phone"
        nearby += [g for c in noun.head.children if c.dep_ in ("prep", "agent") for g in c.children]
    nearby += [m for g in nearby if g.dep_ == "pobj" for m in g.children if m.dep_ in ("compound", "amod")]
    return any(t.lower_ in rules.CALL_WORDS for t in nearby) and trigger.lemma_ not in rules.IN_PERSON_VERBS


def told_as_held(verb: Token) -> bool:
    """'Israel and Hamas held talks', 'will negotiate': the talks are told as held or set, not as a
    goal ('to resume negotiations between A and B', 'working towards negotiating')."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return not infinitive and verb.dep_ not in ("pcomp", "acl", "xcomp", "advcl")


def placed_by(noun: Token, on_noun: bool = False) -> bool:
    """'ahead of the summit', 'after the talks', 'since the meeting': a meeting named to place
    something else in time (the parser makes 'ahead' an adverb, 'of' the preposition). With
    `on_noun`, only what a noun is placed by ('his trip ahead of the summit'), not a clause ('After
    the meeting, A and B said', whose subjects met)."""
    return any(
        a.lower_ in rules.COMPARING_PREPS and (not on_noun or a.head.pos_ in ("NOUN", "PROPN"))
        for a in noun.ancestors
        if a.dep_ in ("prep", "advmod")
    )


def trip_made_for(trigger: Token) -> Token | None:
    """The travel verb of 'arrived in Cairo to discuss with X', 'will travel to Lima to meet Y':
    the talk or meeting the trip is made for."""
    travel = trigger.head
    if (
        trigger.dep_ in ("advcl", "xcomp")
        and travel.pos_ == "VERB"
        and travel.lemma_ in rules.VISIT_VERBS
        and to_infinitive(trigger)
    ):
        return travel
    return None


def travelled_to_meet(ctx: Context, trigger: Token, exclude: list[Actor]) -> str | None:
    """'will travel to El Salvador to meet X': the meeting a trip is made for is at its destination."""
    travel = trip_made_for(trigger)
    if travel is None or travel.lemma_ not in rules.DESTINATION_VERBS:
        return None
    return next((p for d in prep_objects(travel, {"to"}) if (p := place_name(ctx, d, exclude))), None)


def views_exchanged(noun: Token | None) -> list[Token]:
    """The 'views' of 'an exchange of views', where the parser hangs the counterpart."""
    if noun is None or noun.lower_ not in rules.EXCHANGE_NOUNS:
        return []
    return [g for g in prep_objects(noun, {"of"}) if g.lower_ in rules.EXCHANGED_WORDS]


def unnamed_hosts(hosts: list[Actor]) -> bool:
    """Officials no one names, or a mission ('the US Embassy welcomed Blinken in a post')."""
    return bool(hosts) and all(
        a.kind == "group"
        or (a.kind == "org" and a.canonical_name.split()[-1].lower() in rules.DIPLOMATIC_MISSION_WORDS)
        for a in hosts
    )


def schedules_of(noun: Token) -> list[Token]:
    """The agenda, itinerary or schedule a meeting is told to be on."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return []
    schedules = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != noun]
    schedules += [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("in", "on") for o in p.children
    ]
    return [t for t in schedules if t.lemma_ in rules.SCHEDULE_NOUNS]


def pronoun_listing(verb: Token) -> bool:
    """'These were with A and B', 'These were with A and B, his office said': meetings told
    before, listed by a pronoun opening the sentence (not reported speech about others: 'police
    said they were with X')."""
    pronoun = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in rules.LISTING_PRONOUNS), None
    )
    if verb.lemma_ != "be" or pronoun is None:
        return False
    if verb.dep_ == "ROOT":
        return True
    opens = pronoun.i == verb.sent.start or (pronoun.i == verb.sent.start + 1 and not verb.sent[0].is_alpha)
    return verb.dep_ == "ccomp" and verb.head.lemma_ in rules.REPORTING_VERBS and opens


def listed_meeting_verb(noun: Token) -> Token | None:
    """The 'was' of 'Another meeting was with X' or 'One of the meetings was with X'."""
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.head.dep_ == "nsubj" else noun
    if subject.dep_ == "nsubj" and subject.head.lemma_ == "be":
        return subject.head
    if (
        subject.dep_ == "nsubj"
        and subject.head.lemma_ in rules.TOOK_PLACE_VERBS
        # not "ended with X leaving early": a participle right after the one named
        and any(
            not any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == o.i + 1 for c in o.children)
            for o in prep_objects(subject.head, {"with"})
        )
    ):
        return subject.head  # "Another meeting took place with X"; not "ended with X leaving early"
    if noun.dep_ == "attr" and noun.head.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.head.children):
        return noun.head  # "There were also bilateral meetings with A and with B"
    return None


def told_as_known(noun: Token) -> bool:
    """'The meeting with X lasted two hours': a definite meeting that is what its sentence is
    about; 'During talks with X, discussions will focus on trade': the talks of the trip told."""
    if noun.dep_ == "pobj" and noun.head.lower_ in rules.DURING_PREPS:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and any(c.lower_ == "the" for c in noun.children):
        return True  # "At the meeting with Chinese ambassador X, the sides pointed out ..."
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if determiners == {"a"} and noun.head.lemma_ in rules.ARRANGED_MEETING_VERBS:
        return True  # "A meeting with X is also planned", "a meeting with X was cancelled"
    if determiners:
        return determiners == {"the"}
    # "Bilateral meetings with X will take place on Wednesday": talks of the trip told, held, not
    # talks in general ("talks with Iran rarely succeed") nor another's ("were held by Biden")
    return (
        noun.tag_ == "NNS"
        and noun.head.lemma_ in rules.MEETING_HAPPENED_VERBS
        and not any(c.dep_ == "agent" for c in noun.head.children)  # "were held by President Biden"
    )


def co_hosting_verb(token: Token) -> bool:
    """The 'chaired' of 'co-chaired', which the tokenizer splits off from 'co' and '-'."""
    return (
        token.i >= 2
        and token.nbor(-1).text == "-"
        and token.nbor(-2).lower_ == "co"
        and token.lemma_.lower() in rules.CO_HOSTING_VERBS
    )


def attended_by(token: Token) -> list[Token]:
    """'a meeting with A, which was also attended by B and C': those who sat in on it (the parser
    may hang the clause on A)."""
    return [
        g
        for c in token.children
        if c.dep_ == "relcl"
        and c.lemma_ in rules.ATTENDING_VERBS
        and any(s.dep_ == "nsubjpass" and s.tag_ in ("WDT", "WP") for s in c.children)
        for g in agent_objects(c)
    ]


def followed_by(target: Token) -> list[Token]:
    """'is meeting President A followed by Prime Minister B': B is met next, apart from A."""
    return [
        g
        for c in target.children
        if c.dep_ in ("advcl", "acl") and c.lemma_ == "follow" and c.tag_ == "VBN"
        for g in agent_objects(c)
    ]
