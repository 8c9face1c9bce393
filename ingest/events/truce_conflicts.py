"""Which conflict a truce belongs to: the one named in the ceasefire's own phrase, else in its
sentence (not a venue: "after talks in Moscow"), else that of the truce the story told of last,
else the one the article names most."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from ingest import rules
from ingest.actors.names import clean_name
from ingest.events.context import Context
from ingest.word_index import entities_within, tokens_with_words, word_set_ids


def conflict_of(
    ctx: Context, sent: Span, article_default: str | None, anchors: list[Token] = ()
) -> str | None:
    """The conflict named in the ceasefire's own phrase, else in the sentence, else the article's."""
    near = [
        ctx.conflict_table[t.lower_]
        for a in anchors
        for t in a.subtree
        if t.lower_ in ctx.conflict_table and abs(t.i - a.i) <= rules.CONFLICT_WORD_MAX_DISTANCE
    ]
    if near:
        return Counter(near).most_common(1)[0][0]
    # a venue ("after talks in Moscow") names no side of the conflict
    labels = [
        ctx.conflict_table[t.lower_]
        for t in sent
        if t.lower_ in ctx.conflict_table
        and t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "")
        and t.head.lower_ not in rules.VENUE_PREPS
    ]
    for ent in entities_within(sent):
        label = ctx.conflict_table.get(clean_name(ent.text).lower())
        if label and ent.root.head.lower_ not in rules.VENUE_PREPS:
            labels.insert(0, label)
    return Counter(labels).most_common(1)[0][0] if labels else article_default


def article_conflict(ctx: Context) -> str | None:
    words = tokens_with_words(ctx.doc, word_set_ids(frozenset(ctx.conflict_table)))
    counts = Counter(ctx.conflict_table[w] for i in words if (w := ctx.doc[i].lower_) in ctx.conflict_table)
    return counts.most_common(1)[0][0] if counts else None


def story_conflict(ctx: Context, article_default: str | None) -> str | None:
    """A sentence that names no conflict concerns the truce the story told of last."""
    for event in reversed(ctx.earlier):
        if event.event_type == "ceasefire" and event.conflict:
            return event.conflict
    return article_default
