"""Prominent people written several ways get one name: their common English form.

Why a table: articles give a leader's name in full protocol form ('Miguel Díaz-Canel Bermúdez',
'Mohammed bin Salman Al Saud'), in a short form ('Samia Suluhu', 'Lula') or by a nickname
('MBS'); nothing in one article says these are the same person as in the next. Spellings that
differ only in accents, dots, hyphens or a final -y/-i are matched anyway (`comparable_name`), and
so is a full name whose consonants are a known one's, with a surname the table lacks ('Abdelhamid
Dbeibeh' for 'Abdul Hamid Dbeibah': `near_known_key`);
the table (`data/known_people.csv`) holds the forms that differ by whole words, and the given
names Gulf rulers go by after a style ('Sheikh Tamim'), which name them only where the text gives
the person their country. An analyst's curation file is applied after it and can rename anyone
again. The pipeline component `known_people_entities` also tags the table's names as people
where the model misses them.
"""

from __future__ import annotations

import csv
import unicodedata
from difflib import SequenceMatcher
from functools import cache, lru_cache

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest import geography, rules
from ingest.actors.names import (
    MISREAD_PERSON_LABELS,
    after_title,
    country_keys,
    demonym_table,
    generic_title,
    hyphenated_part,
    place_word,
    surnames_of,
)
from ingest.actors.offices import office_terms
from ingest.records import Actor, comparable_name
from ingest.word_index import entities, tokens_with_words, word_set_ids


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[str, str | None]]:
    """Comparable form of every name and alias -> (common name, country): the first row listing it."""
    return {key: entries[0] for key, entries in known_entries().items()}


@lru_cache(maxsize=1)
def known_entries() -> dict[str, list[tuple[str, str | None]]]:
    """Comparable form of every name and alias -> every (common name, country) with it, in table
    order: 'King Abdullah' is Jordan's king unless the text makes him Saudi Arabia's."""
    table: dict[str, list[tuple[str, str | None]]] = {}
    with (rules.DATA_DIR / "known_people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entry = (row["canonical_name"], row["country"] or None)
            names = [row["canonical_name"], *row["aliases"].split("|")]
            keys = [comparable_name(name) for name in names if name]
            given_family = comparable_name(row["canonical_name"]).split()
            if len(given_family) == 2 and row["country"] in rules.FAMILY_NAME_FIRST_COUNTRIES:
                # 'Kishida Fumio': the family name first, as Japanese and Chinese papers write it
                keys.append(" ".join(reversed(given_family)))
            for key in dict.fromkeys(keys):
                if entry not in table.setdefault(key, []):
                    table[key].append(entry)
    for surname, entry in telling_surnames(table).items():
        table.setdefault(surname, [entry])
    return table


def telling_surnames(table: dict[str, list[tuple[str, str | None]]]) -> dict[str, tuple[str, str | None]]:
    """Surname -> the one person of the table it names when told alone ('Ruto said', 'Kurti left
    the hotel'): the last word of a common name written given name first, that no other common name
    ends in and no name in the table starts or goes on with ('Abbas' is also Araghchi's given name),
    four letters or more, neither a place nor a surname many people share ('Johnson', 'Khan')."""
    endings: dict[str, list[tuple[str, str | None]]] = {}
    inner_words = {word for key in table for word in key.split()[:-1]}
    for entries in table.values():
        for common, country in entries:
            words = comparable_name(common).split()
            if len(words) >= 2 and country not in rules.FAMILY_NAME_FIRST_COUNTRIES:
                found = endings.setdefault(words[-1], [])
                if (common, country) not in found:
                    found.append((common, country))
    return {
        surname: entries[0]
        for surname, entries in endings.items()
        if len(entries) == 1
        and len(surname) >= rules.TELLING_SURNAME_MIN_LETTERS
        and surname not in inner_words
        and surname not in rules.SURNAMES_MANY_SHARE
        and geography.country_named(surname) is None
        and geography.city(surname) is None
    }


@lru_cache(maxsize=1)
def table_surnames() -> dict[str, set[str]]:
    """Common name -> the surnames its spellings in the table end in ('Rustem Umerov': umerov,
    umierov), so a surname told alone finds the person whichever way the article spells it."""
    found: dict[str, set[str]] = {}
    for key, entries in known_entries().items():
        words = key.split()
        for common, _ in entries:
            # a full name with the common name's given name and a surname spelled close to the
            # common one ('Umierov' ~ 'Umerov'; not 'Font' of 'Gabriel Boric Font')
            common_words = comparable_name(common).split()
            if (
                len(words) >= 2
                and words[0] == common_words[0]
                and SequenceMatcher(None, words[-1], common_words[-1]).ratio()
                >= rules.SURNAME_SPELLING_MIN_RATIO
            ):
                found.setdefault(common, set()).add(words[-1])
    return found


@lru_cache(maxsize=1)
def styled_given_names() -> dict[str, list[tuple[str, str | None]]]:
    """Given name -> (common name, country) of rulers called by style and given name alone
    ('Sheikh Tamim', 'Sheikh Meshal'): a bare given name names them only when the text gives the
    person their country ('Qatar's Emir Sheikh Tamim'), for many others bear it."""
    table: dict[str, list[tuple[str, str | None]]] = {}
    with (rules.DATA_DIR / "known_people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for given in filter(None, (row.get("styled_given_names") or "").split("|")):
                table.setdefault(comparable_name(given), []).append(
                    (row["canonical_name"], row["country"] or None)
                )
    return table


def known_full_names() -> list[str]:
    """Every name and alias of two words or more, as written in the table, without a title other
    than a monarch's ('King Salman' is tagged whole; 'President Lula' is left to the model)."""
    names = []
    with (rules.DATA_DIR / "known_people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in [row["canonical_name"], *row["aliases"].split("|")]:
                words = name.split()
                # a monarch's title with the name ('King Charles') is tagged whole, as the model
                # tags it when it sees a person (it may take it for a place); other titles are left
                # to the model, which tags them with the name or not
                royal = bool(words) and words[0].lower() in rules.ROYAL_TITLES
                if len(words) >= 2 and (royal or words[0].lower() not in rules.HONORIFICS):
                    # with and without accents, so that the longest form written matches whole
                    # ('Recep Tayyip Erdogan', not 'Tayyip Erdogan' within it)
                    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                    names += [name] if plain == name else [name, plain]
    return names


def apply_known_name(actor: Actor) -> None:
    """Rename a person the table knows to their common name; the form found stays an alias."""
    if actor.kind != "person":
        return
    full_name = len(comparable_name(actor.canonical_name).split()) > 1
    # "Saudi King Abdullah": the royal title the text gave, with the name
    royal = (
        [f"{actor.role} {actor.canonical_name}"] if (actor.role or "").lower() in rules.ROYAL_TITLES else []
    )
    if not full_name and (actor.country or actor.role):
        styled = next(
            (
                e
                for e in styled_given_names().get(comparable_name(actor.canonical_name), [])
                if e[1] == actor.country
                or (actor.country is None and told_with_style(actor) and held_office(e[0], actor.role))
            ),
            None,
        )
        if styled is not None:  # "UAE President Sheikh Mohamed"
            actor.aliases.add(actor.canonical_name)
            actor.canonical_name = styled[0]
            return
    for name in [actor.canonical_name, *sorted(actor.aliases), *royal]:
        key = comparable_name(name)
        if full_name and len(key.split()) == 1:
            continue  # "Trump" said of Melania Trump: a bare surname only names one told by it alone
        entries = known_entries().get(key) or known_entries().get(near_known_key(key), [])
        if not entries:
            continue
        if len(key.split()) == 1 and actor.country and all(e[1] != actor.country for e in entries):
            continue  # "Meshal" of Kuwait is its emir, not a Palestinian of that surname
        if name != actor.canonical_name and goes_on_otherwise(
            comparable_name(actor.canonical_name), key, entries
        ):
            continue  # "Mohammed bin Abdulrahman bin Abdulaziz" of Riyadh, not Qatar's "... Al Thani"
        # "Saudi Arabia's King Abdullah": the row of the country the text gives, else the first
        common, country = next((e for e in entries if e[1] == actor.country), entries[0])
        if comparable_name(common) != comparable_name(actor.canonical_name):  # not for accents alone
            actor.aliases.add(actor.canonical_name)
            actor.canonical_name = common
        actor.country = actor.country or country
        return


def told_with_style(actor: Actor) -> bool:
    """Told with a ruler's style somewhere ('President Sheikh Mohamed'), not 'President Mohamed'."""
    return any(word.lower() in rules.ARABIC_NAME_STYLES for alias in actor.aliases for word in alias.split())


def held_office(name: str, role: str | None) -> bool:
    """'President Sheikh Mohamed' with no country told: a ruler the table knows by that style and
    given name who held that very office ('President' of the UAE)."""
    wanted = generic_title(role or "")
    return wanted is not None and any(
        generic_title(term.office) == wanted for term in office_terms().get(comparable_name(name), [])
    )


def goes_on_otherwise(full: str, alias: str, entries: list[tuple[str, str | None]]) -> bool:
    """The article's full name runs on past a short name the table lists ('Mohammed bin Abdulrahman'),
    into words none of the table's names for that person go on with: another person of that name."""
    if not full.startswith(alias + " ") or full in known_entries():
        return False
    longer = [
        k for k, found in known_entries().items() if k.startswith(alias + " ") and set(found) & set(entries)
    ]
    return not any(full.startswith(k) or k.startswith(full) for k in longer)


def name_letters(key: str) -> str:
    """'abdel fattah al burhan' -> 'abdelfattahburhan': a name's letters, however its parts are
    split or joined and with the Arabic article dropped ('Abdelfattah El Burhan')."""
    return "".join(w for w in key.split() if w not in rules.NAME_ARTICLES)


@cache
def known_letters() -> dict[str, str]:
    """The letters of every full name and alias the table holds -> its key."""
    return {name_letters(key): key for key in known_entries() if " " in key}


@lru_cache(maxsize=4096)
def near_known_key(key: str) -> str | None:
    """The table's key for a full name spelled with other vowels or a doubled letter
    ('Abdelhamid Dbeibeh' ~ 'Abdul Hamid Dbeibah', 'Mohamed Hamdan Daglo'): the same consonants
    in the same order, the surname ending on the same letter. A surname the table has as written is
    left to the exact match ('Mohamed bin Abdulrahman Al Thani' keeps its spelling); 'Imran' is not
    'Irfan', nor 'Abbasi' 'Abbas', 'Kerr' 'Kerry' or 'Rutter' 'Rutte'."""
    words = key.split()
    if len(words) < 2 or "'" in key:
        return None  # "Gideon Sa'ar" is written as the text has it, not as the table's "Saar"
    letters = name_letters(key)
    if letters in known_letters():
        return known_letters()[letters]
    if words[-1] in known_surnames():
        return None
    found = {
        known_key
        for known, known_key in known_letters().items()
        if known_key.split()[-1][-1] == words[-1][-1] and consonants(known) == consonants(letters)
    }
    return found.pop() if len(found) == 1 else None


def consonants(letters: str) -> str:
    """'abdelhamiddbeibeh' -> 'bdlhmdbh': a name's consonants, a doubled one once."""
    kept = [c for c in letters if c.isalpha() and c not in rules.NAME_VOWELS]
    return "".join(c for i, c in enumerate(kept) if i == 0 or kept[i - 1] != c)


@cache
def known_surnames() -> frozenset[str]:
    return frozenset(key.split()[-1] for key in known_entries())


def known_people_misread(doc: Doc, excluded: set[int], people: list[Span]) -> list[Span]:
    """People the table knows by one word that the model tagged as a place or an organisation
    ('Blinken flew to Israel', 'PM Modi'): the name without the title before it; not the surname
    of one of the article's `people` otherwise found."""
    found = []
    # "Francesca Albanese ... Albanese met X": the surname of someone the article names in full
    surnames = surnames_of([ent for ent in entities(doc) if ent.label_ == "PERSON"] + people)
    for ent in entities(doc):
        # a nationality's tag ('Albanese' as NORP) is too often another word or another person
        if ent.label_ not in MISREAD_PERSON_LABELS - {"NORP"} or ent.start in excluded:
            continue
        name = after_title(ent)
        if len(name) != 1 or comparable_name(name.text) not in known_entries() or place_word(name[0]):
            continue
        if name_goes_on(doc, name.start, name.end):
            continue  # "Francesca Albanese": another person's surname
        if name[0].lower_ in surnames or hyphenated_part(doc, name.end):
            continue  # "the Trump-brokered truce": a modifier, not the man
        found.append(name)
    return found + untagged_known_names(doc, excluded, surnames)


def untagged_known_names(doc: Doc, excluded: set[int], surnames: set[str]) -> list[Span]:
    """'with Chinese Xi', 'PM Modi', 'Ruto was speaking': a one-word name the table knows that the
    model tagged as nothing at all, right after a nationality or a title, or alone when it is long
    enough not to be another word and does not qualify a noun ('the Trump administration')."""
    found = []
    for i in tokens_with_words(doc, word_set_ids(one_word_known_names()), (LOWER,)):
        token = doc[i]
        if token.ent_type_ or i in excluded or token.pos_ != "PROPN" or not token.is_title:
            continue
        titled = i > 0 and title_or_place(doc[i - 1])
        alone = len(token) >= rules.TELLING_SURNAME_MIN_LETTERS and not (
            token.dep_ == "compound" and token.head.pos_ == "NOUN"
        )
        if not (titled or alone) or place_word(token) or name_goes_on(doc, i, i + 1):
            continue
        if token.lower_ in surnames or hyphenated_part(doc, i + 1):
            continue
        found.append(Span(doc, i, i + 1, label="PERSON"))
    return found


@cache
def one_word_known_names() -> frozenset[str]:
    return frozenset(key for key in known_entries() if " " not in key)


@Language.factory("known_people_entities")
def known_people_entities(nlp: Language, name: str):
    """Leaders the table knows are people even where the model misses them ('Denis Sassou
    Nguesso'); the model's entities fill in around them. A style just before the name stays in it
    ('Sheikh Tamim bin Hamad Al Thani'), as the model tags it, so the title before still reads."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PERSON", [nlp.make_doc(known) for known in known_full_names()])

    def tag(doc: Doc) -> Doc:
        spans = []
        for _, start, end in matcher(doc):
            while start > 0 and doc[start - 1].lower_.rstrip(".") in rules.NAME_STYLES:
                start -= 1
            if start > 0 and doc[start - 1].lower_ == "crown":
                start += 1  # "Crown Prince": a title before the name, not a style in it
            if name_goes_on(doc, start, end):
                continue  # "Donald Trump Jr.", "the Mohamed bin Zayed University": a longer name
            spans.append(Span(doc, start, end, label="PERSON"))
        doc.set_ents(filter_spans(spans), default="unmodified")
        return doc

    return tag


def name_goes_on(doc: Doc, start: int, end: int) -> bool:
    """A known name inside a longer one: a capitalised word or a name particle right before it
    ('Abdirahman Mohamed Abdullahi', 'Salman bin Hamad bin Isa') or a capitalised word right after
    ('Donald Trump Jr.'), other than a title, a nationality or a place."""

    def name_word(token: Token) -> bool:
        if token.lower_ in rules.NAME_PARTICLES or token.lower_.rstrip(".") in rules.NAME_SUFFIXES:
            return True
        if len(token.text) == 2 and token.text[0].isupper() and token.text[1] == ".":
            return True  # "Ferdinand R. Marcos Jr.": a middle initial before the known "Marcos Jr."
        return token.is_alpha and token.is_title and token.lower_ not in rules.HEADLINE_VERBS  # "Putin Says"

    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    joined_before = (
        before is not None
        and before.whitespace_
        and before.sent == doc[start].sent
        and not ends_office_name(doc, start)
    )
    if (
        joined_before
        and before.is_upper
        and before.is_alpha
        and len(before) > 1
        and not title_or_place(before)
    ):
        return True  # "HMS Queen Elizabeth": a ship's prefix
    if after is not None and after.lower_ in rules.NAMED_AFTER_WORDS:
        return True  # "Sultan Haitham City", "King Abdullah Port": named after the person
    return (joined_before and name_word(before) and not title_or_place(before)) or (
        after is not None and doc[end - 1].whitespace_ and name_word(after) and not title_or_place(after)
    )


def ends_office_name(doc: Doc, start: int) -> bool:
    """'Minister for Public Security To Lam', 'Secretary of Homeland Security X': the capitalised
    words before the name close an office's name ('Security'), not the person's."""
    for i in range(start - 1, max(start - 1 - rules.OFFICE_NAME_MAX_WORDS, 0), -1):
        word = doc[i]
        if word.lower_ in ("of", "for"):
            if i > 0 and i < start - 1 and generic_title(doc[i - 1].text) is not None:
                return True
            continue  # "Secretary of the Communist Party of Vietnam Central Committee To Lam"
        if not word.is_title and word.lower_ != "the":
            return False
    return False


def title_or_place(token: Token) -> bool:
    """'President', 'Saudi', 'Congo': a capitalised word that may stand beside a name."""
    return bool(
        generic_title(token.text) or token.lower_ in demonym_table() or token.lower_ in country_name_words()
    )


@cache
def country_name_words() -> frozenset[str]:
    """'congo' of 'Republic of the Congo', 'korea': the words of every country's name."""
    return frozenset(word for key in country_keys() for word in key.split() if len(word) > 3)
