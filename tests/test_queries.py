"""The named-query loader: names across folders, includes, the database path rule, and waiting
out a writer's lock."""

import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import queries

QUERIES = Path(queries.__file__).parent


def test_db_path_rule_is_option_then_environment_then_default(monkeypatch):
    monkeypatch.setenv("EVENTS_DB", "/tmp/from_env.duckdb")
    assert str(queries.resolve_db_path("/tmp/opt.duckdb")) == "/tmp/opt.duckdb"
    assert str(queries.resolve_db_path(None)) == "/tmp/from_env.duckdb"
    monkeypatch.delenv("EVENTS_DB")
    assert queries.resolve_db_path(None) == queries.DEFAULT_DB


def test_include_lines_are_replaced_by_the_fragment_from_any_folder(tmp_path, monkeypatch):
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "frag.sql").write_text("SELECT 41 AS answer\n")
    (tmp_path / "main.sql").write_text(
        "-- main: uses a fragment\nSELECT answer + 1 FROM (\n    -- @include frag\n) AS t;\n"
    )
    monkeypatch.setattr(queries, "QUERY_DIR", tmp_path)
    queries.load.cache_clear()
    try:
        assert "SELECT 41 AS answer" in queries.load("main")
        assert "@include" not in queries.load("main")
    finally:
        queries.load.cache_clear()


def test_unknown_query_name_is_a_clear_error():
    with pytest.raises(KeyError, match="no query named"):
        queries.load("no_such_query")


def test_two_files_of_one_name_in_different_folders_fail_loudly(tmp_path, monkeypatch):
    for folder in ("dashboard", "ingest"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "counts.sql").write_text("SELECT 1;\n")
    monkeypatch.setattr(queries, "QUERY_DIR", tmp_path)
    queries.load.cache_clear()
    try:
        with pytest.raises(queries.DuplicateQuery, match="two queries named 'counts'"):
            queries.load("counts")
    finally:
        queries.load.cache_clear()


def test_queries_are_grouped_by_reader_and_still_load_by_bare_name():
    dashboard = {path.stem for path in (QUERIES / "dashboard").glob("*.sql")}
    ingest = {path.stem for path in (QUERIES / "ingest").glob("*.sql")}
    assert {"dashboard_filter", "dashboard_events", "refresh_dashboard", "dashboard_tables"} <= dashboard
    assert {"link_occurrences", "bump_version", "store_version", "merge_short_names"} <= ingest
    assert not dashboard & ingest
    assert not [path for path in QUERIES.glob("*.sql") if path.stem != "schema"]  # the rest is grouped
    for name in sorted(dashboard | ingest | {"schema"}):
        assert queries.load(name).strip()


def test_dashboard_tables_are_defined_in_one_file():
    defining = {
        path.relative_to(QUERIES).as_posix()
        for path in QUERIES.rglob("*.sql")
        if re.search(r"CREATE (OR REPLACE )?TABLE (IF NOT EXISTS )?dash_", path.read_text())
    }
    assert defining == {"dashboard/dashboard_tables.sql"}
    assert "CREATE TABLE IF NOT EXISTS dash_events" in queries.load("schema")
    assert "CREATE TABLE IF NOT EXISTS dash_events" in queries.load("refresh_dashboard")


def test_schema_builds_an_empty_database_the_dashboard_can_read(tmp_path):
    db = tmp_path / "new.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute(queries.load("schema"))
        con.execute(queries.load("schema"))  # idempotent, as ingest applies it on every run
    totals = queries.run("dashboard_totals", db).iloc[0]
    assert (totals.n_events, totals.n_articles) == (0, 0)


def test_reader_waits_for_a_short_write_and_gives_up_on_a_long_one(tmp_path):
    db = tmp_path / "locked.duckdb"
    holder = (
        "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
        "con.execute('CREATE TABLE IF NOT EXISTS t (x INT)'); print('ready', flush=True); "
        "time.sleep(float(sys.argv[2]))"
    )
    short = subprocess.Popen(
        [sys.executable, "-c", holder, str(db), "1.0"], stdout=subprocess.PIPE, text=True
    )
    assert short.stdout.readline().strip() == "ready"
    start = time.monotonic()
    con = queries.connect(db, read_only=True, wait_seconds=10)
    con.close()
    assert time.monotonic() - start < 9
    short.wait()
    long = subprocess.Popen([sys.executable, "-c", holder, str(db), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert long.stdout.readline().strip() == "ready"
        with pytest.raises(queries.DatabaseBusy):
            queries.connect(db, read_only=True, wait_seconds=0.5)
    finally:
        long.kill()
        long.wait()
