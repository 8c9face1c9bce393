"""Rules found on the misses of pool 34 and on unannotated real pages read for sentences that
state a visit or a meeting the extractor missed: a capital the model tags as an organisation, a
headline verb the model takes into a name, a handshake of two named people, a send-off, a
welcoming party, a founding's date, a parliament briefed, a meeting weighed and a misspelt title.
Each is tested on sentences written for these tests. Pool 33 was only measured."""

from tests.test_events import events_of
from tests.test_unscored_pool26 import assert_none, meetings_of
from tests.test_unscored_pool27 import visits_of


def test_a_capital_tagged_as_an_organisation_is_no_side_of_the_meeting(extract):
    ex = extract(
        "Sheikh Tahnoun bin Zayed, Ruler's Representative of Abu Dhabi and National Security "
        "Adviser, welcomed Ugandan President Yoweri Museveni to Abu Dhabi on a state visit on Monday.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Tahnoun bin Zayed Al Nahyan", "Yoweri Museveni"]]
    assert ("Abu Dhabi", ["Yoweri Museveni"], "occurred") in visits_of(ex)


def test_a_headline_verb_the_model_took_into_a_name_hides_no_visit(extract):
    ex = extract(
        "Uganda: Kenya's President Visits Uganda Today\n\nNairobi — Kenya's President William Ruto "
        "is expected in Uganda today on a one-day state visit.",
        published="2025-06-02",
    )
    assert visits_of(ex) == [("Uganda", ["William Ruto"], "planned")]
    assert not any(a.canonical_name.startswith("Visits") for a in ex.actors)


def test_expected_in_a_country_on_a_visit_is_one_planned_visit(extract):
    ex = extract(
        "President William Ruto is expected in Uganda today on a one-day state visit.", published="2025-06-02"
    )
    assert visits_of(ex) == [("Uganda", ["William Ruto"], "planned")]


def test_two_people_shaking_hands_met(extract):
    ex = extract(
        "Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping shook hands "
        "in Beijing on Tuesday.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Luiz Inacio Lula da Silva", "Xi Jinping"]]


def test_shaking_hands_with_no_one_named_is_no_meeting(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-02",
        "President Joe Biden shook hands with the crowd.",
        "The two leaders shook hands.",
    )


def test_a_send_off_at_the_airport_is_a_meeting(extract):
    ex = extract(
        "Kerala Governor Arif Mohammad Khan gave a warm send-off to Sri Lankan President Anura Kumara "
        "Dissanayake at the airport on Sunday.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Anura Kumara Dissanayake", "Arif Mohammad Khan"]]


def test_the_welcoming_party_joins_the_welcome(extract):
    ex = extract(
        "President Emmanuel Macron arrived in Rabat on Monday and was welcomed by King Mohammed VI. "
        "Prime Minister Aziz Akhannouch and Foreign Minister Nasser Bourita were also among the "
        "welcoming party.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Aziz Akhannouch", "Emmanuel Macron", "Mohammed VI", "Nasser Bourita"]]


def test_the_date_a_mechanism_was_established_does_not_date_the_meeting(extract):
    ex = extract(
        "Under the strategic dialogue mechanism established in March 2019, Foreign Secretary Vikram "
        "Misri held a meeting with his Nepali counterpart Amrit Bahadur Rai.",
        published="2025-06-02",
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.event_date is None or meeting.event_date.year == 2025


def test_a_date_since_an_inauguration_dates_no_visit(extract):
    ex = extract(
        "President John Mahama is expected in Togo on Thursday. It will be the third visit of the "
        "Ghanaian leader to Togo since his inauguration in January.",
        published="2025-06-02",
    )
    dates = {str(e.event_date) for e in events_of(ex, "visit")}
    assert dates == {"2025-06-05"}


def test_a_parliament_briefed_is_no_side_of_a_meeting(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-02",
        "Briefing the Lok Sabha on ties with China on Tuesday, External Affairs Minister Subrahmanyam "
        "Jaishankar said talks would continue.",
    )


def test_the_likelihood_of_a_meeting_is_no_meeting(extract):
    ex = extract(
        "Bangladesh has asked for talks between Chief Adviser Muhammad Yunus and Prime Minister "
        "Narendra Modi in Bangkok. His remarks came in response to a journalist's query about the "
        "likelihood of a Yunus-Modi meeting at the summit.",
        published="2025-06-02",
    )
    assert not [e for e in events_of(ex, "meeting") if e.status == "occurred"]


def test_a_misspelt_title_is_no_part_of_the_name(extract):
    ex = extract(
        "Prime Minsiter Shehbaz Sharif met Turkish President Recep Tayyip Erdogan in Ankara on Friday.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Recep Tayyip Erdogan", "Shehbaz Sharif"]]


def test_a_truce_ending_once_something_happens_has_not_ended(extract):
    assert_none(
        extract,
        "ceasefire",
        "2024-08-14",
        "The two armies said they would resume fighting once the truce expires.",
    )


def test_a_truce_taking_effect_once_told_in_the_present_is_planned(extract):
    ex = extract(
        "Aid convoys will move in once the ceasefire takes effect on Sunday.", published="2024-08-14"
    )
    [milestone] = events_of(ex, "ceasefire")
    assert (milestone.milestone, milestone.status, str(milestone.event_date)) == (
        "took_effect",
        "planned",
        "2024-08-18",
    )


def test_no_reports_of_violations_is_no_violation(extract):
    assert_none(
        extract,
        "ceasefire",
        "2024-11-28",
        "There were no reports of ceasefire violations on Thursday.",
        "Residents returned south with no initial reports of truce violations.",
    )
    ex = extract("There were reports of ceasefire violations on Thursday.", published="2024-11-28")
    assert [e.milestone for e in events_of(ex, "ceasefire")] == ["violated"]


def test_a_brother_named_without_the_family_name_bears_it(extract):
    ex = extract(
        "Emir Sheikh Tamim bin Hamad Al-Thani received US envoy Steve Witkoff in Doha on Monday. "
        "Sheikh Khalifa bin Hamad was also present.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Khalifa bin Hamad Al-Thani", "Steve Witkoff", "Tamim bin Hamad Al-Thani"]]


def test_talks_the_speaker_says_a_topic_will_lead_are_the_speakers(extract):
    ex = extract(
        "Mexican President Andres Manuel Lopez Obrador said migration would be the focus of talks with "
        "Secretary of State Antony Blinken in Mexico City on Wednesday.",
        published="2023-12-24",
    )
    assert meetings_of(ex) == [["Andres Manuel Lopez Obrador", "Antony Blinken"]]
    [meeting] = events_of(ex, "meeting")
    assert (meeting.status, str(meeting.event_date)) == ("planned", "2023-12-27")


def test_talks_a_spokesman_describes_are_not_his(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-02",
        "Kremlin spokesman Dmitry Peskov said Ukraine would be the focus of talks with Donald Trump.",
    )


def test_interacting_with_leaders_picked_from_a_counted_group_is_a_meeting_each(extract):
    ex = extract(
        "On the sidelines of the summit, Prime Minister Narendra Modi interacted with a number of heads "
        "of state, including Colombian President Ivan Duque and Dutch Prime Minister Mark Rutte.",
        published="2019-09-24",
    )
    assert meetings_of(ex) == [["Ivan Duque", "Narendra Modi"], ["Mark Rutte", "Narendra Modi"]]


def test_interacting_with_people_no_one_names_is_no_meeting(extract):
    assert_none(
        extract,
        "meeting",
        "2019-09-24",
        "Prime Minister Narendra Modi interacted with students in Houston on Sunday.",
    )


def test_talks_with_presidents_each_of_a_country_are_one_each(extract):
    ex = extract(
        "Russian President Vladimir Putin will hold talks with Presidents Ilham Aliyev of Azerbaijan, "
        "Kassym-Jomart Tokayev of Kazakhstan and Recep Tayyip Erdogan of Turkey on July 3.",
        published="2024-07-02",
    )
    assert meetings_of(ex) == [
        ["Ilham Aliyev", "Vladimir Putin"],
        ["Kassym-Jomart Tokayev", "Vladimir Putin"],
        ["Recep Tayyip Erdogan", "Vladimir Putin"],
    ]


def test_a_call_on_the_eve_of_a_summit_is_a_call(extract):
    ex = extract(
        "Saudi King Salman bin Abdulaziz on Friday called Turkish President Recep Tayyip Erdogan on the "
        "eve of a G20 summit.",
        published="2020-11-21",
    )
    [call] = events_of(ex, "meeting")
    assert (call.mode, str(call.event_date)) == ("call", "2020-11-20")


def test_attending_a_summit_meeting_abroad_is_a_visit(extract):
    ex = extract(
        "Japanese Prime Minister Fumio Kishida will attend a summit meeting in Cairo on April 30.",
        published="2023-04-28",
    )
    assert visits_of(ex) == [("Cairo", ["Fumio Kishida"], "planned")]


def test_counterparts_in_two_countries_one_tagged_as_a_nationality(extract):
    ex = extract(
        "Russian Foreign Minister Sergei Lavrov spoke by phone with his counterparts in Kyrgyzstan and "
        "Tajikistan on Saturday.",
        published="2021-05-01",
    )
    assert meetings_of(ex) == [
        ["Kyrgyz foreign minister", "Sergei Lavrov"],
        ["Sergei Lavrov", "Tajik foreign minister"],
    ]


def test_delegates_a_country_sent_to_meet_someone_met_and_visited(extract):
    ex = extract(
        "Last year, the US sent delegates to Caracas to meet Venezuelan President Nicolas Maduro.",
        published="2023-06-12",
    )
    assert [e.location for e in events_of(ex, "visit")] == ["Caracas"]
    [meeting] = events_of(ex, "meeting")
    assert "Nicolas Maduro" in [p.actor.canonical_name for p in meeting.participants]


def test_an_arrival_where_the_clause_hangs_is_at_that_place(extract):
    ex = extract(
        "President Muhammadu Buhari returned to Abuja on Tuesday after official engagements in Europe and "
        "South Africa. Before the South Africa visit, he had taken part in the Paris Peace Forum in "
        "France, where he arrived on Saturday, November 9.",
        published="2021-11-17",
    )
    places = {e.location: str(e.event_date) for e in events_of(ex, "visit")}
    assert places.get("France") == "2021-11-09"
    assert "Europe" not in places


def test_an_airport_named_before_its_city_is_in_that_city(extract):
    ex = extract(
        "When he arrived at the International Airport Dushanbe by special plane, Chinese President Xi "
        "Jinping was warmly greeted by Tajik President Emomali Rahmon.",
        published="2024-07-04",
    )
    assert [e.location for e in events_of(ex, "visit")] == ["Dushanbe"]


def test_the_people_a_fronted_welcome_lists_welcomed_the_guest(extract):
    ex = extract(
        "Chinese President Xi Jinping arrived in Hanoi on Tuesday. Greeting him at the airport were "
        "Vietnamese State President Luong Cuong and Foreign Minister Bui Thanh Son.",
        published="2023-09-06",
    )
    assert meetings_of(ex) == [["Bui Thanh Son", "Luong Cuong", "Xi Jinping"]]


def test_a_fronted_gerund_of_no_welcome_lists_no_one(extract):
    assert_none(
        extract,
        "meeting",
        "2023-09-06",
        "Meeting reporters on Monday, President Joe Biden said talks would continue.",
    )


def test_a_country_named_with_an_apostrophe_is_one_place(extract):
    ex = extract(
        "Chinese Foreign Minister Wang Yi will visit Togo and Cote d\u2019Ivoire from 13-18 Jan.",
        published="2024-01-11",
    )
    # written as the text writes it, as annotators do ('Côte d'Ivoire' is no formal name to expand)
    assert sorted(e.location for e in events_of(ex, "visit")) == ["Cote d\u2019Ivoire", "Togo"]
    assert not events_of(ex, "meeting")


def test_a_headline_possessive_and_glued_page_furniture_are_no_part_of_a_name(extract):
    ex = extract(
        "HomeOffice of the SpokespersonPress ReleasesSecretary Rubio's Call with Russian Foreign "
        "Minister Lavrov\n\nSecretary Rubio\u2019s Call with Russian Foreign Minister Lavrov\n\n"
        "Secretary of State Marco Rubio spoke today with Russian Foreign Minister Sergey Lavrov.",
        published="2025-10-20",
    )
    names = {p.actor.canonical_name for e in ex.events for p in e.participants}
    assert names == {"Marco Rubio", "Sergey Lavrov"}


def test_honorable_is_a_style_not_a_name(extract):
    ex = extract(
        "The President of Tajikistan, Honorable Emomali Rahmon, welcomed Uzbek President Shavkat "
        "Mirziyoyev at the Dushanbe International Airport on Thursday.",
        published="2024-04-18",
    )
    assert meetings_of(ex) == [["Emomali Rahmon", "Shavkat Mirziyoyev"]]


# Misfires a review helper found with sentences written to probe this round's rules


def test_shaking_hands_with_a_crowd_or_on_a_deal_pairs_no_one(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-04",
        "President Joe Biden and Vice President Kamala Harris shook hands with supporters in Philadelphia "
        "on Saturday.",
        "King Charles III and Queen Camilla shook hands with veterans in Normandy on Thursday.",
        "Secretary of State Marco Rubio said Prime Minister Benjamin Netanyahu and President Donald Trump "
        "had shaken hands on the deal.",
    )


def test_talks_a_lawmaker_aide_or_former_official_describes_are_not_theirs(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-02",
        "Former US ambassador Michael McFaul said Ukraine would be the focus of talks with Vladimir Putin.",
        "Senator Lindsey Graham said sanctions would top the agenda of talks with Russian President "
        "Vladimir Putin.",
        "Kremlin aide Yuri Ushakov said Ukraine would be the focus of talks with Donald Trump.",
    )


def test_welcoming_a_thing_is_no_welcome(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-02",
        "Welcoming the agreement were Secretary of State Antony Blinken and EU chief Ursula von der Leyen.",
        "Welcoming the move were Chancellor Friedrich Merz and President Emmanuel Macron.",
    )


def test_a_summit_set_for_a_day_is_dated_that_day(extract):
    ex = extract(
        "President Donald Trump will meet President Xi Jinping at a summit set for Thursday.",
        published="2025-06-04",
    )
    assert [str(e.event_date) for e in events_of(ex, "meeting")] == ["2025-06-05"]


def test_in_a_city_since_ones_arrival_dates_the_visit_by_the_arrival(extract):
    ex = extract(
        "Prime Minister Narendra Modi has been in Paris since his arrival on Saturday.",
        published="2025-06-04",
    )
    assert [str(e.event_date) for e in events_of(ex, "visit")] == ["2025-05-31"]


def test_a_son_of_a_father_of_the_same_name_in_another_country_keeps_his_name(extract):
    ex = extract(
        "Emir Tamim bin Hamad Al Thani met Bahrain's Crown Prince Salman bin Hamad in Doha on Monday.",
        published="2025-06-02",
    )
    assert meetings_of(ex) == [["Salman bin Hamad Al Khalifa", "Tamim bin Hamad Al Thani"]]


def test_talks_with_a_counted_group_are_one_each(extract):
    ex = extract(
        "President Vladimir Putin held talks with a number of heads of state, including Cyril Ramaphosa and "
        "Yoweri Museveni, in St Petersburg on Friday.",
        published="2025-06-04",
    )
    assert meetings_of(ex) == [["Cyril Ramaphosa", "Vladimir Putin"], ["Vladimir Putin", "Yoweri Museveni"]]


def test_interacting_with_journalists_is_no_meeting(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-02",
        "Prime Minister Narendra Modi interacted with journalists, including CNN's Fareed Zakaria, in New "
        "York on Monday.",
    )


def test_trilateral_talks_between_presidents_of_countries_are_not_split(extract):
    ex = extract(
        "Trilateral talks between Presidents Ilham Aliyev of Azerbaijan, Nikol Pashinyan of Armenia and "
        "Donald Trump of the United States were held at the White House on Friday.",
        published="2025-06-04",
    )
    assert not [m for m in meetings_of(ex) if len(m) == 2 and "Donald Trump" not in m]


def test_leaders_hosted_for_a_gathering_in_a_city_visit_it(extract):
    ex = extract(
        "Putin is hosting around 20 world leaders -- including China's President Xi Jinping and India's "
        "Prime Minister Narendra Modi -- for a three-day gathering of the BRICS group in the city of Kazan.",
        published="2024-10-23",
    )
    assert {name for place, people, _ in visits_of(ex) if place == "Kazan" for name in people} == {
        "Narendra Modi",
        "Xi Jinping",
    }


def test_a_style_standing_alone_is_the_person_last_named_with_it(extract):
    ex = extract(
        "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received leaders at COP28 in Dubai "
        "today.\n\nHis Highness held individual meetings with William Ruto, President of Kenya; and Bola "
        "Tinubu, President of Nigeria.",
        published="2023-12-03",
    )
    assert meetings_of(ex) == [
        ["Bola Tinubu", "Mohamed bin Zayed Al Nahyan"],
        ["Mohamed bin Zayed Al Nahyan", "William Ruto"],
    ]


def test_a_named_owners_talks_with_leaders_each_of_a_country_as_well_as_another_are_one_each(extract):
    ex = extract(
        "Putin's talks with Presidents Ilham Aliyev of Azerbaijan and Recep Tayyip Erdogan of Turkey, as "
        "well as with Pakistani Prime Minister Shehbaz Sharif, are scheduled for July 3.",
        published="2024-07-02",
    )
    assert meetings_of(ex) == [
        ["Ilham Aliyev", "Vladimir Putin"],
        ["Recep Tayyip Erdogan", "Vladimir Putin"],
        ["Shehbaz Sharif", "Vladimir Putin"],
    ]


def test_the_next_day_and_the_day_before_count_from_the_day_last_told(extract):
    ex = extract(
        "On Feb. 19, Lavrov will be in Cuba. The next day, Russian Foreign Minister Sergey Lavrov will "
        "visit Venezuela.",
        published="2024-02-14",
    )
    assert {e.location: str(e.event_date) for e in events_of(ex, "visit")} == {
        "Cuba": "2024-02-19",
        "Venezuela": "2024-02-20",
    }
    ex = extract(
        "Russian Foreign Minister Sergey Lavrov met Cuban President Miguel Diaz-Canel on Tuesday. The "
        "day before, he had arrived in Havana.",
        published="2024-02-14",
    )
    assert [str(e.event_date) for e in events_of(ex, "visit")] == ["2024-02-12"]
