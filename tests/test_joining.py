"""People told in a sentence of their own join the meeting told before (`ingest/events/joining.py`),
tested on sentences written for these tests."""

from tests.test_events import events_of, names


def test_delegation_lists_join_the_meeting_of_their_side(extract):
    ex = extract(
        "Foreign Minister Penny Wong and Indonesian Foreign Minister Sugiono held talks in Jakarta "
        "on Monday. The Australian delegation included Defence Minister Richard Marles and trade "
        "envoy Tim Ayres. Indonesia was represented by Sugiono, Defence Minister Sjafrie "
        "Sjamsoeddin and the central bank's governor Perry Warjiyo."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == [
        "Penny Wong",
        "Perry Warjiyo",
        "Richard Marles",
        "Sjafrie Sjamsoeddin",
        "Sugiono",
        "Tim Ayres",
    ]


def test_a_delegation_to_be_led_and_to_include_people_joins_the_planned_talks(extract):
    ex = extract(
        "Chancellor Friedrich Merz will meet President Lula da Silva in Brasilia on Thursday. "
        "The German delegation will be led by Merz and will include Economy Minister Katherina "
        "Reiche and Foreign Minister Johann Wadephul."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == [
        "Friedrich Merz",
        "Johann Wadephul",
        "Katherina Reiche",
        "Luiz Inácio Lula da Silva",
    ]
    assert meeting.status == "planned"


def test_people_who_also_took_part_join_the_talks_and_do_not_meet_each_other(extract):
    ex = extract(
        "President Emmanuel Macron hosted Prime Minister Mark Carney at the Elysee on Tuesday. "
        "Foreign Minister Anita Anand and Finance Minister Francois-Philippe Champagne also took "
        "part in the discussions."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anita Anand", "Emmanuel Macron", "Francois-Philippe Champagne", "Mark Carney"]


def test_attended_by_present_and_in_attendance_join_the_meeting(extract):
    ex = extract(
        "Prime Minister Anwar Ibrahim received President Prabowo Subianto in Putrajaya on Friday. "
        "The meeting was attended by Foreign Minister Mohamad Hasan. Trade Minister Tengku Zafrul "
        "Aziz was also present. The ambassadors Jose Tavares and Lee Hsien Yang were also in "
        "attendance. Also at the meeting were the envoys Ahmad Rizal and Nur Hidayah Bakar."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == [
        "Ahmad Rizal",
        "Anwar Ibrahim",
        "Jose Tavares",
        "Lee Hsien Yang",
        "Mohamad Hasan",
        "Nur Hidayah Bakar",
        "Prabowo Subianto",
        "Tengku Zafrul Aziz",
    ]


def test_chairing_and_joining_the_gathering_join_it(extract):
    ex = extract(
        "Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Tirana "
        "on Friday. Albanian Prime Minister Edi Rama chaired the meeting. Later, European Council "
        "President Antonio Costa joined the talks."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Antonio Costa", "Edi Rama", "Ilham Aliyev", "Nikol Pashinyan"]


def test_someone_who_did_not_take_part_joins_nothing(extract):
    ex = extract(
        "Marco Rubio and Andriy Yermak held talks in Geneva on Sunday. President Volodymyr "
        "Zelensky, who did not take part in the talks, met Chancellor Friedrich Merz in Berlin."
    )
    talks, other = events_of(ex, "meeting")
    assert names(talks) == ["Andriy Yermak", "Marco Rubio"]
    assert names(other) == ["Friedrich Merz", "Volodymyr Zelensky"]


def test_presence_far_from_any_meeting_joins_nothing(extract):
    ex = extract(
        "President Cyril Ramaphosa met Prime Minister Narendra Modi in Pretoria on Monday. "
        "The rand fell against the dollar. Markets in Asia were mixed. Oil prices rose on "
        "supply worries. Gold held steady near a record high. Analysts expect more volatility "
        "this month as investors weigh trade data from China and Europe. Bond yields edged up "
        "in early trading. Shipping rates were also higher. At a football match in Durban, "
        "striker Lyle Foster was also present."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Cyril Ramaphosa", "Narendra Modi"]


def test_a_team_of_another_kind_joins_no_meeting_of_unknown_sides(extract):
    ex = extract(
        "Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. "
        "The Egyptian team included coach Hossam Hassan and striker Mohamed Salah."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Emmanuel Macron", "Keir Starmer"]


def test_a_delegation_of_a_third_country_joins_no_meeting_between_two_others(extract):
    ex = extract(
        "US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov met in "
        "Riyadh on Tuesday. The Ukrainian delegation included Andriy Yermak and Rustem Umerov."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Marco Rubio", "Sergey Lavrov"]


def test_taking_part_in_a_dialogue_with_named_parties_is_a_meeting_of_its_own(extract):
    ex = extract(
        "Foreign Minister Ishaq Dar hosted Foreign Minister Sergey Lavrov in Islamabad on "
        "Sunday. Lavrov also took part in the trilateral dialogue with Foreign Minister Wang Yi."
    )
    hosted, dialogue = events_of(ex, "meeting")
    assert names(hosted) == ["Ishaq Dar", "Sergey Lavrov"]
    assert names(dialogue) == ["Sergey Lavrov", "Wang Yi"]


def test_negotiators_named_as_people_join_their_sides_talks(extract):
    ex = extract(
        "Russian envoy Vladimir Medinsky held talks with Ukrainian Defence Minister Dmytro Kuleba "
        "in Istanbul on Friday. Russia's other negotiators were named as Deputy Foreign Minister "
        "Mikhail Galuzin and Deputy Defence Minister Alexander Fomin. The Ukrainian team "
        "consisted of Sergiy Kyslytsya and Oleh Luhovsky."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == [
        "Alexander Fomin",
        "Dmytro Kuleba",
        "Mikhail Galuzin",
        "Oleh Luhovsky",
        "Sergiy Kyslytsya",
        "Vladimir Medinsky",
    ]


def test_a_delegation_list_joins_the_talks_held_not_a_potential_summit_told_since(extract):
    ex = extract(
        "US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov held talks "
        "in Riyadh on Tuesday. The talks were expected to prepare a potential meeting between "
        "President Donald Trump and President Vladimir Putin. The US delegation included envoy "
        "Steve Witkoff and adviser Mike Waltz."
    )
    talks, summit = events_of(ex, "meeting")
    assert names(talks) == ["Marco Rubio", "Mike Waltz", "Sergey Lavrov", "Steve Witkoff"]
    assert names(summit) == ["Donald Trump", "Vladimir Putin"]
    assert summit.status == "planned"


def test_groups_who_also_attended_the_meeting_join_it_and_meet_no_one_else(extract):
    ex = extract(
        "Foreign Minister Sergey Lavrov held talks with Foreign Minister Wang Yi in Samarkand on "
        "Thursday. Top diplomats of Tajikistan, Turkmenistan and Uzbekistan also attended the meeting."
    )
    [meeting] = events_of(ex, "meeting")
    assert {"Sergey Lavrov", "Wang Yi"} <= set(names(meeting))
    assert len(meeting.participants) > 2


def test_also_present_before_the_verb_joins_the_meeting(extract):
    # "Also present were X": the 'also' hangs from 'present', not from the verb
    ex = extract(
        "Hungarian Prime Minister Viktor Orban received Chinese Premier Li Qiang in Budapest on "
        "Friday. Also present were Foreign Minister Peter Szijjarto and Finance Minister Mihaly Varga."
    )
    [meeting] = events_of(ex, "meeting")
    assert {"Peter Szijjarto", "Mihaly Varga"} <= set(names(meeting))
    assert {"Viktor Orban", "Li Qiang"} <= set(names(meeting))


def test_the_meetings_attended_by_people_are_each_of_the_meetings_told(extract):
    ex = extract(
        "Sheikh Hamad separately met on Monday with President Ana Lopez of Chile; Carl Berg, President of "
        "Sweden; and Tom Reed, Prime Minister of Canada. The meetings were attended by Sheikh Saif bin "
        "Zayed, Deputy Prime Minister; and Sheikh Mansour bin Zayed, Minister of the Presidential Court."
    )
    meetings = [e for e in ex.events if e.event_type == "meeting"]
    assert len(meetings) == 3
    for meeting in meetings:
        assert {"Saif bin Zayed Al Nahyan", "Mansour bin Zayed Al Nahyan"} <= {
            p.actor.canonical_name for p in meeting.participants
        }


def test_people_said_to_be_among_the_members_of_the_delegation_join_its_meeting(extract):
    ex = extract(
        "Former minister Ali Rahimi and a group of politicians are going to Qatar to meet with the Taliban. "
        "A source says that Omar Sadat, Nadia Karimi and Yusuf Hamidi are among the members of this "
        "delegation."
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert {"Omar Sadat", "Nadia Karimi", "Yusuf Hamidi", "Ali Rahimi"} <= {
        p.actor.canonical_name for p in meeting.participants
    }


def test_also_participating_without_a_meeting_named_joins_the_meeting_just_told(extract):
    ex = extract(
        "Cuban President Miguel Diaz received Ghanaian President Nana Mensah on Thursday. "
        "Also participating on the Cuban side were Foreign Minister Bruno Rodriguez and Trade Minister "
        "Rodrigo Malmierca."
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert {"Bruno Rodriguez", "Rodrigo Malmierca"} <= {p.actor.canonical_name for p in meeting.participants}


def test_the_members_of_the_delegation_told_before_join_its_meeting(extract):
    ex = extract(
        "A senior Hamas delegation held a meeting in Cairo on Sunday with the intelligence chief, "
        "Omar Rashad. The delegation was headed by Salim Darwish and included Khaled Nour and Zaher Jabari."
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert {"Salim Darwish", "Khaled Nour", "Zaher Jabari", "Omar Rashad"} <= {
        p.actor.canonical_name for p in meeting.participants
    }


def test_the_members_of_a_delegation_named_by_its_body_join_its_meeting(extract):
    ex = extract(
        "President Ivan Petrenko met with a bipartisan delegation of the US Congress on Friday. "
        "His office said that the delegation included Senator Joan Ernst and Senator Mike Quill."
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert {"Joan Ernst", "Mike Quill"} <= {p.actor.canonical_name for p in meeting.participants}


def test_also_participating_a_paragraph_after_the_meeting_still_joins_it(extract):
    ex = extract(
        "Cuban President Miguel Diaz received Ghanaian President Nana Mensah on Thursday afternoon.\n\n"
        "During the friendly exchange the two heads of state reviewed the history of relations between "
        "their countries, the state of trade in cocoa and medicines, and the training of doctors, and "
        "they agreed to widen cooperation in education, health care and renewable energy in the coming "
        "years, according to an official statement read on state television later that evening.\n\n"
        "Also participating on the Cuban side were Foreign Minister Bruno Rodriguez and Trade Minister "
        "Rodrigo Malmierca."
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert {"Bruno Rodriguez", "Rodrigo Malmierca"} <= {p.actor.canonical_name for p in meeting.participants}


def test_companions_told_right_after_the_visitors_meeting_are_at_the_meeting_too(extract):
    ex = extract(
        "President Hakainde Hichilema of Zambia arrived in Havana on Wednesday for an official visit."
        "\n\nOn Thursday, Cuban President Miguel Diaz-Canel received the Zambian leader, and the two "
        "discussed trade and health cooperation.\n\nAccompanying the visitor were Foreign Minister "
        "Mulambo Haimbe and Health Minister Sylvia Masebo."
    )
    [meeting] = events_of(ex, "meeting")
    [visit] = events_of(ex, "visit")
    companions = {"Mulambo Haimbe", "Sylvia Masebo"}
    assert companions < set(names(meeting))
    assert companions < set(names(visit))


def test_companions_told_right_after_the_arrival_stay_on_the_visit_only(extract):
    ex = extract(
        "President Hakainde Hichilema of Zambia arrived in Havana on Wednesday for an official visit. "
        "Accompanying the visitor were Foreign Minister Mulambo Haimbe and Health Minister Sylvia Masebo."
        "\n\nOn Thursday, Cuban President Miguel Diaz-Canel received the Zambian leader."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Hakainde Hichilema", "Miguel Diaz-Canel"]


def test_companions_of_a_trip_to_a_summit_told_with_it_stay_on_the_trip(extract):
    ex = extract(
        "President Ana Moreno left Lima on Friday for Santiago, where she and her Chilean counterpart "
        "Gabriel Boric are set to hold talks. Accompanying Moreno are Foreign Minister Luis Vega and "
        "Trade Minister Rosa Diaz."
    )
    [meeting] = events_of(ex, "meeting")
    [visit] = events_of(ex, "visit")
    assert names(meeting) == ["Ana Moreno", "Gabriel Boric"]
    assert {"Luis Vega", "Rosa Diaz"} < set(names(visit))


def test_companions_during_the_visit_join_the_trip_not_the_meeting(extract):
    ex = extract(
        "Prime Minister Benjamin Netanyahu paid a visit to Oman on Friday, where he met Sultan Haitham "
        "bin Tariq. Netanyahu was accompanied during the visit by his wife Sara and several officials, "
        "including Mossad director Yossi Cohen and national security adviser Meir Ben-Shabbat."
    )
    [visit] = events_of(ex, "visit")
    [meeting] = events_of(ex, "meeting")
    assert names(visit) == ["Benjamin Netanyahu", "Meir Ben-Shabbat", "Sara Netanyahu", "Yossi Cohen"]
    assert names(meeting) == ["Benjamin Netanyahu", "Haitham bin Tariq"]


def test_a_delegation_comprising_people_stands_for_them_when_told_again(extract):
    ex = extract(
        "A joint delegation comprising of AU envoy Amani Toure and UN envoy Lena Haldor arrived in "
        "Juba on Monday. On Tuesday, the delegation met President Salva Kiir."
    )
    [meeting] = [e for e in ex.events if e.event_type == "meeting"]
    assert {p.actor.canonical_name for p in meeting.participants} == {
        "Amani Toure",
        "Lena Haldor",
        "Salva Kiir",
    }
