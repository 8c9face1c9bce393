"""Rules found on the rules halves of the real pages outside every scored set, in the session
after the eighth pool (`ingest/actors`, `ingest/events`), each on sentences written for these
tests."""

from tests.test_events import events_of, names
from tests.test_unscored_pool6 import visits_of
from tests.test_unscored_pool7 import meetings_of


def test_a_name_opened_by_two_initials_after_counterpart_is_that_person(extract):
    ex = extract(
        "Indian External Affairs Minister S Jaishankar arrived in Colombo on Monday. He held talks "
        "with his Bangladesh counterpart A K Abdul Momen on the sidelines of the ministerial meeting.",
        published="2022-03-29",
    )
    assert ["A K Abdul Momen", "Subrahmanyam Jaishankar"] in meetings_of(ex)


def test_a_military_rank_is_a_title_not_part_of_the_name(extract):
    ex = extract(
        "Brigadier Imran Qaiser met Brigadier Harjit Sandhu at the Wagah border on Tuesday.",
        published="2021-02-25",
    )
    assert meetings_of(ex) == [["Harjit Sandhu", "Imran Qaiser"]]


def test_a_guest_received_with_a_ceremony_visits_the_city_of_the_meeting(extract):
    ex = extract(
        "Greek Defence Minister Nikos Dendias met his Cypriot counterpart Vasilis Palmas in Athens "
        "on Monday. Dendias received Palmas with a military ceremony at the Defence Ministry.",
        published="2024-04-15",
    )
    assert (["Vasilis Palmas"], "Athens") in visits_of(ex)


def test_a_country_s_negotiating_team_is_its_delegation(extract):
    ex = extract(
        "The Egyptian and Qatari teams began a new round of negotiations in Doha on Thursday.",
        published="2024-06-08",
    )
    assert meetings_of(ex) == [["Egyptian delegation", "Qatari delegation"]]


def test_talks_told_again_without_their_sides_are_the_sides_told_before(extract):
    ex = extract(
        "The Colombian government and the ELN rebel group held talks in Havana in January.\n\n"
        "The talks took place in Caracas from 4 to 6 March.",
        published="2024-03-10",
    )
    meetings = events_of(ex, "meeting")
    assert len(meetings) == 2
    assert names(meetings[0]) == names(meetings[1])
    assert meetings[1].location == "Caracas" and str(meetings[1].event_date) == "2024-03-04"


def test_talks_that_will_resume_are_planned_between_the_sides_told_before(extract):
    ex = extract(
        "The government and rebel delegations held talks in Addis Ababa on Thursday. Peace talks "
        "will resume on 7 February.",
        published="2014-01-24",
    )
    meetings = events_of(ex, "meeting")
    assert [m.status for m in meetings] == ["occurred", "planned"]
    assert names(meetings[0]) == names(meetings[1])


def test_a_companion_the_parser_hangs_on_the_next_title_still_travels(extract):
    ex = extract(
        "Prime Minister Mark Carney arrived in Tokyo on Sunday with Foreign Minister Anita Anand and "
        "Trade Minister Maninder Sidhu.",
        published="2025-10-26",
    )
    assert visits_of(ex) == [(["Anita Anand", "Maninder Sidhu", "Mark Carney"], "Tokyo")]


def test_a_counterpart_the_parser_hangs_on_the_next_title_is_met_too(extract):
    ex = extract(
        "US Secretary of State Marco Rubio met Egyptian President Abdel Fattah al-Sisi and Jordanian "
        "Foreign Minister Ayman Safadi in Cairo on Monday.",
        published="2025-02-18",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert met == [["Abdel Fattah al-Sisi", "Marco Rubio"], ["Ayman Safadi", "Marco Rubio"]]


def test_his_after_accompany_him_is_the_accompanied_person(extract):
    ex = extract(
        "Prime Minister Mark Carney landed in Beijing on Friday. Foreign Minister Anita Anand will "
        "accompany him during his meeting with President Xi Jinping on Saturday.",
        published="2025-10-31",
    )
    assert ["Anita Anand", "Mark Carney", "Xi Jinping"] in meetings_of(ex)


def test_talks_with_each_of_two_leaders_are_talks_with_both(extract):
    ex = extract(
        "Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama arrived in Brussels "
        "on Monday. Before the dinner, EU foreign policy chief Josep Borrell held separate talks with "
        "each of the two leaders.",
        published="2023-02-27",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert ["Aleksandar Vucic", "Josep Borrell"] in met and ["Edi Rama", "Josep Borrell"] in met


def test_separate_talks_stay_apart_from_the_ceremony_of_all_three(extract):
    ex = extract(
        "Serbian President Aleksandar Vucic and Albanian Prime Minister Edi Rama signed a declaration "
        "in Brussels on Monday, at a ceremony hosted by EU foreign policy chief Josep Borrell.\n\n"
        "Before the ceremony, Borrell held separate talks with each of the two leaders.",
        published="2023-02-28",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert ["Aleksandar Vucic", "Josep Borrell"] in met and ["Edi Rama", "Josep Borrell"] in met


def test_a_ministerial_meeting_tagged_with_its_city_is_still_attended_there(extract):
    ex = extract(
        "Foreign Minister Vivian Balakrishnan on Friday participated in the 56th ASEAN Foreign "
        "Ministers' Meeting in Jakarta.",
        published="2023-07-14",
    )
    assert (["Vivian Balakrishnan"], "Jakarta") in visits_of(ex)


def test_counterparts_from_several_countries_are_one_meeting_each(extract):
    ex = extract(
        "Singapore's Foreign Minister Vivian Balakrishnan held bilateral meetings with his "
        "counterparts from Laos, Cambodia and Myanmar in Jakarta on Tuesday. Balakrishnan also met "
        "Cambodian Foreign Minister Prak Sokhonn.",
        published="2023-07-12",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert ["Prak Sokhonn", "Vivian Balakrishnan"] in met
    assert ["Laotian foreign minister", "Vivian Balakrishnan"] in met
    assert ["Burmese foreign minister", "Vivian Balakrishnan"] in met


def test_a_series_of_bilateral_meetings_behind_an_agency_dateline_is_one_meeting_each(extract):
    ex = extract(
        "Jakarta, Jul 12 (PTI) External Affairs Minister S Jaishankar on Wednesday held a series of "
        "bilateral meetings with his counterparts from Laos and Cambodia on the sidelines of the "
        "ministerial meeting.",
        published="2023-07-12",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert met == [
        ["Cambodian foreign minister", "Subrahmanyam Jaishankar"],
        ["Laotian foreign minister", "Subrahmanyam Jaishankar"],
    ]


def test_a_counterpart_by_country_is_the_one_holding_the_owners_office(extract):
    ex = extract(
        "Cambodian Prime Minister Hun Manet will visit Beijing next month. On Tuesday, Singapore's "
        "Foreign Minister Vivian Balakrishnan held talks with his counterparts from Cambodia and "
        "Laos in Jakarta. Cambodian Foreign Minister Sok Chenda Sophea said the talks went well.",
        published="2023-07-12",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert ["Sok Chenda Sophea", "Vivian Balakrishnan"] in met
    assert not any("Hun Manet" in people for people in met)


def test_external_affairs_minister_is_a_foreign_minister_whose_counterpart_holds_that_office(extract):
    ex = extract(
        "Nepal's Prime Minister Pushpa Kamal Dahal will visit India next month. On Wednesday, "
        "External Affairs Minister S Jaishankar held talks with his counterparts from Nepal and "
        "Bhutan in Bangkok. Nepal's Foreign Minister Narayan Prakash Saud called the talks useful.",
        published="2023-07-12",
    )
    met = sorted(sorted(people) for people in meetings_of(ex))
    assert ["Narayan Prakash Saud", "Subrahmanyam Jaishankar"] in met
    assert not any("Pushpa Kamal Dahal" in people for people in met)


def test_the_minister_is_the_foreign_minister_when_no_plain_minister_was_named(extract):
    ex = extract(
        "Iranian Foreign Minister Abbas Araghchi arrived in Moscow late on Tuesday. The "
        "minister and his delegation were greeted at the airport by Deputy Foreign Minister Andrei "
        "Rudenko.",
        published="2025-04-16",
    )
    # (with the minister's delegation, his country's, since the forty-fourth round)
    assert ["Abbas Araghchi", "Andrei Rudenko", "Iranian delegation"] in meetings_of(ex)


def test_ceasefire_talks_opening_a_sentence_are_talks_on_the_truce(extract):
    ex = extract(
        "Ceasefire talks between Israel and Hamas resumed in Doha on Wednesday.",
        published="2025-07-03",
    )
    assert [e.milestone for e in events_of(ex, "ceasefire")] == ["talks"]


def test_a_minister_of_another_country_named_in_apposition_is_not_the_visitor(extract):
    ex = extract(
        "Russian Foreign Minister Sergey Lavrov arrived in Beijing on Monday. Lavrov will hold talks "
        "with the Minister of Foreign Affairs of the People's Republic of China, Wang Yi.",
        published="2024-04-08",
    )
    assert ["Sergey Lavrov", "Wang Yi"] in meetings_of(ex)


def test_talks_a_sentence_is_set_in_are_the_travellers_talks(extract):
    ex = extract(
        "Chilean President Gabriel Boric will arrive in Madrid on Monday. During talks with Prime "
        "Minister Pedro Sanchez, discussions will focus on trade and migration.",
        published="2023-03-01",
    )
    assert ["Gabriel Boric", "Pedro Sanchez"] in meetings_of(ex)
