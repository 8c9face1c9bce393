"""--follow: the real CLI polling a loopback feed server until SIGINT."""

import queue
import re
import signal
import subprocess
import sys
import threading
import time

import pytest

import queries
from ingest.follow import parse_interval
from tests.conftest import ROOT, query
from tests.local_web import LocalWeb, Route
from tests.web_articles import ARTICLES

TITLES = list(ARTICLES)
DEADLINE = 240.0  # generous: every wait ends as soon as its condition holds


class Following:
    """`python -m ingest ... --follow` as a child process, its stdout read line by line."""

    def __init__(self, *args: str):
        # -X faulthandler: a child that outlives its deadline is sent SIGABRT and prints where
        # each of its threads stood
        self.process = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", "-m", "ingest", *args, "--follow"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue = queue.Queue()
        self.seen: list[str] = []
        self.errors: list[str] = []  # stderr, read as it comes so the pipe never fills
        threading.Thread(target=self.read, daemon=True).start()
        self.stderr_done = threading.Thread(target=self.read_errors, daemon=True)
        self.stderr_done.start()

    def read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def read_errors(self) -> None:
        for line in self.process.stderr:
            self.errors.append(line)

    def stderr(self) -> str:
        """All of stderr, once the process has ended."""
        self.stderr_done.join(DEADLINE)
        return "".join(self.errors)

    def wait(self) -> int:
        """The exit status; a child still running at the deadline fails the test with its stacks."""
        try:
            return self.process.wait(DEADLINE)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGABRT)
            self.process.wait(DEADLINE)
            pytest.fail(f"ingest did not exit after SIGINT; its stderr and stacks:\n{self.stderr()}")

    def wait_for(self, pattern: str) -> re.Match:
        """The next stdout line matching `pattern`."""
        deadline = time.monotonic() + DEADLINE
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=deadline - time.monotonic())
            except queue.Empty:
                break
            if line is None:
                break
            self.seen.append(line)
            if match := re.search(pattern, line):
                return match
        self.process.kill()
        pytest.fail(f"no line matching {pattern!r}; stdout so far: {self.seen}; stderr: {self.stderr()}")

    def interrupt(self) -> tuple[int, str, str]:
        """SIGINT, as Ctrl-C sends it; returns (status, rest of stdout, stderr)."""
        self.process.send_signal(signal.SIGINT)
        status = self.wait()
        rest = []
        while (line := self.lines.get(timeout=DEADLINE)) is not None:
            rest.append(line)
        return status, "\n".join(self.seen + rest), self.stderr()


@pytest.fixture
def web():
    with LocalWeb() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nAllow: /\n", "text/plain")
        for number, title in enumerate(TITLES):
            server.page(f"/news/{number}", title, ARTICLES[title])
        yield server


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("90", 90), ("0.5s", 0.5)]
)
def test_intervals_read_as_seconds(text, seconds):
    assert parse_interval(text) == seconds


def test_follow_needs_something_to_poll(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "data/sample", "--follow", "--db", str(tmp_path / "x.duckdb")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "--follow needs a feed or page URL, an OPML file or a file of URLs" in result.stderr


def test_entries_added_while_following_are_ingested_by_the_next_poll_and_ctrl_c_exits_0(web, tmp_path):
    db = tmp_path / "events.duckdb"
    feed = web.rss("/feed.rss", [(TITLES[0], "/news/0", "a"), (TITLES[1], "/news/1", "b")])
    follower = Following(feed, "--db", str(db), "--every", "1s", "--host-delay", "0")
    follower.wait_for(r"^poll 1 done at .*: 2 new articles, 0 skipped")

    entries = [(TITLES[n], f"/news/{n}", "x") for n in (2, 3, 0, 1)]
    web.rss("/feed.rss", entries)
    new_length = len(web.routes["/feed.rss"].body)
    first_new_poll = None
    while first_new_poll is None:  # the first poll that was served the longer feed
        match = follower.wait_for(r"^poll (\d+) done at .*: (\d+) new articles")
        served = [entry.sent for entry in web.requests_to("/feed.rss")]
        if new_length in served:
            first_new_poll = served.index(new_length) + 1
            assert int(match.group(1)) == first_new_poll
            assert int(match.group(2)) == 2
        else:
            assert int(match.group(2)) == 0
    with queries.connect(db, read_only=True, wait_seconds=DEADLINE) as con:  # ingest writes now and then
        titles = [title for (title,) in con.execute("SELECT title FROM articles").fetchall()]
    assert sorted(titles) == sorted(TITLES[:4])
    follower.wait_for(rf"^poll {first_new_poll + 1} done at .*: 0 new articles, 0 skipped")
    assert [entry.status for entry in web.requests_to("/feed.rss")][-1] == 304

    status, stdout, stderr = follower.interrupt()
    assert status == 0, stderr
    assert "articles: 4 new" in stdout
    assert re.search(r"web: \d+ requests in \d+ polls \(\d+ not modified, 1 robots.txt\)", stdout)
    assert re.search(r"stopped following after \d+ polls", stderr)
    assert len(web.requests_to("/news/0")) == 1


def test_a_page_answering_429_is_fetched_again_after_retry_after(web, tmp_path):
    answers = []

    def busy_once(handler):
        answers.append(time.monotonic())
        if len(answers) == 1:
            handler.answer(Route(b"", "text/plain", status=429, headers={"Retry-After": "2"}))
        else:
            handler.answer(web_page)

    web_page = web.routes["/news/5"]
    web.routes["/busy/5"] = busy_once
    feed = web.rss("/feed.rss", [(TITLES[5], "/busy/5", "x")])
    follower = Following(feed, "--db", str(tmp_path / "e.duckdb"), "--every", "0.5s", "--host-delay", "0")
    follower.wait_for(r"^poll 1 done at .*: 0 new articles, 1 skipped")
    follower.wait_for(r"^poll \d+ done at .*: 1 new articles, 0 skipped")
    assert len(answers) == 2 and answers[1] - answers[0] >= 2.0
    status, stdout, stderr = follower.interrupt()
    assert status == 0
    assert "skipped http://127.0.0.1" in stderr and "HTTP 429 Too Many Requests; retry after 2 s" in stderr
    assert "articles: 1 new, 0 already present, 1 skipped" in stdout


def test_ctrl_c_during_a_fetch_that_hangs_exits_0_with_what_was_stored(web, tmp_path):
    db = tmp_path / "events.duckdb"
    web.routes["/hang"] = lambda handler: handler.hang()
    feed = web.rss("/feed.rss", [(TITLES[0], "/news/0", "a")])
    slow = web.rss("/slow.rss", [("never", "/hang", "x")])
    follower = Following(feed, "--db", str(db), "--every", "1s", "--host-delay", "0", "--timeout", "600")
    follower.wait_for(r"^poll 1 done at .*: 1 new articles")
    follower.process.send_signal(signal.SIGINT)  # between polls: the usual summary
    assert follower.wait() == 0

    follower = Following(
        feed, slow, "--db", str(db), "--every", "1s", "--host-delay", "0", "--timeout", "600"
    )
    deadline = time.monotonic() + DEADLINE
    while not web.requests_to("/hang") and time.monotonic() < deadline:
        follower.process.poll()
        threading.Event().wait(0.05)
    assert web.requests_to("/hang")
    status, stdout, stderr = follower.interrupt()
    assert status == 0, stderr
    assert "database now: 1 articles" in stdout
    assert query(db, "SELECT count(*) FROM articles") == [(1,)]
