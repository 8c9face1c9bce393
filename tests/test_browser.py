"""The dashboard in a real browser: `streamlit run` over a database built by the real ingest of
data/sample, driven with playwright. Screenshots go to pytest's tmp_path (paths are printed)."""

from __future__ import annotations

import csv
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ACTOR = "Benjamin Netanyahu"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
)

# Counts read from the page's own plotly figures and captions.
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
  return new Set(plot.data.flatMap(trace => Array.from(trace.y || []))).size;
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("browser") / "events.duckdb"
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "data/sample", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="module")
def server(sample_db) -> str:
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--", "--db", str(sample_db),
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"streamlit did not start:\n{process.stdout.read()}")
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        page.set_default_timeout(30_000)
        yield page
        browser.close()


def settle(page) -> None:
    """Wait until streamlit has finished the rerun the last action started."""
    time.sleep(0.4)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached")
    time.sleep(0.3)


def open_tab(page, label: str) -> None:
    page.get_by_role("tab", name=label).click()
    settle(page)


def evidence_count(page) -> int:
    open_tab(page, "Evidence")
    caption = page.locator('.stTabs [data-testid="stCaptionContainer"]').first.inner_text()
    return int(re.search(r"([\d,]+) events", caption).group(1).replace(",", ""))


def shoot(page, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")


def test_actor_and_date_range_narrow_network_timeline_and_table(page, server, tmp_path):
    page.goto(server)
    page.wait_for_function(f"({NETWORK_NODES})() > 0")
    settle(page)
    nodes_before = page.evaluate(NETWORK_NODES)
    shoot(page, tmp_path, "1-network-all")
    open_tab(page, "Timeline")
    page.wait_for_function(f"({TIMELINE_LANES})() > 0")
    lanes_before = page.evaluate(TIMELINE_LANES)
    rows_before = evidence_count(page)
    open_tab(page, "Network")

    picker = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"] input')
    picker.click()
    picker.fill("Netanyahu")
    page.get_by_role("option", name=re.compile(ACTOR)).click()
    page.keyboard.press("Escape")
    settle(page)
    page.wait_for_function(f"({NETWORK_NODES})() > 0 && ({NETWORK_NODES})() < {nodes_before}")
    nodes_actor = page.evaluate(NETWORK_NODES)
    shoot(page, tmp_path, "2-network-actor")

    page.locator('[aria-label="year, Dates start date"]').click()
    page.keyboard.type("20251001")
    page.locator('[aria-label="year, Dates end date"]').click()
    page.keyboard.type("20251015")
    page.keyboard.press("Escape")
    settle(page)
    page.wait_for_function(f"({NETWORK_NODES})() > 0 && ({NETWORK_NODES})() < {nodes_actor}")
    shoot(page, tmp_path, "3-network-actor-dates")
    assert "actor=Benjamin+Netanyahu" in page.url
    assert "dates=2025-10-01&dates=2025-10-15" in page.url

    open_tab(page, "Timeline")
    page.wait_for_function(f"({TIMELINE_LANES})() > 0")
    lanes_after = page.evaluate(TIMELINE_LANES)
    shoot(page, tmp_path, "4-timeline")
    assert lanes_after < lanes_before
    rows_after = evidence_count(page)
    assert 0 < rows_after < rows_before
    grid = page.locator('.stTabs [data-testid="stDataFrame"]').first.bounding_box()
    page.mouse.click(grid["x"] + 15, grid["y"] + 35 + 17)  # the first row's selection box
    settle(page)
    page.wait_for_selector("mark.evidence")
    assert page.locator(".mention").count() > 0
    shoot(page, tmp_path, "5-evidence-article")
    assert page.locator('[data-testid="stException"]').count() == 0

    # The URL reproduces the view in a fresh page.
    assert "tab=Evidence" in page.url
    page.goto(page.url)
    page.wait_for_selector('.stTabs [data-testid="stCaptionContainer"]')
    settle(page)
    assert evidence_count(page) == rows_after
    assert page.locator('[data-testid="stException"]').count() == 0

    # The CSV is made when asked for, and holds the filtered events.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    with open(download.value.path(), newline="", encoding="utf-8") as csv_file:
        rows = list(csv.DictReader(csv_file))
    assert len(rows) == rows_after
    assert all(ACTOR in row["participants"] for row in rows)
    assert {row["event_date"] for row in rows} <= {f"2025-10-{day:02d}" for day in range(1, 16)}
