"""The dashboard page through streamlit's AppTest: every filter, the URL, and each page state.

The database is a small synthetic one built through the real schema (bench/synthetic_db.py),
so the tests know what each filter must leave in the evidence table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import queries
from bench.synthetic_db import build
from dashboard_state import Filters, date_bounds, names_from_url, names_to_url, picked_nodes, search_words

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
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
    assert f"python -m ingest data/sample --db {db}" in app.code[0].value
    assert app.file_uploader[0].allowed_type == [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html", ".htm"]


def test_database_without_events_says_so(tmp_path, monkeypatch):
    db = tmp_path / "empty.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute((ROOT / "queries" / "schema.sql").read_text())
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


def test_evidence_table_lists_every_event_of_a_small_database(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    table = evidence(app)
    assert len(table) == min(all_events(events_db), 500)
    assert list(table["event_date"]) == sorted(table["event_date"], reverse=True)
    assert {"participants", "location", "status", "n_sources", "evidence", "url"} <= set(table.columns)


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


def test_actor_picker_is_ordered_by_events_and_shows_role_and_country(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch)
    picker = app.multiselect(key="actors")
    assert picker.options[0].startswith(busiest(events_db, rank=0))
    role, country = sql(
        events_db, "SELECT role, country FROM actors WHERE canonical_name = ?", [busiest(events_db, 0)]
    )[0]
    assert f"{role}, {country}" in picker.options[0]


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
    assert table["n_sources"].min() >= 2


def test_evidence_search_is_case_insensitive(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, tab="Evidence")
    app.text_input(key="q").input("CALLED OFF").run()
    table = evidence(app)
    assert len(table) > 0
    assert all("called off" in text.lower() for text in table["evidence"])


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
    assert table["n_sources"].min() >= 2
    assert pd.to_datetime(table["event_date"]).max() < pd.Timestamp("2024-01-01")
    assert pd.to_datetime(table["event_date"]).min() >= pd.Timestamp("2023-02-01")


def test_unknown_actor_in_the_url_is_ignored(events_db, monkeypatch):
    app = open_app(events_db, monkeypatch, actor="Nobody At All")
    assert app.multiselect(key="actors").value == []


def test_ego_network_lists_everyone_the_actor_met(events_db, monkeypatch):
    ego = busiest(events_db, rank=2)
    app = open_app(events_db, monkeypatch, ego=ego)
    assert app.toggle(key="ego_mode").value
    assert app.selectbox(key="ego").value == ego
    met = app.dataframe[0].value
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
    assert len(met) == expected
    assert node_names(app) == set(met["actor"]) | {ego}
    places = {
        place for row in sql(events_db, "SELECT DISTINCT location FROM events") for place in row if place
    }
    shown = {place for cell in met["places"] for place in cell.split(", ") if place}
    assert shown and shown <= places


def test_ego_timeline_has_a_lane_per_counterpart_not_for_the_ego(events_db, monkeypatch):
    ego = busiest(events_db, rank=0)
    app = open_app(events_db, monkeypatch, ego=ego, tab="Timeline")
    lanes = {y for trace in figure(app)["data"] for y in trace["y"]}
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
    for tab in ("Timeline", "Ceasefires", "Map", "Evidence", "Network"):
        app.session_state["tab"] = tab
        app.run()
        assert not app.exception, (tab, app.exception)
    assert app.get("plotly_chart")


# --- Pure helpers and the query files --------------------------------------------------------


def test_sql_params_take_actor_keys_and_leave_unused_filters_empty():
    keys = {"Ana": 1, "Ben": 2, "Cy": 3}
    params = Filters().sql_params(keys)
    assert params["actors"] == [] and params["focus"] == [] and params["search"] == []
    assert params["min_sources"] == 1
    params = Filters(actors=("Ana",), ego="Ben", focus=("Cy",), min_sources=3, search="  Cairo ").sql_params(
        keys
    )
    assert params["actors"] == [2]
    assert params["focus"] == [3]
    assert params["min_sources"] == 3
    assert params["search"] == ["cairo"]


def test_search_words_are_lower_case_runs_of_letters_and_digits_longest_first():
    assert search_words("  ") == []
    assert search_words("al-Sisi's PHASE 2 of the truce") == ["phase", "truce", "sisi", "al"]
    assert search_words("Şəki talks, talks") == ["talks", "şəki"]
    assert search_words("in the") == ["the", "in"]  # only common words: they are what was asked
    # as DuckDB's lower() and the composed text ingest stores: the word index holds "istanbul"
    text = "İSTANBUL ΣΟΦΟΚΛΗΣ Beni\u0301tez"
    assert search_words(text) == ["istanbul", "σοφοκλησ", "benítez"]
    stored = unicodedata.normalize("NFC", text)
    split = r"SELECT regexp_split_to_array(lower(?), '[^\pL\pN]+')"
    assert duckdb.execute(split, [stored]).fetchone()[0] == ["istanbul", "σοφοκλησ", "benítez"]


def test_date_bounds_accept_partial_ranges():
    day = dt.date(2024, 5, 1)
    assert date_bounds(()) == (None, None)
    assert date_bounds((day,)) == (day, None)
    assert date_bounds((day, day)) == (day, day)


def test_names_round_trip_through_the_url():
    entries = names_to_url(["A", "B"], None, ["C"])
    assert entries == {"actor": ["A", "B"], "focus": ["C"]}
    assert names_from_url(["B", "X", "B"], ["A", "B"]) == ["B"]


def test_picked_nodes_reads_node_names_and_ignores_edges():
    selection = {
        "selection": {
            "points": [
                {"customdata": ["Ana", "node"]},
                {"customdata": None},
                {"customdata": ["Ben", "node"]},
                {"customdata": ["Ana", "node"]},
            ]
        }
    }
    assert picked_nodes(selection) == ["Ana", "Ben"]
    assert picked_nodes(None) == []


def test_dashboard_queries_take_their_filters_from_one_fragment():
    texts = {path.stem: path.read_text() for path in (ROOT / "queries").glob("dashboard_*.sql")}
    including = {name for name, text in texts.items() if "-- @include dashboard_filter" in text}
    assert len(including) >= 8
    for name in including:
        assert "picked AS (" in queries.load(name)
    for name in texts.keys() - including - {"dashboard_filter"}:
        assert "picked" not in texts[name], f"{name} keeps a filter of its own"
