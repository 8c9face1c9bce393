"""Is an article English? The extractor's rules and model only read English.

A page that gives the same story in two languages (an Italian paragraph, then the English one)
keeps its English paragraphs: judged whole it reads as the other language and would be lost.

Why two steps: most English prose is one quarter function words ("the", "in", "said"), which
a word count sees at once; a short wire brief full of names and titles is not, so a language
identifier (py3langid, offline) judges what the count cannot, and only a confident "not
English" rejects: a name list the identifier cannot place stays in.
"""

from __future__ import annotations

import re
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier
from spacy.lang.en.stop_words import STOP_WORDS

MIN_WORDS_FOR_LANGUAGE_CHECK = 20
CLEARLY_ENGLISH_STOPWORD_SHARE = 0.3
MIN_ENGLISH_PROBABILITY = 0.01  # English briefs full of names score 0.06 and up; German 0.0000
IDENTIFIER_SAMPLE_CHARS = 3000


def english_share(text: str) -> float:
    """Share of words that are English stop words; real English prose is well above 0.3."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0
    return sum(word in STOP_WORDS for word in words) / len(words)


@cache
def identifier() -> LanguageIdentifier:
    """Loaded on first need (about a second): texts the word count settles never load it."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_probability(text: str) -> float:
    return dict(identifier().rank(text[:IDENTIFIER_SAMPLE_CHARS])).get("en", 0.0)


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def english_part(text: str) -> str | None:
    """The text, or its English paragraphs when the whole is not English; None when no paragraph
    long enough to judge is English (short lines pass unjudged and cannot make an article)."""
    if looks_english(text):
        return text
    paragraphs = [p for p in PARAGRAPH_BREAK.split(text) if p.strip()]
    kept = [p for p in paragraphs if looks_english(p)]
    judged_words = sum(len(p.split()) for p in kept if len(p.split()) >= MIN_WORDS_FOR_LANGUAGE_CHECK)
    if judged_words < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return None
    return "\n\n".join(p.strip("\n") for p in kept)


def looks_english(text: str) -> bool:
    """False only when the text is clearly another language; short texts pass unchecked."""
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return True
    if english_share(text) >= CLEARLY_ENGLISH_STOPWORD_SHARE:
        return True
    return english_probability(text) >= MIN_ENGLISH_PROBABILITY
