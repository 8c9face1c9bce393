"""Turn fetched documents into records: feeds, OPML files and URL lists into URLs to fetch, and
web pages into articles. Pure: bytes in, records out; nothing here opens a connection.

RSS 0.9x/1.0/2.0 and Atom are read by feedparser. JSON Feed is a JSON object mapped field by
field here, because the released feedparser (6.0) does not read it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass

import feedparser
import lxml.etree
import lxml.html
import trafilatura

from ingest.records import Article
from ingest.sources import InputError, make_article, parse_date

FEED_ROOTS = {"rss", "feed", "rdf", "rdf:rdf", "channel"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
URL_LIST_SUFFIXES = {".urls", ".txt", ".list"}
URL_LINE = re.compile(r"^https?://\S+$", re.IGNORECASE)
ROOT_TAG = re.compile(rb"<\s*([A-Za-z][\w.:-]*)")
SNIFF_BYTES = 4096
MIN_PAGE_WORDS = 20  # a page with fewer words of text "yields nothing": the feed summary is used


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None = None
    summary: str | None = None  # plain text
    published: dt.date | None = None


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]
    unlinked: int = 0  # entries without a link to fetch


def document_kind(content_type: str, body: bytes) -> str:
    """'feed', 'json_feed', 'opml', 'html' or 'other', from the root element and the Content-Type."""
    head = body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") and b"jsonfeed.org" in head:
        return "json_feed"
    root = root_element(head)
    if root in FEED_ROOTS:
        return "feed"
    if root == "opml":
        return "opml"
    if root == "html" or content_type in HTML_TYPES:
        return "html"
    return "other"


def root_element(head: bytes) -> str | None:
    """The first element name, skipping the XML declaration, comments and a doctype."""
    text = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!\w[^>]*>", b"", head, flags=re.DOTALL)
    match = ROOT_TAG.search(text)
    return match.group(1).decode("ascii", "replace").lower() if match else None


def parse_feed(body: bytes, url: str, content_type: str = "") -> Feed:
    """RSS or Atom through feedparser; InputError when it is malformed or has no entries."""
    parsed = feedparser.parse(
        io.BytesIO(body),  # a stream: feedparser would read bytes that look like a path as a file
        response_headers={"content-location": url, "content-type": content_type or "application/xml"},
        sanitize_html=True,
    )
    entries, unlinked = [], 0
    for raw in parsed.entries:
        link = raw.get("link") or (raw.get("id") if URL_LINE.match(raw.get("id") or "") else None)
        if not link:
            unlinked += 1
            continue
        stamp = raw.get("published_parsed") or raw.get("updated_parsed")
        summary = raw.get("summary") or ""
        if not summary and raw.get("content"):
            summary = raw["content"][0].get("value", "")
        entries.append(
            FeedEntry(
                link=link.strip(),
                title=raw.get("title") or None,
                summary=html_to_text(summary),
                published=dt.date(*stamp[:3]) if stamp else None,
            )
        )
    if not entries and parsed.bozo:  # feedparser recovers what it can; nothing usable means malformed
        raise InputError(f"malformed feed ({short_error(parsed.get('bozo_exception'))})")
    if not parsed.entries:
        raise InputError("empty feed (no entries)")
    return Feed(title=parsed.feed.get("title") or None, entries=entries, unlinked=unlinked)


def parse_json_feed(body: bytes) -> Feed:
    """JSON Feed 1.0/1.1 (jsonfeed.org): items with url, title, content_text/html, date_published."""
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"malformed JSON feed ({short_error(error)})") from None
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError("malformed JSON feed (no list of items)")
    if not items:
        raise InputError("empty feed (no entries)")
    entries, unlinked = [], 0
    for item in items:
        link = (item.get("url") or item.get("external_url")) if isinstance(item, dict) else None
        if not isinstance(link, str) or not link.strip():
            unlinked += 1
            continue
        summary = item.get("content_text") or item.get("summary") or html_to_text(item.get("content_html"))
        entries.append(
            FeedEntry(
                link=link.strip(),
                title=item.get("title") or None,
                summary=summary or None,
                published=parse_date(item.get("date_published")),
            )
        )
    return Feed(title=data.get("title") or None, entries=entries, unlinked=unlinked)


def parse_opml(body: bytes) -> list[str]:
    """The feed URLs an OPML file lists (xmlUrl of every outline, however nested), in order."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError as error:
        raise InputError(f"malformed OPML ({short_error(error)})") from None
    if root.tag.lower() != "opml":
        raise InputError(f"not an OPML file (root element <{root.tag}>)")
    urls = [outline.get("xmlUrl").strip() for outline in root.iter("outline") if outline.get("xmlUrl")]
    if not urls:
        raise InputError("OPML file lists no feeds (no outline with an xmlUrl)")
    return list(dict.fromkeys(urls))


def looks_like_url_list(text: str) -> bool:
    """Every line that is not blank or a # comment is an http(s) URL, and there is one."""
    lines = [line.strip() for line in text.splitlines()]
    wanted = [line for line in lines if line and not line.startswith("#")]
    return bool(wanted) and all(URL_LINE.match(line) for line in wanted)


def parse_url_list(text: str) -> list[str]:
    lines = (line.strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def page_article(
    html: bytes,
    *,
    url: str,
    final_url: str,
    entry: FeedEntry | None = None,
    feed_title: str | None = None,
    feed_url: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> Article:
    """The article on a fetched page: text, title and date by trafilatura, the feed entry's
    summary, title and date where the page yields none. Raises InputError as sources do."""
    document = trafilatura.bare_extraction(
        html, url=final_url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (document.text or "") if document is not None else ""
    title = (document.title if document is not None else None) or (entry.title if entry else None)
    if title and text.startswith(title):
        text = text[len(title) :]
    if len(text.split()) < MIN_PAGE_WORDS and entry and entry.summary:
        text = entry.summary
    if not text.strip():
        raise InputError("no article text found in the page")
    published = parse_date(document.date) if document is not None else None
    return make_article(
        text,
        url,
        published_date=published or (entry.published if entry else None),
        title=title,
        url=final_url,
        source=(document.sitename if document is not None else None) or feed_title,
        feed_url=feed_url,
        fetched_at=fetched_at,
    )


def html_to_text(fragment: str | None) -> str | None:
    """Plain text of an HTML fragment (a feed summary), paragraphs on their own lines."""
    if not fragment or not fragment.strip():
        return None
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return fragment.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3"):
        block.tail = "\n\n" + (block.tail or "")
    text = re.sub(r"\n{3,}", "\n\n", root.text_content()).strip()
    return text or None


def short_error(error: object) -> str:
    text = str(error or "unreadable").strip().splitlines()[0] if error else "unreadable"
    return text[:120]
