"""dashboard_text: dates at their precision, counts, and untrusted text made safe for Markdown,
HTML and Plotly; the article view's HTML."""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pandas as pd
import pytest

from dashboard_text import (
    article_html,
    as_list,
    count,
    escape_label,
    escape_markdown,
    file_name,
    format_date,
    format_dates,
    format_span,
    safe_url,
)

D = dt.date


@pytest.mark.parametrize(
    ("precision", "shown"),
    [
        ("day", "3 Apr 2026"),
        ("week", "week of 3 Apr 2026"),
        ("month", "Apr 2026"),
        ("year", "2026"),
        ("article", "3 Apr 2026 (article date)"),
        (None, "3 Apr 2026"),
        ("fortnight", "3 Apr 2026"),
    ],
)
def test_dates_read_as_precisely_as_they_are_known(precision, shown):
    assert format_date(D(2026, 4, 3), precision) == shown


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NaT, np.datetime64("NaT"), np.ma.masked])
def test_a_missing_date_is_undated(missing):
    assert format_date(missing, "month") == "undated"
    assert format_date(missing, "day", "planned") == "undated (planned)"


def test_a_list_of_dates_from_duckdb_with_nulls_in_it():
    with duckdb.connect() as con:
        cell = con.sql("SELECT [DATE '2025-10-03', NULL, DATE '2025-01-01'] AS d").df()["d"][0]
    assert isinstance(cell, np.ma.MaskedArray)  # what made the network tab crash on real news
    values = as_list(cell)
    assert values[1] is None and pd.Timestamp(values[0]) == pd.Timestamp("2025-10-03")
    assert [format_date(value) for value in values] == ["3 Oct 2025", "undated", "1 Jan 2025"]
    assert as_list(None) == [] and as_list(float("nan")) == []


def test_date_lists_put_the_undated_last_and_count_what_is_left_out():
    entries = [{"date": D(2025, 10, 3), "precision": "day"}, {"date": None, "precision": None}] * 2 + [
        {"date": D(2025, 4, 1), "precision": "month"}
    ]
    assert format_dates(entries) == "3 Oct 2025, 3 Oct 2025, Apr 2025, undated ×2"
    assert format_dates(entries, limit=1) == "3 Oct 2025, undated ×2 (+2 more)"
    assert format_span(None, None) == "undated"
    assert format_span(D(2025, 1, 1), D(2025, 1, 1)) == "1 Jan 2025"


def test_counts_agree_with_their_number():
    assert count(1, "event") == "1 event"
    assert count(0, "event") == "0 events"
    assert count(1204, "meeting or visit", "meetings and visits") == "1,204 meetings and visits"


def test_markdown_specials_are_escaped_so_they_read_as_typed():
    text = "![x](http://tracker.invalid/i.png) $$x^2$$ <img src=x> :red[a] **b** _c_ `d` # e | f"
    escaped = escape_markdown(text)
    for special in "![]()$<>:*_`#|":
        assert special not in escaped.replace("\\" + special, "")
    assert escaped.replace("\\", "").replace("\u2060", "") == text
    assert "http\\:\u2060" in escaped  # no address left for Streamlit to make a link of
    assert escape_markdown(None) == ""


def test_plotly_labels_are_html_escaped():
    assert escape_label('<a href="x">A</a> & B') == '&lt;a href="x"&gt;A&lt;/a&gt; &amp; B'


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example/story?id=1", True),
        ("http://news.example/a_(b)", True),
        ("  https://news.example/padded  ", True),
        ("javascript:alert(1)", False),
        ("JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("//news.example/no-scheme", False),
        ("/srv/local/path.txt", False),
        ("https://", False),
        ('https://news.example/"><img src=x>', False),
        ("https://news.example/a b", False),
        ("http://news.invalid/a)![x](http://tracker.invalid/u.png)", False),
        ("http://[::1]:8080/ok", True),
        ("https://news.example/\x00", False),
        (None, False),
        (float("nan"), False),
    ],
)
def test_only_http_links_survive(url, kept):
    assert (safe_url(url) is not None) == kept


def test_file_names_leave_the_servers_folders_out():
    assert file_name("/srv/private/feeds/016.txt") == "016.txt"
    assert file_name("../shared/devset-real/articles/316.txt") == "316.txt"
    assert file_name("C:\\Users\\me\\feed.jsonl:12") == "feed.jsonl:12"
    assert file_name(None) == ""


def mentions_of(text: str, *names: tuple[str, str, str]) -> pd.DataFrame:
    rows = []
    for surface, actor, kind in names:
        start = text.index(surface)
        rows.append((start, start + len(surface), actor, kind))
    return pd.DataFrame(rows, columns=["char_start", "char_end", "actor", "kind"])


def test_article_html_highlights_evidence_and_marks_actors_escaping_the_text():
    text = "Intro <b>bold</b>. Ana met Ben in Cairo. Outro."
    start, end = text.index("Ana"), text.index(" Outro")
    html = article_html(
        text, (start, end), mentions_of(text, ("Ana", "Ana Alpha", "person"), ("Ben", "Ben Beta", "person"))
    )
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>" not in html
    assert 'title="Ana Alpha"' in html and 'title="Ben Beta"' in html
    assert '<mark class="evidence"> met </mark>' in html
    assert "Intro" in html and "Outro" in html


def test_pronouns_are_not_marked_as_actor_names():
    text = "The minister met Ana. She said he would return."
    html = article_html(
        text,
        (0, 20),
        mentions_of(
            text, ("Ana", "Ana Alpha", "person"), ("She", "Ana Alpha", "person"), ("he", "Ben Beta", "person")
        ),
    )
    assert html.count('class="mention"') == 1
    assert 'title="Ben Beta"' not in html


def test_actor_names_in_the_article_view_are_escaped():
    text = "Ana met Ben."
    html = article_html(
        text, (0, len(text)), mentions_of(text, ("Ana", '"><img src=x onerror=alert(1)>', "person"))
    )
    assert "<img" not in html and "&quot;&gt;&lt;img" in html
