"""When an event happened: the DATE of its clause or of the clause it serves (not one of another
occasion, "after the two met on Tuesday"), days counted from that clause ("a day after holding
talks"), the story's day or occasion, else the publication date; and dates shared within a
sentence (not from a later leg of a trip) or carried along a story."""

from __future__ import annotations

import datetime as dt
from itertools import islice

from spacy.tokens import Span, Token

from ingest import rules
from ingest.actors.names import dateline_tokens
from ingest.actors.references import person_at
from ingest.dates import (
    MONTH_WORDS,
    WEEKDAYS,
    names_only_story_day,
    refers_to_story_day,
    resolve_date,
    story_day_offset,
)
from ingest.events.context import Context
from ingest.events.syntax import (
    clause_verb,
    direct_objects,
    governors,
    outer_clause,
    prep_objects,
    prepared_occasion,
    subjectless_plan_clause,
)
from ingest.records import Event, evidence_words
from ingest.word_index import doc_text, entities_within, entity_at, sentences


def date_of(ctx: Context, trigger: Token, status: str | None) -> tuple[dt.date | None, str | None]:
    """The DATE entity attached to the trigger's clause, else to the clause it serves ('flew to
    Cairo on Monday to meet X'), else the statement's date, resolved; else the publication date."""
    chain = governors(trigger)
    found = (
        clause_date(ctx, chain, trigger, status, own=True)
        or when_clause_date(ctx, chain, status)
        or told_day(ctx, chain, status)
        or time_told_date(ctx, chain, trigger, status)
        or remarks_day(ctx, chain)
    )
    if found is None and (shift := days_apart(trigger)):
        # "met X on Tuesday, a day after holding talks with Y": Y's talks were on Monday; the
        # day of the clause it hangs from is the story's day when that clause states none
        day, precision = date_of(ctx, clause_verb(shift[0]), status)
        if day is not None and precision in ("day", "article"):
            found = day + dt.timedelta(days=shift[1]), precision
    outer = chain
    for _ in range(rules.OUTER_CLAUSE_MAX_HOPS):
        governor = outer_clause(outer[-1]) if found is None else None
        if governor is None or plan_told_where_done(outer[-1], governor, status):
            break
        outer = governors(governor)
        found = clause_date(ctx, outer, trigger, status, own=False)
    found = found or occasion_date(ctx, chain, status)
    if found is not None:
        return found
    reporting = chain[-1]
    if status != "planned" and reporting.dep_ == "ccomp" and reporting.head.lemma_ in rules.REPORTING_VERBS:
        # "X said on Feb. 12 that he had held a call": the statement's date bounds the event; it
        # does not date a plan ("will meet Y, the ministry said on Thursday")
        for ent in entities_within(trigger.sent):
            if ent.label_ == "DATE" and ent.root.head in (reporting.head, *reporting.head.children):
                resolved = resolve_date(ent.text, ctx.published)
                if resolved is not None and resolved.date is not None:
                    return resolved.date, resolved.precision
    if ctx.published is None or told_as_past_occasion(trigger):
        return None, None
    return ctx.published, "article"


def remarks_day(ctx: Context, chain: list[Token]) -> tuple[dt.date, str] | None:
    """'Xi said on Monday that ... Xi made the remarks while speaking with Trump by phone': the
    remarks were made on the day the sentence before gave them, and so was the call."""
    # "while speaking with X", "during a meeting with X": the clause or phrase the remarks frame
    framing = [chain[-1], *islice(chain[-1].ancestors, rules.REMARKS_FRAME_MAX_STEPS)]
    made = next((t for t in framing if t.lemma_ == "make" and made_remarks(t)), None)
    if made is None or made.sent.start == 0:
        return None
    previous = ctx.doc[made.sent.start - 1].sent
    for ent in entities_within(previous):
        said = ent.root.head.head if ent.root.head.dep_ == "prep" else ent.root.head
        if ent.label_ != "DATE" or said.lemma_ not in rules.REPORTING_VERBS:
            continue
        resolved = resolve_date(ent.text, ctx.published)
        if resolved is not None and resolved.date is not None and resolved.precision == "day":
            return resolved.date, resolved.precision
    return None


def made_remarks(verb: Token) -> bool:
    """'made the remarks', 'made these comments'."""
    return any(o.dep_ == "dobj" and o.lemma_ in rules.REMARK_NOUNS for o in verb.children)


def time_told_date(
    ctx: Context, chain: list[Token], trigger: Token, status: str | None
) -> tuple[dt.date | None, str | None] | None:
    """'The last time he visited Beijing was in October 2023': the time the clause describes is
    dated by the sentence it is the subject of."""
    top = chain[-1]
    noun = top.head
    if top.dep_ != "relcl" or noun.lower_ not in rules.TIME_REFERENCE_NOUNS or noun.dep_ != "nsubj":
        return None
    return (
        clause_date(ctx, governors(noun.head), trigger, status, own=False)
        if noun.head.lemma_ == "be"
        else None
    )


def plan_told_where_done(clause: Token, governor: Token, status: str | None) -> bool:
    """'arrived in Washington on Monday, where he is to meet Trump': the day of the arrival is not
    the day of a meeting still to come ('where he met Trump' is that day's)."""
    return (
        status == "planned"
        and clause.dep_ == "relcl"
        and any(c.lower_ == "where" for c in clause.children)
        and governor.tag_ == "VBD"
        # "where he will meet Trump later that day": a time of its own, told from the arrival's day
        and not any(
            t.ent_type_ in ("DATE", "TIME") or t.lower_ in rules.PART_OF_DAY_WORDS for t in clause.subtree
        )
    )


def told_as_past_occasion(trigger: Token) -> bool:
    """'The last meeting between A and B took place in Glasgow': an earlier occasion than the news,
    on a day the text does not give, so not the publication date either."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and (c.lower_ in rules.PAST_OCCASION_WORDS or recent_superlative(c))
        for c in trigger.children
    )


def recent_superlative(word: Token) -> bool:
    """'the most recent meeting'."""
    return word.lower_ == "recent" and any(c.lower_ == "most" for c in word.children)


def days_apart(trigger: Token) -> tuple[Token, int] | None:
    """'a day after holding talks', 'two days before meeting X', 'came two days after a delegation
    met X': the word the clause hangs from and how many days the trigger's event lies from it
    (negative: before it)."""
    clause = next((t for t in governors(trigger) if t.dep_ == "pcomp"), None)
    if clause is not None and clause.head.lower_ in rules.DAYS_APART_PREPS:
        prep = clause.head
        days = prep.head if prep.head.lemma_ == "day" else None
        days = days or next((c for c in prep.children if c.lemma_ == "day"), None)
        anchor = (days.head if days == prep.head else prep.head) if days is not None else None
    else:
        # a whole clause, its 'after' a subordinator, the days on it; the clause it hangs from
        clause = next((t for t in governors(trigger) if t.dep_ == "advcl"), None)
        prep = (
            next(
                (c for c in clause.children if c.dep_ == "mark" and c.lower_ in rules.DAYS_APART_PREPS), None
            )
            if clause is not None
            else None
        )
        if prep is None:
            return None
        # "two days after": the days on the subordinator, or on the clause's verb
        days = next((c for c in (*prep.children, *clause.children) if c.lemma_ == "day"), None)
        anchor = clause.head
    if days is None or days.dep_ not in ("npadvmod", "appos"):
        return None
    number = counted_days(days)
    if number is None:
        return None
    sign = -1 if prep.lower_ == "after" else 1
    return anchor, sign * number


def clause_date(
    ctx: Context, chain: list[Token], trigger: Token, status: str | None, own: bool
) -> tuple[dt.date | None, str] | None:
    """The nearest resolvable DATE hanging from the chain's words. A governing clause (`own`
    False) lends only a date of its own, not one inside its other clauses."""
    anchors = {t.i for t in chain}
    # "landed on Tuesday and went into a meeting": conjoined verbs share the date, when they
    # state none of their own
    shared = {t.head.i for t in chain if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX")} - anchors
    anchors |= shared
    candidates = []
    dateline = dateline_tokens(trigger.doc)
    for ent in entities_within(trigger.sent):
        if ent.label_ not in ("DATE", "TIME") or ent.root.head.lower_ in rules.SPAN_EDGE_PREPS:
            continue  # "at war since 2020", "a truce until April 22": the edge of a span, not the day
        if ent.root.i in dateline:
            continue  # "London, 15 May 2023 (TDI): X visited Germany on the 14th": the filing day
        if ent.root.lemma_ == "day" and ent.root.head.lower_ in rules.DAYS_APART_PREPS:
            continue  # "two days after A met B": days between two events (`days_apart`), no date
        distance = None
        current = ent.root
        for steps in range(rules.DATE_MAX_STEPS):
            if current.i in anchors:
                distance = steps
                break
            if current.head == current or (not own and current.dep_ in rules.CLAUSE_DEPS):
                break
            if current.dep_ == "relcl" and (
                current.head.ent_type_ == "PERSON" or person_at(ctx.actors, current.head)
            ):
                # "X, who took office in September, was welcomed", "a visit by the new prime
                # minister, who took office in September": a clause about the person
                break
            if current.dep_ in ("acl", "relcl") and current.head.lower_ in rules.CEASEFIRE_CORE:
                break  # "the truce signed in April was not respected": April dates the signing
            if founding_clause(current, anchors):
                break  # "under the mechanism established in May 2016, X met Y": the founding's date
            if another_occasion(current) or after_since_phrase(current):
                break  # "met X after the two met on Tuesday", "in advance of the inauguration next week"
            if prepared_occasion(current) and current.i not in anchors:
                break  # "discussed plans for his visit in January": the visit's month
            if reduced_plan_clause(current) and current.head.i not in anchors:
                break  # "discussed the truce, set to begin on Saturday": the truce's day
            current = current.head
        if distance is not None and not dates_occasion_ahead(ent, current, trigger):
            # "Six months later, in January 2023, X travelled": the date told over the offset
            offset = ent[-1].lower_ in rules.OFFSET_WORDS and restated_after(ent)
            candidates.append(
                (current.i in shared, offset, distance, abs(ent.root.i - trigger.i), ent, current)
            )
    for *_, ent, anchor in sorted(candidates, key=lambda c: c[:4]):
        # "departed on Sunday for Paris, where he will hold talks": the governing clause's day is
        # told in its own tense
        lent_past = not own and anchor.tag_ == "VBD"
        phrase = date_phrase(ent)
        if refers_to_story_day(phrase) and ctx.story_day(status) is not None:
            return shifted_story_day(ctx.story_day(status), story_day_offset(phrase))
        # "a visit that had been planned for Wednesday" looks ahead, even once cancelled
        for_plan = ent.root.head.lower_ == "for" and ent.root.head.head.lemma_ in rules.SCHEDULING_GOVERNORS
        # "was due to meet on Friday, but the meeting was postponed": the day it was scheduled for
        scheduled = status == "cancelled" and any(t.lemma_ in rules.SCHEDULING_GOVERNORS for t in chain)
        future = (status == "planned" and not lent_past) or for_plan or scheduled
        # "will speak again on May 12": an adverb that says nothing of the day
        resolved = resolve_date(phrase, ctx.published, future=future) or resolve_date(
            ent.text, ctx.published, future=future
        )
        if resolved is not None and resolved.date is not None and resolved.precision == "day":
            # "four days before the Tuesday meeting": Tuesday, four days back; a past event is
            # never moved past the publication
            shifted = resolved.date + dt.timedelta(days=days_off(ent, trigger))
            if status == "planned" or ctx.published is None or shifted <= ctx.published:
                return shifted, resolved.precision
        if resolved is not None:
            return resolved.date, resolved.precision
    return None


def restated_after(ent: Span) -> bool:
    """'six months later, in January 2023', 'two days later, on Friday': the offset's day told
    right after it, after a comma and 'in' or 'on' at most."""
    doc = ent.doc
    for t in doc[ent.end : min(len(doc), ent.end + rules.RESTATED_DATE_GAP)]:
        if t.ent_type_ == "DATE":
            # a day, month or year told ('in January 2023', 'on Friday'), not 'weeks after a call'
            return t.like_num or t.lower_.rstrip(".") in MONTH_WORDS or t.lower_ in WEEKDAYS
        if not (t.is_punct or t.lower_ in ("in", "on")):
            return False
    return False


def founding_clause(token: Token, anchors: set[int]) -> bool:
    """'The mechanism established in May 2016': a participle clause telling how a thing other
    than the event came to be; its date is that thing's, not the event's."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_ in rules.FOUNDING_VERBS
        and token.head.i not in anchors
    )


def days_off(ent: Span, trigger: Token) -> int:
    """'[Four days] before [the Tuesday] meeting', 'a week after Monday's talks': how many days the
    told day lies from the day the date names (0 when it is the day itself, or when the trigger is
    the event the phrase measures from: 'a day after his Tuesday talks with X' dates the talks)."""
    prep = ent.root
    for _ in range(rules.DATE_MAX_STEPS):
        if prep.dep_ == "prep" or prep.head == prep:
            break
        prep = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in rules.DAYS_APART_PREPS or prep.is_ancestor(trigger):
        return 0
    span = next((c for c in prep.children if c.dep_ == "npadvmod"), None)
    number = counted_days(span) if span is not None else None
    if number is None:
        return 0
    return (1 if prep.lower_ == "after" else -1) * number


def counted_days(span: Token) -> int | None:
    """'a day', 'two days', 'a week': how many days the phrase counts; None when it counts none."""
    if span.lemma_ not in rules.UNIT_DAYS:
        return None
    count = next((c for c in span.children if c.dep_ in ("det", "nummod")), None)
    number = rules.SMALL_NUMBERS.get(count.lower_) if count is not None else None
    return number * rules.UNIT_DAYS[span.lemma_] if number is not None else None


def when_clause_date(
    ctx: Context, chain: list[Token], status: str | None
) -> tuple[dt.date | None, str] | None:
    """'the first since 2018, when A met B', 'in March, when A called B': the DATE a 'when' clause
    tells of is the day of what the clause says."""
    for token in chain:
        if token.dep_ != "relcl" or token.head.ent_type_ != "DATE":
            continue
        if not any(c.dep_ == "advmod" and c.lower_ == "when" for c in token.children):
            continue
        ent = entity_at(token.head)
        if ent is None:
            continue
        resolved = resolve_date(ent.text, ctx.published, future=status == "planned")
        if resolved is not None:
            return resolved.date, resolved.precision
    return None


def dates_occasion_ahead(ent: Span, anchor: Token, trigger: Token) -> bool:
    """'has arrived in China ahead of a meeting with Xi on Friday': a day told after an 'ahead of'
    phrase, which the parser hangs on the verb, is the day of the occasion ahead, not the verb's;
    'arrived on Tuesday ahead of talks with Xi': a day told before it is the verb's, not the
    occasion's. Whether the DATE belongs to the other of the two from the trigger's side."""
    ahead = [c for c in anchor.children if c.lower_ in rules.LATER_OCCASION_WORDS]
    if not ahead or ent.root.head.head != anchor or ent.root.head.dep_ != "prep":
        return False
    phrase = ahead[0]
    inside = phrase.left_edge.i <= trigger.i <= phrase.right_edge.i
    if phrase.i < anchor.i:
        return inside  # "Ahead of the summit, X met Y on Friday": every day on the verb is the verb's
    after_phrase = ent.start > phrase.right_edge.i
    return after_phrase != inside


def another_occasion(token: Token) -> bool:
    """A word that ties what hangs below it to another event: the object of 'ahead of', 'in advance
    of', a clause opened by 'after', 'before', 'since', or 'her second since ...' beside an event."""
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in rules.LATER_OCCASION_WORDS
    ):
        return True
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in rules.SINCE_PREPS
        and token.pos_ == "NOUN"
        and token.lemma_ not in rules.VISIT_NOUNS  # "has been in Paris since his arrival on Saturday"
    ):
        return True  # "her second visit since his inauguration in January": the inauguration's date
    if token.dep_ == "appos" and token.ent_type_ == "ORDINAL":
        return True  # "a visit to Peru, her second to the country after May 2019": the earlier one's date
    opened = token.dep_ in ("advcl", "pcomp") and any(
        c.dep_ == "mark" and c.lower_ in rules.OTHER_OCCASION_MARKS for c in token.children
    )
    # "since taking office last July", "after meeting X on Monday": a gerund clause of another event
    opened = opened or (token.dep_ == "pcomp" and token.head.lower_ in rules.OTHER_OCCASION_MARKS)
    # "shortly after it came into force on Saturday": within hours, so the same day
    return opened and not any(
        c.lower_ in rules.SOON_WORDS for c in token.children if c.dep_ in ("advmod", "npadvmod")
    )


def reduced_plan_clause(token: Token) -> bool:
    """'..., set to begin on Saturday', '..., due to arrive on Monday': a subjectless clause of
    something scheduled, which dates that thing only."""
    return token.dep_ in ("advcl", "prep", "acl") and subjectless_plan_clause(token)  # 'due': a preposition


def after_since_phrase(token: Token) -> bool:
    """'for the first time since the invasion in February': a phrase hung beside an earlier 'since'
    phrase on the same word continues what 'since' names (the parser puts both on 'time')."""
    return token.dep_ == "prep" and any(
        s.dep_ == "prep"
        and s.lower_ in rules.SINCE_PREPS
        and s.i < token.i
        # "their first face-to-face since 2019 in Busan on Thursday": a year since names no event
        and any(
            o.pos_ == "NOUN" and o.ent_type_ not in ("DATE", "TIME") for o in s.children if o.dep_ == "pobj"
        )
        for s in token.head.children
    )


def shifted_story_day(day: tuple[dt.date, str], offset: int | None) -> tuple[dt.date, str]:
    """The story's day moved by 'the next day' (+1) or 'the day before' (-1)."""
    return day[0] + dt.timedelta(days=offset or 0), day[1]


def told_day(ctx: Context, chain: list[Token], status: str | None) -> tuple[dt.date, str] | None:
    """'Later that day, X met Y' when the model tags no DATE in it: the story's last day."""
    for token in chain:
        for child in token.children:
            if child.dep_ in ("npadvmod", "advmod", "prep"):
                words = ctx.doc[child.left_edge.i : child.right_edge.i + 1].text
                # after the verb, only the phrase alone: "met X the day before the parade" counts
                # from the parade
                told = refers_to_story_day(words) if child.i < token.i else names_only_story_day(words)
                if told and ctx.story_day(status) is not None:
                    return shifted_story_day(ctx.story_day(status), story_day_offset(words))
    return None


def occasion_date(ctx: Context, chain: list[Token], status: str | None) -> tuple[dt.date, str] | None:
    """'During the trip, he met X', 'proposed a truce at the talks': an occasion the story has
    told of already lends the day (or week) given for the latest such event."""
    for token in [*chain, *(o for t in chain for o in direct_objects(t))]:
        for noun in occasion_nouns(token):
            kind = "visit" if noun.lemma_ in rules.VISIT_NOUNS else "meeting"
            for event in reversed(ctx.earlier):
                if event.event_type == kind and event.status == status:
                    if event.date_precision in (None, "article"):
                        break
                    return event.event_date, event.date_precision
        # "On the eve of the conversation with Putin, Scholz spoke with X": the day before the
        # occasion told already, when that was told by its day
        for noun in eve_of(token):
            kind = "visit" if noun.lemma_ in rules.VISIT_NOUNS else "meeting"
            told = next((e for e in reversed(ctx.earlier) if e.event_type == kind), None)
            if told is not None and told.date_precision == "day" and told.event_date is not None:
                return told.event_date - dt.timedelta(days=1), "day"
    return None


def eve_of(token: Token) -> list[Token]:
    """The definite meeting or visit nouns of 'on the eve of the talks' attached to a word."""
    return [
        noun
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for eve in prep.children
        if eve.dep_ == "pobj" and eve.lower_ in rules.EVE_WORDS
        for noun in prep_objects(eve, {"of"})
        if told_occasion(noun, ("the",))
    ]


def occasion_nouns(token: Token) -> list[Token]:
    """The definite meeting or visit nouns of 'during the trip', 'at the talks', 'on the
    sidelines of the summit' attached to a word."""
    nouns = []
    for prep in (c for c in token.children if c.dep_ == "prep"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "on" and noun.lower_ in rules.SIDELINE_WORDS:
                nouns += prep_objects(noun, {"of"})
            elif prep.lower_ in rules.OCCASION_PREPS:
                nouns.append(noun)
    return [n for n in nouns if told_occasion(n, ("the", "that", "this"))]


def told_occasion(noun: Token, determiners: tuple[str, ...]) -> bool:
    """A meeting or visit noun told as one the story knows: owned ('his talks') or definite."""
    return (noun.lower_ in rules.MEETING_NOUNS or noun.lemma_ in rules.VISIT_NOUNS) and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in determiners) for c in noun.children
    )


def date_phrase(ent: Span) -> str:
    """The DATE entity with the adverb and preposition before it: the model tags 'the week' in
    'later in the week', and the 'later in' decides which week."""
    doc = ent.doc
    if ent.start > 0 and day_number(doc[ent.start - 1]) and ent[0].lower_.rstrip(".") in MONTH_WORDS:
        return doc[ent.start - 1 : ent.end].text  # "29 February 2024": the model tags "29" apart
    restated = restated_day(ent)
    if restated is not None:
        return restated  # "on Tuesday (November 19)", "on Wednesday, 9 October": the date told
    prep = ent.root.head
    head, _, rest = ent.text.partition(",")
    if rest.split()[:1] and rest.split()[0].lower() in rules.VAGUE_SPAN_WORDS:
        return head  # "in February, days before the invasion": the month, not the 'days'
    if prep.dep_ != "prep" or prep.i != ent.start - 1 or prep.i == 0:
        return ent.text
    adverb = ent.doc[prep.i - 1]
    return ent.doc[adverb.i : ent.end].text if adverb.pos_ == "ADV" else ent.text


def day_number(token: Token) -> bool:
    """'29', '26th': a day of the month, as a number or an ordinal."""
    text = token.lower_
    if text[-2:] in ("st", "nd", "rd", "th"):
        text = text[:-2]
    return text.isdigit() and 1 <= int(text) <= 31 and token.ent_type_ in ("", "CARDINAL", "DATE", "ORDINAL")


def restated_day(ent: Span) -> str | None:
    """A weekday the text restates as a date right after it, in brackets or after a comma; or
    'today' or 'yesterday' (with its weekday) followed by the date."""
    doc = ent.doc
    start = ent.end + 1
    relative = ent[0].lower_ in rules.RESTATED_RELATIVE_DAYS and all(t.lower_ in WEEKDAYS for t in ent[1:])
    if relative:
        # "has today Tuesday, 4 March 2025, received X", "yesterday, Wednesday 18 August": the
        # date told after the relative day and its weekday
        start = ent.end
        while start < len(doc) and (doc[start].text in ("(", ",") or doc[start].lower_ in WEEKDAYS):
            start += 1
        if start == ent.end or start >= len(doc):
            return None
    elif ent.text.lower() not in WEEKDAYS or ent.end + 2 >= len(doc) or doc[ent.end].text not in ("(", ","):
        return None
    end = start
    while end < min(len(doc), start + rules.RESTATED_DATE_MAX_TOKENS) and (
        doc[end].lower_.rstrip(".") in MONTH_WORDS or day_number(doc[end]) or doc[end].like_num
    ):
        end += 1
    words = doc[start:end]
    if not any(t.lower_.rstrip(".") in MONTH_WORDS for t in words) or not any(day_number(t) for t in words):
        return None
    if relative and end < len(doc) and not doc[end].is_punct:
        return None  # "yesterday, 9 May being Europe Day": a date of its own clause
    return words.text


def told_as_previous(event: Event) -> bool:
    """'the previous conversation', 'an earlier meeting': the event's noun told as one before."""
    words = evidence_words(event)
    trigger = event.trigger_word.lower()
    return any(w in rules.PREVIOUS_WORDS and n == trigger for w, n in zip(words, words[1:], strict=False))


def carry_story_date(ctx: Context, events: list[Event]) -> None:
    """An undated meeting or visit told right after a dated event of the same status happened
    that day too ('Trump landed on Monday ... He met relatives of hostages'): news narrates in
    order. Ceasefire milestones are not carried: their date is stated when it matters; nor is news
    told as going on ('X is attending the forum'), which is of the day it is printed."""
    text = doc_text(ctx.doc)
    last: Event | None = None
    for event in events:
        if event.date_precision not in (None, "article"):
            last = event
            continue
        if (
            event.date_precision == "article"
            and last is not None
            and event.status == last.status
            and last.date_precision == "day"
            and not told_as_previous(last)
            and event.status != "cancelled"
            and event.event_type != "ceasefire"
            and text.count("\n\n", last.evidence_end, event.evidence_start) <= rules.STORY_DATE_MAX_PARAGRAPHS
            and not told_as_ongoing(ctx, event)
        ):
            event.event_date, event.date_precision = last.event_date, last.date_precision
            event.confidence = round(event.confidence - rules.CARRIED_DATE_PENALTY, 2)
            last = event


def lead_day(ctx: Context, events: list[Event]) -> dt.date | None:
    """The day the story's opening sentences give to a meeting or visit they tell, when it is a
    day or few before publication ('held a flurry of talks on Saturday' in a Sunday paper): the
    news the article goes on to tell without a day of its own happened then. A day given to
    something else (a strike, a flood, 'after Friday's blast') dates no diplomacy."""
    if ctx.published is None:
        return None
    told = (
        s for s in sentences(ctx.doc) if len(s) >= rules.LEAD_MIN_TOKENS and any(t.pos_ == "VERB" for t in s)
    )
    starts = [e.evidence_start for e in events if e.event_type in ("meeting", "visit")]
    for sent in islice(told, rules.LEAD_SENTENCES):  # the opening only, not every sentence
        told_event = any(sent.start_char <= start < sent.end_char for start in starts)
        if not told_event and not any(t.lower_ in rules.MEETING_NOUNS for t in sent):
            continue  # "held a flurry of calls on Saturday" tells of diplomacy too
        for ent in entities_within(sent):
            if ent.label_ != "DATE" or any(of_another_occasion(t) for t in ent.root.ancestors):
                continue  # "after the two met on Tuesday": the day of another occasion
            resolved = resolve_date(ent.text, ctx.published)
            if resolved is None or resolved.date is None or resolved.precision != "day":
                continue
            before = (ctx.published - resolved.date).days
            if before == 0:
                continue  # the publication's own date stamp
            if 1 <= before <= rules.LEAD_DAY_MAX_DAYS_BEFORE:
                return resolved.date
            return None  # the first day the story names is another: the lead tells no recent day
    return None


def of_another_occasion(token: Token) -> bool:
    """A word tying what hangs below it to another event: `another_occasion`, or the preposition
    of 'a day after Friday's blast'."""
    return another_occasion(token) or (token.dep_ == "prep" and token.lower_ in rules.OTHER_OCCASION_MARKS)


def date_from_lead(ctx: Context, events: list[Event]) -> None:
    """Occurred meetings and visits still dated only by publication take the lead's day."""
    day = lead_day(ctx, events)
    if day is None:
        return
    for event in events:
        if (
            event.date_precision == "article"
            and event.status == "occurred"
            and event.event_type != "ceasefire"
            and not told_in_present(ctx, event)
        ):
            event.event_date, event.date_precision = day, "day"
            event.confidence = round(event.confidence - rules.CARRIED_DATE_PENALTY, 2)


def told_in_present(ctx: Context, event: Event) -> bool:
    """'Driscoll arrives in Abu Dhabi', 'has arrived in Kyiv': news told in the present (or present
    perfect) tense is of the day it is printed."""
    return any(t.tag_ in rules.PRESENT_TENSE_TAGS or present_auxiliary(t) for t in trigger_words(ctx, event))


def told_as_ongoing(ctx: Context, event: Event) -> bool:
    """'X is attending the forum', 'are holding talks': the present progressive, of the day the
    story is printed (not 'has arrived', which follows on from the day told before it)."""
    return any(t.tag_ == "VBG" and present_auxiliary(t) for t in trigger_words(ctx, event))


def trigger_words(ctx: Context, event: Event) -> list[Token]:
    """The tokens of the event's evidence that are its trigger word."""
    span = ctx.doc.char_span(event.evidence_start, event.evidence_end, alignment_mode="expand")
    return [t for t in span or () if t.text == event.trigger_word]


def present_auxiliary(verb: Token) -> bool:
    return any(a.dep_ == "aux" and a.tag_ in rules.PRESENT_TENSE_TAGS for a in verb.children)


def told_again(event: Event, source: Event) -> bool:
    """'A met B after the two met on Tuesday in Cairo': the same verb told twice of the same people
    in one sentence is two meetings, and the day of one is not the other's."""
    return (
        event.event_type == source.event_type == "meeting"
        and event.trigger_word.lower() == source.trigger_word.lower()
        and {p.actor for p in event.participants} == {p.actor for p in source.participants}
    )


def share_sentence_date(events: list[Event]) -> None:
    """Events of one sentence without a date of their own take the sentence's stated day; the
    day a truce takes effect is its own ("agreed on Monday to a truce from Tuesday"), and so is
    each of its milestones."""
    dated = [e for e in events if e.date_precision not in (None, "article") and e.milestone != "took_effect"]
    if not dated:
        return
    source = dated[0]
    for position, event in enumerate(events):
        # "leave for Lagos at 10 pm ... before departing for Angola tomorrow": a later leg's day is
        # its own ("travel to A next week, on a tour that also takes in B": the tour's week is B's)
        later_leg = (
            event.event_type == source.event_type == "visit"
            and event.location != source.location
            and position < events.index(source)
        )
        # "the truce agreed in March has not been respected": each milestone of a truce has its own day
        other_milestone = event.event_type == source.event_type == "ceasefire"
        if (
            event.date_precision == "article"
            and event.status == source.status
            and not (later_leg or other_milestone or told_again(event, source))
        ):
            event.event_date, event.date_precision = source.event_date, source.date_precision
