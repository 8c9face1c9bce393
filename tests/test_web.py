"""The Fetcher against a real HTTP server on loopback: politeness, redirects, caps, failures."""

import socket
import threading
import time

import pytest

from ingest.web import USER_AGENT, Fetcher, FetchFailure
from tests.local_web import LocalWeb, Route

PAGE = Route(b"<html><body><p>A page.</p></body></html>")
DEADLINE = 60.0  # generous: waits end as soon as their condition holds


@pytest.fixture
def web():
    with LocalWeb() as server:
        server.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n", "text/plain")
        yield server


def fetcher(**options) -> Fetcher:
    return Fetcher(**{"host_delay": 0.0, "timeout": 10.0, **options})


def test_requests_name_the_project_and_read_robots_txt_first(web):
    web.routes["/a"] = PAGE
    response = fetcher().get(web.url("/a"), max_bytes=10_000)
    assert response.body == PAGE.body and response.content_type == "text/html"
    assert [entry.path for entry in web.log] == ["/robots.txt", "/a"]
    assert {entry.headers["User-Agent"] for entry in web.log} == {USER_AGENT}
    assert "DiplomacyTracker" in USER_AGENT


def test_robots_txt_disallow_is_honoured_without_a_request(web):
    web.routes["/private/x"] = PAGE
    with pytest.raises(FetchFailure, match="disallowed by the site's robots.txt") as caught:
        fetcher().get(web.url("/private/x"), max_bytes=10_000)
    assert not caught.value.passing
    assert web.requests_to("/private/x") == []


def test_a_missing_robots_txt_allows_everything(web):
    del web.routes["/robots.txt"]
    web.routes["/private/x"] = PAGE
    assert fetcher().get(web.url("/private/x"), max_bytes=10_000).status == 200


def test_conditional_get_gets_a_304_and_counts_it(web):
    web.routes["/feed"] = Route(b"<rss/>", "application/rss+xml", validators=True)
    client = fetcher()
    first = client.get(web.url("/feed"), max_bytes=10_000)
    assert first.etag and first.last_modified
    second = client.get(
        web.url("/feed"), max_bytes=10_000, etag=first.etag, last_modified=first.last_modified
    )
    assert second.not_modified and second.body == b""
    assert web.requests_to("/feed")[1].headers["If-None-Match"] == first.etag
    assert (client.stats.requests, client.stats.not_modified, client.stats.robots_requests) == (3, 1, 1)


def test_redirects_are_followed_and_recorded(web):
    web.routes["/final"] = PAGE
    web.redirect("/moved", "/hop")
    web.redirect("/hop", web.url("/final"), status=302)
    response = fetcher().get(web.url("/moved"), max_bytes=10_000)
    assert response.final_url == web.url("/final")
    assert response.redirects == (web.url("/moved"), web.url("/hop"))


def test_a_redirect_loop_is_a_final_failure_naming_the_loop(web):
    web.redirect("/loop-a", "/loop-b")
    web.redirect("/loop-b", "/loop-a")
    with pytest.raises(FetchFailure, match=r"redirect loop: .*/loop-a → .*/loop-b → .*/loop-a") as caught:
        fetcher().get(web.url("/loop-a"), max_bytes=10_000)
    assert not caught.value.passing
    assert len(web.requests_to("/loop-a")) == 1


def test_more_than_ten_redirects_is_a_failure(web):
    for hop in range(15):
        web.redirect(f"/r{hop}", f"/r{hop + 1}")
    with pytest.raises(FetchFailure, match="more than 10 redirects"):
        fetcher().get(web.url("/r0"), max_bytes=10_000)


def test_redirect_to_another_scheme_is_refused(web):
    web.redirect("/ftp", "ftp://127.0.0.1/file")
    with pytest.raises(FetchFailure, match="not an http"):
        fetcher().get(web.url("/ftp"), max_bytes=10_000)


@pytest.mark.parametrize(
    ("status", "reason", "passing"),
    [
        (404, "HTTP 404 Not Found", False),
        (410, "HTTP 410 Gone", False),
        (403, "HTTP 403 Forbidden", False),
        (500, "HTTP 500 Internal Server Error", True),
        (502, "HTTP 502 Bad Gateway", True),
    ],
)
def test_error_statuses_say_which_and_whether_to_retry(web, status, reason, passing):
    web.routes["/e"] = Route(b"error", "text/plain", status=status)
    with pytest.raises(FetchFailure) as caught:
        fetcher().get(web.url("/e"), max_bytes=10_000)
    assert (caught.value.reason, caught.value.passing, caught.value.status) == (reason, passing, status)


@pytest.mark.parametrize("status", [429, 503])
def test_429_and_503_back_off_for_retry_after_and_close_the_host_meanwhile(web, status):
    web.routes["/busy"] = Route(b"slow down", "text/plain", status=status, headers={"Retry-After": "120"})
    web.routes["/other"] = PAGE
    client = fetcher()
    before = time.time()
    with pytest.raises(FetchFailure, match=rf"HTTP {status} .*; retry after 120 s") as caught:
        client.get(web.url("/busy"), max_bytes=10_000)
    after = time.time()
    assert before + 120 <= caught.value.retry_at <= after + 120
    with pytest.raises(FetchFailure, match=rf"deferred: HTTP {status}") as deferred:
        client.get(web.url("/other"), max_bytes=10_000)
    assert deferred.value.passing
    assert web.requests_to("/other") == []


def test_retry_after_as_an_http_date(web):
    when = time.time() + 600
    web.routes["/busy"] = Route(
        b"",
        "text/plain",
        status=429,
        headers={"Retry-After": time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(when))},
    )
    with pytest.raises(FetchFailure) as caught:
        fetcher().get(web.url("/busy"), max_bytes=10_000)
    assert when - 5 <= caught.value.retry_at <= when + 5


def test_a_server_that_never_answers_times_out(web):
    web.routes["/hang"] = lambda handler: handler.hang()
    with pytest.raises(FetchFailure, match=r"timed out: no data for 0.5 s") as caught:
        fetcher(timeout=0.5).get(web.url("/hang"), max_bytes=10_000)
    assert caught.value.passing


def test_a_response_trickling_in_is_cut_at_the_whole_response_deadline(web):
    web.routes["/trickle"] = lambda handler: handler.trickle()
    with pytest.raises(FetchFailure, match=r"too slow: response not complete after \d+ s"):
        fetcher(timeout=0.3).get(web.url("/trickle"), max_bytes=1_000_000)


def test_a_50_mb_body_with_its_length_declared_is_not_read(web):
    web.routes["/huge"] = lambda handler: handler.huge(50_000_000, declared=True)
    client = fetcher()
    with pytest.raises(FetchFailure, match=r"response of 50.0 MB is over the 5.0 MB limit \(not read\)"):
        client.get(web.url("/huge"), max_bytes=5_000_000)
    assert client.stats.bytes < 1_000_000


def test_a_50_mb_body_without_a_length_is_read_only_to_the_cap(web):
    web.routes["/huge"] = lambda handler: handler.huge(50_000_000, declared=False)
    client = fetcher()
    with pytest.raises(FetchFailure, match=r"over the 5.0 MB limit \(stopped reading\)"):
        client.get(web.url("/huge"), max_bytes=5_000_000)
    assert 5_000_000 < client.stats.bytes < 6_000_000


def test_a_host_with_nothing_listening_fails_once_per_round(web):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = fetcher()
    with pytest.raises(FetchFailure, match="cannot connect: connection refused") as caught:
        client.get(f"http://127.0.0.1:{port}/a", max_bytes=10_000)
    assert caught.value.passing
    assert client.stats.requests == 1
    with pytest.raises(FetchFailure, match="connection refused"):
        client.get(f"http://127.0.0.1:{port}/b", max_bytes=10_000)
    assert client.stats.requests == 1  # not tried again in this round
    client.new_round()
    with pytest.raises(FetchFailure, match="connection refused"):
        client.get(f"http://127.0.0.1:{port}/b", max_bytes=10_000)
    assert client.stats.requests == 2


def test_requests_to_one_host_are_spaced_by_the_host_delay(web):
    for n in range(3):
        web.routes[f"/p{n}"] = PAGE
    client = fetcher(host_delay=0.3)
    for n in range(3):
        client.get(web.url(f"/p{n}"), max_bytes=10_000)
    arrivals = [entry.at for entry in web.log]
    assert len(arrivals) == 4  # robots.txt, then the three pages
    assert all(later - earlier >= 0.3 for earlier, later in zip(arrivals, arrivals[1:], strict=False))


def test_robots_crawl_delay_raises_the_host_delay(web):
    web.routes["/robots.txt"] = Route(b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    web.routes["/a"] = web.routes["/b"] = PAGE
    client = fetcher(host_delay=0.0)
    client.get(web.url("/a"), max_bytes=10_000)
    client.get(web.url("/b"), max_bytes=10_000)
    (first,), (second,) = web.requests_to("/a"), web.requests_to("/b")
    assert second.at - first.at >= 1.0


def test_concurrent_requests_never_exceed_the_cap():
    cap, hosts = 2, 5
    gauge = {"now": 0, "max": 0}
    changed = threading.Condition()
    release = threading.Event()

    def held(handler):
        with changed:
            gauge["now"] += 1
            gauge["max"] = max(gauge["max"], gauge["now"])
            changed.notify_all()
        release.wait(DEADLINE)
        with changed:
            gauge["now"] -= 1
        handler.answer(PAGE)

    servers = [LocalWeb().__enter__() for _ in range(hosts)]
    try:
        for server in servers:
            server.routes["/held"] = held
        client = fetcher(connections=cap)
        threads = [
            threading.Thread(target=client.get, args=(server.url("/held"),), kwargs={"max_bytes": 10_000})
            for server in servers
        ]
        for thread in threads:
            thread.start()
        with changed:
            assert changed.wait_for(lambda: gauge["now"] == cap, DEADLINE)
        release.set()
        for thread in threads:
            thread.join(DEADLINE)
        assert sum(len(server.requests_to("/held")) for server in servers) == hosts
        assert gauge["max"] == cap
    finally:
        release.set()
        for server in servers:
            server.__exit__(None, None, None)
