"""Named SQL queries: each `NAME.sql` under queries/ is loaded by its bare name and run read-only.

The files are grouped by reader (`dashboard/`, `ingest/`; `schema.sql` at the top), but a name
says which file it is wherever it sits, so names must be unique across the folders.

Why read-only and short-lived: DuckDB lets one process hold a database file for writing and
then nobody else may open it, so readers open per query, retry briefly when ingest holds the
file, and never keep it open between queries.
"""

from __future__ import annotations

import os
import re
import time
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from queries import database_file

QUERY_DIR = Path(__file__).parent
DEFAULT_DB = Path("data/events.duckdb")
LOCK_RETRY_SECONDS = 5.0


# Never fetch DuckDB extensions over the network: a SQLite file given as a database would
# otherwise make DuckDB download its sqlite extension.
NO_EXTENSION_DOWNLOADS = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


class DatabaseFileError(RuntimeError):
    """The database file cannot be used as asked; the message says what is wrong and what to do."""


class DatabaseBusy(DatabaseFileError):
    """The database file stayed locked by a writer for longer than we were willing to wait."""


def resolve_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """The one rule shared by ingest and the dashboard: --db, else $EVENTS_DB, else the default."""
    if cli_value:
        return Path(cli_value)
    if os.environ.get("EVENTS_DB"):
        return Path(os.environ["EVENTS_DB"])
    return DEFAULT_DB


INCLUDE = re.compile(r"^[ \t]*--[ \t]*@include[ \t]+([\w.]+)[ \t]*$", re.MULTILINE)


class DuplicateQuery(RuntimeError):
    """Two files under queries/ share a name, so a bare name would not say which one is meant."""


@cache
def query_files(directory: Path) -> dict[str, Path]:
    """Every `*.sql` under `directory`, in any sub-folder, by bare name."""
    files: dict[str, Path] = {}
    for path in sorted(directory.rglob("*.sql")):
        if path.stem in files:
            raise DuplicateQuery(f"two queries named {path.stem!r}: {files[path.stem]} and {path}")
        files[path.stem] = path
    return files


@cache
def load(name: str) -> str:
    """Return the SQL text of the query file `name` (`<name>.sql` in any folder under queries/),
    with `-- @include FRAGMENT` lines replaced by that fragment's text, so a filter shared by many
    queries, or a table definition, is written once."""
    path = query_files(QUERY_DIR).get(name)
    if path is None:
        raise KeyError(f"no query named {name!r} (looked for {name}.sql under {QUERY_DIR})")
    return INCLUDE.sub(lambda match: load(match.group(1)).strip(), path.read_text(encoding="utf-8"))


def is_lock_error(error: Exception) -> bool:
    """DuckDB reports another process's lock as an IOException mentioning the lock."""
    text = str(error).lower()
    return "lock" in text or "conflicting" in text


def connect(
    db_path: str | os.PathLike,
    *,
    read_only: bool,
    wait_seconds: float = LOCK_RETRY_SECONDS,
) -> duckdb.DuckDBPyConnection:
    """Open the database, retrying with backoff while another process holds its lock. A file
    that is no DuckDB database (or, to write, an unwritable one) raises DatabaseFileError before
    DuckDB touches it, and so does a file DuckDB cannot open."""
    if problem := database_file.problem(Path(db_path), writing=not read_only):
        raise DatabaseFileError(problem)
    deadline = time.monotonic() + wait_seconds
    delay = 0.02
    while True:
        try:
            return duckdb.connect(str(db_path), read_only=read_only, config=NO_EXTENSION_DOWNLOADS)
        except duckdb.IOException as error:
            if not is_lock_error(error):
                message = database_file.failure(Path(db_path), "opening", first_line(error))
                raise DatabaseFileError(message) from error
            if time.monotonic() >= deadline:
                raise DatabaseBusy(f"{db_path} is locked by another process: {first_line(error)}") from error
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def first_line(error: Exception) -> str:
    """DuckDB's message without its class prefix ("IO Error: ") or the hints after it."""
    line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return re.sub(r"^[A-Za-z ]*Error: ", "", line)


def run(
    name: str,
    db_path: str | os.PathLike,
    params: dict | None = None,
    *,
    wait_seconds: float = LOCK_RETRY_SECONDS,
) -> pd.DataFrame:
    """Run named query `name` read-only with $parameters and return a DataFrame."""
    con = connect(db_path, read_only=True, wait_seconds=wait_seconds)
    try:
        return con.execute(load(name), params or {}).df()
    finally:
        con.close()
