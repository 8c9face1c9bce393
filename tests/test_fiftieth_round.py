"""Phrasings read in the fiftieth round on the pools measured blind the round before, checked on
sentences written for these tests:

- 'is due to meet President A, Premier B and C, chairman of the legislature': the heads of a
  country's branches on a visitor's programme, one appointment each (not 'met President A and
  Foreign Minister B', nor the same heads told as met together);
- 'will pay courtesy calls on A and B': a call on each, in person;
- 'held discussions on issues of mutual interest with X': X hangs on the end of the topic;
- 'met with his counterpart X ... The two sides discussed ... Recalling their last meeting':
  the two sides, and 'their', are the two who met;
- 'the warm welcome extended to him by X': X hosts him;
- 'is attending the forum' after a sentence dated months before: of the day it is printed;
- 'greeted by a contingent including A and B': A and B greet;
- 'Special Representative for the South Caucasus A B': the region is no part of the name;
- 'his first visit to Washington ... arrived in America': the country by its common name;
- 'arrived with a group of officials including A and B. X and his entourage were greeted by C':
  A and B travel with X, and C greets them all;
- 'negotiations in Brussels on May 22 between A and B': the sides the parser hung on the day;
- 'the EU's special representative for the South Caucasus, X, ... the EU representative met Y':
  X's title told before the comma, and the reference by its head word;
- 'President Rashid' never named in full: the one holder of that office on the day whose family
  name it is, and so 'his Iraqi counterpart';
- 'An aircraft of the carrier X carrying Prime Minister Y landed ... the visiting premier': Y;
- 'The Colombian government and the ELN began a new round of peace talks': a group known by its
  initials, left untagged, is a side, and talks told by their round are held (not 'the CEO');
- 'the directors general of military operations of the two countries': one side per country,
  the countries closing the longer title;
- 'departed from Canada after the summit and headed to Croatia': Canada was visited too;
- 'X, General Secretary of the CPC Central Committee, arrived ... Welcoming the Chinese leader
  were A and B': a party's general secretary leads his country, and the body of his office is no
  visitor;
- 'bade farewell to the delegation at the airport' (the day printed) and 'during a bilateral
  meeting yesterday': two meetings, the send-off after the talks;
- 'Iran and the US held talks ... The two countries agreed to hold negotiations in Oman on April
  26': the two delegations again (not 'was asked to mediate talks between the two countries');
- 'arrived in the Hainan province': Hainan, the region the gazetteer knows by its name;
- 'arrived in Beijing, traveling aboard an armored train with his daughter X': X travels too;
- 'A accompanied B to Russia and Belarus', 'talks with C, who had accompanied B to Russia': both
  travel there (the pluperfect before the day the sentence tells);
- 'will meet A on Tuesday and B on Wednesday', 'spoke with A on Thursday and B on Friday': B, whom
  the parser joins to the verb or the day, is met apart on the day told after B.
"""

from tests.test_events import names
from tests.test_forty_seventh_round import meetings
from tests.test_forty_sixth_round import visits


def test_heads_of_a_countrys_branches_are_each_their_own_appointment(extract):
    ex = extract(
        "Nepal's Prime Minister KP Sharma Oli flew to Beijing on Monday. Oli is expected to meet "
        "Chinese President Xi Jinping, Premier Li Qiang, and Zhao Leji, chairman of the standing "
        "committee of the National People's Congress, on Tuesday.",
        "2024-12-02",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("KP Sharma Oli", "Li Qiang"),
        ("KP Sharma Oli", "Xi Jinping"),
        ("KP Sharma Oli", "Zhao Leji"),
    ]


def test_a_minister_beside_the_head_of_state_is_one_meeting(extract):
    ex = extract(
        "UN Secretary-General Antonio Guterres travelled to Kyiv. He will meet President "
        "Volodymyr Zelensky and Foreign Minister Dmytro Kuleba on Thursday.",
        "2022-04-26",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Antonio Guterres", "Dmytro Kuleba", "Volodymyr Zelensky")
    ]


def test_heads_told_as_met_are_one_meeting(extract):
    ex = extract(
        "South African President Cyril Ramaphosa was in Washington on Friday, where he met "
        "President Joe Biden and Vice President Kamala Harris.",
        "2022-09-17",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Cyril Ramaphosa", "Joe Biden", "Kamala Harris")]


def test_courtesy_calls_on_two_hosts_are_one_on_each(extract):
    ex = extract(
        "The Maldivian foreign minister Moosa Zameer landed in Colombo on Monday. While in Sri "
        "Lanka, Zameer will pay courtesy calls on President Ranil Wickremesinghe and Prime "
        "Minister Dinesh Gunawardena.",
        "2024-06-03",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Dinesh Gunawardena", "Moosa Zameer"),
        ("Moosa Zameer", "Ranil Wickremesinghe"),
    ]


def test_a_counterpart_after_the_topics_of_phrase_is_met(extract):
    ex = extract(
        "Last month, Zameer paid an official visit to New Delhi and held discussions on regional "
        "issues of common concern with India's External Affairs Minister S. Jaishankar.",
        "2024-06-03",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Subrahmanyam Jaishankar", "Zameer")]


def test_the_two_sides_and_their_are_the_two_who_just_met(extract):
    ex = extract(
        "Bangladesh foreign adviser Touhid Hossain met with his Indian counterpart S Jaishankar "
        "in Muscat on Sunday.\n\nThe two sides discussed a range of bilateral issues, the ministry "
        "said.\n\nRecalling their last meeting in New York in September 2024, both said ties had "
        "improved since.",
        "2025-02-16",
    )
    assert meetings(ex) == [
        (("Subrahmanyam Jaishankar", "Touhid Hossain"), "Muscat", "2025-02-16"),
        (("Subrahmanyam Jaishankar", "Touhid Hossain"), "New York", "2024-09-01"),
    ]


def test_a_welcome_extended_by_someone_is_their_meeting_with_the_guest(extract):
    ex = extract(
        "Prime Minister Shehbaz Sharif wrote on X that he was grateful for the warm welcome "
        "extended to him by Saudi Crown Prince Mohammed bin Salman during his trip to Riyadh.",
        "2025-09-18",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Mohammed bin Salman", "Shehbaz Sharif")]


def test_a_welcome_extended_by_no_one_named_is_no_meeting(extract):
    ex = extract(
        "Sharif said he was grateful for the warm welcome extended to him by the people of Riyadh.",
        "2025-09-18",
    )
    assert meetings(ex) == []


def test_news_told_as_going_on_is_of_the_day_printed(extract):
    ex = extract(
        "Consultations between the two foreign secretaries were held in Dhaka on 9 December "
        "2024.\n\nForeign adviser Touhid Hossain is attending the Indian Ocean Conference in "
        "Muscat.",
        "2025-02-16",
    )
    dates = {e.location: str(e.event_date) for e in ex.events if e.event_type == "visit"}
    assert dates == {"Muscat": "2025-02-16"}


def test_people_of_a_welcoming_contingent_greet_the_guest(extract):
    ex = extract(
        "Guyana's President Irfaan Ali landed at Piarco airport on Wednesday. Ali was greeted by "
        "a contingent including Foreign Minister Amery Browne and Agriculture Minister Kazim "
        "Hosein.",
        "2022-08-18",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Amery Browne", "Irfaan Ali", "Kazim Hosein")]


def test_an_envoys_region_is_no_part_of_the_name_after_it(extract):
    ex = extract(
        "EU Special Representative for the South Caucasus Toivo Klaar has arrived in Baku for talks.",
        "2022-07-15",
    )
    assert visits(ex) == [(("Toivo Klaar",), "Baku")]


def test_a_country_told_by_another_name_is_given_its_common_one(extract):
    ex = extract(
        "Georgian Prime Minister Irakli Garibashvili has begun his first visit to Washington. "
        "Garibashvili arrived in America this morning.",
        "2014-02-23",
    )
    assert visits(ex) == [(("Irakli Garibashvili",), "Washington, United States")]


def test_an_entourage_greeted_is_the_party_the_visitor_arrived_with(extract):
    ex = extract(
        "Guyana's President Irfaan Ali arrived at Piarco airport on Wednesday with a group of "
        "officials including Conrad Enill and Hugh Todd. Ali and his entourage were greeted by "
        "Foreign Minister Amery Browne.",
        "2022-08-18",
    )
    assert visits(ex) == [(("Conrad Enill", "Hugh Todd", "Irfaan Ali"), "Piarco")]
    [greeting] = [e for e in ex.events if e.event_type == "meeting"]
    people = {p.actor.canonical_name for p in greeting.participants if p.actor.kind == "person"}
    assert people == {"Amery Browne", "Conrad Enill", "Hugh Todd", "Irfaan Ali"}


def test_sides_hung_on_the_day_of_the_talks_are_theirs(extract):
    ex = extract(
        "Following negotiations in Brussels on May 22 between Azerbaijani President Ilham Aliyev "
        "and Armenian Prime Minister Nikol Pashinyan, the two sides agreed to meet again.",
        "2022-07-15",
    )
    assert meetings(ex) == [(("Ilham Aliyev", "Nikol Pashinyan"), "Brussels", "2022-05-22")]


def test_an_envoy_named_after_a_title_for_a_region_is_referred_to_by_its_head_word(extract):
    ex = extract(
        "The EU's special representative for the South Caucasus, Toivo Klaar, arrived in Baku on "
        "Friday. Before that, the EU representative met with Armenian Prime Minister Nikol "
        "Pashinyan in Yerevan.",
        "2022-07-15",
    )
    assert [(people, place) for people, place, _ in meetings(ex)] == [
        (("Nikol Pashinyan", "Toivo Klaar"), "Yerevan")
    ]


def test_a_titled_surname_is_the_one_holder_of_that_office_on_the_day(extract):
    ex = extract(
        "Heading a delegation, President Rashid arrived in Tehran on Saturday. The Iranian "
        "president Ebrahim Raisi and his Iraqi counterpart will hold talks on Sunday.",
        "2023-04-29",
    )
    assert visits(ex) == [(("Abdul Latif Rashid", "Iraqi delegation"), "Tehran")]
    assert [people for people, _, _ in meetings(ex)] == [("Abdul Latif Rashid", "Ebrahim Raisi")]


def test_a_surname_with_a_title_no_holder_had_that_day_stays_as_written(extract):
    ex = extract("President Rashid arrived in Tehran on Saturday.", "2015-04-29")
    assert visits(ex) == [(("Rashid",), "Tehran")]


def test_the_visitor_is_the_titled_person_the_aircraft_carried(extract):
    ex = extract(
        "An aircraft of the national carrier Druk Air carrying Prime Minister Lotay Tshering "
        "landed at Dhaka airport on Tuesday morning. From the airport, the visiting premier "
        "headed to the National Memorial in Savar.",
        "2021-03-23",
    )
    assert visits(ex) == [(("Lotay Tshering",), "Dhaka"), (("Lotay Tshering",), "Savar")]


def test_a_group_known_by_its_initials_holds_a_round_of_talks(extract):
    ex = extract(
        "The Colombian government and the ELN began a new round of peace talks in Havana on Tuesday.",
        "2023-05-10",
    )
    assert meetings(ex) == [(("Colombian delegation", "ELN"), "Havana", "2023-05-09")]


def test_initials_naming_an_office_are_no_side(extract):
    ex = extract("The minister met the CEO in Davos on Tuesday.", "2023-05-10")
    assert meetings(ex) == []


def test_countries_closing_a_long_title_are_one_side_each(extract):
    ex = extract(
        "India and Pakistan agreed to stop firing. The directors general of military operations of "
        "the two countries spoke by phone on Saturday.",
        "2025-05-12",
    )
    calls = [sorted(p.actor.country for p in e.participants) for e in ex.events if e.event_type == "meeting"]
    assert calls == [["India", "Pakistan"]]


def test_a_country_departed_from_was_visited(extract):
    ex = extract(
        "The call took place just as Modi departed from Canada after the G7 summit and headed to Croatia.",
        "2025-06-18",
    )
    assert visits(ex) == [(("Narendra Modi",), "Canada"), (("Narendra Modi",), "Croatia")]


def test_a_partys_general_secretary_is_the_leader_welcomed(extract):
    ex = extract(
        "Xi Jinping, General Secretary of the Communist Party of China (CPC) Central Committee and "
        "President of the People's Republic of China, arrived in Hanoi at noon on Monday. Welcoming "
        "the Chinese leader at the airport were State President Luong Cuong and Tran Cam Tu.",
        "2025-04-14",
    )
    assert visits(ex) == [(("Xi Jinping",), "Hanoi")]
    assert [people for people, _, _ in meetings(ex)] == [("Luong Cuong", "Tran Cam Tu", "Xi Jinping")]


def test_a_send_off_is_not_the_talks_of_the_day_before(extract):
    ex = extract(
        "SEPANG, April 17 — Chinese President Xi Jinping departed Malaysia for Cambodia today.\n\n"
        "The aircraft carrying Xi took off at 10am.\n\nA guard of honour was mounted for Xi.\n\n"
        "Prime Minister Anwar Ibrahim bade farewell to Xi at the airport.\n\nDuring a "
        "bilateral meeting at Seri Perdana Complex yesterday, Anwar and Xi discussed trade.",
        "2025-04-17",
    )
    days = sorted(str(e.event_date) for e in ex.events if e.event_type == "meeting")
    assert days == ["2025-04-16", "2025-04-17"]


def test_the_two_countries_as_subject_are_the_delegations_of_the_pair(extract):
    ex = extract(
        "Iran and the United States held talks in Rome on Saturday. The two countries agreed to "
        "hold negotiations in Oman on April 26.",
        "2025-04-19",
    )
    assert meetings(ex) == [
        (("Iranian delegation", "US delegation"), "Oman", "2025-04-26"),
        (("Iranian delegation", "US delegation"), "Rome", "2025-04-19"),
    ]


def test_talks_between_the_two_countries_as_a_task_are_no_meeting(extract):
    ex = extract(
        "Rwanda and the Democratic Republic of Congo are at odds. Angola's president was asked by "
        "the African Union to mediate talks between the two countries.",
        "2024-12-15",
    )
    assert meetings(ex) == []


def test_a_province_is_named_without_its_kind(extract):
    ex = extract(
        "Bangladesh's chief adviser Muhammad Yunus arrived in the Hainan province on Wednesday to "
        "attend the Boao Forum for Asia.",
        "2025-03-26",
    )
    assert [place.split(",")[0] for _, place in visits(ex)] == ["Hainan"]


def test_a_companion_aboard_the_vehicle_of_the_trip_travels_too(extract):
    ex = extract(
        "North Korean leader Kim Jong Un arrived in Beijing on Tuesday evening, traveling aboard an "
        "armored train with his sister Kim Yo Jong.",
        "2025-09-03",
    )
    assert visits(ex) == [(("Kim Jong Un", "Kim Yo Jong"), "Beijing")]


def test_the_one_accompanied_and_the_companion_both_travel(extract):
    ex = extract("Foreign Minister Than Swe accompanied Min Aung Hlaing to Russia last week.", "2025-03-10")
    assert visits(ex) == [(("Min Aung Hlaing", "Than Swe"), "Russia")]


def test_a_companion_told_in_a_relative_clause_travels_before_the_day_told(extract):
    ex = extract(
        "On Monday, Deng held talks with junta Foreign Minister Than Swe, who had accompanied Min "
        "Aung Hlaing to Russia and Belarus.",
        "2025-03-10",
    )
    trips = sorted(
        (e.location, e.event_date, tuple(sorted(names(e)))) for e in ex.events if e.event_type == "visit"
    )
    assert trips == [
        ("Belarus", None, ("Min Aung Hlaing", "Than Swe")),
        ("Russia", None, ("Min Aung Hlaing", "Than Swe")),
    ]


def test_a_gapped_counterpart_is_met_on_the_day_told_after_it(extract):
    ex = extract(
        "South Korean President Yoon Suk Yeol will meet Australian Prime Minister Anthony Albanese "
        "on Tuesday and Dutch Prime Minister Mark Rutte on Wednesday.",
        "2022-06-27",
    )
    assert [(people, day) for people, _, day in meetings(ex)] == [
        (("Anthony Albanese", "Yoon Suk Yeol"), "2022-06-28"),
        (("Mark Rutte", "Yoon Suk Yeol"), "2022-06-29"),
    ]


def test_calls_told_with_a_day_each_keep_their_own_day(extract):
    ex = extract(
        "Prime Minister Anthony Albanese spoke with Russian President Vladimir Putin on Thursday "
        "and Japanese Prime Minister Fumio Kishida on Friday.",
        "2024-11-16",
    )
    assert [(people, day) for people, _, day in meetings(ex)] == [
        (("Anthony Albanese", "Fumio Kishida"), "2024-11-15"),
        (("Anthony Albanese", "Vladimir Putin"), "2024-11-14"),
    ]
