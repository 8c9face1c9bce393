"""Figure builders in charts.py, on small hand-made frames: traces, sizes, symbols, labels."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

import charts

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
    return pd.DataFrame(
        {
            "source": [f"id-{a}" for a, _ in pairs],
            "target": [f"id-{b}" for _, b in pairs],
            "n_meetings": list(pairs.values()),
            "first_date": [D(2025, 1, 1)] * len(pairs),
            "last_date": [D(2025, 2, 1)] * len(pairs),
            "recent_dates": [[D(2025, 2, 1), D(2025, 1, 1)]] * len(pairs),
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
    labels, spots = charts.place_labels(frame, n_labels=6, focus=(), height=640)
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
    assert any("Ana — Ben" in text and "4 meetings" in text and "1 Jan 2025" in text for text in hover)


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
    z = np.array(fig.data[0].z, dtype=float)
    assert list(fig.data[0].x) == ["Ana", "Ben", "Cy", "Dee"]
    assert z[0, 1] == z[1, 0] == 4
    assert math.isnan(z[1, 3]) and math.isnan(z[0, 0])


def timeline_rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "actor": ["Ana", "Ana", "Ben", "Ben", "Ana"],
            "bucket": [D(2025, 1, 1), D(2025, 1, 5), D(2025, 1, 5), D(2025, 2, 1), D(2025, 2, 9)],
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
        event_type = trace.name.split(" ")[0]
        assert trace.marker.color == charts.EVENT_COLORS[event_type]


def test_timeline_lanes_are_actors_busiest_first():
    fig = charts.timeline_figure(timeline_rows())
    # Plotly lists categories bottom-up, so the busiest lane comes last and shows on top.
    assert list(fig.layout.yaxis.categoryarray) == ["Ben", "Ana"]


def test_timeline_hover_shows_the_evidence_or_the_count():
    hovers = [row[1] for trace in charts.timeline_figure(timeline_rows()).data for row in trace.customdata]
    assert "Ana met Ben." in hovers
    assert any(h.startswith("3 events") for h in hovers)


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


def test_ceasefire_figure_draws_phase_bands_and_labels_each_milestone_once():
    fig = charts.ceasefire_figure(ceasefire_rows())
    bands = [t for t in fig.data if t.type == "bar"]
    assert {t.name for t in bands} == {"phase 1", "phase 2"}
    labels = [text for t in fig.data if t.type == "scatter" for text in t.text if text]
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
    lat, lon, _ = charts.place_point(place)
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
    located, unplaced = charts.locate_places(places)
    assert list(located["location"]) == ["Cairo"] and located["precision"].iloc[0] == "city"
    assert list(unplaced["location"]) == ["the summit venue"]
    fig = charts.places_map(located)
    assert fig.data[0].name == "world"
    visits = next(t for t in fig.data if t.name == "visit")
    assert visits.marker.color == charts.EVENT_COLORS["visit"]


def test_article_html_highlights_evidence_and_marks_actors_escaping_the_text():
    text = "Intro <b>bold</b>. Ana met Ben in Cairo. Outro."
    start = text.index("Ana")
    end = text.index(" Outro")
    mentions = pd.DataFrame(
        {
            "char_start": [start, text.index("Ben")],
            "char_end": [start + 3, text.index("Ben") + 3],
            "actor": ["Ana Alpha", "Ben Beta"],
            "kind": ["person", "person"],
        }
    )
    html = charts.article_html(text, (start, end), mentions)
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>" not in html
    assert 'title="Ana Alpha"' in html and 'title="Ben Beta"' in html
    assert '<mark class="evidence"> met </mark>' in html
    assert "Intro" in html and "Outro" in html


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
    labels, spots = charts.place_labels(frame, n_labels=1, focus=(), height=640)
    assert labels[0] == "Big"
    assert spots[0] != "top center"
    unhindered = frame.assign(y=[0.0, -5.0, 10.0])
    assert charts.place_labels(unhindered, n_labels=1, focus=(), height=640)[1][0] == "top center"
