"""A real HTTP server on 127.0.0.1, in a thread, for the web-input tests: it answers from a table
of routes that a test may change while ingest runs, honours conditional GETs, and logs every
request. Nothing here reaches beyond the loopback interface."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.web_articles import FEED_TEMPLATE_ATOM, FEED_TEMPLATE_RSS, page_html


@dataclass
class Route:
    """What one path answers. `validators` adds an ETag and Last-Modified and answers 304."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    validators: bool = False


@dataclass(frozen=True)
class Logged:
    path: str
    status: int
    headers: dict[str, str]
    at: float  # monotonic
    sent: int  # body bytes written


class LocalWeb:
    """routes: path → Route, or a callable(handler) that writes the whole answer itself. Each
    request is logged before its answer is sent, so a client that has an answer finds it logged."""

    def __init__(self):
        self.routes: dict[str, Route | Callable] = {}
        self.log: list[Logged] = []
        self.release = threading.Event()  # hanging handlers return when set
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LocalWeb:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def requests_to(self, path: str) -> list[Logged]:
        with self.lock:
            return [entry for entry in self.log if entry.path == path]

    def record(self, entry: Logged) -> None:
        with self.lock:
            self.log.append(entry)

    # Routes a test sets up in one line each.
    def page(self, path: str, title: str, paragraphs: list[str], published: str = "2026-03-02") -> str:
        self.routes[path] = Route(page_html(title, paragraphs, published).encode())
        return self.url(path)

    def rss(self, path: str, entries: list[tuple[str, str, str]], *, validators: bool = True) -> str:
        """entries: (title, link path, summary); an RSS 2.0 feed with ETag and Last-Modified."""
        items = "".join(
            f"<item><title>{title}</title><link>{self.url(link)}</link><description>{summary}</description>"
            f"<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate><guid>{self.url(link)}</guid></item>"
            for title, link, summary in entries
        )
        body = FEED_TEMPLATE_RSS.format(origin=self.origin, items=items).encode()
        self.routes[path] = Route(body, "application/rss+xml", validators=validators)
        return self.url(path)

    def atom(self, path: str, entries: list[tuple[str, str, str]]) -> str:
        items = "".join(
            f'<entry><title>{title}</title><link href="{self.url(link)}"/><id>{self.url(link)}</id>'
            f"<updated>2026-03-03T09:00:00Z</updated><summary>{summary}</summary></entry>"
            for title, link, summary in entries
        )
        body = FEED_TEMPLATE_ATOM.format(origin=self.origin, items=items).encode()
        self.routes[path] = Route(body, "application/atom+xml", validators=True)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 301) -> str:
        self.routes[path] = Route(status=status, headers={"Location": to})
        return self.url(path)


def make_handler(web: LocalWeb):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # the test log is `web.log`
            pass

        def do_GET(self) -> None:
            with web.lock:
                web.in_flight += 1
                web.max_in_flight = max(web.max_in_flight, web.in_flight)
            try:
                route = web.routes.get(self.path.split("?")[0])
                if route is None:
                    self.answer(Route(b"not here", "text/plain", status=404))
                elif callable(route):
                    route(self)
                else:
                    self.answer(route)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as it should for oversized bodies
            finally:
                with web.lock:
                    web.in_flight -= 1

        def answer(self, route: Route) -> None:
            headers = dict(route.headers)
            status, body = route.status, route.body
            if route.validators:
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                modified = "Mon, 02 Mar 2026 08:00:00 GMT"
                headers.update(ETag=etag, **{"Last-Modified": modified})
                if self.headers.get("If-None-Match") == etag:
                    status, body = 304, b""
            web.record(Logged(self.path, status, dict(self.headers), time.monotonic(), len(body)))
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", route.content_type)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def hang(self) -> None:
            """Never answer, until the test ends."""
            web.record(Logged(self.path, 0, dict(self.headers), time.monotonic(), 0))
            web.release.wait()
            self.close_connection = True

        def trickle(self) -> None:
            """Headers at once, then one byte every 50 ms, until the test ends."""
            web.record(Logged(self.path, 200, dict(self.headers), time.monotonic(), 0))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            while not web.release.wait(0.05):
                self.wfile.write(b"x")
                self.wfile.flush()

        def huge(self, size: int, *, declared: bool) -> None:
            """`size` bytes of HTML, with or without a Content-Length."""
            web.record(Logged(self.path, 200, dict(self.headers), time.monotonic(), size))
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            if declared:
                self.send_header("Content-Length", str(size))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            chunk = b"<p>" + b"filler text " * 5000 + b"</p>\n"
            sent = 0
            while sent < size:
                part = chunk[: size - sent]
                self.wfile.write(part)
                sent += len(part)

    return Handler
