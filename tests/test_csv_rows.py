"""Splitting CSV text into rows by quotes and line breaks, so one bad row spoils only itself."""

from ingest.csv_rows import csv_rows


def rows(text, max_chars=1000):
    return list(csv_rows(text, ",", max_chars))


def test_quoted_fields_may_hold_commas_quotes_and_line_breaks():
    text = 'text,date\r\n"One, two ""three""\nfour",2025-01-01\r\nplain,2025-01-02\n'
    assert rows(text) == [
        (1, ["text", "date"]),
        (2, ['One, two "three"\nfour', "2025-01-01"]),
        (4, ["plain", "2025-01-02"]),
    ]


def test_blank_lines_are_skipped_and_lines_still_counted():
    assert rows("a,b\n\n\r\nc,d\rd,e") == [(1, ["a", "b"]), (4, ["c", "d"]), (5, ["d", "e"])]


def test_an_oversized_row_is_named_by_its_first_line_and_the_rows_after_it_are_kept():
    text = 'h\n"' + "x\n" * 2000 + '"\nafter\n'
    assert rows(text) == [
        (1, ["h"]),
        (2, "row is 4,003 characters, over the 1,000 limit for one article"),
        (2003, ["after"]),
    ]


def test_one_stray_quote_costs_one_row_and_later_quoted_rows_are_read_right():
    text = 'h,d\n"good one",1\n"stray quote,2\n"good two",3\n"good three",4\n'
    result = rows(text)
    assert result[0] == (1, ["h", "d"])
    assert result[1] == (2, ["good one", "1"])
    assert result[2][0] == 3 and result[2][1].endswith("row skipped")
    assert result[3:] == [(4, ["good two", "3"]), (5, ["good three", "4"])]


def test_a_quote_that_never_closes_skips_one_line():
    assert rows('h\n"never closed\nnext\n') == [
        (1, ["h"]),
        (2, "a quoted field never closes; row skipped"),
        (3, ["next"]),
    ]
