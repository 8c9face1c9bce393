"""Reading every supported format, and every kind of bad input, from real files."""

import json

from ingest.records import Article, SkippedInput
from ingest.sources import read_articles

PROSE = (
    "Foreign Minister Hakan Fidan met his Qatari counterpart in Doha on Tuesday to discuss "
    "the next phase of the Gaza ceasefire, officials said after the talks."
)


def read(*paths):
    items = list(read_articles(paths))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, SkippedInput)])


def test_txt_with_date_header_and_junk(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"date 2025-10-21 + ↺ − 16 px\n\n{PROSE}\n\nShare this article\n", encoding="utf-8")
    [article], skipped = read(path)
    assert skipped == []
    assert str(article.published_date) == "2025-10-21"
    assert article.text == PROSE


def test_txt_without_header_takes_date_from_file_name(tmp_path):
    path = tmp_path / "2025-03-04-story.txt"
    path.write_text(PROSE, encoding="utf-8")
    [article], _ = read(path)
    assert str(article.published_date) == "2025-03-04"


def test_jsonl_with_varied_field_names_and_a_malformed_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps(
            {
                "body": PROSE,
                "publishedAt": "2025-10-20T08:00:00Z",
                "title": "T1",
                "url": "https://example.org/1",
                "source": {"name": "Wire"},
            }
        ),
        "{not json",
        json.dumps({"content": PROSE.replace("Tuesday", "Monday"), "date": "2025-10-19"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, skipped = read(path)
    assert [str(a.published_date) for a in articles] == ["2025-10-20", "2025-10-19"]
    assert articles[0].source == "Wire" and articles[0].url == "https://example.org/1"
    assert len(skipped) == 1 and skipped[0].location.endswith("feed.jsonl:2")
    assert "malformed JSON" in skipped[0].reason


def test_json_list_and_csv(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([{"text": PROSE, "published": "2025-10-18"}]))
    (tmp_path / "rows.csv").write_text(
        'title,date,url,source,text\nT,2025-10-17,https://example.org/x,Desk,"' + PROSE + ', and more."\n'
        "broken,row\n",
        encoding="utf-8",
    )
    articles, skipped = read(tmp_path)
    assert sorted(str(a.published_date) for a in articles) == ["2025-10-17", "2025-10-18"]
    assert len(skipped) == 1 and "no text field" in skipped[0].reason


def test_html_main_text_and_date_come_from_the_extraction_library(tmp_path):
    body = " ".join([PROSE] * 4)
    html = f"""<!doctype html><html><head><title>Talks</title>
    <meta property="article:published_time" content="2025-10-16T09:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><div class="cookie">We use cookies. Accept</div>
    <article><h1>Talks in Doha</h1><p>{body}</p><p>{body}</p></article>
    <footer>Share on Facebook</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [article], _ = read(tmp_path / "page.html")
    assert str(article.published_date) == "2025-10-16"
    assert "Fidan" in article.text and "cookies" not in article.text and "Home |" not in article.text


def test_bad_inputs_are_skipped_with_a_reason_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "german.txt").write_text(
        "Der Außenminister traf am Dienstag in Doha seinen Amtskollegen, um über die nächste "
        "Phase der Waffenruhe im Gazastreifen zu sprechen, sagten Beamte nach den Gesprächen.",
        encoding="utf-8",
    )
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    articles, skipped = read(tmp_path, tmp_path / "missing.txt")
    assert len(articles) == 1
    reasons = {s.location.split("/")[-1]: s.reason for s in skipped}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "not English" in reasons["german.txt"]
    assert "too large" in reasons["huge.txt"]
    assert "no such file" in reasons["missing.txt"]


def test_legacy_encoding_is_decoded(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        ("The café owner in Doha said the envoy’s visit on Tuesday mattered. " + PROSE).encode("cp1252")
    )
    [article], skipped = read(path)
    assert skipped == []
    assert "café" in article.text


def test_jsonl_of_non_articles_is_one_skip_not_thousands(tmp_path):
    path = tmp_path / "labels.jsonl"
    path.write_text("\n".join(json.dumps({"id": i, "label": "x"}) for i in range(500)))
    articles, skipped = read(path)
    assert articles == []
    assert len(skipped) == 1 and "not a file of articles" in skipped[0].reason


def test_bad_record_before_good_ones_is_still_reported(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([json.dumps({"id": 1}), json.dumps({"text": PROSE})]))
    articles, skipped = read(path)
    assert len(articles) == 1
    assert [s.location.rsplit(":", 1)[1] for s in skipped] == ["1"]
