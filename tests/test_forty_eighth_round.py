"""Phrasings read in the forty-eighth round on the pools measured blind the round before, checked
on sentences written for these tests:

- "Nepal's delegation included A and B": the country in the possessive names the party, which is
  no member of a visit to that country by someone else;
- 'Mawlawi A', 'Maulana B': clerical styles, no part of the name;
- 'the secretary' after 'Secretary of State A': the head word of a title with an 'of' phrase;
- 'will fly to Quito to meet A, followed by Lima for talks with B': the talks are the traveller's
  (not A's), held in Lima, a leg of the tour; the meeting the trip is made for is at its
  destination;
- 'prays at the Western Wall': a landmark visited is a visit to its city.
"""

from tests.test_events import events_of, names
from tests.test_forty_seventh_round import meetings
from tests.test_forty_sixth_round import visits


def test_a_party_named_by_a_possessive_country_joins_no_visit_to_that_country(extract):
    ex = extract(
        "Prime Minister Pushpa Kamal Dahal and Chinese Premier Li Qiang held talks in Beijing on "
        "Monday. Li said he would visit Nepal next year. Nepal's delegation included Foreign "
        "Minister Narayan Kaji Shrestha and Foreign Secretary Sewa Lamsal.",
        "2024-09-23",
    )
    assert [names(e) for e in events_of(ex, "visit") if e.location == "Nepal"] == [["Li Qiang"]]
    assert {"Sewa Lamsal", "Narayan Kaji Shrestha"} <= set(names(events_of(ex, "meeting")[0]))


def test_clerical_styles_are_no_part_of_a_name(extract):
    ex = extract(
        "Mawlawi Amir Khan Muttaqi arrived in Islamabad on Thursday. Maulana Fazlur Rehman met "
        "Muttaqi later that day.",
        "2025-10-09",
    )
    assert meetings(ex) == [(("Amir Khan Muttaqi", "Fazlur Rehman"), "Islamabad", "2025-10-09")]


def test_the_head_word_of_a_title_with_an_of_phrase_refers_to_its_holder(extract):
    ex = extract(
        "Secretary of State Antony Blinken arrived in Lima on Saturday. The secretary will meet "
        "President Dina Boluarte on Monday.",
        "2025-02-01",
    )
    met = [tuple(sorted(names(e))) for e in events_of(ex, "meeting")]
    assert met == [("Antony Blinken", "Dina Boluarte")]


def test_talks_at_the_next_stop_of_a_tour_are_the_travellers_and_held_there(extract):
    ex = extract(
        "Foreign Minister Penny Wong will leave for South America on Sunday. She will fly to "
        "Ecuador to meet President Daniel Noboa, followed by Colombia for talks with President "
        "Gustavo Petro.",
        "2025-02-01",
    )
    assert meetings(ex) == [
        (("Daniel Noboa", "Penny Wong"), "Ecuador", "2025-02-01"),
        (("Gustavo Petro", "Penny Wong"), "Colombia", "2025-02-01"),
    ]
    assert {"Ecuador", "Colombia"} <= {place for _, place in visits(ex)}


def test_a_landmark_visited_is_a_visit_to_its_city(extract):
    ex = extract(
        "Paraguayan President Santiago Pena lands in Israel and prays at the Western Wall", "2025-06-10"
    )
    assert visits(ex) == [(("Santiago Pena",), "Jerusalem, Israel")]
