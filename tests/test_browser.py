"""The dashboard in a real browser: `streamlit run` over databases built by the real ingest (the
project's samples, and real published news from ../shared/devset-real) and over the synthetic
edge-case database, driven in headless Chromium with playwright (bench/browser.py).

Waits are on the page's own state (a run finished, an element shown), never on sleeps.
Screenshots go to pytest's tmp_path (paths are printed).
"""

from __future__ import annotations

import csv
import re
import urllib.parse
from pathlib import Path

import duckdb
import pytest

from bench.browser import CHROMIUM, act, chromium_page, load, open_tab, streamlit_server
from bench.synthetic_db import build_edge_cases
from tests.conftest import run_ingest

ACTOR = "Benjamin Netanyahu"
# The dashboard's focus line, not an article that happens to say "focused on" (the Evidence tab
# shows article text).
FOCUS_BANNER = re.compile(r"^Focused on .+ \(picked in the network\)")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
)

# Counts and positions read from the page's own plotly figures.
NETWORK_NODES = """() => {
  const plot = document.querySelector('.stTabs .js-plotly-plot');
  if (!plot || !plot.data) return -1;
  let n = 0;
  for (const trace of plot.data) {
    for (const d of (trace.customdata || [])) if (Array.isArray(d) && d[1] === 'node') n++;
  }
  return n;
}"""
TIMELINE_LANES = """() => {
  const plot = document.querySelector('.stTabs .js-plotly-plot');
  if (!plot || !plot.data) return -1;
  return new Set(plot.data.flatMap(trace => Array.from(trace.y || []).filter(y => y !== null))).size;
}"""
NODE_POINT = """(name) => {
  const plot = document.querySelector('.stTabs .js-plotly-plot');
  const xa = plot._fullLayout.xaxis, ya = plot._fullLayout.yaxis;
  const box = plot.getBoundingClientRect();
  for (let t = 0; t < plot.data.length; t++) {
    const data = plot.data[t].customdata || [];
    for (let i = 0; i < data.length; i++) {
      if (Array.isArray(data[i]) && data[i][0] === name && data[i][1] === 'node') {
        const point = plot.calcdata[t][i];  // decoded: the figure's arrays arrive base64-packed
        return [box.left + xa._offset + xa.c2p(point.x), box.top + ya._offset + ya.c2p(point.y)];
      }
    }
  }
  return null;
}"""

DOWNLOAD_WAIT_MS = 300_000  # an upper bound for a loaded CI machine, not an expected duration


def sql(db: Path, text: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(text, params or []).fetchall()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browser") / "events.duckdb"
    result = run_ingest("data/sample", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="module")
def edge_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browser-edge") / "events.duckdb"
    build_edge_cases(db, span_days=7300)
    return db


@pytest.fixture
def page():
    with chromium_page(1440, 1000) as page:
        yield page


def evidence_count(page) -> int:
    open_tab(page, "Evidence")
    caption = page.locator('.stTabs [data-testid="stCaptionContainer"]').first.inner_text()
    return int(re.search(r"([\d,]+) events?\b", caption).group(1).replace(",", ""))


def select_first_row(page) -> None:
    grid = page.locator('.stTabs [data-testid="stDataFrame"]').first.bounding_box()
    act(page, lambda: page.mouse.click(grid["x"] + 15, grid["y"] + 35 + 17))  # the first row's box
    page.wait_for_selector("mark.evidence")


def no_exception(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0


def shoot(page, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path))
    print(f"screenshot: {path}")


def test_actor_and_date_range_narrow_network_timeline_and_table(page, sample_db, tmp_path):
    with streamlit_server(sample_db) as server:
        load(page, server)
        page.wait_for_function(f"({NETWORK_NODES})() > 0")
        nodes_before = page.evaluate(NETWORK_NODES)
        shoot(page, tmp_path, "1-network-all")
        open_tab(page, "Timeline")
        page.wait_for_function(f"({TIMELINE_LANES})() > 0")
        lanes_before = page.evaluate(TIMELINE_LANES)
        rows_before = evidence_count(page)
        open_tab(page, "Network")

        finder = page.get_by_role("textbox", name="Find an actor")
        finder.fill("netanyahu")
        act(page, lambda: finder.press("Enter"))
        act(page, page.get_by_role("button", name=re.compile(f"^{ACTOR} · person")).click)
        page.wait_for_function(f"({NETWORK_NODES})() > 0 && ({NETWORK_NODES})() < {nodes_before}")
        nodes_actor = page.evaluate(NETWORK_NODES)
        shoot(page, tmp_path, "2-network-actor")

        page.locator('[aria-label="year, Dates start date"]').click()
        page.keyboard.type("20251001")
        page.locator('[aria-label="year, Dates end date"]').click()
        act(page, lambda: (page.keyboard.type("20251015"), page.keyboard.press("Escape")))
        page.wait_for_function(f"({NETWORK_NODES})() > 0 && ({NETWORK_NODES})() < {nodes_actor}")
        shoot(page, tmp_path, "3-network-actor-dates")
        assert "actor=Benjamin+Netanyahu" in page.url
        assert "dates=2025-10-01&dates=2025-10-15" in page.url

        open_tab(page, "Timeline")
        page.wait_for_function(f"({TIMELINE_LANES})() > 0")
        assert page.evaluate(TIMELINE_LANES) < lanes_before
        shoot(page, tmp_path, "4-timeline")
        rows_after = evidence_count(page)
        assert 0 < rows_after < rows_before
        select_first_row(page)
        assert page.locator(".mention").count() > 0
        shoot(page, tmp_path, "5-evidence-article")
        no_exception(page)

        # The URL reproduces the view, the selected row included, in a fresh page.
        assert "tab=Evidence" in page.url and "event=" in page.url
        load(page, page.url)
        assert evidence_count(page) == rows_after
        page.wait_for_selector("mark.evidence")
        no_exception(page)

        # The CSV is made when asked for, and holds the filtered events.
        # a busy machine may take longer than Playwright's default minute to rerun and send it:
        # wait on the download itself, however long the rerun takes
        button = page.get_by_role("button", name="Download CSV")
        button.wait_for(state="visible", timeout=DOWNLOAD_WAIT_MS)
        with page.expect_download(timeout=DOWNLOAD_WAIT_MS) as download:
            button.click()
        with open(download.value.path(), newline="", encoding="utf-8") as csv_file:
            rows = list(csv.DictReader(csv_file))
        assert len(rows) == rows_after
        assert all(ACTOR in row["participants"] for row in rows)
        assert {row["event_date"] for row in rows} <= {f"2025-10-{day:02d}" for day in range(1, 16)}


def test_real_news_every_tab_a_node_click_focuses_the_rest_and_a_reload_keeps_it(
    page, real_news_db, tmp_path
):
    name = sql(real_news_db, "SELECT actor FROM dash_actors ORDER BY n_events DESC, actor LIMIT 1")[0][0]
    with streamlit_server(real_news_db) as server:
        load(page, server)
        for tab in ("Timeline", "Ceasefires", "Map", "Evidence", "Network"):
            open_tab(page, tab)
            page.wait_for_selector(".stTabs .js-plotly-plot, .stTabs [data-testid='stDataFrame']")
            no_exception(page)
            shoot(page, tmp_path, f"real-{tab.lower()}")
        total = evidence_count(page)
        open_tab(page, "Network")
        page.wait_for_function(f"({NETWORK_NODES})() > 0")
        x, y = page.evaluate(NODE_POINT, name)
        act(page, lambda: page.mouse.click(x, y))
        page.get_by_text(FOCUS_BANNER).wait_for()
        # on real news a neighbour's node may be drawn over the one aimed at: the click focuses the
        # node on top, which must be an actor whose events the Evidence tab then shows
        [clicked] = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)["focus"]
        focused = sql(
            real_news_db,
            "SELECT count(DISTINCT ev) FROM dash_participants JOIN dash_actors USING (actor_key) "
            "WHERE actor = ?",
            [clicked],
        )[0][0]
        assert focused > 0
        shoot(page, tmp_path, "real-network-focused")
        assert evidence_count(page) == focused < total
        open_tab(page, "Timeline")
        no_exception(page)

        # A reload from the URL keeps the focus, the tab and the selected row.
        open_tab(page, "Evidence")
        select_first_row(page)
        assert "event=" in page.url
        load(page, page.url)
        page.get_by_text(FOCUS_BANNER).wait_for()
        page.wait_for_selector("mark.evidence")
        assert evidence_count(page) == focused
        no_exception(page)


def test_markup_in_titles_names_and_urls_is_shown_as_text(page, edge_db, tmp_path):
    outside = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if urllib.parse.urlsplit(request.url).hostname == "tracker.invalid"
            else None
        ),
    )
    with streamlit_server(edge_db) as server:
        load(page, server)
        page.wait_for_function(f"({NETWORK_NODES})() > 0")
        # Names reach the network's labels as text: the tags show, none is made.
        labels = page.locator(".stTabs .js-plotly-plot .textpoint").all_text_contents()
        assert any("<b>Bold</b>" in label for label in labels)
        assert page.locator(".stTabs .js-plotly-plot a, .stTabs .js-plotly-plot text b").count() == 0
        open_tab(page, "Evidence")
        for row in range(3):
            grid = page.locator('.stTabs [data-testid="stDataFrame"]').first.bounding_box()
            act(
                page,
                lambda row=row, grid=grid: page.mouse.click(grid["x"] + 15, grid["y"] + 35 + 35 * row + 17),
            )
            page.wait_for_selector("h3.article-title")
            title = page.locator("h3.article-title").first.inner_text()
            assert title.startswith("![pixel](http://tracker.invalid/title.png) <img src=")
            shoot(page, tmp_path, f"edge-article-{row}")
            assert page.locator("img[src*='tracker.invalid']").count() == 0
            assert page.locator(".katex, .katex-display").count() == 0
            assert (
                page.locator("a[href^='javascript:'], a[href^='data:'], a[href*='tracker.invalid']").count()
                == 0
            )
            assert "/srv/private" not in page.locator('[data-testid="stMain"]').inner_text()
            for link in page.locator("[data-testid='stMain'] a[href]").all():
                assert link.get_attribute("href").startswith(("http://", "https://", "#", "/", "?"))
        # An event several articles report: their titles are offered as text too.
        event = sql(edge_db, "SELECT event_id FROM dash_events WHERE n_sources > 1 ORDER BY ev DESC LIMIT 1")[
            0
        ][0]
        load(page, f"{server}/?tab=Evidence&event={event}")
        page.wait_for_selector("h3.article-title")
        assert page.get_by_text("articles report this event").count() == 1
        # A name full of markup as the ego: headings, captions and the finder's buttons show it as text.
        name = sql(edge_db, "SELECT actor FROM dash_actors ORDER BY n_events DESC LIMIT 1")[0][0]
        load(page, f"{server}/?{urllib.parse.urlencode({'ego': name})}")
        finder = page.get_by_role("textbox", name="Find an actor")
        finder.fill("bold")
        act(page, lambda: finder.press("Enter"))
        page.get_by_text("Whom <b>Bold</b> <img").wait_for()
        shoot(page, tmp_path, "edge-ego")
        main = page.locator("[data-testid='stMain'], [data-testid='stSidebar']")
        assert (
            main.locator(
                "img[src*='tracker.invalid'], a[href*='tracker.invalid'], a[href^='mailto:']"
            ).count()
            == 0
        )
        assert main.locator(".katex, strong:has-text('Star')").count() == 0
        no_exception(page)
    assert outside == []
