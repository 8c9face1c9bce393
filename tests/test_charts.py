"""Figure builders in charts.py, on small hand-made frames: traces, sizes, symbols, labels, and
what they do with missing dates, places, countries and kinds, and with names holding markup."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import pytest

import charts
from dashboard_places import locate_places, place_point
from dashboard_state import picked_nodes

D = dt.date


def nodes_frame(counts: dict[str, int], countries: dict[str, str] | None = None) -> pd.DataFrame:
    countries = countries or {}
    return pd.DataFrame(
        {
            "actor_key": [f"id-{name}" for name in counts],
            "actor": list(counts),
            "kind": ["person"] * len(counts),
            "role": ["Minister"] * len(counts),
            "country": [countries.get(name) for name in counts],
            "n_meetings": list(counts.values()),
            "first_date": [D(2025, 1, 1)] * len(counts),
            "last_date": [D(2025, 3, 1)] * len(counts),
            "n_actors": [len(counts)] * len(counts),
        }
    )


def edges_frame(pairs: dict[tuple[str, str], int]) -> pd.DataFrame:
    """As dashboard_network_edges.sql returns them: every meeting occurred, in person, dated."""
    n = list(pairs.values())
    return pd.DataFrame(
        {
            "source": [f"id-{a}" for a, _ in pairs],
            "target": [f"id-{b}" for _, b in pairs],
            "n_meetings": n,
            "n_met": n,
            "n_calls": [0] * len(pairs),
            "n_planned": [0] * len(pairs),
            "n_cancelled": [0] * len(pairs),
            "n_undated": [0] * len(pairs),
            "n_reports": n,
            "first_date": [D(2025, 1, 1)] * len(pairs),
            "last_date": [D(2025, 2, 1)] * len(pairs),
            "recent": [
                [{"date": D(2025, 2, 1), "precision": "day", "status": "occurred"}]
                + [{"date": D(2025, 1, 1), "precision": "month", "status": "occurred"}]
            ]
            * len(pairs),
        }
    )


STAR = {"Ana": 9, "Ben": 4, "Cy": 2, "Dee": 1}
STAR_EDGES = {("Ana", "Ben"): 4, ("Ana", "Cy"): 2, ("Ana", "Dee"): 1, ("Ben", "Cy"): 1}


def network(counts=STAR, pairs=STAR_EDGES, **options):
    nodes, edges = nodes_frame(counts, {"Ana": "Egypt", "Ben": "Qatar"}), edges_frame(pairs)
    return charts.network_figure(nodes, edges, charts.network_layout(nodes, edges), **options)


def node_points(fig) -> dict[str, dict]:
    """name -> {size, text, line width} over every node trace."""
    points = {}
    for trace in fig.data:
        if trace.customdata is None or len(trace.customdata) == 0 or trace.customdata[0][1] != "node":
            continue
        widths = trace.marker.line.width
        for i, data in enumerate(trace.customdata):
            width = widths[i] if np.ndim(widths) else widths
            points[data[0]] = {"size": trace.marker.size[i], "text": trace.text[i], "line": width}
    return points


def test_network_has_one_point_per_node_sized_by_meetings():
    points = node_points(network())
    assert set(points) == set(STAR)
    sizes = [points[name]["size"] for name in ("Ana", "Ben", "Cy", "Dee")]
    assert sizes == sorted(sizes, reverse=True)


def test_network_colours_nodes_by_country_with_a_grey_rest():
    names = {trace.name for trace in network().data if trace.mode and "markers" in trace.mode}
    assert {"Egypt", "Qatar", "other / no country"} <= names


def test_network_colours_by_kind_on_request():
    names = {trace.name for trace in network(color_by="kind").data}
    assert "person" in names and "Egypt" not in names


def test_network_labels_only_the_busiest_nodes():
    labelled = {name for name, point in node_points(network(n_labels=2)).items() if point["text"]}
    assert labelled == {"Ana", "Ben"}


def test_crowded_nodes_get_only_the_labels_that_fit():
    frame = nodes_frame({f"Actor {i}": 10 - i for i in range(6)})
    frame["x"] = [0.0] * 5 + [10.0]
    frame["y"] = [0.0] * 5 + [10.0]
    labels, spots, _, _ = charts.place_labels(frame, n_labels=6, focus=(), height=640)
    crowded = [label for label in labels[:5] if label]
    assert crowded == ["Actor 0", "Actor 1", "Actor 2", "Actor 3"]
    assert len(set(spots[:4])) == 4


def test_network_edges_are_wider_for_more_meetings_and_drawn_under_nodes():
    fig = network()
    edge_traces = [t for t in fig.data if t.mode == "lines"]
    widths = [t.line.width for t in edge_traces]
    assert widths == sorted(widths) and widths[0] < widths[-1]
    first_node = next(i for i, t in enumerate(fig.data) if t.customdata is not None and t.name != "meetings")
    assert all(fig.data.index(t) < first_node for t in edge_traces)


def test_network_edge_hover_names_the_pair_and_dates():
    hover = next(t for t in network().data if t.name == "meetings").hovertext
    assert any(
        "Ana — Ben" in text
        and "4 meetings and visits: 4 met" in text
        and "1 Jan 2025 – 1 Feb 2025" in text
        and "latest: 1 Feb 2025, Jan 2025" in text
        for text in hover
    )


def test_network_marks_focused_nodes():
    points = node_points(network(focus=["Cy"]))
    assert points["Cy"]["line"] > points["Ana"]["line"]
    assert points["Cy"]["text"] == "Cy"


def test_network_of_nothing_says_so():
    fig = charts.network_figure(
        nodes_frame({}), edges_frame({}), pd.DataFrame(columns=["actor_key", "x", "y"])
    )
    assert "No meetings" in fig.layout.annotations[0].text


def test_layout_keeps_separate_groups_apart():
    nodes = nodes_frame({"A": 3, "B": 3, "C": 1, "D": 1, "E": 1})
    edges = edges_frame({("A", "B"): 3, ("C", "D"): 1})
    positions = charts.network_layout(nodes, edges).set_index("actor_key")
    assert len(positions) == 5

    def box(ids):
        part = positions.loc[ids]
        return part.x.min(), part.x.max(), part.y.min(), part.y.max()

    ab, cd = box(["id-A", "id-B"]), box(["id-C", "id-D"])
    assert ab[1] < cd[0] or cd[1] < ab[0] or ab[3] < cd[2] or cd[3] < ab[2]


def test_layout_is_deterministic():
    nodes, edges = nodes_frame(STAR), edges_frame(STAR_EDGES)
    pd.testing.assert_frame_equal(charts.network_layout(nodes, edges), charts.network_layout(nodes, edges))


def test_meeting_matrix_is_symmetric_with_blanks_for_never():
    fig = charts.meeting_matrix(nodes_frame(STAR), edges_frame(STAR_EDGES))
    counts = np.array(fig.data[0].text)
    assert list(fig.layout.xaxis.ticktext) == ["Ana", "Ben", "Cy", "Dee"]
    assert counts[0, 1] == counts[1, 0] == "4"
    assert counts[1, 3] == "" and counts[0, 0] == ""
    assert np.isnan(np.array(fig.data[0].z, dtype=float)[1, 3])


def test_meeting_matrix_labels_every_row_and_column():
    counts = {f"Actor {i:02d}": 30 - i for i in range(25)}
    pairs = {(f"Actor {i:02d}", f"Actor {i + 1:02d}"): 1 + i % 3 for i in range(24)}
    fig = charts.meeting_matrix(nodes_frame(counts), edges_frame(pairs), top=25)
    assert list(fig.layout.xaxis.tickvals) == list(range(25)) == list(fig.layout.yaxis.tickvals)
    assert list(fig.layout.yaxis.ticktext) == list(counts)
    assert fig.layout.height >= 22 * 25


def test_meeting_matrix_colours_step_by_whole_meetings():
    fig = charts.meeting_matrix(nodes_frame(STAR), edges_frame(STAR_EDGES))
    assert list(fig.data[0].colorbar.ticktext) == ["1", "2", "3", "4"]
    steps = np.array(fig.data[0].z, dtype=float)
    assert steps[0, 3] == 0 and steps[0, 1] == 3
    lightest = fig.data[0].colorscale[0][1]  # one meeting: a clear blue, not near-white
    assert sum(int(v) for v in re.findall(r"\d+", lightest)) < 3 * 220


@pytest.mark.parametrize(
    ("highest", "steps"),
    [
        (1, [(1, 1)]),
        (6, [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]),
        (12, [(1, 1), (2, 2), (3, 4), (5, 9), (10, 12)]),
        (250, [(1, 1), (2, 2), (3, 4), (5, 9), (10, 19), (20, 49), (50, 99), (100, 199), (200, 250)]),
    ],
)
def test_meeting_steps_are_whole_numbers_without_gaps(highest, steps):
    assert charts.meeting_steps(highest) == steps


def timeline_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor": ["Ana", "Ana", "Ben", "Ben", "Ana"],
            "bucket": [D(2025, 1, 1), D(2025, 1, 5), D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 9)],
            "date_precision": ["day", "article", "day", "month", "day"],
            "event_type": ["meeting", "visit", "meeting", "ceasefire", "meeting"],
            "status": ["occurred", "planned", "cancelled", "occurred", "occurred"],
            "n_events": [1, 1, 1, 3, 1],
            "evidence": ["Ana met Ben.", "Ana will visit Cairo.", "Ben called off talks.", "Truce.", "Met."],
            "lane_events": [3, 3, 2, 2, 3],
        }
    )


def test_timeline_shape_follows_type_and_planned_is_hollow():
    fig = charts.timeline_figure(timeline_rows())
    symbols = {trace.name: trace.marker.symbol for trace in fig.data}
    assert symbols["meeting"] == "circle"
    assert symbols["visit (planned)"] == "diamond-open"
    assert symbols["meeting (cancelled)"] == "circle-x-open"
    assert symbols["ceasefire"] == "square"


def test_timeline_colours_are_the_event_type_colours():
    for trace in charts.timeline_figure(timeline_rows()).data:
        if trace.mode == "lines":
            assert trace.line.color == charts.EVENT_COLORS["ceasefire"]  # the month-dated ceasefire's bar
        else:
            assert trace.marker.color == charts.EVENT_COLORS[trace.name.split(" ")[0]]


def test_timeline_lanes_are_actors_busiest_first():
    fig = charts.timeline_figure(timeline_rows())
    # Plotly lists categories bottom-up, so the busiest lane comes last and shows on top.
    assert list(fig.layout.yaxis.categoryarray) == ["Ben", "Ana"]


def test_timeline_hover_shows_the_evidence_or_the_count_and_the_date_as_known():
    fig = charts.timeline_figure(timeline_rows())
    data = [row for trace in fig.data if trace.customdata is not None for row in trace.customdata]
    hovers = [row[1] for row in data]
    assert "Ana met Ben." in hovers
    assert any(h.startswith("3 events") for h in hovers)
    assert {"1 Jan 2025", "5 Jan 2025 (article date)", "Feb 2025"} <= {row[0] for row in data}


def test_month_precision_event_is_drawn_across_its_month():
    fig = charts.timeline_figure(timeline_rows())
    span = next(trace for trace in fig.data if trace.mode == "lines")
    assert "week, month or year" in span.name
    assert [pd.Timestamp(x) for x in span.x if x is not None] == [
        pd.Timestamp("2025-02-01"),
        pd.Timestamp("2025-03-01"),
    ]
    marker = next(trace for trace in fig.data if trace.name == "ceasefire")
    assert pd.Timestamp(marker.x[0]) == pd.Timestamp("2025-02-15")


def test_timeline_leaves_far_off_outliers_outside_the_view_and_says_so():
    rows = pd.concat([timeline_rows()] * 4, ignore_index=True)
    rows.loc[0, "bucket"] = D(2017, 1, 28)
    fig = charts.timeline_figure(rows)
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timestamp("2024-12-01") < low < pd.Timestamp("2025-01-01") < pd.Timestamp("2025-02-09") < high
    note = charts.outside_note(rows["bucket"], rows["n_events"])
    assert note == "1 event before 1 Jan 2025 is outside the view (double-click the chart to see all)."
    assert charts.outside_note(timeline_rows()["bucket"], timeline_rows()["n_events"]) == ""


def test_one_day_timeline_shows_days_around_it_not_hours():
    rows = timeline_rows().assign(bucket=D(2025, 3, 3), date_precision="day")
    fig = charts.timeline_figure(rows)
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert high - low >= pd.Timedelta(days=6)
    assert fig.layout.xaxis.dtick == charts.DAY_MS


def test_names_with_markup_are_escaped_in_every_label_and_hover():
    name = '<a href="http://x.invalid">Eve</a> <span style="font-size:80px">Big</span>'
    counts = {name: 5, "Ben": 3}
    nodes = nodes_frame(counts, {name: "<b>Land</b>"})
    edges = edges_frame({(name, "Ben"): 2})
    fig = charts.network_figure(nodes, edges, charts.network_layout(nodes, edges))
    texts = []
    for trace in fig.data:
        texts += (
            [str(trace.name)]
            + [str(t) for t in (trace.text or [])]
            + [str(t) for t in (trace.hovertext or [])]
        )
        rows = trace.customdata if trace.customdata is not None else []
        texts += [str(value) for row in rows for value in row[2:]]
    matrix = charts.meeting_matrix(nodes, edges)
    texts += list(matrix.layout.xaxis.ticktext) + list(matrix.layout.yaxis.ticktext)
    timeline = charts.timeline_figure(timeline_rows().assign(actor=name))
    texts += [str(y) for trace in timeline.data for y in trace.y if y is not None]
    joined = " ".join(texts)
    assert "&lt;a href=" in joined and "&lt;b&gt;Land&lt;/b&gt;" in joined
    assert not re.search(r"<(a|span|img)\b", joined)
    # a click still reports the name as stored, unescaped
    node = next(t for t in fig.data if t.customdata is not None and t.customdata[0][1] == "node")
    points = [{"customdata": list(row)} for row in node.customdata]
    assert set(picked_nodes({"selection": {"points": points}})) <= set(counts)


def test_timeline_of_nothing_says_so():
    assert "No dated events" in charts.timeline_figure(timeline_rows().head(0)).layout.annotations[0].text


@pytest.mark.parametrize(
    ("n_events", "days", "bucket"),
    [(50, 700, "day"), (10_000, 90, "day"), (10_000, 700, "week"), (10_000, 2000, "month")],
)
def test_timeline_bucket_keeps_points_few(n_events, days, bucket):
    first = D(2023, 1, 1)
    assert charts.timeline_bucket(n_events, first, first + dt.timedelta(days=days)) == bucket


def ceasefire_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "conflict": ["Gaza", "Gaza", "Gaza", "Gaza", "Sudan"],
            "phase": [1, 1, 2, None, None],
            "milestone": ["agreed", "took_effect", "took_effect", "violated", "talks"],
            "status": ["occurred", "occurred", "planned", "occurred", "occurred"],
            "bucket": [D(2025, 10, 1), D(2025, 10, 10), D(2025, 11, 1), D(2025, 10, 20), D(2025, 9, 1)],
            "first_date": [D(2025, 10, 1), D(2025, 10, 10), D(2025, 11, 1), D(2025, 10, 20), D(2025, 9, 1)],
            "date_precision": ["day", "day", "month", "article", "day"],
            "n_events": [1, 2, 1, 1, 1],
            "evidence": ["Agreed.", "It took effect.", "Phase two will take effect.", "Violated.", "Talks."],
        }
    )


def test_ceasefire_phases_run_until_the_next_phase_starts():
    phases = charts.ceasefire_phases(ceasefire_rows())
    gaza = phases[phases.conflict == "Gaza"].set_index("phase")
    assert gaza.loc[1, "start"] == pd.Timestamp("2025-10-01")
    assert gaza.loc[1, "end"] == pd.Timestamp("2025-11-01")
    assert gaza.loc[2, "end"] > gaza.loc[2, "start"]


def test_a_later_deal_on_the_same_conflict_gets_bands_of_its_own():
    earlier = ceasefire_rows()
    earlier["first_date"] = [d.replace(year=2024) for d in earlier["first_date"]]
    earlier["bucket"] = earlier["first_date"]
    rows = pd.concat([earlier, ceasefire_rows()], ignore_index=True)
    deals = charts.ceasefire_deals(rows)
    assert sorted(set(deals[rows.conflict == "Gaza"])) == [1, 2]
    phases = charts.ceasefire_phases(rows)
    gaza_one = phases[(phases.conflict == "Gaza") & (phases.phase == 1)]
    assert len(gaza_one) == 2
    assert (gaza_one["end"] - gaza_one["start"]).max() < pd.Timedelta(days=60)


def test_milestone_labels_on_one_line_never_overlap():
    days = pd.date_range("2025-01-01", periods=36, freq="D")
    frame = pd.DataFrame(
        {"conflict": "Gaza", "first_date": days, "label": ["took effect", "violated", "extended"] * 12}
    )
    shifts = charts.place_milestone_labels(frame, days[0], days[-1], width=300)
    placed = [
        (d, shift, label)
        for d, shift, label in zip(days, shifts, frame["label"], strict=True)
        if shift is not None
    ]
    assert placed and len(placed) < len(days)  # crowded: some wait for the hover
    px_per_day = 0.9 * 300 / 35
    for i, (day, shift, label) in enumerate(placed):
        for other_day, other_shift, other in placed[i + 1 :]:
            if shift == other_shift:
                assert (other_day - day).days * px_per_day > 2.9 * (len(label) + len(other)) + 8


def test_ceasefire_figure_draws_phase_bands_and_labels_each_milestone_once():
    fig = charts.ceasefire_figure(ceasefire_rows())
    bands = [t for t in fig.data if t.type == "bar"]
    assert {t.name for t in bands} == {"phase 1", "phase 2"}
    labels = [note.text for note in fig.layout.annotations]
    assert sorted(labels) == ["agreed", "talks", "took effect", "violated"]
    planned = next(t for t in fig.data if t.name == "milestone (planned)")
    assert planned.marker.symbol == "square-open"
    assert list(fig.layout.yaxis.categoryarray) == ["Sudan", "Gaza"]


@pytest.mark.parametrize(
    ("place", "near"),
    [
        ("Geneva", (46.2, 6.1)),
        ("Doha, Qatar", (25.3, 51.5)),
        ("France", (48.9, 2.35)),
        ("U.S.", (38.9, -77.0)),
    ],
)
def test_places_resolve_to_cities_or_capitals(place, near):
    lat, lon, _ = place_point(place)
    assert abs(lat - near[0]) < 1.5 and abs(lon - near[1]) < 1.5


def test_unknown_places_are_set_apart():
    places = pd.DataFrame(
        {
            "location": ["Cairo", "the summit venue"],
            "event_type": ["visit", "meeting"],
            "n_events": [3, 1],
            "first_date": [D(2025, 1, 1)] * 2,
            "last_date": [D(2025, 1, 2)] * 2,
        }
    )
    located, unplaced = locate_places(places)
    assert list(located["location"]) == ["Cairo"] and located["precision"].iloc[0] == "city"
    assert list(unplaced["location"]) == ["the summit venue"]
    fig = charts.places_map(located)
    assert fig.data[0].name == "world"
    visits = next(t for t in fig.data if t.name == "visit")
    assert visits.marker.color == charts.EVENT_COLORS["visit"]


def test_map_zooms_to_where_most_events_are():
    located, _ = locate_places(
        pd.DataFrame(
            {
                "location": ["Cairo", "Amman", "Beirut", "Riyadh", "Doha", "Santiago"],
                "event_type": "visit",
                "n_events": [9, 8, 7, 6, 5, 1],
                "first_date": D(2025, 1, 1),
                "last_date": D(2025, 1, 2),
            }
        )
    )
    (west, east), _, outside = charts.busy_area(located)
    assert outside == 1 and west > 30 and east < 52
    assert charts.places_map(located).layout.xaxis.range[0] > 0  # Santiago lies outside the view


def test_strongest_edges_keep_the_heaviest_and_one_line_per_node():
    edges = edges_frame({("Ana", "Ben"): 9, ("Ana", "Cy"): 8, ("Ben", "Cy"): 7, ("Dee", "Eve"): 1})
    kept = charts.strongest_edges(edges, limit=2)
    pairs = set(zip(kept["source"], kept["target"], strict=True))
    assert pairs == {("id-Ana", "id-Ben"), ("id-Ana", "id-Cy"), ("id-Dee", "id-Eve")}
    assert len(charts.strongest_edges(edges, limit=10)) == 4


def test_label_takes_a_side_that_hides_no_other_node():
    frame = nodes_frame({"Big": 10, "Small": 1, "Far": 1})
    frame["x"] = [0.0, 0.0, 10.0]
    frame["y"] = [0.0, 0.7, 10.0]  # Small sits where Big's label would go above it
    labels, spots, _, _ = charts.place_labels(frame, n_labels=1, focus=(), height=640)
    assert labels[0] == "Big"
    assert spots[0] != "top center"
    unhindered = frame.assign(y=[0.0, -5.0, 10.0])
    assert charts.place_labels(unhindered, n_labels=1, focus=(), height=640).spots[0] == "top center"


def test_labels_stay_inside_the_plot():
    frame = nodes_frame({"Far Right Actor With A Long Name": 9, "Left": 5, "Middle": 1})
    frame["x"] = [10.0, 0.0, 5.0]
    frame["y"] = [0.0, 0.0, 0.0]
    plan = charts.place_labels(frame, n_labels=3, focus=(), height=640)
    assert plan.labels[0] == "Far Right Actor With A Long Name"
    assert plan.spots[0] != "middle right"  # that side would run past the plot's edge
    assert plan.x_range[0] < 0 < 10 < plan.x_range[1]
    assert plan.y_range[0] < 0 < plan.y_range[1]


def test_network_copes_with_missing_dates_countries_and_unknown_kinds():
    nodes = nodes_frame({"Ana": 3, "Ben": 2, "Cy": 1}).assign(
        kind=["person", "thing", None], country=[None, "Chile", None], first_date=[None, D(2025, 1, 1), None]
    )
    edges = edges_frame({("Ana", "Ben"): 2, ("Ana", "Cy"): 1})
    edges["first_date"] = [None, None]
    edges["last_date"] = [None, None]
    edges["n_undated"] = [2, 1]
    edges["recent"] = [np.array([{"date": None, "precision": None, "status": "planned"}], dtype=object)] * 2
    fig = charts.network_figure(nodes, edges, charts.network_layout(nodes, edges), color_by="kind")
    assert set(node_points(fig)) == {"Ana", "Ben", "Cy"}  # the unknown kinds are drawn, not dropped
    assert "unknown kind" in {trace.name for trace in fig.data}
    hover = next(t for t in fig.data if t.name == "meetings").hovertext
    assert all("undated" in text for text in hover)
    assert "latest: undated (planned)" in hover[0]


def test_busy_range_drops_only_isolated_outliers():
    assert charts.busy_range([0, 0, 100, 101, 102, 103, 110], [1, 1, 10, 10, 10, 10, 10]) == (100, 110, 2, 0)
    assert charts.busy_range([0, 1, 2, 3], [1, 1, 1, 1]) is None
    assert charts.busy_range([0, 100, 101], [50, 25, 25]) is None  # too much weight to leave out
    assert charts.busy_range([5], [1]) is None


def test_an_edge_crossing_a_node_has_no_hover_point_on_it_so_a_click_picks_the_node():
    # B sits on the middle of A-C: the A-C midpoint lies on B's disc and must not be hoverable
    nodes = nodes_frame({"A": 1, "B": 9, "C": 1, "D": 1})
    edges = edges_frame({("A", "C"): 1, ("B", "D"): 1})
    positions = pd.DataFrame(
        {"actor_key": ["id-A", "id-B", "id-C", "id-D"], "x": [0.0, 0.5, 1.0, 0.5], "y": [0.0, 0.0, 0.0, 1.0]}
    )
    fig = charts.network_figure(nodes, edges, positions)
    [midpoints] = [t for t in fig.data if t.name == "meetings"]
    assert list(zip(midpoints.x, midpoints.y, strict=True)) == [(0.5, 0.5)]  # B-D's, off every node
