"""Who travels on a visit: the subject of a travel verb (past a news outlet's 'X reported', the
people an aircraft carries, a sentence's opening roll of titled names, 'Arriving in Doha was X'),
the owner of a visit noun ('his trip', 'a visit by X', else the subject of the clause it serves),
and the actors those words name: one delegation per side of 'a delegation of Hamas and Israel',
and no place, spokesman or ministry."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.names import delegation_label, possessive_name, title_case
from ingest.actors.references import person_at
from ingest.events.context import Context
from ingest.events.participants import side, speaks_for_others, stray_agents
from ingest.events.syntax import (
    SUBJECT_DEPS,
    clause_verb,
    direct_objects,
    passive_agent_objects,
    possessors,
    prep_objects,
    subject_of,
    with_conjuncts,
)
from ingest.records import Actor


def verb_visitors(ctx: Context, verb: Token) -> list[Actor]:
    """The subject of a travel verb; past a news outlet's 'X reported' that the parser took for
    the clause the trip hangs from ('... after arriving in Beirut, Al-Monitor reported')."""
    own_clause = verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)
    if own_clause and verb.tag_ != "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        # "before X returns": a clause of its own whose subject the parser lost ("while heading
        # to Italy, Trump said" has none of its own: the sentence's subject travels)
        return []
    if verb.lemma_ in rules.PASSIVE_VISIT_VERBS and any(c.dep_ == "auxpass" for c in verb.children):
        # "he was visited in the Historic Center by the president of Chile, X": X travelled
        return visitors_of(ctx, passive_agent_objects(verb))
    subjects = subject_of(verb)
    if subjects and is_reporter_clause(subjects[0].head, verb):
        subjects = subject_of(subjects[0].head.head)
    if not subjects:
        inverted = inverted_visitors(ctx, verb)
        if inverted:
            return inverted
    if not subjects and verb.i > verb.sent.start:
        # "On her first tour as Prime Minister, New Zealand's Jacinda Ardern arrives in Tonga": the
        # parser hangs the name in the opening phrase; a person right before the verb (and its
        # auxiliaries: "X has touched down") is its subject
        start = verb.i
        while start > verb.sent.start and verb.doc[start - 1].dep_ in rules.VERB_HELPER_DEPS:
            start -= 1
        named = verb.doc[start - 1] if start > verb.sent.start else None
        before = ctx.actors.actor_at(named) if named is not None else None
        subjects = [named] if before is not None and before.kind == "person" else []
    # "the President's plane landed in Tashkent", "the plane carrying the delegation landed": who
    # the aircraft carries
    carriers = [s for s in subjects if carrier_of(s) is not None]
    carried = [c for s in carriers for c in carried_by(ctx, s)]
    if carriers and not carried:
        return []  # "Air Force One, the plane carrying the head of state": an aircraft is no visitor
    found = visitors_of(ctx, carried or subjects)
    roll = roll_before(ctx, verb)
    return roll + [a for a in found if a not in roll] if len(roll) > len(found) else found


def inverted_visitors(ctx: Context, verb: Token) -> list[Actor]:
    """'Also arriving in Sharm today were A and B', 'Arriving in Doha that evening was X', 'First to
    arrive was X, followed by Y and Z': a sentence that opens on the arrival names its travellers
    after 'be', wherever the parser hangs them."""
    doc, sent = verb.doc, verb.sent
    openers = rules.INVERTED_ARRIVAL_OPENERS
    # "First to arrive was X": the infinitive the parser takes for the clause's subject
    infinitive = verb.tag_ == "VB" and verb.dep_ == "csubj"
    if (verb.tag_ != "VBG" and not infinitive) or any(
        t.lower_ not in openers and not (infinitive and t.lower_ == "to") for t in doc[sent.start : verb.i]
    ):
        return []
    be = next((t for t in doc[verb.i + 1 : sent.end] if t.lemma_ == "be"), None)
    # "Arriving in Beijing, Albanese was greeted by X": a subject before 'be' is the traveller told
    within = {t.i for t in verb.subtree}
    if be is None or any(t.pos_ == "VERB" or t.i not in within for t in doc[verb.i + 1 : be.i]):
        return []
    after = doc[be.i + 1 : sent.end]
    # "Arriving in Kyiv was a letter from Trump": a thing arrived, the person only its sender
    first = next((t for t in after if not t.is_punct and t.dep_ != "det"), None)
    if first is None or not told_as_person(ctx, first):
        return []
    aside = [t for t in after if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "prep")]
    inside = {t.i for c in aside for t in c.subtree}
    found = [
        a
        for t in after
        if t.i not in inside and (a := ctx.actors.actor_at(t)) is not None and a.kind == "person"
    ]
    # "..., followed by A, B and C": the ones who arrived next
    followers = [p for t in aside if t.lemma_ in rules.FOLLOWING_VERBS for p in agents_of(t)]
    found += [a for a in side(ctx, followers) if a.kind == "person"]
    return list(dict.fromkeys(found))


def agents_of(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def told_as_person(ctx: Context, token: Token) -> bool:
    """The first word of a noun phrase that names a person: the name, or a title or nationality
    that leads to it ('Qatari Prime Minister Mohammed ...')."""
    for word in token.doc[token.i : token.i + rules.TITLED_NAME_MAX_TOKENS]:
        actor = ctx.actors.actor_at(word)
        if actor is not None and actor.kind == "person":
            return True
        if word.lower_ == "of" and word.i > token.i and word.nbor(-1).is_title:
            continue  # "Secretary of State Marco Rubio"
        if word.pos_ not in ("PROPN", "ADJ", "NOUN") or word.ent_type_ not in rules.TITLE_PHRASE_LABELS:
            return False
    return False


def roll_before(ctx: Context, verb: Token) -> list[Actor]:
    """'Presidents A of X, B of Y and C of Z arrived', 'Prime Minister of X A, President of Y B,
    ... and C arrived': a sentence that opens on a roll of titled names has them all as its subject,
    however the parser splits the roll (it often takes a name for a verb or a country's object)."""
    doc = verb.doc
    end = verb.i
    while end > verb.sent.start and doc[end - 1].pos_ == "AUX" and doc[end - 1].head == verb:
        end -= 1  # "have arrived", "will travel"
    opening = doc[verb.sent.start : end]
    if (
        len(opening) < rules.ROLL_MIN_TOKENS
        or not all(roll_word(t) for t in opening)
        or opening[0].pos_ not in ("PROPN", "NOUN", "ADJ", "DET")  # "Following X, Y arrived", "Like X"
        or title_case(opening.sent)  # a headline's capitals tell no roll
    ):
        return []
    people = [
        a
        for t in opening
        if (a := ctx.actors.actor_at(t)) is not None and a.kind == "person" and not owner_name(t)
    ]
    people = list(dict.fromkeys(people))
    return people if len(people) >= 2 else []


def roll_word(token: Token) -> bool:
    return token.text[:1].isupper() or token.lower_ in rules.ROLL_LINK_WORDS or token.is_punct


def owner_name(token: Token) -> bool:
    """'Zelensky's Chief of Staff A', 'Putin and Xi's envoys': a name told as an owner."""
    return possessive_name(token) or any(owner_name(c) for c in token.conjuncts if c.i > token.i)


def carrier_of(subject: Token) -> Token | None:
    """The aircraft or motorcade word of a trip's subject: the subject itself, or the phrase set
    beside its name ('Air Force One, the plane carrying X')."""
    if subject.lemma_ in rules.CARRIER_NOUNS:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.lemma_ in rules.CARRIER_NOUNS), None)


def carried_by(ctx: Context, subject: Token) -> list[Token]:
    """The owner or the passengers of an aircraft or motorcade told as a trip's subject."""
    carrier = carrier_of(subject)
    if carrier is None:
        return []
    owners = [c for c in carrier.children if c.dep_ == "poss"]
    carried = [
        g for c in carrier.children if c.dep_ == "acl" and c.lemma_ == "carry" for g in direct_objects(c)
    ]
    # "the UAE's aid plane", "the plane carrying the freed hostages": no traveller of a visit
    return [
        t
        for t in owners + carried
        if t.lower_ in rules.DELEGATION_NOUNS
        or ((a := ctx.actors.actor_at(t)) is not None and a.kind == "person")
    ]


def is_reporter_clause(head: Token, trigger: Token) -> bool:
    return (
        head != trigger
        and head.lemma_ in rules.REPORTING_VERBS
        and head.dep_ in ("advcl", "parataxis", "conj")
        and not any(c.dep_ == "ccomp" and trigger in c.subtree for c in head.children)
    )


def noun_visitors(ctx: Context, trigger: Token) -> list[Actor]:
    """'his trip', 'a visit by X', and 'X signed a deal during a visit to P': the owner, else
    the subject of the clause the noun serves, climbing past participles ('standing next to Y
    during a visit')."""
    host_guests = hosted_arrival_guests(ctx, trigger)
    if host_guests:
        return host_guests  # "X received Y upon his arrival": Y arrives, whoever "his" was taken for
    travel = purpose_of(trigger)
    if travel is not None:  # "arrived in Beirut for her second visit to Lebanon": one trip
        return verb_visitors(ctx, travel) if travel.pos_ in ("VERB", "AUX") else noun_visitors(ctx, travel)
    owners = owners_of(trigger)
    # "the visit of Prime Minister X to P" names its visitor; "a visit of two days" does not
    owners += [o for o in prep_objects(trigger, {"of"}) if visitors_of(ctx, [o])]
    if not owners and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
        # "The visit to Washington is Nawrocki's first trip abroad": the trip named after is his
        owners = [
            o
            for a in trigger.head.children
            if a.dep_ == "attr" and a.lemma_ in rules.VISIT_NOUNS
            for o in owners_of(a)
        ]
    verb = clause_verb(trigger)
    if not owners and trigger.dep_ in ("dobj", "obj") and trigger.head == verb:
        owners = stray_agents(ctx, verb)
    found = visitors_of(ctx, owners) if owners else named_before_noun(ctx, trigger)
    if found:
        return found
    if any(o.dep_ != "poss" or o.pos_ != "PRON" for o in owners):
        return []  # "a visit by the committee": an owner, but no actor
    if any(o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC") for o in prep_objects(trigger, {"of"})):
        # "confirmed the arrival of Petro": a name the model missed, not the subject's trip; "began
        # a tour of Japan and France" names the places toured
        return []
    definite = any(c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS for c in trigger.children)
    for governor in trigger.ancestors:
        if governor == verb:
            break
        # "X, fresh off a trip to Israel, joined ...": the parser may give the phrase the subject
        held = [c for c in governor.children if c.dep_ == "nsubj" and c.i < governor.i]
        if governor.pos_ == "ADJ" and held and (found := visitors_of(ctx, held)):
            return found
    # "During his stay in Jakarta, X met Y": an unresolved 'his' is the clause's subject
    current = verb
    for _ in range(rules.SUBJECT_MAX_STEPS):
        if current == trigger:
            break
        subjects = subject_of(current)
        # "Informing about his arrival, the spokesman tweeted": a spokesman tells of others' trips
        found = [a for a in visitors_of(ctx, subjects) if not speaks_for_others(a)]
        if current.dep_ == "relcl" and not found:
            # "talks with the Egyptian leader, who returns home from a tour of A and B": the
            # leader's trip, never that of the main clause's subject
            return []
        # "His visit to Oslo follows state visits to Sweden and Finland": the same traveller; "his
        # itinerary includes visits to A and B": his
        found = found or visitors_of(
            ctx,
            [
                o
                for s in subjects
                if s.lemma_ in rules.VISIT_NOUNS or s.lemma_ in rules.SCHEDULE_NOUNS
                for o in owners_of(s)
            ],
        )
        if found:
            return found
        if current.head == current:
            break
        current = clause_verb(current.head)
    return visitors_told_before(ctx, trigger) if definite and not owners else []


def named_before_noun(ctx: Context, noun: Token) -> list[Actor]:
    """'a planned Erdogan visit to Tehran': the person named before the noun (a compound, which
    the side readers take for part of the noun's phrase)."""
    return [
        a
        for c in noun.children
        if c.dep_ == "compound" and c.ent_type_ == "PERSON"
        if (a := person_at(ctx.actors, c) or ctx.actors.person_named(c.text)) is not None
    ]


def told_by_spokesperson(ctx: Context, pronoun: Token) -> bool:
    """'Informing about his arrival, the spokesman tweeted', 'the spokesman said ... He will also
    visit Ujjain': a possessive, or a pronoun after the sentence naming him, taken for a spokesman
    stands for the traveller he tells of; 'the press secretary said she would travel with X' is
    her own trip."""
    actor = ctx.actors.actor_at(pronoun)
    if pronoun.pos_ != "PRON" or not speaks_for_others(actor):
        return False
    named_here = any(ctx.actors.actor_at(t) is actor for t in pronoun.sent if t.pos_ != "PRON")
    return pronoun.tag_ == "PRP$" or not named_here


def visitors_told_before(ctx: Context, trigger: Token) -> list[Actor]:
    """'The tour spans A, B and C': the travellers of the visit told just before."""
    visit = ctx.visit_told_before(trigger)
    return [p.actor for p in visit.participants if p.role == "visitor"] if visit else []


def owners_of(visit: Token) -> list[Token]:
    """'his visit', 'a visit by X': the words naming whose visit it is."""
    return possessors(visit) + prep_objects(visit, {"by"})


def purpose_of(trigger: Token) -> Token | None:
    """The travel word a 'for a visit to P' phrase hangs from: 'arrived in Beirut for her visit
    to Lebanon', 'upon his arrival at the airport for an official visit to Egypt'."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in rules.PURPOSE_PREPS:
        return None
    travel = prep.head
    if travel.pos_ in ("VERB", "AUX") and travel.lemma_ in rules.VISIT_VERBS:
        return travel
    if travel.pos_ == "NOUN" and travel.lower_ in rules.ARRIVAL_NOUNS:
        return travel
    return None


def hosted_arrival_guests(ctx: Context, trigger: Token) -> list[Actor]:
    """'X received Y upon his arrival at P', 'X welcomed Y on arrival in P', 'X headed the reception
    for Y upon their arrival': the guest arrives; 'X received Y on his visit to P': the guest's trip."""
    if trigger.head.dep_ != "prep":
        return []
    host_verb = trigger.head.head
    if host_verb.pos_ != "VERB":
        return []
    if trigger.lower_ in rules.VISIT_NOUNS and trigger.head.lower_ in rules.GUEST_TRIP_PREPS:
        # "X received Y on his visit to Jordan", "welcomed Y during her stay": the guest's trip
        return (
            visitors_of(ctx, direct_objects(host_verb))
            if host_verb.lemma_ in rules.HOSTING_VISIT_VERBS
            else []
        )
    if trigger.lower_ not in rules.ARRIVAL_NOUNS:
        return []
    if host_verb.lemma_ in rules.HOSTING_VISIT_VERBS:
        return visitors_of(ctx, direct_objects(host_verb))
    if host_verb.lemma_ not in rules.GIVING_VERBS:
        return []
    # "headed the reception for the Emir upon their arrival": the guests of the reception arrive
    receptions = [o for o in direct_objects(host_verb) if o.lower_ in rules.GUEST_NOUNS]
    if not receptions:
        return []
    return visitors_of(ctx, [g for t in [*receptions, host_verb] for g in prep_objects(t, rules.GUEST_PREPS)])


def visitors_of(ctx: Context, tokens: list[Token]) -> list[Actor]:
    """The actors of the visitor's words, not places, and never an outlet in a byline; a
    surname the model took for a place ('Burhan visited Libya') is the person who bears it; a
    pronoun taken for a spokesman ('the spokesman tweeted ... he will also visit Ujjain') is
    not him: spokesmen tell of trips."""
    tokens = [t for t in tokens if not told_by_spokesperson(ctx, t)]
    split = [a for t in tokens for a in split_delegations(ctx, t)]
    found = split + side(ctx, [unbylined(ctx, t) for t in tokens if not split])
    found = [a for a in found if not stationary(a)]
    return [b for a in found if (b := a if a.kind != "place" else person_named(ctx, a)) is not None]


def stationary(actor: Actor) -> bool:
    """'the Ministry of Foreign Affairs, who arrived in Samarkand': a ministry travels in its
    people, who are the visitors when named."""
    words = actor.canonical_name.lower().split()
    return (
        actor.kind == "org"
        and bool(words)
        and (words[0] in rules.STATIONARY_ORG_WORDS or words[-1] in rules.STATIONARY_ORG_WORDS)
    )


def split_delegations(ctx: Context, head: Token) -> list[Actor]:
    """'a delegation of Hamas and Israel', 'delegations from Israel and Hamas': one delegation
    per side ('Hamas delegation', 'Israeli delegation')."""
    if head.lower_ not in rules.DELEGATION_NOUNS:
        return []
    sides = [c for o in prep_objects(head, {"of", "from"}) for c in with_conjuncts(o)]
    if len(sides) < 2 or any(s.ent_type_ not in ("GPE", "ORG", "NORP") for s in sides):
        return []
    labels = []
    for side_word in sides:
        country = geography.country_named(side_word.text)
        labels.append(delegation_label(country) if country else f"{side_word.text} delegation")
    return [ctx.remember(Actor(label, "org"), head) for label in labels]


def person_named(ctx: Context, place: Actor) -> Actor | None:
    """The one person of the article whose surname a mislabelled place actor is."""
    if geography.country_of_place(place.canonical_name) is not None:
        return None
    surname = bare_surname(place.canonical_name)
    people = [
        a for a in ctx.actors.actors if a.kind == "person" and bare_surname(a.canonical_name) == surname
    ]
    return people[0] if len(people) == 1 else None


def bare_surname(name: str) -> str:
    """'Abdel Fattah Al-Burhan' -> 'burhan': the last name without an article ('Burhan visited')."""
    last = name.casefold().split()[-1]
    prefix = next((p for p in rules.VISIT_SURNAME_ARTICLES if last.startswith(p) and len(last) > len(p)), "")
    return last.removeprefix(prefix)


def unbylined(ctx: Context, head: Token) -> Token:
    """'(MENAFN- Live Mint) Israeli negotiators': the outlet in brackets is no part of the group,
    which stands as 'Israeli negotiators'."""
    bracketed = [c for c in head.children if c.ent_type_ == "ORG" and any(t.text == ")" for t in c.subtree)]
    if not bracketed or head.lower_ not in rules.GROUP_NOUNS:
        return head
    words = [
        t
        for c in head.children
        if c.i > bracketed[-1].right_edge.i and c.dep_ in ("amod", "compound", "nmod")
        for t in c.subtree
    ]
    label = " ".join(t.text for t in sorted([*words, head], key=lambda t: t.i))
    ctx.actors.token_actor.pop(head.i, None)
    ctx.remember(Actor(label, "group"), head)
    return head
