"""Each rule family, tested on plain sentences written for these tests."""


def events_of(extraction, kind):
    return [e for e in extraction.events if e.event_type == kind]


def names(event):
    return sorted(p.actor.canonical_name for p in event.participants)


def test_met_with_in_place_on_past_weekday(extract):
    ex = extract(
        "Turkish Foreign Minister Hakan Fidan met with Egyptian President Abdel Fattah "
        "al-Sisi in Cairo on Monday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abdel Fattah al-Sisi", "Hakan Fidan"]
    assert meeting.location == "Cairo"
    assert str(meeting.event_date) == "2025-10-20"
    assert (meeting.status, meeting.mode, meeting.cameo_code) == ("occurred", "in_person", "040")


def test_will_meet_on_weekday_is_planned_and_resolves_forward(extract):
    ex = extract(
        "Secretary of State Marco Rubio will meet Prime Minister Benjamin Netanyahu in Jerusalem on Friday."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "planned"
    assert str(meeting.event_date) == "2025-10-24"


def test_is_set_to_meet_is_planned(extract):
    ex = extract("President Emmanuel Macron is set to meet Chancellor Friedrich Merz next week.")
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "planned"
    assert meeting.date_precision == "week"


def test_negated_and_hypothetical_meetings_give_no_event(extract):
    ex = extract(
        "Prime Minister Keir Starmer did not meet President Donald Trump on Tuesday. "
        "If Vladimir Putin meets Volodymyr Zelensky, the war could end."
    )
    assert events_of(ex, "meeting") == []


def test_phone_call_has_call_mode_and_code(extract):
    ex = extract("President Emmanuel Macron spoke by phone with President Volodymyr Zelensky on Tuesday.")
    [call] = events_of(ex, "meeting")
    assert call.mode == "call"
    assert call.cameo_code == "041"
    assert names(call) == ["Emmanuel Macron", "Volodymyr Zelensky"]


def test_hosted_gives_host_and_guest_roles(extract):
    ex = extract("King Abdullah II hosted Palestinian President Mahmoud Abbas in Amman on Sunday.")
    [meeting] = events_of(ex, "meeting")
    roles = {p.actor.canonical_name: p.role for p in meeting.participants}
    assert roles == {"Abdullah II": "host", "Mahmoud Abbas": "guest"}
    assert meeting.cameo_code == "043"


def test_surname_and_pronoun_resolve_to_the_full_name(extract):
    ex = extract(
        "Vice President JD Vance arrived in Israel on Tuesday. Vance met Benjamin Netanyahu "
        "in Jerusalem on Wednesday. He was accompanied by envoy Steve Witkoff."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Benjamin Netanyahu", "JD Vance", "Steve Witkoff"]
    roles = {p.actor.canonical_name: p.role for p in meeting.participants}
    assert roles["Steve Witkoff"] == "accompanying"


def test_group_participant_is_a_group_actor(extract):
    ex = extract("Vice President JD Vance also met with relatives of Israeli hostages on Wednesday.")
    [meeting] = events_of(ex, "meeting")
    kinds = {p.actor.canonical_name: p.actor.kind for p in meeting.participants}
    assert kinds == {"JD Vance": "person", "relatives of Israeli hostages": "group"}


def test_visit_with_arrival_and_trip(extract):
    ex = extract(
        "Foreign Minister Wang Yi arrived in Islamabad on Monday. "
        "Prime Minister Shehbaz Sharif will travel to Beijing next month."
    )
    visits = events_of(ex, "visit")
    assert [(names(v), v.location, v.status) for v in visits] == [
        (["Wang Yi"], "Islamabad", "occurred"),
        (["Shehbaz Sharif"], "Beijing", "planned"),
    ]


def test_visit_through_possessive_arrival(extract):
    ex = extract(
        "President Cyril Ramaphosa said the mood was upbeat on his arrival in Kinshasa on Thursday.",
        published="2025-10-24",
    )
    [visit] = events_of(ex, "visit")
    assert names(visit) == ["Cyril Ramaphosa"]
    assert (visit.location, str(visit.event_date)) == ("Kinshasa", "2025-10-23")


def test_ceasefire_agreed_and_took_effect_with_dates(extract):
    ex = extract(
        "Thailand and Cambodia agreed to a ceasefire on Monday. The truce took effect at "
        "midnight on Tuesday.",
        published="2025-07-30",
    )
    milestones = {(e.milestone, e.conflict, str(e.event_date)) for e in events_of(ex, "ceasefire")}
    assert ("agreed", "Thailand-Cambodia", "2025-07-28") in milestones
    assert ("took_effect", "Thailand-Cambodia", "2025-07-29") in milestones


def test_phase_number_and_talks_milestone(extract):
    ex = extract("Negotiators began talks in Cairo on the second phase of the Gaza ceasefire on Sunday.")
    [event] = events_of(ex, "ceasefire")
    assert (event.milestone, event.phase, event.conflict) == ("talks", 2, "Gaza")


def test_violation_is_a_milestone_and_holding_is_not(extract):
    ex = extract(
        "Both sides accused each other of violating the ceasefire in Lebanon on Saturday. "
        "The truce is holding, officials said."
    )
    [event] = events_of(ex, "ceasefire")
    assert event.milestone == "violated"
    assert event.conflict == "Lebanon"


def test_cancelled_meeting_keeps_cancelled_status(extract):
    ex = extract(
        "President Donald Trump cancelled his planned meeting with President Vladimir Putin in Budapest."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "cancelled"


def test_sentence_without_date_uses_publication_date_with_article_precision(extract):
    ex = extract("Foreign Minister Sergei Lavrov held talks with Foreign Minister Hakan Fidan.")
    [meeting] = events_of(ex, "meeting")
    assert (str(meeting.event_date), meeting.date_precision) == ("2025-10-22", "article")


def test_same_meeting_stated_twice_is_one_event(extract):
    ex = extract(
        "President Recep Tayyip Erdogan met President Ilham Aliyev in Baku on Monday. "
        "Erdogan held talks with Aliyev for two hours.",
        published="2025-10-21",
    )
    assert len(events_of(ex, "meeting")) == 1


def test_a_meeting_stated_twice_takes_the_place_the_second_statement_gives(extract):
    ex = extract(
        "President Lula is flying to Chile, where he and his Chilean counterpart Gabriel Boric "
        "will hold talks.\n\nThe two presidents will meet in Antofagasta.",
        published="2025-10-19",
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Gabriel Boric", "Luiz Inácio Lula da Silva"]
    assert meeting.location == "Antofagasta"


def test_scraping_junk_is_not_an_actor(extract):
    ex = extract("+ ↺ − 16 px\n\nShare Tweet\n\nThe envoy met President Mahmoud Abbas in Ramallah on Monday.")
    assert all("px" not in a.canonical_name and "Share" not in a.canonical_name for a in ex.actors)


def test_called_off_trip_is_a_cancelled_visit(extract):
    ex = extract("Prime Minister Benjamin Netanyahu called off his trip to Egypt on Monday.")
    [visit] = [e for e in ex.events if e.event_type == "visit"]
    assert visit.status == "cancelled"


def test_ceremony_hosted_by_someone_makes_the_host_a_participant(extract):
    ex = extract(
        "President Ilham Aliyev and Prime Minister Nikol Pashinyan signed a declaration in "
        "Washington on Friday at a ceremony hosted by President Donald Trump.",
        published="2025-08-09",
    )
    [meeting] = events_of(ex, "meeting")
    roles = {p.actor.canonical_name: p.role for p in meeting.participants}
    assert roles == {"Ilham Aliyev": "participant", "Nikol Pashinyan": "participant", "Donald Trump": "host"}
    assert (meeting.location, str(meeting.event_date)) == ("Washington", "2025-08-08")


def test_undated_meeting_right_after_a_dated_arrival_takes_its_day(extract):
    ex = extract(
        "President Donald Trump landed in Israel on Monday. Before his speech, Trump met "
        "relatives of Israeli hostages at the Knesset.",
        published="2025-10-14",
    )
    [meeting] = events_of(ex, "meeting")
    assert (str(meeting.event_date), meeting.date_precision) == ("2025-10-13", "day")


def test_two_delegations_as_subject_are_two_sides(extract):
    ex = extract(
        "Russian and Ukrainian delegations held talks in Istanbul on Friday.", published="2025-05-17"
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Russian delegation", "Ukrainian delegation"]
    assert {p.actor.kind for p in meeting.participants} == {"org"}
    assert meeting.location == "Istanbul"


def test_an_unnamed_side_is_its_countrys_delegation_however_worded(extract):
    ex = extract(
        "Kenya and Somalia delegations held talks in Addis Ababa on Monday. The Somali delegation "
        "said the talks were useful.",
        published="2025-05-17",
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Kenyan delegation", "Somali delegation"]


def test_a_countrys_delegation_led_by_a_named_person_is_that_person(extract):
    ex = extract(
        "A Kenyan delegation led by Foreign Minister Musalia Mudavadi held talks with Somali "
        "President Hassan Sheikh Mohamud in Mogadishu on Monday.",
        published="2025-05-17",
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Hassan Sheikh Mohamud", "Musalia Mudavadi"]


def test_hours_of_talks_and_a_misparsed_pair_of_subjects(extract):
    ex = extract(
        "President Donald Trump and President Vladimir Putin held nearly three hours of talks "
        "at a military base in Anchorage on Friday.",
        published="2025-08-16",
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Donald Trump", "Vladimir Putin"]
    assert (meeting.location, str(meeting.event_date)) == ("Anchorage", "2025-08-15")


def test_organiser_of_a_call_takes_part(extract):
    ex = extract(
        "President Donald Trump joined a video call with Ukrainian President Volodymyr Zelensky "
        "that was organised by German Chancellor Friedrich Merz."
    )
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Donald Trump", "Friedrich Merz", "Volodymyr Zelensky"]
    assert call.mode == "call"


def test_leader_of_a_delegation_takes_part_even_when_the_parse_hangs_talks_on_by(extract):
    ex = extract(
        "A Houthi delegation led by Abdulmalik al-Ajri held talks with Saudi officials in Riyadh on Sunday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abdulmalik al-Ajri", "Houthi delegation", "Saudi officials"]
    assert meeting.location == "Riyadh"


def test_delegation_leader_is_not_taken_from_a_later_clause(extract):
    ex = extract(
        "A Hamas delegation led by its deputy chief held talks with Egyptian mediators in Cairo "
        "on Monday, Hassan Rashad said."
    )
    [meeting] = events_of(ex, "meeting")
    assert "Hassan Rashad" not in names(meeting)


def test_co_hosts_meet_each_other_and_the_summit_guests(extract):
    ex = extract(
        "Prime Minister Keir Starmer and President Emmanuel Macron will co-host a meeting of "
        "European leaders in London on Sunday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Emmanuel Macron", "European leaders", "Keir Starmer"]
    assert (meeting.status, meeting.location, str(meeting.event_date)) == ("planned", "London", "2025-10-26")


def test_co_chaired_in_a_where_clause_takes_the_place_before_it(extract):
    ex = extract(
        "President Cyril Ramaphosa travelled on to Johannesburg, where he and Brazilian President Luiz "
        "Inacio Lula da Silva co-chaired a meeting of African leaders on Saturday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["African leaders", "Cyril Ramaphosa", "Luiz Inacio Lula da Silva"]
    assert (meeting.status, meeting.location) == ("occurred", "Johannesburg")


def test_co_sponsoring_and_wishing_to_co_host_give_no_meeting(extract):
    ex = extract(
        "Prime Minister Mark Carney and President Emmanuel Macron co-sponsored a resolution on Monday. "
        "Chancellor Friedrich Merz and Prime Minister Giorgia Meloni would like to co-host a summit of "
        "European leaders."
    )
    assert events_of(ex, "meeting") == []


def test_talks_expected_to_begin_are_planned(extract):
    ex = extract(
        "Negotiations over a lasting truce in Sudan are expected to start next week, diplomats said."
    )
    [talks] = events_of(ex, "ceasefire")
    assert (talks.milestone, talks.status, talks.date_precision) == ("talks", "planned", "week")


def test_talks_that_aimed_at_something_are_not_planned(extract):
    ex = extract("Talks on the Gaza ceasefire aimed to secure the release of all hostages.")
    [talks] = events_of(ex, "ceasefire")
    assert talks.status == "occurred"


def test_scheduled_trip_then_called_off_is_cancelled(extract):
    ex = extract("President Javier Milei was scheduled to fly to Brazil on Friday but called off the visit.")
    [visit] = events_of(ex, "visit")
    assert (visit.location, visit.status) == ("Brazil", "cancelled")


def test_postponing_something_else_does_not_cancel_a_meeting(extract):
    ex = extract(
        "Chancellor Friedrich Merz met President Emmanuel Macron in Paris on Monday and postponed "
        "a planned trip to China."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "occurred"


def test_visits_by_people_named_after_a_time_phrase(extract):
    ex = extract(
        "The conference crowns official visits to Cairo last month by Chancellor Friedrich Merz and by "
        "President Emmanuel Macron and Prime Minister Giorgia Meloni."
    )
    [visit] = events_of(ex, "visit")
    assert names(visit) == ["Emmanuel Macron", "Friedrich Merz", "Giorgia Meloni"]
    assert (visit.location, visit.date_precision) == ("Cairo", "month")


def test_by_with_a_verb_names_no_visitor(extract):
    ex = extract(
        "Prime Minister Benjamin Netanyahu answered visits to the border this week by sending more "
        "troops, Defence Minister Israel Katz said."
    )
    assert events_of(ex, "visit") == []


def test_visit_and_meeting_in_a_city_the_model_tags_as_a_person(extract):
    ex = extract(
        "Defence Minister John Healey travelled to Kyiv on Monday. He met Defence Minister Denys "
        "Shmyhal in Kyiv on Tuesday."
    )
    [visit] = events_of(ex, "visit")
    [meeting] = events_of(ex, "meeting")
    assert (visit.location, meeting.location) == ("Kyiv", "Kyiv")
    assert names(meeting) == ["Denys Shmyhal", "John Healey"]


def test_lone_given_name_resolves_to_the_one_person_carrying_it(extract):
    ex = extract(
        "WHO chief Tedros Adhanom Ghebreyesus spoke on Thursday. Tedros, who landed in Aden on Monday, "
        "met local officials."
    )
    [visit] = events_of(ex, "visit")
    assert (names(visit), visit.location) == (["Tedros Adhanom Ghebreyesus"], "Aden")


def test_truce_that_took_effect_in_a_relative_clause(extract):
    ex = extract(
        "The truce between the government and the northern militias that took effect in June 2023 "
        "remains in place."
    )
    [milestone] = events_of(ex, "ceasefire")
    assert milestone.milestone == "took_effect"
    assert (str(milestone.event_date), milestone.date_precision) == ("2023-06-01", "month")


def test_truce_coming_into_force_in_an_after_clause(extract):
    ex = extract(
        "Shelling stopped along the border soon after the ceasefire came into force at 6 a.m. on Friday."
    )
    [milestone] = events_of(ex, "ceasefire")
    assert (milestone.milestone, str(milestone.event_date)) == ("took_effect", "2025-10-17")


def test_ceasefire_followed_by_a_participle_was_agreed(extract):
    ex = extract("Both armies traded blame on Sunday for breaches of the ceasefire signed in Jeddah.")
    assert sorted(e.milestone for e in events_of(ex, "ceasefire")) == ["agreed", "violated"]


def test_where_clause_after_a_truce_states_no_milestone(extract):
    ex = extract(
        "Residents returned to towns covered by the truce in the south, where the fighting ended in March."
    )
    assert events_of(ex, "ceasefire") == []


def test_counterpart_hanging_from_the_phone_and_a_video_link_are_calls(extract):
    ex = extract(
        "President Emmanuel Macron spoke over the phone with Chancellor Friedrich Merz on Sunday. "
        "Foreign Minister Ishaq Dar spoke via video link with Secretary of State Marco Rubio on Monday."
    )
    calls = events_of(ex, "meeting")
    assert [names(c) for c in calls] == [["Emmanuel Macron", "Friedrich Merz"], ["Ishaq Dar", "Marco Rubio"]]
    assert {c.mode for c in calls} == {"call"}


def test_a_hotline_mentioned_alone_is_no_call(extract):
    ex = extract("The hotline between the two armies was restored on Monday, officials said.")
    assert events_of(ex, "meeting") == []


def test_companions_of_a_host_meet_vague_guests_together(extract):
    ex = extract(
        "President Emmanuel Macron, joined by Prime Minister Francois Bayrou and Jean-Noel Barrot, "
        "received the two envoys at the Elysee Palace on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Emmanuel Macron", "Francois Bayrou", "Jean-Noel Barrot"]
    assert (meeting.location, str(meeting.event_date)) == ("Paris", "2025-10-21")


def test_companions_without_counterparts_make_no_meeting(extract):
    ex = extract(
        "President Donald Trump, joined by Vice President JD Vance, spoke to reporters in the Oval Office. "
        "President Donald Trump, joined by Secretary of State Marco Rubio, signed two orders on Monday."
    )
    assert events_of(ex, "meeting") == []


def test_infinitive_tagged_as_a_noun_still_states_a_visit(extract):
    ex = extract(
        "President Emmanuel Macron is set to land in Cairo on Monday and will address the Egyptian "
        "parliament."
    )
    [visit] = events_of(ex, "visit")
    assert (visit.location, visit.status, str(visit.event_date)) == ("Cairo", "planned", "2025-10-27")


def test_land_as_a_noun_is_no_visit(extract):
    ex = extract("Settlers seized land in the West Bank on Monday, said Prime Minister Mohammad Mustafa.")
    assert events_of(ex, "visit") == []


def test_meetings_with_different_counterparts_stay_apart(extract):
    ex = extract(
        "Chancellor Friedrich Merz and President Emmanuel Macron had lunch with Prime Minister Keir "
        "Starmer in London on Monday. Merz and Macron then sat down with Prime Minister Donald Tusk."
    )
    meetings = events_of(ex, "meeting")
    assert [names(m) for m in meetings] == [
        ["Emmanuel Macron", "Friedrich Merz", "Keir Starmer"],
        ["Donald Tusk", "Emmanuel Macron", "Friedrich Merz"],
    ]


def test_companion_named_after_a_title_the_parser_split_off(extract):
    ex = extract(
        "Envoy Keith Kellogg sat down with Defence Minister Denys Shmyhal, who was accompanied by "
        "Foreign Minister Andrii Sybiha and Economy Minister Yulia Svyrydenko, in Kyiv on Wednesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Andrii Sybiha", "Denys Shmyhal", "Keith Kellogg", "Yulia Svyrydenko"]


def test_due_or_expected_in_a_city_is_a_planned_visit(extract):
    ex = extract(
        "President Alexander Stubb spoke on Monday. Stubb is due in Berlin on Thursday for talks. "
        "Secretary of State Marco Rubio is expected in Riyadh next week."
    )
    visits = events_of(ex, "visit")
    assert [(names(v), v.location, v.status) for v in visits] == [
        (["Alexander Stubb"], "Berlin", "planned"),
        (["Marco Rubio"], "Riyadh", "planned"),
    ]
    assert str(visits[0].event_date) == "2025-10-23"


def test_due_in_a_city_then_cancelled_and_things_expected_somewhere(extract):
    ex = extract(
        "Prime Minister Keir Starmer was due in Paris on Friday but cancelled the trip. "
        "A decision is expected in Brussels on Friday, Prime Minister Mark Carney said."
    )
    [visit] = events_of(ex, "visit")
    assert (visit.location, visit.status) == ("Paris", "cancelled")


def test_purpose_clause_takes_the_date_and_plan_of_the_trip(extract):
    ex = extract(
        "Foreign Minister Hakan Fidan said he would fly to Madrid on Friday to meet "
        "Foreign Minister José Manuel Albares."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Hakan Fidan", "José Manuel Albares"]
    assert (meeting.status, str(meeting.event_date), meeting.date_precision) == (
        "planned",
        "2025-10-24",
        "day",
    )


def test_meeting_in_where_clause_takes_the_visit_date(extract):
    ex = extract(
        "Foreign Minister Hakan Fidan visited Beirut on Tuesday, where he met President Joseph Aoun."
    )
    [visit] = events_of(ex, "visit")
    [meeting] = events_of(ex, "meeting")
    assert str(visit.event_date) == str(meeting.event_date) == "2025-10-21"


def test_hosted_gathering_takes_the_date_and_plan_of_the_attending_clause(extract):
    ex = extract(
        "On Saturday, Chancellor Friedrich Merz will attend a dinner of Nordic leaders in Oslo "
        "hosted by Prime Minister Jonas Gahr Store."
    )
    [meeting] = events_of(ex, "meeting")
    assert (meeting.status, str(meeting.event_date)) == ("planned", "2025-10-25")


def test_hosted_gathering_without_a_dated_clause_has_no_date(extract):
    ex = extract(
        "Chancellor Friedrich Merz praised a dinner of Nordic leaders hosted by "
        "Prime Minister Jonas Gahr Store."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.date_precision == "article"


def test_later_that_day_takes_the_day_of_the_earlier_event_paragraphs_back(extract):
    ex = extract(
        "President Emmanuel Macron met Prime Minister Mark Carney in Paris on Monday.\n\n"
        "The two leaders discussed trade and defence spending.\n\n"
        "European markets were calm.\n\n"
        "Later that day, Macron spoke by phone with President Volodymyr Zelensky."
    )
    [_, call] = events_of(ex, "meeting")
    assert (call.mode, str(call.event_date), call.date_precision) == ("call", "2025-10-20", "day")


def test_later_that_day_without_an_earlier_dated_event_has_no_date(extract):
    ex = extract(
        "Markets were calm.\n\n"
        "Later that day, President Emmanuel Macron spoke by phone with President Volodymyr Zelensky."
    )
    [call] = events_of(ex, "meeting")
    assert call.date_precision == "article"


def test_later_in_the_week_is_a_week(extract):
    ex = extract(
        "Secretary of State Marco Rubio is expected to meet Foreign Minister Hakan Fidan later in the week, "
        "officials said."
    )
    [meeting] = events_of(ex, "meeting")
    assert (str(meeting.event_date), meeting.date_precision) == ("2025-10-20", "week")


def test_cancelled_visit_planned_for_a_weekday_looks_ahead(extract):
    ex = extract("President Emmanuel Macron postponed a visit to Berlin that had been planned for Friday.")
    [visit] = events_of(ex, "visit")
    assert (visit.status, str(visit.event_date)) == ("cancelled", "2025-10-24")


def test_during_the_trip_takes_the_date_of_the_told_visit(extract):
    story = (
        "Prime Minister Keir Starmer visited Rome last week.\n\nItaly's economy grew.\n\nInflation fell.\n\n"
    )
    ex = extract(story + "During the trip, Starmer met Prime Minister Giorgia Meloni.")
    [meeting] = events_of(ex, "meeting")
    assert (str(meeting.event_date), meeting.date_precision) == ("2025-10-13", "week")


def test_an_indefinite_occasion_does_not_borrow_a_date(extract):
    story = (
        "Prime Minister Keir Starmer visited Rome last week.\n\nItaly's economy grew.\n\nInflation fell.\n\n"
    )
    ex = extract(story + "At a summit in Vienna, Starmer met Prime Minister Giorgia Meloni.")
    [meeting] = events_of(ex, "meeting")
    assert meeting.date_precision == "article"


def test_ceasefire_proposed_at_the_talks_takes_the_date_of_the_talks(extract):
    ex = extract(
        "Foreign Minister Hakan Fidan held talks with Foreign Minister Sergei Lavrov in Cairo on Sunday.\n\n"
        "Oil prices rose.\n\nMarkets fell.\n\n"
        "Russia proposed a ceasefire in Ukraine at the talks, a source said."
    )
    proposed = [e for e in events_of(ex, "ceasefire") if e.milestone == "proposed"]
    assert [str(e.event_date) for e in proposed] == ["2025-10-19"]


def test_conjoined_clause_prefers_its_own_date(extract):
    ex = extract(
        "The truce in Gaza took effect on Jan. 19, but its second phase ended at the end of March.",
        published="2025-04-10",
    )
    dates = {e.milestone: (str(e.event_date), e.date_precision) for e in events_of(ex, "ceasefire")}
    assert dates["took_effect"] == ("2025-01-19", "day")
    assert dates["ended"] == ("2025-03-01", "month")


def test_undated_meetings_carry_the_story_day_paragraph_by_paragraph(extract):
    ex = extract(
        "President Emmanuel Macron met Prime Minister Mark Carney in Paris on Monday.\n\n"
        "Later, Carney met President Alexander Stubb.\n\n"
        "Carney then met Chancellor Friedrich Merz."
    )
    assert [str(e.event_date) for e in events_of(ex, "meeting")] == ["2025-10-20"] * 3


def test_name_after_a_comma_fills_a_title_in_the_with_phrase(extract):
    ex = extract(
        "Prime Minister Mark Carney held talks on Tuesday with Foreign Minister Anita Anand and "
        "the country's ambassador to Washington, Kirsten Hillman, in Ottawa."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anita Anand", "Kirsten Hillman", "Mark Carney"]


def test_name_after_a_comma_that_is_a_subject_is_not_the_title(extract):
    ex = extract("Chancellor Friedrich Merz met the defence minister, Boris Pistorius said on Friday.")
    assert events_of(ex, "meeting") == []


def test_host_named_after_the_title_of_a_meeting_between_two_leaders(extract):
    ex = extract(
        "The accord follows a meeting in Abu Dhabi in May between Armenian Prime Minister Nikol "
        "Pashinyan and Azerbaijani President Ilham Aliyev, hosted by the UAE's president, "
        "Sheikh Mohamed bin Zayed Al Nahyan."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Ilham Aliyev", "Mohamed bin Zayed Al Nahyan", "Nikol Pashinyan"]


def test_people_leading_the_sides_replace_the_sides_of_earlier_talks(extract):
    ex = extract(
        "Talks between Armenian and Azerbaijani officials took place in Abu Dhabi on Monday. "
        "The Armenian team was led by Foreign Minister Ararat Mirzoyan, while the Azerbaijani "
        "side was headed by Foreign Minister Jeyhun Bayramov."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Ararat Mirzoyan", "Jeyhun Bayramov"]


def test_delegation_stays_a_participant_beside_the_people_leading_it(extract):
    ex = extract(
        "Israeli and Lebanese delegations met in Naqoura on Wednesday. The Lebanese delegation "
        "was led by retired general Simon Karam, accompanied by diplomat Nawaf Hamadeh."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Israeli delegation", "Lebanese delegation", "Nawaf Hamadeh", "Simon Karam"]


def test_a_side_of_no_earlier_meeting_adds_nobody(extract):
    ex = extract(
        "Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Monday. "
        "The Egyptian team was led by coach Hossam Hassan."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Emmanuel Macron", "Keir Starmer"]


def test_the_leaders_of_two_named_countries_are_no_groups(extract):
    ex = extract("It was the first conversation between the U.S. and Chinese leaders this year.")
    assert events_of(ex, "meeting") == []


def test_the_two_ministers_are_the_two_people_last_named_together(extract):
    ex = extract(
        "Foreign Minister Penny Wong and her Japanese counterpart Takeshi Iwaya signed a pact in "
        "Canberra on Monday. Later that day, Prime Minister Anthony Albanese received the two "
        "ministers at Parliament House."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Anthony Albanese", "Penny Wong", "Takeshi Iwaya"]


def test_they_after_the_two_men_stands_for_both(extract):
    ex = extract(
        "US envoy Steve Witkoff and Jared Kushner landed in Cairo on Monday. The two men drove to "
        "the presidential palace, where they held talks with President Abdel Fattah al-Sisi."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Abdel Fattah al-Sisi", "Jared Kushner", "Steve Witkoff"]


def test_the_two_leaders_after_three_names_stays_unresolved(extract):
    ex = extract(
        "President Emmanuel Macron, Chancellor Friedrich Merz and Prime Minister Keir Starmer "
        "signed a declaration on Monday. President Donald Trump later received the two leaders."
    )
    assert events_of(ex, "meeting") == []


def test_the_two_ministers_do_not_resolve_to_people_with_other_titles(extract):
    ex = extract(
        "President Emmanuel Macron and Chancellor Friedrich Merz arrived in Kyiv on Saturday. "
        "Prime Minister Yulia Svyrydenko met the two ministers."
    )
    assert events_of(ex, "meeting") == []


def test_meeting_put_on_hold_is_cancelled(extract):
    ex = extract(
        "A planned meeting between Foreign Minister Sergei Lavrov and Secretary of State Marco "
        "Rubio was put on hold."
    )
    [meeting] = events_of(ex, "meeting")
    assert meeting.status == "cancelled"


def test_group_a_summit_is_made_of_takes_part(extract):
    ex = extract(
        "Chancellor Friedrich Merz attended a meeting of NATO defence ministers in Brussels on Tuesday."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Friedrich Merz", "NATO defence ministers"]
    assert meeting.status == "occurred"


def test_an_of_phrase_that_names_no_group_adds_nobody(extract):
    ex = extract(
        "President Emmanuel Macron attended a meeting of the General Assembly on Tuesday. "
        "Prime Minister Keir Starmer praised the summit of the Americas on Monday."
    )
    assert events_of(ex, "meeting") == []


def test_due_somewhere_for_a_summit_today_is_planned(extract):
    ex = extract(
        "Prime Minister Mark Carney is due in Brussels on Wednesday for a summit of European leaders."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["European leaders", "Mark Carney"]
    assert (meeting.status, str(meeting.event_date)) == ("planned", "2025-10-22")


def test_two_named_officers_speaking_over_the_hotline_is_a_call(extract):
    ex = extract("The two envoys, Steve Witkoff and Kirill Dmitriev, spoke over the hotline on Monday.")
    [call] = events_of(ex, "meeting")
    assert names(call) == ["Kirill Dmitriev", "Steve Witkoff"]
    assert (call.mode, str(call.event_date)) == ("call", "2025-10-20")


def test_will_talk_again_on_a_date_is_a_planned_meeting_on_that_date(extract):
    ex = extract("Chancellor Friedrich Merz and President Emmanuel Macron will talk again on Friday.")
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Emmanuel Macron", "Friedrich Merz"]
    assert (meeting.status, str(meeting.event_date)) == ("planned", "2025-10-24")


def test_two_people_who_spoke_somewhere_did_not_meet(extract):
    ex = extract("Chancellor Friedrich Merz and President Emmanuel Macron spoke in Munich on Saturday.")
    assert events_of(ex, "meeting") == []


def test_separate_talks_with_two_people_are_two_meetings(extract):
    ex = extract(
        "Envoy Steve Witkoff held separate talks on Tuesday with Prime Minister Mohammed Shia "
        "al-Sudani and Speaker Mahmoud al-Mashhadani in Baghdad."
    )
    meetings = events_of(ex, "meeting")
    assert sorted(names(m) for m in meetings) == [
        ["Mahmoud al-Mashhadani", "Steve Witkoff"],
        ["Mohammed Shia al-Sudani", "Steve Witkoff"],
    ]


def test_joint_talks_with_two_people_stay_one_meeting(extract):
    ex = extract(
        "Envoy Steve Witkoff held talks on Tuesday with Prime Minister Mohammed Shia al-Sudani "
        "and Speaker Mahmoud al-Mashhadani in Baghdad."
    )
    [meeting] = events_of(ex, "meeting")
    assert names(meeting) == ["Mahmoud al-Mashhadani", "Mohammed Shia al-Sudani", "Steve Witkoff"]


def test_every_rule_constant_is_defined_once():
    """Two definitions of one name in rules.py silently let the later one win for every rule."""
    import ast
    import collections
    from pathlib import Path

    from ingest import rules

    tree = ast.parse(Path(rules.__file__).read_text(encoding="utf-8"))
    names = [t.id for node in tree.body if isinstance(node, ast.Assign | ast.AnnAssign)
             for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
             if isinstance(t, ast.Name)]  # fmt: skip
    assert [n for n, c in collections.Counter(names).items() if c > 1] == []
