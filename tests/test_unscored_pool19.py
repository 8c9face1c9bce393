"""Rules found on pools 17a, 17b, 18a and 18b once they were no longer kept for measuring
(`ingest/actors`, `ingest/events`), each on sentences written for these tests, with the near
misses each rule must leave alone."""


def visits_of(ex) -> set[tuple[str, str | None, str]]:
    """(visitor, place, status) for each visitor of each visit."""
    return {
        (p.actor.canonical_name, e.location, e.status)
        for e in ex.events
        if e.event_type == "visit"
        for p in e.participants
    }


def test_a_country_after_to_in_a_title_is_the_post_not_the_holders_country(extract):
    ex = extract(
        "The UN special envoy to Libya Hanna Tetteh visited Tripoli on Monday.", published="2025-03-04"
    )
    assert ("Hanna Tetteh", "Tripoli", "occurred") in visits_of(ex)


def test_a_country_further_left_still_gives_the_holders_country(extract):
    ex = extract(
        "Iran's ambassador to Russia Kazem Jalali travelled to Tehran on Monday.", published="2025-03-04"
    )
    assert visits_of(ex) == set()


def test_a_travel_verb_tagged_as_a_noun_with_a_subject_is_a_trip(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan arrived in Kuwait on Tuesday. Mr Erdogan will next "
        "travel to Oman.",
        published="2025-10-22",
    )
    assert ("Recep Tayyip Erdogan", "Oman", "planned") in visits_of(ex)


def test_travel_as_a_noun_is_still_no_trip(extract):
    ex = extract("Their travel to Oman was cancelled by the Turkish government.", published="2025-10-22")
    assert visits_of(ex) == set()


def test_back_in_a_foreign_country_is_a_visit(extract):
    ex = extract(
        "Special envoy Steve Witkoff and Jared Kushner are back in Israel a week after the Gaza truce.",
        published="2025-10-20",
    )
    assert {(w, p) for w, p, _ in visits_of(ex)} == {("Steve Witkoff", "Israel"), ("Jared Kushner", "Israel")}


def test_back_home_is_no_visit(extract):
    ex = extract("Vladimir Putin was back in Moscow on Monday after the summit.", published="2025-10-20")
    assert visits_of(ex) == set()


def test_a_venue_named_after_its_city_is_in_that_city(extract):
    ex = extract(
        "Xi Jinping arrived at the Gyeongju Hwabaek International Convention Centre on Friday morning.",
        published="2025-10-31",
    )
    assert [p for _, p, _ in visits_of(ex)] == ["Gyeongju"]


def test_a_palace_told_by_its_bare_name_is_in_its_city(extract):
    ex = extract(
        "Venezuelan President Nicolas Maduro arrived at Itamaraty on Monday for lunch.",
        published="2023-05-29",
    )
    assert [p for _, p, _ in visits_of(ex)] == ["Brasília"]


def test_washington_with_its_district_is_washington(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Washington D.C. on Wednesday.", published="2024-05-22"
    )
    assert [p for _, p, _ in visits_of(ex)] == ["Washington"]


def meetings_of(ex) -> list[list[str]]:
    return sorted(
        sorted(p.actor.canonical_name for p in e.participants) for e in ex.events if e.event_type == "meeting"
    )


LIST_ON_TWO_GROUPS = (
    "President Lee Jae-myung also greeted other visiting counterparts and participating guests, including "
    "Canadian Prime Minister Mark Carney, US Treasury Secretary Scott Bessent, Russia's Deputy Prime "
    "Minister Alexey Overchuk and Khalid bin Mohamed Al Nahyan, crown prince of Abu Dhabi."
)


def test_a_list_after_including_on_the_last_of_two_groups_is_met_one_by_one(extract):
    ex = extract(LIST_ON_TWO_GROUPS, published="2025-10-31")
    assert meetings_of(ex) == [
        ["Alexey Overchuk", "Lee Jae-myung"],
        ["Khalid bin Mohamed Al Nahyan", "Lee Jae-myung"],
        ["Lee Jae-myung", "Mark Carney"],
        ["Lee Jae-myung", "Scott Bessent"],
    ]


def test_the_last_two_of_a_longer_list_are_not_the_two_leaders(extract):
    ex = extract(
        LIST_ON_TWO_GROUPS + "\n\nThe two leaders are scheduled to hold talks on Saturday.",
        published="2025-10-31",
    )
    assert ["Alexey Overchuk", "Khalid bin Mohamed Al Nahyan"] not in meetings_of(ex)


def test_followed_by_names_the_next_person_met_apart(extract):
    ex = extract(
        "US envoy Tom Barrack is meeting President Joseph Aoun in Beirut on Monday, followed by Prime "
        "Minister Nawaf Salam.",
        published="2025-07-21",
    )
    assert meetings_of(ex) == [["Joseph Aoun", "Tom Barrack"], ["Nawaf Salam", "Tom Barrack"]]


def test_followed_by_an_occasion_adds_no_one(extract):
    ex = extract(
        "Emmanuel Macron met Olaf Scholz in Berlin on Monday, followed by a joint news conference.",
        published="2025-07-21",
    )
    assert meetings_of(ex) == [["Emmanuel Macron", "Olaf Scholz"]]


def test_co_chairing_the_opening_of_a_dialogue_with_someone_meets_them(extract):
    ex = extract(
        "Antony Blinken will co-chair the opening of the US-Egypt Strategic Dialogue with Egyptian Foreign "
        "Minister Badr Abdelatty in Cairo.",
        published="2024-09-18",
    )
    assert meetings_of(ex) == [["Antony Blinken", "Badr Abdelatty"]]


def test_co_chairing_the_opening_of_a_building_is_no_meeting(extract):
    ex = extract(
        "Antony Blinken will co-chair the opening of the new embassy with Egyptian Foreign Minister Badr "
        "Abdelatty in Cairo.",
        published="2024-09-18",
    )
    assert meetings_of(ex) == []


def test_a_modal_after_a_surname_in_a_headline_is_no_name(extract):
    ex = extract(
        "Erdogan, Putin May Soon Hold Phone Talks on Grain Deal\n\nTurkish President Recep Tayyip Erdogan "
        "will speak with Russian President Vladimir Putin by phone, a source said.",
        published="2023-09-11",
    )
    assert "Putin May" not in {a.canonical_name for a in ex.actors}


def test_theresa_may_keeps_her_name_in_a_headline(extract):
    ex = extract(
        "Theresa May Will Meet Angela Merkel In Berlin\n\nBritish Prime Minister Theresa May will meet "
        "German Chancellor Angela Merkel in Berlin on Tuesday.",
        published="2017-03-20",
    )
    assert meetings_of(ex) == [["Angela Merkel", "Theresa May"]]


def milestones_of(ex) -> list[str]:
    return sorted(e.milestone for e in ex.events if e.event_type == "ceasefire")


def test_a_truce_that_secures_something_is_not_agreed(extract):
    ex = extract(
        "Washington wants a truce in Gaza that secures the release of every hostage.", published="2024-09-18"
    )
    assert milestones_of(ex) == []


def test_a_truce_secured_by_someone_is_agreed(extract):
    ex = extract("Mediators secured a truce in Gaza on Tuesday.", published="2024-09-18")
    assert milestones_of(ex) == ["agreed"]


def test_letting_aid_enter_a_place_puts_no_truce_into_effect(extract):
    ex = extract(
        "The mediators want a deal that would bring a truce and allow aid trucks to enter Gaza.",
        published="2024-09-18",
    )
    assert "took_effect" not in milestones_of(ex)


def test_the_host_of_talks_between_two_leaders_sits_in_on_them(extract):
    ex = extract(
        "Chancellor Olaf Scholz hosted talks between Armenian Prime Minister Nikol Pashinyan and "
        "Azerbaijani President Ilham Aliyev in Munich on Saturday.",
        published="2024-02-19",
    )
    assert meetings_of(ex) == [["Ilham Aliyev", "Nikol Pashinyan", "Olaf Scholz"]]


def test_those_who_attended_a_meeting_sit_in_on_it(extract):
    ex = extract(
        "Envoy Amos Hochstein later held a meeting with Prime Minister Najib Mikati, which was also attended "
        "by Ambassador Lisa Johnson and Foreign Minister Abdallah Bou Habib.",
        published="2024-11-20",
    )
    assert meetings_of(ex) == [["Abdallah Bou Habib", "Amos Hochstein", "Lisa Johnson", "Najib Mikati"]]


def test_a_crowd_that_attended_adds_no_one(extract):
    ex = extract(
        "Emmanuel Macron met Olaf Scholz at the Chancellery, which was attended by hundreds of reporters.",
        published="2024-11-20",
    )
    assert meetings_of(ex) == [["Emmanuel Macron", "Olaf Scholz"]]


def test_their_majesties_are_no_organisation(extract):
    ex = extract(
        "King Felipe and Queen Letizia welcomed Sultan Haitham bin Tariq of Oman in Madrid on Tuesday.\n\n"
        "After greeting the sultan at their royal residence, Their Majesties held a meeting with him, "
        "followed by a lunch in his honour.",
        published="2025-11-05",
    )
    assert not [a for a in ex.actors if "Majest" in a.canonical_name]


def test_a_request_for_two_people_to_meet_is_no_meeting(extract):
    ex = extract(
        "Kyiv sent a request for Volodymyr Zelensky to meet Vladimir Putin in Istanbul.",
        published="2025-05-14",
    )
    assert meetings_of(ex) == []


def test_a_meeting_held_at_someones_request_still_happened(extract):
    ex = extract(
        "Volodymyr Zelensky met Recep Tayyip Erdogan in Ankara on Thursday at the request of Donald Trump.",
        published="2025-05-15",
    )
    assert meetings_of(ex) == [["Recep Tayyip Erdogan", "Volodymyr Zelensky"]]


def test_a_welcome_by_an_embassy_is_no_meeting(extract):
    ex = extract(
        "The US Embassy in Buenos Aires welcomed Antony Blinken in a post on Friday.", published="2024-02-23"
    )
    assert meetings_of(ex) == []


def test_a_trip_to_a_region_is_no_visit_there(extract):
    ex = extract(
        "Antony Blinken arrived in Cairo on Wednesday on his tenth trip to the Middle East since the war "
        "began.",
        published="2024-09-18",
    )
    assert [p for _, p, _ in visits_of(ex)] == ["Cairo"]


def test_a_spelling_of_a_ministers_name_is_the_known_one(extract):
    ex = extract(
        "Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Ceyhun Bayramov held "
        "talks in Berlin on Wednesday.",
        published="2024-02-28",
    )
    assert meetings_of(ex) == [["Ararat Mirzoyan", "Jeyhun Bayramov"]]


def test_a_meeting_to_be_discussed_is_no_meeting(extract):
    ex = extract(
        "Before the round, the Ukrainian team said it would discuss a truce and a personal meeting between "
        "Vladimir Putin and Volodymyr Zelensky.",
        published="2025-05-16",
    )
    assert meetings_of(ex) == []


def test_what_was_discussed_at_a_meeting_keeps_the_meeting(extract):
    ex = extract(
        "Sergey Lavrov and Marco Rubio discussed trade at a meeting in Riyadh on Tuesday.",
        published="2025-02-19",
    )
    assert meetings_of(ex) == [["Marco Rubio", "Sergey Lavrov"]]


def test_seen_off_at_the_airport_is_a_farewell_meeting(extract):
    ex = extract(
        "King Charles and Queen Camilla ended their state visit to Kenya on Friday. They were seen off by "
        "President William Ruto at the airport in Mombasa.",
        published="2023-11-03",
    )
    assert ["Camilla", "King Charles", "William Ruto"] in meetings_of(ex)


def test_seeing_off_an_attack_is_no_meeting(extract):
    ex = extract("Kenyan troops saw off the attack near the border on Friday.", published="2023-11-03")
    assert meetings_of(ex) == []


def test_a_farewell_by_unnamed_officials_is_no_meeting(extract):
    ex = extract(
        "Shehbaz Sharif was seen off at the airport by Saudi officials on Friday.", published="2025-09-18"
    )
    assert meetings_of(ex) == []


def test_given_a_welcome_by_someone_is_a_meeting_with_them(extract):
    ex = extract(
        "Nepal's Prime Minister Pushpa Kamal Dahal was given a ceremonial welcome by Indian Prime Minister "
        "Narendra Modi in New Delhi on Thursday.",
        published="2023-06-01",
    )
    assert meetings_of(ex) == [["Narendra Modi", "Pushpa Kamal Dahal"]]


def test_a_welcome_from_unnamed_officials_is_no_meeting(extract):
    ex = extract(
        "Pakistani Foreign Minister Ishaq Dar received a warm welcome from US officials upon his arrival at "
        "the US Department of State on Friday.",
        published="2025-07-25",
    )
    assert meetings_of(ex) == []
    assert [p for _, p, _ in visits_of(ex)] == ["Washington"]


def test_a_leaders_plane_landing_is_the_leaders_arrival(extract):
    ex = extract(
        "Kazakh President Kassym-Jomart Tokayev will pay a state visit to Uzbekistan. According to the "
        "programme, the President's plane will land in Tashkent on Thursday.",
        published="2024-08-18",
    )
    assert ("Kassym-Jomart Tokayev", "Tashkent, Uzbekistan", "planned") in visits_of(ex)


def test_a_plane_carrying_aid_is_no_visit(extract):
    ex = extract("A plane carrying medical aid landed in Gaza on Sunday.", published="2024-08-18")
    assert visits_of(ex) == set()


def test_a_monarchs_name_is_not_the_surname_of_another_person(extract):
    ex = extract(
        "Indonesian President Prabowo Subianto will have an audience with His Majesty Sultan Ibrahim on "
        "Monday. Later he is scheduled to meet Prime Minister Anwar Ibrahim.",
        published="2025-01-27",
    )
    assert len(meetings_of(ex)) == 2


def test_a_delegation_from_a_group_led_by_someone_travels_with_its_leader(extract):
    ex = extract(
        "A senior delegation from the Hamas movement, led by Khalil al-Hayya, arrived in Cairo on Saturday "
        "night.",
        published="2025-11-23",
    )
    assert {w for w, _, _ in visits_of(ex)} == {"Hamas delegation", "Khalil al-Hayya"}


def test_thomas_barrack_is_tom_barrack(extract):
    ex = extract("US envoy Thomas Barrack met Nabih Berri in Beirut on Monday.", published="2025-07-07")
    assert meetings_of(ex) == [["Nabih Berri", "Tom Barrack"]]


def test_a_truce_end_told_in_a_denied_report_did_not_happen(extract):
    ex = extract(
        "Hamas denied media reports claiming that its envoys had told Washington that the truce had ended.",
        published="2025-11-23",
    )
    assert milestones_of(ex) == []


def test_a_side_clause_of_a_denial_still_tells_a_violation(extract):
    ex = extract(
        "Hamas denied breaking the truce, saying Israel violated it on Sunday.", published="2025-11-23"
    )
    assert milestones_of(ex) == ["violated"]


def test_those_who_describe_talks_are_not_their_sides(extract):
    ex = extract(
        "Both the Kremlin and the White House described the discussions as frank and useful.",
        published="2026-01-24",
    )
    assert meetings_of(ex) == []


def test_people_who_describe_their_own_talks_held_them(extract):
    ex = extract(
        "Vladimir Putin and Donald Trump described their talks in Alaska as constructive.",
        published="2025-08-16",
    )
    assert meetings_of(ex) == [["Donald Trump", "Vladimir Putin"]]


# Guards from a review of the rules above (each a misfire it reproduced)


def test_a_centre_named_after_a_person_is_not_in_a_city_of_that_name(extract):
    ex = extract(
        "Volodymyr Zelensky arrived at the Kennedy Center on Sunday evening.", published="2025-06-11"
    )
    assert "Kennedy" not in [p for _, p, _ in visits_of(ex)]


def test_a_truce_told_in_a_relative_clause_of_a_denial_still_took_effect(extract):
    ex = extract(
        "Hamas denied that its fighters had breached the ceasefire, which took effect on October 10.",
        published="2025-10-20",
    )
    assert milestones_of(ex) == ["took_effect"]


def test_dismissing_a_minister_denies_no_truce(extract):
    ex = extract(
        "Netanyahu dismissed his defence minister days after the collapse of the ceasefire with Hamas.",
        published="2025-06-11",
    )
    assert milestones_of(ex) == ["collapsed"]


def test_people_who_praise_talks_held_them(extract):
    ex = extract(
        "Sergey Lavrov and Marco Rubio praised the talks in Riyadh as useful and constructive.",
        published="2025-02-19",
    )
    assert meetings_of(ex) == [["Marco Rubio", "Sergey Lavrov"]]


def test_an_upcoming_summit_discussed_is_still_planned(extract):
    ex = extract(
        "Xi Jinping and Vladimir Putin discussed the upcoming summit in Tianjin during talks in Moscow on "
        "Thursday.",
        published="2025-06-11",
    )
    assert any(e.status == "planned" for e in ex.events if e.event_type == "meeting")


def test_a_countrys_aid_plane_or_returning_hostages_make_no_visit(extract):
    ex = extract(
        "The UAE's aid plane landed in Port Sudan on Sunday carrying medical supplies. The plane carrying "
        "the freed hostages landed at Ben Gurion airport on Monday.",
        published="2025-06-11",
    )
    assert visits_of(ex) == set()


def test_a_delegation_from_a_party_led_by_someone_is_no_trip_of_the_leader(extract):
    ex = extract(
        "A delegation from the ruling party led by Prime Minister Narendra Modi arrived in Beijing on "
        "Monday.",
        published="2025-06-11",
    )
    assert "Narendra Modi" not in {w for w, _, _ in visits_of(ex)}


def test_a_reception_by_an_intelligence_service_is_a_meeting(extract):
    ex = extract(
        "A Hamas delegation led by Khalil al-Hayya was received by Egypt's General Intelligence Service in "
        "Cairo on Saturday.",
        published="2025-06-11",
    )
    assert len(meetings_of(ex)) == 1


def test_an_approved_request_for_two_people_to_meet_is_planned(extract):
    ex = extract(
        "Beijing approved a US request for Pete Hegseth to meet Chinese Defence Minister Dong Jun in Kuala "
        "Lumpur next week.",
        published="2025-06-11",
    )
    assert [e.status for e in ex.events if e.event_type == "meeting"] == ["planned"]


def test_a_monarch_told_in_full_and_by_his_last_name_is_one_person(extract):
    ex = extract(
        "Thai King Maha Vajiralongkorn granted an audience to Chinese Foreign Minister Wang Yi in Bangkok on "
        "Monday. King Vajiralongkorn later hosted a dinner for Wang.",
        published="2025-06-11",
    )
    assert "Vajiralongkorn" not in {a.canonical_name for a in ex.actors}


def test_a_group_back_in_its_own_territory_makes_no_visit(extract):
    ex = extract(
        "Hamas negotiators were back in Gaza on Tuesday, a Hamas official said.", published="2025-06-11"
    )
    assert visits_of(ex) == set()


def test_the_pair_is_the_two_just_named(extract):
    ex = extract(
        "Steve Witkoff and Jared Kushner arrived in Miami on Friday. Later the pair met Kirill Dmitriev.",
        published="2025-12-19",
    )
    assert meetings_of(ex) == [["Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"]]


def test_a_pair_of_things_is_no_pair_of_people(extract):
    ex = extract(
        "Steve Witkoff and Jared Kushner arrived in Miami on Friday. The pair of talks with Kirill Dmitriev "
        "was postponed.",
        published="2025-12-19",
    )
    assert ["Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"] not in meetings_of(ex)
