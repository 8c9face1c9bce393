"""One poll of the web inputs (URLs, OPML files, URL lists): feeds fetched conditionally, the
pages of their new entries fetched, each page turned into an Article or a SkippedInput.

Threads fetch (the Fetcher paces them per host and caps them); the generator's own thread does
everything else and is the only one to use the store. What a poll saw (pages, feeds' ETags) is
written by `save_state` once the round's articles are stored, so a 304 never hides an entry
that an interrupted run fetched but did not store.
"""

from __future__ import annotations

import datetime as dt
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ingest.feeds import (
    URL_LIST_SUFFIXES,
    Feed,
    FeedEntry,
    document_kind,
    looks_like_url_list,
    page_article,
    parse_feed,
    parse_json_feed,
    parse_opml,
    parse_url_list,
    root_element,
)
from ingest.records import Article, SkippedInput
from ingest.sources import MAX_DOCUMENT_BYTES, InputError
from ingest.store import Store
from ingest.web import Fetcher, FetchFailure, Response

WEB_PREFIXES = ("http://", "https://")
OPML_SUFFIXES = {".opml", ".xml"}
MAX_LIST_FILE_BYTES = 10_000_000  # an OPML file or URL list on disk
MAX_FEED_BYTES = 10_000_000
MAX_PAGE_BYTES = MAX_DOCUMENT_BYTES
MAX_ATTEMPTS = 5  # a page failing for passing reasons this often is given up
THREADS_PER_CONNECTION = 4  # threads waiting on a host's delay hold no connection slot

PAGE_COLUMNS = [
    "url",
    "feed_url",
    "final_url",
    "redirects",
    "article_id",
    "outcome",
    "reason",
    "http_status",
    "attempts",
    "fetched_at",
    "retry_at",
]
FEED_COLUMNS = [
    "feed_url",
    "final_url",
    "title",
    "etag",
    "last_modified",
    "polled_at",
    "status",
    "reason",
    "last_entry_url",
    "retry_at",
]


def is_web_input(raw: str) -> bool:
    """A URL, an OPML file, or a text file of URLs (one a line)."""
    if raw.lower().startswith(WEB_PREFIXES):
        return True
    path = Path(raw)
    suffix = path.suffix.lower()
    if suffix not in OPML_SUFFIXES | URL_LIST_SUFFIXES or not path.is_file():
        return False
    try:
        if path.stat().st_size > MAX_LIST_FILE_BYTES:
            return suffix == ".opml"
        head = path.read_bytes()
    except OSError:
        return False
    if suffix in OPML_SUFFIXES:
        return suffix == ".opml" or root_element(head[:4096]) == "opml"
    return looks_like_url_list(head.decode("utf-8", errors="replace"))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def utc_from_epoch(seconds: float | None) -> dt.datetime | None:
    return None if seconds is None else dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Target:
    """A URL to fetch: `kind` is 'feed' when known to be one, else 'any' (feed or page)."""

    url: str
    kind: str = "any"
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class PageTask:
    url: str
    feed_url: str | None
    entry: FeedEntry | None
    feed_title: str | None
    attempts: int  # earlier attempts


@dataclass(frozen=True)
class PageResult:
    task: PageTask
    article: Article | None
    failure: FetchFailure | None
    response: Response | None
    fetched_at: dt.datetime


class TaskPool:
    """Run calls on daemon threads and hand back their results as they finish. Daemon threads:
    an interrupted run exits at once rather than waiting on a server that never answers."""

    def __init__(self, threads: int):
        self.tasks: queue.SimpleQueue = queue.SimpleQueue()
        self.done: queue.SimpleQueue = queue.SimpleQueue()
        self.pending = 0
        self.generation = 0  # results of an abandoned round are dropped, not handed to the next
        for _ in range(threads):
            threading.Thread(target=self.work, daemon=True).start()

    def work(self) -> None:
        while True:
            generation, call, args = self.tasks.get()
            try:
                self.done.put((generation, True, call(*args)))
            except BaseException as error:  # handed to the caller's thread
                self.done.put((generation, False, error))

    def submit(self, call: Callable, *args) -> None:
        self.pending += 1
        self.tasks.put((self.generation, call, args))

    def results(self) -> Iterator:
        while self.pending:
            generation, ok, value = self.done.get()
            if generation != self.generation:
                continue
            self.pending -= 1
            if not ok:
                raise value
            yield value

    def new_generation(self) -> None:
        self.generation += 1
        self.pending = 0


class Crawler:
    """Polls the same inputs round after round; keeps one Fetcher (robots.txt, host delays)."""

    def __init__(self, store: Store, fetcher: Fetcher, inputs: list[str], *, report_deferred: bool = True):
        """report_deferred: report what waits on a server's Retry-After as skipped (a single run
        does; --follow simply polls it later)."""
        self.store = store
        self.fetcher = fetcher
        self.inputs = inputs
        self.report_deferred = report_deferred
        self.pool = TaskPool(fetcher.connections * THREADS_PER_CONNECTION)
        self.known_pages = 0  # pages not fetched because an earlier run stored them
        self.page_rows: list[dict] = []
        self.feed_rows: list[dict] = []

    def poll(self) -> Iterator[Article | SkippedInput]:
        """One round over every input."""
        self.fetcher.new_round()
        self.pool.new_generation()
        self.queued: set[str] = set()
        targets: list[Target] = []
        for raw in self.inputs:
            if raw.lower().startswith(WEB_PREFIXES):
                targets.append(Target(raw))
                continue
            try:
                targets += read_list_file(Path(raw))
            except InputError as error:
                yield SkippedInput(raw, str(error))
        yield from self.fetch_targets(targets)
        retries = self.store.pages_to_retry(sorted({t.url for t in targets}), utc_now())
        for row in retries.itertuples(index=False):
            self.queue_page(PageTask(row.url, row.feed_url, None, None, int(row.attempts)))
        yield from self.drain()

    def fetch_targets(self, targets: list[Target]) -> Iterator[SkippedInput]:
        """Submit the targets not yet queued this round, with their validators and page states."""
        targets = [t for t in dict.fromkeys(targets) if t.url not in self.queued]
        if not targets:
            return
        urls = [t.url for t in targets]
        feeds = self.store.feed_states(urls).set_index("feed_url")
        pages = self.store.url_states(urls).set_index("url")
        now = utc_now()
        for target in targets:
            self.queued.add(target.url)
            if target.url in feeds.index:
                state = feeds.loc[target.url]
                if pd.notna(state.retry_at) and state.retry_at > now:
                    if self.report_deferred:
                        yield SkippedInput(
                            target.url,
                            f"not polled: the server asked to wait until {state.retry_at:%H:%M:%S} UTC",
                        )
                    continue
                target = Target(target.url, "feed", none_if_na(state.etag), none_if_na(state.last_modified))
            elif target.kind == "any" and target.url in pages.index:
                self.known_pages += pages.loc[target.url, "outcome"] == "article"
                continue
            self.pool.submit(self.fetch_document, target)

    def fetch_document(self, target: Target) -> tuple[Target, Response | FetchFailure]:
        try:
            return target, self.fetcher.get(
                target.url, max_bytes=MAX_FEED_BYTES, etag=target.etag, last_modified=target.last_modified
            )
        except FetchFailure as failure:
            return target, failure

    def queue_page(self, task: PageTask) -> None:
        if task.url not in self.queued:
            self.queued.add(task.url)
            self.pool.submit(self.fetch_page, task)

    def fetch_page(self, task: PageTask) -> PageResult:
        fetched_at = utc_now()
        response = None
        try:
            response = self.fetcher.get(task.url, max_bytes=MAX_PAGE_BYTES)
            return PageResult(task, page_from(response, task, fetched_at), None, response, fetched_at)
        except FetchFailure as failure:
            return PageResult(task, None, failure, response, fetched_at)

    def drain(self) -> Iterator[Article | SkippedInput]:
        """Hand on results as they come; a feed's result queues its new entries' pages."""
        for result in self.pool.results():
            if isinstance(result, PageResult):
                yield from self.page_done(result)
            else:
                yield from self.document_done(*result)

    def document_done(
        self, target: Target, outcome: Response | FetchFailure
    ) -> Iterator[Article | SkippedInput]:
        if isinstance(outcome, FetchFailure) and outcome.deferred and not self.report_deferred:
            return  # --follow polls it again once the host's Retry-After has passed
        if isinstance(outcome, FetchFailure):
            if target.kind == "feed":
                self.record_feed(target, outcome.final_url, status="failed", reason=outcome.reason)
                if outcome.status in (429, 503):
                    self.feed_rows[-1]["retry_at"] = utc_from_epoch(outcome.retry_at)
            yield SkippedInput(target.url, outcome.reason)
            return
        if outcome.not_modified:
            self.record_feed(target, outcome.final_url, status="not modified")
            return
        kind = document_kind(outcome.content_type, outcome.body)
        try:
            if kind == "feed":
                feed = parse_feed(outcome.body, outcome.final_url, outcome.content_type)
            elif kind == "json_feed":
                feed = parse_json_feed(outcome.body)
            elif kind == "opml":
                yield from self.fetch_targets([Target(url, "feed") for url in parse_opml(outcome.body)])
                return
            elif kind == "html" and target.kind == "any":
                yield from self.page_done(self.fetched_page(target, outcome))
                return
            else:
                wanted = "a feed" if target.kind == "feed" else "an HTML page or a feed"
                raise InputError(f"not {wanted} (Content-Type {outcome.content_type or 'missing'})")
        except InputError as error:
            if target.kind == "feed" or kind in ("feed", "json_feed"):
                self.record_feed(target, outcome.final_url, status="failed", reason=str(error))
            yield SkippedInput(target.url, str(error))
            return
        yield from self.feed_done(target, outcome, feed)

    def fetched_page(self, target: Target, response: Response) -> PageResult:
        """A URL given directly turned out to be a page."""
        task = PageTask(target.url, None, None, None, 0)
        fetched_at = utc_now()
        try:
            if len(response.body) > MAX_PAGE_BYTES:
                raise FetchFailure(f"page is over the {MAX_PAGE_BYTES / 1e6:.0f} MB limit")
            return PageResult(task, page_from(response, task, fetched_at), None, response, fetched_at)
        except FetchFailure as failure:
            return PageResult(task, None, failure, response, fetched_at)

    def feed_done(self, target: Target, response: Response, feed: Feed) -> Iterator[SkippedInput]:
        self.record_feed(
            target,
            response.final_url,
            status="ok",
            etag=response.etag,
            last_modified=response.last_modified,
            title=feed.title,
            last_entry_url=feed.entries[0].link if feed.entries else None,
        )
        if feed.unlinked:
            yield SkippedInput(target.url, f"{feed.unlinked} feed entries have no link to fetch")
        links = [entry.link for entry in feed.entries if entry.link not in self.queued]
        states = self.store.url_states(links).set_index("url") if links else pd.DataFrame()
        now = utc_now()
        for entry in feed.entries:
            attempts = 0
            if entry.link in states.index:
                state = states.loc[entry.link]
                if state.outcome != "retry":
                    self.known_pages += state.outcome == "article"
                    continue
                if pd.notna(state.retry_at) and state.retry_at > now:
                    continue
                attempts = int(state.attempts)
            self.queue_page(PageTask(entry.link, target.url, entry, feed.title, attempts))

    def page_done(self, result: PageResult) -> Iterator[Article | SkippedInput]:
        task, failure, response = result.task, result.failure, result.response
        attempts = task.attempts + (0 if failure is not None and failure.deferred else 1)
        row = {
            "url": task.url,
            "feed_url": task.feed_url,
            "final_url": response.final_url if response else failure.final_url,
            "redirects": list(response.redirects if response else failure.redirects),
            "article_id": result.article.article_id if result.article else None,
            "outcome": "article",
            "reason": None,
            "http_status": response.status if response else failure.status,
            "attempts": attempts,
            "fetched_at": result.fetched_at,
            "retry_at": None,
        }
        if failure is not None:
            row["reason"] = failure.reason
            row["outcome"] = "retry" if failure.passing and attempts < MAX_ATTEMPTS else "failed"
            if row["outcome"] == "retry":
                row["retry_at"] = utc_from_epoch(failure.retry_at)
            elif failure.passing:
                row["reason"] += f" (given up after {MAX_ATTEMPTS} attempts)"
            if task.feed_url is not None:  # a URL given directly is tried again on the next run
                self.page_rows.append(row)
            if self.report_deferred or not failure.deferred:
                yield SkippedInput(task.url, failure.reason)
            return
        self.page_rows.append(row)
        yield result.article

    def record_feed(self, target: Target, final_url: str | None, *, status: str, **fields) -> None:
        row = dict.fromkeys(FEED_COLUMNS)
        row.update(feed_url=target.url, final_url=final_url, polled_at=utc_now(), status=status, **fields)
        self.feed_rows.append(row)

    def take_known_pages(self) -> int:
        """Pages not fetched since the last call because an earlier run stored them."""
        count, self.known_pages = self.known_pages, 0
        return count

    def save_state(self) -> None:
        """Write what the round saw; call once its articles are stored."""
        if self.page_rows or self.feed_rows:
            self.store.record_web_round(
                pd.DataFrame(self.page_rows, columns=PAGE_COLUMNS).drop_duplicates("url", keep="last"),
                pd.DataFrame(self.feed_rows, columns=FEED_COLUMNS).drop_duplicates("feed_url", keep="last"),
            )
        self.page_rows, self.feed_rows = [], []


def page_from(response: Response, task: PageTask, fetched_at: dt.datetime) -> Article:
    """The page's article, or a FetchFailure saying why there is none."""
    kind = document_kind(response.content_type, response.body)
    if kind != "html":
        media = response.content_type or "missing"
        raise FetchFailure(
            f"not an HTML page (Content-Type {media})", status=response.status, final_url=response.final_url
        )
    try:
        return page_article(
            response.body,
            url=task.url,
            final_url=response.final_url,
            entry=task.entry,
            feed_title=task.feed_title,
            feed_url=task.feed_url,
            fetched_at=fetched_at,
        )
    except InputError as error:
        raise FetchFailure(str(error), status=response.status, final_url=response.final_url) from None


def read_list_file(path: Path) -> list[Target]:
    """The targets an OPML file (feeds) or a URL list (feeds or pages) names."""
    try:
        if path.stat().st_size > MAX_LIST_FILE_BYTES:
            raise InputError(f"file is over the {MAX_LIST_FILE_BYTES / 1e6:.0f} MB limit for a list of URLs")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if path.suffix.lower() in OPML_SUFFIXES:
        return [Target(url, "feed") for url in parse_opml(data)]
    return [Target(url) for url in parse_url_list(data.decode("utf-8", errors="replace"))]


def none_if_na(value):
    return None if pd.isna(value) else value
