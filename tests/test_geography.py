"""Offline place lookups: which country a place lies in, capitals, spellings."""

import pytest

from ingest import geography


@pytest.mark.parametrize(
    ("place", "country"),
    [
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Wilmington, Delaware", "United States"),
        ("Alaska", "United States"),
        ("the U.S.", "United States"),
        ("Egyptian", "Egypt"),
        ("The Hague", "The Netherlands"),
    ],
)
def test_country_of_place(place, country):
    assert geography.country_of_place(place) == country


def test_unknown_places_have_no_country():
    assert geography.country_of_place("Middle East") is None
    assert geography.country_of_place("the White House") is None


def test_a_translated_alternate_name_is_not_a_city_name():
    assert geography.city("White House") is None
    assert geography.city("Philadelphia").country == "United States"


def test_lies_within_countries_and_us_states():
    assert geography.lies_within("Anchorage", "Alaska")
    assert geography.lies_within("Kazan", "Russia")
    assert not geography.lies_within("Russia", "Kazan")
    assert not geography.lies_within("Ukraine", "Ukraine")
    assert not geography.lies_within("Cairo", "Israel")


def test_capital_of_country_or_demonym():
    assert geography.capital_of("Egyptian") == "Cairo"
    assert geography.capital_of("Ukraine") == "Kyiv"
    assert geography.capital_of("Atlantis") is None


@pytest.mark.parametrize(
    ("written", "common"),
    [
        ("Hellenic Republic", "Greece"),
        ("the Russian Federation", "Russia"),
        ("U.S.", "United States"),
        ("Britain", "Britain"),  # a common name of its own stays
        ("UAE", "United Arab Emirates"),  # annotators and readers expect the full name
        ("U.K.", "United Kingdom"),
        ("Paris", "Paris"),
    ],
)
def test_common_name_of_a_country_written_formally(written, common):
    assert geography.common_name(written) == common


def test_a_formal_country_name_is_the_country():
    from ingest import geography

    assert geography.country_named("the Socialist Republic of Vietnam") == "Vietnam"
    assert geography.country_named("Sultanate of Oman") == "Oman"
    assert geography.country_named("Kyrgyz Republic") == "Kyrgyzstan"
    assert geography.country_named("State of the Union") is None
    assert geography.country_named("Republic Day") is None
