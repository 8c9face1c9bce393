"""Ceasefire milestone rules (proposed, talks, agreed, took effect, began, ended, violated,
collapsed), with the conflict and the phase each concerns."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ingest import rules
from ingest.actors.names import clean_name
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.status import status_of
from ingest.events.syntax import SUBJECT_DEPS
from ingest.records import Event


def is_ceasefire_word(token: Token) -> bool:
    if token.lower_ in rules.CEASEFIRE_CORE:
        return True
    return token.lower_ == "fire" and token.i >= 2 and token.nbor(-2).lower_ == "cease"


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
    labels = [
        ctx.conflict_table[t.lower_]
        for t in sent
        if t.lower_ in ctx.conflict_table and t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "")
    ]
    for ent in sent.ents:
        label = ctx.conflict_table.get(clean_name(ent.text).lower())
        if label:
            labels.insert(0, label)
    return Counter(labels).most_common(1)[0][0] if labels else article_default


def article_conflict(ctx: Context) -> str | None:
    counts = Counter(ctx.conflict_table[t.lower_] for t in ctx.doc if t.lower_ in ctx.conflict_table)
    return counts.most_common(1)[0][0] if counts else None


def phase_near(sent: Span, trigger: Token) -> int | None:
    best = None
    for match in rules.PHASE_RE.finditer(sent.text):
        word = (match.group(1) or match.group(2)).lower()
        distance = abs(sent.start_char + match.start() - trigger.idx)
        if word in rules.ORDINAL_PHASES and (best is None or distance < best[0]):
            best = (distance, rules.ORDINAL_PHASES[word])
    return best[1] if best else None


def milestone_of(token: Token, has_phase: bool) -> tuple[str, str] | None:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if token.pos_ != "VERB" and lower not in rules.MILESTONE_NOUNS:
        return None
    if token.dep_ in ("amod", "compound"):
        return None  # "a US-brokered plan", "an agreed line" name things, they state no event
    if lemma == "call" and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return "proposed", rules.CAMEO_PROPOSE  # "called for a truce"
    for milestone, (words, code) in rules.MILESTONE_TRIGGERS.items():
        if lemma not in words and lower not in words:
            continue
        if milestone == "took_effect":
            if lemma == "hold" and token.pos_ == "VERB":
                continue  # "the truce is holding" states no milestone
            governor = token.head.head if token.head.dep_ == "prep" else token.head
            if governor.lemma_ not in rules.EFFECT_VERBS:
                continue
            return milestone, code
        if milestone == "began" and not has_phase and lemma in rules.START_VERBS:
            return "took_effect", code
        if milestone == "began" and not has_phase:
            continue
        if milestone == "ended" and not has_phase and lemma in rules.COMPLETION_VERBS:
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in token.children):
            continue
        if milestone == "talks" and token.pos_ == "VERB" and lemma == "talk":
            continue
        return milestone, code
    return None


def linked(trigger: Token, anchor: Token, max_steps: int = rules.CEASEFIRE_LINK_MAX_STEPS) -> bool:
    """Whether trigger and the ceasefire/phase word are close in the parse."""

    def steps_up(start: Token, target: Token) -> int | None:
        current = start
        for steps in range(max_steps + 1):
            if current == target:
                return steps
            if current.head == current:
                return None
            current = current.head
        return None

    if steps_up(anchor, trigger) is not None or steps_up(trigger, anchor) is not None:
        return True
    # "holding talks ... on a ceasefire": the anchor hangs from the trigger's verb
    return trigger.head == anchor.head or (
        trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and steps_up(anchor, trigger.head) in (1, 2)
    )


def modifies(trigger: Token, anchor: Token) -> bool:
    """'the ceasefire agreed in Doha', 'a truce between A and B that took effect in April': a
    participle right after the ceasefire word, or a relative clause hanging inside its phrase."""
    if not is_ceasefire_word(anchor) or trigger.pos_ != "VERB":
        return False
    if trigger.i == anchor.i + 1 and trigger.tag_ in ("VBN", "VBD"):
        return not any(c.dep_ in SUBJECT_DEPS for c in trigger.children)
    relative_subject = any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in trigger.children)
    return trigger.dep_ == "relcl" and relative_subject and anchor.is_ancestor(trigger)


def ceasefire_events(ctx: Context, sent: Span, default_conflict: str | None) -> list[Event]:
    anchors = [
        t
        for t in sent
        if is_ceasefire_word(t)
        or (t.lower_ in rules.PHASE_WORDS | rules.CEASEFIRE_WORDS and default_conflict)
    ]
    if not any(is_ceasefire_word(t) or t.lower_ in rules.PHASE_WORDS for t in sent):
        return []
    has_phase = rules.PHASE_RE.search(sent.text) is not None
    events: list[Event] = []
    seen: set[str] = set()
    for token in sent:
        found = milestone_of(token, has_phase)
        if found is None:
            continue
        milestone, code = found
        if milestone == "took_effect" and token.lemma_ in rules.TAKE_EFFECT_WORDS:
            trigger = token.head.head if token.head.dep_ == "prep" else token.head
        else:
            trigger = token
        if not any(
            linked(token, a) or linked(trigger, a) or modifies(trigger, a) for a in anchors if a != token
        ):
            continue
        if milestone == "took_effect" and any(
            c.lower_ in rules.TALKS_NOUNS for c in trigger.children if c.dep_ in SUBJECT_DEPS
        ):
            milestone, code = "talks", rules.CAMEO_NEGOTIATE
        if milestone in ("began", "took_effect") and any(
            c.lower_ in rules.MILESTONE_TRIGGERS["talks"][0]
            for c in trigger.children
            if c.dep_ in ("dobj", "nsubj", "nsubjpass")
        ):
            continue  # "began talks on phase two" states talks, not that a phase began
        if milestone in seen:
            continue
        status = status_of(trigger)
        if status is None or status == "cancelled":
            continue
        seen.add(milestone)
        event = make_event(
            ctx,
            "ceasefire",
            trigger,
            [],
            cameo_code=code,
            milestone=milestone,
            conflict=conflict_of(ctx, sent, default_conflict, [a for a in anchors if is_ceasefire_word(a)]),
            phase=phase_near(sent, token),
            confidence=rules.CEASEFIRE_CONFIDENCE,
        )
        events.append(finish(ctx, event, trigger, status))
    return events
