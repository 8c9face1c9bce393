"""'The delegation will leave Kabul for Doha': a delegation told again with no name of its own
stands for the people an earlier sentence named as its members ('A and B are among the members
of the delegation', 'the delegation includes A and B', 'a delegation comprising A and B') or as its
head ('a delegation led by A')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest import rules
from ingest.actors.mentions import ArticleActors, sentence_number
from ingest.actors.references import tokens_with


def resolve_delegation_references(doc: Doc, actors: ArticleActors) -> None:
    known: tuple[int, tuple] | None = None  # (sentence number, members) of the delegation told last
    for party in tokens_with(doc, rules.DELEGATION_NOUNS):
        members = named_members(party, actors)
        number = sentence_number(party)
        if members:
            known = (number, members)
        elif (
            known is not None
            and told_again(party, actors)
            and number - known[0] <= rules.PAIR_LOOKBACK_SENTENCES
        ):
            actors.token_people[party.i] = known[1]


def told_again(party: Token, actors: ArticleActors) -> bool:
    """'the delegation', 'this delegation': definite, with no country, name or clause of its own."""
    return (
        party.i not in actors.token_actor
        and party.i not in actors.token_people
        and any(c.dep_ == "det" and c.lower_ in rules.DEFINITE_WORDS for c in party.children)
        and not any(
            c.dep_ in ("amod", "compound", "nmod", "poss", "acl", "relcl")
            or (c.dep_ == "prep" and c.lower_ in rules.OWN_DELEGATION_PREPS)  # not "at the airport"
            for c in party.children
        )
    )


def named_members(party: Token, actors: ArticleActors) -> tuple:
    """The people a sentence names as a delegation's members or head."""
    listed: list[Token] = []
    for clause in party.children:  # "a delegation led by A and B"
        if clause.dep_ == "acl" and clause.lemma_ in rules.LED_BY_VERBS:
            listed += [
                o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            ]
    verb = party.head
    if party.dep_ in ("nsubj", "nsubjpass") and verb.lemma_ in rules.MEMBERSHIP_VERBS:
        listed += [o for o in verb.children if o.dep_ in ("dobj", "attr")]  # "the delegation includes A"
        listed += [o for p in verb.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    members = party.head.head if party.dep_ == "pobj" and party.head.lower_ == "of" else None
    if members is not None and members.lower_ in rules.MEMBER_NOUNS:
        among = members.head if members.dep_ == "pobj" else None
        if among is not None and among.lower_ == "among" and among.head.lemma_ == "be":
            # "A, B and C are among the members of this delegation"
            listed += [s for s in among.head.children if s.dep_ == "nsubj"]
    people: list = list(listed_after_membership_word(party, actors))
    doc = party.doc
    if (
        party.i >= 3
        and doc[party.i - 1].lower_ in rules.PERSONAL_POSSESSIVES
        and doc[party.i - 2].lower_ == "and"
    ):
        head = actors.token_actor.get(party.i - 3)  # "Xi and his delegation": Xi heads it
        people += [head] if head is not None and head.kind == "person" else []
    # "former ministers A and B": the names in apposition to the list's noun
    listed += [a for t in listed for a in t.children if a.dep_ == "appos"]
    for item in (c for t in listed for c in (t, *t.conjuncts)):
        person = actors.token_actor.get(item.i)
        if person is not None and person.kind == "person" and person not in people:
            people.append(person)
    return tuple(people)


def listed_after_membership_word(party: Token, actors: ArticleActors) -> tuple:
    """'a joint delegation comprising (of) A, B and C', 'a delegation including A and B': the
    people named from that word up to the clause's verb (the parser hangs such lists anywhere)."""
    doc = party.doc
    if party.i + 1 >= party.sent.end or doc[party.i + 1].lower_ not in rules.MEMBERSHIP_PARTICIPLES:
        return ()
    people: list = []
    for token in doc[party.i + 2 : party.sent.end]:
        person = actors.token_actor.get(token.i)
        if person is None and (token.pos_ in ("VERB", "AUX") or token.text in (";", ".", ":")):
            break
        if person is not None and person.kind == "person" and person not in people:
            people.append(person)
    return tuple(people)
