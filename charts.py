"""Pure figure builders for the dashboard: a DataFrame and options in, a plotly Figure out.

Nothing here queries the database or reads widgets, so every builder is unit-tested with
small hand-made frames. Colours and symbols are declared once, so an event type looks the
same on every tab. Names and sentences are escaped before they reach a label or a hover
(Plotly reads a subset of HTML in them), and every builder copes with missing dates, places,
countries and kinds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import NamedTuple

import networkx as nx
import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from dashboard_state import kind_name
from dashboard_text import (
    APPROXIMATE,
    as_list,
    count,
    escape_label,
    format_date,
    format_span,
    is_missing,
)

EVENT_COLORS = {"meeting": "#4C78A8", "visit": "#F58518", "ceasefire": "#54A24B"}
KIND_COLORS = {"person": "#4C78A8", "organisation": "#72B7B2", "group": "#E45756", "place": "#B279A2"}
OTHER_COLOR = "#BAB0AC"
NO_COUNTRY = "other / no country"
UNKNOWN_KIND = "unknown kind"
COUNTRY_PALETTE = px.colors.qualitative.Bold + px.colors.qualitative.Vivid[:10]
TYPE_SYMBOLS = {"meeting": "circle", "visit": "diamond", "ceasefire": "square"}
STATUS_SUFFIX = {"occurred": "", "planned": "-open", "cancelled": "-x-open"}
EDGE_WIDTHS = (0.6, 1.5, 3.0, 5.0)  # thin to thick: weight quartiles of the shown edges
EDGE_COLOR = "rgba(90, 100, 120, 0.35)"
FONT = dict(family="Source Sans Pro, sans-serif", size=13)
MAX_SINGLE_STEPS = 6  # the meeting matrix gives each count its own colour up to this many
BUSY_SHARE = 0.9  # a time axis or map leaves out isolated outliers holding at most 1 - this share
PERIOD = {"week": pd.DateOffset(weeks=1), "month": pd.DateOffset(months=1), "year": pd.DateOffset(years=1)}
DAY_MS = 86_400_000
EPOCH = pd.Timestamp("1970-01-01")


def _base_layout(fig: go.Figure, height: int, legend_rows: int = 1, axis_room: int = 30) -> go.Figure:
    """Common look. The legend sits at the foot of the figure, under the axis labels, so that the
    toolbar above the plot hides none of it; `axis_room` is what the x axis labels take."""
    fig.update_layout(
        height=height,
        margin=dict(l=10, r=10, t=30, b=10 + axis_room + 22 * legend_rows),
        font=FONT,
        plot_bgcolor="white",
        legend=dict(orientation="h", yref="container", yanchor="bottom", y=0, x=0, title_text=""),
        hoverlabel=dict(align="left"),
    )
    return fig


def _wrap(text: object, width: int = 70) -> str:
    """Break a long sentence into <br>-separated lines for a hover box, escaped."""
    words, lines, line = ("" if is_missing(text) else str(text)).split(), [], ""
    for word in words:
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "<br>".join(escape_label(part) for part in lines)


def symbol(event_type: str, status: str) -> str:
    """The marker of an event: shape by type, filled if it occurred, hollow if planned."""
    return TYPE_SYMBOLS.get(event_type, "circle") + STATUS_SUFFIX.get(status, "")


def empty_figure(message: str, height: int = 300) -> go.Figure:
    """A blank figure that says why it is blank."""
    fig = go.Figure()
    fig.add_annotation(text=escape_label(message), showarrow=False, font=dict(size=15, color="#666"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _base_layout(fig, height, legend_rows=0, axis_room=0)


def _legend_rows(names: Sequence[str], width: int = 900) -> int:
    """How many rows a horizontal legend of these entries takes (about 40 px plus the text)."""
    rows, used = 1, 0.0
    for name in names:
        entry = 40 + 6.5 * len(name)
        if used and used + entry > width:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


# --- Where most of the data is ---------------------------------------------------------------


class BusyRange(NamedTuple):
    """The least span holding most of the weight, and the weight left outside it on each side."""

    low: float
    high: float
    before: int
    after: int


def busy_range(
    values: Sequence[float], weights: Sequence[int], share: float = BUSY_SHARE
) -> BusyRange | None:
    """The range without its isolated outliers: points at either end lying further from the rest
    than half the rest's width are left out, one at a time, while at most 1 - `share` of the
    weight goes; None when none is (a few far-off points would otherwise squash the rest)."""
    xs, at = np.unique(np.asarray(values, dtype=float), return_inverse=True)
    ws = np.bincount(at.ravel(), weights=np.asarray(weights, dtype=float), minlength=len(xs))
    low, high, left = 0, len(xs) - 1, (1 - share) * ws.sum()
    while low < high:
        low_gap, high_gap = xs[low + 1] - xs[low], xs[high] - xs[high - 1]
        if low_gap >= high_gap and low_gap > 0.5 * (xs[high] - xs[low + 1]) and ws[low] <= left:
            left -= ws[low]
            low += 1
        elif high_gap > low_gap and high_gap > 0.5 * (xs[high - 1] - xs[low]) and ws[high] <= left:
            left -= ws[high]
            high -= 1
        else:
            break
    if low == 0 and high == len(xs) - 1:
        return None
    return BusyRange(float(xs[low]), float(xs[high]), int(ws[:low].sum()), int(ws[high + 1 :].sum()))


def busy_dates(dates: Sequence, weights: Sequence[int]) -> tuple[pd.Timestamp, pd.Timestamp, int, int] | None:
    """busy_range on dates: (first, last, events before, events after), or None."""
    seconds = (pd.to_datetime(pd.Series(list(dates))) - EPOCH) / pd.Timedelta(seconds=1)
    found = busy_range(seconds.to_numpy(), weights)
    if found is None:
        return None
    return (
        EPOCH + pd.Timedelta(seconds=found.low),
        EPOCH + pd.Timedelta(seconds=found.high),
        found.before,
        found.after,
    )


def _date_axis(fig: go.Figure, first: pd.Timestamp, last: pd.Timestamp) -> None:
    """A date x axis from `first` to `last` with some room either side; days, not hours, as the
    finest ticks, and at least a week shown around a single day."""
    span = last - first
    pad = max(span * 0.04, pd.Timedelta(days=3))
    fig.update_xaxes(type="date", range=[first - pad, last + pad], title=None, gridcolor="#eee")
    if span + 2 * pad <= pd.Timedelta(days=62):
        step = 1 if span + 2 * pad <= pd.Timedelta(days=16) else 7
        fig.update_xaxes(dtick=step * DAY_MS, tickformat="%-d %b %Y")


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
            local = nx.spring_layout(sub, k=2.2 / side, weight="weight", seed=seed, iterations=100)
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
    follow `countries` (the whole database's ranking); countries past the palette, and actors
    with none, are 'other / no country'; kinds the dashboard does not know are 'unknown kind'."""
    if color_by == "kind":
        groups = nodes["kind"].map(kind_name)
        groups = groups.where(groups.isin(KIND_COLORS), UNKNOWN_KIND)
        return groups, {**KIND_COLORS, UNKNOWN_KIND: OTHER_COLOR}
    palette = dict(zip(countries[: len(COUNTRY_PALETTE)], COUNTRY_PALETTE, strict=False))
    present = nodes["country"].where(nodes["country"].isin(palette))
    groups = present.fillna(NO_COUNTRY)
    shown = list(groups[groups != NO_COUNTRY].value_counts().index)
    colors = {country: palette[country] for country in shown}
    colors[NO_COUNTRY] = OTHER_COLOR
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


def _breakdown(n_met: int, n_calls: int, n_planned: int, n_cancelled: int) -> str:
    """'3 met (1 by call) · 1 planned · 1 called off'."""
    parts = []
    if n_met:
        parts.append(f"{n_met:,} met" + (f" ({n_calls:,} by call)" if n_calls else ""))
    if n_planned:
        parts.append(f"{n_planned:,} planned")
    if n_cancelled:
        parts.append(f"{n_cancelled:,} called off")
    return " · ".join(parts)


def pair_summary(row) -> str:
    """What one pair's meetings were, for a hover or a table: met, planned and called off."""
    return _breakdown(row.n_met, row.n_calls, row.n_planned, row.n_cancelled)


def recent_dates(recent: object) -> str:
    """The latest dates of a pair at their precision, with what did not occur marked."""
    entries = []
    for entry in as_list(recent):
        status = entry.get("status")
        entries.append(
            format_date(
                entry.get("date"), entry.get("precision"), "" if status in (None, "occurred") else status
            )
        )
    return ", ".join(entries)


def _edge_traces(edges: pd.DataFrame, xy: dict, covered=None) -> list[go.Scatter]:
    """Edges as line traces binned by weight (a trace has one width), plus hover midpoints; a
    midpoint that `covered(x, y)` says lies on a node is left out, so that a click on the node
    picks the node, not the edge of two others that happens to cross it."""
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
    if covered is not None:
        free = [not covered(x, y) for x, y in zip(mid_x, mid_y, strict=True)]
        shown = shown[free]
        mid_x = [x for x, keep in zip(mid_x, free, strict=True) if keep]
        mid_y = [y for y, keep in zip(mid_y, free, strict=True) if keep]
    texts = []
    for row in shown.itertuples(index=False):
        latest = recent_dates(row.recent)
        texts.append(
            f"<b>{escape_label(row.source_name)} — {escape_label(row.target_name)}</b>"
            f"<br>{count(row.n_meetings, 'meeting or visit', 'meetings and visits')}: {pair_summary(row)}"
            f"<br>{format_span(row.first_date, row.last_date)}"
            + (
                f", {count(row.n_undated, 'undated')}"
                if row.n_undated and not pd.isna(row.first_date)
                else ""
            )
            + (f"<br>latest: {latest}" if latest else "")
            + f"<br>{count(row.n_reports, 'report')}"
        )
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
NETWORK_WIDTH = 900  # px: the least width the network is drawn at; labels placed for it fit wider
LABEL_ROOM = 110  # px kept free beside the outermost nodes, so their labels stay in the plot
LABEL_ROOM_Y = 40  # px kept free above and below them


class LabelPlan(NamedTuple):
    """Each node's label ('' for none) and its side, and the axis ranges that keep labels inside."""

    labels: list[str]
    spots: list[str]
    x_range: tuple[float, float]
    y_range: tuple[float, float]


def _node_radii(frame: pd.DataFrame) -> np.ndarray:
    biggest = max(float(frame["n_meetings"].max()), 1.0)
    return np.maximum(5.0, 42 * np.sqrt(frame["n_meetings"].to_numpy() / biggest))


def place_labels(
    frame: pd.DataFrame, n_labels: int, focus: Sequence[str], height: int, width: int = NETWORK_WIDTH
) -> LabelPlan:
    """Labels for the busiest nodes (and focused ones), each put on the first side of its node
    where it overlaps no label placed before, stays inside the plot and, where it can, hides no
    other node; a label that fits nowhere is left out. Returns the axis ranges the plan assumes."""
    span_x = float(np.ptp(frame["x"])) or 1.0
    span_y = float(np.ptp(frame["y"])) or 1.0
    inner_w = width - 2 * LABEL_ROOM
    inner_h = max(height - 130 - 2 * LABEL_ROOM_Y, 100)  # less the legend and margins
    px_x, px_y = inner_w / span_x, inner_h / span_y
    low_x, low_y = float(frame["x"].min()), float(frame["y"].min())
    radii = _node_radii(frame) / 2
    centres = np.column_stack(
        [(frame["x"].to_numpy() - low_x) * px_x, (frame["y"].to_numpy() - low_y) * px_y]
    )
    if np.ptp(frame["x"]) == 0:
        centres[:, 0] = inner_w / 2
    if np.ptp(frame["y"]) == 0:
        centres[:, 1] = inner_h / 2
    bounds = (-LABEL_ROOM, inner_w + LABEL_ROOM, -LABEL_ROOM_Y, inner_h + LABEL_ROOM_Y)
    wanted = set(frame.nlargest(n_labels, "n_meetings").index) | set(frame.index[frame["actor"].isin(focus)])
    labels = [""] * len(frame)
    spots = ["top center"] * len(frame)
    boxes: list[tuple[float, float, float, float]] = []
    for position in frame.sort_values("n_meetings", ascending=False, kind="stable").index:
        if position not in wanted:
            continue
        index = frame.index.get_loc(position)
        name = str(frame.at[position, "actor"])
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
            if bounds[0] <= box[0] and box[1] <= bounds[1] and bounds[2] <= box[2] and box[3] <= bounds[3]
            and all(box[1] < b[0] or box[0] > b[1] or box[3] < b[2] or box[2] > b[3] for b in boxes)
        }  # fmt: skip
        # Best a side that hides no other node; else any side clear of labels.
        clear = [
            spot for spot, box in free.items() if not _covers_a_node(box, centres[others], radii[others])
        ]
        spot = (clear or list(free) or [None])[0]
        if spot is not None:
            boxes.append(free[spot])
            labels[index], spots[index] = name, spot
    x_pad, y_pad = LABEL_ROOM / px_x, LABEL_ROOM_Y / px_y
    mid_x = float(frame["x"].mean()) if np.ptp(frame["x"]) == 0 else None
    mid_y = float(frame["y"].mean()) if np.ptp(frame["y"]) == 0 else None
    x_range = (
        (mid_x - span_x / 2 - x_pad, mid_x + span_x / 2 + x_pad)
        if mid_x is not None
        else (low_x - x_pad, low_x + span_x + x_pad)
    )
    y_range = (
        (mid_y - span_y / 2 - y_pad, mid_y + span_y / 2 + y_pad)
        if mid_y is not None
        else (low_y - y_pad, low_y + span_y + y_pad)
    )
    return LabelPlan(labels, spots, x_range, y_range)


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
    `edges` has source, target (actor keys), n_meetings, n_met, n_calls, n_planned, n_cancelled,
    n_undated, n_reports, first_date, last_date, recent (see dashboard_network_edges.sql).
    `countries` ranks countries for stable colours (default: as frequent among these nodes).
    Only the `n_labels` busiest nodes get a label, and only where it overlaps no other label.
    Each node's customdata starts with [actor, "node"]: what a click on it reports.
    """
    if nodes.empty:
        return empty_figure("No meetings match these filters.", height)
    frame = nodes.merge(positions, on="actor_key", how="inner")
    frame["group"], colors = _node_colors(
        frame, color_by, countries or country_order(frame.assign(n_events=1))
    )
    plan = place_labels(frame, n_labels, focus, height)
    frame["label"] = [escape_label(label) for label in plan.labels]
    frame["label_position"] = plan.spots
    frame["node"] = "node"
    frame["name"] = [escape_label(name) for name in frame["actor"]]
    frame["details"] = [
        escape_label(
            ", ".join(part for part in (role, country) if isinstance(part, str) and part) or kind_name(kind)
        )
        for role, country, kind in zip(frame["role"], frame["country"], frame["kind"], strict=True)
    ]
    frame["count"] = [count(int(n), "meeting or visit", "meetings and visits") for n in frame["n_meetings"]]
    frame["span"] = [format_span(a, b) for a, b in zip(frame["first_date"], frame["last_date"], strict=True)]
    # graph_objects, not Express: each node needs its own label side and outline.
    frame["size"] = _node_radii(frame)
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
                name=escape_label(group),
                text=part["label"],
                textposition=part["label_position"].tolist(),
                textfont=dict(size=11, color="#222", shadow="auto"),
                marker=dict(
                    size=part["size"],
                    color=color,
                    opacity=0.9,
                    line=dict(width=part["outline"], color=part["outline_color"]),
                ),
                customdata=part[["actor", "node", "name", "details", "count", "span"]].to_numpy(),
                hovertemplate="<b>%{customdata[2]}</b><br>%{customdata[3]}"
                "<br>%{customdata[4]}<br>%{customdata[5]}<extra></extra>",
            )
        )
    xy = {a: (x, y) for a, x, y in frame[["actor_key", "x", "y"]].itertuples(index=False)}
    names = dict(zip(frame["actor_key"], frame["actor"], strict=True))
    edge_frame = edges.assign(source_name=edges["source"].map(names), target_name=edges["target"].map(names))
    # Edges go first so that nodes are drawn, hovered and selected on top of them.
    fig = go.Figure(data=_edge_traces(edge_frame, xy, _node_cover(frame, plan, height)) + node_traces)
    fig.update_layout(
        dragmode="pan",
        clickmode="event+select",
        xaxis=dict(visible=False, range=list(plan.x_range)),
        yaxis=dict(visible=False, range=list(plan.y_range)),
        legend=dict(itemsizing="constant"),
    )
    return _base_layout(fig, height, _legend_rows([str(name) for name in colors]), axis_room=0)


def _node_cover(frame: pd.DataFrame, plan, height: int):
    """Whether a point lies on a drawn node: the node's disc in axis units, from its marker size
    in pixels and the figure's height (the width is at least as large, so the disc is a
    generous one across)."""
    x_span = plan.x_range[1] - plan.x_range[0]
    y_span = plan.y_range[1] - plan.y_range[0]
    centres = frame[["x", "y"]].to_numpy(dtype=float)
    radii = frame["size"].to_numpy(dtype=float) / 2 / max(height, 1)

    def covered(x: float, y: float) -> bool:
        dx = (centres[:, 0] - x) / x_span
        dy = (centres[:, 1] - y) / y_span
        return bool(np.any(np.hypot(dx, dy) < radii))

    return covered


def meeting_steps(highest: int) -> list[tuple[int, int]]:
    """Colour steps of whole meetings: one per count up to 6, else 1, 2, 3–4, 5–9, 10–19, 20–49, …"""
    if highest <= MAX_SINGLE_STEPS:
        return [(n, n) for n in range(1, max(highest, 1) + 1)]
    starts, scale = [1, 2, 3, 5], 10
    while starts[-1] <= highest:
        starts += [scale, 2 * scale, 5 * scale]
        scale *= 10
    starts = [start for start in starts if start <= highest]
    ends = [start - 1 for start in starts[1:]] + [highest]
    return list(zip(starts, ends, strict=True))


def meeting_matrix(nodes: pd.DataFrame, edges: pd.DataFrame, top: int = 25) -> go.Figure:
    """Meetings and visits between the `top` busiest actors: every row and column labelled, one
    colour per step of whole meetings, the count written in each cell, blank for never."""
    if nodes.empty or edges.empty:
        return empty_figure("No meetings between these actors.")
    chosen = nodes.nlargest(top, "n_meetings")
    order = list(chosen["actor_key"])
    labels = [escape_label(name) for name in chosen["actor"]]
    index = {a: i for i, a in enumerate(order)}
    counts = np.zeros((len(order), len(order)), dtype=int)
    for source, target, n in edges[["source", "target", "n_meetings"]].itertuples(index=False):
        if source in index and target in index:
            counts[index[source], index[target]] = n
            counts[index[target], index[source]] = n
    if not counts.any():
        return empty_figure("No meetings between these actors.")
    steps = meeting_steps(int(counts.max()))
    step_of = np.full(counts.shape, np.nan)
    for number, (low, high) in enumerate(steps):
        step_of[(counts >= low) & (counts <= high)] = number
    # From a blue that still reads as "met" against the white of "never" to the darkest.
    palette = px.colors.sample_colorscale(
        "Blues", [0.3 + 0.7 * i / max(len(steps) - 1, 1) for i in range(len(steps))]
    )
    scale = []
    for i, colour in enumerate(palette):
        scale += [(i / len(steps), colour), ((i + 1) / len(steps), colour)]
    names = np.array(labels, dtype=object)
    fig = go.Figure(
        go.Heatmap(
            z=step_of,
            x=list(range(len(order))),
            y=list(range(len(order))),
            zmin=-0.5,
            zmax=len(steps) - 0.5,
            colorscale=scale,
            xgap=1,
            ygap=1,
            text=np.where(counts > 0, counts.astype(str), ""),
            texttemplate="%{text}",
            textfont=dict(size=10),
            customdata=np.dstack(
                [np.broadcast_to(names[:, None], counts.shape), np.broadcast_to(names[None, :], counts.shape)]
            ),
            hovertemplate="<b>%{customdata[0]}</b> and <b>%{customdata[1]}</b>: %{text}<extra></extra>",
            hoverongaps=False,
            colorbar=dict(
                title=dict(text="meetings", side="top"),
                tickvals=list(range(len(steps))),
                ticktext=[str(low) if low == high else f"{low}–{high}" for low, high in steps],
                thickness=14,
                len=min(1.0, 0.1 + 0.08 * len(steps)),
                yanchor="top",
                y=1.0,
            ),
        )
    )
    longest = max(len(name) for name in chosen["actor"])
    fig.update_xaxes(
        tickmode="array",
        tickvals=list(range(len(order))),
        ticktext=labels,
        tickangle=-45,
        showgrid=False,
        zeroline=False,
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(order))),
        ticktext=labels,
        autorange="reversed",
        showgrid=False,
        zeroline=False,
    )
    fig.update_layout(yaxis_scaleanchor="x", xaxis_constrain="domain", yaxis_constrain="domain")
    fig = _base_layout(fig, 60 + 22 * len(order) + 5 * min(longest, 40), legend_rows=0)
    fig.update_layout(margin=dict(b=10, l=10, t=20, r=10))
    return fig


# --- When ------------------------------------------------------------------------------------


def timeline_bucket(n_events: int, first: object, last: object) -> str:
    """Day buckets while the points stay few, else weeks, else months."""
    if n_events <= 3000 or is_missing(first) or is_missing(last):
        return "day"
    span = (pd.Timestamp(last) - pd.Timestamp(first)).days
    if span <= 120:
        return "day"
    return "week" if span <= 3 * 365 else "month"


def _legend_key(event_type: str, status: str) -> str:
    return event_type if status == "occurred" else f"{event_type} ({status})"


def period_end(start: object, precision: str) -> pd.Timestamp:
    """The end of the week, month or year a date of that precision stands for."""
    return pd.Timestamp(start) + PERIOD.get(precision, pd.Timedelta(days=1))


def _when(day: object, precision: str, bucket: str) -> str:
    if precision in APPROXIMATE or bucket == "day":
        return format_date(day, precision)
    return f"{bucket} of {format_date(day)}"


def timeline_figure(rows: pd.DataFrame, bucket: str = "day", height_per_lane: int = 30) -> go.Figure:
    """Events over time, one lane per actor: colour and shape by type, hollow when planned,
    crossed when called off. An event known only to its week, month or year is drawn at the middle
    of that period with a bar across it. The axis shows where most events are (busy_dates).

    `rows` has actor, bucket, date_precision, event_type, status, n_events, evidence, lane_events.
    """
    if rows.empty:
        return empty_figure("No dated events match these filters.")
    frame = rows.copy()
    frame["date_precision"] = frame["date_precision"].fillna("day")
    frame["lane"] = [escape_label(name) for name in frame["actor"]]
    frame["legend"] = [_legend_key(t, s) for t, s in zip(frame["event_type"], frame["status"], strict=True)]
    keys = {_legend_key(t, s): (t, s) for t in EVENT_COLORS for s in STATUS_SUFFIX}
    present = [k for k in keys if k in set(frame["legend"])]
    lanes = list(dict.fromkeys(frame.sort_values("lane_events", ascending=False, kind="stable")["lane"]))
    starts = pd.to_datetime(frame["bucket"])
    approximate = frame["date_precision"].isin(APPROXIMATE)
    ends = pd.Series(
        [
            period_end(s, p) if a else s
            for s, p, a in zip(starts, frame["date_precision"], approximate, strict=True)
        ],
        index=frame.index,
    )
    frame["x"] = starts + (ends - starts) / 2
    frame["when"] = [
        _when(d, p, bucket) for d, p in zip(frame["bucket"], frame["date_precision"], strict=True)
    ]
    frame["example"] = [
        _wrap(text) if n == 1 else f"{n:,} events, e.g. {_wrap(text)}"
        for text, n in zip(frame["evidence"], frame["n_events"], strict=True)
    ]
    fig = px.scatter(
        frame,
        x="x",
        y="lane",
        color="legend",
        symbol="legend",
        size=np.sqrt(frame["n_events"].to_numpy()),
        size_max=16 if frame["n_events"].max() > 1 else 9,
        color_discrete_map={k: EVENT_COLORS[t] for k, (t, _) in keys.items()},
        symbol_map={k: symbol(t, s) for k, (t, s) in keys.items()},
        category_orders={"legend": present, "lane": lanes},
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
    spans = frame[approximate]
    for number, (event_type, part) in enumerate(spans.groupby("event_type", sort=False)):
        xs, ys = [], []
        for start, end, lane in zip(starts[part.index], ends[part.index], part["lane"], strict=True):
            xs += [start, end, None]
            ys += [lane, lane, None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line=dict(width=7, color=EVENT_COLORS.get(event_type, OTHER_COLOR)),
                opacity=0.3,
                hoverinfo="skip",
                name="bar: date known to the week, month or year",
                legendgroup="spans",
                showlegend=number == 0,
            )
        )
    fig.update_yaxes(title=None, showgrid=True, gridcolor="#f3f3f3")
    weights = frame["n_events"].to_numpy()
    busy = busy_dates(frame["x"], weights)
    first, last = (busy[0], busy[1]) if busy else (starts.min(), ends.max())
    _date_axis(fig, first, last)
    legend = [trace.name for trace in fig.data]
    return _base_layout(fig, 120 + height_per_lane * len(lanes), _legend_rows(legend))


def outside_note(
    dates: Sequence, weights: Sequence[int], noun: str = "event", nouns: str | None = None
) -> str:
    """What a zoomed time axis leaves out: '2 events before 1 Mar 2024 and 1 after 9 Nov 2025 are
    outside the view (double-click the chart to see all).' or ''."""
    busy = busy_dates(dates, weights)
    if busy is None:
        return ""
    first, last, before, after = busy
    parts = []
    if before:
        parts.append(f"{count(before, noun, nouns)} before {format_date(first)}")
    if after:
        parts.append(f"{count(after, noun, nouns) if not before else f'{after:,}'} after {format_date(last)}")
    verb = "is" if before + after == 1 else "are"
    return f"{' and '.join(parts)} {verb} outside the view (double-click the chart to see all)."


def ceasefire_deals(rows: pd.DataFrame, gap_days: int = 60) -> pd.Series:
    """Which deal each milestone belongs to, numbered per conflict from 1: a new deal starts after
    `gap_days` without a milestone, or when the phase count starts again lower."""
    deals = pd.Series(0, index=rows.index, dtype=int)
    for _, part in rows.sort_values("first_date", kind="stable").groupby("conflict", sort=False):
        deal, last_day, last_phase = 1, None, None
        for index, day, phase in zip(
            part.index, pd.to_datetime(part["first_date"]), part["phase"], strict=True
        ):
            phase = None if is_missing(phase) else int(phase)
            if last_day is not None and (
                (day - last_day).days > gap_days
                or (phase is not None and last_phase is not None and phase < last_phase)
            ):
                deal, last_phase = deal + 1, None
            deals[index] = deal
            last_day = day
            last_phase = phase if phase is not None else last_phase
    return deals


def ceasefire_phases(rows: pd.DataFrame) -> pd.DataFrame:
    """Phase spans per conflict and deal: a phase runs from its first milestone to the first of
    the next phase of the same deal (or its own last milestone, at least a day); a band never
    joins two deals."""
    frame = rows.assign(deal=ceasefire_deals(rows), first_date=pd.to_datetime(rows["first_date"]))
    phased = frame.dropna(subset=["phase"])
    if phased.empty:
        return pd.DataFrame(columns=["conflict", "deal", "phase", "start", "end"])
    spans = (
        phased.groupby(["conflict", "deal", "phase"])["first_date"]
        .agg(start="min", last="max")
        .reset_index()
        .sort_values(["conflict", "deal", "phase"])
    )
    next_start = spans.groupby(["conflict", "deal"])["start"].shift(-1)
    end = next_start.fillna(spans["last"])
    spans["end"] = end.where(end > spans["start"], spans["start"] + pd.Timedelta(days=1))
    spans["phase"] = spans["phase"].astype(int)
    return spans[["conflict", "deal", "phase", "start", "end"]].reset_index(drop=True)


LABEL_SHIFTS = (16, -16, 30, -30)  # px above (+) and below (-) a conflict's line, nearest first
CEASEFIRE_WIDTH = 1000  # px: the least width the chart is drawn at; labels placed for it fit wider


def place_milestone_labels(
    frame: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp, width: int = CEASEFIRE_WIDTH
) -> list[int | None]:
    """For each milestone (in frame order, by date), the vertical shift of its label, or None where
    every slot near it is taken: labels on one conflict's line never overlap."""
    seconds = max((last - first).total_seconds(), 1.0)
    px_per_second = 0.9 * width / seconds
    taken: dict[tuple[str, int], list[tuple[float, float]]] = {}
    shifts: list[int | None] = []
    for conflict, day, label in zip(frame["conflict"], frame["first_date"], frame["label"], strict=True):
        if not label:
            shifts.append(None)
            continue
        centre = (pd.Timestamp(day) - first).total_seconds() * px_per_second
        half = 2.9 * len(label) + 4
        box = (centre - half, centre + half)
        chosen = None
        for shift in LABEL_SHIFTS:
            boxes = taken.setdefault((conflict, shift), [])
            if all(box[1] < other[0] or box[0] > other[1] for other in boxes):
                boxes.append(box)
                chosen = shift
                break
        shifts.append(chosen)
    return shifts


def ceasefire_figure(rows: pd.DataFrame) -> go.Figure:
    """Each conflict's ceasefires on a time axis: phases as bands (per deal), milestones as
    markers labelled where their label has room (the rest show on hover).

    `rows` has conflict, phase, milestone, status, bucket, first_date, date_precision, n_events,
    evidence. The axis shows where most milestones are (busy_dates).
    """
    if rows.empty:
        return empty_figure("No ceasefire milestones match these filters.")
    frame = rows.sort_values("first_date", kind="stable").copy()
    frame["first_date"] = pd.to_datetime(frame["first_date"])
    frame["conflict"] = [escape_label(name) for name in frame["conflict"]]
    frame["milestone"] = [escape_label(str(name).replace("_", " ")) for name in frame["milestone"]]
    frame["deal"] = ceasefire_deals(frame)
    conflicts = list(
        frame.groupby("conflict")["n_events"].sum().sort_values(ascending=False, kind="stable").index
    )
    fig = go.Figure()
    phases = ceasefire_phases(frame)
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
            custom_data=["deal"],
        )
        bands.update_traces(
            hovertemplate="<b>%{y}</b> %{fullData.name} (deal %{customdata[0]})"
            "<br>%{base|%-d %b %Y} – %{x|%-d %b %Y}<extra></extra>",
            width=0.5,
        )
        fig.add_traces(bands.data)
    # The first milestone of each kind in a deal gets a label where it has room.
    frame["label"] = np.where(~frame.duplicated(["conflict", "deal", "milestone"]), frame["milestone"], "")
    busy = busy_dates(frame["first_date"], frame["n_events"].to_numpy())
    first, last = (busy[0], busy[1]) if busy else (frame["first_date"].min(), frame["first_date"].max())
    shifts = place_milestone_labels(frame, first, last)
    frame["hover"] = [
        f"<b>{c}</b>: {m} ({s})<br>{format_date(d, p)}"
        + (f" · {n:,} events" if n > 1 else "")
        + f"<br>{_wrap(e)}"
        for c, m, s, d, p, n, e in zip(
            frame["conflict"],
            frame["milestone"],
            frame["status"],
            frame["first_date"],
            frame["date_precision"],
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
                mode="markers",
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
    for day, conflict, label, shift in zip(
        frame["first_date"], frame["conflict"], frame["label"], shifts, strict=True
    ):
        if shift is not None:
            fig.add_annotation(
                x=day, y=conflict, text=label, showarrow=False, yshift=shift, font=dict(size=10, color="#333")
            )
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=conflicts[::-1],
        title=None,
        gridcolor="#f3f3f3",
    )
    _date_axis(fig, first, last)
    fig.update_layout(barmode="overlay")
    legend = [trace.name for trace in fig.data]
    return _base_layout(fig, 120 + 95 * len(conflicts), _legend_rows(legend))


# --- Where -----------------------------------------------------------------------------------


def busy_area(located: pd.DataFrame) -> tuple[tuple[float, float], tuple[float, float], int] | None:
    """Longitudes and latitudes holding most events (busy_range on each), and how many events lie
    outside them; None when the events spread evenly enough to show the whole world's part."""
    weights = located["n_events"].to_numpy()
    lon = busy_range(located["lon"].to_numpy(), weights)
    lat = busy_range(located["lat"].to_numpy(), weights)
    if lon is None and lat is None:
        return None
    lon_range = (lon.low, lon.high) if lon else (float(located["lon"].min()), float(located["lon"].max()))
    lat_range = (lat.low, lat.high) if lat else (float(located["lat"].min()), float(located["lat"].max()))
    inside = located["lon"].between(*lon_range) & located["lat"].between(*lat_range)
    return lon_range, lat_range, int(located.loc[~inside, "n_events"].sum())


def places_map(located: pd.DataFrame, height: int = 560) -> go.Figure:
    """Where events happened: one bubble per place and event type, sized by count, zoomed to
    where most of them are (busy_area; double-click shows the world).

    Drawn on plain longitude/latitude axes over a backdrop of world cities, so the map needs
    no tiles or shapes from the internet.
    """
    from dashboard_places import world_backdrop

    if located.empty:
        return empty_figure("None of these events has a place we can map.", height)
    frame = located.copy()
    frame["place"] = [escape_label(name) for name in frame["location"]]
    frame["span"] = [format_span(a, b) for a, b in zip(frame["first_date"], frame["last_date"], strict=True)]
    frame["count"] = [
        count(int(n), f"{t} event") for n, t in zip(frame["n_events"], frame["event_type"], strict=True)
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
        custom_data=["place", "count", "span", "precision"],
    )
    fig.update_traces(
        marker=dict(line=dict(width=0.8, color="white"), opacity=0.8, sizemin=4),
        hovertemplate="<b>%{customdata[0]}</b> (%{customdata[3]})<br>%{customdata[1]}"
        "<br>%{customdata[2]}<extra></extra>",
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
    lon_range, lat_range = (-170.0, 180.0), (-58.0, 78.0)
    area = busy_area(frame)
    if area is not None:
        (west, east), (south, north), _ = area
        pad = max(east - west, (north - south) * 1.6, 12.0) * 0.15
        lon_range = (max(-180.0, west - pad), min(180.0, east + pad))
        lat_range = (max(-70.0, south - pad), min(85.0, north + pad))
    fig.update_xaxes(range=list(lon_range), visible=False, constrain="domain")
    fig.update_yaxes(
        range=list(lat_range), visible=False, scaleanchor="x", scaleratio=1.25, constrain="domain"
    )
    return _base_layout(fig, height, axis_room=0)
