"""The Timeline, Ceasefires and Map tabs: when and where the filtered events happened, with what a
chart cannot place (no date, no known place) or leaves outside its view said in words.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

import charts
from dashboard_data import Context
from dashboard_places import locate_places
from dashboard_state import SLIDERS
from dashboard_text import count, escape_markdown, format_date, format_span, is_missing

PLOTLY_CONFIG = {"displaylogo": False, "scrollZoom": True}


def undated_note(n_undated: int, noun: str = "event") -> str:
    if not n_undated:
        return ""
    verb = "has" if n_undated == 1 else "have"
    return f" {count(n_undated, f'matching {noun}')} {verb} no date and cannot be drawn here."


def timeline_tab(ctx: Context) -> None:
    control, _ = st.columns([1, 2])
    lowest, highest, step, default = SLIDERS["lanes"]
    lanes = control.slider(
        "Lanes",
        lowest,
        highest,
        default,
        step=step,
        key="lanes",
        bind="query-params",
        help="One lane per actor, busiest first.",
    )
    summary = ctx.summary
    bucket = charts.timeline_bucket(summary.n_events, summary.first_date, summary.last_date)
    ego = ctx.filters.ego
    rows = ctx.data.get(
        "dashboard_timeline",
        **ctx.params,
        bucket=bucket,
        lanes=lanes,
        exclude=ctx.params["actors"] if ego else [],
    )
    st.plotly_chart(charts.timeline_figure(rows, bucket), config=PLOTLY_CONFIG)
    outside = (
        charts.outside_note(rows["bucket"], rows["n_events"], "event on these lanes", "events on these lanes")
        if not rows.empty
        else ""
    )
    st.caption(
        "Circle: meeting, diamond: visit, square: ceasefire. Filled: occurred, hollow: planned, "
        f"crossed: called off. Bigger markers stand for more events in the same {bucket}. A bar "
        "spans the week, month or year an event is dated to when the text gives no day."
        + (f" {escape_markdown(ego)} has no lane of their own: each lane is someone they met." if ego else "")
        + undated_note(int(summary.n_undated))
        + (f" {outside}" if outside else "")
    )


def ceasefires_tab(ctx: Context) -> None:
    summary = ctx.summary
    bucket = charts.timeline_bucket(summary.n_ceasefire, summary.first_date, summary.last_date)
    rows = ctx.data.get("dashboard_ceasefires", **ctx.params, bucket=bucket)
    if rows.empty:
        st.info(
            "No dated ceasefire milestones match these filters."
            + undated_note(int(summary.n_undated_ceasefire), "ceasefire milestone")
        )
        return
    st.plotly_chart(charts.ceasefire_figure(rows), config=PLOTLY_CONFIG)
    outside = charts.outside_note(rows["first_date"], rows["n_events"], "milestone")
    st.caption(
        "Bands: the phases of each deal, from a phase's first milestone to the next phase's. "
        "Markers: milestones, labelled where there is room (hover for the rest)."
        + undated_note(int(summary.n_undated_ceasefire), "ceasefire milestone")
        + (f" {outside}" if outside else "")
    )
    listing = rows.sort_values("first_date", kind="stable")
    st.dataframe(
        pd.DataFrame(
            {
                "when": [
                    format_date(d, p)
                    for d, p in zip(listing["first_date"], listing["date_precision"], strict=True)
                ],
                "conflict": listing["conflict"],
                "phase": ["" if is_missing(phase) else str(int(phase)) for phase in listing["phase"]],
                "milestone": listing["milestone"].str.replace("_", " "),
                "status": listing["status"],
                "events": listing["n_events"],
                "evidence": listing["evidence"],
            }
        ),
        hide_index=True,
        column_config={
            "events": st.column_config.NumberColumn(format="%d"),
            "evidence": st.column_config.TextColumn("evidence (the first)", width="large"),
        },
    )


def map_tab(ctx: Context) -> None:
    rows = ctx.data.get("dashboard_places", **ctx.params)
    places = rows.dropna(subset=["location"])
    no_place = int(rows.loc[rows["location"].isna(), "n_events"].sum())
    unnamed = (
        f" {count(no_place, 'matching event')} {'names' if no_place == 1 else 'name'} no place."
        if no_place
        else ""
    )
    if places.empty:
        st.info("None of these events names a place.")
        return
    located, unplaced = locate_places(places)
    st.plotly_chart(charts.places_map(located), config=PLOTLY_CONFIG)
    area = charts.busy_area(located) if not located.empty else None
    outside = (
        f" {count(area[2], 'event')} {'lies' if area[2] == 1 else 'lie'} outside the view "
        "(double-click the map to see the world)."
        if area and area[2]
        else ""
    )
    st.caption(
        "Bubble size: events at that place. Countries are placed at their capital." + outside + unnamed
    )
    if not unplaced.empty:
        st.markdown("**Places that could not be put on the map**")
        grouped = (
            unplaced.groupby("location", as_index=False)
            .agg(events=("n_events", "sum"), first=("first_date", "min"), last=("last_date", "max"))
            .sort_values(["events", "location"], ascending=[False, True], kind="stable")
        )
        st.dataframe(
            pd.DataFrame(
                {
                    "place": grouped["location"],
                    "events": grouped["events"],
                    "when": [
                        format_span(a, b) for a, b in zip(grouped["first"], grouped["last"], strict=True)
                    ],
                }
            ),
            hide_index=True,
            column_config={"events": st.column_config.NumberColumn(format="%d")},
        )
