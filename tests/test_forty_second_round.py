"""Phrasings read in the forty-second round on the pools measured blind the round before, checked
on sentences written for these tests: a call told 'by telephone' where the parser makes 'by' an
agent, attendance of named meetings and of a signing at a summit, attendance told after the
arrival of others for an event, and a wife the article names elsewhere."""

from tests.test_events import events_of, names


def visits(ex) -> list[tuple[tuple[str, ...], str, str]]:
    return sorted((tuple(names(e)), e.location, e.status) for e in events_of(ex, "visit"))


def test_spoke_by_telephone_with_by_parsed_as_an_agent_is_a_call(extract):
    ex = extract("Scholz and Macron spoke by telephone on Sunday.", "2024-08-01")
    (meeting,) = events_of(ex, "meeting")
    assert sorted(names(meeting)) == ["Emmanuel Macron", "Olaf Scholz"]
    assert (meeting.mode, str(meeting.event_date)) == ("call", "2024-07-28")


def test_attending_named_meetings_abroad_is_a_visit(extract):
    ex = extract("Blinken will attend the ASEAN meetings in Vientiane on Friday.", "2024-08-01")
    assert visits(ex) == [(("Antony Blinken",), "Vientiane", "planned")]


def test_expected_to_attend_after_others_arrived_for_the_meetings_is_a_visit_there(extract):
    ex = extract(
        "Lavrov arrived in Vientiane on Thursday for the ASEAN foreign ministers' meetings. "
        "US Secretary of State Antony Blinken is also expected to attend.",
        "2024-07-25",
    )
    assert (("Antony Blinken",), "Vientiane", "planned") in visits(ex)


def test_attending_a_signing_at_a_summit_is_a_visit_to_the_summit_place(extract):
    ex = extract(
        "The Gulf summit will be held in Riyadh on Tuesday. "
        "Jared Kushner is also expected to attend the signing at the summit.",
        "2024-08-01",
    )
    assert visits(ex) == [(("Jared Kushner",), "Riyadh", "planned")]


def test_his_wife_named_elsewhere_in_the_article_is_written_by_name(extract):
    ex = extract(
        "Philippine President Ferdinand Marcos Jr. and First Lady Louise Araneta-Marcos landed in Kuala "
        "Lumpur on Monday. On Tuesday, Marcos and his wife were welcomed at the palace by Prime Minister "
        "Anwar Ibrahim.",
        "2023-07-27",
    )
    (meeting,) = events_of(ex, "meeting")
    assert "Louise Araneta-Marcos" in names(meeting)
    assert not any("wife" in name for name in names(meeting))


def test_his_wife_never_named_stays_a_group(extract):
    ex = extract(
        "President Ferdinand Marcos Jr. landed in Kuala Lumpur on Monday. On Tuesday, Marcos and his "
        "wife were welcomed at the palace by Prime Minister Anwar Ibrahim.",
        "2023-07-27",
    )
    (meeting,) = events_of(ex, "meeting")
    assert any("wife" in name for name in names(meeting))
