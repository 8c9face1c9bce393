"""What the dashboard page shows: its filters, the SQL parameters they make, and the URL they live in.

Most widgets sync themselves with the URL (`bind="query-params"`); the actor pickers cannot,
because their labels carry role and country, so this module keeps `?actor=`, `?ego=` and
`?focus=` as plain canonical names, which survive a re-ingest that changes an actor's role.
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
NAME_PARAMS = ("actor", "ego", "focus")  # URL keys this module owns; the widgets own the rest


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
        """Parameters of `queries/dashboard_filter.sql`. `actor_keys` maps each canonical name to
        its key in the read model (dashboard_actor_options): integer keys join fast."""
        return {
            "types": list(self.types),
            "statuses": list(self.statuses),
            "date_from": self.date_from,
            "date_to": self.date_to,
            "actors": keys_of(self.filter_actors, actor_keys),
            "focus": keys_of(self.focus, actor_keys),
            "search": search_words(self.search),
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


SEARCH_WORDS = 4  # dashboard_filter.sql looks up this many; longer searches keep their longest
# Words nearly every sentence has: looking them up finds everything and costs the most, so a
# search drops them (and single letters) when it has other words.
# fmt: off
COMMON_WORDS = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "its", "of", "on", "or", "she", "that", "the", "their",
    "they", "this", "to", "was", "were", "will", "with",
})
# fmt: on


def search_words(text: str) -> list[str]:
    """The words of a search as dash_words holds them (lower case, runs of letters and digits),
    longest first, at most SEARCH_WORDS: an event matches when each starts one of its words."""
    # Composed, and lower case a character at a time as DuckDB's lower() does ("İ" → "i").
    lowered = "".join(char.lower()[:1] for char in unicodedata.normalize("NFC", text))
    words = list(dict.fromkeys(re.findall(r"[^\W_]+", lowered)))
    telling = [word for word in words if len(word) > 1 and word not in COMMON_WORDS]
    return sorted(telling or words, key=len, reverse=True)[:SEARCH_WORDS]


def date_bounds(value: Sequence[dt.date] | dt.date | None) -> tuple[dt.date | None, dt.date | None]:
    """A date_input range value (empty, start only, or start and end) as (from, to)."""
    if value is None:
        return None, None
    if isinstance(value, dt.date):
        return value, value
    bounds = list(value) + [None, None]
    return bounds[0], bounds[1]


def names_from_url(values: Iterable[str], known: Iterable[str]) -> list[str]:
    """URL values that name a known actor, in URL order, without repeats."""
    known_set = set(known)
    return [name for name in dict.fromkeys(values) if name in known_set]


def names_to_url(actors: Sequence[str], ego: str | None, focus: Sequence[str]) -> dict[str, list[str]]:
    """The URL entries for the actor pickers; empty ones are left out to keep links short."""
    entries = {"actor": list(actors), "ego": [ego] if ego else [], "focus": list(focus)}
    return {key: values for key, values in entries.items() if values}


def picked_nodes(selection: Mapping | None) -> list[str]:
    """Actor names of the network nodes in a plotly selection event (edges carry no name)."""
    if not selection:
        return []
    points = selection.get("selection", {}).get("points", [])
    names = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, Sequence) and len(data) == 2 and data[1] == "node":
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
