"""Rules found in the thirty-fourth round, on the misses of pool 62 (measured on the round's
starting code, then read): a tour of named countries is a visit to each; a truce declared 'with
immediate effect' takes effect that day; vice-presidents and national security advisers hold their
offices by the table, so 'the vice president' is the person named bare before; letters no accent
folding reaches ('ø', 'ı') match their plain spellings. Each is tested on sentences written for
these tests. Pool 63 was only measured."""

import datetime as dt

from ingest.records import comparable_name
from tests.test_unscored_pool17 import ceasefires_of
from tests.test_unscored_pool26 import meetings_of
from tests.test_unscored_pool27 import visits_of


def test_a_tour_of_named_countries_is_a_visit_to_each(extract):
    ex = extract(
        "Foreign Minister Penny Wong began a tour of Japan, Thailand and France on Monday.", "2024-06-10"
    )
    assert [place for place, _, _ in visits_of(ex)] == ["France", "Japan", "Thailand"]
    assert {tuple(people) for _, people, _ in visits_of(ex)} == {("Penny Wong",)}
    # a tour told as the setting of another visit: its legs, in no told order, take no day
    ex = extract(
        "US intelligence chief Tulsi Gabbard is visiting India as part of a tour of Japan, Thailand "
        "and France. She met Prime Minister Narendra Modi on Monday.",
        "2025-03-17",
    )
    assert [place for place, _, _ in visits_of(ex)] == ["France", "India", "Japan", "Thailand"]
    legs = {e.location: e.event_date for e in ex.events if e.event_type == "visit"}
    assert legs["Japan"] is None and legs["India"] == dt.date(2025, 3, 17)
    assert [e.location for e in ex.events if e.event_type == "meeting"] == ["India"]


def test_a_truce_with_immediate_effect_takes_effect_when_agreed(extract):
    for text in (
        "The government declared an indefinite humanitarian truce with immediate effect on Thursday.",
        "The two delegations signed a permanent ceasefire agreement with immediate effect on Thursday.",
        "Both sides agreed a truce, effective immediately, after talks on Thursday.",
    ):
        ex = extract(text, "2022-03-26")
        assert sorted(ceasefires_of(ex)) == [("agreed", "occurred"), ("took_effect", "occurred")], text
        dates = {e.milestone: e.event_date for e in ex.events}
        assert dates["took_effect"] == dates["agreed"] is not None, text
    # a call for a truce with immediate effect is only a proposal
    for text in (
        "The UN urged a ceasefire with immediate effect.",
        "Both sides called for an immediate ceasefire on Sunday.",
    ):
        assert [m for m, _ in ceasefires_of(extract(text, "2022-03-26"))] == ["proposed"], text


def test_vice_presidents_and_security_advisers_named_bare_hold_their_offices(extract):
    for text, published, pair in (
        (
            "Kamala Harris arrived in Guatemala City on Sunday. The vice president met President "
            "Alejandro Giammattei on Monday.",
            "2021-06-07",
            ["Alejandro Giammattei", "Kamala Harris"],
        ),
        (
            "Jake Sullivan travelled to Riyadh on Saturday. The national security adviser held talks "
            "with Crown Prince Mohammed bin Salman.",
            "2023-05-07",
            ["Jake Sullivan", "Mohammed bin Salman"],
        ),
    ):
        assert meetings_of(extract(text, published)) == [pair], text
    # out of office on the story's day, the same name holds no title
    ex = extract(
        "Kamala Harris arrived in Guatemala City on Sunday. The vice president met President "
        "Alejandro Giammattei on Monday.",
        "2025-06-09",
    )
    assert meetings_of(ex) != [["Alejandro Giammattei", "Kamala Harris"]]


def test_a_hyphenated_vice_president_is_no_president():
    from ingest.actors.names import generic_title

    assert generic_title("Vice-President") == generic_title("vice president") == "vice president"


def test_letters_no_accent_folding_reaches_match_their_plain_spelling():
    assert comparable_name("Jonas Gahr Støre") == comparable_name("Jonas Gahr Store")
    assert comparable_name("Cevdet Yılmaz") == comparable_name("Cevdet Yilmaz")
    assert comparable_name("Radosław Sikorski") == comparable_name("Radoslaw Sikorski")
    assert comparable_name("Erdoğan") == comparable_name("Erdogan")
