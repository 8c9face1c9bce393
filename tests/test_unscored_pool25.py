"""Rules found while reading the misses of pools 17a-24c in the twenty-first round (breaches
charged, damage done despite a truce, what a plan holds, 'the arrival of X in P'), each on
sentences written for these tests, with the near misses each rule must leave alone. Pools
25a-25c were only measured."""

import pytest

from tests.test_events import events_of


def milestones_of(ex) -> set[str]:
    return {e.milestone for e in events_of(ex, "ceasefire")}


def visits_of(ex) -> set[tuple[str, str | None]]:
    return {(p.actor.canonical_name, e.location) for e in events_of(ex, "visit") for p in e.participants}


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce in Sudan remains fragile, with both armies accusing each other of violations.",
        "The truce in Sudan is shaky, with each side blaming the other for breaches.",
    ],
)
def test_a_breach_charged_beside_a_truce_is_a_violation(extract, sentence):
    assert "violated" in milestones_of(extract(sentence, published="2025-05-12"))


def test_violations_a_monitor_is_reporting_are_still_no_breach(extract):
    ex = extract(
        "The ceasefire commission set up a hotline for reporting violations in Sudan.",
        published="2025-05-12",
    )
    assert "violated" not in milestones_of(ex)


@pytest.mark.parametrize("verb", ["damaged", "destroyed"])
def test_damage_done_despite_a_truce_is_a_violation(extract, verb):
    ex = extract(
        f"Ukraine said Russian drones had {verb} two substations despite the energy ceasefire.",
        published="2025-03-26",
    )
    assert "violated" in milestones_of(ex)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Egyptian framework includes the release of ten hostages and a 50-day ceasefire in Gaza.",
        "The Qatari blueprint envisages a two-month truce in Gaza.",
    ],
)
def test_a_truce_a_plan_holds_is_proposed(extract, sentence):
    assert milestones_of(extract(sentence, published="2025-05-12")) == {"proposed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The signed agreement includes a ceasefire in Gaza and the reopening of crossings.",
        "The Egyptian plan does not include a ceasefire in Gaza.",
    ],
)
def test_what_a_deal_holds_or_a_plan_leaves_out_is_not_proposed(extract, sentence):
    assert "proposed" not in milestones_of(extract(sentence, published="2025-05-12"))


def test_the_arrival_of_someone_in_a_place_is_their_visit_there(extract):
    ex = extract(
        "The minister spoke to reporters shortly before the arrival of King Harald V and "
        "Prime Minister Jonas Gahr Store in Lisbon.",
        published="2025-05-12",
    )
    assert {("Harald V", "Lisbon"), ("Jonas Gahr Store", "Lisbon")} <= visits_of(ex)


def test_the_arrival_of_goods_makes_no_one_a_visitor(extract):
    ex = extract("Israel allowed the arrival of aid trucks in Gaza on Sunday.", published="2025-05-12")
    assert not events_of(ex, "visit")


def test_the_two_sides_are_the_pair_just_named(extract):
    ex = extract(
        "Peruvian Foreign Minister Elmer Schialer and Chilean Foreign Minister Alberto van Klaveren "
        "met in Lima on Monday. The two sides will meet again on Friday.",
        published="2025-04-16",
    )
    planned = [e for e in events_of(ex, "meeting") if e.status == "planned"]
    assert [sorted(p.actor.canonical_name for p in e.participants) for e in planned] == [
        ["Alberto van Klaveren", "Elmer Schialer"]
    ]


def test_a_visit_stop_at_a_hotel_is_part_of_the_trip_to_the_city(extract):
    ex = extract(
        "Prime Minister Kenji Sato arrived in Jeddah on Tuesday. Upon his arrival at the Crown Plaza "
        "Hotel, Sato was welcomed by members of the Japanese community.",
        published="2025-04-22",
    )
    assert visits_of(ex) == {("Kenji Sato", "Jeddah")}


def names_of(ex) -> set[str]:
    return {a.canonical_name for a in ex.actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "ruler"),
    [
        (
            "Qatar's Emir Sheikh Tamim welcomed President Ana Silva in Doha on Sunday.",
            "Tamim bin Hamad Al Thani",
        ),
        (
            "The Emir of Kuwait Sheikh Meshal welcomed President Ana Silva on Sunday.",
            "Mishal Al-Ahmad Al-Jaber Al-Sabah",
        ),
        (
            "UAE President Sheikh Mohamed welcomed President Ana Silva on Sunday.",
            "Mohamed bin Zayed Al Nahyan",
        ),
    ],
)
def test_a_gulf_ruler_named_by_style_and_given_name_is_known(extract, sentence, ruler):
    assert ruler in names_of(extract(sentence, published="2025-05-14"))


def test_a_one_word_known_name_of_a_person_from_elsewhere_is_someone_else(extract):
    ex = extract(
        "Palestinian negotiator Meshal spoke to reporters in Cairo on Sunday.", published="2025-05-14"
    )
    assert "Mishal Al-Ahmad Al-Jaber Al-Sabah" not in names_of(ex)


def pairs_of(ex) -> set[frozenset[str]]:
    return {
        frozenset((a.actor.canonical_name, b.actor.canonical_name))
        for e in events_of(ex, "meeting")
        for a in e.participants
        for b in e.participants
        if a.actor != b.actor
    }


def test_the_amir_is_the_emir_named_before(extract):
    ex = extract(
        "Kuwaiti Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah welcomed Chilean President Gabriel Boric "
        "on Sunday. On Monday, Boric held talks with the Amir.",
        published="2024-12-23",
    )
    assert frozenset(("Gabriel Boric", "Mishal Al-Ahmad Al-Jaber Al-Sabah")) in pairs_of(ex)
    assert not any("Amir" in pair for pair in pairs_of(ex))


def test_a_man_named_amir_keeps_his_name(extract):
    ex = extract(
        "Israeli minister Amir Ohana met Chilean President Gabriel Boric on Sunday.", published="2024-12-23"
    )
    assert "Amir Ohana" in names_of(ex)


def test_the_plane_set_beside_an_aircraft_name_carries_the_visitor(extract):
    ex = extract(
        "Air Force One, the plane carrying US President Joe Biden, landed in Luanda on Monday evening.",
        published="2024-12-03",
    )
    assert visits_of(ex) == {("Joe Biden", "Luanda")}


def test_an_aircraft_carrying_no_one_named_is_no_visitor(extract):
    ex = extract(
        "Air Force One, the plane carrying the American head of state, landed in Luanda on Monday.",
        published="2024-12-03",
    )
    assert not any(name == "Air Force One" for name, _ in visits_of(ex))


def test_an_airport_named_after_its_city_with_capital_in_its_name_is_in_that_city(extract):
    ex = extract(
        "Vietnamese President Luong Cuong landed at Beijing Capital International Airport on Monday.",
        published="2024-12-03",
    )
    assert visits_of(ex) == {("Luong Cuong", "Beijing")}


def test_a_city_hanging_on_the_last_country_of_the_leaders_met_is_the_meeting_place(extract):
    ex = extract(
        "Chilean President Gabriel Boric met the leaders of France, Germany and the United Kingdom in "
        "London on Monday.",
        published="2025-12-08",
    )
    meetings = events_of(ex, "meeting")
    assert meetings and {e.location for e in meetings} == {"London"}


def test_the_host_who_headed_a_reception_met_its_guest_and_made_no_visit(extract):
    ex = extract(
        "Chilean President Gabriel Boric arrived in Lima on Tuesday. Peruvian President Dina Boluarte "
        "personally headed the reception for Boric and his delegation upon their arrival at the "
        "airport.",
        published="2024-03-05",
    )
    assert frozenset(("Dina Boluarte", "Gabriel Boric")) in pairs_of(ex)
    assert ("Dina Boluarte", "Lima") not in visits_of(ex)


def participants_of_meetings(ex) -> set[str]:
    return {p.actor.canonical_name for e in events_of(ex, "meeting") for p in e.participants}


def test_a_roll_of_welcoming_officials_after_a_counted_group_takes_part(extract):
    ex = extract(
        "In Lima, Boric was warmly received at the airport by four senior ministers, despite the rain: "
        "Peru's Foreign Minister Elmer Schialer, Health Minister Cesar Vasquez, Labour Minister Daniel "
        "Maurate and Energy Minister Jorge Montero.",
        published="2024-03-05",
    )
    assert {"Elmer Schialer", "Cesar Vasquez", "Daniel Maurate", "Jorge Montero"} <= participants_of_meetings(
        ex
    )


def test_a_roll_of_hosts_the_parser_breaks_up_takes_part(extract):
    ex = extract(
        "Boric and his delegation were received by Peruvian Foreign Minister Elmer Schialer, Deputy "
        "Governor of Callao Juan Perez and Chilean Ambassador to Peru Marcos Lopez.",
        published="2024-03-05",
    )
    assert {"Elmer Schialer", "Juan Perez", "Marcos Lopez"} <= participants_of_meetings(ex)


def test_officials_who_welcomed_the_guest_along_with_the_host_take_part(extract):
    ex = extract(
        "Chilean President Gabriel Boric arrived in Lima on Monday. Peruvian President Dina Boluarte "
        "welcomed Boric at the airbase upon his arrival, along with Trade Minister Ursula Leon and Chief "
        "of Protocol Carlos Vasquez.",
        published="2024-03-05",
    )
    named = participants_of_meetings(ex)
    assert {"Dina Boluarte", "Gabriel Boric", "Ursula Leon", "Carlos Vasquez"} <= named
    assert "Protocol" not in named


def test_the_visitors_greeted_are_everyone_of_the_visit_just_told(extract):
    ex = extract(
        "Chilean President Gabriel Boric and Colombian President Gustavo Petro arrived in Lima on Monday. "
        "The visitors were greeted at the airport by Peruvian Foreign Minister Elmer Schialer.",
        published="2025-02-24",
    )
    assert {
        frozenset(("Elmer Schialer", "Gabriel Boric")),
        frozenset(("Elmer Schialer", "Gustavo Petro")),
    } <= pairs_of(ex)


def test_guests_with_no_visit_told_before_are_no_one(extract):
    ex = extract(
        "The guests were greeted at the door by Peruvian Foreign Minister Elmer Schialer.",
        published="2025-02-24",
    )
    assert not any(len(pair) == 2 for pair in pairs_of(ex))


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunfire and heavy shelling continued in Khartoum despite the extension of the truce.",
        "Clashes and air strikes continued in Khartoum despite the truce.",
    ],
)
def test_combat_that_continued_despite_a_truce_or_its_extension_is_a_violation(extract, sentence):
    assert "violated" in milestones_of(extract(sentence, published="2023-04-29"))


def test_talks_that_continued_despite_a_truce_are_no_violation(extract):
    ex = extract("Talks in Jeddah continued despite the extension of the truce.", published="2023-04-29")
    assert "violated" not in milestones_of(ex)


@pytest.mark.parametrize(
    "sentence",
    [
        "An earthquake damaged hundreds of homes in Kharkiv despite the truce, local authorities said.",
        "A landmine left over from earlier fighting killed two children near Kharkiv despite the truce.",
    ],
)
def test_harm_done_by_nature_or_an_old_mine_despite_a_truce_is_no_violation(extract, sentence):
    assert "violated" not in milestones_of(extract(sentence, published="2025-06-11"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan, which Hamas and Israel accepted in October, includes a ceasefire in Gaza.",
        "The Gaza ceasefire plan includes the withdrawal of Israeli troops from populated areas.",
    ],
)
def test_an_accepted_plan_or_a_truce_naming_the_plan_is_no_proposal(extract, sentence):
    assert "proposed" not in milestones_of(extract(sentence, published="2025-06-11"))


def test_the_place_of_a_posted_title_is_not_where_its_holder_arrived(extract):
    ex = extract(
        "Lavrov welcomed the arrival of the Russian Ambassador in Washington Alexander Darchiev in "
        "Moscow on Tuesday.",
        published="2025-06-11",
    )
    assert ("Alexander Darchiev", "Washington") not in visits_of(ex)


def test_the_two_sides_after_two_parties_named_together_are_not_the_pair_of_people(extract):
    ex = extract(
        "US envoy Steve Witkoff met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on "
        "Monday. Israel and Hamas have been at war since October 2023, and the two sides held indirect "
        "talks in Doha last week.",
        published="2025-06-11",
    )
    pair = frozenset(("Steve Witkoff", "Mohammed bin Abdulrahman Al Thani"))
    assert (
        sum(
            pair == frozenset(p.actor.canonical_name for p in e.participants)
            for e in events_of(ex, "meeting")
        )
        == 1
    )


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        (
            "Qatari Prime Minister Sheikh Mohamed bin Abdulrahman Al Thani met Iranian Foreign Minister "
            "Abbas Araghchi in Doha on Monday. Sheikh Mohamed stressed the need for calm.",
            "Mohamed bin Abdulrahman Al Thani",
        ),
        ("Hamas leader Meshal met Turkish Foreign Minister Hakan Fidan in Istanbul on Tuesday.", "Meshal"),
    ],
)
def test_a_given_name_names_a_gulf_ruler_only_in_his_own_country(extract, sentence, named):
    assert named in participants_of_meetings(extract(sentence, published="2025-06-11"))


@pytest.mark.parametrize("stand_in", ["on behalf of", "in the absence of"])
def test_someone_a_host_stands_in_for_is_not_at_the_welcome(extract, stand_in):
    ex = extract(
        "Indian Foreign Secretary Vikram Misri arrived in Kathmandu on Tuesday and was received at the "
        f"airport by Foreign Secretary Amrit Bahadur Rai {stand_in} Prime Minister K.P. Sharma Oli.",
        published="2025-06-11",
    )
    assert "Amrit Bahadur Rai" in participants_of_meetings(ex)
    assert "K.P. Sharma Oli" not in participants_of_meetings(ex)


def test_a_colon_opening_a_quotation_is_no_roll_of_welcoming_officials(extract):
    ex = extract(
        "NAIROBI - Ethiopian Prime Minister Abiy Ahmed was greeted at the airport by two cabinet "
        'secretaries and told reporters: "President William Ruto is my brother."',
        published="2025-06-11",
    )
    assert "William Ruto" not in participants_of_meetings(ex)


def test_visitors_greeted_in_another_city_are_not_the_visit_told_before(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Beijing on Tuesday for a state visit. Separately, at "
        "the Kenyan pavilion of the Canton Fair in Guangzhou, the visitors were greeted by Trade Minister "
        "Lee Kinyanjui.",
        published="2025-06-11",
    )
    assert "William Ruto" not in participants_of_meetings(ex)


def test_a_delegation_grouping_a_roll_split_by_semicolons_travels_with_its_leader(extract):
    ex = extract(
        "Chilean President Gabriel Boric arrived in Lima on Monday for a state visit. President Boric is "
        "accompanied by an official delegation grouping Defence Minister Maya Fernandez; Foreign Minister "
        "Alberto van Klaveren; and Finance Minister Mario Marcel.",
        published="2024-03-05",
    )
    assert {
        ("Maya Fernandez", "Lima"),
        ("Alberto van Klaveren", "Lima"),
        ("Mario Marcel", "Lima"),
    } <= visits_of(ex)


def test_people_met_after_an_arrival_do_not_travel_with_the_visitor(extract):
    ex = extract(
        "Chilean President Gabriel Boric arrived in Lima and spoke with Peruvian Foreign Minister Elmer "
        "Schialer and Trade Minister Ursula Leon.",
        published="2025-02-21",
    )
    assert visits_of(ex) == {("Gabriel Boric", "Lima")}


def test_an_envoy_for_a_pair_of_countries_is_of_neither(extract):
    ex = extract(
        "Keith Kellogg, Washington's Ukraine-Russia special envoy, praised the talks on Friday. Kellogg "
        "arrived in Kyiv on Wednesday.",
        published="2025-02-21",
    )
    assert ("Keith Kellogg", "Kyiv") in visits_of(ex)


def test_a_trip_a_spokesman_tells_of_is_not_his(extract):
    ex = extract(
        "Nepal's Prime Minister Pushpa Kamal Dahal held talks in New Delhi on Thursday, foreign ministry "
        "spokesperson Arindam Bagchi said. In addition to the official engagements, he will also visit "
        "Ujjain and Indore.",
        published="2023-06-01",
    )
    assert not any(name == "Arindam Bagchi" for name, _ in visits_of(ex))


def test_a_title_alone_in_a_list_of_companions_is_no_companion(extract):
    ex = extract(
        "Philippine President Ferdinand Marcos Jr. arrived in New Delhi on Monday. He was accompanied by "
        "First Lady Louise Araneta Marcos and a high-level delegation, including several Ministers from "
        "his Cabinet.",
        published="2025-08-05",
    )
    names = {name for name, _ in visits_of(ex)}
    assert "Louise Araneta Marcos" in names
    assert "Ministers" not in names


def test_an_institution_in_a_title_tagged_as_a_person_is_no_one(extract):
    ex = extract(
        "Top White House envoy Steve Witkoff will meet Friday in Miami with senior Qatari officials.",
        published="2025-12-17",
    )
    assert "Top White House" not in {a.canonical_name for a in ex.actors}
    assert "Steve Witkoff" in participants_of_meetings(ex)


def test_officials_of_several_countries_named_by_nationality_are_a_group_each(extract):
    ex = extract(
        "US envoy Steve Witkoff will meet with senior Qatari, Egyptian and Turkish officials in Miami on "
        "Friday.",
        published="2025-12-17",
    )
    assert {"Qatari officials", "Egyptian officials", "Turkish officials"} <= participants_of_meetings(ex)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli strikes continued across Gaza on Tuesday despite hopes of a ceasefire.",
        "Two people were injured in a traffic accident near Khan Younis on Sunday despite the ceasefire.",
    ],
)
def test_combat_despite_a_hoped_for_truce_or_harm_from_an_accident_is_no_violation(extract, sentence):
    assert "violated" not in milestones_of(extract(sentence, published="2025-06-11"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia said it had destroyed 40 Ukrainian drones overnight despite the Easter truce.",
        "M23 rebels killed at least 20 civilians in North Kivu despite the truce.",
    ],
)
def test_harm_done_by_a_side_named_by_a_pronoun_or_as_rebels_despite_a_truce_is_a_violation(
    extract, sentence
):
    assert "violated" in milestones_of(extract(sentence, published="2025-06-11"))


def test_a_companion_along_with_whom_the_visitor_arrived_travels_with_him(extract):
    ex = extract(
        "Chinese President Xi Jinping arrived in Moscow on Monday, along with his wife Peng Liyuan.",
        published="2025-06-11",
    )
    assert {("Xi Jinping", "Moscow"), ("Peng Liyuan", "Moscow")} <= visits_of(ex)


def test_a_spokeswoman_who_says_she_will_travel_is_a_visitor(extract):
    ex = extract(
        "White House press secretary Karoline Leavitt said she would travel with Trump to Riyadh on Tuesday.",
        published="2025-06-11",
    )
    assert ("Karoline Leavitt", "Riyadh") in visits_of(ex)


def test_a_clause_after_a_semicolon_ends_a_delegation_roll(extract):
    ex = extract(
        "Chilean President Gabriel Boric arrived in Astana on Monday. He was accompanied by an official "
        "delegation grouping Defence Minister Maya Fernandez and Foreign Minister Alberto van Klaveren; "
        "Kazakh President Kassym-Jomart Tokayev received him at the airport.",
        published="2025-06-11",
    )
    assert ("Kassym-Jomart Tokayev", "Astana") not in visits_of(ex)


def test_foreign_ministers_of_two_countries_keep_their_office_in_each_group(extract):
    ex = extract(
        "Blinken met Qatari and Egyptian foreign ministers in Cairo on Monday.", published="2025-06-11"
    )
    assert {"Qatari foreign ministers", "Egyptian foreign ministers"} <= participants_of_meetings(ex)
