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


def test_a_transit_stop_the_parser_reads_as_a_verb_is_a_visit(extract):
    ex = extract(
        "On his way back, Vice President Lai Ching-te will make a transit stop in San Francisco on Aug. 16.",
        "2023-08-13",
    )
    assert [(place, status) for place, _, status in visits_of(ex)] == [("San Francisco", "planned")]
    # a stop put to something is no stop anywhere
    ex = extract("The envoy said the truce would make the fighting stop in Gaza.", "2023-08-13")
    assert not visits_of(ex)


def test_a_known_name_right_after_an_office_named_with_of_or_for_is_the_person(extract):
    ex = extract(
        "US national security adviser Robert O'Brien met Vietnamese Minister for Public Security To Lam "
        "in Hanoi on Friday.",
        "2020-11-22",
    )
    assert meetings_of(ex) == [["Robert O'Brien", "To Lam"]]


def test_only_a_persons_tour_is_a_visit_and_its_legs_take_no_day_but_the_first_it_opens(extract):
    for text in (
        "The Australian cricket team began a tour of Sri Lanka on Tuesday, with two test matches in Galle.",
        "The Vienna Philharmonic began a tour of China and Japan on Tuesday with a concert in Beijing.",
    ):
        assert not visits_of(extract(text, "2023-05-03")), text
    ex = extract(
        "German Foreign Minister Annalena Baerbock began a tour of China and South Korea on Monday. "
        "Baerbock met Chinese Foreign Minister Qin Gang on Tuesday.",
        "2023-05-03",
    )
    days = {e.location: e.event_date for e in ex.events if e.event_type == "visit"}
    assert days == {"China": dt.date(2023, 5, 1), "South Korea": None}
    assert [e.location for e in ex.events if e.event_type == "meeting"] == ["China"]
    ex = extract(
        "Pakistani Prime Minister Shehbaz Sharif returned home on Tuesday after a tour of Qatar, Saudi "
        "Arabia and Turkey.",
        "2023-05-03",
    )
    assert {e.location: e.event_date for e in ex.events if e.event_type == "visit"} == {
        "Qatar": None,
        "Saudi Arabia": None,
        "Turkey": None,
    }


def test_a_visit_denied_or_ruled_out_is_none(extract):
    for text in (
        "Hungarian Prime Minister Viktor Orban denied on Tuesday that he had planned a visit to Russia "
        "and Belarus this spring.",
        "Hungarian Prime Minister Viktor Orban denied on Tuesday that he had planned a tour of Russia "
        "and Belarus this spring.",
        "British Foreign Secretary James Cleverly said on Tuesday there were no plans for a visit to "
        "China and Japan.",
        "Officials on Tuesday denied reports that King Charles would visit Kenya and Tanzania next month.",
    ):
        assert not visits_of(extract(text, "2023-05-03")), text
    # a denial of something else leaves the visit told beside it
    ex = extract(
        "Hungarian Prime Minister Viktor Orban visited Moscow on Tuesday and denied that he had signed "
        "any deal.",
        "2023-05-03",
    )
    assert [place for place, _, _ in visits_of(ex)] == ["Moscow"]


def test_a_negotiated_truce_is_agreed_and_a_kept_one_is_nothing_new(extract):
    for text in (
        "Israel remains committed to the ceasefire, the prime minister's office said.",
        "Hamas said it was committed to the ceasefire agreement and accused Israel of stalling.",
        "The army committed new atrocities despite the truce.",
    ):
        assert not ceasefires_of(extract(text, "2024-12-10")), text
    ex = extract(
        "Fighting erupted last month and shattered a truce negotiated by Russia and Turkey late last year.",
        "2024-12-10",
    )
    assert sorted(m for m, _ in ceasefires_of(ex)) == ["agreed", "collapsed"]
    # a past truce in force at once keeps the month it is dated by
    ex = extract(
        "Libya's rival governments declared a ceasefire with immediate effect in August 2020.", "2024-03-14"
    )
    assert sorted(ceasefires_of(ex)) == [("agreed", "occurred"), ("took_effect", "occurred")]
    assert {e.event_date for e in ex.events} == {dt.date(2020, 8, 1)}


def test_greetings_exchanged_in_person_are_a_meeting_and_an_occasions_greetings_are_not(extract):
    ex = extract(
        "Japan's Emperor Naruhito exchanged greetings with British Prime Minister Rishi Sunak at Horse "
        "Guards Parade on Tuesday.",
        "2024-06-25",
    )
    assert meetings_of(ex) == [["Naruhito", "Rishi Sunak"]]
    for text in (
        "Chinese President Xi Jinping and Russian President Vladimir Putin exchanged New Year greetings "
        "on Sunday.",
        "Chinese President Xi Jinping exchanged Spring Festival greetings with Russian President Vladimir "
        "Putin on Sunday.",
    ):
        assert not meetings_of(extract(text, "2024-02-11")), text


def test_an_acting_president_holds_one_office_while_acting(extract):
    ex = extract(
        "Mohammad Mokhber arrived in Moscow on Tuesday. The president met Russian President Vladimir Putin "
        "on Wednesday.",
        "2024-06-20",
    )
    assert meetings_of(ex) == [["Mohammad Mokhber", "Vladimir Putin"]]


def test_talks_with_a_visiting_guest_at_a_wire_dateline_are_at_the_dateline(extract):
    ex = extract(
        "BEIJING, Aug. 28 (Xinhua) -- Chinese Minister of Commerce Wang Wentao held talks with visiting "
        "U.S. Commerce Secretary Gina Raimondo on Monday.",
        "2023-08-28",
    )
    assert meetings_of(ex) == [["Gina Raimondo", "Wang Wentao"]]
    assert [(place, people) for place, people, _ in visits_of(ex)] == [("Beijing", ["Gina Raimondo"])]
    # without a guest called visiting, a wire bureau's city places nobody
    ex = extract(
        "BEIJING, Aug. 28 (Xinhua) -- Chinese Minister of Commerce Wang Wentao held talks with U.S. "
        "Commerce Secretary Gina Raimondo on Monday.",
        "2023-08-28",
    )
    assert not visits_of(ex)


def test_a_tour_that_includes_visits_to_places_is_a_visit_to_each_not_yet_reached(extract):
    ex = extract(
        "Pope Francis arrived in Jakarta on Tuesday, marking the beginning of a 12-day tour of Asia that "
        "includes visits to Indonesia, Papua New Guinea, East Timor and Singapore.",
        "2024-09-03",
    )
    assert sorted((place, status) for place, _, status in visits_of(ex)) == [
        ("East Timor", "planned"),
        ("Jakarta", "occurred"),
        ("Papua New Guinea", "planned"),
        ("Singapore", "planned"),
    ]
    assert {e.event_date for e in ex.events if e.status == "planned"} == {None}


def test_the_pontiff_is_the_pope_named_before(extract):
    ex = extract(
        "Pope Francis received Hungarian President Katalin Novak in Budapest on Friday. The pontiff later "
        "met Prime Minister Viktor Orban.",
        "2023-04-29",
    )
    assert meetings_of(ex) == [["Katalin Novak", "Pope Francis"], ["Pope Francis", "Viktor Orban"]]
