"""Read files and folders into Article records (txt, jsonl/json, csv, html).

Every problem becomes a SkippedInput naming the file (and line or row) and why, so one bad
file never stops a batch. Large JSONL/CSV files are streamed record by record.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer
import dateparser
import trafilatura

from ingest.clean import article_id_for, clean_text, looks_english, split_date_header
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

MAX_DOCUMENT_BYTES = 5_000_000  # one .txt/.html article; larger files are not articles
MAX_ARTICLE_CHARS = 200_000  # one article's text after cleaning
MIN_ARTICLE_WORDS = 5
BINARY_SNIFF_BYTES = 8192
NOT_ARTICLES_AFTER = 20  # a JSONL file whose first records all lack text is not an article file

ISO_DATE = re.compile(r"\b(20\d{2}|19\d{2})[-_/.]?(0[1-9]|1[0-2])[-_/.]?(0[1-9]|[12]\d|3[01])\b")
WRITTEN_DATE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\b"
)


class InputError(ValueError):
    """An input cannot be turned into an article; the message says why, fit to print."""


def discover(paths: Iterable[str | Path]) -> Iterator[Path | SkippedInput]:
    """Expand files and folders (recursively, sorted) into input files."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield SkippedInput(str(path), "no such file or folder")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            yield from (p for p in files if p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | SkippedInput]:
    """Every article in `paths`, or a SkippedInput for each thing that could not be read."""
    for item in discover(paths):
        if isinstance(item, SkippedInput):
            yield item
            continue
        try:
            yield from read_file(item)
        except InputError as error:
            yield SkippedInput(str(item), str(error))
        except OSError as error:
            yield SkippedInput(str(item), f"cannot read: {error.strerror or error}")


def read_file(path: Path) -> Iterator[Article | SkippedInput]:
    """Dispatch on the file's suffix."""
    suffix = path.suffix.lower()
    if suffix in JSON_SUFFIXES:
        yield from read_json(path)
    elif suffix in CSV_SUFFIXES:
        yield from read_csv(path)
    elif suffix in HTML_SUFFIXES:
        yield read_html(path)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path)
    else:
        raise InputError(
            f"unsupported file type {suffix or '(none)'}; expected one of "
            f"{', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 first, else the encoding charset-normalizer is sure of."""
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None or best.chaos > 0.2:
        raise InputError("not valid UTF-8 and no other text encoding fits")
    return data.decode(best.encoding, errors="replace")


def read_small_document(path: Path) -> str:
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise InputError(
            f"file is {size / 1e6:.1f} MB, too large for one article "
            f"(limit {MAX_DOCUMENT_BYTES / 1e6:.0f} MB); split it or use JSONL"
        )
    return decode(path.read_bytes())


def read_text_file(path: Path) -> Article | SkippedInput:
    raw = read_small_document(path)
    header_date, body = split_date_header(raw)
    published = parse_date(header_date) if header_date else None
    if published is None:
        published = date_in_text(body[:2000]) or date_in_text(path.stem)
    return make_article(body, str(path), published_date=published)


def read_html(path: Path) -> Article | SkippedInput:
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
        str(path),
        published_date=parse_date(document.date),
        title=document.title,
        url=document.url,
        source=document.sitename,
    )


def read_json(path: Path) -> Iterator[Article | SkippedInput]:
    """JSONL (one object a line) or JSON (an object or a list of objects), streamed for JSONL."""
    with path.open("rb") as handle:
        head = handle.read(BINARY_SNIFF_BYTES)
        decode(head if head.strip() else b"")
        handle.seek(0)
        if path.suffix.lower() == ".json" and head.lstrip().startswith((b"[", b"{")):
            try:
                data = json.loads(decode(handle.read()))
            except json.JSONDecodeError as error:
                raise InputError(f"invalid JSON at line {error.lineno}: {error.msg}") from None
            records = data if isinstance(data, list) else [data]
            for index, record in enumerate(records, start=1):
                yield record_to_article(record, f"{path}:item {index}")
            return
        held: list[SkippedInput] | None = []  # bad records, held until the file shows articles
        for line_number, raw_line in enumerate(handle, start=1):
            if not raw_line.strip():
                continue
            location = f"{path}:{line_number}"
            try:
                record = json.loads(raw_line.decode("utf-8-sig"))
            except UnicodeDecodeError:
                yield SkippedInput(location, "line is not valid UTF-8")
                continue
            except json.JSONDecodeError as error:
                yield SkippedInput(location, f"malformed JSON ({error.msg})")
                continue
            item = record_to_article(record, location)
            if isinstance(item, SkippedInput) and held is not None:
                held.append(item)
                if len(held) >= NOT_ARTICLES_AFTER:
                    raise InputError(
                        f"none of the first {len(held)} records is an article "
                        f"(first: {held[0].reason}); not a file of articles"
                    )
                continue
            yield from held or ()
            held = None  # the file holds articles: from now on each bad record is reported
            yield item
        yield from held or ()


def read_csv(path: Path) -> Iterator[Article | SkippedInput]:
    """CSV/TSV with a header naming the same fields as JSON records."""
    text = decode(path.read_bytes()) if path.stat().st_size <= MAX_DOCUMENT_BYTES * 20 else None
    if text is None:
        raise InputError("CSV file over 100 MB; convert it to JSONL to stream it")
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    csv.field_size_limit(MAX_ARTICLE_CHARS * 10)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            location = f"{path}:{reader.line_num}"
            if None in row:
                yield SkippedInput(location, "row has more fields than the header")
                continue
            yield record_to_article(row, location)
    except csv.Error as error:
        yield SkippedInput(f"{path}:{reader.line_num}", f"malformed CSV ({error}); rest of file skipped")


def first_field(record: dict, names: tuple[str, ...]) -> str | None:
    lowered = {str(key).lower(): value for key, value in record.items()}
    for name in names:
        value = lowered.get(name.lower())
        if isinstance(value, dict):  # e.g. {"source": {"name": "Reuters"}}
            value = value.get("name") or value.get("title")
        if value not in (None, ""):
            return str(value)
    return None


def record_to_article(record: object, location: str) -> Article | SkippedInput:
    if not isinstance(record, dict):
        return SkippedInput(location, f"expected a JSON object, got {type(record).__name__}")
    text = first_field(record, TEXT_FIELDS)
    if text is None:
        return SkippedInput(location, f"no text field (looked for {', '.join(TEXT_FIELDS)})")
    raw_date = first_field(record, DATE_FIELDS)
    published = parse_date(raw_date) if raw_date else None
    header_date, text = split_date_header(text)
    published = published or (parse_date(header_date) if header_date else None)
    try:
        return make_article(
            text,
            location,
            published_date=published or date_in_text(text[:2000]),
            title=first_field(record, TITLE_FIELDS),
            url=first_field(record, URL_FIELDS),
            source=first_field(record, SOURCE_FIELDS),
        )
    except InputError as error:
        return SkippedInput(location, str(error))


def make_article(raw_text: str, location: str, **fields) -> Article:
    """Clean the text, check it is a usable English article, and give it its id."""
    text = clean_text(raw_text)
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise InputError("no article text (empty after removing page furniture)")
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(
            f"article text is {len(text):,} characters, over the {MAX_ARTICLE_CHARS:,} limit for one article"
        )
    if not looks_english(text):
        raise InputError("not English (the extractor only reads English articles)")
    return Article(article_id=article_id_for(text), text=text, source_path=location, **fields)


def parse_date(value: str | None) -> dt.date | None:
    """An ISO or written publication date; None when it cannot be read."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        pass
    parsed = dateparser.parse(value, languages=["en"], settings={"STRICT_PARSING": True})
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
