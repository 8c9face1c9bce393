"""Phrasings read in the forty-third round on the pools measured blind the round before, checked
on sentences written for these tests: 'the two' standing alone for the pair just told meeting
('The two last met in June'), 'they' after a host received a guest, a quotation's 'I' whose
speaker 'began' the quotation a sentence before, companions 'alongside' a visitor, the guest's
trip when a host receives them 'on his visit to' a place ('the Kingdom' being the host's), two
meetings of the same people told with one verb twice in a sentence, a country of several
words inside a long title before its holder's name, and a full stop a page glued to the next
sentence ("peoples.During")."""

from tests.test_events import events_of, names


def meetings(ex) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    return sorted(
        (tuple(sorted(names(e))), str(e.event_date) if e.event_date else None, e.location)
        for e in events_of(ex, "meeting")
    )


def visits(ex) -> list[tuple[tuple[str, ...], str]]:
    return sorted((tuple(sorted(names(e))), e.location) for e in events_of(ex, "visit"))


RECEIVED = "President Emmanuel Macron received Kenyan President William Ruto at the Elysee on Tuesday. "
PAIR = ("Emmanuel Macron", "William Ruto")


def test_the_two_alone_as_subject_is_the_pair_just_told_meeting(extract):
    ex = extract(RECEIVED + "The two met in June in Nairobi.", "2024-03-05")
    assert (PAIR, "2023-06-01", "Nairobi") in meetings(ex)


def test_the_two_last_met_where_the_model_takes_last_for_the_subject(extract):
    ex = extract(RECEIVED + "The two last met in June in Nairobi.", "2024-03-05")
    assert (PAIR, "2023-06-01", "Nairobi") in meetings(ex)


def test_they_after_a_host_received_a_guest_is_the_host_and_guest(extract):
    ex = extract(RECEIVED + "They last met in June in Nairobi.", "2024-03-05")
    assert (PAIR, "2023-06-01", "Nairobi") in meetings(ex)


def test_the_two_of_another_pair_stays_unresolved_without_a_meeting_told(extract):
    ex = extract(
        "Kenyan President William Ruto spoke at the forum on Tuesday. The two last met in June in Nairobi.",
        "2024-03-05",
    )
    assert events_of(ex, "meeting") == []


def test_a_quotation_whose_speaker_began_it_a_sentence_before(extract):
    ex = extract(
        '"Today I have an announcement about the border," Trudeau began. '
        '"I just spoke with the presidents of Chile and Peru. Both agreed to the plan."',
        "2024-03-05",
    )
    calls = events_of(ex, "meeting")
    assert len(calls) == 2
    assert all("Justin Trudeau" in names(e) and e.mode == "call" for e in calls)


def test_began_talks_is_no_speaker_of_a_quotation(extract):
    ex = extract(
        "Trudeau began talks with the unions on Monday. "
        '"I just spoke with the presidents of Chile and Peru."',
        "2024-03-05",
    )
    assert not any("Justin Trudeau" in names(e) and e.mode == "call" for e in events_of(ex, "meeting"))


def test_companions_alongside_a_visitor_who_is_in_a_capital_visit_it(extract):
    ex = extract(
        "Chancellor Olaf Scholz is in the Polish capital alongside Italian Prime Minister Giorgia Meloni "
        "and Spanish Prime Minister Pedro Sanchez for talks with President Andrzej Duda.",
        "2024-03-05",
    )
    assert visits(ex) == [(("Giorgia Meloni", "Olaf Scholz", "Pedro Sanchez"), "Warsaw")]


def test_a_companion_alongside_an_arrival_visits(extract):
    ex = extract(
        "Chancellor Olaf Scholz arrived in Warsaw on Monday alongside Italian Prime Minister Giorgia Meloni.",
        "2024-03-05",
    )
    assert visits(ex) == [(("Giorgia Meloni", "Olaf Scholz"), "Warsaw")]


def test_speaking_alongside_someone_is_no_companion_on_a_trip(extract):
    ex = extract(
        "President Joe Biden spoke alongside Chancellor Olaf Scholz in Berlin on Monday.", "2024-03-05"
    )
    assert visits(ex) == [(("Joe Biden",), "Berlin")]


def test_received_on_his_visit_to_a_country_is_the_guests_visit(extract):
    ex = extract(
        "Jordan's King Abdullah II received President Emmanuel Macron on Tuesday on his visit to Jordan.",
        "2024-03-05",
    )
    assert visits(ex) == [(("Emmanuel Macron",), "Jordan")]


def test_the_kingdom_a_king_welcomes_a_guest_to_is_his_own_country(extract):
    ex = extract(
        "King Abdullah II welcomed President Emmanuel Macron on Tuesday during his visit to the Kingdom.",
        "2024-03-05",
    )
    assert visits(ex) == [(("Emmanuel Macron",), "Jordan")]


def test_met_after_the_two_met_on_another_day_is_two_meetings(extract):
    ex = extract(
        "Envoy Amos Hochstein arrived in Beirut on Thursday and met with Speaker Nabih Berri. "
        "Hochstein also met with army chief Joseph Aoun after the two met on Tuesday in the French capital.",
        "2024-02-16",
    )
    pair = ("Amos Hochstein", "Joseph Aoun")
    assert (pair, "2024-02-13", "Paris") in meetings(ex)
    assert (pair, "2024-02-15", "Beirut") in meetings(ex)


def test_the_day_of_the_meeting_told_after_is_not_the_main_meetings(extract):
    ex = extract("William Burns also met David Barnea after the two met on Tuesday in Cairo.", "2025-10-22")
    pair = ("David Barnea", "William Burns")
    assert meetings(ex) == [(pair, "2025-10-21", "Cairo"), (pair, "2025-10-22", None)]


def test_a_country_of_several_words_inside_a_long_title_is_no_part_of_the_name(extract):
    ex = extract(
        "Secretary Antony Blinken also met Minister of Foreign Affairs of Bosnia and Herzegovina "
        "Elmedin Konakovic on Tuesday. He later met Minister of Foreign Affairs of Trinidad and Tobago "
        "Amery Browne.",
        "2024-03-05",
    )
    met = {name for e in events_of(ex, "meeting") for name in names(e)}
    assert {"Elmedin Konakovic", "Amery Browne"} <= met
    assert not any("Tobago" in name or "Herzegovina" in name for name in met)


def test_a_full_stop_glued_to_the_next_sentence_still_ends_a_sentence(extract):
    ex = extract(
        "The two kings praised the ties between their peoples.During the talks at the palace on Tuesday, "
        "King Abdullah II received President Emmanuel Macron.",
        "2024-03-06",
    )
    (meeting,) = events_of(ex, "meeting")
    assert meeting.evidence.startswith("During the talks")
    assert str(meeting.event_date) == "2024-03-05"


def test_an_initial_glued_to_a_name_is_no_sentence_end(extract):
    ex = extract("President Emmanuel Macron received President William S.Ruto on Tuesday.", "2024-03-06")
    (meeting,) = events_of(ex, "meeting")
    assert meeting.evidence.startswith("President Emmanuel Macron")
