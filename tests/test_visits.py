"""Visit rules, class by class, on plain sentences written for these tests: travel and presence,
hosting, places, visitors and companions, status. Each class has sentences that must give the
visit and look-alikes that must not."""

import pytest


def visits_of(extraction):
    return [e for e in extraction.events if e.event_type == "visit"]


def names(event):
    return sorted(p.actor.canonical_name for p in event.participants)


def summary(extraction):
    """(visitors, place, status) of every visit, in text order."""
    return [(names(v), v.location, v.status) for v in visits_of(extraction)]


# --- Travel told by arrival, departure and presence ------------------------------------------


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Italian Prime Minister Giorgia Meloni touched down in Tunis on Thursday.",
            "Giorgia Meloni",
            "Tunis",
        ),
        ("Foreign Minister Wang Yi reached Hanoi on Tuesday.", "Wang Yi", "Hanoi"),
        ("Chancellor Friedrich Merz flew into Tokyo late on Thursday.", "Friedrich Merz", "Tokyo"),
        ("Foreign Minister Wang Yi came to Brasilia on Thursday for talks.", "Wang Yi", "Brasília"),
    ],
)
def test_arrival_verbs_state_an_occurred_visit(extract, text, visitor, place):
    [visit] = visits_of(extract(text, published="2025-10-24"))
    assert (names(visit), visit.location, visit.status) == ([visitor], place, "occurred")


def test_a_stop_before_the_arrival_is_a_visit_too(extract):
    visits = visits_of(
        extract(
            "Foreign Minister Wang Yi reached Hanoi on Tuesday after a stop in Laos.", published="2025-10-24"
        )
    )
    assert [(names(v), v.location, v.status) for v in visits] == [
        (["Wang Yi"], "Hanoi", "occurred"),
        (["Wang Yi"], "Laos", "occurred"),
    ]
    assert str(visits[0].event_date) == "2025-10-21" and visits[1].event_date is None


def test_departed_origin_for_destination_is_planned_and_dated_that_day(extract):
    ex = extract("Chancellor Friedrich Merz left Berlin on Monday for Japan, his office said.")
    [visit] = visits_of(ex)
    assert (names(visit), visit.location, visit.status) == (["Friedrich Merz"], "Japan", "planned")
    assert str(visit.event_date) == "2025-10-20"


def test_departure_for_a_destination_after_the_date(extract):
    ex = extract("Defense Secretary Pete Hegseth departed Washington early on Friday for Singapore.")
    assert summary(ex) == [(["Pete Hegseth"], "Singapore", "planned")]


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Italian Prime Minister Giorgia Meloni is in Tunis for talks on migration.",
            "Giorgia Meloni",
            "Tunis",
        ),
        ("Russian Foreign Minister Sergey Lavrov was in Pyongyang on Friday.", "Sergey Lavrov", "Pyongyang"),
        (
            "Lebanese President Joseph Aoun had been in Rome meeting Italian officials when the news broke.",
            "Joseph Aoun",
            "Rome",
        ),
        ("CIA Director William Burns is also in Cairo to help the talks.", "William Burns", "Cairo"),
    ],
)
def test_being_in_a_place_abroad_is_a_visit(extract, text, visitor, place):
    [visit] = visits_of(extract(text))
    assert (names(visit), visit.location) == ([visitor], place)


def test_presence_dated_by_its_clause(extract):
    [visit] = visits_of(extract("Russian Foreign Minister Sergey Lavrov was in Pyongyang on Friday."))
    assert (str(visit.event_date), visit.status) == ("2025-10-17", "occurred")


def test_was_also_there_is_the_place_just_told(extract):
    ex = extract(
        "Israeli negotiators arrived in Doha on Monday for another round of talks. "
        "The US envoy for the region, Brett McGurk, was also there."
    )
    assert [(names(v), v.location) for v in visits_of(ex)] == [
        (["Israeli negotiators"], "Doha"),
        (["Brett McGurk"], "Doha"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron is in Paris this week.",
        "US President Joe Biden was in Delaware for the weekend.",
        "Chancellor Friedrich Merz was in a difficult position after the vote.",
        "The summit will be in Geneva next month.",
    ],
)
def test_being_at_home_or_in_a_state_of_affairs_is_no_visit(extract, text):
    assert summary(extract(text)) == []


def test_attending_an_event_abroad_is_a_visit(extract):
    ex = extract("Indian Prime Minister Narendra Modi is attending the climate summit in Baku this week.")
    assert summary(ex) == [(["Narendra Modi"], "Baku", "occurred")]


def test_attending_an_event_at_home_is_no_visit(extract):
    assert (
        summary(extract("Azerbaijani President Ilham Aliyev is attending the climate summit in Baku.")) == []
    )


def test_a_tour_that_covered_places_is_one_visit_per_place(extract):
    ex = extract(
        "Secretary of State Antony Blinken arrived in Riyadh on Sunday as part of his tour that "
        "already covered Jordan, Qatar and Egypt."
    )
    assert sorted(v.location for v in visits_of(ex)) == ["Egypt", "Jordan", "Qatar", "Riyadh"]
    assert {tuple(names(v)) for v in visits_of(ex)} == {("Antony Blinken",)}


def test_a_trip_that_will_take_the_visitor_to_places(extract):
    ex = extract(
        "Chancellor Friedrich Merz left for Oslo on Monday on a trip that will also take him to "
        "Helsinki and Tallinn."
    )
    assert sorted((v.location, v.status) for v in visits_of(ex)) == [
        ("Helsinki", "planned"),
        ("Oslo", "planned"),
        ("Tallinn", "planned"),
    ]


def test_during_a_visit_the_visitor_is_the_clause_subject(extract):
    ex = extract(
        "Hungarian Prime Minister Viktor Orban spoke beside President Volodymyr Zelensky during a "
        "surprise visit to Ukraine on Tuesday."
    )
    assert summary(ex) == [(["Viktor Orban"], "Ukraine", "occurred")]


def test_during_his_stay_with_the_owner_named_later(extract):
    ex = extract("During his stay in Jakarta, President Cyril Ramaphosa met business leaders.")
    assert summary(ex) == [(["Cyril Ramaphosa"], "Jakarta", "occurred")]


def test_visits_a_visit_follows_are_the_same_travellers(extract):
    ex = extract(
        "Kenyan President William Ruto landed in Oslo on Monday. "
        "His visit to Norway follows state visits to Sweden and Finland."
    )
    assert [(names(v), v.location) for v in visits_of(ex)] == [
        (["William Ruto"], "Oslo, Norway"),
        (["William Ruto"], "Sweden"),
        (["William Ruto"], "Finland"),
    ]


def test_visit_to_the_country_named_just_before(extract):
    ex = extract(
        "British Prime Minister Keir Starmer signed a pact with Ukraine on Thursday during an "
        "unannounced visit to the war-torn country."
    )
    assert summary(ex) == [(["Keir Starmer"], "Ukraine", "occurred")]


def test_returning_to_a_foreign_city_is_a_visit_and_returning_home_is_not(extract):
    assert summary(extract("US envoy Amos Hochstein returned to Beirut on Monday.")) == [
        (["Amos Hochstein"], "Beirut", "occurred")
    ]
    assert summary(extract("Indian Prime Minister Narendra Modi returned to New Delhi on Friday.")) == []


def test_arrived_here_is_the_dateline_city(extract):
    ex = extract(
        "MANILA (Reuters) - Japanese Prime Minister Fumio Kishida arrived here on Friday for a two-day visit."
    )
    assert summary(ex) == [(["Fumio Kishida"], "Manila", "occurred")]


def test_a_foreign_guest_arriving_with_no_place_arrives_at_the_dateline(extract):
    ex = extract(
        "JAKARTA (AP) - Malaysian Prime Minister Anwar Ibrahim also arrived for the summit on Friday."
    )
    assert summary(ex) == [(["Anwar Ibrahim"], "Jakarta", "occurred")]
    ex = extract("JAKARTA (AP) - Indonesian President Prabowo Subianto arrived late for the summit.")
    assert summary(ex) == []


def test_arrived_in_the_capital_is_the_dateline_capital(extract):
    ex = extract("ISLAMABAD: Sri Lankan President Ranil Wickremesinghe arrived in the capital on Sunday.")
    assert summary(ex) == [(["Ranil Wickremesinghe"], "Islamabad", "occurred")]


# --- Hosting ---------------------------------------------------------------------------------


def test_hosting_a_foreign_guest_at_a_venue_is_the_guests_visit_to_its_city(extract):
    ex = extract(
        "Chinese President Xi Jinping hosted Brazilian President Luiz Inacio Lula da Silva at the "
        "Great Hall of the People on Friday."
    )
    [visit] = visits_of(ex)
    assert (visit.location, visit.status, visit.cameo_code) == ("Beijing", "occurred", "043")
    assert names(visit) == ["Luiz Inacio Lula da Silva"]


def test_a_guest_titled_before_a_comma_and_a_form_of_address_visits_too(extract):
    ex = extract(
        "President William Ruto on Monday received the former Dutch Prime Minister, Mr Mark "
        "Rutte, at State House in Nairobi."
    )
    assert summary(ex) == [(["Mark Rutte"], "Nairobi", "occurred")]


@pytest.mark.parametrize(
    ("venue", "city"),
    [("the Casa Rosada", "Buenos Aires"), ("the Kremlin Palace in Russia", "Moscow, Russia")],
)
def test_a_seat_of_government_stands_for_its_city(extract, venue, city):
    ex = extract(f"Brazilian President Luiz Inacio Lula da Silva was received at {venue} on Friday.")
    assert [v.location for v in visits_of(ex)] == [city]


def test_welcomed_by_a_host_in_the_passive(extract):
    ex = extract(
        "German Chancellor Friedrich Merz was welcomed by President Emmanuel Macron at the Elysee Palace."
    )
    assert summary(ex) == [(["Friedrich Merz"], "Paris", "occurred")]


def test_a_guest_received_at_the_airport_visits_the_dateline_city(extract):
    ex = extract(
        "NEW DELHI, Sept 8 (Reuters) - Leaders gathered for the summit on Friday.\n\n"
        "Italian Prime Minister Giorgia Meloni was received at the airport by Minister Darshana "
        "Jardosh.\n\nPrime Minister Narendra Modi was welcomed at the airport by party workers.",
        published="2023-09-08",
    )
    assert summary(ex) == [(["Giorgia Meloni"], "New Delhi", "occurred")]


def test_host_received_the_guest_upon_his_arrival(extract):
    ex = extract(
        "Egyptian President Abdel Fattah al-Sisi received Sudanese army chief Abdel Fattah al-Burhan "
        "upon his arrival at Cairo International Airport on Thursday."
    )
    assert [(names(v), v.location) for v in visits_of(ex)] == [(["Abdel Fattah al-Burhan"], "Cairo")]


@pytest.mark.parametrize(
    "text",
    [
        "Qatari Emir Tamim bin Hamad Al Thani hosted talks in Doha on Friday.",
        "Chinese President Xi Jinping hosted a banquet in Beijing on Friday.",
        "President Donald Trump hosted Republican senators at the White House on Friday.",
    ],
)
def test_hosting_a_meeting_or_a_guest_from_home_is_no_visit(extract, text):
    assert summary(extract(text)) == []


def test_hosting_adds_nothing_when_the_trip_is_told(extract):
    ex = extract(
        "Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Thursday. "
        "Chinese President Xi Jinping hosted Lula at the Great Hall of the People on Friday."
    )
    [visit] = visits_of(ex)
    assert (visit.location, str(visit.event_date), visit.cameo_code) == ("Beijing", "2025-10-16", "042")


# --- Places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mossad chief David Barnea arrived in the Egyptian capital on Monday.", "Cairo"),
        ("A dozen European leaders visited Ukraine's capital on Monday.", "Kyiv"),
        ("Indian Prime Minister Narendra Modi landed at Vnukovo airport on Monday.", "Moscow"),
        ("Sudanese army chief Abdel Fattah al-Burhan arrived at Asmara International Airport.", "Asmara"),
        ("Japanese Prime Minister Fumio Kishida arrived at Seoul Air Base in Seongnam on Sunday.", "Seoul"),
    ],
)
def test_capitals_and_airports_resolve_to_their_city(extract, text, place):
    [visit] = visits_of(extract(text))
    assert visit.location == place


def test_a_city_visit_absorbs_the_country_visit_of_the_same_trip(extract):
    ex = extract(
        "US envoy Morgan Ortagus arrived in Beirut on Friday for her second visit to Lebanon this year."
    )
    this_trip = [(names(v), v.location, v.status) for v in visits_of(ex) if not v.earlier]
    assert this_trip == [(["Morgan Ortagus"], "Beirut, Lebanon", "occurred")]
    # "her second visit": one before this trip, with no day told
    assert [(v.location, v.event_date) for v in visits_of(ex) if v.earlier] == [("Lebanon", None)]


def test_a_country_visit_takes_the_city_its_visitor_departs_and_not_a_later_leg(extract):
    ex = extract(
        "German Chancellor Olaf Scholz arrived in Kenya on Tuesday.\n\n"
        "Scholz will leave Nairobi on Wednesday evening for Mombasa, where he will tour the port."
    )
    arrival = next(v for v in visits_of(ex) if v.status == "occurred")
    assert arrival.location == "Nairobi, Kenya"
    assert {v.location for v in visits_of(ex) if v.status == "planned"} == {"Mombasa"}


def test_departing_for_a_country_then_for_its_city_is_one_visit_to_the_city(extract):
    ex = extract(
        "President Donald Trump left Washington on Tuesday for the Netherlands. Before departing for "
        "The Hague, Trump spoke to reporters."
    )
    assert [(names(v), v.location) for v in visits_of(ex)] == [
        (["Donald Trump"], "The Hague, The Netherlands")
    ]


def test_a_visit_to_ones_own_country_is_no_visit(extract):
    ex = extract("Israeli Prime Minister Benjamin Netanyahu made a visit to Israel on Sunday, aides said.")
    assert summary(ex) == []


def test_a_trip_to_a_city_at_home_is_still_a_visit(extract):
    ex = extract("US President Donald Trump flew to Alaska on Friday for the summit.", published="2025-08-16")
    assert summary(ex) == [(["Donald Trump"], "Alaska", "occurred")]


def test_the_last_visitor_before_a_first_visit_since_made_a_visit(extract):
    ex = extract(
        "President Ana Moreno flew to Havana, Cuba, on Monday. The trip made her the first "
        "Peruvian president to visit the country since Alan Garcia in 2009.",
        published="2025-06-25",
    )
    assert (["Alan Garcia"], "Cuba", "occurred") in summary(ex)


def test_the_country_a_visit_is_to_is_not_the_visitors_own(extract):
    ex = extract(
        "Cuba hosted the US president on Sunday. His arrival made him the first sitting U.S. "
        "president to visit the country since Calvin Coolidge in 1928.",
        published="2016-03-22",
    )
    assert (["Calvin Coolidge"], "Cuba", "occurred") in summary(ex)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("President Emmanuel Macron is going to Beijing next week.", "planned"),
        ("President Emmanuel Macron went to Beijing last week.", "occurred"),
    ],
)
def test_going_to_a_place_is_travel(extract, text, status):
    assert summary(extract(text, published="2025-06-25")) == [(["Emmanuel Macron"], "Beijing", status)]


def test_going_to_war_or_to_meet_is_no_trip(extract):
    ex = extract("President Emmanuel Macron said France would go to war. He is going to meet Xi Jinping.")
    assert visits_of(ex) == []


def test_leaving_a_foreign_place_ends_a_visit_there(extract):
    ex = extract(
        "President Emmanuel Macron left Beijing on Friday after a three-day state visit. "
        "President Donald Trump departed Washington on Friday. "
        "President Emmanuel Macron will leave Berlin on Saturday. "
        "The Israeli delegation left Cairo on Tuesday without a deal.",
        published="2025-06-25",
    )
    assert [(names(v), v.location, v.status) for v in visits_of(ex)] == [
        (["Emmanuel Macron"], "Beijing", "occurred"),
        (["Israeli delegation"], "Cairo", "occurred"),
    ]


# --- Visitors: companions, groups, outlets -----------------------------------------------------


def test_companions_accompanying_the_president_join_his_trip(extract):
    ex = extract(
        "President Donald Trump landed in Brussels on Tuesday. Secretary of State Marco Rubio and "
        "Defense Secretary Pete Hegseth are accompanying the president.",
        published="2025-06-25",
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Donald Trump", "Marco Rubio", "Pete Hegseth"]


def test_a_companion_at_a_meeting_on_arrival_joins_the_trip(extract):
    ex = extract(
        "President Ana Moreno landed in Santiago on Monday. Moreno, accompanied by her husband "
        "Tomas Diaz, was greeted at the airport by Foreign Minister Alberto van Klaveren.",
        published="2025-06-25",
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Ana Moreno", "Tomas Diaz"]


def test_the_one_thanked_for_visiting_is_the_visitor(extract):
    ex = extract(
        "President Ana Moreno thanked Chilean President Gabriel Boric for visiting Lima last week.",
        published="2025-06-25",
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Gabriel Boric"]


def test_a_companion_the_parser_hung_on_another_noun_joins_the_trip(extract):
    ex = extract(
        "Chinese President Xi Jinping begins state visit to Laos\n\n"
        "Amid the cheers of around 500 well-wishers from Laos and China, Xi Jinping, Chinese "
        "president and party leader, accompanied by his wife Peng Liyuan, walked off the plane."
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Peng Liyuan", "Xi Jinping"]


def test_accompanying_x_are_people_listed_after(extract):
    ex = extract(
        "President Donald Trump flew to Anchorage on Friday. Accompanying Trump are senior US "
        "officials, including Treasury Secretary Scott Bessent and special envoy Steve Witkoff.",
        published="2025-08-15",
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Donald Trump", "Scott Bessent", "Steve Witkoff"]


def test_a_delegation_that_included_people_joins_the_trip(extract):
    ex = extract(
        "Sudanese army chief Abdel Fattah al-Burhan arrived in Asmara on Tuesday. "
        "The Sudanese delegation included Foreign Minister Ali Youssef and intelligence chief Ahmed Mofadal."
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Abdel Fattah al-Burhan", "Ahmed Mofadal", "Ali Youssef"]


def test_among_them_names_the_members_of_a_visiting_group(extract):
    ex = extract(
        "A dozen leaders from Europe and Canada visited Kyiv on Monday. Among them were "
        "European Commission President Ursula von der Leyen and Canadian Prime Minister Justin Trudeau."
    )
    [visit] = visits_of(ex)
    assert {"Justin Trudeau", "Ursula von der Leyen"} <= set(names(visit))


@pytest.mark.parametrize(
    "members",
    [
        "Former ministers Rangin Spanta and Amrullah Saleh are among the members of the delegation.",
        "The delegation includes former ministers Rangin Spanta and Amrullah Saleh.",
    ],
)
def test_the_delegation_told_again_is_the_people_named_as_its_members(extract, members):
    ex = extract(f"{members} The delegation will fly from Kabul to Tashkent on Sunday.")
    assert summary(ex) == [(["Amrullah Saleh", "Rangin Spanta"], "Tashkent", "planned")]


def test_a_delegation_told_again_is_the_one_led_by_a_person(extract):
    ex = extract(
        "A delegation led by senator Maria Cantwell was formed on Monday. "
        "The delegation will travel to Nairobi next week."
    )
    assert summary(ex) == [(["Maria Cantwell"], "Nairobi", "planned")]


def test_another_countrys_delegation_does_not_join_the_trip(extract):
    ex = extract(
        "Russian Foreign Minister Sergey Lavrov arrived in Riyadh on Tuesday. "
        "The U.S. delegation will include National Security Adviser Mike Waltz."
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Sergey Lavrov"]


def test_an_outlet_in_the_byline_is_no_part_of_the_visiting_group(extract):
    ex = extract("(MENAFN- Live Mint) Israeli negotiators arrived in Cairo on Thursday.")
    assert [(names(v), v.location) for v in visits_of(ex)] == [(["Israeli negotiators"], "Cairo")]


def test_an_outlet_that_reported_the_arrival_is_no_visitor(extract):
    ex = extract(
        "US envoy Morgan Ortagus concluded her talks with President Joseph Aoun on Saturday, after "
        "arriving in Beirut on Friday, Al-Monitor reported."
    )
    assert [names(v) for v in visits_of(ex)] == [["Morgan Ortagus"]]


def test_a_caption_glued_to_a_place_is_no_part_of_it(extract):
    ex = extract("Egyptian President Abdel Fattah el-Sisi arrived in Khartoum- Screenshot on Monday.")
    assert [v.location for v in visits_of(ex)] == ["Khartoum"]


def test_a_ministry_does_not_travel(extract):
    ex = extract(
        "Russia's Ministry of Foreign Affairs, which on Wednesday arrived in Samarkand, posted photos."
    )
    assert visits_of(ex) == []


def test_a_delegation_of_two_sides_is_two_delegations(extract):
    ex = extract("A delegation of Hamas and Israel arrived in Cairo for ceasefire talks.")
    [visit] = visits_of(ex)
    assert names(visit) == ["Hamas delegation", "Israeli delegation"]


def test_sending_a_delegation_is_its_planned_visit(extract):
    ex = extract("Israel will send a delegation to Doha on Monday to advance the negotiations.")
    assert summary(ex) == [(["Israeli delegation"], "Doha", "planned")]


def test_a_sent_delegation_described_but_not_named_is_the_senders(extract):
    ex = extract("Egypt will dispatch a high-level security delegation to Khartoum on Sunday.")
    assert summary(ex) == [(["Egyptian delegation"], "Khartoum", "planned")]


# --- Status ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("President Omar Haddad is due to arrive in Nairobi on Friday.", "planned"),
        ("Chancellor Friedrich Merz will travel to Warsaw next week, his office said.", "planned"),
        ("President Cyril Ramaphosa postponed his visit to Paris.", "cancelled"),
    ],
)
def test_status_of_a_visit(extract, text, status):
    [visit] = visits_of(extract(text))
    assert visit.status == status


@pytest.mark.parametrize(
    "text",
    [
        "President Vladimir Putin invited Prime Minister Narendra Modi to visit Moscow.",
        "President Cyril Ramaphosa wants to visit Nairobi soon.",
        "Trade between the two countries reached $5 billion last year.",
    ],
)
def test_invitations_wishes_and_figures_are_no_visits(extract, text):
    assert summary(extract(text)) == []


def test_a_country_arrival_stays_beside_the_planned_city_legs(extract):
    ex = extract(
        "Australian Prime Minister Anthony Albanese arrived in India on Wednesday for a four-day "
        "visit. He will travel to Ahmedabad and Mumbai before holding talks in New Delhi on Friday."
    )
    assert sorted((v.location, v.status) for v in visits_of(ex)) == [
        ("Ahmedabad", "planned"),
        ("India", "occurred"),
        ("Mumbai", "planned"),
    ]


def test_a_stopover_on_the_way_is_a_visit(extract):
    ex = extract("On his way to Russia, External Affairs Minister S. Jaishankar made a stopover in Tehran.")
    assert [(names(v), v.location) for v in visits_of(ex)] == [(["Subrahmanyam Jaishankar"], "Tehran")]


def test_attending_an_event_named_after_its_city(extract):
    ex = extract("Chinese Foreign Minister Wang Yi attended the Munich Security Conference on Saturday.")
    assert summary(ex) == [(["Wang Yi"], "Munich", "occurred")]


def test_holding_a_delegation_back_from_travelling_cancels_its_visit(extract):
    ex = extract(
        "The prime minister decided to hold back the Israeli delegation from traveling to Cairo. "
        "Qatar barred the Hamas delegation from flying to Doha."
    )
    assert [(names(v), v.location, v.status) for v in visits_of(ex)] == [
        (["Israeli delegation"], "Cairo", "cancelled"),
        (["Hamas delegation"], "Doha", "cancelled"),
    ]


def test_a_title_in_apposition_gives_the_visitors_country(extract):
    ex = extract("Abdel Fattah al-Burhan, chairman of Sudan's Sovereign Council, was in Khartoum on Monday.")
    assert summary(ex) == []


def test_a_tour_that_officials_said_would_include_places(extract):
    ex = extract(
        "Foreign Minister Wang Yi will travel to Spain next week, the first stop on a tour that "
        "officials said would also include France and Italy."
    )
    assert sorted((v.location, v.status) for v in visits_of(ex)) == [
        ("France", "planned"),
        ("Italy", "planned"),
        ("Spain", "planned"),
    ]


def test_an_arrival_without_a_place_shares_the_coordinated_arrivals_place(extract):
    ex = extract(
        "Rwandan President Paul Kagame arrived in Washington on Wednesday, while Congolese President "
        "Felix Tshisekedi landed late on Tuesday, officials said."
    )
    assert sorted((names(v)[0], v.location) for v in visits_of(ex)) == [
        ("Felix Tshisekedi", "Washington"),
        ("Paul Kagame", "Washington"),
    ]


def test_landing_with_no_place_anywhere_is_no_visit(extract):
    assert summary(extract("The plane carrying the delegation landed late on Tuesday.")) == []


def test_the_visit_an_arrival_is_for_belongs_to_whoever_arrived(extract):
    ex = extract(
        "US envoy Morgan Ortagus met Lebanese President Joseph Aoun on Saturday, after arriving in "
        "Beirut on Friday for her second visit to Lebanon this year."
    )
    assert [(names(v), v.location) for v in visits_of(ex) if not v.earlier] == [
        (["Morgan Ortagus"], "Beirut, Lebanon")
    ]


def test_a_headline_infinitive_is_a_planned_visit(extract):
    ex = extract(
        "Israel to send delegation to Doha on Monday\n\nThe talks resume next week.", published="2025-03-08"
    )
    [visit] = visits_of(ex)
    assert (visit.location, visit.status, str(visit.event_date)) == ("Doha", "planned", "2025-03-10")


def test_a_news_conference_is_no_event_to_travel_to(extract):
    ex = extract("Secretary of State Mike Pompeo attends a news conference in Riyadh on Sunday.")
    assert summary(ex) == []


@pytest.mark.parametrize(
    "text",
    [
        "Leaders attending the summit in Johannesburg include Indian Prime Minister Narendra Modi and "
        "Brazilian President Luiz Inacio Lula da Silva.",
        "Indian Prime Minister Narendra Modi and Brazilian President Luiz Inacio Lula da Silva are among "
        "the leaders attending the summit in Johannesburg.",
    ],
)
def test_leaders_said_to_attend_a_summit_abroad_visit_its_city(extract, text):
    visits = visits_of(extract(text))
    assert sorted(n for v in visits for n in names(v)) == ["Luiz Inacio Lula da Silva", "Narendra Modi"]
    assert {v.location for v in visits} == {"Johannesburg"}


# --- The city of a trip told by its country ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("New Delhi, March 3: Kenyan President William Ruto arrived here on a state visit.", "New Delhi"),
        ("Nairobi — Ghanaian President John Mahama arrived here on Monday for talks.", "Nairobi"),
        ("Lusaka.\n\nAngolan President Joao Lourenco arrived here on Monday.", "Lusaka"),
    ],
)
def test_arrived_here_under_a_dateline_in_title_case(extract, text, place):
    assert [(v.location, v.status) for v in visits_of(extract(text))] == [(place, "occurred")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow, which hosts the forum, said Indian Prime Minister Narendra Modi arrived here on Monday.",
        "Tehran says the talks went well.\n\nOmani Foreign Minister Badr Albusaidi arrived here on Monday.",
    ],
)
def test_a_city_opening_a_sentence_is_no_dateline(extract, text):
    assert visits_of(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "DAR ES SALAAM (AP) — Ugandan President Yoweri Museveni has arrived in Tanzania for a two-day visit.",
        "Dar es Salaam, Oct 21: Ugandan President Yoweri Museveni arrived in Tanzania on Tuesday.",
        "Ugandan President Yoweri Museveni arrived in Tanzania on Tuesday. Tanzanian President Samia "
        "Suluhu Hassan received Museveni at the airport in Dar es Salaam.",
    ],
)
def test_a_country_arrival_takes_the_city_the_article_places_it_in(extract, text):
    ex = extract(text)
    assert [(names(v), v.location) for v in visits_of(ex)] == [
        (["Yoweri Museveni"], "Dar es Salaam, Tanzania")
    ]


def test_a_country_visit_takes_the_city_of_the_visitors_talks_on_that_trip(extract):
    ex = extract(
        "US envoy Tom Barrack visited Israel on Monday. Barrack held talks in Jerusalem on Monday "
        "with Israeli Prime Minister Benjamin Netanyahu."
    )
    assert [(names(v), v.location) for v in visits_of(ex)] == [(["Tom Barrack"], "Jerusalem, Israel")]


@pytest.mark.parametrize(
    "text",
    [
        # a past trip under today's dateline
        "DAR ES SALAAM (AP) — Ugandan President Yoweri Museveni visited Tanzania in March 2019.",
        # two cities of the trip: no telling which
        "US envoy Tom Barrack visited Israel on Monday. Barrack held talks with Benjamin Netanyahu in "
        "Jerusalem and met opposition leader Yair Lapid in Tel Aviv on Monday.",
        # the dateline's city and another city of the trip
        "HAIFA, Israel (AP) — US envoy Tom Barrack arrived in Israel on Monday and drove straight to "
        "Jerusalem.",
        # someone else's talks
        "US envoy Tom Barrack visited Israel on Monday. Netanyahu held talks in Jerusalem on Monday "
        "with German Chancellor Friedrich Merz.",
    ],
)
def test_a_country_visit_keeps_its_country_when_the_city_is_not_the_trips(extract, text):
    visit = next(v for v in visits_of(extract(text)) if "Barrack" in names(v)[0] or "Museveni" in names(v)[0])
    assert visit.location in ("Tanzania", "Israel")


def test_an_airport_in_a_city_is_a_visit_to_the_city(extract):
    ex = extract("Chinese President Xi Jinping landed at Noi Bai International Airport in Hanoi on Tuesday.")
    assert [v.location for v in visits_of(ex)] == ["Hanoi"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russian Foreign Minister Sergey Lavrov was in the Hellenic Republic on Tuesday.", "Greece"),
        ("Indian Prime Minister Narendra Modi will visit the US in September.", "United States"),
        ("Chinese Premier Li Qiang arrived in the Russian Federation on Monday.", "Russia"),
        ("Japanese Prime Minister Fumio Kishida visited Britain on Monday.", "Britain"),
    ],
)
def test_a_country_written_by_a_formal_name_or_abbreviation_is_its_common_name(extract, text, place):
    assert [v.location for v in visits_of(extract(text))] == [place]


def test_a_visit_to_the_kingdom_is_to_the_country_named_before(extract):
    ex = extract(
        "US Secretary of State Mike Pompeo flew to Saudi Arabia on Tuesday. During his three-day visit "
        "to the Kingdom, he will meet King Salman."
    )
    assert {v.location for v in visits_of(ex)} == {"Saudi Arabia"}


@pytest.mark.parametrize("kingdom", ["kingdom", "Kingdom"])
def test_the_kingdom_with_no_country_named_is_no_place(extract, kingdom):
    ex = extract(f"US Secretary of State Mike Pompeo arrived in the {kingdom} on Sunday.")
    assert visits_of(ex) == []


def test_a_surname_without_its_article_names_the_person():
    from ingest.events.visitors import bare_surname

    assert bare_surname("Abdel Fattah Al-Burhan") == bare_surname("Burhan") == "burhan"
    assert bare_surname("Abdel Fattah el-Sisi") == "sisi"
    assert bare_surname("Al-") == "al-"


def test_people_who_travel_with_the_visitor_visit_too(extract):
    ex = extract(
        "Canadian Prime Minister Mark Carney flew to Manila on Sunday with Foreign Minister "
        "Anita Anand. Japanese Prime Minister Sanae Takaichi, together with Foreign Minister "
        "Toshimitsu Motegi, arrived in Kuala Lumpur on Monday."
    )
    visits = {v.location: names(v) for v in visits_of(ex)}
    assert visits["Manila"] == ["Anita Anand", "Mark Carney"]
    assert visits["Kuala Lumpur"] == ["Sanae Takaichi", "Toshimitsu Motegi"]


def test_what_a_visitor_brings_is_no_companion(extract):
    ex = extract("US envoy Steve Witkoff arrived in Cairo with a new proposal on Tuesday.")
    [visit] = visits_of(ex)
    assert names(visit) == ["Steve Witkoff"]


def test_the_visit_of_a_person_to_a_place_names_its_visitor(extract):
    ex = extract("The talks follow the visit of Prime Minister Rahul Verma to Argentina in December.")
    assert summary(ex) == [(["Rahul Verma"], "Argentina", "occurred")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Secretary of State Mark Dale will travel to Ramallah, Cairo, and Amman over the next two days.",
            ["Ramallah", "Cairo", "Amman"],
        ),
        ("Secretary of State Mark Dale will depart Abuja at 10 pm for Lagos.", ["Lagos"]),
        (
            "Secretary Mark Dale's African tour will include stops in Cape Verde, Ivory Coast and Angola.",
            ["Cape Verde", "Ivory Coast", "Angola"],
        ),
        (
            "The ministry earlier disclosed that Mark Dale's tour would include stops in Kenya and Ghana.",
            ["Kenya", "Ghana"],
        ),
    ],
)
def test_every_leg_of_a_told_itinerary_is_a_visit(extract, text, places):
    assert [v.location for v in visits_of(extract(text))] == places


def test_a_visit_to_several_countries_that_includes_some_is_planned_there(extract):
    ex = extract(
        "Brazilian President Lula left for Peru on Monday on the first leg of his week-long visit "
        "to four South American countries that also includes Chile and Bolivia."
    )
    assert summary(ex) == [
        (["Luiz Inácio Lula da Silva"], "Peru", "planned"),
        (["Luiz Inácio Lula da Silva"], "Chile", "planned"),
        (["Luiz Inácio Lula da Silva"], "Bolivia", "planned"),
    ]


def test_a_country_the_model_takes_for_an_organisation_is_its_own_leg(extract):
    # the model tags 'Mauritius' ORG; its conjunct 'Sri Lanka' is a place of its own, not its name
    ex = extract(
        "Indian Prime Minister Rahul Verma left for Seychelles on Tuesday on the first leg of his "
        "five-day visit to three island nations that also includes Mauritius and Sri Lanka."
    )
    assert [v.location for v in visits_of(ex)] == ["Seychelles", "Mauritius", "Sri Lanka"]


def test_companions_named_after_a_colon_and_a_semicolon_travel_too(extract):
    ex = extract(
        "Ghanaian President Nana Mensah arrived in Cuba on Wednesday on an official visit. "
        "Accompanying the distinguished visitor were the Ministers of Foreign Affairs, Health, and "
        "Education: Shirley Botchwey, Matthew Prempeh and Kwaku Manu, respectively; and the trade "
        "envoy Ama Boateng."
    )
    [visit] = visits_of(ex)
    assert names(visit) == ["Ama Boateng", "Kwaku Manu", "Matthew Prempeh", "Nana Mensah", "Shirley Botchwey"]


@pytest.mark.parametrize(
    ("airport", "city"),
    [
        ("Daxing International Airport", "Beijing"),
        ("Esenboga Airport", "Ankara"),
        ("Bole International Airport", "Addis Ababa"),
    ],
)
def test_an_airport_named_after_no_city_stands_for_the_city_it_serves(extract, airport, city):
    ex = extract(f"Foreign Minister Penny Wong landed at {airport} on Monday.")
    assert [v.location for v in visits_of(ex)] == [city]


def test_a_city_named_after_city_of_is_a_place_though_tagged_as_a_person(extract):
    ex = extract(
        "Prime Minister Shinzo Abe arrived in Manila on Thursday to meet President Rodrigo Duterte. "
        "He will travel to Duterte's native city of Davao on Friday."
    )
    places = {v.location for v in visits_of(ex)}
    assert "Davao" in places
    people = {a.canonical_name for a in ex.actors if a.kind == "person"}
    assert "Davao" not in people
