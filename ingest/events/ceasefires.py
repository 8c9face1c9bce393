"""Ceasefire milestone rules (proposed, talks, agreed, took effect, began, ended, violated,
collapsed), with the conflict and the phase each concerns.

A truce is named by a ceasefire word ("truce", "cease-fire") or by a halt of combat ("a halt to
fighting", "stop all firing", "a moratorium on strikes"). Milestone words linked to it in the parse
give the milestone; orders, pledges and start times ("from midnight") give the truce taking
effect; one side accepting a proposal gives the proposal only. Right after a truce is told, a
deal pointed back to with no truce word ("the deal came into force", "violated these
arrangements") is that truce, unless a deal of another kind was told in between.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ingest import geography, rules
from ingest.actors.names import clean_name, demonym_of
from ingest.dates import resolve_date
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.participants import conflict_sides
from ingest.events.status import status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    direct_objects,
    first_in_list,
    governors,
    how_deal_came,
    is_definite,
    prep_objects,
    produced_deal,
)
from ingest.records import Event
from ingest.word_index import entities_within, tokens_with_words, word_set_ids


def is_ceasefire_word(token: Token) -> bool:
    if token.lower_ in rules.CEASEFIRE_CORE:
        return True
    # "cease-fire" split at the hyphen, "cease fire" or "cease firing" in two words
    return token.lower_ in ("fire", "firing") and any(
        token.i >= back and token.nbor(-back).lower_ == "cease" for back in (1, 2)
    )


def is_combat(token: Token) -> bool:
    """'fighting', 'attacks', 'military operations'; 'all firing and military action' parsed as
    one noun with 'firing' its modifier."""
    if token.lemma_.lower() in rules.COMBAT_WORDS or token.lower_ in rules.COMBAT_WORDS:
        return True
    if token.lemma_ in rules.MILITARY_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in rules.COMBAT_WORDS for c in token.children
    ):
        return True
    return token.lemma_.lower() in rules.MILITARY_NOUNS and any(
        c.lower_ in rules.MILITARY_MODIFIERS for c in token.children
    )


def is_halt(token: Token) -> bool:
    """'a halt to fighting', 'stop all firing', 'suspend attacks', 'a moratorium on strikes',
    'a humanitarian pause': a stop of combat named without the word ceasefire."""
    if token.lemma_.lower() not in rules.HALT_WORDS and token.lower_ not in rules.HALT_WORDS:
        return False
    if token.lower_ in ("pause", "pauses") and (
        any(c.lower_ in rules.PAUSE_MODIFIERS for c in token.children if c.dep_ in ("amod", "compound"))
        or timed_pause(token)
    ):
        return True
    preps = [c for c in token.children if c.dep_ == "prep"]
    if token.i + 1 < len(token.doc) and token.nbor(1).dep_ == "prep":
        preps.append(
            token.nbor(1)
        )  # "agreed to a halt to attacks": the parser hangs the second "to" on the verb
    if any(c.dep_ in ("dobj", "xcomp", "nsubjpass") and is_combat(c) for c in token.children):
        return True
    if (
        token.pos_ == "VERB"
        and token.dep_ == "ccomp"
        and token.head.lemma_ in rules.HALT_PROPOSING_VERBS
        and any(c.dep_ == "nsubj" and is_combat(c) for c in token.children)
        and asked_for(token)
    ):
        return True  # "proposed that hostilities cease", "agreed that all fighting would stop"
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lower_ in rules.COMBAT_WORDS for c in token.children):
        return True  # "stop the cross border firing", with "firing" parsed as a clause of its own
    if (
        token.pos_ == "VERB"
        and token.dep_ == "xcomp"
        and token.head.lemma_ in rules.ORDER_VERBS
        and any(c.dep_ == "dobj" and is_combat(c) for c in token.head.children)
    ):
        return True  # "ordered fighting to stop": the fighting is the order's object
    return any(
        is_combat(g)
        for prep in preps
        if prep.lower_ in rules.HALT_PREPS
        for p in prep.children
        if p.dep_ in ("pobj", "pcomp")  # "a moratorium on striking power plants"
        for g in (p, *p.conjuncts, *lasting(p))
    )


def lasting(noun: Token) -> list[Token]:
    """'five days of attacks': what went on for the time the noun counts."""
    return prep_objects(noun, {"of"}) if noun.lemma_.lower() in rules.DURATION_NOUNS else []


def asked_for(verb: Token) -> bool:
    """'that hostilities cease', 'that all fighting would stop': a stop wished or pledged, not one
    reported ('suggest that fighting has stopped') or judged needed ('agree that it must end')."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    if not auxiliaries:
        return verb.tag_ in ("VB", "VBP")  # "that hostilities cease" (the model reads a plural present)
    return all(a in rules.PLEDGING_MODALS for a in auxiliaries)


def timed_pause(pause: Token) -> bool:
    """'a four-day pause in Gaza', 'a 72-hour pause': a pause of stated length, of nothing but a place
    (not 'a two-week pause in talks')."""
    if not any(
        c.dep_ in ("compound", "amod", "nummod")
        and c.lemma_.lower().rsplit("-", 1)[-1] in rules.PAUSE_LENGTH_UNITS
        for c in pause.children
    ):
        return False
    objects = [g for p in pause.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return all(o.ent_type_ in ("GPE", "LOC") or is_combat(o) for o in objects)


def is_anchor(token: Token) -> bool:
    """A word naming the truce itself, unless it is hypothetical ('following any ceasefire')."""
    if not (is_ceasefire_word(token) or is_halt(token)):
        return False
    if token.pos_ == "VERB" and not is_ceasefire_word(token) and any(c.dep_ == "neg" for c in token.children):
        return False  # "we will not stop fighting until ...": a vow to fight on
    if token.dep_ == "compound" and token.head.lemma_ in rules.PLACE_KIND_NOUNS:
        return False  # "the truce village of Panmunjom" is a place
    head = token.head if token.dep_ == "compound" else token
    earlier = any(c.dep_ == "amod" and c.lower_ in rules.EARLIER_WORDS for c in head.children)
    if head.tag_ == "NNS" and earlier:
        return False  # "numerous previous ceasefire agreements were violated": truces in general
    phrase = (
        [token, token.head] if token.dep_ in ("acl", "compound") else [token]
    )  # "any deal to end the fighting"
    return not any(
        c.dep_ == "det" and c.lower_ in rules.HYPOTHETICAL_DETERMINERS for t in phrase for c in t.children
    )


def conflict_of(
    ctx: Context, sent: Span, article_default: str | None, anchors: list[Token] = ()
) -> str | None:
    """The conflict named in the ceasefire's own phrase, else in the sentence, else the article's."""
    near = [
        ctx.conflict_table[t.lower_]
        for a in anchors
        for t in a.subtree
        if t.lower_ in ctx.conflict_table and abs(t.i - a.i) <= rules.CONFLICT_WORD_MAX_DISTANCE
    ]
    if near:
        return Counter(near).most_common(1)[0][0]
    # a venue ("after talks in Moscow") names no side of the conflict
    labels = [
        ctx.conflict_table[t.lower_]
        for t in sent
        if t.lower_ in ctx.conflict_table
        and t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "")
        and t.head.lower_ not in rules.VENUE_PREPS
    ]
    for ent in entities_within(sent):
        label = ctx.conflict_table.get(clean_name(ent.text).lower())
        if label and ent.root.head.lower_ not in rules.VENUE_PREPS:
            labels.insert(0, label)
    return Counter(labels).most_common(1)[0][0] if labels else article_default


def ceasefire_sentences(doc: Doc, text: str) -> set[int]:
    """The first tokens of the sentences with a word that may tell a ceasefire ('truce', 'halt')."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ('İ'): offsets would shift
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found = set()
    for match in rules.CEASEFIRE_HINT.finditer(lowered):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.add(span.sent.start)
    return found


def article_conflict(ctx: Context) -> str | None:
    words = tokens_with_words(ctx.doc, word_set_ids(frozenset(ctx.conflict_table)))
    counts = Counter(ctx.conflict_table[w] for i in words if (w := ctx.doc[i].lower_) in ctx.conflict_table)
    return counts.most_common(1)[0][0] if counts else None


def story_conflict(ctx: Context, article_default: str | None) -> str | None:
    """A sentence that names no conflict concerns the truce the story told of last."""
    for event in reversed(ctx.earlier):
        if event.event_type == "ceasefire" and event.conflict:
            return event.conflict
    return article_default


def phase_near(sent: Span, token: Token, trigger: Token) -> int | None:
    """The phase the milestone concerns: a numbered phase linked to its word in the parse ('began
    talks on phase two'), not one told in another clause ('took effect, but its first phase ended')."""
    best = None
    for match in rules.PHASE_RE.finditer(sent.text):
        word = (match.group(1) or match.group(2)).lower()
        span = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        phase = next((t for t in span or () if t.lower_ in rules.PHASE_WORDS), None)
        if phase is None or into_phase(phase):
            continue
        # "talks on Gaza's ceasefire phase two": the phase named right after the truce it divides
        truce = phase.nbor(-1) if phase.i > 0 and phase.nbor(-1).lower_ in rules.CEASEFIRE_WORDS else None
        told_with = [phase, truce] if truce is not None else [phase]
        if not any(p == token or linked(token, p) or linked(trigger, p) for p in told_with):
            continue
        distance = abs(sent.start_char + match.start() - token.idx)
        if word in rules.ORDINAL_PHASES and (best is None or distance < best[0]):
            best = (distance, rules.ORDINAL_PHASES[word])
    return best[1] if best else None


def into_phase(phase: Token) -> bool:
    """'two weeks into the first phase': a time told by the phase under way, no milestone of it."""
    return phase.head.lower_ == "into" and phase.head.head.lower_ in rules.DURATION_NOUNS


def phase_of_deal(sent: Span, phase: Token) -> bool:
    """'the second phase', 'the next stage of the deal'; not 'a new phase in their relations'."""
    if into_phase(phase):
        return False
    if any(
        phase in (sent.char_span(m.start(), m.end(), alignment_mode="expand") or ())
        for m in rules.PHASE_RE.finditer(sent.text)
    ):
        return True
    return any(
        g.lower_ in rules.CEASEFIRE_WORDS or is_anchor(g)
        for p in phase.children
        if p.lower_ == "of"
        for g in p.children
    )


def fighting_started(verb: Token) -> bool:
    """'the fighting that began in April', 'since hostilities started': combat, not a truce, began."""
    told_of = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ in ("relcl", "acl"):
        told_of.append(verb.head)
    return any(t.lower_ in rules.COMBAT_WORDS | rules.WAR_WORDS for t in told_of)


def about_talks(verb: Token) -> bool:
    """'Ceasefire talks collapsed', 'the first round of negotiations ended': talks as the subject
    or the noun the clause describes; 'A and B concluded their summit without a truce': a meeting
    as the object."""
    talks = rules.MILESTONE_TRIGGERS["talks"][0]
    meeting_words = talks | rules.MEETING_NOUNS
    if verb.pos_ == "VERB" and produced_deal(verb):
        return False  # "the talks brought about a ceasefire": the deal the talks yielded
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g
        for o in objects
        if o.lower_ in rules.ROUND_NOUNS | rules.DURATION_NOUNS
        for g in prep_objects(o, {"of"})
    ]
    if any(o.lower_ in meeting_words for o in objects):
        return True  # "mediated months of ceasefire talks"
    if verb.pos_ == "NOUN" and any(o.lower_ in meeting_words for o in prep_objects(verb, {"of", "in"})):
        return True  # "the breakdown of talks on a truce"
    if verb.dep_ in ("relcl", "acl") and verb.head.lower_ in talks:
        return True  # "truce negotiations, which broke down", "the talks brokered by the US"
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in talks:
            return True
        if subject.lower_ in rules.ROUND_NOUNS and any(
            g.lower_ in talks for p in subject.children for g in p.children
        ):
            return True
    return False


def offered(verb: Token) -> bool:
    """'ready to accept', 'signalled its readiness to accept', 'is willing to agree'."""
    return any(
        t.lower_ in rules.READINESS_WORDS and not any(c.dep_ == "neg" for c in t.children)
        for t in (verb.head, verb.head.head)
    )


def told_as_past_role(talks: Token, anchor: Token) -> bool:
    """'played key roles in negotiating the truce': past talks told as how a known deal came about,
    unlike 'are working towards negotiating an extension of the truce'."""
    if talks.tag_ != "VBG" or talks.dep_ != "pcomp" or not is_definite(anchor):
        return False
    return clause_verb_of(talks.head).tag_ in ("VBD", "VBN")


def is_subjunctive(verb: Token) -> bool:
    """'that the truce be implemented': a bare 'be' with no modal states a wish."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ == "be" and a.tag_ == "VB" for a in auxes) and not any(
        a.tag_ == "MD" or a.lower_ == "to" for a in auxes
    )


def urged_to(verb: Token) -> bool:
    """'urged A and B to agree', 'called on them to reach', 'urged them to seize the moment and agree':
    the verb is what others are asked to do."""
    verb = first_in_list(verb)
    asker = verb.head
    if (
        any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and (
            asker.lemma_ in rules.PUSHING_WORDS
            or any(
                s.lemma_ in rules.PUSHING_WORDS for s in asker.children if s.dep_ in ("nsubj", "nsubjpass")
            )
        )
    ):
        return True  # "pushing for Russia to agree", "as calls grow for Hamas to accept": wanted
    # "called on Moscow on Thursday to agree": a day between, the parser hangs the infinitive loose
    loose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if (verb.dep_ not in ("xcomp", "ccomp") and not loose) or asker == verb:
        return False
    # "called on Moscow", not "called Putin on Thursday"
    called_on = asker.lemma_ == "call" and any(
        c.lower_ == "on" and not any(o.ent_type_ in rules.TIME_ENTITY_LABELS for o in c.children)
        for c in asker.children
    )
    return asker.lemma_ in rules.URGING_VERBS or called_on


def talks_as_purpose(talks: Token, truce: Token) -> bool:
    """'a ceasefire to allow for peace talks': talks the truce is to open, told as its purpose,
    not held ('a truce they would sign at talks in Cairo' still tells of talks)."""
    current, purpose = talks, False
    for _ in range(rules.CLAUSE_VERB_MAX_STEPS):
        if current.head == current:
            return False
        current = current.head
        if current.i == truce.i:
            return purpose
        if current.pos_ in ("VERB", "AUX"):
            purpose = purpose or any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
    return False


def aim_predicate(verb: Token) -> bool:
    """'The goal of the talks will be to reach a truce': the verb says what an aim is."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "attr", "ccomp")
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lemma_ in rules.AIM_NOUNS for c in head.children)
    )


def talks_aimed_at(talks: Token, anchor: Token) -> bool:
    """'The goal of the talks ... will be to reach an agreement on a ceasefire': talks whose aim,
    told as the subject, is the truce."""
    aim = talks.head.head if talks.dep_ == "pobj" and talks.head.lower_ == "of" else None
    if aim is None or aim.lemma_ not in rules.AIM_NOUNS or aim.dep_ != "nsubj":
        return False
    return any(anchor in c.subtree for c in aim.head.children if aim_predicate(c))


def seeks_truce(verb: Token, anchor: Token) -> bool:
    """'US envoy X, seeking to broker a ceasefire, will meet Y': a meeting its people hold while
    working for a truce is talks on it (the participle hung on the verb or on its subject)."""
    if verb.pos_ != "VERB" or verb.lemma_ not in rules.MEETING_VERBS:
        return False
    holders = [verb, *(s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))]
    # the truce is what is sought: the object of the clause's own verb or its infinitive ('to broker
    # a ceasefire'), or of its 'for' ('pushing for a truce'); not 'to end tensions after the truce failed'
    seeker = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "for" else anchor.head
    sought = anchor.dep_ == "dobj" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "for")
    return sought and any(
        clause.dep_ in ("advcl", "acl", "relcl")
        and clause.lemma_ in rules.SEEKING_VERBS
        and (seeker == clause or (seeker.dep_ == "xcomp" and seeker.head == clause))
        for holder in holders
        for clause in holder.children
    )


def urges_talks(verb: Token, anchor: Token) -> bool:
    """'urged the start of talks on the truce': the call is for talks, not for a truce."""
    talks = rules.MILESTONE_TRIGGERS["talks"][0]
    current = anchor
    while current != verb and current.head != current:
        current = current.head
        if current.lower_ in talks:
            return True
    return False


def of_known_deal(sent: Span, token: Token, partner: Token) -> bool:
    """Talks about a phase or a truce the story knows, not about a truce still to be made."""
    return is_definite(partner) or phase_near(sent, token, token) is not None


def extension_failed(verb: Token) -> bool:
    """'failed to extend the truce', 'failed to reach an agreement to extend it': a truce left to
    run out has ended ('it was never formally renewed' says no such thing)."""
    current = verb
    for _ in range(rules.CLAUSE_VERB_MAX_STEPS):
        if current.lemma_ in rules.FAILING_VERBS:
            return True
        if current.head == current:
            return False
        current = current.head
    return False


def urged(noun: Token) -> bool:
    """'urged the start of talks', 'called for talks': talks asked for are talks to come."""
    current = noun
    for _ in range(rules.CLAUSE_VERB_MAX_STEPS):
        current = current.head
        if current.lemma_ in rules.URGING_VERBS or (
            current.lemma_ == "call" and any(c.lower_ == "for" for c in current.children)
        ):
            return True
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return False
    return False


def is_proposed(noun: Token) -> bool:
    """'a mediator-proposed truce', 'the proposed ceasefire'."""
    return any(c.dep_ in ("amod", "compound") and c.lemma_ == "propose" for c in noun.children)


def one_side_accepts_proposed(verb: Token) -> bool:
    """'The RSF agreed to a truce that was proposed by the mediators', 'Hamas accepted a truce
    proposed by Egypt': one named side's yes to a truce whose proposal the clause tells (which the
    proposing verb states, on its own day). Not 'the warring generals agreed', 'Russia agreed with
    Ukraine', 'they agreed', nor a passive 'was agreed by A and B'."""
    if verb.lemma_ not in rules.ACCEPTING_VERBS or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in rules.ACCEPTED_OBJECT_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]
    proposed = any(
        c.dep_ in ("relcl", "acl") and c.lemma_ == "propose" and c.tag_ == "VBN"
        for o in objects
        for c in o.children
    )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    one_side = (
        len(subjects) == 1
        and not subjects[0].conjuncts
        and subjects[0].pos_ == "PROPN"
        and subjects[0].tag_ != "NNPS"
        and not prep_objects(verb, {"with"})
    )
    return proposed and one_side


def accepted_proposal(token: Token) -> str | None:
    """'accepted a US proposal for a truce', 'responded positively to the plan': one side's yes
    to a proposal is the proposal's milestone; all parties accepting it is a deal."""
    if token.lemma_ not in rules.ACCEPTING_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in rules.ACCEPTED_OBJECT_PREPS
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if not any(o.lower_ in rules.PROPOSAL_NOUNS or is_proposed(o) for o in objects):
        return None
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "agent")]
    all_parties = any(
        s.conjuncts or {s.lower_, *(c.lower_ for c in s.children)} & rules.ALL_PARTIES_WORDS for s in subjects
    )
    return "agreed" if all_parties else "proposed"


def stray_infinitive(verb: Token) -> bool:
    """'discussed Egypt's efforts to achieve calm, reach a ceasefire and free captives': a bare
    infinitive of a listed aim that the parser joined to the clause's verb states no deal."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "conj"
        and verb.head.tag_ != "VB"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    )


def is_effort(token: Token) -> bool:
    """'work', 'working', 'efforts', 'mediating' (which the model may tag as a noun)."""
    forms = {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("ing"), token.lower_[:-3] + "e"}
    return bool(forms & rules.EFFORT_WORDS)


def is_aim(trigger: Token) -> bool:
    """'working to broker a truce', 'efforts to finalise the deal', 'the possibility of reaching a
    truce', 'force Kyiv to accept a truce': the deal is aimed at, not made."""
    if any(c.dep_ == "ccomp" and c.lemma_ in rules.NEED_WORDS for c in trigger.children):
        return True  # "both agreed a ceasefire is needed": an opinion agreed on, no truce
    current = trigger
    for _ in range(rules.GOVERNOR_MAX_STEPS):
        head = current.head
        if head == current:
            return False
        if aim_predicate(current):
            return True  # "the goal of the talks will be to reach a truce"
        if purpose_clause(current):
            return True  # "travel to Doha to secure a truce": what the trip is for
        if current.dep_ in ("xcomp", "acl", "pcomp", "ccomp", "advcl", "pobj", "prep"):
            if is_effort(head):
                return True
            current = head
            continue
        return False
    return False


def kept_deal(verb: Token, partner: Token) -> bool:
    """'both sides agreed to honour the ceasefire agreement': a promise to keep a truce that exists."""
    return is_definite(partner) and any(
        c.dep_ == "xcomp" and c.lemma_ in rules.KEEPING_VERBS for c in verb.children
    )


def agreed_plan(participle: Token) -> bool:
    """'the truce proposal agreed by US and Ukrainian officials': a plan described by who agreed
    it, with no day or place of its own, is the proposal (told as such), not a deal."""
    return (
        participle.dep_ == "acl"
        and participle.head.lemma_ in rules.PLAN_NOUNS
        and not told_when_or_where(participle)
    )


def rejected_by_other_side(found: Found, participle: Token, truce: Token) -> bool:
    """'Russia rejected a truce agreed upon by Washington and Kyiv': a side of the story's war that
    rejects a truce agreed by others, itself not among them, was only offered it; not 'the Houthis
    rejected the truce agreed by Israel and Hamas', whose sides both agreed."""
    if truce.dep_ != "dobj" or truce.head.lemma_ not in rules.REJECTING_VERBS or participle.dep_ != "acl":
        return False
    sides = set(conflict_sides().get(found.conflict or "", []))
    agents = [o for a in participle.children if a.dep_ == "agent" for o in prep_objects(participle, {"by"})]
    agents += [o for p in participle.children if p.lower_ == "upon" for o in prep_objects(p, {"by"})]
    rejecters = {side_name(s) for s in truce.head.children if s.dep_ in ("nsubj", "nsubjpass")} & sides
    # "agreed by Israel and Hamas negotiators": a side named by a word before the noun too
    agreeing = {side_name(t) for a in agents for t in a.subtree} & sides
    return bool(rejecters) and not rejecters & agreeing


def side_name(token: Token) -> str | None:
    """'Russia', 'Moscow', 'Russian' -> 'Russian'; 'Hamas' -> 'Hamas': a word as a side's name."""
    country = geography.country_governed_from(token.text) or geography.country_named(token.text)
    return demonym_of(country) if country else token.text


def sought_in_talks(verb: Token) -> bool:
    """'talks on securing a truce', 'negotiations for reaching a ceasefire': the deal the talks seek."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.head.lower_ in rules.TALKS_NOUNS | rules.DEAL_TALKS_NOUNS
    )


def drafted_deal(verb: Token) -> bool:
    """'the draft deal was announced', 'finalised a draft agreement': a text put forward, still to
    be agreed (not 'approved the draft deal', which agrees it)."""
    return verb.lemma_ in rules.DRAFT_PUTTING_VERBS and any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass")
        and any(d.dep_ in ("amod", "compound") and d.lower_ in rules.DRAFT_WORDS for d in c.children)
        for c in verb.children
    )


def between(word: Token, governor: Token) -> list[Token]:
    """The words from `word` up its heads to `governor` (not included): 'acknowledging' between
    'ceasefire' and 'declared' in 'declared victory without acknowledging the ceasefire'."""
    path, current = [], word
    while current != governor and current.head != current and len(path) < rules.CEASEFIRE_LINK_MAX_STEPS:
        path.append(current)
        current = current.head
    return path if current == governor else []


def hoped_or_denied(trigger: Token) -> bool:
    """'We hope the ceasefire is implemented', 'declared victory without acknowledging the
    ceasefire': a step wished for or said not to be taken."""
    current = trigger
    for _ in range(rules.GOVERNOR_MAX_STEPS):
        if current.dep_ == "pcomp" and current.head.lower_ in rules.WITHOUT_WORDS:
            return True
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head == current:
            return False
        current = current.head
        if current.lemma_ in rules.HOPING_VERBS and current.i < trigger.i:
            return True  # not "The president has declared a truce, I want to reciprocate"
    return False


def infinitive_of_purpose(verb: Token) -> bool:
    """'arrived in Israel to take forward the talks and implement a ceasefire': an infinitive (or
    its second member) hung on another verb with no subject of its own tells what that act is for;
    not 'the first time for both sides to agree to a truce', whose subject is its own."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "advcl" else verb
    return (
        clause.dep_ == "advcl"
        and clause.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "mark") for c in clause.children)
    )


def purpose_clause(clause: Token) -> bool:
    """'travelled to Doha to secure a truce': an aiming verb's infinitive of purpose (not "met to
    sign a truce", "posted to announce that")."""
    return clause.dep_ == "advcl" and clause.lemma_ in rules.AIMING_VERBS and infinitive_of_purpose(clause)


def concluded_as_deal(verb: Token) -> bool:
    """'A truce was concluded', 'the ceasefire agreement was concluded', 'the sides concluded a
    ceasefire': a deal made; 'the first phase of the truce was concluded', 'the week-long truce was
    concluded as fighting resumed': a truce told before, ended."""
    if any(c.dep_ == "dobj" and is_anchor(c) for c in verb.children):
        return True
    for subject in (c for c in verb.children if c.dep_ == "nsubjpass"):
        if any(t.lower_ in rules.PHASE_WORDS for t in subject.subtree):
            return False
        new = not any(
            c.dep_ == "det" and c.lower_ not in rules.NEW_DEAL_DETERMINERS for c in subject.children
        )
        return new or subject.lemma_ in rules.SIGNED_DEAL_NOUNS
    return False


def truce_undergoes(token: Token) -> bool:
    """'ruptured the ceasefire', 'the breakdown of the truce': the truce is what the word acts on,
    and the word tells what happened, not what was feared or prevented."""
    undergoing = [*direct_objects(token), *prep_objects(token, {"of"})]
    undergoing += [c for c in token.children if c.dep_ == "nsubjpass"]
    if not any(t.lower_ in rules.CEASEFIRE_CORE for t in undergoing):
        return False
    governor = token.head.head if token.head.dep_ == "prep" else token.head
    return governor.lemma_ not in rules.PREVENTING_VERBS | rules.FEARED_OUTCOME_WORDS


def truce_declared(verb: Token) -> bool:
    """'called an indefinite ceasefire', 'ceasefires called in 2001': a truce one side declares,
    its object (or the truce the participle describes); not 'called for' one, nor 'called off'."""
    if verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("prt", "prep") and c.lower_ in rules.NOT_DECLARING_PARTICLES for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.lower_ in rules.CEASEFIRE_CORE:
        return True
    # "called a three-month ceasefire": the parser may take the truce for the verb's predicate;
    # "called the truce a sham" names it, with an object and a predicate both
    objects = [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "oprd")]
    return len(objects) == 1 and objects[0].lower_ in rules.CEASEFIRE_CORE


def terms_handed(verb: Token) -> list[Token]:
    """'handed over to Ukraine its memorandum on a ceasefire', 'had submitted a document with the
    terms of the ceasefire': the truce words of a written proposal passed on (none where it was
    withheld)."""
    if verb.lemma_ not in rules.SUBMITTING_VERBS or verb.pos_ != "VERB" or negated_clause(verb):
        return []
    return [
        t
        for o in direct_objects(verb)
        if o.lemma_ in rules.TERMS_DOCUMENT_NOUNS
        for t in o.subtree
        if is_anchor(t)
    ]


def plan_holding_truce(verb: Token) -> bool:
    """'The framework includes a 45-day truce': a plan still on the table whose object holds the
    truce; not 'the ceasefire plan includes a withdrawal', nor a plan both sides accepted."""
    plans = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lemma_ in rules.PLAN_NOUNS]
    if not plans:
        return False
    if any(
        c.dep_ in ("relcl", "acl") and c.lemma_ in rules.ACCEPTING_VERBS | rules.SIGNING_VERBS
        for p in plans
        for c in p.children
    ):
        return False  # "the plan, which both sides accepted in October, includes ..."
    return any(is_anchor(t) for o in direct_objects(verb) for t in o.subtree)


def milestone_of(token: Token, has_phase: bool) -> tuple[str, str] | None:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if lemma in rules.EXTENSION_VERBS and extension_failed(token):
        return "ended", rules.CAMEO_CEASEFIRE  # "failed to reach a deal to extend the truce"
    if lower == "end" and token.pos_ == "NOUN" and token.head.lower_ == "to":
        if token.head.head.lemma_ in rules.END_NOUN_VERBS:
            return "ended", rules.CAMEO_CEASEFIRE  # "the truce came to an end"
        return None
    if token.pos_ != "VERB" and lower not in rules.MILESTONE_NOUNS:
        return None
    if lower in rules.SIGNING_NOUNS and not any(
        is_ceasefire_word(t) for g in prep_objects(token, {"of"}) for t in g.subtree
    ):
        return None  # "the signing of the armistice"; not "of the peace accord" between parties at truce
    if lemma in rules.TRUCE_OBJECT_TRIGGERS and not truce_undergoes(token):
        return None  # "airstrikes ruptured a pipeline", "fears of a breakdown of the truce"
    # "after a number of breached ceasefire agreements"; "the often violated truce" describes it
    violated_ones = token.head.tag_ == "NNS" and lemma in rules.MILESTONE_TRIGGERS["violated"][0]
    if token.dep_ == "amod" and token.tag_ == "VBN" and violated_ones:
        return "violated", rules.CAMEO_VIOLATION
    just_made = token.dep_ == "amod" and any(c.lower_ in rules.JUST_MADE_ADVERBS for c in token.children)
    if just_made and token.tag_ == "VBN" and lemma in rules.MILESTONE_TRIGGERS["agreed"][0]:
        return "agreed", rules.CAMEO_CEASEFIRE  # "the newly announced ceasefire"
    if lemma in rules.ACHIEVED_DEAL_VERBS and token.tag_ == "VBN" and token.dep_ == "acl":
        return "agreed", rules.CAMEO_CEASEFIRE  # "the ceasefire achieved through X's efforts"
    if token.dep_ in ("amod", "compound"):
        return None  # "a US-brokered plan", "an agreed line" name things, they state no event
    asking = lemma in rules.ASKING_FOR_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in token.children
    )
    if asking and lemma != "call" and not any(is_anchor(g) for g in prep_objects(token, {"for"})):
        return None  # "asked for guarantees that the army would stop its attacks": guarantees asked for
    if asking:
        subject = token.head if token.dep_ == "conj" else token
        said_of = [c for c in subject.children if c.dep_ in SUBJECT_DEPS]
        if subject.dep_ == "relcl" and any(c.lower_ in rules.RELATIVE_PRONOUNS for c in said_of):
            said_of.append(subject.head)  # "the second phase, which calls for ...": the phase
        if any(c.lower_ in rules.DEAL_NOUNS | rules.PHASE_WORDS for c in said_of):
            return None  # "the deal calls for a halt to fighting": what a deal provides
        return "proposed", rules.CAMEO_PROPOSE  # "called for a truce"
    if lemma in rules.DECLARING_VERBS and truce_declared(token):
        return "agreed", rules.CAMEO_CEASEFIRE  # "the rebels called a three-month ceasefire"
    if terms_handed(token):
        return "proposed", rules.CAMEO_PROPOSE  # "handed over its memorandum on a ceasefire"
    if lemma in rules.PLAN_CONTENT_VERBS and token.pos_ == "VERB" and plan_holding_truce(token):
        return "proposed", rules.CAMEO_PROPOSE  # "the framework includes a 45-day truce"
    if lemma == "break" and any(
        c.lower_ in rules.COLLAPSE_PARTICLES for c in token.children if c.dep_ == "prt"
    ):
        return "collapsed", rules.CAMEO_CEASEFIRE  # "the truce broke down"
    if lemma == "hold" and token.pos_ == "VERB" and failed(token):
        return "collapsed", rules.CAMEO_CEASEFIRE  # "the truce failed to hold", "did not hold"
    if lemma in rules.KEEPING_VERBS and token.pos_ == "VERB" and failed(token):
        return "violated", rules.CAMEO_VIOLATION  # "the truce has not been respected"
    if lemma in rules.CALLING_OFF_VERBS and any(
        c.lower_ == rules.CALLING_OFF_VERBS[lemma] for c in token.children if c.dep_ == "prt"
    ):
        return "collapsed", rules.CAMEO_CEASEFIRE  # "called off the ceasefire"
    if token.pos_ == "VERB" and produced_deal(token) and told_done(token):
        return "agreed", rules.CAMEO_CEASEFIRE  # "talks brought about a ceasefire last October"
    if lemma in rules.CONCLUDING_VERBS and token.pos_ == "VERB" and concluded_as_deal(token):
        return "agreed", rules.CAMEO_CEASEFIRE  # "a truce had been concluded in July"
    if lemma in rules.NEGOTIATED_DEAL_VERBS and negotiated_deal(token):
        return "agreed", rules.CAMEO_CEASEFIRE  # "Russia said it had negotiated a ceasefire"
    if lemma in rules.SUSPENDING_VERBS and told_done(token) and not negated_clause(token):
        return "collapsed", rules.CAMEO_CEASEFIRE  # "Petro suspended the ceasefire with the group"
    if (
        lemma in rules.EXTENSION_VERBS
        and negated_clause(token)
        and not any(c.lower_ in ("has", "have") for c in token.children)  # "has not renewed it": not yet
        and (
            told_done(token)
            or (
                token.dep_ == "xcomp"
                and token.head.lemma_ in rules.CHOOSING_VERBS
                and told_done(token.head, token)
            )
        )
    ):
        return "ended", rules.CAMEO_CEASEFIRE  # "decided not to renew the ceasefire", "did not renew it"
    if one_side_accepts_proposed(token):
        return None  # "Hamas agreed to a truce proposed by Egypt on Sunday": the proposal, on its day
    accepted = accepted_proposal(token)
    if accepted == "proposed":
        return accepted, rules.CAMEO_PROPOSE
    if accepted == "agreed":
        return accepted, rules.CAMEO_CEASEFIRE
    for milestone, (words, code) in rules.MILESTONE_TRIGGERS.items():
        if lemma not in words and lower not in words:
            continue
        if milestone == "proposed" and any(
            c.dep_ == "dobj" and c.lemma_ in rules.HOPE_NOUNS for c in token.children
        ):
            return None  # "the meeting offers hope for a ceasefire": no truce offered
        if milestone == "agreed" and condition_set(token):
            return None  # "the army will only agree to a truce which ...": a condition set
        if milestone == "agreed" and truce_as_doer(token):
            continue  # "a ceasefire that secures the release of the hostages": the truce secures
        if milestone == "took_effect":
            if lemma == "hold" and token.pos_ == "VERB":
                continue  # "the truce is holding" states no milestone
            if lower == "place" and (
                token.head.lower_ != "in" or token.head.head.lemma_ not in rules.PLACING_VERBS
            ):
                continue  # "the truce will be put in place"; "talks took place" is no milestone
            governor = token.head.head if token.head.dep_ == "prep" else token.head
            if governor.lemma_ not in rules.EFFECT_VERBS:
                continue
            return milestone, code
        if (
            milestone == "ended"
            and lemma == "end"
            and any(c.dep_ == "dobj" and not is_anchor(c) for c in token.children)
        ):
            return None  # "a truce to end the war": the war ends, not the truce
        if milestone == "ended" and token.pos_ == "VERB" and end_date_stated(token):
            return None  # "the truce, which expires on Saturday": its term, not its end
        if token.dep_ == "dobj" and token.head.lemma_ in rules.AVERTING_VERBS:
            return None  # "talks to prevent the collapse of the truce": no collapse
        if milestone == "talks" and deliberated_at_home(token):
            return None  # "convened the security cabinet to discuss the truce": no talks
        if milestone == "began" and lemma in rules.IMPLEMENT_VERBS and token.dep_ == "pcomp":
            return None  # "committed to implementing the first phase": the phase is under way already
        if milestone == "began" and not has_phase and lemma in rules.START_VERBS:
            if any(c.dep_ == "dobj" and not is_anchor(c) for c in token.children):
                return None  # "allow aid to enter Gaza", "the truce entered its second week"
            ordered = token.dep_ == "xcomp" and token.head.lemma_ in rules.ORDER_VERBS
            if lemma in rules.IMPLEMENT_VERBS and (token.tag_ == "VBG" or ordered):
                return None  # "issues related to implementing the truce", "ordered to implement it"
            if lemma in rules.IMPLEMENT_VERBS and infinitive_of_purpose(token):
                return None  # "a delegation arrived in Israel to implement a ceasefire": what for
            return "took_effect", code
        if milestone == "began" and not has_phase:
            continue
        if milestone == "ended" and not has_phase and lemma in rules.COMPLETION_VERBS:
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in token.children):
            continue
        if milestone == "talks" and token.pos_ == "VERB" and lemma == "talk" and not misread_talks(token):
            continue
        if milestone == "agreed" and is_aim(token):
            return None
        if (
            milestone == "agreed"
            and token.lemma_ in rules.OWED_ACCEPTANCE_VERBS
            and infinitive_of_purpose(token)
            and token.head.lemma_ not in rules.MEETING_VERBS
        ):
            # "it now falls on Russia to accept the truce terms": an acceptance still owed; not
            # "met in Kuala Lumpur to agree a ceasefire", as reporters tell a deal made
            return None
        if milestone in ("agreed", "proposed") and agreed_extension(token):
            # "agreed to extend the truce by two days", "suggested the extension of the truce": an
            # extension is no new deal, nor one proposed
            return None
        return milestone, code
    return None


def deliberated_at_home(word: Token) -> bool:
    """'The security cabinet will discuss the truce', 'convened the cabinet to discuss it', 'the
    cabinet met to discuss it': a government's own deliberation, not talks between parties."""
    clauses = [word]
    if word.dep_ in ("advcl", "xcomp") and word.head != word:
        clauses.append(word.head)
    bodies = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    bodies += [
        c for v in clauses if v.lemma_ in rules.CONVENING_VERBS for c in v.children if c.dep_ == "dobj"
    ]
    # "the cabinet met Witkoff to discuss the truce", "discussed it with Cambodian officials": guests
    guests = [
        t
        for v in clauses
        for t in (*direct_objects(v), *prep_objects(v, {"with"}))
        if t.lower_ not in rules.DELIBERATING_BODIES
        and (t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lower_ in rules.GROUP_NOUNS)
    ]
    return not guests and any(b.lower_ in rules.DELIBERATING_BODIES for b in bodies)


def condition_set(verb: Token) -> bool:
    """'will only agree to a truce which ...', 'would agree only to a ceasefire that ...': what a
    side would accept, not a deal ('only agreed to it after Trump intervened' was one)."""
    modal = any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_MODALS for c in verb.children)
    near = verb.doc[max(verb.i - 2, 0) : verb.i + 3]
    return modal and any(t.lower_ == "only" and t.dep_ == "advmod" for t in near)


def talks_begin(trigger: Token) -> bool:
    """'began talks on phase two', 'phase two talks were scheduled to begin' (the parser may take
    'phase' for a verb and 'talks' for its object), 'the second phase of negotiations will begin':
    talks, not that a phase began."""
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    borrows = trigger.dep_ == "xcomp" or (trigger.dep_ == "advcl" and subjectless)
    holders = [trigger, *([trigger.head] if borrows else [])]
    words = [c for h in holders for c in h.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    words += [d for w in words if w.dep_ != "dobj" for d in w.children if d.dep_ == "dobj"]
    words += [o for w in words if w.lemma_ in rules.PHASE_WORDS for o in prep_objects(w, {"of"})]
    return any(w.lower_ in rules.MILESTONE_TRIGGERS["talks"][0] for w in words)


def negotiated_deal(verb: Token) -> bool:
    """'Russia said it had negotiated a ceasefire between A and B': a deal won, told in the perfect
    by the story or a source, affirmed; not 'were negotiating', 'negotiated for hours but failed',
    'Had they negotiated a truce earlier', 'falsely claimed he had negotiated', 'reports that X had
    negotiated a truce were false'."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBN" or negated_clause(verb) or hoped_or_denied(verb):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in SUBJECT_DEPS]
    perfect = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if not perfect or not subjects or perfect[0].i < subjects[0]:
        return False  # no perfect, or a counterfactual's inverted 'had'
    told = verb.dep_ == "ROOT" or (
        verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.lemma_ in rules.REPORTING_VERBS
    )
    if not told or any(a.lower_ in rules.DOUBTING_ADVERBS for a in verb.head.children):
        return False  # "falsely claimed", "reports that ... were false"
    if any(c.dep_ == "conj" and c.lemma_ in rules.FAILING_VERBS for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and is_anchor(c) for c in verb.children)


def agreed_extension(verb: Token) -> bool:
    """'agreed to extend the ceasefire', 'agreed to a 30-day extension of the truce', 'agreed on
    its renewal', 'suggested the extension of the truce'."""
    extended = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in rules.EXTENSION_VERBS]
    nouns = [
        o
        for o in direct_objects(verb) + prep_objects(verb, {"to", "on"})
        if o.lemma_ in rules.EXTENSION_NOUNS
    ]
    return bool(extended or nouns)


def misread_talks(token: Token) -> bool:
    """'Ceasefire talks resumed in Doha', 'Gaza ceasefire talks resume in Doha' (a headline): a
    sentence opening with the truce word makes it the subject of 'talks' read as a verb; the talks
    are the noun, about the truce (a truce talks to nobody)."""
    return token.i > 0 and token.nbor(-1).dep_ == "nsubj" and is_anchor(token.nbor(-1))


def failed(verb: Token) -> bool:
    """'did not hold', 'failed to hold'."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated or (verb.dep_ == "xcomp" and verb.head.lemma_ in rules.FAILING_VERBS)


def told_in_past(verb: Token) -> bool:
    """'failed to hold', 'did not hold', 'has not held': the failure is told as done."""
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    past_aux = any(c.dep_ == "aux" and c.tag_ == "VBD" for v in verbs for c in v.children)
    return past_aux or any(v.tag_ in ("VBD", "VBN") for v in verbs)


def steps_up(start: Token, target: Token, max_steps: int, deps: set[str] | None = None) -> int | None:
    """Steps from `start` up its heads to `target`, through `deps` only when given."""
    current = start
    for steps in range(max_steps + 1):
        if current == target:
            return steps
        if current.head == current:
            return None
        if deps is not None and current.dep_ not in deps and not describes(current):
            return None
        if deps is not None and current.dep_ == "conj" and current.pos_ in ("VERB", "AUX"):
            return None  # "took effect, but its first phase ended": a clause of its own
        if deps is not None and current.dep_ == "prep" and current.lower_ in rules.ADJUNCT_PREPS:
            return None  # "demanded the release of prisoners during the truce": a time, not the object
        current = current.head
    return None


def describes(clause: Token) -> bool:
    """'talks aimed at a truce', 'a proposal that provides for a truce': a clause describing a noun;
    'signed a declaration, committing to a truce': a participle elaborating its verb."""
    if clause.dep_ in ("acl", "relcl"):
        return clause.head.pos_ in ("NOUN", "PROPN")
    return (
        clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)
    )


def agreed_about_something_else(verb: Token, anchor: Token) -> bool:
    """'agreed that detailed talks on a ceasefire would begin', 'agreed that a deal would involve a
    ceasefire': the clause agreed on is about talks or a deal's content, with the truce inside it;
    not 'agreed that a ceasefire would take effect'."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and anchor in c.subtree), None)
    if clause is None:
        return False
    # "agreed that a ceasefire would cover energy sites": the truce is what the clause is about
    subject = any(anchor in c.subtree for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    return about_talks(clause) or (clause.lemma_ in rules.DEAL_CONTENT_VERBS and not subject)


def linked(trigger: Token, anchor: Token, max_steps: int = rules.CEASEFIRE_LINK_MAX_STEPS) -> bool:
    """Whether trigger and the ceasefire/phase word are close in the parse: the word inside the
    trigger's own arguments (not in a clause of its own), or the trigger inside the word's phrase."""
    if trigger.lemma_ in rules.ASKING_FOR_VERBS:  # "broke the truce and called for sanctions": no call for it
        calls_for = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"]
        if calls_for:
            return any(anchor in phrase.subtree for phrase in calls_for)
    deps = rules.ARGUMENT_DEPS | ({"ccomp"} if trigger.lemma_ in rules.AGREEING_THAT_VERBS else set())
    if steps_up(anchor, trigger, max_steps, deps) is not None:
        return True  # "agreed to a truce"; "agreed that they would enter a truce"
    if steps_up(trigger, anchor, max_steps) is not None:
        return True
    following = trigger.nbor(1) if trigger.i + 1 < len(trigger.doc) else None
    # "the proposal for a truce" with the parser hanging "for" on the verb
    if (
        trigger.pos_ == "NOUN"
        and following is not None
        and following.dep_ == "prep"
        and any(o == anchor or anchor in o.children for o in following.children if o.dep_ == "pobj")
    ):
        return True
    if trigger.lemma_ in rules.OBJECT_ONLY_TALKS:
        return False
    # "holding talks ... on a ceasefire": the anchor hangs from the trigger's verb
    return trigger.head == anchor.head or (
        trigger.dep_ in ("dobj", "nsubj", "nsubjpass")
        and steps_up(anchor, trigger.head, max_steps, rules.ARGUMENT_DEPS) in (1, 2)
    )


def of_plural(anchor: Token) -> bool:
    """'truces', 'ceasefire deals': truces in the plural."""
    return anchor.tag_ == "NNS" or (anchor.dep_ == "compound" and anchor.head.tag_ == "NNS")


def bare(violations: Token) -> bool:
    """'carried out violations': no object of their own ('violations of international law',
    'violations against civilians'), no kind ('human rights violations', 'airspace violations'),
    none denied or negated ('no violations', 'without violations'), not what a monitor or a
    clause is to look into ('investigate violations', 'penalties for violations'), not told of a
    time before the truce."""
    if (
        violations.dep_ == "pobj"
        and violations.head.lower_ in rules.NO_BREACH_PREPS
        and violations.head.head.lemma_ not in rules.ACCUSING_VERBS  # "blamed the other for breaches"
    ):
        return False
    if any(
        c.dep_ in ("compound", "poss")
        or (c.dep_ == "prep" and c.lower_ in ("of", "against"))
        or (c.dep_ == "amod" and c.lower_ in rules.OTHER_VIOLATION_KINDS)
        or (c.dep_ == "det" and c.lower_ in rules.NEGATING_DETERMINERS)  # "no violations were reported"
        for c in violations.children
    ):
        return False

    verb = clause_verb_of(violations)
    return not (mandate(verb) or negated_clause(verb) or any(c.lower_ == "before" for c in verb.children))


def denied_breach(violations: Token) -> bool:
    """'No violations', 'no reports of truce violations': breaches the text says there were none of."""
    reported = violations.head.head if violations.dep_ == "pobj" and violations.head.lower_ == "of" else None
    return any(
        c.dep_ == "det" and c.lower_ in rules.NEGATING_DETERMINERS
        for noun in (violations, reported)
        if noun is not None
        for c in noun.children
    )


def told_done(verb: Token, acting: Token | None = None) -> bool:
    """'suspended the ceasefire', 'the truce was suspended', 'did not renew the truce': done to a
    truce, told as fact (no modal, no 'if', 'once' or 'whether', not a claim denied or asked).
    `acting`: the verb whose object is the truce, when `verb` governs it ('decided not to renew')."""
    truce = any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in rules.TRUCE_NOUNS for c in (acting or verb).children
    )
    outcome = rules.PRODUCING_PREPOSITIONS.get(verb.lemma_)  # "resulted in a ceasefire agreement"
    truce = truce or (
        outcome is not None and any(o.lower_ in rules.DEAL_WORDS for o in prep_objects(verb, {outcome}))
    )
    done = verb.tag_ in rules.DONE_VERB_TAGS or any(
        c.lower_ == "did" for c in verb.children if c.dep_ == "aux"
    )
    return (
        truce
        and done
        and not verb.sent.text.rstrip().endswith("?")  # "Why did the government not renew it?"
        and not any(c.tag_ == "MD" for c in verb.children)
        and not any(
            c.lower_ == "to" for c in verb.children if c.dep_ in ("aux", "auxpass")
        )  # "called for it to be"
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)  # "said that": told
        and not hoped_or_denied(verb)
        and verb.head.lemma_ not in rules.QUESTIONING_WORDS
        and not any(
            c.lemma_ in rules.QUESTIONING_WORDS for c in verb.head.children if c.dep_ in ("dobj", "nsubj")
        )
    )


def negated_clause(verb: Token) -> bool:
    """'has not reported violations', 'Neither side reported violations'."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return any(c.dep_ == "neg" for c in verb.children) or any(
        s.lower_ in rules.NEGATING_WORDS or any(d.lower_ in rules.NEGATING_WORDS for d in s.children)
        for s in subjects
    )


def mandate(verb: Token) -> bool:
    """'investigate and verify violations', 'a hotline for reporting violations', 'denied
    violations': what a body does about breaches, not a breach."""
    if verb.lemma_ in rules.ACCUSING_VERBS:
        return False
    return verb.lemma_ in rules.NO_BREACH_VERBS or (verb.tag_ == "VBG" and verb.dep_ == "pcomp")


def modifies(trigger: Token, anchor: Token) -> bool:
    """'the ceasefire agreed in Doha', 'a truce between A and B that took effect in April': a
    participle right after the ceasefire word, or a relative clause hanging inside its phrase."""
    if not (is_anchor(anchor) or anchor.lower_ in rules.PHASE_WORDS) or trigger.pos_ != "VERB":
        return False
    if trigger.i == anchor.i + 1 and trigger.tag_ in ("VBN", "VBD"):
        return not any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
    if trigger.i == anchor.i + 2 and anchor.nbor(1).lower_ == "as" and trigger.tag_ in ("VBN", "VBD"):
        return True  # "a ceasefire as agreed at the summit"
    # "which took effect", "which Putin agreed to": the relative word opens the clause
    relative = any(t.tag_ in ("WDT", "WP") for t in trigger.subtree if t.i < trigger.i)
    if trigger.dep_ != "relcl" or not relative:
        return False
    return anchor.is_ancestor(trigger) or (
        said_of_relative(trigger) and (place_after(anchor, trigger.head) or name_inside(anchor, trigger.head))
    )


def said_of_relative(verb: Token) -> bool:
    """'which went into effect', 'which took effect': the relative word is the clause's subject and
    the verb takes no object but 'effect' ('which Israel sealed off', 'which announced elections'
    are about the place)."""
    objects = [
        c
        for c in verb.children
        if c.dep_ == "prt" or c.dep_ == "dobj" and c.lower_ not in rules.TAKE_EFFECT_WORDS
    ]
    return any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children) and not objects


def place_after(anchor: Token, noun: Token) -> bool:
    """'the truce in Gaza, which went into effect': the relative clause hangs on the place the
    truce word names, which the parser may attach elsewhere; a place takes no effect itself."""
    return (
        noun.ent_type_ in ("GPE", "LOC")
        and 0 < noun.i - anchor.i <= rules.TRUCE_PLACE_MAX_GAP
        and anchor.nbor(1).lower_ in ("in", "on", "between", "for")
    )


def name_inside(anchor: Token, noun: Token) -> bool:
    """'the truce deal brokered by Egypt and Qatar, which took effect': the relative clause hangs
    on a name inside the truce's own phrase (a mediator, a place), which takes no effect itself."""
    phrase = anchor.head if anchor.dep_ == "compound" else anchor
    return noun.ent_type_ in rules.TRUCE_PHRASE_NAME_TYPES and phrase.is_ancestor(noun)


def truce_words(noun: Token) -> list[Token]:
    """A noun with its compounds: 'agreement' and 'truce' of 'the truce agreement'."""
    return [noun, *(c for c in noun.children if c.dep_ == "compound")]


def truce_as_doer(verb: Token) -> bool:
    """'a ceasefire that secures the release of the hostages', 'the truce deal to secure their
    release', 'the second phase is expected to secure their release': a clause whose subject is
    the truce (or its phase) itself tells what the truce would do, not that anyone agreed it."""
    if (
        verb.dep_ == "acl"
        and any(is_anchor(t) for t in truce_words(verb.head))
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and any(c.dep_ == "dobj" and not is_anchor(c) for c in verb.children)
    ):
        return True  # "the truce agreement to secure the hostages' release": what the deal is for
    # "the second phase is expected to secure the release of all hostages": the phase's own doing
    holder = verb.head if verb.dep_ == "xcomp" else verb
    doers = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(is_anchor(d) or d.lower_ in rules.PHASE_WORDS for d in doers) and any(
        c.dep_ == "dobj" and not is_anchor(c) for c in verb.children
    ):
        return True
    return (
        verb.dep_ == "relcl"
        and is_anchor(verb.head)
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    )


def reduced_relative(verb: Token, truce: Token) -> bool:
    """'The truce agreed last week appeared to hold': the parser took the participle describing the
    truce for its verb, the truce its subject and the real verb a clause under it; the deal agreed,
    as ANNOTATION.md counts 'the truce agreed last week' (not 'the truce reached its tenth day')."""
    return (
        truce.dep_ == "nsubj"
        and truce.head == verb
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "attr", "dative") for c in verb.children)
        and any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i for c in verb.children)
    )


def end_date_stated(verb: Token) -> bool:
    """'expires on Saturday', 'is set to end on March 1', 'will lapse': when a truce is due to end,
    which ANNOTATION.md leaves out; only a truce that did end ('expired', 'has lapsed') is `ended`."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
    headline = last.text not in (".", "!", "?", '"', "”")  # "Easter truce expires; fighting resumes"
    dated = any(t.ent_type_ in ("DATE", "TIME") for c in verb.children for t in c.subtree)
    return (
        (verb.tag_ in ("VBZ", "VBP") and not headline)
        or (verb.tag_ == "VBG" and dated)  # "the truce, expiring on Saturday"
        or any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_MODALS | {"to"} for c in verb.children)
    )


def offered_at_talks(found: Found) -> None:
    """'During the negotiations in Istanbul, Russia handed over its memorandum on a ceasefire': a
    truce proposed at talks the sentence tells of makes those talks talks on the truce (an agreed
    truce does not: talks told as how a deal came are no row of their own)."""
    proposal = next((e for e in found.events if e.milestone == "proposed"), None)
    if proposal is None or found.has("talks"):
        return
    talks = [
        t
        for t in found.sent
        if t.lower_ in rules.DEAL_TALKS_NOUNS
        and t.dep_ == "pobj"
        and t.head.lower_ in rules.TALKS_SETTING_PREPS
    ]
    if talks:
        found.add("talks", rules.CAMEO_NEGOTIATE, talks[0], status=proposal.status)


def told_truce_step(found: Found, verb: Token) -> None:
    """Told right after the truce, a deal pointed back to ('this', 'these', 'the') is that truce:
    'it took hours for the army to violate these arrangements' (violated), 'the pact, which takes
    effect on Saturday' (took effect), 'the US and Saudi Arabia brokered the deal' (agreed)."""
    if verb.pos_ != "VERB":
        return
    if verb.lemma_ in rules.MILESTONE_TRIGGERS["violated"][0]:
        if not breach_told(verb):
            return
        # "violated these arrangements"; "the agreement ... was violated on the ground"
        deals = [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
        milestone, code = "violated", rules.CAMEO_VIOLATION
    elif verb.lemma_ in rules.EFFECT_VERBS and any(
        o.lower_ in rules.TAKE_EFFECT_WORDS and o.lower_ != "hold"
        for o in [*direct_objects(verb), *prep_objects(verb, {"into", "in"})]
    ):
        deals = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(d.tag_ in ("WDT", "WP") for d in deals):
            deals = [verb.head]  # "the pact, which takes effect"
        milestone, code = "took_effect", rules.CAMEO_CEASEFIRE
    elif verb.lemma_ in rules.ACCUSING_VERBS and mutual_breach_charged(verb):
        # "A ceasefire took hold on Friday. Since then, both sides have accused each other of
        # violations": the breaches of the truce told just before
        told = [e for e in found.ctx.told_before(verb) if e.event_type == "ceasefire"]
        if told_in_sentence_before(told, verb):
            found.add("violated", rules.CAMEO_VIOLATION, verb, status="occurred")
        return
    elif verb.lemma_ in rules.DEAL_MAKING_VERBS:
        deals = [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "nsubjpass")]
        # made by states or people ("Washington and Riyadh brokered the deal"), not a company's
        # deal ("Chevron sealed the deal to buy Hess")
        makers = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
        if not makers or not all(t.ent_type_ in ("GPE", "NORP", "PERSON") for t in makers):
            return
        if any(c.dep_ in ("acl", "relcl") for d in deals for c in d.children):
            return
        # not "signed the deal on trade", "the deal with the IMF" (`the_truce` reads the deal's own
        # phrase; the parser may hang it on the verb)
        if any(c.dep_ == "prep" and c.lower_ in rules.OTHER_DEAL_PREPS for c in verb.children):
            return
        milestone, code = "agreed", rules.CAMEO_CEASEFIRE
    else:
        return
    told = [e for e in found.ctx.told_before(verb) if e.event_type == "ceasefire"]
    # "The ceasefire was announced on Sunday. It came into effect on Monday": 'it' right after
    pointed = milestone == "took_effect" and any(told_just_before(told, verb, o) for o in deals)
    if not told or not (pointed or any(the_truce(o) for o in deals)) or other_deal_between(told[0], verb):
        return
    past = milestone == "violated" and told_in_past(verb)
    found.add(milestone, code, verb, status="occurred" if past else None)


def mutual_breach_charged(verb: Token) -> bool:
    """'accused each other of violations', 'accuse one another of breaching it': both sides charge
    the other with breaches of something not named in the clause."""
    mutual = any(t.lower_ in rules.RECIPROCAL_WORDS for o in direct_objects(verb) for t in o.subtree)
    charges = prep_objects(verb, {"of"}) + [c for p in verb.children if p.lower_ == "of" for c in p.children]
    breached = [
        c
        for c in charges
        if c.lemma_ in rules.MILESTONE_TRIGGERS["violated"][0]
        and not any(o.lower_ not in rules.TRUCE_PRONOUNS for o in direct_objects(c))
    ]
    return mutual and bool(breached)


def told_in_sentence_before(told: list[Event], verb: Token) -> bool:
    """A truce told in the sentence right before the verb's."""
    sent = verb.sent
    previous = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    return previous is not None and any(e.evidence_start >= previous.start_char for e in told)


def told_just_before(told: list[Event], verb: Token, subject: Token) -> bool:
    """'It' as the subject, with a truce told in the sentence just before: that truce."""
    return subject.lower_ in rules.TRUCE_PRONOUNS and told_in_sentence_before(told, verb)


def the_truce(deal: Token) -> bool:
    """'the deal', 'these arrangements': a deal pointed back to with nothing saying it is another
    ('the trade deal', 'the nuclear deal', 'the agreement on uranium', 'the deal with Egypt')."""
    return (
        deal.lemma_ in rules.DEAL_NOUNS
        and any(d.dep_ == "det" and d.lower_ in rules.POINTING_WORDS for d in deal.children)
        and not any(d.dep_ in ("compound", "amod") and not is_ceasefire_word(d) for d in deal.children)
        # "the 1701 agreement", "the Minsk agreement": a deal of its own name
        and not any(
            d.dep_ in ("nummod", "compound", "nmod") and d.pos_ in ("NUM", "PROPN") for d in deal.children
        )
        and not any(d.dep_ == "prep" and d.lower_ in rules.OTHER_DEAL_PREPS for d in deal.children)
    )


def denied(trigger: Token) -> bool:
    """'denied reports claiming that the truce had ended': a denying verb the milestone is told
    under, through complement clauses and objects; not one whose side clause or relative clause
    tells it ('denied violating it, saying Israel broke it', 'denied breaching the truce, which
    took effect on Friday')."""
    token = trigger
    while token.head != token and token.dep_ in rules.DENIED_CLAUSE_DEPS:
        token = token.head
        if token.lemma_ in rules.DENYING_VERBS:
            return True
    return False


def breach_told(verb: Token) -> bool:
    """'violated the deal', not 'had not violated', 'denied that it violated', 'if X violated', 'would
    violate'."""
    if negated_clause(verb) or any(a.lemma_ in rules.NO_BREACH_VERBS for a in verb.ancestors):
        return False
    if verb.dep_ == "ccomp" and negated_clause(verb.head):
        return False  # "Neither side said the agreement was violated"
    if any(
        c.dep_ == "mark" and c.lower_ in rules.CONDITION_MARKS | rules.OPEN_QUESTION_MARKS
        for c in verb.children
    ):
        return False  # "if the deal is violated", "whether the agreement was violated"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in rules.ATTEMPT_VERBS:
        return False  # "threatened to violate the deal"
    return not any(c.dep_ == "aux" and c.lower_ in rules.HYPOTHETICAL_MODALS for c in verb.children)


def other_deal_between(truce: Event, verb: Token) -> bool:
    """A deal of another kind told since the truce ('signed a gas deal', 'a defence pact'): 'the
    deal' may be that one ('a bilateral understanding' may be the truce itself)."""
    doc = verb.doc
    # from the sentence after the truce's own ("a ceasefire under a three-phase deal")
    first = next((t for t in doc if t.idx >= truce.evidence_start), doc[0])
    start = first.sent.end
    return any(
        t.lemma_ in rules.DEAL_NOUNS and not is_ceasefire_word(t) and not is_anchor(t) and of_another_kind(t)
        for t in doc[start : verb.i]
    )


def of_another_kind(deal: Token) -> bool:
    """'gas deal', 'trade agreement', 'nuclear deal', 'defence pact': a deal named by its subject."""
    return any(
        (
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and not is_ceasefire_word(c)
            and c.lower_ not in rules.PHASE_WORDS
        )
        or (c.dep_ in ("amod", "compound") and c.lower_ in rules.OTHER_DEAL_KINDS)
        for c in deal.children
    )


def told_truce_steps(ctx: Context, sent: Span, default_conflict: str | None) -> list[Event]:
    """The milestones of a sentence with no truce word, told right after a truce ('The deal came
    into force at midnight')."""
    found = Found(ctx, sent, story_conflict(ctx, default_conflict))
    for token in sent:
        told_truce_step(found, token)
    return found.events


def ceasefire_events(ctx: Context, sent: Span, default_conflict: str | None) -> list[Event]:
    if rules.METAPHOR_RE.search(sent.text):
        return []  # "a price-war truce"
    truces = [t for t in sent if is_anchor(t)]
    default_conflict = story_conflict(ctx, default_conflict)
    if default_conflict is None and rules.TRADE_DISPUTE_RE.search(sent.text):
        return []  # "after tariffs of up to 245%, the two sides agreed to a truce": no war told
    if not truces and not any(t.lower_ in rules.PHASE_WORDS for t in sent):
        found = Found(ctx, sent, conflict_of(ctx, sent, default_conflict))
        for token in sent:
            silenced(found, token)
            told_truce_step(found, token)
        return found.events
    anchors = truces + [
        t
        for t in sent
        if default_conflict
        and t not in truces
        and (t.lower_ in rules.CEASEFIRE_WORDS or (t.lower_ in rules.PHASE_WORDS and phase_of_deal(sent, t)))
    ]
    numbered = rules.PHASE_RE.search(sent.text) is not None
    conflict = conflict_of(ctx, sent, default_conflict, truces)
    found = Found(ctx, sent, conflict)
    found.start_days = {day for t in truces for h in (t, clause_verb_of(t)) for day in start_readings(ctx, h)}
    for token in sent:
        if token in truces:
            continue  # "agreed to halt fighting": the halt is the truce, not a milestone
        if token.dep_ == "pcomp" and token.head.head in truces:
            continue  # "a moratorium on striking power plants": what the halt stops
        # "the truce that began on January 19, before phase two talks": a phase told apart from
        # the trigger does not make its start a phase beginning
        milestone_code = milestone_of(token, numbered and phase_near(sent, token, token) is not None)
        if milestone_code is None and any(seeks_truce(token, a) for a in truces):
            milestone_code = "talks", rules.CAMEO_NEGOTIATE  # "X, seeking to broker a truce, will meet Y"
        if milestone_code is None:
            continue
        milestone, code = milestone_code
        if milestone == "took_effect" and is_infinitive_start(token):
            continue  # its start phrase dates it below
        if token.lemma_ in rules.START_VERBS and token.tag_ == "VBG" and prep_objects(token, {"with"}):
            continue  # "halt the offensives, beginning with an immediate truce": a first step asked for
        if stray_infinitive(token):
            continue
        if milestone == "talks" and how_deal_came(token):
            continue  # "agreed to a truce following talks in Jeddah"
        if token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in rules.ANY_WORDS for c in token.children
        ):
            continue  # "will respond to any violation of the truce": no breach told
        if (
            (milestone == "took_effect" and token.lemma_ in rules.TAKE_EFFECT_WORDS)
            or token.pos_ == "NOUN"
            and milestone == "ended"
        ):
            trigger = token.head.head if token.head.dep_ == "prep" else token.head
        else:
            trigger = token
        partner = next(
            (
                a
                for a in anchors
                if a != token
                and (
                    linked(token, a)
                    or linked(trigger, a)
                    or modifies(trigger, a)
                    or (milestone == "talks" and (seeks_truce(trigger, a) or talks_aimed_at(token, a)))
                    # "handed over a document with the terms of a ceasefire": the terms' truce
                    or a in terms_handed(token)
                )
            ),
            None,
        )
        counted = any(c.dep_ == "nummod" for c in token.children)
        breach_told = False
        if partner is None and milestone == "violated" and token.pos_ == "NOUN" and (counted or bare(token)):
            # "the truce was hollow, citing 2,000 violations", "a committee to monitor the truce
            # as Israel carries out violations": violations of nothing else, beside the truce
            # not beside "earlier truces foundered amid violations": a record, not one truce broken
            partner = next((a for a in anchors if a != token and is_anchor(a) and not of_plural(a)), None)
            breach_told = True
        if (
            partner is None
            and milestone == "violated"
            and token.pos_ == "VERB"
            and any(o.lower_ in rules.TRUCE_PRONOUNS for o in direct_objects(token))
        ):
            # "reached a fragile ceasefire, amid claims that the other side had violated it"
            partner = next((a for a in reversed(anchors) if a.i < token.i), None)
        if partner is None:
            continue
        if milestone == "violated" and token.pos_ == "NOUN" and denied_breach(token):
            continue  # "no violations were reported", "with no reports of truce violations"
        if (
            milestone == "agreed"
            and token.pos_ == "VERB"
            and any(partner in c.subtree for c in token.children if c.dep_ == "nsubj")
            and not reduced_relative(token, partner)
        ):
            continue  # "ceasefire violations reached a record": the truce's own doing, no deal
        if token.lemma_ in rules.URGING_VERBS and (is_definite(partner) or urges_talks(token, partner)):
            continue  # "urged both sides to respect the truce" asks to keep a truce, it proposes none
        if token.lemma_ in rules.KEEPING_VERBS and partner.tag_ == "NNS":
            continue  # "announced truces that were not respected": a record, not one truce broken
        if milestone == "talks" and talks_as_purpose(token, partner):
            continue  # "a 30-day ceasefire to allow for peace talks": talks the truce is meant to open
        if milestone == "talks" and told_as_past_role(token, partner):
            continue  # "played a key role in negotiating the truce": how a deal was reached
        if is_subjunctive(trigger):
            continue  # "it is vital that the truce be implemented": a wish
        if milestone == "took_effect" and any(
            c.lower_ in rules.TALKS_NOUNS for c in trigger.children if c.dep_ in SUBJECT_DEPS
        ):
            milestone, code = "talks", rules.CAMEO_NEGOTIATE
        if milestone in ("began", "took_effect") and talks_begin(trigger):
            continue
        if milestone in ("ended", "collapsed", "violated", "agreed") and about_talks(trigger):
            continue  # "the talks broke down", "a round of negotiations ended": the talks, not the truce
        if milestone == "agreed" and agreed_about_something_else(trigger, partner):
            continue  # "agreed that talks on a ceasefire would begin": the talks are what was agreed
        if milestone in ("began", "took_effect") and fighting_started(trigger):
            continue  # "an agreement to end fighting that began in October": the war began
        # a breach told as a count or a practice has happened, whatever the clause looks ahead to
        status = "occurred" if breach_told else None
        if milestone == "ended" and token.lemma_ in rules.EXTENSION_VERBS:
            status = "occurred"  # "failed to renew the truce": the failure is what happened
        if (
            milestone == "talks"
            and token.pos_ == "NOUN"
            and urged(token)
            and of_known_deal(sent, token, partner)
        ):
            status = "planned"  # "urged the start of talks on phase two"; not 'on a ceasefire'

        if (
            token.lemma_ in ("hold", *rules.CALLING_OFF_VERBS, *rules.SUSPENDING_VERBS)
            and milestone == "collapsed"
            or token.lemma_ in rules.KEEPING_VERBS
        ):
            status = "occurred" if told_in_past(token) else None  # "if the truce does not hold": a fear
            if status is None:
                continue
        if milestone == "agreed" and (kept_deal(token, partner) or agreed_plan(token)):
            continue  # "agreed to honour the truce", "the proposal agreed by US officials": no new deal
        if milestone == "agreed" and (sought_in_talks(token) or drafted_deal(token)):
            continue  # "talks on securing a truce", "the draft deal was announced": not yet agreed
        if milestone == "agreed" and token.dep_ == "xcomp" and token.head.lower_ in rules.UNABLE_WORDS:
            continue  # "were unable to agree on a ceasefire"
        if milestone == "agreed" and rejected_by_other_side(found, token, partner):
            # "Russia rejected a truce agreed upon by Washington and Kyiv": one side's offer to the other
            milestone, code, status = "proposed", rules.CAMEO_PROPOSE, "occurred"
        if hoped_or_denied(token) or any(hoped_or_denied(t) for t in between(partner, token)):
            continue  # "we hope the ceasefire is implemented", "without acknowledging the ceasefire"
        if milestone == "agreed" and urged_to(token):
            if is_definite(partner):
                continue  # "urged the sides to accept the truce": a deal already on the table
            # "called on both sides to agree on a new ceasefire": a call for a truce is its proposal
            milestone, code, status = "proposed", rules.CAMEO_PROPOSE, "occurred"
        if milestone == "talks" and token.tag_ == "VBN" and token.dep_ == "acl" and token.head == partner:
            # "a truce negotiated by Russia and Turkey late last year": the deal reached, not talks
            milestone, code = "agreed", rules.CAMEO_CEASEFIRE
        if milestone in ("agreed", "proposed") and token.lemma_ in rules.ACCEPTING_VERBS and offered(token):
            # "ready to accept a truce", "willing to accept the US proposal": an offer, so a proposal
            milestone, code, status = "proposed", rules.CAMEO_PROPOSE, "occurred"
        found.add(milestone, code, trigger, phase_near(sent, token, trigger), status=status)
    for truce in truces:
        orders_and_pledges(found, truce)
        start_of(found, truce)
    for token in sent:
        silenced(found, token)
        defied(found, token)
    offered_at_talks(found)
    # "the truce is set to end at 22:00 on Sunday": a stated end is no milestone until it happens
    kept = [e for e in found.events if not (e.milestone == "ended" and e.status == "planned")]
    if any(e.milestone in rules.LATER_MILESTONES for e in kept):
        # "a ceasefire deal, brokered by Egypt, took effect on January 19": the participle names
        # the deal whose later step the sentence tells
        kept = [e for e in kept if not (e.milestone == "agreed" and id(e) in found.described)]
    return kept


class Found:
    """The milestones of one sentence, one per kind."""

    def __init__(self, ctx: Context, sent: Span, conflict: str | None):
        self.ctx, self.sent, self.conflict = ctx, sent, conflict
        self.events: list[Event] = []
        # days the sentence's truce starts on: the date of its taking effect only
        self.start_days: set[tuple[dt.date, str]] = set()
        # ids of the events told by a participle describing the truce ('a truce brokered by X')
        self.described: set[int] = set()

    def has(self, milestone: str) -> bool:
        return any(e.milestone == milestone for e in self.events)

    def add(
        self,
        milestone: str,
        code: str,
        trigger: Token,
        phase: int | None = None,
        status: str | None = None,
        date: tuple[dt.date | None, str | None] | None = None,
    ) -> Event | None:
        if self.has(milestone):
            return None
        if denied(trigger):
            return None  # "denied reports claiming that the ceasefire had ended"
        status = status or status_of(trigger)
        if status is None or status == "cancelled":
            return None
        to_come = milestone in ("took_effect", "began") and is_to_come(trigger)
        if to_come:
            status = "planned"
        event = make_event(
            self.ctx,
            "ceasefire",
            trigger,
            [],
            cameo_code=code,
            milestone=milestone,
            conflict=self.conflict,
            phase=phase,
            confidence=rules.CEASEFIRE_CONFIDENCE,
        )
        event = finish(self.ctx, event, trigger, status)
        if to_come and date is None and not any(t.ent_type_ == "DATE" for t in trigger.subtree):
            # "said on Monday they had secured a truce to take effect at noon": Monday dates the
            # statement, not the start
            event.event_date, event.date_precision = self.ctx.published, "article"
        if milestone != "took_effect" and (event.event_date, event.date_precision) in self.start_days:
            # "announced on Monday that both sides agreed to a truce from Tuesday": agreed on Monday
            event.event_date, event.date_precision = told_date(self.ctx, trigger)
            event.status = status
        if date is not None:
            event.event_date, event.date_precision = date
            told = self.statement_day(trigger)
            past = told is not None and event.event_date is not None and event.event_date <= told
            event.status = "occurred" if past and event.date_precision in ("day", "article") else "planned"
        elif milestone == "took_effect" and event.status == "occurred" and event.date_precision == "day":
            told = self.statement_day(trigger)
            if told is not None and event.event_date > told:
                event.status = "planned"  # "declared on Wednesday a truce starting Thursday"
        self.events.append(event)
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and not told_when_or_where(trigger):
            self.described.add(id(event))
        if milestone == "agreed" and recalled_in_clause(trigger):
            self.events.remove(event)
            return None
        return event

    def statement_day(self, trigger: Token) -> dt.date | None:
        """The day the sentence tells of the truce ('declared on Wednesday a truce from Thursday':
        Wednesday), else the publication date: a start after it is still to come."""
        verb = clause_verb_of(trigger) if trigger.pos_ != "VERB" else trigger
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            verb = clause_verb_of(verb.head)  # "declared a truce starting Thursday": 'declared'
        for day, precision in (date_stated(self.ctx, verb), told_date(self.ctx, verb)):
            if precision == "day" and (day, precision) not in self.start_days:
                return day
        return self.ctx.published


def recalled_in_clause(trigger: Token) -> bool:
    """'a truce that had been brokered by the US', 'Witkoff, who helped broker the ceasefire': a
    relative clause recalls a deal that exists, with no day or place of its own, so no event."""
    verb = trigger.head if trigger.dep_ == "xcomp" else trigger
    if verb.dep_ != "relcl":
        return False
    # "who helped broker the truce that went into effect on 15 January": that day is the start's
    nested = {t.i for t in verb.subtree if t.dep_ in ("relcl", "acl") and t != verb for t in t.subtree}
    skipped = nested | agent_words(verb)
    told = [t for t in verb.subtree if t.i not in skipped]
    # "the Gaza ceasefire" names the truce; "brokered in Doha" places the brokering; "agreed to
    # overnight", "hours earlier" tell when
    return not any(
        t.ent_type_ in ("DATE", "TIME")
        or (t.ent_type_ == "GPE" and t.dep_ == "pobj")
        or t.lower_ in rules.WHEN_ADVERBS
        for t in told
    )


def agent_words(verb: Token) -> set[int]:
    """The words of a passive's 'by' phrase ('brokered by Egypt'): who acted, not when or where."""
    return {t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}


def told_when_or_where(participle: Token) -> bool:
    """'the truce signed in Jeddah', 'the deal agreed last week': the signing told as an event."""
    by = agent_words(participle)
    return any(t.ent_type_ in ("DATE", "GPE") for t in participle.subtree if t.i not in by)


def is_to_come(trigger: Token) -> bool:
    """'a truce to take effect at midnight', 'the deal's second phase to begin next week': an
    infinitive describing a noun tells of a start still to come."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.dep_ in ("xcomp", "advcl"):  # "secured a truce to come into force at noon"
        return any(c.dep_ == "dobj" and is_anchor(c) for c in trigger.head.children)
    return trigger.dep_ in ("acl", "relcl")


def clause_verb_of(anchor: Token) -> Token:
    """The verb whose argument the truce word is ('agreed to a truce' -> 'agreed')."""
    current = anchor
    for _ in range(rules.CEASEFIRE_LINK_MAX_STEPS):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current


def orders_and_pledges(found: Found, truce: Token) -> None:
    """'ordered the army to observe a truce' (took effect), 'said it would halt operations' (a
    pledge: agreed), 'ordered forces to hold a 36-hour truce' (a new truce: agreed, took effect)."""
    # "the moratorium on strikes ordered by Putin last month": in force from the order (which the
    # parser may hang on the last word of the truce's phrase)
    ordered_by = [
        c
        for c in truce.subtree
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in rules.ORDER_VERBS and c.head.pos_ == "NOUN"
    ]
    if truce.pos_ == "NOUN" and ordered_by and status_of(ordered_by[0]) == "occurred":
        found.add(
            "took_effect", rules.CAMEO_CEASEFIRE, ordered_by[0], date=date_stated(found.ctx, ordered_by[0])
        )
        return
    if (
        truce.pos_ == "NOUN"
        and truce.dep_ == "dobj"
        and ordered_stop(truce)
        and status_of(truce.head) == "occurred"
        and not any(e.milestone == "took_effect" for e in found.ctx.told_before(truce))
    ):
        # "ordered a halt to military operations", "called a halt to the offensive": in force now
        # (not the order behind a start told just before: "will take effect at midnight")
        found.add("took_effect", rules.CAMEO_CEASEFIRE, truce.head, date=date_stated(found.ctx, truce.head))
        return
    verb = truce if truce.pos_ == "VERB" else clause_verb_of(truce)
    particle = rules.IMPLEMENT_PHRASAL_VERBS.get(verb.lemma_)
    carried_out = particle is not None and any(c.lower_ == particle for c in verb.children)
    if verb.lemma_ not in rules.IMPLEMENT_VERBS and not carried_out:
        return
    indefinite = truce.pos_ == "VERB" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in truce.children
    )
    order = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_ in rules.ORDER_VERBS else None
    if order is not None:
        if status_of(order) != "occurred":
            return
        start = start_date(found.ctx, verb)
        found.add("took_effect", rules.CAMEO_CEASEFIRE, order, date=start or date_stated(found.ctx, order))
        if truce.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in truce.children):
            found.add("agreed", rules.CAMEO_CEASEFIRE, order, status="occurred")  # a new truce, declared
        return
    pledged = any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_AUX | {"would"} for c in verb.children)
    told = verb.dep_ == "ccomp" and verb.head.lemma_ in rules.REPORTING_VERBS | rules.PLEDGE_VERBS
    if pledged and indefinite and (told or verb.dep_ == "ROOT"):
        teller = verb.head if told else verb
        found.add("agreed", rules.CAMEO_CEASEFIRE, teller, status="occurred")


def ordered_stop(truce: Token) -> bool:
    """'ordered a ceasefire', 'called a halt to': a stop ordered by the verb it is the object of."""
    verb = truce.head.lemma_
    return verb in rules.ORDER_VERBS or (
        verb in rules.HALT_CALLING_VERBS and truce.lemma_ in rules.CALLED_STOP_NOUNS
    )


def told_date(ctx: Context, trigger: Token) -> tuple[dt.date | None, str | None]:
    """The date of the statement that tells of the trigger, else the publication date."""
    top = governors(trigger)[-1]
    if top.dep_ == "ccomp" and top.head.lemma_ in rules.REPORTING_VERBS:
        return date_stated(ctx, top.head)
    return ctx.published, "article"


def date_stated(ctx: Context, verb: Token) -> tuple[dt.date | None, str | None]:
    event = make_event(ctx, "ceasefire", verb, [], cameo_code="")
    return finish(ctx, event, verb, "occurred").event_date, event.date_precision


def start_of(found: Found, truce: Token) -> None:
    """'agreed to a truce from midnight', 'announced a halt starting Wednesday at 6 am': an agreed
    or pledged truce with a start time takes effect then."""
    if found.has("took_effect") or not (
        found.has("agreed") or truce.pos_ == "VERB" or announced_to_come(truce)
    ):
        return
    if truce.pos_ == "VERB" and urged_to(truce):
        return  # "called on both armies to stop firing from dawn": asked for, starting nothing
    holders = [truce, clause_verb_of(truce)]
    if truce.dep_ == "xcomp" and any(
        t.lower_ in rules.EFFECTIVE_WORDS for t in truce.head.subtree if t not in truce.subtree
    ):
        # "agreed to halt attacks on land, at sea and in the air, effective from 5 pm": the start
        # hung on the agreeing verb; not "agreed to stop fire, beginning talks on Saturday"
        holders.append(truce.head)
    agreed = next((e for e in found.events if e.milestone == "agreed"), None)
    # "signed a ceasefire agreement with immediate effect": the phrase hangs on the agreement
    deal = [truce.head] if truce.dep_ == "compound" else []
    if agreed is not None and agreed.status == "occurred" and any(starts_at_once(h) for h in holders + deal):
        # "declared a truce with immediate effect on Thursday": in force that day, however
        # precisely that day is told ("in August 2020")
        event = found.add("took_effect", rules.CAMEO_CEASEFIRE, truce, status="occurred")
        if event is not None:
            event.status, event.event_date, event.date_precision = (
                "occurred",
                agreed.event_date,
                agreed.date_precision,
            )
        return
    for holder in holders:
        start = start_date(found.ctx, holder)
        if start is not None:
            found.add("took_effect", rules.CAMEO_CEASEFIRE, truce, status="planned", date=start)
            return


def starts_at_once(holder: Token) -> bool:
    """'a truce with immediate effect', 'a ceasefire effective immediately': in force as agreed."""
    for child in holder.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            words = [g.lower_ for g in child.subtree]
            if "effect" in words and any(w in rules.IMMEDIATE_START_WORDS for w in words):
                return True
        # "effective immediately", the parser may hang both words on the truce
        after = holder.doc[child.i + 1] if child.i + 1 < len(holder.doc) else child
        if child.lower_ in rules.EFFECTIVE_WORDS and any(
            g.lower_ in rules.IMMEDIATE_START_WORDS for g in (*child.subtree, after)
        ):
            return True
    return False


def announced_to_come(truce: Token) -> bool:
    """'there would be an immediate ceasefire with effect from midnight': a truce said to come."""
    be = truce.head
    return (
        truce.dep_ == "attr"
        and be.lemma_ == "be"
        and any(c.dep_ == "expl" for c in be.children)
        and any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_MODALS for c in be.children)
        # not "there would be no ceasefire unless ...", "a ceasefire if Cambodia withdraws"
        and not any(c.dep_ == "det" and c.lower_ in rules.NEGATING_DETERMINERS for c in truce.children)
        and not any(m.lower_ in rules.CONDITION_MARKS for m in be.subtree if m.dep_ == "mark")
    )


def start_date(ctx: Context, holder: Token) -> tuple[dt.date | None, str | None] | None:
    """The start phrase hanging from a word, resolved to the nearest such day; (None, None) for a
    time of day alone, None for no start phrase."""
    text = start_phrase(holder)
    if text is None:
        return None
    return nearest_date(text, ctx.published) if text else (None, None)


def start_readings(ctx: Context, holder: Token) -> set[tuple[dt.date, str]]:
    """Every day a start phrase, or any DATE in it, may be read as ('starting tomorrow, Saturday'
    also reads 'Saturday'): no other milestone of its sentence is dated by it."""
    words = start_date_words(holder)
    if not words:
        return set()
    # the DATEs of the phrase, and one restating it just after ("tomorrow, Saturday")
    texts = {" ".join(t.text for t in words)} | {
        e.text
        for e in entities_within(holder.sent)
        if e.label_ == "DATE" and words[0].i <= e.start <= words[-1].i + rules.RESTATED_DATE_MAX_GAP
    }
    readings = [resolve_date(t, ctx.published, future=f) for t in texts for f in (False, True)]
    return {(r.date, r.precision) for r in readings if r is not None and r.date is not None}


def start_phrase(holder: Token) -> str | None:
    """The DATE words of the start phrase hanging from a word ('from 6 a.m. on Saturday', 'starting
    tomorrow', 'with effect from 17:00', 'to start at midnight on Thursday', 'this weekend' after an
    order verb); '' for a time of day alone, None for no start phrase."""
    words = start_date_words(holder)
    return None if words is None else " ".join(t.text for t in words)


def start_date_words(holder: Token) -> list[Token] | None:
    """The DATE tokens of the start phrase hanging from a word; [] for a time of day alone, None
    for no start phrase."""
    near = [*holder.children]
    near += [g for c in holder.children if c.dep_ in ("dobj", "xcomp", "pobj", "prep") for g in c.children]
    # "halt all military activities on land, air and sea effective from 5 pm": hung on the last place
    near += [t for t in holder.subtree if t.lower_ in rules.EFFECTIVE_WORDS and t not in near]
    for child in near:
        phrase = None
        if child.lower_ in rules.START_PREPS and child.dep_ in (
            "prep",
            "acl",
            "advcl",
            "amod",
            "advmod",
            "xcomp",
        ):
            phrase = child
        elif child.dep_ == "prep" and child.lower_ == "with":
            phrase = next((g for g in child.subtree if g.lower_ == "from"), None)
        elif (
            child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and holder.lemma_ in rules.IMPLEMENT_VERBS
        ):
            phrase = child
        elif is_infinitive_start(child):
            phrase = child  # "a truce to start at midnight on Thursday"
        if phrase is None:
            continue
        words = list(phrase.subtree)
        dates = [t for t in words if t.ent_type_ == "DATE"]
        if dates:
            return dates
        if any(
            t.lower_ in rules.TIME_WORDS or rules.CLOCK_RE.match(t.text) or t.ent_type_ == "TIME"
            for t in words
        ):
            return []
    return None


def is_infinitive_start(verb: Token) -> bool:
    """'a truce to start at midnight': when a truce named just before starts."""
    if verb.lemma_ not in rules.START_VERBS or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return False
    if verb.dep_ in (
        "xcomp",
        "advcl",
    ):  # "announced a truce to start at midnight", "agreed to a truce to start"
        objects = [c for c in verb.head.children if c.dep_ == "dobj"]
        objects += [g for p in verb.head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        return any(is_anchor(o) for o in objects)
    return verb.dep_ in ("acl", "relcl")


def nearest_date(text: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """A start day told around the statement: the nearer of the past and the future reading."""
    past = resolve_date(text, published, future=False)
    ahead = resolve_date(text, published, future=True)
    options = [r for r in (ahead, past) if r is not None]
    if not options:
        return None, None
    if published is None or any(r.date is None for r in options):
        return options[0].date, options[0].precision
    best = min(options, key=lambda r: abs((r.date - published).days))
    return best.date, best.precision


def silenced(found: Found, token: Token) -> None:
    """'The guns fell silent at noon', 'fighting will end at 4 a.m.', 'both sides stopped firing at
    midnight': combat stopping at a time."""
    if token.pos_ not in ("VERB", "AUX"):
        return
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if any(s.lower_ in rules.SILENCED_SUBJECTS for s in subjects) and any(
        c.lower_ in rules.SILENCE_WORDS for c in token.children if c.dep_ in ("acomp", "oprd", "attr")
    ):
        found.add("took_effect", rules.CAMEO_CEASEFIRE, token)
        return
    # "fighting will end at 4 a.m.", "both armies stopped firing at midnight"
    combat_stops = token.lemma_ in rules.HALT_WORDS and any(is_combat(s) for s in subjects)
    sides_stopped = is_halt(token) and token.tag_ == "VBD" and not combat_stops
    if not (combat_stops or sides_stopped):
        return
    holders = [token, *(c for c in token.children if c.dep_ in ("xcomp", "dobj"))]
    timed = any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in rules.TIME_WORDS
        for h in holders
        for c in h.children
        if c.dep_ in ("prep", "npadvmod")
        for t in c.subtree
    )
    future = any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_AUX for c in token.children)
    if timed and (future or sides_stopped or found.has("agreed")):
        found.add("took_effect", rules.CAMEO_CEASEFIRE, token)


def defied(found: Found, token: Token) -> None:
    """'kept shelling despite the truce': combat told against a truce is a violation; so is
    combat that goes on into it ('Hours into the truce, troops were still firing')."""
    if (
        token.dep_ == "prep"
        and token.lower_ in rules.INTO_TRUCE_PREPS
        and time_span(token.head)  # "Two hours into the truce", not "enter into" one
    ):
        if any(is_anchor(g) for g in token.children if g.dep_ == "pobj"):
            for verb in token.sent:
                if (
                    verb.lemma_ in rules.GOING_ON_VERBS
                    and verb.pos_ in ("VERB", "AUX")
                    and combat_goes_on(verb)
                ):
                    found.add("violated", rules.CAMEO_VIOLATION, verb)
                    return
        return
    if soon_after_start(token):
        # "Minutes after the ceasefire took effect, clashes were reported": combat as it began
        combat = token.head.head
        fighting = [t for c in combat.children if c.dep_ in ("nsubj", "nsubjpass") for t in (c, *c.conjuncts)]
        # fighting told as what went on ("clashes were reported", "shelling resumed"), not a verb
        # of combat in another sense ("the army launched an investigation") nor its end
        if combat.lemma_ not in rules.HALT_WORDS and any(is_combat(t) for t in fighting):
            found.add("violated", rules.CAMEO_VIOLATION, combat)
        return
    if token.dep_ != "prep" or token.lower_ not in rules.DEFIANCE_PREPS:
        return
    # "despite the truce", "despite the extension of the truce"
    defied = [g for g in token.children if g.dep_ == "pobj"]
    if not any(
        is_anchor(g)
        or (g.lemma_ in rules.TRUCE_STEP_NOUNS and any(is_anchor(o) for o in prep_objects(g, {"of"})))
        for g in defied
    ):
        return
    combat = token.head
    going_on = combat.lemma_ in rules.GOING_ON_VERBS  # "shelling continued despite the truce"
    if (
        combat.lemma_ in rules.COMBAT_VERBS
        or (combat.lemma_ in rules.HARM_VERBS and harm_by_arms(combat))
        or is_combat(combat)
        or clashes_told(combat)
        or any(is_combat(c) for c in combat.children if c.dep_ in ("dobj", "xcomp"))
        or (
            going_on
            and any(is_combat(t) for c in combat.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts))
        )
    ):
        found.add("violated", rules.CAMEO_VIOLATION, combat)


def clashes_told(verb: Token) -> bool:
    """'clashes erupted', 'broke out', 'fresh clashes were reported': a verb whose subject or object
    is fighting told by a noun of its own (not 'halted attacks', nor 'a break in')."""
    broke_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or (verb.lemma_ in rules.HALT_WORDS and not broke_out):
        return False
    told = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in (c, *c.conjuncts)]
    return any(t.lemma_.lower() in rules.CLASH_NOUNS for t in told)


def soon_after_start(truce: Token) -> bool:
    """'Minutes after a ceasefire took effect, ...', 'Hours after the truce began, ...': the truce
    the subject of a start told in a clause a length of time after which the sentence goes on."""
    start = truce.head
    return (
        truce.dep_ == "nsubj"
        and is_anchor(truce)
        and start.dep_ == "advcl"
        and (start.lemma_ in rules.START_VERBS or any(c.lower_ == "effect" for c in start.children))
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in start.children)
        and any(c.dep_ in ("npadvmod", "dep") and c.i < truce.i and time_span(c) for c in start.children)
    )


def harm_by_arms(verb: Token) -> bool:
    """'drones damaged two substations', 'Russian forces killed three', 'two were killed': harm
    done by arms or a side, or told in the passive; not 'floods destroyed homes'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if not subjects:
        # "two were killed despite the truce", not "injured in a traffic accident"
        causes = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        return passive and not any(c.lemma_.lower() in rules.NON_COMBAT_CAUSES for c in causes)
    return any(
        s.pos_ == "PRON"  # "the army said it had destroyed tunnels"
        or s.ent_type_ in ("GPE", "NORP", "ORG")
        or any(
            is_combat(t) or t.lemma_.lower() in rules.ARMED_WORDS
            for t in [s, *(c for c in s.children if c.dep_ in ("compound", "amod", "nmod"))]
        )
        for s in subjects
    )


def combat_goes_on(verb: Token) -> bool:
    """'were continuing to open fire', 'kept shelling', 'continued their attacks': fighting that
    did not stop."""
    for done in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "dobj"))]:
        if done.lemma_ in rules.COMBAT_VERBS or is_combat(done):
            return True
        if any(c.dep_ == "dobj" and c.lower_ == "fire" for c in done.children):
            return True  # "open fire"
    return False


def time_span(noun: Token) -> bool:
    """'two hours', 'a couple of hours', 'a few days': a length of time."""
    return noun.lemma_ in rules.TIME_UNIT_WORDS or any(
        g.lemma_ in rules.TIME_UNIT_WORDS for g in prep_objects(noun, {"of"})
    )
