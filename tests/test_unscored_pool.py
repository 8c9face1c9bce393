"""Rules found on real pages outside every scored set (`ingest/actors`, `ingest/events`), each on
sentences written for these tests."""

import datetime as dt

from ingest.records import Actor, Event, Participant
from tests.test_events import events_of, names


def actor_names(extraction):
    return sorted(a.canonical_name for a in extraction.actors if a.kind == "person")


def test_a_family_name_led_by_a_particle_is_the_full_name_it_ends(extract):
    ex = extract(
        "Egyptian President Abdel Fattah El-Sisi received Qatari Prime Minister Sheikh Mohammed bin "
        "Abdulrahman Al Thani in Cairo on Monday. During the talks, El-Sisi and Al Thani called "
        "for more aid to reach Gaza."
    )
    assert actor_names(ex) == ["Abdel Fattah El-Sisi", "Mohammed bin Abdulrahman Al Thani"]


def test_an_infinitive_in_a_headline_is_no_part_of_the_name_after_it(extract):
    ex = extract(
        "Erdogan Repeats Offer to Host Putin and Zelenskyy for Talks\n\n"
        "Turkish President Recep Tayyip Erdogan held a phone call with his Russian counterpart on "
        "Thursday. During the call, Erdogan told Putin that a meeting of leaders could settle the issues."
    )
    assert "Host Putin" not in actor_names(ex)
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_a_counterpart_holds_the_office_of_the_person_whose_counterpart_he_is(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan held a phone call with his Russian counterpart on "
        "Thursday. Erdogan told Putin that a leaders' meeting could settle the issues. Turkish "
        "Foreign Minister Mevlut Cavusoglu was in Moscow on Wednesday, where he met his Russian "
        "counterpart Sergey Lavrov.",
        published="2022-03-17",
    )
    pairs = {(tuple(names(m)), m.event_date.isoformat()) for m in events_of(ex, "meeting")}
    assert (("Recep Tayyip Erdogan", "Vladimir Putin"), "2022-03-17") in pairs
    assert (("Recep Tayyip Erdogan", "Sergey Lavrov"), "2022-03-17") not in pairs
    [lavrov] = [a for a in ex.actors if a.canonical_name == "Sergey Lavrov"]
    assert lavrov.role == "Foreign Minister"


def test_a_bare_surname_of_a_known_leader_is_that_leader_but_not_a_relative_s_surname(extract):
    ex = extract("Putin told reporters on Friday that he was ready to meet Trump in Budapest.")
    putin = next(a for a in ex.actors if a.canonical_name == "Vladimir Putin")
    assert putin.country == "Russia"
    ex = extract("Melania Trump visited a school in Paris on Friday. Trump thanked the teachers there.")
    assert actor_names(ex) == ["Melania Trump"]


def test_their_meeting_with_no_pair_told_before_is_the_two_people_of_its_sentence(extract):
    ex = extract(
        "Brazilian President Luiz Inacio Lula da Silva said on Wednesday that he and Donald Trump "
        "had much to discuss. After their brief meeting in New York on Tuesday, Trump invited Lula "
        "to talks the following week.",
        published="2025-09-25",
    )
    met = [m for m in events_of(ex, "meeting") if m.status == "occurred"]
    assert [(names(m), m.event_date.isoformat(), m.location) for m in met] == [
        (["Donald Trump", "Luiz Inacio Lula da Silva"], "2025-09-23", "New York")
    ]


def test_no_visit_to_ones_own_capital(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi and US President Joe Biden held a private dinner on "
        "Wednesday night, after his arrival at the White House.",
        published="2023-06-22",
    )
    assert [v for v in events_of(ex, "visit") if "Joe Biden" in names(v)] == []


def test_the_owner_of_a_title_is_neither_part_of_its_holders_name_nor_a_party(extract):
    ex = extract(
        "The meeting between Russian President Vladimir Putin and U.S. President Donald Trump's "
        "Special Envoy Steve Witkoff on Friday was very productive, an aide said."
    )
    assert "Donald Trump's Special" not in actor_names(ex)
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Steve Witkoff", "Vladimir Putin"]


def test_a_style_of_descent_is_no_given_name(extract):
    ex = extract("Iran's Foreign Minister Seyyed Abbas Araghchi arrived in Muscat on Saturday.")
    [visit] = events_of(ex, "visit")
    assert names(visit) == ["Abbas Araghchi"]


def test_a_name_after_a_long_title_that_the_parser_made_a_second_subject(extract):
    ex = extract(
        "US Special Envoy Steve Witkoff held a meeting in Washington with the head of the Russian "
        "Direct Investment Fund (RDIF), Kirill Dmitriev, who visited the American capital, reports "
        "Reuters."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Kirill Dmitriev", "Steve Witkoff"]


def test_the_members_of_one_side_named_by_a_side_phrase_do_not_join_the_other_sides_trip(extract):
    ex = extract(
        "Kirill Dmitriev, the head of Russia's sovereign wealth fund, visited Washington on "
        "Wednesday. He had been part of the Russian delegation in Riyadh in February. On the US "
        "side, the delegation included National Security Advisor Mike Waltz and Secretary of State "
        "Marco Rubio."
    )
    trips = [v for v in events_of(ex, "visit") if v.location == "Washington"]
    assert [names(v) for v in trips] == [["Kirill Dmitriev"]]


def test_the_four_leaders_are_the_four_people_just_named_and_they_follows(extract):
    ex = extract(
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv by train on Saturday "
        "morning, while Donald Tusk travelled separately. The four leaders met in Rzeszow on "
        "Friday night. On Saturday, they will meet President Volodymyr Zelensky.",
        published="2025-05-10",
    )
    leaders = ["Donald Tusk", "Emmanuel Macron", "Friedrich Merz", "Keir Starmer"]
    meetings = {(m.status, tuple(names(m))) for m in events_of(ex, "meeting")}
    assert ("occurred", tuple(leaders)) in meetings
    assert ("planned", tuple(sorted([*leaders, "Volodymyr Zelensky"]))) in meetings


def test_the_four_leaders_after_five_people_are_nobody(extract):
    ex = extract(
        "Keir Starmer, Emmanuel Macron, Donald Tusk, Giorgia Meloni and Friedrich Merz spoke on "
        "Friday. The four leaders met in Rome."
    )
    assert all(len(names(m)) != 4 for m in events_of(ex, "meeting"))


def test_an_arrival_at_a_citys_station_is_a_visit_to_that_city(extract):
    ex = extract(
        '"An important day," Polish Prime Minister Donald Tusk wrote on X after he arrived on the '
        "platform at Kyiv's central railway station."
    )
    assert [(names(v), v.location) for v in events_of(ex, "visit")] == [(["Donald Tusk"], "Kyiv")]


def test_after_meeting_inside_an_opening_phrase_takes_the_main_clauses_subject(extract):
    ex = extract(
        "In a press conference after meeting with Russian Foreign Minister Sergey Lavrov, Turkish "
        "Foreign Minister Mevlut Cavusoglu said there was no winner in war."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Mevlut Cavusoglu", "Sergey Lavrov"]


def test_an_arrival_with_no_place_is_at_the_summit_told_not_at_the_agencys_dateline(extract):
    ex = extract(
        "ERBIL (Kurdistan24) - U.S. President Donald Trump and Russian President Vladimir Putin "
        "ended their summit in Alaska on Friday. Both leaders arrived on their presidential planes.",
        published="2025-08-16",
    )
    places = {v.location for v in events_of(ex, "visit")}
    assert "Erbil" not in places
    assert "Alaska" in places


def test_without_reaching_a_truce_is_no_truce_and_ending_a_summit_ends_no_truce(extract):
    ex = extract(
        "Donald Trump and Vladimir Putin concluded their summit in Alaska on Friday without reaching "
        "a ceasefire agreement on Ukraine."
    )
    assert [c.milestone for c in events_of(ex, "ceasefire")] == []
    assert [v.location for v in events_of(ex, "visit")] != ["Ukraine"]


def test_an_undated_meeting_of_two_countries_leaders_is_the_named_leaders_meeting():
    from ingest.events.combine import drop_group_echoes

    trump = Actor("Donald Trump", "person", country="United States")
    putin = Actor("Vladimir Putin", "person", country="Russia")
    summit = meeting([trump, putin], "day", "Alaska")
    groups = meeting([Actor("U.S. leaders", "group"), Actor("Russian leaders", "group")], "article", "Alaska")
    elsewhere = meeting(
        [Actor("Russian delegation", "org"), Actor("US delegation", "org")], "article", "Riyadh"
    )
    assert drop_group_echoes([groups, summit, elsewhere]) == [summit, elsewhere]


def meeting(actors, precision, place):
    return Event(
        "meeting",
        [Participant(a) for a in actors],
        "evidence",
        0,
        8,
        "met",
        "040",
        event_date=dt.date(2025, 8, 15),
        date_precision=precision,
        location=place,
        mode="in_person",
    )


def test_a_meeting_on_the_sidelines_of_a_forum_abroad_is_each_guests_visit_there(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan spoke during a meeting with Russian President "
        "Vladimir Putin held on the sidelines of an international forum in Ashgabat, the capital of "
        "Turkmenistan."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.location == "Ashgabat"
    visits = sorted((names(v)[0], v.location) for v in events_of(ex, "visit"))
    assert visits == [("Recep Tayyip Erdogan", "Ashgabat"), ("Vladimir Putin", "Ashgabat")]


def test_visiting_a_person_is_no_visit_to_a_place(extract):
    ex = extract(
        "Bangladeshi Prime Minister Sheikh Hasina arrived in New Delhi on Thursday. Earlier, "
        "External Affairs Minister S Jaishankar had visited Hasina."
    )
    assert sorted(v.location for v in events_of(ex, "visit")) == ["New Delhi"]


def test_a_truce_that_has_collapsed_is_told_as_done_in_a_clause_about_plans(extract):
    ex = extract(
        "Netanyahu and Trump are set to discuss Gaza, where a short-lived truce has collapsed, on Monday."
    )
    [collapse] = [c for c in events_of(ex, "ceasefire") if c.milestone == "collapsed"]
    assert collapse.status == "occurred"


def test_beginning_with_a_truce_and_a_listed_aim_to_reach_one_state_no_milestone(extract):
    ex = extract(
        "Anwar urged both parties to halt frontline offensives, beginning with an immediate truce. "
        "The two leaders discussed Egypt's efforts to achieve calm in Gaza, reach a ceasefire, and "
        "free the captives."
    )
    assert {c.milestone for c in events_of(ex, "ceasefire")} <= {"proposed"}


def test_a_phase_named_right_after_the_truce_is_the_phase_of_the_talks(extract):
    ex = extract(
        "US envoy Steve Witkoff and Jared Kushner arrived in Israel for talks with Netanyahu on Gaza's "
        "ceasefire phase two, Rafah crossing, and reconstruction plans."
    )
    [talks] = [c for c in events_of(ex, "ceasefire") if c.milestone == "talks"]
    assert talks.phase == 2


def test_a_meeting_chaired_by_one_and_attended_by_another_has_both(extract):
    ex = extract(
        "The meeting in Vientiane was chaired by Lao Foreign Minister Saleumxay Kommasith, which was "
        "attended by ASEAN Secretary-General Kao Kim Hourn."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Kao Kim Hourn", "Saleumxay Kommasith"]


def test_a_delegation_a_country_says_it_will_send_is_that_countrys_and_its_leader_travels(extract):
    ex = extract(
        "Kenya said on Friday that it will send a delegation to Addis Ababa to consult with Ethiopian "
        "officials next week. Foreign Minister Musalia Mudavadi will lead the delegation.",
        published="2025-03-07",
    )
    [visit] = events_of(ex, "visit")
    assert (names(visit), visit.status) == (["Kenyan delegation", "Musalia Mudavadi"], "planned")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Ethiopian officials", "Kenyan delegation", "Musalia Mudavadi"]


def test_names_the_parser_hangs_on_a_datelines_city_are_the_subject(extract):
    ex = extract(
        "SEOUL – South Korean President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba "
        "issued their first joint statement in years on Saturday.\n"
        "During their two-hour summit in Tokyo, the leaders agreed to revive shuttle diplomacy.",
        published="2025-08-23",
    )
    [meeting] = events_of(ex, "meeting")
    assert (names(meeting), meeting.location) == (["Lee Jae Myung", "Shigeru Ishiba"], "Tokyo")
