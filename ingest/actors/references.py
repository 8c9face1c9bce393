"""References resolved to people named in the article: pronouns, title references ('the prime
minister', 'the secretary of state', 'the UN official'), 'the two leaders' and the 'they'/'their'
that stands for them, references by country ('his Iranian counterpart', 'the Indian leader', 'the
foreign ministers of Egypt and Qatar', 'his counterparts in Turkey and Iraq'),
'the visitor', 'the visiting dignitary' or 'he was received at the airport by X' (the person
last told travelling), plural titles standing for officials listed before ('European foreign
ministers', 'these men'), a group counted without 'the' for the people listed just after it ('Two
top ASEAN officials met X. The trip by A and B ...') and 'I'/'my' in a quotation (its speaker); the
countries of people are filled in first, and a spouse named by a given name alone takes the other's
surname ('his wife Sara'). 'She' and 'he' keep to people of their gender where the text tells it (a
style such as 'Mrs' or 'Queen', 'his wife', a given name borne almost only by women, or a pronoun
with only one person in view)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

import numpy as np
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ingest import geography, rules
from ingest.actors.mentions import ArticleActors, sentence_number
from ingest.actors.names import (
    behind_dateline,
    country_of,
    demonym_of,
    demonym_table,
    family_name,
    generic_office,
    generic_title,
    given_name_gender,
    holder_after_long_title,
    name_end,
    title_head,
    title_table,
    title_word,
    titled_as_verb,
)
from ingest.records import Actor, Mention
from ingest.word_index import doc_text, sentences, tokens_with_words, word_ids, word_set_ids

# The words each pass starts from (besides the people already found, for the first two)
REFERENCE_WORDS = word_ids(rules.PRONOUNS, {"the"})
PAIR_REFERENCE_WORDS = word_ids(rules.PAIR_DETERMINERS, {"two", "the"}, rules.PLURAL_PRONOUNS)
VISITOR_WORDS = word_ids(
    rules.VISIT_VERBS,
    rules.VISIT_NOUNS,
    rules.VISITOR_NOUNS,
    rules.VISITING_MODIFIERS,
    rules.GUEST_PRONOUNS,
    rules.GUEST_OBJECT_PRONOUNS,
)


def people_and_words(
    doc: Doc, actors: ArticleActors, words: np.ndarray, also: Iterable[int] = ()
) -> Iterator[tuple[int, int, Token]]:
    """(sentence number, sentence start, token) of every person mention, every token spelling
    one of `words` (from `word_ids`) and the tokens `also`, in text order: the only tokens a
    reference pass reads."""
    starts = [sent.start for sent in sentences(doc)]
    person_tokens = {i for i, actor in actors.token_actor.items() if actor.kind == "person"}
    for i in sorted(person_tokens.union(tokens_with_words(doc, words), also)):
        number = bisect_right(starts, i) - 1
        yield number, starts[number], doc[i]


def resolve_style_references(doc: Doc, actors: ArticleActors) -> None:
    """'His Highness held meetings with A and B', after 'His Highness Sheikh Mohamed bin Zayed':
    a style standing alone stands for the person last named with it."""
    styled: dict[str, Actor] = {}
    for token in (doc[i] for i in tokens_with_words(doc, word_set_ids(rules.STANDALONE_STYLES), (LOWER,))):
        style = token.lower_
        if token.i == 0 or doc[token.i - 1].lower_ not in ("his", "her"):
            continue
        named = next(
            (
                actor
                for t in doc[token.i + 1 : token.i + 1 + rules.STYLE_NAME_MAX_GAP]
                if (actor := actors.token_actor.get(t.i)) is not None and actor.kind == "person"
            ),
            None,
        )
        if named is not None:
            styled[style] = named
        elif style in styled and token.i not in actors.token_actor:
            actors.token_actor[token.i] = styled[style]


def resolve_references(doc: Doc, actors: ArticleActors) -> None:
    """Pronouns and title references ('the prime minister') point to a person named earlier."""
    recent: list[tuple[int, Token, Actor]] = []  # (sentence start, token, actor) of person mentions
    # '"... my talks with Wang Yi," the minister said': the speaker, not a person the quotation names
    unquoted: list[tuple[int, Token, Actor]] = []
    genders: dict[Actor, str] = {}  # 'f' or 'm', from a style ('Mrs', 'King') or a pronoun read safely
    for _, sent_start, token in people_and_words(doc, actors, REFERENCE_WORDS):
        actor = actors.token_actor.get(token.i)
        if actor is not None and actor.kind == "person":
            recent.append((sent_start, token, actor))
            if not quoted(token):
                unquoted.append(recent[-1])
            if actor not in genders and (styled := styled_gender(token, actors) or given_name_gender(actor)):
                genders[actor] = styled
            continue
        if token.lower_ not in rules.PRONOUNS and token.lower_ != "the":
            continue
        outside = recent if quoted(token) else unquoted
        if quoted(token) and (speaker := quotation_speaker(token, actors)) is not None:
            # '"He will meet X on Friday," the spokesman said': 'he' in a quotation is not its speaker
            outside = [c for c in outside if c[2] is not speaker]
        if token.lower_ in rules.PRONOUNS and token.pos_ == "PRON":
            gender = rules.PRONOUN_GENDERS[token.lower_]
            syntactic = (
                main_subject_ahead(token, actors)
                or object_owner(token, actors)
                or coordinated_owner(token, actors)
            )
            if syntactic is not None and genders.get(syntactic, gender) != gender:
                syntactic = None  # "she" is not the man the clause names
            target = syntactic or pronoun_antecedent(token, outside or recent, genders)
            if target is not None and syntactic is None:
                target = guest_of_host(token, target, recent, actors) or target
            if (
                target is not None
                and target not in genders
                and not quoted(token)  # '"He has been a friend," she said of Modi': who 'he' is comes later
                and sole_person_before(token, outside or recent)
            ):
                genders[target] = gender
        elif token.lower_ == "the" and told_by_age(token):
            # "the 82-year-old is due to travel to Lobito": the person the story last named
            target = pronoun_antecedent(token, outside or recent, genders)
        elif token.lower_ == "the" and (
            token.head.i not in actors.token_actor  # not a title told as a name
            or spelled_title(token)  # "the Amir", which the model takes for a man so named
        ):
            target = title_antecedent(token, outside or recent)
        else:
            target = None
        if target is not None:
            actors.token_actor[token.i] = target
            if spelled_title(token) or told_by_age(token):
                actors.token_actor[token.head.i] = target
            actors.mentions.append(
                Mention(target, sentence_number(token), token.idx, token.idx + len(token.text), token.text)
            )
            if token.lower_ in rules.PRONOUNS:  # "She ... She ... her": the chain keeps its person in view
                recent.append((sent_start, token, target))
                if not quoted(token):
                    unquoted.append(recent[-1])


def told_by_age(the: Token) -> bool:
    """'the 82-year-old': a person told by age alone, as the subject or object of a clause (not 'the
    82-year-old president', a title, nor 'the 75-year-old alliance')."""
    head = the.head
    return (
        head.lower_ == "old"
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.lower_ in ("year", "years") for c in head.children)
    )


def resolve_pair_references(doc: Doc, actors: ArticleActors) -> None:
    """'The two men', 'the two defence ministers', 'both leaders' -> the two people the text
    last named together ('A and B'), when the latest such coordination names exactly two people
    whose titles fit; 'they' or 'their' in the same or the next sentence stands for them too, or
    else for the people last named together as a subject."""
    named_together: list[tuple[int, tuple[Actor, ...]]] = []  # (sentence number, people)
    met_together: list[tuple[int, tuple[Actor, ...]]] = []  # "A met with B": host and counterpart
    subject_pairs: list[tuple[int, tuple[Actor, ...]]] = []  # "A and B met": named together as subjects
    last_pair: tuple[int, tuple[Actor, ...]] | None = None
    subjects_together: tuple[int, tuple[Actor, ...]] | None = None  # "A and B met ..."
    # "the Thai and Cambodian leaders" resolved to one side per country: a pair named together
    country_pairs = {i: people for i, people in actors.token_people.items() if len(people) == 2}
    for number, _, token in people_and_words(doc, actors, PAIR_REFERENCE_WORDS, country_pairs):
        actor = actors.token_actor.get(token.i)
        if token.i in country_pairs:
            named_together.append((number, country_pairs[token.i]))
        elif actor is not None and actor.kind == "person" and token.dep_ != "conj" and token.conjuncts:
            people = [actor]
            listed = [token, *token.conjuncts]
            for conjunct in listed + [c for t in listed for c in t.children if c.dep_ == "appos"]:
                other = actors.token_actor.get(conjunct.i)
                if other is not None and other.kind == "person" and other not in people:
                    people.append(other)
            # "A, B, C and D": the last two of a longer list are no pair
            if len(people) > 2 or (len(people) == 2 and not listed_after_others(token, actors)):
                named_together.append((number, tuple(people)))
                # "US envoys A and B arrived": the names the tagger hung on a title it took for a verb;
                # "US envoy A and B met": the names in apposition to the title taken for the subject
                if (
                    token.dep_ in ("nsubj", "nsubjpass")
                    or (token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass"))
                    or token in behind_dateline(token.head)
                    or token in titled_as_verb(token.head)
                ):
                    subjects_together = (number, tuple(people))
                    subject_pairs.append((number, tuple(people)))
        elif actor is not None and actor.kind == "person" and (members := party_members(token, actors)):
            subjects_together = (number, members)  # "The delegation included A, B and C. They met X"
        elif actor is not None and actor.kind == "person" and (host := meeting_host(token, actors)):
            met_together.append((number, (host, actor)))  # "A held talks with B. The two leaders ..."
        head = pair_reference_head(token)
        if head is not None:
            # "the two leaders"; "the leaders of the two countries", whose 'two' comes after
            titled = doc[token.i : head.i + 1] if token.i <= head.i else doc[head.left_edge.i : head.i + 1]
            lookback = (
                rules.BARE_PAIR_LOOKBACK_SENTENCES if token.lower_ == "the" else rules.PAIR_LOOKBACK_SENTENCES
            )
            window = range(number - lookback, number)
            # "Trump and his wife Melania ... The two met": a couple is not the pair meant
            earlier = [(n, p) for n, p in named_together if n in window and not told_as_relatives(p)]
            # "A met with B after the two met in Cairo": a meeting told earlier in the same sentence
            met = [(n, p) for n, p in met_together if n in window or n == number]
            # "accompanied by A and B. X will hold a meeting with Y. The two leaders ...": a pair
            # named together but not as subjects gives way to a meeting told after it
            # (a longer list named as subjects before the meeting is no pair that keeps the place)
            if met and (
                not earlier
                or (
                    (earlier[-1] not in subject_pairs or len(earlier[-1][1]) > 2)
                    and met[-1][0] >= earlier[-1][0]
                )
            ):
                earlier = met
            # "the ministers": only two people known to hold that title ("the pair" names no title)
            strict = token.lower_ == "the" and head.lower_ not in rules.PAIR_COLLECTIVE_NOUNS
            if (
                strict
                and earlier
                and not lone_pair_before(actors, number, earlier[-1][1], named_together + met_together)
            ):
                earlier = []
            if strict and not earlier:
                # "A will visit at the invitation of Prime Minister B. The prime ministers will
                # discuss ...": the only two holders of the office named so far
                holders = office_holders_before(actors, token, titled)
                if len(holders) == 2 and lone_pair_before(actors, number, holders, []):
                    earlier = [(number - 1, holders)]
            if head.lower_ in rules.PARTY_PAIR_NOUNS and earlier:
                sents = sentences(doc)
                following = earlier[-1][0] + 1  # the sentence after the pair's
                after = sents[following].start_char if following < len(sents) else token.idx
                if parties_named_since(doc, after, token):
                    earlier = []  # "A met B ... Israel and Hamas are at war, and the two sides held talks"
            if earlier and len(earlier[-1][1]) == 2 and titles_fit(titled, earlier[-1][1], strict):
                actors.token_people[head.i] = earlier[-1][1]
                last_pair = (number, earlier[-1][1]) if head.dep_ in ("nsubj", "nsubjpass") else last_pair
        elif token.lower_ in rules.PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            # "they" / "their" stand for the pair just referred to, else for the people
            # just named together as a subject ("A and B spoke ... after their call"); "After
            # their visit, A and B flew home": the people the clause then names as its subject
            if ahead := subject_named_after(token, actors):
                actors.token_people[token.i] = ahead
                continue
            # "A received B ... They last met in June": else the host and guest just told meeting
            latest_met = met_together[-1] if met_together else None
            for group in (last_pair, subjects_together, latest_met):
                if group is not None and number - group[0] <= rules.PLURAL_PRONOUN_MAX_SENTENCES:
                    actors.token_people[token.i] = group[1]
                    break
            else:
                pair = sentence_pair(token, actors)
                if pair is not None:
                    actors.token_people[token.i] = pair


def party_members(token: Token, actors: ArticleActors) -> tuple[Actor, ...]:
    """'The delegation included A, B and C. They met X': the people a party is told to consist of
    (however the parser hangs the list) are the ones a 'they' right after stands for, as if named
    as the subject. Read at the list's first name, the verb's object."""
    verb = token.head
    if (
        token.dep_ != "dobj"
        or verb.lemma_ not in rules.MEMBERSHIP_VERBS
        or not any(c.dep_ == "nsubj" and c.lower_ in rules.DELEGATION_NOUNS for c in verb.children)
    ):
        return ()
    members = tuple(actors.token_actor[t.i] for t in name_heads_in(actors, token.subtree))
    return members if len(members) > 1 else ()


def name_heads_in(actors: ArticleActors, tokens: Iterable[Token]) -> list[Token]:
    """The tokens naming a person among these, one per person (the name's head word), in text
    order, leaving out relative clauses and possessors: the people a tangled list names."""
    found: list[Token] = []
    seen: set[int] = set()
    for t in tokens:
        actor = actors.token_actor.get(t.i)
        if t.dep_ in ("relcl", "poss") or actor is None or actor.kind != "person" or id(actor) in seen:
            continue
        if actors.token_actor.get(t.head.i) is actor and t.head.i != t.i:
            continue  # a word inside the name, not its head
        seen.add(id(actor))
        found.append(t)
    return found


def subject_named_after(pronoun: Token, actors: ArticleActors) -> tuple[Actor, ...]:
    """'After their Moscow visit, Kushner and Witkoff flew to Miami': a possessive in a phrase
    opening the clause stands for the two or more people its subject then names."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj" or pronoun.head.head.dep_ != "prep":
        return ()
    verb = pronoun.head.head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i), None)
    if subject is None or pronoun.head.head.i > subject.i or verb.i < subject.i:
        return ()
    people = [actors.token_actor.get(t.i) for t in (subject, *subject.conjuncts)]
    if len(people) < 2 or any(p is None or p.kind != "person" for p in people):
        return ()
    return tuple(dict.fromkeys(people))


def parties_named_since(doc: Doc, start_char: int, reference: Token) -> bool:
    """Whether two countries or groups were named together ('Israel and Hamas') from a point in
    the text up to a reference to 'the two sides'."""
    for t in reversed(doc[: reference.i]):
        if t.idx < start_char:
            return False
        if t.ent_type_ in rules.PARTY_LABELS and any(
            c.dep_ == "conj" and c.ent_type_ in rules.PARTY_LABELS for c in t.children
        ):
            return True
    return False


def listed_after_others(token: Token, actors: ArticleActors) -> bool:
    """'including A, B, C and D': the coordination 'C and D' closes a list that named people
    before it, after a comma."""
    phrase = token.head if token.dep_ == "appos" else token  # "Deputy Prime Minister C"
    start = phrase.left_edge.i
    if start < 2 or token.doc[start - 1].text != ",":
        return False
    before = actors.token_actor.get(start - 2)
    return before is not None and before.kind == "person"


def office_holders_before(actors: ArticleActors, token: Token, phrase: Span) -> tuple[Actor, ...]:
    """The people named before the token whose known title is the office the phrase names."""
    if generic_office(phrase.text) in (None, *rules.COUNTERPART_NOUNS):
        return ()
    doc = token.doc
    people: dict[int, Actor] = {}
    former: set[int] = set()
    for mention in (m for m in actors.mentions if m.char_start < token.idx and m.actor.kind == "person"):
        people[id(mention.actor)] = mention.actor
        span = doc.char_span(mention.char_start, mention.char_end, alignment_mode="expand")
        if span is None:
            continue
        before = doc[max(span.start - rules.TITLE_REFERENCE_MAX_TOKENS, span.sent.start) : span.start]
        if any(t.lower_ in rules.OTHER_HOLDER_WORDS for t in before):
            former.add(id(mention.actor))  # "Former Kenyan president X" holds the office no more
    return tuple(p for i, p in people.items() if i not in former and titles_fit(phrase, (p,), strict=True))


def lone_pair_before(actors: ArticleActors, number: int, pair: tuple[Actor, ...], pairs: list) -> bool:
    """'The ministers' stand for the pair only when the sentence before named no one else and no
    other pair was named just before it."""
    named = {
        id(m.actor) for m in actors.mentions if m.sentence_index == number - 1 and m.actor.kind == "person"
    }
    others = {tuple(sorted(id(a) for a in p)) for n, p in pairs if number - 2 <= n < number}
    return named <= {id(a) for a in pair} and len(others) <= 1


def told_as_relatives(people: tuple[Actor, ...]) -> bool:
    """Two people of one surname ('Donald and Melania Trump'): a couple or a family."""
    surnames = [p.canonical_name.split()[-1] for p in people]
    return len(set(surnames)) < len(surnames)


def meeting_host(token: Token, actors: ArticleActors) -> Actor | None:
    """'A is to hold a meeting with B', 'A met with B', 'A received B': the person meeting B, the
    subject of the clause whose meeting word B hangs on with 'with' or as its object, so that 'the
    two leaders' after it are A and B."""
    # "A met with his counterpart B": the name in apposition to the counterpart met
    phrase = token.head if token.dep_ == "appos" and token.head.lower_ in rules.COUNTERPART_NOUNS else token
    if phrase.dep_ == "dobj" and phrase.head.lemma_ in rules.MET_OBJECT_VERBS and not phrase.conjuncts:
        current = phrase.head  # "A received B", "A hosted B", "A is due to meet B"
    elif phrase.dep_ != "pobj" or phrase.head.lower_ != "with" or phrase.conjuncts:
        return None
    else:
        current = phrase.head.head
    if current.lower_ not in rules.MEETING_NOUNS and current.lemma_ not in rules.MEETING_VERBS:
        return None
    if current.pos_ == "NOUN" and current.dep_ in ("dobj", "pobj"):
        current = current.head.head if current.dep_ == "pobj" else current.head
    for _ in range(rules.SUBJECT_MAX_STEPS):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            host = actors.token_actor.get(subject.i)
            actor = actors.token_actor.get(token.i)
            return host if host is not None and host.kind == "person" and host is not actor else None
        if current.dep_ not in ("xcomp", "conj", "acomp") or current.head == current:  # "is due to meet"
            return None
        current = current.head
    return None


def sentence_pair(token: Token, actors: ArticleActors) -> tuple[Actor, ...] | None:
    """'After their meeting in New York, Trump invited Lula to talks': 'their' before a meeting
    word, with no pair told before, stands for the two people its sentence names, when it names
    exactly two; a sentence that names no one ('Their formal talks are set for Tuesday') looks to
    the sentence before ('He will join Trump for dinner')."""
    if token.lower_ != "their" or token.dep_ != "poss" or token.head.lower_ not in rules.MEETING_NOUNS:
        return None
    people = people_named_in(token.sent, actors, skip=token)
    if not people and token.sent.start > 0:
        people = people_named_in(token.doc[token.sent.start - 1].sent, actors, skip=token)
    return people if len(people) == 2 else None


def people_named_in(sentence: Span, actors: ArticleActors, skip: Token) -> tuple[Actor, ...]:
    found = {
        id(a): a
        for t in sentence
        if t.i != skip.i and (a := actors.token_actor.get(t.i)) is not None and a.kind == "person"
    }
    return tuple(found.values())


def resolve_visitor_references(doc: Doc, actors: ArticleActors) -> None:
    """'The visitor', 'the guest', 'the visiting president' -> the person the text last told
    travelling: the subject of 'arrived' or 'visited', the owner of 'his trip'. 'He was received
    at the airport by X' is that traveller too, whoever spoke last."""
    traveller: Actor | None = None
    told_at = 0  # the sentence that last told the traveller travelling
    starts = [sent.start for sent in sentences(doc)]
    for i in tokens_with_words(doc, VISITOR_WORDS):
        token = doc[i]
        number = bisect_right(starts, i) - 1
        if token.lemma_ in rules.VISIT_VERBS and token.pos_ == "VERB":
            # "President of Argentina X arrived": the name may sit inside the subject's phrase
            subjects = [w for c in token.children if c.dep_ == "nsubj" for w in c.subtree]
            named = [a for t in subjects if (a := person_at(actors, t)) is not None]
            # "the aircraft of the carrier X carrying Prime Minister Y landed": the titled one
            found = next((a for a in named if a.role), named[0] if named else None)
            traveller, told_at = (found, number) if found else (traveller, told_at)
        elif token.lemma_ in rules.VISIT_NOUNS and token.pos_ == "NOUN":
            owners = [c for c in token.children if c.dep_ == "poss"]
            if token.dep_ == "dobj" and all(o.pos_ == "PRON" for o in owners):
                # "as he begins his visit": 'his' is the subject's, whom the pass may just have named
                owners = [c for c in token.head.children if c.dep_ == "nsubj" and c.pos_ == "PRON"] + owners
            found = next(filter(None, (person_at(actors, o) for o in owners)), None)
            traveller, told_at = (found, number) if found else (traveller, told_at)
        if token.lower_ in rules.GUEST_OBJECT_PRONOUNS:
            if traveller is not None and number - told_at <= rules.PRONOUN_LOOKBACK_SENTENCES:
                told_at = number if met_at_home(actors, token, traveller) else told_at
            continue
        if token.lower_ in rules.GUEST_PRONOUNS:
            guest = arriving_guest(actors, token)
            if guest is not None:
                point_pronoun(actors, token, guest)
                traveller, told_at = guest, number
            elif traveller is not None and number - told_at <= rules.PRONOUN_LOOKBACK_SENTENCES:
                received_guest(actors, token, traveller)
                told_at = number if met_at_home(actors, token, traveller) else told_at
            continue
        if token.lower_ in rules.VISITING_MODIFIERS and token.dep_ == "amod":
            token = token.head
        elif token.lower_ not in rules.VISITOR_NOUNS:
            continue
        if (
            traveller is None
            or token.tag_ != "NN"
            or token.i in actors.token_actor
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            continue
        actors.token_actor[token.i] = traveller
        actors.mentions.append(
            Mention(traveller, sentence_number(token), token.idx, token.idx + len(token.text), token.text)
        )


def received_guest(actors: ArticleActors, pronoun: Token, traveller: Actor) -> None:
    """'He was received at the airport by X', 'she was welcomed by X': the one received is the
    traveller, not the spokesman quoted in between."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubjpass" or verb.lemma_ not in rules.RECEPTION_VERBS:
        return
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not agents or any(person_at(actors, g) is traveller for g in agents):
        return
    point_pronoun(actors, pronoun, traveller)


def met_at_home(actors: ArticleActors, pronoun: Token, traveller: Actor) -> bool:
    """'he is scheduled to meet President X', 'A and B will call on him', told while a foreign
    guest stays: when the person the pronoun was read as shares a country with everyone met, and
    the guest does not, the one meeting them is the guest (not the host's minister quoted last)."""
    current = actors.token_actor.get(pronoun.i)
    if current is None or current is traveller or current.country is None:
        return False
    if traveller.country in (None, current.country):
        return False
    verb = pronoun.head
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        verbs = [v for v in verbs if v.lemma_ in rules.MEETING_VERBS]
        met = [o for v in verbs for o in v.children if o.dep_ == "dobj"]
        met += [
            g
            for v in verbs
            for p in v.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children
        ]
    elif pronoun.dep_ == "pobj" and verb.lower_ == "on" and verb.head.lemma_ == "call":
        caller = verb.head
        while caller.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in caller.children):
            caller = caller.head  # "are scheduled to call on him": the subject of 'scheduled'
        met = [c for c in caller.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return False
    people = [a for m in met for t in (m, *m.conjuncts) if (a := person_at(actors, t)) is not None]
    known = [a for a in people if a.country is not None]  # "Vice President X": a country not always told
    if known and all(a.country == current.country for a in known):
        point_pronoun(actors, pronoun, traveller)
        return True
    return False


def arriving_guest(actors: ArticleActors, pronoun: Token) -> Actor | None:
    """'X greeted Y as he arrived at the palace': the one who arrives is the one greeted."""
    verb = pronoun.head
    host = verb.head
    # "as he begins his State visit": a visit opened is an arrival
    opening = verb.lemma_ in rules.TRIP_OPENING_VERBS and any(
        o.dep_ == "dobj" and o.lemma_ in rules.VISIT_NOUNS for o in verb.children
    )
    if pronoun.dep_ != "nsubj" or not (verb.lemma_ in rules.ARRIVAL_VERBS or opening) or verb.dep_ != "advcl":
        return None
    if host.lemma_ in rules.RECEPTION_VERBS:
        met = [o for o in host.children if o.dep_ == "dobj"]
    elif host.lemma_ == "call":  # "an honour to call on X as he begins his visit"
        met = [g for p in host.children if p.dep_ == "prep" and p.lower_ == "on" for g in p.children]
    else:
        return None
    guests = [a for o in met if (a := person_at(actors, o)) is not None]
    return guests[0] if len(guests) == 1 else None


def point_pronoun(actors: ArticleActors, pronoun: Token, person: Actor) -> None:
    actors.token_actor[pronoun.i] = person
    actors.mentions = [m for m in actors.mentions if m.char_start != pronoun.idx]
    actors.mentions.append(
        Mention(person, sentence_number(pronoun), pronoun.idx, pronoun.idx + len(pronoun.text), pronoun.text)
    )


def person_at(actors: ArticleActors, token: Token) -> Actor | None:
    actor = actors.actor_at(token)
    return actor if actor is not None and actor.kind == "person" else None


def pair_reference_head(token: Token) -> Token | None:
    """The head noun of 'the two leaders' when `token` is its 'two', of 'both men' when it is
    its 'both'."""
    head = token.head
    if token.lower_ in rules.PAIR_DETERMINERS | {"two"} and head.lower_ in rules.PAIR_COUNTRY_NOUNS:
        # "the leaders of the two countries", "the foreign ministers of both nations"
        holders = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
        plural = holders is not None and holders.tag_ == "NNS" and holders.lower_ in rules.PAIR_NOUNS
        return holders if plural and any(c.dep_ == "det" for c in holders.children) else None
    if token.lower_ == "two" and bare_pair_subject(token):
        # "The two met in June": the number stands for the pair itself, or the word the model
        # took for the subject in its place ('last' of "The two last met")
        return token if token.dep_ in ("nsubj", "nsubjpass") else head
    if token.lower_ == "the" and token.dep_ == "det" and head.lower_ in rules.PAIR_COLLECTIVE_NOUNS:
        # "Witkoff and Kushner arrived ... the pair is set to meet X"; not "the pair of talks"
        return None if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) else head
    if head.lower_ not in rules.PAIR_NOUNS or token.i > head.i:
        return None
    if token.lower_ in rules.PAIR_DETERMINERS and token.dep_ in ("det", "predet", "nummod", "amod"):
        return head
    if (
        token.lower_ == "the"
        and token.dep_ == "det"
        and head.tag_ == "NNS"
        and head.lower_ in rules.BARE_PAIR_NOUNS
    ):
        # "A and his counterpart B met ... The ministers also met C": the pair just named
        # not "the ministers who attended the meeting", "the ministers of the SCO"
        # "the prime ministers", "the foreign ministers": words of the office are no modifier
        modified = any(c.dep_ not in ("det", "punct") and not office_word(c, head) for c in head.children)
        gathered = (
            head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in rules.INTRANSITIVE_MEETING_VERBS
        )
        return None if modified or gathered else head
    if token.lower_ != "two" or token.dep_ != "nummod":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return head


def bare_pair_subject(two: Token) -> bool:
    """'The two met in June': 'the two' with no noun is the subject; the model takes 'last' of
    'The two last met' for the subject and 'two' for its number."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in two.children):
        return False
    if two.dep_ in ("nsubj", "nsubjpass"):
        return True
    return two.dep_ == "nummod" and two.head.dep_ == "nsubj" and two.head.lower_ in rules.ORDER_ADVERBS


def office_word(word: Token, head: Token) -> bool:
    """'prime' of 'the prime ministers': a word right before a title that makes an office with it."""
    return (
        word.dep_ in ("amod", "compound")
        and word.i == head.i - 1
        and generic_office(f"{word.text} {head.text}") not in (None, generic_office(head.text))
    )


def titles_fit(phrase: Span, people: tuple[Actor, ...], strict: bool = False) -> bool:
    """'the two defence ministers' fits people whose known titles are defence ministers; with
    `strict`, people with no known title do not fit."""
    wanted = generic_office(phrase.text)
    if wanted is None:
        return True  # "the two sides", "the two men": no office to fit
    if wanted in rules.COUNTERPART_NOUNS:
        if wanted == "leader" and all(p.role for p in people) and not any(leads(p) for p in people):
            return False  # "both leaders" after "the Home Secretary A and Foreign Secretary B"
        return not strict or all(p.role for p in people)  # "the two leaders": presidents and premiers alike
    for person in people:
        held = generic_title(person.role) if person.role else None
        if held is None and strict:
            return False
        if held is not None and held.split()[-1] != wanted.split()[-1]:
            return False
        if held is not None and len(wanted.split()) > 1 and held != wanted:
            return False
    return True


def leads(person: Actor) -> bool:
    """A head of state or government by the title the article gives."""
    held = generic_title(person.role) if person.role else None
    return held is None or held in rules.LEADER_OFFICES or "leader" in person.role.lower()


def styled_gender(token: Token, actors: ArticleActors) -> str | None:
    """'f' for 'Mrs Meloni', 'Queen Rania', 'Sheikha Moza', 'his wife, Rachel'; 'm' for 'Mr Modi',
    'King Abdullah', 'her husband X' (not 'Sheikh', which Sheikh Hasina bears too): the style or
    the word right before the first word of a name, or the style the model took into the name."""
    doc, actor = token.doc, actors.token_actor.get(token.i)
    if token.i > 0 and actors.token_actor.get(token.i - 1) is actor:
        return None  # not the name's first word
    own = rules.STYLE_GENDERS.get(token.lower_.rstrip("."))  # "Mrs Sanae Takaichi" tagged whole
    before = [doc[i] for i in (token.i - 1, token.i - 2) if i >= 0]
    if len(before) == 2 and before[0].text != ",":
        before = before[:1]  # "his wife, Rachel Ruto": the word before the comma
    told = next((g for t in before if (g := rules.STYLE_GENDERS.get(t.lower_.rstrip(".")))), None)
    return own or told


def sole_person_before(token: Token, recent: list[tuple[int, Token, Actor]]) -> bool:
    """Only one person named in the sentences a pronoun looks back over: it can be no one else, and
    tells that person's gender for the pronouns after."""
    return len({actor for _, _, actor in in_view(token, recent)}) == 1


def in_view(
    token: Token, recent: list[tuple[int, Token, Actor]], lookback: int = rules.PRONOUN_LOOKBACK_SENTENCES
) -> list[tuple[int, Token, Actor]]:
    """The person mentions before the token in the sentences a pronoun looks back over."""
    sent_starts = sorted({start for start, _, _ in recent})
    window = set(sent_starts[-lookback:]) | {token.sent.start}
    return [(start, tok, actor) for start, tok, actor in recent if start in window and tok.i < token.i]


def pronoun_antecedent(
    token: Token, recent: list[tuple[int, Token, Actor]], genders: dict[Actor, str] | None = None
) -> Actor | None:
    """The latest person who was a subject, within a few sentences; else the latest person. A
    person known to be a woman or a man is taken for 'she' or 'he' before anyone else."""
    candidates = in_view(token, recent)
    gender = rules.PRONOUN_GENDERS.get(token.lower_)
    if gender is not None:
        # "She met X. He held talks with Y": a person a pronoun of the other gender stood for is
        # not the one this pronoun stands for, in that mention
        candidates = [c for c in candidates if fits_gender(c, gender, None)] or candidates
    if genders and gender is not None:
        fitting = [c for c in candidates if genders.get(c[2]) == gender] if gender == "f" else []
        candidates = fitting or [c for c in candidates if genders.get(c[2], gender) == gender] or candidates
    if not candidates:
        return None
    if token.dep_ in rules.OBJECT_DEPS:
        # "Macron hosted him": an object pronoun is not the subject of its own clause
        verb = token.head if token.dep_ != "pobj" else token.head.head
        own_subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        # "A and B will meet X and brief him": a verb joined on, or the verb it completes, shares
        # the subject of the verb it hangs from
        while not own_subjects and verb.dep_ in ("conj", "xcomp") and verb.head != verb:
            verb = verb.head
            own_subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        # every word of the subject's name: 'Kassym-Jomart Tokayev met him' is not Tokayev meeting
        # himself; every name of a listed subject: 'Minister A and Ambassador B welcomed him'
        listed = {
            w.i
            for i in own_subjects
            for w in token.doc[i].subtree
            if not in_describing_clause(w, token.doc[i])
        }
        subject_people = {
            a for _, t, a in candidates if t.i in own_subjects or t.head.i in own_subjects or t.i in listed
        }
        candidates = [c for c in candidates if c[2] not in subject_people]
        if not candidates:
            return None
    subjects = [
        c for c in candidates if (is_subject(c[1]) or owns_subject(c[1])) and not listed_as_present(c[1])
    ]
    same_sentence = [c for c in subjects if c[0] == token.sent.start]
    # "Ortagus concluded her meeting ... since Trump took office. She will also meet X": the
    # subject of a main clause, not of a clause about something else
    main = [c for c in subjects if in_main_clause(c[1])]
    # a woman in view is who 'she' stands for, as above (most names in the news are men's)
    known = [c for c in candidates if genders and gender == "f" and genders.get(c[2]) == gender]
    if not subjects and not known and token.dep_ in ("nsubj", "nsubjpass"):
        # "On crossing points, he made reference ... [a caption] ... While adding that X will be
        # briefed, he added": the subject told before the names in view, not a name in an object
        subjects = [
            c
            for c in in_view(token, recent, rules.PRONOUN_WIDE_LOOKBACK_SENTENCES)
            if is_subject(c[1])
            and in_main_clause(c[1])
            and fits_gender(c, gender, genders)
            and not (c[1].conjuncts or c[1].head.conjuncts)  # "A and B met": neither alone
        ]
    return (same_sentence or main or subjects or candidates)[-1][2]


def fits_gender(
    candidate: tuple[int, Token, Actor], gender: str | None, genders: dict[Actor, str] | None
) -> bool:
    """A mention a pronoun of that gender may stand for: not a pronoun of the other gender, nor a
    person known to be of the other gender."""
    if gender is None:
        return True
    _, token, actor = candidate
    told = rules.PRONOUN_GENDERS.get(token.lower_, gender)
    return told == gender and (genders or {}).get(actor, gender) == gender


def in_describing_clause(word: Token, subject: Token) -> bool:
    """A word of a clause that describes the subject ('X, who met Y, ...'), not of its name."""
    while word != subject and word.head != word:
        if word.dep_ in ("relcl", "acl", "advcl"):
            return True
        word = word.head
    return False


def listed_as_present(token: Token) -> bool:
    """'Also present at the airport were A, B and C': a roll of three or more people listed as
    there, whom a following 'he' does not stand for (the guest they met does)."""
    while token.dep_ in ("compound", "appos", "conj", "flat") and token.head != token:
        token = token.head
    verb = token.head
    presence = any(
        (c.dep_ == "acomp" and c.lower_ in rules.PRESENCE_WORDS)
        or (
            c.dep_ == "prep"
            and c.lower_ in ("among", "in")
            and any(
                g.lower_ in rules.PRESENCE_WORDS | rules.ATTENDEE_NOUNS | rules.AMONG_WORDS
                for g in c.children
            )
        )
        for c in verb.children
    )
    listed = 1 + sum(1 for t in token.subtree if t.dep_ == "conj" and t.pos_ == "PROPN")
    return token.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ == "be" and presence and listed >= 3


def owns_subject(token: Token) -> bool:
    """'Ardern's tour began in Samoa; after Tonga, she continues to Niue': the owner of a trip
    that is the subject is what the clause is about, as a subject is ('Xi's spokesman said he'
    is not: the spokesman speaks)."""
    name = name_end(token)
    return (
        name.dep_ == "poss"
        and name.head.dep_ in ("nsubj", "nsubjpass")
        and name.head.lower_ in rules.VISIT_NOUNS
    )


def object_owner(token: Token, actors: ArticleActors) -> Actor | None:
    """'Wong will accompany him during his meeting with Xi': a possessive after an object pronoun
    of its clause is that object's person, not the subject's."""
    if token.dep_ != "poss" or token.lower_ not in rules.POSSESSIVE_OBJECT_PRONOUNS:
        return None
    objects = rules.POSSESSIVE_OBJECT_PRONOUNS[token.lower_]
    for earlier in reversed(token.sent[: token.i - token.sent.start]):
        if (
            earlier.lower_ in objects
            and earlier.dep_ in rules.OBJECT_DEPS
            and earlier.i in actors.token_actor
        ):
            return actors.token_actor[earlier.i]
    return None


def coordinated_owner(token: Token, actors: ArticleActors) -> Actor | None:
    """'received by Marcos and his wife Liza': a possessive on a word joined to a person by 'and'
    is that person's, not the subject's."""
    if token.dep_ != "poss" or token.head.dep_ != "conj":
        return None
    person = actors.token_actor.get(token.head.head.i)
    return person if person is not None and person.kind == "person" else None


def main_subject_ahead(token: Token, actors: ArticleActors) -> Actor | None:
    """'Following his meeting with Lula, Carney flew to Chile': a pronoun in a phrase opening the
    sentence stands for the person the main clause then names as its subject."""
    root = token.sent.root
    opener = token
    while opener.head != root and opener.head != opener:
        opener = opener.head
    if opener.head != root or opener.i > root.i or opener.dep_ not in rules.OPENING_DEPS:
        return None
    for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i):
        person = actors.token_actor.get(subject.i)
        if person is not None and person.kind == "person":
            return person
    return None


def guest_of_host(
    pronoun: Token, host: Actor, recent: list[tuple[int, Token, Actor]], actors: ArticleActors
) -> Actor | None:
    """'X welcomed Y at the airport. He arrived an hour early': the one who arrives just after a
    welcome is its guest, not the host who was the last subject."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or not arrival_told(pronoun.head):
        return None
    seen: set[int] = {pronoun.sent.start}
    for sent_start, token, actor in reversed(recent):
        seen.add(sent_start)
        if len(seen) > rules.WELCOME_LOOKBACK_SENTENCES + 1:
            return None
        if actor is not host or token.dep_ != "nsubj" or token.head.lemma_ not in rules.WELCOMING_HOST_VERBS:
            continue
        guests = [a for o in token.head.children if o.dep_ == "dobj" and (a := person_at(actors, o))]
        return guests[0] if len(guests) == 1 and guests[0] is not host else None
    return None


def arrival_told(verb: Token) -> bool:
    """'he arrived', 'he was scheduled to arrive'."""
    return verb.lemma_ in rules.ARRIVAL_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_ in rules.ARRIVAL_VERBS for c in verb.children
    )


def in_main_clause(token: Token) -> bool:
    """A word of the sentence's main clause (or a clause conjoined to it), not of a subordinate one."""
    current = token
    while current.head != current:
        if current.dep_ in rules.SUBORDINATE_DEPS:
            return False
        current = current.head
    return True


def is_subject(token: Token) -> bool:
    """A subject, or a name inside one ('Saudi Minister of State Adel al-Jubeir, who ...' parses
    the title as the subject and the name as its modifier)."""
    for _ in range(rules.SUBJECT_NAME_MAX_STEPS):
        if token.dep_ in ("nsubj", "nsubjpass"):
            # not the subject the parser gives a name inside a long object ('meet with ... Chairman
            # X, the Presidency, as well as with Y and ... to BiH'), hung on an object word
            return token.head.dep_ not in ("pobj", "dobj", "compound")
        head = token.head
        if token.dep_ not in ("compound", "appos", "conj", "flat"):
            return False
        if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and generic_title(head.text)):
            return False  # "the Trump administration": a name as a modifier
        token = head
    return False


def spelled_title(the: Token) -> bool:
    """'the Amir': 'the' and one word that is a spelling of a title."""
    return the.head.i == the.i + 1 and the.head.lower_ in rules.DEFINITE_TITLE_SPELLINGS


def title_noun(the: Token) -> Token:
    """The noun a 'the' opens: 'general' of 'the secretary-general', which the parser splits at its
    hyphen and hangs 'the' on 'secretary'."""
    head = the.head
    while head.dep_ == "compound" and head.head.i == head.i + 2 and head.nbor().tag_ == "HYPH":
        head = head.head
    return head


def title_antecedent(token: Token, recent: list[tuple[int, Token, Actor]]) -> Actor | None:
    """'the prime minister' -> the latest person whose role carries that title."""
    head = title_noun(token)
    if token.lower_ != "the" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = token.doc[token.i + 1 : head.i + 1]
    spelled = rules.DEFINITE_TITLE_SPELLINGS.get(head.lower_) if spelled_title(token) else None
    # "the Chairperson" with the title alone tagged as a person is still a title
    if spelled is None and any(t.ent_type_ == "PERSON" and not title_word(t) for t in phrase):
        return None
    if len(phrase) > rules.TITLE_REFERENCE_MAX_TOKENS:
        return None
    if names_own_person(head):
        return None  # "the president of Argentina Alberto Fernandez" names its person itself
    of_phrases = [p for p in head.children if p.dep_ == "prep" and p.lower_ == "of"]
    wanted = generic_title(spelled or phrase.text)
    # "the secretary of state", "the minister of foreign affairs": a title whose 'of' phrase is part
    # of it names a different office from its head word alone
    title_of = next((p for p in of_phrases if whole_title_with(phrase, p)), None)
    head_title = wanted
    if title_of is not None:
        wanted = whole_title_with(phrase, title_of)
        of_phrases.remove(title_of)
    if wanted is None and any(o.lower_ in rules.STATE_WORDS for p in of_phrases for o in p.children):
        wanted = generic_title(f"{phrase.text} of state")  # "the head of state"
    if wanted is None and any(o.lower_ in rules.GOVERNMENT_WORDS for p in of_phrases for o in p.children):
        wanted = generic_title(f"{phrase.text} of government")  # "the head of the Italian government"
    if wanted is None:
        return office_holder_named(token, phrase, recent)
    # "the Indian foreign minister", "the prime minister of Cambodia" is no Russian or Malaysian
    # one named just before
    # "the Minister of Foreign Affairs of the People's Republic of China": anywhere in the 'of' phrase
    of_country = [g for p in of_phrases for g in p.subtree]
    country = next((c for t in [*phrase, *of_country] if (c := country_word(t))), None)
    if country is None and any(b.lower_ not in rules.STATE_WORDS for p in of_phrases for b in p.children):
        # "the president of the main opposition party" is not the country's president; "the
        # President of the European Commission" is the person named with that very office
        return body_office_holder(head, of_phrases, recent)
    qualifiers = {t.lower_ for t in phrase} & rules.TITLE_QUALIFIERS
    holders = title_holders(recent, wanted, country, qualifiers, exact=True)
    # "the minister" after "Foreign Minister X" only: the minister of whatever kind
    holders = holders or title_holders(recent, wanted, country, qualifiers, exact=False)
    if not holders and title_of is not None and head_title is not None:
        # "Home Secretary X ... the secretary of state": a British secretary of state of any department
        holders = title_holders(recent, head_title, country, qualifiers, exact=False)
    if len(holders) > 1:
        # "Li hosted a banquet in honour of the Prime Minister": not the host the clause names
        others = [a for a in holders if a not in clause_subjects(head, recent)]
        holders = others or holders
    if len(holders) < 2:
        return holders[0] if holders else None
    # two presidents named: 'the President' is the one the story is about (named in most sentences,
    # most often as a subject), the latest on a tie
    return max(holders, key=lambda actor: salience(actor, recent))


def body_office_holder(
    title: Token, of_phrases: list[Token], recent: list[tuple[int, Token, Actor]]
) -> Actor | None:
    """The latest person named with this title of this body: 'the President of the European
    Commission' after 'European Commission President Ursula von der Leyen'."""
    bodies = [
        " ".join(t.lower_ for t in p.subtree if t.dep_ != "det" and t != p and t.is_alpha) for p in of_phrases
    ]
    acronym = [t.text for p in of_phrases for t in p.subtree if t.dep_ == "pobj" and is_acronym(t.text)]
    if len(bodies) != 1 or (len(bodies[0].split()) < 2 and not acronym):
        return None  # "of the party", a body too loosely named to find its officer by
    head = title.lower_
    for _, _, actor in reversed(recent):
        role = (actor.role or "").lower()
        if head not in role.split():
            continue
        # "the President of the EC" after "President of the European Commission X"
        if bodies[0] in role if not acronym else acronym[0].lower() in initials_runs(role):
            return actor
    return None


def is_acronym(word: str) -> bool:
    """'EC', 'AU', 'OSCE': a body's initials."""
    return word.isalpha() and word.isupper() and 2 <= len(word) <= rules.ACRONYM_MAX_LETTERS


def initials_runs(role: str) -> set[str]:
    """'president of the european commission' -> {'ec', ...}: the initials of every run of the
    role's words after the title, small words left out, so a body's acronym finds its full name."""
    words = [w for w in role.split() if w not in rules.ACRONYM_SKIPPED_WORDS]
    return {
        "".join(w[0] for w in words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)
    }


def whole_title_with(phrase: Span, of_phrase: Token) -> str | None:
    """The generic title of 'secretary' with its 'of state' phrase, when the two spell a longer
    title than the head word alone ('secretary of state' -> 'foreign minister')."""
    words = of_phrase.doc[of_phrase.i : of_phrase.right_edge.i + 1]
    if len(phrase) + len(words) > rules.TITLE_REFERENCE_MAX_TOKENS + 2:
        return None
    if any(t.dep_ == "prep" for t in words[1:]) or any(
        c.dep_ == "prep" and c.lower_ == "for" for c in of_phrase.head.children
    ):
        return None  # "the secretary of state for defence": a department of its own
    whole = generic_title(f"{phrase.text} {words.text}")
    return whole if whole is not None and whole != generic_title(phrase.text) else None


def office_holder_named(the: Token, phrase: Span, recent: list[tuple[int, Token, Actor]]) -> Actor | None:
    """'the diplomat', 'the Russian politician', 'the UN official': a word for what someone is, not
    a title, names the person the story is about among those recently named with a fitting office
    (any office for a politician) and that nationality or body."""
    head = the.head
    if head.lower_ not in rules.OFFICE_HOLDER_NOUNS:
        return None
    affiliated = head.lower_ in rules.AFFILIATED_HOLDER_NOUNS
    # "a European diplomat told Reuters ... The diplomat": someone else told of before ('officials
    # said ... the UN official' too)
    if any(
        t.lower_ == head.lower_ or (affiliated and t.lemma_ == head.lemma_ and t.pos_ == "NOUN")
        for t in the.doc[: the.i]
    ):
        return None
    offices = rules.OFFICE_HOLDER_NOUNS[head.lower_]
    country = next((c for t in phrase if (c := country_word(t))), None)
    body = next((rules.BODY_NAMES[w] for t in phrase if (w := body_word(t))), None)
    if (
        affiliated
        and (
            (country is None and body is None)
            # "the top US official", "the US official in charge of the talks, X,", "the official who
            # spoke": someone the phrase itself describes
            or any(not country_word(t) and not body_word(t) for t in phrase[:-1])
            or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in head.children)
        )
    ):
        return None
    holders = [
        actor
        for _, _, actor in reversed(recent)
        if actor.role
        and (country is None or actor.country == country)
        and (body is None or any(name in actor.role for name in body))
        and (not offices or generic_title(actor.role) in offices)
        # "the UN official": not a head of state or government, nor an envoy posted to the body
        and not (
            affiliated and (generic_title(actor.role) in rules.LEADER_OFFICES or posted_role(actor.role))
        )
    ]
    return max(dict.fromkeys(holders), key=lambda actor: salience(actor, recent), default=None)


def body_word(token: Token) -> str | None:
    """'UN', 'U.N.', 'NATO': the key in `rules.BODY_NAMES` of a body a word names."""
    word = token.text.replace(".", "")
    return word if word in rules.BODY_NAMES else None


def posted_role(role: str) -> bool:
    """'Ambassador to Israel', 'Embassy spokesman', 'Permanent Representative to the UN': someone
    posted abroad or to a body."""
    folded = geography.fold(role)
    return any(word in folded for word in rules.POSTED_ROLE_WORDS)


def title_holders(
    recent: list[tuple[int, Token, Actor]],
    wanted: str,
    country: str | None,
    qualifiers: set[str],
    exact: bool,
) -> list[Actor]:
    """The people recently named whose title is `wanted` (or, not `exact`, ends with it), latest
    first."""
    holders: list[Actor] = []
    for _, _, actor in reversed(recent):
        if not actor.role or (country and actor.country != country):
            continue
        # "the EU representative": the head word of a longer title ('special representative for X')
        told = title_fits(actor.role, wanted) or wanted in actor.role.lower().split()
        if generic_title(actor.role) != wanted and (exact or not told):
            continue
        # "the prime minister" is not the deputy prime minister named last
        if set(actor.role.lower().split()) & rules.TITLE_QUALIFIERS == qualifiers and actor not in holders:
            holders.append(actor)
    return holders


def clause_subjects(word: Token, recent: list[tuple[int, Token, Actor]]) -> set[Actor]:
    """The people named as the subject of the clause a non-subject word belongs to."""
    current = word
    while current.pos_ not in ("VERB", "AUX") and current.head != current:
        if current.dep_ in ("nsubj", "nsubjpass"):
            return set()
        current = current.head
    subjects = {t.i for c in current.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return {actor for _, token, actor in recent if token.i in subjects}


def salience(actor: Actor, recent: list[tuple[int, Token, Actor]]) -> int:
    sentences = {start for start, _, named in recent if named is actor}
    as_subject = {start for start, token, named in recent if named is actor and is_subject(token)}
    return len(sentences) + len(as_subject)


def names_own_person(title: Token) -> bool:
    """A name right after a title inside its own phrase ('president of Argentina Alberto
    Fernandez'), not in a clause about someone else ('the president, who met Putin')."""
    doc, end = title.doc, title.right_edge.i
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].ent_type_ == "PERSON":
        return True  # "the president of the main opposition party (Nepali Congress), A,"
    for right in title.rights:
        if right.dep_ in rules.CLAUSE_DEPS:
            continue
        if any(
            t.ent_type_ == "PERSON" and t.i - title.i <= rules.TITLE_NAME_MAX_DISTANCE for t in right.subtree
        ):
            return True
    return False


def expand_reference(doc: Doc, actors: ArticleActors) -> None:
    """Let the head noun of a resolved title reference stand for the actor too."""
    for index, actor in list(actors.token_actor.items()):
        token = doc[index]
        if token.lower_ == "the" and token.head.i not in actors.token_actor:
            actors.token_actor[token.head.i] = actor
            actors.token_actor.setdefault(title_noun(token).i, actor)


def complete_countries(doc: Doc, actors: ArticleActors) -> None:
    """A person's country where their title did not give it: 'Iran's Foreign Minister X',
    'Foreign Minister X of Albania', 'President X (Colombia)'."""
    for index, person in sorted(actors.token_actor.items()):
        if person.kind != "person" or person.country or actors.token_actor.get(index - 1) is person:
            continue  # one look per mention, from its first word
        token = doc[index]
        person.country = country_before(doc, token, actors) or country_after(doc, token, actors)


def country_before(doc: Doc, token: Token, actors: ArticleActors) -> str | None:
    """'Iran's Foreign Minister X', 'Nepal Prime Minister X': a country opening the title."""
    start = token.i
    while start > token.sent.start and actors.token_actor.get(start - 1) is actors.token_actor.get(token.i):
        start -= 1
    current = start - 1
    for _ in range(rules.TITLE_REFERENCE_MAX_TOKENS + 1):
        if current < token.sent.start:
            return None
        word = doc[current]
        if word.tag_ == "POS" and current > token.sent.start:
            return country_word(doc[current - 1])
        if (
            country_word(word)
            and current > token.sent.start
            and doc[current - 1].lower_ in rules.POSTING_PREPS
        ):
            # "the UN Special Envoy to Yemen X", "the US ambassador to Israel X": where the post is,
            # not where its holder is from; a country further left may still tell that
            current -= 2
            continue
        if country_word(word):
            return country_word(word)
        if word.pos_ not in ("PROPN", "NOUN", "ADJ") or actors.token_actor.get(current) is not None:
            return None
        current -= 1
    return None


def country_after(doc: Doc, token: Token, actors: ArticleActors) -> str | None:
    """'X of Albania', 'X (Colombia)': a country right after the name."""
    end = token.i
    while end + 1 < token.sent.end and actors.token_actor.get(end + 1) is actors.token_actor.get(token.i):
        end += 1
    if end + 2 < token.sent.end and doc[end + 1].text in ("of", "("):
        return country_word(doc[end + 2])
    return None


def country_word(token: Token) -> str | None:
    """The country a word names ('Nepal', 'Iranian'), when the text tags it as a place or people."""
    tagged = token.ent_type_ in ("GPE", "NORP")
    if not tagged and token.lower_ in rules.STATE_FORM_WORDS and token.text[:1].isupper():
        # "the Sultanate of Oman", "the Kingdom of Bahrain": the country its 'of' names
        named = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        return next((c for g in named if g.dep_ == "pobj" and (c := country_word(g))), None)
    if not tagged and token.lower_ in demonym_table() and token.text[:1].isupper():
        return country_of(token.text, "NORP")  # "the Angolan Head of State" tagged as a law
    if not tagged and token.lower_ not in country_names():
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while tagged and start > 0 and doc[start].ent_iob_ == "I":
        start -= 1  # "Saudi Arabia's": the whole name, not "Arabia"
    if not tagged:
        # "Papua New Guinea Prime Minister" tagged as a person: the whole name the word ends, not "Guinea"
        start = next(
            (
                start - back
                for back in (2, 1)
                if start - back >= 0 and geography.is_country(doc[start - back : end].text)
            ),
            start,
        )
    while tagged and end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    name = re.sub(r"[’']s$", "", doc[start:end].text)
    name = re.sub(r"^(the|The) ", "", name)  # "counterparts from ... the United Arab Emirates"
    # a country name the model mistook for a person ('Nepal' in 'Nepal Prime Minister') is the word alone;
    # 'Tajikistan' tagged as a nationality is the country still
    found = country_of(name, token.ent_type_ if tagged else "GPE")
    return found or (country_of(name, "GPE") if geography.is_country(name) else None)


@cache
def title_heads() -> frozenset[str]:
    """The last words of the known titles ('minister', 'president'): where a title phrase ends."""
    return frozenset(title.split()[-1] for title in title_table())


@cache
def country_names() -> frozenset[str]:
    return frozenset(country.lower() for country in demonym_table().values())


def resolve_country_references(doc: Doc, actors: ArticleActors, titles_only: bool = False) -> None:
    """'his Iranian counterpart', 'the Indian leader', 'Nepal Prime Minister' (with no name) ->
    the one person of the article of that country whose title fits. A counterpart no person
    fits stays unresolved: labelling it as a group cost precision on real news. With
    `titles_only`, titles alone: a counterpart needs its owner's pronoun resolved first, while
    'he' after 'Nepal Prime Minister met X' needs the title resolved first."""
    people = [a for a in actors.actors if a.kind == "person" and a.country]
    if not people:
        return
    if not titles_only:
        give_counterparts_the_owners_office(doc, actors)
    heads = title_heads() if titles_only else rules.COUNTERPART_NOUNS | title_heads()
    for head in tokens_with(doc, heads):
        if head.i in actors.token_actor or head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "compound":
            continue
        if (
            head.lower_ not in rules.COUNTERPART_NOUNS
            and generic_title(head.text) is None
            and not modified_title(head)
        ):
            continue  # not "Iran's top diplomat", a title only with its modifier
        named = actors.token_actor.get(head.head.i) if head.dep_ in ("appos", "attr") else None
        if named is not None and named.kind == "person":
            continue  # "Essam Almal, Saudi Ambassador to Greece": the title of a name
        modifiers = [c for c in head.children if c.dep_ in rules.NOUN_MODIFIER_DEPS and c.i < head.i]
        if head.tag_ == "NNS" and any(m.conjuncts for m in modifiers):
            continue  # "his Tonga and Samoa counterparts": one per country (`resolve_country_groups`)
        if head.lower_ in rules.PLURAL_COUNTERPART_NOUNS:
            continue  # "their US counterparts": several of one country, not its one person named
        # "Japan's prime minister": the country as the title's owner (a name may follow after a
        # comma, which the parser does not always set beside it: the office must be the same)
        owners = [c for c in head.children if c.dep_ == "poss" and not c.conjuncts and country_word(c)]
        after = doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(doc) else None
        # "Russia's ambassador in London" is posted there; "India's prime minister in Delhi" is not
        posted = any(
            c.dep_ == "prep"
            and c.lower_ in rules.POSTING_PREPS
            and (c.lower_ not in rules.SITE_PREPS or posted_role(doc[head.left_edge.i : head.i + 1].text))
            for c in head.children
        )
        if owners and (
            any(t.lower_ in rules.OTHER_HOLDER_WORDS for t in doc[owners[0].i : head.i])
            or (posted and not named_with(head, after, actors))
        ):
            continue  # "Israel's acting prime minister", "Russia's ambassador to Britain": another holder
        modifiers += owners
        # "the president of Comoros": the country after the title
        of_owners = [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and not g.conjuncts and country_word(g)
        ]
        if not modifiers and of_owners and head.lower_ not in rules.COUNTERPART_NOUNS:
            owners, modifiers = of_owners, [head]
        country = next((c for m in modifiers + owners if (c := country_word(m))), None)
        if country is None or names_follow(head, actors):
            continue
        if elsewhere_or_another_time(head, country):
            continue  # "Ukraine's top diplomat in Washington", "Germany's chancellor in 1990"
        title_words = [
            t
            for t in doc[min(m.i for m in modifiers) : head.i + 1]
            if not country_word(t) and t.tag_ != "POS"
        ]
        # "Qatar's Emir" with the title alone tagged as a person is still a title
        if any(
            (t.ent_type_ == "PERSON" and not title_word(t)) or t.i in actors.token_actor for t in title_words
        ):
            continue
        phrase = " ".join(t.text for t in title_words)
        if head.lower_ in rules.COUNTERPART_NOUNS:
            wanted = None
        else:
            wanted = generic_title(phrase)
            if wanted is None or len(title_words) > rules.TITLE_REFERENCE_MAX_TOKENS:
                continue
        fitting = [
            p for p in people if p.country == country and title_fits(p.role, wanted, strict=bool(owners))
        ]
        # "Ethiopian Deputy Prime Minister": not the prime minister, only a deputy told as such
        qualifiers = {t.lower_ for t in title_words} & rules.TITLE_QUALIFIERS
        fitting = [p for p in fitting if qualifiers <= set((p.role or "").lower().split())]
        office = counterpart_office(head, actors)
        if office is not None and len(fitting) > 1:
            # "Erdogan held a call with his Russian counterpart" where Putin and the foreign
            # minister Lavrov are both named: the Russian who holds Erdogan's office, else the one
            # whose office the article does not say
            same = [p for p in fitting if title_fits(p.role, office)]
            fitting = same or [p for p in fitting if p.role is None]
        if not fitting:  # "Foreign Ministers A of Australia and B": the one person of that country
            # who is no monarch ("a Saudi envoy ... a letter from King Salman")
            royal = wanted in rules.ROYAL_TITLES  # "Qatar's Emir" before "Sheikh Tamim" is named
            fitting = [
                p
                for p in people
                if p.country == country
                and (not monarch(p) if not royal else monarch_styled(p) in (None, wanted))
            ]
            fitting = fitting if len(fitting) == 1 and fitting[0].role is None else []
        if len(fitting) != 1:
            continue
        actors.token_actor[head.i] = fitting[0]
        actors.mentions.append(
            Mention(fitting[0], sentence_number(head), head.idx, head.idx + len(head.text), head.text)
        )


def elsewhere_or_another_time(head: Token, country: str) -> bool:
    """'in'/'at' after a country's title: a place abroad is a posting there, a time another holder
    ('at the time', 'in 1990'); the title's own country ('Iran's president in Tehran') is neither."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in rules.SITE_PREPS):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if place.ent_type_ in ("DATE", "TIME") or place.lower_ in rules.OTHER_TIME_NOUNS:
                return True
            where = geography.country_of_place(place.text)
            if where is not None and where != country:
                return True
    return False


def modified_title(head: Token) -> bool:
    """'top diplomat', 'chief negotiator': a title only with the word before it."""
    before = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i == head.i - 1]
    return bool(before) and generic_title(f"{before[0].text} {head.text}") is not None


def named_with(head: Token, after: Token | None, actors: ArticleActors) -> bool:
    """'Turkey's Ambassador to Azerbaijan Cahit Bagci': the title names its holder, inside it or
    right after it (a name the model tagged otherwise counts when it is a person's)."""

    def person(token: Token) -> bool:
        actor = actors.token_actor.get(token.i)
        return token.ent_type_ == "PERSON" or (actor is not None and actor.kind == "person")

    return any(person(t) for t in head.subtree) or (after is not None and person(after))


def counterpart_office(head: Token, actors: ArticleActors) -> str | None:
    """The office of the person whose counterpart 'his Russian counterpart' is ('his' -> Erdogan,
    President), when the article says it."""
    if head.lower_ not in rules.COUNTERPART_NOUNS:
        return None
    owner = next((actors.token_actor.get(c.i) for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.kind != "person" or not owner.role:
        return None
    return generic_office(owner.role)


def give_counterparts_the_owners_office(doc: Doc, actors: ArticleActors) -> None:
    """'Cavusoglu met his Russian counterpart Sergey Lavrov': a counterpart holds the office of the
    person whose counterpart he is, so Lavrov is a foreign minister when the text gives no title."""
    for head in tokens_with(doc, rules.COUNTERPART_NOUNS):
        office = counterpart_office(head, actors)
        if office is None:
            continue
        owner = next(actors.token_actor[c.i] for c in head.children if c.dep_ == "poss")
        # "his Russian counterpart Sergey Lavrov", "... counterpart, Sergey Lavrov": the name that
        # the parser hangs on the noun, or on which it hangs the noun, or that starts right after it
        named = [
            person
            for t in head.doc[head.i + 1 : head.i + 4]
            if t.head == head or head.head == t or t.head.head == head or t.i == head.i + 1
            if (person := actors.token_actor.get(t.i)) is not None and person.kind == "person"
        ]
        if named and named[0] is not owner and named[0].role is None:
            named[0].role = owner.role


def monarch_styled(person: Actor) -> str | None:
    """The royal title a person is named with ('King Abdullah' -> 'king'), else None: 'Jordan's
    Queen' is not the king."""
    return next(
        (
            w
            for alias in person.aliases
            if alias.split() and (w := alias.split()[0].lower()) in rules.ROYAL_TITLES
        ),
        None,
    )


def monarch(person: Actor) -> bool:
    """Named with a king's, emir's or sultan's title ('King Salman') somewhere in the article."""
    return monarch_styled(person) is not None


def title_fits(role: str | None, wanted: str | None, strict: bool = False) -> bool:
    """'minister' fits a foreign minister; 'president' does not fit a foreign minister. `strict`:
    the same office only ('communications minister' is not the prime minister)."""
    if wanted is None:
        return True
    held = generic_office(role) if role else None
    if (
        strict
        and held != wanted
        and not (held in rules.LEADER_NOUNS_SINGULAR and wanted in rules.LEADER_OFFICES)
    ):
        return False
    if strict and set((role or "").lower().split()) & rules.OTHER_HOLDER_WORDS:
        return False  # "Japan's prime minister" is not its former prime minister
    if wanted in rules.LEADER_NOUNS_SINGULAR and held in rules.LEADER_OFFICES:
        return True  # "the Indian leader": its prime minister
    if held in rules.LEADER_NOUNS_SINGULAR and wanted in rules.LEADER_OFFICES:
        return True  # "Japan's prime minister" after "Japanese leader Kishida"
    # "the secretary of state for defence" after "Defence Secretary X": the title's own last word
    own_word = (role or "").lower().split()[-1:] == [wanted]
    # "the secretary" after "Secretary of State X": the head word of a title with an 'of' phrase
    own_word = own_word or (bool(role) and title_head(role) == wanted)
    return held is not None and (held == wanted or held.split()[-1] == wanted or own_word)


def names_follow(head: Token, actors: ArticleActors) -> bool:
    """'his French counterpart, Emmanuel Macron': the reference names its person itself."""
    if any(c.dep_ == "appos" for c in head.children):
        return True
    # only words of its own phrase: in "the Chilean leader met Xi Jinping" the name is the object
    following = [t for t in head.doc[head.i + 1 : head.i + 3] if t.i <= head.right_edge.i]

    def is_person(token: Token) -> bool:
        return (actor := actors.token_actor.get(token.i)) is not None and actor.kind == "person"

    # "A and his Greek counterpart, B, attended": the name after the comma, which the parser may
    # set in apposition to A (a person whatever the model tagged: `names.after_counterpart`)
    doc = head.doc
    if all(c.dep_ == "punct" for c in head.rights) and head.i + 2 < len(doc) and doc[head.i + 1].text == ",":
        following.append(doc[head.i + 2])
    # "Saudi Minister of State for African Affairs A": a long title closed by its holder
    return any(is_person(t) for t in following) or holder_after_long_title(head, is_person) is not None


def resolve_group_references(doc: Doc, actors: ArticleActors) -> None:
    """'European foreign ministers met their Iranian counterpart', 'the ministers' -> the three or
    more people the text last named together ('A, B and C'), when their titles fit; 'two top
    officials' -> the two listed next."""
    group_words = tokens_with(doc, rules.DEMONSTRATIVE_GROUP_NOUNS)
    for head in group_words:
        size = numbered_group(head, actors)
        if size:
            resolve_numbered_group(doc, actors, head, size)
    counted = [(t, size) for t in group_words if (size := counted_ahead(t, actors))]
    heads = [t for t in tokens_with(doc, rules.GROUP_REFERENCE_NOUNS) if is_group_reference(t, actors)]
    heads += [t for t in group_words if demonstrative_group(t, actors)]
    if not heads and not counted:
        return
    lists = people_lists(doc, actors)
    for head, size in counted:
        resolve_counted_group_ahead(doc, actors, head, size, lists)
    for head in heads:
        number = sentence_number(head)
        earlier = [
            people
            for index, people in sorted(lists.items())
            if len(people) >= rules.GROUP_REFERENCE_MIN_PEOPLE
            and index < head.i
            and number - rules.PAIR_LOOKBACK_SENTENCES <= sentence_number(doc[index])
        ]
        phrase = doc[min(t.i for t in head.subtree if t.i <= head.i) : head.i + 1]
        pointed = demonstrative_group(head, actors)  # "these men": whoever was just listed
        if earlier and (pointed or titled(earlier[-1])) and titles_fit(phrase, earlier[-1]):
            actors.token_people[head.i] = earlier[-1]


def people_lists(doc: Doc, actors: ArticleActors) -> dict[int, tuple[Actor, ...]]:
    """The first word of each list of people ('A, B and C', with the names in apposition) -> the
    people."""
    lists: dict[int, tuple[Actor, ...]] = {}
    for index, person in sorted(actors.token_actor.items()):
        root = doc[index]
        while root.dep_ in ("conj", "appos") and root.head != root:
            root = root.head  # the list's first item: its conjuncts hang from it
        listed = list_items(root)
        if person.kind != "person" or root.i in lists or len(listed) < 2:
            continue
        people: list[Actor] = []
        for item in listed + [c for t in listed for c in t.children if c.dep_ == "appos"]:
            named = actors.token_actor.get(item.i)
            if named is not None and named.kind == "person" and named not in people:
                people.append(named)
        lists[root.i] = tuple(people)
    return lists


def counted_ahead(token: Token, actors: ArticleActors) -> int:
    """'Two top ASEAN officials met ...', 'will meet four Nordic prime ministers': a group counted
    without 'the', whom the text may name only later; how many, else 0."""
    named = actors.token_actor.get(token.i)
    if (
        token.tag_ != "NNS"
        or (named is not None and named.kind == "person")
        or token.i in actors.token_people
    ):
        return 0
    children = list(token.children)
    if any(c.dep_ == "det" for c in children) or any(c.dep_ in ("appos", "conj") for c in children):
        return 0
    return next((rules.COUNTED_GROUP_SIZES.get(c.lower_, 0) for c in children if c.dep_ == "nummod"), 0)


def resolve_counted_group_ahead(
    doc: Doc, actors: ArticleActors, head: Token, size: int, lists: dict[int, tuple[Actor, ...]]
) -> None:
    """'Two top ASEAN officials met the junta leader. The trip by A, the bloc's secretary-general,
    and B, Brunei's second foreign minister, ...': the first list of exactly that many titled people
    in the sentences after, when their titles fit the group's."""
    number = sentence_number(head)
    phrase = doc[min(t.i for t in head.subtree if t.i <= head.i) : head.i + 1]
    for index, people in sorted(lists.items()):
        if index <= head.i:
            continue
        if sentence_number(doc[index]) > number + rules.PAIR_LOOKBACK_SENTENCES:
            return
        if doc[index].dep_ in ("nsubj", "nsubjpass"):
            continue  # "A, the South Korean president, and B ... are expected in Beijing": their own doing
        if (
            len(people) == size
            and (titled(people) or described(doc[index]))
            and titles_fit(phrase, people)
            and from_continent(head, people)
        ):
            actors.token_people[head.i] = people
            return


def from_continent(head: Token, people: Iterable[Actor]) -> bool:
    """'The four European G7 leaders' are four people of European countries, not the last four
    the text named."""
    modifiers = (c.lower_ for c in head.children if c.dep_ in ("amod", "compound"))
    wanted = {rules.CONTINENT_ADJECTIVES[m] for m in modifiers if m in rules.CONTINENT_ADJECTIVES}
    return not wanted or all(geography.continent_of(p.country) in wanted for p in people)


def described(first: Token) -> bool:
    """'A, the bloc's secretary-general, and B, Brunei's second foreign minister': each name of the
    list told with what it is, as officials are (a byline's names are not)."""
    return all(
        any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in item.children)
        for item in list_items(first)
        if item.pos_ == "PROPN"
    )


def list_items(first: Token) -> list[Token]:
    """The items of a list from its first: its conjuncts, and those the parser joined to the first
    item's apposition ('A, the bloc's secretary-general, and B')."""
    return [first, *first.conjuncts, *(c for t in first.children if t.dep_ == "appos" for c in t.conjuncts)]


def numbered_group(token: Token, actors: ArticleActors) -> int:
    """'The four leaders', 'the three ministers': how many people the phrase counts, else 0."""
    if token.tag_ != "NNS" or token.i in actors.token_actor or token.i in actors.token_people:
        return 0
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or any(
        c.dep_ in ("appos", "prep", "conj") for c in children
    ):
        return 0
    return next((rules.GROUP_SIZES.get(c.lower_, 0) for c in children if c.dep_ == "nummod"), 0)


def resolve_numbered_group(doc: Doc, actors: ArticleActors, head: Token, size: int) -> None:
    """'A, B and C arrived by train, while D flew in. The four leaders met ...': the people the
    text named last, back to the sentence where exactly that many are told; 'they' in the
    sentence after a group so named as subject stands for it too."""
    number = sentence_number(head)
    found: list[Actor] = []
    for index in sorted(actors.token_actor, reverse=True):
        if index >= head.i:
            continue
        if sentence_number(doc[index]) < number - rules.PAIR_LOOKBACK_SENTENCES:
            break
        person = actors.token_actor[index]
        if person.kind == "person" and person not in found:
            found.append(person)
            if len(found) == size and (index == 0 or not same_sentence_more(doc, actors, index, found)):
                break
    fits = titles_fit(doc[head.i : head.i + 1], tuple(found)) and from_continent(head, found)
    if len(found) != size or not fits:
        return
    group = tuple(reversed(found))
    actors.token_people[head.i] = group
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return
    following = head.sent.end
    for token in doc[head.i + 1 : doc[following].sent.end if following < len(doc) else following]:
        if token.lower_ in rules.PLURAL_PRONOUNS and token.dep_ in ("nsubj", "nsubjpass", "poss"):
            actors.token_people.setdefault(token.i, group)


def same_sentence_more(doc: Doc, actors: ArticleActors, index: int, found: list[Actor]) -> bool:
    """Another person named earlier in the sentence where the count was reached: too many."""
    start = doc[index].sent.start
    return any(
        (a := actors.token_actor.get(i)) is not None and a.kind == "person" and a not in found
        for i in range(start, index)
    )


def titled(people: tuple[Actor, ...]) -> bool:
    """Most of the people carry a title: officials, not a byline's reporters."""
    return sum(1 for person in people if person.role) * 2 > len(people)


def is_group_reference(token: Token, actors: ArticleActors) -> bool:
    """A plural title with no number and no names of its own: 'European foreign ministers'."""
    return (
        token.lower_ in rules.GROUP_REFERENCE_NOUNS
        and token.tag_ == "NNS"
        and token.i not in actors.token_actor
        and token.i not in actors.token_people
        and not any(c.dep_ in ("nummod", "appos", "prep", "conj") for c in token.children)
        and not any(t.ent_type_ == "PERSON" for t in token.subtree)
    )


def demonstrative_group(token: Token, actors: ArticleActors) -> bool:
    """'These men met ...', 'those officials': a plural pointing back at people just listed."""
    return (
        token.lower_ in rules.DEMONSTRATIVE_GROUP_NOUNS
        and token.tag_ == "NNS"
        and token.i not in actors.token_people
        and any(c.dep_ == "det" and c.lower_ in rules.DEMONSTRATIVES for c in token.children)
        and not any(c.dep_ in ("nummod", "appos", "prep", "conj", "amod", "compound") for c in token.children)
    )


def name_spouses(doc: Doc, actors: ArticleActors) -> None:
    """'his wife Sara', 'Trump and his wife Melania': a spouse named by a given name alone bears
    the surname of the person whose spouse they are."""
    for index, actor in list(actors.token_actor.items()):
        if actor.kind not in ("person", "org") or " " in actor.canonical_name:
            continue
        spouse = spouse_word(doc[index])
        if spouse is None:
            continue
        # "his wife Sara" parses "his" on "wife" or on "Sara"
        owners = [*spouse.children, *doc[index].children]
        owner_token = next((c for c in owners if c.dep_ == "poss"), None)
        if (
            owner_token is not None
            and owner_token.lower_ in rules.PERSONAL_POSSESSIVES
            and spouse.dep_ == "conj"
        ):
            owner_token = spouse.head  # "Macron and his wife, Brigitte": the one the phrase is joined to
        owner = actors.token_actor.get(owner_token.i) if owner_token is not None else None
        if owner is None or owner is actor or owner.kind != "person":
            continue
        actor.kind = "person"  # "his wife Brigitte", the given name tagged as an organisation
        actors.relatives.add(id(actor))
        # "King Charles III and his wife Camilla": a monarch's name gives no surname
        words = owner.canonical_name.split()
        if (
            len(words) > 1
            and not rules.REGNAL_NUMERAL.fullmatch(words[-1])
            and words[0].lower() not in rules.ROYAL_STYLES
        ):
            actor.canonical_name = f"{actor.canonical_name} {family_name(owner.canonical_name.split())}"


def spouse_word(token: Token) -> Token | None:
    """The 'wife' of 'his wife Sara', 'his wife, Sara' or 'Sara, his wife'."""
    spouse_words = [token.head] if token.dep_ == "appos" else []
    spouse_words += [c for c in token.children if c.dep_ in ("compound", "appos")]
    return next((w for w in spouse_words if w.lower_ in rules.SPOUSE_WORDS), None)


def resolve_country_groups(doc: Doc, actors: ArticleActors) -> None:
    """'the foreign ministers of Egypt, Qatar and Turkey', 'Egyptian and Qatari leaders' -> the
    one person of each country whose title fits, when every country has one."""
    people = [a for a in actors.actors if a.kind == "person" and a.country]
    for head in tokens_with(doc, rules.GROUP_REFERENCE_NOUNS | rules.PLURAL_COUNTERPART_NOUNS):
        if head.i in actors.token_people:
            continue
        modifiers = [c for c in head.children if c.dep_ in rules.NOUN_MODIFIER_DEPS and c.i < head.i]
        # "Azerbaijan and Armenia's top diplomats": the countries as owners
        owners = [c for c in head.children if c.dep_ == "poss" and country_word(c)]
        named = [t for m in modifiers + owners for t in (m, *m.conjuncts)]
        if owners and head.dep_ == "conj" and country_word(head.head):
            named.append(head.head)  # the parser joins 'top diplomats' to 'Azerbaijan'

        counterparts = head.lower_ in rules.PLURAL_COUNTERPART_NOUNS
        named += [
            t
            for g in head.children
            if g.dep_ == "prep" and (g.lower_ in ("of", "from") or (counterparts and g.lower_ == "in"))
            for p in g.children
            if p.dep_ == "pobj" and (g.lower_ != "in" or geography.is_country(p.text))
            for t in (p, *p.conjuncts)
        ]  # "the leaders of A and B", "his counterparts from A, B and C"
        countries = list(dict.fromkeys(c for t in named if (c := country_word(t))))
        if len(countries) < 2:
            continue
        titles = [t for t in modifiers if not country_word(t) and not t.conjuncts] + [head]
        phrase = doc[titles[0].i : head.i + 1]
        wanted = generic_office(phrase.text)
        if head.lower_ in rules.COUNTERPART_NOUNS or head.lower_ == "leaders":
            # "Lavrov held calls with his Turkish and Iranian counterparts": Lavrov's office, when told
            wanted = counterpart_office(head, actors) if head.lower_ in rules.COUNTERPART_NOUNS else None
        found = []
        for country in countries:
            of_country = [p for p in people if p.country == country]
            fitting = [p for p in of_country if title_fits(p.role, wanted)]
            if not fitting and wanted in rules.LEADER_OFFICES:
                # "the Romanian president joined his French, German and Italian counterparts": each
                # country's leader, president or chancellor alike, when the text names one
                leaders = [p for p in of_country if p.role and generic_office(p.role) in rules.LEADER_OFFICES]
                fitting = leaders if len(leaders) == 1 else []
            if not fitting and len(of_country) == 1 and of_country[0].role is None:
                fitting = of_country  # the country's one person, told with no title of their own
            if len(fitting) > 1 and head.lower_ in rules.LEADER_NOUNS:
                # "Thai and Cambodian leaders": the head of government, not a spokeswoman
                fitting = [p for p in fitting if p.role and generic_office(p.role) in rules.LEADER_OFFICES]
            if len(fitting) == 1:
                found.append(fitting[0])
            elif not fitting and head.lower_ in rules.LEADER_NOUNS and titles == [head]:
                # "the Thai and Cambodian leaders" with only Cambodia's named: Thailand's leader is
                # a side of its own, unnamed
                unnamed = Actor(f"{demonym_of(country)} leader", "group", country=country)
                actors.actors.append(unnamed)
                found.append(unnamed)
            else:
                break
        else:
            if any(a.kind == "person" for a in found):
                actors.token_people[head.i] = tuple(found)


def tokens_with(doc: Doc, words: set[str]) -> list[Token]:
    """The tokens spelling one of `words` (lower case), found on the doc's arrays rather than by
    walking every token: most articles hold few of them."""
    return [doc[i] for i in tokens_with_words(doc, word_set_ids(frozenset(words)), attributes=(LOWER,))]


def resolve_quoted_speakers(doc: Doc, actors: ArticleActors) -> None:
    """'"My meeting with Wang Yi was useful," Qureshi said': 'I', 'my', 'me' inside a quotation
    stand for its speaker, the person who says or tells it in that sentence or the one before."""
    for token in tokens_with(doc, rules.FIRST_PERSON):
        if token.i not in actors.token_actor and quoted(token):
            sent = token.sent
            previous = doc[sent.start - 1].sent if sent.start > 0 else None
            speaker = quote_speaker(sent, actors) or (quote_speaker(previous, actors) if previous else None)
            speaker = speaker or continued_quote_speaker(token, actors)
            if speaker is not None:
                actors.token_actor[token.i] = speaker
                actors.mentions.append(
                    Mention(
                        speaker, sentence_number(token), token.idx, token.idx + len(token.text), token.text
                    )
                )


def quoted(token: Token) -> bool:
    """Inside a quotation opened earlier in its paragraph."""
    doc = token.doc
    if "quotes" not in doc.user_data:  # the marks' offsets, found once per article
        text = doc_text(doc)
        doc.user_data["quotes"] = tuple(
            [m.start() for m in re.finditer(re.escape(mark), text)] for mark in ('"', "“", "”", "\n")
        )
    straight, opening, closing, breaks = doc.user_data["quotes"]
    start = breaks[bisect_left(breaks, token.idx) - 1] if bisect_left(breaks, token.idx) else -1

    def between(marks: list[int]) -> int:
        return bisect_left(marks, token.idx) - bisect_left(marks, start)

    return between(straight) % 2 == 1 or between(opening) > between(closing)


SPACE_RUN = re.compile(r"\s*")
QUOTE_CLOSE_OR_BREAK = re.compile(r'["”\n]')


def continued_quote_speaker(token: Token, actors: ArticleActors) -> Actor | None:
    """A quotation left open at its paragraph's end goes on in the next one, which reopens it:
    its speaker is told where the next paragraph closes it ('..., he said')."""
    doc = token.doc
    text = doc_text(doc)
    end = text.find("\n", token.idx)
    if end < 0:
        return None
    start = text.rfind("\n", 0, token.idx) + 1
    paragraph = text[start:end]
    if not paragraph.lstrip().startswith(('"', "“")):
        return None  # only a paragraph that is a quotation from its start goes on in the next
    if paragraph.count("“") <= paragraph.count("”") and paragraph.count('"') % 2 == 0:
        return None
    following = SPACE_RUN.match(text, end).end()
    if following >= len(text) or text[following] not in '"“':
        return None
    closing = closing_quote(doc, following + 1)
    return quote_speaker(closing.sent, actors) if closing is not None else None


def closing_quote(doc: Doc, start: int) -> Span | None:
    """The quotation mark that closes a quotation open at `start` (a text offset), in its paragraph."""
    close = QUOTE_CLOSE_OR_BREAK.search(doc_text(doc), start)
    if close is None or close.group() == "\n":
        return None
    return doc.char_span(close.start(), close.end(), alignment_mode="expand")


def quotation_speaker(token: Token, actors: ArticleActors) -> Actor | None:
    """Who says the quotation a word is in, told right after it closes, in its paragraph ('"... He
    will meet X. They will discuss Y," the spokesman said'); not a 'he noted' inside it."""
    closing = closing_quote(token.doc, token.idx)
    return quote_speaker(token.doc[closing.end : closing.sent.end], actors) if closing is not None else None


def opens_quotation(verb: Token) -> bool:
    """'"Today I have good news," Biden began': a verb of going on that tells a quotation's
    speaker when it has no object of its own (not 'Biden began talks')."""
    return verb.lemma_ in rules.QUOTE_GOING_ON_VERBS and not any(
        c.dep_ in ("dobj", "xcomp", "prep") for c in verb.children
    )


def quote_speaker(sent: Span, actors: ArticleActors) -> Actor | None:
    """The person who says or tells something in a sentence ('..., Witkoff told Fox')."""
    for verb in sent:
        if verb.lemma_ not in rules.REPORTING_VERBS and not opens_quotation(verb):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            person = actors.token_actor.get(subject.i)
            if person is not None and person.kind == "person":
                return person
    return None
