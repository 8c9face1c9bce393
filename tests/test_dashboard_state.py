"""dashboard_state: the filters' SQL parameters, search words and phrases, the actor finder's
ranking, date ranges, and what the URL may hold."""

from __future__ import annotations

import datetime as dt
import unicodedata

import duckdb
import pytest

import queries
from dashboard_state import (
    Filters,
    date_bounds,
    fold,
    names_from_url,
    names_to_url,
    parse_search,
    picked_nodes,
    rank_actors,
    url_problems,
)

D = dt.date


def test_sql_params_take_actor_keys_and_leave_unused_filters_empty():
    keys = {"Ana": 1, "Ben": 2, "Cy": 3}
    params = Filters().sql_params(keys)
    assert params["actors"] == [] and params["focus"] == [] and params["search"] == []
    assert params["phrases"] == [] and params["min_sources"] == 1
    params = Filters(actors=("Ana",), ego="Ben", focus=("Cy",), min_sources=3, search="  Cairo ").sql_params(
        keys
    )
    assert params["actors"] == [2]
    assert params["focus"] == [3]
    assert params["min_sources"] == 3
    assert params["search"] == ["cairo"]
    assert all(f"${name}" in queries.load("dashboard_filter") for name in params)


def test_search_words_are_folded_runs_of_letters_and_digits_longest_first():
    assert parse_search("  ") == ([], [])
    assert parse_search("al-Sisi's PHASE 2 of the truce")[0] == ["phase", "truce", "sisi", "al"]
    assert parse_search("Şəki talks, talks")[0] == ["talks", "səki"]
    assert parse_search("in the")[0] == ["the", "in"]  # only common words: they are what was asked
    assert parse_search("ERDOĞAN erdogan Erdogan")[0] == ["erdogan"]


def test_quoted_words_are_a_phrase_and_still_words_to_look_up():
    words, phrases = parse_search('"Phase Two" Cairo “Gaza truce”')
    assert phrases == [" phase two", " gaza truce"]
    assert set(words) == {"phase", "cairo", "truce", "gaza"}  # the four longest of five
    assert parse_search('"unclosed phrase')[1] == []
    assert parse_search('"" talks')[1] == []


def test_search_folds_as_the_word_index_does():
    # DuckDB's strip_accents(lower()) over the evidence, as refresh_dashboard.sql builds dash_words
    text = "İSTANBUL ΣΟΦΟΚΛΗΣ Beni\u0301tez Erdoğan Łódź Ærø straße"
    stored = unicodedata.normalize("NFC", text)
    split = r"SELECT regexp_split_to_array(strip_accents(lower(?)), '[^\pL\pN]+')"
    letters = "".join(chr(code) for code in range(0xC0, 0x250) if chr(code).isalpha())
    with duckdb.connect() as con:
        assert con.execute(split, [stored]).fetchone()[0] == fold(text).split()
        assert con.execute("SELECT strip_accents(lower(?))", [letters]).fetchone()[0] == fold(letters)


NAMES = ["Vladimir Putin", "Putin", "Putin's spokesman Dmitry Peskov", "Recep Tayyip Erdoğan", "Ana Putinova"]
EVENTS = [20, 25, 3, 9, 40]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("putin", "Putin"),  # the exact name first, however busy the others
        ("vlad", "Vladimir Putin"),
        ("erdogan", "Recep Tayyip Erdoğan"),  # accents do not matter
        ("ERDOĞAN", "Recep Tayyip Erdoğan"),
        ("putin vlad", "Vladimir Putin"),  # each typed word starts a word of the name
    ],
)
def test_actor_finder_puts_exact_and_prefix_matches_first(typed, first):
    assert rank_actors(typed, NAMES, EVENTS)[0] == first


def test_actor_finder_offers_nothing_fuzzy():
    assert rank_actors("putin", NAMES, EVENTS) == [
        "Putin",
        "Putin's spokesman Dmitry Peskov",
        "Ana Putinova",
        "Vladimir Putin",
    ]
    assert rank_actors("ptn", NAMES, EVENTS) == []
    assert rank_actors("  ", NAMES, EVENTS) == []


def test_date_bounds_accept_partial_ranges_and_swap_reversed_ones():
    day, later = D(2024, 5, 1), D(2024, 6, 1)
    assert date_bounds(()) == (None, None, False)
    assert date_bounds((day,)) == (day, None, False)
    assert date_bounds((day, later)) == (day, later, False)
    assert date_bounds((later, day)) == (day, later, True)


def test_names_round_trip_through_the_url():
    entries = names_to_url(["A", "B"], None, ["C"])
    assert entries == {"actor": ["A", "B"], "focus": ["C"]}
    assert names_from_url(["B", "X", "B"], ["A", "B"]) == ["B"]


def test_url_values_the_page_cannot_use_are_named_with_the_reason():
    raw = {
        "actor": ["Ana", "Nobody At All"],
        "type": ["meeting", "bogus"],
        "status": ["occurred"],
        "dates": ["2025-13-01", "2024-01-01", "2026-01-01"],
        "sources": ["99"],
        "top": ["25"],
        "lanes": ["ten"],
        "tab": ["Nope"],
        "color": ["kind"],
        "q": ["anything goes"],
        "event": ["whatever"],
        "embed": ["true"],
        "frobnicate": ["1"],
    }
    problems = url_problems(raw, ["Ana"], D(2023, 1, 1), D(2025, 12, 31))
    assert problems == [
        "actor “Nobody At All”: no actor of that name in this database",
        "type “bogus”: not one of meeting, visit, ceasefire",
        "dates “2025-13-01”: not a date (YYYY-MM-DD)",
        "dates “2026-01-01”: a date range has two ends",
        "sources “99”: not one of 1, 2, … 10",
        "top “25”: not one of 10, 20, … 300",
        "lanes “ten”: not a whole number",
        "tab “Nope”: not one of Network, Timeline, Ceasefires, Map, Evidence",
        "“frobnicate”: not a setting of this page",
    ]
    assert url_problems({"dates": ["2030-01-01"]}, [], D(2023, 1, 1), D(2025, 12, 31)) == [
        "dates “2030-01-01”: outside 2023-01-01 – 2025-12-31"
    ]
    assert url_problems({"ego": ["Ana", "Ana"]}, ["Ana"], D(2023, 1, 1), D(2025, 12, 31)) == [
        "ego “Ana”: one actor at a time; the first is used"
    ]


def test_picked_nodes_reads_node_names_from_the_figures_customdata_and_ignores_edges():
    selection = {
        "selection": {
            "points": [
                {
                    "customdata": [
                        "Ana",
                        "node",
                        "Ana",
                        "Minister, Egypt",
                        "3 meetings and visits",
                        "1 Jan 2025",
                    ]
                },
                {"customdata": None},
                {"x": 0.5, "y": 0.2},
                {"customdata": "node"},
                {"customdata": ["Ben", "node", "Ben", "", "1 meeting or visit", "undated"]},
                {"customdata": ["Ana", "node", "Ana", "", "", ""]},
            ]
        }
    }
    assert picked_nodes(selection) == ["Ana", "Ben"]
    assert picked_nodes(None) == []
