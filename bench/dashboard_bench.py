"""Time every dashboard query with typical filters, then a whole page run through AppTest.

    python bench/synthetic_db.py --events 1000000 --out /tmp/events_1m.duckdb
    python bench/dashboard_bench.py --db /tmp/events_1m.duckdb

Each query runs as the page runs it (queries.run: open read-only, query, close), `--repeat`
times per filter scenario; the table shows p50/p95 over the filtered scenarios and, apart, the
unfiltered first view. The page timings use fresh caches: first load, then one filter change.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import queries  # noqa: E402
from dashboard_state import Filters  # noqa: E402

TOP_N = 60
LANES = 15
TABLE_ROWS = 500


def scenarios(db: Path) -> dict[str, Filters]:
    """Filters a user typically sets, with values taken from the database itself."""
    actors = queries.run("dashboard_actor_options", db)["actor"].tolist()
    totals = queries.run("dashboard_totals", db).iloc[0]
    last = totals.last_date.date()
    places = queries.run("dashboard_places", db, Filters().sql_params())
    place = places["location"].iloc[0] if len(places) else "talks"
    return {
        "one actor": Filters(actors=(actors[min(10, len(actors) - 1)],)),
        "last 90 days": Filters(date_from=last - dt.timedelta(days=90), date_to=last),
        "meetings, occurred": Filters(types=("meeting",), statuses=("occurred",)),
        "search": Filters(search=place),
        "2+ sources": Filters(min_sources=2),
        "ego network": Filters(ego=actors[min(5, len(actors) - 1)]),
        "actor + 30 days": Filters(
            actors=(actors[min(3, len(actors) - 1)],), date_from=last - dt.timedelta(days=30), date_to=last
        ),
    }


def page_queries(db: Path, filters: Filters) -> list[tuple[str, dict]]:
    """The queries the page runs for these filters, with the extra parameters it passes."""
    params = filters.sql_params()
    nodes = queries.run("dashboard_network_nodes", db, params | {"top_n": TOP_N})
    plan = [
        ("dashboard_summary", params),
        ("dashboard_network_nodes", params | {"top_n": TOP_N}),
        ("dashboard_network_edges", params | {"node_ids": nodes["actor_id"].tolist()}),
        ("dashboard_timeline", params | {"bucket": "week", "lanes": LANES, "exclude": []}),
        ("dashboard_ceasefires", params | {"bucket": "week"}),
        ("dashboard_places", params),
        ("dashboard_events", params | {"limit": TABLE_ROWS}),
    ]
    if filters.ego:
        plan.append(("dashboard_ego", params | {"ego": filters.ego}))
    return plan


def timed(name: str, db: Path, params: dict, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        queries.run(name, db, params)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_queries(db: Path, repeat: int) -> None:
    typical: dict[str, list[float]] = {}
    worst: dict[str, tuple[float, str]] = {}
    unfiltered: dict[str, list[float]] = {}
    for name, params in page_queries(db, Filters()):
        unfiltered[name] = timed(name, db, params, repeat)
    for name in ("dashboard_totals", "dashboard_actor_options"):
        unfiltered[name] = timed(name, db, {}, repeat)
    event = queries.run("dashboard_events", db, Filters().sql_params() | {"limit": 1})
    if len(event):
        unfiltered["dashboard_article"] = timed(
            "dashboard_article", db, {"event_id": event.event_id[0]}, repeat
        )
        unfiltered["dashboard_mentions"] = timed(
            "dashboard_mentions", db, {"article_id": event.article_id[0]}, repeat
        )
    for label, filters in scenarios(db).items():
        for name, params in page_queries(db, filters):
            times = timed(name, db, params, repeat)
            typical.setdefault(name, []).extend(times)
            if statistics.median(times) > worst.get(name, (0.0, ""))[0]:
                worst[name] = (statistics.median(times), label)
    print(f"\nQueries on {db} ({repeat} runs each; ms, including open and close)")
    print(f"{'query':28} {'p50':>7} {'p95':>7}   {'slowest typical filter':>30}   {'unfiltered p50':>14}")
    for name in sorted(unfiltered | typical):
        row = typical.get(name)
        slow = worst.get(name)
        cells = (
            f"{percentile(row, 0.5):7.0f} {percentile(row, 0.95):7.0f}   {slow[0]:9.0f} ({slow[1]:>18})"
            if row
            else f"{'':7} {'':7}   {'':30}"
        )
        plain = f"{statistics.median(unfiltered[name]):14.0f}" if name in unfiltered else f"{'-':>14}"
        print(f"{name:28} {cells}   {plain}")


def bench_page(db: Path) -> None:
    """First load and one filter change, as AppTest runs the script (server-side time only)."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    os.environ["EVENTS_DB"] = str(db)
    sys.argv = ["dashboard.py"]
    st.cache_data.clear()
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    started = time.perf_counter()
    app.run()
    first = time.perf_counter() - started
    actor = app.multiselect(key="actors").options[10].split(" — ")[0]
    started = time.perf_counter()
    app.multiselect(key="actors").set_value([actor]).run()
    change = time.perf_counter() - started
    tab_times = {}
    for tab in ("Timeline", "Ceasefires", "Map", "Evidence"):
        app.session_state["tab"] = tab
        started = time.perf_counter()
        app.run()
        tab_times[tab] = time.perf_counter() - started
    if app.exception:
        print(f"page raised: {app.exception[0].message}")
    print(f"\nPage (AppTest, fresh caches) on {db}")
    print(f"first load (Network tab):       {first:6.2f} s")
    print(f"filter change (one actor):      {change:6.2f} s")
    for tab, seconds in tab_times.items():
        print(f"switch to {tab + ' tab:':22}{seconds:6.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="events database to read")
    parser.add_argument("--repeat", type=int, default=7, help="runs per query and scenario")
    parser.add_argument("--no-page", action="store_true", help="skip the AppTest page timing")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"error: no database at {args.db}; build one with bench/synthetic_db.py", file=sys.stderr)
        return 1
    bench_queries(args.db, args.repeat)
    if not args.no_page:
        bench_page(args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
