"""A minister's title whose ministry is named by two words with 'and' between ('Minister of Energy
and Natural Resources', 'Minister of Treasury and Finance') is a title before a name the model did
not tag, and the given name the model left out between such a title and a tagged surname is the
name's. Sentences written for these tests."""

from tests.test_events import events_of, names


def test_a_ministry_named_by_two_words_titles_the_names_of_a_list(extract):
    ex = extract(
        "Defence Minister Yasar Guler, Minister of Energy and Natural Resources Alparslan Bayraktar and "
        "Minister of Trade Omer Bolat landed in Tianjin on Sunday as well.",
        "2025-08-31",
    )
    (visit,) = events_of(ex, "visit")
    assert sorted(names(visit)) == ["Alparslan Bayraktar", "Omer Bolat", "Yasar Guler"]


def test_a_given_name_between_a_ministry_and_a_tagged_surname_is_the_names(extract):
    ex = extract("Minister of Treasury and Finance Mehmet Simsek also arrived in Tianjin.", "2025-08-31")
    (visit,) = events_of(ex, "visit")
    assert names(visit) == ["Mehmet Simsek"]


def test_a_place_and_a_ministry_word_are_not_one_title(extract):
    # "the Emir of Qatar and Finance Minister X": a place before 'and' ends the title there
    ex = extract(
        "The Emir of Qatar and Finance Minister Ali bin Ahmed Al Kuwari received Turkish President Recep "
        "Tayyip Erdogan in Doha on Monday.",
        "2025-10-21",
    )
    people = {name for event in ex.events for name in names(event)}
    assert "Ali bin Ahmed Al Kuwari" in people
    assert not any("Qatar" in name for name in people)


def test_two_titles_joined_by_and_stay_two_titles(extract):
    # "Prime Minister and Foreign Minister X": 'the foreign ministers' still finds X
    ex = extract(
        "Kuwait's Foreign Minister Abdullah Al-Yahya and Qatar's Prime Minister and Foreign Minister "
        "Mohammed bin Abdulrahman Al Thani met in Doha on Saturday.\n\nThe foreign ministers also spoke "
        "by phone about the Gaza truce on Friday.",
        "2025-05-11",
    )
    calls = [event for event in events_of(ex, "meeting") if event.mode == "call"]
    assert [sorted(names(call)) for call in calls] == [
        ["Abdullah Al-Yahya", "Mohammed bin Abdulrahman Al Thani"]
    ]
