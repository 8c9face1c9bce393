"""Turn scraped article text into clean prose: invisible and look-alike characters made plain,
junk lines out, whitespace normalised.

Why: share buttons, font-size widgets, cookie banners and cut bylines otherwise become
"actors" and "sentences"; a right-to-left mark inside a name hides it from the model, and a
fullwidth or math-bold name would be another actor. The rules are data (patterns below),
applied by small generic code.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ingest import rules

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

# "date 2025-10-22 <anything>" on the first line of a .txt article, whatever ends the line.
DATE_HEADER = re.compile(r"\ufeff?[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[^\r\n]*(\r\n|\r|\n|$)", re.IGNORECASE)

# Inline HTML left in scraped text ('<a href="...">Ahmad Al Shara</a> landed in Paris'): the tag
# goes, its words stay. Only tags a page puts inside a sentence; a '<' in prose is left alone.
INLINE_TAG = re.compile(
    r"</?(?:a|b|i|u|em|strong|span|font|sup|sub|small|abbr|cite|mark|time)"
    r"""(?:\s+[\w:-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s<>"']+))*\s*/?>|<br\s*/?>""",
    re.IGNORECASE,
)

SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
# A hard-wrapped page: at least WRAPPED_MIN_LINES lines of this width end mid-sentence right before
# the next line, and they are at least half of its long lines.
WRAPPED_LINE_MIN_CHARS = 40
WRAPPED_LINE_MAX_CHARS = 100
WRAPPED_MIN_LINES = 3
MIN_WORDS_FOR_UNPUNCTUATED_LINE = 6

# Everything but printable ASCII and the ASCII whitespace controls: looked at one by one.
NOT_PLAIN_ASCII = re.compile(r"[^\t\n\v\f\r -~]")
# Zero-width (non-)joiners shape Persian, Indic and emoji sequences: kept between such characters.
JOINERS = {"\u200c", "\u200d"}
# Invisible characters that are not format characters (category Cf) but hide in names the same way.
INVISIBLE = {"\u034f"}  # combining grapheme joiner
VARIATION_SELECTORS = re.compile(r"[\ufe00-\ufe0f]")
LINE_BREAKS = {"\x85", "\u2028", "\u2029"}
# ʼ ʻ ʽ are letters in transliterated names ("Sanʼaa", "Sanʻa") and opening quotes; before a
# possessive s ("Israelʼs") or, for ʼ, after a word with no letter following (a closing quote), some
# sites print them for the apostrophe
APOSTROPHE_LOOKALIKES = re.compile("[\u02bc\u02bb\u02bd](?=s\\b)|\u02bc(?![^\\W\\d_])")
FULLWIDTH_ASCII = range(0xFF01, 0xFF5F)


def split_date_header(text: str) -> tuple[str | None, str]:
    """Split off a first line `date YYYY-MM-DD ...junk`; return (iso date or None, rest)."""
    match = DATE_HEADER.match(text)
    if match:
        return match.group(1), text[match.end() :]
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


@lru_cache(maxsize=4096)
def plain_form(char: str) -> str:
    """What one non-ASCII character becomes: format and control characters (and lone surrogates,
    which no file can store) nothing, odd line breaks a newline, compatibility letters, digits
    and spaces (fullwidth, math bold, ligatures, thin spaces) their NFKC form. Punctuation and
    symbols stay: '…', '½' and '™' are safe."""
    category = unicodedata.category(char)
    if char in LINE_BREAKS:
        return "\n"
    if category in ("Cf", "Cc", "Cs") or char in INVISIBLE:
        return ""
    if category[0] == "L" or category in ("Nd", "Zs") or ord(char) in FULLWIDTH_ASCII:
        return unicodedata.normalize("NFKC", char)
    return char


def keeps_joiner(text: str, index: int) -> bool:
    """A joiner between two non-Latin characters (Persian letters, emoji) belongs to the script."""
    neighbours = (text[index - 1 : index], text[index + 1 : index + 2])
    return all(
        not plain_form(c).isascii() and "LATIN" not in unicodedata.name(c, "") for c in neighbours if c
    ) and all(neighbours)


def plain_character(match: re.Match) -> str:
    char = match.group()
    if char in JOINERS and keeps_joiner(match.string, match.start()):
        return char
    if VARIATION_SELECTORS.fullmatch(char) and match.string[match.start() - 1 : match.start()].isascii():
        return ""
    return plain_form(char)


def normalize_unicode(text: str) -> str:
    """Text a reader sees the same way reads the same: invisible characters gone, look-alike
    letters plain, NFC. Used for article text and for names an analyst writes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = APOSTROPHE_LOOKALIKES.sub("\u2019", text)
    return unicodedata.normalize("NFC", NOT_PLAIN_ASCII.sub(plain_character, text))


def normalize_name(name: str) -> str:
    """A name as it would appear in cleaned article text, on one line with single spaces."""
    return " ".join(normalize_unicode(name).split())


def tag_replacement(tag: re.Match) -> str:
    """A line break becomes a space; any other inline tag goes without one ('<b>Paris</b>,')."""
    return " " if tag.group().lower().startswith("<br") else ""


def clean_text(text: str) -> str:
    """Normalise unicode and whitespace and drop junk lines; paragraphs stay separated, and the
    lines of a page hard-wrapped at a fixed width are joined back into its sentences."""
    text = INLINE_TAG.sub(tag_replacement, normalize_unicode(text))
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    cuts = wrapped_cuts(lines)
    paragraphs: list[str] = []
    last = None  # the line the last paragraph ends with
    listing = False  # within a list a kept line ending in ':' opened ('accompanied by:')
    for index, line in enumerate(lines):
        if not line:
            continue
        opener = opens_list(line, lines[index + 1 :])
        listing = (listing and list_line(line)) or opener
        if is_junk_line(line) and not listing:
            continue
        if last is not None and last == index - 1 and last in cuts:
            paragraphs[-1] += " " + line
        else:
            paragraphs.append(line)
        last = index
    return "\n\n".join(paragraphs)


def opens_list(line: str, rest: list[str]) -> bool:
    """'Ramaphosa is accompanied by:' over lines that open on a list mark ('- A, minister'): a short
    line that leads into the list, not debris."""
    words = set(re.findall(r"[a-z]+", line.lower()))
    return (
        line.endswith(":")
        and bool(words & rules.ROLL_OPENING_WORDS)
        and list_line(next((later for later in rest if later), ""))
    )


def list_line(line: str) -> bool:
    return line[:1] in rules.ROLL_LINE_MARKS and line[1:2] == " "


def cut_mid_sentence(line: str, following: str) -> bool:
    """A line of a fixed width that stops mid-sentence, the next going on with a word."""
    return (
        WRAPPED_LINE_MIN_CHARS <= len(line) <= WRAPPED_LINE_MAX_CHARS
        and not SENTENCE_END.search(line)
        and not line.endswith(":")
        and following[:1].isalnum()
        and not title_cased(line)  # "Turkish, Egyptian Presidents Meet In Ankara": a headline
    )


def title_cased(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def wrapped_cuts(lines: list[str]) -> set[int]:
    """The lines cut mid-sentence of a page hard-wrapped at a fixed width ('Turkish President
    Erdogan on Wednesday welcomed / Egyptian President ...'), where most long lines end so, right
    before the next; none for any other page."""
    long_lines = [i for i, line in enumerate(lines[:-1]) if len(line) >= WRAPPED_LINE_MIN_CHARS]
    cuts = {i for i in long_lines if cut_mid_sentence(lines[i], lines[i + 1])}
    return cuts if len(cuts) >= WRAPPED_MIN_LINES and 2 * len(cuts) >= len(long_lines) else set()


def article_id_for(text: str) -> str:
    """Stable id: a hash of the text with case and whitespace folded, so re-scrapes match."""
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:20]
