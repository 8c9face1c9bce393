"""Rules found on pools 19a, 19b and 19c once they were no longer kept for measuring, and on
pools 23a, 23b and 23c (the pipeline's title components, `ingest/actors`, `ingest/events`), each
on sentences written for these tests, with the near misses each rule must leave alone."""

from ingest.actors import article_actors
from ingest.curation import Curation
from tests.test_events import events_of
from tests.test_unscored_pool7 import milestones_of


def meetings_of(ex) -> list[set[str]]:
    """Each meeting's people as a set: the order of participants is not what these rules decide."""
    return [{p.actor.canonical_name for p in e.participants} for e in events_of(ex, "meeting")]


def visitors_of(ex) -> set[str]:
    return {p.actor.canonical_name for e in events_of(ex, "visit") for p in e.participants}


def test_pm_before_a_name_is_the_title_not_the_time_of_day(extract):
    ex = extract(
        "Ghana's President John Mahama welcomed PM Narendra Modi ahead of talks.", published="2025-07-03"
    )
    assert {"John Mahama", "Narendra Modi"} in meetings_of(ex)


def test_pm_after_a_number_stays_the_time_of_day(nlp):
    doc = nlp("The two leaders will speak at 3 PM Tuesday.")
    pm = next(t for t in doc if t.text == "PM")
    assert pm.norm_ != "minister"


def test_pm_opening_a_list_of_leaders_names_both_sides(extract):
    ex = extract("PM Modi and President Mahama held talks in Accra on Thursday.", published="2025-07-03")
    assert any({"Narendra Modi"} <= m and len(m) == 2 for m in meetings_of(ex))


def test_a_ministrys_words_before_a_name_are_not_part_of_it(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Tokyo on Monday. Accompanying President Ruto are "
        "Minister of Trade, Investments and Industry Lee Kinyanjui Mwangi and Minister of Lands, "
        "Public Works and Housing Alice Wahome Njeri.",
        published="2025-02-10",
    )
    visitors = visitors_of(ex)
    assert {"Lee Kinyanjui Mwangi", "Alice Wahome Njeri"} <= visitors
    assert not any(name.startswith(("Industry", "Housing")) for name in visitors)


def test_a_visiting_countrys_delegation_welcomed_is_the_visit_party(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Hanoi on Monday, accompanied by Foreign Minister "
        "Musalia Mudavadi. The Kenyan delegation was welcomed at the airport by Deputy Foreign "
        "Minister Le Thi Thu Hang.",
        published="2025-04-14",
    )
    welcome = next(m for m in meetings_of(ex) if "Le Thi Thu Hang" in m)
    assert {"William Ruto", "Musalia Mudavadi"} <= welcome


def test_another_countrys_delegation_brings_no_visitor(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Hanoi on Monday. The Japanese delegation was welcomed "
        "at the airport by Deputy Foreign Minister Le Thi Thu Hang.",
        published="2025-04-14",
    )
    assert not any("William Ruto" in m for m in meetings_of(ex))


def test_a_group_met_on_the_day_a_planned_meeting_names_is_those_people(extract):
    ex = extract(
        "French Foreign Minister Jean-Noel Barrot and German Foreign Minister Johann Wadephul are due "
        "to meet Iranian Foreign Minister Abbas Araghchi in Geneva on June 20. On June 20 the European "
        "foreign ministers met their Iranian counterpart for three hours.",
        published="2025-06-21",
    )
    held = [e for e in ex.events if e.event_type == "meeting" and e.status == "occurred"]
    assert held
    assert {p.actor.canonical_name for p in held[0].participants} == {
        "Abbas Araghchi",
        "Jean-Noel Barrot",
        "Johann Wadephul",
    }


def test_ministers_named_at_a_meeting_of_ministers_are_that_group(extract):
    ex = extract(
        "French Foreign Minister Jean-Noel Barrot and British Foreign Secretary David Lammy talked over "
        "lunch in Geneva on Friday during a meeting of European foreign ministers.",
        published="2025-06-20",
    )
    assert {"Jean-Noel Barrot", "David Lammy"} in meetings_of(ex)


def test_capitals_of_two_countries_holding_talks_are_their_governments(extract):
    ex = extract(
        "Beijing and Washington on Sunday concluded two days of trade talks in Geneva.",
        published="2025-05-12",
    )
    assert {"Chinese delegation", "US delegation"} in meetings_of(ex)


def test_two_cities_of_one_country_are_no_sides(extract):
    ex = extract("Kyiv and Lviv held talks on city twinning on Sunday.", published="2025-05-12")
    assert meetings_of(ex) == []


def test_dining_with_someone_is_meeting_them(extract):
    ex = extract(
        "In Libreville, Macron will dine with President Ali Bongo Ondimba on Wednesday.",
        published="2023-03-01",
    )
    assert {"Emmanuel Macron", "Ali Bongo Ondimba"} in meetings_of(ex)


def test_dining_alone_is_no_meeting(extract):
    ex = extract("Macron dined at a restaurant in Libreville on Wednesday.", published="2023-03-01")
    assert meetings_of(ex) == []


def test_both_delegations_are_the_two_sides_just_told(extract):
    ex = extract(
        "The US delegation met the Ukrainian delegation in Geneva on Sunday. The two delegations will "
        "meet again on Monday.",
        published="2025-11-23",
    )
    planned = [e for e in ex.events if e.event_type == "meeting" and e.status == "planned"]
    assert [{p.actor.canonical_name for p in e.participants} for e in planned] == [
        {"US delegation", "Ukrainian delegation"}
    ]


def test_two_delegations_with_no_meeting_before_are_nobody(extract):
    ex = extract("The two delegations will meet again on Monday.", published="2025-11-23")
    assert meetings_of(ex) == []


def test_an_unnamed_office_holder_met_is_a_side_of_their_own(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan is set to meet the Emir of Kuwait in Kuwait City on Tuesday.",
        published="2025-10-20",
    )
    assert {"Recep Tayyip Erdogan", "Emir of Kuwait"} in meetings_of(ex)


def test_an_unnamed_counterpart_called_is_a_side_of_their_own(extract):
    ex = extract(
        "Malaysian Foreign Minister Mohamad Hasan said he had talked with his Cambodian counterpart.",
        published="2025-07-26",
    )
    # labelled by the office of the one whose counterpart he is, as annotators label him
    assert {"Mohamad Hasan", "Cambodian foreign minister"} in meetings_of(ex)


def test_an_office_whose_holder_the_article_names_is_that_person(extract):
    ex = extract(
        "Chinese Premier Li Qiang opened a forum on Monday. US envoy John Kerry met the Chinese premier on "
        "Tuesday.",
        published="2023-07-19",
    )
    assert {"John Kerry", "Li Qiang"} in meetings_of(ex)
    assert not any("Chinese premier" in m for m in meetings_of(ex))


def test_an_indefinite_official_is_nobody_in_particular(extract):
    ex = extract("US envoy John Kerry met a Chinese official on Tuesday.", published="2023-07-19")
    assert not any("Chinese official" in m for m in meetings_of(ex))


def test_a_ruptured_truce_collapsed(extract):
    ex = extract("On 18 March, Israel unilaterally ruptured the ceasefire in Gaza.", published="2025-04-09")
    assert milestones_of(ex) == ["collapsed"]


def test_the_breakdown_of_a_truce_is_its_collapse_and_of_talks_is_not(extract):
    assert "collapsed" in milestones_of(
        extract("Strikes resumed after the breakdown of the Gaza ceasefire in March.", published="2025-04-09")
    )
    assert "collapsed" not in milestones_of(
        extract("The breakdown of talks on a Gaza truce worried the mediators.", published="2025-04-09")
    )


def test_a_separate_meeting_after_a_larger_one_stays_its_own(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan, Ukrainian President Volodymyr Zelensky and UN chief "
        "Antonio Guterres held talks in Lviv on Thursday. Zelensky held a separate meeting with Guterres "
        "as well.",
        published="2022-08-18",
    )
    surnames = [{name.split()[-1] for name in m} for m in meetings_of(ex)]
    assert {"Erdogan", "Zelensky", "Guterres"} in surnames
    assert {"Zelensky", "Guterres"} in surnames


def test_a_month_the_model_runs_into_days_after_a_comma_still_dates(extract):
    ex = extract(
        "Erdogan and Zelensky held their last meeting in February, days before the invasion.",
        published="2022-08-18",
    )
    meeting = next(e for e in ex.events if e.event_type == "meeting")
    assert (str(meeting.event_date), meeting.date_precision) == ("2022-02-01", "month")


def test_a_name_told_once_with_muhammad_before_it_is_one_person(extract):
    ex = extract(
        "Prime Minister Muhammad Shehbaz Sharif of Pakistan arrived in Kuala Lumpur today. Prime Minister "
        "Shehbaz Sharif was then received at the airport by Communications Minister Fahmi Fadzil.",
        published="2025-10-05",
    )
    people = {p.actor.canonical_name for e in ex.events for p in e.participants}
    assert {"Shehbaz Sharif", "Fahmi Fadzil"} == people


def test_muhammad_as_a_different_given_name_stays_apart(nlp):
    actors = article_actors(nlp("Muhammad Ali Khan met Ali Khan Jadoon in Lahore on Monday."), Curation())
    assert {"Muhammad Ali Khan", "Ali Khan Jadoon"} <= {a.canonical_name for a in actors.actors}


def test_a_title_the_model_takes_for_a_place_is_no_visit(extract):
    ex = extract(
        "Pakistan's Foreign Minister Ishaq Dar arrived in Dhaka on Saturday. In the evening, Dar will visit "
        "BNP Chairperson Khaleda Zia.",
        published="2025-08-24",
    )
    assert not any(e.location and "Chairperson" in e.location for e in ex.events)


def test_a_group_tagged_as_an_organisation_is_the_members_it_includes(extract):
    ex = extract(
        "Quad Foreign Ministers, including India's External Affairs Minister S. Jaishankar, jointly called "
        "on Japanese Prime Minister Fumio Kishida in Tokyo on Monday afternoon.",
        published="2024-07-29",
    )
    assert {"Subrahmanyam Jaishankar", "Fumio Kishida"} in meetings_of(ex)


# Guards from the review of these rules: each sentence misfired on a first version.


def test_a_venue_tagged_with_its_city_is_that_city(extract):
    ex = extract(
        "Chinese President Xi Jinping received Pakistani Prime Minister Shehbaz Sharif at the Great Hall of "
        "the People in Beijing on Tuesday.",
        published="2025-06-11",
    )
    assert {e.location for e in ex.events} == {"Beijing"}


def test_a_delegation_of_the_visitors_country_elsewhere_is_not_the_visit_party(extract):
    ex = extract(
        "Israeli Prime Minister Benjamin Netanyahu flew to Washington on Monday with Strategic Affairs "
        "Minister Ron Dermer. On Monday, the Israeli delegation in Doha met Qatari mediators.",
        published="2025-06-11",
    )
    assert not any("Benjamin Netanyahu" in m for m in meetings_of(ex))


def test_his_delegation_in_an_attribution_brings_nobody(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Hanoi on Monday, accompanied by Foreign Minister Musalia "
        "Mudavadi. Ruto met Vietnamese Prime Minister Pham Minh Chinh on Monday, a member of his delegation "
        "said.",
        published="2025-06-11",
    )
    assert {"William Ruto", "Pham Minh Chinh"} in meetings_of(ex)


def test_a_group_before_and_is_no_part_of_a_ministers_title(nlp):
    actors = article_actors(
        nlp(
            "Syrian President Ahmed al-Sharaa received Turkish businessmen and Foreign Minister Asaad "
            "al-Shaibani in Damascus on Sunday."
        ),
        Curation(),
    )
    shaibani = next(a for a in actors.actors if a.canonical_name == "Asaad al-Shaibani")
    assert shaibani.country != "Turkey"


def test_a_group_met_by_named_ministers_stays_the_other_side(extract):
    ex = extract(
        "British Foreign Secretary David Lammy and French Foreign Minister Jean-Noel Barrot met Gulf foreign "
        "ministers in Riyadh on Sunday.",
        published="2025-06-11",
    )
    assert {"David Lammy", "Jean-Noel Barrot", "Gulf foreign ministers"} in meetings_of(ex)


def test_a_planned_meeting_elsewhere_names_nobody_of_a_group(extract):
    ex = extract(
        "German Foreign Minister Johann Wadephul and French Foreign Minister Jean-Noel Barrot are due to "
        "meet Iranian Foreign Minister Abbas Araghchi in Geneva on June 13. On June 13, Arab foreign "
        "ministers met Araghchi in Istanbul.",
        published="2025-06-14",
    )
    istanbul = [m for m, e in zip(meetings_of(ex), ex.events, strict=False) if e.location == "Istanbul"]
    assert not any("Johann Wadephul" in m for m in istanbul)


def test_a_place_ending_in_a_style_is_still_a_place(extract):
    ex = extract(
        "Egyptian President Abdel Fattah al-Sisi hosted US President Donald Trump in Sharm El Sheikh on "
        "Monday.",
        published="2025-10-14",
    )
    assert {e.location for e in ex.events} == {"Sharm El Sheikh"}


def test_an_unnamed_holder_keeps_a_two_word_country(extract):
    ex = extract("Lesotho's King Letsie III met the South African president in Pretoria on Monday.")
    assert any("South African president" in m for m in meetings_of(ex))


def test_a_counterpart_named_without_a_country_is_no_unnamed_holder(extract):
    ex = extract(
        "Foreign Minister Maris Sangiampongsa arrived in Phnom Penh on Monday. Cambodian Foreign Minister "
        "Prak Sokhonn met his Thai counterpart at the Peace Palace.",
        published="2025-06-11",
    )
    assert not any("Thai counterpart" in m for m in meetings_of(ex))


def test_rupturing_something_else_near_a_truce_is_no_collapse(extract):
    for text in (
        "Airstrikes ruptured a water pipeline in Gaza on Monday, weeks into the ceasefire.",
        "Qatar and Egypt worked on Sunday to prevent a breakdown of the ceasefire in Gaza.",
        "The killing of the commander threatens to rupture the fragile ceasefire in Lebanon.",
    ):
        assert "collapsed" not in milestones_of(extract(text, published="2025-04-09")), text


def test_separate_remarks_are_no_separate_meeting(extract):
    ex = extract(
        "Egyptian President Abdel Fattah al-Sisi, Jordan's King Abdullah II and Palestinian President "
        "Mahmoud Abbas met in Cairo on Sunday. In separate remarks, Sisi said he and Abbas discussed Gaza.",
        published="2025-06-11",
    )
    assert len(meetings_of(ex)) == 1


def test_an_unnamed_spouse_travelling_along_is_a_visitor(extract):
    ex = extract("Vice President JD Vance and his wife were due to visit Israel for a few days.")
    assert {"JD Vance", "wife of JD Vance"} <= visitors_of(ex)


def test_a_named_spouse_keeps_her_name(extract):
    ex = extract("Vice President JD Vance and his wife Usha Vance were due to visit Israel for a few days.")
    assert {"JD Vance", "Usha Vance"} <= visitors_of(ex)
    assert "wife of JD Vance" not in visitors_of(ex)


def test_the_article_of_a_titles_body_is_in_the_title(extract):
    ex = extract(
        "U.S. Secretary of the Army Daniel Driscoll met a Russian delegation in Abu Dhabi on Monday.",
        published="2025-11-25",
    )
    assert any("Daniel Driscoll" in m for m in meetings_of(ex))
    assert not any(name.startswith("Army") for m in meetings_of(ex) for name in m)


def test_the_prc_is_china(extract):
    ex = extract(
        "President Joko Widodo left for the PRC on Monday for a state visit.", published="2023-10-16"
    )
    assert {e.location for e in ex.events if e.event_type == "visit"} == {"China"}


def test_two_who_met_someone_separately_had_a_meeting_each(extract):
    ex = extract(
        "US President Joe Biden and French President Emmanuel Macron met separately with Ukrainian President "
        "Volodymyr Zelenskyy in Paris on Friday.",
        published="2024-06-08",
    )
    assert sorted(map(sorted, meetings_of(ex))) == [
        ["Emmanuel Macron", "Volodymyr Zelenskyy"],
        ["Joe Biden", "Volodymyr Zelenskyy"],
    ]


def test_two_who_met_someone_together_had_one_meeting(extract):
    ex = extract(
        "US President Joe Biden and French President Emmanuel Macron met Ukrainian President Volodymyr "
        "Zelenskyy in Paris on Friday.",
        published="2024-06-08",
    )
    assert meetings_of(ex) == [{"Joe Biden", "Emmanuel Macron", "Volodymyr Zelenskyy"}]


def test_his_wife_in_a_clause_about_another_man_is_nobodys_here(extract):
    ex = extract(
        "Australian Prime Minister Anthony Albanese met US President Joe Biden, who was joined by his wife, "
        "at the White House on Wednesday.",
        published="2025-06-11",
    )
    assert not any("wife of Anthony Albanese" in m for m in meetings_of(ex))
