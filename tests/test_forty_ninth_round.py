"""Phrasings read in the forty-ninth round on the pools measured blind the round before, checked
on sentences written for these tests:

- 'Kim' beside Kim Jong Un and 'his sister Kim Yo Jong': the one not told as a relative;
- 'Baku, Azerbaijan – Russia's President A held talks': a dateline in title case is no subject;
- 'summit in the Astana format': a place naming a way of talking is no place of the summit;
- 'has yet to call X': no call;
- 'met on Monday with X, the ministry said': the parser's 'with' taken for the mark of 'said';
- 'his only trips abroad have been to A and B', 'has visited P several times to meet X': trips
  and talks summed up, no event;
- 'Their last meeting took place in P on May 3': an earlier meeting of the two who just met;
- 'The visit to P is X's first trip abroad': X's visit;
- a headline 'A and B in Brussels on Monday': their visit;
- 'the UN envoy for Cyprus, X,': X's title, so 'the envoy' is X; 'The president and Cypriot leader
  Y met separately with the envoy': Y is the leader's name, and each met X apart;
- 'concluded his visit to China ... talks in Beijing ... visited a centre in Shanghai city': a leg
  in each city ('Shanghai city' is Shanghai), the country visit told by one of them;
- 'The Modi call came after the conversation with Erdogan': the other call's counterpart holds no
  part in this one;
- 'spoke first with A, followed by B': a call with each;
- 'The statement was signed by A and B after holding talks': the signers held them;
- 'a planned Erdogan visit to Baghdad': the person named before the noun is the visitor;
- 'President William Lai' is Lai Ching-te (the table's English name);
- a caption 'X meets the foreign ministers of the three Nordic states', dated by the article, is
  the meeting the body tells with its day and the ministers' names;
- 'ordered a halt to military operations', 'called a halt to five days of attacks': the truce in
  force (not 'calling this ceasefire a cessation of hostilities');
- 'will speak with leaders of around 10 nations', 'calls with foreign leaders': countries reckoned
  or left untold are no counterpart;
- 'had a meeting with A as well as with B': a meeting with each.
"""

from tests.test_forty_seventh_round import meetings
from tests.test_forty_sixth_round import milestones, visits


def test_a_bare_family_name_goes_to_the_person_not_told_as_a_relative(extract):
    ex = extract(
        "North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday with his sister Kim Yo "
        "Jong. Kim is expected to meet President Vladimir Putin on Wednesday.",
        "2023-09-12",
    )
    assert meetings(ex) == [(("Kim Jong Un", "Vladimir Putin"), "Vladivostok", "2023-09-13")]


def test_a_title_case_dateline_is_not_taken_for_the_subject(extract):
    ex = extract(
        "Baku, Azerbaijan – Russia's President Vladimir Putin has held separate talks with "
        "Azerbaijan's President Ilham Aliyev and Prime Minister Ali Asadov on improving bilateral "
        "relations in Baku.",
        "2024-03-14",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Ali Asadov", "Vladimir Putin"),
        ("Ilham Aliyev", "Vladimir Putin"),
    ]


def test_a_place_naming_a_negotiating_format_is_not_where_the_summit_is(extract):
    ex = extract(
        "President Vladimir Putin will travel on Friday for a summit with the Turkish and Iranian "
        "presidents in the Astana format.",
        "2024-03-14",
    )
    assert all(e.location != "Astana" for e in ex.events)


def test_a_call_someone_has_yet_to_make_is_no_call(extract):
    ex = extract(
        "But the German chancellor has yet to call Chinese President Xi Jinping.",
        "2025-05-09",
    )
    assert all("Xi Jinping" not in [p.actor.canonical_name for p in e.participants] for e in ex.events)


def test_a_partner_the_parser_takes_for_the_subject_of_a_reporting_clause(extract):
    ex = extract(
        "Assad also met on Saturday with Dubai ruler Sheikh Mohammed bin Rashid al-Maktoum, the "
        "Syrian presidency said in a statement, state media reported.",
        "2022-03-20",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Bashar al-Assad", "Mohammed bin Rashid al-Maktoum")
    ]


def test_trips_summed_up_are_no_visits(extract):
    ex = extract(
        "President Bashar al-Assad's only trips abroad since 2011 have been to Iran and Russia. "
        "Defence Minister Sergei Shoigu has visited Damascus several times to meet Assad.",
        "2022-03-20",
    )
    assert ex.events == []


def test_their_earlier_meeting_is_one_of_the_two_who_just_met(extract):
    ex = extract(
        "Field Marshal Khalifa Haftar was received by Russian Deputy Defence Minister Yunus-Bek "
        "Yevkurov in Moscow on Tuesday. The floods were on the agenda. Their last meeting took place "
        "on August 22 in Benghazi.",
        "2023-09-27",
    )
    assert meetings(ex) == [
        (("Khalifa Haftar", "Yunus-Bek Yevkurov"), "Benghazi", "2023-08-22"),
        (("Khalifa Haftar", "Yunus-Bek Yevkurov"), "Moscow", "2023-09-26"),
    ]


def test_the_visit_named_as_someones_first_trip_is_theirs(extract):
    ex = extract(
        "President Donald Trump praised Polish President Karol Nawrocki on Wednesday. The visit to "
        "Washington is Nawrocki's first foreign trip as president.",
        "2025-09-03",
    )
    assert visits(ex) == [(("Karol Nawrocki",), "Washington")]


def test_a_headline_putting_people_in_a_foreign_place_is_their_visit(extract):
    ex = extract(
        "Blinken in Kyiv\n\nUS Secretary of State Antony Blinken pledged new aid to Ukraine on Wednesday.",
        "2024-05-15",
    )
    assert visits(ex) == [(("Antony Blinken",), "Kyiv")]


def test_a_title_set_off_by_a_comma_and_a_name_after_a_second_title(extract):
    ex = extract(
        "The UN chief's special envoy for Cyprus, Maria Angela Holguin, arrived in Nicosia on Monday. "
        "Greek Cypriot leader Nikos Christodoulides will see her again on Friday. The president and "
        "Turkish Cypriot leader Ersin Tatar met separately with the envoy on Tuesday.",
        "2024-02-01",
    )
    held = [people for people, _, day in meetings(ex) if day == "2024-01-30"]
    assert held == [
        ("Ersin Tatar", "Maria Angela Holguin"),
        ("Maria Angela Holguin", "Nikos Christodoulides"),
    ]


def test_each_city_of_a_country_visit_is_a_leg(extract):
    ex = extract(
        "Ethiopian Prime Minister Abiy Ahmed returned home on Saturday, concluding his official visit "
        "to China. He held talks with Chinese Premier Li Qiang in Beijing on Tuesday. During his stay "
        "in China, he also visited a technology centre in Shanghai city.",
        "2023-10-21",
    )
    assert sorted(place.split(",")[0] for _, place in visits(ex)) == ["Beijing", "Shanghai"]


def test_another_call_told_as_the_subject_holds_no_part_in_this_one(extract):
    ex = extract(
        "Chancellor Olaf Scholz spoke with Indian Prime Minister Narendra Modi on Friday. The Modi call "
        "came after the conversation with Erdogan.",
        "2021-10-09",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Narendra Modi", "Olaf Scholz")]


def test_the_counterpart_followed_by_another_is_one_call_each(extract):
    ex = extract(
        "Chancellor Olaf Scholz spoke first with French President Emmanuel Macron, followed by Italian "
        "Prime Minister Mario Draghi, both on Tuesday.",
        "2021-10-09",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Emmanuel Macron", "Olaf Scholz"),
        ("Mario Draghi", "Olaf Scholz"),
    ]


def test_the_signers_of_a_passive_hold_the_talks_told_after(extract):
    ex = extract(
        "The joint statement was signed by Serbian President Aleksandar Vucic and Hungarian Prime "
        "Minister Viktor Orban after holding talks in Belgrade on Monday.",
        "2021-10-09",
    )
    assert meetings(ex) == [(("Aleksandar Vucic", "Viktor Orban"), "Belgrade", "2021-10-04")]


def test_a_person_named_before_the_visit_noun_is_the_visitor(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan arrived in Tehran on Monday. A planned Erdogan visit to "
        "Baghdad in November 2021 was called off.",
        "2022-07-19",
    )
    assert ((("Recep Tayyip Erdogan",), "Baghdad")) in visits(ex)


def test_the_english_name_of_taiwans_president_is_lai_ching_te(extract):
    ex = extract(
        "President William Lai met visiting Palau President Surangel Whipps Jr. in Taipei on Monday.",
        "2025-06-04",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Lai Ching-te", "Surangel Whipps Jr")]


def test_a_captions_group_is_the_ministers_named_in_the_body(extract):
    ex = extract(
        "Secretary of State Antony Blinken meets the foreign ministers of the three Nordic states.\n\n"
        "Blinken hosted Swedish Foreign Minister Tobias Billstrom, Finnish Foreign Minister Elina "
        "Valtonen and Norwegian Foreign Minister Espen Barth Eide in Washington on Monday.",
        "2024-03-26",
    )
    assert meetings(ex) == [
        (
            ("Antony Blinken", "Elina Valtonen", "Espen Barth Eide", "Tobias Billstrom"),
            "Washington",
            "2024-03-25",
        )
    ]


def test_a_halt_ordered_or_called_is_in_force(extract):
    for text in (
        "President Dmitry Medvedev ordered a halt to military operations in Georgia on Tuesday.",
        "President Dmitry Medvedev called a halt to five days of heavy attacks on Georgia on Tuesday.",
    ):
        assert milestones(extract(text, "2008-08-12")) == ["took_effect"], text
    calling = extract(
        "Calling the truce a lasting cessation of hostilities, the president said the war was over.",
        "2024-11-26",
    )
    assert "took_effect" not in milestones(calling)


def test_leaders_of_countries_reckoned_or_untold_are_no_counterparts(extract):
    for text in (
        "Prime Minister Shigeru Ishiba will speak with leaders of around 10 nations this month.",
        "Prime Minister Shigeru Ishiba held his first phone calls with foreign leaders on Tuesday.",
        "Prime Minister Shigeru Ishiba will talk with leaders of more than 10 countries by phone.",
    ):
        assert meetings(extract(text, "2024-10-02")) == [], text


def test_a_meeting_with_one_as_well_as_with_another_is_one_each(extract):
    ex = extract(
        "During his visit to Jordan in May, Chancellor Karl Nehammer had a meeting with King Abdullah II "
        "as well as with Crown Prince Hussein.",
        "2024-06-20",
    )
    assert sorted(people for people, _, _ in meetings(ex)) == [
        ("Abdullah II", "Karl Nehammer"),
        ("Hussein", "Karl Nehammer"),
    ]
