"""The only module that writes to DuckDB.

Why short connections: DuckDB lets one process hold the file, and while a writer holds it no
reader can open it. So the store opens the file for one transaction at a time (a write burst,
`Store.transaction`), and the dashboard can read between bursts. Each burst replaces whole
articles, so a killed ingest, a full disk or a failed write leaves only whole articles behind.
One ingest writes to a database at a time (`writer_lock`), and opening a database written by an
earlier release brings it to the current schema: numbered migrations, `queries/migrations/`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
from filelock import FileLock, Timeout

import queries
from ingest.records import Actor, Article, Extraction
from queries import DatabaseFileError, database_file

WRITE_WAIT_SECONDS = 60.0
REFRESH_MIN_INTERVAL = 30.0  # seconds between rebuilds of the dashboard's read model during a run
REFRESH_MAX_SHARE = 0.05  # and at most this share of the run's time goes to them
MAX_LINK_ROUNDS = 20  # a chain of reports linked within one batch is shortened a step per round
MIGRATIONS_DIR = queries.QUERY_DIR / "migrations"
# What goes wrong with the file or the disk, rather than with a query: said in one line.
FILE_ERRORS = (duckdb.IOException, duckdb.FatalException, duckdb.TransactionException)


def actor_id_for(actor: Actor) -> str:
    """Stable across articles and runs: the same kind and canonical name is the same actor."""
    kind, name = actor.key
    return hashlib.sha256(f"{kind}\x1f{name}".encode()).hexdigest()[:16]


@cache
def migrations() -> tuple[str, ...]:
    """Query names of queries/migrations/NNNN_*.sql in order (bare, as queries.load takes them);
    the schema version is how many there are."""
    files = MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.sql")
    return tuple(sorted(path.stem for path in files))


def prepare_path(path: Path) -> None:
    """Refuse a path that cannot hold a database we may write; create its folder."""
    if problem := database_file.problem(path, writing=True):
        raise DatabaseFileError(problem)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseFileError(f"cannot create the folder {path.parent}: {error.strerror}") from error


@contextmanager
def writer_lock(path: Path, on_wait: Callable[[str], None]) -> Iterator[None]:
    """One ingest at a time per database; a second one says so and waits for the first to end.
    Why: two runs reading the same articles would each store them as new and link their reports
    twice. The lock file beside the database is released by the system if its holder dies."""
    prepare_path(path)
    lock = FileLock(path.with_name(path.name + ".lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        on_wait(f"waiting: another ingest is writing to {path}; this one starts when it finishes")
        lock.acquire()
    try:
        yield
    finally:
        lock.release()


@contextmanager
def file_errors(path: Path, doing: str) -> Iterator[None]:
    """Say a failure of the file or the disk in one line, with its cause ("No space left on
    device"); every write is one transaction, so what was stored before is intact."""
    try:
        yield
    except duckdb.Error as error:
        message = queries.first_line(error)
        if not isinstance(error, FILE_ERRORS) and not database_file.is_damage(message):
            raise
        message = database_file.failure(path, doing, message)
        raise DatabaseFileError(
            f"{message}. Nothing of this write was kept and what was stored before is intact: "
            "fix the cause and run ingest again"
            if doing == "writing"
            else message
        ) from error


def roll_back(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction. After a failed write DuckDB may have ended it already: then
    there is nothing to undo, and the failure that brought us here is the one to report."""
    with suppress(duckdb.Error):
        con.execute("ROLLBACK")


class Store:
    """A DuckDB file holding articles and what was extracted from them."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        prepare_path(self.path)
        with self.transaction() as con:
            check_blocks(con, self.path)
            self.upgraded_from = migrate(con, self.path)
        self.last_refresh = time.monotonic()
        self.refresh_seconds = 0.0

    def connection(self) -> duckdb.DuckDBPyConnection:
        return queries.connect(self.path, read_only=False, wait_seconds=WRITE_WAIT_SECONDS)

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Every write: open the file, run the body in one transaction, commit, let go of the file.
        An error rolls it all back; a failure of the file or disk is said in one line."""
        with file_errors(self.path, "writing"), self.connection() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                roll_back(con)
                raise

    def query(self, name: str, params: dict | None = None) -> pd.DataFrame:
        with file_errors(self.path, "reading"), self.connection() as con:
            return con.execute(queries.load(name), params or {}).df()

    def known_article_ids(self, article_ids: list[str]) -> set[str]:
        if not article_ids:
            return set()
        found = self.query("known_article_ids", {"article_ids": article_ids})
        return set(found["article_id"])

    def outdated_articles(self, extractor_version: str) -> tuple[int, list[str]]:
        """How many stored articles another extractor version extracted, and which versions."""
        row = self.query("outdated_articles", {"version": extractor_version}).iloc[0]
        return int(row["n_articles"]), list(row["versions"])

    def stored_articles(self, batch_size: int = 200) -> Iterator[Article]:
        """Every stored article, fetched a page at a time so memory stays flat."""
        after = ""
        while True:
            page = self.query("stored_articles", {"after_id": after, "limit": batch_size})
            if page.empty:
                return
            for row in page.itertuples(index=False):
                yield Article(
                    article_id=row.article_id,
                    text=row.text,
                    source_path=row.source_path,
                    published_date=None
                    if pd.isna(row.published_date)
                    else pd.Timestamp(row.published_date).date(),
                    title=row.title,
                    url=row.url,
                    source=row.source,
                    feed_url=row.feed_url,
                    fetched_at=None if pd.isna(row.fetched_at) else row.fetched_at.to_pydatetime(),
                )
            after = page["article_id"].iloc[-1]

    def write(self, extractions: list[Extraction], extractor_version: str) -> None:
        """Replace these articles and everything extracted from them, in one transaction."""
        if extractions:
            self.write_frames(to_frames(extractions, extractor_version))

    def write_frames(self, frames: dict[str, pd.DataFrame]) -> None:
        """Write one batch already flattened per table (see `to_frames`), replacing its articles."""
        if frames["articles"].empty:
            return
        with self.transaction() as con:
            con.register("batch_article_ids", frames["articles"][["article_id"]])
            con.execute(queries.load("delete_articles"))
            for table, frame in frames.items():
                if frame.empty:
                    continue
                con.register("incoming", frame)
                columns = ", ".join(frame.columns)
                con.execute(
                    f"INSERT INTO {table} ({columns}) SELECT {columns} FROM incoming "
                    f"{ON_CONFLICT.get(table, '')}"
                )
                con.unregister("incoming")
            link_occurrences(con)
            con.unregister("batch_article_ids")
            con.execute(queries.load("bump_version"))

    def merge_short_names(self, max_rounds: int = 3) -> None:
        """Join surname-only people to the one full name they abbreviate, across articles.
        Repeated because one merge can make the next one unambiguous."""
        for _ in range(max_rounds):
            with self.transaction() as con:
                con.execute(queries.load("merge_short_names"))
                merged = con.execute("SELECT count(*) FROM short_name_merges").fetchone()[0]
                if merged:
                    con.execute(queries.load("bump_version"))
            if not merged:
                return

    def finish_reextract(self) -> None:
        """After re-extraction: drop orphan actors and rebuild every occurrence link."""
        with self.transaction() as con:
            con.execute(queries.load("prune_actors"))
            con.execute(queries.load("reset_occurrences"))
            con.register("batch_article_ids", con.execute(queries.load("articles_in_ingest_order")).df())
            link_occurrences(con)
            con.unregister("batch_article_ids")
            con.execute(queries.load("bump_version"))

    def refresh_dashboard(self) -> bool:
        """Rebuild the dashboard's read model (refresh_dashboard.sql) if ingest wrote since the
        last rebuild; True if it did. One transaction: readers see the old model or the new."""
        with self.transaction() as con:
            version, shown = con.execute(queries.load("store_version")).fetchone()
            if version == shown:
                return False
            started = time.monotonic()
            con.execute("SET enable_progress_bar = false")
            con.execute(queries.load("refresh_dashboard"))
        self.last_refresh = time.monotonic()
        self.refresh_seconds = self.last_refresh - started
        return True

    def refresh_dashboard_if_due(self) -> bool:
        """During a long run, keep the dashboard close behind ingest, at a bounded share of its time."""
        wait = max(REFRESH_MIN_INTERVAL, self.refresh_seconds / REFRESH_MAX_SHARE)
        return time.monotonic() - self.last_refresh >= wait and self.refresh_dashboard()

    def counts(self) -> dict[str, int]:
        return self.query("summary_counts").iloc[0].to_dict()

    def url_states(self, urls: list[str]) -> pd.DataFrame:
        """What ingest knows of these page URLs: url, outcome (article/failed/retry), retry_at, attempts."""
        return self.query("url_states", {"urls": urls})

    def feed_states(self, feed_urls: list[str]) -> pd.DataFrame:
        return self.query("feed_states", {"feed_urls": feed_urls})

    def pages_to_retry(self, feed_urls: list[str], now: dt.datetime) -> pd.DataFrame:
        return self.query("pages_to_retry", {"feed_urls": feed_urls, "now": now})

    def record_web_round(self, pages: pd.DataFrame, feeds: pd.DataFrame) -> None:
        """Remember what a poll saw (pages fetched, feeds' validators), in one transaction.
        Called after the round's articles are written, so a feed's ETag never hides unwritten entries."""
        with self.transaction() as con:
            con.register("incoming_pages", pages)
            con.register("incoming_feeds", feeds)
            con.execute(queries.load("record_web_round"))


def check_blocks(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Refuse a truncated file before writing to it: every block its tables use must be in it."""
    tables = con.execute(queries.load("stored_tables")).fetchall()
    last_blocks = [con.execute(queries.load("last_block"), {"table": t}).fetchone()[0] for t, _ in tables]
    last_block = max((block for block in last_blocks if block is not None), default=None)
    if last_block is not None and (problem := database_file.truncation(path, last_block, tables[0][1])):
        raise DatabaseFileError(problem)


def migrate(con: duckdb.DuckDBPyConnection, path: Path) -> int | None:
    """Bring the database to the current schema within the caller's transaction: a new one gets
    schema.sql, an older one the migrations after its version (0: written before versions
    existed), then schema.sql for views and indexes. Returns the version it had, if it changed."""
    latest = len(migrations())
    tables, has_ingest_tables, has_version = con.execute(queries.load("schema_state")).fetchone()
    if not tables:
        con.execute(queries.load("schema"))  # which records the latest version
        return None
    if not has_ingest_tables:
        raise DatabaseFileError(
            f"{path} is a DuckDB database of something else (it has no articles table): "
            "pass another --db, or a new path to create one"
        )
    version = con.execute(queries.load("schema_version")).fetchone()[0] if has_version else 0
    if version > latest:
        raise DatabaseFileError(
            f"{path} was written by a newer release of this project (schema version {version}, this "
            f"one knows up to {latest}): update this checkout (git pull, then make), or pass another --db"
        )
    for name in migrations()[version:]:
        con.execute(queries.load(name))
    con.execute(queries.load("schema"))
    if version == latest:
        return None
    con.execute(queries.load("set_schema_version"), {"version": latest})
    con.execute(queries.load("bump_version"))  # the read model is rebuilt from the migrated tables
    return version


def link_occurrences(con) -> None:
    """Link the events of the articles in relation batch_article_ids to the occurrences they
    report, shorten link chains so every link names a first report, then count sources."""
    con.execute(queries.load("link_occurrences"))
    for _ in range(MAX_LINK_ROUNDS):
        (changed,) = con.execute(queries.load("link_occurrence_roots")).fetchone()
        if not changed:
            break
    con.execute(queries.load("count_sources"))


# Table names are constants of this module, never user input.
ON_CONFLICT = {
    "actors": "ON CONFLICT (actor_id) DO UPDATE SET "
    "role = coalesce(actors.role, excluded.role), country = coalesce(actors.country, excluded.country)",
    "actor_aliases": "ON CONFLICT DO NOTHING",
}


def to_frames(extractions: Iterable[Extraction], extractor_version: str) -> dict[str, pd.DataFrame]:
    """Flatten extractions into one DataFrame per table, for bulk inserts."""
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows: dict[str, list[dict]] = {
        name: []
        for name in ("articles", "actors", "actor_aliases", "mentions", "events", "event_participants")
    }
    seen_actors: dict[str, dict] = {}
    for extraction in extractions:
        article = extraction.article
        rows["articles"].append(
            {
                "article_id": article.article_id,
                "source_path": article.source_path,
                "url": article.url,
                "title": article.title,
                "source": article.source,
                "published_date": article.published_date,
                "text": article.text,
                "ingested_at": now,
                "extractor_version": extractor_version,
                "feed_url": article.feed_url,
                "fetched_at": article.fetched_at,
            }
        )
        for actor in extraction.actors:
            actor_id = actor_id_for(actor)
            known = seen_actors.get(actor_id)
            if known is None:
                seen_actors[actor_id] = {
                    "actor_id": actor_id,
                    "canonical_name": actor.canonical_name,
                    "kind": actor.kind,
                    "role": actor.role,
                    "country": actor.country,
                }
            else:
                known["role"] = known["role"] or actor.role
                known["country"] = known["country"] or actor.country
            for alias in actor.aliases | {actor.canonical_name}:
                rows["actor_aliases"].append({"alias": alias, "actor_id": actor_id})
        for mention in extraction.mentions:
            rows["mentions"].append(
                {
                    "article_id": article.article_id,
                    "actor_id": actor_id_for(mention.actor),
                    "sentence_index": mention.sentence_index,
                    "char_start": mention.char_start,
                    "char_end": mention.char_end,
                    "surface": mention.surface,
                }
            )
        for ordinal, event in enumerate(extraction.events, start=1):
            event_id = f"{article.article_id}-{ordinal}"
            rows["events"].append(
                {
                    "event_id": event_id,
                    "article_id": article.article_id,
                    "event_type": event.event_type,
                    "event_date": event.event_date,
                    "date_precision": event.date_precision,
                    "location": event.location,
                    "status": event.status,
                    "mode": event.mode,
                    "conflict": event.conflict,
                    "phase": event.phase,
                    "milestone": event.milestone,
                    "trigger_word": event.trigger_word,
                    "cameo_code": event.cameo_code,
                    "evidence": event.evidence,
                    "evidence_start": event.evidence_start,
                    "evidence_end": event.evidence_end,
                    "confidence": event.confidence,
                    "occurrence_id": None,
                    "n_sources": 1,
                }
            )
            seen_in_event: set[str] = set()
            for participant in event.participants:
                actor_id = actor_id_for(participant.actor)
                if actor_id in seen_in_event:
                    continue  # two mentions that curation made one actor
                seen_in_event.add(actor_id)
                rows["event_participants"].append(
                    {
                        "event_id": event_id,
                        "actor_id": actor_id,
                        "role": participant.role,
                        "event_type": event.event_type,
                        "event_date": event.event_date,
                        "status": event.status,
                        "first_report": True,  # until link_occurrences finds an earlier report
                    }
                )

    rows["actors"] = list(seen_actors.values())
    rows["actor_aliases"] = [dict(t) for t in {tuple(r.items()) for r in rows["actor_aliases"]}]
    return {name: pd.DataFrame(data, columns=COLUMNS[name]) for name, data in rows.items()}


COLUMNS = {
    "articles": [
        "article_id",
        "source_path",
        "url",
        "title",
        "source",
        "published_date",
        "text",
        "ingested_at",
        "extractor_version",
        "feed_url",
        "fetched_at",
    ],
    "actors": ["actor_id", "canonical_name", "kind", "role", "country"],
    "actor_aliases": ["alias", "actor_id"],
    "mentions": ["article_id", "actor_id", "sentence_index", "char_start", "char_end", "surface"],
    "events": [
        "event_id",
        "article_id",
        "event_type",
        "event_date",
        "date_precision",
        "location",
        "status",
        "mode",
        "conflict",
        "phase",
        "milestone",
        "trigger_word",
        "cameo_code",
        "evidence",
        "evidence_start",
        "evidence_end",
        "confidence",
        "occurrence_id",
        "n_sources",
    ],
    "event_participants": [
        "event_id",
        "actor_id",
        "role",
        "event_type",
        "event_date",
        "status",
        "first_report",
    ],
}
