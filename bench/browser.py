"""A real Streamlit server and headless Chromium, shared by the browser tests and bench/screenshots.py.

Waits are on conditions (the app's script-run state, elements appearing), never on sleeps, so
they hold on a busy machine.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
START_SECONDS = 90.0
# Counts the script runs the page has been told are over, from the app's own websocket messages
# (ForwardMsg.script_finished, a top-level protobuf varint). The script-state attribute alone is
# not enough: when a run is quick, React can render 'running' and 'notRunning' in one pass, so an
# observer never sees the run. The count goes up a task after the message, once the app's own
# handler has dispatched it.
SCRIPT_FINISHED_FIELD = ForwardMsg.DESCRIPTOR.fields_by_name["script_finished"].number
RUN_OVER = [
    ForwardMsg.ScriptFinishedStatus.Value(name)
    for name in ("FINISHED_SUCCESSFULLY", "FINISHED_WITH_COMPILE_ERROR", "FINISHED_FRAGMENT_RUN_SUCCESSFULLY")
]
COUNT_FINISHED_RUNS = f"""(() => {{
  window.__runsOver = 0;
  const runOver = (buffer) => {{
    const bytes = new Uint8Array(buffer);
    let at = 0;
    const varint = () => {{
      let value = 0, shift = 0, byte;
      do {{ byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; }} while (byte & 0x80);
      return value;
    }};
    while (at < bytes.length) {{
      const key = varint(), field = Math.floor(key / 8), wire = key % 8;
      if (wire === 0) {{
        const value = varint();
        if (field === {SCRIPT_FINISHED_FIELD}) return {RUN_OVER}.includes(value);
      }} else if (wire === 2) {{
        const length = varint();  // read before `at` is: `at += varint()` would add to the old `at`
        at += length;
      }}
      else if (wire === 1) at += 8;
      else if (wire === 5) at += 4;
      else return false;
    }}
    return false;
  }};
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {{
    constructor(...args) {{
      super(...args);
      this.addEventListener('message', (event) => {{
        if (event.data instanceof ArrayBuffer && runOver(event.data)) setTimeout(() => window.__runsOver++);
      }});
    }}
  }};
}})();"""
RUN_DONE = """(before) => {
  const app = document.querySelector('[data-testid="stApp"]');
  return window.__runsOver > before && app.getAttribute('data-test-script-state') === 'notRunning';
}"""
IDLE = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-testid="stSkeleton"]');
}"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(db: Path, extra_args: tuple[str, ...] = ()) -> Iterator[str]:
    """`streamlit run dashboard.py -- --db DB` on a free loopback port; yields its URL."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", *extra_args, "--", "--db", str(db),
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_SECONDS
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError(f"streamlit did not start:\n{process.stdout.read()}") from None
                time.sleep(0.2)  # polling the health endpoint, not waiting for the page
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def chromium_page(width: int = 1440, height: int = 900, timeout_ms: int = 60_000):
    """A fresh headless Chromium page of this viewport size."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.add_init_script(COUNT_FINISHED_RUNS)
            page.set_default_timeout(timeout_ms)
            yield page
        finally:
            browser.close()


def load(page, url: str) -> None:
    """Open `url` and wait until the page has finished its first run."""
    page.goto(url)
    page.wait_for_selector('[data-testid="stApp"]')
    page.wait_for_function(IDLE)
    page.wait_for_selector("h1")
    page.wait_for_function(IDLE)


def act(page, action: Callable[[], object]) -> None:
    """Do something that makes the page run again, and wait until that run has finished."""
    before = page.evaluate("window.__runsOver")
    action()
    page.wait_for_function(RUN_DONE, arg=before)
    page.wait_for_function(IDLE)


def open_tab(page, label: str) -> None:
    tab = page.get_by_role("tab", name=label)
    if tab.get_attribute("aria-selected") == "true":
        return
    act(page, tab.click)
