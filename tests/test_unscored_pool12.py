"""Rules found on the measured half (10b) of the eleventh pool of real pages and on the first
half (11a) of the twelfth, read for classes (`ingest/actors`, `ingest/events`), each on
sentences written for these tests."""

from tests.test_events import events_of
from tests.test_unscored_pool6 import visits_of
from tests.test_unscored_pool7 import meetings_of


def test_a_royal_style_is_no_name_and_a_long_title_ends_in_its_holder(extract):
    ex = extract(
        "AMMAN — His Majesty King Abdullah on Tuesday at Raghadan Palace received Omani Minister of "
        "State for Foreign Affairs Khalifa Al Harthy, who handed His Majesty a message from Sultan "
        "Haitham.",
        published="2024-03-05",
    )
    names = {a.canonical_name for a in ex.actors}
    assert "Majesty" not in names
    assert ["Abdullah II", "Khalifa Al Harthy"] in meetings_of(ex)
    # the sender of the message was not at the table
    assert not any("Haitham" in " ".join(pair) for pair in meetings_of(ex))
    # received at a palace of the capital: the guest's visit there
    assert (["Khalifa Al Harthy"], "Amman") in visits_of(ex)


def test_the_king_is_the_monarch_the_lead_names_first(extract):
    ex = extract(
        "AMMAN — His Majesty King Abdullah on Tuesday received a Saudi envoy, who delivered a "
        "letter from King Salman.\n\nLater on Tuesday, the King received Kuwaiti Foreign Minister "
        "Abdullah Al Yahya at the palace.",
        published="2024-03-05",
    )
    assert ["Abdullah Al Yahya", "Salman bin Abdulaziz Al Saud"] not in meetings_of(ex)
    assert ["Abdullah Al Yahya", "Abdullah II"] in meetings_of(ex)


def test_a_venue_is_found_however_its_article_is_hyphenated(extract):
    ex = extract(
        "King Abdullah received Iraqi Prime Minister Mohammed Shia al-Sudani at Al Husseiniya Palace "
        "on Monday.",
        published="2024-03-05",
    )
    assert (["Mohammed Shia al-Sudani"], "Amman") in visits_of(ex)


def test_an_office_for_a_portfolio_gives_the_holder_its_role_and_country(extract):
    ex = extract(
        "Australian Minister for Foreign Affairs Penny Wong met her New Zealand counterpart in "
        "Wellington on Friday.",
        published="2024-03-08",
    )
    wong = next(a for a in ex.actors if a.canonical_name == "Penny Wong")
    assert wong.country == "Australia"
    assert wong.role == "Minister for Foreign Affairs"


def test_a_title_set_after_a_name_is_not_a_title_before_another(extract):
    ex = extract(
        "Sheikh Abdullah bin Zayed met with Musalia Mudavadi, Prime Cabinet Secretary and Cabinet "
        "Secretary for Foreign and Diaspora Affairs of Kenya; and Amadou Oury Bah, Prime Minister of "
        "Guinea.",
        published="2024-09-25",
    )
    people = {name for pair in meetings_of(ex) for name in pair}
    assert "Musalia Mudavadi" in people
    assert not any("Affairs" in name for name in people)


def test_members_a_delegation_featured_join_the_talks_of_their_respective_delegations(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan and Hungarian Prime Minister Viktor Orban on Monday "
        "jointly chaired a meeting between their respective delegations in Ankara.\n\nThe Hungarian "
        "delegation featured Foreign Minister Peter Szijjarto and Defence Minister Kristof "
        "Szalay-Bobrovniczky.",
        published="2024-07-09",
    )
    meetings = events_of(ex, "meeting")
    assert len(meetings) == 1
    people = {p.actor.canonical_name for p in meetings[0].participants}
    assert {"Recep Tayyip Erdogan", "Viktor Orban", "Peter Szijjarto"} <= people
    assert not any("respective" in name for name in people)
    assert meetings[0].location == "Ankara"


def test_heads_of_different_bodies_are_met_one_by_one(extract):
    ex = extract(
        "In Brussels, German Foreign Minister Annalena Baerbock will meet with NATO Secretary General "
        "Mark Rutte, UN Secretary-General Antonio Guterres and EU foreign policy chief Kaja Kallas.",
        published="2025-01-20",
    )
    met = meetings_of(ex)
    assert ["Annalena Baerbock", "Mark Rutte"] in met
    assert ["Annalena Baerbock", "Kaja Kallas"] in met
    assert not any(len(pair) > 2 for pair in met)


def test_a_discussion_on_a_topic_with_someone_is_a_meeting_with_them(extract):
    ex = extract(
        "Prime Minister Benjamin Netanyahu on Sunday evening held a security consultation on the "
        "northern front with Defense Minister Yoav Gallant.",
        published="2024-06-16",
    )
    assert ["Benjamin Netanyahu", "Yoav Gallant"] in meetings_of(ex)


def test_on_their_way_to_a_capital_is_a_visit_still_ahead(extract):
    ex = extract(
        "Two Georgian ministers and Prime Minister Irakli Kobakhidze are on their way to Kyiv for a "
        "one-day visit.",
        published="2024-05-14",
    )
    visits = events_of(ex, "visit")
    kyiv = [v for v in visits if v.location == "Kyiv"]
    assert kyiv and kyiv[0].status == "planned"
    assert any(p.actor.canonical_name == "Irakli Kobakhidze" for p in kyiv[0].participants)


def test_heading_to_a_place_is_not_being_there_yet(extract):
    ex = extract("Hungarian President Tamas Sulyok is heading to Warsaw.", published="2024-05-14")
    visits = events_of(ex, "visit")
    assert [(v.location, v.status) for v in visits] == [("Warsaw", "planned")]


def test_a_gathering_the_model_takes_for_a_place_is_no_destination(extract):
    ex = extract(
        "Finnish President Alexander Stubb came to Ukraine on Monday. He will go to Kyiv to take part "
        "in the summit of the Crimean Platform.",
        published="2024-09-10",
    )
    assert not any("Platform" in (v.location or "") for v in events_of(ex, "visit"))


def test_talks_with_one_and_a_meeting_with_another_are_two_meetings(extract):
    ex = extract(
        "Chinese President Xi Jinping has already held talks with Brazilian President Luiz Inacio "
        "Lula da Silva and a short meeting with Chilean President Gabriel Boric.",
        published="2024-11-18",
    )
    met = meetings_of(ex)
    assert ["Gabriel Boric", "Xi Jinping"] in met
    assert not any(len(pair) > 2 for pair in met)


def test_a_leader_the_table_knows_is_a_person_where_the_model_misses_him(extract):
    ex = extract(
        "The Russian president is scheduled to meet with his counterpart from the Republic of Congo "
        "Denis Sassou Nguesso.",
        published="2025-05-07",
    )
    nguesso = next(a for a in ex.actors if a.canonical_name == "Denis Sassou Nguesso")
    assert nguesso.kind == "person"
    assert nguesso.country == "Republic of the Congo"


def test_a_tour_that_takes_someone_to_places_is_their_visits(extract):
    ex = extract(
        "US President Joe Biden landed in Tokyo on Saturday. Japan is the first stop on a three-nation "
        "tour that will also take Biden to South Korea and Vietnam.",
        published="2023-05-20",
    )
    visits = visits_of(ex)
    assert (["Joe Biden"], "South Korea") in visits
    assert (["Joe Biden"], "Vietnam") in visits


def test_the_sites_of_the_steps_of_a_journey_are_its_legs(extract):
    ex = extract(
        "After two days of talks in Tokyo, US President Joe Biden will travel to Seoul, lay a wreath at "
        "the national cemetery, and meet with allies at a summit in Hanoi.",
        published="2023-05-20",
    )
    visits = visits_of(ex)
    assert (["Joe Biden"], "Seoul") in visits
    assert (["Joe Biden"], "Hanoi") in visits
