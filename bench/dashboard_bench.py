"""Time every dashboard query with typical filters, then a whole page run through AppTest.

    python bench/synthetic_db.py --events 1000000 --out /tmp/events_1m.duckdb
    python bench/dashboard_bench.py --db /tmp/events_1m.duckdb

Queries run as the page runs them after a filter change on one tab: the run holds the file
read-only from its first query to its end (dashboard.Data), so its queries share one database
instance; each still opens and closes its own connection (queries.run), and the first pays for
opening the file. Each tab is one such run: the summary, then the tab's queries. `--repeat`
runs per tab and filter scenario; p50/p95 are over the filtered scenarios, the unfiltered first
view apart. "alone" is the same query with nothing held (open, query, close), as on a tab switch
when the summary is already cached. The page timings use fresh caches: first load, one filter
change, then one switch to each other tab.
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


def actor_keys(db: Path) -> dict[str, int]:
    options = queries.run("dashboard_actor_options", db)
    return dict(zip(options["actor"], options["actor_key"], strict=True))


def scenarios(db: Path, names: list[str]) -> dict[str, Filters]:
    """Filters a user typically sets, with values taken from the database itself."""
    totals = queries.run("dashboard_totals", db).iloc[0]
    last = totals.last_date.date()
    places = queries.run("dashboard_places", db, Filters().sql_params({}))
    named = places["location"].dropna()
    place = named.iloc[0] if len(named) else "talks"
    return {
        "one actor": Filters(actors=(names[min(10, len(names) - 1)],)),
        "last 90 days": Filters(date_from=last - dt.timedelta(days=90), date_to=last),
        "meetings, occurred": Filters(types=("meeting",), statuses=("occurred",)),
        "search": Filters(search=place),
        "quoted phrase": Filters(search=f'"spoke by phone" {place}'),
        "2+ sources": Filters(min_sources=2),
        "ego network": Filters(ego=names[min(5, len(names) - 1)]),
        "actor + 30 days": Filters(
            actors=(names[min(3, len(names) - 1)],), date_from=last - dt.timedelta(days=30), date_to=last
        ),
    }


def tab_runs(db: Path, filters: Filters, ids: dict) -> dict[str, list[tuple[str, dict]]]:
    """Per tab, the queries a filter change runs there, in page order, with their parameters."""
    params = filters.sql_params(ids)
    unfocused = params | {"focus": []}
    nodes = queries.run("dashboard_network_nodes", db, unfocused | {"top_n": TOP_N})
    network = [
        ("dashboard_network_nodes", unfocused | {"top_n": TOP_N}),
        ("dashboard_network_edges", unfocused | {"node_keys": nodes["actor_key"].tolist()}),
    ]
    if filters.ego:
        network.append(("dashboard_ego", params | {"ego": params["actors"]}))
    exclude = params["actors"] if filters.ego else []
    tabs = {
        "Network": network,
        "Timeline": [("dashboard_timeline", params | {"bucket": "week", "lanes": LANES, "exclude": exclude})],
        "Ceasefires": [("dashboard_ceasefires", params | {"bucket": "week"})],
        "Map": [("dashboard_places", params)],
        "Evidence": [("dashboard_events", params | {"limit": TABLE_ROWS})],
    }
    return {tab: [("dashboard_summary", unfocused), *plan] for tab, plan in tabs.items()}


def page_run(db: Path, plan: list[tuple[str, dict]]) -> dict[str, float]:
    """Milliseconds per query of one run that holds the file from its first query to its end."""
    times = {}
    held = None
    try:
        for name, params in plan:
            started = time.perf_counter()
            if held is None:
                held = queries.connect(db, read_only=True)
            queries.run(name, db, params)
            times[name] = (time.perf_counter() - started) * 1000
    finally:
        if held is not None:
            held.close()
    return times


def alone(db: Path, name: str, params: dict) -> float:
    started = time.perf_counter()
    queries.run(name, db, params)
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_queries(db: Path, repeat: int) -> None:
    ids = actor_keys(db)
    in_page: dict[str, list[float]] = {}
    by_label: dict[str, dict[str, list[float]]] = {}
    single: dict[str, list[float]] = {}
    unfiltered: dict[str, list[float]] = {}
    for _ in range(repeat):
        for name in ("dashboard_totals", "dashboard_actor_options"):
            unfiltered.setdefault(name, []).append(alone(db, name, {}))
        for plan in tab_runs(db, Filters(), ids).values():
            for name, ms in page_run(db, plan).items():
                unfiltered.setdefault(name, []).append(ms)
    event = queries.run("dashboard_events", db, Filters(min_sources=2).sql_params(ids) | {"limit": 1})
    for _ in range(repeat):
        single.setdefault("dashboard_article", []).append(
            alone(db, "dashboard_article", {"event_id": event.event_id[0]})
        )
        single.setdefault("dashboard_reports", []).append(
            alone(db, "dashboard_reports", {"event_id": event.event_id[0]})
        )
        single.setdefault("dashboard_mentions", []).append(
            alone(db, "dashboard_mentions", {"article_id": event.article_id[0]})
        )
    for label, filters in scenarios(db, list(ids)).items():
        runs = tab_runs(db, filters, ids)
        for _ in range(repeat):
            for plan in runs.values():
                for name, ms in page_run(db, plan).items():
                    in_page.setdefault(name, []).append(ms)
                    by_label.setdefault(name, {}).setdefault(label, []).append(ms)
            for plan in runs.values():
                for name, params in plan[1:]:
                    single.setdefault(name, []).append(alone(db, name, params))
    print(f"\nQueries on {db} ({repeat} runs per tab and filter; ms, including open and close)")
    print(
        f"{'query':26} {'p50':>6} {'p95':>6}   {'slowest typical filter':>28}   "
        f"{'alone p50':>9}   {'unfiltered p50':>14}"
    )
    for name in sorted(in_page | single | unfiltered):
        row = in_page.get(name)
        if row:
            label, worst = max(
                ((label, statistics.median(times)) for label, times in by_label[name].items()),
                key=lambda item: item[1],
            )
            cells = f"{percentile(row, 0.5):6.0f} {percentile(row, 0.95):6.0f}   {worst:7.0f} ({label:>18})"
        else:
            cells = f"{'':6} {'':6}   {'':28}"
        solo = f"{statistics.median(single[name]):9.0f}" if name in single else f"{'-':>9}"
        plain = f"{statistics.median(unfiltered[name]):14.0f}" if name in unfiltered else f"{'-':>14}"
        print(f"{name:26} {cells}   {solo}   {plain}")


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
    actor = app.multiselect(key="actors").options[10].split(" · ")[0]
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
    parser.add_argument("--repeat", type=int, default=7, help="runs per tab and filter scenario")
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
