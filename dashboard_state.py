"""What the dashboard page shows: its filters, the SQL parameters they make (search words and
phrases folded as the word index is), the actor finder's ranking, and the URL they live in.

Most widgets sync themselves with the URL (`bind="query-params"`) and silently drop a value they
cannot take; `url_problems` names those values so the page can say what it ignored. The actor
pickers cannot bind, because their labels carry kind and country, so this module keeps
`?actor=`, `?ego=` and `?focus=` as plain canonical names, which survive a re-ingest that changes
an actor's role; `?event=` and `?article=` keep the evidence row and the article opened.
Pure: no Streamlit, no database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

EVENT_TYPES = ("meeting", "visit", "ceasefire")
STATUSES = ("occurred", "planned", "cancelled")
TABS = ("Network", "Timeline", "Ceasefires", "Map", "Evidence")
COLOR_BY = ("country", "kind")
KIND_NAMES = {"person": "person", "org": "organisation", "group": "group", "place": "place"}
# Sliders bound to the URL: key -> (lowest, highest, step, default).
SLIDERS = {"sources": (1, 10, 1, 1), "top": (10, 300, 10, 60), "lanes": (5, 40, 1, 15)}
NAME_PARAMS = ("actor", "ego", "focus")  # URL keys of the actor pickers, kept by this module
ROW_PARAMS = ("event", "article")  # the evidence row selected and the report opened
WIDGET_PARAMS = ("dates", "type", "status", "q", "tab", "color", *SLIDERS)  # bound by the widgets
STREAMLIT_PARAMS = ("embed", "embed_options")  # Streamlit's own


@dataclass(frozen=True)
class Filters:
    """The sidebar's choices plus the nodes picked in the network ("focus")."""

    actors: tuple[str, ...] = ()
    ego: str | None = None
    focus: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    min_sources: int = 1
    search: str = ""

    def sql_params(self, actor_keys: Mapping[str, int]) -> dict:
        """Parameters of `queries/dashboard/dashboard_filter.sql`. `actor_keys` maps each
        canonical name to its key in the read model (dashboard_actor_options): integer keys join fast."""
        words, phrases = parse_search(self.search)
        return {
            "types": list(self.types),
            "statuses": list(self.statuses),
            "date_from": self.date_from,
            "date_to": self.date_to,
            "actors": keys_of(self.filter_actors, actor_keys),
            "focus": keys_of(self.focus, actor_keys),
            "search": words,
            "phrases": phrases,
            "min_sources": self.min_sources,
        }

    @property
    def filter_actors(self) -> tuple[str, ...]:
        """Whose events the actor filter keeps: the ego's in an ego network, else the picked actors'."""
        return (self.ego,) if self.ego else self.actors

    @property
    def narrowed(self) -> bool:
        """True when any filter is set, so an empty result is the filters' doing."""
        return self != Filters()


def keys_of(names: Iterable[str], actor_keys: Mapping[str, int]) -> list[int]:
    """The read model's keys of these canonical names."""
    return [int(actor_keys[name]) for name in names]


# --- Search ----------------------------------------------------------------------------------

SEARCH_WORDS = 4  # dashboard_filter.sql looks up this many; longer searches keep their longest
SEARCH_PHRASES = 2  # and checks this many quoted phrases
# Words nearly every sentence has: looking them up finds everything and costs the most, so a
# search drops them (and single letters) when it has other words.
# fmt: off
COMMON_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
    "they", "this", "to", "was", "were", "will", "with",
})
# fmt: on
QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]")


def fold(text: str) -> str:
    """Lower case without accents, as refresh_dashboard.sql folds the evidence it indexes
    (DuckDB's strip_accents(lower(...))): 'Erdoğan' and 'ERDOGAN' both give 'erdogan'."""
    lowered = "".join(char.lower()[:1] for char in unicodedata.normalize("NFC", text))  # "İ" → "i"
    return "".join(char for char in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(char))


def words_of(text: str) -> list[str]:
    """The folded words of a text: runs of letters and digits."""
    return re.findall(r"[^\W_]+", fold(text))


def parse_search(text: str) -> tuple[list[str], list[str]]:
    """A search as (words, phrases). Words: folded, longest first, at most SEARCH_WORDS, common
    words left out when others remain; an event matches when each starts one of its words.
    Phrases: the quoted parts, as ' word word' (SEARCH_PHRASES at most), which must also appear
    in that order in one report, the last word possibly unfinished."""
    phrases = [words_of(part) for part in QUOTED.findall(text)]
    phrases = [" " + " ".join(words) for words in phrases if words][:SEARCH_PHRASES]
    words = list(dict.fromkeys(words_of(text)))
    telling = [word for word in words if len(word) > 1 and word not in COMMON_WORDS]
    return sorted(telling or words, key=len, reverse=True)[:SEARCH_WORDS], phrases


# --- Actors ----------------------------------------------------------------------------------


def rank_actors(query: str, names: Sequence[str], n_events: Sequence[int], limit: int = 8) -> list[str]:
    """The actors a typed name most likely means, best first: the exact name, then names starting
    with it, then names with a word starting with each typed word, then names containing it;
    within each, the busiest. Case and accents are ignored; nothing fuzzier is offered."""
    typed = " ".join(words_of(query))
    if not typed:
        return []
    typed_words = typed.split()
    ranked = []
    for name, n in zip(names, n_events, strict=True):
        folded = " ".join(words_of(name))
        name_words = folded.split()
        if folded == typed:
            rank = 0
        elif folded.startswith(typed):
            rank = 1
        elif all(any(word.startswith(part) for word in name_words) for part in typed_words):
            rank = 2
        elif typed in folded:
            rank = 3
        else:
            continue
        ranked.append((rank, -n, name))
    return [name for _, _, name in sorted(ranked)[:limit]]


def kind_name(kind: object) -> str:
    """'person', 'organisation', 'group', 'place', or 'unknown kind'."""
    return KIND_NAMES.get(kind, "unknown kind") if isinstance(kind, str) else "unknown kind"


# --- Dates -----------------------------------------------------------------------------------


def date_bounds(
    value: Sequence[dt.date] | dt.date | None,
) -> tuple[dt.date | None, dt.date | None, bool]:
    """A date_input range value (empty, start only, or start and end) as (from, to, swapped):
    an end before the start is taken as the range the other way round."""
    if value is None:
        return None, None, False
    if isinstance(value, dt.date):
        return value, value, False
    bounds = [*value, None, None]
    start, end = bounds[0], bounds[1]
    if start is not None and end is not None and end < start:
        return end, start, True
    return start, end, False


# --- The URL ---------------------------------------------------------------------------------


def names_from_url(values: Iterable[str], known: Iterable[str]) -> list[str]:
    """URL values that name a known actor, in URL order, without repeats."""
    known_set = set(known)
    return [name for name in dict.fromkeys(values) if name in known_set]


def names_to_url(actors: Sequence[str], ego: str | None, focus: Sequence[str]) -> dict[str, list[str]]:
    """The URL entries for the actor pickers; empty ones are left out to keep links short."""
    entries = {"actor": list(actors), "ego": [ego] if ego else [], "focus": list(focus)}
    return {key: values for key, values in entries.items() if values}


def url_problems(
    raw: Mapping[str, Sequence[str]], actor_names: Iterable[str], first_day: dt.date, last_day: dt.date
) -> list[str]:
    """Each URL value the page cannot use, with why, e.g. 'type “bogus”: not one of meeting,
    visit, ceasefire'. `first_day`/`last_day` bound the dates the date picker accepts."""
    known = set(actor_names)
    problems = []
    for key, values in raw.items():
        if key in STREAMLIT_PARAMS or key in ROW_PARAMS or key == "q":
            continue
        if key not in NAME_PARAMS + WIDGET_PARAMS:
            problems.append(f"“{key}”: not a setting of this page")
            continue
        for index, value in enumerate(values):
            why = _value_problem(key, value, index, known, first_day, last_day)
            if why:
                problems.append(f"{key} “{value}”: {why}")
    return problems


def _value_problem(
    key: str, value: str, index: int, known: set[str], first_day: dt.date, last_day: dt.date
) -> str | None:
    if key in NAME_PARAMS:
        if value not in known:
            return "no actor of that name in this database"
        return "one actor at a time; the first is used" if key == "ego" and index > 0 else None
    if key in ("type", "status", "tab", "color"):
        domain = {"type": EVENT_TYPES, "status": STATUSES, "tab": TABS, "color": COLOR_BY}[key]
        return None if value in domain else f"not one of {', '.join(domain)}"
    if key in SLIDERS:
        low, high, step, _ = SLIDERS[key]
        if not re.fullmatch(r"\d+", value.strip()):
            return "not a whole number"
        number = int(value)
        if not low <= number <= high or (number - low) % step:
            return f"not one of {low}, {low + step}, … {high}"
        return None
    if index > 1:
        return "a date range has two ends"
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        return "not a date (YYYY-MM-DD)"
    if not first_day <= day <= last_day:
        return f"outside {first_day.isoformat()} – {last_day.isoformat()}"
    return None


def picked_nodes(selection: Mapping | None) -> list[str]:
    """Actor names of the network nodes in a plotly selection event: points whose customdata
    starts with [name, "node", …]; edges and their hover points carry no such mark."""
    if not selection:
        return []
    points = selection.get("selection", {}).get("points", [])
    names = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, Sequence) and not isinstance(data, str) and len(data) >= 2 and data[1] == "node":
            names.append(str(data[0]))
    return list(dict.fromkeys(names))


def db_stamp(db_path: str | os.PathLike) -> tuple | None:
    """What changes when ingest writes: size and mtime of the file and of its write-ahead log."""
    path = Path(db_path)
    if not path.is_file():
        return None
    wal = path.with_name(path.name + ".wal")
    parts = [path.stat()]
    if wal.is_file():
        parts.append(wal.stat())
    return tuple((s.st_size, s.st_mtime_ns) for s in parts)
