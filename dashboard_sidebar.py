"""The sidebar: the actor finder and pickers, dates, types, statuses, sources and words; what the
link asked for that the page cannot use; and the form that adds articles.

Most widgets keep their value in the URL themselves; the actor pickers' values are written to
it here (dashboard_state explains why).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import streamlit as st

from dashboard_data import Data, DatabaseState
from dashboard_setup import upload_form
from dashboard_state import (
    EVENT_TYPES,
    NAME_PARAMS,
    SLIDERS,
    STATUSES,
    Filters,
    date_bounds,
    kind_name,
    names_from_url,
    names_to_url,
    rank_actors,
    url_problems,
)
from dashboard_text import as_date, count, escape_markdown, format_span

DATE_MARGIN = dt.timedelta(days=366)  # how far past the data the date picker goes


@dataclass(frozen=True)
class Choices:
    """What the sidebar asks for, what was changed to make sense of it, and why nothing can
    match it (no event type or no status picked), if so."""

    filters: Filters
    notes: list[str]
    unmatchable: str | None = None


def date_limits(state: DatabaseState) -> tuple[dt.date, dt.date]:
    """The first and last day the date picker offers: the data's dates and a year either side."""
    first = as_date(state.totals.first_date) or dt.date.today()
    last = as_date(state.totals.last_date) or first
    return first - DATE_MARGIN, last + DATE_MARGIN


def capture_url() -> None:
    """On a session's first run, before any widget takes its value from the URL (and drops what it
    cannot use), keep what the link asked for."""
    if "url_at_start" not in st.session_state:
        st.session_state.url_at_start = {key: st.query_params.get_all(key) for key in st.query_params}


def seed_names_from_url(state: DatabaseState) -> None:
    """On a session's first run, the actor pickers start from ?actor=, ?ego= and ?focus=."""
    if st.session_state.get("url_seeded"):
        return
    st.session_state.url_seeded = True
    asked = st.session_state.url_at_start
    st.session_state.actors = names_from_url(asked.get("actor", []), state.names)
    ego = names_from_url(asked.get("ego", []), state.names)
    if ego:
        st.session_state.ego = ego[0]
        st.session_state.ego_mode = True
    st.session_state.focus = names_from_url(asked.get("focus", []), state.names)


def keep_known_names(state: DatabaseState) -> None:
    """Drop picked names a re-ingest has removed, before the pickers are drawn."""
    known = set(state.names)
    for key in ("actors", "focus"):
        if key in st.session_state:
            st.session_state[key] = [name for name in st.session_state[key] if name in known]
    if st.session_state.get("ego") not in known and "ego" in st.session_state:
        del st.session_state["ego"]


def write_names_to_url(filters: Filters) -> None:
    entries = names_to_url(filters.actors, filters.ego, filters.focus)
    for key in NAME_PARAMS:
        if st.query_params.get_all(key) != entries.get(key, []):
            if key in entries:
                st.query_params[key] = entries[key]
            else:
                del st.query_params[key]


def pick_actor(name: str) -> None:
    """A finder result was clicked: it becomes the ego, or joins the picked actors."""
    if st.session_state.get("ego_mode"):
        st.session_state.ego = name
    else:
        picked = list(st.session_state.get("actors", []))
        st.session_state.actors = picked if name in picked else [*picked, name]
    st.session_state.find = ""


def finder_label(state: DatabaseState, name: str) -> str:
    row = state.actors.iloc[state.names.index(name)]
    details = [kind_name(row.kind)] + [v for v in (row.role, row.country) if isinstance(v, str) and v]
    return f"{name} · {', '.join(details)} · {count(int(row.n_events), 'event')}"


def actor_finder(state: DatabaseState) -> None:
    """Type a name, get the actors it most likely means (dashboard_state.rank_actors), click one."""
    typed = st.text_input(
        "Find an actor",
        key="find",
        placeholder="A name or part of one",
        help="Exact names first, then names starting with what you typed, then names with a word "
        "starting with it. Case and accents do not matter. Click a result to pick it.",
    )
    if not typed.strip():
        return
    matches = rank_actors(typed, state.names, state.actors["n_events"].tolist())
    if not matches:
        st.caption(f"No actor's name matches “{escape_markdown(typed)}”.")
    for name in matches:
        st.button(
            escape_markdown(finder_label(state, name)),
            key=f"pick:{name}",
            on_click=pick_actor,
            args=(name,),
            type="tertiary",
        )


def sidebar(data: Data, state: DatabaseState) -> Choices:
    """Draw the filters and return what they ask for."""
    capture_url()
    seed_names_from_url(state)
    keep_known_names(state)
    notes = []
    low, high = date_limits(state)
    with st.sidebar:
        st.header("Filters")
        ego_mode = st.toggle(
            "Ego network", key="ego_mode", help="Pick one actor: see everyone they met, when and where."
        )
        actor_finder(state)
        if ego_mode:
            if st.session_state.get("ego") not in state.labels:
                st.session_state.ego = (
                    st.session_state.get("focus") or st.session_state.get("actors") or state.names
                )[0]
            ego = st.selectbox(
                "Actor", state.names, format_func=state.label, key="ego", filter_mode="contains"
            )
            actors = []
        else:
            ego = None
            actors = st.multiselect(
                "Actors",
                state.names,
                format_func=state.label,
                key="actors",
                placeholder="Find them above, or type here",
                help="Events with any of these actors.",
                filter_mode="contains",
                select_all=False,
                wrap=True,
            )
        dates = st.date_input(
            "Dates",
            value=[],
            min_value=low,
            max_value=high,
            key="dates",
            bind="query-params",
            help="Leave empty for all dates, including events without one.",
        )
        types = st.pills(
            "Event types",
            EVENT_TYPES,
            selection_mode="multi",
            default=EVENT_TYPES,
            key="type",
            bind="query-params",
        )
        statuses = st.pills(
            "Status", STATUSES, selection_mode="multi", default=STATUSES, key="status", bind="query-params"
        )
        lowest, highest, step, default = SLIDERS["sources"]
        min_sources = st.slider(
            "Minimum sources",
            lowest,
            highest,
            default,
            step=step,
            key="sources",
            bind="query-params",
            help="Reported by at least this many articles.",
        )
        search = st.text_input(
            "Evidence words",
            key="q",
            bind="query-params",
            placeholder='e.g. Cairo, "phase two"',
            help="Events whose sentence has words starting with each of these, in any order; "
            'put words in quotes to find them together ("phase two"). Case and accents do not matter; '
            "common words such as 'the' are skipped, and the four longest words count.",
        )
        with st.expander("Add articles"):
            upload_form(data)

    date_from, date_to, swapped = date_bounds(dates)
    if swapped:
        notes.append(
            f"The dates were the wrong way round, so they were swapped: {format_span(date_from, date_to)}."
        )
    filters = Filters(
        actors=tuple(actors),
        ego=ego,
        focus=tuple(st.session_state.get("focus", [])),
        date_from=date_from,
        date_to=date_to,
        types=() if set(types) == set(EVENT_TYPES) else tuple(types),
        statuses=() if set(statuses) == set(STATUSES) else tuple(statuses),
        min_sources=min_sources,
        search=search,
    )
    if "url_notes" not in st.session_state:  # once a session; the banner's button empties it
        st.session_state.url_notes = url_problems(st.session_state.url_at_start, state.names, low, high)
    write_names_to_url(filters)
    unmatchable = (
        None if types and statuses else "Pick at least one event type and one status in the sidebar."
    )
    return Choices(filters, notes, unmatchable)
