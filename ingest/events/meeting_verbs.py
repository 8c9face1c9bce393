"""Meetings told by a verb: 'X met Y', 'held talks with Y', 'hosted Y', calls ('spoke with Y' where
no place is stated, 'took a call from Y', 'congratulated Y by phone'), welcomes, farewells and
banquets for a guest, courtesy calls on Y. A country that holds talks is its delegation ('Israel and
Hamas held talks'). The source of a statement or a news outlet spoken to is no party."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.names import PLACE_LABELS, generic_title, name_end
from ingest.actors.references import person_at
from ingest.events.context import Context
from ingest.events.meetings import (
    attended_by,
    build_meeting,
    followed_by,
    honoured,
    hosts_of,
    is_call_context,
    journey_companions,
    members_of,
    names_a_side,
    roll_after_colon,
    schedules_of,
    talked_in_person,
    told_as_held,
    unnamed_hosts,
    views_exchanged,
)
from ingest.events.participants import (
    companions,
    country_delegations,
    expand_title_head,
    first_person_after,
    joined_people,
    names_a_person,
    people_in_phrase,
    people_listed_after,
    side,
    together_with,
)
from ingest.events.places import is_place, venue_city
from ingest.events.syntax import (
    direct_objects,
    fronted_roll,
    object_taken_by_report,
    passive_agent,
    prep_objects,
    subject_of,
    to_infinitive,
    withs_of_together,
)
from ingest.events.trips import actor_country
from ingest.records import Actor, Event


def greeted_for_occasion(greetings: Token) -> bool:
    """'exchanged New Year greetings', 'Eid greetings': messages sent for a day, not a greeting in
    person ('exchanged warm greetings with X at the ceremony')."""
    return any(
        t.lower_ in rules.GREETING_OCCASION_WORDS or t.ent_type_ in ("DATE", "EVENT") or t.pos_ == "PROPN"
        for t in greetings.subtree
        if t.i < greetings.i
    )


def meeting_from_verb(ctx: Context, verb: Token) -> Event | None:
    """'X met Y', 'X held talks with Y', 'X hosted Y', 'X called Y', 'X and Y met'."""
    lemma = verb.lemma_
    noun = joined_for = None
    gathered = lemma in rules.GATHERING_VERBS and brought_together(verb)
    if purpose_of_meeting(ctx, verb):
        return None
    farewell = rules.FAREWELL_PHRASAL_VERBS.get(lemma)
    # "saw", not "saw off" ("saw X off at the airport": a particle the parser may hang as a preposition)
    if farewell is not None and not any(
        c.lower_ == farewell and (c.dep_ == "prt" or c.tag_ == "RP") for c in verb.children
    ):
        return None
    if farewell is not None:
        pass  # "was seen off by X at the airport": a farewell, told like a welcome
    elif lemma in rules.LIGHT_VERBS and lemma not in rules.MEETING_VERBS:
        noun = next(
            (o for o in direct_objects(verb) if o.lower_ in rules.MEETING_NOUNS | rules.HELD_MEETING_NOUNS),
            None,
        )
        if noun is None:  # "held nearly three hours of talks"
            noun = next(
                (
                    g
                    for o in direct_objects(verb)
                    for g in prep_objects(o, {"of"})
                    if g.lower_ in rules.MEETING_NOUNS
                ),
                None,
            )
        if noun is None:  # "had a third contact over hotline", "had a telephone contact with X"
            noun = next(
                (o for o in direct_objects(verb) if phone_contact(verb, o) or exchange_of_views(o)), None
            )
        if noun is None and lemma == "attend" and any(c.dep_ == "auxpass" for c in verb.children):
            # "the talks in Geneva were attended by A, B and C": the meeting is the subject
            noun = next(
                (c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in rules.MEETING_NOUNS), None
            )
        if noun is None and lemma in rules.JOINING_VERBS:
            # "will join Trump for dinner": a meal or talks shared with the person joined
            joined_for = next(
                (g for g in prep_objects(verb, {"for"}) if g.lower_ in rules.SHARED_OCCASION_NOUNS), None
            )
        if joined_for is not None and any(names_a_person(ctx, o) for o in direct_objects(verb)):
            noun = joined_for
        elif noun is None and lemma in rules.JOINING_VERBS and joined_in_place(ctx, verb):
            joined_for = verb  # "will join his French and German counterparts in Kyiv": with them there
        elif noun is None and lemma == "sit":
            if not any(c.lower_ == "down" for c in verb.children):
                return None
        elif noun is None and lemma in rules.INTRANSITIVE_MEETING_VERBS and not direct_objects(verb):
            pass  # "the two delegations will convene in Riyadh": they meet
        elif noun is None:
            return None
    elif lemma in rules.CALL_LIGHT_VERBS and lemma not in rules.MEETING_VERBS:
        # "extended a call to X", "took a phone call from X", "placed a call to X"
        noun = next((o for o in direct_objects(verb) if o.lower_ in rules.CALL_WORDS), None)
        if noun is None:
            return None
    elif lemma in rules.EXCHANGE_VERBS:
        # "exchanged views with X", "A and B exchanged ideas": not letters, fire or insults
        noun = next((o for o in direct_objects(verb) if o.lower_ in rules.EXCHANGED_WORDS), None)
        if noun is not None and noun.lower_ == "greetings" and greeted_for_occasion(noun):
            noun = None
        if noun is None:
            return None
    elif lemma in rules.DELIVERING_VERBS:
        # "delivered a letter from the Emir to King X": to its addressee, in person
        noun = next((o for o in direct_objects(verb) if o.lemma_ in rules.DELIVERED_WORDS), None)
        if noun is not None and noun.lemma_ in rules.FIGURATIVE_MESSAGE_WORDS and lemma != "hand":
            # "delivered a message to X, warning him": words, unless a written one or one from someone
            written = any(c.lower_ in rules.WRITTEN_MESSAGE_WORDS for c in noun.children)
            noun = noun if written or prep_objects(noun, {"from"}) else None
        senders = subject_of(verb)
        if noun is None or not prep_objects(verb, {"to"}) + prep_objects(noun, {"to"}):
            return None
        if not senders or any(ctx.actor_of(s) is None for s in senders):
            return None  # "the envoy of President X handed ...": the envoy, not X, when unnamed
        if not given_by_hand(verb, noun):
            return None  # "delivered a letter to X through the UAE", "a message in his speech"
    elif gathered:
        pass  # "Scholz brought Kurti and Vucic together in Berlin": the three of them met
    elif lemma not in rules.MEETING_VERBS:
        return None
    elif lemma in rules.LIGHT_VERBS:  # "hosted a banquet for X": the meeting noun's guests too
        noun = next((o for o in direct_objects(verb) if o.lower_ in rules.GUEST_NOUNS), None)
        # "hosted talks with X": the host holds them with X; "hosted talks between A and B": the
        # host sits in on them
        noun = noun or next(
            (
                o
                for o in direct_objects(verb)
                if o.lower_ in rules.MEETING_NOUNS and prep_objects(o, {"with", "between"})
            ),
            None,
        )
    code, subject_role = rules.MEETING_VERBS.get(
        lemma, (rules.CAMEO_HOST, "host") if farewell is not None else (rules.CAMEO_CONSULT, "participant")
    )
    subject_tokens = subject_of(verb) or misparsed_subject(ctx, verb)
    if not subject_tokens and verb.tag_ == "VBG":
        # "X's itinerary includes meeting with Y on Monday": the gerund's holder owns the schedule
        subject_tokens = [c for s in schedules_of(verb) for c in s.children if c.dep_ == "poss"]
    subjects = side(ctx, subject_tokens)
    roll = fronted_roll(verb) if not subject_tokens or verb.dep_ == "acl" else None
    if (
        roll is not None
        and lemma not in rules.VISIT_ATTENDING_VERBS
        and not any(welcomes_someone(ctx, o) for o in direct_objects(verb))
    ):
        return None  # "Welcoming the agreement were A and B": a thing welcomed, no guest
    if roll is not None:
        # "Welcoming the President at the airport were A, B and C": the people the clause lists
        subjects = people_listed_after(ctx, roll, roll=True)
    subjects += [a for t in subject_tokens for a in people_in_phrase(ctx, t) if a not in subjects]
    subjects += [a for a in together_with(ctx, subject_tokens) if a not in subjects]
    subjects += [a for a in along_with_verb(ctx, verb) if a not in subjects]
    if subjects:
        subjects += [a for a in journey_companions(ctx, verb) if a not in subjects]
    agent = passive_agent(verb)
    if agent is not None and agent.dep_ != "agent" and not subjects:
        agent = None  # "the visitors were greeted at the station by A and B": guests named later
    if verb.dep_ == "acl" or (verb.tag_ == "VBN" and agent is not None):
        agents = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
        if agents:  # "Y was received by X"; "by the minister X and envoy Y", the list misparsed
            hosts = side(ctx, agents)
            if not any(a.kind == "person" for a in hosts):
                hosts += [a for a in people_listed_after(ctx, agent) if a not in hosts]
            else:  # "by A, Deputy Governor of P B, and Ambassador C": a roll the parser breaks up
                hosts += [a for a in people_listed_after(ctx, agent, titled_only=True) if a not in hosts]
            roll = counted_roll(ctx, agents)
            if roll:  # "by six senior ministers: A, B and C": the ministers named
                hosts = [a for a in hosts if a.kind == "person"] + [a for a in roll if a not in hosts]
            if not hosts:  # "he and his wife were greeted by the minister": one side, no host named
                return None
            if welcome_without_host(lemma, hosts) and not one_office_holder(agents, hosts):
                return None  # "was received by senior officials of the Foreign Office"
            subjects, objects = hosts, subjects
            return build_meeting(ctx, verb, subjects, objects, code, subject_role, noun)
    targets = [verb] + ([noun] if noun is not None else [])
    targets += views_exchanged(noun)  # "had an exchange of views with X"
    # "spoke over the phone with X": the counterpart may hang from the medium
    targets += [m for m in prep_objects(verb, {"over", "by", "via", "on"}) if m.lower_ in rules.CALL_WORDS]
    objects_tokens = []
    for target in targets:
        objects_tokens += prep_objects(target, {"with", "between"}) + members_of(target)
        # "met in the capital Caracas with X", "held a bilateral on the sidelines with X": the
        # parser hangs the counterpart on the place
        objects_tokens += [
            g
            for p in prep_objects(target, {"in", "at", "on"})
            if is_place_word(p) or p.lower_ in rules.SIDELINE_WORDS
            for g in prep_objects(p, {"with"})
        ]
        # "spoke to X", not "welcomed X to the White House": a seat of government is a place
        objects_tokens += [t for t in prep_objects(target, {"to"}) if not is_venue(ctx, t)]
        if target.lower_ in rules.GUEST_NOUNS:
            objects_tokens += prep_objects(target, rules.GUEST_PREPS) + honoured(target) + honoured(verb)
        if target is verb and any(o.lower_ in rules.GUEST_NOUNS for o in direct_objects(verb)):
            objects_tokens += prep_objects(verb, {"for"})  # "will host a banquet for him", parsed loose
        if (
            target.pos_ == "NOUN" and target.lower_ in rules.CALL_WORDS
        ):  # "a call from X", not "phoned Y from Z"
            objects_tokens += prep_objects(target, {"from"})
        objects_tokens += followed_by(target)  # "is meeting A followed by B"
        # "hold five meetings on Tuesday, including with A, B and C"
        objects_tokens += [
            g
            for p in target.children
            if p.dep_ == "prep" and p.lower_ in rules.INCLUDING_WORDS
            for g in prep_objects(p, {"with"})
        ]
    objects_tokens += [g for t in [*targets, *objects_tokens] for g in attended_by(t)]
    # "spoke first with A, followed by B": the parser hangs the next one on A
    objects_tokens += [g for t in list(objects_tokens) for g in followed_by(t)]
    if objects_tokens:
        # "met with the Iranian delegation led by A, and the US delegation led by B": the parser
        # joins the second counterpart to the verb
        objects_tokens += [c for c in verb.children if c.dep_ == "conj" and names_a_side(ctx, c)]
    if noun is not None and objects_tokens:
        # "held talks with A's minister B and C's envoy D": the parser hangs the later names on
        # the talks, as its conjuncts or appositions; "held a meeting with Minister for Foreign
        # Affairs, International Cooperation and Communities B": B on the verb, a second object
        misplaced = [*noun.conjuncts, *(c for c in noun.children if c.dep_ == "appos")]
        misplaced += [o for o in direct_objects(verb) if o.i > noun.i and o != noun]
        objects_tokens += [c for c in misplaced if names_a_person(ctx, c) and c not in objects_tokens]
    topics = []
    if lemma in rules.TOPIC_VERBS:  # "discussed the war with X": the parser hangs X on the topic
        topics = direct_objects(verb) + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    if lemma in rules.CONVERSATION_VERBS:  # "talked about trade with X", "discussed on issues with X"
        # "will brief parliament about the meeting with X": a meeting told of is its own event
        topics += [t for t in prep_objects(verb, rules.TOPIC_PREPS) if t.lemma_ not in rules.MEETING_NOUNS]
    if noun is not None:  # "held a discussion on the hostage issue with X"
        topics += [
            t
            for n in (verb, noun)
            for t in prep_objects(n, rules.TOPIC_PREPS)
            if t.lemma_ not in rules.MEETING_NOUNS
        ]
    if topics:
        objects_tokens += [
            g
            for o in topics
            for g in counterparts_after_topic(o)
            # "with Sudanese Prime Minister, A, Guinean President B and C": a title naming people
            if any(
                (a := ctx.actors.actor_at(t)) is not None and a.kind == "person"
                for t in expand_title_head(ctx, g)
            )
        ]
    if lemma in rules.HOSTING_VISIT_VERBS:
        # "received the visit of X", "welcomed a visit by X": the visitor is the guest
        objects_tokens += [
            g
            for o in direct_objects(verb)
            if o.lemma_ in rules.OWNED_VISIT_NOUNS
            for g in prep_objects(o, rules.VISITOR_PREPS)
        ]
    if lemma in rules.OBJECT_COUNTERPART_VERBS or joined_for is not None or farewell is not None or gathered:
        objects_tokens += [o for o in direct_objects(verb)]
        # "Trump on Friday called Prime Minister Modi": the name misparsed as a predicate
        objects_tokens += [
            c
            for c in verb.children
            if c.dep_ == "oprd"
            and (
                c.ent_type_ == "PERSON"
                or person_at(ctx.actors, c)
                # "called the foreign minister of Azerbaijan": an office of a country, no object
                # before and nothing it is called after ('called the president of X illegitimate')
                or (
                    not direct_objects(verb)
                    and sum(o.dep_ == "oprd" for o in verb.children) == 1
                    and generic_title(c.text)
                    and any(
                        geography.country_named(o.doc[o.left_edge.i : o.i + 1].text)
                        or geography.country_named(o.text)
                        for o in prep_objects(c, {"of"})
                    )
                )
            )
        ]
        objects_tokens += object_taken_by_report(verb)
    if lemma in rules.CONVERSATION_VERBS and not objects_tokens:
        together = discussed_together(verb, subjects)
        # "Rubio and Lavrov spoke on Tuesday": leaders of two countries, the talking told with a
        # time or a topic only
        leaders_spoke = (
            lemma in rules.RECIPROCAL_TALK_VERBS
            and told_with_time_only(verb)
            # "A and his Chinese counterpart B spoke on Thursday": each of another country
            and (
                of_each_country(ctx, subjects)
                or any(t.lower_ == "counterpart" for s in subject_tokens for t in (s, s.head, *s.conjuncts))
            )
        )
        if not (len(subjects) >= 2 and (spoke_to_each_other(verb) or together or leaders_spoke)):
            return None
        objects, subjects = subjects[1:], subjects[:1]
        # "A met B in Paris ... The two leaders discussed trade": what they discussed at that meeting
        at_meeting = together and met_before(ctx, subjects + objects)
        return build_meeting(ctx, verb, subjects, objects, code, subject_role, noun, side_by_side=at_meeting)
    # "a phone call with X on Thursday", "a call with X on the crisis": a day or a topic, not
    # someone called upon
    call = noun if noun is not None and noun.lower_ in ("call", "calls") else None
    called_upon = [
        o
        for o in (prep_objects(call, call_on_preps(call)) if call is not None else [])
        if o.ent_type_ not in ("DATE", "TIME")
        and o.lower_ not in rules.OCCASION_TIME_NOUNS
        and not prep_objects(call, {"with"})
    ]
    if called_upon:  # "paid a courtesy call on the president": in person
        objects_tokens, code = called_upon, rules.CAMEO_CONSULT
    if lemma == "receive" and noun is None:
        welcome = next((o for o in direct_objects(verb) if o.lower_ in rules.WELCOME_NOUNS), None)
        givers = prep_objects(verb, {"from"}) + (
            prep_objects(welcome, {"from"}) if welcome is not None else []
        )
        if welcome is not None and givers:  # "A received a warm welcome from B": B hosts A
            hosts = side(ctx, givers)
            if unnamed_hosts(hosts):
                return None  # "a warm welcome from US officials"
            return build_meeting(ctx, verb, hosts, subjects, code, subject_role, welcome)
    if lemma == "receive":
        call = next((o for o in direct_objects(verb) if o.lower_ in rules.CALL_WORDS), None)
        if call is not None:
            code, subject_role = rules.CAMEO_CALL, "participant"
            objects_tokens = prep_objects(call, {"from"}) + prep_objects(verb, {"from"})
            noun = call
    # "called X on the eve of the summit": a time, not someone called on
    called_on = [
        o
        for o in prep_objects(verb, {"on"})
        if o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in rules.OCCASION_TIME_NOUNS
    ]
    if any(c.dep_ in ("prep", "prt") and c.lower_ == "on" and not list(c.children) for c in verb.children):
        # "called on counterpart X", with X parsed as the object ('on' a particle or a bare preposition)
        called_on += direct_objects(verb)
    elif any(o.ent_type_ == "PERSON" for o in called_on):
        # "will call on President A and Vice-President B": the parser may take B for the object
        called_on += [o for o in direct_objects(verb) if o.ent_type_ == "PERSON"]
    if lemma == "call" and called_on and appeal_to_act(ctx, verb, called_on):
        return None  # "called on Hamas to honour its commitments": urged it, met no one
    if lemma == "call" and called_on:
        # "called on the prime minister": a meeting in person, not a phone call ("on Friday" is
        # a day)
        code, objects_tokens = rules.CAMEO_CONSULT, called_on
        noun = verb
    if lemma == "call" and not any(
        # "called both leaders": a pair told before; "called the DGMO of India": an office of a country
        o.ent_type_ == "PERSON"
        or ctx.actors.actor_at(o)
        or ctx.actors.people_at(o)
        # "called on the President of Ghana, Nana Akufo-Addo": the title's person in apposition
        or any(c.dep_ == "appos" and ctx.actors.actor_at(c) for c in o.children)
        or (generic_title(o.text) and any(a.kind == "group" and a.country for a in side(ctx, [o])))
        # "called his Armenian and Azerbaijani counterparts": someone's counterparts, named or not
        or (o.lower_ in rules.COUNTERPART_NOUNS and any(c.dep_ == "poss" for c in o.children))
        for o in objects_tokens
    ):
        return None
    if lemma == "call" and names_someone(verb):
        return None
    if lemma == "call" and any(
        c.dep_ == "prt" and c.lower_ in rules.NOT_CALLING_PARTICLES for c in verb.children
    ):
        return None  # "called out Russia's leader" (criticised him), "called off the talks"
    objects = side(ctx, objects_tokens)
    # "separate meetings with the Deputy Prime Minister duo, A and B": the two named after it
    objects += [
        a
        for t in objects_tokens
        if t.lower_ in rules.PAIR_COLLECTIVE_NOUNS
        and ctx.actors.actor_at(t) is None
        and not ctx.actors.people_at(t)
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].text == ","  # the two listed right after it
        for a in people_listed_after(ctx, t)[:2]
        if a not in objects
    ]
    if lemma in rules.DELIVERING_VERBS and noun is not None:
        # "handed a letter from Party chief X to Y": the one who wrote it was not there
        writers = side(ctx, prep_objects(noun, {"from"}) + prep_objects(verb, {"from"}))
        objects = [a for a in objects if a not in writers]
        subjects = [a for a in subjects if a not in writers]
        if not subjects or not any(a.kind == "person" for a in objects):
            return None  # "delivered a message to the Security Council": a body, no one met
    objects += [a for t in objects_tokens for a in listed_as_modifiers(ctx, t) if a not in objects]
    objects += [a for a in roll_after_counterpart(ctx, objects_tokens) if a not in objects + subjects]
    # "India and Pakistan held a meeting", not "held a meeting of SCO ministers" (a body's own) nor
    # "held up a meeting" (blocked it)
    held_noun = (
        noun is not None
        and noun.lower_ in rules.HELD_BY_COUNTRIES_NOUNS
        and not prep_objects(noun, {"of"})
        and not any(c.dep_ == "prt" for c in verb.children)
    )
    if told_as_held(verb) and (lemma in rules.COUNTRY_SIDE_WORDS or held_noun):
        subjects += [a for a in country_delegations(ctx, subject_tokens) if a not in subjects]
        objects += [a for a in country_delegations(ctx, objects_tokens) if a not in objects + subjects]
    listed = [a for a in semicolon_list(ctx, objects_tokens) if a not in objects]
    subjects = [a for a in subjects if a not in listed]
    objects += listed
    if roll is not None:
        objects = [a for a in objects if a not in subjects]  # the parser may take the roll for objects
    if interview(verb, objects):
        return None
    if lemma in rules.AUDIENCE_VERBS and any(t.lemma_ in rules.AUDIENCE_NOUNS for t in objects_tokens):
        return None  # "interacted with journalists, including CNN's X": an audience, no counterpart
    if (
        lemma in rules.CONVERSATION_VERBS
        and not objects
        and objects_tokens
        and all(t.lemma_ in rules.AUDIENCE_NOUNS for t in objects_tokens)
    ):
        return None  # "A and B spoke to reporters": a statement to the press, not to each other
    if lemma in rules.PERSON_COUNTERPART_VERBS:
        objects = [
            a for t in objects_tokens if not press_credit(t) for a in side(ctx, [t]) if a.kind == "person"
        ]
        if not objects or not any(a.kind == "person" for a in subjects):
            return None
    hosts = hosts_of(ctx, noun) if noun is not None and noun != verb else []
    # "met Y in talks mediated by Z", "met Y under the auspices of Z": the mediator sits with them
    hosts += [a for g in framing_talks(verb) for a in hosts_of(ctx, g)] + auspices_of(ctx, verb)
    objects += [a for a in hosts if a not in objects and a not in subjects]
    if not objects and any(t.lower_ in rules.GROUP_NOUNS for t in objects_tokens):
        # "X, joined by Y, received the two ministers": guests too vague to name, hosts together
        subjects += [a for a in companions(ctx, subject_tokens) if a not in subjects]
    if welcome_without_host(lemma, subjects):
        return None  # "senior officials received the minister at the airport"
    if not subjects and noun is None and unnamed_meeter(ctx, verb, subject_tokens):
        return None  # "the new envoy will meet A and B": they are met, not meeting each other
    # "will call on the president": in person, though the verb's own word reads like a phone call
    in_person = bool(called_upon) or (lemma == "call" and bool(called_on))
    return build_meeting(ctx, verb, subjects, objects, code, subject_role, noun, in_person=in_person)


def unnamed_meeter(ctx: Context, verb: Token, subject_tokens: list[Token]) -> bool:
    """'The new envoy will meet A and B', 'an opportunity to meet with A and B': someone the story
    does not name meets those it lists."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False  # "the visitors were greeted at the station by A and B": guests named elsewhere
    if verb.lemma_ == "host" or any(
        t.ent_type_ in ("GPE", "ORG", "NORP", "FAC")
        or getattr(ctx.actors.actor_at(t), "kind", None) in ("place", "org")
        for t in subject_tokens
    ):
        return False  # "Saudi Arabia will host A and B in Riyadh": a country brings the two sides together
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return bool(subject_tokens) or infinitive


def phone_contact(verb: Token, noun: Token) -> bool:
    """'contact' is a call when a phone line carries it ('a contact over hotline', 'a telephone
    contact'), not in 'stayed in contact'."""
    if noun.lower_ not in rules.CONTACT_NOUNS:
        return False
    media = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    media += [m for t in (verb, noun) for m in prep_objects(t, rules.PHONE_MEDIUM_PREPS)]
    return any(m.lower_ in rules.CALL_WORDS for m in media)


def call_by_phone(ctx: Context, medium: Token) -> Event | None:
    """'Tokayev wished Putin a happy birthday by phone', 'X congratulated Y over the telephone':
    whatever the verb, a person it joins to another 'by phone' had a call with them."""
    prep = medium.head
    verb = prep.head
    if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "wished him a happy birthday by phone": the medium hangs on the wish
    elif verb.dep_ == "pobj" and verb.pos_ == "NOUN" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "congratulated him on his victory by phone": it hangs on the victory
    if medium.dep_ != "pobj" or prep.lower_ not in rules.PHONE_MEDIUM_PREPS or verb.pos_ != "VERB":
        return None
    if verb.lemma_ in rules.MEETING_VERBS or verb.lemma_ in rules.LIGHT_VERBS:
        return None  # "spoke by phone with X", "held talks by phone": the verb's own rule reads it
    subjects = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
    counterpart_tokens = direct_objects(verb) + [c for c in verb.children if c.dep_ == "dative"]
    counterpart_tokens += prep_objects(verb, {"with", "to"})
    # "wished Xi Jinping a happy birthday": the person parsed as the subject of the wish
    counterpart_tokens += [c for o in direct_objects(verb) for c in o.children if c.dep_ == "nsubj"]
    objects = [a for a in side(ctx, counterpart_tokens) if a.kind == "person" and a not in subjects]
    if not subjects or not objects:
        return None
    return build_meeting(ctx, verb, subjects, objects, rules.CAMEO_CALL, "participant", noun=medium)


def misparsed_subject(ctx: Context, verb: Token) -> list[Token]:
    """'Orban, in power since 2010, met with Putin' with 'Orban' parsed as an adverb: a person
    hanging before the verb from the verb itself stands for its missing subject. 'In Baku, A and B
    held talks', with A and B parsed as more places after 'Baku': the people of that list."""
    hanging = [
        c
        for c in verb.children
        if c.i < verb.i
        and c.dep_ in ("advmod", "npadvmod", "dep", "nmod")
        and (a := ctx.actors.actor_at(c)) is not None
        and a.kind == "person"
    ][:1]
    if hanging:
        return hanging
    fronted = [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.i < verb.i
        for g in p.children
        if g.dep_ == "pobj" and (ctx.actors.actor_at(g) is None or ctx.actors.actor_at(g).kind != "person")
    ]
    listed = [
        c
        for g in fronted
        for c in g.conjuncts
        if c.i > g.i and (a := ctx.actors.actor_at(c)) is not None and a.kind == "person"
    ]
    if listed:
        return listed
    # "Four days before the Tuesday meeting, A and B held a meeting": the people parsed in
    # apposition to the fronted phrase's last word, after its comma
    return [
        c
        for g in fronted
        for a in g.children
        if a.dep_ == "appos" and a.i > g.i and a.nbor(-1).text == ","
        for c in [a, *a.conjuncts]
        if (found := ctx.actors.actor_at(c)) is not None and found.kind == "person"
    ]


def semicolon_list(ctx: Context, objects: list[Token]) -> list[Actor]:
    """'met with A of Chile; B, President of Sweden; and C, Prime Minister of Canada': the people
    heading each part of a list the text splits with semicolons, which the parser hangs anywhere."""
    if not objects:
        return []
    doc, found = objects[0].doc, []
    current = max(t.right_edge.i for t in objects) + 1
    end = objects[0].sent.end
    while current + 1 < end and doc[current].text == ";":
        named = first_person_after(ctx, doc[current + (doc[current + 1].lower_ == "and")])
        if not named:
            break
        actor = ctx.actors.actor_at(named[0])
        if actor not in found:
            found.append(actor)
        current = next((t.i for t in doc[named[0].i : end] if t.text in (";", ".")), end)
    return found


def listed_as_modifiers(ctx: Context, head: Token) -> list[Actor]:
    """'met Egyptian President A and Jordanian Foreign Minister B' parsed with A as a modifier of
    B: a person hanging on the counterpart with an 'and' of their own is listed, not a title."""
    return [
        a
        for c in head.children
        if c.dep_ in ("nmod", "compound")
        and any(g.dep_ == "cc" for g in c.children)
        and (a := ctx.actors.actor_at(c)) is not None
        and a.kind == "person"
        and a is not ctx.actors.actor_at(head)
    ]


def joined_in_place(ctx: Context, verb: Token) -> bool:
    """'X will join A in Kyiv': people joined where they are, not a body ('joined NATO in 2009')."""
    # the place hangs on the verb or on the people joined ("join his counterparts in Kyiv")
    return any(
        is_place(ctx, p) for t in [verb, *joined_people(ctx, verb)] for p in prep_objects(t, {"in", "at"})
    )


def interview(verb: Token, objects: list[Actor]) -> bool:
    """'Speaking to Al Arabiya, X said', 'X told reporters', 'X spoke to Fox News': talking to an
    organisation that is no negotiating side (a news outlet) is a statement, not a meeting."""
    return (
        verb.lemma_ in rules.CONVERSATION_VERBS
        and bool(objects)
        and all(
            a.kind == "org" and a.canonical_name.split()[-1] not in rules.ORG_GROUP_HEADS for a in objects
        )
    )


def names_someone(verb: Token) -> bool:
    """'called Trudeau a weak leader', 'called him "my favourite president"': naming, not phoning
    (an object and what it is called; 'called Prime Minister Modi' parsed so is a name)."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "oprd" and c.ent_type_ != "PERSON" for c in verb.children
    )


def press_credit(token: Token) -> bool:
    """'told CNN's X': a person named by the outlet they work for is a journalist."""
    return any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in token.children)


def counterparts_after_topic(topic: Token) -> list[Token]:
    """'discussed the war with X', 'to discuss ways to resolve the conflict with X': the parser
    hangs the counterpart on the topic, or on the object of the topic's infinitive, or on the end
    of its 'of' phrase ('discussed issues of mutual interest with X')."""
    found = prep_objects(topic, {"with"})
    # (not "on the eve of the conversation with X": a meeting of its own)
    found += [
        g
        for o in prep_objects(topic, {"of"})
        if o.lower_ not in rules.MEETING_NOUNS
        for g in prep_objects(o, {"with"})
    ]
    for clause in topic.children:
        if clause.dep_ in ("relcl", "acl") and to_infinitive(clause):
            found += [g for o in [clause, *direct_objects(clause)] for g in prep_objects(o, {"with"})]
    return found


def spoke_to_each_other(verb: Token) -> bool:
    """'A and B spoke over the hotline', 'the two will talk again', 'they spoke for an hour':
    without an object, 'talk' and 'speak' state a conversation only with a medium, a
    repetition or a duration."""
    return (
        is_call_context(verb, None)
        or any(c.lower_ in rules.RECIPROCAL_ADVERBS for c in verb.children)
        # "A and B last spoke in December", not "last spoke publicly about Ukraine"
        or (
            any(c.lower_ in rules.LAST_TIME_ADVERBS for c in verb.children)
            and told_with_time_only(verb, topics=False)
        )
        or any(g.ent_type_ == "TIME" for g in prep_objects(verb, {"for"}))  # "spoke for an hour"
        or talked_in_person(verb)
    )


def told_with_time_only(verb: Token, topics: bool = True) -> bool:
    """'spoke on Tuesday', 'talked last week about tariffs': nothing said of the talking but when
    and (with `topics`) what about; not 'spoke at the rally', 'spoke in Paris', 'spoke publicly'."""
    for child in verb.children:
        if child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            topic = topics and child.lower_ in rules.TOPIC_PREPS
            if not topic and not all(g.ent_type_ in ("DATE", "TIME") for g in objects):
                return False
            if child.lower_ == "on" and not objects:
                return False
        elif (child.dep_ == "advmod" and child.lower_ not in rules.PLAIN_TALK_ADVERBS) or child.dep_ in (
            "dobj", "ccomp", "xcomp", "prt", "agent", "attr", "acomp",
        ):  # fmt: skip
            return False  # "spoke publicly", "talked trade", "spoke out"
    return True


def of_each_country(ctx: Context, people: list[Actor]) -> bool:
    """Two or more people, each of another country, every country known."""
    countries = [actor_country(ctx, a) for a in people if a.kind == "person"]
    return len(countries) >= 2 and None not in countries and len(set(countries)) == len(countries)


def discussed_together(verb: Token, subjects: list[Actor]) -> bool:
    """'A and B discussed ways to end the war', 'discussed on ways to ...': two named people
    discussing a topic together talked to each other (not 'the ministers of A and B discussed the
    budget', groups)."""
    return (
        verb.lemma_ in rules.TOPIC_VERBS
        and bool(
            direct_objects(verb)
            or [t for t in prep_objects(verb, rules.TOPIC_PREPS) if not t.ent_type_]
            or quoted_topic(verb)
        )
        and sum(1 for a in subjects if a.kind == "person") >= 2
    )


def quoted_topic(verb: Token) -> bool:
    """'A and B discussed "the situation of ..."': a quotation opening right after the verb is what
    was discussed, however the parser takes the words inside it."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return following is not None and following.is_quote and following.head == verb


def met_before(ctx: Context, people: list[Actor]) -> bool:
    """The latest meeting of these people told before is one in person."""
    wanted = set(people)
    latest = next(
        (
            e
            for e in reversed(ctx.earlier)
            if e.event_type == "meeting" and wanted <= {p.actor for p in e.participants}
        ),
        None,
    )
    return latest is not None and latest.mode == "in_person"


def brought_together(verb: Token) -> bool:
    """'brought A and B together', 'has brought together A and B': done, not 'seeks to bring'."""
    return verb.tag_ in rules.DONE_VERB_TAGS and any(
        t.lower_ == "together" and verb in (t.head, t.head.head) for t in verb.subtree
    )


def purpose_of_meeting(ctx: Context, verb: Token) -> bool:
    """'A and B met with X to discuss the crisis', 'called Y to discuss': the talking the meeting was
    for is that meeting, told by the verb it hangs on, not one of A and B alone ('met European
    leaders in London to meet with US envoys later' names a counterpart of its own)."""
    purpose = (
        verb.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.lemma_ in rules.MEETING_VERBS
        # "will visit Washington to meet X": a trip, its meeting told by the clause
        and verb.head.lemma_ not in rules.LIGHT_VERBS | rules.PERSON_COUNTERPART_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
    return purpose and not any(
        ctx.actors.actor_at(o) is not None
        or ctx.actors.people_at(o)
        or o.ent_type_ in ("PERSON", "NORP", "ORG")
        or o.lower_ in rules.DEMONSTRATIVE_GROUP_NOUNS | rules.DELEGATION_NOUNS
        or generic_title(o.text) is not None
        for o in direct_objects(verb) + prep_objects(verb, {"with", "between"})
    )


def along_with_verb(ctx: Context, verb: Token) -> list[Actor]:
    """'X welcomed Y at the airbase, along with A, Chief of Protocol B and C': the people the
    subject met the guest with, however the parser splits their titles."""
    withs = [w for w in withs_of_together(verb) if w.head != verb]  # the 'with' hung on 'along'
    named = [a for w in withs for a in people_listed_after(ctx, w, titled_only=True)]
    return [a for a in dict.fromkeys(named) if a.kind == "person"]


def counted_roll(ctx: Context, groups: list[Token]) -> list[Actor]:
    """'six senior ministers, despite the rain: A, B and C': the people a colon lists after a
    counted group."""
    counted = [g for g in groups if g.tag_ == "NNS" and any(c.dep_ == "nummod" for c in g.children)]
    if not counted:
        return []
    return roll_after_colon(ctx, counted[0])


def framing_talks(verb: Token) -> list[Token]:
    """The talks a meeting verb says it happened in: 'met Y in talks mediated by Z'."""
    return [
        g
        for g in prep_objects(verb, rules.TALKS_FRAME_PREPS)
        if g.lower_ in rules.MEETING_NOUNS and g.pos_ == "NOUN"
    ]


def auspices_of(ctx: Context, word: Token) -> list[Actor]:
    """'met under the auspices of Z': Z hosts the meeting."""
    return side(
        ctx,
        [
            o
            for g in prep_objects(word, {"under"})
            if g.lower_ in rules.AUSPICES_NOUNS
            for o in prep_objects(g, {"of"})
        ],
    )


def call_on_preps(call: Token) -> set[str]:
    """'a call on X'; 'a courtesy call to X' too: a courtesy call is paid in person."""
    modifiers = (c.lower_ for c in call.children if c.dep_ in ("amod", "compound"))
    courtesy = any(m in rules.IN_PERSON_CALL_WORDS for m in modifiers)
    return rules.CALL_ON_PREPS | {"to"} if courtesy else rules.CALL_ON_PREPS


def given_by_hand(verb: Token, noun: Token) -> bool:
    """A letter delivered in person: not through or via someone, nor in a speech or a post."""
    if any(t.lower_ in rules.INTERMEDIARY_PREPS for t in verb.subtree):
        return False  # "via Omani mediators", wherever the parser hangs it
    preps = [c for t in (verb, noun) for c in t.children if c.dep_ in ("prep", "dative", "agent")]
    if any(g.lower_ in rules.REMOTE_DELIVERY_WORDS for p in preps if p.lower_ == "by" for g in p.children):
        return False  # "by email", "by courier"
    return not any(
        g.lower_ in rules.PUBLIC_ADDRESS_NOUNS
        for p in preps
        if p.lower_ in rules.ADDRESS_PREPS
        for g in p.children
    )


def is_place_word(token: Token) -> bool:
    """'Caracas', 'the capital', 'the palace': a word that names where, never whom."""
    return token.ent_type_ in PLACE_LABELS or token.lower_ in rules.PLACE_KIND_NOUNS


def is_venue(ctx: Context, token: Token) -> bool:
    """'the White House', 'the Kremlin': a seat of government (`data/venues.csv`) is a place."""
    actor = ctx.actors.actor_at(token)
    return actor is not None and venue_city(actor.canonical_name) != actor.canonical_name


def welcomes_someone(ctx: Context, thing: Token) -> bool:
    """The object of a welcome is someone: a person, a pronoun, a title or a party of people ('the
    Chinese leader', 'the delegation'), not a thing ('the agreement', 'the news')."""
    return (
        thing.pos_ in ("PRON", "PROPN")
        or ctx.actors.actor_at(thing) is not None
        or bool(ctx.actors.people_at(thing))
        or generic_title(thing.text) is not None
        or thing.lemma_ in rules.GUEST_REFERENCE_NOUNS
    )


def exchange_of_views(noun: Token) -> bool:
    """'an exchange of views with X': a talk, unlike a prisoner exchange."""
    return bool(views_exchanged(noun))


def welcome_without_host(lemma: str, hosts: list[Actor]) -> bool:
    """A welcome, reception or farewell by hosts no one names: ANNOTATION wants a named host."""
    return (lemma in rules.WELCOMING_VERBS or lemma in rules.FAREWELL_PHRASAL_VERBS) and unnamed_hosts(hosts)


def one_office_holder(agents: list[Token], hosts: list[Actor]) -> bool:
    """'was received by the Foreign Secretary of Bangladesh', 'by Bangladesh's foreign secretary':
    one person, unnamed but told by a country's office, hosts as the group the annotation writes
    for a counterpart never named ('group:Foreign Secretary of Bangladesh'); not officials."""
    return (
        len(agents) == len(hosts) == 1
        and agents[0].tag_ in ("NN", "NNP")
        and hosts[0].kind == "group"
        and hosts[0].country is not None
        and generic_title(agents[0].text) is not None
    )


def appeal_to_act(ctx: Context, verb: Token, called_on: list[Token]) -> bool:
    """'called on Hamas to honour the deal', 'called upon Modi to resign': an appeal, told by an
    infinitive after the call; a courtesy call on a person tells its day or place ('called on
    Prime Minister Modi on Monday to discuss trade')."""
    infinitive = any(
        c.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for t in [verb, *called_on]
        for c in t.children
    )
    if not infinitive:
        return False
    # a person, by name or by office ('called on the emir of Qatar on Monday')
    person = any(names_a_person(ctx, t) or generic_title(t.text) for t in called_on)
    told = [t for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree]
    told_when_or_where = any(
        t.ent_type_ in ("DATE", "TIME", "GPE", "FAC", "LOC") or geography.city(t.text) for t in told
    )
    return not (person and told_when_or_where)


def roll_after_counterpart(ctx: Context, objects_tokens: list[Token]) -> list[Actor]:
    """'spoke to Minister A, Foreign Minister B and Army Chief C' where the parser hangs B and C
    on a title: the people listed after the first named counterpart, up to the clause's end; not
    one who speaks ('met A, President B said')."""
    found: list[Actor] = []
    for token in objects_tokens:
        after = token.i + 1
        if (
            token.dep_ != "pobj"
            or token.head.lower_ not in rules.COUNTERPART_ROLL_PREPS
            or after >= len(token.doc)
            or token.doc[after].text != ","
            or person_at(ctx.actors, token) is None
        ):
            continue
        # not one who speaks ("met A, President B said"), nor the words of a title after 'for'
        # ("Cabinet Secretary for Foreign and Diaspora Affairs")
        excluded = {
            id(a)
            for t in token.sent
            if t.i > token.i
            and (a := person_at(ctx.actors, t))
            and (
                t.dep_ in ("nsubj", "nsubjpass")
                or (name_end(t).dep_ == "pobj" and name_end(t).head.lower_ == "for")
            )
        }
        found += [a for a in people_listed_after(ctx, token, titled_only=True) if id(a) not in excluded]
    return found
