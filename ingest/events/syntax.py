"""Generic walks on the dependency parse shared by every rule: a trigger's clause verb, subject,
objects, prepositional objects and governing verbs. No actors, no events."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import rules
from ingest.actors.names import behind_dateline, generic_title, titled_as_verb
from ingest.word_index import entity_at

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


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


def words_short_of(token: Token, stop_deps: set[str]) -> list[Token]:
    """The token and the words below it, not going down dependents of `stop_deps` (the clauses
    joined to a verb, the relative clauses of a roll)."""
    found, stack = [], [token]
    while stack:
        word = stack.pop()
        found.append(word)
        stack += [c for c in word.children if c.dep_ not in stop_deps]
    return found


def with_conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def first_in_list(token: Token) -> Token:
    """The first item of the list a token is in: its conjuncts hang from it."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def listed_after(token: Token) -> list[Token]:
    """The items listed after a token, each with the names in apposition to it: 'A, French
    President B and German Chancellor C in London' parsed with C hung on its title, and the place
    on C."""
    return [
        n
        for c in token.conjuncts
        if c.i > token.i
        for n in (c, *(a for a in c.children if a.dep_ == "appos"))
    ]


def names_hung_before(name: Token) -> list[Token]:
    """'with Foreign Minister A and Trade Minister B', 'met President A and Foreign Minister B':
    the parser hangs A on B or on B's title; a name with an 'and' of its own is listed, not a title."""
    return [
        t
        for t in name.subtree
        if t.i < name.i
        and t.ent_type_ == "PERSON"
        and t.dep_ in ("nmod", "compound", "amod", "appos")
        and any(g.dep_ == "cc" for g in t.children)
        and any(n.ent_type_ != "PERSON" for n in name.doc[t.i + 1 : name.i])  # not B's own name
    ]


def list_members(token: Token) -> list[Token]:
    """A token, its conjuncts and the names in apposition to a common noun among them: 'A and
    his wife, B', 'A and his wife, Prime Minister B and Foreign Minister C' and 'A, B along with C'
    list every one."""
    found: list[Token] = []
    pending = [token]
    while pending:
        current = pending.pop(0)
        if current in found:
            continue
        found.append(current)
        pending += [c for c in current.conjuncts if not reporting_subject(c)]
        pending += also_with(current)
        if current.pos_ == "NOUN":  # not 'A, President of B': a name's own apposition describes it
            pending += [c for c in current.children if c.dep_ == "appos"]
        elif current.ent_type_ == "PERSON":  # 'A, B along with C': one name in apposition to another
            described = [c for c in current.children if c.dep_ == "appos"]
            # 'A, the Emirati minister, B, ...': B parsed as a conjunct of A's description
            described += [n for c in described if c.ent_type_ != "PERSON" for n in c.conjuncts]
            named = [c for c in described if c.ent_type_ == "PERSON" and listed_next(current, c)]
            # 'A, B and C's negotiator D': a title with its own name names D, not A; so does a
            # capitalised one ('President A, Prime Minister (PM) B, ...')
            named += [
                n
                for c in described
                if (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and generic_title(c.text)))
                and listed_next(current, c)
                for n in c.children
                if n.dep_ == "appos" and n.ent_type_ == "PERSON" and n.i > c.i
            ]
            pending += [
                n for c in named for n in (c, *c.conjuncts) if n.ent_type_ == "PERSON" and n not in found
            ]
            # 'with Foreign Minister A and Trade Minister B' parsed with A as a modifier of B
            found += [c for c in names_hung_before(current) if c not in found]
            # 'Ministers A of Russia and B of Belarus': the parser hangs B on A's country
            pending += [
                n
                for place in prep_objects(current, {"of"})
                if place.ent_type_ in ("GPE", "LOC")
                for n in place.conjuncts
                if n.ent_type_ == "PERSON" and n not in found
            ]
    return found


def also_with(token: Token) -> list[Token]:
    """'met A; B; as well as with C': the parser hangs C on a preposition under the 'as' that
    closes the list, or beside it."""
    closing = next((c for c in token.children if c.dep_ == "cc" and c.lower_ == "as" and c.i > token.i), None)
    if closing is None or not token.conjuncts:
        return []  # "Putin, who arrived with Lavrov as well as with Ushakov": no list of people met
    withs = [p for p in (*closing.children, *token.children) if p.dep_ == "prep" and p.lower_ == "with"]
    return [o for p in withs if p.i > closing.i for o in p.children if o.dep_ == "pobj"]


def reporting_subject(conjunct: Token) -> bool:
    """'... met B, the Office of the President reported': a conjunct or apposition right before a
    reporting verb with no subject of its own is that verb's subject, which the parser hung on B."""
    if conjunct.dep_ not in ("conj", "appos") or any(c.dep_ == "cc" for c in conjunct.head.children):
        return False
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc):
        return False
    verb = conjunct.doc[after]
    return verb.lemma_ in rules.REPORTING_VERBS and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def listed_next(name: Token, appos: Token) -> bool:
    """'A, B' and 'A, envoy to C, B': the second name follows the first and its description, not
    a name hung from afar ('A met B; C, President of D')."""
    between = name.doc[name.i + 1 : appos.left_edge.i]
    return appos.i > name.i and all(t.text == "," or name.is_ancestor(t) for t in between)


def clause_verb(token: Token) -> Token:
    """The verb a noun trigger belongs to ('talks' in 'held talks' -> 'held')."""
    current = token
    for _ in range(rules.CLAUSE_VERB_MAX_STEPS):
        if misread_following(current) or next_stop_places(current):
            # "made the remarks following talks with X": 'made'; "to meet A, followed by Lima for
            # talks with B": past the participle to the traveller's verb
            current = current.head
            continue
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def misread_following(word: Token) -> bool:
    """'following' read as a verb of its own clause ('the remarks following talks'), where it is
    the preposition of the clause it hangs from: no auxiliary ('is following') and a verb above."""
    return (
        word.lower_ in rules.AFTER_PREPS
        and word.tag_ == "VBG"
        and word.dep_ in ("ccomp", "advcl", "xcomp", "acl", "prep")
        and word.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "aux" for c in word.children)
    )


def next_stop_places(word: Token) -> list[Token]:
    """'will fly to Quito to meet A, followed by Lima for talks with B': the places of a participle
    that names the tour's next stop (Lima); what is done there is the traveller's, not A's, whom
    the parser hangs it on."""
    if word.lemma_ not in rules.NEXT_STOP_VERBS or word.tag_ != "VBN" or word.dep_ not in ("acl", "advcl"):
        return []
    return [
        o
        for c in word.children
        if c.dep_ == "agent"
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")
    ]


def stop_above(word: Token) -> list[Token]:
    """The places of the next-stop participle a trigger hangs under ('talks' in 'followed by
    Lima for talks with B' -> Lima), within the steps to its clause's verb."""
    current = word
    for _ in range(rules.CLAUSE_VERB_MAX_STEPS):
        if places := next_stop_places(current):
            return places
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return []
        current = current.head
    return []


def accompanied_by(companions: Token) -> Token | None:
    """'X, accompanied by a delegation': the X a companion noun goes with."""
    agent = companions.head
    if companions.dep_ != "pobj" or agent.dep_ != "agent":
        return None
    participle = agent.head
    if participle.lemma_ not in rules.ACCOMPANYING_VERBS or participle.dep_ != "acl":
        return None
    return participle.head


def where_clause(verb: Token) -> bool:
    """'the Caribbean, where he is on holiday': a clause on a place, opened by 'where'."""
    return verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)


def told_of_several(verb: Token) -> bool:
    """'who were both in P', 'who have met before': a verb in the plural or with 'both'/'all'."""
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    finite = next((w for w in words if w.tag_ in rules.FINITE_VERB_TAGS), None)
    plural = finite is not None and (finite.tag_ == "VBP" or finite.lower_ == "were")
    return plural or any(c.lower_ in rules.EACH_OF_SEVERAL_WORDS for c in verb.children)


def one_among(group: Token) -> list[Token]:
    """'X and Y were among the leaders who attended': the people named as members of the group
    a relative or infinitive clause tells of."""
    among = group.head if group.dep_ == "pobj" else None
    if among is None or among.lower_ != "among" or among.head.lemma_ != "be":
        return []
    if any(c.dep_ == "neg" for c in among.head.children):
        return []  # "X was not among the leaders who attended"
    named = [c for c in among.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return sorted([named[0], *named[0].conjuncts], key=lambda t: t.i) if named else []


def subject_of(verb: Token) -> list[Token]:
    """Subject of a verb, climbing through 'set to meet', 'plans to visit', participles."""
    current = verb
    for _ in range(rules.SUBJECT_MAX_STEPS):
        named = titled_as_verb(current)
        if named and current != verb:
            return named  # "US envoys A and B arrived": 'envoys' taken for a verb, A and B its objects
        subjects = [
            s for c in current.children if c.dep_ in ("nsubj", "nsubjpass") for s in behind_dateline(c)
        ]
        # "welcomed his counterpart X, today, who is on a visit": X, not the verb's subject nor
        # the day the parser may hang the clause on
        loose = current.dep_ != "relcl" or current.head.ent_type_ in rules.TIME_ENTITY_LABELS
        # the clause's own verb only: "X met Y, on Monday, who thanked Italy, and then flew to
        # Brussels" does not tell who flew
        if subjects and loose and current == verb and (antecedent := loose_who_antecedent(subjects[0])):
            return [antecedent]
        if subjects and current.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT"):
            if current.head.conjuncts and told_of_several(current):
                # "A and B, who were both in Vientiane": the whole list
                return sorted([current.head, *current.head.conjuncts], key=lambda t: t.i)
            return one_among(current.head) or [current.head]  # "Barrack, who arrived": the antecedent
        if subjects:
            return subjects
        if current.tag_ == "VBG":
            # "Also welcoming him were A and B": the people after the 'were' the participle opens
            # (the parser hangs them on the 'were', itself the participle's head or its auxiliary)
            were = [current.head] if current.dep_ == "csubj" and current.head.lemma_ == "be" else []
            were += [c for c in current.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > current.i]
            inverted = [c for w in were for c in w.children if c.dep_ == "nsubj"]
            if inverted:
                return inverted
        if (
            current.tag_ == "VBG"
            and current.dep_ == "advcl"
            and not any(c.dep_ == "mark" for c in current.children)
        ):
            # "released footage of Tehran's top diplomat, X, meeting with Y": whom the footage shows
            # (a person), not "posted photos of the hospital while meeting Y"
            shown = [
                g
                for o in current.head.children
                if o.dep_ == "dobj" and o.lemma_ in rules.DEPICTION_NOUNS
                for g in prep_objects(o, {"of"})
                if g.ent_type_ == "PERSON"
                or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in g.children)
            ]
            if shown:
                return shown
            if (
                current.head.pos_ == "PROPN"
                and current.head.ent_type_ == "PERSON"
                and current.head.i < current.i
            ):
                return [current.head]  # "X, attending a meeting in Vilnius, said": the parser hangs it on X
        if current.dep_ == "acl" and current.head.lower_ in rules.INTENT_NOUNS:
            owners = [c for c in current.head.children if c.dep_ == "poss"]
            if owners:
                return owners  # "announced his intention to visit Jordan": he travels
        if (
            current.dep_ in ("acl", "relcl")
            and current.head.lemma_ in rules.VISIT_NOUNS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        ):
            # "headed to Ankara for a visit to attend X and hold talks with Y": the visitor does
            owners = [c for c in current.head.children if c.dep_ == "poss"]
            if owners:
                return owners
            current = clause_verb(current.head)
            continue
        if (
            current.dep_ in ("relcl", "acl")
            and current.head.dep_ == "attr"
            and current.head.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        ):
            # "X was the first EU leader to meet Y": the one the copula describes
            described = [c for c in current.head.head.children if c.dep_ == "nsubj"]
            if described:
                return described
        if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            if members := one_among(current.head):
                return members  # "X was among the figures to attend the funeral"
            # a finite verb only: "accompanied by officials travelling to P" describes the officials
            principal = accompanied_by(current.head) if current.tag_ in rules.FINITE_VERB_TAGS else None
            # "X, accompanied by a delegation arrived in P": the parser hangs the verb on the
            # companions; X is its subject, the companions with X
            return [principal, current.head] if principal is not None else [current.head]
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":  # "after meeting Aoun, X said"
            current = current.head.head
            if current.pos_ == "NOUN" and current.dep_ == "pobj" and current.head.dep_ == "prep":
                current = current.head.head  # "In a press conference after meeting Y, X said"
            if controller := controlling_object(current):
                return controller
            # "The declaration was signed by A and B after holding a summit": they held it; not "He
            # was received by A before meeting B", where the one received goes on to meet
            things = [c for c in current.children if c.dep_ == "nsubjpass" and told_as_thing(c)]
            if things and (agents := agent_objects(current)):
                return agents
            continue
        dated = current.ent_type_ == "DATE" or current.lemma_ == "day"  # the model may tag no DATE
        if dated and current.dep_ in ("appos", "npadvmod") and current.head != current:
            current = clause_verb(current.head)  # "X met Y, a day after holding talks with Z"
            continue
        if current.dep_ in ("xcomp", "advcl", "conj", "pcomp", "ccomp", "acomp") and current.head != current:
            purpose = current.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in current.children
            )
            climbed_from, current = current.dep_, current.head
            if climbed_from == "xcomp" and (controller := controlling_object(current)):
                return controller
            if climbed_from == "xcomp" and current.lemma_ in rules.ADVISING_VERBS and current.tag_ != "VBN":
                return []  # "I recommended to come and meet the leaders": the one advised, unnamed
            if purpose and current.lemma_ in rules.SENDING_VERBS:
                sent = [c for c in current.children if c.dep_ == "dobj"]
                if sent:  # "will send a delegation to Jeddah to consult with X": the delegation does
                    return sent
            continue
        break
    return []


def withs_of_together(token: Token) -> list[Token]:
    """The 'with' of 'together with' or 'along with' told on a word: hung on its 'together'
    ('signed it, together with X') or carrying it ('the accord together with X', as parsed)."""
    carried = [
        p
        for p in token.children
        if p.dep_ == "prep"
        and p.lower_ == "with"
        and any(c.lower_ in rules.TOGETHER_WORDS for c in p.children)
    ]
    hung = [
        w
        for c in token.children
        if c.lower_ in rules.TOGETHER_WORDS
        for w in c.children
        if w.lower_ == "with"
    ]
    return carried + hung


def relative_antecedent(token: Token) -> Token | None:
    """'Putin, whom Xi met in May', 'Lula, with whom Macron held talks': an object 'whom' stands
    for the noun its relative clause describes."""
    if token.tag_ != "WP" or token.lower_ not in rules.PERSONAL_RELATIVE_PRONOUNS:
        return None
    clause = token.head.head if token.dep_ == "pobj" else token.head
    return clause.head if clause.dep_ == "relcl" and token.dep_ in ("dobj", "pobj") else None


def loose_who_antecedent(subject: Token) -> Token | None:
    """'welcomed X, today, who is on a visit': a 'who' clause the parser hung on the verb or the
    day, not on X (a time between them); X, the name before the comma and the time, is its subject."""
    if subject.lower_ != "who" or subject.i < 2 or subject.nbor(-1).text != ",":
        return None
    before = subject.nbor(-1)
    while before.i > 0 and (before.is_punct or timing_word(before)):
        before = before.nbor(-1)
    return before if before.pos_ == "PROPN" and before.ent_type_ == "PERSON" else None


def timing_word(token: Token) -> bool:
    """'today', 'on Monday': a word of a time told between a name and what follows it."""
    return token.ent_type_ in rules.TIME_ENTITY_LABELS or (
        token.dep_ == "prep" and any(g.ent_type_ in rules.TIME_ENTITY_LABELS for g in token.children)
    )


def controlling_object(verb: Token) -> list[Token]:
    """'A thanked B for visiting Lima', 'A urged B to meet C': the one thanked or urged does it."""
    if verb.lemma_ in rules.PICTURING_VERBS:
        # "The picture shows A receiving B", not "A showed reporters a letter before meeting B"
        if not any(c.dep_ == "nsubj" and c.lemma_.lower() in rules.PICTURE_NOUNS for c in verb.children):
            return []
    elif verb.lemma_ not in rules.OBJECT_CONTROL_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def told_as_thing(noun: Token) -> bool:
    """'the declaration', 'a deal': a common noun that names no person or office."""
    return (
        noun.pos_ == "NOUN"
        and not noun.ent_type_
        and generic_title(noun.text) is None
        and noun.lemma_ not in rules.GROUP_NOUNS
    )


def agent_objects(verb: Token) -> list[Token]:
    """Who a passive verb says did it: 'visited by X', 'attended by A and B'."""
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def passive_agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive verb's 'by', wherever the parser hung it ('were received on
    arrival by X', 'was visited in the Historic Center by Y')."""
    by = passive_agent(verb)
    return [g for g in by.children if g.dep_ == "pobj"] if by is not None else []


def common_or_title(token: Token) -> bool:
    """'counterpart', 'the Chinese President': words a person's name stands beside, not a place's."""
    return token.pos_ == "NOUN" or generic_title(token.text) is not None


def possessors(token: Token) -> list[Token]:
    """'his visit', "Ruto's trip": whose it is; not the 'day' of "a day's working visit"."""
    return [
        c
        for c in token.children
        if c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lemma_.lower() not in rules.DURATION_NOUNS)
    ]


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    """Objects of prepositions such as 'with'/'to' attached to a token."""
    objects = []
    for child in token.children:
        # "with A and with B": a repeated preposition the parser made a conjunct
        repeated = child.dep_ == "conj" and child.pos_ == "ADP"
        if (child.dep_ in ("prep", "agent", "dative") or repeated) and child.lower_ in preps:
            objects += [g for g in child.children if g.dep_ == "pobj"]
            objects += [
                g
                for again in child.children
                if again.dep_ == "conj" and again.pos_ == "ADP" and again.lower_ == child.lower_
                for g in again.children
                if g.dep_ == "pobj"
            ]
            objects += stranded_object(child)
            if child.lower_ in rules.SIDES_PREPS:
                objects += [b for g in child.children if g.dep_ == "pobj" for b in detached_second_side(g)]
            if child.lower_ == "next":  # "next to X"
                objects += [
                    g for p in child.children if p.lower_ == "to" for g in p.children if g.dep_ == "pobj"
                ]
    return objects


def detached_second_side(side: Token) -> list[Token]:
    """'The meeting between A and B took place': the parser may leave B outside the phrase, the
    verb's second subject, with the 'and' still on A; B is the other side all the same."""
    doc = side.doc
    joiner = next((c for c in side.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if joiner is None or any(c.dep_ == "conj" for c in side.children) or joiner.i + 1 >= len(doc):
        return []
    other = doc[joiner.i + 1]
    while other.dep_ in rules.NAME_MODIFIER_DEPS and other.head.i > other.i:
        other = other.head  # "Serbian President Aleksandar Vucic": up to the name's last word
    if other.pos_ != "PROPN" or other.dep_ not in rules.DETACHED_SIDE_DEPS or other.head == side:
        return []
    return [other]


def stranded_object(prep: Token) -> list[Token]:
    """'arrived in Sana'a, last Sunday': a preposition the parser left without its object, the
    place right after it hung on the verb instead; that place is the object. 'met with junta leader
    X to discuss the crisis': the parser makes X the subject of the purpose clause."""
    if any(c.dep_ == "pobj" for c in prep.children) or prep.i + 1 >= len(prep.doc):
        return []
    # an infinitive, not "met B in London, with Trump threatening tariffs" (an absolute clause)
    clause = next(
        (
            c
            for c in prep.children
            if c.dep_ == "pcomp"
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if clause is not None:
        return [
            c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") and c.i < clause.i
        ]
    after = prep.doc[prep.i + 1]
    if after.ent_type_ not in ("GPE", "LOC") or after.ent_iob_ != "B":
        return []
    ent = entity_at(after)
    place = ent.root if ent is not None else after
    return [place] if place.head == prep.head else []


def object_taken_by_report(verb: Token) -> list[Token]:
    """'when he met Prime Minister X, the ministry said': the parser makes the name right after an
    object-less verb the subject of the report that follows; that name is the verb's object."""
    if direct_objects(verb) or verb.i + 1 >= verb.sent.end:
        return []
    return [
        t
        for t in verb.sent
        if t.dep_ == "nsubj"
        and t.pos_ == "PROPN"
        and t.left_edge.i == verb.i + 1
        and t.head.i > t.i
        and t.head.lemma_ in rules.REPORTING_VERBS
    ]


def to_infinitive(verb: Token) -> bool:
    """'ways to resolve', 'arrived to discuss': a verb with its own 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def direct_objects(token: Token) -> list[Token]:
    return [c for c in token.children if c.dep_ in ("dobj", "obj", "attr")]


def governors(trigger: Token) -> list[Token]:
    """The trigger and the words governing it up through control and reporting verbs."""
    chain = [trigger]
    current = trigger
    if current.pos_ not in ("VERB", "AUX"):
        # "is open to a meeting with X", "ready for talks": the adjective the noun completes
        # (not "was happy with the meeting", which took place, nor "is ready for his meeting with X on
        # Monday", one already set)
        if (
            current.dep_ == "pobj"
            and current.head.lower_ in rules.READINESS_PREPS
            and current.head.head.pos_ == "ADJ"
            and current.head.head.dep_ == "acomp"
            and not is_definite(current)
        ):
            chain.append(current.head.head)
        current = clause_verb(current)
        if current != trigger:
            chain.append(current)
    for _ in range(rules.GOVERNOR_MAX_STEPS):
        # "want Israel to send a delegation": an infinitive with its own subject, parsed as a ccomp;
        # "hoped that Israel would send": a clause only hoped for
        # (not '"X has declared a truce, I want to ...", a quotation the parser hangs on the verb after it)
        infinitive = (
            current.dep_ == "ccomp"
            and current.i > current.head.i
            and (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
                or current.head.lemma_ in rules.HOPING_VERBS
            )
        )
        if (
            current.dep_ in ("xcomp", "acomp")
            or infinitive
            or (current.dep_ == "pcomp" and current.head.dep_ == "prep")
            # "reaching a deal could be difficult": a gerund subject is told by its clause
            or (current.dep_ == "csubj" and current.tag_ == "VBG")
        ):
            current = current.head if current.dep_ != "pcomp" else current.head.head
            chain.append(current)
            continue
        break
    return chain


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


def passive_agent(verb: Token) -> Token | None:
    """The 'by' of a passive verb, also where the parser hung it on a place or an occasion: 'was
    greeted upon arrival by X', 'were received at the airport by X', 'at Kotoka International
    Airport by X'."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None or not any(c.dep_ == "auxpass" for c in verb.children):
        return agent
    return next(
        (
            by
            for prep in verb.children
            if prep.dep_ == "prep"
            for place in prep.children
            if place.dep_ == "pobj"
            and place.pos_ in ("NOUN", "PROPN")  # "at Entebbe International Airport by X"
            for by in place.children
            if by.dep_ == "prep" and by.lower_ == "by"
        ),
        None,
    )


def is_definite(noun: Token) -> bool:
    """'the truce', 'this ceasefire', 'its truce': one the story knows already."""
    if noun.dep_ == "compound":
        noun = noun.head  # "the cease-fire arrangements"
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in noun.children
    )


def how_deal_came(noun: Token) -> bool:
    """'agreed to a ceasefire following talks in Jeddah', 'after long negotiations, A and B reached
    a deal': talks with no counterpart of their own, told as how a deal was reached."""
    if noun.dep_ == "nsubj" and noun.lower_ in rules.DEAL_TALKS_NOUNS and produced_deal(noun.head):
        return True  # "UN-backed talks brought about a ceasefire last October"
    # "following" read as a verb takes the talks as its object
    after = noun.dep_ in ("pobj", "dobj") and noun.head.lower_ in rules.AFTER_PREPS
    if not after or noun.lower_ not in rules.DEAL_TALKS_NOUNS or prep_objects(noun, {"with", "between"}):
        return False
    if any(t.dep_ == "poss" or t.ent_type_ == "DATE" for t in noun.subtree):
        return False  # "after their talks", "after talks on Monday": talks of their own
    anchor = noun.head.head  # the verb, or the deal the phrase hangs on ("a ceasefire following talks")
    if anchor.lower_ in rules.DEAL_WORDS:
        return any(t.lemma_ in rules.DEAL_REACHING_VERBS for t in (anchor.head, anchor.head.head))
    deals = [o for o in anchor.children if o.dep_ == "dobj"] + prep_objects(anchor, {"to", "on"})
    return anchor.lemma_ in rules.DEAL_REACHING_VERBS and any(o.lower_ in rules.DEAL_WORDS for o in deals)


def produced_deal(verb: Token) -> bool:
    """'brought about a ceasefire', 'produced a truce', 'resulted in a truce': a verb telling that
    a deal came out of something, its object the deal."""
    particle = rules.PRODUCING_PARTICLES.get(verb.lemma_)
    preposition = rules.PRODUCING_PREPOSITIONS.get(verb.lemma_)
    if preposition is not None:  # "the talks resulted in an agreement", "led to a truce"
        return any(o.lower_ in rules.DEAL_WORDS for o in prep_objects(verb, {preposition}))
    if verb.lemma_ not in rules.PRODUCING_VERBS and not (
        particle and any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
    ):
        return False
    return any(o.lower_ in rules.DEAL_WORDS for o in verb.children if o.dep_ == "dobj")


def hyphen_joined(word: Token) -> bool:
    """'Ukraine' of 'Ukraine-Russia envoy', 'US' of 'India-US talks': a word joined to another by
    a hyphen."""
    doc = word.doc
    return (word.i + 1 < len(doc) and doc[word.i + 1].tag_ == "HYPH") or (
        word.i > 0 and doc[word.i - 1].tag_ == "HYPH"
    )


def fronted_roll(verb: Token) -> Token | None:
    """The 'were' of 'Welcoming the President at the airport were A, B and C' and of 'Those
    attending the meeting in Helsinki are A, B and C': a gerund opening the sentence, the people
    it tells of named after the verb 'be'."""
    if verb.tag_ != "VBG":
        return None
    those = verb.head
    if verb.dep_ == "acl" and those.lower_ in rules.ROLL_PRONOUNS and those.i == verb.sent.start:
        return those.head if those.dep_ == "nsubj" and those.head.lemma_ == "be" else None
    if verb.i != verb.sent.start:
        return None
    if verb.dep_ == "csubj" and verb.head.lemma_ == "be":
        return verb.head
    return next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be" and c.i > verb.i), None)


def prepared_occasion(noun: Token) -> bool:
    """'plans for his visit', 'setting the stage for talks': what is prepared for, an occasion of
    its own still to come (the parser hangs "for" on the noun or on its verb)."""
    prep = noun.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(t.lower_ in rules.PREPARATION_WORDS for t in (prep.head, *direct_objects(prep.head)))
    )


def subjectless_plan_clause(word: Token) -> bool:
    """'set to begin on Saturday', 'due to arrive on Monday': a clause of something scheduled, with
    no subject, auxiliary or mark of its own (read from words and tags, so parse repairs can use it)."""
    return (
        word.lower_ in rules.SCHEDULED_CLAUSE_WORDS
        and word.tag_ in ("VBN", "JJ")
        and any(c.dep_ == "xcomp" for c in word.children)
        and not any(c.dep_ in rules.OWN_CLAUSE_DEPS for c in word.children)
    )
