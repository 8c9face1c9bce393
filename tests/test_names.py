"""Name forms: honorifics, bare titles, outlets and credits, on sentences written for these tests."""

import pytest

from ingest.actors import Curation, article_actors
from ingest.actors.names import is_outlet, is_title_only
from ingest.records import Actor


def actors_of(nlp, text):
    return article_actors(nlp(text), Curation()).actors


def names_of(nlp, text, kind=None):
    return {a.canonical_name for a in actors_of(nlp, text) if kind is None or a.kind == kind}


@pytest.mark.parametrize(
    "text",
    [
        "President Emmanuel Macron stood beside Mr Zelenskiy in Paris. Volodymyr Zelenskiy thanked him.",
        "Mr Zelenskiy spoke in Paris on Monday. Ukrainian President Volodymyr Zelenskiy later left.",
        "Dr Tedros Adhanom Ghebreyesus arrived in Aden on Sunday.",
    ],
)
def test_a_form_of_address_marks_a_person_and_is_dropped(nlp, text):
    found = actors_of(nlp, text)
    assert not any(a.canonical_name.startswith(("Mr ", "Dr ")) for a in found)
    assert all(
        a.kind == "person" for a in found if "Zelenskiy" in a.canonical_name or "Tedros" in a.canonical_name
    )


def test_first_lady_is_a_title_not_a_name(nlp):
    assert "Jill Biden" in names_of(
        nlp, "First Lady Jill Biden welcomed the guests at the White House.", "person"
    )


@pytest.mark.parametrize("name", ["Xinhua", "AFP", "Al-Monitor", "MENAFN- Live Mint", "The Associated Press"])
def test_news_outlets_are_known(name):
    assert is_outlet(name)


@pytest.mark.parametrize("name", ["Hamas", "Hezbollah", "European Union", "Apple"])
def test_parties_and_companies_are_no_outlets(name):
    assert not is_outlet(name)


@pytest.mark.parametrize(
    "text",
    [
        "Ortagus met Aoun in Beirut on Saturday, Al-Monitor reported.",
        "The two leaders met in Hanoi, Xinhua said, citing officials.",
        "(MENAFN- Live Mint) Negotiators from both sides arrived in Cairo.",
    ],
)
def test_outlets_never_become_actors(nlp, text):
    found = {n.casefold() for n in names_of(nlp, text)}
    assert not found & {"al-monitor", "xinhua", "menafn- live mint", "live mint"}


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Nepal Prime Minister", True), ("US President", True), ("Prime Minister Sher Bahadur Deuba", False)],
)
def test_a_title_with_its_country_names_nobody(name, bare):
    assert is_title_only(name) is bare


def test_a_bare_title_the_model_took_for_a_name_is_the_person_who_holds_it(extract):
    ex = extract(
        "Prime Minister Narendra Modi and Nepal Prime Minister Sher Bahadur Deuba held talks on Saturday. "
        "On Friday, Nepal Prime Minister met External Affairs Minister S Jaishankar in the capital."
    )
    people = {p.actor.canonical_name for e in ex.events for p in e.participants}
    assert "Nepal Prime Minister" not in people


def test_an_outlets_credit_is_no_part_of_a_group(extract):
    ex = extract("(MENAFN- Live Mint) Israeli negotiators arrived in Cairo for another round of talks.")
    [visit] = [e for e in ex.events if e.event_type == "visit"]
    assert [p.actor.canonical_name for p in visit.participants] == ["Israeli negotiators"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Volodymyr Zelenskiy", "Volodymyr Zelensky"),
        ("Sergei Lavrov", "Sergey Lavrov"),
        ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
        ("Nicolás Maduro", "Nicolas Maduro"),
    ],
)
def test_spelling_variants_are_one_actor_across_articles(one, other):
    assert Actor(one, "person").key == Actor(other, "person").key


@pytest.mark.parametrize(("one", "other"), [("Wang Wei", "Wang Wey"), ("Eric Trump", "Donald Trump")])
def test_different_names_keep_different_keys(one, other):
    assert Actor(one, "person").key != Actor(other, "person").key


@pytest.mark.parametrize(
    "text",
    [
        "President Volodymyr Zelenskyy met Prime Minister Keir Starmer in London. Zelensky thanked him.",
        "Foreign Minister Sergei Lavrov spoke in Moscow. Later, Sergey Lavrov flew to Ankara.",
        "US envoy Steve Witkoff met Vladimir Putin. Later, Steve Whitkoff flew to Doha on Tuesday.",
    ],
)
def test_spelling_variants_in_one_article_are_one_person(nlp, text):
    found = [a for a in actors_of(nlp, text) if a.kind == "person"]
    surnames = [a.canonical_name.split()[-1] for a in found]
    assert len(surnames) == len(set(surnames)) and len(found) == (1 if "Foreign" in text else 2)


def test_the_plainer_spelling_names_the_person(nlp):
    found = names_of(
        nlp, "Steve Witkoff met Vladimir Putin. Later, Steve Whitkoff flew to Doha on Tuesday.", "person"
    )
    assert "Steve Witkoff" in found


def test_similar_surnames_of_two_people_stay_apart(nlp):
    found = names_of(nlp, "Senator Marco Rubio met Senator Mark Rubin in Washington on Monday.", "person")
    assert {"Marco Rubio", "Mark Rubin"} <= found


@pytest.mark.parametrize(
    ("headline", "people"),
    [
        ("Modi Meets Xi In Kazan", {"Narendra Modi", "Xi Jinping"}),
        ("Trump Says Putin Agreed To Energy Truce", {"Donald Trump", "Vladimir Putin"}),
        ("Erdogan Hosts Zelensky For Talks", {"Recep Tayyip Erdogan", "Volodymyr Zelensky"}),
    ],
)
def test_headline_fragments_never_become_actors(nlp, headline, people):
    body = (
        "Prime Minister Narendra Modi and President Xi Jinping, President Donald Trump and President "
        "Vladimir Putin, President Recep Tayyip Erdogan and Volodymyr Zelensky were named in the story."
    )
    assert names_of(nlp, f"{headline}\n\n{body}", "person") == {
        "Narendra Modi",
        "Xi Jinping",
        "Donald Trump",
        "Vladimir Putin",
        "Recep Tayyip Erdogan",
        "Volodymyr Zelensky",
    }
    assert people <= names_of(nlp, f"{headline}\n\n{body}", "person")


def test_a_hyphenated_given_name_is_part_of_the_name(nlp):
    found = names_of(
        nlp, "Fumio Kishida met South Korean President Yoon Suk-yeol in Seoul. Yoon thanked him.", "person"
    )
    assert found == {"Fumio Kishida", "Yoon Suk-yeol"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "President Luiz Inácio Lula da Silva flew to Buenos Aires. Lula met the president there.",
            "Luiz Inácio Lula da Silva",
        ),
        (
            "President Recep Tayyip Erdogan spoke in Ankara. Tayyip later met the envoy.",
            "Recep Tayyip Erdogan",
        ),
    ],
)
def test_a_middle_name_alone_is_the_one_person_who_carries_it(nlp, text, person):
    found = names_of(nlp, text, "person")
    assert person in found and not found & {"Lula", "Tayyip"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("President Lula confirmed his trip to Buenos Aires next week.", "Buenos Aires"),
        ("The envoy arrived in Kyiv on Monday. Kyiv was calm.", "Kyiv"),
    ],
)
def test_a_destination_the_model_took_for_a_person_is_a_place(nlp, text, place):
    assert place not in names_of(nlp, text, "person")


def test_a_title_with_a_country_alone_is_no_name(nlp):
    found = names_of(
        nlp, "The King of Spain, Felipe VI, also attended the inauguration in Brasilia.", "person"
    )
    assert not any(name.startswith("of ") for name in found)
