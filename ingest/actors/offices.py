"""Who held a country's top offices on a day (`data/office_holders.csv`: presidents, prime
ministers, chancellors, foreign and defence ministers, monarchs and crown princes, 2015 on).

Why: reporting names a leader once without a title ('Boris Johnson is expected to ...') and then
refers to him by office ('The prime minister will also speak to ...') or calls another 'his
British counterpart'. References resolve through a person's title; for a leader the text names
bare, the title is the office the table says he held on the story's day. A title the text gives
always wins, and a name the table holds twice on one day gives nothing."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import cache

from ingest import rules
from ingest.actors.names import generic_title
from ingest.records import Actor, comparable_name


@dataclass(frozen=True)
class Term:
    office: str
    country: str
    start: dt.date
    end: dt.date | None


@cache
def office_rows() -> tuple[tuple[str, Term], ...]:
    """(full name, term) for every row of the table."""
    with (rules.DATA_DIR / "office_holders.csv").open(encoding="utf-8") as handle:
        return tuple(
            (
                row["name"],
                Term(
                    row["office"],
                    row["country"],
                    dt.date.fromisoformat(row["start"]),
                    dt.date.fromisoformat(row["end"]) if row["end"] else None,
                ),
            )
            for row in csv.DictReader(handle)
        )


@cache
def office_terms() -> dict[str, list[Term]]:
    """Comparable name -> the terms of office the table gives that person."""
    terms: dict[str, list[Term]] = {}
    for name, term in office_rows():
        terms.setdefault(comparable_name(name), []).append(term)
    return terms


@cache
def holders_by_surname() -> dict[str, list[tuple[str, Term]]]:
    """Comparable family name -> (full name, term) of everyone in the table."""
    found: dict[str, list[tuple[str, Term]]] = {}
    for name, term in office_rows():
        words = comparable_name(name).split()
        if len(words) > 1:
            found.setdefault(words[-1], []).append((name, term))
    return found


def office_on(name: str, day: dt.date) -> Term | None:
    """The one office the person of that full name held on that day, if the table knows it."""
    key = comparable_name(name)
    if len(key.split()) < 2:
        return None  # a bare surname may be anyone's
    held = [t for t in office_terms().get(key, []) if t.start <= day and (t.end is None or day <= t.end)]
    return held[0] if len(held) == 1 else None


def name_titled_surnames(actors: list[Actor], day: dt.date | None) -> None:
    """'President Rashid' never named in full: the one holder of that office on the story's day
    whose family name it is (Abdul Latif Rashid, Iraq's president), in the country the text gives
    if any. A surname two holders share names neither."""
    if day is None:
        return
    for actor in actors:
        key = comparable_name(actor.canonical_name)
        if actor.kind != "person" or not actor.role or len(key.split()) != 1:
            continue
        office = generic_title(actor.role)
        held = [
            (name, term)
            for name, term in holders_by_surname().get(key, [])
            if generic_title(term.office) == office
            and term.start <= day
            and (term.end is None or day <= term.end)
            and actor.country in (None, term.country)
        ]
        if len(held) == 1:
            name, term = held[0]
            actor.aliases.add(actor.canonical_name)
            actor.canonical_name, actor.country = name, term.country


def give_offices(actors: list[Actor], day: dt.date | None) -> None:
    """People the text names without a title take the office the table says they held on the
    story's day, and its country when the text gives none. Two of them holding one title ('Trump
    and Macron met ... the president') are told apart as titled people are: the one the story
    is about (`references.title_antecedent`)."""
    if day is None:
        return
    for actor in actors:
        if actor.kind != "person" or (actor.role and actor.role.lower() not in rules.COUNTERPART_NOUNS):
            continue  # 'Kuwaiti counterpart Sheikh X' says whose peer he is, not his office
        term = office_of(actor, day)
        if term is not None:
            actor.role, actor.country = term.office, term.country


def office_of(actor: Actor, day: dt.date) -> Term | None:
    """The office of the person under any of the names the text gives, in the country it gives."""
    for name in [actor.canonical_name, *sorted(actor.aliases)]:
        term = office_on(name, day)
        if term is not None and actor.country in (None, term.country):
            return term
    return None
