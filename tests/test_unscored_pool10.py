"""Rules found on the rules half (9a) of the tenth pool of real pages outside every scored set
(`ingest/actors`, `ingest/events`, `ingest/pipeline.py`), each on sentences written for these
tests."""

from tests.test_events import events_of, names
from tests.test_unscored_pool6 import visits_of
from tests.test_unscored_pool7 import meetings_of


def test_counterparts_from_a_country_written_with_the_are_met_too(extract):
    ex = extract(
        "Foreign Minister Penny Wong arrived in Jakarta on Monday.\n\nOn the second day of her "
        "visit, Wong held talks with counterparts from Chile, the United Arab Emirates and Kenya.",
        published="2024-03-08",
    )
    met = {name for pair in meetings_of(ex) for name in pair if name != "Penny Wong"}
    assert len(met) == 3 and any("Emirati" in name for name in met)


def test_a_lower_case_word_after_a_bracket_does_not_open_a_sentence(extract):
    ex = extract(
        "Chilean President Gabriel Boric receives this Friday (March 8, 2024) his counterpart from Uruguay, "
        "Luis Lacalle Pou, at the La Moneda palace.",
        published="2024-03-08",
    )
    assert ["Gabriel Boric", "Luis Lacalle Pou"] in meetings_of(ex)


def test_a_leader_named_family_name_first_is_the_leader_of_the_common_name(extract):
    ex = extract(
        "Prime Minister Kishida Fumio arrived in Manila on Friday for talks with President "
        "Ferdinand Marcos Jr.",
        published="2023-11-03",
    )
    assert (["Fumio Kishida"], "Manila") in visits_of(ex)


def test_a_guest_received_with_honours_visits_the_host_s_country(extract):
    ex = extract(
        "On Thursday, President Cyril Ramaphosa received the President of Ghana, Nana Akufo-Addo, "
        "with full state honours.",
        published="2023-09-07",
    )
    assert (["Nana Akufo-Addo"], "South Africa") in visits_of(ex)


def test_an_airport_followed_by_its_city_is_in_that_city(extract):
    ex = extract(
        "Foreign Minister Penny Wong flew to Nigeria on Friday.\n\nThe aircraft conveying the "
        "minister landed at the Nnamdi Azikiwe International Airport, Abuja at 6 a.m on Friday.",
        published="2025-04-22",
    )
    assert (["Penny Wong"], "Abuja, Nigeria") in visits_of(ex)


def test_a_leader_landing_at_an_airport_of_a_home_city_makes_no_visit(extract):
    ex = extract(
        "President Hakainde Hichilema returned from his tour of Europe on Friday.\n\nThe aircraft "
        "conveying the President landed at the Kenneth Kaunda International Airport, Lusaka at 6 a.m "
        "on Friday.",
        published="2025-04-22",
    )
    assert visits_of(ex) == []


def test_talks_attended_by_a_minister_are_the_talks_of_the_visit_told_before(extract):
    ex = extract(
        "President Emmanuel Macron welcomed Chancellor Olaf Scholz at the Elysee Palace on Monday.\n\n"
        "The visit was marked by a working lunch, followed by talks attended by Foreign Minister "
        "Stephane Sejourne.",
        published="2024-01-22",
    )
    meetings = events_of(ex, "meeting")
    assert len(meetings) == 1
    assert {"Emmanuel Macron", "Olaf Scholz", "Stephane Sejourne"} <= set(names(meetings[0]))


def test_a_country_named_with_and_is_one_place(extract):
    ex = extract(
        "Ghanaian President John Mahama ended his stay in Kenya on Tuesday and departed for "
        "Trinidad and Tobago.",
        published="2025-07-08",
    )
    assert (["John Mahama"], "Trinidad and Tobago") in visits_of(ex)
    assert not [v for v in visits_of(ex) if v[1] in ("Trinidad", "Tobago")]


def test_a_counterpart_hung_on_the_sidelines_is_met(extract):
    ex = extract(
        "Canadian Prime Minister Mark Carney held a bilateral on the sidelines with Indian Prime "
        "Minister Narendra Modi on Tuesday.",
        published="2025-06-18",
    )
    assert ["Mark Carney", "Narendra Modi"] in meetings_of(ex)


def test_a_past_visit_with_its_own_day_is_not_the_arrival_told_today(extract):
    ex = extract(
        "Somali President Hassan Sheikh Mohamud was welcomed at the Bole International Airport by "
        "Ethiopian Prime Minister Abiy Ahmed.\n\nMohamud was last in Ethiopia on March 3, 2021, on a "
        "working visit for talks on the port deal.",
        published="2024-02-27",
    )
    visits = {(v.location, str(v.event_date)) for v in events_of(ex, "visit")}
    assert ("Ethiopia", "2021-03-03") in visits
    assert ("Addis Ababa", "2024-02-27") in visits


def test_a_place_hung_on_the_day_of_a_presence_is_visited(extract):
    ex = extract(
        "Nigeria's Foreign Affairs Minister Yusuf Tuggar was on January 9 in Ghana where he signed "
        "key security pacts.",
        published="2024-03-20",
    )
    assert (["Yusuf Tuggar"], "Ghana") in visits_of(ex)


def test_an_effective_time_anywhere_in_the_halt_phrase_starts_the_truce(extract):
    ex = extract(
        "Thailand and Cambodia agreed to a ceasefire on Monday.\n\nThe two armies had agreed to halt "
        "all military activities on land, air, and sea effective from 6 pm on Monday.",
        published="2025-07-29",
    )
    assert "took_effect" in {c.milestone for c in events_of(ex, "ceasefire")}


def test_the_warring_parties_of_a_known_conflict_meet_as_its_two_sides(extract):
    ex = extract(
        "Armenia and Azerbaijan fought over Karabakh for decades.\n\nThe warring parties began "
        "peace talks in Almaty on Tuesday.",
        published="2024-05-14",
    )
    assert meetings_of(ex) == [["Armenian delegation", "Azerbaijani delegation"]]


def test_the_two_sides_of_a_bilateral_visit_are_not_a_war_s_sides(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday, as the war in Ukraine "
        "went on.\n\nThe two sides held talks on trade on Tuesday.",
        published="2024-07-09",
    )
    assert not [m for m in meetings_of(ex) if any("delegation" in name for name in m)]


def test_talks_between_the_warring_parties_that_nobody_holds_are_no_meeting(extract):
    ex = extract(
        "The Sudanese army and the RSF have fought since 2023.\n\nEfforts to restart direct talks "
        "between the warring parties have stalled for months.",
        published="2025-09-12",
    )
    assert meetings_of(ex) == []


def test_people_a_semicolon_list_adds_to_the_hosts_are_hosts_too(extract):
    ex = extract(
        "President Hakainde Hichilema was received by his Chief of Staff, Bill Chanda; the Minister "
        "of the Lusaka Province, Sheal Mulyata; the Secretary to the Cabinet, Patrick Kangwa and the "
        "Inspector General of Police, Graphael Musamba, among others.",
        published="2025-04-22",
    )
    (meeting,) = events_of(ex, "meeting")
    assert {"Sheal Mulyata", "Patrick Kangwa", "Graphael Musamba"} <= set(names(meeting))


def test_talks_told_as_how_a_truce_was_reached_are_no_event_of_their_own(extract):
    ex = extract(
        "The Colombian government and the ELN rebels agreed to a six-month ceasefire following talks "
        "in Havana, the guarantor countries said.\n\nAfter months of negotiations, Armenia and "
        "Azerbaijan reached a ceasefire agreement on Friday.",
        published="2023-06-10",
    )
    assert "talks" not in {c.milestone for c in events_of(ex, "ceasefire")}
    assert meetings_of(ex) == []


def test_talks_with_a_named_counterpart_before_a_deal_are_still_a_meeting(extract):
    ex = extract(
        "After talks with Egyptian President Abdel Fattah el-Sisi in Cairo, Qatari Emir Tamim bin "
        "Hamad Al Thani agreed to fund the plan.",
        published="2024-11-27",
    )
    assert meetings_of(ex) == [["Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"]]


def test_a_title_tagged_as_an_organisation_is_the_person_named_after_it(extract):
    ex = extract(
        "In Lusaka, President Hakainde Hichilema held talks with the United States Department of "
        "State’s Special Envoy for the Sahel, Mr. Peter Pham.",
        published="2025-04-22",
    )
    assert meetings_of(ex) == [["Hakainde Hichilema", "Peter Pham"]]


def test_a_meeting_of_their_own_before_a_signing_is_still_a_meeting(extract):
    ex = extract(
        "After their meeting in Ankara on Monday, Turkish President Recep Tayyip Erdogan and Russian "
        "President Vladimir Putin signed four agreements.",
        published="2024-11-27",
    )
    assert meetings_of(ex) == [["Recep Tayyip Erdogan", "Vladimir Putin"]]


def test_a_host_told_travelling_does_not_welcome_guests_at_home(extract):
    ex = extract(
        "On the second day of his trip to Germany, Turkish President Recep Tayyip Erdogan received "
        "Azerbaijani President Ilham Aliyev with full honours.",
        published="2024-11-27",
    )
    assert not [v for v in visits_of(ex) if v[0] == ["Ilham Aliyev"] and v[1] == "Turkey"]


def test_a_reversed_pair_of_names_outside_family_name_first_countries_is_another_person(extract):
    ex = extract(
        "Sudanese army spokesman Abbas Mahmoud met Prime Minister Kamil Idris in Port Sudan on Monday.",
        published="2025-06-10",
    )
    assert ["Abbas Mahmoud", "Kamil Idris"] in meetings_of(ex)


def test_two_countries_named_with_and_stay_two_destinations(extract):
    ex = extract(
        "Foreign Minister Penny Wong flew to Serbia and Montenegro on Monday.", published="2024-05-14"
    )
    assert {v[1] for v in visits_of(ex)} == {"Serbia", "Montenegro"}


def test_an_office_of_an_organisation_stays_an_organisation(extract):
    ex = extract(
        "President Yoweri Museveni held talks with the Office of the President, Mr. Peter Pham said.",
        published="2025-04-22",
    )
    assert not [m for m in meetings_of(ex) if "Peter Pham" in m]


def test_a_semicolon_part_opened_by_a_preposition_adds_nobody(extract):
    ex = extract(
        "President Hakainde Hichilema was received by his Chief of Staff, Bill Chanda; among the "
        "crowd, the opposition leader Edgar Lungu.",
        published="2024-05-14",
    )
    assert meetings_of(ex) == [["Bill Chanda", "Hakainde Hichilema"]]
