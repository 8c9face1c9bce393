"""What the store promises, through the real CLI on real DuckDB files: a database file that
cannot be used, or a full disk, is one line and exit 1 with nothing lost; two ingests on one
database serialise; an interrupted and resumed run stores what one uninterrupted run would."""

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

import queries
from ingest.store import Store
from tests.conftest import ROOT, SAMPLE, query, run_ingest
from tests.test_ingest import write_dated_articles

FEED = SAMPLE / "wire_feed_a.jsonl"  # four short articles
EVENTS = (
    "SELECT a.source_path, e.event_type, e.event_date, e.status, e.location, e.participants, e.evidence "
    "FROM v_events AS e JOIN articles AS a USING (article_id) ORDER BY ALL"
)
OCCURRENCES = (
    "SELECT list(a.source_path ORDER BY a.source_path), any_value(o.n_sources), any_value(o.participants) "
    "FROM v_occurrences AS o, unnest(o.article_ids) AS t(article_id) JOIN articles AS a USING (article_id) "
    "GROUP BY o.occurrence_id ORDER BY ALL"
)
# Every report names a first report, and n_sources counts the articles of its occurrence.
BROKEN_LINKS = (
    "SELECT count(*) FROM events AS e LEFT JOIN events AS f ON f.event_id = e.occurrence_id "
    "WHERE f.event_id IS NULL OR f.occurrence_id <> f.event_id OR e.n_sources <> "
    "(SELECT count(DISTINCT article_id) FROM events AS s WHERE s.occurrence_id = e.occurrence_id)"
)
ORPHANS = (
    "SELECT (SELECT count(*) FROM event_participants ANTI JOIN events USING (event_id)) "
    "+ (SELECT count(*) FROM events ANTI JOIN articles USING (article_id)) "
    "+ (SELECT count(*) FROM mentions ANTI JOIN articles USING (article_id))"
)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(result: subprocess.CompletedProcess) -> str:
    """The run failed with exit status 1 and said why on exactly one line."""
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def feed_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("feed") / "feed.duckdb"
    result = run_ingest(str(FEED), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


# --- Database files that cannot be used -------------------------------------------------------


def write_sqlite(path):
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE notes (body TEXT)")


def write_other_duckdb(path):
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE prices AS SELECT range AS day, range * 2 AS price FROM range(10)")


BAD_FILES = {
    "folder": (lambda path: path.mkdir(), "is a folder, not a database file"),
    "text": (lambda path: path.write_text("minutes of the meeting\n"), "is not a DuckDB database"),
    "empty": (lambda path: path.write_bytes(b""), "is an empty file"),
    "sqlite": (write_sqlite, "is a SQLite database, not a DuckDB one"),
    "other duckdb": (write_other_duckdb, "is a DuckDB database of something else"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_unusable_database_file_is_one_line_and_left_alone(kind, tmp_path):
    db = tmp_path / "events.duckdb"
    make, says = BAD_FILES[kind]
    make(db)
    before = sorted(p.name for p in db.iterdir()) if db.is_dir() else digest(db)
    home = tmp_path / "home"  # where DuckDB would install an extension it downloads
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "ingest", str(FEED), "--db", str(db)],
        cwd=ROOT,
        env={**os.environ, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    line = one_error_line(result)
    assert line.startswith(f"error: {db} {says}")
    assert (sorted(p.name for p in db.iterdir()) if db.is_dir() else digest(db)) == before
    assert not (home / ".duckdb").exists()  # no extension fetched (DuckDB would, to read SQLite)


@pytest.mark.parametrize("keep", [100, 0.5])
def test_truncated_database_is_refused_before_any_write(keep, feed_db, tmp_path):
    db = tmp_path / "cut.duckdb"
    data = feed_db.read_bytes()
    db.write_bytes(data[: keep if isinstance(keep, int) else int(len(data) * keep)])
    before = digest(db)
    line = one_error_line(run_ingest(str(SAMPLE / "001_gaza_netanyahu_white_house.txt"), "--db", str(db)))
    assert line.startswith((f"error: {db} is truncated", f"error: {db} is damaged"))
    assert "restore it from a backup, or rebuild it" in line
    assert digest(db) == before


@contextmanager
def tmpfs(path, size: str):
    """A small file system of our own, mounted for the test (needs root, as in CI)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)])
    if mounted.returncode != 0:
        pytest.skip("this machine does not let the test mount a tmpfs")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def test_read_only_location_is_one_line_and_left_alone(feed_db, tmp_path):
    with tmpfs(tmp_path / "mnt", "64m") as mount:
        shutil.copy(feed_db, mount / "events.duckdb")
        before = digest(mount / "events.duckdb")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        for db in (mount / "events.duckdb", mount / "new.duckdb"):
            line = one_error_line(run_ingest(str(FEED), "--db", str(db)))
            assert line == (
                f"error: cannot write {db}: the file system is read-only; "
                "pass --db with a path in a folder you can write to"
            )
        assert digest(mount / "events.duckdb") == before
        assert sorted(p.name for p in mount.iterdir()) == ["events.duckdb"]


def test_full_disk_is_one_line_and_what_was_stored_stays_whole(tmp_path):
    reference = tmp_path / "reference.duckdb"
    assert run_ingest(str(SAMPLE), "--db", str(reference)).returncode == 0
    with tmpfs(tmp_path / "mnt", "2m") as mount:
        db = mount / "events.duckdb"
        line = one_error_line(run_ingest(str(SAMPLE), "--db", str(db)))
        assert line.startswith(f"error: writing {db} failed: ") and "No space left on device" in line
        subprocess.run(["mount", "-o", "remount,size=64m", str(mount)], check=True)
        assert query(db, ORPHANS) == [(0,)]
        per_article = (
            "SELECT article_id, count(event_id) FROM articles "
            "LEFT JOIN events USING (article_id) GROUP BY ALL"
        )
        stored = query(db, per_article)
        in_reference = dict(query(reference, per_article))
        assert all(in_reference[article] == n_events for article, n_events in stored)  # whole articles
        resumed = run_ingest(str(SAMPLE), "--db", str(db))
        assert resumed.returncode == 0, resumed.stderr
        assert f"{len(stored)} already present" in resumed.stdout
        assert query(db, EVENTS) == query(reference, EVENTS)
        assert query(db, BROKEN_LINKS) == [(0,)]


def test_failed_write_leaves_nothing_of_it(feed_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(feed_db, db)
    store = Store(db)
    state = "SELECT (SELECT count(*) FROM events), (SELECT version FROM store_version)"
    before = query(db, state)
    with pytest.raises(RuntimeError, match="stopped halfway"), store.transaction() as con:
        con.execute("DELETE FROM events")
        con.execute(queries.load("bump_version"))
        raise RuntimeError("stopped halfway")
    assert query(db, state) == before
    assert before[0][0] > 0


# --- Two ingests at once ----------------------------------------------------------------------


def test_two_ingests_with_overlapping_inputs_serialise(tmp_path):
    first = write_dated_articles(
        tmp_path / "first",
        {
            "a.txt": (
                "2025-10-21",
                "President Emmanuel Macron met Chancellor Friedrich Merz in Berlin on Monday.",
            ),
            "b.txt": (
                "2025-10-22",
                "Chancellor Friedrich Merz held talks with President Emmanuel Macron on Monday.",
            ),
        },
    )
    second = write_dated_articles(
        tmp_path / "second",
        {
            "c.txt": (
                "2025-10-22",
                "Emmanuel Macron and Friedrich Merz met in Berlin on Monday, aides said.",
            ),
            "d.txt": ("2025-10-23", "Prime Minister Keir Starmer visited Warsaw on Thursday."),
        },
    )
    shutil.copy(first / "a.txt", second / "a.txt")  # the overlap
    db = tmp_path / "both.duckdb"
    commands = [[str(first), "--db", str(db)], [str(second), str(first / "b.txt"), "--db", str(db)]]
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "ingest", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    waited = [i for i, (_, err) in enumerate(outputs) if f"another ingest is writing to {db}" in err]
    assert len(waited) == 1, outputs  # one ran while the other said so and waited
    new = [int(out.split("articles: ")[1].split(" new")[0]) for out, _ in outputs]
    assert sum(new) == 4  # every article reported new once: a, b, c, d

    # The same two runs one after the other, in the order they took the database.
    sequential = tmp_path / "sequential.duckdb"
    for index in (1 - waited[0], waited[0]):
        assert run_ingest(*commands[index][:-2], "--db", str(sequential)).returncode == 0
    assert query(db, BROKEN_LINKS) == [(0,)]
    assert query(db, EVENTS) == query(sequential, EVENTS)
    assert query(db, OCCURRENCES) == query(sequential, OCCURRENCES)


# --- Interrupted runs and names ---------------------------------------------------------------

JANSSEN_ARTICLES = {
    "a.txt": (
        "2025-03-03",
        "Tamarisian Ambassador Selma Janssen met Foreign Minister Oskar Adeyemi in Lusande on Monday "
        "to discuss grain exports.",
    ),
    # the small model tags "Ilse Janssen" as no person: the names pass finds her from her title, and
    # "Janssen" must stay hers, not become the Selma Janssen stored by an earlier run
    "b.txt": (
        "2025-03-05",
        "Drovnian Special Envoy Bruno Yilmazer received Ostravan National Security Adviser Ilse "
        "Janssen at the palace in Belisk on Tuesday. He said the talks had gone well.",
    ),
}


def test_names_stored_by_an_earlier_run_do_not_decide_who_a_surname_is(tmp_path):
    """What an interrupted run leaves (some whole articles) plus the resumed run equals one run:
    'Janssen' in b.txt is not the Selma Janssen stored from a.txt."""
    everything = write_dated_articles(tmp_path / "all", JANSSEN_ARTICLES)
    prefix = write_dated_articles(tmp_path / "prefix", {"a.txt": JANSSEN_ARTICLES["a.txt"]})
    resumed, one_run = tmp_path / "resumed.duckdb", tmp_path / "one.duckdb"
    assert run_ingest(str(prefix), "--db", str(resumed)).returncode == 0
    assert run_ingest(str(everything), "--db", str(resumed)).returncode == 0
    assert run_ingest(str(everything), "--db", str(one_run)).returncode == 0
    rows = "SELECT participants FROM v_events ORDER BY ALL"
    assert query(resumed, rows) == query(one_run, rows)
    assert query(one_run, rows) == [
        (["Bruno Yilmazer", "Ilse Janssen"],),
        (["Oskar Adeyemi", "Selma Janssen"],),
    ]


def test_killed_and_resumed_run_equals_one_uninterrupted_run(tmp_path):
    """Selma Janssen's article is in the first write, the one naming only 'Janssen' in the last."""
    filler = [
        (
            "2025-10-22",
            f"Envoy number {i} met Foreign Minister Hakan Fidan in Ankara on Monday, officials said, "
            f"as talks on the ceasefire entered round {i}. " * 3,
        )
        for i in range(700)
    ]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as handle:
        for date, text in [JANSSEN_ARTICLES["a.txt"], *filler, JANSSEN_ARTICLES["b.txt"]]:
            handle.write(json.dumps({"text": text, "date": date}) + "\n")
    killed, one_run = tmp_path / "killed.duckdb", tmp_path / "one.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-m", "ingest", str(corpus), "--db", str(killed)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    written = 0
    deadline = time.monotonic() + 240
    while written < 2 and process.poll() is None and time.monotonic() < deadline:  # its first write
        try:
            written = int(queries.run("store_version", killed, wait_seconds=0.5)["version"].iloc[0])
        except Exception:  # not created yet, or held by the writer: look again
            time.sleep(0.1)
    process.send_signal(signal.SIGKILL)
    process.wait()
    stored = query(killed, "SELECT count(*) FROM articles")[0][0]
    assert 0 < stored < 702, "the run was not stopped between its first and its last write"
    assert query(killed, "SELECT count(*) FROM articles WHERE text LIKE '%Selma Janssen%'") == [(1,)]
    resumed = run_ingest(str(corpus), "--db", str(killed))
    assert resumed.returncode == 0, resumed.stderr
    assert f"{702 - stored} new, {stored} already present, 0 skipped" in resumed.stdout
    assert run_ingest(str(corpus), "--db", str(one_run)).returncode == 0
    assert query(killed, EVENTS) == query(one_run, EVENTS)
    assert query(killed, OCCURRENCES) == query(one_run, OCCURRENCES)


def people_stored(folder: Path, articles: dict[str, tuple[str, str]]) -> set[str]:
    """The people's names stored after one ingest run of these dated articles."""
    db = folder.with_suffix(".duckdb")
    assert run_ingest(str(write_dated_articles(folder, articles)), "--db", str(db)).returncode == 0
    return {row[0] for row in query(db, "SELECT canonical_name FROM actors WHERE kind = 'person'")}


def test_romanised_spellings_join_and_different_given_names_stay_apart(tmp_path):
    people = people_stored(
        tmp_path / "names",
        {
            "a.txt": (
                "2025-05-05",
                "Foreign Minister Sergei Lavrov met Maria Rodriguez in Havana on Monday.",
            ),
            "b.txt": ("2025-05-06", "Sergey Lavrov held talks with Mario Rodriguez in Caracas on Tuesday."),
        },
    )
    assert len([name for name in people if "Lavrov" in name]) == 1
    assert {"Maria Rodriguez", "Mario Rodriguez"} <= people


def test_a_given_name_alone_joins_a_full_name_only_where_its_article_names_that_country(tmp_path):
    people = people_stored(
        tmp_path / "given",
        {
            "a.txt": (
                "2025-05-05",
                "Mauritanian President Mohamed Ould Ghazouani met Macky Sall in Dakar on Monday.",
            ),
            "b.txt": (
                "2025-05-06",
                "The Emir of Kuwait received President Mohamed in Kuwait City on Tuesday.",
            ),
            "c.txt": ("2025-05-07", "Prime Minister Anwar Ibrahim flew to Jakarta for talks on Tuesday."),
            "d.txt": (
                "2025-05-08",
                "In Kuala Lumpur, Malaysia's leader Anwar met Japanese envoys on Friday.",
            ),
        },
    )
    assert "Mohamed" in people  # the Kuwait story never names Mauritania
    assert "Anwar" not in people and "Anwar Ibrahim" in people


def test_a_given_name_alone_joins_no_full_name_of_unknown_country(tmp_path):
    people = people_stored(
        tmp_path / "unknown",
        {
            "a.txt": (
                "2025-05-05",
                "Analyst William Maclean met Foreign Minister Sergey Lavrov in Moscow on Monday.",
            ),
            "b.txt": (
                "2025-05-06",
                "Prince William met President Emmanuel Macron at Windsor Castle on Tuesday.",
            ),
        },
    )
    assert {"William", "William Maclean"} <= people


@pytest.mark.parametrize("order", ["ASC", "DESC"])
def test_an_occurrence_reads_the_same_whatever_order_its_reports_were_stored_in(order, tmp_path):
    """v_occurrences picks the first report's place and lists articles sorted: a database resumed
    after a kill stores rows in another physical order and must still read the same."""
    db = tmp_path / "store.duckdb"
    Store(db)
    with duckdb.connect(str(db)) as con:
        con.execute(
            "CREATE TEMP TABLE reports AS SELECT * FROM (VALUES ('b-1', 'b', 'Riga'), "
            "('a-1', 'a', 'Vilnius'), ('c-1', 'c', 'Tallinn')) v(event_id, article_id, location)"
        )
        con.execute(
            "INSERT INTO events (event_id, article_id, event_type, location, status, evidence, "
            "evidence_start, evidence_end, confidence, occurrence_id) SELECT event_id, article_id, "
            f"'meeting', location, 'occurred', 'x', 0, 1, 1.0, 'a-1' FROM reports ORDER BY event_id {order}"
        )
        row = con.execute("SELECT location, article_ids, n_sources FROM v_occurrences").fetchall()
    assert row == [("Vilnius", ["a", "b", "c"], 3)]
