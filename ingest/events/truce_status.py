"""How a truce step is told, for the rules that read one: as fact ("suspended the ceasefire"),
negated ("has not reported violations", "Neither side reported violations"), wished for or said
not to be taken ("We hope the ceasefire is implemented", "that the truce be implemented",
"without acknowledging the ceasefire"), asked of others ("urged A and B to agree"), failed ("did
not hold"), told as past, or a breach told as one ("violated the deal", not "would violate")."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.syntax import SUBJECT_DEPS, first_in_list, prep_objects


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


def failed(verb: Token) -> bool:
    """'did not hold', 'failed to hold'."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated or (verb.dep_ == "xcomp" and verb.head.lemma_ in rules.FAILING_VERBS)


def told_in_past(verb: Token) -> bool:
    """'failed to hold', 'did not hold', 'has not held': the failure is told as done."""
    verbs = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    past_aux = any(c.dep_ == "aux" and c.tag_ == "VBD" for v in verbs for c in v.children)
    return past_aux or any(v.tag_ in ("VBD", "VBN") for v in verbs)


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
