"""The parse repairs of ingest/parse_repairs.py, read off the repaired Doc itself (the events they
make are checked in tests/test_forty_first_round.py), on sentences written for these tests."""


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_a_dateline_city_gives_the_subject_back_to_the_story(nlp):
    doc = nlp("QUITO, May 12 — President Ana Costa held talks with Foreign Minister Kenji Sato on Thursday.")
    assert (token(doc, "Costa").dep_, token(doc, "Costa").head.text) == ("nsubj", "held")
    assert token(doc, "QUITO").dep_ != "nsubj"


def test_a_name_after_a_fronted_phrase_is_the_subject(nlp):
    doc = nlp(
        "On the eve of the conversation with Putin, Scholz spoke by phone with the President of "
        "Ukraine Volodymyr Zelensky."
    )
    assert (token(doc, "Scholz").dep_, token(doc, "Scholz").head.text) == ("nsubj", "spoke")


def test_a_counterpart_from_a_country_has_the_name_in_apposition(nlp):
    doc = nlp(
        "Peruvian President Dina Boluarte received her counterpart from Ecuador, Guillermo Lasso, "
        "on Wednesday."
    )
    lasso = token(doc, "Lasso")
    assert (lasso.dep_, lasso.head.text) == ("appos", "counterpart")
    assert token(doc, "from").head.text == "counterpart"


def test_countries_joined_to_a_day_go_with_the_places_listed(nlp):
    doc = nlp(
        "Foreign Minister Toshimitsu Motegi will visit Singapore and Malaysia between Wednesday and "
        "Saturday, and Papua New Guinea, Cambodia, Laos and Myanmar on Aug. 20-25."
    )
    assert token(doc, "Guinea").head.text == "Singapore"
    assert token(doc, "Saturday").head.text == "Wednesday"  # the days stay together


def test_a_name_before_one_on_one_is_the_object(nlp):
    doc = nlp("Ukrainian President Volodymyr Zelensky spoke to Donald Trump one-on-one on Monday.")
    assert (token(doc, "Trump").dep_, token(doc, "Trump").head.text) == ("pobj", "to")
    assert token(doc, "one-on-one").dep_ == "advmod"


def test_a_meeting_noun_of_its_own_keeps_its_modifier(nlp):
    doc = nlp("They held a one-on-one on Monday.")
    assert token(doc, "one-on-one").dep_ != "advmod"


def test_a_first_name_hung_on_the_dateline_city_is_the_subject(nlp):
    doc = nlp(
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov and Mike Pompeo spoke by telephone "
        "on Monday."
    )
    lavrov = token(doc, "Lavrov")
    assert (lavrov.dep_, lavrov.head.text) == ("nsubj", "spoke")
    assert token(doc, "Pompeo").head.text == "Lavrov"
    assert token(doc, "MOSCOW").dep_ != "nsubj"


def test_a_name_after_the_comma_closing_a_prepositions_object_is_its_apposition(nlp):
    doc = nlp("Later in the day, Putin will meet with the summit's host, President Sooronbay Jeenbekov.")
    name = token(doc, "Jeenbekov")
    assert (name.dep_, name.head.text) == ("appos", "host")


def test_a_country_taken_for_the_one_befores_apposition_is_listed(nlp):
    doc = nlp("Modi will hold meetings with the leaders of Comoros, Turkiye, the UAE and Brazil.")
    comoros = token(doc, "Comoros")
    assert {t.text for t in comoros.conjuncts} >= {"Turkiye", "UAE", "Brazil"}


def test_a_partner_taken_for_the_subject_of_a_reporting_clause_is_the_object_of_with(nlp):
    doc = nlp(
        "Assad also met on Saturday with Dubai ruler Sheikh Mohammed bin Rashid al-Maktoum, the "
        "Syrian presidency said in a statement, state media reported."
    )
    assert (token(doc, "Maktoum").dep_, token(doc, "Maktoum").head.text) == ("pobj", "with")
    assert token(doc, "with").head.text == "met"


def test_a_name_after_a_second_joined_title_is_that_titles(nlp):
    doc = nlp(
        "The president and Turkish Cypriot leader Ersin Tatar met separately with the envoy on Tuesday."
    )
    assert token(doc, "Tatar").head.text == "leader"


def test_a_second_counterpart_joined_to_the_first_ones_day(nlp):
    doc = nlp(
        "Prime Minister Anthony Albanese also spoke with Russian President Vladimir Putin on Thursday "
        "and Japanese Prime Minister Fumio Kishida on Friday."
    )
    assert (token(doc, "Kishida").dep_, token(doc, "Kishida").head.text) == ("conj", "Putin")


def test_people_listed_after_the_bodies_they_lead_are_the_leaders(nlp):
    doc = nlp(
        "The leaders of the Democratic Party and the Liberal Front, Anna Berg and Gen. Tomas Holm, "
        "respectively, intended to meet the president in Oslo."
    )
    berg = token(doc, "Berg")
    assert (berg.dep_, berg.head.text) == ("appos", "leaders")
