"""Bytes to text for article and curation files, whatever tool wrote them.

Why: Windows tools write UTF-16 with a byte-order mark or Windows-1252, scrapers leave stray NUL
bytes, and some "text" files are images. Each case either decodes to the right text or raises
UndecodableText with a reason fit to print.
"""

from __future__ import annotations

import codecs

import charset_normalizer

# Longest marks first: the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 8192
# Bytes no text file holds (all C0 controls but tab, newlines, form feed and escape).
CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b")
MAX_CONTROL_SHARE = 0.05  # a few stray NULs are debris; more means the file is not text
MIN_UTF16_NUL_SHARE = 0.4  # ASCII-range UTF-16 has a NUL in every other byte
MIN_UTF16_ASCII_SHARE = 0.9
LEGACY_ENCODING = "cp1252"  # what Windows tools write for English text; a superset of Latin-1
MAX_LEGACY_CHAOS = 0.1
MAX_OTHER_CHAOS = 0.2
DETECTION_BYTES = 200_000


class UndecodableText(ValueError):
    """The bytes are not text in any encoding we can trust; the message says why."""


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark at the start declares, if any."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding name): a byte-order mark's encoding, else UTF-8, else UTF-16 without a
    mark, else Windows-1252 or another legacy encoding that charset-normalizer finds clean."""
    declared = bom_encoding(data)
    if declared:
        try:
            return non_empty(data.decode(declared)), declared
        except UnicodeDecodeError:
            message = f"starts with a {declared} byte-order mark but is not valid {declared}"
            raise UndecodableText(message) from None
    if not data.strip():
        raise UndecodableText("empty file")
    sample = data[:SNIFF_BYTES]
    utf16 = utf16_without_mark(sample)
    if utf16:
        try:
            return non_empty(data.decode(utf16)), utf16
        except UnicodeDecodeError:
            pass
    problem = binary_reason(sample)
    if problem:
        raise UndecodableText(problem)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return legacy_decode(data)


def binary_reason(sample: bytes) -> str | None:
    """Why the bytes are not text (too many NUL or other control bytes), or None."""
    controls = sum(sample.count(byte) for byte in CONTROL_BYTES)
    if controls <= MAX_CONTROL_SHARE * len(sample):
        return None
    what = "NUL bytes" if b"\x00" in sample else "control bytes"
    return f"binary file ({what}), not text"


def utf16_without_mark(sample: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL and the others are mostly
    printable ASCII, as in unmarked UTF-16 of English text (not a binary format with NULs)."""
    if len(sample) < 4:
        return None
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if high.count(0) < MIN_UTF16_NUL_SHARE * len(high):
            continue  # counted in C first: ordinary text stops here, before the per-byte count
        printable = sum(1 for byte in low if 32 <= byte < 127 or byte in b"\t\n\r")
        if printable >= MIN_UTF16_ASCII_SHARE * len(low):
            return encoding
    return None


def legacy_decode(data: bytes) -> tuple[str, str]:
    """Windows-1252 when it reads cleanly (English text usually is), else the cleanest other."""
    head = data[:DETECTION_BYTES]
    for candidates, limit in (([LEGACY_ENCODING], MAX_LEGACY_CHAOS), (None, MAX_OTHER_CHAOS)):
        best = charset_normalizer.from_bytes(head, cp_isolation=candidates).best()
        if best is not None and best.chaos <= limit:
            return non_empty(data.decode(best.encoding, errors="replace")), best.encoding
    raise UndecodableText("not valid UTF-8 and no other text encoding fits")


def non_empty(text: str) -> str:
    if not text.strip():
        raise UndecodableText("empty file")
    return text
