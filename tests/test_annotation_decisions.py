"""Decisions ANNOTATION.md states in so many words, checked on sentences written for these tests:
'the truce agreed last week' is an agreed milestone even where the parser reads 'agreed' as the
sentence's verb, and a truce that does something ('reached its tenth day') is no deal."""

from tests.test_events import events_of


def milestones(ex) -> list[tuple[str, str | None]]:
    return [(e.milestone, str(e.event_date) if e.event_date else None) for e in events_of(ex, "ceasefire")]


def test_a_truce_agreed_on_a_day_told_before_its_verb_is_agreed(extract):
    ex = extract("The ceasefire agreed on Sunday was largely holding on Wednesday.", "2025-07-10")
    assert milestones(ex) == [("agreed", "2025-07-06")]
    ex = extract("The truce agreed last week appeared to be holding.", "2025-07-10")
    assert [milestone for milestone, _ in milestones(ex)] == ["agreed"]


def test_a_truce_that_reaches_a_day_is_no_deal(extract):
    ex = extract("The ceasefire reached its tenth day on Wednesday.", "2025-07-10")
    assert milestones(ex) == []
