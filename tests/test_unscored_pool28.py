"""Rules found while reading the misses of pools 17a-27c in the round that annotated pool 28: a
guest met in the host's own country visits it, a saint's town spelled short, a title after a
comma that belongs to the next name, 'the diplomat' and 'the Russian politician' for the person
the story is about, and truces only recalled, aimed at or judged needed. Each is tested on
sentences written for these tests, with the near misses each rule must leave alone. Pools
28a-28c were only measured."""

import datetime as dt

import pytest
from spacy.tokens import Span

from ingest import geography
from ingest.actors.names import misread_people
from tests.test_events import events_of
from tests.test_unscored_pool25 import milestones_of
from tests.test_unscored_pool26 import meetings_of
from tests.test_unscored_pool27 import visits_of


def test_a_guest_met_in_the_hosts_capital_visits_it(extract):
    ex = extract(
        "Kenyan President William Ruto held talks with Ghanaian President John Mahama in Nairobi on Tuesday.",
        published="2025-03-06",
    )
    assert visits_of(ex) == [("Nairobi", ["John Mahama"], "occurred")]


def test_the_guest_visits_whoever_is_named_first(extract):
    ex = extract(
        "Chilean President Gabriel Boric met Argentine President Javier Milei in Buenos Aires on Monday.",
        published="2025-03-06",
    )
    assert visits_of(ex) == [("Buenos Aires", ["Gabriel Boric"], "occurred")]


def test_a_planned_meeting_at_the_hosts_is_a_planned_visit(extract):
    ex = extract(
        "Peruvian President Dina Boluarte will meet Brazilian President Lula da Silva in Brasilia next week.",
        published="2025-03-06",
    )
    assert [(place, status) for place, _, status in visits_of(ex)] == [("Brasília", "planned")]


def test_talks_at_a_third_country_or_with_a_mediator_make_no_visit(extract):
    neutral = extract(
        "Japanese Foreign Minister Takeshi Iwaya met Chinese Foreign Minister Wang Yi in Vientiane "
        "on Friday.",
        published="2025-03-06",
    )
    assert not events_of(neutral, "visit")
    mediated = extract(
        "Saudi Foreign Minister Faisal bin Farhan hosted talks between US Secretary of State Marco "
        "Rubio and Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday.",
        published="2025-03-06",
    )
    assert not events_of(mediated, "visit")


def test_an_ambassador_met_where_she_is_posted_visits_nothing(extract):
    ex = extract(
        "Russian Foreign Minister Sergei Lavrov met US Ambassador to Russia Lynne Tracy in Moscow on Monday.",
        published="2025-03-06",
    )
    assert not events_of(ex, "visit")


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("St. Petersburg", "Russia"),
        ("St Petersburg", "Russia"),
        ("Saint Petersburg", "Russia"),
        ("St. Louis", "United States"),
        ("Saint-Louis", "Senegal"),
    ],
)
def test_a_saints_town_is_the_larger_of_either_spelling(written, country):
    assert geography.country_of_place(written) == country


def test_a_talk_in_st_petersburg_is_the_envoys_visit_not_the_hosts(extract):
    ex = extract(
        "US envoy Steve Witkoff held talks with President Vladimir Putin in St. Petersburg on Friday.",
        published="2025-04-12",
    )
    assert [people for _, people, _ in visits_of(ex)] == [["Steve Witkoff"]]


def test_a_title_after_a_comma_that_ends_in_a_name_is_the_next_persons(extract):
    ex = extract(
        "Erdogan was welcomed at the airport by Malaysian Prime Minister Anwar Ibrahim and his wife, "
        "Wan Azizah Ismail, Turkey's Ambassador to Kuala Lumpur Emir Salim Yuksel, and other officials.",
        published="2025-02-10",
    )
    visitors = {name for _, people, _ in visits_of(ex) for name in people}
    assert "Wan Azizah Ismail" not in visitors


@pytest.mark.parametrize("reference", ["the diplomat", "the Russian diplomat", "the Russian politician"])
def test_what_someone_is_names_the_person_the_story_is_about(extract, reference):
    ex = extract(
        "Russian Foreign Minister Sergei Lavrov ended a tour of Latin America on Thursday. "
        f"In Havana, {reference} met with Cuban Foreign Minister Bruno Rodriguez.",
        published="2025-02-21",
    )
    assert meetings_of(ex) == [["Bruno Rodriguez", "Sergei Lavrov"]]


def test_a_diplomat_is_no_president_and_a_politician_of_another_country_no_one(extract):
    president = extract(
        "Brazilian President Luiz Inacio Lula da Silva flew to Havana on Thursday. "
        "The diplomat met with Cuban Foreign Minister Bruno Rodriguez.",
        published="2025-02-21",
    )
    assert ["Bruno Rodriguez", "Luiz Inacio Lula da Silva"] not in meetings_of(president)
    other = extract(
        "Russian Foreign Minister Sergei Lavrov ended a tour of Latin America on Thursday. "
        "The German politician met with Cuban Foreign Minister Bruno Rodriguez.",
        published="2025-02-21",
    )
    assert ["Bruno Rodriguez", "Sergei Lavrov"] not in meetings_of(other)


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli tanks fired on villages in southern Lebanon, violating a ceasefire with Hezbollah "
        "that had been brokered by the US and France.",
        "Witkoff, who helped broker the Gaza ceasefire that went into effect on 19 January, will "
        "travel to Doha.",
        "Hochstein, who brokered the ceasefire, spoke to Israeli officials over the weekend.",
    ],
)
def test_a_truce_a_relative_clause_recalls_is_no_agreement(extract, sentence):
    assert "agreed" not in milestones_of(extract(sentence, published="2025-01-22"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar, which brokered a truce between Israel and Hamas on Monday, said talks would continue.",
        "The truce, which was agreed in Doha last week, is holding.",
        "Egypt and Qatar brokered a ceasefire between Israel and Hamas on Monday.",
    ],
)
def test_a_truce_brokered_on_a_day_or_at_a_place_is_agreed(extract, sentence):
    assert "agreed" in milestones_of(extract(sentence, published="2025-01-22"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel and Hamas are close to finalizing a ceasefire agreement, the newspaper reported.",
        "Mediators are on the verge of a ceasefire agreement in Gaza.",
        "The envoy is set to travel to Doha to secure a new ceasefire agreement between Israel and Hamas.",
        "After the talks, both agreed a Gaza ceasefire is needed before the inauguration.",
    ],
)
def test_a_truce_neared_sought_or_judged_needed_is_not_agreed(extract, sentence):
    assert "agreed" not in milestones_of(extract(sentence, published="2025-01-22"))


def test_a_truce_agreed_on_a_trip_is_still_agreed(extract):
    ex = extract(
        "The envoy travelled to Doha, where Israel and Hamas agreed to a ceasefire on Wednesday.",
        published="2025-01-16",
    )
    assert "agreed" in milestones_of(ex)


def test_a_full_name_tagged_an_organisation_is_a_person_when_its_surname_alone_is_one(nlp):
    doc = nlp(
        "Morgan Ortagus arrived in Beirut on Friday. The president wrote that Ortagus had learned. "
        "Later, Ortagus met with Lebanese President Joseph Aoun."
    )
    # the tags the small model gave a real article: the full name an organisation, the surname
    # alone once a person and once nothing
    tokens = [t.i for t in doc if t.text == "Ortagus"]
    doc.ents = [
        Span(doc, 0, 2, label="ORG"),
        Span(doc, tokens[1], tokens[1] + 1, label="PERSON"),
        *(e for e in doc.ents if e.label_ != "ORG" and "Ortagus" not in e.text),
    ]
    found = [span.text for span in misread_people(doc, set())]
    assert "Morgan Ortagus" in found
    assert [s.start for s in misread_people(doc, set()) if s.text == "Ortagus"] == [tokens[2]]


def test_a_credit_line_of_initials_before_a_surname_is_no_new_person(extract):
    ex = extract(
        "Image Source : S JAISHANKAR/X S Jaishankar met Qatar's Prime Minister Mohammed bin "
        "Abdulrahman Al Thani in Riyadh. On Monday, Jaishankar met Saudi Foreign Minister Faisal "
        "bin Farhan in Riyadh.",
        published="2024-09-09",
    )
    names = {p.actor.canonical_name for e in ex.events for p in e.participants}
    assert not any(name.startswith("X ") for name in names)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "At the ASEAN Summit in Jakarta, Malaysian Prime Minister Anwar Ibrahim held "
            "discussions with Philippine President Ferdinand Marcos.",
            "Jakarta",
        ),
        (
            "South African President Cyril Ramaphosa shook hands with US President Joe Biden during "
            "the G20 Summit in New Delhi.",
            "New Delhi",
        ),
        (
            "Chinese President Xi Jinping and Indian Prime Minister Narendra Modi came face-to-face at "
            "the BRICS summit in Kazan.",
            "Kazan",
        ),
    ],
)
def test_a_meeting_at_a_summit_abroad_is_each_guests_visit_there(extract, sentence, place):
    ex = extract(sentence, published="2024-11-18")
    meetings = events_of(ex, "meeting")
    assert [m.location for m in meetings] == [place]
    visits = visits_of(ex)
    assert {loc for loc, _, _ in visits} == {place}
    assert sum(len(people) for _, people, _ in visits) == 2


def test_a_gathering_without_its_place_or_a_meeting_recalled_undated_makes_no_visit(extract):
    unplaced = extract(
        "Polish Foreign Minister Radoslaw Sikorski met British Foreign Secretary David Lammy on "
        "Sunday. During the conference, both ministers voiced hopes for the NATO summit in Washington.",
        published="2024-07-08",
    )
    assert not any(loc == "Washington" for loc, _, _ in visits_of(unplaced))
    recalled = extract(
        "Japanese Prime Minister Shigeru Ishiba recalled meeting Philippine President Ferdinand "
        "Marcos during the ASEAN Summit in Vientiane last year.",
        published="2025-04-29",
    )
    assert not events_of(recalled, "visit")


@pytest.mark.parametrize(
    "sentence",
    [
        "The two Koreas held high-level talks at Panmunjom on Friday.",
        "North and South Korea held high-level talks at Panmunjom on Friday.",
        "Seoul and Pyongyang held talks at the truce village of Panmunjom on Friday.",
    ],
)
def test_both_states_of_a_divided_nation_are_sides_and_a_truce_village_is_a_place(extract, sentence):
    ex = extract(sentence, published="2018-06-02")
    assert meetings_of(ex) == [["North Korean delegation", "South Korean delegation"]]
    assert not events_of(ex, "ceasefire")


def test_one_korea_alone_is_no_pair_of_sides(extract):
    ex = extract("South Korea held talks with the United States in Seoul on Friday.", published="2018-06-02")
    assert ["North Korean delegation", "South Korean delegation"] not in meetings_of(ex)


def test_the_leader_of_a_delegations_members_leads_the_delegation(extract):
    ex = extract(
        "A bipartisan delegation of six US lawmakers led by Senator Bob Menendez arrived in Taipei "
        "on Thursday and will meet President Tsai Ing-wen on Friday.",
        published="2022-04-14",
    )
    assert visits_of(ex) == [("Taipei", ["Bob Menendez"], "occurred")]
    assert meetings_of(ex) == [["Bob Menendez", "Tsai Ing-wen"]]


def test_a_hyphenated_romanised_given_name_is_one_word_of_the_persons_name(extract, nlp):
    ex = extract(
        "South Korean President Moon Jae-in flew to Pyongyang on Tuesday. Moon met Kim Jong-un at "
        "the airport.",
        published="2018-09-19",
    )
    assert visits_of(ex) == [("Pyongyang", ["Moon Jae-in"], "occurred")]
    assert meetings_of(ex) == [["Kim Jong-un", "Moon Jae-in"]]
    assert [e.text for e in nlp("Ban Ki-moon flew to Seoul.").ents if e.label_ == "PERSON"] == ["Ban Ki-moon"]
    object_of_met = extract(
        "On Tuesday, Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in in Tokyo.",
        published="2018-09-19",
    )
    assert meetings_of(object_of_met) == [["Moon Jae-in", "Shinzo Abe"]]


def test_the_first_time_for_both_sides_to_agree_is_no_aim(extract):
    ex = extract(
        "It was the first time since 2022 for Russia and Ukraine to agree to a ceasefire.",
        published="2025-06-11",
    )
    assert "agreed" in milestones_of(ex)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A United Nations-backed truce took effect.", "backed"),
        ("The anti-war protest drew crowds.", "war"),
        ("Pro-Russian forces shelled the town.", "Russian"),
    ],
)
def test_other_hyphenated_words_stay_apart(nlp, text, word):
    assert word in [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("sentence", "not_told"),
    [
        (
            "The envoy arrived in Moscow on Thursday to present the details of the truce proposal agreed "
            "by American and Ukrainian officials.",
            "agreed",
        ),
        (
            "The commanders met at the border and both sides agreed to honour the ceasefire agreement.",
            "agreed",
        ),
        (
            '"We hope that this time the mediators can ensure the ceasefire is implemented," he said.',
            "took_effect",
        ),
        ("Hezbollah declared victory without directly acknowledging the ceasefire.", "agreed"),
        ("Numerous previous ceasefire agreements were violated.", "violated"),
        ("Previous truces have collapsed within hours.", "collapsed"),
    ],
)
def test_a_truce_kept_hoped_for_denied_or_in_general_is_no_milestone(extract, sentence, not_told):
    assert not_told not in milestones_of(extract(sentence, published="2025-01-22"))


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The two armies agreed to respect a ceasefire from Monday.", "agreed"),
        ("The ceasefire plan agreed by both sides on Monday takes effect at noon.", "agreed"),
        ('"The president has declared a unilateral ceasefire, I want to reciprocate," he said.', "agreed"),
        ("Israel and Hamas agreed on Wednesday to a ceasefire, without giving details.", "agreed"),
        ("The previous ceasefire collapsed on Sunday.", "collapsed"),
    ],
)
def test_a_new_truce_a_dated_plan_or_one_story_truce_is_still_told(extract, sentence, told):
    assert told in milestones_of(extract(sentence, published="2025-01-22"))


def test_guests_listed_with_titles_visit_the_place_hung_on_the_last_name(extract):
    ex = extract(
        "British Prime Minister Keir Starmer hosted Ukrainian President Volodymyr Zelensky, French "
        "President Emmanuel Macron and German Chancellor Friedrich Merz in London on Monday.",
        published="2025-12-08",
    )
    assert visits_of(ex) == [
        ("London", ["Emmanuel Macron", "Friedrich Merz", "Volodymyr Zelensky"], "occurred")
    ]
    assert [m.location for m in events_of(ex, "meeting")] == ["London"]


def test_places_a_kind_word_introduces_are_places_the_gazetteer_may_not_know(extract):
    ex = extract(
        "Italian Prime Minister Giorgia Meloni visited the towns of Bucha and Irpin on Tuesday.",
        published="2023-02-22",
    )
    assert [place for place, _, _ in visits_of(ex)] == ["Bucha", "Irpin"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "South Korean President Lee Jae-myung stopped in Tokyo on Saturday on his way to Washington.",
            "Tokyo",
        ),
        ("South Korean President Lee Jae-myung stopped by Tokyo on Saturday.", "Tokyo"),
        ("Nigerian President Bola Tinubu made a brief stop in the UAE on Sunday.", "United Arab Emirates"),
    ],
)
def test_a_stop_on_a_journey_is_a_visit(extract, sentence, place):
    assert [p for p, _, _ in visits_of(extract(sentence, published="2025-08-25"))] == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel stopped the talks in Doha on Monday.",
        "The fighting stopped in Gaza on Sunday.",
        "The ship carrying Iranian Foreign Minister Abbas Araghchi was stopped by Israel on Sunday.",
        "The truce put a stop to the fighting in Gaza.",
        "US President Joe Biden said the war must stop in Gaza.",
    ],
)
def test_stopping_something_or_being_stopped_is_no_visit(extract, sentence):
    assert not events_of(extract(sentence, published="2025-08-25"), "visit")


@pytest.mark.parametrize("members", ["the delegation's members", "the members of the delegation"])
def test_people_among_a_delegations_members_travel_with_it(extract, members):
    ex = extract(
        f"Israeli negotiators left for Doha on Saturday night. Among {members} are Gal Hirsch and "
        "Ophir Falk.",
        published="2025-01-12",
    )
    [(place, people, _)] = visits_of(ex)
    assert place == "Doha" and {"Gal Hirsch", "Ophir Falk"} <= set(people)


def test_members_of_a_movement_are_no_travelling_party(extract):
    ex = extract(
        "Hamas negotiators left for Cairo on Saturday. Among the members of the movement are Khaled "
        "Meshaal and Mousa Abu Marzouk.",
        published="2025-01-12",
    )
    assert all("Khaled Meshaal" not in people for _, people, _ in visits_of(ex))


# Guards from the review of this round's rules (each a misfire the first version made).


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump took to social media on Monday to announce that Israel and Iran had agreed to a ceasefire.",
        "The leaders of Thailand and Cambodia met in Kuala Lumpur on Monday to agree an immediate ceasefire.",
        "Both sides began observing a ceasefire that they had agreed to hours earlier.",
        "Hamas released the hostages under a truce that the two sides agreed to late last night.",
    ],
)
def test_a_truce_announced_met_for_or_agreed_hours_earlier_is_still_agreed(extract, sentence):
    assert "agreed" in milestones_of(extract(sentence, published="2025-06-24"))


@pytest.mark.parametrize(
    "sentence",
    [
        "US senators met Taiwanese President Lai Ching-te in Taipei on Friday.",
        "US Secretary of State Antony Blinken met Hong Kong leader John Lee Ka-chiu in Washington on Friday.",
    ],
)
def test_other_hyphenated_given_names_keep_their_meetings(extract, sentence):
    [meeting] = events_of(extract(sentence, published="2025-06-24"), "meeting")
    assert len(meeting.participants) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli Prime Minister Benjamin Netanyahu met Mike Huckabee, the US ambassador, in Jerusalem on "
        "Sunday.",
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas political chief Ismail Haniyeh in "
        "Doha on Sunday.",
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya in Doha.",
        "Lithuanian President Gitanas Nauseda met Belarusian opposition leader Sviatlana Tsikhanouskaya in "
        "Vilnius on Monday.",
        "Russian President Vladimir Putin met Chinese President Xi Jinping via video link during the BRICS "
        "summit in Rio de Janeiro on Sunday.",
    ],
)
def test_people_who_live_or_are_posted_where_they_are_met_or_meet_by_video_visit_nothing(extract, sentence):
    assert not events_of(extract(sentence, published="2025-06-24"), "visit")


def test_a_countrys_leader_met_abroad_still_visits(extract):
    ex = extract(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Moscow on Tuesday.",
        published="2025-06-24",
    )
    assert visits_of(ex) == [("Moscow", ["Kim Jong Un"], "occurred")]


def test_a_diplomat_told_of_before_is_not_the_one_the_story_is_about(extract):
    ex = extract(
        "Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday. "
        "The talks were tense, a European diplomat told Reuters. The diplomat arrived in Seoul on Tuesday.",
        published="2025-06-24",
    )
    assert "Seoul" not in {place for place, _, _ in visits_of(ex)}


def test_a_title_owned_by_another_person_still_gives_the_nationality(extract):
    ex = extract(
        "Ali Akbar Velayati, Iranian Supreme Leader Ali Khamenei's top adviser, met Lebanese President "
        "Joseph Aoun in Beirut on Monday.",
        published="2025-06-24",
    )
    assert visits_of(ex) == [("Beirut", ["Ali Akbar Velayati"], "occurred")]


@pytest.mark.parametrize(("written", "country"), [("St. George's", None), ("St. Andrews", None)])
def test_a_saints_town_the_gazetteer_lacks_is_no_larger_town_elsewhere(written, country):
    assert geography.country_of_place(written) == country


def test_a_headline_compound_is_no_given_name(nlp):
    assert "Sit-in" not in [e.text for e in nlp("Protesters Stage Sit-in Outside Embassy").ents]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ethiopian Prime Minister Abiy Ahmed arrived in Mogadishu on Tuesday. Abiy held talks with "
            "Somali President Hassan Sheikh Mohamud.",
            ["Abiy Ahmed", "Hassan Sheikh Mohamud"],
        ),
        (
            "Eritrean President Isaias Afwerki arrived in Cairo on Tuesday. Isaias held talks with Egyptian "
            "President Abdel Fattah al-Sisi.",
            ["Abdel Fattah al-Sisi", "Isaias Afwerki"],
        ),
    ],
)
def test_a_leader_who_goes_by_his_given_name_is_that_person(extract, text, pair):
    assert pair in meetings_of(extract(text, published="2025-03-03"))


def test_a_given_name_two_people_share_names_no_one(extract):
    ex = extract(
        "Saudi Crown Prince Mohammed bin Salman and Emirati President Mohammed bin Zayed arrived in Doha "
        "on Tuesday. Mohammed held talks with Qatari Emir Tamim bin Hamad Al Thani.",
        published="2025-03-03",
    )
    assert not any(
        "Tamim bin Hamad Al Thani" in m and len(m) == 2 and m[0].startswith("Mohammed")
        for m in meetings_of(ex)
    )


def test_a_luncheon_hosted_for_a_guest_is_a_meeting(extract):
    ex = extract(
        "Kenyan President William Ruto hosted a luncheon for Ethiopian Prime Minister Abiy Ahmed on Monday.",
        published="2025-03-03",
    )
    assert meetings_of(ex) == [["Abiy Ahmed", "William Ruto"]]


@pytest.mark.parametrize("days", ["from December 24 to 26", "from 24 to 26 December", "on December 24-26"])
def test_a_visit_told_by_a_range_of_days_is_dated_its_first_day(extract, days):
    ex = extract(f"Japanese Foreign Minister Takeshi Iwaya will visit China {days}.", published="2024-12-20")
    [visit] = events_of(ex, "visit")
    assert (visit.event_date, visit.date_precision) == (dt.date(2024, 12, 24), "day")


def test_the_head_of_state_is_the_president_named_before(extract):
    ex = extract(
        "Azerbaijani President Ilham Aliyev arrived in Uzbekistan on a state visit on Tuesday. At the "
        "Tashkent International Airport, the head of state was welcomed by Uzbek President Shavkat "
        "Mirziyoyev.",
        published="2022-06-21",
    )
    assert meetings_of(ex) == [["Ilham Aliyev", "Shavkat Mirziyoyev"]]


def test_a_tete_a_tete_is_no_place(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan arrived in Baku on Tuesday. Erdogan and Aliyev held a "
        "tete-a-tete meeting, followed by talks between the delegations.",
        published="2022-06-21",
    )
    assert {e.location for e in ex.events} == {"Baku"}


def test_counterparts_listed_by_nationality_are_one_meeting_each_labelled_by_office(extract):
    ex = extract(
        "Turkish Foreign Minister Hakan Fidan held meetings with his Finnish, Greek, Bulgarian, and "
        "British counterparts in Brussels on Wednesday.",
        published="2024-04-05",
    )
    assert meetings_of(ex) == [
        ["British foreign minister", "Hakan Fidan"],
        ["Bulgarian foreign minister", "Hakan Fidan"],
        ["Finnish foreign minister", "Hakan Fidan"],
        ["Greek foreign minister", "Hakan Fidan"],
    ]


def test_an_unnamed_counterpart_is_labelled_by_the_owners_office_and_a_named_one_by_name(extract):
    unnamed = extract(
        "Turkish Foreign Minister Hakan Fidan met his Greek counterpart in Brussels on Wednesday.",
        published="2024-04-05",
    )
    assert meetings_of(unnamed) == [["Greek foreign minister", "Hakan Fidan"]]
    named = extract(
        "French President Emmanuel Macron arrived in Beirut on Friday. Lebanese President Joseph Aoun "
        "met his French counterpart at the presidential palace.",
        published="2025-03-28",
    )
    assert ["Emmanuel Macron", "Joseph Aoun"] in meetings_of(named)


def test_the_foreign_ministers_of_two_countries_are_one_minister_each(extract):
    ex = extract(
        "Direct talks between the foreign ministers of Ethiopia and Somalia took place in Ankara in July.",
        published="2024-08-13",
    )
    assert meetings_of(ex) == [["Ethiopian foreign minister", "Somali foreign minister"]]
