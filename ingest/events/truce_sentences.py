"""Ceasefire milestones (proposed, talks, agreed, took effect, began, ended, violated, collapsed)
read sentence by sentence, with the conflict and the phase each concerns. `ceasefire_sentences`
finds the sentences with a word that may tell a truce and `ceasefire_events` reads one: a
milestone word (`milestone_words.py`) linked to a truce word in the parse (`truce_links.py`) gives
the milestone, unless the sentence tells of talks rather than the truce, of an aim, a wish or a
truce already made; orders, pledges and start times (`truce_starts.py`) and combat
(`truce_combat.py`) add theirs. `told_truce_steps` reads a sentence with no truce word told right
after a truce (`truce_steps.py`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest import geography, rules
from ingest.actors.names import demonym_of
from ingest.events.ceasefires import Found, clause_verb_of, is_anchor, told_when_or_where
from ingest.events.context import Context
from ingest.events.milestone_words import aim_predicate, milestone_of, terms_handed
from ingest.events.participants import conflict_sides
from ingest.events.syntax import (
    SUBJECT_DEPS,
    direct_objects,
    how_deal_came,
    is_definite,
    prep_objects,
    produced_deal,
)
from ingest.events.truce_combat import defied, silenced
from ingest.events.truce_conflicts import conflict_of, story_conflict
from ingest.events.truce_links import linked, modifies, phase_near, phase_of_deal
from ingest.events.truce_starts import is_infinitive_start, orders_and_pledges, start_of, start_readings
from ingest.events.truce_status import hoped_or_denied, is_subjunctive, negated_clause, told_in_past, urged_to
from ingest.events.truce_steps import told_truce_step
from ingest.records import Event


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
    if verb.dep_ == "ccomp" and verb.head.lower_ in talks and verb.head.dep_ in ("pobj", "dobj"):
        return True  # "about ceasefire talks it has been brokering", the talks misread as a verb
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


def stray_infinitive(verb: Token) -> bool:
    """'discussed Egypt's efforts to achieve calm, reach a ceasefire and free captives': a bare
    infinitive of a listed aim that the parser joined to the clause's verb states no deal."""
    if verb.dep_ == "conj" and verb.head.dep_ == "conj" and stray_infinitive(verb.head):
        return not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)  # "... and secure"
    # a present-tense verb with no subject joined to a past one is such an infinitive misread
    return (
        (verb.tag_ == "VB" or (verb.tag_ == "VBP" and verb.head.tag_ == "VBD"))
        and verb.dep_ == "conj"
        and verb.head.tag_ != "VB"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children)
    )


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


def met_on_deal(verb: Token) -> bool:
    """'negotiators will meet next week on reaching a truce': a meeting held on reaching a deal is
    talks on it, the deal still to come."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ in rules.TOPIC_PREPS
        and verb.head.head.pos_ == "VERB"
        and verb.head.head.lemma_ in rules.MEETING_VERBS
    )


def maybe_truce(anchor: Token) -> bool:
    """'a potential ceasefire', 'a possible truce': one talked of, neither agreed nor offered."""
    noun = anchor.head if anchor.dep_ == "compound" else anchor
    return any(c.dep_ == "amod" and c.lower_ in rules.MAYBE_WORDS for c in noun.children)


def kept_truce(anchor: Token) -> bool:
    """'action to force the army to abide by the ceasefire agreement': a call to keep a truce that
    exists proposes none."""
    noun = anchor.head if anchor.dep_ == "compound" else anchor
    keeper = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.dep_ in ("dobj", "pobj") and keeper.lemma_ in rules.KEEPING_VERBS


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


def mandate(verb: Token) -> bool:
    """'investigate and verify violations', 'a hotline for reporting violations', 'denied
    violations': what a body does about breaches, not a breach."""
    if verb.lemma_ in rules.ACCUSING_VERBS:
        return False
    return verb.lemma_ in rules.NO_BREACH_VERBS or (verb.tag_ == "VBG" and verb.dep_ == "pcomp")


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
        if milestone == "agreed" and met_on_deal(token):
            milestone, code = "talks", rules.CAMEO_NEGOTIATE
        if milestone in ("agreed", "proposed") and maybe_truce(partner):
            continue  # "agreed to present a vision of a potential ceasefire": no truce yet, nor offer
        if milestone == "proposed" and kept_truce(partner):
            continue  # "called for action to make them abide by the truce agreement"
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
    # "A truce ..., brokered by the US and France, called for a two-month ceasefire": its terms
    return [e for e in kept if not (e.milestone == "agreed" and id(e) in found.described_content)]
