"""Rules found on a seventh pool of real pages outside every scored set (`ingest/actors`,
`ingest/events`), each on sentences written for these tests."""

from tests.test_events import events_of, names
from tests.test_unscored_pool6 import visits_of


def meetings_of(ex) -> list[list[str]]:
    return [names(m) for m in events_of(ex, "meeting")]


def test_a_bare_surname_shared_with_the_first_lady_is_the_principal(extract):
    ex = extract(
        "US President Donald Trump and first lady Melania Trump landed in Riyadh on Saturday. "
        "During the trip, Trump will meet King Salman and Israeli Prime Minister Benjamin Netanyahu.",
        published="2017-05-20",
    )
    met = meetings_of(ex)
    assert met and all("Donald Trump" in people for people in met)
    assert not any(a.kind == "org" and a.canonical_name == "Trump" for a in ex.actors)


def test_the_leaders_of_several_countries_on_one_trip_are_met_one_by_one(extract):
    ex = extract(
        "During the tour, President Donald Trump will meet with Israeli Prime Minister Benjamin "
        "Netanyahu, Palestinian President Mahmoud Abbas, Pope Francis and Italian President Sergio "
        "Mattarella.",
        published="2017-05-20",
    )
    met = sorted(sorted(p for p in people if p != "Donald Trump") for people in meetings_of(ex))
    assert len(met) == 4 and all(len(others) == 1 for others in met)
    assert ["Mahmoud Abbas"] in met and ["Benjamin Netanyahu"] in met


def test_a_minister_and_an_aide_of_one_country_are_one_meeting(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi met US President Joe Biden and his adviser Jake Sullivan "
        "in Washington on Thursday.",
        published="2023-06-23",
    )
    assert len(events_of(ex, "meeting")) == 1


def test_calls_on_several_hosts_are_one_call_on_each(extract):
    ex = extract(
        "Chinese Foreign Minister Wang Yi will also call on Prime Minister Imran Khan, President "
        "Arif Alvi and army chief General Qamar Javed Bajwa.",
        published="2018-09-08",
    )
    met = meetings_of(ex)
    assert len(met) == 3 and all(len(people) == 2 and "Wang Yi" in people for people in met)


def test_travelling_with_no_place_goes_where_the_story_just_was(extract):
    ex = extract(
        "Colombian President Gustavo Petro will meet Venezuelan President Nicolas Maduro in Caracas on "
        "Saturday. The Colombian president is traveling accompanied by Foreign Minister Alvaro Leyva "
        "and Chief of Staff Laura Sarabia.",
        published="2023-01-06",
    )
    [visit] = events_of(ex, "visit")
    assert visit.location == "Caracas"
    assert names(visit) == ["Alvaro Leyva", "Gustavo Petro", "Laura Sarabia"]
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Gustavo Petro", "Nicolas Maduro"]  # companions are not at the table


def test_travelling_home_is_no_visit(extract):
    ex = extract(
        "Colombian President Gustavo Petro met Venezuelan President Nicolas Maduro in Caracas on "
        "Saturday. Petro is traveling back on Sunday.",
        published="2023-01-07",
    )
    # met by his host in Caracas, Petro visited it; travelling back home is no second visit
    assert [v.location for v in events_of(ex, "visit")] == ["Caracas"]


def test_the_presidents_of_two_countries_are_the_two_named_without_a_title(extract):
    ex = extract(
        "Nicolás Maduro and Gustavo Petro are going to meet this Saturday. The presidents of Venezuela "
        "and Colombia will have lunch in Caracas.",
        published="2023-01-06",
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.location == "Caracas"
    assert names(meeting) == ["Gustavo Petro", "Nicolás Maduro"]


def test_an_exchange_of_views_is_a_meeting_and_one_expected_is_planned(extract):
    ex = extract(
        "Chinese President Hu Jintao had a frank exchange of views with Tanzanian President Jakaya "
        "Kikwete in Dar es Salaam on Friday. Hu said he is expecting an exchange of views with Kenyan "
        "President Mwai Kibaki next week.",
        published="2009-02-14",
    )
    met = {tuple(names(m)): m.status for m in events_of(ex, "meeting")}
    assert met == {("Hu Jintao", "Jakaya Kikwete"): "occurred", ("Hu Jintao", "Mwai Kibaki"): "planned"}


def test_an_exchange_of_prisoners_is_no_meeting(extract):
    ex = extract(
        "Russia and Ukraine carried out an exchange of prisoners with Turkish mediation on Monday.",
        published="2023-01-06",
    )
    assert events_of(ex, "meeting") == []


def test_counterparts_from_several_countries_are_the_ministers_named_for_each(extract):
    ex = extract(
        "Indian External Affairs Minister S Jaishankar on Tuesday held a series of bilateral meetings "
        "with his counterparts from Nepal, Bhutan and Bangladesh. Jaishankar met Nepalese Foreign "
        "Minister Narayan Khadka. Jaishankar also met Bhutanese Foreign Minister Tandi Dorji. He also "
        "met Bangladeshi Foreign Minister AK Abdul Momen.",
        published="2022-03-29",
    )
    met = sorted(sorted(p for p in people if p != "Subrahmanyam Jaishankar") for people in meetings_of(ex))
    assert met == [["AK Abdul Momen"], ["Narayan Khadka"], ["Tandi Dorji"]]


def test_taking_part_in_a_named_meeting_abroad_is_a_visit(extract):
    ex = extract(
        "Indian External Affairs Minister S Jaishankar participated in the BIMSTEC Ministerial Meeting "
        "in Colombo on Tuesday.",
        published="2022-03-29",
    )
    assert [(names(v), v.location) for v in events_of(ex, "visit")] == [
        (["Subrahmanyam Jaishankar"], "Colombo")
    ]


def test_attending_an_unnamed_meeting_is_no_visit(extract):
    ex = extract(
        "Indian External Affairs Minister S Jaishankar attended the meeting in Colombo on Tuesday.",
        published="2022-03-29",
    )
    assert events_of(ex, "visit") == []


def test_a_welcome_by_officials_no_one_names_is_no_meeting(extract):
    ex = extract(
        "Chinese Foreign Minister Wang Yi arrived in Islamabad on Saturday. He was received by senior "
        "officials of the Foreign Office. Senior officials also welcomed Wang Yi at the ministry.",
        published="2018-09-08",
    )
    assert events_of(ex, "meeting") == []
    assert [v.location for v in events_of(ex, "visit")] == ["Islamabad"]


def test_an_arrival_at_a_building_named_with_its_city_is_a_visit_to_the_city(extract):
    ex = extract(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan "
        "arrived at the House of Friendship in Almaty on Friday.",
        published="2024-05-11",
    )
    assert visits_of(ex) == [(["Ararat Mirzoyan", "Jeyhun Bayramov"], "Almaty")]


def test_a_named_visitors_trip_with_no_place_is_where_the_story_is(extract):
    ex = extract(
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo on "
        "Saturday. Ishiba welcomed Lee's visit as a significant gesture.",
        published="2025-08-24",
    )
    assert visits_of(ex) == [(["Lee Jae-myung"], "Tokyo")]


def test_a_trip_told_again_by_its_owners_name_is_no_second_visit(extract):
    ex = extract(
        "US Secretary of State Marco Rubio arrived in Israel on Thursday. Rubio met Prime Minister "
        "Benjamin Netanyahu in Jerusalem on Friday. Rubio's trip follows a visit by JD Vance.",
        published="2025-10-24",
    )
    assert len([place for people, place in visits_of(ex) if people == ["Marco Rubio"]]) == 1


def test_companions_listed_with_titles_that_hold_commas_all_travel(extract):
    ex = extract(
        "Colombian President Gustavo Petro landed in Caracas on Saturday. He was accompanied by Foreign "
        "Minister Alvaro Leyva, the Chief of Staff Laura Sarabia and the Minister of Commerce, Carlos "
        "Umana.",
        published="2023-01-07",
    )
    assert visits_of(ex) == [(["Alvaro Leyva", "Carlos Umana", "Gustavo Petro", "Laura Sarabia"], "Caracas")]


def test_the_person_a_companions_title_points_to_does_not_travel(extract):
    ex = extract(
        "Colombian President Gustavo Petro landed in Caracas on Saturday. He was accompanied by Alvaro "
        "Leyva, an adviser to President Juan Manuel Santos.",
        published="2023-01-07",
    )
    assert visits_of(ex) == [(["Alvaro Leyva", "Gustavo Petro"], "Caracas")]


def milestones_of(ex) -> list[str]:
    return sorted(e.milestone for e in events_of(ex, "ceasefire"))


def test_a_deal_a_participle_describes_is_no_agreement_beside_its_taking_effect(extract):
    ex = extract(
        "A three-phase Gaza ceasefire deal between Israel and Hamas, brokered by Egypt, Qatar and the "
        "United States, took effect on January 19.",
        published="2025-03-08",
    )
    assert milestones_of(ex) == ["took_effect"]


def test_a_deal_brokered_and_announced_is_agreed(extract):
    ex = extract(
        "A Gaza ceasefire deal between Israel and Hamas, brokered by Egypt and Qatar, was announced on "
        "Wednesday.",
        published="2025-01-16",
    )
    assert milestones_of(ex) == ["agreed"]


def test_any_violation_is_no_violation(extract):
    ex = extract(
        "The Israeli prime minister said on Wednesday he will respond forcefully to any violation of "
        "the ceasefire by Hezbollah.",
        published="2024-11-27",
    )
    assert milestones_of(ex) == []


def test_the_hosts_companions_at_a_reception_join_it(extract):
    ex = extract(
        "Saudi Crown Prince Mohammed bin Salman received US Secretary of State Marco Rubio at "
        "Al-Yamamah Palace in Riyadh on Monday. Accompanying the Crown Prince during the reception "
        "were several figures, including Foreign Minister Prince Faisal bin Farhan and Secretary to the "
        "Crown Prince Bandar Al-Rasheed.",
        published="2025-02-18",
    )
    [meeting] = events_of(ex, "meeting")
    assert {"Bandar Al-Rasheed", "Faisal bin Farhan Al Saud"} <= set(names(meeting))


def test_attendees_listed_for_one_side_join_the_meeting_just_told(extract):
    ex = extract(
        "Saudi Crown Prince Mohammed bin Salman received US Secretary of State Marco Rubio in Riyadh on "
        "Monday. On the American side, attendees included National Security Advisor Mike Waltz and "
        "US Special Envoy Steve Witkoff.",
        published="2025-02-18",
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Marco Rubio", "Mike Waltz", "Mohammed bin Salman", "Steve Witkoff"]


def test_a_list_of_what_a_plan_includes_adds_no_one(extract):
    ex = extract(
        "Saudi Crown Prince Mohammed bin Salman received US Secretary of State Marco Rubio in Riyadh on "
        "Monday. The plan included ideas from National Security Advisor Mike Waltz.",
        published="2025-02-18",
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Marco Rubio", "Mohammed bin Salman"]


def test_the_president_an_adviser_serves_keeps_his_own_title(extract):
    ex = extract(
        "The Russian delegation was led by Vladimir Medinsky, a senior adviser to President Vladimir Putin.",
        published="2025-05-16",
    )
    putin = next(a for a in ex.actors if a.canonical_name == "Vladimir Putin")
    assert putin.role == "President"


def test_a_delegation_led_by_an_adviser_does_not_bring_the_president_he_serves(extract):
    ex = extract(
        "Russian and Ukrainian officials met in Istanbul on Thursday. The Russian delegation was led by "
        "Vladimir Medinsky, a senior adviser to President Vladimir Putin, while Ukraine was represented "
        "by Defence Minister Rustem Umerov.",
        published="2025-05-16",
    )
    people = {p for m in events_of(ex, "meeting") for p in names(m)}
    assert "Vladimir Medinsky" in people and "Vladimir Putin" not in people


def test_a_first_meeting_months_before_is_a_meeting_of_its_own(extract):
    ex = extract(
        "Venezuelan President Nicolas Maduro received Colombian President Gustavo Petro in Caracas on "
        "Saturday. The meeting is held two months after their first meeting in the Venezuelan capital.",
        published="2022-12-31",
    )
    dates = sorted(str(m.event_date) for m in events_of(ex, "meeting"))
    assert dates == ["2022-12-31", "None"]


def test_the_meeting_after_which_someone_spoke_is_the_story_meeting(extract):
    ex = extract(
        "Venezuelan President Nicolas Maduro met Colombian President Gustavo Petro in Caracas on "
        "Saturday. After their first meeting, Maduro said relations were good.",
        published="2022-12-31",
    )
    assert len(events_of(ex, "meeting")) == 1


def test_a_king_tagged_with_his_title_is_the_known_king_at_home(extract):
    ex = extract(
        "Prime Minister Keir Starmer will host European leaders in London on Sunday. King Charles will "
        "also meet with the Ukrainian leader on Sunday as part of his visit to Britain.",
        published="2025-03-01",
    )
    assert "King Charles" in {a.canonical_name for a in ex.actors}
    assert all("King Charles" not in names(v) for v in events_of(ex, "visit"))


def test_kings_and_the_pope_get_the_names_every_gold_set_writes(extract):
    ex = extract(
        "President Donald Trump will meet King Salman in Riyadh, Pope Francis in Rome and King Philippe "
        "in Brussels.",
        published="2017-05-20",
    )
    met = {p for m in events_of(ex, "meeting") for p in names(m)}
    assert {"Salman bin Abdulaziz Al Saud", "Pope Francis", "Philippe of Belgium"} <= met
