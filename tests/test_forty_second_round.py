"""Phrasings read in the forty-second round on the pools measured blind the round before, checked
on sentences written for these tests: a call told 'by telephone' where the parser makes 'by' an
agent, a known leader's surname told alone and left untagged by the model, attendance of named
meetings and of a signing at a summit, attendance told after the arrival of others, and two
leaders who signed one text together."""

from ingest.actors.known_people import known_people
from ingest.records import comparable_name
from tests.test_events import events_of, names


def visits(ex) -> list[tuple[tuple[str, ...], str, str]]:
    return sorted((tuple(names(e)), e.location, e.status) for e in events_of(ex, "visit"))


def test_spoke_by_telephone_with_by_parsed_as_an_agent_is_a_call(extract):
    ex = extract("Scholz and Macron spoke by telephone on Sunday.", "2024-08-01")
    (meeting,) = events_of(ex, "meeting")
    assert sorted(names(meeting)) == ["Emmanuel Macron", "Olaf Scholz"]
    assert (meeting.mode, str(meeting.event_date)) == ("call", "2024-07-28")


def test_a_known_surname_told_alone_and_untagged_names_the_leader(extract):
    ex = extract(
        "Ruto was speaking in Nairobi on Friday after a phone call with General Abdel Fattah al-Burhan.",
        "2024-08-01",
    )
    (meeting,) = events_of(ex, "meeting")
    assert sorted(names(meeting)) == ["Abdel Fattah al-Burhan", "William Ruto"]
    assert meeting.mode == "call"


def test_only_a_telling_surname_names_a_known_person_alone():
    people = known_people()
    assert people[comparable_name("Ruto")][0] == "William Ruto"
    assert comparable_name("Johnson") not in people  # many people share it
    assert comparable_name("Abbas") not in people  # also a known person's given name (Abbas Araghchi)


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


def test_leaders_of_two_countries_who_signed_a_text_together_met(extract):
    ex = extract(
        "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev of Kazakhstan signed a joint "
        "declaration in Moscow on Wednesday.",
        "2024-08-01",
    )
    (meeting,) = events_of(ex, "meeting")
    assert sorted(names(meeting)) == ["Kassym-Jomart Tokayev", "Vladimir Putin"]
    assert meeting.status == "occurred"


def test_a_signing_only_expected_makes_no_meeting(extract):
    ex = extract(
        "Presidents Vladimir Putin of Russia and Kassym-Jomart Tokayev of Kazakhstan were expected to "
        "sign a joint declaration in Moscow on Wednesday.",
        "2024-08-01",
    )
    assert events_of(ex, "meeting") == []
