"""Feeds, OPML, URL lists and pages turned into records: pure parsing, no network."""

import datetime as dt
import json

import pytest

from ingest.feeds import (
    FeedEntry,
    document_kind,
    looks_like_url_list,
    page_article,
    parse_feed,
    parse_json_feed,
    parse_opml,
    parse_url_list,
)
from ingest.sources import InputError
from tests.web_articles import ARTICLES, page_html

RSS2 = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Post</title>
<item><title>Ministers meet</title><link>https://news.test/a</link>
<description>&lt;p&gt;The two ministers met in Oslo.&lt;/p&gt;</description>
<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>No link here</title><description>Orphan entry.</description></item>
</channel></rss>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.test/"><title>RDF Desk</title></channel>
<item rdf:about="https://news.test/rdf-1"><title>Envoy visits</title><link>https://news.test/rdf-1</link>
<dc:date>2026-02-27T06:00:00Z</dc:date></item></rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title>
<item><title>Summit ends</title><link>https://news.test/old</link></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id>
<updated>2026-03-01T00:00:00Z</updated>
<entry><title>Talks in Doha</title><link rel="alternate" href="/doha"/><id>urn:1</id>
<published>2026-03-01T08:00:00Z</published>
<content type="html">&lt;p&gt;Envoys met.&lt;/p&gt;</content></entry>
</feed>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON Desk",
        "items": [
            {
                "id": "1",
                "url": "https://news.test/json-1",
                "title": "Call between leaders",
                "content_html": "<p>The leaders spoke by phone.</p>",
                "date_published": "2026-03-04T12:00:00Z",
            },
            {"id": "2", "content_text": "no url"},
        ],
    }
).encode()


def test_rss2_entries_give_link_title_plain_summary_and_date_and_count_unlinked_entries():
    feed = parse_feed(RSS2, "https://news.test/feed.xml")
    assert feed.title == "Harbour Post"
    assert [(e.link, e.title, e.summary, e.published) for e in feed.entries] == [
        ("https://news.test/a", "Ministers meet", "The two ministers met in Oslo.", dt.date(2026, 3, 3))
    ]
    assert feed.unlinked == 1


@pytest.mark.parametrize(
    ("body", "link", "published"),
    [
        (RSS1, "https://news.test/rdf-1", dt.date(2026, 2, 27)),
        (RSS091, "https://news.test/old", None),
    ],
)
def test_rss_1_0_and_0_91_are_read(body, link, published):
    (entry,) = parse_feed(body, "https://news.test/feed").entries
    assert (entry.link, entry.published) == (link, published)


def test_atom_relative_links_resolve_against_the_feed_url_and_content_stands_in_for_summary():
    feed = parse_feed(ATOM, "https://news.test/atom.xml")
    (entry,) = feed.entries
    assert (entry.link, entry.summary, entry.published) == (
        "https://news.test/doha",
        "Envoys met.",
        dt.date(2026, 3, 1),
    )


def test_json_feed_items_map_to_entries():
    feed = parse_json_feed(JSON_FEED)
    assert feed.title == "JSON Desk" and feed.unlinked == 1
    (entry,) = feed.entries
    assert (entry.link, entry.title, entry.summary, entry.published) == (
        "https://news.test/json-1",
        "Call between leaders",
        "The leaders spoke by phone.",
        dt.date(2026, 3, 4),
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<rss version='2.0'><channel><title>t</title><item><title>x", "malformed feed"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>", "empty feed"),
    ],
)
def test_malformed_and_empty_feeds_raise_a_printable_reason(body, reason):
    with pytest.raises(InputError, match=reason):
        parse_feed(body, "https://news.test/feed")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', "malformed JSON feed"),
        (b'{"items": []}', "empty"),
    ],
)
def test_malformed_and_empty_json_feeds_raise(body, reason):
    with pytest.raises(InputError, match=reason):
        parse_json_feed(body)


def test_feedparser_never_reads_a_local_file_named_by_the_body(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS2)
    with pytest.raises(InputError, match="empty feed|malformed"):
        parse_feed(str(secret).encode(), "https://news.test/feed")


@pytest.mark.parametrize(
    ("content_type", "body", "kind"),
    [
        ("application/xml", RSS2, "feed"),
        ("text/xml", RSS1, "feed"),
        ("application/atom+xml", ATOM, "feed"),
        ("application/json", JSON_FEED, "json_feed"),
        ("text/x-opml", b"<?xml version='1.0'?><!-- list --><opml version='2.0'/>", "opml"),
        ("text/html", b"<!DOCTYPE html><html><body>hi</body></html>", "html"),
        ("", b"<!doctype html>\n<html lang=en>", "html"),
        ("application/pdf", b"%PDF-1.7 binary", "other"),
    ],
)
def test_document_kind_reads_the_root_element_before_the_content_type(content_type, body, kind):
    assert document_kind(content_type, body) == kind


def test_opml_lists_every_feed_however_nested_once_each():
    opml = b"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
    <outline text="World"><outline text="A" type="rss" xmlUrl="https://a.test/rss"/>
      <outline text="B" xmlUrl="https://b.test/atom"/></outline>
    <outline text="A again" xmlUrl="https://a.test/rss"/><outline text="folder without feed"/>
    </body></opml>"""
    assert parse_opml(opml) == ["https://a.test/rss", "https://b.test/atom"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<opml><body><outline xmlUrl='x'>", "malformed OPML"),
        (b"<opml version='2.0'><body><outline text='empty'/></body></opml>", "lists no feeds"),
        (b"<rss/>", "not an OPML file"),
    ],
)
def test_bad_opml_raises(body, reason):
    with pytest.raises(InputError, match=reason):
        parse_opml(body)


def test_an_opml_entity_bomb_is_refused_as_malformed():
    levels = '<!ENTITY l0 "lollollollollol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE opml [{levels}]><opml><body><outline xmlUrl="https://x.test/&l9;"/>'
    )
    with pytest.raises(InputError, match="malformed OPML"):
        parse_opml((bomb + "</body></opml>").encode())


def test_url_lists_skip_blank_lines_and_comments():
    text = "# my sources\nhttps://a.test/feed\n\nhttp://b.test/page\nhttps://a.test/feed\n"
    assert looks_like_url_list(text)
    assert parse_url_list(text) == ["https://a.test/feed", "http://b.test/page"]
    assert not looks_like_url_list("date 2026-03-01\nThe ministers met in Oslo on Monday.")
    assert not looks_like_url_list("# only a comment\n")


def test_page_article_takes_text_title_date_and_site_from_the_page():
    title = "Merz hosts Modi in Berlin"
    html = page_html(title, ARTICLES[title], published="2026-03-03").encode()
    article = page_article(html, url="http://news.test/m", final_url="http://news.test/merz-modi")
    assert article.title == title
    assert article.published_date == dt.date(2026, 3, 3)
    assert article.source == "Loopback Times"
    assert article.text.startswith("German Chancellor Friedrich Merz hosted")
    assert "Home" not in article.text and "test fixture" not in article.text
    assert (article.source_path, article.url) == ("http://news.test/m", "http://news.test/merz-modi")


def test_page_without_text_falls_back_to_the_feed_summary():
    summary = " ".join(ARTICLES["Lula in Tokyo for ethanol talks"])
    entry = FeedEntry("http://news.test/app", "Lula in Tokyo", summary, dt.date(2026, 2, 25))
    app_shell = b"<html><head><title>App</title></head><body><div id='root'></div></body></html>"
    article = page_article(app_shell, url=entry.link, final_url=entry.link, entry=entry, feed_title="Wire")
    assert article.text.startswith("Brazilian President Luiz Inacio Lula da Silva visited Tokyo")
    assert (article.published_date, article.source) == (dt.date(2026, 2, 25), "Wire")


def test_page_with_neither_text_nor_summary_is_refused():
    with pytest.raises(InputError, match="no article text"):
        page_article(
            b"<html><body><div></div></body></html>", url="http://x.test/", final_url="http://x.test/"
        )
