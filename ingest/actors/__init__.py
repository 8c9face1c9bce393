"""Actors of one article: mentions clustered into canonical actors, with roles and countries.

"Vance", "JD Vance" and "Vice President JD Vance" become one actor named by the longest form
(`clustering.py`, on the names of `names.py`); "he" and "the prime minister" resolve to the person
the text means (`references.py`), "the delegation" to the members an earlier sentence named
(`delegations.py`), and "the ministers of A and B, X and Y" give each person their country
(`respective.py`); prominent people written in other forms take their common name
(`known_people.py`), and leaders named without a title the office they held on the story's day
(`offices.py`). Word lists are data files in `ingest/data/`; the code that applies them is
generic.
"""

from __future__ import annotations

import datetime as dt

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ingest.actors.clustering import (
    add_social_handles,
    add_untagged_acronyms,
    add_untagged_places,
    capitals_tagged_as_organisations,
    cluster_people,
    collect_named,
    complete_family_names,
    drop_second_surnames,
    merge_same_names,
    misread_places,
)
from ingest.actors.delegations import resolve_delegation_references
from ingest.actors.known_people import apply_known_name, known_people_misread
from ingest.actors.mentions import ArticleActors, tag_named_people
from ingest.actors.names import ORG_LABELS, PLACE_LABELS, dateline_tokens, misread_people
from ingest.actors.offices import give_offices, name_titled_surnames
from ingest.actors.references import (
    complete_countries,
    expand_reference,
    name_spouses,
    resolve_country_groups,
    resolve_country_references,
    resolve_group_references,
    resolve_pair_references,
    resolve_quoted_speakers,
    resolve_references,
    resolve_style_references,
    resolve_visitor_references,
)
from ingest.actors.respective import assign_respective_countries
from ingest.curation import Curation
from ingest.records import Actor
from ingest.word_index import entities, tokens_with_words, word_ids

__all__ = ["ArticleActors", "Curation", "article_actors"]


def article_actors(doc: Doc, curation: Curation, published: dt.date | None = None) -> ArticleActors:
    """All actors of an article with their mentions, after curation; leaders named without a
    title hold the office the table gives them on the `published` day."""
    actors = ArticleActors()
    datelines = dateline_tokens(doc)
    places_tagged_as_people = misread_places(doc)
    people_tagged_otherwise = misread_people(doc, datelines)
    people_tagged_otherwise += known_people_misread(doc, datelines, people_tagged_otherwise)
    taken = {
        ent.start
        for ent in entities(doc)
        for span in people_tagged_otherwise
        if ent.start < span.end and span.start < ent.end
    }
    cluster_people(doc, actors, datelines | places_tagged_as_people, people_tagged_otherwise)
    add_social_handles(doc, actors)
    for actor in actors.actors:
        apply_known_name(actor)  # a country before references need it ('his Russian counterpart')
    name_titled_surnames(actors.actors, published)  # "President Rashid", never named in full
    give_offices(actors.actors, published)  # an office before 'the prime minister' needs it
    capitals = capitals_tagged_as_organisations(doc) - datelines  # "RIYADH (AP) —" is no place of the story
    collect_named(doc, actors, ORG_LABELS, "org", datelines | taken | capitals)
    collect_named(doc, actors, PLACE_LABELS, "place", taken, places_tagged_as_people | capitals)
    add_untagged_places(doc, actors)
    add_untagged_acronyms(doc, actors)  # "the ELN": a group the model left untagged
    complete_countries(doc, actors)
    assign_respective_countries(doc, actors)
    resolve_country_references(doc, actors, titles_only=True)
    resolve_style_references(doc, actors)
    resolve_references(doc, actors)
    name_spouses(doc, actors)
    resolve_visitor_references(doc, actors)
    expand_reference(doc, actors)
    resolve_quoted_speakers(doc, actors)
    resolve_country_references(doc, actors)
    resolve_country_groups(doc, actors)
    resolve_pair_references(doc, actors)
    resolve_group_references(doc, actors)
    resolve_delegation_references(doc, actors)
    for actor in actors.actors:
        apply_known_name(actor)
    dropped = {id(a) for a in actors.actors if curation.apply(a) is None}
    dropped |= common_word_people(doc, actors.actors)
    if dropped:
        actors.actors = [a for a in actors.actors if id(a) not in dropped]
        actors.mentions = [m for m in actors.mentions if id(m.actor) not in dropped]
        actors.token_actor = {i: a for i, a in actors.token_actor.items() if id(a) not in dropped}
        actors.token_people = {
            i: kept
            for i, people in actors.token_people.items()
            if (kept := tuple(a for a in people if id(a) not in dropped))
        }
    complete_family_names(actors)
    drop_second_surnames(actors)
    merge_same_names(actors)
    tag_named_people(doc, actors)
    return actors


def common_word_people(doc: Doc, actors: list[Actor]) -> set[int]:
    """'Phone' of 'Ishiba, Trump Hold Phone Talks', 'Guest' of 'the Chief Guest': a one-word
    person that the article writes elsewhere as a common word (in lower case) is no person."""
    one_word = [
        a
        for a in actors
        if a.kind == "person" and " " not in a.canonical_name and "-" not in a.canonical_name
    ]
    if not one_word:
        return set()
    lowered = {a.canonical_name.lower() for a in one_word}
    written = {doc[i].text for i in tokens_with_words(doc, word_ids(lowered), (ORTH,))}
    return {id(a) for a in one_word if a.canonical_name.lower() in written}
