"""Turn scraped article text into clean prose: junk lines out, whitespace normalised.

Why: share buttons, font-size widgets, cookie banners and cut bylines otherwise become
"actors" and "sentences". The rules are data (patterns below), applied by small generic code.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

# A whole line is junk when it matches one of these (case-insensitive).
JUNK_LINE_PATTERNS = [
    r".*\b\d+\s*px\b.*",  # font-size widgets: "+ ↺ − 16 px"
    r".*\b(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b.*",
    r"(share|tweet|email|print|save|copy link|whatsapp|facebook|twitter|x|linkedin|telegram"
    r"|share this( article| story)?|share on \w+)(\W+(share|tweet|email|print|save|copy link"
    r"|whatsapp|facebook|twitter|x|linkedin|telegram))*\W*",
    r"(advertisement|sponsored( content)?|ad feedback|skip ad)\W*",
    r"(read more|related( articles| stories)?|see also|more on this story|recommended)\b.{0,120}",
    r"(subscribe|sign up|newsletter|log ?in|register)\b.{0,80}",
    r".*\ball rights reserved\b.*",
    r"(©|\(c\)|copyright)\s.*",
    r"(by|photo:|image:|credit:|source:)\s[^.!?]{0,40}",  # bylines and credits without a sentence
    r"(updated|published|last updated)\s*:?\s*[\w ,:.-]{0,40}",
]
JUNK_LINE = re.compile("|".join(f"(?:{p})" for p in JUNK_LINE_PATTERNS), re.IGNORECASE)

# "date 2025-10-22 <anything>" on the first line of a .txt article.
DATE_HEADER = re.compile(r"^\ufeff?\s*date\s+(\d{4}-\d{2}-\d{2})\b.*$", re.IGNORECASE)

SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
MIN_WORDS_FOR_UNPUNCTUATED_LINE = 6
MIN_ENGLISH_STOPWORD_SHARE = 0.2
MIN_WORDS_FOR_LANGUAGE_CHECK = 20


def split_date_header(text: str) -> tuple[str | None, str]:
    """Split off a first line `date YYYY-MM-DD ...junk`; return (iso date or None, rest)."""
    first, _, rest = text.partition("\n")
    match = DATE_HEADER.match(first)
    if match:
        return match.group(1), rest
    return None, text


def is_junk_line(line: str) -> bool:
    """True for scraping debris: widgets, banners, share rows, short fragments without a verb."""
    stripped = line.strip()
    if not stripped:
        return False
    if JUNK_LINE.fullmatch(stripped):
        return True
    words = stripped.split()
    return len(words) < MIN_WORDS_FOR_UNPUNCTUATED_LINE and not SENTENCE_END.search(stripped)


def clean_text(text: str) -> str:
    """Normalise unicode and whitespace and drop junk lines; paragraphs stay separated."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    paragraphs: list[str] = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t\f\v]+", " ", line).strip()
        if line and not is_junk_line(line):
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def article_id_for(text: str) -> str:
    """Stable id: a hash of the text with case and whitespace folded, so re-scrapes match."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]


def english_share(text: str) -> float:
    """Share of words that are English stop words; real English prose is well above 0.3."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return 0.0
    return sum(word in STOP_WORDS for word in words) / len(words)


def looks_english(text: str) -> bool:
    """Cheap language gate: the English model would only produce noise on other languages."""
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE_CHECK:
        return True
    return english_share(text) >= MIN_ENGLISH_STOPWORD_SHARE
