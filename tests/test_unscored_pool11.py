"""Rules found on the second half (9b) of the tenth pool of real pages, read for classes once
its first measurement was reported (`ingest/actors`, `ingest/events`), each on sentences written
for these tests."""

from tests.test_events import events_of
from tests.test_unscored_pool6 import visits_of
from tests.test_unscored_pool7 import meetings_of


def test_people_listed_with_their_offices_after_them_are_met_one_by_one(extract):
    ex = extract(
        "Foreign Minister Penny Wong held separate meetings in New York on Tuesday.\n\nWong met with "
        "Alberto van Klaveren, Minister of Foreign Affairs of Chile; Musalia Mudavadi, Prime Cabinet "
        "Secretary of Kenya; and Vivian Balakrishnan, Minister for Foreign Affairs of Singapore.",
        published="2024-09-25",
    )
    met = meetings_of(ex)
    assert ["Alberto van Klaveren", "Penny Wong"] in met
    assert ["Musalia Mudavadi", "Penny Wong"] in met
    assert ["Penny Wong", "Vivian Balakrishnan"] in met
    assert not any(len(pair) > 2 for pair in met)


def test_an_office_after_the_name_gives_the_person_its_country(extract):
    ex = extract(
        "Prime Minister Anthony Albanese met Vivian Balakrishnan, Minister for Foreign Affairs of "
        "Singapore, in Canberra on Monday.",
        published="2024-09-25",
    )
    countries = {a.canonical_name: a.country for a in ex.actors}
    assert countries["Vivian Balakrishnan"] == "Singapore"


def test_an_office_s_posting_is_not_the_person_s_country(extract):
    ex = extract(
        "Foreign Minister Penny Wong met Pham Thanh Binh, Ambassador of Vietnam to China, in Beijing on "
        "Monday.",
        published="2024-09-25",
    )
    countries = {a.canonical_name: a.country for a in ex.actors}
    assert countries["Pham Thanh Binh"] != "China"  # resident there, but no Chinese


def test_bilateral_meetings_told_without_a_host_are_the_traveller_s(extract):
    ex = extract(
        "Chilean President Gabriel Boric will attend the summit in Lima on Monday, his spokesman "
        "said.\n\nBilateral meetings with Peruvian President Dina Boluarte and Ecuadorian President "
        "Daniel Noboa will take place on Tuesday, the spokesman added.",
        published="2024-11-10",
    )
    met = meetings_of(ex)
    assert ["Dina Boluarte", "Gabriel Boric"] in met
    assert ["Daniel Noboa", "Gabriel Boric"] in met
    assert ["Daniel Noboa", "Dina Boluarte"] not in met


def test_talks_that_will_take_place_are_the_traveller_s(extract):
    ex = extract(
        "Chilean President Gabriel Boric will attend the summit in Lima on Monday.\n\nTalks with "
        "Argentine President Javier Milei will take place on Wednesday.",
        published="2024-11-10",
    )
    assert ["Gabriel Boric", "Javier Milei"] in meetings_of(ex)


def test_talks_held_by_someone_else_are_not_the_traveller_s(extract):
    ex = extract(
        "Secretary of State Antony Blinken arrived in Riyadh on Monday.\n\nMeetings with Crown Prince "
        "Mohammed bin Salman and Emir Tamim bin Hamad were held by President Joe Biden last year.",
        published="2024-04-29",
    )
    assert not [m for m in meetings_of(ex) if "Antony Blinken" in m]


def test_talks_in_general_have_no_host_from_the_sentence_before(extract):
    ex = extract(
        "Chilean President Gabriel Boric arrived in Lima on Monday.\n\nTalks with Argentine "
        "President Javier Milei rarely succeed, analysts say.",
        published="2024-11-10",
    )
    assert ["Gabriel Boric", "Javier Milei"] not in meetings_of(ex)


def test_one_of_the_meetings_belongs_to_the_traveller_not_to_a_group_told_after(extract):
    ex = extract(
        "President Lula flew to Buenos Aires on Monday for the summit.\n\nForeign delegations from "
        "twenty countries came to Buenos Aires for the summit.\n\nOne of the meetings was with "
        "Argentine President Alberto Fernandez.",
        published="2023-01-03",
    )
    assert any("Alberto Fernandez" in pair and len(pair) == 2 for pair in meetings_of(ex))


def test_an_ambassador_s_posting_is_no_place_a_guest_was_welcomed(extract):
    ex = extract(
        "Welcoming the Chinese leader at the airport were President Luong Cuong; Tran Cam Tu, a "
        "Politburo member; and Pham Thanh Binh, Ambassador of Vietnam to China.",
        published="2025-04-14",
    )
    assert not [e for e in events_of(ex, "visit") if e.location == "China"]


def test_a_visit_written_with_a_capital_is_a_visit(extract):
    ex = extract(
        "President William Ruto is paying a three-day State Visit to Ethiopia.",
        published="2024-02-27",
    )
    assert (["William Ruto"], "Ethiopia") in visits_of(ex)


def test_an_earlier_visit_s_date_beside_a_visit_does_not_date_it(extract):
    ex = extract(
        "President William Ruto is paying a three-day state visit to Ethiopia, his second to the "
        "country after June 2023.",
        published="2024-02-27",
    )
    (visit,) = events_of(ex, "visit")
    assert str(visit.event_date) == "2024-02-27"


def test_the_two_leaders_after_a_meeting_with_someone_are_the_two_who_meet(extract):
    ex = extract(
        "President Gabriel Boric arrived in Lima on Sunday, accompanied by his ministers Alberto "
        "van Klaveren and Mario Marcel.\n\nBoric is scheduled to hold a meeting with Peruvian "
        "President Dina Boluarte on Monday.\n\nThe two leaders will also exchange views on "
        "regional trade.",
        published="2024-01-07",
    )
    met = meetings_of(ex)
    assert ["Alberto van Klaveren", "Mario Marcel"] not in met
    assert ["Dina Boluarte", "Gabriel Boric"] in met


def test_a_visit_that_follows_a_meeting_tells_the_visitor_s_meeting(extract):
    ex = extract(
        "President William Ruto arrived in Addis Ababa on Sunday.\n\nRuto's visit follows a meeting "
        "with Ethiopian Foreign Minister Taye Atske Selassie in Nairobi in September.",
        published="2024-11-10",
    )
    assert ["Taye Atske Selassie", "William Ruto"] in meetings_of(ex)


def test_truces_that_foundered_collapsed(extract):
    ex = extract(
        "The army and the RSF agreed to a seven-day ceasefire on Saturday.\n\nEarlier truces between "
        "the two sides foundered amid mutual accusations.",
        published="2023-05-21",
    )
    assert "collapsed" in {e.milestone for e in events_of(ex, "ceasefire")}


def test_a_name_told_right_before_the_day_is_a_person(extract):
    ex = extract(
        "Prime Minister Mark Carney held a phone call with President Trump Monday morning.",
        published="2025-03-03",
    )
    assert ["Donald Trump", "Mark Carney"] in meetings_of(ex)


def test_a_traveller_the_parser_hangs_in_the_opening_phrase_arrives(extract):
    ex = extract(
        "On his first tour of Africa as Prime Minister, Canada's Mark Carney arrives in Ghana today.",
        published="2025-06-02",
    )
    assert (["Mark Carney"], "Ghana") in visits_of(ex)


def test_a_tour_that_began_somewhere_and_continues_elsewhere_visits_each_place(extract):
    ex = extract(
        "Prime Minister Anthony Albanese arrived in Fiji on Tuesday.\n\nAlbanese's tour began in "
        "Vanuatu; after Fiji, he continues to Tuvalu.",
        published="2024-07-02",
    )
    visits = visits_of(ex)
    assert (["Anthony Albanese"], "Vanuatu") in visits
    assert (["Anthony Albanese"], "Tuvalu") in visits


def test_continuing_to_do_something_is_no_trip(extract):
    ex = extract(
        "Prime Minister Anthony Albanese arrived in Fiji on Tuesday.\n\nFighting continued to rage "
        "in Sudan, and he continues to press for a truce.",
        published="2024-07-02",
    )
    assert [place for _, place in visits_of(ex)] == ["Fiji"]


def test_a_pronoun_after_a_subject_s_owner_is_that_owner(extract):
    ex = extract(
        "Deputy Prime Minister Winston Peters is on a visit to Japan.\n\nPrime Minister Christopher "
        "Luxon's tour began in Samoa; after Tonga, he heads to Niue.",
        published="2024-08-26",
    )
    visits = visits_of(ex)
    assert (["Christopher Luxon"], "Niue") in visits
    assert (["Winston Peters"], "Niue") not in visits


def test_leaders_meeting_on_the_sidelines_in_the_dateline_s_city_visit_it(extract):
    ex = extract(
        "Manila: Prime Minister Narendra Modi and Japanese Prime Minister Shinzo Abe on Sunday met on "
        "the sidelines of the summit dinner.",
        published="2017-11-13",
    )
    visits = visits_of(ex)
    assert (["Narendra Modi"], "Manila") in visits and (["Shinzo Abe"], "Manila") in visits


def test_companions_listed_after_including_sit_in_on_each_separate_meeting(extract):
    ex = extract(
        "On Tuesday, President Gabriel Boric met separately with Peruvian President Dina Boluarte and "
        "Ecuadorian President Daniel Noboa.\n\nBoric was accompanied by senior members of his cabinet, "
        "including Foreign Minister Alberto van Klaveren, Finance Minister Mario Marcel, and Interior "
        "Minister Carolina Toha.",
        published="2024-01-10",
    )
    for meeting in events_of(ex, "meeting"):
        people = {p.actor.canonical_name for p in meeting.participants}
        assert {"Gabriel Boric", "Alberto van Klaveren", "Mario Marcel", "Carolina Toha"} <= people
    assert len(events_of(ex, "meeting")) == 2


def test_an_entourage_listed_name_by_name_between_semicolons_travels_too(extract):
    ex = extract(
        "Peru's President Dina Boluarte landed on Sunday at Santiago's airport for a two-day visit.\n\n"
        "Boluarte's entourage included Ministers Javier Gonzalez-Olaechea (Foreign Affairs); Walter "
        "Astudillo (Defense); Elizabeth Galdo (Trade), and Jose Arista (Economy).",
        published="2024-06-03",
    )
    (visit,) = events_of(ex, "visit")
    people = {p.actor.canonical_name for p in visit.participants}
    assert {"Walter Astudillo", "Elizabeth Galdo", "Jose Arista"} <= people


def test_meetings_with_fellow_leaders_left_unnamed_are_no_event(extract):
    ex = extract(
        "President Prabowo Subianto held a series of bilateral meetings with fellow Southeast Asian "
        "leaders at the summit on Monday.",
        published="2025-05-26",
    )
    assert events_of(ex, "meeting") == []


def test_a_truce_that_must_take_effect_by_a_day_is_planned_to(extract):
    ex = extract(
        "Under the deal signed on Friday, the ceasefire must take full effect before August 15.",
        published="2025-08-02",
    )
    took = [e for e in events_of(ex, "ceasefire") if e.milestone == "took_effect"]
    assert took and took[0].status == "planned"


def test_a_truce_that_must_hold_or_talks_that_must_happen_are_no_milestone(extract):
    ex = extract(
        "Leaders said the truce must hold and that the two sides must meet soon.",
        published="2025-08-02",
    )
    assert [e for e in events_of(ex, "ceasefire") if e.milestone == "took_effect"] == []


def test_a_break_in_fighting_is_a_truce_and_a_break_in_talks_is_not(extract):
    ex = extract(
        "The two sides agreed to a three-day break in fighting starting Friday.\n\nNegotiators took a "
        "break in talks on Monday.",
        published="2024-06-05",
    )
    milestones = [(e.milestone, e.evidence[:12]) for e in events_of(ex, "ceasefire")]
    assert ("took_effect", "The two side") in milestones
    assert not [m for m in milestones if m[1].startswith("Negotiators")]


def test_a_pronoun_after_someone_else_s_government_stays_with_the_traveller(extract):
    ex = extract(
        "Foreign Minister Penny Wong visited Fiji on Monday.\n\nRabuka's government said she would "
        "also travel to Tonga on Wednesday.",
        published="2024-05-01",
    )
    assert (["Penny Wong"], "Tonga") in visits_of(ex)


def test_a_guest_welcomed_to_a_place_with_a_title_before_the_name_visits_it(extract):
    ex = extract(
        "President Joe Biden welcomed Prime Minister Narendra Modi to the White House on Thursday.",
        published="2023-06-23",
    )
    assert (["Narendra Modi"], "White House, Washington") in visits_of(ex)


def test_the_two_leaders_are_the_pair_named_together_not_a_side_meeting(extract):
    ex = extract(
        "Biden and Xi met in Woodside on Wednesday.\n\nSecretary of State Antony Blinken also held a "
        "meeting with Foreign Minister Wang Yi.\n\nThe two leaders will meet again in Lima in November.",
        published="2023-11-16",
    )
    lima = [m for m in events_of(ex, "meeting") if m.location == "Lima"]
    assert lima and {p.actor.canonical_name for p in lima[0].participants} >= {"Joe Biden", "Xi Jinping"}


def test_a_meeting_a_trip_follows_that_names_its_own_parties_is_not_the_traveller_s(extract):
    ex = extract(
        "Chancellor Olaf Scholz's trip to China follows a meeting with President Xi Jinping by Spanish "
        "Prime Minister Pedro Sanchez last month.",
        published="2024-04-14",
    )
    assert ["Olaf Scholz", "Xi Jinping"] not in meetings_of(ex)


def test_a_wire_bureau_s_dateline_is_not_where_leaders_met(extract):
    ex = extract(
        "WASHINGTON (Reuters) - Presidents Emmanuel Macron and Xi Jinping met on the sidelines of the "
        "G20 summit on Monday.",
        published="2024-11-19",
    )
    assert not [v for v in visits_of(ex) if v[1] == "Washington"]


def test_a_state_s_governor_has_no_country_of_that_name(extract):
    ex = extract(
        "Brian Kemp, Governor of Georgia, met South Korean President Yoon Suk Yeol in Seoul on Tuesday.",
        published="2024-05-01",
    )
    countries = {a.canonical_name: a.country for a in ex.actors}
    assert countries.get("Brian Kemp") != "Georgia"


def test_spending_time_in_a_city_and_proceeding_to_another_are_legs_of_a_trip(extract):
    ex = extract(
        "President Bola Tinubu left Abuja on Wednesday, spending some time in Paris before he "
        "proceeded to London.",
        published="2025-04-21",
    )
    visits = visits_of(ex)
    assert (["Bola Tinubu"], "Paris") in visits and (["Bola Tinubu"], "London") in visits


def test_a_childhood_spent_somewhere_or_proceeding_to_a_venue_is_no_trip(extract):
    ex = extract(
        "President Emmanuel Macron spent his childhood in Amiens.\n\nKyiv residents spent hours in "
        "metro stations.\n\nThe two leaders then proceeded to the Presidential Complex.",
        published="2025-04-21",
    )
    assert visits_of(ex) == []


def test_meetings_with_the_ministers_told_again_as_a_group_are_no_new_meeting(extract):
    ex = extract(
        "The Emirati foreign minister Abdullah bin Zayed held separate meetings in New York.\n\nSheikh "
        "Abdullah met with Alberto van Klaveren, Minister of Foreign Affairs of Chile, and Vivian "
        "Balakrishnan, Minister for Foreign Affairs of Singapore.\n\nSheikh Abdullah's meetings with "
        "the foreign ministers highlighted the importance of multilateral efforts.",
        published="2024-09-25",
    )
    assert not [m for m in events_of(ex, "meeting") if any(p.actor.kind == "group" for p in m.participants)]


def test_unnamed_counterparts_from_listed_countries_are_labelled_by_nationality(extract):
    ex = extract(
        "Foreign Minister Penny Wong arrived in Jakarta on Thursday.\n\nWong held talks with "
        "counterparts from Brazil, Mexico and Senegal.",
        published="2022-07-08",
    )
    groups = {
        p.actor.canonical_name
        for m in events_of(ex, "meeting")
        for p in m.participants
        if p.actor.kind == "group"
    }
    assert {"Brazilian counterpart", "Mexican counterpart", "Senegalese counterpart"} <= groups


def test_a_signing_in_the_presence_of_two_leaders_is_their_joint_appearance(extract):
    ex = extract(
        "The truce was signed on Friday in Havana in the presence of Colombian President Gustavo "
        "Petro and Cuban President Miguel Diaz-Canel.",
        published="2023-06-10",
    )
    assert ["Gustavo Petro", "Miguel Diaz-Canel"] in meetings_of(ex)


def test_a_signing_in_the_presence_of_one_person_is_no_meeting(extract):
    ex = extract("The accord was signed on Friday in the presence of President Lula.", published="2023-06-10")
    assert meetings_of(ex) == []
