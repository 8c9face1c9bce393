"""Find the tokens of a Doc whose word or lemma is in a set, in one vectorised pass.

Why: the rules look at a handful of trigger words, and a Python loop that asks every token for its
lemma and part of speech costs more than the rules themselves. The word sets are turned into
spaCy string hashes once; each Doc is then scanned in C (`Doc.to_array` and numpy). For the same
reason a Doc's entities are built once (`entities`), not on every `.ents`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from spacy.attrs import ENT_TYPE, LEMMA, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token


def word_ids(*word_sets: Iterable[str]) -> np.ndarray:
    """The hashes of every word of `word_sets`, ready for `tokens_with_words`."""
    return np.array(sorted({get_string_id(word) for words in word_sets for word in words}), dtype=np.uint64)


@lru_cache(maxsize=64)
def word_set_ids(words: frozenset[str]) -> np.ndarray:
    """`word_ids` of one word set, made once per set: for sets known only at run time (a rule's
    constant joined with another, the conflict table's parties)."""
    return word_ids(words)


# What is kept of the last Doc read, per thread: ingest parses the next chunk on one thread (the
# parse-time components read words here too) while it extracts this one on another.
_last = threading.local()


def doc_tables(doc: Doc) -> dict:
    """What is kept for the Doc being read (tables, text, sentences); a new Doc starts afresh."""
    if getattr(_last, "tables_of", None) is not doc:
        _last.tables_of, _last.tables = doc, {}
    return _last.tables


def doc_text(doc: Doc) -> str:
    """`doc.text`, made once per Doc: spaCy joins every token's text on each call."""
    tables = doc_tables(doc)
    if "text" not in tables:
        tables["text"] = doc.text
    return tables["text"]


def keep_text(doc: Doc, text: str) -> None:
    """Give `doc_text` the text the Doc was parsed from, so it is never rebuilt from the tokens
    (a Doc's text is its input, unchanged by the tokenizer and by merged tokens)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc_tables(doc)["text"] = text


def sentences(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, made once per Doc: building the sentence spans walks every token, and
    several steps read them."""
    tables = doc_tables(doc)
    if "sentences" not in tables:
        tables["sentences"] = list(doc.sents)
    return tables["sentences"]


def attribute_table(doc: Doc, attributes: tuple[int, ...]) -> np.ndarray:
    """`doc.to_array(attributes)`, one row per token, made once per Doc and attribute tuple: the
    rules ask a Doc for the same words a dozen times."""
    tables = doc_tables(doc)
    if attributes not in tables:
        tables[attributes] = doc.to_array(list(attributes)).reshape(len(doc), len(attributes))
    return tables[attributes]


def tokens_with_words(doc: Doc, ids: np.ndarray, attributes: tuple[int, ...] = (LOWER, LEMMA)) -> list[int]:
    """Indices, in text order, of the tokens whose lower-case form or lemma (or whichever
    `attributes`) is one of `ids` (sorted, as `word_ids` makes them)."""
    if not len(ids) or not len(doc):
        return []
    table = attribute_table(doc, attributes)
    # a binary search in the sorted ids: cheaper than np.isin, which sorts both arrays on each call
    found = ids[np.minimum(np.searchsorted(ids, table), len(ids) - 1)] == table
    return np.flatnonzero(found.any(axis=1)).tolist()


def tokens_tagged(doc: Doc, parts_of_speech: Iterable[str], unless_entity: Iterable[str] = ()) -> list[int]:
    """Indices of the tokens with one of `parts_of_speech` ('PROPN') and no entity type of
    `unless_entity` ('' for none, 'PERSON')."""
    table = doc.to_array([POS, ENT_TYPE])
    wanted = np.isin(table[:, 0], [get_string_id(pos) for pos in parts_of_speech])
    entity_ids = [0 if label == "" else get_string_id(label) for label in unless_entity]
    if entity_ids:
        wanted &= ~np.isin(table[:, 1], entity_ids)
    return np.flatnonzero(wanted).tolist()


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per Doc: spaCy makes every Span anew on each call, and the rules ask
    for the entities of a sentence or a token dozens of times per article. Kept for the last Doc
    only, outside it: Spans kept in the Doc would make a cycle that outlives the article."""
    if getattr(_last, "entities_of", None) is not doc:
        _last.entities_of, _last.entities = doc, tuple(doc.ents)
    return _last.entities


def entities_within(span: Span) -> list[Span]:
    """`span.ents` from the cached entities: those that start and end inside `span`."""
    return [ent for ent in entities(span.doc) if ent.start >= span.start and ent.end <= span.end]


def entity_at(token: Token) -> Span | None:
    """The entity of the token's sentence that holds the token, if any."""
    return next((e for e in entities_within(token.sent) if e.start <= token.i < e.end), None)


def forget(doc: Doc) -> None:
    """Drop what is kept of `doc` after its entities change."""
    if getattr(_last, "entities_of", None) is doc:
        _last.entities_of = _last.entities = None
    if getattr(_last, "tables_of", None) is doc:
        _last.tables_of = _last.tables = None
