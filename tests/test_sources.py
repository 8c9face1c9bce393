"""Reading every supported format, and every kind of bad input, from real files."""

import gzip
import json

from ingest.records import Article, SkippedInput
from ingest.sources import MAX_JSON_DEPTH, discover, nested_too_deep, read_articles

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


def test_a_page_telling_the_story_in_another_language_first_keeps_its_english_paragraphs(tmp_path):
    italian = (
        "Il ministro degli Esteri ha incontrato martedì a Roma il suo omologo tunisino per discutere "
        "della cooperazione sulla migrazione e della sicurezza nel Mediterraneo, secondo una nota."
    )
    english = (
        "The Italian foreign minister met his Tunisian counterpart in Rome on Tuesday to discuss "
        "migration and security in the Mediterranean, according to a statement from the ministry."
    )
    (tmp_path / "both.txt").write_text(f"{italian}\n\n{english}\n", encoding="utf-8")
    [article], skipped = read(tmp_path)
    assert skipped == []
    assert article.text == english


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


def story(n):
    return f"President Anna Berg met Prime Minister Tomas Vik in Oslo on Monday for round {n} of talks."


def jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_deeply_nested_json_is_one_skip_and_the_rest_of_the_batch_is_read(tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    lines = [json.dumps({"text": story(1)}), "[" * 100_000 + "]" * 100_000, json.dumps({"text": story(2)})]
    (tmp_path / "deep.jsonl").write_text("\n".join(lines))
    articles, skipped = read(tmp_path)
    assert [a.source_path.rsplit("/", 1)[1] for a in articles] == ["deep.jsonl:1", "deep.jsonl:3"]
    assert [(s.location.rsplit("/", 1)[1], s.reason) for s in skipped] == [
        ("deep.json", "JSON nested too deeply to be an article file"),
        ("deep.jsonl:2", "JSON nested too deeply to be an article"),
    ]


def test_nesting_is_measured_before_parsing_and_brackets_in_strings_do_not_count():
    """Deep JSON is turned away before the parser recurses to the stack limit, where a
    RecursionError may also fire inside a garbage-collector callback that no handler sees."""
    deep = "[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)
    assert nested_too_deep(deep)
    assert not nested_too_deep("[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH)
    assert not nested_too_deep(json.dumps({"text": "[" * 5_000, "tags": [[1], {"a": [2]}] * 300}))
    assert not nested_too_deep(json.dumps([{"text": story(i)} for i in range(MAX_JSON_DEPTH * 2)]))


def test_wrong_json_types_are_named_and_nested_values_are_never_python_reprs(tmp_path):
    path = jsonl(
        tmp_path / "types.jsonl",
        [
            {"text": 123},
            {"text": {"body": "x"}},
            {
                "body": [story(1), story(2)],
                "title": ["Talks", "resume"],
                "source": {"id": None, "name": "Wire"},
                "url": ["https://example.org/a", "https://example.org/b"],
                "date": 1760918400,
            },
        ],
    )
    [article], skipped = read(path)
    assert [s.reason for s in skipped] == [
        "text is not a string (got a number)",
        "text is not a string (got an object)",
    ]
    assert article.text == f"{story(1)}\n\n{story(2)}"
    assert (article.title, article.source, article.url) == ("Talks, resume", "Wire", "https://example.org/a")
    assert str(article.published_date) == "2025-10-20"


def test_odd_date_values_give_no_date_and_no_crash(tmp_path):
    path = tmp_path / "dates.jsonl"
    values = ["1e400", "NaN", "-5", "true", '{"$date": 1}', '"31/31/2025"', "1" + "0" * 30]
    path.write_text("".join(f'{{"text": "{story(n)}", "date": {v}}}\n' for n, v in enumerate(values)))
    articles, skipped = read(path)
    assert skipped == [] and [a.published_date for a in articles] == [None] * len(values)


def test_csv_with_an_oversized_field_keeps_the_rows_after_it_and_names_its_line(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "text,date\n"
        f'"{story(1)}\nsecond paragraph of the first article, which is here.",2025-10-20\n'
        f'"{"word " * 900_000}",2025-10-21\n'
        f'"{story(3)}",2025-10-22\n',
        encoding="utf-8",
    )
    articles, skipped = read(path)
    assert [str(a.published_date) for a in articles] == ["2025-10-20", "2025-10-22"]
    [skip] = skipped
    assert skip.location.endswith("rows.csv:4")
    assert "over the 810,000 limit for one article" in skip.reason


def test_csv_without_a_text_column_is_one_clear_skip(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("headline,summary\n" + "A,B\n" * 500, encoding="utf-8")
    articles, [skip] = read(path)
    assert articles == []
    assert skip.reason.startswith("no text column: the header (line 1) names 'headline', 'summary'; expected")


def test_utf16_files_and_latin1_lines_are_read(tmp_path):
    (tmp_path / "a.txt").write_bytes(f"date 2025-10-20\r\n{story(1)}".encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(
        "".join(json.dumps({"text": story(n)}) + "\n" for n in (2, 3)).encode("utf-16")
    )
    (tmp_path / "c.jsonl").write_bytes(('{"text": "' + story(4) + ' Zürich."}\n').encode("latin-1"))
    articles, skipped = read(tmp_path)
    assert skipped == []
    assert [a.text for a in articles] == [story(1), story(2), story(3), story(4) + " Zürich."]
    assert str(articles[0].published_date) == "2025-10-20"


def test_compressed_files_are_read_and_corrupt_ones_named(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(story(1).encode()))
    feed = gzip.compress(
        ("".join(json.dumps({"text": story(n)}) + "\n" for n in (2, 3)) + "x" * 300_000).encode()
    )
    (tmp_path / "b.jsonl.gz").write_bytes(feed[: len(feed) - 10])  # cut off inside the last line
    (tmp_path / "c.txt.gz").write_bytes(b"not gzip at all")
    articles, skipped = read(tmp_path)
    assert [a.text for a in articles] == [story(1), story(2), story(3)]
    reasons = {s.location.rsplit("/", 1)[1]: s.reason for s in skipped}
    assert reasons["b.jsonl.gz"].startswith("corrupt or cut-off compressed file")
    assert reasons["c.txt.gz"].startswith("corrupt or cut-off compressed file (Not a gzipped file")


def test_empty_and_script_only_html_are_named(tmp_path):
    (tmp_path / "empty.html").write_text("")
    (tmp_path / "scripts.html").write_text("<html><body><script>start()</script></body></html>")
    articles, skipped = read(tmp_path)
    assert articles == []
    assert [s.reason for s in skipped] == ["empty file", "no article text found in the HTML page"]


def test_jsonl_of_short_english_briefs_is_read_whole(tmp_path):
    from tests.test_language import ENGLISH_BRIEFS

    path = jsonl(
        tmp_path / "briefs.jsonl", [{"text": f"{b} Item {n}."} for n in range(5) for b in ENGLISH_BRIEFS]
    )
    articles, skipped = read(path)
    assert skipped == [] and len(articles) == 25


def test_jsonl_of_other_languages_reports_each_record_and_keeps_english_after_them(tmp_path):
    from tests.test_language import OTHER_LANGUAGES

    spanish = OTHER_LANGUAGES["es"]
    path = jsonl(
        tmp_path / "mixed.jsonl",
        [{"text": f"{spanish} Número {n}."} for n in range(25)] + [{"text": story(1)}],
    )
    articles, skipped = read(path)
    assert [a.text for a in articles] == [story(1)]
    assert len(skipped) == 25 and {s.reason for s in skipped} == {
        "not English (the extractor only reads English articles)"
    }


def test_api_exports_and_jsonl_saved_as_json_are_read(tmp_path):
    (tmp_path / "export.json").write_text(json.dumps({"status": "ok", "articles": [{"content": story(1)}]}))
    (tmp_path / "lines.json").write_text(
        json.dumps({"text": story(2)}) + "\n" + json.dumps({"text": story(3)})
    )
    articles, skipped = read(tmp_path)
    assert skipped == [] and [a.text for a in articles] == [story(1), story(2), story(3)]


def test_a_file_that_disappears_after_discovery_is_one_skip(tmp_path):
    """The CLI lists its inputs first and reads them after (as here, file by file)."""
    for n in (1, 2):
        (tmp_path / f"{n}.txt").write_text(story(n))
    found = list(discover([tmp_path]))
    (tmp_path / "1.txt").unlink()
    items = [item for path in found for item in read_articles([path])]
    assert [type(i).__name__ for i in items] == ["SkippedInput", "Article"]
    assert items[0].reason == "no such file or folder"
