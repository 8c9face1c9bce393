"""The named-query loader: includes, the database path rule, and waiting out a writer's lock."""

import subprocess
import sys
import time

import pytest

import queries


def test_db_path_rule_is_option_then_environment_then_default(monkeypatch):
    monkeypatch.setenv("EVENTS_DB", "/tmp/from_env.duckdb")
    assert str(queries.resolve_db_path("/tmp/opt.duckdb")) == "/tmp/opt.duckdb"
    assert str(queries.resolve_db_path(None)) == "/tmp/from_env.duckdb"
    monkeypatch.delenv("EVENTS_DB")
    assert queries.resolve_db_path(None) == queries.DEFAULT_DB


def test_include_lines_are_replaced_by_the_fragment(tmp_path, monkeypatch):
    (tmp_path / "frag.sql").write_text("SELECT 41 AS answer\n")
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
