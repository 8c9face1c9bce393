"""Ceasefire milestones told in other words, on sentences written for these tests."""

import pytest


def milestones(extraction):
    return sorted(e.milestone for e in extraction.events if e.event_type == "ceasefire")


def milestone(extraction, name):
    [event] = [e for e in extraction.events if e.event_type == "ceasefire" and e.milestone == name]
    return event


@pytest.mark.parametrize(
    "text",
    [
        "The two armies agreed on Monday to halt all fighting along the frontier.",
        "Rebel commanders agreed to a halt to attacks on the capital's power stations.",
        "Both governments signed a cessation of hostilities in Nairobi on Monday.",
        "The warring parties agreed to stop all firing across the disputed border.",
        "Kinshasa and the rebels agreed to a moratorium on airstrikes in the east.",
    ],
)
def test_a_halt_of_combat_is_a_truce(extract, text):
    assert milestones(extract(text)) == ["agreed"]


@pytest.mark.parametrize(
    "text",
    [
        "The utility agreed to halt work on the new dam.",
        "Officials agreed to stop the sale of the state airline.",
    ],
)
def test_a_halt_of_something_else_is_no_truce(extract, text):
    assert milestones(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Armenia and Azerbaijan agreed on Friday to a truce from 8 a.m. on Saturday.",
            "2025-10-25",
            "planned",
        ),
        (
            "The rival factions have agreed to a ceasefire starting tomorrow, mediators said.",
            "2025-10-23",
            "planned",
        ),
        ("The army said it would halt military operations from Monday.", "2025-10-20", "occurred"),
        ("Both sides agreed to a ceasefire from midnight, the mediator said.", "None", "planned"),
    ],
)
def test_a_start_time_makes_the_truce_take_effect(extract, text, date, status):
    took_effect = milestone(extract(text), "took_effect")
    assert (str(took_effect.event_date), took_effect.status) == (date, status)


def test_the_agreed_day_is_the_statement_not_the_start(extract):
    ex = extract(
        "The mediator announced on Monday that both sides had agreed to a ceasefire starting on Wednesday."
    )
    assert str(milestone(ex, "agreed").event_date) == "2025-10-20"
    assert str(milestone(ex, "took_effect").event_date) == "2025-10-22"


def test_a_proposed_truce_with_a_start_time_does_not_take_effect(extract):
    ex = extract("The patriarch suggested a truce from noon on Friday until Sunday.")
    assert milestones(ex) == ["proposed"]


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered the army to observe a truce for the holiday weekend.",
        "The general instructed his troops to implement the ceasefire at once.",
        "The junta directed all units to stop firing in the quake zone.",
    ],
)
def test_an_order_to_forces_puts_the_truce_into_effect(extract, text):
    assert "took_effect" in milestones(extract(text))


def test_an_order_to_hold_a_new_truce_also_declares_it(extract):
    ex = extract("The president on Thursday ordered the army to hold a 36-hour truce this weekend.")
    assert milestones(ex) == ["agreed", "took_effect"]
    assert str(milestone(ex, "agreed").event_date) == "2025-10-16"


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they would halt attacks on the capital for two weeks.",
        "The militia announced that it would observe a unilateral ceasefire for Ramadan.",
        "The government vowed that it would stop its offensive in the north.",
    ],
)
def test_a_pledge_to_stop_fighting_is_agreed(extract, text):
    ex = extract(text)
    assert milestones(ex) == ["agreed"]
    assert milestone(ex, "agreed").status == "occurred"


def test_a_demand_that_someone_stop_fighting_is_no_pledge(extract):
    ex = extract("The envoy asked for guarantees that the army would stop its attacks on the camps.")
    assert milestones(ex) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv accepted a US proposal for a 30-day ceasefire on Tuesday.",
        "The Kremlin responded positively to the US proposal for both sides to suspend attacks.",
        "Hamas said it accepts the ceasefire proposal put forward by the mediators.",
        "Israel has agreed to the Egyptian proposal for a truce, officials said.",
    ],
)
def test_one_side_accepting_a_proposal_is_the_proposal(extract, text):
    assert milestones(extract(text)) == ["proposed"]


def test_a_truce_agreed_during_a_call_is_agreed(extract):
    ex = extract("The truce was agreed during a phone call between the two army chiefs on Saturday.")
    assert milestones(ex) == ["agreed"]


def test_all_parties_accepting_a_proposal_is_a_deal(extract):
    ex = extract("Both sides accepted the UN proposal for a two-month truce on Friday.")
    assert "agreed" in milestones(ex)


@pytest.mark.parametrize(
    "text",
    [
        "Regional powers are working to broker a ceasefire in the east.",
        "Talks will review the possibility of reaching a truce in the south.",
        "Critics fear he will force Kyiv to accept a ceasefire on Moscow's terms.",
        "The US is mediating between the two capitals to reach a ceasefire deal.",
    ],
)
def test_an_aim_at_a_truce_is_no_deal(extract, text):
    assert "agreed" not in milestones(extract(text))


def test_the_truce_told_in_a_subordinate_clause_is_not_what_the_main_verb_states(extract):
    ex = extract("As the truce came to an end on Friday, the army announced that strikes had resumed.")
    assert milestones(ex) == ["ended"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The truce came to an end on Friday morning.", "ended"),
        ("The ceasefire broke down on Tuesday after a rocket attack.", "collapsed"),
        ("The army kept shelling the town despite the truce.", "violated"),
        ("Militias pounded the suburbs despite the ceasefire announced on Sunday.", "violated"),
        ("The president declared the truce in effect across the country.", "took_effect"),
        ("The ceasefire will be put in place at midnight, the minister said.", "took_effect"),
        ("The guns fell silent at 11 a.m. on Monday.", "took_effect"),
        ("Fighting will end at 4 a.m. on Friday under the deal.", "took_effect"),
        ("The army said the rebels violated the humanitarian pause on Sunday.", "violated"),
    ],
)
def test_milestones_in_other_words(extract, text, name):
    assert name in milestones(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mediators proposed a truce to end the war in the north.",
        "The deal calls for a two-month halt to fighting and a withdrawal of troops.",
        "The ministers will discuss peacekeeping after any ceasefire in the east.",
    ],
)
def test_what_a_truce_is_for_or_provides_is_no_milestone(extract, text):
    found = milestones(extract(text))
    assert "ended" not in found and "took_effect" not in found and "talks" not in found
    assert "proposed" not in found or text.startswith("Mediators")


def test_counted_violations_beside_a_truce_are_a_violation(extract):
    ex = extract("Officials called the holiday truce a sham, pointing to some 400 violations by the militia.")
    assert milestones(ex) == ["violated"]
    ex = extract("The holiday truce sets up a hotline for reporting violations.")
    assert "violated" not in milestones(ex)


def test_talks_on_a_phase_someone_urged_to_start_are_planned_talks(extract):
    ex = extract("The militia urged the quick start of negotiations on the third phase of the truce.")
    [talks] = [e for e in ex.events if e.milestone == "talks"]
    assert (talks.phase, talks.status) == (3, "planned")


@pytest.mark.parametrize(
    "text",
    [
        "The two sides failed to reach an agreement to extend the holiday truce, the envoy said.",
        "The junta failed to renew the ceasefire when it ran out.",
    ],
)
def test_a_truce_nobody_extended_has_ended(extract, text):
    ex = extract(text)
    assert milestones(ex) == ["ended"]
    assert milestone(ex, "ended").status == "occurred"
    assert milestones(extract("Both sides agreed to extend the holiday truce by a month.")) != ["ended"]
    held = extract("The truce has largely held, although it has never been formally renewed.")
    assert "ended" not in milestones(held)


def test_a_call_for_something_else_beside_a_truce_proposes_no_truce(extract):
    ex = extract(
        "On Friday the minister said the rebels were breaking the holiday truce, and called for "
        "new sanctions against their leaders."
    )
    assert milestones(ex) == ["violated"]
    assert milestones(extract("The minister called on Friday for a truce over the holidays.")) == ["proposed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The border truce failed to hold, and shelling resumed on Sunday.", ["collapsed"]),
        ("The holiday ceasefire did not hold for long.", ["collapsed"]),
        ("If the truce does not hold, the talks will end.", []),
        ("The truce in the north is holding, officials said.", []),
    ],
)
def test_a_truce_that_failed_to_hold_collapsed(extract, text, expected):
    assert milestones(extract(text)) == expected


def test_a_ceasefire_meeting_is_talks_on_the_ceasefire(extract):
    ex = extract(
        "The ceasefire meeting between the two army chiefs was held at the border post on Tuesday, "
        "a week after a meeting of their foreign ministers."
    )
    assert milestones(ex) == ["talks"]


def test_a_discussion_of_a_truce_is_talks_on_it(extract):
    ex = extract("The delegation leaves for Doha on Friday, and the discussion of a truce is on its agenda.")
    assert milestones(ex) == ["talks"]


def test_talks_taking_place_do_not_take_effect(extract):
    ex = extract("Talks on a ceasefire in Gaza took place in Doha on Monday.")
    assert milestones(ex) == ["talks"]


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker signed a truce with its rivals to end a bruising price war.",
        "Washington and Beijing agreed to extend their trade truce by 90 days.",
    ],
)
def test_truces_in_business_are_no_ceasefire(extract, text):
    assert milestones(extract(text)) == []


def test_an_unnamed_conflict_is_the_one_the_story_told_of(extract):
    ex = extract(
        "Israel and Iran agreed to a ceasefire on Monday.\n\n"
        "Delegates at a summit in Moscow said on Tuesday that the truce remains in effect."
    )
    assert {e.conflict for e in ex.events if e.event_type == "ceasefire"} == {"Israel-Iran"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Both armies executed an immediate and unconditional ceasefire on Monday.", "took_effect"),
        ("The rebels implemented a truce in the northern provinces on Sunday.", "took_effect"),
        ("Families returned to their villages on Wednesday as a ceasefire took hold.", "took_effect"),
        ("The envoys reaffirmed their support for a ceasefire as agreed at the summit.", "agreed"),
        ("The militia accepted, in principle, a mediator-proposed truce in the south.", "proposed"),
        ("The chancellor urged Moscow on Tuesday to work toward a quick ceasefire.", "proposed"),
    ],
)
def test_more_milestones_in_other_words(extract, text, name):
    assert milestones(extract(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "The UN urged both sides to respect the truce in the east.",
        "The group urged the immediate start of talks on a ceasefire in Gaza.",
        "It is vital that the ceasefire be implemented as soon as possible.",
        "Engineers solved problems related to implementing the partial ceasefire.",
        "Both envoys played key roles in negotiating the ceasefire last year.",
    ],
)
def test_wishes_calls_and_roles_are_not_these_milestones(extract, text):
    found = milestones(extract(text))
    assert "proposed" not in found and "took_effect" not in found and "talks" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Tuesday it was ready to accept a US proposal for a 30-day ceasefire.",
        "The rebels signalled their readiness to accept a truce in the south.",
        "The government said it was willing to accept a full ceasefire with the rebels.",
    ],
)
def test_readiness_to_accept_a_truce_is_an_offer(extract, text):
    ex = extract(text)
    assert milestones(ex) == ["proposed"]
    assert milestone(ex, "proposed").status == "occurred"


def test_a_phase_told_in_another_clause_is_not_the_milestones_phase(extract):
    ex = extract(
        "The truce took effect on Jan. 19, but its first phase expired at the start of March.",
        published="2025-10-22",
    )
    took_effect = milestone(ex, "took_effect")
    assert (took_effect.phase, str(took_effect.event_date)) == (None, "2025-01-19")
    assert milestone(ex, "ended").phase == 1


def test_a_deadline_dates_a_planned_start(extract):
    ex = extract(
        "Under the accord, the ceasefire is to be implemented no later than 29 July.", published="2025-07-20"
    )
    took_effect = milestone(ex, "took_effect")
    assert (str(took_effect.event_date), took_effect.status) == ("2025-07-29", "planned")


@pytest.mark.parametrize(
    ("text", "agreed_day", "start_day"),
    [
        (
            "A rebel commander announced on Monday a unilateral truce to start at dawn on Thursday.",
            "2025-10-20",
            "2025-10-23",
        ),
        ("Russia and Ukraine agreed on Monday to a truce to start on Saturday.", "2025-10-20", "2025-10-25"),
        (
            "The two sides agreed on Monday that they would enter a mutual truce from 2am on Friday.",
            "2025-10-20",
            "2025-10-24",
        ),
    ],
)
def test_a_truce_to_start_later_takes_effect_that_day(extract, text, agreed_day, start_day):
    ex = extract(text)
    assert str(milestone(ex, "agreed").event_date) == agreed_day
    took_effect = milestone(ex, "took_effect")
    assert (str(took_effect.event_date), took_effect.status) == (start_day, "planned")


@pytest.mark.parametrize(
    "text",
    [
        "The first round of indirect ceasefire negotiations ended in Doha on Tuesday without progress.",
        "Talks on a truce in Gaza broke down in August without an agreement.",
        "Ceasefire talks collapsed on Friday after the delegations walked out.",
        "Indirect negotiations on a Gaza ceasefire resumed in Doha on Monday.",
    ],
)
def test_talks_ending_or_failing_are_talks_not_the_truce(extract, text):
    assert milestones(extract(text)) == ["talks"]


@pytest.mark.parametrize(
    "text",
    [
        "Both armies stopped firing at midnight on Sunday, officials said.",
        "The rebels stopped their attacks on the capital at dawn.",
    ],
)
def test_sides_that_stopped_fighting_at_a_time_put_a_truce_into_effect(extract, text):
    assert milestones(extract(text)) == ["took_effect"]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling stopped along the border on Monday.",
        "The company stopped production at midnight.",
        "The army stopped firing after the order.",
    ],
)
def test_combat_that_paused_or_other_work_that_stopped_is_no_truce(extract, text):
    assert milestones(extract(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The rebels consented to a truce on Monday.", "agreed"),
        ("Egypt arranged a ceasefire between the factions on Sunday.", "agreed"),
        ("The militia flouted the ceasefire on Tuesday.", "violated"),
        ("The UN demanded an immediate ceasefire in Gaza on Monday.", "proposed"),
    ],
)
def test_more_verbs_of_milestones(extract, text, name):
    assert milestones(extract(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demanded the release of prisoners during the truce.",
        "Aid workers reached the town after the ceasefire.",
    ],
)
def test_a_truce_as_a_time_is_not_what_a_milestone_word_acts_on(extract, text):
    assert milestones(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to a cease fire on Monday.",
        "The army was ordered to cease fire at once.",
    ],
)
def test_cease_fire_in_two_words_is_a_truce(extract, text):
    assert len(milestones(extract(text))) == 1


def test_an_order_to_stop_firing_takes_effect_without_a_new_agreement(extract):
    assert milestones(extract("The junta directed all units to stop firing in the quake zone.")) == [
        "took_effect"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Gaza truce that began on March 2 will be followed by phase two talks next month.",
        "Under the deal, the Gaza ceasefire which started on Sunday opens the way to second-stage talks.",
        "The Sudan truce started at dawn, and the first stage of aid deliveries is due next week.",
    ],
)
def test_a_truce_starting_beside_a_phase_it_does_not_name_takes_effect(extract, text):
    assert "took_effect" in milestones(extract(text))
    assert "began" not in milestones(extract(text))


@pytest.mark.parametrize(
    ("text", "phase"),
    [
        ("The second six-week phase of the Gaza truce began on Monday with more releases.", 2),
        ("In Gaza, the first 42-day stage started on Sunday, officials said.", 1),
        ("The Gaza truce entered its second phase on Sunday.", 2),
    ],
)
def test_a_phase_of_stated_length_is_still_that_phase(extract, text, phase):
    began = milestone(extract(text), "began")
    assert began.phase == phase


@pytest.mark.parametrize(
    "text",
    [
        "A three-day pause in Idlib will begin on Saturday morning, the mediators said.",
        "The 72-hour pause in Sudan started at dawn.",
        "A four-day pause in the fighting took effect in Gaza on Friday.",
    ],
)
def test_a_pause_of_stated_length_is_a_truce(extract, text):
    assert "took_effect" in milestones(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The army announced a two-week pause in deliveries to the north.",
        "Officials agreed to a four-day pause in the talks in Gaza.",
        "The league began a three-day pause in its season on Friday.",
    ],
)
def test_a_pause_of_something_else_is_no_truce(extract, text):
    assert milestones(extract(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hamas reaffirmed its commitment to implementing the first phase of the Gaza deal.",
        "Ties between Turkey and Ukraine are set to enter a new phase after Ankara approved the purchase.",
        "Relations between Russia and Ukraine's neighbours moved into a new stage this year.",
    ],
)
def test_a_phase_kept_or_a_phase_of_relations_is_no_milestone(extract, text):
    assert milestones(extract(text)) == []


def test_implementing_a_phase_as_the_object_of_began_starts_it(extract):
    began = milestone(
        extract("Israel and Hamas began implementing the first phase of the Gaza deal on Sunday."), "began"
    )
    assert (began.phase, str(began.event_date)) == (1, "2025-10-19")


@pytest.mark.parametrize(
    "text",
    [
        "The two armies announced on Thursday that they would stop the cross border firing from midnight.",
        "Both sides agreed to cease firing along the frontier, the ministry said.",
        "The commanders said they would stop cross-border shelling along the line of control.",
    ],
)
def test_stopping_cross_border_firing_is_a_truce(extract, text):
    assert "agreed" in milestones(extract(text))


@pytest.mark.parametrize(
    ("text", "agreed_day", "start_day", "start_status"),
    [
        (
            "The envoy announced today, Wednesday, that the parties had accepted a two-month truce,"
            " starting tomorrow, Thursday.",
            "2025-10-22",
            "2025-10-23",
            "planned",
        ),
        (
            "The coalition declared on Tuesday a two-week truce in Yemen starting from Wednesday.",
            "2025-10-21",
            "2025-10-22",
            "planned",
        ),
        (
            "The junta said on Monday it would observe a ceasefire from Tuesday until next month.",
            "2025-10-20",
            "2025-10-21",
            "planned",
        ),
        (
            "The government said on Monday that it would halt military operations from Sunday.",
            "2025-10-20",
            "2025-10-19",
            "occurred",
        ),
    ],
)
def test_a_start_after_the_statement_is_planned_and_dates_only_the_start(
    extract, text, agreed_day, start_day, start_status
):
    events = extract(text)
    agreed, took_effect = milestone(events, "agreed"), milestone(events, "took_effect")
    assert str(agreed.event_date) == agreed_day
    assert (str(took_effect.event_date), took_effect.status) == (start_day, start_status)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow and Ankara announced on Thursday an agreement for a ceasefire to take effect at midnight.",
        "Mediators said on Monday they had secured a truce to come into force at noon.",
    ],
)
def test_a_truce_to_take_effect_later_is_planned_and_not_dated_by_the_announcement(extract, text):
    took_effect = milestone(extract(text), "took_effect")
    assert took_effect.status == "planned"
    assert took_effect.date_precision in (None, "article")
