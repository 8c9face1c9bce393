"""Meeting phrasings of real reporting (`ingest/events/meetings.py` and the meeting rules on it,
`meeting_verbs.py`, `meeting_nouns.py`, `joint_appearances.py`, `counterpart_meetings.py`;
`combine.py`): who is no party, which mode a later mention carries; sentences written for these
tests."""

import pytest

from tests.test_events import events_of, names


def test_the_source_of_a_statement_about_a_call_is_no_party(extract):
    ex = extract(
        "Prime Minister Mark Carney spoke by phone with President Volodymyr Zelensky on Tuesday. "
        "In a statement issued after the call with Zelensky, the Prime Minister's Office said "
        "Canada would send more aid."
    )
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Mark Carney", "Volodymyr Zelensky"]
    assert call.mode == "call"


def test_a_delegation_that_reports_on_its_talks_is_a_party(extract):
    ex = extract("After talks with Egyptian mediators on Monday, the Hamas delegation said it was hopeful.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Egyptian mediators", "Hamas delegation"]


def test_speaking_to_a_news_outlet_is_no_meeting(extract):
    ex = extract(
        "Speaking to Reuters, President William Ruto said the talks would resume. "
        "Talking to Al Jazeera on Sunday, Foreign Minister Badr Abdelatty praised the mediators. "
        "President Donald Trump spoke to Fox News on Monday. "
        "Envoy Steve Witkoff told Fox on Sunday that the second phase would begin."
    )
    assert events_of(ex, "meeting") == []


def test_speaking_with_officials_of_an_organisation_is_a_meeting(extract):
    ex = extract("Envoy Steve Witkoff spoke with Hamas officials in Cairo on Sunday.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Hamas officials", "Steve Witkoff"]


def test_a_later_conversation_between_the_two_callers_is_the_same_call(extract):
    ex = extract(
        "President Donald Trump held a phone call with President Vladimir Putin on Monday. "
        "Trump told reporters that a summit was possible. "
        "He later described his conversation with Putin as productive."
    )
    [call] = events_of(ex, "meeting")
    assert call.mode == "call"
    assert names(call) == ["Donald Trump", "Vladimir Putin"]


def test_talks_in_a_named_place_after_a_call_stay_in_person(extract):
    ex = extract(
        "Chancellor Friedrich Merz spoke by phone with President Emmanuel Macron on Monday. "
        "On Friday, Merz spoke with Macron in Paris about defence."
    )
    call, talks = events_of(ex, "meeting")
    assert (call.mode, talks.mode) == ("call", "in_person")


def test_speaking_with_someone_in_no_stated_place_is_a_call(extract):
    ex = extract(
        "Secretary of State Marco Rubio spoke with Foreign Minister Wang Yi on Tuesday and "
        "reaffirmed the importance of open channels."
    )
    [call] = events_of(ex, "meeting")
    assert call.mode == "call"


def test_speaking_with_someone_in_a_named_place_is_in_person(extract):
    ex = extract(
        "Secretary of State Marco Rubio spoke with Foreign Minister Wang Yi in Kuala Lumpur on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert (meeting.mode, meeting.location) == ("in_person", "Kuala Lumpur")


def test_two_people_who_spoke_for_an_hour_held_a_conversation(extract):
    ex = extract(
        "Prime Minister Keir Starmer and President Emmanuel Macron spoke for about an hour on Monday."
    )
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Emmanuel Macron", "Keir Starmer"]
    assert call.mode == "call"


def test_people_who_spoke_at_an_event_did_not_converse(extract):
    ex = extract("Prime Minister Keir Starmer and President Emmanuel Macron spoke at the rally on Monday.")
    assert events_of(ex, "meeting") == []


def test_a_meeting_named_by_its_two_parties_hyphenated(extract):
    ex = extract(
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping arrived in Tianjin. "
        "The Modi-Xi talks lasted an hour. A date for a Trump-Xi meeting remains open, said "
        "President Donald Trump."
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [["Narendra Modi", "Xi Jinping"], ["Donald Trump", "Xi Jinping"]]


def test_a_hyphenated_modifier_naming_no_two_people_is_no_meeting(extract):
    ex = extract("President Donald Trump attended the US-China talks in Geneva on Sunday.")
    assert events_of(ex, "meeting") == []


def test_their_call_is_the_call_of_the_two_people_just_named(extract):
    ex = extract(
        "President Cyril Ramaphosa and President William Ruto spoke on Tuesday. In a statement "
        "issued after their call, the presidency said the two agreed to meet soon."
    )
    # "the two agreed to meet soon" is a meeting of theirs still to come, not a second call
    [call] = [e for e in events_of(ex, "meeting") if e.status == "occurred"]
    assert names(call) == ["Cyril Ramaphosa", "William Ruto"]
    assert call.mode == "call"


def test_meetings_told_as_hyphenated_nouns(extract):
    ex = extract(
        "President Donald Trump and President Xi Jinping held their first face-to-face since "
        "2019 in Busan on Thursday. Prime Minister Keir Starmer came face-to-face with President "
        "Vladimir Putin in Rome on Friday."
    )
    first, second = events_of(ex, "meeting")
    assert names(first) == ["Donald Trump", "Xi Jinping"]
    assert (str(first.event_date), first.location) == ("2025-10-16", "Busan")
    assert names(second) == ["Keir Starmer", "Vladimir Putin"]


def test_the_one_on_one_between_the_two_leaders_is_theirs(extract):
    ex = extract(
        "President Donald Trump and Prime Minister Mark Carney arrived at the summit on Monday. "
        "The one-on-one between the two leaders took place in Ottawa."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Donald Trump", "Mark Carney"]


def test_a_welcome_or_banquet_for_a_guest_is_a_meeting(extract):
    ex = extract(
        "President Xi Jinping rolled out a red-carpet welcome for President Luiz Inacio Lula da "
        "Silva in Beijing on Tuesday. President Emmanuel Macron hosted a state banquet for "
        "President Cyril Ramaphosa at the Elysee on Wednesday."
    )
    welcome, banquet = events_of(ex, "meeting")
    assert names(welcome) == ["Luiz Inacio Lula da Silva", "Xi Jinping"]
    assert names(banquet) == ["Cyril Ramaphosa", "Emmanuel Macron"]


def test_a_welcome_for_a_decision_is_no_meeting(extract):
    ex = extract("President Emmanuel Macron gave a warm welcome to the ceasefire decision on Monday.")
    assert events_of(ex, "meeting") == []


def test_a_chat_is_a_meeting(extract):
    ex = extract(
        "Prime Minister Anthony Albanese had a brief chat with President Prabowo Subianto in Jakarta."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anthony Albanese", "Prabowo Subianto"]


def test_meeting_a_counterpart_named_after_a_comma(extract):
    ex = extract(
        "President Joseph Aoun had been in Paris meeting his French counterpart, Emmanuel Macron, "
        "when the news broke."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Emmanuel Macron", "Joseph Aoun"]


def test_talks_held_a_day_before_belong_to_the_subject(extract):
    ex = extract(
        "Envoy Amos Hochstein met Speaker Nabih Berri in Beirut, a day after holding talks in "
        "Jerusalem with Prime Minister Benjamin Netanyahu."
    )
    first, second = events_of(ex, "meeting")
    assert names(second) == ["Amos Hochstein", "Benjamin Netanyahu"]
    assert second.location == "Jerusalem"


def test_welcomed_by_a_list_of_titled_hosts(extract):
    ex = extract(
        "President William Ruto was received at the airport by Tanzania's Foreign Minister "
        "Mahmoud Thabit Kombo and Defence Minister Stergomena Tax."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Mahmoud Thabit Kombo", "Stergomena Tax", "William Ruto"]


def test_plural_bilateral_meetings_including_with_each_counterpart(extract):
    ex = extract(
        "President Vladimir Putin is scheduled to hold three bilateral meetings on Tuesday, "
        "including with President Xi Jinping, Prime Minister Narendra Modi and President Cyril "
        "Ramaphosa."
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [
        ["Vladimir Putin", "Xi Jinping"],
        ["Narendra Modi", "Vladimir Putin"],
        ["Cyril Ramaphosa", "Vladimir Putin"],
    ]
    assert {m.status for m in meetings} == {"planned"}


def test_leaders_such_as_named_people_are_those_people(extract):
    ex = extract(
        "President Luiz Inacio Lula da Silva also met other regional leaders, such as President "
        "Gabriel Boric and President Gustavo Petro."
    )
    # leaders of two countries, each known: one meeting per counterpart (ANNOTATION.md)
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Gabriel Boric", "Luiz Inacio Lula da Silva"],
        ["Gustavo Petro", "Luiz Inacio Lula da Silva"],
    ]


def test_too_busy_or_hoped_to_meet_is_no_meeting(extract):
    ex = extract(
        "Prime Minister Keir Starmer was too busy to meet President Donald Trump on Friday. "
        "Chancellor Friedrich Merz had hoped to meet President Xi Jinping in Beijing."
    )
    assert events_of(ex, "meeting") == []


def test_busy_hosting_guests_is_a_meeting(extract):
    ex = extract("President William Ruto was busy hosting President Samia Suluhu Hassan at State House.")
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "occurred"


def test_due_to_meet_but_postponed_is_cancelled(extract):
    ex = extract(
        "President Emmanuel Macron was due to meet Prime Minister Mark Carney on Monday, but the "
        "talks were postponed. Chancellor Friedrich Merz was due to meet President Alexander "
        "Stubb on Friday, but he arrived late."
    )
    postponed, late = events_of(ex, "meeting")
    assert (postponed.status, late.status) == ("cancelled", "planned")


def test_a_planned_joint_news_conference_called_off_is_cancelled(extract):
    ex = extract(
        "President Donald Trump and President Volodymyr Zelensky argued in the Oval Office. "
        "Zelensky left early and a planned joint news conference between the two leaders was "
        "called off."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Donald Trump", "Volodymyr Zelensky"]
    assert meeting.status == "cancelled"


def test_talking_over_lunch_is_in_person_whatever_another_clause_calls_for(extract):
    ex = extract(
        "Foreign Minister Penny Wong and Foreign Minister Winston Peters talked over lunch on "
        "Friday, as both countries call for calm."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.mode == "in_person"


def test_a_team_headed_by_a_named_person_is_that_person(extract):
    ex = extract(
        "A Ukrainian delegation led by Foreign Minister Dmytro Kuleba met a Russian team headed "
        "by presidential aide Vladimir Medinsky in Istanbul on Friday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Dmytro Kuleba", "Vladimir Medinsky"]


def test_a_day_between_the_caller_and_the_call_is_its_date(extract):
    ex = extract("President Donald Trump on Friday called Prime Minister Narendra Modi to congratulate him.")
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Donald Trump", "Narendra Modi"]
    assert (call.mode, str(call.event_date)) == ("call", "2025-10-17")


def test_calls_extended_taken_or_placed(extract):
    ex = extract(
        "In November 2016, President Xi Jinping extended a call to Donald Trump. On December 2, "
        "2016, Trump took a phone call from President Tsai Ing-wen. Prime Minister Keir Starmer "
        "took part in the summit."
    )
    first, second = events_of(ex, "meeting")
    assert names(first) == ["Donald Trump", "Xi Jinping"]
    assert (str(first.event_date), first.date_precision, first.mode) == ("2016-11-01", "month", "call")
    assert names(second) == ["Donald Trump", "Tsai Ing-wen"]


def test_telephone_calls_with_colleagues_named_after_their_countries_are_one_each(extract):
    ex = extract(
        "Foreign Minister Sergei Lavrov discussed the truce in telephone calls with his "
        "colleagues from Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan."
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [
        ["Jeyhun Bayramov", "Sergei Lavrov"],
        ["Ararat Mirzoyan", "Sergei Lavrov"],
    ]
    assert {m.mode for m in meetings} == {"call"}


def test_among_them_were_adds_people_to_the_welcome(extract):
    ex = extract(
        "The visitors were greeted at the station by Foreign Minister Andrii Sybiha and Andriy "
        "Yermak on Monday. "
        "Among them were Prime Minister Mette Frederiksen and Prime Minister Jonas Gahr Store."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Andrii Sybiha", "Andriy Yermak", "Jonas Gahr Store", "Mette Frederiksen"]


def test_joining_the_greeting_to_a_guest_is_meeting_the_guest(extract):
    ex = extract(
        "Deputy Prime Minister Tran Hong Ha also joined the greeting to President Xi Jinping at "
        "the airport on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Tran Hong Ha", "Xi Jinping"]


def test_discussing_a_topic_with_someone_is_a_conversation(extract):
    ex = extract(
        "President Emmanuel Macron discussed the war with Chancellor Friedrich Merz in Berlin on "
        "Tuesday. Prime Minister Narendra Modi discussed the situation with President Joe Biden "
        "on Monday."
    )
    berlin, other = events_of(ex, "meeting")
    assert names(berlin) == ["Emmanuel Macron", "Friedrich Merz"]
    assert (berlin.mode, berlin.location) == ("in_person", "Berlin")
    assert names(other) == ["Joe Biden", "Narendra Modi"]
    assert other.mode == "call"


def test_discussing_with_a_country_or_among_themselves_is_no_meeting(extract):
    ex = extract(
        "Prime Minister Keir Starmer discussed trade ties with China on Monday. "
        "The two ministers discussed the budget."
    )
    assert events_of(ex, "meeting") == []


def test_guests_including_named_people_set_to_discuss_with_a_host(extract):
    ex = extract(
        "The guests, including Prime Minister Mark Carney and Prime Minister Keir Starmer, were "
        "set to attend a ceremony and discuss aid for Ukraine with President Volodymyr Zelensky."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Keir Starmer", "Mark Carney", "Volodymyr Zelensky"]
    assert meeting.status == "planned"


def test_leaders_who_attended_a_summit_met_each_other(extract):
    ex = extract(
        "Prime Minister Narendra Modi, President Xi Jinping and President Vladimir Putin attended "
        "the summit in Kazan on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Narendra Modi", "Vladimir Putin", "Xi Jinping"]


def test_attending_a_ceremony_together_is_no_meeting(extract):
    ex = extract("President Emmanuel Macron and Prime Minister Keir Starmer attended the ceremony in Paris.")
    assert events_of(ex, "meeting") == []


def test_a_courtesy_call_on_someone_is_in_person_and_a_call_to_someone_is_a_call(extract):
    ex = extract(
        "Prime Minister Sher Bahadur Deuba paid a courtesy call on President Droupadi Murmu on "
        "Friday. President Donald Trump made a call to President Emmanuel Macron on Saturday."
    )
    courtesy, call = events_of(ex, "meeting")
    assert names(courtesy) == ["Droupadi Murmu", "Sher Bahadur Deuba"]
    assert (courtesy.mode, call.mode) == ("in_person", "call")


def test_a_handshake_is_a_meeting_and_a_telephonic_conversation_a_call(extract):
    ex = extract(
        "President Donald Trump shook hands with President Kim Jong Un at the border on Sunday. "
        "Prime Minister Narendra Modi had a telephonic conversation with President Joe Biden."
    )
    handshake, call = events_of(ex, "meeting")
    assert names(handshake) == ["Donald Trump", "Kim Jong Un"]
    assert (handshake.mode, call.mode) == ("in_person", "call")


def test_shaking_a_rival_off_is_no_meeting(extract):
    ex = extract("President Donald Trump shook off criticism from Senator Chuck Schumer on Monday.")
    assert events_of(ex, "meeting") == []


def test_the_two_leaders_never_named_together_are_the_two_of_the_meeting_before(extract):
    ex = extract(
        "President Donald Trump on Friday called Prime Minister Narendra Modi to congratulate him. "
        "The two leaders agreed to meet at the G-20 summit in Osaka."
    )
    call, planned = events_of(ex, "meeting")
    assert names(planned) == ["Donald Trump", "Narendra Modi"]
    assert (planned.status, planned.mode) == ("planned", "in_person")


def test_the_two_leaders_after_a_meeting_of_three_stay_open(extract):
    ex = extract(
        "President Donald Trump met Prime Minister Narendra Modi, President Xi Jinping and "
        "President Lee Jae-myung on Friday. The two leaders agreed to meet again in Osaka."
    )
    meetings = events_of(ex, "meeting")
    # one meeting of four, or one per counterpart (their countries known): either way no pair
    assert {m.status for m in meetings} == {"occurred"}
    assert all(m.location != "Osaka" for m in meetings)


def test_calling_on_a_counterpart_parsed_as_an_object_is_in_person(extract):
    ex = extract("Prime Minister Imran Khan called on Sri Lankan counterpart Mahinda Rajapaksa in Colombo.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Imran Khan", "Mahinda Rajapaksa"]
    assert meeting.mode == "in_person"


def test_speaking_by_phone_with_two_people_is_a_call_with_each(extract):
    ex = extract(
        "President Donald Trump said he had spoken by phone with both Hun Manet and Anutin Charnvirakul."
    )
    calls = events_of(ex, "meeting")
    assert [names(c) for c in calls] == [
        ["Donald Trump", "Hun Manet"],
        ["Anutin Charnvirakul", "Donald Trump"],
    ]


def test_a_call_with_a_person_and_a_group_is_one_call(extract):
    ex = extract(
        "President Donald Trump spoke by phone with President Volodymyr Zelensky and European leaders."
    )
    [call] = events_of(ex, "meeting")
    assert len(call.participants) == 3


def test_representatives_of_two_named_parties_are_two_sides(extract):
    ex = extract(
        "Representatives of the Colombian government and the ELN rebels met in Caracas on Monday. "
        "The talks were attended by President Nicolas Maduro."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == [
        "Colombian government delegation",
        "ELN rebels delegation",
        "Nicolas Maduro",
    ]


def test_representatives_of_one_party_meet_nobody(extract):
    ex = extract("Representatives of Hamas met in Cairo on Monday.")
    assert events_of(ex, "meeting") == []


def test_a_meeting_between_or_of_two_people_parsed_as_modifiers(extract):
    ex = extract(
        "The summit between President Donald Trump and President Vladimir Putin took place in "
        "Anchorage on Friday. Prime Minister Keir Starmer and President Emmanuel Macron's "
        "meeting in Paris lasted three hours."
    )
    summit, meeting = events_of(ex, "meeting")
    assert names(summit) == ["Donald Trump", "Vladimir Putin"]
    assert names(meeting) == ["Emmanuel Macron", "Keir Starmer"]


def test_a_call_whose_object_the_parser_took_for_a_name_given_is_still_a_call(extract):
    ex = extract(
        "Donald Trump hosted Volodymyr Zelenskyy at the White House on Friday.\n\n"
        "Trump called Zelenskyy after the talks."
    )
    calls = [m for m in events_of(ex, "meeting") if m.mode == "call"]
    assert [names(c) for c in calls] == [["Donald Trump", "Volodymyr Zelenskyy"]]


def test_guests_received_by_hosts_respectively_met_them_in_pairs(extract):
    ex = extract(
        "German Chancellor Olaf Scholz and French President Emmanuel Macron were welcomed by "
        "ministers Piyush Goyal and Jitendra Singh respectively."
    )
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Emmanuel Macron", "Jitendra Singh"],
        ["Olaf Scholz", "Piyush Goyal"],
    ]


def test_talks_with_the_leaders_of_listed_countries_the_article_names_are_one_each(extract):
    ex = extract(
        "Prime Minister Abiy Ahmed held talks with the leaders of Kenya and Uganda in Addis Ababa. "
        "He discussed trade with Kenyan President William Ruto and with Ugandan President Yoweri Museveni."
    )
    pairs = {tuple(names(m)) for m in events_of(ex, "meeting")}
    assert pairs == {("Abiy Ahmed", "William Ruto"), ("Abiy Ahmed", "Yoweri Museveni")}


def test_a_phone_call_with_two_people_is_a_call_with_each(extract):
    ex = extract(
        "King Abdullah II held a phone call with President Emmanuel Macron and Prime Minister "
        "Narendra Modi on Sunday."
    )
    calls = events_of(ex, "meeting")
    assert sorted(names(c) for c in calls) == [
        ["Abdullah II", "Emmanuel Macron"],
        ["Abdullah II", "Narendra Modi"],
    ]
    assert {c.mode for c in calls} == {"call"}


def test_a_video_call_with_two_people_may_be_one_call_of_three(extract):
    ex = extract(
        "French President Emmanuel Macron held a video call with German Chancellor Olaf Scholz "
        "and Italian Prime Minister Giorgia Meloni on Monday."
    )
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]


def test_meeting_two_people_separately_is_a_meeting_with_each(extract):
    ex = extract(
        "Secretary of State Marco Rubio met Foreign Minister Ararat Mirzoyan and Foreign "
        "Minister Jeyhun Bayramov separately in Washington on Monday."
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [
        ["Ararat Mirzoyan", "Marco Rubio"],
        ["Jeyhun Bayramov", "Marco Rubio"],
    ]


def test_a_subject_the_parser_took_for_an_adverb_still_meets(extract):
    ex = extract(
        "Prime Minister Viktor Orban spoke on Monday. Orban, in office since 2010, met with "
        "Chancellor Olaf Scholz in May 2023 in Berlin."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Olaf Scholz", "Viktor Orban"]
    assert (str(meeting.event_date), meeting.date_precision) == ("2023-05-01", "month")


def test_a_bilateral_with_a_titled_name_parsed_apart(extract):
    ex = extract("Prime Minister Anthony Albanese had a bilateral with President Joe Biden on the sidelines.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anthony Albanese", "Joe Biden"]


def test_meetings_listed_as_one_of_them_was_with_someone(extract):
    ex = extract(
        "President Luiz Inacio Lula da Silva met President Gustavo Petro on Monday. One of the "
        "meetings was with the president of Argentina, Alberto Fernandez. Another meeting was "
        "with Chilean President Gabriel Boric."
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [
        ["Gustavo Petro", "Luiz Inacio Lula da Silva"],
        ["Alberto Fernandez", "Luiz Inacio Lula da Silva"],
        ["Gabriel Boric", "Luiz Inacio Lula da Silva"],
    ]


def test_meetings_listed_after_a_host_received_unnamed_guests_are_the_hosts(extract):
    ex = extract(
        "On Tuesday, President Luiz Inacio Lula da Silva received foreign delegations at the "
        "Planalto Palace. There were also bilateral meetings with Chilean President Gabriel Boric "
        "and with Colombian President Gustavo Petro."
    )
    meetings = [m for m in events_of(ex, "meeting") if "foreign delegations" not in names(m)]
    assert [names(m) for m in meetings] == [
        ["Gabriel Boric", "Luiz Inacio Lula da Silva"],
        ["Gustavo Petro", "Luiz Inacio Lula da Silva"],
    ]


def test_a_meeting_listed_after_a_host_received_guests_is_the_hosts(extract):
    ex = extract(
        "On Monday, President Luiz Inacio Lula da Silva received heads of state in Brasilia. "
        "One of the meetings was with Chilean President Gabriel Boric."
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [["Gabriel Boric", "Luiz Inacio Lula da Silva"]]


def test_a_meeting_that_was_with_someone_and_no_meeting_before_names_nobody(extract):
    ex = extract("Another meeting was with Chilean President Gabriel Boric.")
    assert events_of(ex, "meeting") == []


def test_the_two_leaders_are_those_of_the_meeting_held_not_of_one_planned(extract):
    ex = extract(
        "Prime Minister Justin Trudeau is meeting President Andres Manuel Lopez Obrador on "
        "Thursday ahead of his planned sit-down with President Joe Biden. The two leaders exchanged "
        "pleasantries before heading to a closed-door meeting. Trudeau was joined by Foreign "
        "Minister Melanie Joly."
    )
    held = events_of(ex, "meeting")[0]
    assert names(held) == ["Andres Manuel Lopez Obrador", "Justin Trudeau", "Melanie Joly"]


def test_arrivals_to_a_rousing_welcome_do_not_meet_each_other(extract):
    ex = extract(
        "President Yoon Suk Yeol, Prime Minister Anthony Albanese and President Cyril Ramaphosa "
        "also landed here to a rousing welcome on Friday."
    )
    assert events_of(ex, "meeting") == []


def test_meeting_leaders_of_different_countries_is_a_meeting_with_each(extract):
    ex = extract(
        "Prime Minister Abiy Ahmed met Sudanese Prime Minister Abdalla Hamdok and Ghanaian President "
        "Nana Akufo-Addo in Addis Ababa on Sunday. "
        "Secretary of State Antony Blinken will also meet with Egyptian President Abdel Fattah al-Sisi "
        "and Jordanian Foreign Minister Ayman Safadi. "
        "Foreign Minister Penny Wong discussed the drought with Fijian Prime Minister Sitiveni Rabuka "
        "and Samoan Prime Minister Fiame Naomi Mataafa."
    )
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Abdalla Hamdok", "Abiy Ahmed"],
        ["Abdel Fattah al-Sisi", "Antony Blinken"],
        ["Abiy Ahmed", "Nana Akufo-Addo"],
        ["Antony Blinken", "Ayman Safadi"],
        ["Fiame Naomi Mataafa", "Penny Wong"],
        ["Penny Wong", "Sitiveni Rabuka"],
    ]


def test_one_meeting_with_leaders_of_two_countries_or_of_one_stays_one(extract):
    ex = extract(
        "Prime Minister Anwar Ibrahim held a meeting with Cambodian Prime Minister Hun Manet and "
        "Thai Prime Minister Phumtham Wechayachai on Monday. "
        "Secretary of State Mike Pompeo met Saudi Crown Prince Mohammed bin Salman and Saudi Foreign "
        "Minister Faisal bin Farhan in Riyadh."
    )
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Anwar Ibrahim", "Hun Manet", "Phumtham Wechayachai"],
        ["Faisal bin Farhan Al Saud", "Mike Pompeo", "Mohammed bin Salman"],
    ]


def test_the_possessor_of_a_title_is_not_the_person_it_names(extract):
    ex = extract(
        "Prime Minister Benjamin Netanyahu spoke on Monday. Later, President Donald Trump's envoy met "
        "Hamas officials in Cairo. His counterpart met Qatari officials in Doha."
    )
    assert events_of(ex, "meeting") == []


def test_exchanging_views_is_a_meeting(extract):
    ex = extract(
        "Foreign Minister Wang Yi exchanged views with Secretary of State Antony Blinken in Beijing "
        "on Friday. President Abiy Ahmed and President Salva Kiir exchanged ideas on the peace deal. "
        "Chancellor Olaf Scholz exchanged pleasantries with President Emmanuel Macron at the airport."
    )
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Abiy Ahmed", "Salva Kiir"],
        ["Antony Blinken", "Wang Yi"],
        ["Emmanuel Macron", "Olaf Scholz"],
    ]


def test_exchanging_letters_or_fire_is_no_meeting(extract):
    ex = extract(
        "President Vladimir Putin exchanged letters with President Xi Jinping in May. "
        "Troops of the two countries exchanged fire on Monday. "
        "President Kim Jong Un and President Donald Trump exchanged insults for months."
    )
    assert events_of(ex, "meeting") == []


def test_discussing_a_topic_the_parser_hung_on_a_preposition(extract):
    ex = extract(
        "Prime Minister Abiy Ahmed discussed on bilateral issues with President Alpha Conde in "
        "Addis Ababa. President William Ruto talked about trade with Chancellor Olaf Scholz in Berlin."
    )
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Abiy Ahmed", "Alpha Conde"],
        ["Olaf Scholz", "William Ruto"],
    ]


def test_two_people_who_discussed_a_topic_together_met(extract):
    ex = extract(
        "Chief Executive Abdullah Abdullah and envoy Zalmay Khalilzad discussed ways to carry out "
        "the deal in Kabul on Wednesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abdullah Abdullah", "Zalmay Khalilzad"]


def test_one_person_who_discussed_a_topic_met_nobody(extract):
    ex = extract(
        "President Emmanuel Macron discussed the budget on Tuesday. The ministers of France and "
        "Germany discussed the budget."
    )
    assert events_of(ex, "meeting") == []


def test_what_two_callers_discussed_is_their_call(extract):
    ex = extract(
        "President Donald Trump phoned President Vladimir Putin on Tuesday. "
        "The two leaders discussed the war and energy prices."
    )
    [call] = events_of(ex, "meeting")
    assert call.mode == "call"


def test_visiting_contacting_telling_or_briefing_a_person_is_a_meeting(extract):
    ex = extract(
        "Envoy Zalmay Khalilzad visited former President Hamid Karzai at his home in Kabul on Wednesday. "
        "Prime Minister Anwar Ibrahim contacted Prime Minister Hun Manet on Thursday. "
        "President Vladimir Putin told envoy Steve Witkoff in Moscow that he was ready for talks. "
        "Secretary of State Marco Rubio briefed President Emmanuel Macron in Paris on the plan."
    )
    meetings = {tuple(names(m)): m.mode for m in events_of(ex, "meeting")}
    assert meetings == {
        ("Hamid Karzai", "Zalmay Khalilzad"): "in_person",
        ("Anwar Ibrahim", "Hun Manet"): "call",
        ("Steve Witkoff", "Vladimir Putin"): "in_person",
        ("Emmanuel Macron", "Marco Rubio"): "in_person",
    }


def test_telling_someone_in_no_stated_place_is_a_call(extract):
    ex = extract(
        "Prime Minister Benjamin Netanyahu told envoy Steve Witkoff that he would convene the cabinet."
    )
    [call] = events_of(ex, "meeting")
    assert (names(call), call.mode) == (["Benjamin Netanyahu", "Steve Witkoff"], "call")


def test_visiting_a_place_or_telling_the_press_is_no_meeting(extract):
    ex = extract(
        "Prime Minister Narendra Modi visited Ukraine on Friday. "
        "President Emmanuel Macron visited the Kremlin in February. "
        "President Donald Trump told reporters that the talks went well. "
        "Foreign Minister Sergey Lavrov told Reuters that Moscow was ready. "
        "Envoy Steve Witkoff contacted the Qatari embassy on Monday. "
        "Speaking later, Prime Minister Keir Starmer told CNN's Christiane Amanpour that he was hopeful."
    )
    assert events_of(ex, "meeting") == []


def test_calling_someone_something_is_no_call(extract):
    ex = extract(
        "President Donald Trump delivered a speech calling Prime Minister Justin Trudeau a weak "
        'leader. On Wednesday, President Javier Milei said Trump called him "my favorite president".'
    )
    assert events_of(ex, "meeting") == []


def test_plural_conversations_are_one_call_with_each_counterpart(extract):
    ex = extract(
        "Brazilian President Luiz Inacio Lula da Silva held separate phone conversations with "
        "Spanish Prime Minister Pedro Sanchez and Chilean President Gabriel Boric on Friday."
    )
    calls = events_of(ex, "meeting")
    assert sorted(tuple(names(call)) for call in calls) == [
        ("Gabriel Boric", "Luiz Inacio Lula da Silva"),
        ("Luiz Inacio Lula da Silva", "Pedro Sanchez"),
    ]
    assert all(call.mode == "call" for call in calls)


def test_people_the_parser_lists_after_a_fronted_place_are_the_subject(extract):
    ex = extract("In Shusha, Erdogan and Aliyev held talks and signed a declaration on allied relations.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Ilham Aliyev", "Recep Tayyip Erdoğan"]  # known leaders' full names


def test_calls_to_the_leaders_of_several_countries_are_one_call_each(extract):
    ex = extract("President Lena Park made phone calls to the leaders of Canada and Mexico on Saturday.")
    calls = events_of(ex, "meeting")
    assert all("Lena Park" in names(c) and len(names(c)) == 2 for c in calls)
    assert sorted(n for c in calls for n in names(c) if n != "Lena Park") == [
        "Canadian leader",
        "Mexican leader",
    ]
    assert all(c.mode == "call" for c in calls)


def test_a_leader_of_a_listed_country_named_in_the_article_is_that_person(extract):
    ex = extract(
        "Japanese Prime Minister Fumio Kishida arrived in Jakarta on Friday. "
        "President Lena Park spoke by phone with the leaders of Japan and Australia on Sunday."
    )
    counterparts = sorted(n for c in events_of(ex, "meeting") for n in names(c) if n != "Lena Park")
    assert counterparts == ["Australian leader", "Fumio Kishida"]


def test_leaders_of_listed_countries_do_not_meet_each_other_without_a_host(extract):
    ex = extract("He spoke with the leaders of France and Germany on Saturday.")
    assert not [e for e in events_of(ex, "meeting") if set(names(e)) == {"French leader", "German leader"}]


def test_talks_attended_by_named_people_are_their_meeting(extract):
    ex = extract(
        "The talks in Geneva on Monday were attended by Foreign Minister Ana Lopez, "
        "Defence Minister Carl Berg and envoy Tom Reed."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Ana Lopez", "Carl Berg", "Tom Reed"]


def test_a_list_split_by_semicolons_is_one_counterpart_each(extract):
    ex = extract(
        "Sheikh Hamad separately met on Monday with President Ana Lopez of Chile; Carl Berg, "
        "President of Sweden; and Tom Reed, Prime Minister of Canada."
    )
    assert sorted(
        names(e)[0] if names(e)[1] == "Hamad" else names(e)[1] for e in events_of(ex, "meeting")
    ) == [
        "Ana Lopez",
        "Carl Berg",
        "Tom Reed",
    ]


def test_a_title_followed_by_a_comma_and_its_name_is_that_person(extract):
    ex = extract(
        "Prime Minister Abiy Ahmed held talks with Algerian President, Abdelmadjid Tebboune on trade ties."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abdelmadjid Tebboune", "Abiy Ahmed"]


def test_every_person_a_titled_list_names_is_a_counterpart(extract):
    ex = extract(
        "Abiy Ahmed discussed bilateral issues with Sudanese Prime Minister, Abdalla Hamdok, "
        "Guinean President Alpha Conde and Ghanaian President Nana Akufo-Addo."
    )
    counterparts = {n for e in events_of(ex, "meeting") for n in names(e)} - {"Abiy Ahmed"}
    assert counterparts == {"Abdalla Hamdok", "Alpha Conde", "Nana Akufo-Addo"}


def test_a_place_after_the_time_of_a_meeting_is_its_place(extract):
    ex = extract(
        "Tom Reed and Ivan Petrov are scheduled to meet again at 11.30 am local time (1930GMT) in Anchorage, "
        "the largest city in the state."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.location == "Anchorage"


def test_a_conference_is_hosted_it_meets_nobody(extract):
    ex = extract(
        "They also reviewed the United Nations Climate Change Conference, which is hosted by the UAE "
        "this year."
    )
    assert events_of(ex, "meeting") == []


@pytest.mark.parametrize(
    "text",
    [
        "Later, Kazakh President Kassym-Jomart Tokayev wished Vladimir Putin a happy birthday by phone.",
        "Prime Minister Narendra Modi congratulated President Cyril Ramaphosa by telephone on Sunday.",
        "Later, President Ana Moreno also congratulated President Gabriel Boric on his victory by phone.",
    ],
)
def test_any_verb_joining_two_people_by_phone_is_a_call(extract, text):
    [call] = events_of(extract(text), "meeting")
    assert call.mode == "call" and len(call.participants) == 2


def test_news_by_phone_with_nobody_on_the_other_end_is_no_call(extract):
    ex = extract(
        "President Vladimir Putin was informed by phone of the attack. "
        "Prime Minister Narendra Modi wished the nation a happy new year by phone."
    )
    assert events_of(ex, "meeting") == []


def test_a_couple_greeted_by_an_unnamed_host_meet_nobody(extract):
    ex = extract(
        "President Gabriel Boric arrived in Hanoi on Monday, where he and his partner Irina Karamanos "
        "were greeted by a deputy minister."
    )
    assert events_of(ex, "meeting") == []
    [visit] = events_of(ex, "visit")
    assert visit.location == "Hanoi"


def test_everyone_in_a_welcoming_list_with_appositions_meets_the_guest(extract):
    ex = extract(
        "Chancellor Olaf Scholz was welcomed by President Andrzej Duda and his wife, former President "
        "Bronislaw Komorowski and his wife, Prime Minister Donald Tusk, and Foreign Minister Radoslaw "
        "Sikorski at the airport on Monday."
    )
    [meeting] = events_of(ex, "meeting")
    # the parser hangs the last name on the verb; the one after 'his wife,' is listed too
    assert {"Andrzej Duda", "Bronislaw Komorowski", "Donald Tusk", "Olaf Scholz"} <= set(names(meeting))


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Moreno was greeted upon arrival by Chilean Foreign Minister Alberto van Klaveren.",
        "Prime Minister Ana Moreno was welcomed at the airport by Foreign Minister Alberto van Klaveren.",
    ],
)
def test_a_greeting_whose_host_hangs_on_the_arrival_or_the_place_is_a_meeting(extract, text):
    [greeting] = events_of(extract(text), "meeting")
    assert names(greeting) == ["Alberto van Klaveren", "Ana Moreno"]


def test_a_meeting_in_a_where_clause_is_at_the_place_before_it(extract):
    ex = extract("President Ana Moreno flew to Cairo on Monday, where she met President Abdel Fattah Sisi.")
    [meeting] = events_of(ex, "meeting")
    assert meeting.location == "Cairo"


def test_a_question_where_people_met_places_nothing(extract):
    ex = extract("Reporters asked in Lima where President Ana Moreno had met Gabriel Boric.")
    assert all(e.location != "Lima" for e in events_of(ex, "meeting"))


def test_a_meeting_told_twice_keeps_the_more_specific_place(extract):
    ex = extract(
        "President Ana Moreno departed Lima on Friday for Texas, where she and President Donald Trump "
        "are set to hold talks. The two leaders are scheduled to meet in Houston on Friday afternoon.",
        published="2025-10-24",  # that Friday: she left in the morning
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.location == "Houston"


def test_the_country_of_a_delegation_met_is_not_the_meeting_place(extract):
    ex = extract("Foreign Minister Ana Moreno met with a US delegation led by envoy Luis Vega on Friday.")
    [meeting] = events_of(ex, "meeting")
    assert meeting.location is None


def test_the_meeting_with_someone_after_an_arrival_is_the_visitors(extract):
    ex = extract(
        "President Luiz Inacio Lula da Silva arrived in Lisbon on Monday. The meeting with Portuguese "
        "President Marcelo Rebelo de Sousa lasted two hours."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Luiz Inacio Lula da Silva", "Marcelo Rebelo de Sousa"]


def test_a_meeting_between_two_named_people_takes_in_nobody_told_before(extract):
    ex = extract(
        "President Luiz Inacio Lula da Silva arrived in Lisbon on Monday. The last meeting between "
        "Prime Minister Narendra Modi and Prime Minister Sher Bahadur Deuba took place in 2021."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Narendra Modi", "Sher Bahadur Deuba"]


def test_a_visit_with_a_named_person_is_a_meeting_with_them(extract):
    ex = extract(
        "President Barack Obama will then fly to Buenos Aires for his first visit with President "
        "Mauricio Macri. His visit to Paris with his wife Michelle Obama lasted three days. "
        "Obama ended his visit with a speech."
    )
    [meeting] = events_of(ex, "meeting")
    assert (names(meeting), meeting.status) == (["Barack Obama", "Mauricio Macri"], "planned")


def test_a_meeting_on_a_trip_with_no_place_of_its_own_is_at_the_trips_place(extract):
    ex = extract(
        "President Emmanuel Macron arrived in Beijing on Monday. He met President Xi Jinping on Monday. "
        "Last year he met President Xi Jinping in Paris. He also spoke with President Joe Biden by phone."
    )
    assert sorted((names(m)[1], m.location or "", m.mode) for m in events_of(ex, "meeting")) == [
        ("Joe Biden", "", "call"),
        ("Xi Jinping", "Beijing", "in_person"),
        ("Xi Jinping", "Paris", "in_person"),
    ]


def test_a_meeting_before_the_trip_began_is_not_at_the_trips_place(extract):
    ex = extract(
        "Joe Biden hosted Fumio Kishida at the White House on Friday.\n\n"
        "Anthony Albanese met Kishida on Thursday."
    )
    meeting = next(m for m in events_of(ex, "meeting") if "Anthony Albanese" in names(m))
    assert (names(meeting), meeting.location) == (["Anthony Albanese", "Fumio Kishida"], None)


def test_speaking_alongside_someone_in_a_city_is_a_meeting_there(extract):
    ex = extract(
        "Italian Prime Minister Giorgia Meloni said alongside Mr Rutte in Rome on Monday that aid "
        "would continue."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.location == "Rome"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Israel and Hamas held indirect talks in Doha on Friday.", ["Hamas", "Israeli delegation"]),
        (
            "Talks between Russia and Ukraine resumed in Istanbul on Monday.",
            ["Russian delegation", "Ukrainian delegation"],
        ),
    ],
)
def test_a_country_holding_talks_is_its_delegation(extract, text, sides):
    [meeting] = events_of(extract(text), "meeting")
    assert names(meeting) == sides


@pytest.mark.parametrize(
    "text",
    [
        "The envoy will push for talks between Israel and Lebanon.",
        "Envoy Mark Dale arrived in Beirut to resume the indirect negotiations between Lebanon and Israel.",
    ],
)
def test_talks_between_countries_told_as_a_goal_are_no_meeting(extract, text):
    assert events_of(extract(text), "meeting") == []


def test_sides_listed_after_from_are_two_sides(extract):
    ex = extract(
        "Delegations from Israel and Hamas met in Cairo on Sunday. "
        "Officials from Thailand and Cambodia met in Kuala Lumpur on Tuesday."
    )
    assert [names(m) for m in events_of(ex, "meeting")] == [
        ["Hamas delegation", "Israeli delegation"],
        ["Cambodian officials", "Thai officials"],
    ]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "On Friday, Kaja Kallas along with Josep Borrell held talks in Kyiv.",
            ["Josep Borrell", "Kaja Kallas"],
        ),
        (
            "Antony Blinken, Jake Sullivan along with Yang Jiechi held talks in Anchorage on Friday.",
            ["Antony Blinken", "Jake Sullivan", "Yang Jiechi"],
        ),
    ],
)
def test_people_listed_along_with_a_subject_take_part(extract, text, people):
    [meeting] = events_of(extract(text), "meeting")
    assert names(meeting) == people


def test_a_companion_together_with_the_subject_is_on_the_subjects_side(extract):
    ex = extract("On Tuesday, Penny Wong, together with Richard Marles, met Wang Yi and Dong Jun separately.")
    assert [names(m) for m in events_of(ex, "meeting")] == [
        ["Penny Wong", "Richard Marles", "Wang Yi"],
        ["Dong Jun", "Penny Wong", "Richard Marles"],
    ]


def test_hosts_listed_with_their_descriptions_are_all_hosts(extract):
    ex = extract(
        "Kaja Kallas was received at the airport by Noura Al Kaabi, the Emirati minister of state, "
        "Martine Deprez, the EU ambassador to the United Arab Emirates."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Kaja Kallas", "Martine Deprez", "Noura Al Kaabi"]


@pytest.mark.parametrize(
    "text",
    [
        "President Gabriel Boric met face to face with Javier Milei in Santiago on Monday.",
        "Gabriel Boric held a one on one with Javier Milei in Santiago on Monday.",
    ],
)
def test_meeting_words_written_with_spaces_read_like_hyphenated_ones(extract, text):
    [meeting] = events_of(extract(text), "meeting")
    assert names(meeting) == ["Gabriel Boric", "Javier Milei"]
    assert meeting.mode == "in_person"


def test_a_person_wished_something_by_phone_had_a_call(extract):
    ex = extract(
        "Later in the day, President Gabriel Boric also wished Javier Milei a happy birthday by phone."
    )
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Gabriel Boric", "Javier Milei"]
    assert call.mode == "call"


def test_the_seat_of_government_a_guest_is_welcomed_to_is_no_party(extract):
    ex = extract("President Joe Biden welcomed Kenyan President William Ruto to the White House on Thursday.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Joe Biden", "William Ruto"]


@pytest.mark.parametrize(
    "text",
    [
        "Ishaq Dar will call on President Masoud Pezeshkian on Friday.",
        "Ishaq Dar will call on Speaker Mohammad Ghalibaf in Tehran.",
    ],
)
def test_a_planned_call_on_someone_is_in_person(extract, text):
    [meeting] = events_of(extract(text), "meeting")
    assert (meeting.status, meeting.mode) == ("planned", "in_person")


@pytest.mark.parametrize(
    "text, counterparts",
    [
        (
            "Secretary of State Marco Rubio held talks with Qatar's Prime Minister and Foreign Minister "
            "Sheikh Mohammed bin Abdulrahman Al Thani on Monday.",
            ["Mohammed bin Abdulrahman Al Thani"],
        ),
        (
            "Foreign Minister Hakan Fidan held talks with Qatar's Prime Minister and Foreign Minister "
            "Sheikh Mohammed bin Abdulrahman Al Thani and Egypt's intelligence head Hassan Rashad.",
            ["Hassan Rashad", "Mohammed bin Abdulrahman Al Thani"],
        ),
    ],
)
def test_names_after_a_title_and_a_style_are_the_counterparts(extract, text, counterparts):
    [meeting] = events_of(extract(text), "meeting")
    subject = meeting.participants[0].actor.canonical_name
    assert subject in ("Marco Rubio", "Hakan Fidan")
    assert names(meeting) == sorted([subject, *counterparts])


def test_a_titled_name_closing_a_list_of_names_is_a_counterpart(extract):
    ex = extract(
        "Envoy Keith Kellogg also met Prime Minister Donald Tusk, Zelensky, and Ukraine's top "
        "negotiator Rustem Umerov in Warsaw."
    )
    met = {n for m in events_of(ex, "meeting") for n in names(m)}
    assert {"Donald Tusk", "Rustem Umerov"} <= met


def test_meetings_with_several_people_are_one_meeting_with_each(extract):
    ex = extract(
        "President Gabriel Boric said he held useful discussions during his meetings with Foreign "
        "Minister Diana Mondino and Economy Minister Luis Caputo."
    )
    assert sorted(names(m) for m in events_of(ex, "meeting")) == [
        ["Diana Mondino", "Gabriel Boric"],
        ["Gabriel Boric", "Luis Caputo"],
    ]


def test_a_second_delegation_the_parser_joins_to_the_verb_is_a_counterpart(extract):
    ex = extract(
        "Foreign Minister Badr Albusaidi met separately with the Iranian delegation headed by Abbas "
        "Araghchi, the foreign minister, and the American delegation led by Steve Witkoff, the special "
        "envoy, and Jared Kushner."
    )
    met = {n for m in events_of(ex, "meeting") for n in names(m)}
    assert {"Abbas Araghchi", "Steve Witkoff", "Jared Kushner"} <= met
    assert all("Badr Albusaidi" in names(m) for m in events_of(ex, "meeting"))


@pytest.mark.parametrize(
    "text, parties",
    [
        (
            "The Russian and Ukrainian delegations concluded their talks in Istanbul on Friday.",
            ["Russian delegation", "Ukrainian delegation"],
        ),
        (
            "Delegations of Israel and Hamas wrapped up their meeting in Doha on Friday.",
            ["Hamas delegation", "Israeli delegation"],
        ),
        (
            "Talks were held between Foreign Minister Ishaq Dar and Foreign Minister Wang Yi in Beijing "
            "on Monday.",
            ["Ishaq Dar", "Wang Yi"],
        ),
        (
            "The meeting took place between President Emmanuel Macron and Chancellor Friedrich Merz in "
            "Paris.",
            ["Emmanuel Macron", "Friedrich Merz"],
        ),
    ],
)
def test_sides_told_around_a_meeting_that_took_place_are_its_parties(extract, text, parties):
    [meeting] = events_of(extract(text), "meeting")
    assert names(meeting) == parties
    assert meeting.mode == "in_person"


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held by phone between Foreign Minister Ishaq Dar and Foreign Minister Wang Yi.",
        "The two commanders spoke over the hotline, and the call was held between India's Director "
        "General of Military Operations, Lieutenant General Rajiv Ghai, and Major General Kashif Abdullah.",
    ],
)
def test_talks_held_over_a_line_between_two_people_are_a_call_between_them(extract, text):
    [call] = events_of(extract(text), "meeting")
    assert call.mode == "call"
    assert all(p.actor.kind == "person" for p in call.participants)
    assert len(call.participants) == 2


def test_the_second_side_of_negotiations_the_parser_joins_to_the_noun_takes_part(extract):
    ex = extract(
        "Negotiations between the Ukrainian team, headed by Defence Minister Rustem Umerov, and the "
        "Russian team, headed by presidential aide Vladimir Medinsky, wrapped up in Istanbul."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Rustem Umerov", "Vladimir Medinsky"]


def test_a_title_the_model_tagged_as_an_organisation_is_no_party(extract):
    ex = extract(
        "The call was held between India's Director General of Military Operations, Lieutenant "
        "General Rajiv Ghai, and Major General Kashif Abdullah."
    )
    assert all(p.actor.kind == "person" for m in events_of(ex, "meeting") for p in m.participants)


def test_a_welcome_received_from_someone_is_a_meeting_they_host(extract):
    ex = extract(
        "Prime Minister Shinzo Abe and his wife received a red carpet welcome from Foreign Secretary "
        "Perfecto Yasay on Thursday."
    )
    [meeting] = events_of(ex, "meeting")
    assert {p.actor.canonical_name: p.role for p in meeting.participants} == {
        "Perfecto Yasay": "host",
        "Shinzo Abe": "guest",
        "wife of Shinzo Abe": "guest",  # never named: her husband's wife
    }


def test_the_ministry_before_a_title_and_a_name_is_that_persons_office(extract):
    ex = extract(
        "President Ferdinand Marcos received Department of Foreign Affairs Secretary Enrique Manalo "
        "on Monday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Enrique Manalo", "Ferdinand Marcos"]


def test_someone_expected_to_join_planned_talks_is_a_participant(extract):
    ex = extract(
        "President Vladimir Putin will meet envoy Steve Witkoff in Moscow on Tuesday. "
        "Jared Kushner, a former adviser, is also expected to join the talks."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Jared Kushner", "Steve Witkoff", "Vladimir Putin"]
    assert meeting.status == "planned"
