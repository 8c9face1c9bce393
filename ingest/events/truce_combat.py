"""Combat told stopping for a truce or against it: the guns falling silent or fighting ending at a
time ("fighting will end at 4 a.m.") is the truce taking effect; shelling despite the truce,
combat going on into it ("Hours into the truce, troops were still firing") or breaking out as it
began ("Minutes after the ceasefire took effect, clashes were reported") is a violation."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.events.ceasefires import Found, is_anchor, is_combat, is_halt
from ingest.events.syntax import prep_objects


def silenced(found: Found, token: Token) -> None:
    """'The guns fell silent at noon', 'fighting will end at 4 a.m.', 'both sides stopped firing at
    midnight': combat stopping at a time."""
    if token.pos_ not in ("VERB", "AUX"):
        return
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if any(s.lower_ in rules.SILENCED_SUBJECTS for s in subjects) and any(
        c.lower_ in rules.SILENCE_WORDS for c in token.children if c.dep_ in ("acomp", "oprd", "attr")
    ):
        found.add("took_effect", rules.CAMEO_CEASEFIRE, token)
        return
    # "fighting will end at 4 a.m.", "both armies stopped firing at midnight"
    combat_stops = token.lemma_ in rules.HALT_WORDS and any(is_combat(s) for s in subjects)
    sides_stopped = is_halt(token) and token.tag_ == "VBD" and not combat_stops
    if not (combat_stops or sides_stopped):
        return
    holders = [token, *(c for c in token.children if c.dep_ in ("xcomp", "dobj"))]
    timed = any(
        t.ent_type_ in ("DATE", "TIME") or t.lower_ in rules.TIME_WORDS
        for h in holders
        for c in h.children
        if c.dep_ in ("prep", "npadvmod")
        for t in c.subtree
    )
    future = any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_AUX for c in token.children)
    if timed and (future or sides_stopped or found.has("agreed")):
        found.add("took_effect", rules.CAMEO_CEASEFIRE, token)


def defied(found: Found, token: Token) -> None:
    """'kept shelling despite the truce': combat told against a truce is a violation; so is
    combat that goes on into it ('Hours into the truce, troops were still firing')."""
    if (
        token.dep_ == "prep"
        and token.lower_ in rules.INTO_TRUCE_PREPS
        and time_span(token.head)  # "Two hours into the truce", not "enter into" one
    ):
        if any(is_anchor(g) for g in token.children if g.dep_ == "pobj"):
            for verb in token.sent:
                if (
                    verb.lemma_ in rules.GOING_ON_VERBS
                    and verb.pos_ in ("VERB", "AUX")
                    and combat_goes_on(verb)
                ):
                    found.add("violated", rules.CAMEO_VIOLATION, verb)
                    return
        return
    if soon_after_start(token):
        # "Minutes after the ceasefire took effect, clashes were reported": combat as it began
        combat = token.head.head
        fighting = [t for c in combat.children if c.dep_ in ("nsubj", "nsubjpass") for t in (c, *c.conjuncts)]
        # fighting told as what went on ("clashes were reported", "shelling resumed"), not a verb
        # of combat in another sense ("the army launched an investigation") nor its end
        if combat.lemma_ not in rules.HALT_WORDS and any(is_combat(t) for t in fighting):
            found.add("violated", rules.CAMEO_VIOLATION, combat)
        return
    if token.dep_ != "prep" or token.lower_ not in rules.DEFIANCE_PREPS:
        return
    # "despite the truce", "despite the extension of the truce"
    defied = [g for g in token.children if g.dep_ == "pobj"]
    if not any(
        is_anchor(g)
        or (g.lemma_ in rules.TRUCE_STEP_NOUNS and any(is_anchor(o) for o in prep_objects(g, {"of"})))
        for g in defied
    ):
        return
    combat = token.head
    going_on = combat.lemma_ in rules.GOING_ON_VERBS  # "shelling continued despite the truce"
    if (
        combat.lemma_ in rules.COMBAT_VERBS
        or (combat.lemma_ in rules.HARM_VERBS and harm_by_arms(combat))
        or is_combat(combat)
        or clashes_told(combat)
        or any(is_combat(c) for c in combat.children if c.dep_ in ("dobj", "xcomp"))
        or (
            going_on
            and any(is_combat(t) for c in combat.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts))
        )
    ):
        found.add("violated", rules.CAMEO_VIOLATION, combat)


def clashes_told(verb: Token) -> bool:
    """'clashes erupted', 'broke out', 'fresh clashes were reported': a verb whose subject or object
    is fighting told by a noun of its own (not 'halted attacks', nor 'a break in')."""
    broke_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or (verb.lemma_ in rules.HALT_WORDS and not broke_out):
        return False
    told = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") for t in (c, *c.conjuncts)]
    return any(t.lemma_.lower() in rules.CLASH_NOUNS for t in told)


def soon_after_start(truce: Token) -> bool:
    """'Minutes after a ceasefire took effect, ...', 'Hours after the truce began, ...': the truce
    the subject of a start told in a clause a length of time after which the sentence goes on."""
    start = truce.head
    return (
        truce.dep_ == "nsubj"
        and is_anchor(truce)
        and start.dep_ == "advcl"
        and (start.lemma_ in rules.START_VERBS or any(c.lower_ == "effect" for c in start.children))
        and any(c.dep_ == "mark" and c.lower_ == "after" for c in start.children)
        and any(c.dep_ in ("npadvmod", "dep") and c.i < truce.i and time_span(c) for c in start.children)
    )


def harm_by_arms(verb: Token) -> bool:
    """'drones damaged two substations', 'Russian forces killed three', 'two were killed': harm
    done by arms or a side, or told in the passive; not 'floods destroyed homes'."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if not subjects:
        # "two were killed despite the truce", not "injured in a traffic accident"
        causes = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        return passive and not any(c.lemma_.lower() in rules.NON_COMBAT_CAUSES for c in causes)
    return any(
        s.pos_ == "PRON"  # "the army said it had destroyed tunnels"
        or s.ent_type_ in ("GPE", "NORP", "ORG")
        or any(
            is_combat(t) or t.lemma_.lower() in rules.ARMED_WORDS
            for t in [s, *(c for c in s.children if c.dep_ in ("compound", "amod", "nmod"))]
        )
        for s in subjects
    )


def combat_goes_on(verb: Token) -> bool:
    """'were continuing to open fire', 'kept shelling', 'continued their attacks': fighting that
    did not stop."""
    for done in [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "dobj"))]:
        if done.lemma_ in rules.COMBAT_VERBS or is_combat(done):
            return True
        if any(c.dep_ == "dobj" and c.lower_ == "fire" for c in done.children):
            return True  # "open fire"
    return False


def time_span(noun: Token) -> bool:
    """'two hours', 'a couple of hours', 'a few days': a length of time."""
    return noun.lemma_ in rules.TIME_UNIT_WORDS or any(
        g.lemma_ in rules.TIME_UNIT_WORDS for g in prep_objects(noun, {"of"})
    )
