"""Which milestone a word states (`milestone_of`), and the checks that tell it from a word that
states none: "broke down", "failed to hold" and "called off the ceasefire" are a collapse, "has not
been respected" a violation, "called for a truce" its proposal; one side accepting a proposal
gives the proposal only; an aim ("working to broker a truce"), a condition ("will only agree to a
truce which ..."), an extension, a truce's stated end ("expires on Saturday") or a government's
own deliberation ("the cabinet will discuss the truce") is no milestone."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.ceasefires import is_anchor, is_ceasefire_word
from ingest.events.syntax import SUBJECT_DEPS, direct_objects, prep_objects, produced_deal
from ingest.events.truce_status import failed, hoped_or_denied, negated_clause, told_done


def aim_predicate(verb: Token) -> bool:
    """'The goal of the talks will be to reach a truce': the verb says what an aim is."""
    head = verb.head
    return (
        verb.dep_ in ("xcomp", "attr", "ccomp")
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lemma_ in rules.AIM_NOUNS for c in head.children)
    )


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
    if (
        verb.dep_ == "relcl"
        and verb.head.lemma_ in rules.PLAN_NOUNS
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in rules.RELATIVE_PRONOUNS for c in verb.children)
    ):
        plans.append(verb.head)  # "Trump's plan, which envisions a ceasefire"
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
    if asking and any(g.lower_ in rules.TALKS_NOUNS for g in prep_objects(token, {"for"})):
        return None  # "calling for talks on a humanitarian ceasefire": talks asked for, no truce offered
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
