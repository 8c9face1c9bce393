"""What the ceasefire rules share: the words that name a truce, a ceasefire word ("truce",
"cease-fire") or a halt of combat ("a halt to fighting", "stop all firing", "a moratorium on
strikes"), unless hypothetical ("following any ceasefire"); and `Found`, which keeps a sentence's
milestones (proposed, talks, agreed, took effect, began, ended, violated, collapsed), one of each
kind, none told under a denial and no deal a relative clause only recalls, each dated by the
statement that tells it rather than by the truce's start day. The rules live in
`milestone_words.py`, `truce_links.py`, `truce_starts.py`, `truce_combat.py` and `truce_steps.py`,
which import only from here and from `truce_status.py`, never from each other;
`truce_sentences.py` reads a sentence with them."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ingest import rules
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.status import status_of
from ingest.events.syntax import governors, prep_objects
from ingest.records import Event


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


def content_told(truce: Token) -> bool:
    """'A truce ..., brokered by X, called for a withdrawal', 'the deal includes': the truce as the
    subject of its terms."""
    verb = truce.head
    return truce.dep_ in ("nsubj", "nsubjpass") and (
        verb.lemma_ in rules.DEAL_CONTENT_VERBS | rules.PLAN_CONTENT_VERBS
        or (verb.lemma_ in rules.ASKING_FOR_VERBS and any(c.lower_ == "for" for c in verb.children))
    )


class Found:
    """The milestones of one sentence, one per kind."""

    def __init__(self, ctx: Context, sent: Span, conflict: str | None):
        self.ctx, self.sent, self.conflict = ctx, sent, conflict
        self.events: list[Event] = []
        # days the sentence's truce starts on: the date of its taking effect only
        self.start_days: set[tuple[dt.date, str]] = set()
        # ids of the events told by a participle describing the truce ('a truce brokered by X')
        self.described: set[int] = set()
        # of those, the ones whose truce the sentence tells the terms of ('a truce brokered by X
        # called for a two-month ceasefire'): a deal the story knows, no milestone of its own
        self.described_content: set[int] = set()

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
            if content_told(trigger.head):
                self.described_content.add(id(event))
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


def told_date(ctx: Context, trigger: Token) -> tuple[dt.date | None, str | None]:
    """The date of the statement that tells of the trigger, else the publication date."""
    top = governors(trigger)[-1]
    if top.dep_ == "ccomp" and top.head.lemma_ in rules.REPORTING_VERBS:
        return date_stated(ctx, top.head)
    return ctx.published, "article"


def date_stated(ctx: Context, verb: Token) -> tuple[dt.date | None, str | None]:
    event = make_event(ctx, "ceasefire", verb, [], cameo_code="")
    return finish(ctx, event, verb, "occurred").event_date, event.date_precision
