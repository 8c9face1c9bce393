"""Records that cross module boundaries: what sources read and what extraction produces."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Article:
    """One news article as read from a file or fetched from the web, before any NLP."""

    article_id: str
    text: str
    source_path: str
    published_date: dt.date | None = None
    title: str | None = None
    url: str | None = None  # for a fetched page, where it was found after redirects
    source: str | None = None
    feed_url: str | None = None  # the feed that listed the page
    fetched_at: dt.datetime | None = None  # UTC


@dataclass(frozen=True)
class SkippedInput:
    """An input (file, line or row) that could not be read, with the one-line reason."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@dataclass(eq=False)
class Actor:
    """A canonical actor within one article (compared by identity); `key` is stable across articles."""

    canonical_name: str
    kind: str  # person | org | place | group
    role: str | None = None
    country: str | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str]:
        """Spelling variants of one name share a key: 'J.D. Vance' ~ 'JD Vance', 'el-Sisi' ~ 'al-Sisi'."""
        return (self.kind, comparable_name(self.canonical_name))


# Letters no Unicode decomposition turns into plain ones ("Đà Nẵng", "Łódź", "Støre", "Yılmaz")
UNDECOMPOSED_LETTERS = str.maketrans("đĐłŁøØħĦıß", "dDlLoOhHis")


# "Ferdinand Marcos Junior" ~ "Ferdinand Marcos Jr.": a generational suffix spelled out
SPELLED_OUT_SUFFIXES = {"junior": "jr", "senior": "sr"}


@lru_cache(maxsize=65536)  # pure, and asked for the same few names many times per article
def comparable_name(name: str) -> str:
    """One key for the spellings of a name: case, dots, accents ('Erdoğan' ~ 'Erdogan', 'Støre' ~
    'Store'), 'el-'/'al-' and the transliterations of a final -y ('Zelenskyy' ~ 'Zelenskiy' ~
    'Zelensky', 'Sergei' ~ 'Sergey'); a hyphen joins name parts as a space does ('Kim Jong-un' ~
    'Kim Jong Un')."""
    # the curly apostrophe first: the ASCII step below would drop it ('Sa’ar' ~ "Sa'ar")
    plain = name.replace("’", "'").translate(UNDECOMPOSED_LETTERS)
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode() or name
    plain = GLUED_ARTICLE.sub(r"\1-", plain)  # "AlMohammad" ~ "Al-Mohammad"
    words = []
    for word in plain.casefold().replace(".", "").split():
        word = "al-" + word[3:] if word.startswith(("el-", "ul-")) else word
        for part in filter(None, word.split("-")):
            words.append(TRANSLITERATED_ENDING.sub(lambda m: "ey" if m.group(0) == "ei" else "y", part))
    if len(words) > 2 and words[-1] in SPELLED_OUT_SUFFIXES:
        words[-1] = SPELLED_OUT_SUFFIXES[words[-1]]
    return " ".join(words)


# The Arabic article written glued to the name it opens: "AlMohammad", "ElSisi".
GLUED_ARTICLE = re.compile(r"\b(Al|El)(?=[A-Z][a-z])")
# Final -yy, -iy, -ii and -ei are transliterations of one Cyrillic ending.
TRANSLITERATED_ENDING = re.compile(r"(?<=\w\w)(?:yy|iy|ii|ei)$")


@dataclass(frozen=True)
class Mention:
    """One place in the text where an actor is named or referred to."""

    actor: Actor
    sentence_index: int
    char_start: int
    char_end: int
    surface: str


@dataclass
class Participant:
    actor: Actor
    role: str = "participant"  # participant | host | guest | visitor | accompanying


@dataclass
class Event:
    """One extracted event with the sentence that states it."""

    event_type: str  # meeting | visit | ceasefire
    participants: list[Participant]
    evidence: str
    evidence_start: int
    evidence_end: int
    trigger_word: str
    cameo_code: str
    status: str = "occurred"  # occurred | planned | cancelled
    event_date: dt.date | None = None
    date_precision: str | None = None  # day | week | month | year | article
    location: str | None = None
    mode: str | None = None  # in_person | call
    conflict: str | None = None
    phase: int | None = None
    milestone: str | None = None
    confidence: float = 0.5
    # a visit before the one the story tells ("his second visit to the country"): never the same trip
    earlier: bool = False


def evidence_words(event: Event) -> list[str]:
    """The lower-case words of an event's sentence, in order: what the checks of a word told beside
    the event read ('separately', 'also', 'earlier')."""
    return re.findall(r"[a-z]+", event.evidence.lower())


@dataclass
class Extraction:
    """Everything extracted from one article, ready for the store."""

    article: Article
    actors: list[Actor]
    mentions: list[Mention]
    events: list[Event]
