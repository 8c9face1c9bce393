import datetime as dt

import pytest

from ingest.dates import refers_to_story_day, resolve_date

WEDNESDAY = dt.date(2025, 10, 22)


@pytest.mark.parametrize(
    ("text", "future", "expected", "precision"),
    [
        ("Tuesday", False, dt.date(2025, 10, 21), "day"),
        ("on Wednesday", False, dt.date(2025, 10, 22), "day"),
        ("Friday", True, dt.date(2025, 10, 24), "day"),
        ("Friday", False, dt.date(2025, 10, 17), "day"),
        ("next Monday", False, dt.date(2025, 10, 27), "day"),
        ("yesterday", False, dt.date(2025, 10, 21), "day"),
        ("tomorrow", True, dt.date(2025, 10, 23), "day"),
        ("two days ago", False, dt.date(2025, 10, 20), "day"),
        ("last week", False, dt.date(2025, 10, 13), "week"),
        ("next week", True, dt.date(2025, 10, 27), "week"),
        ("next month", True, dt.date(2025, 11, 1), "month"),
        ("Oct. 10", False, dt.date(2025, 10, 10), "day"),
        ("October 10", False, dt.date(2025, 10, 10), "day"),
        ("10 October 2025", False, dt.date(2025, 10, 10), "day"),
        ("Sept. 29", False, dt.date(2025, 9, 29), "day"),
        ("Jan. 19", True, dt.date(2026, 1, 19), "day"),
    ],
)
def test_expression_resolves_against_publication_date(text, future, expected, precision):
    resolved = resolve_date(text, WEDNESDAY, future=future)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (expected, precision)


def test_past_month_day_in_january_article_falls_in_previous_year():
    resolved = resolve_date("Dec. 29", dt.date(2026, 1, 3))
    assert resolved.date == dt.date(2025, 12, 29)


def test_bare_year_gives_year_precision_without_a_date():
    assert resolve_date("2024", WEDNESDAY) == (None, "year")


def test_text_without_a_date_resolves_to_none():
    assert resolve_date("the weekend before", WEDNESDAY) is None


def test_bare_month_in_past_tense_is_the_latest_such_month():
    assert resolve_date("in November", dt.date(2025, 7, 30)) == (dt.date(2024, 11, 1), "month")
    assert resolve_date("in November", dt.date(2025, 7, 30), future=True) == (dt.date(2025, 11, 1), "month")


def test_later_in_the_week_is_this_week():
    assert resolve_date("later in the week", WEDNESDAY, future=True) == (dt.date(2025, 10, 20), "week")


def test_start_of_a_month_gives_month_precision():
    assert resolve_date("the start of March", dt.date(2025, 4, 10)) == (dt.date(2025, 3, 1), "month")


def test_span_of_hours_is_not_a_date():
    assert resolve_date("within 48 hours", WEDNESDAY) is None
    assert resolve_date("72 hours", WEDNESDAY) is None


@pytest.mark.parametrize("text", ["the same day", "Later that day", "later in the day", "that evening"])
def test_same_occasion_phrases_refer_to_the_story_day(text):
    assert refers_to_story_day(text)
    assert resolve_date(text, WEDNESDAY) is None


@pytest.mark.parametrize("text", ["the day before yesterday", "yesterday", "Monday", "that week"])
def test_dated_phrases_do_not_refer_to_the_story_day(text):
    assert not refers_to_story_day(text)


def test_a_past_day_months_after_publication_is_last_years():
    assert resolve_date("Jan. 19", WEDNESDAY) == (dt.date(2025, 1, 19), "day")
    assert resolve_date("Jan. 19", WEDNESDAY, future=True) == (dt.date(2026, 1, 19), "day")


def test_a_deadline_phrase_is_its_day():
    assert resolve_date("no later than 29 July", WEDNESDAY, future=True) == (dt.date(2026, 7, 29), "day")


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("April of next year", True, dt.date(2026, 4, 1)),
        ("in April next year", True, dt.date(2026, 4, 1)),
        ("next April", True, dt.date(2026, 4, 1)),
        ("in March last year", False, dt.date(2024, 3, 1)),
        ("last March", False, dt.date(2025, 3, 1)),
    ],
)
def test_a_month_of_a_relative_year_is_that_month(text, future, expected):
    assert resolve_date(text, WEDNESDAY, future=future) == (expected, "month")


@pytest.mark.parametrize("text", ["next year", "last year", "this year"])
def test_a_year_alone_has_no_date(text):
    assert resolve_date(text, WEDNESDAY) == (None, "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dec. 3-4", dt.date(2025, 12, 3)),
        ("on the night of November 6-7", dt.date(2025, 11, 6)),
        ("10-12 October 2025", dt.date(2025, 10, 10)),
        ("2024-05-03", dt.date(2024, 5, 3)),
    ],
)
def test_a_range_of_days_is_its_first_day(text, expected):
    assert resolve_date(text, WEDNESDAY, future=expected > WEDNESDAY) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"), [("early Tuesday", 21), ("on Monday night", 20), ("late on Tuesday", 21)]
)
def test_a_part_of_a_weekday_is_that_day(text, expected):
    assert resolve_date(text, WEDNESDAY) == (dt.date(2025, 10, expected), "day")


def test_a_list_of_ordinal_days_is_its_first_day():
    assert resolve_date("the next 23rd and 24th of January", WEDNESDAY, future=True) == (
        dt.date(2026, 1, 23),
        "day",
    )


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("last July 25", False, dt.date(2025, 7, 25)),
        ("this past October 3", False, dt.date(2025, 10, 3)),
        ("on last Oct. 20", False, dt.date(2025, 10, 20)),
        ("next March 3", False, dt.date(2026, 3, 3)),
        ("this coming November 2", False, dt.date(2025, 11, 2)),
        ("July 25 last year", False, dt.date(2024, 7, 25)),
        ("on 3 March next year", True, dt.date(2026, 3, 3)),
    ],
)
def test_a_month_day_with_its_side_of_publication(text, future, expected):
    assert resolve_date(text, WEDNESDAY, future=future) == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today June 28, 2021", dt.date(2021, 6, 28)),
        ("today, Oct. 20", dt.date(2025, 10, 20)),
        ("yesterday 21 October", dt.date(2025, 10, 21)),
    ],
)
def test_a_stated_day_after_today_is_the_day(text, expected):
    assert resolve_date(text, WEDNESDAY) == (expected, "day")


@pytest.mark.parametrize("text", ["last night", "late last night", "last evening"])
def test_last_night_is_the_day_before(text):
    assert resolve_date(text, WEDNESDAY) == (dt.date(2025, 10, 21), "day")


@pytest.mark.parametrize(
    "text",
    ["November 30 - December 1, 2018", "from November 30 to December 1, 2018", "30 November to 1 December"],
)
def test_a_range_across_two_months_is_its_first_day(text):
    assert resolve_date(text, dt.date(2019, 2, 17)).date == dt.date(2018, 11, 30)
