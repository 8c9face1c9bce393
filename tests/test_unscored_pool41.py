"""Rules found in the forty-ninth round, on the misses of pool 41 (measured on the round's
starting code, then read) and on false events of pools read before: two places joined by a
hyphen name the sides of talks, not where they are held, and a treaty the model tags as a
facility is no place. Each is tested on sentences written for these tests. Pools 36, 38, 40 and
42 were only measured."""

from tests.test_unscored_pool26 import meetings_of
from tests.test_unscored_pool27 import visits_of


def locations_of(ex, event_type: str = "meeting") -> list[str | None]:
    return [e.location for e in ex.events if e.event_type == event_type]


def test_talks_named_by_two_hyphened_countries_are_held_in_neither(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi and visiting Australian Prime Minister Anthony Albanese "
        "on Friday welcomed progress in the India-Australia trade talks.",
        published="2025-03-08",
    )
    assert meetings_of(ex) == [["Anthony Albanese", "Narendra Modi"]]
    assert locations_of(ex) == [None]
    assert not [v for v in visits_of(ex) if v[0] == "Australia"]


def test_talks_named_by_hyphened_countries_keep_the_city_they_are_held_in(extract):
    ex = extract(
        "Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent held US-China "
        "trade talks in Geneva on Saturday.",
        published="2025-05-11",
    )
    assert locations_of(ex) == ["Geneva"]


def test_a_hyphened_country_name_is_still_a_place(extract):
    ex = extract(
        "Portuguese President Marcelo Rebelo de Sousa arrived in Guinea-Bissau on Tuesday.",
        published="2025-05-14",
    )
    assert visits_of(ex) == [("Guinea-Bissau", ["Marcelo Rebelo de Sousa"], "occurred")]


def test_a_treaty_tagged_as_a_facility_is_no_meeting_place(extract):
    ex = extract(
        "Prime Minister Narendra Modi and visiting UK Prime Minister Keir Starmer on Thursday "
        "welcomed progress in the India-UK Comprehensive Economic and Trade Agreement.",
        published="2025-10-10",
    )
    assert meetings_of(ex) == [["Keir Starmer", "Narendra Modi"]]
    assert not any(loc and "Agreement" in loc for loc in locations_of(ex))
