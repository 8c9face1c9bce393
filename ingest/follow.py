"""--follow: poll the web inputs every interval until interrupted, and the options that shape
how ingest fetches from the web (interval, timeout, per-host delay, concurrent requests)."""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass

import queries
from ingest.crawl import Crawler
from ingest.records import Article, SkippedInput
from ingest.store import Store
from ingest.web import DEFAULT_CONNECTIONS, DEFAULT_HOST_DELAY, DEFAULT_TIMEOUT, FetchStats

DEFAULT_EVERY = "15m"
INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|)\s*$", re.IGNORECASE)
UNIT_SECONDS = {"": 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}


def parse_interval(text: str) -> float:
    """'15m', '30s', '1h' or plain seconds → seconds (argparse type: its message is the error)."""
    match = INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not an interval such as 30s, 15m or 1h")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2).lower()]


def positive_number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    return value


def add_web_arguments(parser: argparse.ArgumentParser) -> None:
    web = parser.add_argument_group(
        "web inputs",
        "PATH may also be a page or feed URL (RSS, Atom, JSON Feed), an OPML file, or a file of URLs",
    )
    web.add_argument(
        "--follow",
        action="store_true",
        help="keep polling the URLs, OPML files and URL lists every --every until Ctrl-C",
    )
    web.add_argument(
        "--every",
        type=parse_interval,
        default=parse_interval(DEFAULT_EVERY),
        metavar="INTERVAL",
        help=f"time between polls with --follow: 30s, 15m, 1h (default {DEFAULT_EVERY})",
    )
    web.add_argument(
        "--timeout",
        type=positive_number,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a server silent this long (default {DEFAULT_TIMEOUT:g})",
    )
    web.add_argument(
        "--host-delay",
        type=positive_number,
        default=DEFAULT_HOST_DELAY,
        metavar="SECONDS",
        help=f"pause between two requests to one host (default {DEFAULT_HOST_DELAY:g}; "
        "a robots.txt Crawl-delay can raise it)",
    )
    web.add_argument(
        "--connections",
        type=int,
        default=DEFAULT_CONNECTIONS,
        metavar="N",
        help=f"requests in flight at once, over all hosts (default {DEFAULT_CONNECTIONS})",
    )


@dataclass(frozen=True)
class PollCounts:
    """The run's totals when a poll started, to print what the poll added."""

    new: int = 0
    skipped: int = 0
    requests: int = 0
    received: int = 0

    @classmethod
    def of(cls, summary) -> PollCounts:
        web = summary.web or FetchStats()
        return cls(summary.new, len(summary.skipped), web.requests, web.bytes)


def follow(
    crawler: Crawler,
    store: Store,
    summary,
    ingest: Callable[[Iterable[Article | SkippedInput]], None],
    *,
    every: float,
    since: float,
    report: Callable[[str], None],
    lock: Callable[[], AbstractContextManager],
) -> None:
    """Poll every `every` seconds, start to start (poll 1, done by the caller, started at
    monotonic time `since`), until KeyboardInterrupt; a poll that takes longer than the interval
    is followed by the next at once. Each poll holds the database's writer `lock` (so another
    ingest can write between polls) and ends with the dashboard's read model rebuilt."""
    print_poll(1, summary, PollCounts())
    number = 2
    while True:
        time.sleep(max(0.0, every - (time.monotonic() - since)))
        since = time.monotonic()
        before = PollCounts.of(summary)
        summary.rounds = number
        try:
            with lock():
                ingest(crawler.poll())
                crawler.save_state()
                summary.present += crawler.take_known_pages()
                store.merge_short_names()
                store.refresh_dashboard()
        except queries.DatabaseBusy as error:
            report(f"poll {number}: {error}; trying again at the next poll")
        print_poll(number, summary, before)
        number += 1


def print_poll(number: int, summary, before: PollCounts) -> None:
    """One line a poll on stdout, as it ends."""
    now = PollCounts.of(summary)
    print(
        f"poll {number} done at {time.strftime('%H:%M:%S')}: {now.new - before.new} new articles, "
        f"{now.skipped - before.skipped} skipped, {now.requests - before.requests} requests, "
        f"{now.received - before.received:,} bytes",
        flush=True,
    )
