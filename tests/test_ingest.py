"""End to end: the real CLI writing real DuckDB files."""

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import queries
from ingest.extract import EXTRACTOR_VERSION
from ingest.store import Store
from tests.conftest import ROOT, SAMPLE, query, run_ingest

SEED = ROOT.parent / "shared" / "seed"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("sample") / "events.duckdb"
    result = run_ingest(str(SAMPLE), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db, result.stdout


def counts(db):
    return query(
        db,
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM event_participants), (SELECT count(*) FROM actors)",
    )[0]


def test_sample_ingests_every_format_without_skips(sample_db):
    db, stdout = sample_db
    assert "0 skipped" in stdout
    suffixes = {
        row[0]
        for row in query(db, "SELECT DISTINCT regexp_extract(source_path, '\\.(\\w+)(:|$)', 1) FROM articles")
    }
    assert {"txt", "jsonl", "json", "csv", "html"} <= suffixes
    articles, events, _, _ = counts(db)
    assert articles >= 30 and events >= 60
    types = dict(query(db, "SELECT event_type, count(*) FROM v_events GROUP BY 1"))
    assert set(types) == {"meeting", "visit", "ceasefire"}


def test_rerun_is_idempotent(sample_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db[0], db)
    before = counts(db), read_model(db)
    result = run_ingest(str(SAMPLE), "--db", str(db))
    assert result.returncode == 0
    assert "0 new" in result.stdout
    assert (counts(db), read_model(db)) == before


def read_model(db):
    """The dashboard's tables and the versions: (written, shown), then row counts."""
    return query(
        db,
        "SELECT version, dashboard_version, (SELECT count(*) FROM dash_events), "
        "(SELECT count(*) FROM dash_participants), (SELECT count(*) FROM dash_pairs), "
        "(SELECT count(*) FROM dash_words) FROM store_version",
    )[0]


def test_ingest_leaves_a_read_model_that_matches_what_it_wrote(sample_db):
    db, _ = sample_db
    written, shown, n_events, n_participants, n_pairs, n_words = read_model(db)
    assert written == shown
    assert n_events == query(db, "SELECT count(*) FROM v_occurrences")[0][0]
    people = query(
        db,
        "SELECT e.occurrence_id, a.canonical_name, e.event_type FROM events AS e "
        "JOIN event_participants USING (event_id) JOIN actors AS a USING (actor_id) GROUP BY ALL",
    )
    assert n_participants == len(people)
    sizes = {}
    for event_id, _, event_type in people:
        if event_type in ("meeting", "visit"):
            sizes[event_id] = sizes.get(event_id, 0) + 1
    assert n_pairs == sum(n * (n - 1) // 2 for n in sizes.values())
    assert n_words > n_events
    shown_people = query(
        db,
        "SELECT e.event_id, a.actor FROM dash_participants JOIN dash_events AS e USING (ev) "
        "JOIN dash_actors AS a USING (actor_key)",
    )
    assert sorted(shown_people) == sorted((event_id, name) for event_id, name, _ in people)


def test_database_from_before_the_read_model_is_brought_up_to_date_by_one_run(sample_db, tmp_path):
    db = tmp_path / "old.duckdb"
    shutil.copy(sample_db[0], db)
    with duckdb.connect(str(db)) as con:  # what the previous version wrote: no read model at all
        for table in (
            "dash_actor_keys",
            "dash_actors",
            "dash_events",
            "dash_participants",
            "dash_pairs",
            "dash_words",
            "store_version",
        ):
            con.execute(f"DROP TABLE {table}")
    before = counts(db)
    result = run_ingest("--db", str(db))
    assert result.returncode == 0, result.stderr
    assert counts(db) == before
    written, shown, n_events, *_ = read_model(db)
    assert written == shown
    assert n_events == query(db, "SELECT count(*) FROM v_occurrences")[0][0]


def test_no_paths_finishes_the_database_and_reads_nothing(tmp_path):
    db = tmp_path / "feed.duckdb"
    assert run_ingest(str(SAMPLE / "wire_feed_a.jsonl"), "--db", str(db)).returncode == 0
    with duckdb.connect(str(db)) as con:  # as an interrupted run leaves it: read model behind
        con.execute("DELETE FROM dash_events")
        con.execute(queries.load("bump_version"))
    before = counts(db)
    result = run_ingest("--db", str(db))  # from the project folder, where data/sample is
    assert result.returncode == 0, result.stderr
    assert "files read: 0" in result.stdout and "0 new" in result.stdout
    assert counts(db) == before
    written, shown, n_events, *_ = read_model(db)
    assert written == shown
    assert n_events == query(db, "SELECT count(*) FROM v_occurrences")[0][0]


def test_no_paths_and_no_database_is_an_error_that_creates_nothing(tmp_path):
    db = tmp_path / "none.duckdb"
    result = subprocess.run(  # from a folder without data/sample, with the project importable
        [sys.executable, "-m", "ingest", "--db", str(db)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: there is no database at {db} to finish: give files or folders to read, "
        f"e.g. python -m ingest data/sample --db {db}"
    ]
    assert list(tmp_path.iterdir()) == []


def test_articles_of_an_earlier_extractor_are_counted_with_the_command_that_refreshes_them(
    sample_db, tmp_path
):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db[0], db)
    with duckdb.connect(str(db)) as con:
        con.execute(
            "UPDATE articles SET extractor_version = '2020.1' WHERE article_id IN "
            "(SELECT article_id FROM articles ORDER BY article_id LIMIT 5)"
        )
    result = run_ingest("--db", str(db))
    assert result.returncode == 0, result.stderr
    assert (
        f"note: 5 stored articles were extracted by another extractor version (2020.1; this is "
        f"{EXTRACTOR_VERSION}): python -m ingest --reextract --db {db} refreshes their events"
    ) in result.stdout
    refreshed = run_ingest("--reextract", "--db", str(db))
    assert refreshed.returncode == 0, refreshed.stderr
    assert "note:" not in refreshed.stdout
    assert query(db, "SELECT DISTINCT extractor_version FROM articles") == [(EXTRACTOR_VERSION,)]


def test_read_model_is_rebuilt_during_a_run_only_when_due(sample_db, tmp_path, monkeypatch):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db[0], db)
    store = Store(db)
    assert not store.refresh_dashboard()  # nothing written since the last rebuild
    with store.connection() as con:
        con.execute(queries.load("bump_version"))  # as every write transaction does
    assert not store.refresh_dashboard_if_due()  # a rebuild waits REFRESH_MIN_INTERVAL
    assert read_model(db)[0] != read_model(db)[1]
    monkeypatch.setattr("ingest.store.REFRESH_MIN_INTERVAL", 0.0)
    assert store.refresh_dashboard_if_due()
    assert read_model(db)[0] == read_model(db)[1]


def test_reextract_replaces_events_and_keeps_articles(sample_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db[0], db)
    before = counts(db)
    event_ids = query(db, "SELECT list(event_id ORDER BY event_id) FROM events")[0][0]
    result = run_ingest("--reextract", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"articles: 0 new, 0 already present, {before[0]} re-extracted, 0 skipped" in result.stdout
    assert counts(db) == before
    assert query(db, "SELECT list(event_id ORDER BY event_id) FROM events")[0][0] == event_ids
    orphans = query(db, "SELECT count(*) FROM event_participants p ANTI JOIN events USING (event_id)")
    assert orphans == [(0,)]


def test_curation_file_renames_on_reextract(sample_db, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(sample_db[0], db)
    curation = tmp_path / "actors.csv"
    curation.write_text(
        "alias,canonical_name,kind,country\nBenjamin Netanyahu,Bibi Netanyahu,person,Israel\n"
    )
    result = run_ingest("--reextract", "--db", str(db), "--curation", str(curation))
    assert result.returncode == 0, result.stderr
    names = {row[0] for row in query(db, "SELECT canonical_name FROM actors WHERE kind = 'person'")}
    assert "Bibi Netanyahu" in names and "Benjamin Netanyahu" not in names


def test_seed_article_gives_vance_netanyahu_meeting(tmp_path):
    if not SEED.exists():
        pytest.skip("shared/seed is not beside this checkout")
    db = tmp_path / "seed.duckdb"
    assert run_ingest(str(SEED), "--db", str(db)).returncode == 0
    rows = query(
        db,
        "SELECT event_date::VARCHAR FROM v_events WHERE event_type = 'meeting' "
        "AND list_has_all(participants, ['JD Vance', 'Benjamin Netanyahu'])",
    )
    assert ("2025-10-22",) in rows


def test_bad_inputs_are_reported_and_strict_fails(tmp_path):
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_text(
        "date 2025-10-20\n\nPresident Emmanuel Macron met Chancellor Friedrich Merz in "
        "Berlin on Monday to discuss the war in Ukraine, aides said."
    )
    (tmp_path / "in" / "bad.jsonl").write_text('{"text": 1\n')
    (tmp_path / "in" / "blob.txt").write_bytes(b"\x00" * 64)
    db = tmp_path / "x.duckdb"
    result = run_ingest(str(tmp_path / "in"), "--db", str(db))
    assert result.returncode == 0
    assert "1 new" in result.stdout and "2 skipped" in result.stdout
    assert "bad.jsonl:1: malformed JSON" in result.stdout
    assert "blob.txt: binary file" in result.stdout
    strict = run_ingest(str(tmp_path / "in"), "--db", str(tmp_path / "y.duckdb"), "--strict")
    assert strict.returncode == 1
    assert run_ingest("--workers", "0").returncode == 2


def write_corpus(path, n):
    """n distinct short articles in one JSONL file, enough for several write bursts."""
    with path.open("w") as handle:
        for i in range(n):
            text = (
                f"Envoy number {i} met Foreign Minister Hakan Fidan in Ankara on Monday, "
                f"officials said, as talks on the ceasefire entered round {i}. " * 3
            )
            handle.write(json.dumps({"text": text, "date": "2025-10-22"}) + "\n")


def test_killed_ingest_leaves_whole_articles_and_resumes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 1500)
    db = tmp_path / "k.duckdb"
    process = subprocess.Popen(
        [sys.executable, "-m", "ingest", str(corpus), "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored == 0 and process.poll() is None:
        time.sleep(0.3)
        try:
            stored = queries.run("summary_counts", db, wait_seconds=0.5)["articles"].iloc[0]
        except Exception:  # file not created yet, or locked by the writer: try again
            stored = 0
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert stored > 0
    partial = query(db, "SELECT count(*) FROM articles")[0][0]
    assert partial < 1500
    # whole articles only: every stored article has all three of its events' participants
    broken = query(
        db,
        "SELECT count(*) FROM events e WHERE (SELECT count(*) FROM event_participants p "
        "WHERE p.event_id = e.event_id) < 2 AND e.event_type = 'meeting'",
    )
    assert broken == [(0,)]
    written, shown, *_ = read_model(db)
    assert written > shown  # the dashboard says it shows less than was written
    resumed = run_ingest(str(corpus), "--db", str(db))
    assert resumed.returncode == 0, resumed.stderr
    assert f"{partial} already present" in resumed.stdout
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 1500
    written, shown, n_events, *_ = read_model(db)
    assert written == shown
    assert n_events == query(db, "SELECT count(*) FROM events WHERE event_id = occurrence_id")[0][0]


def test_reader_can_query_while_ingest_runs(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 600)
    db = tmp_path / "c.duckdb"
    assert run_ingest(str(SAMPLE / "001_gaza_netanyahu_white_house.txt"), "--db", str(db)).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "ingest", str(corpus), "--db", str(db)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    reads = []
    while process.poll() is None:
        reads.append(int(queries.run("summary_counts", db, wait_seconds=30)["articles"].iloc[0]))
        time.sleep(0.2)
    assert process.returncode == 0, process.stderr.read()
    assert len(reads) >= 3
    assert reads == sorted(reads)
    assert queries.run("summary_counts", db)["articles"].iloc[0] == 601


def write_dated_articles(folder, articles: dict[str, tuple[str, str]]):
    """One .txt per article, with the `date YYYY-MM-DD` header: {file name: (date, text)}."""
    folder.mkdir()
    for name, (date, text) in articles.items():
        (folder / name).write_text(f"date {date}\n\n{text}")
    return folder


def test_same_meeting_in_two_articles_is_one_occurrence(tmp_path):
    folder = write_dated_articles(
        tmp_path / "two",
        {
            "a.txt": (
                "2025-10-21",
                "President Emmanuel Macron met Chancellor Friedrich Merz in Berlin on "
                "Monday to discuss Ukraine.",
            ),
            "b.txt": (
                "2025-10-22",
                "Chancellor Friedrich Merz held talks with President Emmanuel Macron on "
                "Monday, a German spokesman said.",
            ),
        },
    )
    db = tmp_path / "o.duckdb"
    assert run_ingest(str(folder), "--db", str(db)).returncode == 0
    rows = query(db, "SELECT n_sources, participants FROM v_occurrences WHERE event_type = 'meeting'")
    assert rows == [(2, ["Emmanuel Macron", "Friedrich Merz"])]


@pytest.mark.parametrize("first", ["a.txt", "b.txt"])
def test_a_later_report_joins_the_stored_occurrence_whichever_id_is_smaller(tmp_path, first):
    texts = {
        "a.txt": (
            "2025-10-21",
            "Foreign Minister Sergei Lavrov met Secretary of State Marco Rubio in Budapest.",
        ),
        "b.txt": ("2025-10-21", "Marco Rubio and Sergei Lavrov held talks in Budapest, officials said."),
        "c.txt": ("2025-10-22", "Sergei Lavrov sat down with Marco Rubio in Budapest on Tuesday."),
    }
    db = tmp_path / "o.duckdb"
    for name in [first, *sorted(set(texts) - {first})]:  # one run per article: separate batches
        folder = write_dated_articles(tmp_path / name.split(".")[0], {name: texts[name]})
        assert run_ingest(str(folder), "--db", str(db)).returncode == 0
    rows = query(db, "SELECT n_sources, participants FROM v_occurrences WHERE event_type = 'meeting'")
    assert rows == [(3, ["Marco Rubio", "Sergei Lavrov"])]
    dangling = (
        "SELECT count(*) FROM events e JOIN events f ON f.event_id = e.occurrence_id "
        "WHERE f.event_id <> f.occurrence_id"
    )
    assert query(db, dangling) == [(0,)]


def test_db_path_comes_from_environment_when_no_option(tmp_path):
    db = tmp_path / "env.duckdb"
    env = {**os.environ, "EVENTS_DB": str(db)}
    result = subprocess.run(
        [sys.executable, "-m", "ingest", str(SAMPLE / "wire_feed_a.jsonl")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 4


def test_one_person_is_one_actor_across_articles(tmp_path):
    folder = write_dated_articles(
        tmp_path / "people",
        {
            "a.txt": (
                "2025-10-20",
                "Ushakov met Witkoff in Moscow on Monday, the Kremlin said, without "
                "giving details of the talks.",
            ),
            "b.txt": (
                "2025-10-21",
                "Kremlin aide Yuri Ushakov said envoy Steve Witkoff would return to "
                "Moscow next week for more talks with him.",
            ),
            "c.txt": (
                "2025-10-22",
                "Kremlin aide Yury Ushakov told reporters in Moscow on Wednesday that "
                "the talks had been useful.",
            ),
        },
    )
    db = tmp_path / "p.duckdb"
    assert run_ingest(str(folder), "--db", str(db)).returncode == 0
    people = {row[0] for row in query(db, "SELECT canonical_name FROM actors WHERE kind = 'person'")}
    assert len([name for name in people if "Ushakov" in name]) == 1
    assert len([name for name in people if "Witkoff" in name]) == 1


def test_two_workers_give_the_same_database_as_one(sample_db, tmp_path):
    db = tmp_path / "w2.duckdb"
    result = run_ingest(str(SAMPLE), "--db", str(db), "--workers", "2")
    assert result.returncode == 0, result.stderr
    rows = (
        "SELECT event_type, event_date, status, location, participants, evidence FROM v_events ORDER BY ALL"
    )
    assert query(db, rows) == query(sample_db[0], rows)


def test_missing_model_is_a_one_line_error(tmp_path):
    result = run_ingest(
        str(SAMPLE / "wire_feed_a.jsonl"),
        "--db",
        str(tmp_path / "m.duckdb"),
        "--model",
        "no_such_model",
        "--workers",
        "2",
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: spaCy model 'no_such_model' is not installed (pip install it, or pass a model folder)"
    ]


def test_model_names_resolve_to_the_installed_package_that_provides_them():
    from ingest.pipeline import MODEL_PACKAGES, ModelError, installed, resolve_model

    for name, packages in MODEL_PACKAGES.items():
        if any(installed(p) for p in packages):
            assert Path(resolve_model(name)).exists() or installed(resolve_model(name))
        else:
            with pytest.raises(ModelError, match=f"{name} is not installed; pip install"):
                resolve_model(name)
    assert resolve_model(None) == resolve_model("en_core_web_sm")


def test_an_article_the_extractor_fails_on_is_skipped_and_the_rest_stored(tmp_path, monkeypatch, capsys):
    """A rule that trips on one odd article costs that article only: one line names it and why,
    the others are stored, and the failed one is not, so a later run tries it again."""
    from ingest import pipeline
    from ingest.__main__ import main

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("date 2025-03-03\n\nPresident Ruto met President Museveni in Kampala.\n")
    (folder / "odd.txt").write_text("date 2025-03-03\n\nPresident Ruto visited Kigali on Monday. TRIPWIRE\n")
    real = pipeline.extract_article

    def tripping(doc, article, context):
        if "TRIPWIRE" in article.text:
            raise IndexError("a rule read past the sentence")
        return real(doc, article, context)

    monkeypatch.setattr(pipeline, "extract_article", tripping)
    db = tmp_path / "events.duckdb"
    assert main([str(folder), "--db", str(db), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert [line for line in err.splitlines() if "odd.txt" in line] == [
        f"skipped {folder / 'odd.txt'}: extraction failed (IndexError: a rule read past the sentence)"
    ]
    assert [row[0] for row in query(db, "SELECT source_path FROM articles")] == [str(folder / "good.txt")]
    monkeypatch.setattr(pipeline, "extract_article", real)
    assert main([str(folder), "--db", str(db), "--quiet"]) == 0
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 2


def test_one_process_parses_the_next_chunk_on_a_thread_and_yields_in_order(monkeypatch):
    """With one worker, chunk k+1 is parsed on another thread while chunk k is extracted; what
    comes out is what parsing and extracting each chunk in turn gives, chunk by chunk."""
    import threading

    from ingest.extract import ExtractionContext
    from ingest.pipeline import Extractor, extract_parsing_ahead
    from ingest.records import Article

    texts = [
        "President Ruto met President Museveni in Kampala on Monday.",
        "Prime Minister Modi visited Colombo on Friday.",
        "President Lula held talks with President Milei in Brasilia.",
    ]
    articles = [
        Article(article_id=str(i), text=t, source_path=f"{i}.txt", published_date=dt.date(2025, 3, 3))
        for i, t in enumerate(texts)
    ]
    chunks = [articles[:2], articles[2:]]
    parsed_on = []
    parse = Extractor.parse

    def parse_noting_thread(self, chunk):
        parsed_on.append(threading.current_thread() is threading.main_thread())
        return parse(self, chunk)

    monkeypatch.setattr(Extractor, "parse", parse_noting_thread)
    overlapped = list(extract_parsing_ahead(iter(chunks), model_name=None, context=ExtractionContext()))
    assert parsed_on == [False, False]
    monkeypatch.setattr(Extractor, "parse", parse)
    one_by_one = Extractor(None, ExtractionContext())
    assert [[repr(x.events) for x in batch] for batch in overlapped] == [  # actors compare by identity
        [repr(x.events) for x in one_by_one.process(chunk)] for chunk in chunks
    ]
    assert [len(batch) for batch in overlapped] == [2, 1]
    assert any(e.event_type == "meeting" for e in overlapped[1][0].events)
