"""Rules found on a sixth pool of real pages outside every scored set (`ingest/actors`,
`ingest/events`), each on sentences written for these tests."""

from tests.test_events import events_of, names


def visits_of(ex) -> list[tuple[list[str], str | None]]:
    return [(names(v), v.location) for v in events_of(ex, "visit")]


def test_conflict_parties_told_by_common_nouns_are_the_sides_of_their_talks(extract):
    ex = extract(
        "The Sudanese army and the RSF resumed their talks in Jeddah on Monday.\n\n"
        "The Colombian government and the ELN rebel group resumed peace talks in Caracas on Tuesday.",
        published="2023-06-07",
    )
    sides = [(names(m), m.location) for m in events_of(ex, "meeting")]
    assert sides == [(["RSF", "Sudanese army"], "Jeddah"), (["Colombian delegation", "ELN"], "Caracas")]


def test_a_party_noun_with_nothing_to_name_it_is_no_side(extract):
    ex = extract(
        "The army said on Monday that the talks with rebels in Jeddah had failed.", published="2023-06-07"
    )
    assert events_of(ex, "meeting") == []


def test_a_stay_told_without_a_place_is_where_the_story_just_was(extract):
    ex = extract(
        "US Secretary of State Rex Tillerson met President Recep Tayyip Erdogan in Ankara on Thursday. "
        "The talks lasted three hours. Tillerson is on a two-day working visit.",
        published="2018-02-15",
    )
    assert visits_of(ex) == [(["Rex Tillerson"], "Ankara")]


def test_a_stay_in_ones_own_country_is_no_visit(extract):
    ex = extract(
        "President Recep Tayyip Erdogan met US Secretary of State Rex Tillerson in Ankara on Thursday. "
        "Erdogan is on a two-day tour of the region.",
        published="2018-02-15",
    )
    assert all(names(v) != ["Recep Tayyip Erdogan"] for v in events_of(ex, "visit"))


def test_the_place_a_where_clause_hangs_from_is_the_earlier_stay(extract):
    ex = extract(
        "Russian Foreign Minister Sergei Lavrov arrived in Belgrade from Ljubljana, where he was on a "
        "working visit.",
        published="2018-02-21",
    )
    visits = {v.location: v.event_date for v in events_of(ex, "visit")}
    assert set(visits) == {"Belgrade", "Ljubljana"}
    assert visits["Ljubljana"] is None  # no day is told for the stay before


def test_an_arrival_on_a_visit_keeps_the_arrivals_place(extract):
    ex = extract(
        "MAKKAH: Prime Minister Shehbaz Sharif met Crown Prince Mohammed bin Salman on Sunday.\n\n"
        "Sharif arrived in Saudi Arabia on Saturday on his first foreign visit since his election.",
        published="2024-04-07",
    )
    assert [loc for _, loc in visits_of(ex)] == ["Makkah, Saudi Arabia"]


def test_a_title_before_a_comma_gives_the_persons_country(extract):
    ex = extract(
        "ISLAMABAD: Chinese Foreign Minister Qin Gang arrived on Friday.\n\n"
        "The Acting Afghan Foreign Minister, Amir Khan Muttaqi, is also due to arrive on Friday night.",
        published="2023-05-05",
    )
    assert (["Amir Khan Muttaqi"], "Islamabad") in visits_of(ex)


def test_an_airbase_named_after_a_person_is_not_in_a_town_of_their_first_name(extract):
    ex = extract(
        "Upon his arrival at Salem Khan Airbase on Friday, Chinese Foreign Minister Qin Gang was "
        "received by officials of the Foreign Office.",
        published="2023-05-05",
    )
    assert ex.events and "Salem" not in {e.location for e in ex.events}


def test_the_prime_ministers_residence_in_paris_is_in_paris(extract):
    ex = extract(
        "Bangladeshi Prime Minister Sheikh Hasina will go to the Matignon on Wednesday, where French Prime "
        "Minister Jean Castex will receive her.",
        published="2021-11-09",
    )
    assert {e.location for e in ex.events} == {"Paris"}


def test_the_speaker_who_announces_a_meeting_between_two_others_is_not_at_it(extract):
    ex = extract(
        '"There will be a bilateral meeting between Prime Minister Narendra Modi and President Xi Jinping '
        'tomorrow," Indian Foreign Secretary Vikram Misri said on Tuesday.',
        published="2024-10-22",
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [["Narendra Modi", "Xi Jinping"]]


def test_a_meeting_being_arranged_is_planned(extract):
    ex = extract(
        "Trump said he had begun arranging a meeting between Vladimir Putin and Volodymyr Zelensky.",
        published="2025-08-19",
    )
    assert [m.status for m in events_of(ex, "meeting")] == ["planned"]


def test_the_king_is_named_with_his_regnal_number(extract):
    ex = extract(
        "King Charles will meet Ukrainian President Volodymyr Zelensky at Sandringham on Sunday.",
        published="2025-03-01",
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [["King Charles", "Volodymyr Zelensky"]]


def test_a_truces_stated_end_is_no_milestone_until_it_happens(extract):
    ex = extract(
        "The Easter truce, which began on Saturday, is set to end at midnight on Sunday.",
        published="2025-04-19",
    )
    assert "ended" not in [e.milestone for e in events_of(ex, "ceasefire")]


def test_talks_that_broke_down_are_no_collapsed_truce(extract):
    ex = extract(
        "Egypt has mediated months of ceasefire talks that broke down in August without a deal.",
        published="2024-10-24",
    )
    assert [e.milestone for e in events_of(ex, "ceasefire")] == ["talks"]


def test_the_fighting_that_began_is_no_truce_taking_effect(extract):
    ex = extract(
        "Mediators failed to reach a ceasefire to end the fighting that began in April 2023.",
        published="2024-10-24",
    )
    assert "took_effect" not in [e.milestone for e in events_of(ex, "ceasefire")]


def test_talks_brokered_by_mediators_are_no_agreement(extract):
    ex = extract(
        "The army on Wednesday walked out of the ceasefire talks brokered by Kenya and Ethiopia.",
        published="2023-05-31",
    )
    assert "agreed" not in [e.milestone for e in events_of(ex, "ceasefire")]


def test_a_name_the_parser_hangs_on_its_own_title_is_still_a_speaker(extract):
    ex = extract(
        "United States President Donald Trump and Russian President Vladimir Putin in a telephone "
        "conversation on Tuesday discussed about ending the war in Syria.",
        published="2017-05-03",
    )
    assert [(names(m), m.mode) for m in events_of(ex, "meeting")] == [
        (["Donald Trump", "Vladimir Putin"], "call")
    ]


def test_the_united_kingdom_is_a_country_not_a_reference_to_one(extract):
    ex = extract("Ukrainian President Volodymyr Zelensky is currently visiting the United Kingdom.")
    assert visits_of(ex) == [(["Volodymyr Zelensky"], "United Kingdom")]


def test_a_delegation_leaving_a_capital_was_visiting_it(extract):
    ex = extract("The Hamas delegation has left Cairo after talks with Egyptian mediators.")
    assert visits_of(ex) == [(["Hamas delegation"], "Cairo")]


def test_the_tour_told_again_is_the_trip_of_the_visitor_just_told(extract):
    ex = extract(
        "US Secretary of State Antony Blinken visited Athens on Saturday. The tour spans Israel, the West "
        "Bank, Turkey, Jordan, Qatar, the United Arab Emirates, Saudi Arabia and Egypt.",
        published="2024-01-06",
    )
    places = {loc for people, loc in visits_of(ex) if people == ["Antony Blinken"]}
    assert {"Athens", "Israel", "Jordan", "Qatar", "Saudi Arabia", "Egypt"} <= places


def test_a_title_before_a_form_of_address_is_the_persons_role(extract):
    ex = extract(
        "Bangladeshi Prime Minister Sheikh Hasina arrived in Paris on Tuesday.\n\n"
        "The Prime Minister was accompanied by Foreign Minister AK Abdul Momen.",
        published="2021-11-10",
    )
    assert visits_of(ex) == [
        (["AK Abdul Momen", "Sheikh Hasina"], "Paris")
    ]  # the known name, as gold writes it


def test_a_title_with_a_posting_before_the_comma_still_names_the_person_after_it(extract):
    ex = extract(
        "Israeli Prime Minister Benjamin Netanyahu arrived in Washington on Monday. He also met with "
        "Trump's special envoy to the Middle East, Steve Witkoff.\n\nWhite House spokeswoman Karoline "
        "Leavitt told reporters on Monday that there are many important matters.",
        published="2025-07-08",
    )
    assert ["Benjamin Netanyahu", "Steve Witkoff"] in [names(m) for m in events_of(ex, "meeting")]


def test_companions_join_the_meeting_just_told_once_each(extract):
    ex = extract(
        "Argentine President Mauricio Macri arrived in New Delhi on Sunday. He was received at the airport "
        "by Minister of State Rajyavardhan Rathore.\n\nForeign Minister Jorge Faurie, Secretary Andres "
        "Ibarra and senior officials are accompanying President Macri during the visit.",
        published="2019-02-17",
    )
    for event in ex.events:
        people = [p.actor.canonical_name for p in event.participants]
        assert len(people) == len(set(people))


def test_a_contact_over_a_hotline_is_a_call(extract):
    ex = extract(
        "Pakistani general Kashif Abdullah and his Indian counterpart Rajiv Ghai had a third contact over "
        "hotline on Tuesday. The two sides remain in contact.",
        published="2025-05-14",
    )
    assert [(names(m), m.mode) for m in events_of(ex, "meeting")] == [
        (["Kashif Abdullah", "Rajiv Ghai"], "call")
    ]


def test_a_welcome_given_to_a_guest_and_a_banquet_in_their_honour_are_meetings(extract):
    ex = extract(
        "Prime Minister Imran Khan arrived in Beijing on Monday. Egyptian Foreign Minister Sameh Shoukry "
        "gave a warm welcome to Russian Foreign Minister Sergey Lavrov in Cairo. Chinese Premier Li Keqiang "
        "will host banquets in honour of the Prime Minister.",
        published="2025-05-14",
    )
    pairs = [names(m) for m in events_of(ex, "meeting")]
    assert ["Sameh Shoukry", "Sergey Lavrov"] in pairs
    assert ["Imran Khan", "Li Keqiang"] in pairs


def test_talks_told_to_continue_on_a_day_are_a_new_meeting_of_the_same_people(extract):
    ex = extract(
        "Russian President Vladimir Putin and Chinese President Xi Jinping will hold talks in the Kremlin on "
        "Monday afternoon. The talks will continue on March 21.",
        published="2023-03-20",
    )
    meetings = [(names(m), str(m.event_date)) for m in events_of(ex, "meeting")]
    assert meetings == [
        (["Vladimir Putin", "Xi Jinping"], "2023-03-20"),
        (["Vladimir Putin", "Xi Jinping"], "2023-03-21"),
    ]


def test_a_hyphenated_pair_of_countries_names_the_two_sides_of_talks(extract):
    ex = extract("Russian-Ukrainian peace talks resumed in Istanbul on Friday.", published="2025-05-12")
    assert [names(m) for m in events_of(ex, "meeting")] == [["Russian delegation", "Ukrainian delegation"]]


def test_named_people_stand_for_their_countries_delegations_when_one_meeting_is_told_twice(extract):
    ex = extract(
        "US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov held talks in Riyadh "
        "on Tuesday. The US-Russian talks in Riyadh on Tuesday lasted four hours.",
        published="2025-02-19",
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [["Marco Rubio", "Sergey Lavrov"]]


def test_two_countries_diplomats_gathering_meet(extract):
    ex = extract("Top US and Russian diplomats gathered in Riyadh on Tuesday.", published="2025-02-19")
    assert [names(m) for m in events_of(ex, "meeting")] == [["Russian diplomats", "US diplomats"]]


def test_a_crowd_gathering_is_no_meeting(extract):
    ex = extract("Thousands of protesters and students gathered outside parliament on Tuesday.")
    assert events_of(ex, "meeting") == []


def test_the_two_prime_ministers_are_the_two_prime_ministers_who_met_last(extract):
    ex = extract(
        "Nepalese Prime Minister KP Sharma Oli welcomed Indian Prime Minister Narendra Modi in Janakpur on "
        "Friday.\n\nModi will then call on President Bidya Devi Bhandari and Vice-President Nanda Bahadur "
        "Pun, in separate visits.\n\nThe two Prime Ministers will then hold bilateral talks at a hotel.",
        published="2018-05-11",
    )
    talks = [m for m in events_of(ex, "meeting") if m.trigger_word == "hold"]
    assert [names(m) for m in talks] == [["KP Sharma Oli", "Narendra Modi"]]


def test_a_guest_received_at_a_residence_visits_where_the_story_just_met_them(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan met with his Iranian counterpart Hassan Rouhani in the "
        "capital Ankara on Monday.\n\nErdogan received Rouhani at the presidential mansion and held a "
        "closed-door meeting.",
        published="2019-09-16",
    )
    assert visits_of(ex) == [(["Hassan Rouhani"], "Ankara")]


def test_one_person_spelled_two_ways_after_the_same_given_name_is_one_person(extract):
    ex = extract(
        "Eritrean President Isaias Afeworki received Ethiopian Prime Minister Abiy Ahmed at Asmara "
        "International on Sunday. President Isaias Afwerki and Abiy Ahmed will discuss regional issues.",
        published="2020-01-26",
    )
    eritreans = {p.actor.canonical_name for e in ex.events for p in e.participants} - {"Abiy Ahmed"}
    assert eritreans == {"Isaias Afwerki"}
    assert {e.location for e in events_of(ex, "visit")} == {"Asmara"}


def test_a_group_of_ministers_told_again_by_name_that_day_is_no_meeting_of_its_own(extract):
    ex = extract(
        "French Foreign Minister Jean-Noel Barrot and British Foreign Secretary David Lammy met Iranian "
        "Foreign Minister Abbas Araghchi in Geneva on Friday. European foreign ministers met their Iranian "
        "counterpart on Friday for three hours.",
        published="2025-06-21",
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [
        ["Abbas Araghchi", "David Lammy", "Jean-Noel Barrot"]
    ]
