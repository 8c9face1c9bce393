"""Rules found while reading the misses of pools 17a-26c in the round that annotated pool 27:
travellers referred to as 'they' or 'the leaders' in the next sentence, another name of a country,
'his intention to visit', a respelled surname the model took for a place, talks that 'involved'
people, people put at a meeting told before ('In attendance were', 'accompanied B to the meeting',
'A's team included'), every side of a group noun asked twice, 'the possibility of a summit', a
welcome received from a host, and discussions with people of several countries. Each is tested on
sentences written for these tests, with the near misses each rule must leave alone. Pools 27a-27c
were only measured."""

from tests.test_events import events_of
from tests.test_unscored_pool26 import assert_none, meetings_of


def visits_of(ex) -> list[tuple[str, list[str], str]]:
    return sorted(
        (e.location, sorted(p.actor.canonical_name for p in e.participants), e.status)
        for e in events_of(ex, "visit")
    )


def test_the_leaders_after_an_arrival_are_the_travellers_of_that_sentence(extract):
    ex = extract(
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv by overnight train on "
        "Saturday. The leaders met with President Volodymyr Zelensky at his office.",
        published="2025-05-10",
    )
    assert meetings_of(ex) == [["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelensky"]]


def test_they_after_an_arrival_of_two_are_the_two_travellers(extract):
    ex = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday morning. They met with "
        "President Volodymyr Zelensky for three hours.",
        published="2025-05-10",
    )
    assert meetings_of(ex) == [["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"]]


def test_the_travellers_come_before_a_pair_told_earlier(extract):
    ex = extract(
        "President Volodymyr Zelensky spoke to President Donald Trump by phone on Friday. "
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv on Saturday. "
        "The leaders met with President Volodymyr Zelensky in the afternoon.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer", "Volodymyr Zelensky"] in meetings_of(ex)
    assert ["Donald Trump", "Volodymyr Zelensky"] in meetings_of(ex)


def test_they_further_on_or_after_a_lone_traveller_are_no_travellers(extract):
    lone = extract(
        "Keir Starmer arrived in Kyiv on Saturday. They met with President Volodymyr Zelensky.",
        published="2025-05-10",
    )
    assert ["Keir Starmer", "Volodymyr Zelensky"] not in meetings_of(lone)
    later = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday. The city was quiet after a "
        "night of air raid alerts. They met with President Volodymyr Zelensky.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"] not in meetings_of(later)


def test_they_at_another_place_than_the_arrival_are_no_travellers(extract):
    ex = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday. In Moscow, they met with "
        "President Vladimir Putin.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Keir Starmer", "Vladimir Putin"] not in meetings_of(ex)


def test_britain_in_the_leaders_of_a_list_of_countries_is_the_united_kingdom(extract):
    ex = extract(
        "Keir Starmer, Emmanuel Macron and Friedrich Merz arrived in Kyiv on Saturday, while "
        "Donald Tusk came on a later train. The leaders of Britain, France, Germany and Poland "
        "travelled to Kyiv to show support.",
        published="2025-05-10",
    )
    travellers = {p.actor.canonical_name for e in events_of(ex, "visit") for p in e.participants}
    assert travellers == {"Keir Starmer", "Emmanuel Macron", "Friedrich Merz", "Donald Tusk"}


def test_his_intention_to_visit_places_is_a_planned_visit_to_each(extract):
    ex = extract(
        "Syrian Foreign Minister Asaad al-Shaibani announced on Friday his intention to visit "
        "Qatar, the United Arab Emirates and Jordan.",
        published="2025-01-05",
    )
    assert visits_of(ex) == [
        (place, ["Asaad al-Shaibani"], "planned") for place in ("Jordan", "Qatar", "United Arab Emirates")
    ]


def test_an_invitation_or_a_decision_to_visit_is_no_intention(extract):
    assert_none(
        extract,
        "visit",
        "2025-01-05",
        "Syrian Foreign Minister Asaad al-Shaibani accepted his invitation to visit Amman.",
        "Critics of Prime Minister Viktor Orban attacked his decision to visit Moscow.",
    )


def test_a_respelled_surname_the_model_took_for_a_place_is_the_person(extract):
    ex = extract(
        "On Saturday, Qatari Minister of State Mohammed Al Khraifi spoke by phone with Syrian "
        "Foreign Minister Asaad al-Shaibani. Khuraifi visited Damascus on December 23 and met "
        "with the leader of Syria's new government, Ahmed al-Sharaa.",
        published="2025-01-05",
    )
    assert ["Ahmed al-Sharaa", "Mohammed Al Khraifi"] in meetings_of(ex)
    assert ("Damascus", ["Mohammed Al Khraifi"], "occurred") in visits_of(ex)


def test_a_country_as_a_subject_stays_a_country(extract):
    ex = extract(
        "Jordanian Foreign Minister Ayman Safadi met Syrian Foreign Minister Asaad al-Shaibani "
        "in Amman on Tuesday. Jordan hosted a regional meeting on Syria in January.",
        published="2025-01-07",
    )
    people = {a.canonical_name for a in ex.actors if a.kind == "person"}
    assert "Jordan" not in people


def test_came_to_a_city_the_model_tagged_as_a_person_is_a_visit_there(extract):
    ex = extract(
        "Li Hui came to Kyiv on Tuesday, where he met with President Volodymyr Zelensky.",
        published="2023-05-17",
    )
    assert ("Kyiv", ["Li Hui"], "occurred") in visits_of(ex)
    assert [e.location for e in events_of(ex, "meeting")] == ["Kyiv"]


def test_talks_that_involved_people_are_a_meeting_of_them(extract):
    involved = extract(
        "The talks in Miami on Sunday involved Steve Witkoff, Marco Rubio and Rustem Umerov.",
        published="2025-12-02",
    )
    assert meetings_of(involved) == [["Marco Rubio", "Rustem Umerov", "Steve Witkoff"]]
    involving = extract(
        "Talks involving Steve Witkoff and Rustem Umerov took place in Miami on Sunday.",
        published="2025-12-02",
    )
    assert meetings_of(involving) == [["Rustem Umerov", "Steve Witkoff"]]


def test_an_agenda_that_included_topics_is_no_meeting(extract):
    assert_none(
        extract,
        "meeting",
        "2025-12-02",
        "The agenda of the talks included Ukraine and energy.",
        "The plan included a meeting with Putin.",
    )


def test_the_leaders_of_several_countries_meeting_one_person_are_one_table(extract):
    ex = extract(
        "The leaders from Senegal, Egypt and Zambia were meeting President Vladimir Putin at the "
        "palace on Saturday.",
        published="2023-06-17",
    )
    meetings = events_of(ex, "meeting")
    assert len(meetings) == 1
    assert len(meetings[0].participants) == 4


def test_a_counted_group_from_several_places_is_one_group(extract):
    ex = extract("A dozen leaders from Europe and Canada visited Kyiv on Monday.", published="2025-02-24")
    visitors = [p.actor.canonical_name for e in events_of(ex, "visit") for p in e.participants]
    assert len(visitors) == 1


def test_in_attendance_were_names_the_people_at_the_talks_told_before(extract):
    ex = extract(
        "The first round of talks between Iran and the United States took place on Saturday in "
        "Muscat.\nIn attendance were Iranian Foreign Minister Abbas Araghchi and US envoy Steve "
        "Witkoff.",
        published="2025-04-12",
    )
    people = {p.actor.canonical_name for e in events_of(ex, "meeting") for p in e.participants}
    assert {"Abbas Araghchi", "Steve Witkoff"} <= people


def test_a_persons_team_included_people_who_join_that_persons_meeting(extract):
    ex = extract(
        "Abbas Araghchi met Steve Witkoff in Muscat on Saturday. Araghchi's team included Deputy "
        "Foreign Minister Majid Takht-Ravanchi.",
        published="2025-04-12",
    )
    assert meetings_of(ex) == [["Abbas Araghchi", "Majid Takht-Ravanchi", "Steve Witkoff"]]


def test_a_persons_football_team_is_no_side(extract):
    ex = extract(
        "Abbas Araghchi met Steve Witkoff in Muscat on Saturday. Witkoff's football team included "
        "Lionel Messi.",
        published="2025-04-12",
    )
    assert meetings_of(ex) == [["Abbas Araghchi", "Steve Witkoff"]]


def test_accompanied_to_the_meeting_puts_both_at_it(extract):
    ex = extract(
        "The talks between Iran and the United States took place on Saturday in Muscat.\nThe US "
        "Ambassador to Oman, Ana Escrogima, accompanied Special Envoy Steve Witkoff to the meeting.",
        published="2025-04-12",
    )
    people = {p.actor.canonical_name for e in events_of(ex, "meeting") for p in e.participants}
    assert {"Ana Escrogima", "Steve Witkoff"} <= people


def test_accompanied_to_the_airport_or_to_other_talks_is_no_attendance(extract):
    for text in (
        "Abbas Araghchi met Steve Witkoff in Muscat on Saturday. Ana Escrogima accompanied Witkoff "
        "to the airport.",
        "Abbas Araghchi met Steve Witkoff in Muscat on Saturday. Ana Escrogima had accompanied "
        "Witkoff to the talks in Rome last month.",
    ):
        assert meetings_of(extract(text, published="2025-04-12")) == [["Abbas Araghchi", "Steve Witkoff"]]


def test_the_possibility_of_a_summit_is_no_meeting(extract):
    ex = extract(
        "Zelensky met Erdogan in Ankara on Friday. They also discussed the possibility of "
        "organizing a four-way summit involving the leaders of Ukraine, Russia, Turkey and the "
        "United States.",
        published="2025-05-20",
    )
    assert meetings_of(ex) == [["Recep Tayyip Erdoğan", "Volodymyr Zelensky"]]
    assert_none(extract, "meeting", "2025-05-20", "The prospect of talks between Putin and Zelensky faded.")


def test_received_an_official_welcome_from_a_host_is_a_meeting_with_the_host(extract):
    ex = extract(
        "Iraqi Foreign Minister Fuad Hussein received an official welcome from Iranian Foreign "
        "Minister Hossein Amir Abdollahian at the ministry in Tehran on Sunday.",
        published="2024-02-04",
    )
    assert meetings_of(ex) == [["Fuad Hussein", "Hossein Amir Abdollahian"]]
    assert_none(
        extract,
        "meeting",
        "2024-02-04",
        "President Emmanuel Macron received a warm welcome from the crowd in Delhi.",
        "The film received a warm welcome from critics in Cannes.",
    )


def test_discussions_with_ministers_of_different_countries_are_one_meeting_each(extract):
    ex = extract(
        "Foreign Minister Subrahmanyam Jaishankar held discussions with Ethiopian Foreign Minister "
        "Gedion Timotheos, Brazilian Foreign Minister Mauro Vieira and Singapore Foreign Minister "
        "Vivian Balakrishnan on Friday.",
        published="2025-02-21",
    )
    assert len(events_of(ex, "meeting")) == 3
    one_country = extract(
        "Foreign Minister Subrahmanyam Jaishankar held discussions with President Lula and Foreign "
        "Minister Mauro Vieira on Friday.",
        published="2025-02-21",
    )
    assert len(events_of(one_country, "meeting")) == 1


def test_speaking_in_a_foreign_place_is_being_there(extract):
    for text, place in (
        ("President Volodymyr Zelensky said in Paris on Monday that talks were needed.", "Paris"),
        ("US envoy Massad Boulos told reporters in Cairo on Monday that a deal was near.", "Cairo"),
        (
            "Speaking at a news conference in Helsinki on Monday, Ukrainian President Volodymyr "
            "Zelensky said Russia had launched 150 drones.",
            "Helsinki",
        ),
    ):
        assert [
            (v.location, v.status) for v in events_of(extract(text, published="2025-04-29"), "visit")
        ] == [(place, "occurred")], text


def test_speaking_at_home_or_in_an_interview_or_ahead_is_no_visit(extract):
    assert_none(
        extract,
        "visit",
        "2025-04-29",
        "President Donald Trump said in Washington on Monday that talks were needed.",
        "President Volodymyr Zelensky said in an interview on Monday that talks were needed.",
        "President Volodymyr Zelensky will speak in Paris next week.",
        "President Volodymyr Zelensky did not say in Paris whether talks were needed.",
    )


def test_attending_commemorative_events_abroad_is_a_visit(extract):
    ex = extract(
        "President Joe Biden attended the commemorative events in Paris on Thursday.", published="2024-06-07"
    )
    assert [(v.location, v.status) for v in events_of(ex, "visit")] == [("Paris", "occurred")]


def test_leaving_a_foreign_place_for_another_is_a_visit_to_both(extract):
    ex = extract(
        "UN envoy Hans Grundberg met Houthi officials before leaving Muscat for Sanaa on Tuesday.",
        published="2025-04-26",
    )
    assert {v.location for v in events_of(ex, "visit")} == {"Muscat", "Sanaa"}
    home = extract("President Joe Biden left Washington for Tokyo on Monday.", published="2025-04-26")
    assert [v.location for v in events_of(home, "visit")] == ["Tokyo"]


def test_a_meeting_abroad_during_the_owners_trip_is_the_owners_visit_there(extract):
    for text in (
        "Syrian President Ahmed al-Sharaa met Crown Prince Mohammed bin Salman in Riyadh on Sunday "
        "during his first foreign trip.",
        "On his first foreign trip as president, Syrian President Ahmed al-Sharaa met Crown Prince "
        "Mohammed bin Salman in Riyadh on Sunday.",
    ):
        visits = events_of(extract(text, published="2025-02-03"), "visit")
        assert [(v.location, [p.actor.canonical_name for p in v.participants]) for v in visits] == [
            ("Riyadh", ["Ahmed al-Sharaa"])
        ], text


def test_a_trip_with_a_place_of_its_own_lends_the_meeting_place_nothing(extract):
    ex = extract(
        "Syrian President Ahmed al-Sharaa met Emirati President Mohamed bin Zayed in Riyadh on Sunday, "
        "during his trip to Jeddah.",
        published="2025-02-03",
    )
    assert "Riyadh" not in {v.location for v in events_of(ex, "visit")}


# Guards from the review of this round's rules (each a misfire the first version made).


def test_they_after_another_subject_or_with_no_counterpart_are_no_travellers(extract):
    arrival = "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday"
    for text in (
        arrival + ". Protesters gathered outside the parliament, and they met with police officials.",
        arrival + ". Zelensky's aides said the leaders met the president for three hours.",
        arrival + ", a day after Russian and Ukrainian negotiators had held talks in Istanbul. They met "
        "again on Monday.",
    ):
        travellers = {"Emmanuel Macron", "Keir Starmer"}
        assert not any(travellers <= set(m) for m in meetings_of(extract(text, published="2025-05-10"))), text


def test_they_meeting_at_a_palace_of_the_visited_city_are_the_travellers(extract):
    ex = extract(
        "Keir Starmer and Emmanuel Macron arrived in Kyiv on Saturday. They met President Volodymyr "
        "Zelensky at the Mariinsky Palace.",
        published="2025-05-10",
    )
    assert ["Emmanuel Macron", "Keir Starmer", "Volodymyr Zelensky"] in meetings_of(ex)


def test_a_counted_group_from_several_countries_is_one_group_per_country(extract):
    ex = extract(
        "Four leaders from Egypt, Senegal, Zambia and South Africa met President Vladimir Putin in "
        "St Petersburg on Saturday.",
        published="2023-06-17",
    )
    [meeting] = events_of(ex, "meeting")
    assert len(meeting.participants) == 5


def test_trilateral_discussions_are_one_table(extract):
    ex = extract(
        "Secretary of State Marco Rubio held trilateral discussions with Japanese Foreign Minister "
        "Takeshi Iwaya and South Korean Foreign Minister Cho Tae-yul on Friday.",
        published="2025-02-15",
    )
    assert meetings_of(ex) == [["Cho Tae-yul", "Marco Rubio", "Takeshi Iwaya"]]


def test_the_talks_involved_someone_puts_them_at_talks_with_the_people_told_before(extract):
    ex = extract(
        "Abbas Araghchi met Steve Witkoff in Muscat on Saturday. The talks involved Omani Foreign "
        "Minister Badr Albusaidi and Abbas Araghchi.",
        published="2025-04-13",
    )
    assert ["Abbas Araghchi", "Steve Witkoff"] in meetings_of(ex)
    assert any({"Abbas Araghchi", "Badr Albusaidi"} <= set(m) for m in meetings_of(ex))


def test_talks_that_remain_unlikely_are_none_and_a_known_summit_stays(extract):
    assert_none(
        extract,
        "meeting",
        "2025-05-10",
        "Talks involving Putin and Zelensky remain unlikely this year, the Kremlin said.",
    )
    ex = extract(
        "The idea of the Alaska summit between Donald Trump and Vladimir Putin came from Steve Witkoff.",
        published="2025-08-20",
    )
    assert meetings_of(ex) == [["Donald Trump", "Vladimir Putin"]]


def test_a_scrapped_or_shelved_plan_to_visit_is_cancelled(extract):
    for text in (
        "Prime Minister Viktor Orban scrapped his plans to visit Moscow.",
        "Prime Minister Viktor Orban said his plan to visit Kyiv had been shelved.",
    ):
        statuses = [v.status for v in events_of(extract(text, published="2025-05-10"), "visit")]
        assert statuses == ["cancelled"], text


def test_attendance_at_another_occasion_or_another_kind_of_team_joins_no_meeting(extract):
    for text in (
        "Narendra Modi met Shigeru Ishiba in Tokyo on Friday. In attendance at the Saturday concert "
        "were Sibi George and Masayoshi Son.",
        "Volodymyr Zelensky met Donald Trump at the White House on Friday. Trump's legal team "
        "included Rudy Giuliani during his first impeachment.",
    ):
        people = {p.actor.canonical_name for e in events_of(extract(text), "meeting") for p in e.participants}
        assert not people & {"Sibi George", "Masayoshi Son", "Rudy Giuliani"}, text


def test_a_people_or_a_group_near_a_surname_is_not_the_person(extract):
    for text, person in (
        (
            "Houthi leader Abdul-Malik al-Houthi spoke on TV. Houthis met Omani mediators in Muscat.",
            "Abdul-Malik al-Houthi",
        ),
        (
            "Egyptian activist Alaa Abdel Fattah was freed. Fatah met Hamas officials in Cairo.",
            "Alaa Abdel Fattah",
        ),
    ):
        people = {p.actor.canonical_name for e in events_of(extract(text), "meeting") for p in e.participants}
        assert person not in people, text


def test_a_call_the_clause_is_told_in_is_a_call_with_whom_it_addresses(extract):
    for text, pair in (
        (
            "During a call to his Indian counterpart Subrahmanyam Jaishankar, Pakistani Foreign "
            "Minister Ishaq Dar raised the issue of water sharing.",
            ["Ishaq Dar", "Subrahmanyam Jaishankar"],
        ),
        (
            "During a phone call on Monday, President Joe Biden congratulated President Cyril Ramaphosa.",
            ["Cyril Ramaphosa", "Joe Biden"],
        ),
    ):
        ex = extract(text, published="2025-05-12")
        assert meetings_of(ex) == [pair], text
        assert {e.mode for e in events_of(ex, "meeting")} == {"call"}


def test_a_call_with_reporters_or_about_a_decision_is_no_call_with_anyone(extract):
    assert_none(
        extract,
        "meeting",
        "2025-05-12",
        "During a call with reporters, President Joe Biden praised the decision.",
        "In a call on Monday, President Joe Biden criticised the decision.",
    )


def test_a_news_agency_named_as_such_is_never_a_visitor(extract):
    ex = extract(
        "Iraqi Foreign Minister Fuad Hussein arrived in Tehran on Wednesday. According to the Mehr "
        "News Agency, Hussein, who is visiting Tehran for talks, was welcomed at the ministry.",
        published="2023-09-13",
    )
    visitors = {p.actor.canonical_name for e in events_of(ex, "visit") for p in e.participants}
    assert visitors == {"Fuad Hussein"}


def test_countries_holding_meetings_of_a_body_or_their_own_are_no_delegations_meeting(extract):
    for text in (
        "India and Pakistan both held meetings of their top security officials on Wednesday.",
        "China and Russia held a meeting of SCO defence ministers in Qingdao on Friday.",
        "Hungary and Slovakia held up a meeting of EU foreign ministers on Monday.",
    ):
        delegations = [
            p.actor.canonical_name
            for e in events_of(extract(text, published="2025-05-10"), "meeting")
            for p in e.participants
            if p.actor.canonical_name.endswith("delegation")
        ]
        assert delegations == [], text


def test_an_ambassador_or_a_video_link_speaker_is_not_visiting(extract):
    assert_none(
        extract,
        "visit",
        "2025-05-10",
        "US Ambassador to Israel Mike Huckabee said in Jerusalem on Monday that talks were needed.",
        "Ukrainian President Volodymyr Zelensky, speaking via video link at a conference in Munich, "
        "said Russia was stalling.",
    )


def test_leaving_a_place_in_a_life_story_is_no_visit_there(extract):
    ex = extract(
        "Ahmed al-Sharaa, who left Iraq for Syria in 2011, met Erdogan in Ankara.", published="2025-05-10"
    )
    assert "Iraq" not in {v.location for v in events_of(ex, "visit")}


def test_a_visit_told_by_a_past_year_is_another_trip_than_this_one(extract):
    for text, place in (
        (
            "President Nicolas Maduro arrived in Brasilia on Monday. Maduro last visited Brazil in 2015.",
            "Brazil",
        ),
        (
            "Prime Minister Shigeru Ishiba arrived in Manila on Tuesday. Ishiba recalled visiting the "
            "Philippines 25 years ago as a young lawmaker.",
            "Philippines",
        ),
    ):
        visits = events_of(extract(text, published="2025-04-29"), "visit")
        assert (place, None, "year") in {(v.location, v.event_date, v.date_precision) for v in visits}, text
        assert len(visits) == 2, text


def test_a_visit_this_year_is_still_the_same_trip(extract):
    ex = extract(
        "Prime Minister Shigeru Ishiba arrived in Manila on Tuesday. Ishiba visited the Philippines "
        "this year as well.",
        published="2025-04-29",
    )
    assert len(events_of(ex, "visit")) == 1
