"""Rules found on the eighteenth pool (17c, 17d), read for classes after the pool was measured
(`ingest/actors`, `ingest/events`), each on sentences written for these tests, with the near
misses each rule must leave alone."""

from tests.test_unscored_pool6 import visits_of
from tests.test_unscored_pool7 import meetings_of


def ceasefires_of(ex) -> list[tuple[str, str]]:
    return [(e.milestone, e.status) for e in ex.events if e.event_type == "ceasefire"]


def people_of(ex) -> set[str]:
    return {a.canonical_name for a in ex.actors if a.kind == "person"}


def meeting_with(ex, name: str):
    return [
        m
        for m in ex.events
        if m.event_type == "meeting" and any(p.actor.canonical_name == name for p in m.participants)
    ]


def test_a_name_in_the_possessive_before_another_persons_name_is_no_side(extract):
    ex = extract(
        "President Lula held talks in Brasilia on Monday with the envoy Rick Grenell and Joe Biden's "
        "former adviser Jake Sullivan.",
        published="2025-12-03",
    )
    assert not meeting_with(ex, "Joe Biden")
    assert any("Jake Sullivan" in names for names in meetings_of(ex))


def test_the_talks_included_names_more_participants_of_the_meeting_told_before(extract):
    ex = extract(
        "Vladimir Putin held a long meeting in the Kremlin with US envoy Steve Witkoff on Tuesday. The "
        "talks began in the afternoon and included, on the Russian side, presidential aide Yuri Ushakov "
        "and investment envoy Kirill Dmitriev.",
        published="2025-12-03",
    )
    assert ["Kirill Dmitriev", "Steve Witkoff", "Vladimir Putin", "Yury Ushakov"] in meetings_of(ex)


def test_what_the_talks_included_that_is_no_person_adds_no_one(extract):
    ex = extract(
        "Vladimir Putin met Steve Witkoff in Moscow on Tuesday. The talks included a plan drafted by "
        "Jared Kushner and a message from Donald Trump.",
        published="2025-12-03",
    )
    assert meetings_of(ex) == [["Steve Witkoff", "Vladimir Putin"]]


def test_a_summit_that_only_places_a_trip_in_time_is_no_meeting_of_the_traveller(extract):
    ex = extract(
        "Steve Witkoff arrived in Moscow on Tuesday, following his previous trip in August ahead of the "
        "summit in Alaska.",
        published="2025-12-03",
    )
    assert meetings_of(ex) == []


def test_after_a_meeting_its_two_speakers_still_met(extract):
    ex = extract(
        "After a three-hour meeting on Monday in Jerusalem, both Antony Blinken and Prime Minister "
        "Benjamin Netanyahu said progress had been made.",
        published="2023-10-17",
    )
    assert ["Antony Blinken", "Benjamin Netanyahu"] in meetings_of(ex)


def test_a_nickname_in_quotes_is_part_of_the_name(extract):
    ex = extract(
        'Brazilian President Luis Inácio "Lula" Da Silva arrived in Beijing on Wednesday. Da Silva met '
        "Xi Jinping on Friday.",
        published="2023-04-14",
    )
    assert "Da Silva" not in people_of(ex)
    assert len(meetings_of(ex)) == 1 and len(meetings_of(ex)[0]) == 2


def test_a_headlines_nationality_is_no_person(extract):
    ex = extract(
        "Top Azerbaijani, Armenian diplomats hold talks in Washington\n\n"
        "Jeyhun Bayramov and Ararat Mirzoyan met in Washington on Monday.",
        published="2022-11-08",
    )
    assert not any(name.startswith("Top") for name in people_of(ex))


def test_a_call_for_one_side_to_agree_to_a_truce_is_no_agreement(extract):
    ex = extract(
        "European leaders arrived in Kyiv as calls grew for Russia to agree to a 30-day ceasefire.",
        published="2025-05-10",
    )
    assert ("agreed", "occurred") not in ceasefires_of(ex)


def test_talks_a_truce_is_meant_to_open_are_not_talks_held(extract):
    ex = extract(
        "The leaders pressed Moscow to accept a 30-day ceasefire to allow for peace talks.",
        published="2025-05-10",
    )
    assert all(milestone != "talks" for milestone, _ in ceasefires_of(ex))
    held = extract("Negotiators held talks on the ceasefire in Cairo on Monday.", published="2025-05-10")
    assert ("talks", "occurred") in ceasefires_of(held)


def test_a_city_the_parser_hangs_on_the_weekday_is_the_place_arrived_in(extract):
    ex = extract(
        "Macron, Merz, Tusk and Starmer arrived in Kyiv Saturday for talks with Volodymyr Zelensky.",
        published="2025-05-10",
    )
    assert {place for _, place in visits_of(ex)} == {"Kyiv"}


def test_travellers_told_as_a_group_then_by_name_made_one_trip(extract):
    ex = extract(
        "The leaders of four European countries arrived in Kyiv on Saturday. French President Emmanuel "
        "Macron, German Chancellor Friedrich Merz, Polish Prime Minister Donald Tusk and British Prime "
        "Minister Keir Starmer arrived in Kyiv on Saturday by train.",
        published="2025-05-10",
    )
    assert len(visits_of(ex)) == 1
    other = extract(
        "Ukrainian officials arrived in Riyadh on Monday. Marco Rubio and Mike Waltz arrived in Riyadh on "
        "Monday.",
        published="2025-03-11",
    )
    assert len(visits_of(other)) == 2  # a group of another country is another trip


def test_fighting_that_goes_on_into_the_truce_violates_it(extract):
    ex = extract(
        "Two hours into the ceasefire, an official said Russian forces were continuing to open fire on "
        "Ukrainian positions.",
        published="2025-04-19",
    )
    assert [m for m, _ in ceasefires_of(ex)] == ["violated"]
    calm = extract(
        "Two days into the truce, aid convoys continued to arrive in Gaza.", published="2025-04-19"
    )
    assert ceasefires_of(calm) == []


def test_an_order_that_fighting_stop_puts_a_truce_into_effect(extract):
    ex = extract("Putin ordered fighting to stop from 6 p.m. on Saturday.", published="2025-04-19")
    assert [m for m, _ in ceasefires_of(ex)] == ["took_effect"]
    assert ceasefires_of(extract("The commander ordered fighting to continue.", published="2025-04-19")) == []


def test_a_general_staff_is_no_person_and_telling_at_a_meeting_is_in_person(extract):
    ex = extract(
        "Vladimir Putin told Valery Gerasimov, Chief of Russia's General Staff, at a meeting on Saturday "
        "that the truce would begin at once.",
        published="2025-04-19",
    )
    assert not any("Staff" in name for name in people_of(ex))
    meeting = meeting_with(ex, "Valery Gerasimov")
    assert [m.mode for m in meeting] == ["in_person"]


def test_a_minister_in_whose_presence_talks_began_took_part(extract):
    ex = extract(
        "Russian and Ukrainian delegations met in Istanbul on Friday. The talks began at 13:30 in the "
        "presence of Turkish Foreign Minister Hakan Fidan.",
        published="2025-05-16",
    )
    assert any("Hakan Fidan" in names for names in meetings_of(ex))


def test_a_headline_infinitive_tells_a_plan(extract):
    ex = extract("Macron to meet Xi in Beijing", published="2025-08-17")
    assert [m.status for m in ex.events if m.event_type == "meeting"] == ["planned"]
    done = extract("Macron met Xi in Beijing to discuss trade.", published="2025-08-17")
    assert [m.status for m in done.events if m.event_type == "meeting"] == ["occurred"]


def test_a_social_media_handle_with_a_persons_surname_is_that_person(extract):
    ex = extract(
        'Ursula von der Leyen spoke with Volodymyr Zelensky. She wrote: "This afternoon, I will welcome '
        '@ZelenskyyUa in Brussels."',
        published="2025-08-17",
    )
    assert (["Volodymyr Zelensky"], "Brussels") in visits_of(ex)


def test_the_presidents_of_two_countries_are_the_two_the_article_named(extract):
    ex = extract(
        "Felix Tshisekedi and Paul Kagame met in Doha on Tuesday. The presidents of Rwanda and DRC then "
        "held talks again on Wednesday.",
        published="2025-03-20",
    )
    assert all(len(names) == 2 and "Paul Kagame" in names for names in meetings_of(ex))


def test_a_farewell_at_the_airport_is_a_meeting_with_the_delegations_head(extract):
    ex = extract(
        "The plane carrying Xi Jinping and his delegation left the airport at 10am. Prime Minister Anwar "
        "Ibrahim bade farewell to the delegation at the airport.",
        published="2025-04-17",
    )
    assert ["Anwar Ibrahim", "Xi Jinping"] in meetings_of(ex)
    crowd = extract("Crowds bade farewell to the pope.", published="2025-04-17")
    assert meetings_of(crowd) == []


def test_a_capital_standing_for_its_government_is_no_person(extract):
    ex = extract(
        "Keith Kellogg will be responsible for talks with Kiev, the US president said.",
        published="2025-03-17",
    )
    assert all("Kiev" not in names for names in meetings_of(ex))


def test_the_russians_named_as_a_side_are_the_russian_delegation(extract):
    ex = extract(
        "Dan Driscoll arrived in Abu Dhabi on Monday. Driscoll and the Russians began talks on Monday "
        "evening.",
        published="2025-11-25",
    )
    assert ["Dan Driscoll", "Russian delegation"] in meetings_of(ex)


def test_a_couple_named_together_is_not_the_two_who_met(extract):
    ex = extract(
        "President Donald Trump and his wife Melania Trump attended the funeral in Rome on Saturday. "
        "Before the service, Trump had a brief meeting with Volodymyr Zelensky. The two leaders "
        "discussed a ceasefire.",
        published="2025-04-26",
    )
    assert ["Donald Trump", "Melania Trump"] not in meetings_of(ex)


def test_a_second_visit_tells_of_an_earlier_one_with_no_day(extract):
    ex = extract(
        "Xi Jinping arrived in Phnom Penh on Thursday for a state visit to Cambodia, his second visit to "
        "the country in nine years.",
        published="2025-04-17",
    )
    earlier = [v for v in ex.events if v.event_type == "visit" and v.earlier]
    assert [(v.location, v.event_date) for v in earlier] == [("Cambodia", None)]
    assert "Phnom Penh, Cambodia" in {
        v.location for v in ex.events if v.event_type == "visit" and not v.earlier
    }


def test_a_last_visit_keeps_its_own_month_and_the_country_of_the_trip_told(extract):
    ex = extract(
        "US envoy Morgan Ortagus arrived in Beirut on Friday. Her last visit was in February.",
        published="2025-04-05",
    )
    earlier = [(v.location, v.event_date.isoformat(), v.date_precision) for v in ex.events if v.earlier]
    assert earlier == [("Lebanon", "2025-02-01", "month")]


def test_a_first_visit_tells_of_no_earlier_one(extract):
    ex = extract(
        "Narendra Modi arrived in Tokyo on Friday on his first visit to Japan since 2018.",
        published="2025-04-17",
    )
    assert not any(v.earlier for v in ex.events)


def test_a_call_held_with_someone_names_its_counterpart_on_the_participle(extract):
    ex = extract(
        "Mexican President Claudia Sheinbaum revealed details of a call held with Donald Trump on Wednesday.",
        published="2024-11-28",
    )
    calls = [m for m in ex.events if m.event_type == "meeting" and m.mode == "call"]
    assert meetings_of(ex) == [["Claudia Sheinbaum", "Donald Trump"]] and len(calls) == 1


def test_the_ministers_right_after_two_named_ministers_are_those_two(extract):
    ex = extract(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and his Armenian counterpart Ararat Mirzoyan met in "
        "Washington on Monday. The ministers also had a joint meeting with Secretary of State Antony "
        "Blinken.",
        published="2022-11-08",
    )
    assert any("Antony Blinken" in names and "Ararat Mirzoyan" in names for names in meetings_of(ex))
    untitled = extract(
        "EU foreign ministers gathered in Brussels on Monday. Josep Borrell and Kaja Kallas spoke first. "
        "The ministers then met Ukraine's Dmytro Kuleba.",
        published="2022-11-08",
    )
    assert ["Dmytro Kuleba", "Josep Borrell", "Kaja Kallas"] not in meetings_of(untitled)


# Guards from the review: each sentence below misfired on a first version of these rules.


def test_talks_a_trip_is_for_keep_the_trips_day_and_status(extract):
    future = extract(
        "Zelensky will fly to Washington on Monday for a meeting with Trump.", published="2025-06-11"
    )
    assert [(m.status, str(m.event_date)) for m in future.events if m.event_type == "meeting"] == [
        ("planned", "2025-06-16")
    ]
    past = extract(
        "Last month, Narendra Modi travelled to China for talks with Xi Jinping.", published="2025-06-11"
    )
    assert [m.status for m in past.events if m.event_type == "meeting"] == ["occurred"]
    ended = extract(
        "Abbas Araghchi arrived in Muscat on Saturday for indirect talks with Steve Witkoff, which ended "
        "after three hours.",
        published="2025-06-11",
    )
    assert [m.status for m in ended.events if m.event_type == "meeting"] == ["occurred"]


def test_talks_told_with_their_own_place_or_day_are_not_the_meeting_just_told(extract):
    ex = extract(
        "Vladimir Putin met Steve Witkoff in Moscow on Tuesday. Last week's talks in Istanbul included "
        "Rustem Umerov and Vladimir Medinsky.",
        published="2025-06-11",
    )
    assert ["Steve Witkoff", "Vladimir Putin"] in meetings_of(ex)
    assert not any("Rustem Umerov" in names and "Vladimir Putin" in names for names in meetings_of(ex))


def test_a_group_of_other_officials_arriving_the_same_day_is_another_trip(extract):
    ex = extract(
        "European officials arrived in Kyiv on Monday. Marco Rubio and Steve Witkoff arrived in Kyiv on "
        "Monday.",
        published="2025-06-11",
    )
    assert len(visits_of(ex)) == 2


def test_the_russians_arriving_in_armoured_columns_are_no_delegation(extract):
    ex = extract(
        "The Russians arrived in Kupiansk in armoured columns on Monday, Ukrainian officials said.",
        published="2025-06-11",
    )
    assert visits_of(ex) == []


def test_a_last_visit_as_president_or_a_visit_by_others_is_no_earlier_visit(extract):
    final = extract(
        "Joe Biden arrived in Berlin on Friday on his last visit to Germany as president.",
        published="2025-06-11",
    )
    others = extract(
        "Xi Jinping landed in Moscow on Monday, the third visit by a foreign leader this month.",
        published="2025-06-11",
    )
    assert not any(e.earlier for e in final.events + others.events)


def test_an_earlier_trip_told_as_such_is_one_visit_marked_earlier(extract):
    ex = extract(
        "Erdogan's earlier trip to Moscow had ended without a deal. Recep Tayyip Erdogan arrived in Sochi on "
        "Monday.",
        published="2025-06-11",
    )
    moscow = [v for v in ex.events if v.event_type == "visit" and v.location == "Moscow"]
    assert len(moscow) == 1 and moscow[0].earlier and moscow[0].event_date is None


def test_a_for_clause_of_fact_still_agrees_a_truce(extract):
    ex = extract(
        "It was the first time since 2022 for Russia and Ukraine to agree to a ceasefire.",
        published="2025-06-11",
    )
    assert [m for m, _ in ceasefires_of(ex)] == ["agreed"]
    entered = extract(
        "Russia kept shelling Kharkiv on Tuesday, a day after Putin rejected calls to enter into a 30-day "
        "ceasefire.",
        published="2025-06-11",
    )
    assert "violated" not in [m for m, _ in ceasefires_of(entered)]


def test_a_relatives_handle_and_a_video_link_stay_what_they_were(extract):
    ex = extract(
        "Shehbaz Sharif met Wang Yi in Islamabad on Monday. Punjab Chief Minister @MaryamNSharif received "
        "the Chinese minister in Lahore on Tuesday.",
        published="2025-06-11",
    )
    assert ["Shehbaz Sharif", "Wang Yi"] in meetings_of(ex) and len(meetings_of(ex)) == 1
    video = extract("Emmanuel Macron spoke with Volodymyr Zelensky during talks by video link on Thursday.")
    assert [m.mode for m in video.events if m.event_type == "meeting"] == ["call"]


def test_a_pair_one_of_whom_is_someones_relative_is_still_the_two(extract):
    ex = extract(
        "Steve Witkoff and Jared Kushner, the president's son-in-law, met Netanyahu in Jerusalem on Monday. "
        "The two envoys then flew to Cairo.",
        published="2025-06-11",
    )
    assert (["Jared Kushner", "Steve Witkoff"], "Cairo") in visits_of(ex)


def test_one_named_among_the_leaders_who_attended_is_the_visitor(extract):
    ex = extract(
        "US President Donald Trump was among the world leaders who attended the funeral of Pope Francis in "
        "Vatican City on Saturday.",
        published="2025-04-27",
    )
    assert (["Donald Trump"], "Vatican City") in visits_of(ex)


def test_officials_a_country_sent_abroad_are_its_officials_visit(extract):
    ex = extract("Ukraine sent senior officials to Geneva on Sunday for talks.", published="2025-11-25")
    assert (["Ukrainian senior officials"], "Geneva") in visits_of(ex)


def test_a_visit_before_this_one_takes_none_of_this_trips_companions(extract):
    ex = extract(
        "Chinese President Xi Jinping arrived in Hanoi on Monday, his second visit to Vietnam in two years. "
        "He was accompanied by Foreign Minister Wang Yi and Cai Qi.",
        published="2025-04-14",
    )
    earlier = [v for v in ex.events if v.event_type == "visit" and v.earlier]
    assert [sorted(p.actor.canonical_name for p in v.participants) for v in earlier] == [["Xi Jinping"]]


def test_late_review_guards_spokesmen_negation_senders_and_ambiguous_ministers(extract):
    spokesman = extract(
        "Kremlin spokesman Dmitry Peskov gave details of a call held with US President Donald Trump on "
        "Wednesday.",
        published="2025-06-11",
    )
    assert meetings_of(spokesman) == []
    absent = extract(
        "French President Emmanuel Macron was not among the leaders who attended the funeral in Rome on "
        "Saturday.",
        published="2025-06-11",
    )
    assert visits_of(absent) == []
    assert visits_of(extract("Hamas sent officials to Cairo on Sunday.", published="2025-06-11")) == []
    three = extract(
        "US Secretary of State Marco Rubio met Ukrainian Foreign Minister Andrii Sybiha and Saudi Foreign "
        "Minister Prince Faisal bin Farhan in Jeddah on Tuesday. The ministers then travelled to Riyadh.",
        published="2025-06-11",
    )
    assert (["Andrii Sybiha"], "Riyadh") not in visits_of(three)
    gathered = extract(
        "Ukrainian Foreign Minister Andrii Sybiha spoke with Polish Foreign Minister Radoslaw Sikorski by "
        "phone on Monday. The ministers gathered in Brussels on Thursday for a NATO meeting.",
        published="2025-06-11",
    )
    assert [m.mode for m in gathered.events if m.event_type == "meeting"] == ["call"]
