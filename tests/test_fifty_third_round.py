"""Phrasings read in the fifty-third round on four pools of real news annotated that round (calls
worldwide, ceasefires in less-covered wars, Latin American and Asia-Pacific diplomacy), checked on
sentences written for these tests:

- 'X met Thursday at his beach club with President Y': the 'with' phrase the parser hangs on the
  venue is the verb's partner;
- 'A, B and diplomatic advisers to C, D and E met': the leaders the advisers serve are not at the
  table;
- 'appealing to both leaders to agree to an immediate ceasefire': a truce proposed, not agreed;
- 'agreed on a truce ... the next day the army broke the agreement': the truce violated;
- 'the talks resulted in an agreement on a cessation of hostilities': agreed;
- 'His itinerary includes visits to A, B and C': his legs;
- 'X and Y will not fly to Z for the summit': a trip called off;
- 'X said on Monday that ... X made the remarks while speaking with Y by phone': Monday's call;
- 'The previous conversation between the two presidents took place on 26 February': another
  call, which neither merges with the story's call nor lends it its day;
- 'held talks with Marshall Islands President A and Solomon Islands Prime Minister B': both at the
  talks, their countries of two words read as countries;
- 'also spoke with Amirabdollahian', the surname tagged as a nationality: the person;
- 'also met with investors': a side of its own;
- 'demanded that X also join the talks': no one joined;
- 'the right time for a phone conversation with X would come': no call planned;
- 'A, B Hold Phone Talks' in a title-case headline: 'Phone' is no person;
- 'visited both the Saudi crown prince A and the Emirati president B': a meeting with each;
- 'arrives in a United States in which ...': the country;
- 'spoke to X from Malaysia, where she is attending a regional forum': a visit to Malaysia.
"""

from tests.test_events import events_of, names
from tests.test_forty_seventh_round import meetings
from tests.test_forty_sixth_round import milestones, visits


def test_a_partner_hung_on_the_venue_is_the_verbs(extract):
    ex = extract(
        "Former US President Donald Trump met Thursday at his Florida beach club with Argentine "
        "President Javier Milei, the first foreign leader he has received since the vote.",
        "2024-11-15",
    )
    assert [people for people, _, _ in meetings(ex)] == [("Donald Trump", "Javier Milei")]


def test_the_leaders_advisers_serve_are_not_among_them(nlp):
    from ingest.events.participants import served_by_many

    doc = nlp("Diplomatic advisers to Michel, Macron and Scholz met in Brussels on Tuesday.")
    advisers = next(t for t in doc if t.lower_ == "advisers")
    served = {doc[i].text for i in served_by_many(advisers)}
    assert {"Michel", "Macron", "Scholz"} <= served
    assert served_by_many(next(t for t in doc if t.text == "Brussels")) == set()


def test_appealing_to_leaders_to_agree_to_a_truce_proposes_it(extract):
    ex = extract(
        "On Friday, Prime Minister Anwar Ibrahim called the two leaders separately, appealing to both "
        "of them to agree to an immediate ceasefire along the border.",
        "2025-07-27",
    )
    assert milestones(ex) == ["proposed"]


def test_breaking_the_agreement_just_told_violates_the_truce(extract):
    ex = extract(
        "At talks in Kunming on 10 January, the rebel alliance and the army agreed on a ceasefire in "
        "the north. On 12 January the army broke the agreement by shelling rebel positions, the "
        "alliance said.",
        "2024-03-06",
    )
    assert milestones(ex) == ["agreed", "violated"]


def test_talks_resulting_in_an_agreement_to_stop_fighting_agree_it(extract):
    ex = extract(
        "The mediator announced that the peace talks in Pretoria have resulted in an agreement on a "
        "cessation of hostilities between the government and the rebels.",
        "2022-11-02",
    )
    assert milestones(ex) == ["agreed"]


def test_an_itinerary_of_visits_gives_the_owner_each_leg(extract):
    ex = extract(
        "French President Emmanuel Macron arrived in Brazil on Tuesday. His itinerary includes visits "
        "to Belem, Sao Paulo and Brasilia.",
        "2024-03-26",
    )
    places = {place for people, place in visits(ex) if people == ("Emmanuel Macron",)}
    assert {"São Paulo", "Brasília"} <= places


def test_a_trip_not_to_be_flown_is_called_off(extract):
    ex = extract(
        "Diplomatic sources confirmed that Azerbaijani President Ilham Aliyev and Turkish President "
        "Recep Tayyip Erdogan will not fly to Granada for the summit.",
        "2023-10-04",
    )
    visit = events_of(ex, "visit")
    assert [(names(e), e.location, e.status) for e in visit] == [
        (["Ilham Aliyev", "Recep Tayyip Erdogan"], "Granada", "cancelled")
    ]


def test_remarks_made_during_a_call_date_it_by_the_sentence_before(extract):
    ex = extract(
        "Chinese President Xi Jinping said on Monday that the two countries should keep their ties "
        "on course. Xi made the remarks while speaking with US President Donald Trump on the phone.",
        "2025-11-25",
    )
    assert meetings(ex) == [(("Donald Trump", "Xi Jinping"), None, "2025-11-24")]


def test_the_previous_conversation_is_another_call(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed the "
        "war by phone, the Kremlin said. The previous conversation between the two presidents took "
        "place on 26 February.",
        "2023-03-25",
    )
    assert sorted(date for _, _, date in meetings(ex)) == ["2023-02-26", "2023-03-25"]


def test_leaders_of_two_island_states_are_both_at_the_talks(extract):
    ex = extract(
        "Fijian Prime Minister Sitiveni Rabuka held talks with Marshall Islands President Hilde Heine "
        "and Solomon Islands Prime Minister Jeremiah Manele on Tuesday.",
        "2025-09-12",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Hilde Heine", "Jeremiah Manele", "Sitiveni Rabuka")
    ]
    countries = {a.canonical_name: a.country for a in ex.actors if a.kind == "person"}
    assert countries["Hilde Heine"] == "Marshall Islands"
    assert countries["Jeremiah Manele"] == "Solomon Islands"


def test_a_surname_taken_for_a_nationality_is_the_person(extract):
    ex = extract(
        "Saudi Foreign Minister Prince Faisal bin Farhan received a phone call from his Iranian "
        "counterpart Hossein Amirabdollahian late on Sunday. Qatar's top diplomat also spoke with "
        "Amirabdollahian via phone call on Sunday, expressing deep concern over the escalation.",
        "2024-04-15",
    )
    assert ("Hossein Amir-Abdollahian", "Qatari top diplomat") in [people for people, _, _ in meetings(ex)]


def test_investors_met_are_a_side(extract):
    ex = extract(
        "Argentine President Javier Milei met Donald Trump on Thursday. A source said the meeting went "
        "well and that Milei also met with investors.",
        "2024-11-15",
    )
    assert ("Javier Milei", "investors") in [people for people, _, _ in meetings(ex)]


def test_a_demand_that_someone_join_the_talks_adds_no_one(extract):
    ex = extract(
        "Aliyev and Armenian Prime Minister Nikol Pashinyan were to be joined in Granada by Charles "
        "Michel, Emmanuel Macron and Olaf Scholz. The five leaders already met in the same format in "
        "Chisinau on June 1. Azerbaijani media said on Wednesday that Aliyev accused the Europeans of "
        "bias and demanded that Turkish President Recep Tayyip Erdogan also join the talks.",
        "2023-10-04",
    )
    assert not any("Recep Tayyip Erdogan" in people for people, _, _ in meetings(ex))


def test_the_right_time_for_a_call_is_no_planned_call(extract):
    ex = extract(
        'German Chancellor Olaf Scholz said that the "right time" for a phone conversation with '
        "Russian President Vladimir Putin would come soon.",
        "2024-11-11",
    )
    assert meetings(ex) == []


def test_a_common_word_of_a_headline_is_no_person(extract):
    ex = extract(
        "Ishiba, Trump Hold Phone Talks; Agree to Meet in Canada\n\nJapanese Prime Minister Shigeru "
        "Ishiba held phone talks with US President Donald Trump on Friday. The phone talks lasted 45 "
        "minutes.",
        "2025-05-24",
    )
    assert not any(a.canonical_name == "Phone" for a in ex.actors)
    assert ("Donald Trump", "Shigeru Ishiba") in [people for people, _, _ in meetings(ex)]


def test_visiting_two_leaders_of_two_countries_meets_each(extract):
    ex = extract(
        "Turkish President Recep Tayyip Erdogan visited both Saudi Crown Prince Mohammed bin Salman and "
        "Emirati President Mohamed bin Zayed last year.",
        "2023-07-18",
    )
    assert [people for people, _, _ in meetings(ex)] == [
        ("Mohamed bin Zayed Al Nahyan", "Recep Tayyip Erdogan"),
        ("Mohammed bin Salman", "Recep Tayyip Erdogan"),
    ]


def test_a_country_told_with_an_article_is_the_country(extract):
    ex = extract(
        "Spanish Prime Minister Pedro Sánchez arrives in a United States in which the border with "
        "Mexico dominates the news.",
        "2023-05-11",
    )
    assert visits(ex) == [(("Pedro Sánchez",), "United States")]


def test_attending_a_forum_where_a_call_was_made_from_is_a_visit_there(extract):
    ex = extract(
        "Japanese Prime Minister Sanae Takaichi spoke to US President Donald Trump from Malaysia, where "
        "she is attending a regional forum.",
        "2025-10-26",
    )
    assert visits(ex) == [(("Sanae Takaichi",), "Malaysia")]
