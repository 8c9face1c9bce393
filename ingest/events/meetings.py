"""Meeting rules: 'X met Y', 'held talks with Y', 'hosted Y', calls ('spoke with Y' where no place
is stated, 'took a call from Y'), 'a meeting with Y', 'their first face-to-face', welcomes and
banquets for a guest, handshakes, courtesy calls on Y, joint appearances ('said beside Y') and
co-hosted summits; separate talks, bilateral meetings and calls with several people as one
meeting each. A country that holds talks is its delegation ('Israel and Hamas held talks'). The
source of a statement or a news outlet spoken to is no party."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.names import (
    PLACE_LABELS,
    delegation_label,
    generic_office,
    generic_title,
    institution_of,
    name_end,
)
from ingest.actors.references import country_word, person_at, tokens_with
from ingest.dates import resolve_date
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.participants import (
    companions,
    country_delegations,
    expand_title_head,
    first_person_after,
    joined_people,
    listed_owners,
    named_beside,
    names_a_person,
    people_in_phrase,
    people_listed_after,
    received_on_arrival,
    side,
    speaks_for_others,
    together_with,
    travel_companions,
    unnamed_counterpart,
)
from ingest.events.places import is_place, place_name, place_of, venue_city, where_clause_place, where_place
from ingest.events.status import status_before, status_of, told_about
from ingest.events.syntax import (
    agent_objects,
    also_with,
    clause_verb,
    direct_objects,
    fronted_roll,
    how_deal_came,
    is_definite,
    list_members,
    object_taken_by_report,
    passive_agent,
    passive_agent_objects,
    possessors,
    prep_objects,
    subject_of,
    to_infinitive,
    where_clause,
    withs_of_together,
)
from ingest.events.timing import date_of
from ingest.events.trips import actor_country
from ingest.records import Actor, Event, Participant
from ingest.word_index import entity_at


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


def studied(noun: Token, verb: Token) -> bool:
    """The noun is in what the verb takes as its object ('analyze the process of internal
    dialogue'), not where it happens ('discussed trade at the meeting')."""
    if noun.lemma_.lower() in rules.GATHERING_NOUNS:
        return False  # "assessed preparations for the BRICS summit": one they both go to
    return any(t.dep_ == "dobj" and t.head == verb for t in (noun, *noun.ancestors))


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


def honoured(token: Token) -> list[Token]:
    """'a banquet in honour of X': the guest of honour."""
    return [
        g
        for h in prep_objects(token, {"in"})
        if h.lemma_ in rules.HONOUR_WORDS
        for g in prep_objects(h, {"of"})
    ]


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


def members_of(noun: Token) -> list[Token]:
    """'a summit of EU leaders': the group a gathering is made of."""
    if noun.lower_ not in rules.MEMBERSHIP_NOUNS:
        return []
    return [g for g in prep_objects(noun, {"of"}) if g.lower_ in rules.GROUP_NOUNS]


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


def talked_in_person(verb: Token) -> bool:
    """'A and B talked in person', 'spoke face-to-face': the talk was held at one table."""
    return any(g.lower_ in rules.IN_PERSON_WORDS for g in prep_objects(verb, {"in"})) or any(
        c.lower_ in rules.IN_PERSON_WORDS and c.dep_ in ("advmod", "npadvmod", "dobj") for c in verb.children
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


def counted_roll(ctx: Context, groups: list[Token]) -> list[Actor]:
    """'six senior ministers, despite the rain: A, B and C': the people a colon lists after a
    counted group."""
    counted = [g for g in groups if g.tag_ == "NNS" and any(c.dep_ == "nummod" for c in g.children)]
    if not counted:
        return []
    return roll_after_colon(ctx, counted[0])


def roll_after_colon(ctx: Context, group: Token) -> list[Actor]:
    """'six senior ministers, despite the rain: A, B and C', 'the leaders of the mediating nations:
    A, B and C': the people a colon after the group lists, when no verb comes between."""
    colon = next((t for t in group.sent if t.i > group.i and t.text == ":"), None)
    if colon is None or any(t.pos_ in ("VERB", "AUX") for t in group.doc[group.i : colon.i]):
        return []  # "greeted by two ministers and told reporters: ...": a quotation, no roll
    return people_listed_after(ctx, colon, titled_only=True)


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


def call_on_preps(call: Token) -> set[str]:
    """'a call on X'; 'a courtesy call to X' too: a courtesy call is paid in person."""
    modifiers = (c.lower_ for c in call.children if c.dep_ in ("amod", "compound"))
    courtesy = any(m in rules.IN_PERSON_CALL_WORDS for m in modifiers)
    return rules.CALL_ON_PREPS | {"to"} if courtesy else rules.CALL_ON_PREPS


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


def meeting_from_noun(ctx: Context, noun: Token) -> Event | None:
    """'a meeting with Y', 'talks between X and Y', 'after his call with Y, X said'."""
    if noun.head.lemma_ in rules.LIGHT_VERBS and noun.dep_ in ("dobj", "obj"):
        return None  # handled as 'held talks'
    if how_deal_came(noun):
        return None  # "after long negotiations, A and B reached a truce"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in rules.EVE_WORDS:
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
    counterparts = counterparts or [
        g
        for c in noun.children
        if c.dep_ == "acl" and c.lemma_ in rules.LIGHT_VERBS
        for g in prep_objects(c, {"with"})
    ]
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
    if not owners and counterparts and prep_objects(noun, {"with"}):
        # "A meeting of EU chief A and envoy B with C concluded": the people 'of' it hold it
        owners = [g for g in prep_objects(noun, {"of"}) if person_at(ctx.actors, g)]
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
        if event.status == "occurred" and scheduled(noun):
            # "X's agenda includes a meeting with Y on Friday": one still to come, on the Friday ahead
            confidence = event.confidence
            event = finish(ctx, event, noun, "planned")
            event.confidence = confidence
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


def exchange_of_views(noun: Token) -> bool:
    """'an exchange of views with X': a talk, unlike a prisoner exchange."""
    return bool(views_exchanged(noun))


def views_exchanged(noun: Token | None) -> list[Token]:
    """The 'views' of 'an exchange of views', where the parser hangs the counterpart."""
    if noun is None or noun.lower_ not in rules.EXCHANGE_NOUNS:
        return []
    return [g for g in prep_objects(noun, {"of"}) if g.lower_ in rules.EXCHANGED_WORDS]


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


def unnamed_hosts(hosts: list[Actor]) -> bool:
    """Officials no one names, or a mission ('the US Embassy welcomed Blinken in a post')."""
    return bool(hosts) and all(
        a.kind == "group"
        or (a.kind == "org" and a.canonical_name.split()[-1].lower() in rules.DIPLOMATIC_MISSION_WORDS)
        for a in hosts
    )


def schedule_owners(noun: Token) -> list[Token]:
    """'X's agenda for Wednesday includes a meeting with Y', 'Also in X's itinerary is a meeting
    with Y': the owner of the schedule the meeting is on; none when the meeting names its own
    sides ('a meeting between A and B')."""
    if prep_objects(noun, rules.SIDES_PREPS):
        return []
    return [c for s in schedules_of(noun) for c in s.children if c.dep_ == "poss"]


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


def scheduled(noun: Token) -> bool:
    """A meeting on a schedule told in the present ('is on his itinerary', 'includes'), not one
    told as over ('the talks with Modi, which ended on Monday')."""
    return (
        bool(schedules_of(noun))
        and noun.head.tag_ in rules.PRESENT_TENSE_TAGS
        and not any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") for c in noun.children)
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


def joined_in_talks(ctx: Context, verb: Token) -> Event | None:
    """'A joined B in talks', 'will join his counterpart B in the meeting of the committee': the
    subject meets the person joined, at the meeting named."""
    if verb.lemma_ not in rules.JOINING_VERBS or verb.pos_ != "VERB":
        return None
    # "will join his counterparts — among others A and B — at the summit": the parser may hang the
    # meeting on the people listed
    listed = [
        t
        for o in direct_objects(verb)
        for c in (o, *(c for c in o.children if c.dep_ == "appos"))
        for t in (c, *c.conjuncts)
    ]
    meeting = next(
        (
            g
            for t in [verb, *listed]
            for g in prep_objects(t, rules.JOINED_AT_PREPS)
            if g.lemma_.lower() in rules.MEETING_NOUNS
        ),
        None,
    )
    if meeting is None:
        return None
    objects = [a for a in side(ctx, direct_objects(verb)) if a.kind in ("person", "group")]
    subjects = [a for a in side(ctx, subject_of(verb)) if a.kind == "person" and a not in objects]
    if not subjects or not objects:
        return None
    return build_meeting(ctx, verb, subjects, objects, rules.CAMEO_CONSULT, "participant", noun=meeting)


def co_presence(ctx: Context, verb: Token) -> Event | None:
    """'X said beside Y', 'speaking alongside Y': a joint appearance is an in-person meeting."""
    if verb.lemma_ not in rules.CO_PRESENCE_VERBS:
        return None
    hosts = [verb] + [n for c in verb.children for n in c.children if n.lower_ in rules.MEETING_NOUNS]
    preps = set(rules.CO_PRESENCE_PREPS)
    shake, hands = rules.HANDSHAKE
    handshake = verb.lemma_ == shake and any(o.lower_ in hands for o in direct_objects(verb))
    if handshake:
        preps.add("with")  # "shook hands with X"
    others = side(ctx, [o for h in hosts for o in prep_objects(h, preps)])
    if not others and not handshake:
        return None
    subjects = side(ctx, subject_of(verb))
    if not others:
        # "A and B shook hands": with each other; not "with supporters", nor "shaken hands on the deal"
        people = [a for a in subjects if a.kind == "person"]
        with_anyone = prep_objects(verb, {"with"}) + [g for h in hosts for g in prep_objects(h, {"with"})]
        on_something = [
            g
            for g in prep_objects(verb, {"on"})
            + [g for o in direct_objects(verb) for g in prep_objects(o, {"on"})]
            if g.ent_type_ not in ("DATE", "TIME")  # "shook hands on Tuesday" is a day
        ]
        if len(people) < 2 or with_anyone or on_something:
            return None
        subjects, others = people[:1], people[1:]
    event = build_meeting(ctx, verb, subjects, others, rules.CAMEO_CONSULT, "participant", side_by_side=True)
    if event is not None:
        event.confidence = rules.CO_PRESENCE_CONFIDENCE
    return event


def signed_alongside(ctx: Context, verb: Token) -> Event | None:
    """'X signed the accord alongside Y', 'signed it together with the leaders of the mediators:
    A, B and C': people who sign a text side by side appear together. Persons only: 'signed a deal
    with Boeing' is no meeting."""
    if verb.lemma_ not in rules.SIGNING_VERBS:
        return None
    holders = [verb, *direct_objects(verb)]
    withs = dict.fromkeys(w for h in holders for w in withs_of_together(h))
    objects = [o for h in holders for o in prep_objects(h, rules.CO_PRESENCE_PREPS)]
    objects += [o for w in withs for o in w.children if o.dep_ == "pobj"]
    # "alongside X, who signed his copy in London", "alongside the one X had signed": told elsewhere
    objects = [o for o in objects if not any(c.dep_ in ("relcl", "acl") for c in o.children)]
    people = [a for a in side(ctx, objects) if a.kind == "person"]
    if not people and objects and all(o.tag_ == "NNS" for o in objects):
        # "the leaders of the mediating nations: A, B and C": the roll a colon opens after the group
        people = [a for a in roll_after_colon(ctx, max(objects)) if a.kind == "person"]
    signers = [a for a in side(ctx, subject_of(verb)) if a.kind == "person" and a not in people]
    if not people or not signers:
        return None
    event = build_meeting(ctx, verb, signers, people, rules.CAMEO_CONSULT, "participant", side_by_side=True)
    if event is not None:
        event.confidence = rules.CO_PRESENCE_CONFIDENCE
    return event


def signed_in_presence(ctx: Context, noun: Token) -> Event | None:
    """'The truce was signed on Friday in the presence of A and B': the people present at a
    signing, with its signers when named, appeared together."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.head.lemma_ not in rules.SIGNING_VERBS:
        return None
    verb = noun.head.head
    present = [a for a in side(ctx, prep_objects(noun, {"of"})) if a.kind == "person"]
    signers = [a for a in side(ctx, subject_of(verb)) if a.kind == "person" and a not in present]
    people = signers + present
    if len(people) < 2:
        return None
    event = build_meeting(
        ctx, verb, people[:1], people[1:], rules.CAMEO_CONSULT, "participant", side_by_side=True
    )
    if event is not None:
        event.confidence = rules.CO_PRESENCE_CONFIDENCE
    return event


def co_hosting_verb(token: Token) -> bool:
    """The 'chaired' of 'co-chaired', which the tokenizer splits off from 'co' and '-'."""
    return (
        token.i >= 2
        and token.nbor(-1).text == "-"
        and token.nbor(-2).lower_ == "co"
        and token.lemma_.lower() in rules.CO_HOSTING_VERBS
    )


def co_hosted_meeting(ctx: Context, verb: Token) -> Event | None:
    """'X and Y co-chaired a summit of world leaders', 'he and Y are to co-host talks': the
    co-hosts meet each other and the guests named in the meeting's 'of'/'with' phrase. The
    parse around a split 'co-' verb is unreliable, so the co-hosts are the names just before it."""
    if not co_hosting_verb(verb):
        return None
    # "co-chaired with X the meeting": the noun follows the co-host's phrase
    start = (
        max([verb.i, *(p.right_edge.i for p in verb.children if p.dep_ == "prep" and p.lower_ == "with")]) + 1
    )
    # the meeting noun just after, or heading the phrase that opens there ("the high-level meeting")
    noun = next(
        (
            t
            for t in ctx.doc[start : start + rules.CO_HOSTED_PHRASE_WINDOW]
            if t.lower_ in rules.MEETING_NOUNS
            and (t.i < start + rules.CO_HOSTED_NOUN_WINDOW or t.left_edge.i <= start)
        ),
        None,
    )
    if noun is None:
        # "co-chair the opening of the Strategic Dialogue with X": the meeting a part of it belongs to
        part = next(
            (
                t
                for t in ctx.doc[start : start + rules.CO_HOSTED_NOUN_WINDOW]
                if t.lower_ in rules.OCCASION_PART_NOUNS
            ),
            None,
        )
        if part is None or not any(g.lower_ in rules.MEETING_NOUNS for g in prep_objects(part, {"of"})):
            return None
        noun = part  # the counterpart hangs on the part ("the opening ... with X")
    status, first = status_before(ctx, verb.i - 2)
    if status is None:
        return None
    hosts, stop = names_before(ctx, first)
    if stop is not None and stop.lower_ in rules.CONDITIONAL_MARKS:
        return None
    # "co-chaired with X the high-level meeting": the co-host told right after the verb
    partners = prep_objects(noun, {"of", "with", "between"}) + prep_objects(verb, {"with"})
    guests = [a for a in side(ctx, partners) if a not in hosts]
    people = [Participant(a, "host") for a in hosts if a.kind != "place"]
    people += [Participant(a, "participant") for a in guests if a.kind != "place"]
    if len(people) < 2:
        return None
    remote = any(c.lower_ in rules.REMOTE_WORDS for c in noun.children)  # "co-chaired a virtual meeting"
    event = make_event(
        ctx,
        "meeting",
        verb,
        people,
        cameo_code=rules.CAMEO_CALL if remote else rules.CAMEO_HOST,
        mode="call" if remote else "in_person",
        confidence=rules.CO_HOSTED_CONFIDENCE,
    )
    anchors = [noun, *prep_objects(noun, {"of"}), *(t.head for t in ctx.doc[verb.i - 2 : verb.i + 1])]
    event.location = place_of(ctx, anchors, [p.actor for p in people]) or where_place(ctx, stop)
    return finish(ctx, event, verb, status)


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


def names_before(ctx: Context, index: int) -> tuple[list[Actor], Token | None]:
    """Actors named in the run of words ending just before `index` ('he and Egyptian President
    X', 'A, B and C'), and the word that ends the run."""
    found: list[Actor] = []
    sent_start = ctx.doc[index].sent.start
    current = index - 1
    while current >= sent_start:
        word = ctx.doc[current]
        if word.text == ",":
            before = ctx.actors.actor_at(ctx.doc[current - 1]) if current > sent_start else None
            if before is None or before.kind == "place":
                return found, word
        elif word.tag_ in ("WP", "WDT", "WRB") or (
            word.pos_ not in ("PROPN", "PRON", "NOUN", "ADJ", "CCONJ", "DET", "NUM") and word.text != "-"
        ):
            return found, word
        actor = ctx.actors.actor_at(word) or (
            ctx.actor_of(word) if word.lower_ in rules.GROUP_NOUNS else None
        )
        if actor is not None and actor.kind != "place" and actor not in found:
            found.insert(0, actor)
        current -= 1
    return found, None


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
