"""End to end: the real CLI ingesting feeds, OPML, URL lists and pages from a loopback server."""

import json
import re
import shutil
import socket
import subprocess
import sys

import pytest

from tests.conftest import ROOT, query, run_ingest
from tests.local_web import LocalWeb, Route
from tests.web_articles import ARTICLES

TITLES = list(ARTICLES)
FAST = ("--host-delay", "0", "--timeout", "2")


def web_line(stdout: str) -> tuple[int, int, int, int]:
    """(requests, not modified, robots.txt, bytes) from the summary's web line."""
    match = re.search(
        r"web: (\d+) requests(?: in \d+ polls)? \((\d+) not modified, (\d+) robots.txt\), ([\d,]+) bytes",
        stdout,
    )
    assert match, stdout
    return tuple(int(group.replace(",", "")) for group in match.groups())


@pytest.fixture
def site():
    """Three feeds (RSS, Atom, JSON Feed) of article pages, one page behind a redirect."""
    with LocalWeb() as web:
        web.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        for number, title in enumerate(TITLES):
            web.page(f"/news/{number}", title, ARTICLES[title])
        web.redirect("/go/1", "/news/1")
        web.rss(
            "/world.rss", [(TITLES[0], "/news/0", "Stubb in Kenya"), (TITLES[1], "/go/1", "Modi in Berlin")]
        )
        web.atom(
            "/wire.atom", [(TITLES[2], "/news/2", "Lula in Tokyo"), (TITLES[3], "/news/3", "Rabat talks")]
        )
        web.routes["/desk.json"] = Route(
            json.dumps(
                {
                    "version": "https://jsonfeed.org/version/1.1",
                    "title": "Loopback Desk",
                    "items": [{"id": "4", "url": web.url("/news/4"), "title": TITLES[4]}],
                }
            ).encode(),
            "application/feed+json",
            validators=True,
        )
        yield web


def write_inputs(web: LocalWeb, folder) -> tuple[str, str]:
    opml = folder / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>'
        f'<outline text="News"><outline text="World" type="rss" xmlUrl="{web.url("/world.rss")}"/>'
        f'<outline text="Wire" type="rss" xmlUrl="{web.url("/wire.atom")}"/></outline></body></opml>'
    )
    urls = folder / "links.txt"
    urls.write_text(f"# feeds and pages to read\n{web.url('/desk.json')}\n{web.url('/news/5')}\n")
    return str(opml), str(urls)


def test_feeds_opml_and_url_lists_are_ingested_once_then_polls_fetch_nothing_new(site, tmp_path):
    db = tmp_path / "events.duckdb"
    opml, urls = write_inputs(site, tmp_path)

    first = run_ingest(opml, urls, "--db", str(db), *FAST)
    assert first.returncode == 0, first.stderr
    assert "articles: 6 new, 0 already present, 0 skipped" in first.stdout
    requests, not_modified, robots, received = web_line(first.stdout)
    assert (requests, not_modified, robots) == (len(site.log), 0, 1)
    assert received == sum(entry.sent for entry in site.log)
    assert sorted(entry.path for entry in site.log) == sorted(
        ["/robots.txt", "/world.rss", "/wire.atom", "/desk.json", "/go/1"] + [f"/news/{n}" for n in range(6)]
    )
    titles = dict(query(db, "SELECT title, url FROM articles"))
    assert set(titles) == set(TITLES)
    assert titles[TITLES[1]] == site.url("/news/1")  # where the redirect led
    pairs = query(db, "SELECT participants FROM v_events WHERE event_type = 'meeting' ORDER BY 1")
    assert ["Alexander Stubb", "William Ruto"] in [row[0] for row in pairs]
    provenance = dict(query(db, "SELECT source_path, feed_url FROM articles"))
    assert provenance[site.url("/go/1")] == site.url("/world.rss")
    assert provenance[site.url("/news/4")] == site.url("/desk.json")
    assert provenance[site.url("/news/5")] is None
    assert query(db, "SELECT count(*) FROM articles WHERE fetched_at IS NULL")[0][0] == 0
    assert query(db, "SELECT redirects FROM web_pages WHERE url = ?", [site.url("/go/1")]) == [
        ([site.url("/go/1")],)
    ]
    feeds = dict(query(db, "SELECT feed_url, etag IS NOT NULL FROM feeds"))
    assert feeds == {site.url(path): True for path in ("/world.rss", "/wire.atom", "/desk.json")}

    seen = len(site.log)
    second = run_ingest(opml, urls, "--db", str(db), *FAST)
    assert second.returncode == 0, second.stderr
    assert "articles: 0 new, 1 already present, 0 skipped" in second.stdout
    polled = site.log[seen:]
    assert sorted((entry.path, entry.status) for entry in polled) == [
        ("/desk.json", 304),
        ("/robots.txt", 200),
        ("/wire.atom", 304),
        ("/world.rss", 304),
    ]
    requests, not_modified, robots, received = web_line(second.stdout)
    assert (requests, not_modified, robots) == (4, 3, 1)
    assert received == site.requests_to("/robots.txt")[-1].sent

    site.rss(
        "/world.rss",
        [(TITLES[5], "/news/5", "Albanese"), (TITLES[0], "/news/0", "Stubb"), (TITLES[1], "/go/1", "Modi")],
    )
    seen = len(site.log)
    third = run_ingest(opml, "--db", str(db), *FAST)
    assert third.returncode == 0, third.stderr
    assert sorted(entry.path for entry in site.log[seen:]) == ["/robots.txt", "/wire.atom", "/world.rss"]
    assert "articles: 0 new, 3 already present, 0 skipped" in third.stdout


def test_a_page_url_given_directly_is_ingested_and_then_not_fetched_again(site, tmp_path):
    db = tmp_path / "events.duckdb"
    first = run_ingest(site.url("/news/3"), "--db", str(db), *FAST)
    assert first.returncode == 0, first.stderr
    assert "articles: 1 new" in first.stdout
    assert query(db, "SELECT title, source FROM articles") == [(TITLES[3], "Loopback Times")]
    second = run_ingest(site.url("/news/3"), "--db", str(db), *FAST)
    assert "articles: 0 new, 1 already present" in second.stdout
    assert len(site.requests_to("/news/3")) == 1
    assert web_line(second.stdout)[0] == 0


def test_the_same_text_at_a_second_url_is_stored_once_and_that_url_remembered(site, tmp_path):
    db = tmp_path / "events.duckdb"
    site.routes["/mirror/0"] = site.routes["/news/0"]
    site.rss("/twice.rss", [(TITLES[0], "/news/0", "a"), (TITLES[0], "/mirror/0", "b")])
    first = run_ingest(site.url("/twice.rss"), "--db", str(db), *FAST)
    assert "articles: 1 new, 1 already present" in first.stdout
    outcomes = query(db, "SELECT url, outcome, article_id FROM web_pages ORDER BY url")
    assert [(url, outcome) for url, outcome, _ in outcomes] == [
        (site.url("/mirror/0"), "article"),
        (site.url("/news/0"), "article"),
    ]
    assert outcomes[0][2] == outcomes[1][2] == query(db, "SELECT article_id FROM articles")[0][0]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_every_failure_gets_one_line_naming_the_url_and_reason_and_is_counted(site, tmp_path):
    db = tmp_path / "events.duckdb"
    dead = f"http://127.0.0.1:{closed_port()}/gone"
    site.routes["/e404"] = Route(b"no", "text/plain", status=404)
    site.routes["/e410"] = Route(b"no", "text/plain", status=410)
    site.routes["/e500"] = Route(b"no", "text/plain", status=500)
    site.routes["/e429"] = Route(b"no", "text/plain", status=429, headers={"Retry-After": "3600"})
    site.routes["/hang"] = lambda handler: handler.hang()
    site.routes["/report.pdf"] = Route(b"%PDF-1.7 ...", "application/pdf")
    site.routes["/huge"] = lambda handler: handler.huge(50_000_000, declared=False)
    site.routes["/empty-page"] = Route(b"<html><body><nav>Home</nav></body></html>")
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    site.routes["/bad.xml"] = Route(b"<rss version='2.0'><channel><item><title>cut", "application/rss+xml")
    site.routes["/empty.xml"] = Route(b"<?xml version='1.0'?><rss version='2.0'><channel/></rss>", "text/xml")
    entries = [
        "/e404",
        "/e410",
        "/e500",
        "/hang",
        "/report.pdf",
        "/huge",
        "/empty-page",
        "/loop-a",
        "/private/p",
    ]
    site.rss("/trouble.rss", [("x", path, "short") for path in entries] + [(TITLES[0], "/news/0", "ok")])
    site.rss("/dead.rss", [("dead", "/gone", "x")])
    site.routes["/dead.rss"].body = site.routes["/dead.rss"].body.replace(
        site.url("/gone").encode(), dead.encode()
    )
    # hosts that answer 429 and 503: each is left alone after that answer
    with LocalWeb() as busy, LocalWeb() as down:
        busy.routes["/busy"] = Route(b"", "text/plain", status=429, headers={"Retry-After": "3600"})
        down.routes["/e503.xml"] = Route(b"", "text/plain", status=503, headers={"Retry-After": "60"})
        opml = tmp_path / "feeds.opml"
        opml.write_text(
            f'<opml version="2.0"><body><outline xmlUrl="{down.url("/e503.xml")}"/></body></opml>'
        )
        urls = [site.url(p) for p in ("/trouble.rss", "/dead.rss", "/bad.xml", "/empty.xml")]
        result = run_ingest(
            *urls,
            busy.url("/busy"),
            str(opml),
            "--db",
            str(db),
            "--strict",
            "--host-delay",
            "0",
            "--timeout",
            "1",
        )
    assert result.returncode == 1, result.stdout + result.stderr
    expected = {
        site.url("/e404"): "HTTP 404 Not Found",
        site.url("/e410"): "HTTP 410 Gone",
        site.url("/e500"): "HTTP 500 Internal Server Error",
        site.url("/hang"): "timed out: no data for 1 s",
        site.url("/report.pdf"): "not an HTML page (Content-Type application/pdf)",
        site.url("/huge"): "response is over the 5.0 MB limit (stopped reading)",
        site.url("/empty-page"): "no article text",
        site.url("/loop-a"): "redirect loop:",
        site.url("/private/p"): "disallowed by the site's robots.txt",
        dead: "cannot connect: connection refused",
        site.url("/bad.xml"): "malformed feed",
        site.url("/empty.xml"): "empty feed (no entries)",
        down.url("/e503.xml"): "HTTP 503 Service Unavailable; retry after 60 s",
        busy.url("/busy"): "HTTP 429 Too Many Requests; retry after 3600 s",
    }
    lines = [line for line in result.stderr.splitlines() if line.startswith("skipped ")]
    assert len(lines) == len(expected), result.stderr
    for url, reason in expected.items():
        assert any(line.startswith(f"skipped {url}: {reason}") for line in lines), (url, lines)
    assert f"{len(expected)} skipped" in result.stdout
    assert "error: --strict and 14 inputs were skipped" in result.stderr
    assert [entry.path for entry in busy.log] == ["/robots.txt", "/busy"]
    assert query(db, "SELECT title FROM articles") == [(TITLES[0],)]
    outcomes = dict(query(db, "SELECT url, outcome FROM web_pages"))
    assert {url for url, outcome in outcomes.items() if outcome == "retry"} == {
        site.url("/e500"),
        site.url("/hang"),
        dead,
    }
    assert outcomes[site.url("/e404")] == outcomes[site.url("/huge")] == "failed"
    assert query(
        db,
        "SELECT status, retry_at > now() + INTERVAL 50 SECOND FROM feeds WHERE feed_url = ?",
        [down.url("/e503.xml")],
    ) == [("failed", True)]

    seen = len(site.log)
    again = run_ingest(*urls[:2], "--db", str(db), "--host-delay", "0", "--timeout", "1")
    assert again.returncode == 0
    retried = sorted(entry.path for entry in site.log[seen:] if entry.path not in ("/robots.txt",))
    assert retried == [
        "/dead.rss",
        "/e500",
        "/hang",
        "/trouble.rss",
    ]  # feeds 304, only passing failures again


def can_replace_resolv_conf() -> bool:
    try:
        probe = subprocess.run(
            ["unshare", "-m", "sh", "-c", "mount --bind /dev/null /etc/resolv.conf"],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


@pytest.mark.skipif(
    not shutil.which("unshare") or not can_replace_resolv_conf(), reason="needs root and unshare -m"
)
def test_a_dns_failure_is_a_skip_naming_the_host(site, tmp_path):
    """In a mount namespace whose resolv.conf names a resolver on 127.0.0.1 (nothing listens
    there), a lookup fails at once and no query leaves the machine."""
    resolv = tmp_path / "resolv.conf"
    resolv.write_text("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
    site.rss("/far.rss", [("far", "/news/0", "x")])
    site.routes["/far.rss"].body = site.routes["/far.rss"].body.replace(
        site.url("/news/0").encode(), b"http://newsroom.example.invalid/story"
    )
    db = tmp_path / "events.duckdb"
    command = (
        f"mount --bind {resolv} /etc/resolv.conf && exec {sys.executable} -m ingest "
        f"{site.url('/far.rss')} --db {db} --host-delay 0"
    )
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert (
        "skipped http://newsroom.example.invalid/story: DNS lookup failed for newsroom.example.invalid"
        in result.stderr
    )
    assert "1 skipped" in result.stdout
