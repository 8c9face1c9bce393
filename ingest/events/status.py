"""Whether an event occurred, is planned or was cancelled, or is not stated as real at all
(negated, conditional, wished for, yet to come, or trips summed up as a habit): read from a
trigger's auxiliaries and governing words."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.actors.names import title_word
from ingest.events.context import Context
from ingest.events.syntax import (
    direct_objects,
    first_in_list,
    governors,
    is_definite,
    outer_clause,
    prepared_occasion,
    to_infinitive,
)


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
    """'is set to meet', 'plans to visit', 'is going to travel': a governor of intent, and what a
    phrase of the planned clause tells."""
    if token.lemma_ not in rules.PLANNED_GOVERNORS:
        return False
    if token.lemma_ == "go" and token.tag_ != "VBG":
        return False  # "went into a meeting" is not "going to meet"
    if any(t.dep_ == "xcomp" and t.head == token for t in chain):
        return True
    # "is set to start Friday off with A, before a meeting with B": a phrase of the plan itself
    phrase = chain[0].head if chain[0].dep_ == "pobj" else None
    return (
        phrase is not None
        and phrase.head == token
        and phrase.lower_ not in rules.AFTER_PREPS  # "Following talks on May 22, they agreed to meet"
        and token.lemma_ in rules.SCHEDULING_GOVERNORS
        and any(c.dep_ == "xcomp" for c in token.children)
    )


def called_off_after(governor: Token) -> bool:
    """'expected to travel ... but called off the trip': a cancelling verb conjoined to the plan,
    with the plan itself or nothing as its object."""
    # "was due to meet X, but the talks were postponed": the 'but' clause hangs from "was"
    heads = [governor, governor.head] if governor.dep_ == "acomp" else [governor]
    for verb in (c for h in heads for c in h.children if c.dep_ == "conj"):
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
    # "another meeting has been scheduled between A and B": arranged, whatever the tense
    arranged = verb.lemma_ in rules.ARRANGED_PASSIVE_VERBS and any(c.dep_ == "auxpass" for c in verb.children)
    return arranged or any(
        p.lemma_ in rules.SCHEDULING_GOVERNORS and any(c.dep_ == "xcomp" for c in p.children)
        for p in planners
    )


def word_forms(token: Token) -> set[str]:
    """The lemma and the plain forms of a word: the model lemmatises some past tenses wrongly."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    if lower.endswith("ed"):
        forms |= {lower[:-1], lower[:-2]}
    return forms


def told_about(noun: Token) -> bool:
    """'will report on his talks with X', 'briefed reporters about the meeting': a meeting told of is
    one that took place, whatever the tense of the telling."""
    prep = noun.head
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in rules.TOPIC_PREPS
        or prep.head.lemma_ not in rules.TELLING_VERBS
    ):
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "that", "this")) for c in noun.children
    )


def prepared_for(noun: Token) -> bool:
    """'setting the stage for talks', 'paving the way for a meeting', 'began arranging a meeting':
    talks still to come."""
    if noun.dep_ == "dobj" and noun.head.lemma_ in rules.ARRANGING_VERBS:
        return True
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.lemma_ in rules.ASSENTING_VERBS
        and not any(t.dep_ == "relcl" for t in noun.subtree)  # "a meeting with X, which was held on Friday"
    ):
        return True  # "had agreed to a visit to Washington": one still to come
    return prepared_occasion(noun)


def status_of(trigger: Token) -> str | None:
    """occurred | planned | cancelled, or None for negated and hypothetical statements."""
    if trigger.pos_ in ("NOUN", "PROPN") and wished_for(trigger):
        # "a meeting between A and B was possible in the afternoon": on the cards; else none
        return "planned" if held_out_for(trigger) else None
    if trigger.pos_ in ("NOUN", "PROPN") and discussed_as_topic(trigger):
        return None
    if trigger.pos_ in ("NOUN", "PROPN") and told_about(trigger):
        return "occurred"
    if trigger.pos_ in ("NOUN", "PROPN") and ruled_out(trigger):
        return None
    if occasion_for(trigger):
        return None
    status = plain_status(trigger)
    if (
        status is not None
        and trigger.pos_ in ("NOUN", "PROPN")
        and (prepared_for(trigger) or told_as_ahead(trigger))
    ):
        return "planned"
    if status == "occurred" and trigger.tag_ == "VBG" and on_present_schedule(trigger):
        return "planned"  # "his itinerary includes meeting X on Monday"
    return status


def occasion_for(verb: Token) -> bool:
    """'the summit is a good occasion for leaders to consult': what an occasion allows people in
    general to do (a bare plural, no one told) is no event; not 'an occasion for A and B to meet'."""
    generic = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and c.tag_ == "NNS" and not any(d.dep_ in ("det", "poss") for d in c.children)
    ]
    return (
        verb.dep_ in ("advcl", "acl", "relcl")
        and verb.head.lemma_ in rules.OCCASION_NOUNS
        and bool(generic)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
        and to_infinitive(verb)
    )


def ruled_out(noun: Token) -> bool:
    """'no visit is planned', 'there were no plans for a tour of A and B': a noun, or the noun
    whose phrase it ends, that says 'no'."""
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        nouns.append(noun.head.head)
    return any(c.dep_ == "det" and c.lower_ in rules.NEGATING_DETERMINERS for n in nouns for c in n.children)


def denied_clause(top: Token) -> bool:
    """'denied that he had planned a visit', 'denied reports that X would visit': a clause told only
    to be denied."""
    head = top.head
    if top.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lower_ in rules.REPORT_NOUNS:
        head = head.head
    return top.dep_ in ("ccomp", "acl") and head.lemma_ in rules.DENYING_VERBS


def told_as_ahead(noun: Token) -> bool:
    """'arrived in Beijing ahead of talks with Xi', 'in advance of the summit': an occasion still to
    come when the clause's event happened."""
    of = noun.head
    if not (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lower_ in rules.LATER_OCCASION_WORDS
        and not any(c.lower_ in rules.PAST_OCCASION_WORDS for c in noun.children if c.dep_ == "amod")
    ):
        return False
    # told as still to come: in a clause of its own ("talks that will cap his visit"), or from the
    # present ("has arrived ahead of talks"); a past narrative's talks may have happened since
    told = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    if told:
        return any(a.lower_ in rules.FUTURE_AUX for c in told for a in c.children if a.dep_ == "aux")
    verb = of.head.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ in rules.PRESENT_TENSE_TAGS or bool(auxes & {"has", "have"})


def on_present_schedule(gerund: Token) -> bool:
    """'X's itinerary includes meeting Y': a gerund a schedule holds, told in the present."""
    verb = gerund.head
    return (
        gerund.dep_ in ("dobj", "attr")
        and verb.tag_ in rules.PRESENT_TENSE_TAGS
        and any(c.dep_ == "nsubj" and c.lemma_ in rules.SCHEDULE_NOUNS for c in verb.children)
    )


def discussed_as_topic(noun: Token) -> bool:
    """'planned to discuss a ceasefire and a meeting between A and B': a meeting talked about as a
    possibility, not one arranged (not 'discussed trade at a meeting with B')."""
    if noun.lemma_ not in rules.MEETING_NOUNS and noun.lower_ not in rules.MEETING_NOUNS:
        return False
    if not any(
        (c.dep_ == "det" and c.lower_ in ("a", "an"))
        or (c.dep_ == "amod" and c.lower_ in rules.HYPOTHETICAL_WORDS)
        for c in noun.children
    ):
        return False  # "discussed their meeting in Alaska", "the upcoming summit": told as arranged
    noun = first_in_list(noun)
    return noun.dep_ == "dobj" and noun.head.lemma_ in rules.TOPIC_OF_TALKS_VERBS


def wished_for(noun: Token) -> bool:
    """'A meeting between A and B is possible', 'called for a meeting between A and B': a meeting
    the text holds out or asks for, not one arranged or held."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in rules.LINKING_VERBS:
        return any(c.dep_ == "acomp" and c.lower_ in rules.POSSIBLE_WORDS for c in noun.head.children)
    held_later = any(c.dep_ == "relcl" for c in noun.children)  # "pushed for a meeting, which took place"
    asked = (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and (noun.head.head.lemma_ in rules.ASKING_VERBS or noun.head.head.lower_ in rules.NEEDING_NOUNS)
        and not held_later
    )
    return asked or prospect_of(noun)


def prospect_of(noun: Token) -> bool:
    """'the possibility of (organising) a summit', 'the prospect of talks': a meeting weighed, not
    arranged."""
    if any(c.dep_ in ("poss", "det") and c.lower_ not in ("a", "an", "any") for c in noun.children):
        return False  # "the idea of the Alaska summit came from X": a meeting told as known
    current = noun.head if noun.dep_ == "dobj" and noun.head.tag_ == "VBG" else noun
    return (
        current.dep_ in ("pobj", "pcomp")
        and current.head.lower_ == "of"
        and current.head.head.lower_ in rules.PROSPECT_NOUNS
    )


def held_out_for(noun: Token) -> bool:
    """A meeting the text holds out (`wished_for`) as possible at a time told ('was possible in
    the afternoon')."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "acomp" and c.lower_ in rules.LIKELY_WORDS for c in noun.head.children):
        return False  # "a meeting between A and B is unlikely this year": none
    # the time hangs on the adjective or on the verb ("was possible | in the afternoon")
    told = [c for c in noun.head.children if c.dep_ in ("acomp", "prep", "npadvmod")]
    return any(t.ent_type_ in ("DATE", "TIME") for c in told for t in c.subtree)


def comes_into_force(verb: Token) -> bool:
    """'take full effect', 'come into force': the verb's phrase says a deal starts to apply."""
    return any(
        t.lemma_ in rules.IN_FORCE_WORDS and 0 < t.i - verb.i <= rules.IN_FORCE_WINDOW for t in verb.subtree
    )


def demanded(verb: Token, children: list[Token]) -> bool:
    """A bare verb in the 'that' clause of a demand ('insisted that X attend', 'asked that Y
    join'): what someone wants done."""
    return (
        verb.tag_ in ("VB", "VBP")  # the tagger may take "that X join" for a present tense
        and verb.dep_ == "ccomp"
        and verb.head.lemma_ in rules.DEMANDING_VERBS
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )


def trip_called_off(verb: Token, children: list[Token]) -> bool:
    """'X and Y will not fly to Granada', 'won't travel to the summit': a trip told as planned and
    now not to be made, called off."""
    return (
        verb.lemma_ in rules.CALLED_OFF_TRAVEL_VERBS
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_AUX for c in children)
        and not any(c.dep_ == "mark" and c.lower_ != "that" for c in children)  # not "if", "unless"
    )


def negated_or_hedged(token: Token, trigger: Token, children: list[Token]) -> bool:
    """A governor that denies the event, makes it conditional or only hopes for it."""
    if any(c.dep_ == "neg" or c.lower_ in rules.NEGATION_WORDS for c in children):
        return True
    if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in rules.PRIVATIVE_PREPS:
        return True  # "ended the summit without reaching a ceasefire", "left without meeting X"
    if token.lemma_ in rules.NEGATING_GOVERNORS:
        # "Putin rejected a proposal for a full ceasefire": the proposal was made all the same; "he
        # rejected the proposal" tells of one already told
        return not (
            token.lemma_ in rules.REJECTING_VERBS
            and trigger.lemma_ in rules.OFFER_NOUNS
            and trigger.head == token
            and not is_definite(trigger)
        )
    if any(c.dep_ == "mark" and c.lower_ in rules.CONDITIONAL_MARKS for c in children):
        return True
    if (
        token.tag_ in rules.PRESENT_TENSE_TAGS
        and token.lemma_ in rules.UNTIL_UNDONE_VERBS
        and any(c.dep_ == "mark" and c.lower_ in rules.UNTIL_MARKS for c in children)
        and not any(c.ent_type_ in rules.TIME_ENTITY_LABELS for c in token.subtree)
    ):
        return True  # "pressure will grow until Moscow agrees to a truce": not yet
    if (
        token.tag_ in rules.PRESENT_TENSE_TAGS
        and token.lemma_ in rules.UNTIL_MEETING_VERBS
        and any(c.dep_ == "mark" and c.lower_ in rules.UNTIL_MARKS for c in children)
        and any(
            above.lemma_ in rules.UNKNOWING_VERBS
            or any(c.dep_ == "neg" or c.lower_ in rules.NEGATION_WORDS for c in above.children)
            for above in (token.head, token.head.head)  # "I don't know what he has until I talk"
        )
    ):
        return True  # "I cannot say how it ends until I talk with him": not yet, and maybe never
    conditional = rules.CONDITIONAL_MARKS
    if any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditional for m in c.children)
        for c in children
    ):
        return True  # "willing to meet him if Kyiv showed readiness"
    # "talks between A and B opened in Arusha": the meeting's own verb, not "open to talks"
    own_verb = trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head == token and token.pos_ == "VERB"
    if token != trigger and word_forms(token) & rules.NONCOMMITTAL_GOVERNORS and not own_verb:
        return True  # "had hoped to meet", which the model may lemmatise as "hop"
    if token is not trigger and yet_to_come(token, children):
        return True
    # "was too busy to meet"
    return token is not trigger and any(
        c.dep_ == "advmod" and c.lower_ in rules.DENYING_DEGREE_WORDS for c in children
    )


def yet_to_come(token: Token, children: list[Token]) -> bool:
    """'has yet to call X', 'are yet to meet': the event has not happened; not 'Yet he went on to
    meet', where the word opens the clause."""
    doc = token.doc
    return token.lemma_ in rules.YET_TO_GOVERNORS and any(
        c.dep_ == "advmod"
        and c.lower_ in rules.YET_TO_WORDS
        and c.i + 1 < len(doc)
        and doc[c.i + 1].lower_ == "to"
        for c in children
    )


def told_as_before(trigger: Token, verb: Token) -> bool:
    """'after their meeting', 'following the talks': a meeting noun in a phrase that places the
    clause after it."""
    return (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "pobj"
        and trigger.head.lower_ in rules.AFTER_PREPS
        and trigger.head.head == verb
    )


def dated_ahead(verb: Token) -> bool:
    """A day or a 'soon' of the verb's own: 'in the coming days', 'next week', 'soon'."""
    days = [c for c in verb.children if c.dep_ == "npadvmod"]
    days += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(t.ent_type_ in ("DATE", "TIME") for t in days) or any(
        c.dep_ == "advmod" and c.lower_ in rules.TENTATIVE_SOON_WORDS for c in verb.children
    )


def plain_status(trigger: Token) -> str | None:
    """The status read from the trigger's auxiliaries and governors."""
    chain = governors(trigger)
    top = chain[-1]
    if denied_clause(top):
        return None  # "denied that he would visit"
    if (
        top.dep_ in ("acl", "advcl")
        and top.head.pos_ == "NOUN"
        and word_forms(top.head) & rules.NONCOMMITTAL_GOVERNORS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
    ):
        # "a request for Li to meet Austin", "an offer to meet Putin": asked, not held; "approved
        # a request for A to meet B": arranged
        return "planned" if top.head.head.lemma_ in rules.GRANTING_VERBS else None
    status = "occurred"
    for token in chain:
        children = list(token.children)
        # "After their meeting, Trump invited Lula to talks": what the clause says of the next
        # step, denying or hedging it, does not undo the meeting told as what came before
        about_next_step = token is not trigger and told_as_before(trigger, token)
        if token is trigger and trip_called_off(trigger, children):
            return "cancelled"
        if demanded(token, children):
            return None  # "demanded that Erdogan also join the talks": a demand, not an event
        if not about_next_step and negated_or_hedged(token, trigger, children):
            return None
        if (
            is_phrasal_cancel(token)
            or token.lemma_ in rules.CANCELLING_WORDS
            or any(c.lemma_ in rules.CANCELLING_WORDS for c in children if c.dep_ in ("amod", "compound"))
        ):
            return "cancelled"
        auxes = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        near_future = token.lemma_ in rules.NEAR_FUTURE_VISIT_VERBS and token.tag_ == "VBG"
        if auxes & rules.FUTURE_AUX or (near_future and auxes & rules.PRESENT_BE):
            status = "planned"  # "will meet", "are going to Qatar"
        elif "would" in auxes and "have" in auxes:
            return None  # "would have met him had he come"
        elif "would" in auxes:
            # "He would then meet X", an itinerary whose reporting verb is a sentence back: a plan;
            # conditions ("would meet him if ...") and wishes ("would like to") are read above, and
            # what a noun hopes or fears ("voiced hope that Russia would accept a truce") is none
            top = chain[-1]
            if top.dep_ in ("acl", "ccomp") and top.head.pos_ == "NOUN":
                return None
            status = "planned"
        elif auxes & rules.TENTATIVE_AUX and dated_ahead(token):
            status = "planned"  # "may convene in Riyadh in the coming days": a tentative plan
        elif auxes & rules.OBLIGATION_AUX and comes_into_force(token):
            status = "planned"  # "the ceasefire must take full effect before July 29": the terms set it
        elif auxes & rules.HYPOTHETICAL_AUX and not about_next_step:
            return None  # not "After their visit, they could meet X": the visit is told as done
        if token is not trigger and controls(token, chain) and trigger in token.subtree:
            status = "planned"
        if token.tag_ in rules.PRESENT_TENSE_TAGS and any(
            c.dep_ == "mark" and c.lower_ in rules.FUTURE_CONDITION_MARKS | rules.UNTIL_MARKS
            for c in children
        ):
            status = "planned"  # "aid will flow once the truce takes effect", "will stay until he meets X"
        verb, particle = rules.LOOKING_FORWARD
        if token is not trigger and token.lemma_ == verb and any(c.lower_ == particle for c in children):
            status = "planned"  # "looked forward to hosting X later this year"
        if token is not trigger and token.lemma_ in rules.PLANNED_GOVERNORS:
            # "was expected to travel to Cairo but called off the trip", "was due to meet X on
            # Friday, but the meeting was postponed"
            clause = token.head if token.dep_ == "acomp" else token
            if called_off_after(token) or (clause is not token and called_off_after(clause)):
                return "cancelled"
        if token.lemma_ == "be" and trigger.dep_ == "xcomp" and trigger.head == token:
            status = "planned"
    if status == "planned" and called_off_after(trigger):
        return "cancelled"  # "was expected to meet X on Friday but called off the talks"
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
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_ in rules.AWAITING_VERBS
    ):
        status = "planned"  # "is expecting talks with X"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
        t.lower_ in rules.ARRIVAL_PREDICATES for t in arrival_words(chain)
    ):
        status = "planned"  # "he is due in Brussels for a summit"
    top = chain[-1]
    if status == "occurred" and headline_infinitive(top):
        status = "planned"  # "Macron to meet Xi in Beijing"
    if status == "occurred" and top.dep_ == "acl" and top.head.lower_ in rules.INTENT_NOUNS:
        status = "planned"  # "announced his intention to visit Jordan"
        # "scrapped his plans to visit Moscow", "his plan to visit Kyiv was shelved"
        intent = top.head
        if intent.head.lemma_ in rules.CANCELLING_WORDS and intent.dep_ in ("dobj", "nsubjpass"):
            status = "cancelled"
    if (
        status == "occurred"
        and top.dep_ == "conj"
        and top.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in top.children)
        and status_of(top.head) == "planned"
    ):
        status = "planned"  # "are set to attend the ceremony and discuss X with Y" shares the plan
    governor = outer_clause(chain[-1])
    # "to discuss Gaza, where a truce has collapsed": a past or perfect clause tells what is done
    if status == "occurred" and governor is not None and chain[-1].tag_ != "VBD" and not perfect(chain[-1]):
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


def headline_infinitive(verb: Token) -> bool:
    """'Macron to meet Xi in Beijing', 'European leaders to join Zelensky': a headline's bare
    infinitive after its subject tells a plan. The parser makes the subject the root and hangs the
    verb on it."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (
        verb.dep_ in ("relcl", "acl", "advcl")
        and head.dep_ == "ROOT"
        and head.i < verb.i
        and (
            head.pos_ == "PROPN"
            or head.ent_type_ in ("PERSON", "NORP", "GPE", "ORG")
            or head.lower_ in rules.GROUP_NOUNS
            or title_word(head)  # "Japanese foreign minister to visit China"
        )
    )


def perfect(verb: Token) -> bool:
    """'has collapsed', 'had met': a perfect tells the event as done."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def arrival_words(chain: list[Token]) -> list[Token]:
    """'due' in 'is due in Brussels for a summit': the words between a noun trigger and its
    verb, and the verb's predicate adjective."""
    trigger, verb = chain[0], chain[1] if len(chain) > 1 else chain[0]
    found, current = [], trigger.head
    while current != verb and current.head != current and len(found) < rules.ARRIVAL_MAX_STEPS:
        found.append(current)
        current = current.head
    return found + [c for c in verb.children if c.dep_ == "acomp"]


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
        if word.lower_ in rules.NEGATION_WORDS or word.lower_ in rules.HYPOTHETICAL_AUX:
            return None, index
        if lemma in rules.NONCOMMITTAL_GOVERNORS:
            return None, index
        if word.lower_ in rules.FUTURE_AUX | {"would", "to"} or lemma in rules.PLANNED_GOVERNORS:
            status = "planned"
        index -= 1
    return status, index


def told_as_habit(trigger: Token) -> bool:
    """'has visited Libya several times', 'have met on many occasions', 'often travels to Paris':
    trips or talks summed up, not one event ('met for the third time' is one); the talks a trip
    so summed up was made for too ('has visited Libya several times to meet X'), and the occasions
    so summed up ('have met several times during the summit')."""
    purpose = trigger.dep_ in ("advcl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children
    )
    # "have met several times in Geneva and during the G20 summit": the occasions of the meetings
    verb = next((a for a in trigger.ancestors if a.pos_ == "VERB"), None) if trigger.dep_ == "pobj" else None
    occasion = verb is not None and verb.lemma_ in rules.MEETING_VERBS
    governor = verb if occasion else trigger.head
    for child in [*trigger.children, *(governor.children if purpose or occasion else ())]:
        if child.dep_ == "advmod" and child.lower_ in rules.HABITUAL_ADVERBS:
            return True
        counted = [child] if child.dep_ == "npadvmod" else []
        counted += [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(n.lower_ in rules.REPEAT_NOUNS for n in counted):
            return True
    return False
