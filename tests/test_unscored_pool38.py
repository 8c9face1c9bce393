"""Rules found on the misses of pool 33 (read this round, after two rounds of being only
measured) and checked on unannotated real pages: people present at the airport join the guest's
welcome, a 'by' the parser hangs on a named airport, the people of a 'part of the delegation'
sentence travel with the visitor, two named people who 'last spoke' or 'discussed "..."' talked to
each other, and a pronoun after a roll of people present stands for the guest, not the last one
listed. Each is tested on sentences written for these tests. Pools 36 and 38 were only measured."""

from tests.test_events import events_of
from tests.test_unscored_pool26 import assert_none, meetings_of
from tests.test_unscored_pool27 import visits_of


def test_people_present_at_the_airport_join_the_welcome_told_before(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Kampala on Monday for a state visit. He was "
        "welcomed at the airport by Ugandan Vice President Jessica Alupo. Also present at the "
        "airport were Foreign Minister Jeje Odongo and Kenyan High Commissioner Joash Maangi.",
        published="2025-03-11",
    )
    assert meetings_of(ex) == [["Jeje Odongo", "Jessica Alupo", "Joash Maangi", "William Ruto"]]


def test_people_present_at_the_airport_join_no_talks(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Kampala on Monday. He held talks with President "
        "Yoweri Museveni at State House. Also present at the airport were Foreign Minister Jeje "
        "Odongo and Kenyan High Commissioner Joash Maangi.",
        published="2025-03-11",
    )
    assert meetings_of(ex) == [["William Ruto", "Yoweri Museveni"]]


def test_a_welcome_at_a_named_airport_keeps_its_host(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Uganda on Monday. He was welcomed at Entebbe "
        "International Airport by Ugandan Vice President Jessica Alupo.",
        published="2025-03-11",
    )
    assert meetings_of(ex) == [["Jessica Alupo", "William Ruto"]]


def test_he_after_a_roll_of_people_present_is_the_guest(extract):
    ex = extract(
        "Malaysian Prime Minister Anwar Ibrahim arrived in Singapore on Monday. He was greeted by "
        "Foreign Minister Vivian Balakrishnan. Also present at the airport were Malaysian Foreign "
        "Minister Zambry Abdul Kadir, Secretary-General Amran Mohamed Zin and High Commissioner Azfar "
        "Mohamad Mustafar. A busy day awaits "
        "the prime minister. He will call on President Halimah Yacob.",
        published="2023-01-30",
    )
    assert ["Anwar Ibrahim", "Halimah Yacob"] in meetings_of(ex)
    assert not any("Azfar Mohamad Mustafar" in m and "Halimah Yacob" in m for m in meetings_of(ex))


def test_people_said_to_be_part_of_the_delegation_travel_with_the_visitor(extract):
    ex = extract(
        "Malaysian Prime Minister Anwar Ibrahim arrived in Singapore on Monday. The Premier of Sarawak "
        "Abang Johari Openg and Johor Menteri Besar Onn Hafiz Ghazi are also part of the official "
        "delegation.",
        published="2023-01-30",
    )
    assert visits_of(ex) == [("Singapore", ["Anwar Ibrahim", "Johari Openg", "Onn Hafiz Ghazi"], "occurred")]


def test_part_of_something_else_is_no_companion(extract):
    ex = extract(
        "Malaysian Prime Minister Anwar Ibrahim arrived in Singapore on Monday. Foreign Minister "
        "Zambry Abdul Kadir was part of the team that drafted the agreement.",
        published="2023-01-30",
    )
    assert visits_of(ex) == [("Singapore", ["Anwar Ibrahim"], "occurred")]


def test_two_people_who_last_spoke_talked_to_each_other(extract):
    ex = extract(
        "Olaf Scholz said on Tuesday he was ready to talk to the Kremlin. Scholz and Vladimir Putin "
        "last spoke in December 2022, when the chancellor urged the president to withdraw.",
        published="2023-07-12",
    )
    meetings = events_of(ex, "meeting")
    assert meetings_of(ex) == [["Olaf Scholz", "Vladimir Putin"]]
    assert str(meetings[0].event_date) == "2022-12-01"


def test_two_people_who_discussed_a_quotation_talked_to_each_other(extract):
    ex = extract(
        'Cambodian Foreign Minister Prak Sokhonn and junta chief Min Aung Hlaing discussed "the state '
        'of unrest across the country" and aid deliveries, the junta said in a statement.',
        published="2022-03-22",
    )
    assert meetings_of(ex) == [["Min Aung Hlaing", "Prak Sokhonn"]]


def test_two_people_speaking_to_reporters_is_no_conversation(extract):
    assert_none(
        extract,
        "meeting",
        "2023-07-12",
        "Emmanuel Macron and Olaf Scholz spoke to reporters on Friday.",
        "Emmanuel Macron and Olaf Scholz spoke to journalists in Paris.",
    )


def test_part_of_the_delegation_travelling_somewhere_travels_with_it(extract):
    ex = extract(
        "Israel will send a delegation to Doha for talks, officials said on Thursday. Mossad chief "
        "David Barnea is part of the Israeli delegation travelling to Doha for the talks.",
        published="2024-10-24",
    )
    assert any("David Barnea" in visitors for _, visitors, _ in visits_of(ex))


def test_a_meeting_someone_is_open_to_is_no_meeting(extract):
    assert_none(
        extract,
        "meeting",
        "2025-05-17",
        "Zelensky has previously said he is open to a face-to-face meeting with Putin.",
        "Zelensky said on Friday he is ready for talks with Putin.",
    )
    ex = extract("Trump said he was happy with his meeting with Putin on Friday.", published="2025-05-17")
    assert meetings_of(ex) == [["Donald Trump", "Vladimir Putin"]]


def test_a_welcomer_whose_post_names_a_country_is_still_a_welcomer(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Accra on Monday. He was welcomed by Ghanaian "
        "Foreign Minister Shirley Ayorkor Botchwey and Kenyan High Commissioner to Ghana Eunice Kiprono.",
        published="2024-07-11",
    )
    assert meetings_of(ex) == [["Eunice Kiprono", "Shirley Ayorkor Botchwey", "William Ruto"]]


def test_she_is_the_woman_told_of_not_the_man_named_last(extract):
    ex = extract(
        "Prime Minister Sheikh Hasina arrived in New Delhi on Thursday at the invitation of her "
        "Indian counterpart Narendra Modi. Indian External Affairs Minister Subrahmanyam Jaishankar "
        "will pay a courtesy call on her at the hotel on Saturday. She will later hold talks with "
        "Modi at Hyderabad House. Indian filmmaker Shyam Benegal will meet her on Sunday.",
        published="2019-10-03",
    )
    assert meetings_of(ex) == [
        ["Narendra Modi", "Sheikh Hasina"],
        ["Sheikh Hasina", "Shyam Benegal"],
        ["Sheikh Hasina", "Subrahmanyam Jaishankar"],
    ]


def test_he_is_not_a_woman_styled_so(extract):
    ex = extract(
        "Queen Rania of Jordan received Egyptian Foreign Minister Sameh Shoukry in Amman on Monday. "
        "He later held talks with Jordanian Prime Minister Bisher Al-Khasawneh.",
        published="2023-05-08",
    )
    assert ["Bisher Al-Khasawneh", "Sameh Shoukry"] in meetings_of(ex)


def test_a_person_described_as_chairing_the_talks_was_at_them(extract):
    ex = extract(
        "Delegations of Russia and Ukraine concluded their meeting in Istanbul on Friday. Turkish "
        "Foreign Minister Hakan Fidan, who chaired the talks, said the two sides agreed to meet again.",
        published="2025-05-17",
    )
    talks = [e for e in events_of(ex, "meeting") if e.location == "Istanbul"]
    assert len(talks) == 1 and "Hakan Fidan" in {p.actor.canonical_name for p in talks[0].participants}


def test_a_person_described_as_at_the_talks_who_then_meets_someone_holds_a_meeting_of_their_own(extract):
    ex = extract(
        "Delegations of Russia and Ukraine concluded their meeting in Istanbul on Friday. Turkish "
        "Foreign Minister Hakan Fidan, who took part in the talks, met Pope Leo XIV on Saturday.",
        published="2025-05-17",
    )
    talks = [e for e in events_of(ex, "meeting") if e.location == "Istanbul"]
    assert "Hakan Fidan" not in {p.actor.canonical_name for p in talks[0].participants}


def test_a_truce_due_to_end_states_no_end(extract):
    assert_none(
        extract,
        "ceasefire",
        "2025-02-27",
        "The talks aim to prevent the collapse of the ceasefire, which expires on Saturday.",
        "The ceasefire will end on Friday at noon.",
    )
    ex = extract("The truce between the two armies expired on Saturday.", published="2025-02-27")
    assert [e.milestone for e in events_of(ex, "ceasefire")] == ["ended"]


def test_a_meeting_scheduled_between_two_delegations_is_planned(extract):
    ex = extract(
        "Another meeting has been scheduled between the Ukrainian and U.S. delegations, the official said.",
        published="2025-03-25",
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "planned"
    assert sorted(p.actor.canonical_name for p in meeting.participants) == [
        "US delegation",
        "Ukrainian delegation",
    ]


def test_leading_a_delegation_to_a_city_is_a_visit_there(extract):
    ex = extract(
        "Cambodian Prime Minister Hun Manet said on Monday that he will lead a Cambodian delegation "
        "to the talks in Kuala Lumpur.",
        published="2025-07-28",
    )
    assert visits_of(ex) == [("Kuala Lumpur", ["Cambodian delegation", "Hun Manet"], "planned")]


def test_pronouns_of_each_gender_keep_to_their_people(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Kampala on Tuesday with his wife Rachel Ruto. She met "
        "Ugandan first lady Janet Museveni. He held talks with President Yoweri Museveni.",
        published="2025-06-13",
    )
    assert meetings_of(ex) == [["Janet Museveni", "Rachel Ruto"], ["William Ruto", "Yoweri Museveni"]]


def test_a_pronoun_inside_a_quotation_tells_no_gender(extract):
    ex = extract(
        'Italian Prime Minister Giorgia Meloni arrived in New Delhi on Sunday. "He has been a true '
        'friend to Italy," she said of Modi. She met Indian President Droupadi Murmu on Monday.',
        published="2025-06-13",
    )
    assert meetings_of(ex) == [["Droupadi Murmu", "Giorgia Meloni"]]


def test_a_style_the_model_takes_into_the_name_tells_the_gender(extract):
    ex = extract(
        "Indian External Affairs Minister S Jaishankar will call on Mrs Sanae Takaichi in Tokyo on "
        "Friday. She will also hold talks with Prime Minister Narendra Modi next month.",
        published="2025-06-13",
    )
    assert ["Narendra Modi", "Sanae Takaichi"] in meetings_of(ex)


def test_a_briefing_told_by_pronouns_right_after_a_meeting_is_that_meeting(extract):
    ex = extract(
        "Queen Rania of Jordan met US Secretary of State Marco Rubio in Washington on Tuesday. He "
        "briefed her on the Gaza ceasefire talks.",
        published="2025-06-13",
    )
    assert len(events_of(ex, "meeting")) == 1


def test_people_at_the_airport_to_see_the_guest_off_join_no_welcome(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Kampala on Tuesday and was welcomed by Vice President "
        "Jessica Alupo. He left for Nairobi on Thursday. Also present at the airport to see him off were "
        "Foreign Minister Jeje Odongo and Defence Minister Jacob Oboth.",
        published="2025-06-13",
    )
    assert ["Jessica Alupo", "William Ruto"] in meetings_of(ex)


def test_someone_at_the_airport_for_another_reason_joins_no_welcome(extract):
    ex = extract(
        "Kenyan President William Ruto arrived in Kampala on Tuesday and was welcomed by Vice President "
        "Jessica Alupo. Opposition leader Bobi Wine was also present at the airport, where he was "
        "arrested by police.",
        published="2025-06-13",
    )
    assert meetings_of(ex) == [["Jessica Alupo", "William Ruto"]]


def test_last_spoke_publicly_is_no_conversation(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-13",
        "Donald Trump and Vladimir Putin last spoke publicly about Ukraine in December.",
    )


def test_ready_for_a_meeting_already_set_keeps_the_meeting(extract):
    ex = extract(
        "Zelensky is ready for his meeting with Trump at the White House on Monday.", published="2025-06-13"
    )
    assert meetings_of(ex) == [["Donald Trump", "Volodymyr Zelensky"]]


def test_a_truce_expiring_in_a_headline_ended_and_one_expiring_on_a_day_did_not(extract):
    ex = extract("Easter truce expires; fighting resumes in eastern Ukraine", published="2025-04-21")
    assert [e.milestone for e in events_of(ex, "ceasefire")] == ["ended"]
    assert_none(
        extract,
        "ceasefire",
        "2025-06-13",
        "The truce is expiring on Saturday, and negotiators want to extend it.",
    )


def test_preventing_something_else_keeps_the_meeting(extract):
    ex = extract(
        "Police prevented protesters from disrupting the meeting between US President Donald Trump and "
        "Chinese President Xi Jinping in Busan on Thursday.",
        published="2025-06-13",
    )
    assert meetings_of(ex) == [["Donald Trump", "Xi Jinping"]]


def test_a_person_described_at_other_talks_joins_none(extract):
    ex = extract(
        "Talks between Thai and Cambodian officials were held in Kuala Lumpur on Monday. Mohamad Hasan, "
        "who hosted last year's talks in Penang, said progress was made.",
        published="2025-06-13",
    )
    assert all("Mohamad Hasan" not in m for m in meetings_of(ex))


def test_people_not_part_of_the_delegation_are_no_companions(extract):
    ex = extract(
        "Malaysian Prime Minister Anwar Ibrahim arrived in Tokyo on Monday. Foreign Minister Mohamad Hasan "
        "and Trade Minister Tengku Zafrul Aziz are not part of the delegation.",
        published="2025-06-13",
    )
    assert visits_of(ex) == [("Tokyo", ["Anwar Ibrahim"], "occurred")]


def test_no_meeting_scheduled_is_none_and_one_planned_between_delegations_is_planned(extract):
    assert_none(
        extract,
        "meeting",
        "2025-06-13",
        "No meeting has been scheduled between US President Donald Trump and Russian President "
        "Vladimir Putin, the Kremlin said.",
    )
    ex = extract(
        "Another meeting has been planned between the Thai and Cambodian delegations.", published="2025-06-13"
    )
    assert [e.status for e in events_of(ex, "meeting")] == ["planned"]


def test_leaders_of_two_countries_who_spoke_on_a_day_talked_to_each_other(extract):
    ex = extract(
        "US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov spoke on Tuesday, "
        "the State Department said.",
        published="2025-06-13",
    )
    assert meetings_of(ex) == [["Marco Rubio", "Sergei Lavrov"]]
    assert_none(
        extract,
        "meeting",
        "2025-06-13",
        "US President Joe Biden and Vice President Kamala Harris spoke on Tuesday.",
        "French President Emmanuel Macron and German Chancellor Olaf Scholz spoke separately to reporters.",
    )


def test_a_country_told_by_its_formal_name_is_the_country(extract):
    ex = extract(
        "Polish Foreign Minister Zbigniew Rau arrived in Hanoi on Wednesday for an official visit to the "
        "Socialist Republic of Vietnam.",
        published="2023-03-16",
    )
    assert visits_of(ex) == [("Hanoi, Vietnam", ["Zbigniew Rau"], "occurred")]


def test_a_courtesy_call_on_a_title_with_its_holder_in_apposition(extract):
    ex = extract(
        "India's External Affairs Minister Dr S Jaishankar called on the President of the European "
        "Commission, Ursula von der Leyen, at her hotel on Thursday.",
        published="2025-02-27",
    )
    assert meetings_of(ex) == [["Subrahmanyam Jaishankar", "Ursula von der Leyen"]]


def test_the_office_of_a_body_stands_for_the_person_named_with_it(extract):
    ex = extract(
        "European Commission President Ursula von der Leyen arrived in New Delhi on Thursday. Prime "
        "Minister Narendra Modi will hold talks with the President of the European Commission tomorrow.",
        published="2025-02-27",
    )
    assert meetings_of(ex) == [["Narendra Modi", "Ursula von der Leyen"]]
    ex = extract(
        "Opposition leader Rahul Gandhi met the press on Thursday. Prime Minister Narendra Modi will "
        "hold talks with the president of the party tomorrow.",
        published="2025-02-27",
    )
    assert all("Rahul Gandhi" not in m for m in meetings_of(ex))


def test_a_house_or_temple_of_the_trip_is_no_visit_of_its_own(extract):
    ex = extract(
        "US Vice President Kamala Harris arrived in Accra on Sunday for a three-day visit. On Monday she "
        "held talks with President Nana Akufo-Addo at Jubilee House. On Tuesday she visited the "
        "Akshardham Temple and the Black Star Square with her husband.",
        published="2023-03-28",
    )
    assert [place for place, _, _ in visits_of(ex)] == ["Accra"]
