"""Databases written by earlier releases are upgraded in place by numbered migrations and then
hold what this release would have written. Each earlier layout is a fixture captured from the
schema.sql of an earlier commit (tests/fixtures/schema_<commit>.sql)."""

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

import duckdb
import pytest

import queries
from ingest.store import Store, migrations
from tests.conftest import SAMPLE, query, run_ingest

FIXTURES = Path(__file__).parent / "fixtures"
OLD_SCHEMAS = sorted(FIXTURES.glob("schema_*.sql"), key=lambda path: path.name)
EVENTS = "SELECT * FROM v_events ORDER BY event_id"
OCCURRENCES = "SELECT occurrence_id, n_sources, participants FROM v_occurrences ORDER BY occurrence_id"
READ_MODEL = (
    "SELECT (SELECT count(*) FROM dash_events), (SELECT count(*) FROM dash_participants), "
    "(SELECT count(*) FROM dash_pairs), (SELECT count(*) FROM dash_words)"
)


@pytest.fixture(scope="module")
def current_db(tmp_path_factory):
    """A database this release writes: the sample articles, several reporting the same events."""
    db = tmp_path_factory.mktemp("current") / "events.duckdb"
    result = run_ingest(str(SAMPLE), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


def tables(con) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' ORDER BY table_name"
        ).fetchall()
    ]


def columns(con, database: str, table: str) -> list[str]:
    return [
        row[0]
        for row in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = ? AND table_name = ? "
            "ORDER BY column_index",
            [database, table],
        ).fetchall()
    ]


def write_as_earlier_release(schema: Path, rows_from: Path, db: Path) -> None:
    """The tables of an earlier release's schema, holding `rows_from`'s rows in the columns that
    release had: the database that release would have left (its names come from the catalog)."""
    with duckdb.connect(str(db)) as con:
        con.execute(schema.read_text())
        con.execute("ATTACH ? AS current (READ_ONLY)", [str(rows_from)])
        database = con.execute("SELECT current_database()").fetchone()[0]
        for table in tables(con):
            shared = [c for c in columns(con, database, table) if c in columns(con, "current", table)]
            listed = ", ".join(shared)
            con.execute(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM current.{table}")


def schema_catalog(db: Path) -> dict[str, set]:
    """Tables with their columns, constraints and indexes, and the views: what a schema defines."""
    with duckdb.connect(str(db), read_only=True) as con:
        here = "database_name = current_database() AND schema_name = 'main'"
        return {
            "columns": set(
                con.execute(
                    "SELECT table_name, column_name, data_type, is_nullable, column_default "
                    f"FROM duckdb_columns() WHERE {here}"
                ).fetchall()
            ),
            "constraints": {
                (table, kind, tuple(names))
                for table, kind, names in con.execute(
                    f"SELECT table_name, constraint_type, constraint_column_names FROM duckdb_constraints() "
                    f"WHERE {here}"
                ).fetchall()
            },
            "indexes": set(
                con.execute(f"SELECT index_name, table_name FROM duckdb_indexes() WHERE {here}").fetchall()
            ),
            "views": set(
                con.execute(f"SELECT view_name FROM duckdb_views() WHERE {here} AND NOT internal").fetchall()
            ),
        }


def test_migrations_are_numbered_from_one_without_gaps():
    numbers = [int(re.match(r"(\d{4})_", name).group(1)) for name in migrations()]
    assert numbers == list(range(1, len(numbers) + 1))


def test_schema_sql_gives_a_new_database_the_version_of_the_last_migration(tmp_path):
    """Also when a tool applies schema.sql itself, as bench/synthetic_db.py does."""
    with duckdb.connect(str(tmp_path / "raw.duckdb")) as con:
        con.execute(queries.load("schema"))
    Store(tmp_path / "new.duckdb")
    for db in ("raw.duckdb", "new.duckdb"):
        assert query(tmp_path / db, "SELECT version FROM schema_version") == [(len(migrations()),)]


@pytest.mark.parametrize("schema", OLD_SCHEMAS, ids=lambda path: path.stem)
def test_database_of_an_earlier_release_is_upgraded_and_keeps_every_row(schema, current_db, tmp_path):
    old = tmp_path / "old.duckdb"
    write_as_earlier_release(schema, current_db, old)
    result = run_ingest("--db", str(old))
    assert result.returncode == 0, result.stderr
    assert f"upgraded {old} from schema version 0" in result.stderr
    assert query(old, "SELECT version FROM schema_version") == [(len(migrations()),)]
    for sql in (EVENTS, OCCURRENCES, READ_MODEL, "SELECT * FROM v_actors ORDER BY actor_id"):
        assert query(old, sql) == query(current_db, sql), sql
    again = run_ingest(str(SAMPLE / "wire_feed_a.jsonl"), "--db", str(old))
    assert again.returncode == 0, again.stderr
    assert "upgraded" not in again.stderr
    assert "0 new, 4 already present" in again.stdout


@pytest.mark.parametrize("schema", OLD_SCHEMAS, ids=lambda path: path.stem)
def test_upgraded_database_has_the_schema_of_a_new_one(schema, tmp_path):
    old, new = tmp_path / "old.duckdb", tmp_path / "new.duckdb"
    with duckdb.connect(str(old)) as con:
        con.execute(schema.read_text())
    upgraded = Store(old)
    assert upgraded.refresh_dashboard()  # the read model is rebuilt by the run that upgrades
    Store(new)
    assert schema_catalog(old) == schema_catalog(new)


def test_first_migration_links_every_report_to_a_first_report(tmp_path):
    """The first release left unlinked reports and duplicate participant rows; later ones left
    chains (c -> b -> a) that the first migration follows to their end."""
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute((FIXTURES / "schema_0cc54c5.sql").read_text())
        for event_id, occurrence_id in [("a-1", "a-1"), ("b-1", "a-1"), ("c-1", "b-1"), ("d-1", None)]:
            con.execute(
                "INSERT INTO events (event_id, article_id, event_type, event_date, status, evidence, "
                "evidence_start, evidence_end, confidence, occurrence_id) "
                "VALUES (?, ?, 'meeting', DATE '2025-10-21', 'occurred', 'They met.', 0, 9, 0.9, ?)",
                [event_id, event_id[0], occurrence_id],
            )
        con.execute(
            "INSERT INTO event_participants VALUES ('a-1', 'p1', 'participant'), "
            "('a-1', 'p1', 'participant'), ('c-1', 'p2', 'participant')"
        )
    assert Store(db).upgraded_from == 0
    assert query(db, "SELECT event_id, occurrence_id, n_sources FROM events ORDER BY event_id") == [
        ("a-1", "a-1", 3),
        ("b-1", "a-1", 3),
        ("c-1", "a-1", 3),
        ("d-1", "d-1", 1),
    ]
    day = dt.date(2025, 10, 21)
    assert query(db, "SELECT * FROM event_participants ORDER BY ALL") == [
        ("a-1", "p1", "participant", "meeting", day, "occurred", True),
        ("c-1", "p2", "participant", "meeting", day, "occurred", False),
    ]


def test_database_of_a_newer_release_is_refused_and_left_alone(current_db, tmp_path):
    db = tmp_path / "newer.duckdb"
    shutil.copy(current_db, db)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE schema_version SET version = version + 1")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run_ingest(str(SAMPLE / "wire_feed_a.jsonl"), "--db", str(db))
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {db} was written by a newer release")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
