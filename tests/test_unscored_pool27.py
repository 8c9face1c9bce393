"""Rules found while reading the misses of pools 17a-26c in the twenty-third round (travellers
referred to as 'they' or 'the leaders' in the next sentence, another name of a country in 'the
leaders of Britain, France and Germany', 'his intention to visit', a surname the model took for a
place), each on sentences written for these tests, with the near misses each rule must leave
alone. Pools 27a-27c were only measured."""

from tests.test_events import events_of
from tests.test_unscored_pool26 import assert_none, meetings_of


def visits_of(ex) -> list[tuple[str, list[str], str]]:
    return sorted(
        (e.location, sorted(p.actor.canonical_name for p in e.participants), e.status)
        for e in events_of(ex, "visit")
    )


def test_the_leaders_after_an_arrival_are_the_travellers_of_that_sentence(extract):
    ex = extract(
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv by overnight train on "
        "Saturday. The leaders met with President Volodymyr Zelensky at his office.",
        published="2025-05-10",
    )
    assert meetings_of(ex) == [["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelensky"]]


def test_they_after_an_arrival_of_two_are_the_two_travellers(extract):
    ex = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday morning. They met with "
        "President Volodymyr Zelensky for three hours.",
        published="2025-05-10",
    )
    assert meetings_of(ex) == [["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"]]


def test_the_travellers_come_before_a_pair_told_earlier(extract):
    ex = extract(
        "President Volodymyr Zelensky spoke to President Donald Trump by phone on Friday. "
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv on Saturday. "
        "The leaders met with President Volodymyr Zelensky in the afternoon.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelensky"] in meetings_of(ex)
    assert ["Donald Trump", "Volodymyr Zelensky"] in meetings_of(ex)


def test_they_further_on_or_after_a_lone_traveller_are_no_travellers(extract):
    lone = extract(
        "Keir Starmer arrived in Kyiv on Saturday. They met with President Volodymyr Zelensky.",
        published="2025-05-10",
    )
    assert ["Keir Starmer", "Volodymyr Zelensky"] not in meetings_of(lone)
    later = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday. The city was quiet after a "
        "night of air raid alerts. They met with President Volodymyr Zelensky.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"] not in meetings_of(later)


def test_they_at_another_place_than_the_arrival_are_no_travellers(extract):
    ex = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday. In Moscow, they met with "
        "President Vladimir Putin.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Keir Starmer", "Vladimir Putin"] not in meetings_of(ex)


def test_britain_in_the_leaders_of_a_list_of_countries_is_the_united_kingdom(extract):
    ex = extract(
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv on Saturday, while "
        "Donald Tusk came on a later train. The leaders of Britain, France, Germany and Poland "
        "travelled to Kyiv to show support.",
        published="2025-05-10",
    )
    travellers = {p.actor.canonical_name for e in events_of(ex, "visit") for p in e.participants}
    assert travellers == {"Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Donald Tusk"}


def test_his_intention_to_visit_places_is_a_planned_visit_to_each(extract):
    ex = extract(
        "Syrian Foreign Minister Asaad al-Shaibani announced on Friday his intention to visit "
        "Qatar, the United Arab Emirates and Jordan.",
        published="2025-01-05",
    )
    assert visits_of(ex) == [
        (place, ["Asaad al-Shaibani"], "planned") for place in ("Jordan", "Qatar", "United Arab Emirates")
    ]


def test_an_invitation_or_a_decision_to_visit_is_no_intention(extract):
    assert_none(
        extract,
        "visit",
        "2025-01-05",
        "Syrian Foreign Minister Asaad al-Shaibani accepted his invitation to visit Amman.",
        "Critics of Prime Minister Viktor Orban attacked his decision to visit Moscow.",
    )


def test_a_respelled_surname_the_model_took_for_a_place_is_the_person(extract):
    ex = extract(
        "On Saturday, Qatari Minister of State Mohammed Al Khraifi spoke by phone with Syrian "
        "Foreign Minister Asaad al-Shaibani. Khuraifi visited Damascus on December 23 and met "
        "with the leader of Syria's new government, Ahmed al-Sharaa.",
        published="2025-01-05",
    )
    assert ["Ahmed al-Sharaa", "Mohammed Al Khraifi"] in meetings_of(ex)
    assert ("Damascus", ["Mohammed Al Khraifi"], "occurred") in visits_of(ex)


def test_a_country_as_a_subject_stays_a_country(extract):
    ex = extract(
        "Jordanian Foreign Minister Ayman Safadi met Syrian Foreign Minister Asaad al-Shaibani "
        "in Amman on Tuesday. Jordan hosted a regional meeting on Syria in January.",
        published="2025-01-07",
    )
    people = {a.canonical_name for a in ex.actors if a.kind == "person"}
    assert "Jordan" not in people
