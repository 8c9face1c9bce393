"""The actors of one article and the tokens that mention them: the record every step fills in."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest import word_index
from ingest.records import Actor, Mention, comparable_name
from ingest.word_index import sentences


@dataclass
class ArticleActors:
    """The actors of one article and which tokens refer to them."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    token_actor: dict[int, Actor] = field(default_factory=dict)
    # "the two ministers", and "they" standing for it: the people a plural reference names
    token_people: dict[int, tuple[Actor, ...]] = field(default_factory=dict)
    # ids of the people told as someone's relative ('his wife, Usha Vance', 'first lady Melania
    # Trump'): a bare surname they share means the other person
    relatives: set[int] = field(default_factory=set)

    def actor_at(self, token: Token) -> Actor | None:
        return self.token_actor.get(token.i)

    def people_at(self, token: Token) -> tuple[Actor, ...]:
        return self.token_people.get(token.i, ())

    def person_named(self, name: str) -> Actor | None:
        """The one person of the article this name, surname or first name stands for ('Putin',
        'Xi' for Xi Jinping, whose family name comes first)."""
        wanted = comparable_name(name)
        found = [a for a in self.actors if a.kind == "person" and wanted and wanted in name_forms(a)]
        return found[0] if len(found) == 1 else None


def name_forms(person: Actor) -> set[str]:
    """A name as a whole, its last word and its first word, comparable."""
    full = comparable_name(person.canonical_name)
    return {full, full.split()[-1], full.split()[0]} if full else set()


def add_mention(actors: ArticleActors, actor: Actor, span: Span) -> None:
    sentence_index = sentence_number(span)
    actors.mentions.append(Mention(actor, sentence_index, span.start_char, span.end_char, span.text))
    for token in span:
        actors.token_actor[token.i] = actor


def sentence_number(span: Span | Token) -> int:
    """Index of the sentence holding `span`; the Doc extension caches the sentence starts."""
    doc = span.doc
    if not doc.has_extension("sentence_starts"):
        Doc.set_extension("sentence_starts", default=None)
    if doc._.sentence_starts is None:
        doc._.sentence_starts = {sent.start: index for index, sent in enumerate(sentences(doc))}
    return doc._.sentence_starts[span.sent.start]


def tag_named_people(doc: Doc, actors: ArticleActors) -> None:
    """Tag as people the names the model missed or tagged otherwise but the article's actors show
    to be people ('Minister of Finance Sri Mulyani Indrawati' with 'Indrawati' untagged, 'PM Modi'
    as a place): the event rules read the entity tags, and a list of names reads as one only when
    every name in it is tagged alike."""
    spans = []
    for mention in actors.mentions:
        if mention.actor.kind != "person":
            continue
        span = doc.char_span(mention.char_start, mention.char_end)
        if span is None or all(t.ent_type_ == "PERSON" for t in span):
            continue
        if all(t.is_title and t.pos_ == "PROPN" for t in span):
            spans.append(Span(doc, span.start, span.end, label="PERSON"))
    if not spans:
        return
    untouched = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end for s in spans)]
    kept = filter_spans(spans + untouched)
    doc.set_ents(sorted(kept, key=lambda s: s.start))
    word_index.forget(doc)
