"""`ingest/data/office_holders.csv` is written by hand. A typo in it is silent: a date that runs
backwards gives its holder no office, two holders of one office on one day give neither of them
the title, and an office no title resolves to gives a role nothing can refer to."""

import csv
import datetime as dt
from collections import defaultdict

from ingest import rules
from ingest.actors.names import generic_title


def table_rows() -> list[dict[str, str]]:
    with (rules.DATA_DIR / "office_holders.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text) if text else dt.date.max


def test_every_term_starts_before_it_ends_and_names_an_office_titles_resolve():
    for row in table_rows():
        assert day(row["start"]) <= day(row["end"]), row
        assert generic_title(row["office"]) is not None, row
        assert row["name"].strip() == row["name"] and row["country"], row


def test_no_office_of_a_country_has_two_holders_at_once():
    """A changeover day belongs to both terms; anything longer is a mistake."""
    terms = defaultdict(list)
    for row in table_rows():
        terms[(row["country"], row["office"])].append((day(row["start"]), day(row["end"]), row["name"]))
    clashes = [
        (office, earlier[2], later[2])
        for office, held in terms.items()
        for earlier, later in zip(sorted(held), sorted(held)[1:], strict=False)
        if later[0] < earlier[1]
    ]
    assert clashes == []


def test_the_new_offices_resolve_to_their_titles():
    assert generic_title("Secretary of Defense") == "defence minister"
    assert generic_title("Defence Secretary") == "defence minister"
    assert generic_title("Emir") == "emir"
    assert generic_title("Crown Prince") == "crown prince"
