"""Phrasings read in the forty-seventh round on the pools measured blind the round before, checked
on sentences written for these tests:

- 'Field Marshal A' and 'Marshal A': the rank is no part of the name, in either spelling;
- 'shares views with A and B, whom she met in Paris': the clause tells of B, the name it follows,
  not of A listed before it;
- 'whom she met just a day before': the story's day before;
- 'Ergodan' after 'Erdogan': two letters typed in each other's place are one person;
- 'on the sidelines of a summit of the X Community in P': the place hangs on the body's name;
- 'in Bulboaca, Moldova': a place the gazetteer does not know keeps its country, so a visit there
  is known to be abroad.
"""

from ingest.actors.names import letters_swapped, same_person_spelled
from ingest.events.visit_places import named_body
from tests.test_events import events_of, names
from tests.test_forty_sixth_round import milestones, visits


def meetings(ex) -> list[tuple[tuple[str, ...], str | None, str]]:
    return sorted((tuple(sorted(names(e))), e.location, str(e.event_date)) for e in events_of(ex, "meeting"))


def test_a_two_word_rank_before_a_name_is_no_part_of_it(extract):
    ex = extract(
        "US envoy Massad Boulos met Field Marshal Khalifa Haftar in Benghazi on Thursday. Boulos "
        "said he was glad to be received by Field Marshal Haftar.",
        "2025-07-25",
    )
    assert meetings(ex) == [(("Khalifa Haftar", "Massad Boulos"), "Benghazi", "2025-07-24")]


def test_a_relative_clause_on_the_last_name_of_a_list_tells_of_that_name_only(extract):
    ex = extract(
        "US Vice President JD Vance met Italian Prime Minister Giorgia Meloni in Rome on Friday. "
        "Meloni shares many views with Vance and President Donald Trump, whom she met in Washington "
        "just a day before.",
        "2025-04-18",
    )
    assert meetings(ex) == [
        (("Donald Trump", "Giorgia Meloni"), "Washington", "2025-04-17"),
        (("Giorgia Meloni", "JD Vance"), "Rome", "2025-04-18"),
    ]
    assert (("Giorgia Meloni",), "Washington") in visits(ex)
    assert (("Donald Trump",), "Rome") not in visits(ex)


def test_a_relative_clause_on_a_single_name_still_counts_its_list(extract):
    # guard: a name alone, 'whom' stands for it as before
    ex = extract("Meloni praised Donald Trump, whom she met in Washington on Thursday.", "2025-04-18")
    assert meetings(ex) == [(("Donald Trump", "Giorgia Meloni"), "Washington", "2025-04-17")]


def test_two_letters_typed_in_each_others_place_are_one_person():
    assert letters_swapped("ergodan", "erdogan")
    assert not letters_swapped("erdogan", "erdogan")
    assert not letters_swapped("morales", "moralse" + "x")
    assert same_person_spelled(["tayyip", "erdogan"], ["ergodan"])
    assert not same_person_spelled(["ali"], ["ila"])  # too short to be read as a misspelling


def test_a_misspelt_surname_joins_the_person_named_before(extract):
    ex = extract(
        "Turkish President Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis will meet in "
        "Vilnius next month. Ergodan congratulated Mitsotakis in a phone call on Monday.",
        "2023-06-26",
    )
    people = {n for e in events_of(ex, "meeting") for n in names(e)}
    assert "Ergodan" not in people
    assert len(events_of(ex, "meeting")) == 2


def test_a_summit_of_a_body_is_held_where_the_body_is_told_to_meet(extract):
    ex = extract(
        "Serbian President Aleksandar Vucic met Kosovo's Vjosa Osmani on the sidelines of a summit of "
        "the European Political Community in Chisinau on Thursday.",
        "2023-06-02",
    )
    assert [m[1] for m in meetings(ex)] == ["Chisinau"]
    assert (("Aleksandar Vucic",), "Chisinau") in visits(ex)


def test_an_unknown_place_keeps_the_country_written_after_it(extract):
    ex = extract(
        "Serbian President Aleksandar Vucic met with Scholz and Macron on the sidelines of a summit of "
        "the European Political Community in Bulboaca, Moldova, on Thursday.",
        "2023-06-02",
    )
    assert {m[1] for m in meetings(ex)} == {"Bulboaca, Moldova"}
    assert (("Olaf Scholz",), "Bulboaca, Moldova") in visits(ex)


def test_a_told_gathering_is_a_visit_where_the_meeting_is_placed_when_told_again(extract):
    ex = extract(
        "Erdogan, Mitsotakis to meet at July NATO summit\n\n"
        "Turkish President Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis will meet on "
        "the sidelines of a NATO summit in Vilnius next month, officials said on Monday.",
        "2023-06-26",
    )
    assert visits(ex) == [(("Kyriakos Mitsotakis",), "Vilnius"), (("Recep Tayyip Erdoğan",), "Vilnius")]


def test_bodies_and_forums_taken_part_in_are_no_places_visited():
    assert named_body("the East Asia Forum")
    assert named_body("the Association of Southeast Asian Nations")
    assert not named_body("Kuala Lumpur")
    assert not named_body("Union Buildings, Pretoria")  # a site the gazetteer places by its city


def test_a_truce_told_as_just_made_was_agreed(extract):
    ex = extract(
        "The minister hoped the newly brokered truce between Iran and Israel would last.", "2025-06-25"
    )
    assert milestones(ex) == ["agreed"]


def test_a_truce_achieved_by_someone_was_agreed_but_one_to_achieve_was_not(extract):
    done = extract(
        '"We welcome the truce achieved thanks to the mediators," the minister said.', "2025-06-25"
    )
    aimed = extract("The call focused on efforts to end the war and achieve a lasting truce.", "2025-06-25")
    assert milestones(done) == ["agreed"]
    assert milestones(aimed) == []


def test_clashes_told_against_a_truce_are_a_violation(extract):
    ex = extract(
        "The government declared a truce in the province on Saturday. Clashes broke out in its capital on "
        "Sunday despite the truce.",
        "2025-07-21",
    )
    assert milestones(ex) == ["agreed", "violated"]


def test_help_delivered_despite_a_truce_is_no_violation(extract):
    # guard: only fighting told against the truce breaks it
    ex = extract(
        "The government declared a truce in the province on Saturday. Aid convoys resumed on Sunday "
        "despite the truce.",
        "2025-07-21",
    )
    assert milestones(ex) == ["agreed"]
