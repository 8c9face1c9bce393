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


@pytest.mark.parametrize(
    "text, name",
    [
        ("Datuk Seri Anwar Ibrahim welcomed the visitors to Putrajaya on Monday.", "Anwar Ibrahim"),
        ("Tun Mahathir Mohamad spoke to students in Langkawi on Friday.", "Mahathir Mohamad"),
        ("Tan Dongmei opened the trade fair in Xiamen on Friday.", "Tan Dongmei"),  # a surname
        ("Samdech Techo Hun Sen greeted the delegation in Phnom Penh.", "Hun Sen"),
        ("Cambodian King Norodom Sihamoni received the envoy at the Royal Palace.", "Norodom Sihamoni"),
    ],
)
def test_styles_before_a_name_are_dropped_surnames_kept(nlp, text, name):
    assert name in names_of(nlp, text, "person")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Crown Prince Mohammed received Prince Sultan bin Fahd in Riyadh on Monday.", "Sultan bin Fahd"),
        (
            "The envoy met Dr. Sultan bin Khalid Al Mansoori, the energy minister, in Dubai.",
            "Sultan bin Khalid Al Mansoori",
        ),
    ],
)
def test_a_style_word_before_a_patronymic_is_the_given_name(nlp, text, name):
    assert name in names_of(nlp, text, "person")


def test_a_dateline_before_a_title_is_not_part_of_the_role(nlp):
    actors = actors_of(nlp, "LUANDA - Angolan President Joao Lourenco arrived in Lusaka on Wednesday.")
    [lourenco] = [a for a in actors if a.canonical_name == "Joao Lourenco"]
    assert (lourenco.role, lourenco.country) == ("President", "Angola")


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


def relabelled(nlp, text, name, label, also=None):
    """The parse of `text` with `name` tagged `label` (None: untagged), and the names of `also` with
    theirs, as the small model does with some people's names; the rest is the model's own parse."""
    doc = nlp(text)
    spans, cut = [], []
    for part, tag in {name: label, **(also or {})}.items():
        start = text.index(part)
        span = doc.char_span(start, start + len(part), label=tag or "X")
        cut.append(span)
        spans += [span] if tag else []
    kept = [ent for ent in doc.ents if all(ent.end <= c.start or ent.start >= c.end for c in cut)]
    doc.ents = sorted(kept + spans, key=lambda ent: ent.start)
    return doc


def kinds_of(doc):
    return {(a.canonical_name, a.kind) for a in article_actors(doc, Curation()).actors}


@pytest.mark.parametrize(
    ("text", "tagged", "label", "person"),
    [
        (
            "Defence Minister Halvard Ostby sat down with the delegation in Oslo.",
            "Halvard Ostby",
            "ORG",
            None,
        ),
        (
            "The Chilean chancellor, Marta Quiroga, received her counterpart on Friday.",
            "Marta Quiroga",
            "GPE",
            None,
        ),
        (
            "Ilse Brandvold, the Norwegian foreign minister, arrived in Rome on Monday.",
            "Ilse Brandvold",
            "LOC",
            None,
        ),
        ("The delegation included Tomas Ferreira and Ruth Abelard on Tuesday.", "Ruth Abelard", None, None),
        (
            "NSA Ravindra Kulkarni had a meeting with the Japanese envoy.",
            "NSA Ravindra Kulkarni",
            "ORG",
            "Ravindra Kulkarni",
        ),
        (
            "She was welcomed by Union Ministers Asha Pillai and Darshan Mehta.",
            "Union Ministers Asha Pillai",
            "ORG",
            "Asha Pillai",
        ),
        (
            "Secretary of Homeland Security Dana Whitfield will join the talks.",
            "Homeland Security Dana Whitfield",
            "ORG",
            "Dana Whitfield",
        ),
        (
            "Prime Minister of Grenada H.E. Dickon Mitchell joined the summit.",
            "Grenada H.E. Dickon Mitchell",
            "ORG",
            "Dickon Mitchell",
        ),
        ("The envoy will also meet Jordan's King Abdullah II in Amman.", "Abdullah II", None, None),
    ],
)
def test_a_person_the_model_tagged_otherwise_is_a_person(nlp, text, tagged, label, person):
    found = kinds_of(relabelled(nlp, text, tagged, label))
    person = person or tagged
    assert (person, "person") in found
    assert not any(kind != "person" and person in name for name, kind in found)


@pytest.mark.parametrize(
    ("text", "tagged", "label"),
    [
        (
            "President of the European Council Charles Michel called Ilham Aliyev.",
            "the European Council",
            "ORG",
        ),
        ("Foreign Leaders Visit Ukraine To Mark Anniversary", "Foreign Leaders Visit Ukraine", "ORG"),
        (
            "European Union High Representative Kaja Kallas spoke in Brussels.",
            "European Union High Representative",
            "ORG",
        ),
        ("Minister Ilse Brandvold and the Nordic Council issued a statement.", "the Nordic Council", "ORG"),
        ("Foreign Minister Ilse Brandvold flew to Buenos Aires on Monday.", "Buenos Aires", "GPE"),
        ("The chancellor, Ilse Brandvold, thanked the Trade Ministry.", "the Trade Ministry", "ORG"),
    ],
)
def test_an_institution_or_place_near_a_title_or_person_is_no_person(nlp, text, tagged, label):
    people = {name for name, kind in kinds_of(relabelled(nlp, text, tagged, label)) if kind == "person"}
    words = set(tagged.split()) - {"the", "Foreign", "Leaders"}
    assert not any(words & set(name.split()) for name in people)


@pytest.mark.parametrize(
    ("text", "tagged", "label", "person"),
    [
        (
            "Strikes hit Gaza City, Deir al-Balah and Khan Younis on Monday.",
            "Deir al-Balah",
            "GPE",
            "Khan Younis",
        ),
        ("Widodo, Mahathir Discuss Trade, Border Settlement And Haze", "Border Settlement", None, "Mahathir"),
    ],
)
def test_a_place_or_headline_word_listed_beside_a_person_is_no_person(nlp, text, tagged, label, person):
    doc = relabelled(nlp, text, tagged, label, also={person: "PERSON"})
    people = {name for name, kind in kinds_of(doc) if kind == "person"}
    words = set(tagged.split()) - {"the", "Foreign", "Leaders"}
    assert not any(words & set(name.split()) for name in people)


@pytest.mark.parametrize(
    "text",
    [
        "Deputy Prime Minister Fahd bin Mahmoud Al Said was welcomed at the airport.",
        "The minister met Fahd bin Mahmoud Al Said in Muscat on Sunday.",
    ],
)
def test_a_name_word_after_a_particle_is_no_headline_verb(nlp, text):
    assert "Fahd bin Mahmoud Al Said" in names_of(nlp, text, "person")


def test_a_title_after_a_name_at_a_line_break_is_not_part_of_it(nlp):
    text = (
        "During the visit, President Macri will meet his counterpart Ram Nath Kovind President\n"
        "who will host a dinner."
    )
    assert "Ram Nath Kovind" in names_of(nlp, text, "person")
    assert not any(n.endswith("President") for n in names_of(nlp, text))


def test_a_hyphen_joins_name_parts_as_a_space_does(nlp):
    text = "North Korean leader Kim Jong-un arrived in Vladivostok. Kim Jong Un then met officials."
    assert [n for n in names_of(nlp, text, "person") if n.startswith("Kim")] == ["Kim Jong Un"]


def test_a_family_name_two_people_share_stands_for_the_one_named_before(extract):
    ex = extract(
        "North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday. "
        "Mr Kim met President Vladimir Putin on Wednesday. "
        "Foreign Minister Kim Song Hwa also attended."
    )
    meeting = next(e for e in ex.events if e.event_type == "meeting")
    assert {p.actor.canonical_name for p in meeting.participants} >= {"Kim Jong Un", "Vladimir Putin"}


def test_a_fathers_name_after_bin_is_no_surname(nlp):
    text = (
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan received the guests. "
        "H.H. Sheikh Hamdan bin Mohamed also attended. Sheikh Mohamed later met President Ana Lopez."
    )
    people = {a.canonical_name: a for a in actors_of(nlp, text) if a.kind == "person"}
    assert "Mohamed" in people["Mohamed bin Zayed Al Nahyan"].aliases
    assert "Hamdan bin Mohamed" in people
    assert not any(n.startswith("H.H.") for n in people)


def test_an_abbreviated_us_title_is_no_part_of_the_name(nlp):
    from ingest.actors.names import person_name

    for text in ("SecState Blinken", "H.H. Sheikh Hamdan bin Mohamed"):
        doc = nlp(text)
        assert person_name(doc[:]) in ("Blinken", "Hamdan bin Mohamed")


def test_a_name_continued_by_a_particle_is_the_same_person(nlp):
    text = (
        "Saudi Defence Minister Khalid bin Salman received the minister. "
        "Governor Saud bin Nayef bin Abdulaziz attended. Khalid bin Salman Al Saud spoke first, "
        "then Saud bin Nayef."
    )
    people = sorted(n for n in names_of(nlp, text, "person"))
    assert people == ["Khalid bin Salman Al Saud", "Saud bin Nayef bin Abdulaziz"]


def test_a_country_owning_the_title_is_the_persons_country(nlp):
    people = {
        a.canonical_name: a for a in actors_of(nlp, "Egypt's intelligence chief, Hassan Rashad, met them.")
    }
    assert people["Hassan Rashad"].country == "Egypt"


def test_a_style_closing_a_title_is_no_part_of_the_role(nlp):
    text = "Kuwait's Crown Prince Sheikh Sabah Khalid Al Sabah received the envoy."
    people = {a.canonical_name: a for a in actors_of(nlp, text) if a.kind == "person"}
    assert people["Sabah Khalid Al Sabah"].role == "Crown Prince"


def test_a_name_the_model_split_in_two_is_one_person(nlp):
    text = "Fidan met Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani in Doha."
    people = names_of(nlp, text, "person")
    assert "Mohammed bin Abdulrahman Al Thani" in people
    assert "Al Thani" not in people


@pytest.mark.parametrize("title", ["National Assembly Speaker", "Governor", "Mayor", "Senator"])
def test_offices_of_parliaments_and_cities_are_titles_not_names(nlp, title):
    text = f"Foreign Minister Mohammad Javad Zarif had a meeting with the {title} Asad Qaiser."
    assert "Asad Qaiser" in names_of(nlp, text, "person")


def test_a_nationality_of_two_words_is_nobody(nlp):
    text = "The delegation includes Sri Lankan Ambassador to China Majintha Jayesinghe."
    assert "Sri Lankan" not in names_of(nlp, text)


def test_the_abbreviation_of_a_title_is_no_organisation(nlp):
    text = "External Affairs Minister (EAM) S. Jaishankar met President Anura Kumara Dissanayake on Sunday."
    assert "EAM" not in names_of(nlp, text)


def test_a_given_name_spelled_two_ways_beside_the_same_names_is_one_person(nlp):
    text = (
        "President Bidhya Devi Bhandari received the guests. "
        "Later, President Bidya Devi Bhandari hosted a banquet for Xi Jinping."
    )
    people = names_of(nlp, text, "person")
    assert len(people & {"Bidhya Devi Bhandari", "Bidya Devi Bhandari"}) == 1


def test_relatives_whose_given_names_are_alike_stay_apart(nlp):
    text = "Ivana Trump and Ivanka Trump attended the dinner with Melania Knavs Trump."
    assert {"Ivana Trump", "Ivanka Trump"} <= names_of(nlp, text, "person")


def test_a_surname_two_people_share_is_the_one_the_article_names_most(extract):
    ex = extract(
        "Prime Minister Shinzo Abe arrived in Manila on Thursday. Shinzo Abe was greeted by officials. "
        "Abe and his wife Akie Abe then drove to the palace. Abe met President Rodrigo Duterte there."
    )
    met = {
        n
        for e in ex.events
        if e.event_type == "meeting"
        for n in (p.actor.canonical_name for p in e.participants)
    }
    assert "Shinzo Abe" in met
    assert "Akie Abe" not in met


def test_a_surname_the_model_tags_as_a_place_is_the_one_of_two_people_named_most(extract):
    ex = extract(
        "Prime Minister Mark Carney arrived in Tokyo with his wife Diana Fox Carney on Thursday. "
        "Prime Minister Mark Carney was greeted at the airport. "
        "Carney met Prime Minister Shigeru Ishiba on Friday."
    )
    met = [
        sorted(p.actor.canonical_name for p in e.participants) for e in ex.events if e.event_type == "meeting"
    ]
    assert ["Mark Carney", "Shigeru Ishiba"] in met
