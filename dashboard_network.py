"""The Network tab: who met whom (click a node to focus the other tabs on it), whom the ego met
and what was only planned or called off, the most frequent pairs, and the meeting matrix.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

import charts
from dashboard_data import Context
from dashboard_state import COLOR_BY, SLIDERS, kind_name, picked_nodes
from dashboard_text import as_date, as_list, count, escape_markdown, format_dates

PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": True}
PAIRS_SHOWN = 50
MATRIX_ACTORS = 25


@st.cache_data(show_spinner=False, max_entries=64)
def network_positions(node_keys: tuple, edge_rows: tuple) -> pd.DataFrame:
    nodes = pd.DataFrame({"actor_key": list(node_keys)})
    edges = pd.DataFrame(list(edge_rows), columns=["source", "target", "n_meetings"])
    return charts.network_layout(nodes, edges)


def network_key() -> str:
    """The network chart's key; a new key drops the chart's selection along with the focus."""
    return f"network-{st.session_state.setdefault('network_round', 0)}"


def on_network_pick() -> None:
    st.session_state.focus = picked_nodes(st.session_state.get(network_key()))


def clear_focus() -> None:
    st.session_state.focus = []
    st.session_state.network_round = st.session_state.get("network_round", 0) + 1


def network_tab(ctx: Context) -> None:
    filters = ctx.filters
    controls, legend, _ = st.columns([2, 1, 1])
    lowest, highest, step, default = SLIDERS["top"]
    with controls:
        top_n = st.slider(
            "Actors shown",
            lowest,
            highest,
            default,
            step=step,
            key="top",
            bind="query-params",
            help="The busiest actors by number of meetings and visits.",
        )
    with legend:
        color_by = st.segmented_control(
            "Colour by", COLOR_BY, default="country", required=True, key="color", bind="query-params"
        )
    # The network is not narrowed by its own node selection; the other tabs are.
    params = ctx.params | {"focus": []}
    nodes = ctx.data.get("dashboard_network_nodes", **params, top_n=top_n)
    if nodes.empty:
        st.info("No meetings or visits match these filters (the network leaves out ceasefires).")
        return
    edges = ctx.data.get("dashboard_network_edges", **params, node_keys=nodes["actor_key"].tolist())
    if filters.ego:
        ego_key = nodes.loc[nodes["actor"] == filters.ego, "actor_key"]
        drawn = edges[edges["source"].isin(ego_key) | edges["target"].isin(ego_key)]
    else:
        drawn = charts.strongest_edges(edges, limit=3 * len(nodes))
    positions = network_positions(
        tuple(nodes["actor_key"]),
        tuple(drawn[["source", "target", "n_meetings"]].itertuples(index=False, name=None)),
    )
    marked = filters.focus + ((filters.ego,) if filters.ego else ())
    figure = charts.network_figure(
        nodes,
        drawn,
        positions,
        color_by=color_by,
        countries=charts.country_order(ctx.state.actors),
        focus=marked,
    )
    st.plotly_chart(
        figure,
        key=network_key(),
        on_select=on_network_pick,
        selection_mode=("points", "box", "lasso"),
        config=PLOTLY_CONFIG,
    )
    lines = (
        f"the meetings of {escape_markdown(filters.ego)}"
        if filters.ego
        else (
            f"the {len(drawn):,} strongest of {count(len(edges), 'pair')}"
            if len(drawn) < len(edges)
            else count(len(edges), "pair")
        )
    )
    st.caption(
        f"{len(nodes):,} of {count(int(nodes['n_actors'].iloc[0]), 'actor')}; lines show {lines}. "
        "Node size: meetings and visits; line width: meetings of the pair, whatever their status "
        "(hover a line for what occurred). Click a node, or box-select several, to narrow the other "
        "tabs to their events."
    )
    if filters.ego:  # the answer to "whom did they meet, when and where" gets the full width
        ego_tables(ctx, params)
    else:
        pairs_table(nodes, edges)
    st.markdown(f"**Meeting matrix** (the {MATRIX_ACTORS} busiest actors)")
    st.plotly_chart(charts.meeting_matrix(nodes, edges, top=MATRIX_ACTORS), config=PLOTLY_CONFIG)


def newest_first(dates: object, precisions: object) -> list[dict]:
    """An ego row's dates with their precision, newest first and the undated last."""
    entries = [
        {"date": as_date(day), "precision": precision}
        for day, precision in zip(as_list(dates), as_list(precisions), strict=True)
    ]
    return sorted(
        entries, key=lambda entry: (entry["date"] is None, -(entry["date"] or dt.date.min).toordinal())
    )


def ego_tables(ctx: Context, params: dict) -> None:
    """Whom the ego met (occurred), then apart what was only planned or called off."""
    ego = ctx.filters.ego
    met = ctx.data.get("dashboard_ego", **params, ego=params["actors"])
    st.markdown(f"**Whom {escape_markdown(ego)} met, when and where**")
    if met.empty:
        st.info("No meetings or visits of this actor match these filters.")
        return
    met = met.assign(
        who=[
            ", ".join([kind_name(kind)] + [v for v in (role, country) if isinstance(v, str) and v])
            for kind, role, country in zip(met["kind"], met["role"], met["country"], strict=True)
        ],
        when=[
            format_dates(newest_first(dates, precisions))
            for dates, precisions in zip(met["dates"], met["precisions"], strict=True)
        ],
        in_person=met["n_events"] - met["n_calls"],
    )
    occurred = met[met["status"] == "occurred"]
    if occurred.empty:
        st.info("None of these meetings is reported as having taken place: see the planned ones below.")
    else:
        st.dataframe(
            occurred,
            hide_index=True,
            column_order=("actor", "who", "n_events", "in_person", "n_calls", "when", "places", "n_reports"),
            column_config={
                "actor": st.column_config.TextColumn("Met", width=170),
                "who": st.column_config.TextColumn("Who", width=150),
                "n_events": st.column_config.NumberColumn("Times", format="%d"),
                "in_person": st.column_config.NumberColumn(
                    "In person", format="%d", help="Meetings in person and visits"
                ),
                "n_calls": st.column_config.NumberColumn("By call", format="%d", help="By phone or video"),
                "when": st.column_config.TextColumn("When", width=170),
                "places": st.column_config.TextColumn("Where", width=110),
                "n_reports": st.column_config.NumberColumn(
                    "Reports", format="%d", help="Articles reporting these meetings, counted per meeting"
                ),
            },
        )
    other = met[met["status"] != "occurred"]
    if not other.empty:
        st.markdown("**Planned or called off** (not reported as having taken place)")
        st.dataframe(
            other,
            hide_index=True,
            column_order=("actor", "status", "who", "n_events", "when", "places", "n_reports"),
            column_config={
                "actor": st.column_config.TextColumn("With", width=170),
                "status": "Status",
                "who": st.column_config.TextColumn("Who", width=150),
                "n_events": st.column_config.NumberColumn("Times", format="%d"),
                "when": st.column_config.TextColumn("When", width=170),
                "places": st.column_config.TextColumn("Where", width=110),
                "n_reports": st.column_config.NumberColumn("Reports", format="%d"),
            },
        )


def pairs_table(nodes: pd.DataFrame, edges: pd.DataFrame) -> None:
    st.markdown("**Most frequent pairs**")
    if edges.empty:
        st.info("None of these actors met another of them.")
        return
    names = dict(zip(nodes["actor_key"], nodes["actor"], strict=True))
    top = edges.head(PAIRS_SHOWN)
    pairs = pd.DataFrame(
        {
            "first": top["source"].map(names),
            "second": top["target"].map(names),
            "meetings": top["n_meetings"],
            "what": [charts.pair_summary(row) for row in top.itertuples(index=False)],
            "reports": top["n_reports"],
            "latest": [charts.recent_dates(recent) for recent in top["recent"]],
        }
    )
    st.dataframe(
        pairs,
        hide_index=True,
        column_config={
            "first": "Between",
            "second": "and",
            "meetings": st.column_config.NumberColumn("Meetings", format="%d", help="Meetings and visits"),
            "what": st.column_config.TextColumn("What happened", help="Called off: cancelled or postponed"),
            "reports": st.column_config.NumberColumn("Reports", format="%d"),
            "latest": st.column_config.TextColumn("Latest", help="The five latest, newest first"),
        },
    )
