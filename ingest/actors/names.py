"""Names as the text gives them: cleaning, honorifics, titles before a name, demonyms and
countries, person spans the model cut short or ran into a headline's verb ("Modi Meets Xi"),
people the model tagged as organisations or places, datelines and news outlets that are not
actors."""

from __future__ import annotations

import csv
import difflib
import re
from collections.abc import Callable
from functools import cache, lru_cache

import numpy as np
from spacy.attrs import ENT_TYPE, LENGTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ingest import dates, geography, rules
from ingest.records import Actor, comparable_name
from ingest.word_index import entities, entity_at, sentences

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# labels the small model gives some people's names ("Olaf Scholz" as ORG, "Matteo Renzi" as LOC)
MISREAD_PERSON_LABELS = {"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}
ROMAN_NUMERAL = re.compile(r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$")


@cache
def title_table() -> dict[str, str]:
    """Title phrase -> generic title ('top diplomat' -> 'foreign minister')."""
    with (rules.DATA_DIR / "titles.csv").open(encoding="utf-8") as handle:
        return {row["title"]: row["generic"] for row in csv.DictReader(handle)}


@cache
def demonym_table() -> dict[str, str]:
    with (rules.DATA_DIR / "demonyms.csv").open(encoding="utf-8") as handle:
        return {row["demonym"]: row["country"] for row in csv.DictReader(handle)}


@cache
def female_given_names() -> frozenset[str]:
    """Given names borne almost only by women ('Ursula', 'Kamala', 'Louise'), lower case."""
    with (rules.DATA_DIR / "female_given_names.csv").open(encoding="utf-8") as handle:
        return frozenset(row["given_name"] for row in csv.DictReader(handle))


def given_name_gender(person: Actor) -> str | None:
    """'f' for a person whose given name is a woman's ('Louise Mushikiwabo'), else None: most
    men's names are borne by women somewhere, so a man is told by a style or a pronoun only."""
    told = person.canonical_name.split()
    words = [w for w in told if w.lower().rstrip(".") not in rules.HONORIFICS]
    # "Sheikh Hasina": one name after a style is the whole name
    named = len(words) > 1 or (len(words) == 1 and len(told) > 1)
    return "f" if named and words[0].lower() in female_given_names() else None


@cache
def demonym_of(country: str) -> str:
    """'Israel' -> 'Israeli': the first nationality word the demonym table gives the country;
    'North Korea' -> 'North Korean', not the nation's shared 'Korean'; 'United States' -> 'US', as
    labels write it ('US delegation', 'US president')."""
    if country in rules.LABEL_ADJECTIVES:
        return rules.LABEL_ADJECTIVES[country]
    first = country.split()[0].lower()
    if first in rules.COMPASS_WORDS:
        for demonym, name in demonym_table().items():
            if geography.country_named(name) == country and demonym.split()[0] == first:
                return demonym.title()
    for demonym, name in demonym_table().items():
        if geography.country_named(name) == country and demonym.isalpha() and len(demonym) > 3:
            return demonym.capitalize()
    return country


def delegation_label(country: str) -> str:
    """'Ukraine delegations', 'the Israeli delegation', 'a delegation from Israel' -> 'Israeli
    delegation': an unnamed negotiating side is written as its country's delegation
    (ANNOTATION.md), one label however the article words it."""
    return f"{demonym_of(country)} delegation"


@cache
def country_keys() -> frozenset[str]:
    """Every country's name as `comparable_name` gives it: never a given name, never a person."""
    return frozenset(comparable_name(country) for country in demonym_table().values())


@cache
def outlet_names() -> frozenset[str]:
    """News agencies and outlets: they report events, they never take part in them."""
    with (rules.DATA_DIR / "outlets.csv").open(encoding="utf-8") as handle:
        return frozenset(row["outlet"] for row in csv.DictReader(handle))


@cache
def organisation_names() -> frozenset[str]:
    """Bodies the model may tag as people ('Shin Bet', 'Mossad'), casefolded."""
    with (rules.DATA_DIR / "organisations.csv").open(encoding="utf-8") as handle:
        return frozenset(row["name"].casefold() for row in csv.DictReader(handle))


@cache
def institution_words() -> frozenset[str]:
    """Words of offices, institutions, places and dates, never of a person's name ('Council', 'Deputy')."""
    with (rules.DATA_DIR / "institution_words.csv").open(encoding="utf-8") as handle:
        return frozenset(row["word"] for row in csv.DictReader(handle))


def is_outlet(text: str) -> bool:
    """'Xinhua', 'AFP', 'Al-Monitor', 'MENAFN- Live Mint' (a syndication credit)."""
    name = clean_name(text).casefold()
    if name.endswith(rules.OUTLET_NAME_ENDINGS):
        return True  # "the Mehr News Agency", "Kyodo News": named as what they are
    return name in outlet_names() or name.split("-")[0].strip() in outlet_names()


def style_only(name: str) -> bool:
    """'Their Majesties', 'His Royal Highness', 'Your Excellency': a form of address naming no one."""
    words = [w.lower() for w in name.split() if w.lower() not in rules.ADDRESS_POSSESSIVES]
    singular = [re.sub(r"ies$", "y", re.sub(r"(ss)es$", r"\1", w)) for w in words]
    return bool(singular) and all(w in rules.STYLES for w in singular)


def is_title_only(name: str) -> bool:
    """'Nepal Prime Minister', 'US President', 'Interim Chairperson', 'SADC Chairperson': a title
    with its country, body or qualifier, naming nobody by name."""
    words = title_pattern().sub(" ", name.lower()).split()
    if name.split() and all(w.lower().rstrip(".") in rules.HONORIFICS for w in name.split()):
        return True  # "Prince", what is left of "Crown Prince" once a style is taken off
    # "SADC Chairperson", "AU Commissioner": a body's abbreviation qualifies the title
    abbreviations = {w.lower() for w in name.split() if len(w) >= 2 and w.isupper() and w.isalpha()}
    return generic_title(name) is not None and all(
        w in demonym_table()
        or w.capitalize() in demonym_table().values()
        or w in rules.NAME_PARTICLES
        or w in rules.TITLE_QUALIFIERS
        or w in abbreviations
        for w in words
    )


def country_of(text: str, label: str = "GPE") -> str | None:
    """'Israeli' -> 'Israel', 'U.S.' -> 'United States'; a country name (GPE) stays as it is, an
    unknown nationality word gives None rather than a made-up country."""
    key = text.lower().strip()
    known = demonym_table().get(key)
    if known is None and label == "NORP" and key.endswith("s"):
        known = demonym_table().get(key[:-1])  # "the Ukrainians were represented by X"
    if known or label != "GPE":
        return known
    # "Britain", "Türkiye": another name of a country the table knows is that country
    aliased = geography.country_named(text)
    if aliased is not None and aliased in demonym_table().values():
        return aliased
    return text if text[:1].isupper() and len(text) > 3 else None


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """Strip possessives, leading articles, list bullets and stray punctuation from an entity's text
    (cached: an article's names are cleaned many times over)."""
    text = re.sub(r"[’']s?$", "", text.strip()).lstrip(rules.LIST_BULLETS + " ")
    text = re.sub(r"^(the|The)\s+", "", text)
    text = rules.PLACE_SIDE_PREFIX.sub("", text)  # "west London": the city, told by its side
    # "King Abdullah of" when the model takes the link to a country into the name
    text = re.sub(r"\s+(of|and|from|at|in|on)$", "", text.strip())  # "Macron at" (Bellevue Palace)
    return text.strip(" ,.;:-–—\"“”'‘’()")


def without_styles(text: str) -> str:
    """'Majesty King Abdullah' -> 'King Abdullah': styles off, offices kept."""
    words = text.split()
    while len(words) > 1 and (
        words[0].lower() in rules.STYLES
        or (words[0].lower() in rules.STYLE_PREFIXES and words[1].lower() in rules.STYLES)
    ):
        words = words[1:]
    return " ".join(words)


def name_tokens(name: str) -> list[str]:
    """Comparable name parts: 'J.D. Vance' and 'JD Vance' give the same tokens."""
    return comparable_name(name).split()


def name_end(token: Token) -> Token:
    """The word of a name the parser hangs the rest of it on ('Biden' of 'Joe Biden')."""
    while token.dep_ in ("compound", "flat") and token.head != token:
        token = token.head
    return token


def family_name(parts: list[str]) -> str:
    """The surname of a name's parts: 'Marcos' of 'Ferdinand Marcos Jr', not the 'Jr' that
    follows it."""
    while len(parts) > 1 and parts[-1].lower().rstrip(".") in rules.NAME_SUFFIXES:
        parts = parts[:-1]
    return parts[-1]


@cache
def title_pattern() -> re.Pattern:
    """One alternation of every title, longest first, so 'vice president' beats 'president'."""
    titles = sorted(title_table(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in titles) + r")\b")


def institution_of(role: str | None) -> str | None:
    """'NATO Secretary General' -> 'nato', 'European Commission President' -> 'european
    commission': the body a title names, by its acronym or by a word such as 'Commission', for
    people of no country; 'Chief Inspector' names none."""
    words = (role or "").split()
    acronyms = [w for w in words if len(w) >= 2 and w.isupper() and w.isalpha()]
    if acronyms:
        return acronyms[0].lower()
    body = [w for w in title_pattern().sub(" ", (role or "").lower()).split() if w.isalpha()]
    # a body's own noun ('Commission', 'Council'), not 'Deputy' nor the portfolio of 'Minister of
    # Energy and Water', a government's office
    return " ".join(body) if any(w in rules.BODY_NOUNS for w in body) else None


def generic_office(text: str) -> str | None:
    """The office a title or its plural names: 'External Affairs Minister' (whose 'Affairs' is no
    plural) and 'foreign ministers' -> 'foreign minister'."""
    return generic_title(text) or generic_title(re.sub(r"s\b", "", text))


@lru_cache(maxsize=65536)
def generic_title(phrase: str) -> str | None:
    """The generic title in a phrase ('US Secretary of State' -> 'foreign minister')."""
    match = title_pattern().search(phrase.lower())
    return title_table()[match.group(1)] if match else None


def title_phrase_before(ent: Span) -> Span | None:
    """The title words right before a name: 'US Secretary of State' in '... Marco Rubio', and
    'Algerian President' in 'Algerian President, Abdelmadjid Tebboune' (a comma between) and
    'the former British Prime Minister, Mr Gordon Brown' and 'Prime Minister Sheikh Hasina' (a form
    of address between)."""
    doc = ent.doc
    phrase = title_words_ending_at(doc, ent.start, ent.sent.start)
    before = ent.start - 1
    while before > ent.sent.start and doc[before].lower_.rstrip(".") in rules.ADDRESS_HONORIFICS:
        before -= 1
    if phrase is None and before < ent.start - 1:  # "Prime Minister Sheikh Hasina"
        phrase = title_words_ending_at(doc, before + 1, ent.sent.start)
    if phrase is None and before > ent.sent.start and doc[before].text == "," and titled_before(doc, before):
        # "the Chairperson of the AU Commission, X, said": a title with an institution's name only
        # in apposition, closed by a comma ("After talks with the President of the Commission, X
        # said" names no title of X's)
        closed = ent.end < len(doc) and doc[ent.end].text == ","
        phrase = title_words_ending_at(doc, before, ent.sent.start, through_articles=closed)
    return serving_title(phrase) or phrase


def serving_title(phrase: Span | None) -> Span | None:
    """'aide to the President of the Russian Federation Vladimir Medinsky': the office served,
    told in full with its article and country, is another's; the name is the aide's ('Adviser to
    the President Sheikh Mohamed' names the President)."""
    if phrase is None or phrase.start < 3 or not any(t.lower_ == "of" for t in phrase):
        return None
    doc = phrase.doc
    article, link, office = doc[phrase.start - 1], doc[phrase.start - 2], doc[phrase.start - 3]
    serving = office.lower_ in rules.SERVING_TITLES or generic_title(office.text) is not None
    if article.lower_ == "the" and link.lower_ in rules.SERVING_PREPS and serving:
        return doc[office.i : office.i + 1]
    return None


def title_after(ent: Span) -> tuple[str | None, str | None]:
    """'A, Foreign Minister of Chile; B, ...': the office and country told after the name and a
    comma, up to the next name or semicolon: people listed with their offices after them get
    their countries as those named with a title before them do."""
    doc = ent.doc
    start = ent.end + 1
    if start >= ent.sent.end or doc[ent.end].text != "," or not doc[start].is_title:
        return None, None
    end = start
    while end < min(ent.sent.end, start + rules.TITLE_AFTER_NAME_WINDOW):
        token = doc[end]
        if token.text == ";" or (token.ent_type_ == "PERSON" and token.ent_iob_ == "B"):
            break
        end += 1
    if any(t.lower_ in rules.SUBNATIONAL_OFFICE_WORDS for t in doc[start:end]):
        return None, None  # "Governor of Georgia": a state's office, not a country's
    if any(t.lower_ == "to" for t in doc[start:end]):
        return None, None  # "Ambassador of the US to Saudi Arabia": resident where posted
    for link in reversed([t.i for t in doc[start:end] if t.lower_ == "of"]):
        office = doc[start:link]
        if not any(title_word(t) for t in office) or any(
            t.is_lower and t.lower_ not in rules.OFFICE_LINK_WORDS for t in office
        ):
            continue
        named = doc[link + 1 : end]
        # the longest run of words after 'of' that names a country ("Saint Vincent and the Grenadines")
        countries = (geography.country_named(named[:k].text) for k in range(len(named), 0, -1))
        country = next((c for c in countries if c), None)
        if country is not None:
            return office.text, country
    return None, None


def title_in_apposition(ent: Span) -> tuple[str | None, str | None]:
    """'A, the Malaysian Foreign Minister, arrived', 'A, Russia's foreign minister, said', 'A, the
    foreign minister of Iran,': the office told in apposition right after the name, with its
    country, so that 'the foreign minister' later is A. A former office is none."""
    doc = ent.doc
    if ent.end >= ent.sent.end or doc[ent.end].text != ",":
        return None, None
    head = next((c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.end), None)
    if head is None or head.left_edge.i != ent.end + 1:
        return None, None
    span = doc[ent.end + 1 : head.right_edge.i + 1]
    if (
        len(span) > rules.TITLE_APPOSITION_MAX_TOKENS
        or any(t.ent_type_ == "PERSON" or t.lower_ in rules.FORMER_WORDS for t in span)
        or not title_word(head)
        # "Governor of Georgia": a state's office; "ambassador to Japan": resident where posted
        or any(t.lower_ in rules.SUBNATIONAL_OFFICE_WORDS or t.lower_ == "to" for t in span)
        # "the foreign minister's adviser": someone else's office ("Russia's foreign minister" is his)
        or any(
            t.tag_ == "POS" and not geography.is_country(doc[span.start : t.i].text.removeprefix("the "))
            for t in span
        )
    ):
        return None, None
    start = span.start + 1 if span[0].lower_ == "the" else span.start
    link = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if link is not None:
        country = geography.country_named(doc[link.i + 1 : head.right_edge.i + 1].text)
        if country is None:
            return None, None  # "the foreign minister of the breakaway region"
        role, told = split_title(doc[start : link.i])
        return role, told or country
    if head.right_edge.i != head.i:
        return None, None  # "the envoy for the Sahel": an office of its own words
    return split_title(doc[start : head.i + 1])


def title_head(title: str) -> str:
    """'Secretary of State' -> 'secretary', 'foreign ministers of the Baltic states' -> 'ministers':
    the head word of a title or a group's label, before its 'of' phrase."""
    words = title.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def titled_before(doc: Doc, comma: int) -> bool:
    """A title ends right before the comma: 'President,' or 'the Emir of Qatar,'."""
    if title_word(doc[comma - 1]):
        return True
    if any(title_for_place(doc, comma, size) for size in range(1, rules.ENVOY_REGION_MAX_WORDS + 1)):
        return True  # "the Emir of Qatar,", "the UN envoy for Cyprus,", "the envoy for the Sahel,"
    # "the Chairperson of the African Union (AU) Commission,": a title, 'of' and an institution's name
    mark = comma - 1
    while mark > 0 and comma - mark <= rules.TITLE_AFTER_NAME_WINDOW:
        if doc[mark].is_title:
            mark -= 1
        elif (opening := abbreviation_before(doc, mark + 1)) is not None:
            mark = opening - 1
        else:
            break
    if doc[mark].lower_ == "the":
        mark -= 1
    return mark > 0 and mark < comma - 1 and doc[mark].lower_ == "of" and title_word(doc[mark - 1])


def title_for_place(doc: Doc, comma: int, size: int) -> bool:
    """The `size` words before the comma name a country or an envoy's region, linked to a title
    before them ('the Emir of Qatar,', 'the special representative for the South Caucasus,')."""
    place = doc[max(comma - size, 0) : comma]
    link = comma - size - 1
    if link >= 1 and doc[link].lower_ == "the":
        link -= 1
    return (
        link >= 1
        and doc[link].lower_ in rules.COUNTRY_TITLE_LINKS
        and title_word(doc[link - 1])
        and (
            (size == 1 and place[0].ent_type_ == "GPE")
            or geography.is_country(place.text)
            or place.text.lower() in rules.ENVOY_REGIONS
        )
    )


def abbreviation_before(doc: Doc, end: int) -> int | None:
    """Where '(AU)' starts when it ends right before `end`: an abbreviation in brackets inside a
    name."""
    if end >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and doc[end - 2].is_upper:
        return end - 3
    return None


def title_words_ending_at(doc: Doc, end: int, sent_start: int, through_articles: bool = False) -> Span | None:
    """'Nepali Ambassador to China' before a name: title words, 'of', 'to' or 'for' between them;
    `through_articles`, an article after the link too ('the Chairperson of the African Union
    Commission, X': set off by a comma, the title is whole)."""
    start = end
    while start > sent_start:
        token = doc[start - 1]
        linking = token.lower_ in rules.TITLE_LINKS and start - 1 > sent_start
        # "Minister of Trade, Industry and Competition X", "Minister of Energy and Natural Resources
        # X": a ministry's words listed, a portfolio's word on one side at least
        linking = linking or (
            token.lower_ in rules.MINISTRY_WORD_LINKS
            and start < end
            and start - 2 > sent_start
            and all(ministry_word(doc[i]) or capitalised_common_word(doc[i]) for i in (start, start - 2))
            and any(ministry_word(doc[i]) for i in (start, start - 2))
        )
        # "Secretary of the Army X", "Minister of the Interior X": the article of a title's body,
        # right before the name (set off by a comma, `through_articles` decides)
        # "Special Envoy for the Horn of Africa X", "Minister for the Environment X"
        linking = linking or (
            token.lower_ == "the"
            and doc[end].text != ","
            and start - 3 >= sent_start
            and doc[start - 2].lower_ in rules.TITLE_LINKS
            and title_word(doc[start - 3])
            # "adviser to the Crown Prince X": the office served is X's (`serving_title`)
            and (doc[start - 2].lower_ == "of" or doc[start - 3].lower_ not in rules.SERVING_TITLES)
        )
        linking = linking or (
            through_articles
            and token.lower_ == "the"
            and start - 2 > sent_start
            and doc[start - 2].lower_ in rules.TITLE_LINKS
        )
        if token.pos_ in ("PROPN", "NOUN", "ADJ") or linking:
            if token.ent_type_ == "PERSON":
                break
            start -= 1
            continue
        if (token.tag_ == "HYPH" or token.lower_ in ("-", "–")) and not token.whitespace_:
            start -= 1  # "Vice-President"; not the spaced dash after a dateline ("LUANDA - ")
            continue
        if through_articles and (opening := abbreviation_before(doc, start)) is not None:
            start = opening  # "the Chairperson of the African Union (AU) Commission,"
            continue
        break
    whole = generic_title(doc[start:end].text)
    while start + 1 < end and (doc[start].lower_ in rules.TITLE_LINKS or lead_word(doc[start:end], whole)):
        start += 1  # "the invitation of Foreign Minister": the title alone
    if start == end or doc[end - 1].lower_ in rules.TITLE_LINKS:
        return None  # "the President of the European Council": the title's body, not a name after it
    links = [t.i for t in doc[start:end] if t.lower_ in ("of", "to")]
    if links and generic_title(doc[start : links[-1]].text):
        tail = doc[links[-1] + 1 : end]
        if tail[0].is_title and generic_title(tail.text):
            start = tail.start  # "a senior adviser to President X": X's title is the President's
    phrase = doc[start:end]
    return phrase if generic_title(phrase.text) else None


def holder_after_long_title(title: Token, is_person: Callable[[Token], bool]) -> Token | None:
    """'Minister of State for African Affairs A': a long capitalised title runs on to its holder's
    name, with nothing but title words and links between. A title set after a name ('A, Cabinet
    Secretary for Foreign and Diaspora Affairs') is that name's."""
    doc = title.doc
    first = title
    while first.dep_ == "conj" and first.head.i < first.i and generic_title(first.head.text):
        first = first.head  # "A, Prime Cabinet Secretary and Cabinet Secretary for ..."
    start = first.left_edge.i
    if first.dep_ == "appos" or (start >= 2 and doc[start - 1].text == "," and is_person(doc[start - 2])):
        return None
    linked = False
    for following in doc[title.i + 1 : title.i + 1 + rules.LONG_TITLE_MAX_WORDS]:
        if is_person(following):
            return following
        if linked and generic_title(following.text):
            return None  # "the Head of the Office of President A": A holds another office
        # "of Bosnia and Herzegovina": an 'and' inside the name of the title's country
        inner_and = (
            following.lower_ == "and"
            and following.i + 1 < len(doc)
            and ends_country_name(doc, following.i + 1)
        )
        if not (following.is_title or following.lower_ in rules.LONG_TITLE_LINKS or inner_and):
            return None
        linked = linked or following.lower_ in rules.LONG_TITLE_LINKS
    return None


def lead_word(phrase: Span, title: str | None) -> bool:
    """A lower-case word before a title that names the same office without it ('invitation',
    not 'former' or 'foreign')."""
    first = phrase[0]
    if first.pos_ == "ADJ" and first.is_lower and len(phrase) > 2 and phrase[1].pos_ != "ADJ":
        return lead_word(phrase[1:], title)  # "the cordial invitation of Prime Minister"
    return (
        first.is_lower
        and first.pos_ != "ADJ"
        and first.lower_ not in rules.TITLE_QUALIFIERS
        and generic_title(phrase[1:].text) == title
    )


def split_title(phrase: Span) -> tuple[str | None, str | None]:
    """'Israeli Prime Minister' -> ('Prime Minister', 'Israel'); 'former British Prime Minister'
    -> ('former Prime Minister', 'United Kingdom')."""
    country = None
    words = []
    skip_to = phrase.start
    for token in phrase:
        if token.i < skip_to:
            continue
        qualified = all(w.strip().lower() in rules.TITLE_QUALIFIERS for w in words)
        # "Omani Minister of State": a nationality the model left untagged is one all the same
        # "JAKARTA - Singapore Minister for Foreign Affairs": a country's name the model left untagged
        untagged = (
            not token.ent_type_
            and token.i == phrase.start
            and (token.lower_ in demonym_table() or geography.country_named(token.text) is not None)
        )
        # "Samoa Prime Minister" with the country tagged as an organisation
        misread = token.ent_type_ == "ORG" and token.i == phrase.start and geography.country_named(token.text)
        if token.i == phrase.start and token.ent_type_ not in ("GPE", "NORP") and not misread:
            # "Marshall Islands President", "Solomon Islands Prime Minister": a country of two or
            # three words the model tagged as something else, or not at all
            named = leading_country_name(phrase)
            if named is not None:
                country, skip_to = geography.country_named(named.text), named.end
                continue
        nationality = token.ent_type_ in ("GPE", "NORP") or untagged or bool(misread)
        if nationality and country is None and qualified and not title_word(token):
            # "South Sudanese": the whole nationality, not its last word
            ent = entity_at(token)
            whole = ent if ent is not None and ent.start == token.i and ent.end <= phrase.end else None
            country = country_of(whole.text, token.ent_type_) if whole is not None else None
            if country is not None:
                skip_to = whole.end
            else:
                label = token.ent_type_ or ("NORP" if token.lower_ in demonym_table() else "GPE")
                country = misread or country_of(token.text, label)
            continue
        words.append(token.text_with_ws)
    while words and words[-1].strip().lower().rstrip(".") in rules.STYLES:
        words.pop()  # "Crown Prince Sheikh": the style belongs to the name, not the office
    role = "".join(words).strip()
    return (role or None), country or possessive_country(phrase)


def leading_country_name(phrase: Span) -> Span | None:
    """The country of two or three words that opens a title phrase, if any."""
    for size in (3, 2):
        words = phrase.doc[phrase.start : phrase.start + size]
        if words.end < phrase.end and geography.country_named(words.text) is not None:
            return words
    return None


def possessive_country(phrase: Span, adjacent: bool = False) -> str | None:
    """ "Turkey's intelligence chief": the country whose office the title is (lower-case words
    the title dropped may stand between, unless `adjacent`: "Egypt's president received King A"
    makes no Egyptian king)."""
    doc, mark = phrase.doc, phrase.start - 1
    while (
        not adjacent
        and mark > phrase.sent.start
        and phrase.start - mark <= 3
        and doc[mark].is_lower
        and doc[mark].is_alpha
    ):
        mark -= 1
    if mark - 1 < phrase.sent.start or doc[mark].tag_ != "POS":
        return None
    owner = entity_at(doc[mark - 1])  # "Saudi Arabia's": the whole name, not "Arabia"
    if owner is not None and owner.label_ in ("GPE", "NORP"):
        return geography.country_named(clean_name(owner.text)) or geography.country_named(doc[mark - 1].text)
    return geography.country_named(doc[mark - 1].text)


def nationality_before(name: Span) -> str | None:
    """'the Saudi King Abdullah': a nationality word right before a name tagged with its title."""
    if name.start <= name.sent.start:
        return None
    word = name.doc[name.start - 1]
    return (
        country_of(word.text, "NORP") if word.ent_type_ == "NORP" or word.lower_ in demonym_table() else None
    )


def country_after_name(name: Span) -> str | None:
    """'King Abdullah of Saudi Arabia': the country right after a name and 'of' (the model may take
    the 'of' into the name)."""
    doc = name.doc
    link = name.end - 1 if doc[name.end - 1].lower_ == "of" else name.end
    if link + 1 >= name.sent.end or doc[link].lower_ != "of":
        return None
    owner = entity_at(doc[link + 1])
    if owner is None or owner.label_ != "GPE" or owner.start != link + 1:
        return None
    return geography.country_named(clean_name(owner.text))


def byline(ent: Span) -> bool:
    """'By Kim Arin' opening a line, or glued to a headline ('... since 2017By Kim Arin'): the
    reporter, no actor."""
    if ent.start == 0:
        return False
    doc = ent.doc
    before = doc[ent.start - 1]
    opens_line = before.i == 0 or "\n" in before.nbor(-1).text or before.is_sent_start
    # the name closes the line ('By Kim Arin'), not a phrase ("By Zelensky's count, ...")
    ends_line = ent.end >= len(doc) or "\n" in doc[ent.end].text or doc[ent.end].text in (",", "|", "and")
    return (before.text == "By" and opens_line and ends_line) or rules.GLUED_BYLINE.fullmatch(
        before.text
    ) is not None


def person_entities(doc: Doc, excluded: set[int], misread: list[Span]) -> list[Span]:
    """PERSON entities and the `misread` people, cleaned of headline verbs and completed."""
    tagged = [
        ent
        for ent in entities(doc)
        if ent.label_ in PERSON_LABELS
        and ent.start not in excluded
        # "Kazakh President A": a nationality the model tags as a person is nobody
        and ent.text.lower() not in demonym_table()  # "Sri Lankan" too
        and not byline(ent)
    ]
    pieces = [
        piece
        for ent in sorted(tagged + misread, key=lambda span: span.start)
        for piece in headline_pieces(ent)
    ]
    extended = [extend_person(piece) for piece in pieces]
    # "Mohammed bin Abdulrahman" + "Al Thani", tagged as two people: the first took in the second
    taken_in = [
        (piece.end, whole.end) for piece, whole in zip(pieces, extended, strict=True) if whole.end > piece.end
    ]
    spans = [
        without_leading_titles(whole)
        for piece, whole in zip(pieces, extended, strict=True)
        if not any(start <= piece.start and piece.end <= end for start, end in taken_in)
    ]
    # usable once whole: "Yoon Suk" alone hangs from the "yeol" of "Yoon Suk-yeol"
    return [span for span in spans if usable_name(span) and person_name(span)]


def without_leading_titles(span: Span) -> Span:
    """'PM Starmer' tagged as one person is Starmer: title words the model took into the name;
    'Armenia Jeyhun Bayramov' is Jeyhun Bayramov: a country (or an envoy's region, 'South Caucasus
    Toivo Klaar') before a name of two words or more ('Israel Katz' keeps its given name); and
    'Competition Zuko Godlimpi' of 'Minister of Trade, Industry and Competition Zuko Godlimpi' is
    Zuko Godlimpi: a ministry's word before one."""
    doc, start = span.doc, span.start
    # "Special Representative for the South Caucasus Toivo Klaar": the end of the envoy's region
    start += next(
        (
            size
            for size in range(rules.ENVOY_REGION_MAX_WORDS, 0, -1)
            if doc[start : start + size].text.lower() in rules.ENVOY_REGIONS and span.end - start - size >= 2
        ),
        0,
    )
    while start < span.end - 1 and not is_patronymic(doc[start + 1].text):
        country = geography.country_named(doc[start].text) is not None or doc[start].lower_ in demonym_table()
        # "Amir Sheikh Nawaf": a given name elsewhere ('Amir Peretz'), a title before a style
        styled = (
            doc[start].lower_ in rules.TITLES_BEFORE_A_STYLE and doc[start + 1].lower_ in rules.HONORIFICS
        )
        ministry = doc[start].is_title and portfolio_word(doc[start].lower_)
        # "of Republika Srpska Radovan Viskovic", "Sri Lanka Ranil Wickremesinghe": the end of a
        # place begun before the name
        country = country or ends_country_name(doc, start)
        if not (
            title_word(doc[start])
            or styled
            or misspelt_title(doc[start])
            or ((country or ministry) and span.end - start >= 3)
        ):
            break
        start += 1
    return doc[start : span.end]


def ends_country_name(doc: Doc, end: int) -> bool:
    """'Sri Lanka', 'Trinidad and Tobago', 'Bosnia and Herzegovina': the word at `end` closes a
    country's name of two to four words begun before it."""
    return any(
        geography.country_named(doc[start : end + 1].text) is not None
        for start in range(max(end - rules.COUNTRY_NAME_MAX_WORDS + 1, 0), end)
    )


def misspelt_title(token: Token) -> bool:
    """'Minsiter' in 'Prime Minsiter Narendra Modi': a title word misspelt, after a word that
    opens a title."""
    if token.i == 0 or token.doc[token.i - 1].lower_ not in rules.TITLE_OPENING_WORDS:
        return False
    return any(
        token.lower_[:1] == word[:1]
        and difflib.SequenceMatcher(None, token.lower_, word).ratio() >= rules.MISSPELT_TITLE_MIN_SIMILARITY
        for word in rules.MISSPELT_TITLE_WORDS
    )


def ministry_word(token: Token) -> bool:
    """'Industry' of 'Trade, Industry and Competition': a capitalised word of a ministry's name,
    not a place ('the Emir of Qatar and Public Investment Fund Governor') or a group."""
    return token.is_title and token.ent_type_ != "GPE" and portfolio_word(token.lower_)


def capitalised_common_word(token: Token) -> bool:
    """'Natural' of 'Energy and Natural Resources': a capitalised word no entity of a person or a
    place holds, beside a portfolio's word in a ministry's name; not a title's own word ('Prime
    Minister and Foreign Minister' are two titles)."""
    return (
        token.is_title
        and token.ent_type_ not in ("PERSON", *PLACE_LABELS)
        and token.pos_ != "VERB"
        and not title_word(token)
    )


def portfolio_word(word: str) -> bool:
    """'competition', 'cooperation': a word of a ministry's name, never a name's (a month is)."""
    return word in institution_words() and word not in dates.MONTHS and word not in dates.WEEKDAYS


def is_patronymic(word: str) -> bool:
    """'bin', 'ibn': a style or title word right before one is the person's given name ('Prince
    Sultan bin Salman', 'Dr. Sultan bin Ahmed Al Jaber'), never stripped from the name."""
    return word.lower() in rules.PATRONYMIC_PARTICLES


def misread_people(doc: Doc, excluded: set[int]) -> list[Span]:
    """People the model tagged as an organisation or place, or left untagged: a span shaped like a
    name with a title inside it ('NSA Ajit Doval'), right before it ('Defense Minister Rustem
    Umerov'), in apposition ('the German chancellor, Olaf Scholz,'), or listed beside a person."""
    found = []
    tagged = [ent for ent in entities(doc) if ent.label_ == "PERSON"]
    surnames = surnames_of(tagged)
    # "Morgan Ortagus" tagged an organisation, where a bare "Ortagus" elsewhere is a person
    alone = {ent[0].lower_ for ent in tagged if len(ent) == 1}
    candidates = name_candidates(doc)
    for span in candidates:
        if span.start in excluded:
            continue
        joined = surnames_joined(span, surnames)
        if joined:
            found += joined  # "Kiir and Machar" tagged as one organisation
            continue
        name = after_title(span)
        titled = name.start > span.start and any(
            title_word(t) or t.lower_ in rules.HONORIFICS for t in span[: name.start - span.start]
        )
        if name_shaped(name) and (
            titled
            or beside_title(name)
            or listed_with_person(name)
            or after_counterpart(name)
            or after_spouse_word(name)
            or (name[-1].lower_ in alone and not any(len(t) == 1 for t in name))  # not "X S Jaishankar"
        ):
            found.append(name)
        elif titled and one_name_after_title(span, name):
            found.append(name)  # "Bangladesh PM Sheikh Hasina": a style and one name after a title
        elif titled and len(name) == 1 and name[0].lower_ in surnames and not place_word(name[0]):
            found.append(name)  # "PM Deuba" tagged as a place: a title and the surname of one named
        elif len(name) == 1 and acting_surname(name[0], surnames):
            found.append(name)  # "Khuraifi visited Damascus" after "Mohammed Al Khraifi", tagged a place
    # "Ortagus met X" after "Morgan Ortagus", whom only this pass found a person; "Abiy held talks"
    # after "Abiy Ahmed" (Ethiopian, Eritrean and Thai leaders go by their given names), when one
    # person alone in the article has that given name
    surnames_found = (surnames_of(found) - surnames) | sole_given_names(tagged + found)
    if not surnames_found:
        return found
    taken = excluded | {i for span in tagged + found for i in range(span.start, span.end)}
    for word in doc:
        # the model may tag the lone name a noun ('Abiy held talks'), so every subject is looked at
        if word.i not in taken and acting_surname(word, surnames_found):
            found.append(doc[word.i : word.i + 1])
    return found


def acting_surname(word: Token, surnames: set[str]) -> bool:
    """A lone capitalised word the model took for a place or group, doing what people do (the
    subject of a verb), that is the surname of a person named in full, or a spelling of it a
    letter or two off; never a word that names a country or city."""
    if word.dep_ not in ("nsubj", "nsubjpass") or not word.is_alpha or not word.is_title:
        return False
    plural_of = word.lower_[:-1] if word.lower_.endswith("s") else None
    if plural_of and any(surname.endswith(plural_of) for surname in surnames):
        return False  # "Houthis met mediators": a people, not the leader al-Houthi
    if place_word(word) or word.lower_ in demonym_table() or word.tag_ == "NNPS":
        return False
    if word.lower_ in surnames:
        return True
    # a respelling only of what the model took for a place ("Fatah" tagged a group stays one), or
    # of a long surname it took for a group ("Mitsitakis" after "Kyriakos Mitsotakis")
    respelt = word.ent_type_ in ("GPE", "LOC", "") or (
        word.ent_type_ == "ORG" and len(word) >= rules.MISSPELLED_GROUP_NAME_MIN_LENGTH
    )
    return respelt and any(same_person_spelled([surname], [word.lower_]) for surname in surnames)


def same_person_spelled(known: list[str], other: list[str]) -> bool:
    """'Steve Witkoff' ~ 'Steve Whitkoff', 'Witkoff' ~ 'Whitkoff': surnames a letter or two apart
    (long enough for that to be a misspelling) and given names that agree where both are given;
    'Eric Trump' and 'Donald Trump' stay apart."""
    if not known or not other:
        return False
    if known[-1] == other[-1]:
        return given_name_respelled(known, other)
    a, b = known[-1], other[-1]
    same_given = len(known) > 1 and len(other) > 1 and known[0] == other[0]
    if (
        same_given
        and min(len(a), len(b)) >= rules.CUT_SURNAME_MIN_LENGTH
        and (a.startswith(b) or b.startswith(a))
    ):
        return True  # "Felix Tshi" where a scraped text is cut off, "Felix Tshisekedi" in full
    if min(len(a), len(b)) < rules.MISSPELLED_NAME_MIN_LENGTH or a[0] != b[0]:
        return False
    # "Isaias Afwerki" ~ "Isaias Afeworki": the same given name allows a looser surname
    wanted = rules.MISSPELLED_NAME_SAME_GIVEN_RATIO if same_given else rules.MISSPELLED_NAME_MIN_RATIO
    if difflib.SequenceMatcher(None, a, b).ratio() < wanted and not letters_swapped(a, b):
        return False
    if len(known) == 1 or len(other) == 1:
        return True
    first_a, first_b = known[0], other[0]
    return first_a.startswith(first_b) or first_b.startswith(first_a)


def letters_swapped(a: str, b: str) -> bool:
    """'Ergodan' ~ 'Erdogan': two letters of one word typed in each other's place."""
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differing) == 2 and differing[0] == differing[1][::-1]


def given_name_respelled(known: list[str], other: list[str]) -> bool:
    """'Bidhya Devi Bhandari' ~ 'Bidya Devi Bhandari': three names or more, all alike but one
    given name a letter off; two-word names may be relatives ('Ivana' and 'Ivanka Trump')."""
    if len(known) != len(other) or len(known) < 3:
        return False
    differing = [(a, b) for a, b in zip(known, other, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    return (
        min(len(a), len(b)) >= rules.MISSPELLED_GIVEN_NAME_MIN_LENGTH
        and a[0] == b[0]
        and difflib.SequenceMatcher(None, a, b).ratio() >= rules.MISSPELLED_NAME_MIN_RATIO
    )


def surnames_joined(span: Span, surnames: set[str]) -> list[Span]:
    """'Kiir and Machar' as one entity: two surnames of people the article names in full."""
    if len(span) != 3 or span[1].lower_ != "and":
        return []
    if not all(t.is_title and t.lower_ in surnames for t in (span[0], span[2])):
        return []
    return [span[0:1], span[2:3]]


def one_name_after_title(span: Span, name: Span) -> bool:
    """A single untagged name after a title ('PM Sheikh Hasina', 'Prime Minister Modi'), in running
    text."""
    if len(name) != 1:
        return False
    word = name[0]
    return (
        not word.ent_type_
        and word.pos_ == "PROPN"
        and word.is_alpha
        and word.text[:1].isupper()
        and not word.is_upper
        and any(title_word(t) for t in span[: name.start - span.start])
        # "Chief Executive Abdullah Abdullah": a title word before the name the model tagged
        and not (word.i + 1 < len(word.doc) and word.nbor(1).ent_type_ == "PERSON")
        and not office_word(word)
        and word.lower_ not in rules.HEADLINE_VERBS
        and not place_word(word)
        and not title_case(word.sent)
    )


def sole_given_names(names: list[Span]) -> set[str]:
    """The first words, lower-cased, of full names that no other full name of the list shares."""
    full = {tuple(t.lower_ for t in name) for name in names if len(name) > 1 and name[0].is_alpha}
    firsts = [words[0] for words in full if words[0] not in rules.HONORIFICS]
    return {word for word in firsts if firsts.count(word) == 1}


def possessive_name(token: Token) -> bool:
    """The name the token is in is followed by a possessive: 'Zelensky's Chief of Staff A', 'Ali
    Khamenei's top adviser' (the name of an owner, not of the person the words are about)."""
    end = token
    while end.i + 1 < len(token.doc) and token.doc[end.i + 1].ent_iob_ == "I":
        end = token.doc[end.i + 1]
    return end.i + 1 < len(token.doc) and token.doc[end.i + 1].tag_ == "POS"


def surnames_of(names: list[Span]) -> set[str]:
    """The last words, lower-cased, of the names of two words or more: 'Albanese' of 'Francesca
    Albanese', which a bare 'Albanese' then means."""
    return {name[-1].lower_ for name in names if len(name) > 1}


def place_word(token: Token) -> bool:
    """'Jordan', 'Paris': a word that names a country or a city."""
    return geography.country_named(token.text) is not None or geography.city(token.text) is not None


def name_candidates(doc: Doc) -> list[Span]:
    """Entities of the labels some names get, and runs of untagged capitalised proper nouns."""
    spans = [ent for ent in entities(doc) if ent.label_ in MISREAD_PERSON_LABELS]
    # the few untagged proper nouns and one-letter words, off the Doc's arrays (a walk over every
    # token would cost more than the rest of this pass)
    ent_type, pos, length = doc.to_array([ENT_TYPE, POS, LENGTH]).T
    maybe = np.flatnonzero((ent_type == 0) & ((pos == PROPN) | (length == 1)))
    capitalised = {
        int(i)
        for i in maybe
        if (doc[int(i)].pos == PROPN and doc[int(i)].text[:1].isupper()) or paired_initial(doc[int(i)])
    }
    end = 0
    for start in sorted(capitalised):
        if start < end:
            continue  # inside the run just taken
        end = start + 1
        while (
            end < len(doc) and not doc[end].is_sent_start and (end in capitalised or joining_name(doc, end))
        ):
            end += 1
        spans.append(doc[start:end])
    return spans


def joining_name(doc: Doc, index: int) -> bool:
    """'bin', 'al', a hyphenated part: a word that carries a run of name words on."""
    token = doc[index]
    return not token.ent_type_ and (token.lower_ in rules.NAME_PARTICLES or hyphenated_part(doc, index))


def paired_initial(token: Token) -> bool:
    """'A K Abdul Momen', 'V S Sekhon': a one-letter initial before another opens a name, though
    the model takes 'A' for an article."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        len(token.text) == 1
        and token.text.isupper()
        and following is not None
        and len(following.text) == 1
        and following.text.isupper()
        and not following.ent_type_
    )


def after_title(span: Span) -> Span:
    """The name after the title, office and country words a span opens with: 'NSA Ajit Doval' ->
    'Ajit Doval', 'Union Ministers Shobha Karandlaje' -> 'Shobha Karandlaje', 'Grenada H.E. Dickon
    Mitchell' -> 'Dickon Mitchell', 'Beijing Ahmed Saleh' -> 'Ahmed Saleh'; the span itself when it
    opens with none."""
    opening = [i for i, t in enumerate(span) if office_word(t) or (i == 0 and geography.city(t.text))]
    if not opening:
        return span
    start = opening[-1] + 1
    if 0 < start < len(span) and is_patronymic(span[start].text):
        start -= 1  # "Dr. Sultan bin Ahmed Al Jaber": 'Sultan' is the given name here
    return span[start:]


def office_word(token: Token) -> bool:
    """A title, honorific, institution, country or nationality word: never part of a name."""
    return is_office_word(token.text)


def title_alone(actor: Actor) -> bool:
    """'Ministers', 'Ministers of Finance, Trade, Works': a person the model made of titles."""
    return actor.kind == "person" and office_words_only(actor.canonical_name)


def office_words_only(name: str) -> bool:
    """'Ministers of Finance, Trade', 'Lok Sabha': titles, offices and bodies, naming no one."""
    return all(is_office_word(w) for w in name.replace(",", " ").split())


@lru_cache(maxsize=65536)
def is_office_word(text: str) -> bool:
    lower = text.lower()
    return (
        generic_title(singular_word(lower)) is not None
        or lower in rules.HONORIFICS
        or lower in institution_words()
        or lower in demonym_table()
        or geography.country_named(text) is not None
    )


def title_word(token: Token) -> bool:
    """'Minister', 'Ministers', 'chancellor': a word that is a title by itself."""
    return generic_title(singular(token)) is not None


def singular(token: Token) -> str:
    return singular_word(token.lower_)


def singular_word(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"  # "secretaries", "deputies"
    return word[:-1] if word.endswith("s") and len(word) > 3 and not word.endswith("ss") else word


def name_shaped(span: Span) -> bool:
    """Two to five name words ('Nana Akufo-Addo', 'Le Hoai Trung', 'Abdullah II'), none of them an
    office word ('Minister', 'Council', 'Ukraine') or a headline's verb, and not a known place."""
    words = [t for t in span if t.is_alpha]
    if not 2 <= len(words) <= 5 or not words[0].text[:1].isupper():
        return False
    for token in span:
        if token.is_alpha and token.lower_ in rules.NAME_PARTICLES:
            continue
        if token.text in ("-", "‐") and token.i > span.start and hyphenated_part(span.doc, token.i):
            continue
        capitalised = token.is_alpha and token.text[:1].isupper() and not (token.is_upper and len(token) > 1)
        numeral = ROMAN_NUMERAL.match(token.text) and token.i > span.start  # "Abdullah II"
        if not (capitalised or numeral):
            return False
        if office_word(token) or token.lower_ in rules.HEADLINE_VERBS:
            return False
    text = span.text
    return geography.country_named(text) is None and geography.city(text) is None


def beside_title(span: Span) -> bool:
    """A title right before the name, or a title noun in apposition either way."""
    root = span.root
    if title_phrase_before(span) is not None:
        return True
    if root.dep_ == "appos" and title_word(root.head):
        return True
    return any(child.dep_ == "appos" and title_word(child) for child in root.children)


def after_counterpart(span: Span) -> bool:
    """'his Bangladesh counterpart A K Abdul Momen': a name right after 'counterpart' is that
    person, whatever the model tagged it; so is one in apposition to the counterpart's phrase ('my
    counterpart from Laos, Sonexay Siphandone', hung on the country)."""
    before = span.start - 1
    if before >= span.sent.start and span.doc[before].lower_ in rules.COUNTERPART_NOUNS:
        return True
    # "A and his Greek counterpart, B, attended": the parser may hang B on A
    if (
        before - 1 >= span.sent.start
        and span.doc[before].text == ","
        and span.doc[before - 1].lower_ in rules.COUNTERPART_NOUNS
    ):
        return True
    return span.root.dep_ == "appos" and span.doc[before].text == "," and describes_person(span.root)


def describes_person(name: Token, titles: bool = False) -> bool:
    """A name in apposition to a counterpart ('my counterpart from Laos, Sonexay Siphandone', the
    name hung on the country) or, with `titles`, to a title's phrase."""
    described = name.head
    for _ in range(rules.DESCRIBED_NAME_MAX_STEPS):
        if described.lower_ in rules.COUNTERPART_NOUNS or (titles and generic_title(described.text)):
            return True
        if described.dep_ not in ("pobj", "prep"):
            return False
        described = described.head
    return False


def after_spouse_word(span: Span) -> bool:
    """'accompanied by his spouse Suzanne Innes-Stubb', 'his wife, X': a spouse is a person."""
    before = span.start - 1
    if before >= 0 and span.doc[before].text == ",":
        before -= 1
    return before >= 0 and span.doc[before].lower_ in rules.SPOUSE_WORDS


def listed_with_person(span: Span) -> bool:
    """'Matteo Renzi, Francois Hollande and Theresa May': a conjunct of a person's name, unless the
    model took it for a place ('Gaza City, Deir al-Balah') or the line is a title-case headline."""
    root = span.root
    if span[0].ent_type_ in PLACE_LABELS or title_case(span.sent):
        return False
    if root.dep_ == "conj" and root.head.ent_type_ == "PERSON":
        return True
    return any(child.dep_ == "conj" and child.ent_type_ == "PERSON" for child in root.children)


def title_case(sentence: Span) -> bool:
    """'Leaders Discuss Trade, Border Settlement And Energy': a headline, every longer word capitalised."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def headline_pieces(ent: Span) -> list[Span]:
    """'Modi Meets Xi', 'Trump Says', 'Erdogan to Host Putin' in a title-case headline: the names
    around the verb the model took for part of one name; the verb itself is no name."""
    pieces, start = [], ent.start
    for token in ent:
        # "Offer to Host Putin": a verb after 'to' that the model took into the name it governs
        after_to = token.i > 0 and token.nbor(-1).lower_ == "to"
        if (
            (headline_verb(token) and (token.i > ent.start or after_to or after_subject(token)))
            or headline_modal(token, ent)
            or opening_participle(token)
        ):
            if token.i > start:
                pieces.append(ent.doc[start : token.i])
            start = token.i + 1
    if start == ent.start:
        return [ent]
    if start < ent.end:
        pieces.append(ent.doc[start : ent.end])
    # "Visits Nigeria": the country visited is no person
    return [p for p in pieces if not (geography.country_named(p.text) or geography.is_capital(p.text))]


def opening_participle(token: Token) -> bool:
    """'Welcoming Bayramov and Mirzoyan, Nurtleu said': the participle opening the sentence, which
    the model may take into the name after it."""
    return token.i == token.sent.start and token.lower_ in rules.OPENING_PARTICIPLES


def after_subject(token: Token) -> bool:
    """'Ghana's President Visits Nigeria': a headline verb right after its subject, where the
    model's name starts at the verb."""
    return token.i > 0 and token.nbor(-1).is_title and title_case(token.sent)


def headline_modal(token: Token, ent: Span) -> bool:
    """'Erdogan, Putin May Soon Hold Talks': a modal verb of a title-case headline after a surname
    the text names a person by elsewhere; not 'Theresa May', whose 'Theresa' ends no name."""
    if token.lower_ not in rules.HEADLINE_MODALS or token.i == ent.start or not title_case(token.sent):
        return False
    before = token.nbor(-1).text
    return any(
        other.label_ == "PERSON" and other[-1].text == before and token.i not in range(other.start, other.end)
        for other in entities(token.doc)
    )


def headline_verb(token: Token) -> bool:
    """'Says' in 'Trump Says', but not 'Said' after 'Al' ('Fahd bin Mahmoud Al Said'), nor the 'In'
    of a hyphenated given name ('Lee In-young')."""
    after_particle = token.i > 0 and token.nbor(-1).lower_ in rules.NAME_PARTICLES
    told_as_verb = token.lower_ in rules.HEADLINE_VERBS and token.text[:1].isupper()
    return told_as_verb and not after_particle and not hyphenated_part(token.doc, token.i + 1)


def apostrophe_name(word: str) -> bool:
    """'Mata’afa', "O'Brien", 'Hu’akavameiliku': a name word with an apostrophe inside."""
    return rules.APOSTROPHE_NAME_WORD.fullmatch(word) is not None


def unknown_place(token: Token) -> bool:
    """A word the model tags as a place that names no country or city the gazetteer knows."""
    return token.ent_type_ in ("GPE", "LOC") and not place_word(token)


def extend_person(ent: Span) -> Span:
    """'Mohammed bin Abdulrahman' + 'Al Thani', 'Ursula von' + 'der Leyen', 'Sultan' + 'bin
    Salman': take in the name words the model left out (capitalised proper nouns, particles
    followed by one, and the given name before a patronymic)."""
    doc, end = ent.doc, ent.end
    nickname = 0  # the words of a quoted nickname, not counted as the name's own
    while hyphenated_part(doc, end):
        end += 2  # "Yoon Suk" + "-yeol", "Moon Jae" + "-in"
    while (
        end < len(doc)
        and end - ent.end - nickname < rules.NAME_EXTENSION_MAX_TOKENS
        and doc[end - 1].whitespace_
        and (
            doc[end].is_alpha
            or apostrophe_name(doc[end].text)
            or (not nickname and quoted_nickname(doc, end))
        )
        and doc[end - 1].tag_ != "POS"  # "Donald Trump's Special Envoy": the owner's name ends there
    ):
        token = doc[end]
        if not nickname and quoted_nickname(doc, end):
            end, nickname = end + 3, 3  # 'Luis Inácio "Lula" da Silva': the nickname is inside
            continue
        after_particle = doc[end - 1].lower_ in rules.NAME_PARTICLES  # "bint Bandar bin Sultan"
        if headline_verb(token) or (is_office_word(token.text) and not after_particle):
            break  # "Erdogan Hosts Zelensky": a headline's verb ends the name; so does a title
        particle_then_name = (
            token.lower_ in rules.NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        )
        name_word = (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and (
                token.ent_type_ in ("", "PERSON")
                or doc[end - 1].lower_ in rules.NAME_PARTICLES
                or unknown_place(token)  # "Amir Khan" + "Muttaqi", the surname tagged as a place
            )
        )
        if not (particle_then_name or name_word):
            break
        end += 1
    if doc[end - 1].lower_ in rules.NAME_PARTICLES:
        end -= 1
    if end == ent.end and end < len(doc) and misread_surname(doc[end], ent):
        end += 1
    start = ent.start
    if is_patronymic(ent[0].text) and start > 0 and doc[start - 1].text[:1].isupper():
        start -= 1  # "Prince Sultan" + "bin Salman": the given name before 'bin' is the name's
    elif rules.MIDDLE_INITIAL.fullmatch(ent[0].text) and start > 0 and untagged_name_word(doc[start - 1]):
        start -= 1  # "Antony" + "J. Blinken": the given name before a middle initial
    elif (
        len(ent) == 1
        and start > 1
        and untagged_name_word(doc[start - 1])
        and not place_word(doc[start - 1])
        and is_office_word(doc[start - 2].text)
    ):
        # "Minister of Treasury and Finance Mehmet" + "Simsek": the model tagged the surname alone
        start -= 1
    return doc[start:end] if (start, end) != (ent.start, ent.end) else ent


def untagged_name_word(word: Token) -> bool:
    """A capitalised proper noun the model left out of every entity, and no title's word: a given
    name before the part of the name it tagged."""
    return (
        word.pos_ == "PROPN"
        and word.is_title
        and word.is_alpha
        and not word.ent_type_
        and not is_office_word(word.text)
    )


def quoted_nickname(doc: Doc, index: int) -> bool:
    """'"Lula"' between 'Luis Inácio' and 'da Silva': one capitalised word in quotes, the name
    going on after it."""
    return (
        index + 3 < len(doc)
        and doc[index].text in rules.QUOTE_MARKS
        and doc[index + 2].text in rules.QUOTE_MARKS
        and doc[index + 1].is_alpha
        and doc[index + 1].text.istitle()
        and (doc[index + 3].text.istitle() or doc[index + 3].lower_ in rules.NAME_PARTICLES)
    )


def misread_surname(token: Token, ent: Span) -> bool:
    """'Shah Mahmood' + 'Qureshi' tagged as a place: the word the name's last part modifies, tagged
    alone as another kind of entity, and no place or nationality the gazetteer knows."""
    last = ent[-1]
    return (
        last.dep_ == "compound"
        and last.head == token
        and token.ent_iob_ == "B"
        and token.ent_type_ in ("GPE", "LOC", "ORG", "NORP")
        and (token.i + 1 >= len(token.doc) or token.nbor(1).ent_iob_ != "I")
        and token.text.istitle()
        and not is_office_word(token.text)
        and geography.city(token.text) is None
    )


def hyphenated_part(doc: Doc, index: int) -> bool:
    """'-yeol' right after 'Yoon Suk': a hyphen and a word, with no space, continuing a name."""
    return (
        index + 1 < len(doc)
        and doc[index].text in ("-", "‐")
        and not doc[index - 1].whitespace_
        and not doc[index].whitespace_
        and doc[index + 1].is_alpha
    )


def person_name(span: Span) -> str:
    """The name without honorifics: 'Sheikh Tamim bin Hamad Al Thani' -> 'Tamim bin Hamad Al Thani',
    'Cambodian King Norodom Sihamoni' -> 'Norodom Sihamoni'."""
    # 'Luis Inácio "Lula" da Silva': a quoted nickname stays a name word, its quotes go
    # "Mata’afa" and "Mata'afa": one name, written with the plain apostrophe
    words = clean_name(span.text).replace("\u2019", "'").split()
    # 'Cho Hyun "Repeated Request for ...': a quotation opening after the name is a headline's
    # words, not more of the name; a one-word nickname closed right after the span stays in it
    closed_after = span.end < len(span.doc) and span.doc[span.end].text in rules.QUOTE_MARKS
    opened = next(
        (
            i
            for i, w in enumerate(words)
            if i
            and w[0] in rules.QUOTE_MARKS
            and w[-1] not in rules.QUOTE_MARKS
            and not (closed_after and i == len(words) - 1)
        ),
        len(words),
    )
    words = [w.strip("".join(rules.QUOTE_MARKS)) or w for w in words[:opened]]
    while len(words) > 2 and words[-1].rstrip(":").lower() in rules.CAPTION_WORDS:
        words = words[:-1]  # "Christopher Luxon Photo: RNZ": a caption's credit after the name
    while len(words) > 2 and words[-1].isupper() and words[-1].rstrip(".,").lower() in rules.POSTNOMINALS:
        words = words[:-1]  # "Malcolm Turnbull MP"
    # "Secretary Rubio's Call with Lavrov": a headline's possessive ends the name
    owner = next((i for i, w in enumerate(words[:-1]) if w.endswith("'s") and len(w) > 3), None)
    if owner is not None:
        words = [*words[:owner], words[owner][:-2]]
    # "SpokespersonPress ReleasesSecretary Rubio": page furniture glued to the name; the name starts
    # after the last join, a title there is none of it
    glued = [i for i, w in enumerate(words) if rules.GLUED_WORDS.search(w)]
    if glued and glued[-1] < len(words) - 1:
        tail = rules.GLUED_WORDS.split(words[glued[-1]])[-1]
        words = ([] if generic_title(singular_word(tail.lower())) else [tail]) + words[glued[-1] + 1 :]

    def honorific(word: str) -> bool:
        return (
            word.lower() in rules.HONORIFICS or word.lower().rstrip(".") in rules.HONORIFICS
        )  # "H.E.", "Dr."

    while (
        len(words) > 1
        and not is_patronymic(words[1])  # "Prince Sultan bin Salman"
        and (
            honorific(words[0])
            # "Cambodian King Norodom Sihamoni": a nationality before a style
            or (len(words) > 2 and words[0].lower() in demonym_table() and honorific(words[1]))
        )
    ):
        words = words[1:]
    if words and words[0] == "of":
        return ""  # "the King of Spain": a title, no name
    words = words[country_after_of(span, words) :]
    if not any(capitalised_name_word(w) for w in words):
        return " ".join(words)  # most names: no word in capitals to read
    japanese = len(words) == 2 and capitalised_name_word(words[0]) and japanese_title(span)
    return " ".join(capitalised_surname(words, japanese=japanese))


def country_after_of(span: Span, words: list[str]) -> int:
    """'President of Argentina Macri': the model takes the title's country into the name that
    follows it; how many of the words are that country (none when the name would go)."""
    if span.start == 0 or span.doc[span.start - 1].lower_ != "of":
        return 0
    return next(
        (n for n in range(min(3, len(words) - 1), 0, -1) if geography.is_country(" ".join(words[:n]))),
        0,
    )


def capitalised_surname(words: list[str], japanese: bool = False) -> list[str]:
    """'IWAYA Takeshi' -> 'Takeshi Iwaya', 'Emmanuel MACRON' -> 'Emmanuel Macron': official styles
    write the surname in capitals. Japan's government also puts it first; English reporting, and
    the other mentions of the person, put it last (`japanese`: the name is told with a Japanese
    title). Other family-first names ('CHO Tae-yul', 'XI Jinping') keep their order: in English
    they are written family name first anyway."""
    capitals = [i for i, w in enumerate(words) if capitalised_name_word(w)]
    if len(capitals) != 1 or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return words  # "JOE BIDEN", a shouted headline; "CEO Smith"
    i = capitals[0]
    words = [*words[:i], words[i].title(), *words[i + 1 :]]
    if i == 0 and len(words) == 2 and japanese and "-" not in words[1]:
        words = [words[1], words[0]]
    return words


def capitalised_name_word(word: str) -> bool:
    """'MACRON', not 'UN' (an acronym) nor 'XIV' (a regnal number)."""
    if len(word) < rules.CAPITALISED_SURNAME_MIN or not word.isupper() or not word.isalpha():
        return False  # nearly every word: checked before the numeral's pattern
    return rules.REGNAL_NUMERAL.fullmatch(word) is None


def japanese_title(span: Span) -> bool:
    """'Japanese Foreign Minister IWAYA Takeshi', "Japan's Prime Minister ISHIBA Shigeru"."""
    before = span.doc[max(span.sent.start, span.start - rules.TITLE_NAME_MAX_DISTANCE) : span.start]
    return any(t.lower_ in rules.JAPAN_WORDS for t in before)


def titled_as_verb(token: Token) -> list[Token]:
    """'US envoys A and B arrived': a plural title the tagger took for a verb, the names after it
    parsed as its objects."""
    plural = token.lower_.endswith("s") and generic_title(token.text[:-1])
    if token.pos_ not in ("VERB", "AUX") or not plural:
        return []
    return [c for c in token.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]


def behind_dateline(subject: Token) -> list[Token]:
    """'SEOUL – President A and Prime Minister B issued ...': the parser makes the dateline's city
    the subject and the names its apposition; the names are the subject."""
    doc = subject.doc
    dateline = (
        subject.is_upper
        and len(subject.text) >= 3
        and subject.i - subject.sent.start <= 2
        and any(t.text in rules.DATELINE_DASHES for t in doc[subject.i + 1 : subject.i + 4])
    ) or subject.i in dateline_tokens(doc)  # "Addis Abeba – President A met …"
    named = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    if dateline and named:
        return named
    if subject.i != subject.sent.start:
        return [subject]
    window = doc[subject.i + 1 : min(subject.i + rules.DATELINE_MAX_TOKENS, subject.sent.end)]
    credit = next((t for t in window if dated_credit_end(t)), None)
    if credit is not None:
        # "Colombo, Mar 29 (PTI) External Affairs Minister S Jaishankar on Tuesday held ...": the
        # name the parser hangs on the dateline's date is the subject
        named = [
            t for t in subject.subtree if t.i > credit.i and t.dep_ in ("appos", "conj") and t.pos_ == "PROPN"
        ]
        return named[:1] or [subject]
    return [subject]


@lru_cache(maxsize=1)
def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of 'RIYADH (AP) —' or 'NEW DELHI, May 10 (Reuters) -' opening a paragraph (found once
    per Doc: the actor and place rules ask for them many times)."""
    found: set[int] = set()
    for number, sent in enumerate(sentences(doc)):
        if sent.start > 0 and not (doc[sent.start - 1].is_space and "\n" in doc[sent.start - 1].text):
            continue
        if number < rules.VISIT_DATELINE_MAX_SENTENCES and city_line(sent):
            found.update(range(sent.start, sent.end))  # "ANKARA" on a line of its own
            continue
        head = doc[sent.start : min(sent.end, sent.start + rules.DATELINE_MAX_TOKENS)]
        dash = next(
            (
                t
                for t in head
                if (t.text in rules.DATELINE_DASHES and t.i > 0 and doc[t.i - 1].whitespace_)
                or (t.text in (":", "):") and t.i > sent.start)  # "London, 15 May (TDI):"
                or (t.text in rules.DATELINE_DASHES and t.i > sent.start and glued_city(doc[t.i - 1]))
            ),
            None,
        )
        if dash is None or dash.i == sent.start:
            continue
        before = doc[sent.start : dash.i]
        # "RIYADH", and "HÀ NỘI" of two short words
        city_in_capitals = before[0].is_upper and len(before.text.replace(" ", "")) >= 3
        agency_credit = any(t.text == "(" for t in before)
        # "Addis Abeba – President X met …": a known city in title case opening a paragraph
        city_in_title_case = (
            dash.i - sent.start <= rules.VISIT_DATELINE_CITY_MAX_TOKENS
            and all(t.is_title for t in before)
            and geography.city(before.text) is not None
            # not "Beijing – long Pyongyang's patron – received Kim": a dash pair sets off the subject's words
            and not any(
                t.text in rules.DATELINE_DASHES and doc[t.i - 1].whitespace_
                for t in doc[dash.i + 1 : sent.end]
            )
        )
        # "November 19, Port Sudan —": the day first, then a known city
        day_then_city = (
            before[0].lower_ in dates.MONTHS
            and "," in (t.text for t in before)
            and geography.city(before.text.split(",")[-1].strip()) is not None
        )
        if city_in_capitals or agency_credit or city_in_title_case or day_then_city:
            found.update(range(sent.start, dash.i + 1))
    return frozenset(found)


def city_line(sent: Span) -> bool:
    """A line that is only a city's name in capitals ('ANKARA'), as some sites print a dateline."""
    words = [t for t in sent if not t.is_space]
    return (
        0 < len(words) <= rules.CITY_LINE_MAX_WORDS
        and all(t.is_upper and t.is_alpha for t in words)
        and geography.city(" ".join(t.text for t in words).title()) is not None
    )


def dated_credit_end(token: Token) -> bool:
    """The ')' closing an agency's credit right after a dateline's date: 'Colombo, Mar 29 (PTI)'."""
    doc = token.doc
    return (
        token.text == ")"
        and token.i >= 3
        and doc[token.i - 2].text == "("
        and doc[token.i - 1].is_upper
        and doc[token.i - 3].ent_type_ == "DATE"
    )


def glued_city(token: Token) -> bool:
    """'ANKARA-Anadolu Agency': a city in capitals with the dash right after it."""
    return token.is_upper and token.is_alpha and geography.city(token.text.title()) is not None


def is_dateline(text: str) -> bool:
    """'JERUSALEM' or 'NEW DELHI/ISLAMABAD' opening a story is a dateline, not an actor."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def usable_name(ent: Span) -> bool:
    name = clean_name(ent.text)
    if len(name) < 2 or rules.NAME_JUNK.search(name) or not any(ch.isupper() for ch in name):
        return False
    first, last = name.split()[0], name.split()[-1]
    if len(name.split()) == 1 and name.lower() in institution_words():
        return False  # "Ambassador Extraordinary and Plenipotentiary": a style's word tagged a person
    if len(name.split()) > 1 and last.lower() in demonym_table():
        return False  # "Top Azerbaijani, Armenian diplomats meet": a headline's nationality
    if len(name.split()) > 1 and last.lower() in rules.LOCALITY_NAME_WORDS:
        return False  # "Janakpur Sub Metropolitan City": a town's body
    if first.islower() and first not in rules.NAME_PARTICLES and not first.startswith(("al-", "el-")):
        return False  # "of Spain": a phrase around a name, not one
    if is_dateline(name) or is_outlet(name):
        return False
    if name.lower().removeprefix("the ") in rules.ENVOY_REGIONS:
        return False  # "Special Representative for the South Caucasus": an envoy's region
    # A name used as a modifier ("the Trump administration") is not a mention of the person,
    # unless the "noun" is the "co" of a split "co-chaired" that the parser took for one.
    head = ent.root.head
    split_prefix = head.lower_ == "co" and head.i + 1 < len(head.doc) and head.nbor(1).text == "-"
    # "a call with Trump Monday morning": the parser hangs the name on the day told after it
    dated = head.ent_type_ in ("DATE", "TIME")
    # "Top White House envoy X": every word hanging outside the name modifies the title after it
    outside = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head == t]
    modifier = all(t.dep_ in ("compound", "amod") and t.head.pos_ == "NOUN" for t in outside)
    return not (modifier and ent.root.dep_ in ("compound", "amod") and not split_prefix and not dated)


def in_title(ent: Span) -> bool:
    """'State' in 'Secretary of State' is part of a title, not an organisation; so is the ministry
    in 'Department of Foreign Affairs Secretary A', a title and a name right after it."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and generic_title(root.head.head.text) is not None:
        return True
    after = ent.doc[ent.end : ent.end + rules.TITLE_NAME_MAX_DISTANCE]
    titled = bool(after) and title_word(after[0]) and any(t.ent_type_ == "PERSON" for t in after)
    return ent.label_ == "ORG" and titled
