"""What one run of the dashboard page reads, and from which snapshot of the database.

Every answer is cached per database snapshot (size and mtime of the file and its log). The
queries of one run share one read-only database instance, released when the run ends, so ingest
can write between runs. While ingest holds the file, answers come from the last snapshot that
answered; an answer that snapshot never gave raises NotCached, which the page handles once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

import queries
from dashboard_state import Filters, db_stamp, kind_name
from queries import database_file

LOCK_WAIT_SECONDS = 1.0
READ_MODEL_VERSION = 2  # dash_model_version() in queries/dashboard/dashboard_tables.sql
# What an old read model raises: a table or column this version reads is not there.
OUTDATED_ERRORS = (duckdb.CatalogException, duckdb.BinderException)


def database_problem(db_path: str | os.PathLike) -> str | None:
    """Why `db_path` cannot be an events database, in the one line ingest uses too, and how to
    point the page elsewhere; None when it can (a DuckDB file, or no file yet, which ingest
    creates). Checked before DuckDB opens it, which answers a foreign file with a long error."""
    problem = database_file.problem(Path(db_path), writing=False)
    return problem and f"{problem} (the page reads the file given by --db, or $EVENTS_DB)"


class NotCached(RuntimeError):
    """Ingest holds the database, and this answer was not cached before it started writing."""


@st.cache_data(show_spinner=False, max_entries=512)
def run_query(name: str, db: str, stamp: tuple, params: dict, _wait: float, _hold) -> pd.DataFrame:
    _hold(_wait)
    return queries.run(name, db, params, wait_seconds=_wait)


@st.cache_resource
def last_good_stamps() -> dict:
    """Per database file, the snapshot that last answered: shown while ingest holds the file."""
    return {}


class Data:
    """Cached read-only answers for this run; while ingest writes, the last snapshot answers.

    On the first query that misses the cache, the run opens the file read-only and holds that
    connection until the run ends (`with data:`). queries.run still opens its own connection per
    query, but DuckDB gives it the held database instance, so the run's queries share one block
    cache instead of each reading the file afresh. Between runs nothing is held, and ingest, which
    waits up to a minute for readers, writes then.
    """

    def __init__(self, db_path: str | os.PathLike) -> None:
        self.path = Path(db_path)
        self.db = str(db_path)
        self.stamp = db_stamp(db_path)
        self.busy = False
        self.held: duckdb.DuckDBPyConnection | None = None

    def __enter__(self) -> Data:
        return self

    def __exit__(self, *_exc) -> None:
        self.release()

    def hold(self, wait_seconds: float) -> None:
        if self.held is None:
            self.held = queries.connect(self.db, read_only=True, wait_seconds=wait_seconds)

    def release(self) -> None:
        """Let go of the file, as before a write from this page (ingest waits for readers)."""
        if self.held is not None:
            self.held.close()
            self.held = None

    def get(self, name: str, **params) -> pd.DataFrame:
        """The answer of named query `name`; raises NotCached while ingest holds the file and the
        last snapshot never answered this."""
        if not self.busy:
            try:
                frame = run_query(name, self.db, self.stamp, params, LOCK_WAIT_SECONDS, self.hold)
                last_good_stamps()[self.db] = self.stamp
                return frame
            except queries.DatabaseBusy:
                self.busy = True
        good = last_good_stamps().get(self.db)
        if good is None:
            raise NotCached(name)
        try:
            return run_query(name, self.db, good, params, 0.0, self.hold)
        except queries.DatabaseBusy:
            raise NotCached(name) from None


@dataclass(frozen=True)
class DatabaseState:
    """What the whole database holds, read once per run: its totals and its actors."""

    totals: pd.Series
    actors: pd.DataFrame  # dashboard_actor_options: actor, kind, role, country, n_events, actor_key

    @cached_property
    def names(self) -> list[str]:
        """Canonical names, busiest first."""
        return self.actors["actor"].tolist()

    @cached_property
    def keys(self) -> dict[str, int]:
        return dict(zip(self.actors["actor"], self.actors["actor_key"], strict=True))

    def label(self, name: str) -> str:
        """'Name · person': how a picker and its chips show an actor (the finder adds the rest)."""
        return self.labels.get(name, name)

    @cached_property
    def labels(self) -> dict[str, str]:
        return {
            row.actor: f"{row.actor} · {kind_name(row.kind)}" for row in self.actors.itertuples(index=False)
        }


@dataclass(frozen=True)
class Context:
    """What a tab needs: the data, the database's state, the filters and the events they match."""

    data: Data
    state: DatabaseState
    filters: Filters
    params: dict  # the filters as SQL parameters, focus included
    summary: pd.Series  # dashboard_summary of those parameters
