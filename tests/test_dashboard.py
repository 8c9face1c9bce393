"""The dashboard page through streamlit's AppTest: every filter, the URL, and each page state.

Most tests use a small synthetic database built through the real schema (bench/synthetic_db.py),
so they know what each filter must leave in the evidence table; others use databases ingested by
the real CLI from real published news (../shared/devset-real), and the synthetic edge-case
database (undated events and pairs, month- and year-dates, missing places, countries and kinds,
markup in names, titles and urls) over twenty years and over a single day.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import queries
from bench.synthetic_db import HOSTILE_NAMES, UNDATED_PAIR, build, build_edge_cases
from dashboard_data import READ_MODEL_VERSION, database_problem
from dashboard_state import TABS, Filters
from ingest.store import Store
from tests.conftest import REAL_NEWS, run_ingest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
needs_real_news = pytest.mark.skipif(
    not REAL_NEWS.is_dir(), reason=f"needs the real-news dev set at {REAL_NEWS} (absent outside the project)"
)
HOLD_LOCK = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("UPDATE articles SET title = title || ' (updated)'")
print("locked", flush=True)
sys.stdin.read()
"""


@pytest.fixture(scope="module")
def events_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("dashboard") / "events.duckdb"
    build(600, db, seed=3)
    return db


@pytest.fixture(scope="module")
def real_news_undated_db(tmp_path_factory) -> Path:
    """The same articles without their date line, as plain texts arrive: most events undated."""
    if not REAL_NEWS.is_dir():
        pytest.skip(f"needs the real-news dev set at {REAL_NEWS}")
    folder = tmp_path_factory.mktemp("undated-articles")
    for article in sorted(REAL_NEWS.glob("*.txt")):
        lines = article.read_text(encoding="utf-8").splitlines(keepends=True)
        (folder / article.name).write_text("".join(lines[1:] if lines[0].startswith("date ") else lines))
    db = tmp_path_factory.mktemp("real-undated") / "events.duckdb"
    result = run_ingest(str(folder), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="module")
def edge_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("edge") / "events.duckdb"
    build_edge_cases(db, span_days=7300)
    return db


@pytest.fixture(scope="module")
def one_day_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("one-day") / "events.duckdb"
    build_edge_cases(db, span_days=1)
    return db


@pytest.fixture(autouse=True)
def fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()


def sql(db: Path, text: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(text, params or []).fetchall()


def open_app(db: Path, monkeypatch, **query) -> AppTest:
    """Run the page on `db` with these URL query parameters, as a first visit would."""
    monkeypatch.setenv("EVENTS_DB", str(db))
    monkeypatch.setattr(sys, "argv", ["dashboard.py"])
    app = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, app.exception[0].message
    return app


def evidence(app: AppTest) -> pd.DataFrame:
    """The evidence table as shown (switching to its tab when needed)."""
    if app.session_state["tab"] != "Evidence":
        app.session_state["tab"] = "Evidence"
        app.run()
    assert not app.exception, app.exception[0].message
    return app.dataframe[0].value


def plain(markdown: str) -> str:
    """Markdown as it reads, its escapes removed."""
    return markdown.replace("\\", "").replace("\u2060", "")


def texts(app: AppTest) -> str:
    """Every text element of the page, joined: what a reader sees."""
    parts = []
    for kind in ("markdown", "caption", "info", "warning", "error", "success"):
        parts += [element.value for element in app.get(kind)]
    parts += [element.proto.body for element in app.get("html")]
    return "\n".join(parts)


def open_every_tab(app: AppTest) -> None:
    for tab in (*TABS[1:], TABS[0]):
        app.session_state["tab"] = tab
        app.run()
        assert not app.exception, (tab, app.exception[0].message, app.exception[0].stack_trace)


def all_events(db: Path) -> int:
    return sql(db, "SELECT count(*) FROM events WHERE event_id = occurrence_id")[0][0]


def rebuild_read_model(db: Path) -> None:
    """What ingest does after writing: rebuild the dash_* tables the page reads."""
    with duckdb.connect(str(db)) as con:
        con.execute(queries.load("bump_version"))
        con.execute(queries.load("refresh_dashboard"))


def busiest(db: Path, rank: int = 0) -> str:
    rows = sql(
        db,
        "SELECT a.canonical_name FROM event_participants p JOIN actors a USING (actor_id) "
        "GROUP BY 1 ORDER BY count(*) DESC, 1",
    )
    return rows[rank][0]


def figure(app: AppTest, index: int = 0) -> dict:
    return json.loads(app.get("plotly_chart")[index].proto.spec)


def node_names(app: AppTest) -> set[str]:
    names = set()
    for trace in figure(app)["data"]:
        for data in trace.get("customdata") or []:
            if isinstance(data, list) and len(data) > 1 and data[1] == "node":
                names.add(data[0])
    return names


# --- States ----------------------------------------------------------------------------------


def test_missing_database_shows_the_ingest_command_and_an_uploader(tmp_path, monkeypatch):
    db = tmp_path / "nothing.duckdb"
    app = open_app(db, monkeypatch)
    assert "no events database" in app.info[0].value
    assert app.code[0].value == f"python -m ingest data/sample --db {db}"
    assert app.file_uploader[0].allowed_type == [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".htm"]


def test_database_without_events_says_so(tmp_path, monkeypatch):
    db = tmp_path / "empty.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute(queries.load("schema"))
    app = open_app(db, monkeypatch)
    assert "has no events yet" in app.info[0].value
    assert app.file_uploader


def test_uploaded_articles_are_ingested_and_shown(tmp_path, monkeypatch):
    db = tmp_path / "uploaded.duckdb"
    app = open_app(db, monkeypatch)
    article = (ROOT / "data" / "sample" / "005_gaza_phase_one_agreed.txt").read_bytes()
    app.file_uploader[0].set_value(("phase_one.txt", article, "text/plain"))
    app.run()
    app.button[0].click()
    app.run(timeout=240)
    assert not app.exception
    assert db.exists()
    assert sql(db, "SELECT count(*) FROM articles")[0][0] == 1
    assert "events" in app.markdown[0].value


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: path.mkdir(), "is a folder, not a database file"),
        (lambda path: path.write_bytes(b""), "is an empty file"),
        (lambda path: path.write_text("date,text\n2025-01-01,hello\n"), "is not a DuckDB database"),
        (lambda path: sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit(), "SQLite"),
    ],
    ids=["folder", "empty", "text", "sqlite"],
)
def test_a_file_that_cannot_be_a_database_is_named_with_what_to_do(tmp_path, make, says):
    path = tmp_path / "events.duckdb"
    make(path)
    problem = database_problem(path)
    assert says in problem and str(path) in problem and "--db" in problem
    assert "\n" not in problem


def test_a_duckdb_file_or_no_file_yet_is_fine(tmp_path):
    assert database_problem(tmp_path / "not-yet.duckdb") is None
    db = tmp_path / "real.duckdb"
    duckdb.connect(str(db)).close()
    assert database_problem(db) is None


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda path: path.mkdir(), "is a folder, not a database file"),
        (lambda path: path.write_text("date,text\n2025-01-01,talks\n"), "is not a DuckDB database"),
        (lambda path: path.write_bytes(b""), "is an empty file"),
    ],
    ids=["folder", "text-file", "empty-file"],
)
def test_a_db_that_cannot_be_a_database_gets_one_line_and_no_traceback(tmp_path, monkeypatch, make, says):
    path = tmp_path / "events.duckdb"
    make(path)
    app = open_app(path, monkeypatch)
    shown = plain(app.error[0].value)
    assert len(app.error) == 1 and says in shown and "--db" in shown and str(path) in shown
    assert "\n" not in shown
    assert not app.code and not app.file_uploader  # no command that would fail on this file


def test_a_truncated_database_file_gets_one_line_and_no_traceback(edge_db, tmp_path, monkeypatch):
    broken = tmp_path / "truncated.duckdb"
    broken.write_bytes(edge_db.read_bytes()[:6000])
    app = open_app(broken, monkeypatch)
    assert len(app.error) == 1 and "cannot be opened as an events database" in app.error[0].value.replace(
        "\\", ""
    )


def test_header_counts_events_actors_and_articles(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch)
    in_events = "SELECT count(DISTINCT canonical_name) FROM actors JOIN event_participants USING (actor_id)"
    n_actors = sql(events_db, in_events)[0][0]
    n_articles = sql(events_db, "SELECT count(*) FROM articles")[0][0]
    header = app.markdown[0].value
    assert f"**{all_events(events_db):,}** events" in header
    assert f"**{n_actors:,}** actors" in header
    assert f"**{n_articles:,}** articles" in header
    first = sql(events_db, "SELECT min(event_date) FROM events")[0][0]
    assert first.strftime("%-d %b %Y") in header


def test_header_counts_undated_events_and_says_one_event_not_one_events(edge_db, monkeypatch):
    header = open_app(edge_db, monkeypatch).markdown[0].value
    undated = sql(edge_db, "SELECT count(*) FROM dash_events WHERE event_date IS NULL")[0][0]
    assert f"{undated} undated events" in header
    app = open_app(edge_db, monkeypatch, q="behind closed doors")
    assert "Filters match **1** (" in app.markdown[0].value
    assert not re.search(r"\b1 events\b", texts(app))


def test_evidence_table_lists_every_event_of_a_small_database(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    table = evidence(app)
    assert len(table) == min(all_events(events_db), 500)
    assert list(table["event_date"]) == sorted(table["event_date"], reverse=True)
    assert {"when", "participants", "place", "status", "sources", "evidence", "link", "file"} <= set(
        table.columns
    )
    assert not table["file"].str.contains("/").any()


def test_empty_filter_result_explains_instead_of_drawing(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, q="no sentence says this")
    assert any("No events match these filters" in info.value for info in app.info)
    assert not app.get("plotly_chart")
    assert not app.tabs


@contextmanager
def write_lock_held(db: Path):
    """Another process holds `db` for writing, as ingest does during a write burst."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"
            yield
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)


def test_busy_database_keeps_showing_the_last_data_with_a_reload_button(events_db, monkeypatch):
    rows_before = len(evidence(open_app(events_db, monkeypatch, tab="Evidence")))
    with write_lock_held(events_db):
        app = open_app(events_db, monkeypatch, tab="Evidence")
        assert "Ingest is writing" in app.warning[0].value
        assert "Reload" in [b.label for b in app.button]
        assert len(evidence(app)) == rows_before


def test_writes_not_yet_in_the_read_model_are_announced(events_db, tmp_path, monkeypatch):
    db = tmp_path / "stale.duckdb"
    shutil.copy(events_db, db)
    assert not any("do not show yet" in info.value for info in open_app(db, monkeypatch).info)
    with duckdb.connect(str(db)) as con:
        con.execute(queries.load("bump_version"))  # a write of an ingest that is still running
    app = open_app(db, monkeypatch)
    assert any("do not show yet" in info.value and f"--db {db}" in info.value for info in app.info)
    assert "Reload" in [b.label for b in app.button]
    assert node_names(app)  # the views still show what the read model has


def test_read_model_of_an_older_version_is_named_and_rebuilt_by_the_next_ingest(
    events_db, tmp_path, monkeypatch
):
    db = tmp_path / "older.duckdb"
    shutil.copy(events_db, db)
    with duckdb.connect(str(db)) as con:  # the shape an earlier release left: no dash_model, fewer columns
        con.execute("DROP TABLE dash_model")
        con.execute("ALTER TABLE dash_events DROP COLUMN mode")
    app = open_app(db, monkeypatch)
    assert "written by an older version" in app.info[0].value
    assert app.code[0].value == f"python -m ingest --db {db}"
    store = Store(db)  # what ingest does first on every run: apply the schema
    assert store.refresh_dashboard()  # and last: the read model is stale, so it is rebuilt
    assert sql(db, "SELECT version FROM dash_model") == [(READ_MODEL_VERSION,)]
    st.cache_data.clear()
    assert node_names(open_app(db, monkeypatch))


def test_database_written_by_an_older_version_asks_for_one_more_ingest(events_db, tmp_path, monkeypatch):
    db = tmp_path / "old.duckdb"
    shutil.copy(events_db, db)
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM dash_events")
        con.execute(queries.load("bump_version"))
    app = open_app(db, monkeypatch)
    assert "has not finished building" in app.info[0].value
    assert app.code[0].value == f"python -m ingest --db {db}"


def test_busy_database_without_cached_data_offers_a_reload(events_db, monkeypatch):
    with write_lock_held(events_db):
        app = open_app(events_db, monkeypatch)
        assert "Ingest is writing" in app.warning[0].value
        assert app.button[0].label == "Reload"
        assert not app.get("plotly_chart")


# --- Each filter narrows the table -----------------------------------------------------------


def test_actor_filter_keeps_only_their_events(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    name = busiest(events_db, rank=3)
    app.multiselect(key="actors").set_value([name]).run()
    table = evidence(app)
    assert 0 < len(table) < all_events(events_db)
    assert all(name in people.split(", ") for people in table["participants"])
    assert app.query_params["actor"] == name


def test_actor_picker_is_ordered_by_events_and_shows_the_kind(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch)
    picker = app.multiselect(key="actors")
    assert picker.options[0].startswith(busiest(events_db, rank=0))
    kinds = {"person": "person", "org": "organisation", "group": "group"}
    for label in picker.options[:30]:
        name, kind = label.rsplit(" · ", 1)
        stored = sql(events_db, "SELECT kind FROM actors WHERE canonical_name = ?", [name])[0][0]
        assert kind == kinds[stored]
    assert picker.proto.select_all == 0  # typing a name and pressing Enter picks one actor, not all matches


@needs_real_news
def test_actor_finder_picks_the_person_meant_ignoring_accents(real_news_db, monkeypatch):
    app = open_app(real_news_db, monkeypatch)
    app.text_input(key="find").input("erdogan").run()
    offered = [button.label for button in app.button if button.key and button.key.startswith("pick:")]
    assert offered and offered[0].startswith("Recep Tayyip Erdoğan · person")
    next(b for b in app.button if b.key == "pick:Recep Tayyip Erdoğan").click().run()
    assert app.multiselect(key="actors").value == ["Recep Tayyip Erdoğan"]  # that one, nobody else
    assert app.text_input(key="find").value == ""
    app.text_input(key="find").input("putin").run()
    offered = [button.key for button in app.button if button.key and button.key.startswith("pick:")]
    assert offered == ["pick:Vladimir Putin"]
    assert app.multiselect(key="actors").value == ["Recep Tayyip Erdoğan"]  # nothing picked by typing


def test_date_range_keeps_only_events_inside_it(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    start, end = dt.date(2023, 3, 1), dt.date(2023, 4, 30)
    app.date_input(key="dates").set_value((start, end)).run()
    table = evidence(app)
    assert len(table) > 0
    assert all(start <= d.date() <= end for d in pd.to_datetime(table["event_date"]))


def test_event_type_filter_keeps_only_that_type(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    app.button_group(key="type").set_value(["visit"]).run()
    table = evidence(app)
    assert len(table) > 0
    assert set(table["event_type"]) == {"visit"}


def test_status_filter_keeps_only_that_status(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    app.button_group(key="status").set_value(["planned", "cancelled"]).run()
    table = evidence(app)
    assert len(table) > 0
    assert set(table["status"]) == {"planned", "cancelled"}


def test_no_status_picked_asks_for_one(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch)
    app.button_group(key="status").set_value([]).run()
    assert "Pick at least one event type and one status" in app.info[0].value


def test_minimum_sources_keeps_events_reported_by_several_articles(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    app.slider(key="sources").set_value(2).run()
    table = evidence(app)
    assert 0 < len(table) < all_events(events_db)
    assert table["sources"].min() >= 2


def test_evidence_search_is_case_insensitive(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    app.text_input(key="q").input("CALLED OFF").run()
    table = evidence(app)
    assert len(table) > 0
    assert all("called off" in text.lower() for text in table["evidence"])


def test_evidence_search_ignores_accents(edge_db, monkeypatch):
    name = HOSTILE_NAMES[2][0]  # ends in "Şahin"
    expected = sql(edge_db, "SELECT count(*) FROM dash_events WHERE evidence LIKE '%Şahin%'")[0][0]
    assert expected > 0
    for typed in ("sahin", "ŞAHIN", "Şahin"):
        table = evidence(open_app(edge_db, monkeypatch, tab="Evidence", q=typed))
        assert len(table) == expected, typed
        assert all(name in text for text in table["evidence"])


def test_quoted_words_are_searched_as_a_phrase(events_db, monkeypatch):
    phrase = sql(events_db, "SELECT count(*) FROM dash_events WHERE evidence ILIKE '%spoke by phone%'")[0][0]
    assert phrase > 0
    table = evidence(open_app(events_db, monkeypatch, tab="Evidence", q='"Spoke by PHONE"'))
    assert len(table) == min(phrase, 500)
    assert all("spoke by phone" in text.lower() for text in table["evidence"])
    unquoted = evidence(open_app(events_db, monkeypatch, tab="Evidence", q="phone by spoke"))
    assert len(unquoted) == len(table)  # the same words in any order
    reversed_phrase = open_app(events_db, monkeypatch, tab="Evidence", q='"phone by spoke"')
    assert any("No events match" in info.value for info in reversed_phrase.info)


def test_evidence_search_matches_word_starts_in_any_order(events_db, monkeypatch):
    sentences = [row[0].lower() for row in sql(events_db, "SELECT evidence FROM events")]

    def has_words(text: str, *starts: str) -> bool:
        return all(re.search(rf"\b{start}", text) for start in starts)

    assert any(has_words(text, "talks", "call") for text in sentences)
    assert not any(has_words(text, "alks") for text in sentences)
    expected = sql(
        events_db,
        "SELECT count(DISTINCT occurrence_id) FROM events "
        "WHERE regexp_matches(lower(evidence), '\\btalks') AND regexp_matches(lower(evidence), '\\bcall')",
    )[0][0]
    table = evidence(open_app(events_db, monkeypatch, tab="Evidence", q="talks call"))
    assert len(table) == expected
    assert all(has_words(text.lower(), "talks", "call") for text in table["evidence"])
    assert any("No events match" in info.value for info in open_app(events_db, monkeypatch, q="alks").info)


def test_search_finds_an_event_by_the_words_of_a_later_report(events_db, tmp_path, monkeypatch):
    db = tmp_path / "reworded.duckdb"
    shutil.copy(events_db, db)
    with duckdb.connect(str(db)) as con:
        first, repeat = con.execute(
            "SELECT occurrence_id, event_id FROM events WHERE event_id <> occurrence_id ORDER BY event_id"
        ).fetchone()
        con.execute(
            "UPDATE events SET evidence = evidence || ' Talks went on in Zanzibar.' WHERE event_id = ?",
            [repeat],
        )
    rebuild_read_model(db)
    first_evidence = sql(db, "SELECT evidence FROM events WHERE event_id = ?", [first])[0][0]
    table = evidence(open_app(db, monkeypatch, tab="Evidence", q="ZANZIBAR"))
    assert list(table["evidence"]) == [first_evidence]


def test_evidence_download_offers_every_filtered_event_not_only_the_table(tmp_path, monkeypatch):
    db = tmp_path / "larger.duckdb"
    build(1000, db, seed=5)
    n_events = all_events(db)
    assert n_events > 500
    app = open_app(db, monkeypatch, tab="Evidence")
    assert len(evidence(app)) == 500
    assert app.get("download_button")[0].proto.help == f"The {n_events:,} filtered events as CSV."
    rows = queries.run("dashboard_events", db, Filters().sql_params({}) | {"limit": 100_000})
    assert len(rows) == n_events


# --- What the shared filter counts -----------------------------------------------------------

OCCURRENCE_MEETINGS = """
    SELECT a.canonical_name, count(DISTINCT e.occurrence_id)
    FROM event_participants AS p
    JOIN events AS e USING (event_id)
    JOIN actors AS a USING (actor_id)
    JOIN events AS f ON f.event_id = e.occurrence_id
    WHERE e.event_type IN ('meeting', 'visit') AND f.n_sources >= ?
    GROUP BY 1"""


@pytest.mark.parametrize("min_sources", [1, 2])
def test_network_counts_each_real_event_once_however_the_filter_finds_them(events_db, min_sources):
    # Counted from the read model: each real event once, with whoever any of its reports names.
    params = Filters(min_sources=min_sources).sql_params({}) | {"top_n": 100_000}
    nodes = queries.run("dashboard_network_nodes", events_db, params)
    expected = dict(sql(events_db, OCCURRENCE_MEETINGS, [min_sources]))
    assert dict(zip(nodes["actor"], nodes["n_meetings"], strict=True)) == expected


def test_synthetic_database_keeps_sources_and_participant_copies_consistent(events_db):
    wrong_sources = sql(
        events_db,
        """SELECT count(*) FROM events AS e
           JOIN (SELECT occurrence_id, count(DISTINCT article_id) AS n FROM events GROUP BY 1) AS o
           USING (occurrence_id)
           WHERE e.n_sources <> o.n""",
    )[0][0]
    wrong_copies = sql(
        events_db,
        """SELECT count(*) FROM event_participants AS p JOIN events AS e USING (event_id)
           WHERE p.event_type <> e.event_type OR p.status <> e.status
              OR p.event_date IS DISTINCT FROM e.event_date""",
    )[0][0]
    assert (wrong_sources, wrong_copies) == (0, 0)
    assert sql(events_db, "SELECT count(*) FROM events WHERE n_sources > 1")[0][0] > 0


# --- URL, ego network and focus --------------------------------------------------------------


def test_url_values_the_page_cannot_use_are_named_in_a_banner(events_db, monkeypatch):
    app = open_app(
        events_db,
        monkeypatch,
        actor="Nobody At All",
        type=["meeting", "bogus"],
        dates="not-a-date",
        tab="Nope",
    )
    banner = next(plain(w.value) for w in app.warning if "Not understood in the link" in w.value)
    assert "actor “Nobody At All”: no actor of that name in this database" in banner
    assert "type “bogus”: not one of meeting, visit, ceasefire" in banner
    assert "dates “not-a-date”: not a date (YYYY-MM-DD)" in banner
    assert "tab “Nope”" in banner
    assert app.button_group(key="type").value == ["meeting"]  # what it understood is still used
    next(b for b in app.button if b.key == "url_notes_seen").click().run()
    assert not any("Not understood" in w.value for w in app.warning)


def test_reversed_dates_are_swapped_with_a_note(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, dates=["2023-04-30", "2023-03-01"], tab="Evidence")
    notes = [plain(info.value) for info in app.info]
    assert any("wrong way round, so they were swapped: 1 Mar 2023 – 30 Apr 2023" in note for note in notes)
    table = evidence(app)
    assert len(table) > 0
    assert all(
        dt.date(2023, 3, 1) <= d.date() <= dt.date(2023, 4, 30) for d in pd.to_datetime(table["event_date"])
    )


def test_query_params_restore_every_filter(events_db, monkeypatch):
    name = busiest(events_db, rank=1)
    app = open_app(
        events_db,
        monkeypatch,
        actor=name,
        dates=["2023-02-01", "2023-12-31"],
        type=["meeting", "visit"],
        status="occurred",
        sources="2",
        q="met",
        tab="Evidence",
    )
    assert app.multiselect(key="actors").value == [name]
    assert app.date_input(key="dates").value == (dt.date(2023, 2, 1), dt.date(2023, 12, 31))
    assert app.button_group(key="type").value == ["meeting", "visit"]
    assert app.slider(key="sources").value == 2
    table = evidence(app)
    assert len(table) > 0
    assert all(name in people for people in table["participants"])
    assert set(table["status"]) == {"occurred"}
    assert set(table["event_type"]) <= {"meeting", "visit"}
    assert table["sources"].min() >= 2
    assert pd.to_datetime(table["event_date"]).max() < pd.Timestamp("2024-01-01")
    assert pd.to_datetime(table["event_date"]).min() >= pd.Timestamp("2023-02-01")


def test_unknown_actor_in_the_url_is_ignored(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, actor="Nobody At All")
    assert app.multiselect(key="actors").value == []


def test_selected_row_and_the_article_opened_are_restored_from_the_url(events_db, monkeypatch):
    event_id, second = sql(
        events_db,
        """SELECT d.event_id, arg_max(r.article_id, r.event_id) FROM dash_events AS d
           JOIN events AS r ON r.occurrence_id = d.event_id AND r.event_id <> d.event_id
           GROUP BY d.event_id, d.event_date ORDER BY d.event_date DESC, d.event_id LIMIT 1""",
    )[0]
    app = open_app(events_db, monkeypatch, tab="Evidence", event=event_id, article=second)
    table = app.dataframe[0].value
    evidence_text = sql(events_db, "SELECT evidence FROM dash_events WHERE event_id = ?", [event_id])[0][0]
    row = int(table.index[table["evidence"] == evidence_text][0])
    assert app.session_state["evidence_table"]["selection"]["rows"] == [row]
    assert app.query_params["event"] == event_id
    assert app.selectbox(key=f"report-{event_id}").value == second
    title = sql(events_db, "SELECT title FROM articles WHERE article_id = ?", [second])[0][0]
    assert any(title in element.proto.body for element in app.get("html"))


def ego_tables(app: AppTest) -> pd.DataFrame:
    """The ego tables as one: whom they met, then what was only planned or called off."""
    return pd.concat([frame.value for frame in app.dataframe], ignore_index=True)


def test_ego_network_lists_everyone_the_actor_met(events_db, monkeypatch):
    ego = busiest(events_db, rank=2)
    app = open_app(events_db, monkeypatch, ego=ego)
    assert app.toggle(key="ego_mode").value
    assert app.selectbox(key="ego").value == ego
    met = ego_tables(app)
    assert "Whom " + ego + " met, when and where" in " ".join(m.value for m in app.markdown)
    assert ego not in set(met["actor"])
    expected = sql(
        events_db,
        """SELECT count(DISTINCT b.actor_id) FROM event_participants a
           JOIN event_participants b ON a.event_id = b.event_id AND a.actor_id <> b.actor_id
           JOIN events e ON e.event_id = a.event_id
           JOIN actors x ON x.actor_id = a.actor_id
           WHERE x.canonical_name = ? AND e.event_type IN ('meeting', 'visit')
             AND e.event_id = coalesce(e.occurrence_id, e.event_id)""",
        [ego],
    )[0][0]
    assert met["actor"].nunique() == expected
    assert node_names(app) == set(met["actor"]) | {ego}
    places = {
        place for row in sql(events_db, "SELECT DISTINCT location FROM events") for place in row if place
    }
    shown = {place for cell in met["places"] for place in cell.split(", ") if place}
    assert shown and shown <= places


def test_whom_they_met_keeps_what_occurred_apart_from_plans_and_shows_mode_and_dates(events_db, monkeypatch):
    ego = busiest(events_db, rank=0)
    app = open_app(events_db, monkeypatch, ego=ego)
    occurred, planned = (frame.value for frame in app.dataframe[:2])
    assert set(occurred["status"]) == {"occurred"}
    assert set(planned["status"]) <= {"planned", "cancelled"} and len(planned) > 0
    assert "Planned or called off" in " ".join(m.value for m in app.markdown)
    assert (occurred["in_person"] + occurred["n_calls"] == occurred["n_events"]).all()
    assert occurred["n_calls"].sum() > 0
    shown_dates = " ".join(occurred["when"])
    assert re.search(r"\b[A-Z][a-z]{2} 20\d\d\b", shown_dates)  # month-precision dates read as a month
    assert "(article date)" in shown_dates


def test_a_pair_that_only_met_on_unknown_days_is_shown_undated(edge_db, monkeypatch):
    alpha, beta = UNDATED_PAIR
    app = open_app(edge_db, monkeypatch, ego=alpha)
    met = app.dataframe[0].value
    row = met.set_index("actor").loc[beta]
    assert (row["n_events"], row["n_calls"], row["in_person"]) == (2, 1, 1)
    assert row["when"] == "undated ×2"
    hovers = [
        text
        for trace in figure(app)["data"]
        if trace.get("name") == "meetings"
        for text in trace["hovertext"]
    ]
    assert any("undated" in text and "1 by call" in text for text in hovers)
    open_every_tab(app)


def test_pairs_list_shows_what_happened_and_dates_at_their_precision(edge_db, monkeypatch):
    app = open_app(edge_db, monkeypatch)
    pairs = app.dataframe[0].value
    assert list(pairs.columns) == ["first", "second", "meetings", "what", "reports", "latest"]
    assert pairs["what"].str.contains("met").any()
    latest = " ".join(pairs["latest"])
    assert "undated" in latest
    assert re.search(r"\b(planned|cancelled)\)", latest)
    assert not pairs["latest"].str.contains("None|nan|NaT").any()


def test_ego_timeline_has_a_lane_per_counterpart_not_for_the_ego(events_db, monkeypatch):
    ego = busiest(events_db, rank=0)
    app = open_app(events_db, monkeypatch, ego=ego, tab="Timeline")
    lanes = {y for trace in figure(app)["data"] for y in trace["y"] if y is not None}
    assert ego not in lanes
    assert 0 < len(lanes) <= 15


def test_focus_narrows_the_other_tabs_but_not_the_network(events_db, monkeypatch):
    everyone = node_names(open_app(events_db, monkeypatch))
    name = busiest(events_db, rank=4)
    app = open_app(events_db, monkeypatch, focus=name)
    assert node_names(app) == everyone
    assert "Focused on **" + name in " ".join(m.value for m in app.markdown)
    table = evidence(app)
    assert len(table) > 0
    assert all(name in people.split(", ") for people in table["participants"])


def test_clear_focus_shows_everything_again(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, focus=busiest(events_db, rank=4))
    next(b for b in app.button if b.label == "Clear focus").click().run()
    assert app.session_state["focus"] == []
    assert app.query_params.get("focus") is None
    assert len(evidence(app)) == all_events(events_db)


def test_network_size_follows_the_slider(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch)
    app.slider(key="top").set_value(10).run()
    assert len(node_names(app)) == 10


def test_selecting_a_row_shows_the_article_with_evidence_and_actors_marked(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    table = evidence(app)
    app.session_state["evidence_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    body = app.get("html")[-1].proto.body
    marked = re.findall(r'<mark class="evidence">(.*?)</mark>', body)
    assert "".join(re.sub(r"<[^>]+>", "", part) for part in marked).strip() in table["evidence"][0]
    for name in table["participants"][0].split(", "):
        assert f'title="{name}"' in body


def test_every_tab_renders_without_error(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch)
    open_every_tab(app)
    assert app.get("plotly_chart")


@needs_real_news
def test_network_of_real_news_whose_pairs_met_only_on_unknown_days_renders(real_news_undated_db, monkeypatch):
    """The crash this test was written for: real articles without a publication date give pairs
    whose meetings are all undated, and the network tab, the landing view, raised a TypeError
    (numpy's masked constant in the edges' list of dates)."""
    undated_pairs = sql(
        real_news_undated_db,
        """SELECT count(*) FROM (
               SELECT source, target FROM dash_pairs GROUP BY ALL HAVING max(event_date) IS NULL)""",
    )[0][0]
    assert undated_pairs > 0
    app = open_app(real_news_undated_db, monkeypatch)
    hovers = [
        text
        for trace in figure(app)["data"]
        if trace.get("name") == "meetings"
        for text in trace["hovertext"]
    ]
    assert any("undated" in text for text in hovers)
    ego = sql(
        real_news_undated_db,
        """SELECT a.actor FROM dash_pairs AS p JOIN dash_actors AS a ON a.actor_key = p.source
           GROUP BY a.actor HAVING max(p.event_date) IS NULL ORDER BY count(*) DESC, a.actor LIMIT 1""",
    )[0][0]
    app = open_app(real_news_undated_db, monkeypatch, ego=ego)
    assert "undated" in " ".join(app.dataframe[0].value["when"])
    open_every_tab(app)


@pytest.mark.parametrize("database", ["real_news_db", "real_news_undated_db", "edge_db", "one_day_db"])
def test_every_tab_renders_on_real_news_and_edge_cases(database, request, monkeypatch):
    db = request.getfixturevalue(database)
    app = open_app(db, monkeypatch)
    for tab in (*TABS[1:], TABS[0]):
        app.session_state["tab"] = tab
        app.run()
        assert not app.exception, (tab, app.exception[0].message, app.exception[0].stack_trace)
        shown = texts(app)
        assert not re.search(r"\bNone\b(?! of)", shown), tab  # "None of these events…" is the page's own
        assert not re.search(r"\b1 (events|meetings|pairs|actors|articles)\b", shown), tab
        for frame in (element.value for element in app.dataframe):
            cells = frame.drop(columns=["link", "event_date", "date_precision"], errors="ignore")
            assert not cells.isna().any().any(), tab  # a missing value shows as "None"
            assert not cells.astype(str).isin(["None", "nan", "NaT"]).any().any(), tab
    busiest_name = sql(db, "SELECT actor FROM dash_actors ORDER BY n_events DESC, actor LIMIT 1")[0][0]
    app = open_app(db, monkeypatch, ego=busiest_name)
    open_every_tab(app)
    app = open_app(db, monkeypatch, focus=busiest_name, tab="Evidence")
    app.session_state["evidence_table"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    assert 'class="evidence"' in app.get("html")[-1].proto.body


def test_one_day_of_events_and_undated_ones_are_said_not_drawn(one_day_db, monkeypatch):
    app = open_app(one_day_db, monkeypatch, tab="Timeline")
    caption = " ".join(c.value for c in app.caption)
    undated = sql(one_day_db, "SELECT count(*) FROM dash_events WHERE event_date IS NULL")[0][0]
    assert f"{undated} matching events have no date and cannot be drawn here" in caption
    axis = figure(app)["layout"]["xaxis"]
    low, high = (pd.Timestamp(x) for x in axis["range"])
    assert high - low >= pd.Timedelta(days=6)  # a single day is shown with days around it
    assert axis.get("dtick") in (None, 86_400_000, 7 * 86_400_000)  # never hourly ticks


def test_untrusted_titles_sources_urls_and_paths_are_shown_as_text(edge_db, monkeypatch):
    app = open_app(edge_db, monkeypatch, tab="Evidence")
    table = evidence(app)
    links = [link for link in table["link"] if isinstance(link, str)]
    assert links and all(link.startswith(("http://", "https://")) for link in links)
    assert not table["file"].str.contains("/srv").any()
    for row in range(4):
        app.session_state["evidence_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
        app.run()
        assert not app.exception
        bodies = " ".join(element.proto.body for element in app.get("html"))
        assert "&lt;img src=&quot;http://tracker.invalid/img.png&quot;&gt;" in bodies
        assert "<img" not in bodies and "<script" not in bodies and "/srv/private" not in bodies
        markdown = " ".join(m.value for m in app.markdown)
        assert "tracker.invalid" not in markdown.replace("\\", "")
        for button in app.get("link_button"):
            assert button.proto.url.startswith(("http://", "https://"))
            assert "tracker.invalid" not in button.proto.url


# --- The query files ------------------------------------------------------------------------


def test_dashboard_queries_take_their_filters_from_one_fragment():
    sources = {
        path.stem: path.read_text() for path in (ROOT / "queries" / "dashboard").glob("dashboard_*.sql")
    }
    including = {name for name, text in sources.items() if "-- @include dashboard_filter" in text}
    assert len(including) >= 8
    for name in including:
        assert "picked AS (" in queries.load(name)
    for name in sources.keys() - including - {"dashboard_filter"}:
        assert "picked" not in sources[name], f"{name} keeps a filter of its own"


def test_read_model_version_is_the_one_the_tables_declare():
    declared = re.search(r"dash_model_version\(\) AS (\d+)", queries.load("dashboard_tables")).group(1)
    assert int(declared) == READ_MODEL_VERSION
