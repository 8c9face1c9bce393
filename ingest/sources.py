"""Read files and folders into Article records (txt, jsonl/json, csv, html; also gzip, bz2, xz).

Every problem becomes a SkippedInput naming the file (and line or row) and why, so one bad
file never stops a batch and one bad record never loses the records after it. JSONL is
streamed line by line with a bound on each line; the other formats are read whole, up to a
size limit.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import dateparser
import numpy as np
import trafilatura

from ingest import files
from ingest.clean import article_id_for, clean_text, normalize_name, split_date_header
from ingest.csv_rows import csv_rows
from ingest.decoding import SNIFF_BYTES, UndecodableText, binary_reason, bom_encoding, decode_text
from ingest.files import DECOMPRESSION_ERRORS, InputError, numbered_lines, open_input
from ingest.language import english_part
from ingest.records import Article, SkippedInput

TEXT_SUFFIXES = {".txt", ".text"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES

# Field names seen in scraper and API exports, in order of preference.
TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "full_text", "description")
DATE_FIELDS = (
    "date",
    "published",
    "publishedAt",
    "published_at",
    "pubDate",
    "datePublished",
    "date_publish",
    "publish_date",
    "time",
)
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "href")
SOURCE_FIELDS = ("source", "outlet", "publisher", "site", "sitename", "source_name")
# Where API exports keep their list of articles: {"status": "ok", "articles": [...]}.
LIST_FIELDS = ("articles", "items", "data", "results", "documents", "entries", "posts", "stories")
NAME_FIELDS = ("name", "title", "url")  # {"source": {"name": "Wire"}}

MAX_DOCUMENT_BYTES = 5_000_000  # one .txt/.html article, or one JSONL line
MAX_TABLE_BYTES = 100_000_000  # a .json or .csv file, read whole
MAX_ARTICLE_CHARS = 200_000  # one article's text after cleaning
MAX_RAW_CHARS = 4 * MAX_ARTICLE_CHARS  # before cleaning: longer is never one article
MAX_ROW_CHARS = MAX_RAW_CHARS + 10_000  # one CSV row: the text and its few other fields
MIN_ARTICLE_WORDS = 5
NOT_ARTICLES_AFTER = 20  # a JSONL file whose first records all lack text is not an article file
MAX_MALFORMED_CSV_ROWS = 100  # then the file is not CSV, and the rest is skipped in one line
EPOCH_SECONDS = range(10**8, 10**10)  # 1973..2286: a number in a date field is a Unix time
# Reasons that say a record is not an article at all (rather than a bad article).
NOT_AN_ARTICLE = ("no text field", "expected a JSON object")

ISO_DATE = re.compile(r"\b(20\d{2}|19\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])\b")
WRITTEN_DATE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b"
)


def discover(paths: Iterable[str | Path]) -> Iterator[Path | SkippedInput]:
    """Expand files and folders (recursively, in name order) into input files."""
    return files.discover(paths, SUPPORTED_SUFFIXES)


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | SkippedInput]:
    """Every article in `paths`, or a SkippedInput for each thing that could not be read."""
    for item in discover(paths):
        if isinstance(item, SkippedInput):
            yield item
            continue
        where = files.shown(item)
        yielded = False
        try:
            for result in read_file(item, where):
                yielded = True
                yield result
            if not yielded:
                yield SkippedInput(where, "holds no records")
        except (InputError, UndecodableText) as error:
            yield SkippedInput(where, str(error))
        except DECOMPRESSION_ERRORS as error:
            yield SkippedInput(where, f"corrupt or cut-off compressed file ({error})")
        except OSError as error:
            yield SkippedInput(where, f"cannot read: {error.strerror or error}")


def read_file(path: Path, where: str) -> Iterator[Article | SkippedInput]:
    """Dispatch on the file's suffix (the one before .gz/.bz2/.xz for a compressed file);
    `where` is the path as printed and stored."""
    suffix = files.format_suffix(path)
    if suffix in (".jsonl", ".ndjson"):
        yield from read_jsonl(path, where)
    elif suffix == ".json":
        yield from read_json(path, where)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(path, where)
    elif suffix in HTML_SUFFIXES:
        yield read_html(path, where)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path, where)
    else:
        raise InputError(
            f"unsupported file type {suffix or '(none)'}; expected one of "
            f"{', '.join(sorted(SUPPORTED_SUFFIXES))} (optionally .gz, .bz2 or .xz)"
        )


def decode(data: bytes) -> str:
    return decode_text(data)[0]


def read_small_document(path: Path) -> str:
    return decode(files.read_limited(path, MAX_DOCUMENT_BYTES, "one article", "split it or use JSONL"))


def read_table(path: Path, what: str) -> str:
    return decode(files.read_limited(path, MAX_TABLE_BYTES, what, "convert it to JSONL to stream it"))


def read_text_file(path: Path, where: str) -> Article:
    raw = read_small_document(path)
    header_date, body = split_date_header(raw)
    published = parse_date(header_date) if header_date else None
    if published is None:
        published = date_in_text(body[:2000]) or date_in_text(path.stem)
    return make_article(body, where, published_date=published)


def read_html(path: Path, where: str) -> Article:
    html = read_small_document(path)
    document = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    if document is None or not (document.text or "").strip():
        raise InputError("no article text found in the HTML page")
    text = document.text
    if document.title and text.startswith(document.title):
        text = text[len(document.title) :]
    return make_article(
        text,
        where,
        published_date=parse_date(document.date),
        title=document.title,
        url=document.url,
        source=document.sitename,
    )


# JSON nested deeper than this is no article: the parser would recurse to Python's stack limit,
# where a RecursionError can also fire inside a garbage-collector callback, outside any handler.
MAX_JSON_DEPTH = 200
JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
JSON_BRACKETS = str.maketrans({"[": "\x01", "{": "\x01", "]": "\x02", "}": "\x02"})  # opening, closing
NOT_A_BRACKET = re.compile(r"[^\x01\x02]+")


def nested_too_deep(text: str) -> bool:
    """More than `MAX_JSON_DEPTH` open brackets at once, outside strings: checked before parsing,
    by the regex engine, and only where there are that many brackets at all."""
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return False
    brackets = NOT_A_BRACKET.sub("", JSON_STRING.sub("", text).translate(JSON_BRACKETS)).encode("ascii")
    steps = np.where(np.frombuffer(brackets, dtype=np.uint8) == 1, 1, -1)
    return bool(steps.size) and int(np.cumsum(steps).max()) > MAX_JSON_DEPTH


def read_json(path: Path, where: str) -> Iterator[Article | SkippedInput]:
    """A JSON object, a list of objects, or an API export holding one; JSONL saved as .json too."""
    text = read_table(path, "a .json file")
    if nested_too_deep(text):
        raise InputError("JSON nested too deeply to be an article file")
    try:
        document = json.loads(text)
    except RecursionError:
        raise InputError("JSON nested too deeply to be an article file") from None
    except json.JSONDecodeError as error:
        if error.msg != "Extra data":
            raise InputError(f"invalid JSON at line {error.lineno}: {error.msg}") from None
        parts = text.split("\n")  # not splitlines(): JSON strings may hold U+2028
        ends = ["\n"] * (len(parts) - 1) + [""]
        lines = (
            (number, (part + end).encode("utf-8", errors="replace"))
            for number, (part, end) in enumerate(zip(parts, ends, strict=True), start=1)
        )
        yield from json_lines(lines, where)
        return
    except ValueError as error:  # a number too long to convert
        raise InputError(f"unreadable JSON value ({str(error)[:80]})") from None
    for index, record in enumerate(records_in(document), start=1):
        yield record_to_article(record, f"{where}:item {index}")


def records_in(document: object) -> list:
    """The records a parsed JSON document holds."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and not has_field(document, TEXT_FIELDS):
        for name in LIST_FIELDS:
            value = document.get(name)
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return value
    if isinstance(document, dict):
        return [document]
    raise InputError(f"expected a JSON object or a list of objects, got {json_type(document)}")


def read_jsonl(path: Path, where: str) -> Iterator[Article | SkippedInput]:
    """One JSON object a line, streamed; each line is bounded and decoded on its own, so a
    Latin-1 line among UTF-8 ones is still read and a cut-off last line is named."""
    with open_input(path) as handle:
        head = handle.read(SNIFF_BYTES)
    if not head.strip() and len(head) < SNIFF_BYTES:
        raise InputError("empty file")
    wide = bom_encoding(head) in ("utf-16", "utf-32")  # every character spans bytes
    if not wide and (problem := binary_reason(head)):
        raise InputError(problem)
    with open_input(path) as handle:
        if wide:
            text = io.TextIOWrapper(handle, encoding=bom_encoding(head), errors="replace", newline="")
            handle = Utf8Lines(text)
        yield from json_lines(numbered_lines(handle, MAX_DOCUMENT_BYTES, files.stream_limit(path)), where)


class Utf8Lines:
    """A UTF-16/32 text stream read as UTF-8 byte lines, so lines split on the newline byte."""

    def __init__(self, text: io.TextIOWrapper):
        self.text = text

    def readline(self, limit: int) -> bytes:
        return self.text.readline(limit).encode("utf-8")


def json_lines(lines: Iterable[tuple[int, bytes | None]], where: str) -> Iterator[Article | SkippedInput]:
    held: list[SkippedInput] | None = []  # records that are not articles, held until the file shows some
    for line_number, raw_line in lines:
        location = f"{where}:{line_number}"
        if raw_line is None:
            limit = MAX_DOCUMENT_BYTES / 1e6
            yield SkippedInput(location, f"line longer than {limit:.0f} MB, too large for one article")
            continue
        if not raw_line.strip():
            continue
        item = json_line_to_article(raw_line, location)
        if held is not None and isinstance(item, SkippedInput) and item.reason.startswith(NOT_AN_ARTICLE):
            held.append(item)
            if len(held) >= NOT_ARTICLES_AFTER:
                raise InputError(
                    f"none of the first {len(held)} records is an article "
                    f"(first: {held[0].reason}); not a file of articles"
                )
            continue
        if isinstance(item, Article) and held is not None:
            yield from held
            held = None  # the file holds articles: from now on each bad record is reported
        yield item
    yield from held or ()


def json_line_to_article(raw_line: bytes, location: str) -> Article | SkippedInput:
    try:
        line = decode(raw_line.removeprefix(codecs.BOM_UTF8))
        if nested_too_deep(line):
            return SkippedInput(location, "JSON nested too deeply to be an article")
        record = json.loads(line)
    except UndecodableText as error:
        return SkippedInput(location, str(error).replace("file", "line"))
    except RecursionError:
        return SkippedInput(location, "JSON nested too deeply to be an article")
    except json.JSONDecodeError as error:
        cut = "" if raw_line.endswith(b"\n") else "; the last line is incomplete (file cut off?)"
        return SkippedInput(location, f"malformed JSON ({error.msg}){cut}")
    except ValueError as error:  # a number too long to convert
        return SkippedInput(location, f"unreadable JSON value ({str(error)[:80]})")
    return record_to_article(record, location)


def read_csv(path: Path, where: str) -> Iterator[Article | SkippedInput]:
    """CSV/TSV with a header naming the same fields as JSON records."""
    delimiter = "\t" if files.format_suffix(path) == ".tsv" else ","
    rows = csv_rows(read_table(path, "a CSV file"), delimiter, MAX_ROW_CHARS)
    header = csv_header(next(rows, None))
    malformed = 0
    for line_number, row in rows:
        location = f"{where}:{line_number}"
        if isinstance(row, str):
            malformed += 1
            if malformed > MAX_MALFORMED_CSV_ROWS:
                raise InputError(f"over {MAX_MALFORMED_CSV_ROWS} malformed rows: rest of file skipped")
            yield SkippedInput(location, row)
        elif len(row) > len(header):
            yield SkippedInput(location, f"row has {len(row)} fields, the header {len(header)}")
        else:
            yield record_to_article(dict(zip(header, row, strict=False)), location)


def csv_header(first: tuple[int, list[str] | str] | None) -> list[str]:
    """The header's field names, lowercased; InputError when there is none with a text column."""
    if first is None:
        raise InputError("no header row (the file has no rows)")
    line_number, row = first
    if isinstance(row, str):
        raise InputError(f"unreadable header row at line {line_number}: {row}")
    names = [normalize_name(cell).lower() for cell in row]
    if not has_field(dict.fromkeys(names, "x"), TEXT_FIELDS):
        shown = ", ".join(repr(name[:30]) for name in names[:8]) + (", …" if len(names) > 8 else "")
        raise InputError(
            f"no text column: the header (line {line_number}) names {shown}; "
            f"expected one of {', '.join(TEXT_FIELDS)}"
        )
    return names


def json_type(value: object) -> str:
    """A value's type in JSON's words, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "a string"


def field_value(record: dict, names: tuple[str, ...]) -> tuple[str, object] | None:
    """(name, value) of the first of `names` the record has with a non-empty value; keys match
    ignoring case."""
    lowered = {str(key).lower(): value for key, value in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if value not in (None, "", [], {}):
            return name, value
    return None


def has_field(record: dict, names: tuple[str, ...]) -> bool:
    return field_value(record, names) is not None


def scalar_text(value: object) -> str | None:
    """A string or number as text; anything else None (never a Python repr)."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def plain_field(record: dict, names: tuple[str, ...], *, first_only: bool = False) -> str | None:
    """A metadata field as plain text: a string or number; an object's name, title or url; the
    plain items of a list, joined (or the first, for urls)."""
    found = field_value(record, names)
    if found is None:
        return None
    value = found[1]
    if isinstance(value, dict):
        value = next((v for key in NAME_FIELDS if (v := scalar_text(value.get(key)))), None)
    if isinstance(value, list):
        items = [text for item in value if (text := scalar_text(item))]
        value = (items[:1] if first_only else items) and ", ".join(items[:1] if first_only else items)
    return scalar_text(value)


def article_text(record: dict) -> str:
    """The record's text: a string, or a list of paragraph strings; InputError otherwise."""
    found = field_value(record, TEXT_FIELDS)
    if found is None:
        raise InputError(f"no text field (looked for {', '.join(TEXT_FIELDS)})")
    name, value = found
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)
    if not isinstance(value, str):
        raise InputError(f"{name} is not a string (got {json_type(value)})")
    return value


def record_date(record: dict) -> dt.date | None:
    """A date field as ISO or written text, or as a Unix time in seconds or milliseconds."""
    found = field_value(record, DATE_FIELDS)
    value = found[1] if found else None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value >= EPOCH_SECONDS.stop else value
        if math.isfinite(seconds) and int(seconds) in EPOCH_SECONDS:
            return dt.datetime.fromtimestamp(seconds, dt.UTC).date()
        return None
    return parse_date(scalar_text(value))


def record_to_article(record: object, location: str) -> Article | SkippedInput:
    if not isinstance(record, dict):
        return SkippedInput(location, f"expected a JSON object, got {json_type(record)}")
    try:
        published = record_date(record)
        header_date, text = split_date_header(article_text(record))
        published = published or (parse_date(header_date) if header_date else None)
        return make_article(
            text,
            location,
            published_date=published or date_in_text(text[:2000]),
            title=plain_field(record, TITLE_FIELDS),
            url=plain_field(record, URL_FIELDS, first_only=True),
            source=plain_field(record, SOURCE_FIELDS),
        )
    except InputError as error:
        return SkippedInput(location, str(error))


def make_article(raw_text: str, location: str, **fields) -> Article:
    """Clean the text, check it is a usable English article, and give it its id."""
    too_long = f"over the {MAX_ARTICLE_CHARS:,} limit for one article"
    if len(raw_text) > MAX_RAW_CHARS:
        raise InputError(f"article text is {len(raw_text):,} characters, {too_long}")
    text = clean_text(raw_text)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError("no article text (empty after removing page furniture)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"article text is {len(text):,} characters, {too_long}")
    english = english_part(text)
    if english is None:
        raise InputError("not English (the extractor only reads English articles)")
    text = english
    plain = {
        name: normalize_name(value) or None if isinstance(value, str) else value
        for name, value in fields.items()
    }
    return Article(article_id=article_id_for(text), text=text, source_path=location, **plain)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO or written publication date; None when it cannot be read."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    parsed = dateparser.parse(value[:100], languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def date_in_text(text: str) -> dt.date | None:
    """The first explicit date in a string (dateline or file name); None when there is none."""
    match = ISO_DATE.search(text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    match = WRITTEN_DATE.search(text)
    return parse_date(match.group(0)) if match else None
