"""A truce taking effect, told by an order, a pledge or a start time: "ordered the army to observe a
truce", "said it would halt operations" (a pledge: agreed), "agreed to a truce from midnight",
"announced a halt starting Wednesday at 6 am", "with immediate effect"; and the days a start
phrase may be read as, which date no other milestone of its sentence."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from ingest import rules
from ingest.dates import resolve_date
from ingest.events.ceasefires import Found, clause_verb_of, date_stated, is_anchor
from ingest.events.context import Context
from ingest.events.status import status_of
from ingest.events.truce_status import urged_to
from ingest.word_index import entities_within


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
    # "declared a truce, intended to last from 6 p.m. on April 19": the span told by its lasting
    holders += [
        v
        for h in holders
        for c in h.children
        if c.dep_ in ("advcl", "acl")
        for v in (c, *(x for x in c.children if x.dep_ == "xcomp"))
        if v.lemma_ in rules.LASTING_VERBS
    ]
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
        # "from 6 p.m. on April 19": the day a sibling phrase right after the time
        words += [
            t
            for c in phrase.head.children
            if c.dep_ == "prep" and c.lower_ == "on" and c.i == phrase.right_edge.i + 1
            for t in c.subtree
        ]
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
