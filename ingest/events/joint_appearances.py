"""Meetings told as appearing together: joint appearances ('said beside Y'), handshakes, joining
someone in talks, signing side by side or in someone's presence, and co-hosted summits ('X and Y
co-chaired a summit')."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.meetings import build_meeting, co_hosting_verb, roll_after_colon
from ingest.events.participants import side
from ingest.events.places import place_of, where_place
from ingest.events.status import status_before
from ingest.events.syntax import direct_objects, prep_objects, subject_of, withs_of_together
from ingest.records import Actor, Event, Participant


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
