"""Cleaning scraped text: junk lines, the date header, ids, and invisible or look-alike characters."""

import pytest

from ingest.clean import article_id_for, clean_text, is_junk_line, normalize_name, split_date_header


def test_date_header_with_widget_junk_is_split_off():
    date, rest = split_date_header("date 2025-10-22 + ↺ − 16 px\n\nThe envoy arrived.")
    assert date == "2025-10-22"
    assert rest.strip() == "The envoy arrived."


def test_text_without_header_is_left_alone():
    assert split_date_header("The envoy arrived.") == (None, "The envoy arrived.")


def test_scraping_junk_lines_are_dropped_and_prose_kept():
    raw = (
        "Share  Tweet  Email\nAdvertisement\nWe use cookies to improve your experience. Accept\n"
        "The foreign minister met his counterpart in Cairo on Monday.\nBy Staff Wri\nNews.Az"
    )
    assert clean_text(raw) == "The foreign minister met his counterpart in Cairo on Monday."


def test_short_sentence_with_punctuation_is_not_junk():
    assert not is_junk_line("Talks resumed.")
    assert is_junk_line("Read more: Gaza truce holds")


def test_article_id_ignores_case_and_whitespace_but_not_words():
    assert article_id_for("The envoy  arrived.\n") == article_id_for("the envoy arrived.")
    assert article_id_for("The envoy arrived.") != article_id_for("The envoy left.")


PLAIN = "President Anna Berg met Prime Minister Tomas Vik in Oslo."
# The same sentence as readers see it, with characters that hide in names or look like letters.
DISGUISED = {
    "right-to-left mark": "President \u200fAnna Berg met Prime Minister Tomas Vik\u200f in Oslo.",
    "word joiner": "President Anna\u2060 Berg met Prime Minister Tomas \u2060Vik in Oslo.",
    "bidi override": "President \u202eAnna Berg\u202c met Prime Minister \u202dTomas Vik\u202c in Oslo.",
    "zero-width joiner": "President An\u200dna Berg met Prime Minister To\u200dmas Vik in Oslo.",
    "soft hyphen": "President Anna Ber\u00adg met Prime Minister Tomas V\u00adik in Oslo.",
    "zero-width space and BOM": "President \u200bAnna Berg\ufeff met Prime Minister Tomas Vik in Oslo.",
    "fullwidth letters": "President \uff21\uff4e\uff4e\uff41 Berg met Prime Minister Tomas Vik in Oslo.",
    "math bold letters": "President \U0001d400\U0001d427\U0001d427\U0001d41a Berg met Prime Minister "
    "\U0001d413\U0001d428\U0001d426\U0001d41a\U0001d42c Vik in Oslo.",
    "thin and no-break spaces": "President Anna\u2009Berg met Prime\u00a0Minister Tomas\u202fVik in Oslo.",
}


@pytest.mark.parametrize("kind", DISGUISED)
def test_invisible_and_look_alike_characters_are_made_plain(kind):
    assert clean_text(DISGUISED[kind]) == PLAIN
    assert article_id_for(clean_text(DISGUISED[kind])) == article_id_for(PLAIN)


def summary(extraction):
    events = sorted(
        (e.event_type, e.location, tuple(sorted(p.actor.canonical_name for p in e.participants)))
        for e in extraction.events
    )
    return events, sorted((a.canonical_name, a.kind) for a in extraction.actors)


def test_disguised_names_give_the_same_meeting_and_actors_through_the_real_model(extract):
    expected = summary(extract(clean_text(PLAIN)))
    assert expected[0] == [("meeting", "Oslo", ("Anna Berg", "Tomas Vik"))]
    for kind, text in DISGUISED.items():
        assert summary(extract(clean_text(text))) == expected, kind


def test_script_joiners_and_typographic_symbols_are_kept():
    persian = "The word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 was quoted."
    assert clean_text(persian) == persian
    family = "A family emoji \U0001f468\u200d\U0001f469\u200d\U0001f467 was posted."
    assert clean_text(family) == family
    typographic = "Talks\u2026 resumed at \u00bd past two in a 20 m\u00b2 room, \u201cquietly\u201d."
    assert clean_text(typographic) == typographic


def test_control_characters_and_odd_line_breaks_are_removed():
    raw = "The envoy\x00 arrived\x07 in Cairo on Monday.\u2028The talks began on Tuesday.\x85Both spoke."
    assert clean_text(raw) == (
        "The envoy arrived in Cairo on Monday.\n\nThe talks began on Tuesday.\n\nBoth spoke."
    )


def test_names_are_normalised_like_article_text():
    assert normalize_name("  \uff22\uff49\uff42\uff49\u200f  Netanyahu ") == "Bibi Netanyahu"


def test_a_page_hard_wrapped_at_a_fixed_width_is_joined_back_into_sentences():
    text = (
        "Turkish And Egyptian Leaders Meet In Ankara For Talks\n"
        "The Turkish president on Wednesday welcomed his Egyptian\n"
        "counterpart, who arrived in the capital for an official visit.\n"
        "The plane bringing the guest and the accompanying delegation to\n"
        "Ankara landed at the airport in the afternoon, officials said.\n"
        "Ministers and the governor of the city accompanied the host at the\n"
        "welcoming ceremony."
    )
    assert clean_text(text).split("\n\n") == [
        "Turkish And Egyptian Leaders Meet In Ankara For Talks",
        "The Turkish president on Wednesday welcomed his Egyptian counterpart, who arrived in the "
        "capital for an official visit.",
        "The plane bringing the guest and the accompanying delegation to Ankara landed at the airport "
        "in the afternoon, officials said.",
        "Ministers and the governor of the city accompanied the host at the welcoming ceremony.",
    ]


def test_lines_of_a_page_that_is_not_hard_wrapped_stay_paragraphs():
    text = (
        "The two presidents also discussed trade and the war in Gaza at length\n"
        "The Turkish president welcomed his Egyptian counterpart on Wednesday.\n"
        "The two leaders held talks and signed several agreements."
    )
    assert len(clean_text(text).split("\n\n")) == 3
