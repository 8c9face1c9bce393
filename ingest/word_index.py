"""Find the tokens of a Doc whose word or lemma is in a set, in one vectorised pass.

Why: the rules look at a handful of trigger words, and a Python loop that asks every token for its
lemma and part of speech costs more than the rules themselves. The word sets are turned into
spaCy string hashes once; each Doc is then scanned in C (`Doc.to_array` and numpy).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc


def word_ids(*word_sets: Iterable[str]) -> np.ndarray:
    """The hashes of every word of `word_sets`, ready for `tokens_with_words`."""
    return np.array(sorted({get_string_id(word) for words in word_sets for word in words}), dtype=np.uint64)


def tokens_with_words(doc: Doc, ids: np.ndarray) -> list[int]:
    """Indices, in text order, of the tokens whose lower-case form or lemma is one of `ids`."""
    table = doc.to_array([LOWER, LEMMA])
    return np.flatnonzero(np.isin(table, ids).any(axis=1)).tolist()
