"""Rules found in the twenty-eighth round, on the misses of pool 41 (measured on the round's
starting code, then read), on false events of pools read before and on unannotated real pages:
two places joined by a hyphen name the sides of talks; a preposition the parser strands keeps its
object; a counted group is the list told just after; a fronted roll of attendees attends; people an
unnamed person meets do not meet each other; a title tagged as a person stays a title; styles,
places and letters around a name are not part of it; ceasefires urged, announced with a start, or
breached. Each is tested on sentences written for these tests. Pools 36, 38, 40 and 42 were only
measured."""

from tests.test_unscored_pool26 import meetings_of
from tests.test_unscored_pool27 import visits_of


def locations_of(ex, event_type: str = "meeting") -> list[str | None]:
    return [e.location for e in ex.events if e.event_type == event_type]


def test_talks_named_by_two_hyphened_countries_are_held_in_neither(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi and visiting Australian Prime Minister Anthony Albanese "
        "on Friday welcomed progress in the India-Australia trade talks.",
        published="2025-03-08",
    )
    assert meetings_of(ex) == [["Anthony Albanese", "Narendra Modi"]]
    assert locations_of(ex) == [None]
    assert not [v for v in visits_of(ex) if v[0] == "Australia"]


def test_talks_named_by_hyphened_countries_keep_the_city_they_are_held_in(extract):
    ex = extract(
        "Chinese Vice Premier He Lifeng and US Treasury Secretary Scott Bessent held US-China "
        "trade talks in Geneva on Saturday.",
        published="2025-05-11",
    )
    assert locations_of(ex) == ["Geneva"]


def test_a_hyphened_country_name_is_still_a_place(extract):
    ex = extract(
        "Portuguese President Marcelo Rebelo de Sousa arrived in Guinea-Bissau on Tuesday.",
        published="2025-05-14",
    )
    assert visits_of(ex) == [("Guinea-Bissau", ["Marcelo Rebelo de Sousa"], "occurred")]


def test_a_treaty_tagged_as_a_facility_is_no_meeting_place(extract):
    ex = extract(
        "Prime Minister Narendra Modi and visiting UK Prime Minister Keir Starmer on Thursday "
        "welcomed progress in the India-UK Comprehensive Economic and Trade Agreement.",
        published="2025-10-10",
    )
    assert meetings_of(ex) == [["Keir Starmer", "Narendra Modi"]]
    assert not any(loc and "Agreement" in loc for loc in locations_of(ex))


def test_an_arrival_whose_place_the_parser_hangs_on_the_verb_is_a_visit(extract):
    ex = extract(
        "The UN envoy Hans Grundberg had arrived in Sana'a, last Sunday, to meet Houthi leaders.",
        published="2023-01-18",
    )
    assert visits_of(ex) == [("Sanaa", ["Hans Grundberg"], "occurred")]


def test_a_capital_named_after_its_kind_is_no_participant(extract):
    ex = extract(
        "Two envoys met on Friday with Myanmar junta leader Min Aung Hlaing in the country's capital, "
        "Nay Pyi Taw.",
        published="2021-06-05",
    )
    assert not any("Nay Pyi Taw" in m for m in meetings_of(ex))


def test_a_counted_group_is_the_people_listed_just_after(extract):
    ex = extract(
        "Two senior Asean officials met on Friday with Myanmar junta leader Min Aung Hlaing. The trip "
        "by Lim Jock Hoi, the bloc's secretary-general, and Erywan Yusof, Brunei's second foreign "
        "minister, had been planned for weeks.",
        published="2021-06-05",
    )
    assert meetings_of(ex) == [["Erywan Yusof", "Lim Jock Hoi", "Min Aung Hlaing"]]


def test_a_counted_group_takes_no_list_of_another_size(extract):
    ex = extract(
        "Two senior Asean officials met on Friday with Myanmar junta leader Min Aung Hlaing. The trip "
        "by Lim Jock Hoi, the bloc's secretary-general, Erywan Yusof, Brunei's second foreign "
        "minister, and Kao Kim Hourn, his deputy, had been planned for weeks.",
        published="2021-06-05",
    )
    assert not any("Lim Jock Hoi" in m for m in meetings_of(ex))


def test_talks_met_for_are_that_meeting(extract):
    ex = extract(
        "Lim Jock Hoi and Erywan Yusof met on Friday with junta leader Min Aung Hlaing to discuss the "
        "crisis.",
        published="2021-06-05",
    )
    assert meetings_of(ex) == [["Erywan Yusof", "Lim Jock Hoi", "Min Aung Hlaing"]]


def test_talks_of_their_own_after_travelling_stay(extract):
    ex = extract(
        "Kenyan President William Ruto travelled to Kampala on Monday to discuss the border with "
        "President Yoweri Museveni.",
        published="2025-03-11",
    )
    assert ["William Ruto", "Yoweri Museveni"] in meetings_of(ex)


def test_a_place_begun_before_a_name_is_not_part_of_it(extract):
    ex = extract(
        "Hungarian Foreign Minister Peter Szijjarto arrived in Banja Luka on Thursday and was received "
        "by the Prime Minister of Republika Srpska Radovan Viskovic.",
        published="2024-04-05",
    )
    assert meetings_of(ex) == [["Peter Szijjarto", "Radovan Viskovic"]]


def test_a_country_title_tagged_as_a_person_stands_for_the_ruler_named_later(extract):
    ex = extract(
        "Qatar's Emir to meet King Charles, PM Starmer on state visit to Britain\n\n"
        "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, will arrive in Britain on Monday for a "
        "two-day state visit.",
        published="2024-12-02",
    )
    assert ["Keir Starmer", "King Charles"] not in meetings_of(ex)
    assert any("Tamim bin Hamad Al Thani" in m and "Keir Starmer" in m for m in meetings_of(ex))


def test_the_place_of_a_first_meeting_hangs_on_its_time(extract):
    ex = extract(
        "Syrian President Ahmed al-Sharaa arrived in the United States on Saturday. The Syrian leader "
        "met Trump for the first time in Riyadh in May.",
        published="2025-11-09",
    )
    assert "Riyadh" in locations_of(ex)


def test_people_attending_a_summit_named_after_it_attend_it(extract):
    for text in (
        "Attending the summit in Helsinki were Swedish Prime Minister Ulf Kristersson and Danish "
        "Prime Minister Mette Frederiksen.",
        "Those attending the summit in Helsinki are Swedish Prime Minister Ulf Kristersson and Danish "
        "Prime Minister Mette Frederiksen.",
    ):
        ex = extract(text, published="2023-05-03")
        assert meetings_of(ex) == [["Mette Frederiksen", "Ulf Kristersson"]], text
        assert visits_of(ex) == [("Helsinki", ["Mette Frederiksen", "Ulf Kristersson"], "occurred")], text


def test_a_fronted_roll_of_a_thing_welcomed_is_still_no_meeting(extract):
    ex = extract(
        "Welcoming the agreement were Swedish Prime Minister Ulf Kristersson and Danish Prime Minister "
        "Mette Frederiksen.",
        published="2023-05-03",
    )
    assert meetings_of(ex) == []


def test_a_trip_to_meet_someone_keeps_its_meeting(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi will visit Washington next week to meet President Donald Trump.",
        published="2025-02-05",
    )
    assert meetings_of(ex) == [["Donald Trump", "Narendra Modi"]]


def test_a_spouse_named_after_the_word_is_a_person(extract):
    ex = extract(
        "President of Finland Alexander Stubb, accompanied by his spouse Suzanne Innes-Stubb, will make "
        "a state visit to Estonia from Monday 27 to Wednesday 29 May 2024.",
        published="2024-05-15",
    )
    assert visits_of(ex) == [("Estonia", ["Alexander Stubb", "Suzanne Innes-Stubb"], "planned")]
    assert all(p.actor.kind == "person" for e in ex.events for p in e.participants)


def milestones_of(ex) -> list[tuple[str, str]]:
    return sorted((e.milestone, e.status) for e in ex.events if e.event_type == "ceasefire")


def test_urging_sides_to_seize_the_moment_and_agree_is_no_agreement(extract):
    ex = extract(
        "The US envoy urged Israel and Hezbollah to seize the opportunity and agree to a ceasefire that "
        "would end the war.",
        published="2024-11-19",
    )
    assert "agreed" not in [m for m, _ in milestones_of(ex)]


def test_a_truce_said_to_come_from_a_time_takes_effect_then(extract):
    ex = extract(
        "Malaysian Prime Minister Anwar Ibrahim said there would be an immediate and unconditional "
        "ceasefire with effect from midnight tonight.",
        published="2025-07-28",
    )
    assert milestones_of(ex) == [("took_effect", "planned")]


def test_a_truce_that_was_is_no_new_start(extract):
    ex = extract(
        "There was a ceasefire from midnight in 2020, the minister recalled.", published="2025-07-28"
    )
    assert "took_effect" not in [m for m, _ in milestones_of(ex)]


def test_breached_truces_were_violated(extract):
    ex = extract(
        "After a number of breached ceasefire agreements, the United States and Saudi Arabia suspended "
        "the talks in July.",
        published="2023-07-16",
    )
    assert ("violated", "occurred") in milestones_of(ex)


def test_an_agreed_line_is_still_no_event(extract):
    ex = extract("The agreed ceasefire line runs along the river.", published="2023-07-16")
    assert milestones_of(ex) == []


def test_people_an_unnamed_person_meets_do_not_meet_each_other(extract):
    for text in (
        "The new envoy will meet President William Ruto and Prime Minister Musalia Mudavadi on Monday.",
        "Puna thanked Fiji for the opportunity to meet with Indian Prime Minister Narendra Modi and "
        "Chinese President Xi Jinping.",
    ):
        assert ["Narendra Modi", "Xi Jinping"] not in meetings_of(extract(text, published="2014-11-18"))
        assert ["Musalia Mudavadi", "William Ruto"] not in meetings_of(extract(text, published="2014-11-18"))


def test_guests_greeted_by_two_hosts_still_meet_them(extract):
    ex = extract(
        "Ursula von der Leyen and Justin Trudeau arrived in Kyiv on Monday. The visitors were greeted at "
        "the train station by Foreign Minister Andrii Sybiha and Andriy Yermak.",
        published="2025-02-24",
    )
    assert any({"Andrii Sybiha", "Ursula von der Leyen"} <= set(m) for m in meetings_of(ex))


def test_talks_the_leaders_study_are_not_theirs(extract):
    ex = extract(
        "Brazilian President Luiz Inacio Lula da Silva received Venezuelan President Nicolas Maduro on "
        "Monday. Lula and Maduro will have a private meeting, and they will also analyze the process of "
        "internal dialogue in Venezuela.",
        published="2023-05-29",
    )
    assert "Venezuela" not in locations_of(ex)
    assert not visits_of(ex)


def test_styles_and_letters_around_a_name_are_not_part_of_it(extract):
    ex = extract(
        "Prime Minister the Hon Malcolm Turnbull MP and Prime Minister the Rt Hon John Key met in Sydney "
        "today. Singapore's Mdm Ho Ching and Fiji's Ratu Inoke Kubuabola were also there.",
        published="2016-02-19",
    )
    assert meetings_of(ex)[0] == ["John Key", "Malcolm Turnbull"]
    names = {p.actor.canonical_name for e in ex.events for p in e.participants}
    assert not any(n.startswith(("Rt ", "Mdm ", "Ratu ")) or n.endswith(" MP") for n in names)


def test_a_name_told_once_without_its_middle_name_is_one_person(extract):
    ex = extract(
        "Prime Minister Narendra Modi and Nepal Prime Minister Pushpa Dahal held talks on Thursday. Nepal "
        "Prime Minister Pushpa Kamal Dahal had arrived in New Delhi on Wednesday.",
        published="2023-06-01",
    )
    people = {p.actor.canonical_name for e in ex.events for p in e.participants}
    assert people == {"Narendra Modi", "Pushpa Kamal Dahal"}


def test_timor_leste_is_a_country(extract):
    ex = extract(
        "Indonesian President Prabowo Subianto arrived in Timor-Leste on Monday.", published="2025-06-02"
    )
    assert visits_of(ex) == [("Timor-Leste", ["Prabowo Subianto"], "occurred")]


def test_a_visit_agreed_to_is_still_to_come(extract):
    ex = extract(
        "US Secretary of State Antony Blinken held talks with Chinese Foreign Minister Qin Gang in "
        "Beijing on Sunday. US officials said Qin had agreed to a visit to Washington at the talks.",
        published="2023-06-19",
    )
    assert ("Washington", ["Qin Gang"], "planned") in visits_of(ex)


def test_a_given_name_before_a_middle_initial_is_the_names(extract):
    ex = extract(
        "US Secretary of State Antony J. Blinken met Chinese President Xi Jinping in Beijing on Monday.",
        published="2023-06-19",
    )
    assert meetings_of(ex) == [["Antony J. Blinken", "Xi Jinping"]]


def test_a_minister_of_state_abbreviated_is_a_title(extract):
    ex = extract(
        "Nepal Prime Minister Pushpa Kamal Dahal arrived in New Delhi on Wednesday. He was welcomed by "
        "MoS Meenakashi Lekhi at the airport.",
        published="2023-06-01",
    )
    assert ["Meenakashi Lekhi", "Pushpa Kamal Dahal"] in meetings_of(ex)


def test_the_head_of_a_countrys_government_and_its_top_diplomat_are_its_officials(extract):
    ex = extract(
        "Italian Prime Minister Giuseppe Conte arrived in Tirana on Monday. The head of the Italian "
        "government was received by Prime Minister Edi Rama.",
        published="2019-10-15",
    )
    assert ["Edi Rama", "Giuseppe Conte"] in meetings_of(ex)
    ex = extract(
        "Iranian Foreign Minister Hossein Amir-Abdollahian is in Ankara. Iran's top diplomat met with "
        "his Turkish counterpart Mevlut Cavusoglu twice on Monday evening.",
        published="2022-06-28",
    )
    assert ["Hossein Amir-Abdollahian", "Mevlut Cavusoglu"] in meetings_of(ex)


def test_she_is_the_woman_a_given_name_tells_of(extract):
    ex = extract(
        "President Paul Biya will today grant an audience to the secretary general of the OIF, Louise "
        "Mushikiwabo. Upon arrival in Cameroon, she was received at the airport by the Prime Minister, "
        "Joseph Dion Ngute.",
        published="2019-05-24",
    )
    assert ["Joseph Dion Ngute", "Louise Mushikiwabo"] in meetings_of(ex)
    assert ["Joseph Dion Ngute", "Paul Biya"] not in meetings_of(ex)


def test_the_visitor_does_what_the_visit_is_for(extract):
    for text in (
        "Iraqi Prime Minister Mohammed Shia al-Sudani headed to Ankara on Thursday for a visit to attend "
        "a council meeting and hold talks with President Recep Tayyip Erdogan.",
        "Iraqi Prime Minister Mohammed Shia al-Sudani headed to Ankara on Thursday for a one-day official "
        "visit to attend the High-Level Strategic Cooperation Council meetings and hold talks with "
        "President Recep Tayyip Erdogan.",
    ):
        ex = extract(text, published="2025-05-08")
        assert ["Mohammed Shia al-Sudani", "Recep Tayyip Erdogan"] in meetings_of(ex), text


# Guards: misfires a review helper found in this round's rules, on sentences written for it.


def test_an_absolute_clause_after_with_adds_no_counterpart(extract):
    ex = extract(
        "German Chancellor Friedrich Merz met British Prime Minister Keir Starmer in London on Thursday, "
        "with Trump threatening new tariffs on Europe.",
        published="2025-03-10",
    )
    assert meetings_of(ex) == [["Friedrich Merz", "Keir Starmer"]]


def test_a_country_hosting_two_sides_still_brings_them_together(extract):
    ex = extract(
        "Saudi Arabia will host Russian Foreign Minister Sergey Lavrov and US Secretary of State Marco "
        "Rubio in Riyadh on Tuesday.",
        published="2025-03-10",
    )
    assert meetings_of(ex) == [["Marco Rubio", "Sergey Lavrov"]]


def test_a_counted_group_takes_no_later_subjects_of_their_own_doing(extract):
    ex = extract(
        "US President Donald Trump met two Asian leaders at the White House on Monday. Lee Jae-myung, "
        "the South Korean president, and Shigeru Ishiba, the Japanese prime minister, are expected to "
        "visit Beijing next month.",
        published="2025-03-10",
    )
    assert not any("Lee Jae-myung" in m for m in meetings_of(ex))


def test_a_queen_is_not_the_king(extract):
    ex = extract(
        "Jordan's King Abdullah II met US President Donald Trump at the White House on Tuesday. Jordan's "
        "Queen met First Lady Melania Trump on Wednesday.",
        published="2025-03-10",
    )
    assert not any("Abdullah II" in m and "Melania Trump" in m for m in meetings_of(ex))


def test_a_man_named_hilary_is_still_he(extract):
    ex = extract(
        "Northern Ireland Secretary Hilary Benn met Irish Foreign Minister Simon Harris in Dublin on "
        "Monday. He later travelled to Belfast.",
        published="2025-03-10",
    )
    assert ("Belfast", ["Hilary Benn"], "occurred") in visits_of(ex)


def test_a_father_named_with_a_middle_initial_is_not_his_son(extract):
    ex = extract(
        "Philippine President Ferdinand Marcos met Japanese Prime Minister Shigeru Ishiba in Manila on "
        "Monday. His father, Ferdinand E. Marcos, had met Emperor Hirohito in Tokyo in 1966.",
        published="2025-03-10",
    )
    assert ["Ferdinand Marcos", "Shigeru Ishiba"] in meetings_of(ex)


def test_a_purpose_with_a_counterpart_of_its_own_is_its_own_meeting(extract):
    ex = extract(
        "Ukrainian President Volodymyr Zelensky met European leaders in London on Sunday to meet with US "
        "envoys later.",
        published="2025-03-10",
    )
    assert any("US envoys" in " ".join(m) for m in meetings_of(ex))


def test_no_truce_or_a_truce_on_a_condition_takes_no_effect(extract):
    for text in (
        "Netanyahu said on Monday there would be no ceasefire with effect from Tuesday unless the hostages "
        "were released.",
        "The minister said there would be a ceasefire from midnight if the army withdraws.",
    ):
        assert "took_effect" not in [m for m, _ in milestones_of(extract(text, published="2025-03-10"))], text


def test_a_meeting_agreed_to_and_then_held_happened(extract):
    ex = extract(
        "Venezuelan President Nicolas Maduro agreed to a meeting with US envoy Richard Grenell, which was "
        "held in Caracas on Friday.",
        published="2025-03-10",
    )
    assert [e.status for e in ex.events if e.event_type == "meeting"] == ["occurred"]


def test_a_truce_described_as_often_violated_tells_no_violation(extract):
    ex = extract(
        "Mediators proposed a new plan on Monday to replace the frequently violated truce in eastern Congo.",
        published="2025-03-10",
    )
    assert "violated" not in [m for m, _ in milestones_of(ex)]


def test_leaders_assessing_a_summit_they_attend_still_meet_there(extract):
    ex = extract(
        "Russian President Vladimir Putin and Chinese President Xi Jinping assessed preparations for the "
        "BRICS summit in Kazan, the Kremlin said.",
        published="2025-03-10",
    )
    assert ["Vladimir Putin", "Xi Jinping"] in meetings_of(ex)


def test_the_cities_a_visit_includes_are_each_visited(extract):
    ex = extract(
        "Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday. Besides Baghdad, President "
        "Pezeshkian is anticipated to visit a number of other cities in Iraq, including Karbala, Najaf and "
        "Basra.",
        published="2024-09-09",
    )
    planned = {v[0] for v in visits_of(ex) if v[2] == "planned"}
    assert planned == {"Karbala", "Najaf", "Basra"}


def test_three_leaders_brought_together_met(extract):
    ex = extract(
        "German Chancellor Olaf Scholz recently brought Albin Kurti and Aleksandar Vucic together in Berlin. "
        "The war has brought Russia and North Korea together.",
        published="2022-06-10",
    )
    assert meetings_of(ex) == [["Albin Kurti", "Aleksandar Vucic", "Olaf Scholz"]]


def test_a_presence_told_in_a_joined_clause_is_a_visit(extract):
    ex = extract(
        "French President Emmanuel Macron met Giorgia Meloni on Sunday. Macron did not travel for the "
        "occasion, but is in Rome for a peace event.",
        published="2022-10-23",
    )
    assert ("Rome", ["Emmanuel Macron"], "occurred") in visits_of(ex)


def test_a_leader_leaving_his_own_capital_visits_only_where_he_goes(extract):
    ex = extract(
        "Head of the military junta and president of Chad, Mahamat Idriss Déby Itno, left N'Djamena on "
        "Sunday for a working visit to France.",
        published="2021-07-04",
    )
    assert visits_of(ex) == [("France", ["Mahamat Idriss Déby"], "planned")]


def test_a_countrys_office_tagged_as_an_organisation_is_no_party(extract):
    ex = extract(
        "Ghana's President John Mahama is expected to hold discussions with Burkina Faso’s Head of State, "
        "Captain Ibrahim Traoré, on Wednesday. Russia's Foreign Ministry said it welcomed the talks.",
        published="2025-03-09",
    )
    assert meetings_of(ex) == [["Ibrahim Traoré", "John Mahama"]]
