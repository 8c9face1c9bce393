"""Truce steps told right after the truce with no truce word: a deal pointed back to ("the deal
came into force", "violated these arrangements", "the US and Saudi Arabia brokered the deal") is
that truce, unless a deal of another kind was told in between; sides accusing each other of
violations tell breaches of it."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.ceasefires import Found, is_anchor, is_ceasefire_word
from ingest.events.syntax import direct_objects, prep_objects
from ingest.events.truce_status import breach_told, told_in_past
from ingest.records import Event


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
