"""References by country resolved to the person the article names (`ingest/actors/references.py`),
on sentences written for these tests."""

from tests.test_events import events_of, names


def test_a_counterpart_by_nationality_is_the_one_person_of_that_country(extract):
    ex = extract(
        "Iran's Foreign Minister Abbas Araghchi arrived in Geneva on Thursday. On Friday, "
        "British Foreign Secretary David Lammy met his Iranian counterpart for two hours."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abbas Araghchi", "David Lammy"]


def test_the_leader_of_a_country_is_its_named_leader(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi flew to Moscow on Monday. President Vladimir Putin "
        "and the Indian leader met in the Kremlin on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Narendra Modi", "Vladimir Putin"]


def test_a_country_after_the_name_counts_too(extract):
    ex = extract(
        "Foreign Ministers Penny Wong of Australia and Winston Peters of New Zealand signed the "
        "declaration. Later, Secretary Marco Rubio received the Australian minister."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Marco Rubio", "Penny Wong"]


def test_a_title_no_person_of_the_country_holds_stays_unresolved(extract):
    ex = extract(
        "Iranian Foreign Minister Abbas Araghchi spoke on Monday. Prime Minister Keir Starmer "
        "met the Iranian president in New York on Tuesday."
    )
    assert events_of(ex, "meeting") == []


def test_two_people_of_the_country_leave_the_reference_open(extract):
    ex = extract(
        "Iranian Foreign Minister Abbas Araghchi and Iranian Vice President Mohammad Reza Aref "
        "arrived in Oslo. Espen Barth Eide met his Iranian counterpart on Friday."
    )
    for meeting in events_of(ex, "meeting"):
        assert not {"Abbas Araghchi", "Mohammad Reza Aref"} & set(names(meeting))


def test_a_counterpart_is_the_one_of_two_compatriots_who_holds_the_same_office(extract):
    ex = extract(
        "Iranian Foreign Minister Abbas Araghchi and Iranian Vice President Mohammad Reza Aref "
        "arrived in Oslo. Foreign Minister Espen Barth Eide met his Iranian counterpart on Friday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abbas Araghchi", "Espen Barth Eide"]


def test_plural_titles_stand_for_the_officials_last_listed(extract):
    ex = extract(
        "French Foreign Minister Jean-Noel Barrot, British Foreign Secretary David Lammy and "
        "German Foreign Minister Johann Wadephul arrived in Geneva on Thursday. European foreign "
        "ministers met Iranian Foreign Minister Abbas Araghchi on Friday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abbas Araghchi", "David Lammy", "Jean-Noel Barrot", "Johann Wadephul"]


def test_plural_titles_do_not_stand_for_a_byline(extract):
    ex = extract(
        "By Anna Ringstrom, Johan Ahlander and Simon Johnson. "
        "European foreign ministers met Iranian Foreign Minister Abbas Araghchi on Friday."
    )
    for meeting in events_of(ex, "meeting"):
        assert not {"Anna Ringstrom", "Johan Ahlander", "Simon Johnson"} & set(names(meeting))


def test_these_men_are_the_people_just_listed(extract):
    ex = extract(
        "The rebels named their negotiators as Omar Farid, Idris Kamal and Yusuf Haddad. "
        "These men met with a UN delegation led by Ana Moreno on Friday."
    )
    [meeting] = events_of(ex, "meeting")
    assert {"Ana Moreno", "Idris Kamal", "Omar Farid", "Yusuf Haddad"} <= set(names(meeting))
    assert meeting.location is None  # "a UN delegation" names no place


def test_the_ministers_of_named_countries_are_their_named_ministers(extract):
    ex = extract(
        "Egyptian Foreign Minister Badr Abdelatty, Qatari Prime Minister Mohammed bin Abdulrahman "
        "Al Thani and Turkish Foreign Minister Hakan Fidan arrived on Sunday. The foreign "
        "ministers of Egypt and Turkey met in Cairo on Monday. Egyptian and Qatari leaders met "
        "on Tuesday."
    )
    monday, tuesday = events_of(ex, "meeting")
    assert names(monday) == ["Badr Abdelatty", "Hakan Fidan"]
    assert names(tuesday) == ["Badr Abdelatty", "Mohammed bin Abdulrahman Al Thani"]


def test_ministers_of_a_country_with_no_named_minister_stay_groups(extract):
    ex = extract("Egyptian Foreign Minister Badr Abdelatty met Qatari and Turkish ministers on Monday.")
    [meeting] = events_of(ex, "meeting")
    assert "Hakan Fidan" not in names(meeting)
    assert len(names(meeting)) >= 2


def test_a_pronoun_means_the_subject_of_a_main_clause_not_of_a_since_clause(extract):
    ex = extract(
        "Envoy Amos Hochstein concluded his visit to Beirut on Saturday, the first since "
        "President Donald Trump took office. He is also scheduled to meet Speaker Nabih Berri."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Amos Hochstein", "Nabih Berri"]


def test_the_indian_minister_is_not_the_russian_minister_named_before(extract):
    ex = extract(
        "External Affairs Minister Subrahmanyam Jaishankar held talks with Russian Foreign "
        "Minister Sergey Lavrov on Wednesday. Later, the Indian foreign minister met Uzbek "
        "Foreign Minister Bakhtiyor Saidov."
    )
    # an External Affairs Minister is India's foreign minister: the Indian one meets Saidov
    assert [names(m) for m in events_of(ex, "meeting")] == [
        ["Sergey Lavrov", "Subrahmanyam Jaishankar"],
        ["Bakhtiyor Saidov", "Subrahmanyam Jaishankar"],
    ]


def test_i_and_my_in_a_quotation_are_its_speaker(extract):
    ex = extract(
        'Foreign Minister Shah Mahmood Qureshi left for Beijing on Thursday. "I am hopeful that '
        'my meeting with Foreign Minister Wang Yi will be useful," the foreign minister said. '
        '"We will see," envoy Steve Witkoff told reporters. "I had good talks on Sunday with '
        'Prime Minister Mohammed bin Abdulrahman Al Thani."'
    )
    first, second = events_of(ex, "meeting")
    assert names(first) == ["Shah Mahmood Qureshi", "Wang Yi"]
    assert names(second) == ["Mohammed bin Abdulrahman Al Thani", "Steve Witkoff"]


def test_a_pronoun_opening_the_sentence_means_the_subject_after_it(extract):
    ex = extract(
        "President Emmanuel Macron spoke on Monday. Following his meeting with President Lula "
        "da Silva in Brasilia, Prime Minister Mark Carney flew to Chile."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Luiz Inácio Lula da Silva", "Mark Carney"]


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(extract):
    ex = extract(
        "Prime Minister Keir Starmer arrived in Paris on Monday. President Emmanuel Macron met "
        "him at the Elysee."
    )
    [met] = events_of(ex, "meeting")
    assert names(met) == ["Emmanuel Macron", "Keir Starmer"]


def test_the_title_after_a_name_is_no_reference_and_a_country_of_two_words_counts_whole(extract):
    ex = extract(
        "Saudi Arabia's Crown Prince Mohammed bin Salman met Greek Prime Minister Kyriakos "
        "Mitsotakis in Riyadh on Monday. The meeting was attended by Essam bin Ibrahim Bait "
        "Almal, Saudi Ambassador to Greece."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Essam bin Ibrahim Bait Almal", "Kyriakos Mitsotakis", "Mohammed bin Salman"]
    crown_prince = next(
        p.actor for p in meeting.participants if p.actor.canonical_name == "Mohammed bin Salman"
    )
    assert crown_prince.country == "Saudi Arabia"


def test_the_prime_minister_is_not_the_deputy_prime_minister_named_last(extract):
    ex = extract(
        "Prime Minister Justin Trudeau arrived in Washington on Thursday with Deputy Prime "
        "Minister Chrystia Freeland. Later, the prime minister will have a bilateral meeting with "
        "President Joe Biden."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Joe Biden", "Justin Trudeau"]


def test_both_men_and_the_two_principals_are_the_pair_named_before(extract):
    ex = extract(
        "President Donald Trump welcomed President Javier Milei on Wednesday. "
        "Both men met again on Thursday at the club. "
        "President Salva Kiir and Riek Machar met in Juba on Monday. "
        "The two principals will hold another meeting next week."
    )
    meetings = [(names(m), m.status) for m in events_of(ex, "meeting")]
    assert (["Donald Trump", "Javier Milei"], "occurred") in meetings
    assert (["Riek Machar", "Salva Kiir"], "planned") in meetings
    assert len(meetings) == 4


def test_both_men_after_three_people_are_nobody(extract):
    ex = extract(
        "President Emmanuel Macron, Chancellor Olaf Scholz and Prime Minister Keir Starmer signed "
        "the declaration on Monday. Both men met again on Tuesday."
    )
    assert events_of(ex, "meeting") == []


def test_the_prime_minister_of_a_country_is_that_country_s(extract):
    ex = extract(
        "Malaysian Prime Minister Anwar Ibrahim said on Friday that he had spoken with the prime "
        "minister of Cambodia. Thai Prime Minister Srettha Thavisin arrived in Kuala Lumpur on "
        "Saturday, and Anwar met the prime minister of Thailand on Sunday."
    )
    # the unnamed prime minister of Cambodia is a side of his own (ANNOTATION: a `group:` label)
    call, meeting = events_of(ex, "meeting")
    assert names(call) == ["Anwar Ibrahim", "prime minister of Cambodia"]
    assert names(meeting) == ["Anwar Ibrahim", "Srettha Thavisin"]


def test_a_leader_by_nationality_is_resolved_when_a_name_follows_in_another_phrase(extract):
    # the name after the verb is the counterpart, not the reference's own name
    ex = extract(
        "Colombian President Gustavo Petro landed in Beijing on Monday. The Colombian leader met "
        "Xi Jinping at the Great Hall of the People on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Gustavo Petro", "Xi Jinping"]


def test_nationalities_of_smaller_countries_are_known(extract):
    ex = extract(
        "Zambian President Hakainde Hichilema arrived in Luanda on Monday. The Zambian head of "
        "state was received by Joao Lourenco."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Hakainde Hichilema", "Joao Lourenco"]


def test_the_visitor_is_the_person_last_told_travelling(extract):
    ex = extract(
        "Ghanaian President John Mahama flew to Ottawa on Wednesday for two days of talks. The "
        "visitor will meet Prime Minister Mark Carney on Thursday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["John Mahama", "Mark Carney"]
    assert meeting.status == "planned"


def test_the_visiting_dignitary_is_the_traveller_too(extract):
    ex = extract(
        "During his trip to Canberra, Pope Leo XIV blessed a school. The visiting dignitary later "
        "met Anthony Albanese."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == [
        "Anthony Albanese",
        "Pope Leo XIV",
    ]  # the known-people table names him as Pope Francis was


def test_a_visitor_with_no_traveller_before_stays_unresolved(extract):
    ex = extract("The visiting president met Prime Minister Mark Carney on Thursday.")
    assert all("Mark Carney" not in names(m) or len(names(m)) == 1 for m in events_of(ex, "meeting"))


def test_a_country_before_a_bare_title_resolves_even_when_tagged_as_a_person(extract):
    ex = extract(
        "Nepalese Prime Minister Sher Bahadur Deuba arrived in New Delhi on Friday. "
        "On Friday, Nepal Prime Minister met External Affairs Minister S Jaishankar."
    )
    [meeting] = events_of(ex, "meeting")
    assert "Sher Bahadur Deuba" in names(meeting)


def test_he_who_is_received_on_arrival_is_the_traveller_not_the_spokesman(extract):
    ex = extract(
        "President Mauricio Macri arrived in Delhi on Sunday for a state visit. "
        '"Welcome, President," foreign ministry spokesman Ravi Kumar wrote online. '
        "He was received at the airport by Minister of State Anil Rathore."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anil Rathore", "Mauricio Macri"]


def test_the_statesman_of_a_country_is_its_one_person(extract):
    ex = extract(
        "Angolan President João Lourenço arrived in Lusaka on Wednesday. "
        "At the airport, the Angolan statesman was welcomed by the Zambian President, Edgar Lungu."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Edgar Lungu", "João Lourenço"]


def test_an_object_pronoun_is_never_the_long_named_subject_of_its_own_clause(extract):
    ex = extract(
        "Uzbek President Shavkat Mirziyoyev arrived in Astana on Monday for a state visit.\n\n"
        "Kazakh President Kassym-Jomart Tokayev met him at the airport."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


def test_a_nationality_word_the_model_tags_as_no_place_still_names_the_country(extract):
    ex = extract(
        "LUANDA - Angolan President Joao Lourenco arrived in Lusaka, Zambia, on Wednesday for a "
        "two-day visit. On Thursday, the Angolan Head of State will travel to Windhoek, Namibia."
    )
    visits = [e for e in ex.events if e.event_type == "visit"]
    assert [(names(v), v.location) for v in visits] == [
        (["Joao Lourenco"], "Lusaka"),
        (["Joao Lourenco"], "Windhoek"),
    ]


def test_a_bare_title_two_people_hold_is_the_one_the_story_is_about(extract):
    ex = extract(
        "President Gabriel Boric arrived in Buenos Aires on Monday at the invitation of President "
        "Javier Milei. The President was greeted at the airport by Foreign Minister Diana Mondino."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Diana Mondino", "Gabriel Boric"]
