"""Fetch web documents as a good citizen: robots.txt, a per-host delay, a cap on concurrent
requests, timeouts, a size cap, conditional GETs, redirects followed and recorded.

Why urllib3: it is the HTTP layer under `requests`, released often, and its PoolManager is
documented thread-safe, so one manager serves every fetching thread with pooled connections.
It streams bodies (the size cap stops reading instead of buffering 50 MB), leaves redirects to
us (each hop is checked against robots.txt and recorded), and names DNS failures, refused
connections and timeouts as distinct exceptions. Every failure becomes a `FetchFailure` whose
message is fit to print after the URL.
"""

from __future__ import annotations

import email.utils
import http
import threading
import time
import urllib.robotparser
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3 import exceptions as http_errors

USER_AGENT = (
    "DiplomacyTrackerBot/1.0 (open-source tracker of diplomatic events in the news; honours robots.txt)"
)
ACCEPT = (
    "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
    "application/feed+json, application/xml;q=0.9, */*;q=0.5"
)
DEFAULT_TIMEOUT = 20.0  # seconds to connect, and to wait for each read
WHOLE_RESPONSE_TIMEOUTS = 6  # a whole response must arrive within this many timeouts
DEFAULT_HOST_DELAY = 1.0  # seconds between two requests to one host (robots.txt Crawl-delay may raise it)
MAX_CRAWL_DELAY = 60.0
DEFAULT_CONNECTIONS = 4  # requests in flight at once, over all hosts; one at a time per host
MAX_REDIRECTS = 10
MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB
ROBOTS_MAX_AGE = 24 * 3600.0
DEFAULT_RETRY_AFTER = 300.0  # a 429/503 without Retry-After
MAX_RETRY_AFTER = 6 * 3600.0
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK_BYTES = 64 * 1024


class FetchFailure(Exception):
    """A URL that gave no document. `retry_at` (epoch seconds) is set when trying again later may
    work (429/503, 5xx, timeouts, unreachable hosts); `None` means the failure is final."""

    def __init__(
        self,
        reason: str,
        *,
        retry_at: float | None = None,
        status: int | None = None,
        redirects: tuple[str, ...] = (),
        final_url: str | None = None,
        deferred: bool = False,
    ):
        super().__init__(reason)
        self.reason = reason
        self.deferred = deferred  # not tried: the host asked us to wait
        self.retry_at = retry_at
        self.status = status
        self.redirects = redirects
        self.final_url = final_url

    @property
    def passing(self) -> bool:
        return self.retry_at is not None


@dataclass(frozen=True)
class Response:
    """A document, or a 304 (`not_modified`, empty body), after any redirects."""

    url: str
    final_url: str
    redirects: tuple[str, ...]  # the URLs that redirected, in order
    status: int
    content_type: str  # media type only, lower case
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class FetchStats:
    """What the run asked of the web: the summary prints it."""

    requests: int = 0
    not_modified: int = 0
    robots_requests: int = 0
    bytes: int = 0  # bytes received over the wire (bodies, before decompression)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, *, requests: int = 0, not_modified: int = 0, robots: int = 0, received: int = 0) -> None:
        with self.lock:
            self.requests += requests
            self.not_modified += not_modified
            self.robots_requests += robots
            self.bytes += received


@dataclass
class HostGate:
    """One request at a time to a host, `delay` seconds apart; closed after a 429/503 until the
    server's Retry-After, or for the rest of the round after the host could not be reached."""

    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_at: float = 0.0  # monotonic
    closed_until: float = 0.0  # epoch seconds
    closed_reason: str | None = None
    down: str | None = None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def retry_after_seconds(value: str | None, now: float) -> float:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; bounded."""
    seconds = DEFAULT_RETRY_AFTER
    if value:
        value = value.strip()
        if value.isdigit():
            seconds = float(value)
        else:
            with suppress(TypeError, ValueError):
                seconds = email.utils.parsedate_to_datetime(value).timestamp() - now
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def status_reason(status: int) -> str:
    try:
        return f"HTTP {status} {http.HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


class Fetcher:
    """One per run: shared by every fetching thread."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        host_delay: float = DEFAULT_HOST_DELAY,
        connections: int = DEFAULT_CONNECTIONS,
        user_agent: str = USER_AGENT,
    ):
        self.timeout = timeout
        self.host_delay = host_delay
        self.connections = connections
        self.user_agent = user_agent
        self.headers = {"User-Agent": user_agent, "Accept": ACCEPT, "Accept-Encoding": "gzip, deflate"}
        self.manager = urllib3.PoolManager(
            num_pools=64,
            retries=False,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
        )
        self.slots = threading.BoundedSemaphore(connections)
        self.gates: dict[str, HostGate] = {}
        self.robots: dict[str, tuple[urllib.robotparser.RobotFileParser | FetchFailure, float]] = {}
        self.robots_locks: dict[str, threading.Lock] = {}
        self.registry_lock = threading.Lock()
        self.stats = FetchStats()

    def new_round(self) -> None:
        """Forget what failed in the last round: unreachable hosts and robots.txt get a new try."""
        with self.registry_lock:
            for gate in self.gates.values():
                gate.down = None
            self.robots = {
                key: value for key, value in self.robots.items() if not isinstance(value[0], FetchFailure)
            }

    def get(
        self, url: str, *, max_bytes: int, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """GET `url` (conditionally when validators are given), following redirects; raises FetchFailure."""
        redirects: list[str] = []
        current = url
        while True:
            check_scheme(current, redirects)
            self.check_robots(current, redirects)
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            with self.request(current, headers, redirects) as response:
                if response.status in REDIRECT_STATUSES and response.headers.get("Location"):
                    target = urljoin(current, response.headers["Location"])
                    redirects.append(current)
                    if target in redirects:
                        chain = " → ".join([*redirects, target])
                        raise FetchFailure(
                            f"redirect loop: {chain}", status=response.status, redirects=tuple(redirects)
                        )
                    if len(redirects) > MAX_REDIRECTS:
                        raise FetchFailure(
                            f"more than {MAX_REDIRECTS} redirects",
                            status=response.status,
                            redirects=tuple(redirects),
                        )
                    current = target
                    continue
                return self.finish(url, current, tuple(redirects), response, max_bytes)

    def finish(
        self, url: str, final_url: str, redirects: tuple[str, ...], response, max_bytes: int
    ) -> Response:
        status = response.status
        content_type = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if status == 304:
            self.stats.add(not_modified=1)
            return Response(url, final_url, redirects, 304, content_type, b"")
        if not 200 <= status < 300:
            raise self.status_failure(final_url, status, response, redirects)
        body = self.read_body(response, max_bytes, redirects, final_url)
        return Response(
            url,
            final_url,
            redirects,
            status,
            content_type,
            body,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def status_failure(self, url: str, status: int, response, redirects: tuple[str, ...]) -> FetchFailure:
        reason = status_reason(status)
        if status in (429, 503):
            now = time.time()
            wait = retry_after_seconds(response.headers.get("Retry-After"), now)
            self.close_host(url, now + wait, f"{reason} earlier in this run")
            return FetchFailure(
                f"{reason}; retry after {wait:.0f} s",
                retry_at=now + wait,
                status=status,
                redirects=redirects,
                final_url=url,
            )
        retry_at = time.time() if status >= 500 else None
        return FetchFailure(reason, retry_at=retry_at, status=status, redirects=redirects, final_url=url)

    def read_body(self, response, max_bytes: int, redirects: tuple[str, ...], url: str) -> bytes:
        """The decoded body, read in chunks: stops at `max_bytes` and at the whole-response deadline."""
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise FetchFailure(
                f"response of {megabytes(int(declared))} is over the {megabytes(max_bytes)} limit (not read)",
                status=response.status,
                redirects=redirects,
                final_url=url,
            )
        deadline = time.monotonic() + self.timeout * WHOLE_RESPONSE_TIMEOUTS
        chunks: list[bytes] = []
        size = 0
        while chunk := response.read1(CHUNK_BYTES, decode_content=True):  # returns what has arrived
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise FetchFailure(
                    f"response is over the {megabytes(max_bytes)} limit (stopped reading)",
                    status=response.status,
                    redirects=redirects,
                    final_url=url,
                )
            if time.monotonic() > deadline:
                raise FetchFailure(
                    f"too slow: response not complete after {self.timeout * WHOLE_RESPONSE_TIMEOUTS:.0f} s",
                    retry_at=time.time(),
                    redirects=redirects,
                    final_url=url,
                )
        return b"".join(chunks)

    @contextmanager
    def request(self, url: str, headers: dict[str, str], redirects: list[str], *, robots: bool = False):
        """One GET through the host's gate and a connection slot; the response is closed after use."""
        gate = self.gate(url)
        with gate.lock:
            if gate.down:
                raise FetchFailure(
                    f"{gate.down} (host unreachable earlier in this round)", retry_at=time.time()
                )
            if gate.closed_until > time.time():
                raise FetchFailure(
                    f"deferred: {gate.closed_reason}; retry after {gate.closed_until - time.time():.0f} s",
                    retry_at=gate.closed_until,
                    deferred=True,
                )
            time.sleep(max(0.0, gate.next_at - time.monotonic()))
            response = None
            try:
                with self.slots:
                    self.stats.add(requests=1, robots=int(robots))
                    try:
                        response = self.manager.request(
                            "GET", url, headers=self.headers | headers, preload_content=False, redirect=False
                        )
                        yield response
                    except http_errors.HTTPError as error:
                        failure = network_failure(error, self.timeout)
                        if isinstance(
                            error, http_errors.NewConnectionError | http_errors.ConnectTimeoutError
                        ):
                            gate.down = failure.reason
                        failure.redirects = tuple(redirects)
                        raise failure from None
            finally:
                if response is not None:
                    self.stats.add(received=response.tell())
                    if not response.isclosed():
                        response.close()  # drops the connection and whatever the body still held
                    response.release_conn()
                gate.next_at = time.monotonic() + gate.delay

    def gate(self, url: str) -> HostGate:
        key = origin_of(url)
        with self.registry_lock:
            if key not in self.gates:
                self.gates[key] = HostGate(delay=self.host_delay)
            return self.gates[key]

    def close_host(self, url: str, until: float, reason: str) -> None:
        gate = self.gate(url)
        gate.closed_until = max(gate.closed_until, until)
        gate.closed_reason = reason

    def check_robots(self, url: str, redirects: list[str]) -> None:
        """Raise FetchFailure unless the site's robots.txt lets us fetch `url`."""
        rules = self.robots_for(url)
        if isinstance(rules, FetchFailure):
            raise FetchFailure(rules.reason, retry_at=rules.retry_at, redirects=tuple(redirects))
        if not rules.can_fetch(self.user_agent, url):
            raise FetchFailure("disallowed by the site's robots.txt", redirects=tuple(redirects))

    def robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | FetchFailure:
        key = origin_of(url)
        with self.registry_lock:
            lock = self.robots_locks.setdefault(key, threading.Lock())
        with lock:
            cached = self.robots.get(key)
            if cached and cached[1] > time.monotonic():
                return cached[0]
            rules = self.fetch_robots(key)
            self.robots[key] = (rules, time.monotonic() + ROBOTS_MAX_AGE)
            if not isinstance(rules, FetchFailure):
                delay = rules.crawl_delay(self.user_agent)
                if delay:
                    gate = self.gate(url)
                    gate.delay = max(gate.delay, min(float(delay), MAX_CRAWL_DELAY))
            return rules

    def fetch_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | FetchFailure:
        """RFC 9309: a 4xx means no rules; a 5xx or no answer means stay away until it can be read."""
        rules = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        current = f"{origin}/robots.txt"
        redirects: list[str] = []
        try:
            for _ in range(5):
                with self.request(current, {}, redirects, robots=True) as response:
                    location = response.headers.get("Location")
                    if response.status in REDIRECT_STATUSES and location:
                        redirects.append(current)
                        current = urljoin(current, location)
                        continue
                    if 400 <= response.status < 500 and response.status != 429:
                        rules.parse([])
                        return rules
                    if response.status >= 429 or response.status in REDIRECT_STATUSES:
                        reason = status_reason(response.status)
                        return FetchFailure(
                            f"robots.txt gave {reason}; site skipped until it answers", retry_at=time.time()
                        )
                    body = self.read_body(response, MAX_ROBOTS_BYTES * 4, (), current)[:MAX_ROBOTS_BYTES]
                    rules.parse(body.decode("utf-8", errors="replace").splitlines())
                    return rules
            return FetchFailure("robots.txt redirects more than 5 times", retry_at=time.time())
        except FetchFailure as failure:
            if failure.passing:
                return FetchFailure(f"{failure.reason} (fetching robots.txt)", retry_at=failure.retry_at)
            rules.parse([])  # a "robots.txt" of megabytes is no robots.txt: no rules
            return rules


def check_scheme(url: str, redirects: list[str]) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchFailure(f"not an http(s) URL: {url}", redirects=tuple(redirects))


def network_failure(error: http_errors.HTTPError, timeout: float) -> FetchFailure:
    """A transport error as a passing failure with a short reason."""
    if isinstance(error, http_errors.NameResolutionError):
        host = getattr(error.conn, "host", None) or "the host"
        reason = f"DNS lookup failed for {host}"
    elif isinstance(error, http_errors.NewConnectionError):
        cause = error.__context__ or error.__cause__
        detail = getattr(cause, "strerror", None) or str(error).rsplit(":", 1)[-1].strip()
        reason = f"cannot connect: {detail.lower()}"
    elif isinstance(error, http_errors.ConnectTimeoutError):
        reason = f"timed out connecting after {timeout:g} s"
    elif isinstance(error, http_errors.ReadTimeoutError):
        reason = f"timed out: no data for {timeout:g} s"
    elif isinstance(error, http_errors.SSLError):
        reason = f"TLS error: {error}"
    elif isinstance(error, http_errors.ProtocolError):
        reason = f"connection broken: {error.args[0] if error.args else error}"
    elif isinstance(error, http_errors.LocationValueError | http_errors.LocationParseError):
        return FetchFailure(f"invalid URL ({error})")
    else:
        reason = f"{type(error).__name__}: {error}"
    return FetchFailure(reason, retry_at=time.time())
