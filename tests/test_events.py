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
    assert names(meeting) == ["Russian delegations", "Ukrainian delegations"]
    assert meeting.location == "Istanbul"


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
