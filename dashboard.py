"""Who met whom, where and when: the Streamlit page over the events database.

    streamlit run dashboard.py -- --db FILE     (else $EVENTS_DB, else data/events.duckdb)

The page reads top to bottom as it looks: the database's state (or a page saying why there is
nothing to show), the sidebar's filters, banners on what the page could not use or show, a
header line, then one tab each for the network, the timeline, ceasefires, the map and the
evidence. Reading is dashboard_data's job, figures charts.py's, queries queries/dashboard/'s.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

import queries
from dashboard_data import (
    OUTDATED_ERRORS,
    READ_MODEL_VERSION,
    Context,
    Data,
    DatabaseState,
    NotCached,
    database_problem,
)
from dashboard_evidence import evidence_tab
from dashboard_network import clear_focus, network_tab
from dashboard_setup import busy_page, setup_page, unusable_page
from dashboard_sidebar import sidebar
from dashboard_state import TABS, Filters
from dashboard_tabs import ceasefires_tab, map_tab, timeline_tab
from dashboard_text import count, escape_markdown, format_span, is_missing

SIDEBAR_WIDTH = 360  # px: room for a date range and long actor names
TAB_VIEWS = dict(zip(TABS, (network_tab, timeline_tab, ceasefires_tab, map_tab, evidence_tab), strict=True))


def database_path() -> Path:
    """--db after `--` on the streamlit command line, else $EVENTS_DB, else the default."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db")
    args, _ = parser.parse_known_args(sys.argv[1:])
    return queries.resolve_db_path(args.db)


def database_state(data: Data) -> DatabaseState | None:
    """The totals and actors of the database, or None after showing a page that says why there
    is nothing to show and what to do."""
    path = data.path
    problem = database_problem(path)
    if problem:
        unusable_page(problem)
        return None
    if data.stamp is None:
        setup_page(
            data, f"There is no events database at `{path}` yet.", f"python -m ingest data/sample --db {path}"
        )
        return None
    rebuild = f"python -m ingest --db {path}"
    try:
        totals = data.get("dashboard_totals").iloc[0]
    except OUTDATED_ERRORS:
        setup_page(
            data,
            f"`{path}` lacks the dashboard's tables: it was written by an older version (one more ingest "
            "run brings it up to date) or is not an events database.",
            rebuild,
        )
        return None
    except NotCached:
        raise
    except (duckdb.Error, OSError, queries.DatabaseFileError) as error:  # a damaged file
        unusable_page(f"{path} cannot be opened as an events database: {str(error).splitlines()[0]}")
        return None
    if totals.n_events == 0 and totals.n_reports == 0:
        setup_page(
            data, f"The database `{path}` has no events yet.", f"python -m ingest data/sample --db {path}"
        )
        return None
    if totals.n_events == 0 or is_missing(totals.model_version):
        setup_page(
            data, f"`{path}` has events, but ingest has not finished building their view yet.", rebuild
        )
        return None
    if totals.model_version != READ_MODEL_VERSION:
        setup_page(data, f"The dashboard's tables in `{path}` were built by another version.", rebuild)
        return None
    return DatabaseState(totals, data.get("dashboard_actor_options"))


def forget_url_notes() -> None:
    st.session_state.url_notes = []


def banners(data: Data, state: DatabaseState, notes: list[str]) -> None:
    """What the page is not showing, or changed to make sense of what it was asked."""
    if data.busy:
        st.warning("Ingest is writing to the database: showing the data from before it started.")
        st.button("Reload")
    elif state.totals.stale:
        st.info(
            "Ingest has added articles that these views do not show yet: they appear when it "
            f"finishes. If it was stopped, run `python -m ingest --db {data.path}` to finish (with "
            "`--reextract` if that was the run that stopped)."
        )
        st.button("Reload")
    url_notes = st.session_state.get("url_notes") or []
    event = st.session_state.url_at_start.get("event", [])
    if event and "event_checked" not in st.session_state:
        st.session_state.event_checked = True
        if data.get("dashboard_article", event_id=event[0]).empty:
            url_notes = st.session_state.url_notes = [*url_notes, f"event “{event[0]}”: not in this database"]
    if url_notes:
        listed = "; ".join(escape_markdown(note) for note in url_notes)
        text, button = st.columns([8, 1])
        text.warning(f"Not understood in the link, so left out: {listed}.")
        button.button("OK", key="url_notes_seen", on_click=forget_url_notes)
    for note in notes:
        st.info(escape_markdown(note))


def header(state: DatabaseState, summary: pd.Series, filters: Filters) -> None:
    """The size of the database, and of what the filters match."""
    totals = state.totals
    undated = f", {count(int(totals.n_undated), 'undated event')}" if totals.n_undated else ""
    line = (
        f"**{totals.n_events:,}** {'event' if totals.n_events == 1 else 'events'} · "
        f"**{totals.n_actors:,}** {'actor' if totals.n_actors == 1 else 'actors'} · "
        f"**{totals.n_articles:,}** {'article' if totals.n_articles == 1 else 'articles'} · "
        f"{format_span(totals.first_date, totals.last_date)}{undated}"
    )
    if filters.narrowed:
        share = summary.n_events / max(totals.n_events, 1)
        line += f"  \nFilters match **{summary.n_events:,}** ({share:.1%})" + (
            f", {format_span(summary.first_date, summary.last_date)}" if summary.n_events else ""
        )
    st.markdown(line)


def focus_line(filters: Filters) -> None:
    if filters.focus:
        note, button = st.columns([5, 1])
        note.markdown(
            "Focused on "
            + ", ".join(f"**{escape_markdown(name)}**" for name in filters.focus)
            + " (picked in the network): the other tabs show only their events."
        )
        button.button("Clear focus", on_click=clear_focus)


def tabs(ctx: Context) -> None:
    """Only the open tab runs its queries."""
    for tab, view in zip(
        st.tabs(TABS, key="tab", bind="query-params", on_change="rerun"), TAB_VIEWS.values(), strict=True
    ):
        with tab:
            if tab.open:
                view(ctx)


def page(data: Data) -> None:
    """The page, top to bottom; an answer ingest's write keeps from the page is handled here, once."""
    try:
        state = database_state(data)
        if state is None:
            return
        choices = sidebar(data, state)
        filters = choices.filters
        st.title("Who met whom")
        banners(data, state, choices.notes)
        if choices.unmatchable:
            st.info(choices.unmatchable)
            return
        params = filters.sql_params(state.keys)
        unfocused = data.get("dashboard_summary", **params | {"focus": []}).iloc[0]
        header(state, unfocused, replace(filters, focus=()))
        focus_line(filters)
        if unfocused.n_events == 0:
            st.info(
                "No events match these filters. Try a wider date range, fewer actors, more event types "
                "or statuses, a lower minimum of sources, or a shorter search text."
            )
            return
        summary = data.get("dashboard_summary", **params).iloc[0] if filters.focus else unfocused
        tabs(Context(data, state, filters, params, summary))
    except NotCached:
        busy_page(data)


st.set_page_config(
    page_title="Who met whom · diplomatic events",
    page_icon="🤝",
    layout="wide",
    initial_sidebar_state=SIDEBAR_WIDTH,
)
with Data(database_path()) as data:
    page(data)
