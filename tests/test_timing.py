"""Dates of events of every type, on articles written for these tests."""

import datetime as dt

import pytest

from ingest.dates import story_date
from tests.test_events import events_of, names

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wire\nDOHA, Qatar, March 11 (Xinhua) -- Talks resumed.", dt.date(2025, 3, 11)),
        ("KYIV, Ukraine, Tuesday, March 11 (AP) — Leaders met.", dt.date(2025, 3, 11)),
        ("Mazraa (Syria), Mar 10 (AP) An envoy said.", dt.date(2025, 3, 10)),
        ("NEW DELHI, March 12 (IANS) The minister said.", PUBLISHED),
    ],
)
def test_a_dateline_day_is_the_story_day(text, day):
    assert story_date(text, PUBLISHED) == day


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Putin, March 11 - a first.",  # a sentence, not a dateline
        "On Tuesday, March 11, the envoys met.",
        "LONDON, February 2 (Reuters) - An old wire story.",  # too far before publication
    ],
)
def test_text_that_is_no_recent_dateline_leaves_the_publication_date(text):
    assert story_date(text, PUBLISHED) == PUBLISHED


def test_undated_news_under_a_dateline_takes_the_datelines_day(extract):
    ex = extract(
        "BEIRUT, Lebanon, March 11 (Xinhua) -- US envoy Morgan Ortagus met Lebanese President "
        "Joseph Aoun in Beirut.",
        published="2025-03-12",
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert str(meeting.event_date) == "2025-03-11"


def test_a_mention_dated_years_before_is_another_event(extract):
    ex = extract(
        "Donald Trump and Vladimir Putin held a phone call on the war.\n\n"
        "Trump and Putin also spoke by phone on January 28, 2017.",
        published="2025-03-18",
    )
    dates = sorted(str(e.event_date) for e in ex.events if e.event_type == "meeting")
    assert dates == ["2017-01-28", "2025-03-18"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The rebels, at war with the army since 2020, agreed to a truce on Monday.", "2025-10-20"),
        ("The army agreed on Monday to halt fighting until April 22.", "2025-10-20"),
    ],
)
def test_the_edge_of_a_span_is_not_the_day_of_the_event(extract, text, date):
    [event] = [e for e in extract(text).events if e.event_type == "ceasefire"]
    assert str(event.event_date) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Xi Jinping and Donald Trump spoke by phone in advance of the inauguration next week.",
            "2025-10-22",
        ),
        ("Keir Starmer met Emmanuel Macron on Monday before the summit.", "2025-10-20"),
    ],
)
def test_a_date_of_another_occasion_does_not_date_the_event(extract, text, date):
    [meeting] = [e for e in extract(text).events if e.event_type == "meeting"]
    assert str(meeting.event_date) == date


def test_shortly_after_is_the_same_day(extract):
    ex = extract(
        "Both armies accused each other of violating the truce shortly after it came into force on Saturday."
    )
    dates = {e.milestone: str(e.event_date) for e in ex.events if e.event_type == "ceasefire"}
    assert dates == {"violated": "2025-10-18", "took_effect": "2025-10-18"}


@pytest.mark.parametrize(
    "text",
    [
        "Keir Starmer arrived in Kyiv for the first time since taking office last July.",
        "Keir Starmer met Volodymyr Zelensky for the first time since taking office last July.",
    ],
)
def test_a_gerund_clause_of_another_occasion_does_not_date_the_event(extract, text):
    [event] = extract(text, published="2025-01-17").events
    assert (str(event.event_date), event.date_precision) == ("2025-01-17", "article")


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Berlin, the Elysee"
        " said on Tuesday.",
        "The Elysee said on Tuesday that French President Emmanuel Macron would travel to Berlin to meet"
        " German Chancellor Olaf Scholz.",
        "German Chancellor Olaf Scholz is expected to host French President Emmanuel Macron, his spokesman"
        " announced on Monday.",
    ],
)
def test_the_day_a_plan_is_announced_does_not_date_the_plan(extract, text):
    [meeting] = [e for e in extract(text, "2025-03-12").events if e.event_type == "meeting"]
    assert meeting.status == "planned"
    assert meeting.date_precision == "article"


def test_the_day_a_past_meeting_is_told_of_still_bounds_it(extract):
    text = (
        "The Elysee said on Tuesday that President Emmanuel Macron had met Chancellor Olaf Scholz in Berlin."
    )
    [meeting] = [e for e in extract(text, "2025-03-12").events if e.event_type == "meeting"]
    assert (meeting.event_date, meeting.status) == (dt.date(2025, 3, 11), "occurred")


def test_a_when_clause_takes_the_date_it_qualifies(extract):
    ex = extract(
        "The two presidents last spoke in March, when Joe Biden called Xi Jinping. "
        "The summit is the first since 2018, when Prime Minister Taro Sato met President Lee Min-ho."
    )
    by_pair = {tuple(names(e)): e for e in events_of(ex, "meeting")}
    call = by_pair[("Joe Biden", "Xi Jinping")]
    assert (str(call.event_date), call.date_precision) == ("2025-03-01", "month")
    past = by_pair[("Lee Min-ho", "Taro Sato")]
    assert (past.event_date, past.date_precision) == (None, "year")


@pytest.mark.parametrize(
    ("text", "talks_day"),
    [
        (
            "Envoy Amos Hochstein met with Speaker Nabih Berri on Tuesday, a day after holding talks "
            "in Jerusalem with Prime Minister Benjamin Netanyahu.",
            dt.date(2025, 3, 10),
        ),
        (
            "Envoy Amos Hochstein met with Speaker Nabih Berri, a day after holding talks in "
            "Jerusalem with Prime Minister Benjamin Netanyahu.",
            dt.date(2025, 3, 11),
        ),
    ],
)
def test_talks_held_a_day_after_or_before_are_dated_from_the_main_clause(extract, text, talks_day):
    ex = extract(text, published=PUBLISHED.isoformat())
    [talks] = [e for e in events_of(ex, "meeting") if "Benjamin Netanyahu" in names(e)]
    assert talks.event_date == talks_day


def test_the_day_of_a_later_leg_is_not_the_day_of_the_first(extract):
    ex = extract(
        "Secretary Antony Blinken will depart Abuja at about 10 pm for Lagos, where he will meet "
        "business owners before departing for Angola tomorrow night.",
        published=PUBLISHED.isoformat(),
    )
    legs = {v.location: v.event_date for v in events_of(ex, "visit")}
    assert legs == {"Lagos": PUBLISHED, "Angola": PUBLISHED + dt.timedelta(days=1)}


def test_the_legs_of_a_tour_told_after_its_dated_first_stop_share_its_week(extract):
    ex = extract(
        "Foreign Minister Ana Moreno is expected to travel to the Netherlands next week, the first "
        "stop on a tour that officials said would also include Denmark and Germany.",
        published=PUBLISHED.isoformat(),
    )
    weeks = {v.location: v.date_precision for v in events_of(ex, "visit")}
    assert weeks == {"Netherlands": "week", "Denmark": "week", "Germany": "week"}


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The meeting will take place on Friday.", "2025-10-24"),
        ("The summit is scheduled for November 3.", "2025-11-03"),
        ("Their talks will be held on October 30.", "2025-10-30"),
    ],
)
def test_a_sentence_that_schedules_the_event_just_told_dates_it(extract, second, day):
    ex = extract(f"President Lula will meet President Ramaphosa in Pretoria. {second}")
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert (str(meeting.event_date), meeting.date_precision) == (day, "day")


def test_a_date_in_a_clause_about_a_participant_does_not_date_the_event(extract):
    ex = extract(
        "President Yamandu Orsi, who took office in March, was welcomed by President Luiz Inacio "
        "Lula da Silva in Brasilia."
    )
    [meeting] = events_of(ex, "meeting")
    assert (meeting.event_date, meeting.date_precision) == (dt.date(2025, 10, 22), "article")


LEAD_STORY = (
    "Chile's foreign minister Ana Torres held talks with Bolivian envoy Celinda Sosa in Santiago on "
    "{day} as the border dispute deepened.\n\n"
    "The dispute has simmered for a decade.\n\n"
    "Peruvian ambassador Luis Vega called on Torres at the ministry.\n\n"
    "Torres also spoke by phone with Argentine Foreign Minister Diego Soria."
)


def test_undated_news_after_a_lead_that_names_a_recent_day_happened_that_day(extract):
    ex = extract("Published 16 March 2025\n\n" + LEAD_STORY.format(day="Saturday"), published="2025-03-16")
    days = {(e.event_date, e.date_precision) for e in events_of(ex, "meeting")}
    assert len(events_of(ex, "meeting")) == 3
    assert days == {(dt.date(2025, 3, 15), "day")}


@pytest.mark.parametrize("day", ["March 2", "Sunday"])
def test_a_lead_day_long_before_or_on_publication_leaves_the_publication_date(extract, day):
    ex = extract(LEAD_STORY.format(day=day), published="2025-03-16")
    later = events_of(ex, "meeting")[1:]
    assert len(later) == 2
    assert {(e.event_date, e.date_precision) for e in later} == {(dt.date(2025, 3, 16), "article")}


@pytest.mark.parametrize(
    "lead",
    [
        "Artillery fire hit border villages on Saturday, officials said.",
        "A day after Saturday's blast in the capital, the cabinet met in emergency session.",
    ],
)
def test_a_day_the_lead_gives_to_no_meeting_or_visit_dates_no_diplomacy(extract, lead):
    ex = extract(
        f"{lead}\n\nThe dispute has simmered for a decade.\n\n"
        "Peruvian ambassador Luis Vega called on Foreign Minister Ana Torres at the ministry.",
        published="2025-03-16",
    )
    [call] = [e for e in events_of(ex, "meeting") if "Luis Vega" in names(e)]
    assert (call.event_date, call.date_precision) == (dt.date(2025, 3, 16), "article")


def test_a_planned_meeting_does_not_take_the_lead_day(extract):
    ex = extract(
        LEAD_STORY.format(day="Saturday") + "\n\nTorres will meet Bolivian minister Celinda Sosa in La Paz.",
        published="2025-03-16",
    )
    [planned] = [e for e in events_of(ex, "meeting") if e.status == "planned"]
    assert planned.date_precision != "day"


@pytest.mark.parametrize("arrival", ["arrives", "has arrived"])
def test_news_told_in_the_present_tense_keeps_the_publication_day(extract, arrival):
    ex = extract(
        LEAD_STORY.format(day="Saturday") + f"\n\nEnvoy Pablo Ruiz {arrival} in Santiago.",
        published="2025-03-16",
    )
    [visit] = [v for v in events_of(ex, "visit") if v.participants[0].actor.canonical_name == "Pablo Ruiz"]
    assert (visit.event_date, visit.date_precision) == (dt.date(2025, 3, 16), "article")
