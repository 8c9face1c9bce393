"""Bytes to text: byte-order marks, UTF-16 without one, Windows-1252 before other guesses, binary."""

import codecs
import re

import pytest

from ingest.decoding import UndecodableText, decode_text

TEXT = "The envoy from Zürich met the café owner’s “delegation” – briefly – on Monday in Doha."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_each_encoding_decodes_to_the_same_text(data, encoding):
    assert decode_text(data) == (TEXT, encoding)


def test_latin1_english_is_read_as_windows_1252_not_a_baltic_code_page():
    data = "Talks in Zürich ended at the café.".encode("latin-1")
    assert decode_text(data) == ("Talks in Zürich ended at the café.", "cp1252")


def test_a_few_stray_nul_bytes_do_not_make_text_binary():
    text, _ = decode_text(TEXT.encode() + b"\x00\x00")
    assert text.startswith("The envoy") and text.endswith("\x00\x00")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t ", "empty file"),
        (codecs.BOM_UTF16_LE, "empty file"),
        (b"\x00" * 100, "binary file (NUL bytes)"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "not valid utf-16"),
    ],
    ids=["empty", "blank", "only a BOM", "NULs", "PNG", "broken UTF-16"],
)
def test_what_is_not_text_says_why(data, reason):
    with pytest.raises(UndecodableText, match=re.escape(reason)):
        decode_text(data)
