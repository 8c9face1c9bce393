"""Which truce word a milestone word is told of: the truce word inside the trigger's own
arguments, or the trigger inside the truce's phrase ("agreed to a truce", "the ceasefire agreed in
Doha", "a truce between A and B that took effect in April"); and the numbered phase the milestone
concerns ("began talks on phase two", not a phase told in another clause)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ingest import rules
from ingest.events.ceasefires import is_anchor
from ingest.events.syntax import SUBJECT_DEPS


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
