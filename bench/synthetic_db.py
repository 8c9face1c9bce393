"""Build a synthetic events database through the real schema, for benchmarks and dashboard tests.

The shape imitates real news: a few thousand actors with Zipf-like popularity, about 2.3
participants per meeting, dates over two years, visits with places, a handful of ceasefires
with phases and milestones, and about one event in four reported again by another article.
As ingest does, every report carries n_sources (its occurrence's number of articles) and every
participant row copies its event's type, date and status.

    python bench/synthetic_db.py --events 1000000 --out /tmp/events_1m.duckdb   # about 30 s

`--edge-cases DAYS` writes instead a database of what real news holds and samples do not
(undated events and pairs, month- and year-precision dates, places and countries missing,
unknown kinds, HTML and Markdown in names, titles and urls), its dates over DAYS days.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from queries import connect, load  # noqa: E402

START = dt.date(2023, 1, 1)
DAYS = 730
REPEAT_SHARE = 0.25  # share of events that are a further report of an earlier one
EXTRACTOR_VERSION = "synthetic-1"

FIRST_NAMES = [
    "Amina",
    "Boris",
    "Carlos",
    "Dmitri",
    "Elena",
    "Fatima",
    "Gustavo",
    "Hana",
    "Ivan",
    "Jamal",
    "Kenji",
    "Leila",
    "Marco",
    "Nadia",
    "Olaf",
    "Priya",
    "Qasim",
    "Rosa",
    "Samir",
    "Tomas",
    "Ursula",
    "Viktor",
    "Wang",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Ahmed",
    "Beatriz",
    "Chen",
    "Dalia",
    "Emre",
    "Farah",
    "Giorgi",
    "Hiroshi",
    "Ines",
    "Javier",
    "Kwame",
    "Lucia",
    "Mehmet",
    "Noor",
]
LAST_NAMES = [
    "Okafor",
    "Petrov",
    "Silva",
    "Ivanov",
    "Novak",
    "Haddad",
    "Moreno",
    "Sato",
    "Kowalski",
    "Rahman",
    "Tanaka",
    "Karimi",
    "Rossi",
    "Farouk",
    "Berg",
    "Sharma",
    "Malik",
    "Garcia",
    "Aziz",
    "Dvorak",
    "Schmidt",
    "Orlov",
    "Wei",
    "Lopez",
    "Demir",
    "Nowak",
    "Hassan",
    "Costa",
    "Li",
    "Mansour",
    "Yilmaz",
    "Khoury",
    "Beridze",
    "Yamamoto",
    "Ferreira",
    "Ruiz",
    "Mensah",
    "Bianchi",
    "Kaya",
    "Qureshi",
]
ROLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Ambassador",
    "Special Envoy",
    "Secretary-General",
    "Chancellor",
)
ORG_NAMES = (
    "United Nations",
    "European Union",
    "African Union",
    "NATO",
    "Arab League",
    "ASEAN",
    "OSCE",
    "International Committee of the Red Cross",
    "World Bank",
    "IMF",
)
GROUP_NAMES = ("Hamas", "Houthis", "RSF", "M23", "Taliban", "Hezbollah", "ELN", "Wagner Group")
COUNTRY_LIST = [
    "United States",
    "United Kingdom",
    "France",
    "Germany",
    "Russia",
    "China",
    "Ukraine",
    "Israel",
    "Egypt",
    "Qatar",
    "Turkey",
    "Iran",
    "Saudi Arabia",
    "India",
    "Pakistan",
    "Japan",
    "South Korea",
    "Brazil",
    "Mexico",
    "Nigeria",
    "Kenya",
    "Ethiopia",
    "Sudan",
    "South Africa",
    "Italy",
    "Spain",
    "Poland",
    "Norway",
    "Switzerland",
    "Jordan",
]
CITIES = [
    "Washington",
    "London",
    "Paris",
    "Berlin",
    "Moscow",
    "Beijing",
    "Kyiv",
    "Jerusalem",
    "Cairo",
    "Doha",
    "Ankara",
    "Tehran",
    "Riyadh",
    "New Delhi",
    "Islamabad",
    "Tokyo",
    "Seoul",
    "Brasilia",
    "Mexico City",
    "Abuja",
    "Nairobi",
    "Addis Ababa",
    "Khartoum",
    "Pretoria",
    "Rome",
    "Madrid",
    "Warsaw",
    "Oslo",
    "Geneva",
    "Amman",
    "Istanbul",
    "Vienna",
    "Brussels",
    "Munich",
]
UNPLACEABLE = ("Camp David", "the summit venue", "an undisclosed location", "Sharm el-Sheikh resort")
CONFLICTS = (
    "Gaza",
    "Sudan",
    "Ukraine",
    "Yemen",
    "eastern Congo",
    "Nagorno-Karabakh",
    "Colombia",
    "Ethiopia (Tigray)",
)
MILESTONES = ("talks", "agreed", "took effect", "violated", "extended", "collapsed")
CONFIDENCES = np.array([round(0.5 + 0.5 * k / 100, 2) for k in range(100)])


# Real evidence sentences run to 150 characters or so: the name-and-verb core gets one of these.
CLAUSES = [
    ", officials said after the session ended late in the evening",
    ", according to a statement released by the foreign ministry",
    ", as mediators pressed both sides to keep the truce in place and widen aid deliveries",
    ", two diplomats familiar with the talks told reporters on condition of anonymity",
    ", in a bid to revive stalled negotiations over prisoner exchanges and border crossings",
    ", the latest round of shuttle diplomacy aimed at ending months of fighting",
    ", a spokesperson said, adding that further meetings were expected within days",
    ", amid growing pressure from allies to secure the release of the remaining hostages",
    ", with reconstruction funding and security guarantees high on the agenda",
    ", state media reported, without giving further details of the discussions",
    ", according to people briefed on the visit who asked not to be named",
    ", as the two governments sought to ease tensions along the disputed frontier",
]


def short_hash(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def make_actors(n_actors: int, rng: np.random.Generator) -> pd.DataFrame:
    """People first (most popular ranks), then organisations and armed groups."""
    rows = []
    for name in ORG_NAMES:
        rows.append((name, "org", None, None))
    for name in GROUP_NAMES:
        rows.append((name, "group", None, None))
    n_people = max(n_actors - len(rows), 4)
    people = []
    for i in range(n_people):
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i // len(FIRST_NAMES) + i) % len(LAST_NAMES)]
        suffix = "" if i < len(FIRST_NAMES) * len(LAST_NAMES) else f" {i // 1600 + 1}"
        country = COUNTRY_LIST[int(rng.integers(len(COUNTRY_LIST)))]
        people.append((f"{first} {last}{suffix}", "person", ROLES[i % len(ROLES)], country))
    # Interleave so that a few organisations sit among the most popular actors.
    rows = people[:3] + rows[:2] + people[3:] + rows[2:]
    frame = pd.DataFrame(rows, columns=["canonical_name", "kind", "role", "country"])
    frame = frame.drop_duplicates("canonical_name").reset_index(drop=True)
    frame.insert(
        0, "actor_id", [short_hash(k, n) for k, n in zip(frame.kind, frame.canonical_name, strict=True)]
    )
    return frame


def pick_participants(n_occ: int, n_actors: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Zipf-like actor ranks, 2 per event mostly, sometimes 1 or 3 to 6 (mean about 2.3)."""
    weights = 1.0 / np.arange(1, n_actors + 1) ** 1.05
    weights /= weights.sum()
    sizes = rng.choice([1, 2, 3, 4, 6], size=n_occ, p=[0.04, 0.72, 0.17, 0.05, 0.02])
    draws = rng.choice(n_actors, size=int(sizes.sum()), p=weights)
    return np.split(draws, np.cumsum(sizes)[:-1])


def describe(kind: str, names: list[str], status: str, place: str | None, extra: dict) -> tuple:
    """Evidence sentence and the character span of each participant name in it."""
    spans: list[tuple[int, int]] = []
    text = ""

    def add_name(name: str) -> None:
        nonlocal text
        spans.append((len(text), len(text) + len(name)))
        text += name

    add_name(names[0])
    if kind == "meeting":
        verb = {"occurred": " met ", "planned": " will meet ", "cancelled": " called off talks with "}
        text += " spoke by phone with " if extra["mode"] == "call" else verb[status]
        for i, name in enumerate(names[1:]):
            if i:
                text += " and "
            add_name(name)
        if place and extra["mode"] != "call":
            text += f" in {place}"
    elif kind == "visit":
        verb = {"occurred": " visited ", "planned": " will visit ", "cancelled": " cancelled a trip to "}
        text += verb[status] + (place or "the region")
        if len(names) > 1:
            text += ", hosted by "
            add_name(names[1])
    else:
        for name in names[1:]:
            text += " and "
            add_name(name)
        text += f" reported that the {extra['conflict']} ceasefire {extra['milestone']}"
        text += f" (phase {extra['phase']})"
    return text + extra["clause"] + ".", spans


def build_frames(
    n_events: int, seed: int, renamed: dict[int, tuple[str, str]] | None = None
) -> dict[str, pd.DataFrame]:
    """All table contents as DataFrames, ready for one bulk insert each. `renamed` gives actors
    by popularity rank another (name, kind).

    Sentences are written once per real-world event (occurrence); its reports, the first and the
    repeats, copy them, so the work per report is array indexing rather than Python.
    """
    rng = np.random.default_rng(seed)
    n_actors = int(min(4000, max(30, n_events // 250)))
    actors = make_actors(n_actors, rng)
    for rank, (name, kind) in (renamed or {}).items():
        actors.loc[rank, ["canonical_name", "kind", "actor_id"]] = [name, kind, short_hash(kind, name)]
    n_actors = len(actors)
    names = actors.canonical_name.to_numpy()
    ids = actors.actor_id.to_numpy()

    n_occ = max(1, int(n_events * (1 - REPEAT_SHARE)))
    occ_type = rng.choice(["meeting", "visit", "ceasefire"], size=n_occ, p=[0.7, 0.25, 0.05])
    occ_status = rng.choice(["occurred", "planned", "cancelled"], size=n_occ, p=[0.85, 0.1, 0.05])
    occ_day = rng.integers(0, DAYS, size=n_occ)
    occ_precision = rng.choice(["day", "week", "month", "article"], size=n_occ, p=[0.8, 0.05, 0.05, 0.1])
    occ_mode = np.where(rng.random(n_occ) < 0.2, "call", "in_person")
    place_pool = np.array(CITIES + COUNTRY_LIST + list(UNPLACEABLE), dtype=object)
    place_p = np.r_[np.full(len(CITIES), 3.0), np.full(len(COUNTRY_LIST), 1.0), [0.3] * 4]
    occ_place = rng.choice(place_pool, size=n_occ, p=place_p / place_p.sum())
    has_place = (occ_type == "visit") | ((occ_type == "meeting") & (rng.random(n_occ) < 0.5))
    occ_conflict = rng.integers(0, len(CONFLICTS), size=n_occ)
    occ_participants = pick_participants(n_occ, n_actors, rng)

    report_of = np.r_[np.arange(n_occ), rng.integers(0, n_occ, size=n_events - n_occ)]
    n_articles = max(1, int(n_events / 2.5))
    # First reports fill articles in order; repeats land in random (mostly later) articles.
    article_of = np.r_[
        np.arange(n_occ) * n_articles // max(n_occ, 1),
        rng.integers(0, n_articles, size=n_events - n_occ),
    ]
    article_ids = np.array([short_hash("article", str(i)) for i in range(n_articles)], dtype=object)

    # Per occurrence: its sentence, and its participants with their roles and name spans.
    is_ceasefire = occ_type == "ceasefire"
    occ_mode = np.where(occ_type == "meeting", occ_mode, None)
    occ_place = np.where(has_place, occ_place, None)
    # Milestones march forward through the two years, so phases follow each other.
    step = occ_day * len(MILESTONES) // DAYS
    occ_milestone = np.where(
        is_ceasefire, np.array(MILESTONES)[(step + occ_conflict) % len(MILESTONES)], None
    )
    occ_phase = np.where(is_ceasefire, 1 + occ_day * 3 // DAYS, None)
    occ_conflict_name = np.where(is_ceasefire, np.array(CONFLICTS)[occ_conflict], None)
    evidence = np.empty(n_occ, dtype=object)
    occ_clause = rng.integers(len(CLAUSES), size=n_occ)
    member_actor, member_rank, member_start, member_end = [], [], [], []
    n_members = np.empty(n_occ, dtype=np.int64)
    for o in range(n_occ):
        kind = occ_type[o]
        members = list(dict.fromkeys(occ_participants[o].tolist()))
        if kind == "visit":
            members = members[:2]  # the visitor and, where named, the host
        elif len(members) == 1:
            members.append((members[0] + 1) % n_actors)
        extra = {
            "mode": occ_mode[o],
            "conflict": occ_conflict_name[o],
            "milestone": occ_milestone[o],
            "phase": occ_phase[o],
            "clause": CLAUSES[occ_clause[o]],
        }
        evidence[o], spans = describe(kind, [names[m] for m in members], occ_status[o], occ_place[o], extra)
        n_members[o] = len(members)
        member_actor.extend(members)
        member_rank.extend(range(len(members)))
        member_start.extend(start for start, _ in spans)
        member_end.extend(end for _, end in spans)

    ordinal = pd.Series(article_of).groupby(article_of).cumcount().to_numpy() + 1
    event_ids = pd.Series(article_ids[article_of]) + "-" + pd.Series(ordinal).astype(str)
    kinds = occ_type[report_of]
    events = pd.DataFrame(
        {
            "event_id": event_ids,
            "article_id": article_ids[article_of],
            "event_type": kinds,
            "event_date": pd.to_datetime(START) + pd.to_timedelta(occ_day[report_of], unit="D"),
            "date_precision": occ_precision[report_of],
            "location": occ_place[report_of],
            "status": occ_status[report_of],
            "mode": occ_mode[report_of],
            "conflict": occ_conflict_name[report_of],
            "phase": pd.array(occ_phase[report_of], dtype="Int64"),
            "milestone": occ_milestone[report_of],
            "trigger_word": pd.Series(kinds).map(
                {"meeting": "met", "visit": "visited", "ceasefire": "ceasefire"}
            ),
            "cameo_code": pd.Series(kinds).map({"meeting": "040", "visit": "042", "ceasefire": "074"}),
            "evidence": evidence[report_of],
            "confidence": CONFIDENCES[(np.arange(n_events) * 7919) % 100],
            # The first n_occ rows are the first reports, in occurrence order.
            "occurrence_id": event_ids.to_numpy()[report_of],
        }
    )
    events["event_date"] = events["event_date"].dt.date
    # Ingest keeps n_sources on every report of an occurrence: its number of distinct articles.
    events["n_sources"] = events.groupby("occurrence_id").article_id.transform("nunique").astype("int32")
    # Articles are their events' sentences one after another; spans follow from the lengths.
    length = events.evidence.str.len() + 1
    events["evidence_start"] = (length.groupby(events.article_id).cumsum() - length).astype("int64")
    events["evidence_end"] = events.evidence_start + length - 1

    # Every report names its occurrence's participants: index the per-occurrence lists.
    first_member = np.r_[0, np.cumsum(n_members)[:-1]]
    per_event = n_members[report_of]
    event_of_row = np.repeat(np.arange(n_events), per_event)
    offset = np.arange(per_event.sum()) - np.repeat(np.cumsum(per_event) - per_event, per_event)
    member = np.repeat(first_member[report_of], per_event) + offset
    actor = np.asarray(member_actor)[member]
    rank = np.asarray(member_rank)[member]
    row_kind = kinds[event_of_row]
    role = np.where(row_kind == "visit", np.where(rank == 0, "visitor", "host"), "participant")
    participants = pd.DataFrame(
        {
            "event_id": events.event_id.to_numpy()[event_of_row],
            "actor_id": ids[actor],
            "role": role,
            "event_type": row_kind,
            "event_date": events.event_date.to_numpy()[event_of_row],
            "status": events.status.to_numpy()[event_of_row],
            "first_report": (events.event_id == events.occurrence_id).to_numpy()[event_of_row],
        }
    )
    evidence_start = events.evidence_start.to_numpy()[event_of_row]
    mentions = pd.DataFrame(
        {
            "article_id": events.article_id.to_numpy()[event_of_row],
            "actor_id": ids[actor],
            "sentence_index": 0,
            "char_start": evidence_start + np.asarray(member_start)[member],
            "char_end": evidence_start + np.asarray(member_end)[member],
            "surface": names[actor],
        }
    )
    return {"actors": actors, "events": events, "participants": participants, "mentions": mentions}


INSERTS = {
    "actors": "INSERT INTO actors SELECT actor_id, canonical_name, kind, role, country FROM actors_df",
    "aliases": "INSERT INTO actor_aliases SELECT canonical_name, actor_id FROM actors_df",
    "articles": """
        INSERT INTO articles (article_id, source_path, url, title, source, published_date, text,
                              ingested_at, extractor_version)
        SELECT article_id,
               'synthetic/' || article_id || '.txt',
               'https://news.example/' || article_id,
               'Diplomatic roundup ' || min(event_date),
               'Synthetic Wire',
               min(event_date) + 1,
               string_agg(evidence, ' ' ORDER BY evidence_start),
               TIMESTAMP '2025-01-01 00:00:00',
               $version
        FROM events_df GROUP BY article_id""",
    "events": """
        INSERT INTO events
        SELECT event_id, article_id, event_type, event_date, date_precision, location, status,
               mode, conflict, phase, milestone, trigger_word, cameo_code, evidence,
               evidence_start, evidence_end, confidence, occurrence_id, n_sources
        FROM events_df""",
    "participants": """
        INSERT INTO event_participants
        SELECT event_id, actor_id, role, event_type, event_date, status, first_report
        FROM participants_df""",
    "mentions": "INSERT INTO mentions SELECT * FROM mentions_df",
}


def write(
    frames: dict[str, pd.DataFrame], out: Path, fixes: Sequence[tuple[str, dict]] = ()
) -> dict[str, int]:
    """Create `out` with the real schema, insert the frames, run `fixes` (SQL and parameters),
    then build the dashboard's read model as ingest does at the end of a run; return row counts."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in (out, out.with_name(out.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = connect(out, read_only=False)
    try:
        con.execute(load("schema"))
        con.register("actors_df", frames["actors"])
        con.register("events_df", frames["events"])
        con.register("participants_df", frames["participants"])
        con.register("mentions_df", frames["mentions"])
        for _name, sql in INSERTS.items():
            con.execute(sql, {"version": EXTRACTOR_VERSION} if "$version" in sql else None)
        for sql, params in fixes:
            con.execute(sql, params)
        con.execute(load("refresh_dashboard"))  # what ingest does at the end of a run
        con.execute("CHECKPOINT")
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "actors", "events", "event_participants", "mentions")
        }
    finally:
        con.close()
    return counts


def build(n_events: int, out: Path, seed: int = 7) -> dict[str, int]:
    """Create `out` with the real schema and `n_events` synthetic events; return row counts."""
    return write(build_frames(n_events, seed), out)


# What real news and careless or hostile sources give that tidy samples do not (build_edge_cases).
HOSTILE_NAMES = {  # popularity rank -> (name, kind)
    0: ('<b>Bold</b> <img src="http://tracker.invalid/name.png"> Envoy', "person"),
    1: ("**Star** [Minister](http://tracker.invalid/m) $$x^2$$", "person"),
    2: ("Ana :red[Red] _Under_ `Code` Şahin", "person"),
    5: ("Unclassified Delegation", "thing"),  # a kind the dashboard does not know
}
HOSTILE_TITLE = (
    '![pixel](http://tracker.invalid/title.png) <img src="http://tracker.invalid/img.png"> '
    '$$\\sum_n$$ <a href="http://tracker.invalid/a">Talks</a> roundup'
)
HOSTILE_URLS = (
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://news.invalid/a)![x](http://tracker.invalid/url.png)",
    "https://news.example/story",
)
UNDATED_PAIR = ("Undated Alpha", "Undated Beta")  # two actors who met only on days no text gives


def edge_case_frames(n_events: int, span_days: int, seed: int) -> dict[str, pd.DataFrame]:
    """build_frames, then: dates over `span_days` (1: a single day; 7300: twenty years), one event
    in seven undated, some dated only to their month or year, visits without a place, actors
    without a country or with an unknown kind, names with HTML and Markdown in them, and a pair
    whose only meetings have no date."""
    frames = build_frames(n_events, seed, HOSTILE_NAMES)
    events, actors = frames["events"], frames["actors"]
    occurrence = pd.factorize(events["occurrence_id"])[0]
    days = (pd.to_datetime(events["event_date"]) - pd.Timestamp(START)).dt.days
    dates = pd.Timestamp(START) + pd.to_timedelta(days * max(span_days - 1, 0) // (DAYS - 1), unit="D")
    month, year = occurrence % 11 == 5, occurrence % 13 == 6
    dates = dates.where(~month, dates.dt.to_period("M").dt.start_time)
    dates = dates.where(~year, dates.dt.to_period("Y").dt.start_time)
    undated = occurrence % 7 == 3
    events["event_date"] = dates.dt.date.where(~undated, None)
    precision = events["date_precision"].where(~month, "month").where(~year, "year")
    events["date_precision"] = precision.where(~undated, None)
    events["location"] = events["location"].where(
        ~((events["event_type"] == "visit") & (occurrence % 3 == 0))
    )
    actors.loc[actors.index % 4 == 1, "country"] = None
    # The undated pair: two meetings, each its own article, neither with a date.
    extra_actors = pd.DataFrame(
        {
            "actor_id": [short_hash("person", name) for name in UNDATED_PAIR],
            "canonical_name": list(UNDATED_PAIR),
            "kind": ["person", "person"],
            "role": ["Special Envoy", None],
            "country": [None, "Chile"],
        }
    )
    sentences = [
        f"{UNDATED_PAIR[0]} met {UNDATED_PAIR[1]} behind closed doors.",
        f"{UNDATED_PAIR[0]} spoke by phone with {UNDATED_PAIR[1]} about prisoners.",
    ]
    extra_events = pd.DataFrame(
        {
            "event_id": [f"{short_hash('undated', str(i))}-1" for i in range(2)],
            "article_id": [short_hash("undated", str(i)) for i in range(2)],
            "event_type": "meeting",
            "event_date": None,
            "date_precision": None,
            "location": None,
            "status": "occurred",
            "mode": ["in_person", "call"],
            "conflict": None,
            "phase": pd.array([None, None], dtype="Int64"),
            "milestone": None,
            "trigger_word": "met",
            "cameo_code": "040",
            "evidence": sentences,
            "confidence": 0.9,
            "n_sources": np.int32(1),
            "evidence_start": 0,
            "evidence_end": [len(text) for text in sentences],
        }
    )
    extra_events["occurrence_id"] = extra_events["event_id"]
    pairs = [
        (event_id, actor_id) for event_id in extra_events["event_id"] for actor_id in extra_actors["actor_id"]
    ]
    extra_participants = pd.DataFrame(
        {
            "event_id": [e for e, _ in pairs],
            "actor_id": [a for _, a in pairs],
            "role": "participant",
            "event_type": "meeting",
            "event_date": None,
            "status": "occurred",
            "first_report": True,
        }
    )
    extra_mentions = pd.DataFrame(
        [
            (article, actor_id, 0, text.index(name), text.index(name) + len(name), name)
            for article, text in zip(extra_events["article_id"], sentences, strict=True)
            for actor_id, name in zip(extra_actors["actor_id"], UNDATED_PAIR, strict=True)
        ],
        columns=frames["mentions"].columns,
    )
    participants = (
        frames["participants"]
        .drop(columns=["event_date"])
        .merge(events[["event_id", "event_date"]], on="event_id")[frames["participants"].columns]
    )
    return {
        "actors": pd.concat([actors, extra_actors], ignore_index=True),
        "events": pd.concat([events, extra_events[events.columns]], ignore_index=True),
        "participants": pd.concat([participants, extra_participants], ignore_index=True),
        "mentions": pd.concat([frames["mentions"], extra_mentions], ignore_index=True),
    }


def build_edge_cases(out: Path, span_days: int = 7300, n_events: int = 400, seed: int = 11) -> dict[str, int]:
    """A small database of what real news holds and samples do not (edge_case_frames), whose
    articles have titles with Markdown, HTML and math in them, urls that must not become links
    (javascript:, data:, one that breaks out of Markdown) and folders in their file paths."""
    fixes = [
        (
            """UPDATE articles SET
                   title = $title,
                   source = '<script>alert(1)</script> *Wire*',
                   source_path = '/srv/private/feeds/' || article_id || '.txt',
                   url = $urls[(1 + hash(article_id) % len($urls))::BIGINT]""",
            {"title": HOSTILE_TITLE, "urls": list(HOSTILE_URLS)},
        )
    ]
    return write(edge_case_frames(n_events, span_days, seed), out, fixes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000, help="number of event rows")
    parser.add_argument("--out", type=Path, required=True, help="database file to (re)create")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--edge-cases",
        type=int,
        metavar="DAYS",
        help="write the edge-case database instead (build_edge_cases), its dates over DAYS days",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.edge_cases:
            counts = build_edge_cases(args.out, args.edge_cases, args.events, args.seed)
        else:
            counts = build(args.events, args.out, args.seed)
    except duckdb.Error as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n:,} {table}" for table, n in counts.items())
    print(f"{args.out}: {summary} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
