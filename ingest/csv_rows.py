"""Split CSV text into rows by its quotes and line breaks before parsing any of them.

Why: the csv module, on a field over its limit or a quote that never closes, either stops or
swallows the rows after it into one field, and it holds an oversized field four bytes a
character. Found first by cheap string searches, an oversized or malformed row is skipped
alone, the rows after it are kept, and each is named by the line it starts on.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def csv_rows(text: str, delimiter: str, max_chars: int) -> Iterator[tuple[int, list[str] | str]]:
    """(first line, fields) for each non-blank row, or (first line, why it cannot be read). After
    a malformed row reading goes on at its second line: one stray quote pairs every later quote
    wrongly, and the line after it is most likely a row of its own."""
    csv.field_size_limit(max(csv.field_size_limit(), max_chars + 1))
    start, line = 0, 1
    while start < len(text):
        first_line_end = line_end(text, start)[1]
        end = row_end(text, start)
        if end is None:
            yield line, "a quoted field never closes; row skipped"
            end = first_line_end
        elif end - start > max_chars:
            yield line, f"row is {end - start:,} characters, over the {max_chars:,} limit for one article"
        elif text[start:end].strip():
            try:
                yield line, next(csv.reader([text[start:end]], delimiter=delimiter, strict=True))
            except csv.Error as error:
                yield line, f"malformed CSV row ({error}); row skipped"
                end = first_line_end
        line += line_breaks(text, start, end)
        start = end


def row_end(text: str, start: int) -> int | None:
    """Where the row starting at `start` ends (past its line break), honouring quoted fields;
    None when a quote never closes."""
    position, end = start, line_end(text, start)
    while (quote := text.find('"', position, end[0])) != -1:
        close = closing_quote(text, quote + 1)
        if close == -1:
            return None
        position = close + 1
        if position > end[0]:
            end = line_end(text, position)
    return end[1]


def line_end(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the first line break at or after `position`; (len, len) when none."""
    match = LINE_BREAK.search(text, position)
    return match.span() if match else (len(text), len(text))


def closing_quote(text: str, position: int) -> int:
    """The quote that closes a quoted field opened before `position` ('""' is an escaped quote)."""
    while (quote := text.find('"', position)) != -1 and text.startswith('"', quote + 1):
        position = quote + 2
    return quote


def line_breaks(text: str, start: int, end: int) -> int:
    return text.count("\n", start, end) + text.count("\r", start, end) - text.count("\r\n", start, end)
