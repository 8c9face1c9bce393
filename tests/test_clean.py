from ingest.clean import article_id_for, clean_text, is_junk_line, looks_english, split_date_header


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


def test_language_gate_rejects_german_and_accepts_english():
    german = (
        "Der Bundeskanzler hat am Mittwoch in Berlin mit dem französischen Präsidenten über "
        "die Lage im Nahen Osten gesprochen und eine Waffenruhe gefordert, hieß es aus "
        "Regierungskreisen in der Hauptstadt am Abend."
    )
    english = (
        "The chancellor spoke with the French president in Berlin on Wednesday about the "
        "situation in the Middle East and called for a ceasefire, officials in the capital "
        "said in the evening."
    )
    assert not looks_english(german)
    assert looks_english(english)
