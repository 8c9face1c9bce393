"""Phrasings read in the fifty-second round on the pools measured blind the round before, checked
on sentences written for these tests:

- "Her delegation comprises A and B" after the visitor's welcome and talks: the trip's company,
  not people at the welcome or the talks;
- 'arrived to join his regional counterparts for the summit': peers of a region, none named, no
  side of a meeting;
- 'Cde Mnangagwa': a party's style, no part of the name;
- 'arrived in Maputo ... He is expected to meet his Mozambican counterpart ... He will visit
  Zambia on Friday': the meeting is on the trip under way, not on the leg told later;
- 'agreed to resume preparations for a summit between the leaders of A, B and C': the summit's
  sides are its own, not the two who agreed;
- 'In June, Kadhimi hosted President X and King Y': the verb the parser takes for a modifier of
  the name after it is the root;
- 'The statesman was welcomed by X': the traveller told before;
- the Central Asian, Caribbean and North Korean office holders: 'Tajik President Rahmon' in 2024;
- 'HH Shaikh Mohammed bin Zayed': a style spelt as Gulf papers spell it;
- 'will join his counterparts, including A and B, at the summit' and '— among others A, B and C —':
  every one of them, at one table;
- 'Only four heads of state will attend the summit chaired by X in Harare. Among the attendees are
  A and B': the roll sits at the gathering, with its host, and travels to its place;
- 'X arrived to attend the SCO summit ... Y will also attend the summit ... Z arrived for the
  summit': the summit's attendees, told apart, sit at one meeting;
- 'President of A X, President of B Y and President of C Z have arrived': each of them;
- 'announced that it will carry out a unilateral ceasefire': declared, so agreed; 'the signing of
  the armistice on July 27, 1953': agreed that day;
- 'Minister X heading a government delegation arrived in the Afghan capital': the name is the
  subject;
- 'met Deputy Prime Minister A, Foreign Minister B and Minister of Energy C': one government's
  ministers at one table;
- 'representatives of President X and the ELN concluded a round of talks': each side's delegation;
- 'X received Y at the airport. Accompanying Y were A and B': the trip's company, not the welcome's;
- 'The senior Ethiopian delegation comprises A and B' after a visiting prime minister's talks: the
  trip's company, unless the talks are told in an expanded format;
- "Venezuela's government and the opposition will hold talks": the government is its delegation;
- 'The delegation included A, B, C and D. They met X, Y and Z': 'they' are the members listed.
"""

from tests.test_events import events_of, names
from tests.test_forty_seventh_round import meetings
from tests.test_forty_sixth_round import milestones, visits


def test_a_visitors_delegation_told_after_the_talks_travels_but_sits_at_no_table(extract):
    ex = extract(
        "Bangladeshi Prime Minister Sheikh Hasina arrived in New Delhi on Monday for a state visit. "
        "Hasina will hold talks with Prime Minister Narendra Modi on Tuesday. She was received at the "
        "airport by Union minister Darshana Jardosh. Hasina's delegation comprises Foreign Minister "
        "AK Abdul Momen and Commerce Minister Tipu Munshi.",
        "2022-09-05",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Darshana Jardosh", "Sheikh Hasina"),
        ("Narendra Modi", "Sheikh Hasina"),
    ]
    assert ("AK Abdul Momen", "Sheikh Hasina", "Tipu Munshi") in [people for people, _ in visits(ex)]


def test_regional_counterparts_at_a_summit_are_no_side(extract):
    ex = extract(
        "President Irfaan Ali arrived in Paramaribo on Saturday to join his regional counterparts for "
        "the regular meeting of the Caribbean heads of government.",
        "2022-07-04",
    )
    assert meetings(ex) == []
    assert visits(ex) == [(("Irfaan Ali",), "Paramaribo")]


def test_a_comrade_style_is_no_part_of_the_name(extract):
    ex = extract(
        "Zimbabwean President Emmerson Mnangagwa arrived in Windhoek on Monday. Cde Mnangagwa later "
        "met President Hage Geingob at State House.",
        "2018-01-16",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Emmerson Mnangagwa", "Hage Geingob")]


def test_a_planned_meeting_after_an_arrival_is_on_the_trip_under_way(extract):
    ex = extract(
        "President Mnangagwa has arrived in Maputo, Mozambique for the fourth leg of his regional "
        "tour. He is expected to meet his Mozambican counterpart President Filipe Nyusi. He is also "
        "scheduled to visit Zambia this Friday where he will meet President Edgar Lungu.",
        "2018-01-17",
    )
    assert meetings(ex) == [
        (("Edgar Lungu", "Emmerson Mnangagwa"), "Zambia", "2018-01-19"),
        (("Emmerson Mnangagwa", "Filipe Nyusi"), "Maputo", "2018-01-17"),
    ]


def test_a_summit_between_named_sides_is_not_the_agreeing_pairs(extract):
    ex = extract(
        "Japanese Foreign Minister Yoshimasa Hayashi met Chinese Foreign Minister Qin Gang in Beijing "
        "on Sunday. Hayashi and Qin agreed to resume preparations for a summit between the leaders of "
        "India, Brazil and South Africa.",
        "2023-04-03",
    )
    assert [people for people, _, _ in meetings(ex) if "Qin Gang" in people] == [
        ("Qin Gang", "Yoshimasa Hayashi")
    ]


def test_a_past_verb_taken_for_a_modifier_of_its_object_is_the_root(extract):
    ex = extract(
        "In June, Kadhimi hosted President Abdel Fattah el-Sissi and Jordan's King Abdullah II in Baghdad.",
        "2021-09-01",
    )
    assert meetings(ex) == [(("Abdel Fattah al-Sisi", "Abdullah II", "Kadhimi"), "Baghdad", "2021-06-01")]


def test_the_statesman_is_the_traveller_told_before(extract):
    ex = extract(
        "Zambian President Hakainde Hichilema arrived in Luanda on Monday. The statesman was welcomed "
        "by Foreign Minister Tete Antonio.",
        "2022-08-01",
    )
    assert meetings(ex) == [(("Hakainde Hichilema", "Tete Antonio"), "Luanda", "2022-08-01")]


def test_a_tajik_president_is_named_by_the_office_holder_of_the_day(extract):
    ex = extract(
        "Russian President Vladimir Putin met Tajik President Rahmon in Dushanbe on Tuesday.", "2024-10-09"
    )
    assert [people for people, _, _ in meetings(ex)] == [("Emomali Rahmon", "Vladimir Putin")]


def test_shaikh_is_a_style_as_gulf_papers_spell_it(extract):
    ex = extract(
        "HH Shaikh Mohammed bin Zayed Al-Nahyan arrived in Manama on Wednesday on a brotherly visit.",
        "2021-08-05",
    )
    assert visits(ex) == [(("Mohamed bin Zayed Al Nahyan",), "Manama")]


def test_counterparts_joined_at_a_summit_sit_at_one_table(extract):
    ex = extract(
        "On Sunday, Prime Minister Anwar Ibrahim will join his Asean counterparts, including "
        "Indonesian President Joko Widodo and Singapore's Lee Hsien Loong, at the Asean-Japan summit "
        "in Tokyo.",
        "2023-12-15",
    )
    assert meetings(ex) == [(("Anwar Ibrahim", "Joko Widodo", "Lee Hsien Loong"), "Tokyo", "2023-12-17")]
    ex = extract(
        "On Sunday, Prime Minister Anwar Ibrahim will join his Asean counterparts — among others "
        "Indonesian President Joko Widodo, Thailand's Srettha Thavisin and Singapore's Lee Hsien Loong "
        "— at the Asean-Japan Commemorative Summit.",
        "2023-12-15",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Anwar Ibrahim", "Joko Widodo", "Lee Hsien Loong", "Srettha Thavisin")
    ]


def test_a_roll_of_attendees_sits_at_the_gathering_told_with_no_one_named(extract):
    ex = extract(
        "Only four of the 15 heads of state will attend the regional summit chaired by President "
        "Emmerson Mnangagwa in Harare on Wednesday. Among the attendees are Congolese President Felix "
        "Tshisekedi and Mozambican President Filipe Nyusi. Other attendees include Eswatini Prime "
        "Minister Russell Dlamini.",
        "2024-11-20",
    )
    assert meetings(ex) == [
        (
            ("Emmerson Mnangagwa", "Felix Tshisekedi", "Filipe Nyusi", "Russell Dlamini"),
            "Harare",
            "2024-11-20",
        )
    ]
    assert (("Felix Tshisekedi",), "Harare") in visits(ex)


def test_a_summits_attendees_told_apart_sit_at_one_meeting(extract):
    ex = extract(
        "President Xi Jinping arrived in Bishkek on Wednesday to attend the SCO summit. Indian Prime "
        "Minister Narendra Modi will also attend the summit. Pakistani Prime Minister Imran Khan "
        "arrived in Bishkek for the summit on Thursday.",
        "2019-06-13",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Imran Khan", "Narendra Modi", "Xi Jinping")]
    ex = extract(
        "President Xi Jinping arrived in Bishkek on Wednesday to attend the SCO summit. Last year's "
        "summit in Qingdao was attended by Indian Prime Minister Narendra Modi.",
        "2019-06-13",
    )
    assert meetings(ex) == []


def test_a_subject_listing_titled_people_names_each(extract):
    ex = extract(
        "February 16/2023 President of Sierra Leone Julius Maada Bio, President of Burundi Evariste "
        "Ndayishimiye and President of Comoros Azali Assoumani have arrived in Addis Ababa today to "
        "participate in the AU Summit.",
        "2023-02-16",
    )
    [visit] = events_of(ex, "visit")
    assert names(visit) == ["Azali Assoumani", "Evariste Ndayishimiye", "Julius Maada Bio"]


def test_a_unilateral_ceasefire_to_be_carried_out_is_declared(extract):
    ex = extract(
        "On Monday, the ELN rebel group announced that it will carry out a unilateral ceasefire over "
        "the holidays.",
        "2022-12-20",
    )
    assert milestones(ex) == ["agreed"]


def test_the_signing_of_the_armistice_is_the_truce_agreed(extract):
    ex = extract(
        "North Korea marks the anniversary of the signing of the armistice on July 27, 1953.",
        "2023-07-29",
    )
    assert [(e.milestone, str(e.event_date)) for e in events_of(ex, "ceasefire")] == [
        ("agreed", "1953-07-27")
    ]
    ex = extract(
        "Trump is expected to witness the signing of the peace accord between Cambodia and Thailand, "
        "which agreed to a ceasefire on July 28.",
        "2025-10-26",
    )
    assert [(e.milestone, e.status) for e in events_of(ex, "ceasefire")] == [("agreed", "occurred")]


def test_a_names_participle_is_no_subject_of_the_verb(extract):
    ex = extract(
        "On Thursday October 7, Uzbek Foreign Minister Abdulaziz Kamilov heading a government "
        "delegation arrived in the Afghan capital for discussions.",
        "2021-10-08",
    )
    assert ("Abdulaziz Kamilov",) in [people[:1] for people, place in visits(ex) if place == "Kabul"]


def test_one_governments_ministers_met_sit_at_one_table(extract):
    ex = extract(
        "Uzbek Foreign Minister Abdulaziz Kamilov arrived in Kabul on Thursday. Kamilov reportedly met "
        "Deputy Prime Minister Abdul Salam Hanafi, Foreign Minister Amir Khan Muttaqi, Minister of "
        "Energy and Water Abdul Latif Mansour, and Minister of Public Works Abdul Manan Omari.",
        "2021-10-08",
    )
    assert [len(people) for people, _, _ in meetings(ex)] == [5]


def test_representatives_of_a_leader_and_a_movement_are_their_delegations(extract):
    ex = extract(
        "Last week, representatives of Colombian President Gustavo Petro and the ELN concluded a first "
        "round of peace talks in Caracas.",
        "2022-12-20",
    )
    [meeting] = events_of(ex, "meeting")
    assert "Colombian delegation" in names(meeting)


def test_companions_told_after_a_welcome_are_the_trips(extract):
    ex = extract(
        "Chief Adviser Muhammad Yunus arrived in Hainan on Wednesday. Bangladesh Ambassador to China Md "
        "Nazmul Islam received the chief adviser at the airport. Accompanying Yunus were Foreign "
        "Adviser Touhid Hossain and SDG coordinator Lamiya Morshed.",
        "2025-03-27",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Md Nazmul Islam", "Muhammad Yunus")]


def test_a_visiting_leaders_delegation_sits_at_talks_only_in_an_expanded_format(extract):
    ex = extract(
        "Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on Sunday for an official visit. President "
        "Isaias Afwerki and Prime Minister Abiy Ahmed held talks at the State House. The senior "
        "Ethiopian delegation comprises Foreign Minister Workneh Gebeyehu and Speaker Muferiat Kamil.",
        "2018-07-08",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Abiy Ahmed", "Isaias Afwerki")]
    ex = extract(
        "Georgian Prime Minister Irakli Kobakhidze arrived in Baku on Saturday. President Ilham Aliyev "
        "held talks with Kobakhidze. After the press conference the expanded meeting started. The "
        "Georgian delegation features Foreign Minister Ilia Darchiashvili.",
        "2024-03-16",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Ilham Aliyev", "Ilia Darchiashvili", "Irakli Kobakhidze")
    ]


def test_a_government_listed_with_another_side_is_its_delegation(extract):
    ex = extract(
        "Venezuela's government and the opposition will hold talks on Tuesday in Barbados.", "2023-09-20"
    )
    [meeting] = events_of(ex, "meeting")
    assert "Venezuelan delegation" in names(meeting)


def test_they_after_a_delegations_roll_are_its_members(extract):
    ex = extract(
        "An American delegation was in Lebanon on Tuesday. The delegation included Senators Jeanne "
        "Shaheen, Lindsey Graham, US envoy Tom Barrack and Deputy envoy Morgan Ortagus. They met with "
        "President Joseph Aoun, parliament Speaker Nabih Berri and Prime Minister Nawaf Salam.",
        "2025-08-26",
    )
    [(people, _, _)] = meetings(ex)
    assert {"Jeanne Shaheen", "Tom Barrack", "Joseph Aoun", "Nawaf Salam"} <= set(people)
