"""How values become text on the page: dates at their precision, counts, and untrusted text made safe.

Article titles, sources, urls, actor names and evidence come from whoever wrote or uploaded the
articles. They are shown as text: escaped before they meet Markdown (Streamlit), HTML (st.html)
or Plotly's label markup, and a url becomes a link only when it is http(s).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

# How each date_precision reads; 'article' is the publication date standing in for a date the
# text does not give.
DATE_FORMATS = {"day": "%-d %b %Y", "week": "week of %-d %b %Y", "month": "%b %Y", "year": "%Y"}
UNDATED = "undated"
APPROXIMATE = frozenset({"week", "month", "year"})  # a span of time, not a day

# Every character Markdown (with Streamlit's math, directives and tables) gives a meaning to.
MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$:=&^@%\"'/])")
LINK_SCHEMES = frozenset({"http", "https"})
WORD_JOINER = "\u2060"


def is_missing(value: object) -> bool:
    """None, NaN, NaT, pandas NA and numpy's masked constant (a NULL inside a DuckDB list)."""
    if value is None or value is np.ma.masked:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array is not missing
        return False


def as_list(cell: object) -> list:
    """A list cell from DuckDB (array, masked array, list or NULL) as a plain list, NULLs as None."""
    if isinstance(cell, np.ma.MaskedArray):
        mask = np.ma.getmaskarray(cell)
        return [None if masked else value for value, masked in zip(cell.data.tolist(), mask, strict=True)]
    if isinstance(cell, (list, tuple, np.ndarray)):
        return [None if is_missing(value) else value for value in cell]
    return []


def as_date(value: object) -> dt.date | None:
    if is_missing(value):
        return None
    return pd.Timestamp(value).date()


def format_date(value: object, precision: str | None = "day", *notes: str) -> str:
    """'3 Oct 2025', 'Oct 2025', '2025', 'week of 3 Oct 2025', '3 Oct 2025 (article date)',
    or 'undated', as precise as the date is known; `notes` join the parenthesis
    ('3 Oct 2025 (article date, planned)')."""
    day = as_date(value)
    shape = DATE_FORMATS.get(precision or "day", DATE_FORMATS["day"])
    text = UNDATED if day is None else day.strftime(shape)
    qualifiers = (["article date"] if precision == "article" and day else []) + [
        note for note in notes if note
    ]
    return f"{text} ({', '.join(qualifiers)})" if qualifiers else text


def format_span(first: object, last: object) -> str:
    """'3 Oct 2025', '3 Oct 2025 – 9 Nov 2025' or 'undated'."""
    start, end = format_date(first), format_date(last)
    if start == UNDATED and end == UNDATED:
        return UNDATED
    return start if start == end else f"{start} – {end}"


def format_dates(entries: Iterable, limit: int = 6) -> str:
    """Dates with their precision ({'date', 'precision'} records), as given, up to `limit`, then
    how many more: '3 Oct 2025, Apr 2026, undated ×2 (+4 more)'."""
    texts = [format_date(entry.get("date"), entry.get("precision")) for entry in as_list(entries)]
    undated = texts.count(UNDATED)
    dated = [text for text in texts if text != UNDATED]
    shown = dated[:limit] + ([UNDATED if undated == 1 else f"{UNDATED} ×{undated}"] if undated else [])
    more = len(dated) - len(dated[:limit])
    return ", ".join(shown) + (f" (+{more} more)" if more else "")


def count(n: int, noun: str, plural: str | None = None) -> str:
    """'1 event', '2 events', '1,204 events'."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def escape_markdown(text: object) -> str:
    """Text that Streamlit's Markdown shows as typed: no links, images, math, HTML or emphasis.
    Besides the escapes, an invisible word joiner goes after each colon and before each dot and
    at sign: Streamlit turns anything that looks like a web or mail address into a live link,
    escaped or not."""
    escaped = MARKDOWN_SPECIALS.sub(r"\\\1", "" if is_missing(text) else str(text))
    return (
        escaped.replace("\\:", "\\:" + WORD_JOINER)
        .replace("\\.", WORD_JOINER + "\\.")
        .replace("\\@", WORD_JOINER + "\\@")
    )


def escape_label(text: object) -> str:
    """Text for Plotly labels and hovers, which read a subset of HTML (<a>, <span style>, <br>):
    with < > & escaped no tag can start; quotes stay, as Plotly shows &quot; literally."""
    return html.escape("" if is_missing(text) else str(text), quote=False)


def safe_url(url: object) -> str | None:
    """The url if it is an http(s) address a link may point to, else None (javascript:, data:,
    relative paths, embedded spaces, quotes, angle or square brackets that could break out of
    markup)."""
    if is_missing(url) or not isinstance(url, str):
        return None
    text = url.strip()
    if not text or re.search(r"[\s\"'<>`\\\x00-\x1f\x7f]", text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.hostname:
        return None
    if re.search(r"[\[\]]", text[len(parts.scheme) + 3 + len(parts.netloc) :]):
        return None  # brackets belong in a host (IPv6) only; elsewhere they are Markdown, not a url
    return text


def file_name(source_path: object) -> str:
    """The file an article came from without the folders it sat in on the server
    ('briefings/016.txt' → '016.txt', 'feed.jsonl:12' → 'feed.jsonl:12')."""
    if is_missing(source_path) or not str(source_path):
        return ""
    text = str(source_path)
    return PureWindowsPath(PurePosixPath(text).name).name if "\\" in text else PurePosixPath(text).name


# --- The article view ------------------------------------------------------------------------

MENTION_COLORS = {"person": "#DCE8F5", "org": "#DDF0EE", "group": "#F9DEDE", "place": "#EFE2F0"}
# Words ingest links to the person they stand for; the article view marks names, not these.
# fmt: off
PRONOUNS = frozenset({
    "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their",
    "theirs", "themselves", "it", "its", "itself", "we", "us", "our", "ours", "i", "me", "my",
    "you", "your",
})
# fmt: on


def article_html(text: str, evidence: tuple[int, int], mentions: pd.DataFrame) -> str:
    """The article as escaped HTML: the evidence sentence highlighted, actor names marked (with
    the canonical name on hover; pronouns are left unmarked).

    `mentions` has char_start, char_end, actor, kind; overlapping mentions keep the first.
    """
    start, end = evidence
    cuts = []
    last_end = -1
    for m_start, m_end, actor, kind in mentions[["char_start", "char_end", "actor", "kind"]].itertuples(
        index=False
    ):
        if m_start >= last_end and 0 <= m_start < m_end <= len(text):
            if text[m_start:m_end].strip().lower() in PRONOUNS:
                continue
            cuts.append((int(m_start), int(m_end), actor, kind))
            last_end = m_end
    pieces, pos = [], 0

    def plain(upto: int) -> None:
        nonlocal pos
        while pos < upto:
            stop = upto
            for edge in (start, end):
                if pos < edge < stop:
                    stop = edge
            chunk = html.escape(text[pos:stop])
            if start <= pos < end:
                chunk = f'<mark class="evidence">{chunk}</mark>'
            pieces.append(chunk)
            pos = stop

    for m_start, m_end, actor, kind in cuts:
        plain(m_start)
        style = f"background:{MENTION_COLORS.get(kind, '#eee')};border-bottom:2px solid #555;"
        inner = html.escape(text[m_start:m_end])
        if start <= m_start < end:
            inner = f'<mark class="evidence">{inner}</mark>'
        pieces.append(f'<span class="mention" title="{html.escape(actor)}" style="{style}">{inner}</span>')
        pos = m_end
    plain(len(text))
    body = "".join(pieces).replace("\n", "<br>")
    return (
        '<div style="font-family:Georgia,serif;line-height:1.6;font-size:1.02rem">'
        "<style>mark.evidence{background:#FFE08A;padding:1px 0}</style>"
        f"{body}</div>"
    )
