"""'The foreign ministers of Azerbaijan and Armenia Jeyhun Bayramov and Ararat Mirzoyan': a list
of countries followed by as many names gives each person the country at the same place, and the
title as a role, and the title stands for them. The parser hangs such names anywhere, so the
list is read word by word."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest import rules
from ingest.actors.mentions import ArticleActors
from ingest.actors.names import singular_word
from ingest.actors.references import country_word, tokens_with
from ingest.records import Actor

LIST_JOINERS = {",", "and", "&"}


def assign_respective_countries(doc: Doc, actors: ArticleActors) -> None:
    for head in tokens_with(doc, rules.GROUP_REFERENCE_NOUNS):
        if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
            continue
        countries, after = countries_listed(doc, head.i + 2)
        people = people_listed(doc, actors, after)
        if len(countries) < 2 or len(people) != len(countries):
            continue
        role = " ".join([*(t.text for t in title_words(head)[:-1]), singular_word(head.text)])
        for person, country in zip(people, countries, strict=True):
            person.country = country
            person.role = person.role or role
        actors.token_people[head.i] = tuple(people)  # "the ministers" are these people


def title_words(head: Token) -> list[Token]:
    """'foreign ministers' in 'the foreign ministers of ...'."""
    words = [head]
    current = head.i - 1
    while current >= head.sent.start and head.doc[current].dep_ in ("amod", "compound"):
        words.insert(0, head.doc[current])
        current -= 1
    return words


def countries_listed(doc: Doc, start: int) -> tuple[list[str], int]:
    """The countries of a list starting at `start` ('Russia, Azerbaijan and Armenia'), and the
    index just after it."""
    countries: list[str] = []
    index = start
    while index < len(doc):
        token = doc[index]
        if token.lower_ == "the":
            index += 1
            continue
        country = country_word(token)
        if country is None:
            break
        countries.append(country)
        index += 1
        place = token.ent_type_ in ("GPE", "NORP")
        while (
            place
            and index < len(doc)
            and doc[index].ent_iob_ == "I"
            and doc[index].ent_type_ == token.ent_type_
        ):
            index += 1  # "Saudi Arabia": the rest of the name
        if index < len(doc) and doc[index].text in LIST_JOINERS:
            index += 1
            if index < len(doc) and doc[index].lower_ == "and":
                index += 1  # ", and"
            continue
        break
    return countries, index


def people_listed(doc: Doc, actors: ArticleActors, start: int) -> list[Actor]:
    """The people named one after another from `start` ('A, B and C')."""
    people: list[Actor] = []
    index = start + 1 if start < len(doc) and doc[start].text == "," else start
    while index < len(doc):
        person = actors.token_actor.get(index)
        if person is None or person.kind != "person" or person in people:
            break
        people.append(person)
        while index < len(doc) and actors.token_actor.get(index) is person:
            index += 1
        if index < len(doc) and doc[index].text in LIST_JOINERS:
            index += 1
            if index < len(doc) and doc[index].lower_ == "and":
                index += 1
            continue
        break
    return people
