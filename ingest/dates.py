"""Resolve time expressions against the publication date and the verb's tense.

Relative expressions (weekdays, yesterday, last week, "April of next year") are rules below;
absolute ones ("Oct. 10", "10 October 2025", "Dec. 3-4") are parsed by dateparser, with the year
inferred from the publication date. A dateline's day ("JEDDAH, March 11 (Xinhua) --") is the story's
day when a wire story was published a day or two later.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

import dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
DAY_OFFSETS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "yesterday": -1,
    "last night": -1,
    "last evening": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
UNIT_DAYS = {"day": 1, "week": 7}

WEEKDAY_RE = re.compile(rf"\b(?:(last|next|this|coming|past)\s+)?({'|'.join(WEEKDAYS)})\b")
AGO_RE = re.compile(
    r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(day|week|month|year)s?\s+(ago|earlier|later|from now)\b"
)
REL_PERIOD_RE = re.compile(
    r"\b(last|next|this|past|coming|(?:earlier|later) (?:this|in the))\s+(week|month|year)\b"
)
# "in the last month", "over the past week": the span up to now, not the calendar month before
SPAN_TO_NOW_RE = re.compile(r"\bthe\s+(?:last|past)\s+(week|month|year)\b")
YEAR_ONLY_RE = re.compile(r"^(?:in\s+)?(?:early\s+|late\s+|mid-?)?((?:19|20)\d{2})$")
# every month's name, its three-letter short form and "sept", as words and as a regex alternation
MONTH_WORDS = (*MONTHS, *(m[:3] for m in MONTHS), "sept")
MONTH_NAMES = "|".join(MONTH_WORDS)
MONTH_ONLY_RE = re.compile(
    rf"^(?:in\s+|early\s+|late\s+|mid-?|(?:at\s+|by\s+)?the\s+(?:start|beginning|middle|end)\s+of\s+)*"
    rf"({MONTH_NAMES})\.?(?:\s+((?:19|20)\d{{2}}))?$"
)
# "April of next year", "in March last year"; "next April"
MONTH_REL_YEAR_RE = re.compile(
    rf"^(?:in\s+|early\s+|late\s+|mid-?|(?:at\s+|by\s+)?the\s+(?:start|beginning|middle|end)\s+of\s+)*"
    rf"({MONTH_NAMES})\.?\s+(?:of\s+)?(next|last|this)\s+year$"
)
NEXT_MONTH_RE = re.compile(rf"^(?:in\s+)?(next|last)\s+({MONTH_NAMES})$")
MONTH_DAY = (
    rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES})\.?"
)
# "last July 25", "this coming March 3": a month-day on the side of publication the word says
SIDED_MONTH_DAY_RE = re.compile(rf"^(?:on\s+)?(last|this past|past|next|this coming|coming)\s+({MONTH_DAY})$")
# "July 25 last year", "on 3 March next year": a month-day of a year told relative to publication
MONTH_DAY_REL_YEAR_RE = re.compile(rf"^(?:on\s+)?({MONTH_DAY}),?\s+(?:of\s+)?(last|next|this)\s+year$")
# "today, June 28, 2021": the stated day stands; the relative word only repeats it
DAY_WORD_BEFORE_DATE_RE = re.compile(r"^(?:today|yesterday|tomorrow|tonight),?\s+(?=\S*\d|\S+\s+\d)")
# "on the night of November 6-7": the words around a day that name no other day
SPAN_PREFIX_RE = re.compile(r"^(?:on\s+)?the\s+(?:night|morning|evening|afternoon|weekend)\s+of\s+")
# "on the 18th": a day of the month told alone
ORDINAL_DAY_RE = re.compile(r"^(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)$")
DAY_RANGE_RE = re.compile(r"(?<![\d/.-])\b(\d{1,2})\s*(?:[-–]|\bto\b|\band\b)\s*\d{1,2}\b(?![:./-]\d)")
# "November 30 - December 1, 2018", "30 November to 1 December": the first day, with the year
MONTH_RANGE_RE = re.compile(
    rf"^(?:from\s+)?({MONTH_DAY})\s*(?:[-–]|to|until|through)\s*(?:{MONTH_DAY})(,?\s+(?:19|20)\d{{2}})?$"
)
# "the same day", "later that day", "that evening": the day the story last told of
STORY_DAY_RE = re.compile(
    r"\b(?:the same|(?:later|earlier) (?:in )?(?:the|that)|that(?: same)?)"
    r" (?:day|morning|afternoon|evening|night)\b"
)
# "the next day", "the following day", "the day after", "a day later": a day after the one the
# story last told of
NEXT_STORY_DAY_RE = re.compile(
    r"\b(?:the (?:next|following) day|the day after|(?:a|one) day later)\b(?! (?:tomorrow|\w+day))"
)
# "the day before", "the previous day", "whom she met a day before": a day before it
PREVIOUS_STORY_DAY_RE = re.compile(
    r"\b(?:the (?:previous|preceding) day|(?:the|a|one) day (?:before|earlier))\b(?! (?:yesterday|\w+day))"
)
# "JEDDAH, Saudi Arabia, March 11 (Xinhua) --", "KYIV, Ukraine, Monday, Feb. 24 (AP) —": a dateline
# opening a paragraph near the top, whose day is the story's day.
DATELINE_DATE_RE = re.compile(
    r"^[A-Z][\w.'’/()-]*(?:\s+[A-Z(][\w.'’/()-]*)*,\s+(?:[A-Z][\w.'’()-]*(?:\s+[A-Z(][\w.'’()-]*)*,\s+){0,2}"
    rf"(?P<date>(?i:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:,\s+(?:19|20)\d{{2}})?)"
    r"(?=\s*(?:\(|--|—|–|-\s|:|\s[A-Z]))",
    re.MULTILINE,
)
DATELINE_SEARCH_CHARS = 800  # the dateline opens one of the first paragraphs
DATELINE_MAX_DAYS_BEFORE = 3  # a wire story filed a day or two before its publication
WRONG_SIDE_MAX_DAYS = 31  # "took effect on Jan. 19" in an October story is last January
HAS_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
# A day number is a date only with a month: "within 72 hours" is a span, not a day.
HAS_MONTH = re.compile(rf"\b(?:{MONTH_NAMES})\b|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b")
HAS_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
TRAILING_SPAN_RE = re.compile(r"\s+(?:after|before|since|following|amid)\s+(?=\w)")
FIRST_DAY_OF_MONTH_RE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\b.*?\b({MONTH_NAMES})\b\.?(?:,?\s+((?:19|20)\d{{2}}))?"
)


class ResolvedDate(NamedTuple):
    date: dt.date | None
    precision: str  # day | week | month | year


def start_of_week(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def last_day_of(day: dt.date, precision: str | None) -> dt.date:
    """The last day a date of this precision may stand for ('last month': the month's last day)."""
    if precision == "month":
        return add_months(day.replace(day=1), 1) - dt.timedelta(days=1)
    if precision == "week":
        return day + dt.timedelta(days=6)
    if precision == "year":
        return day.replace(month=12, day=31)
    return day


def within_period(day: dt.date, start: dt.date, precision: str | None) -> bool:
    """A day inside the week, month or year a date of that precision stands for."""
    if precision not in ("week", "month", "year"):
        return False
    first = {"month": start.replace(day=1), "year": start.replace(month=1, day=1)}.get(precision, start)
    return first <= day <= last_day_of(start, precision)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def resolve_weekday(name: str, modifier: str | None, published: dt.date, future: bool) -> dt.date:
    """Past tense: the latest such day on or before publication; future: the next on or after."""
    target = WEEKDAYS.index(name)
    if modifier in ("next", "coming") or (future and modifier != "last"):
        delta = (target - published.weekday()) % 7
        if modifier == "next" and delta == 0:
            delta = 7
        return published + dt.timedelta(days=delta)
    delta = (published.weekday() - target) % 7
    if modifier == "last" and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta)


def nearest_year(candidate: dt.date, published: dt.date, future: bool) -> dt.date:
    """Pick the year that puts a month-day closest to publication; the tense breaks near-ties."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(candidate.replace(year=year))
        except ValueError:
            continue

    def cost(day: dt.date) -> float:
        wrong_side = (day < published) if future else (day > published + dt.timedelta(days=3))
        # a day told in the past tense a month or more after publication cannot be meant
        far = abs((day - published).days) > WRONG_SIDE_MAX_DAYS
        return abs((day - published).days) + ((365 if far else 45) if wrong_side else 0)

    return min(options, key=cost)


def resolve_relative(text: str, published: dt.date, future: bool) -> ResolvedDate | None:
    for phrase, offset in DAY_OFFSETS.items():
        if re.search(rf"\b{phrase}\b", text):
            return ResolvedDate(published + dt.timedelta(days=offset), "day")
    match = AGO_RE.search(text)
    if match:
        amount = int(match.group(1)) if match.group(1).isdigit() else NUMBER_WORDS[match.group(1)]
        sign = 1 if match.group(3) in ("later", "from now") else -1
        unit = match.group(2)
        if unit in UNIT_DAYS:
            day = published + dt.timedelta(days=sign * amount * UNIT_DAYS[unit])
            return ResolvedDate(day if unit == "day" else start_of_week(day), unit)
        if unit == "month":
            return ResolvedDate(add_months(published, sign * amount), "month")
        return ResolvedDate(None, "year")
    match = WEEKDAY_RE.search(text)
    if match and not HAS_DAY_NUMBER.search(text):
        return ResolvedDate(resolve_weekday(match.group(2), match.group(1), published, future), "day")
    match = SPAN_TO_NOW_RE.search(text)
    if match:
        return ResolvedDate(None, match.group(1))  # "in the last month": any day of the span to now
    match = REL_PERIOD_RE.search(text)
    if match:
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(match.group(1), 0)
        unit = match.group(2)
        if unit == "week":
            if step == 0:
                return ResolvedDate(start_of_week(published), "week")
            return ResolvedDate(start_of_week(published + dt.timedelta(weeks=step)), "week")
        if unit == "month":
            return ResolvedDate(add_months(published, step), "month")
        return ResolvedDate(None, "year")  # "next year" with nothing more: the year, no date
    return None


def month_of_relative_year(text: str, published: dt.date | None) -> ResolvedDate | None:
    """'April of next year', 'in March last year', 'next April': a month of a year told relative
    to publication, month precision."""
    if published is None:
        return None
    match = MONTH_REL_YEAR_RE.match(text)
    if match:
        month = month_number(match.group(1))
        step = {"last": -1, "next": 1}.get(match.group(2), 0)
        return ResolvedDate(dt.date(published.year + step, month, 1), "month")
    match = NEXT_MONTH_RE.match(text)
    if match:
        month = month_number(match.group(2))
        if match.group(1) == "next":
            year = published.year + (month <= published.month)
        else:
            year = published.year - (month >= published.month)
        return ResolvedDate(dt.date(year, month, 1), "month")
    return None


def month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3]))


@lru_cache(maxsize=4096)
def resolve_absolute(text: str, published: dt.date | None, future: bool) -> ResolvedDate | None:
    """Cached: dateparser takes milliseconds a call, and a story repeats its dates."""
    text = SPAN_PREFIX_RE.sub("", text)
    text = DAY_RANGE_RE.sub(r"\1", text)  # "November 6-7": the first day
    text = MONTH_RANGE_RE.sub(lambda m: m.group(1) + (m.group(2) or ""), text)
    match = YEAR_ONLY_RE.match(text)
    if match:
        return ResolvedDate(None, "year")
    match = MONTH_ONLY_RE.match(text)
    if match:
        month = next(i for i, m in enumerate(MONTHS, 1) if m.startswith(match.group(1)[:3]))
        if match.group(2):
            return ResolvedDate(dt.date(int(match.group(2)), month, 1), "month")
        if published is None:
            return None
        # a month without a year: the latest such month so far for the past, the next for the future
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
        return ResolvedDate(dt.date(year, month, 1), "month")
    match = ORDINAL_DAY_RE.match(text.strip().lower())
    if match and published is not None:
        return day_of_nearest_month(int(match.group(1)), published, future)
    if not HAS_DAY_NUMBER.search(text) or not HAS_MONTH.search(text):
        return None
    cleaned = re.sub(
        r"^(on|by|from|since|until|till|before|after|(?:no|not) later than|as (?:early|late) as|as of)\s+",
        "",
        text,
    )
    cleaned = re.sub(r"\b(sept)\b\.?", "sep", cleaned)
    # "october 10 after two years": the model's entity runs on into a span of time after the day
    day_first = TRAILING_SPAN_RE.split(cleaned, maxsplit=1)[0]
    if HAS_DAY_NUMBER.search(day_first) and HAS_MONTH.search(day_first):
        cleaned = day_first
    # a day and a month are told: only dateparser's absolute parser can read them, and skipping its
    # relative ('2 days ago') and timestamp parsers halves the call (bench/throughput.py)
    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month"],
        "PARSERS": ["absolute-time"],
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    if parsed is None:
        # "the next 23rd and 24th of January": the first day number with its month
        first = FIRST_DAY_OF_MONTH_RE.search(cleaned)
        if first is not None:
            parsed = dateparser.parse(
                " ".join(g for g in first.groups() if g), languages=["en"], settings=settings
            )
    if parsed is None:
        return None
    day = parsed.date()
    if published is not None and not HAS_YEAR.search(text):
        day = nearest_year(day, published, future)
    return ResolvedDate(day, "day")


def day_of_nearest_month(day: int, published: dt.date, future: bool) -> ResolvedDate | None:
    """'on the 18th': that day of the publication's month, or of the month before (the month
    after, for a plan) when the day is not yet (already) past."""
    months = -1 if not future and day > published.day else 1 if future and day < published.day else 0
    first = add_months(published.replace(day=1), months)
    try:
        return ResolvedDate(first.replace(day=day), "day")
    except ValueError:
        return None  # "the 31st" of a month of 30 days


def refers_to_story_day(text: str) -> bool:
    """'The same day', 'later in the day': a day named only by the story told before it."""
    return story_day_offset(text) is not None


def names_only_story_day(text: str) -> bool:
    """'the following day', 'that evening' and nothing more: not 'the day before the parade',
    which counts from the parade."""
    words = " ".join(text.lower().split()).strip(" ,.")
    words = re.sub(r"^(?:just|only|exactly) ", "", words)  # "whom she met just a day before"
    return any(r.fullmatch(words) for r in (STORY_DAY_RE, NEXT_STORY_DAY_RE, PREVIOUS_STORY_DAY_RE))


def story_day_offset(text: str) -> int | None:
    """Days from the day the story last told of: 0 for 'the same day', 1 for 'the next day', -1
    for 'the day before'; None for a phrase that names no such day."""
    words = " ".join(text.lower().split())
    if STORY_DAY_RE.search(words):
        return 0
    if NEXT_STORY_DAY_RE.search(words):
        return 1
    if PREVIOUS_STORY_DAY_RE.search(words):
        return -1
    return None


def month_day_of_told_side(text: str, published: dt.date | None) -> ResolvedDate | None:
    """'last July 25' (the latest before publication), 'next March 3', 'July 25 last year'."""
    if published is None:
        return None
    match = SIDED_MONTH_DAY_RE.match(text)
    if match:
        return resolve_absolute(
            match.group(2), published, match.group(1) in ("next", "coming", "this coming")
        )
    match = MONTH_DAY_REL_YEAR_RE.match(text)
    if match:
        resolved = resolve_absolute(match.group(1), published, False)
        if resolved is None or resolved.date is None:
            return None
        step = {"last": -1, "next": 1}.get(match.group(2), 0)
        try:
            return ResolvedDate(resolved.date.replace(year=published.year + step), "day")
        except ValueError:
            return None
    return None


def resolve_date(text: str, published: dt.date | None, future: bool = False) -> ResolvedDate | None:
    """Resolve one time expression; None when it names no usable date."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    if HAS_MONTH.search(lowered) and HAS_DAY_NUMBER.search(lowered):
        lowered = DAY_WORD_BEFORE_DATE_RE.sub("", lowered)
    sided = month_day_of_told_side(lowered, published)
    if sided is not None:
        return sided
    relative_year = month_of_relative_year(SPAN_PREFIX_RE.sub("", lowered), published)
    if relative_year is not None:
        return relative_year
    if published is not None:
        relative = resolve_relative(lowered, published, future)
        if relative is not None:
            return relative
    return resolve_absolute(lowered, published, future)


def story_date(text: str, published: dt.date | None) -> dt.date | None:
    """The day of the story's dateline when it falls a few days before publication (a wire story
    published the next day): relative dates and undated news count from it; else the publication
    date."""
    if published is None:
        return None
    match = DATELINE_DATE_RE.search(text[:DATELINE_SEARCH_CHARS])
    if match is None:
        return published
    resolved = resolve_absolute(" ".join(match.group("date").lower().split()), published, False)
    if resolved is None or resolved.date is None:
        return published
    before = (published - resolved.date).days
    return resolved.date if 0 <= before <= DATELINE_MAX_DAYS_BEFORE else published
