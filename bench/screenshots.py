"""Screenshots of every dashboard tab from a real Streamlit server in headless Chromium, for reading
the page as a user sees it (clipped or overlapping labels, hidden controls).

    python bench/screenshots.py --db FILE [--out DIR] [--width 1440 --height 900]

Saves, at the given viewport size and one file per screenful, each tab, the evidence tab with
its first row opened, an ego network, a focused timeline and a filtered view; prints each
file's path. Needs /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import duckdb  # noqa: E402

from bench.browser import CHROMIUM, act, chromium_page, load, open_tab, streamlit_server  # noqa: E402

TABS = ("Network", "Timeline", "Ceasefires", "Map", "Evidence")


def busiest(db: Path) -> tuple[list[str], list[str]]:
    """The three busiest actors, and the first and last day with events (ISO)."""
    with duckdb.connect(str(db), read_only=True) as con:
        busiest_three = "SELECT actor FROM dash_actors ORDER BY n_events DESC, actor LIMIT 3"
        names = [row[0] for row in con.execute(busiest_three).fetchall()]
        days = con.execute(
            "SELECT min(event_date)::VARCHAR, max(event_date)::VARCHAR FROM dash_events"
        ).fetchone()
    return names, [day for day in days if day]


SCROLL_MAIN = """(top) => {
  const main = document.querySelector('[data-testid="stMain"]');
  main.scrollTop = top;
  return [main.scrollTop, main.scrollHeight, main.clientHeight];
}"""


def shoot(page, out: Path, name: str) -> list[Path]:
    """One screenshot per screenful of the page (Streamlit scrolls its main area, not the
    document, so a full-page screenshot would show only the first): NAME-1.png, NAME-2.png, …"""
    paths = []
    top, height, visible = page.evaluate(SCROLL_MAIN, 0)
    while True:
        path = out / f"{name}-{len(paths) + 1}.png"
        page.screenshot(path=str(path))
        print(path)
        paths.append(path)
        if top + visible >= height:
            break
        top, height, visible = page.evaluate(SCROLL_MAIN, top + visible - 60)
    page.evaluate(SCROLL_MAIN, 0)
    return paths


def take(db: Path, out: Path, width: int, height: int) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots = []
    names, days = busiest(db)
    with streamlit_server(db) as url, chromium_page(width, height) as page:
        load(page, url)
        for number, tab in enumerate(TABS, start=1):
            open_tab(page, tab)
            shots.extend(shoot(page, out, f"{number}-{tab.lower()}"))
        grid = page.locator('.stTabs [data-testid="stDataFrame"]').first
        if grid.count():
            box = grid.bounding_box()
            act(page, lambda: page.mouse.click(box["x"] + 15, box["y"] + 35 + 17))
            shots.extend(shoot(page, out, "6-evidence-article"))
        if names:
            load(page, f"{url}/?{urllib.parse.urlencode({'ego': names[0]})}")
            shots.extend(shoot(page, out, "7-ego-network"))
            load(page, f"{url}/?{urllib.parse.urlencode({'focus': names[0], 'tab': 'Timeline'})}")
            shots.extend(shoot(page, out, "8-focused-timeline"))
            # Filters set in the sidebar: actor chips and a date range must show in full.
            query = [("actor", name) for name in names[1:]] + [("dates", day) for day in days]
            load(page, f"{url}/?{urllib.parse.urlencode(query + [('tab', 'Evidence')])}")
            shots.extend(shoot(page, out, "9-filtered-evidence"))
    return shots


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="events database to show")
    parser.add_argument("--out", type=Path, help="folder for the PNG files (default: a new temporary one)")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"error: needs Chromium at {CHROMIUM}", file=sys.stderr)
        return 1
    if not args.db.is_file():
        print(f"error: no database at {args.db}", file=sys.stderr)
        return 1
    out = args.out or Path(tempfile.mkdtemp(prefix="dashboard-shots-"))
    take(args.db, out, args.width, args.height)
    return 0


if __name__ == "__main__":
    sys.exit(main())
