"""Status and mode wording for every event type, on sentences written for these tests."""

import pytest


def meetings(extraction):
    return [e for e in extraction.events if e.event_type == "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Keir Starmer was too busy to meet President Emmanuel Macron on Monday.",
        "Chancellor Friedrich Merz had hoped to meet President Xi Jinping in Beijing.",
        "Foreign Minister Penny Wong was too ill to travel to Jakarta to meet President Prabowo Subianto.",
        "President Lula da Silva had hoped to visit Kyiv before the summit.",
    ],
)
def test_hopes_and_excuses_are_no_events(extract, text):
    ex = extract(text)
    assert [e for e in ex.events if e.event_type in ("meeting", "visit")] == []


def test_too_much_in_another_clause_does_not_deny_the_meeting(extract):
    ex = extract(
        "Prime Minister Keir Starmer was too tired to speak, but he met President Emmanuel Macron on Monday."
    )
    [meeting] = meetings(ex)
    assert meeting.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron was due to meet Giorgia Meloni on Friday, but the meeting was postponed.",
        "Chancellor Friedrich Merz was expected to meet Javier Milei on Friday but called off the talks.",
    ],
)
def test_due_to_meet_but_called_off_is_cancelled_on_the_day_it_was_due(extract, text):
    [meeting] = meetings(extract(text))
    assert (meeting.status, str(meeting.event_date)) == ("cancelled", "2025-10-24")


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi held a telephonic conversation with President Vladimir Putin on Tuesday.",
        "Prime Minister Narendra Modi spoke over the phone with President Joe Biden on Monday.",
        "President Recep Tayyip Erdogan dialled President Vladimir Putin on Sunday.",
        "Chancellor Olaf Scholz held a video call with President Joe Biden on Friday.",
    ],
)
def test_calls_in_other_words(extract, text):
    [meeting] = meetings(extract(text))
    assert (meeting.mode, meeting.status) == ("call", "occurred")


def test_an_undecided_date_leaves_the_meeting_planned_and_undated(extract):
    ex = extract(
        "Prime Minister Keir Starmer will meet President Donald Trump, but the date remains undecided."
    )
    [meeting] = meetings(ex)
    assert (meeting.status, meeting.date_precision) == ("planned", "article")


@pytest.mark.parametrize(
    "text",
    [
        "Viktor Orban said he would report on his talks with President Volodymyr Zelensky to EU leaders.",
        "Chancellor Friedrich Merz will brief parliament about the meeting with President Emmanuel Macron.",
    ],
)
def test_a_meeting_told_of_took_place(extract, text):
    [meeting] = meetings(extract(text))
    assert meeting.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "Irfaan Ali and Nicolas Maduro flew in, setting the stage for talks with Ralph Gonsalves.",
        "The visit paved the way for a meeting between Narendra Modi and President Xi Jinping.",
    ],
)
def test_talks_a_step_prepares_are_planned(extract, text):
    assert {m.status for m in meetings(extract(text))} == {"planned"}


def test_a_truce_that_could_pave_the_way_for_talks_gives_no_talks(extract):
    ex = extract("The premier urged a quick ceasefire that could pave the way for negotiations with Russia.")
    assert "talks" not in {e.milestone for e in ex.events if e.event_type == "ceasefire"}


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian and Chilean delegations may convene in Geneva in the coming days.",
        "President Emmanuel Macron may meet Chancellor Olaf Scholz in Berlin next week.",
        "A phone call between President Emmanuel Macron and Chancellor Olaf Scholz could take place soon.",
    ],
)
def test_a_tentative_meeting_with_a_day_or_soon_is_planned(extract, text):
    [meeting] = meetings(extract(text))
    assert meeting.status == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron might meet Chancellor Olaf Scholz.",
        "A truce could pave the way for negotiations with Russia to end more than two years of war.",
    ],
)
def test_a_tentative_meeting_with_no_day_is_no_event(extract, text):
    assert [e for e in extract(text).events if e.status == "planned"] == []


def test_a_meeting_on_a_trip_people_are_going_on_is_planned(extract):
    ex = extract("Abdullah Abdullah and other leaders are going to Qatar to meet with the Taliban.")
    assert [(e.event_type, e.status) for e in ex.events] == [("visit", "planned"), ("meeting", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump and Prime Minister Narendra Modi are likely to meet in Germany in July.",
        "President Donald Trump looked forward to hosting Prime Minister Narendra Modi later this year.",
    ],
)
def test_a_likely_or_looked_forward_to_meeting_is_planned(extract, text):
    assert [e.status for e in meetings(extract(text))] == ["planned"]


def test_an_unlikely_meeting_is_no_event(extract):
    ex = extract("President Donald Trump is unlikely to meet Prime Minister Narendra Modi in July.")
    assert meetings(ex) == []


def test_slated_to_meet_is_planned(extract):
    ex = extract("Foreign Minister Penny Wong is slated to meet with Wang Yi on Friday.")
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert meeting.status == "planned"
