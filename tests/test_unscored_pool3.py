"""Rules found on a third pool of real pages outside every scored set (`ingest/actors`,
`ingest/events`), each on sentences written for these tests."""

from tests.test_events import events_of, names
from tests.test_unscored_pool import actor_names


def test_a_bare_surname_shared_with_a_relative_is_not_the_relative(extract):
    ex = extract(
        "Vice President JD Vance landed in Rome on Friday. Vance, who travelled with his wife, Usha "
        "Vance, will meet Italian Prime Minister Giorgia Meloni on Saturday.",
        published="2025-05-16",
    )
    pairs = [names(m) for m in events_of(ex, "meeting")]
    assert pairs == [["Giorgia Meloni", "JD Vance"]]


def test_determined_to_implement_a_truce_states_no_milestone(extract):
    ex = extract("The rebel negotiator said the movement remains determined to implement the truce deal.")
    assert events_of(ex, "ceasefire") == []


def test_a_question_word_after_a_name_in_a_headline_is_no_part_of_it(extract):
    ex = extract(
        "World / President Macron How the Paris Deal Came Together By Jane Doe Posted Jun 24, 2025 "
        "French President Emmanuel Macron met German Chancellor Friedrich Merz in Paris on Monday."
    )
    assert "Macron How" not in actor_names(ex)
    assert "Emmanuel Macron" in actor_names(ex)


def test_a_ruler_introduced_by_title_of_country_is_the_countrys_ruler_referred_to_later(extract):
    ex = extract(
        "The emir of Qatar, Sheikh Tamim bin Hamad Al Thani, has become a key figure in the talks. "
        "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, was also involved.\n\n"
        "On Monday, Trump called Israeli Prime Minister Benjamin Netanyahu. Trump then spoke with the "
        "Qatari emir to ask for help, officials said.",
        published="2025-06-24",
    )
    pairs = [names(m) for m in events_of(ex, "meeting")]
    assert ["Donald Trump", "Tamim bin Hamad Al Thani"] in pairs


def test_a_short_name_in_a_headline_is_the_person_the_article_names_most_in_full(extract):
    ex = extract(
        "Putin, Kim hold talks in Vladivostok\n\n"
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un held talks in "
        "Vladivostok on Thursday. It was the first summit since 2011, when Kim's late father, Kim "
        "Jong Il, met Dmitry Medvedev. Kim Jong Un arrived by train on Wednesday.",
        published="2019-04-25",
    )
    assert "Kim" not in actor_names(ex)


def test_a_style_alone_is_nobody(extract):
    ex = extract(
        "President Isaias Afwerki met in Abu Dhabi with Crown Prince and Deputy Supreme Commander "
        "of UAE Armed Forces, Sheikh Mohamed bin Zayed Al Nahyan, on Monday."
    )
    assert "Prince" not in actor_names(ex)
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Isaias Afwerki", "Mohamed bin Zayed Al Nahyan"]


def test_a_counterpart_named_in_apposition_is_a_person_though_tagged_otherwise(extract):
    ex = extract(
        "The President of Venezuela, Nicolás Maduro, received this Saturday his counterpart from "
        "Colombia, Gustavo Petro, in Caracas. Petro was received at the palace an hour after landing. "
        "The talks between Maduro and Petro lasted three hours.",
        published="2023-01-07",
    )
    pairs = [names(m) for m in events_of(ex, "meeting")]
    assert ["Gustavo Petro", "Nicolás Maduro"] in pairs


def test_words_before_of_that_are_no_office_are_no_part_of_the_title(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi arrived in Kathmandu today at the kind invitation of "
        "Prime Minister KP Sharma Oli.",
        published="2018-05-11",
    )
    [oli] = [a for a in ex.actors if a.canonical_name == "KP Sharma Oli"]
    assert oli.role == "Prime Minister"


def test_a_given_name_the_model_tagged_as_an_unknown_place_is_the_person(extract):
    ex = extract(
        "Indonesian President Prabowo Subianto has arrived in Malaysia for a state visit, officials "
        "said. Upon his arrival, Prabowo inspected a guard of honour. In the afternoon, Prabowo is "
        "scheduled to meet Prime Minister Anwar Ibrahim in Kuala Lumpur.",
        published="2025-01-27",
    )
    assert actor_names(ex) == ["Anwar Ibrahim", "Prabowo Subianto"]
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anwar Ibrahim", "Prabowo Subianto"]


def test_joining_someone_for_a_meal_is_meeting_them(extract):
    ex = extract(
        "Brazilian President Luiz Inacio Lula da Silva arrived in Rome on Sunday. He will join Italian "
        "President Sergio Mattarella for lunch at the Quirinal Palace.",
        published="2025-06-01",
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [["Luiz Inacio Lula da Silva", "Sergio Mattarella"]]
    assert meetings[0].status == "planned"


def test_their_talks_set_for_a_later_day_are_the_pair_of_the_sentence_before_and_date_only_that(extract):
    ex = extract(
        "Kenyan President William Ruto landed in Lisbon on Monday. He was received by Portuguese Prime "
        "Minister Luis Montenegro at the airport. Their formal talks are scheduled for Wednesday.",
        published="2025-06-02",
    )
    meetings = sorted(events_of(ex, "meeting"), key=lambda m: m.evidence_start)
    assert [(names(m), m.status, str(m.event_date)) for m in meetings] == [
        (["Luis Montenegro", "William Ruto"], "occurred", "2025-06-02"),
        (["Luis Montenegro", "William Ruto"], "planned", "2025-06-04"),
    ]


def test_calling_off_a_truce_is_its_collapse(extract):
    ex = extract(
        "Peace talks restarted in Caracas after the president called off the ceasefire with the guerrillas."
    )
    assert [(e.milestone, e.status) for e in events_of(ex, "ceasefire")] == [("collapsed", "occurred")]


def test_a_truce_not_respected_is_violated_on_a_day_of_its_own(extract):
    ex = extract(
        "The truce signed in April has not been respected by the militias, the monitors said.",
        published="2025-06-10",
    )
    milestones = {e.milestone: (e.event_date, e.date_precision) for e in events_of(ex, "ceasefire")}
    assert milestones["violated"][1] == "article"
    assert milestones["agreed"][1] == "month"


def test_truces_that_were_never_respected_are_a_record_not_a_violation(extract):
    ex = extract("The militia has declared several truces in the past that were not respected.")
    assert "violated" not in [e.milestone for e in events_of(ex, "ceasefire")]


def test_taking_part_in_a_summit_abroad_is_a_visit_there_and_at_home_is_not(extract):
    ex = extract(
        "Vietnamese Prime Minister Pham Minh Chinh took part in the regional summit in Kuala Lumpur on "
        "Sunday. Malaysian Prime Minister Anwar Ibrahim participated in the summit in Kuala Lumpur too.",
        published="2025-10-28",
    )
    visits = events_of(ex, "visit")
    assert [(names(v), v.location) for v in visits] == [(["Pham Minh Chinh"], "Kuala Lumpur")]


def test_a_counterpart_the_parser_hangs_on_the_place_is_still_met(extract):
    ex = extract(
        "Opposition leader Maria Corina Machado spent the week in Caracas. Alongside the talks in Oslo, "
        "Machado had a closed-door meeting on Monday in the capital Caracas with Josep Borrell, the "
        "EU's foreign policy chief.",
        published="2024-05-14",
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [["Josep Borrell", "Maria Corina Machado"]]


def test_two_leaders_who_discuss_on_a_topic_talk_to_each_other(extract):
    ex = extract(
        "Kenyan President William Ruto touched down in Kampala this morning.\n\nAt the airport, President "
        "Ruto was greeted by President Yoweri Museveni.\n\nThe two leaders expected to discuss on ways to "
        "boost regional trade.",
        published="2025-04-21",
    )
    meetings = events_of(ex, "meeting")
    assert [(names(m), m.status) for m in meetings] == [
        (["William Ruto", "Yoweri Museveni"], "occurred"),
        (["William Ruto", "Yoweri Museveni"], "planned"),
    ]


def test_people_picked_from_a_group_are_met_one_by_one(extract):
    ex = extract(
        "Chinese President Xi Jinping arrived in Brasilia on Tuesday. Besides talks with the president, Xi "
        "is scheduled to meet with Brazilian leaders including Geraldo Alckmin, the vice president; Senate "
        "President Rodrigo Pacheco and Foreign Minister Mauro Vieira.",
        published="2024-11-19",
    )
    pairs = sorted(names(m) for m in events_of(ex, "meeting"))
    assert pairs == [
        ["Geraldo Alckmin", "Xi Jinping"],
        ["Mauro Vieira", "Xi Jinping"],
        ["Rodrigo Pacheco", "Xi Jinping"],
    ]


def test_calling_on_two_people_in_separate_visits_is_two_meetings(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi arrived in Kathmandu on Friday. He will then call on President "
        "Ram Chandra Poudel and Vice-President Ram Sahaya Yadav, in separate visits.",
        published="2024-11-15",
    )
    pairs = sorted(names(m) for m in events_of(ex, "meeting"))
    assert pairs == [["Narendra Modi", "Ram Chandra Poudel"], ["Narendra Modi", "Ram Sahaya Yadav"]]


def test_the_one_who_arrives_as_the_host_greets_them_is_the_guest(extract):
    ex = extract(
        "Prime Minister Alexander De Croo greeted Indian Prime Minister Narendra Modi as he arrived at the "
        "Egmont Palace in Brussels for talks.",
        published="2024-11-15",
    )
    assert [(names(v), v.location) for v in events_of(ex, "visit")] == [(["Narendra Modi"], "Brussels")]


def test_a_guest_received_at_a_palace_or_mansion_visits_the_datelines_city(extract):
    ex = extract(
        "Turkish and Iranian leaders meet\n\nANKARA-Anadolu Agency\n\nTurkish President Recep Tayyip Erdogan "
        "received Iranian President Masoud Pezeshkian at the Cankaya Palace for a closed-door meeting. "
        "Erdogan also received Iraqi Prime Minister Mohammed Shia al-Sudani at the presidential mansion.",
        published="2024-11-15",
    )
    visits = sorted((names(v), v.location) for v in events_of(ex, "visit"))
    assert visits == [(["Masoud Pezeshkian"], "Ankara"), (["Mohammed Shia al-Sudani"], "Ankara")]


def test_calling_on_both_sides_to_agree_a_new_truce_proposes_it(extract):
    ex = extract(
        "Kenya and Ethiopia called on the army and the rebels on Sunday to agree again on a new ceasefire.",
        published="2023-06-07",
    )
    assert [(e.milestone, str(e.event_date)) for e in events_of(ex, "ceasefire")] == [
        ("proposed", "2023-06-04")
    ]


def test_a_palace_under_a_dateline_is_in_the_datelines_city(extract):
    ex = extract(
        "ANKARA (Reuters) - Iranian President Masoud Pezeshkian arrived at the Cankaya Palace on Monday for "
        "talks with Turkish President Recep Tayyip Erdogan.",
        published="2024-11-15",
    )
    assert {e.event_type: e.location for e in ex.events} == {"visit": "Ankara", "meeting": "Ankara"}


def test_two_countries_top_diplomats_are_the_foreign_ministers_named(extract):
    ex = extract(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan arrived "
        "in Almaty on Thursday.\n\nAzerbaijan and Armenia's top diplomats on Friday began talks on a peace "
        "agreement in Almaty.",
        published="2024-05-10",
    )
    meetings = events_of(ex, "meeting")
    assert [(names(m), m.location) for m in meetings] == [(["Ararat Mirzoyan", "Jeyhun Bayramov"], "Almaty")]
