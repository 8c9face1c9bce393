"""Meeting, visit and ceasefire rules applied to the dependency parse of one article.

Each rule finds a trigger (a verb or noun from `rules.py`), reads its participants from the
parse (subject, object, "with"/"between" phrases, accompanying people), then its place, date
and status. Negated and hypothetical statements yield no event.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ingest import rules
from ingest.actors import (
    DATA_DIR,
    GROUP_NOUNS,
    ORG_GROUP_HEADS,
    ArticleActors,
    add_mention,
    clean_name,
    country_of,
    generic_title,
)
from ingest.dates import refers_to_story_day, resolve_date
from ingest.records import Actor, Event, Participant

PLACE_LABELS = {"GPE", "LOC", "FAC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
MAX_GROUP_TOKENS = 9
PHASE_RE = re.compile(
    r"\b(?:(first|second|third|fourth|initial|opening|1st|2nd|3rd|4th)\s+(?:phase|stage)"
    r"|(?:phase|stage)\s+(one|two|three|four|\d|i{1,3})\b)",
    re.IGNORECASE,
)


@dataclass
class Context:
    """What every rule needs: the parse, the article's actors and its publication date, and
    the events of the sentences read so far."""

    doc: Doc
    actors: ArticleActors
    published: dt.date | None
    conflict_table: dict[str, str]
    earlier: list[Event] = field(default_factory=list)

    def story_day(self, status: str | None) -> tuple[dt.date, str] | None:
        """The day of the latest earlier event of this status that states one."""
        for event in reversed(self.earlier):
            if event.status == status and event.date_precision == "day":
                return event.event_date, event.date_precision
        return None

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a noun-phrase head refers to: a name, a resolved pronoun, a group or org."""
        actor = self.actors.actor_at(token)
        if actor is not None and actor.kind != "place":
            return actor
        for child in token.children:
            if child.dep_ in ("appos", "compound") and child.ent_type_ == "PERSON":
                found = self.actors.actor_at(child)
                if found is not None:
                    return found
        if token.pos_ not in ("NOUN", "PROPN") or token.lower_ not in GROUP_NOUNS:
            return None
        return self.group_actor(token)

    def group_actor(self, token: Token) -> Actor | None:
        """'relatives of Israeli hostages' -> group; 'a Hamas delegation' -> org."""
        org_token = next(
            (c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "ORG"),
            None,
        )
        if org_token is not None and token.lower_ in ORG_GROUP_HEADS:
            org = self.actors.actor_at(org_token)
            name = f"{clean_name(org.canonical_name if org else org_token.text)} {token.text}"
            return self.remember(Actor(name, "org"), token)
        span = sorted(group_phrase(token), key=lambda t: t.i)
        if not any(t.pos_ in ("ADJ", "PROPN", "NOUN") for t in span if t != token):
            return None  # "counterparts", "two envoys": too vague to be an actor
        if not span or len(span) > MAX_GROUP_TOKENS:
            return None
        while span and (span[-1].dep_ in ("cc", "punct", "det") or span[-1].lower_ in ("and", "or")):
            span.pop()  # "ministers of Congo and" lost its conjunct: drop the dangling "and"
        name = " ".join(t.text for t in span if t.dep_ != "punct" or t.text == "-").strip()
        return self.remember(Actor(name, "group"), token)

    def remember(self, actor: Actor, token: Token) -> Actor:
        for known in self.actors.actors:
            if known.key == actor.key:
                return known
        self.actors.actors.append(actor)
        add_mention(self.actors, actor, self.doc[token.i : token.i + 1])
        return self.actors.actor_at(token) or actor


def group_phrase(head: Token) -> list[Token]:
    """The words naming a group: modifiers and 'of'/'from' phrases, not clauses or other PPs."""
    words = [head]
    for child in head.children:
        if child.dep_ in ("det", "poss", "predet", "punct", "cc", "conj", "relcl", "acl", "appos"):
            continue
        if child.dep_ == "prep" and child.lower_ not in ("of", "from"):
            continue
        words += list(child.subtree) if child.dep_ == "prep" else group_phrase(child)
    return words


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def expand_title_head(ctx: Context, token: Token) -> list[Token]:
    """'envoy Steve Witkoff and Jared Kushner' parses as the title with the names in apposition."""
    if ctx.actors.actor_at(token) is not None:
        return [token]
    listed = [c for c in token.children if c.dep_ == "appos"]
    named = [
        t
        for c in listed
        for t in (c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos"))
        if ctx.actors.actor_at(t) is not None
    ]
    if named:
        return named
    if token.pos_ in ("NOUN", "PROPN") and generic_title(token.text):
        # "chief of staff Andriy Yermak": the parser hangs the name inside the title phrase
        inner = [
            t
            for t in token.subtree
            if t.i - token.i <= 5
            and t.dep_ != "relcl"
            and (person := ctx.actors.actor_at(t)) is not None
            and person.kind == "person"
        ]
        if inner:
            return [inner[0]]
        named_after = title_apposition(ctx, token)
        if named_after:
            return named_after
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == ":" and token.lower_ in GROUP_NOUNS:
        # "seven European leaders: A, B and C" names the group's members
        listed_people = [
            t
            for t in token.sent
            if t.i > following.i
            and t.ent_iob_ == "B"
            and (a := ctx.actors.actor_at(t)) is not None
            and a.kind == "person"
        ]
        if listed_people:
            return listed_people
    return [token]


def title_apposition(ctx: Context, title: Token) -> list[Token]:
    """'the military's chief of staff, Lt. Gen. Eyal Zamir': the parser detaches the name
    after the comma from the title it names."""
    comma = title.right_edge.i + 1
    if comma >= len(title.doc) or title.doc[comma].text != ",":
        return []
    named = first_person_after(ctx, title.doc[comma])
    return [t for t in named if t.dep_ not in SUBJECT_DEPS]


def side(ctx: Context, tokens: list[Token]) -> list[Actor]:
    found: list[Actor] = []
    expanded = [t for token in tokens for t in expand_title_head(ctx, token)]
    for token in expanded:
        for item in (t for conjunct in with_conjuncts(token) for t in expand_title_head(ctx, conjunct)):
            found += [a for a in ctx.actors.people_at(item) if a not in found]
            for actor in [*(split_sides(ctx, item) or [ctx.actor_of(item)]), *leaders_of(ctx, item)]:
                if actor is not None and actor not in found:
                    found.append(actor)
    return found


def people_in_phrase(ctx: Context, head: Token) -> list[Actor]:
    """People named inside a noun phrase the parser got wrong ('Trump and Putin' parsed with
    Trump as a modifier of Putin), not inside its clauses or prepositional phrases."""
    found = []
    for token in head.subtree:
        path, current = [], token
        while current != head and current.head != current:
            path.append(current.dep_)
            current = current.head
        if current != head or any(dep in ("prep", "relcl", "acl", "appos", "advcl", "poss") for dep in path):
            continue
        actor = ctx.actors.actor_at(token)
        if actor is not None and actor.kind == "person" and actor not in found:
            found.append(actor)
    return found


def leaders_of(ctx: Context, token: Token) -> list[Actor]:
    """'a Hamas delegation led by Khalil al-Hayya': the leader is at the table too."""
    agents = [
        a
        for c in token.children
        if c.dep_ == "acl" and c.lemma_ in ("lead", "head", "include")
        for a in c.children
        if a.dep_ == "agent"
    ]
    found = []
    for agent in agents:
        objects = [g for g in agent.children if g.dep_ == "pobj"]
        found += [a for t in objects for c in with_conjuncts(t) if (a := ctx.actor_of(c)) is not None]
        if not found:  # "led by X held talks" misparsed with "talks" as the object of "by"
            found += [a for t in first_person_after(ctx, agent) if (a := ctx.actors.actor_at(t))]
    return found


def first_person_after(ctx: Context, token: Token, max_gap: int = 4) -> list[Token]:
    """The person named right after a word ('by senior official X'), within a few words."""
    for following in token.doc[token.i + 1 : token.i + 1 + max_gap]:
        actor = ctx.actors.actor_at(following)
        if actor is not None and actor.kind == "person":
            while following.head != following and ctx.actors.actor_at(following.head) is actor:
                following = following.head  # the name's head word carries its conjuncts
            return [following]
        if following.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            break
    return []


def stray_agents(ctx: Context, verb: Token) -> list[Token]:
    """'follows visits to Israel this week by X and by Y': the parser hangs the noun's 'by'
    phrases on the active verb, which cannot have an agent; they belong to the noun."""
    if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    phrases = [c for c in verb.children if c.dep_ == "agent"]
    phrases += [  # "by X and by Y", with the second "by" as a conjunct or after a dangling "and"
        c if c.dep_ == "conj" else c.nbor(1)
        for p in phrases
        for c in p.children
        if (c.dep_ == "conj" and c.lower_ == "by") or (c.dep_ == "cc" and c.nbor(1).lower_ == "by")
    ]
    found = []
    for phrase in phrases:
        objects = [g for g in phrase.children if g.dep_ == "pobj" and ctx.actor_of(g) is not None]
        found += objects or first_person_after(ctx, phrase)
    return found


def split_sides(ctx: Context, head: Token) -> list[Actor]:
    """'Russian and Ukrainian delegations', 'US and Russian negotiators': one group per side."""
    if head.lower_ not in GROUP_NOUNS or ctx.actors.actor_at(head) is not None:
        return []
    if head.dep_ not in SUBJECT_DEPS and not (head.dep_ == "pobj" and head.head.lower_ == "between"):
        return []  # "talks with Qatari and Egyptian mediators": one side of the table
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts]
    if not modifiers or any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return []  # "the US and Russian leaders" are people the article names, not groups
    sides = [modifiers[0], *modifiers[0].conjuncts]
    return [ctx.remember(Actor(f"{side.text} {head.text}", "group"), head) for side in sides]


def clause_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to ('talks' in 'held talks' -> 'held')."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def subject_of(verb: Token) -> list[Token]:
    """Subject of a verb, climbing through 'set to meet', 'plans to visit', participles."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and current.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT"):
            return [current.head]  # "Barrack, who arrived in Beirut": the relative's antecedent
        if subjects:
            return subjects
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [current.head]
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "after meeting Aoun, X said"
            current = current.head.head
            continue
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "acomp") and current.head != current:
            current = current.head
            continue
        break
    return []


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of prepositions such as 'with'/'to' attached to a token."""
    objects = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            objects += [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ == "next":  # "next to X"
                objects += [
                    g for p in child.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"
                ]
    return objects


def direct_objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("dobj", "obj", "attr")]


def governors(trigger: Token) -> list[Token]:
    """The trigger and the words governing it up through control and reporting verbs."""
    chain = [trigger]
    current = trigger
    if current.pos_ not in ("VERB", "AUX"):
        current = clause_verb(current)
        if current != trigger:
            chain.append(current)
    for _ in range(3):
        if current.dep_ in ("xcomp", "acomp") or (current.dep_ == "pcomp" and current.head.dep_ == "prep"):
            current = current.head if current.dep_ != "pcomp" else current.head.head
            chain.append(current)
            continue
        break
    return chain


def is_phrasal_cancel(token: Token) -> bool:
    """'called off the trip', 'pulled out of a planned meeting', 'was put on hold'."""
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod")}
    if any(token.lemma_ == verb and particle in particles for verb, particle in rules.CANCELLING_PHRASAL):
        return True
    return any(
        (token.lemma_, prep.lower_, obj.lower_) in rules.CANCELLING_PREP_PHRASES
        for prep in token.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def controls(token: Token, chain: list[Token]) -> bool:
    """'is set to meet', 'plans to visit', 'is going to travel': a governor of intent."""
    if token.lemma_ not in rules.PLANNED_GOVERNORS:
        return False
    if token.lemma_ == "go" and token.tag_ != "VBG":
        return False  # "went into a meeting" is not "going to meet"
    return any(t.dep_ == "xcomp" and t.head == token for t in chain)


def called_off_after(governor: Token) -> bool:
    """'expected to travel ... but called off the trip': a cancelling verb conjoined to the plan,
    with the plan itself or nothing as its object."""
    for verb in (c for c in governor.children if c.dep_ == "conj"):
        if not (is_phrasal_cancel(verb) or verb.lemma_ in rules.CANCELLING_WORDS):
            continue
        objects = direct_objects(verb)
        if not objects or any(
            o.lemma_ in rules.VISIT_NOUNS or o.lower_ in rules.MEETING_NOUNS or o.lower_ == "it"
            for o in objects
        ):
            return True
    return False


def is_scheduled(verb: Token) -> bool:
    """'are expected to begin', 'is due to take place': the subject is scheduled, not yet done."""
    planners = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return any(
        p.lemma_ in rules.SCHEDULING_GOVERNORS and any(c.dep_ == "xcomp" for c in p.children)
        for p in planners
    )


def status_of(trigger: Token) -> str | None:
    """occurred | planned | cancelled, or None for negated and hypothetical statements."""
    chain = governors(trigger)
    status = "occurred"
    for token in chain:
        children = list(token.children)
        if any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in children):
            return None
        if token.lemma_ in rules.NEGATING_GOVERNORS:
            return None
        if any(c.dep_ == "mark" and c.lower_ in rules.CONDITIONAL_MARKS for c in children):
            return None
        if any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in rules.CONDITIONAL_MARKS for m in c.children)
            for c in children
        ):
            return None  # "willing to meet him if Kyiv showed readiness"
        if token is not trigger and token.lemma_ in rules.NONCOMMITTAL_GOVERNORS:
            return None
        if (
            is_phrasal_cancel(token)
            or token.lemma_ in rules.CANCELLING_WORDS
            or any(c.lemma_ in rules.CANCELLING_WORDS for c in children if c.dep_ in ("amod", "compound"))
        ):
            return "cancelled"
        auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if auxes & rules.FUTURE_AUX:
            status = "planned"
        elif "would" in auxes and "have" in auxes:
            return None  # "would have met him had he come"
        elif "would" in auxes:
            top = chain[-1]
            if top.dep_ == "ccomp" and top.head.lemma_ in rules.REPORTING_VERBS:
                status = "planned"
            else:
                return None
        elif auxes & rules.HYPOTHETICAL_AUX:
            return None
        if token is not trigger and controls(token, chain) and trigger in token.subtree:
            status = "planned"
        if token is not trigger and token.lemma_ in rules.PLANNED_GOVERNORS and called_off_after(token):
            return "cancelled"  # "was expected to travel to Cairo but called off the trip"
        if token.lemma_ == "be" and trigger.dep_ == "xcomp" and trigger.head == token:
            status = "planned"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
        c.lower_ in rules.PLANNED_MODIFIERS for c in trigger.children if c.dep_ in ("amod", "compound")
    ):
        status = "planned"
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ in ("nsubj", "nsubjpass")
        and is_scheduled(trigger.head)
    ):
        status = "planned"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ in rules.ARRIVAL_PREDICATES for t in arrival_words(chain)
    ):
        status = "planned"  # "he is due in Brussels for a summit"
    governor = outer_clause(chain[-1])
    if status == "occurred" and governor is not None and chain[-1].tag_ != "VBD":
        # "said he would travel to Kyiv to meet X", "will attend a summit hosted by X"
        outer = status_of(governor)
        if outer is None and chain[-1].dep_ == "advcl":
            return None
        if outer == "planned":
            status = outer
    if trigger.pos_ in ("NOUN", "PROPN") and (
        trigger.head.lemma_ in rules.CANCELLING_WORDS
        or is_phrasal_cancel(trigger.head)
        or (trigger.head.dep_ == "prep" and is_phrasal_cancel(trigger.head.head))
    ):
        return "cancelled"
    return status


def arrival_words(chain: list[Token]) -> list[Token]:
    """'due' in 'is due in Brussels for a summit': the words between a noun trigger and its
    verb, and the verb's predicate adjective."""
    trigger, verb = chain[0], chain[1] if len(chain) > 1 else chain[0]
    found, current = [], trigger.head
    while current != verb and current.head != current and len(found) < 6:
        found.append(current)
        current = current.head
    return found + [c for c in verb.children if c.dep_ == "acomp"]


def date_of(ctx: Context, trigger: Token, status: str | None) -> tuple[dt.date | None, str | None]:
    """The DATE entity attached to the trigger's clause, else to the clause it serves ('flew to
    Cairo on Monday to meet X'), else the statement's date, resolved; else the publication date."""
    chain = governors(trigger)
    found = clause_date(ctx, chain, trigger, status, own=True) or told_day(ctx, chain, status)
    outer = chain
    for _ in range(2):
        governor = outer_clause(outer[-1]) if found is None else None
        if governor is None:
            break
        outer = governors(governor)
        found = clause_date(ctx, outer, trigger, status, own=False)
    found = found or occasion_date(ctx, chain, status)
    if found is not None:
        return found
    reporting = chain[-1]
    if reporting.dep_ == "ccomp" and reporting.head.lemma_ in rules.REPORTING_VERBS:
        # "X said on Feb. 12 that he had held a call": the statement's date bounds the event
        for ent in trigger.sent.ents:
            if ent.label_ == "DATE" and ent.root.head in (reporting.head, *reporting.head.children):
                resolved = resolve_date(ent.text, ctx.published, future=status == "planned")
                if resolved is not None and resolved.date is not None:
                    return resolved.date, resolved.precision
    if ctx.published is None:
        return None, None
    return ctx.published, "article"


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
    for ent in trigger.sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        distance = None
        current = ent.root
        for steps in range(6):
            if current.i in anchors:
                distance = steps
                break
            if current.head == current or (not own and current.dep_ in rules.CLAUSE_DEPS):
                break
            current = current.head
        if distance is not None:
            candidates.append((current.i in shared, distance, abs(ent.root.i - trigger.i), ent))
    for *_, ent in sorted(candidates, key=lambda c: c[:3]):
        phrase = date_phrase(ent)
        if refers_to_story_day(phrase) and ctx.story_day(status) is not None:
            return ctx.story_day(status)
        # "a visit that had been planned for Wednesday" looks ahead, even once cancelled
        for_plan = ent.root.head.lower_ == "for" and ent.root.head.head.lemma_ in rules.SCHEDULING_GOVERNORS
        future = status == "planned" or for_plan
        # "will speak again on May 12": an adverb that says nothing of the day
        resolved = resolve_date(phrase, ctx.published, future=future) or resolve_date(
            ent.text, ctx.published, future=future
        )
        if resolved is not None:
            return resolved.date, resolved.precision
    return None


def told_day(ctx: Context, chain: list[Token], status: str | None) -> tuple[dt.date, str] | None:
    """'Later that day, X met Y' when the model tags no DATE in it: the story's last day."""
    for token in chain:
        for child in token.children:
            if child.dep_ in ("npadvmod", "advmod", "prep") and child.i < token.i:
                words = ctx.doc[child.left_edge.i : child.right_edge.i + 1].text
                if refers_to_story_day(words):
                    return ctx.story_day(status)
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
    return None


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
    return [
        n
        for n in nouns
        if (n.lower_ in rules.MEETING_NOUNS or n.lemma_ in rules.VISIT_NOUNS)
        and any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "that", "this")) for c in n.children
        )
    ]


def outer_clause(verb: Token) -> Token | None:
    """The verb whose occasion a clause shares: 'travel on Monday to meet X', 'visited Kyiv on
    Tuesday, where he met X', 'downgraded on Wednesday after X pulled out of a meeting', 'a summit
    hosted by X' as the object of 'will attend on Sunday'."""
    if verb.dep_ == "advcl" and any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in rules.SAME_OCCASION_MARKS)
        for c in verb.children
    ):
        return verb.head
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        return clause_verb(verb.head) if verb.head.pos_ in ("PROPN", "NOUN") else None
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        return clause_verb(verb.head)
    return None


def date_phrase(ent: Span) -> str:
    """The DATE entity with the adverb and preposition before it: the model tags 'the week' in
    'later in the week', and the 'later in' decides which week."""
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.i != ent.start - 1 or prep.i == 0:
        return ent.text
    adverb = ent.doc[prep.i - 1]
    return ent.doc[adverb.i : ent.end].text if adverb.pos_ == "ADV" else ent.text


def place_of(ctx: Context, tokens: list[Token], exclude: list[Actor]) -> str | None:
    """A city or country in an 'in'/'at' phrase of the trigger, its verb or its objects."""
    tokens = [*tokens, *(clause_verb(t) for t in tokens if t.pos_ in ("NOUN", "PROPN"))]
    tokens = [*tokens, *(o for t in tokens for o in direct_objects(t) + prep_objects(t, {"with"}))]
    for token in tokens:
        for obj in prep_objects(token, {"in", "at", "inside"}):
            place = place_name(ctx, obj, exclude)
            if place:
                return place
        for child in token.children:
            if child.dep_ == "compound" and child.ent_type_ in PLACE_LABELS:
                return place_name(ctx, child, exclude)
    return None


def is_place(ctx: Context, token: Token) -> bool:
    """A place entity, or a name the model mislabelled that the article's actors call a place."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    actor = ctx.actors.actor_at(token)
    return actor is not None and actor.kind == "place"


def place_name(ctx: Context, token: Token, exclude: list[Actor] = ()) -> str | None:
    if not is_place(ctx, token):
        # "at the White House": the head may sit outside the entity
        inner = [t for t in token.subtree if is_place(ctx, t)]
        if not inner or len(list(token.subtree)) > 6:
            return None
        token = inner[-1]
    actor = ctx.actors.actor_at(token)
    if actor is not None and actor in exclude:
        return None
    ent = next((e for e in token.sent.ents if e.start <= token.i < e.end), None)
    if ent is None:
        return actor.canonical_name if actor is not None and actor.kind == "place" else None
    name = clean_name(ent.text)
    name = name.title() if name.isupper() and len(name) > 3 else name
    return venue_city(name)


@cache
def venue_table() -> dict[str, str]:
    with (DATA_DIR / "venues.csv").open(encoding="utf-8") as handle:
        return {row["venue"]: row["city"] for row in csv.DictReader(handle)}


def venue_city(place: str) -> str:
    """'the White House' -> 'Washington': seats of government stand for their city."""
    return venue_table().get(place.casefold().removeprefix("the "), place)


def make_event(ctx: Context, kind: str, trigger: Token, participants: list[Participant], **fields) -> Event:
    sent = trigger.sent
    return Event(
        event_type=kind,
        participants=participants,
        evidence=sent.text.strip(),
        evidence_start=sent.start_char,
        evidence_end=sent.start_char + len(sent.text.rstrip()),
        trigger_word=trigger.text,
        **fields,
    )


def finish(ctx: Context, event: Event, trigger: Token, status: str) -> Event:
    """Date and status together: a present-tense statement about a later day is planned."""
    event.event_date, event.date_precision = date_of(ctx, trigger, status)
    if (
        status == "occurred"
        and ctx.published
        and event.event_date
        and event.event_date > ctx.published
        and event.date_precision == "day"
    ):
        status = "planned"
    event.status = status
    if event.date_precision == "article":
        event.confidence = round(event.confidence - 0.05, 2)
    return event


def meeting_from_verb(ctx: Context, verb: Token) -> Event | None:
    """'X met Y', 'X held talks with Y', 'X hosted Y', 'X called Y', 'X and Y met'."""
    lemma = verb.lemma_
    noun = None
    if lemma in rules.LIGHT_VERBS and lemma not in rules.MEETING_VERBS:
        noun = next((o for o in direct_objects(verb) if o.lower_ in rules.MEETING_NOUNS), None)
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
        if noun is None and lemma == "sit":
            if not any(c.lower_ == "down" for c in verb.children):
                return None
        elif noun is None:
            return None
    elif lemma not in rules.MEETING_VERBS:
        return None
    code, subject_role = rules.MEETING_VERBS.get(lemma, ("040", "participant"))
    subject_tokens = subject_of(verb)
    subjects = side(ctx, subject_tokens)
    subjects += [a for t in subject_tokens for a in people_in_phrase(ctx, t) if a not in subjects]
    if verb.dep_ == "acl" or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)):
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:  # "Y was received by X"
            subjects, objects = side(ctx, agents), subjects
            return build_meeting(ctx, verb, subjects, objects, code, subject_role, noun)
    targets = [verb] + ([noun] if noun is not None else [])
    # "spoke over the phone with X": the counterpart may hang from the medium
    targets += [m for m in prep_objects(verb, {"over", "by", "via", "on"}) if m.lower_ in rules.CALL_WORDS]
    objects_tokens = []
    for target in targets:
        objects_tokens += prep_objects(target, {"with", "to", "between"}) + members_of(target)
    if lemma in ("meet", "host", "receive", "welcome", "greet", "call", "phone", "telephone", "consult"):
        objects_tokens += [o for o in direct_objects(verb)]
    if lemma in ("talk", "speak") and not objects_tokens:
        if not (len(subjects) >= 2 and spoke_to_each_other(verb)):
            return None
        objects, subjects = subjects[1:], subjects[:1]
        return build_meeting(ctx, verb, subjects, objects, code, subject_role, noun)
    if lemma == "receive":
        call = next((o for o in direct_objects(verb) if o.lower_ in rules.CALL_WORDS), None)
        if call is not None:
            code, subject_role = "041", "participant"
            objects_tokens = prep_objects(call, {"from"}) + prep_objects(verb, {"from"})
            noun = call
    if lemma == "call" and any(c.lower_ == "on" for c in verb.children if c.dep_ == "prep"):
        code, objects_tokens = "040", prep_objects(verb, {"on"})  # "called on the prime minister"
        noun = verb
    if lemma == "call" and not any(o.ent_type_ == "PERSON" or ctx.actors.actor_at(o) for o in objects_tokens):
        return None
    objects = side(ctx, objects_tokens)
    hosts = hosts_of(ctx, noun) if noun is not None and noun is not verb else []
    objects += [a for a in hosts if a not in objects and a not in subjects]
    if not objects and any(t.lower_ in GROUP_NOUNS for t in objects_tokens):
        # "X, joined by Y, received the two ministers": guests too vague to name, hosts together
        subjects += [a for a in companions(ctx, subject_tokens) if a not in subjects]
    return build_meeting(ctx, verb, subjects, objects, code, subject_role, noun)


def members_of(noun: Token) -> list[Token]:
    """'a summit of EU leaders': the group a gathering is made of."""
    if noun.lower_ not in rules.MEMBERSHIP_NOUNS:
        return []
    return [g for g in prep_objects(noun, {"of"}) if g.lower_ in GROUP_NOUNS]


def spoke_to_each_other(verb: Token) -> bool:
    """'A and B spoke over the hotline', 'the two will talk again': without an object, 'talk'
    and 'speak' state a conversation only with a medium or a repetition."""
    return is_call_context(verb, None) or any(c.lower_ in rules.RECIPROCAL_ADVERBS for c in verb.children)


def companions(ctx: Context, principals: list[Token]) -> list[Actor]:
    """People in 'joined by'/'accompanied by' phrases attached to the principals."""
    return [
        a
        for p in principals
        for c in p.children
        if c.dep_ == "acl" and c.lemma_ in ("accompany", "join") and c.tag_ == "VBN"
        for a in agent_people(ctx, c)
    ]


def agent_people(ctx: Context, verb: Token) -> list[Actor]:
    """The actors of a verb's 'by' phrase, and the person named right after 'by' (the parser
    sometimes hangs that name elsewhere: 'by Foreign Minister A and Defence Minister B')."""
    found: list[Actor] = []
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        named = side(ctx, [g for g in agent.children if g.dep_ == "pobj"])
        for actor in named + side(ctx, first_person_after(ctx, agent)):
            if actor not in found:
                found.append(actor)
    return found


def hosts_of(ctx: Context, noun: Token) -> list[Actor]:
    """'a ceremony hosted by X', 'a call organised by X': the host takes part too."""
    return side(
        ctx,
        [
            g
            for c in noun.children
            if c.dep_ in ("acl", "relcl") and c.lemma_ in rules.HOSTING_VERBS
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ],
    )


def build_meeting(ctx, trigger, subjects, objects, code, subject_role, noun=None) -> Event | None:
    participants = [Participant(a, subject_role) for a in subjects]
    other_role = "guest" if subject_role == "host" else "participant"
    participants += [Participant(a, other_role) for a in objects if a not in subjects]
    people = [p for p in participants if p.actor.kind != "place"]
    if len(people) < 2:
        return None
    if not objects and trigger.lemma_ in ("join", "attend"):
        return None  # "X and Y joined the talks": companions, not counterparts
    status = status_of(trigger)
    if status is None:
        return None
    is_call = code == "041" or is_call_context(trigger, noun)
    event = make_event(
        ctx,
        "meeting",
        trigger,
        people,
        cameo_code="041" if is_call else code,
        mode="call" if is_call else "in_person",
        confidence=0.8 if noun is None else 0.7,
    )
    if not is_call:
        event.location = place_of(
            ctx, [t for t in (trigger, noun) if t is not None], [p.actor for p in people]
        )
    return finish(ctx, event, trigger, status)


def is_call_context(trigger: Token, noun: Token | None) -> bool:
    """'spoke by phone', 'a phone call', 'held a video call'."""
    nearby = list(trigger.children) + ([noun, *noun.children] if noun is not None else [])
    nearby += [g for c in trigger.children if c.dep_ == "prep" for g in c.children]
    nearby += [m for g in nearby if g.dep_ == "pobj" for m in g.children if m.dep_ in ("compound", "amod")]
    return any(t.lower_ in rules.CALL_WORDS for t in nearby) and (
        trigger.lemma_ not in ("meet", "host", "receive", "welcome")
    )


def meeting_from_noun(ctx: Context, noun: Token) -> Event | None:
    """'a meeting with Y', 'talks between X and Y', 'after his call with Y, X said'."""
    if noun.head.lemma_ in rules.LIGHT_VERBS and noun.dep_ in ("dobj", "obj"):
        return None  # handled as 'held talks'
    if any(co_hosting_verb(t) for t in noun.doc[max(noun.i - 3, 0) : noun.i]):
        return None  # handled by `co_hosted_meeting`
    objects = side(ctx, prep_objects(noun, {"with", "between"}) + members_of(noun))
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners:
        verb = clause_verb(noun)
        if verb is not noun and noun.dep_ not in ("nsubj", "nsubjpass"):
            owners = subject_of(verb)
    subjects = side(ctx, owners)
    # "at a ceremony hosted by X", "a summit chaired by X": the host is a participant too
    hosts = hosts_of(ctx, noun)
    objects += [a for a in hosts if a not in objects and a not in subjects]
    code = "041" if noun.lower_ in ("call", "calls") else ("046" if noun.lower_ == "negotiations" else "040")
    event = build_meeting(ctx, noun, subjects, objects, code, "participant", noun)
    if event is not None:
        event.confidence = 0.65
        for participant in event.participants:
            if participant.actor in hosts:
                participant.role = "host"
    return event


def co_presence(ctx: Context, verb: Token) -> Event | None:
    """'X said beside Y', 'speaking alongside Y': a joint appearance is an in-person meeting."""
    if verb.lemma_ not in rules.CO_PRESENCE_VERBS:
        return None
    hosts = [verb] + [n for n in verb.subtree if n.lower_ in rules.MEETING_NOUNS and n.head.head == verb]
    others = side(ctx, [o for h in hosts for o in prep_objects(h, rules.CO_PRESENCE_PREPS)])
    if not others:
        return None
    subjects = side(ctx, subject_of(verb))
    event = build_meeting(ctx, verb, subjects, others, "040", "participant")
    if event is not None:
        event.confidence = 0.6
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
    noun = next((t for t in ctx.doc[verb.i + 1 : verb.i + 4] if t.lower_ in rules.MEETING_NOUNS), None)
    if noun is None:
        return None
    status, first = status_before(ctx, verb.i - 2)
    if status is None:
        return None
    hosts, stop = names_before(ctx, first)
    if stop is not None and stop.lower_ in rules.CONDITIONAL_MARKS:
        return None
    guests = [a for a in side(ctx, prep_objects(noun, {"of", "with", "between"})) if a not in hosts]
    people = [Participant(a, "host") for a in hosts if a.kind != "place"]
    people += [Participant(a, "participant") for a in guests if a.kind != "place"]
    if len(people) < 2:
        return None
    event = make_event(ctx, "meeting", verb, people, cameo_code="043", mode="in_person", confidence=0.65)
    anchors = [noun, *prep_objects(noun, {"of"}), *(t.head for t in ctx.doc[verb.i - 2 : verb.i + 1])]
    event.location = place_of(ctx, anchors, [p.actor for p in people]) or where_place(ctx, stop)
    return finish(ctx, event, verb, status)


def status_before(ctx: Context, index: int) -> tuple[str | None, int]:
    """Status from the auxiliaries and control verbs just before a word ('are to', 'will',
    'is set to', 'did not'), and the index of the first word before them."""
    status = "occurred"
    sent_start = ctx.doc[index].sent.start
    while index - 1 >= sent_start:
        word = ctx.doc[index - 1]
        lemma = word.lemma_.lower()
        planning = lemma in rules.PLANNED_GOVERNORS | rules.NONCOMMITTAL_GOVERNORS
        if word.pos_ not in ("AUX", "PART", "ADV") and not planning:
            break
        if word.lower_ in ("not", "never", "n't") or word.lower_ in rules.HYPOTHETICAL_AUX:
            return None, index
        if lemma in rules.NONCOMMITTAL_GOVERNORS:
            return None, index
        if word.lower_ in rules.FUTURE_AUX | {"would", "to"} or lemma in rules.PLANNED_GOVERNORS:
            status = "planned"
        index -= 1
    return status, index


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
        actor = ctx.actors.actor_at(word) or (ctx.actor_of(word) if word.lower_ in GROUP_NOUNS else None)
        if actor is not None and actor.kind != "place" and actor not in found:
            found.insert(0, actor)
        current -= 1
    return found, None


def where_place(ctx: Context, stop: Token | None) -> str | None:
    """'flew to Cairo, where they co-chaired ...': the place a 'where' clause hangs from."""
    if stop is None or stop.lower_ != "where" or stop.i < 2:
        return None
    before = stop.nbor(-1) if stop.nbor(-1).text != "," else stop.nbor(-2)
    return place_name(ctx, before)


def visit_event(ctx: Context, trigger: Token) -> list[Event] | None:
    """'X visited P', 'X arrived in P', 'his trip to P', 'on his arrival to P'."""
    # "is set to land in P": the tagger sometimes takes an infinitive for a noun
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    is_verb = trigger.pos_ in ("VERB", "AUX") or infinitive
    if is_verb and trigger.lemma_ not in rules.VISIT_VERBS:
        return None
    if not is_verb and trigger.lower_ not in rules.VISIT_NOUNS and trigger.lemma_ not in rules.VISIT_NOUNS:
        return None
    destinations = prep_objects(trigger, rules.VISIT_PREPS)
    if trigger.lemma_ in ("visit", "tour"):
        destinations = direct_objects(trigger) + destinations
    places = visit_places(ctx, destinations)
    if not places:
        return None
    if is_verb:
        visitors = side(ctx, subject_of(trigger))
    else:
        owners = [c for c in trigger.children if c.dep_ == "poss"] + prep_objects(trigger, {"by"})
        verb = clause_verb(trigger)
        if not owners and trigger.dep_ in ("dobj", "obj") and trigger.head == verb:
            owners = stray_agents(ctx, verb)
        visitors = side(ctx, owners or (subject_of(verb) if verb is not trigger else []))
    visitors = [a for a in visitors if a.kind != "place"]
    if not visitors:
        return None
    status = status_of(trigger)
    if status is None:
        return None
    events = []
    for place in places:  # "visited Saudi Arabia, Qatar and the UAE": one visit per place
        event = make_event(
            ctx,
            "visit",
            trigger,
            [Participant(a, "visitor") for a in visitors],
            cameo_code="042",
            location=place,
            confidence=0.75 if is_verb else 0.65,
        )
        events.append(finish(ctx, event, trigger, status))
    return events


def expected_arrival(ctx: Context, trigger: Token) -> list[Event] | None:
    """'He is due in Brussels on Thursday', 'she is expected in Cairo': a planned visit."""
    if trigger.lower_ not in rules.ARRIVAL_PREDICATES or any(c.dep_ == "xcomp" for c in trigger.children):
        return None
    places = visit_places(ctx, prep_objects(trigger, {"in", "at"}))
    visitors = [a for a in side(ctx, subject_of(trigger)) if a.kind != "place"]
    status = status_of(trigger)
    if not places or not visitors or status is None:
        return None
    if called_off_after(trigger) or called_off_after(trigger.head):
        status = "cancelled"  # "was due in Paris but cancelled the trip"
    status = "planned" if status == "occurred" else status
    events = []
    for place in places:
        participants = [Participant(a, "visitor") for a in visitors]
        event = make_event(
            ctx, "visit", trigger, participants, cameo_code="042", location=place, confidence=0.65
        )
        events.append(finish(ctx, event, trigger, status))
    return events


def visit_places(ctx: Context, destinations: list[Token]) -> list[str]:
    """Places visited: the destination and its conjuncts, or a place inside a site's name
    ('the coordination centre in Kiryat Gat')."""
    places: list[str] = []
    for destination in destinations:
        for token in with_conjuncts(destination):
            place = place_name(ctx, token)
            if place is None:
                inner = prep_objects(token, {"in", "at", "near"})
                place = next((p for p in (place_name(ctx, t) for t in inner) if p), None)
            if place and place not in places:
                places.append(place)
    return places


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
        if t.lower_ in ctx.conflict_table and abs(t.i - a.i) <= 10
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
    for match in PHASE_RE.finditer(sent.text):
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
        return "proposed", "036"  # "called for a truce"
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
        if milestone == "began" and not has_phase and lemma in ("begin", "start", "commence", "kick"):
            return "took_effect", code
        if milestone == "began" and not has_phase:
            continue
        if milestone == "ended" and not has_phase and lemma in ("complete", "wrap"):
            continue
        if lemma == "put" and not any(c.lower_ == "forward" for c in token.children):
            continue
        if milestone == "talks" and token.pos_ == "VERB" and lemma == "talk":
            continue
        return milestone, code
    return None


def linked(trigger: Token, anchor: Token, max_steps: int = 4) -> bool:
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
    has_phase = PHASE_RE.search(sent.text) is not None
    events: list[Event] = []
    seen: set[str] = set()
    for token in sent:
        found = milestone_of(token, has_phase)
        if found is None:
            continue
        milestone, code = found
        if milestone == "took_effect" and token.lemma_ in ("effect", "force", "hold"):
            trigger = token.head.head if token.head.dep_ == "prep" else token.head
        else:
            trigger = token
        if not any(
            linked(token, a) or linked(trigger, a) or modifies(trigger, a) for a in anchors if a != token
        ):
            continue
        if milestone == "took_effect" and any(
            c.lower_ in ("talks", "negotiations") for c in trigger.children if c.dep_ in SUBJECT_DEPS
        ):
            milestone, code = "talks", "046"
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
            confidence=0.7,
        )
        events.append(finish(ctx, event, trigger, status))
    return events


def separate_meetings(ctx: Context, event: Event, trigger: Token) -> list[Event]:
    """'X held separate talks with A and B': one meeting with each of them, not one of three."""
    nouns = [trigger] if trigger.lower_ in rules.MEETING_NOUNS else direct_objects(trigger)
    noun = next((n for n in nouns if n.lower_ in rules.MEETING_NOUNS), None)
    if noun is None or not any(c.lower_ in rules.SEPARATE_WORDS for c in noun.children if c.dep_ == "amod"):
        return [event]
    principals = set(side(ctx, subject_of(clause_verb(noun) if noun is not trigger else trigger)))
    ours = [p for p in event.participants if p.actor in principals]
    others = [p for p in event.participants if p.actor not in principals]
    if not ours or len(others) < 2:
        return [event]
    return [replace(event, participants=[*ours, other]) for other in others]


def add_accompanying(ctx: Context, sent: Span, events: list[Event]) -> None:
    """'He was accompanied by X and Y' adds X and Y to the latest event of 'he'."""
    for token in sent:
        if token.lemma_ not in ("accompany", "join") or token.tag_ != "VBN":
            continue
        companions = agent_people(ctx, token)
        if not companions:
            continue
        principals = side(ctx, [token.head]) if token.dep_ == "acl" else side(ctx, subject_of(token))
        for event in reversed(events):
            if event.event_type == "ceasefire" or not any(p.actor in principals for p in event.participants):
                continue
            if event.evidence_start < sent.start_char - 2000:
                break
            known = {p.actor for p in event.participants}
            event.participants += [Participant(a, "accompanying") for a in companions if a not in known]
            break


def add_side_members(ctx: Context, sent: Span, events: list[Event]) -> None:
    """'The US team was led by X and Y, while the Ukrainian side was headed by Z': the people
    who led a side of the latest meeting held between national sides take part in it."""
    for verb in sent:
        if verb.lemma_ not in rules.LEADING_VERBS or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "auxpass" for c in verb.children):
            sides = [c for c in verb.children if c.dep_ == "nsubjpass"]
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            members = people_listed_after(ctx, agent) if agent is not None else []
        else:
            sides = direct_objects(verb)
            members = [a for a in side(ctx, subject_of(verb)) if a.kind == "person"]
        country = next((c for s in sides if s.lower_ in rules.SIDE_NOUNS for c in side_countries(s)), None)
        if country is None or not members:
            continue
        for event in reversed(events):
            if event.evidence_start < sent.start_char - 2000:
                break
            matched = [
                p
                for p in event.participants
                if event.event_type == "meeting"
                and p.actor.kind in ("group", "org")
                and label_country(p.actor.canonical_name) == country
            ]
            if not matched:
                continue
            dropped = {
                p.actor for p in matched if p.actor.canonical_name.split()[-1] not in rules.DELEGATION_NOUNS
            }
            known = {p.actor for p in event.participants}
            event.participants = [p for p in event.participants if p.actor not in dropped]
            event.participants += [Participant(a, "participant") for a in members if a not in known]
            break


def side_countries(noun: Token) -> list[str]:
    """'the Ukrainian side', 'the US team' -> the country of the side."""
    return [
        country
        for c in noun.children
        if c.dep_ in ("amod", "compound", "nmod")
        and (country := country_of(c.text, "GPE" if c.ent_type_ == "GPE" else "NORP"))
    ]


def label_country(label: str) -> str | None:
    """'Ukrainian delegations' -> 'Ukraine': the country a side's label opens with."""
    first = label.split()[0]
    return country_of(first, "NORP") or country_of(first)


def people_listed_after(ctx: Context, token: Token) -> list[Actor]:
    """People named in the list that follows a word, up to the end of its clause: 'by A and
    national security adviser B, while ...', 'by A, accompanied by B and C.'"""
    found: list[Actor] = []
    for following in token.doc[token.i + 1 : token.sent.end]:
        if following.lemma_ in rules.ACCOMPANYING_VERBS and following.tag_ == "VBN":
            continue
        if following.pos_ == "VERB" and following.dep_ in ("amod", "compound"):
            continue  # "retired general X"
        if following.pos_ in ("VERB", "AUX", "SCONJ") or following.text in (".", ";", ":", "("):
            break
        if following.pos_ == "ADP" and following.lower_ not in ("of", "by"):
            break
        actor = ctx.actors.actor_at(following)
        if actor is not None and actor.kind == "person" and actor not in found:
            found.append(actor)
    return found


def merge_duplicates(events: list[Event]) -> list[Event]:
    """The same real event stated twice in one article is one event."""
    kept: list[Event] = []
    for event in events:
        twin = next((k for k in kept if same_event(k, event)), None)
        if twin is None:
            kept.append(event)
            continue
        known = {p.actor for p in twin.participants}
        twin.participants += [p for p in event.participants if p.actor not in known]
        if twin.date_precision == "article" and event.date_precision != "article":
            twin.event_date, twin.date_precision = event.event_date, event.date_precision
        twin.confidence = max(twin.confidence, event.confidence)
    return kept


def same_event(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type or a.status != b.status:
        return False
    dates_agree = a.event_date == b.event_date or "article" in (a.date_precision, b.date_precision)
    if not dates_agree:
        return False
    if a.event_type == "ceasefire":
        return (a.conflict, a.milestone, a.phase) == (b.conflict, b.milestone, b.phase)
    shared = {p.actor for p in a.participants} & {p.actor for p in b.participants}
    if a.event_type == "visit":
        return bool(shared) and a.location == b.location
    if len(shared) < 2 or a.mode != b.mode:
        return False
    # "Rubio and Witkoff met Macron ... later met Yermak": each mention has a counterpart the
    # other lacks, so they are two meetings
    only_a = {p.actor for p in a.participants if p.role != "accompanying"} - shared
    only_b = {p.actor for p in b.participants if p.role != "accompanying"} - shared
    return not (only_a and only_b)


# Cheap gates before the rules run: only tokens that can trigger a rule are looked at.
MEETING_VERB_LEMMAS = set(rules.MEETING_VERBS) | rules.LIGHT_VERBS | rules.CO_PRESENCE_VERBS
VISIT_LEMMAS = set(rules.VISIT_VERBS) | rules.VISIT_NOUNS
CEASEFIRE_HINT = re.compile(r"cease|truce|armistice|cessation|phase|stage", re.IGNORECASE)


def find_events(ctx: Context) -> list[Event]:
    """Every event in the article, in text order, duplicates merged."""
    events: list[Event] = []
    ctx.earlier = events
    default_conflict = article_conflict(ctx)
    for sent in ctx.doc.sents:
        sentence_events: list[Event] = []
        for token in sent:
            candidate = None
            if co_hosting_verb(token):
                candidate = co_hosted_meeting(ctx, token)
            elif token.pos_ in ("VERB", "AUX") and token.lemma_ in MEETING_VERB_LEMMAS:
                candidate = meeting_from_verb(ctx, token) or co_presence(ctx, token)
            elif token.pos_ in ("NOUN", "PROPN") and token.lower_ in rules.MEETING_NOUNS:
                candidate = meeting_from_noun(ctx, token)
            if candidate is not None:
                sentence_events += separate_meetings(ctx, candidate, token)
            if token.pos_ in ("VERB", "NOUN") and (
                token.lemma_ in VISIT_LEMMAS or token.lower_ in VISIT_LEMMAS
            ):
                sentence_events += visit_event(ctx, token) or []
            elif token.lower_ in rules.ARRIVAL_PREDICATES:
                sentence_events += expected_arrival(ctx, token) or []
        if CEASEFIRE_HINT.search(sent.text):
            sentence_events += ceasefire_events(ctx, sent, default_conflict)
        share_sentence_date(sentence_events)
        events += sentence_events
        add_accompanying(ctx, sent, events)
        add_side_members(ctx, sent, events)
    carry_call_mode(events)
    carry_story_date(events, ctx.doc.text)
    return merge_duplicates(events)


STORY_DATE_MAX_PARAGRAPHS = 1  # the same paragraph or the next one


def carry_story_date(events: list[Event], text: str) -> None:
    """An undated meeting or visit told right after a dated event of the same status happened
    that day too ('Trump landed on Monday ... He met relatives of hostages'): news narrates in
    order. Ceasefire milestones are not carried: their date is stated when it matters."""
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
            and event.status != "cancelled"
            and event.event_type != "ceasefire"
            and text.count("\n\n", last.evidence_end, event.evidence_start) <= STORY_DATE_MAX_PARAGRAPHS
        ):
            event.event_date, event.date_precision = last.event_date, last.date_precision
            event.confidence = round(event.confidence - 0.1, 2)
            last = event


def share_sentence_date(events: list[Event]) -> None:
    """Events of one sentence without a date of their own take the sentence's stated day."""
    dated = [e for e in events if e.date_precision not in (None, "article")]
    if not dated:
        return
    for event in events:
        if event.date_precision == "article" and event.status == dated[0].status:
            event.event_date, event.date_precision = dated[0].event_date, dated[0].date_precision


def carry_call_mode(events: list[Event]) -> None:
    """'X spoke to Y' right after a phone call of X's is another call, not an in-person meeting."""
    previous: Event | None = None
    for event in events:
        if event.event_type != "meeting":
            continue
        if (
            previous is not None
            and previous.mode == "call"
            and event.mode == "in_person"
            and event.location is None
            and event.trigger_word.lower().startswith(("spoke", "talk", "speak"))
            and {p.actor for p in previous.participants} & {p.actor for p in event.participants}
        ):
            event.mode, event.cameo_code = "call", "041"
        previous = event
