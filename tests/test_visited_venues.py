"""A venue known by name as a destination ('the White House', data/visited_venues.csv) is
the most specific place of a visit told to it, kept before its city as a country is kept after one;
the same venue told otherwise ('a White House adviser', talks held there) leaves the visit's place
alone. A visit to a country told beside one to a city in it, merged into the city visit, names
both ("Doha, Qatar"), as ANNOTATION.md asks when the text names both for the trip. Sentences
written for these tests."""

from ingest.events.places import visited_venues
from tests.test_events import events_of, names


def locations(ex) -> list[str]:
    return [visit.location for visit in events_of(ex, "visit")]


def test_a_visit_to_the_white_house_keeps_its_name(extract):
    ex = extract(
        "Chilean President Gabriel Boric's visit to the White House last month ended without a trade deal.",
        "2025-03-20",
    )
    assert locations(ex) == ["White House, Washington"]


def test_an_arrival_at_the_venue_and_a_guest_hosted_there(extract):
    ex = extract(
        "Kenyan President William Ruto arrived at the White House on Monday for talks with Donald Trump.",
        "2025-03-20",
    )
    assert locations(ex) == ["White House, Washington"]
    ex = extract(
        "Donald Trump will host Polish President Andrzej Duda at the White House on Friday.", "2025-03-20"
    )
    assert locations(ex) == ["White House, Washington"]
    (visit,) = events_of(ex, "visit")
    assert names(visit) == ["Andrzej Duda"]


def test_the_venue_told_otherwise_leaves_the_city(extract):
    ex = extract(
        "Chilean President Gabriel Boric flew to Washington on Sunday. A White House adviser said the talks "
        "would cover copper.",
        "2025-03-20",
    )
    assert locations(ex) == ["Washington"]


def test_only_venues_marked_visited_as_are_kept():
    venues = visited_venues()
    assert venues["white house"] == ("White House", "Washington")
    assert venues["oval office"] == ("White House", "Washington")
    # airports and palaces stand for their city: the annotated sets name the city there
    assert "kremlin" not in venues
    # every venue kept has its city in the venue table
    assert all(city for _, city in venues.values())


def test_a_country_visit_absorbed_into_its_city_names_both(extract):
    ex = extract(
        "Secretary of State Marco Rubio is back in Washington after a trip to Jordan and Qatar. In Doha, "
        "he held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.",
        "2025-02-20",
    )
    assert sorted(locations(ex)) == ["Doha, Qatar", "Jordan"]
    # a city visit with no country visit told beside it keeps the city alone
    ex = extract("Secretary of State Marco Rubio arrived in Doha on Tuesday.", "2025-02-20")
    assert locations(ex) == ["Doha"]
