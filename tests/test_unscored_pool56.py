"""Rules found in the thirty-second round, on the misses of pools 56 and 58 (measured on the
round's starting code, then read): a visit paid to a person is a meeting with them, at the place
told on that person; "a day's visit" names no visitor; a surname hyphened to its Arabic article
belongs to the name before it; a country written by its abbreviation takes its common name; a
delegation's roll goes on after a semicolon and a style, and the words of a member's title name
no member; a picture that 'shows A receiving B'; Irish titles; leaders the model splits, known by
the table; a leader named without a title holds the office the table gives him on the story's day
(and none outside his term); a city listed with a destination is a place; a bloc named after a
city ('the Shanghai Cooperation Organization summit') is held anywhere; 'arrived Dakar', without
'in'. Guards come from a review of 378 invented texts. Each is tested on sentences written for
these tests. Pool 57 was only measured."""

import datetime as dt

from tests.test_unscored_pool26 import meetings_of
from tests.test_unscored_pool27 import visits_of


def test_a_visit_paid_to_a_counterpart_is_a_meeting_at_the_place_told_on_him(extract):
    for text in (
        "President Peter Mutharika has returned home from a day's working visit to his Zambian "
        "counterpart, President Edgar Lungu in Lusaka.",
        "President Peter Mutharika paid a working visit to his Zambian counterpart, President Edgar "
        "Lungu in Lusaka.",
        "The visit by President Peter Mutharika to his counterpart Edgar Lungu in Lusaka focused on trade.",
    ):
        ex = extract(text, published="2020-03-06")
        assert meetings_of(ex) == [["Edgar Lungu", "Peter Mutharika"]], text
        assert visits_of(ex) == [("Lusaka", ["Peter Mutharika"], "occurred")], text


def test_a_visit_paid_to_a_person_with_no_place_is_still_a_meeting(extract):
    ex = extract("Kagame's visit to Tshisekedi, the first in years, came after mediation by Angola.")
    assert meetings_of(ex) == [["Félix Tshisekedi", "Paul Kagame"]]
    assert visits_of(ex) == []


def test_a_visit_to_a_place_or_to_a_persons_family_is_no_meeting(extract):
    for text in (
        "Prime Minister Jan Novak will pay a visit to the family of Anna Kowalska in Krakow.",
        "President Peter Mutharika paid a working visit to Zambia on Monday, his counterpart Edgar "
        "Lungu said.",
    ):
        assert meetings_of(extract(text, published="2020-03-06")) == [], text


def test_a_title_set_beside_the_country_visited_leaves_the_country_the_place(extract):
    ex = extract(
        "Russian Foreign Minister Sergey Lavrov met his counterpart on Tuesday.\n\n"
        "During his visit to Mongolia, the Foreign Minister of Russia also met with the Prime "
        "Minister of Mongolia, L. Oyun-Erdene.",
        published="2022-07-05",
    )
    assert [place for place, _, _ in visits_of(ex)] == ["Mongolia"]


def test_a_surname_hyphened_to_its_article_belongs_to_the_name_before_it(extract):
    ex = extract(
        "Egypt\u2019s President Sameh Hassan el-Shoukry on Tuesday met with Italy\u2019s Prime "
        "Minister Giuseppe Conte in Cairo.",
        published="2020-01-15",
    )
    assert meetings_of(ex) == [["Giuseppe Conte", "Sameh Hassan el-Shoukry"]]
    ex = extract("Mahmoud Abbas met Sheikh Tamim al-Thani in Doha.", published="2020-01-15")
    assert meetings_of(ex) == [["Mahmoud Abbas", "Tamim al-Thani"]]


def test_a_country_written_by_its_abbreviation_takes_its_common_name(extract):
    ex = extract(
        "UAE adviser to visit Amman Monday\n\nAnwar Gargash, a diplomatic adviser to the UAE "
        "president, said a UAE delegation will soon visit Jordan. Omar Haddad, Jordan's deputy "
        "foreign minister, met with senior Emirati officials on May 4 during a visit to the UAE.",
        published="2025-05-06",
    )
    assert {e.location for e in ex.events if e.event_date == dt.date(2025, 5, 4)} == {"United Arab Emirates"}


def test_a_delegation_roll_goes_on_after_a_semicolon_and_a_style(extract):
    ex = extract(
        "President Hage Geingob arrived in Lusaka on Monday for a one-day working visit.\n\n"
        "President Geingob's delegation included Mr Peya Mushelenga, the Minister of Foreign "
        "Affairs; Dr Kalumbi Shangula, the Executive Secretary to the President; Mrs Lucia Witbooi, "
        "Special Aide to the President, and Colonel Petrus Hango, Presidential Envoy.",
        published="2023-05-02",
    )
    ((place, visitors, _),) = visits_of(ex)
    assert place == "Lusaka"
    # every member named, and not the president a member's title is 'to'
    assert visitors == [
        "Hage Geingob",
        "Kalumbi Shangula",
        "Lucia Witbooi",
        "Petrus Hango",
        "Peya Mushelenga",
    ]


def test_a_picture_that_shows_one_leader_receiving_another_tells_their_meeting(extract):
    ex = extract(
        "This handout picture released by the Syrian Presidency shows Azerbaijan\u2019s President "
        "Ilham Aliyev (R) receiving Syria\u2019s interim President, Ahmed al-Sharaa, in Baku, "
        "Azerbaijan, July 12.",
        published="2025-07-12",
    )
    assert meetings_of(ex) == [["Ahmed al-Sharaa", "Ilham Aliyev"]]
    # what figures show is no one's meeting or trip
    assert extract("The figures show Iran sending drones to Russia.").events == []


def test_irish_titles_name_offices_not_people(extract):
    for text in (
        "The T\u00e1naiste met David Lammy in Dublin on Thursday.",
        "The Taoiseach met David Lammy.",
    ):
        assert meetings_of(extract(text, published="2024-10-03")) == [], text


def test_leaders_the_model_splits_are_known_by_the_table(extract):
    ex = extract(
        "On Friday, Prime Minister Keir Starmer spoke with European Commission President Ursula von "
        "der Leyen.\n\nEgypt\u2019s President Abdel Fattah El Sisi arrived in Saudi Arabia on "
        "Tuesday.\n\nMr El Sisi will meet King Salman and discuss regional issues.",
        published="2024-07-06",
    )
    assert meetings_of(ex) == [
        ["Abdel Fattah al-Sisi", "Salman bin Abdulaziz Al Saud"],
        ["Keir Starmer", "Ursula von der Leyen"],
    ]


def test_a_leader_named_without_a_title_holds_his_office_on_the_story_day(extract):
    johnson = (
        "Boris Johnson is expected to fly to Paris next week.\n\n"
        "The prime minister will also speak to Leo Varadkar and Donald Tusk by phone."
    )
    ex = extract(johnson, published="2019-08-16")
    assert meetings_of(ex) == [["Boris Johnson", "Donald Tusk"], ["Boris Johnson", "Leo Varadkar"]]
    assert {e.mode for e in ex.events if e.event_type == "meeting"} == {"call"}
    ex = extract(
        "Sergey Lavrov and Antony Blinken were both in Jakarta on Thursday. The secretary of state met "
        "Wang Yi there.",
        published="2023-07-14",
    )
    assert meetings_of(ex) == [["Antony Blinken", "Wang Yi"]]


def test_a_leader_out_of_office_on_the_story_day_is_no_office_holder(extract):
    ex = extract(
        "Boris Johnson signed copies of his memoir in London on Monday.\n\n"
        "The prime minister will also speak to Leo Varadkar by phone.",
        published="2024-10-10",
    )
    assert meetings_of(ex) == []
    # the title the text gives wins over the table
    ex = extract(
        "Former foreign secretary Boris Johnson arrived in Kyiv on Monday.\n\n"
        "The prime minister met Dmytro Kuleba there.",
        published="2020-05-12",
    )
    assert meetings_of(ex) == []


def test_a_city_listed_with_a_destination_is_a_place_even_when_tagged_a_person(extract):
    ex = extract(
        "Roberto Alvarez will visit Mexico City as well as Monterrey during his stay.", published="2022-08-21"
    )
    assert meetings_of(ex) == []
    assert visits_of(ex) == [
        ("Mexico City", ["Roberto Alvarez"], "planned"),
        ("Monterrey", ["Roberto Alvarez"], "planned"),
    ]


def test_guards_from_the_review_of_the_rounds_rules(extract):
    # what a person shows others hands nothing on: he still meets the one he receives
    ex = extract(
        "Donald Trump showed reporters a letter from Kim Jong Un before meeting Shinzo Abe at the White "
        "House on Friday.",
        published="2019-05-20",
    )
    assert meetings_of(ex) == [["Donald Trump", "Shinzo Abe"]]
    # a surname that is a word of time still owns the visit
    ex = extract("Former Canadian trade minister Stockwell Day's visit to Beijing was cut short.")
    assert visits_of(ex) == [("Beijing", ["Stockwell Day"], "occurred")]
    # a visit to a relative is a family visit, no meeting
    for text in (
        "Prince Charles's visit to his mother, Queen Elizabeth, at Balmoral lasted two days.",
        "Former President Jimmy Carter made a hospital visit to his wife Rosalynn in Atlanta.",
    ):
        assert meetings_of(extract(text, published="2019-05-20")) == [], text
    # the meeting a visit pays is planned when the visit is
    ex = extract(
        "Sheikh Hasina left Dhaka on Tuesday for a three-day visit to her Indian counterpart Narendra "
        "Modi in New Delhi.",
        published="2019-05-20",
    )
    assert {(e.event_type, e.status) for e in ex.events} == {("meeting", "planned"), ("visit", "planned")}


def test_a_bloc_named_after_a_city_places_no_visit_there(extract):
    ex = extract(
        "The clashes escalated while the presidents of both countries were participating in the "
        "Shanghai Cooperation Organization Summit.",
        published="2022-09-16",
    )
    assert [e for e in ex.events if e.location == "Shanghai"] == []
    # a gathering named after its city still places the visit
    ex = extract("Prime Minister Narendra Modi attended the Munich Security Conference on Friday.")
    assert [place for place, _, _ in visits_of(ex)] == ["Munich"]


def test_arriving_a_city_without_in_is_a_visit_there(extract):
    ex = extract(
        "President Muhammadu Buhari arrived Dakar on Sunday for the inauguration.\n\n"
        "President Bola Tinubu will arrive Addis Ababa early next week for the African Union summit.",
        published="2023-07-17",
    )
    assert visits_of(ex) == [
        ("Addis Ababa", ["Bola Tinubu"], "planned"),
        ("Dakar", ["Muhammadu Buhari"], "occurred"),
    ]
