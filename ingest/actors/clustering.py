"""Mentions grouped into one actor per person, organisation and place of an article: short forms,
spelling variants and longer forms ('Mohammed bin Salman Al Saud') join the full name (a given
name two people share, the one named before), untagged repeats of a surname, given name or place
are found again, and names the model tagged as people or organisations take their real kind."""

from __future__ import annotations

from collections import Counter

import numpy as np
from spacy.attrs import ENT_TYPE, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ingest import geography, rules
from ingest.actors.known_people import known_people, styled_given_names, table_surnames
from ingest.actors.mentions import ArticleActors, add_mention
from ingest.actors.names import (
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    after_title,
    capitalised_name_word,
    clean_name,
    country_after_name,
    country_keys,
    demonym_table,
    describes_person,
    family_name,
    generic_title,
    headline_verb,
    in_title,
    is_dateline,
    is_outlet,
    is_title_only,
    name_shaped,
    name_tokens,
    nationality_before,
    office_word,
    office_words_only,
    person_entities,
    person_name,
    possessive_country,
    same_person_spelled,
    split_title,
    style_only,
    title_after,
    title_case,
    title_in_apposition,
    title_phrase_before,
    title_word,
    without_styles,
)
from ingest.records import Actor, Mention, comparable_name
from ingest.word_index import doc_text, entities, entity_at, tokens_tagged


def title_before_name(ent: Span) -> bool:
    """ "Qatar's Amir, Sheikh Tamim bin Hamad Al Thani,": a ruler's title the model took for a name,
    told right before the ruler's name."""
    doc = ent.doc
    return (
        len(ent) == 1
        and ent[0].lower_ in rules.ROYAL_TITLES
        and ent.end + 1 < len(doc)
        and doc[ent.end].text == ","
        and doc[ent.end + 1].ent_type_ == "PERSON"
    )


def cluster_people(doc: Doc, actors: ArticleActors, excluded: set[int], misread: list[Span]) -> None:
    """Give every person mention its actor (PERSON entities not `excluded`, and the `misread` names
    of people the model tagged otherwise); short forms join the full name they abbreviate."""
    ents = person_entities(doc, excluded, misread)
    titles_alone = [
        ent
        for ent in ents
        # "SADC Chairperson": the body's abbreviation as written, before a name's capitals are eased
        if is_title_only(person_name(ent))
        or is_title_only(ent.text)
        or title_before_name(ent)
        # "Lok Sabha Speaker Om Birla": a body's name the model took for a person's
        or office_words_only(ent.text)
    ]
    ents = [ent for ent in ents if ent not in titles_alone]
    full_names: dict[str, Actor] = {}
    introduced: dict[int, int] = {}  # where each full name is first told
    longer_names = [name_tokens(person_name(ent)) for ent in ents]
    for ent in ents:
        name = person_name(ent)
        if len(name_tokens(name)) >= 2 and not family_name_of_another(name_tokens(name), longer_names):
            key = " ".join(name_tokens(name))
            if key not in full_names:
                variant = next(
                    (
                        a
                        for k, a in full_names.items()
                        if same_person_spelled(k.split(), key.split())
                        or longer_form(k.split(), key.split())
                        or devotional_prefix(k.split(), key.split())
                        or middle_name_dropped(k.split(), key.split())
                    ),
                    None,
                )
                if variant is None and has_initial(key.split()):
                    # "E. Rinkēvičs" after "Edgars Rinkēvičs": the one full name the initial fits
                    initialled = {
                        id(a): a
                        for k, a in full_names.items()
                        if given_name_initialled(k.split(), key.split()) and not has_initial(k.split())
                    }
                    variant = next(iter(initialled.values())) if len(initialled) == 1 else None
                full_names[key] = variant or Actor(name, "person")
                if not title_case(ent.sent):  # "Putin May Visit ...": a headline's words are no name
                    introduced.setdefault(id(full_names[key]), ent.start)
                if variant is None:
                    actors.actors.append(full_names[key])
    join_given_names(actors, full_names)
    nicknames = quoted_nicknames(ents, full_names)
    times_seen: dict[int, int] = {}
    in_full = [(ent, a) for ent in ents if (a := full_names.get(" ".join(name_tokens(person_name(ent)))))]
    told_in_full = Counter(id(actor) for _, actor in in_full)
    relatives = {id(actor) for ent, actor in in_full if introduced_as_relative(ent)}
    actors.relatives |= relatives
    royal_keys = {
        key
        for ent in ents
        if regnal_name(ent) and len((key := " ".join(name_tokens(person_name(ent)))).split()) > 1
    }
    for ent in ents:
        name = person_name(ent)
        parts = name_tokens(name)
        if not parts:
            continue  # "Ρετζέπ Ταγίπ Ερντογάν" quoted in another script: no name words to compare
        actor = full_names.get(" ".join(parts))
        if actor is None:
            matches = [
                a
                for key, a in full_names.items()
                if (
                    (
                        set(parts) <= set(key.split())
                        and family_name(key.split()) in parts
                        or [family_name(key.split())] == parts
                    )
                    and not patronymic_end(key.split())  # "Mohamed" is no surname of "Hamdan bin Mohamed"
                )
                or (parts[0] in rules.PATRONYMIC_PARTICLES and longer_form(key.split(), parts))
            ]
            if parts[0] in rules.PATRONYMIC_PARTICLES and len({id(a) for a in matches}) > 1:
                matches = []  # "bin Salman" where Khalid and Mohammed bin Salman are both named
            if len(parts) == 1 and regnal_name(ent):
                # "Sultan Ibrahim" beside "Anwar Ibrahim": a monarch's name is a given name, or
                # the last name of a monarch told in full ("King Maha Vajiralongkorn")
                matches = [
                    a
                    for key, a in full_names.items()
                    if (key.split()[0] == parts[0] or key in royal_keys) and a in matches
                ]
            if (
                matches
                and len(parts) == 1
                and all(introduced.get(id(a), len(doc)) > ent.start for a in matches)
            ):
                # "Kim" for Kim Jong Un, named in full before, where a "Sung Kim" comes only
                # later: the person already introduced, whose family name comes first
                told = {
                    id(a): a
                    for k, a in full_names.items()
                    if k.split()[0] == parts[0] and introduced.get(id(a), len(doc)) < ent.start
                }
                matches = list(told.values()) if len(told) == 1 else matches
            if (
                not matches
                and len(parts) == 1
                and not regnal_name(ent)
                and not styled_ruler(ent, parts[0], full_names)
            ):
                # "Anwar" for "Anwar Ibrahim": a given name alone, when only one person carries it
                # ("King Abdullah" is a monarch's name, not a Foreign Minister Abdullah's)
                matches = list(
                    {id(a): a for key, a in full_names.items() if key.split()[0] == parts[0]}.values()
                )
                # "Mr Kim" where Kim Jong Un and Kim Myong Sik are named: the one named most so far;
                # before either is named (a headline), the one the article names most in full
                for counts in (times_seen, told_in_full):
                    most = max((counts.get(id(a), 0) for a in matches), default=0)
                    leading = [a for a in matches if counts.get(id(a), 0) == most]
                    if len(matches) > 1 and len(leading) == 1 and most >= rules.LEADING_NAME_MIN_MENTIONS:
                        matches = leading
                principals = [a for a in matches if id(a) not in relatives]
                if len(matches) > 1 and len(principals) == 1:
                    matches = principals  # "Kim" beside Kim Jong Un and "his daughter Kim Ju Ae"
                matches = matches if len(matches) == 1 else []
            if (
                not matches
                and len(parts) == 1
                and parts[0] not in rules.NAME_PARTICLES
                and not styled_ruler(ent, parts[0], full_names)
            ):
                # "Lula" for "Luiz Inácio Lula da Silva", "Tayyip" for "Recep Tayyip Erdogan": a
                # middle name alone, when only one person carries it
                # not "his wife Janja Lula da Silva", whose middle name is her husband's
                matches = [
                    a
                    for key, a in full_names.items()
                    if parts[0] in key.split()[1:-1] and id(a) not in relatives
                ]
                matches = matches if len({id(a) for a in matches}) == 1 else []
            ruler = len(parts) == 1 and styled_ruler(ent, parts[0], full_names)
            if not matches and not regnal_name(ent, rules.REGNAL_TITLES) and not ruler:
                # "Whitkoff" for "Steve Witkoff": a surname misspelled a letter or two off ("Pope
                # Francis" is no misspelled Francos)
                matches = list(
                    {
                        id(a): a for k, a in full_names.items() if same_person_spelled(k.split(), parts)
                    }.values()
                )
                if len(matches) > 1:
                    # "Prime Minister Wickramasinghe" beside Ranil and his wife Maithree
                    # Wickremesinghe: the one whose office the title names, else the one not told
                    # as a relative
                    principals = [a for a in matches if id(a) not in relatives]
                    matches = same_office(matches, ent) or (principals if len(principals) == 1 else [])
                matches = matches if len(matches) == 1 else []
            if not matches and len(parts) == 1 and parts[0] in nicknames:
                matches = [nicknames[parts[0]]]  # "Prachanda" for "Pushpa Kamal Dahal 'Prachanda'"
            if matches:
                # "Abe" after "Shinzo Abe ... his wife Akie Abe": the one named most; on a tie, not
                # the one introduced as a relative, then the one the article introduced first, its
                # principal ("Boric" after "Gabriel Boric ... adviser Carla Boric")
                actor = max(
                    same_office(matches, ent) or matches,
                    key=lambda a: (
                        times_seen.get(id(a), 0),
                        id(a) not in relatives,
                        -introduced.get(id(a), len(doc)),
                    ),
                )
            else:
                actor = Actor(name, "person")
                full_names[" ".join(name_tokens(actor.canonical_name))] = actor
                actors.actors.append(actor)
        actor.aliases.add(name)
        if ent.start > 0 and doc[ent.start - 1].lower_ in rules.ARABIC_NAME_STYLES:
            actor.aliases.add(f"{doc[ent.start - 1].text} {name}")  # "Sheikh Mohamed": the style told
        tagged = entity_at(doc[ent.start]) or ent
        # "King Charles", "His Majesty King Abdullah": a form the table knows, styles off
        for form in {
            clean_name(tagged.text),
            without_styles(clean_name(tagged.text)),
            without_styles(ent.text),
        }:
            if form != name and comparable_name(form) in known_people():
                actor.aliases.add(form)
        times_seen[id(actor)] = times_seen.get(id(actor), 0) + 1
        phrase = title_phrase_before(ent)
        if phrase is not None:
            role, country = split_title(phrase)
            if country is None:  # "Sheikh Mohamed, the President of the UAE": the country after
                country = title_in_apposition(ent)[1]
            actor.role = actor.role or role
            actor.country = actor.country or country
            actor.aliases.add(f"{phrase.text} {name}")
        else:
            role, country = title_after(ent)
            if role is None:
                role, country = title_in_apposition(ent)
            # "King Abdullah of Jordan" first; then "Saudi Arabia's King Abdullah", "the Saudi
            # King Abdullah": the title tagged in the name, the country right before it
            country = country or country_after_name(tagged)
            if country is None and tagged.start < ent.start and title_word(tagged[0]):
                country = possessive_country(tagged, adjacent=True) or nationality_before(tagged)
            actor.role = actor.role or role
            actor.country = actor.country or country
        if (
            actor.role is None
            and tagged.start < ent.start
            and title_word(tagged[0])
            and tagged[0].lower_ not in rules.ROYAL_STYLES  # "Prince Harry": a style, no office
        ):
            # "Pope Leo's envoy Cardinal Matteo Zuppi": the title tagged in the name, so that "the
            # cardinal" is he
            actor.role = doc[tagged.start : ent.start].text
        add_mention(actors, actor, ent)
    add_titled_references(actors, titles_alone)
    add_untagged_surnames(doc, actors, relatives)
    for actor in actors.actors:
        actor.canonical_name = fullest_name(actor)


def quoted_nicknames(ents: list[Span], full_names: dict[str, Actor]) -> dict[str, Actor]:
    """ "Pushpa Kamal Dahal 'Prachanda'": a one-word name in quotes right after a full name is
    that person's nickname."""
    found: dict[str, Actor] = {}
    for ent in ents:
        doc, end = ent.doc, ent.end
        if doc[end - 1].text in rules.QUOTE_MARKS:
            end -= 1  # the model may take the opening mark into the name
        actor = full_names.get(" ".join(name_tokens(person_name(ent))))
        if actor is None or end + 2 >= len(doc):
            continue
        opening, word, closing = doc[end], doc[end + 1], doc[end + 2]
        if opening.text in rules.QUOTE_MARKS and closing.text in rules.QUOTE_MARKS and word.is_title:
            found[comparable_name(word.text)] = actor
    return found


def join_given_names(actors: ArticleActors, full_names: dict[str, Actor]) -> None:
    """'Pushpa Kamal' (a headline the model cut short) beside 'Pushpa Kamal Dahal': the first
    words of one longer name are that person, when no other name starts with them."""
    for key, actor in list(full_names.items()):
        words = key.split()
        longer = {
            id(a): a for k, a in full_names.items() if a is not actor and k.split()[: len(words)] == words
        }
        if len(longer) != 1 or any(a is actor for k, a in full_names.items() if k != key):
            continue
        (full_names[key],) = longer.values()
        actors.actors.remove(actor)


def introduced_as_relative(ent: Span) -> bool:
    """'his wife, Usha Vance', 'his son Hunter Biden', 'first lady Melania Trump': a name told as
    someone's relative."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 3) : ent.start]
    words = [t.lower_ for t in before]
    # "First Lady Jill Biden": the model may take 'Lady' into the name
    titled = [*words, *(t.lower_ for t in ent[:1])]
    if any(w in rules.RELATIVE_WORDS for w in words) or any(
        pair in rules.SPOUSE_TITLES for pair in zip(titled, titled[1:], strict=False)
    ):
        return True
    # "Akie Abe, the wife of the prime minister,", "Karina Milei, the president's sister,": told after
    if ent.end >= ent.sent.end or doc[ent.end].text != ",":
        return False
    after = []
    for token in doc[ent.end + 1 : min(ent.sent.end, ent.end + 1 + rules.RELATIVE_APPOSITION_WINDOW)]:
        if token.text == "," or token.ent_type_ == "PERSON":
            break
        after.append(token.lower_)
    return any(w in rules.RELATIVE_WORDS for w in after)


def home_country(person: Actor) -> str | None:
    """The person's country, told or known from the table ('King Abdullah': Jordan)."""
    known = (known_people().get(comparable_name(name)) for name in [person.canonical_name, *person.aliases])
    return person.country or next((entry[1] for entry in known if entry), None)


def story_countries(ent: Span) -> set[str]:
    """The countries of the places the sentence names and of the story's dateline ('AMMAN -')."""
    doc = ent.doc
    places = [e for e in ent.sent.ents if e.label_ in PLACE_LABELS]
    first = next(iter(doc.sents), None)
    places += [
        e
        for e in (first.ents if first is not None else ())
        if e.label_ in PLACE_LABELS and e.text.isupper() and e.start - first.start <= rules.DATELINE_MAX_START
    ]
    return {country for e in places if (country := geography.country_of_place(clean_name(e.text).title()))}


def regnal_name(ent: Span, titles: frozenset[str] | set[str] = rules.ROYAL_TITLES) -> bool:
    """'King Abdullah', 'His Majesty King | Abdullah' (and, with `rules.REGNAL_TITLES`, 'Pope
    Francis'): a single name told with a monarch's or pope's title."""
    words = [t.lower_ for t in ent.doc[max(ent.start - 1, ent.sent.start) : ent.end]]
    return any(w in titles for w in words[:-1])


def styled_ruler(ent: Span, given: str, full_names: dict[str, Actor]) -> bool:
    """'President Sheikh Mohamed' beside a minister 'Mohamed Al Suwaidi': a given name after a
    ruler's style that the table knows as a ruler's is that ruler's, not another bearer's, unless
    the article styled a bearer so too ('Sheikh Mohammed bin Abdulrahman ... Sheikh Mohammed')."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    styled = before in rules.ARABIC_NAME_STYLES or ent[0].lower_ in rules.ARABIC_NAME_STYLES
    if not styled or given not in styled_given_names():
        return False
    text = doc_text(ent.doc).lower()
    return not any(
        key.split()[0] == given
        and any(
            f"{style} {name.lower()}" in text for style in rules.ARABIC_NAME_STYLES for name in actor.aliases
        )
        for key, actor in full_names.items()
    )


def same_office(candidates: list[Actor], ent: Span) -> list[Actor]:
    """'Minister Shrestha' where a minister and an ambassador both named Shrestha were told: the
    one whose office the title names, when only one holds it."""
    phrase = title_phrase_before(ent)
    office = generic_title(phrase.text) if phrase is not None else None
    holders = [a for a in candidates if office and a.role and generic_title(a.role) == office]
    return holders if len({id(a) for a in holders}) == 1 else []


def family_name_of_another(parts: list[str], names: list[list[str]]) -> bool:
    """'Al Thani' beside 'Mohammed bin Abdulrahman Al Thani', 'El-Sisi' beside 'Abdel Fattah
    El-Sisi': a family name led by a particle is the short form of a longer name that ends with it."""
    return parts[0] in rules.NAME_PARTICLES and any(
        len(other) > len(parts) and other[-len(parts) :] == parts for other in names
    )


def longer_form(a: list[str], b: list[str]) -> bool:
    """'Mohammed bin Salman' and 'Mohammed bin Salman Al Saud', 'Faisal bin Farhan' and 'Faisal bin
    Farhan bin Abdullah': one name the other continues with a particle ('bin', 'al', 'da'); 'El
    Burhan', a surname told with its article, and 'Abdelfattah El Burhan'."""
    short, long = sorted((a, b), key=len)
    if len(short) < 2 or len(short) == len(long):
        return False
    if short[0] in rules.NAME_ARTICLES and len(short) == 2 and long[-2:] == short:
        return True  # "El Burhan" for "Abdelfattah El Burhan": the surname with its article
    if short[0] in rules.PATRONYMIC_PARTICLES and short[-1] not in rules.NAME_PARTICLES:
        # "bin Alawi" for "Yusuf bin Alawi bin Abdullah": the name from its first patronymic on
        return any(long[i : i + len(short)] == short for i in range(1, len(long) - len(short) + 1))
    if long[: len(short)] != short:
        return False
    return long[len(short)] in rules.NAME_PARTICLES and (len(short) >= 3 or short[-2] in rules.NAME_PARTICLES)


def middle_name_dropped(a: list[str], b: list[str]) -> bool:
    """'Pushpa Kamal Dahal' and 'Pushpa Dahal': one name told once with a middle name, once without."""
    short, long = sorted((a, b), key=len)
    # "George W. Bush" and "George Bush", "Ferdinand E. Marcos" and "Ferdinand Marcos": an initial
    # may be all that tells a father from his son
    initial = len(long) == 3 and len(long[1].rstrip(".")) == 1
    return len(short) == 2 and len(long) == 3 and short == [long[0], long[-1]] and not initial


def has_initial(parts: list[str]) -> bool:
    """'E. Rinkēvičs': a given name cut to its initial."""
    return any(len(p) == 1 for p in parts[:-1])


def given_name_initialled(a: list[str], b: list[str]) -> bool:
    """'Edgars Rinkēvičs' and 'E. Rinkēvičs': one name told once in full, once with its given name
    cut to an initial, as Baltic and Slavic official releases write it. Only the initialled form,
    told after the full one, joins it: a full name told later may be another person's."""
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1]:
        return False
    pairs = list(zip(a[:-1], b[:-1], strict=True))
    return any(len(x) == 1 or len(y) == 1 for x, y in pairs) and all(
        x == y
        or (len(x) == 1 and y.startswith(x) and len(y) > 1)
        or (len(y) == 1 and x.startswith(y) and len(x) > 1)
        for x, y in pairs
    )


def devotional_prefix(a: list[str], b: list[str]) -> bool:
    """'Muhammad Shehbaz Sharif' and 'Shehbaz Sharif', 'Mohammad Ishaq Dar' and 'Ishaq Dar': a
    name told in full once with the 'Muhammad' many South Asian names open with, then without it."""
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= 2
        and len(long) == len(short) + 1
        and long[0] in rules.NAME_PREFIX_WORDS
        and long[1:] == short
    )


def patronymic_end(words: list[str]) -> bool:
    """'Hamdan bin Mohamed': the last word names the father, not a family."""
    return len(words) >= 3 and words[-2] in rules.PATRONYMIC_PARTICLES


def fullest_name(actor: Actor) -> str:
    """The form with the most name words; of spellings with as many, the plainest ('Zelensky' over
    'Zelenskyy', 'Witkoff' over 'Whitkoff'), always the same one. A titled form is never chosen."""
    names = [n for n in actor.aliases | {actor.canonical_name} if generic_title(n) is None]
    if not names:
        return actor.canonical_name
    most = max(len(name_tokens(n)) for n in names)
    # "Emmanuel MACRON" as an official style writes it: the form in ordinary case comes first
    return min(
        (n for n in names if len(name_tokens(n)) == most),
        key=lambda n: (
            has_initial(name_tokens(n)),  # "Edgars Rinkēvičs" over "E. Rinkēvičs"
            any(capitalised_name_word(w) for w in n.split()),
            len(n),
            n,
        ),
    )


def add_titled_references(actors: ArticleActors, titles: list[Span]) -> None:
    """'Nepal Prime Minister met X' that the model tagged as a name: the one person of the article
    named with that title ('Nepal Prime Minister Sher Bahadur Deuba'), else nobody."""
    for ent in titles:
        phrase = person_name(ent).casefold() + " "
        holders = [
            a
            for a in actors.actors
            if a.kind == "person" and any(x.casefold().startswith(phrase) for x in a.aliases)
        ]
        if len(holders) > 1 and phrase.split()[0] in rules.ROYAL_TITLES:
            # "AMMAN - King A received B, who brought a letter from King C ... the King received
            # D": the monarch of the place the story is told from or the sentence names
            here = story_countries(ent)
            holders = [a for a in holders if home_country(a) in here]
        if len(holders) == 1:
            add_mention(actors, holders[0], ent)


def unique_surnames(
    people: list[Actor], mentions: list[Mention] | None = None, relatives: set[int] = frozenset()
) -> dict[str, Actor]:
    """Surname -> person, for surnames that only one person of the article carries; with the
    `mentions` so far, a surname shared with a spouse ('Mark' and 'Diana Fox Carney') is the person
    named most, when one is; a surname shared with people introduced as `relatives` ('his wife,
    Usha Vance') is the one person who is not."""
    by_surname: dict[str, list[Actor]] = {}
    for actor in people:
        parts = name_tokens(actor.canonical_name)
        if actor.kind == "person" and len(parts) >= 2:
            by_surname.setdefault(family_name(parts), []).append(actor)
            # "Umierov" for "Rustem Umerov": a spelling of the surname the table lists for them
            for spelled in table_surnames().get(actor.canonical_name, set()) - {family_name(parts)}:
                if actor not in by_surname.setdefault(spelled, []):
                    by_surname[spelled].append(actor)
    for name, found in by_surname.items():
        others = [a for a in found if id(a) not in relatives]
        by_surname[name] = others if len(others) == 1 else found
    times = Counter(id(m.actor) for m in mentions or [])
    first_told: dict[int, int] = {}
    for mention in mentions or []:
        first_told.setdefault(id(mention.actor), mention.char_start)
    found_once = {}
    for name, found in by_surname.items():
        # named as often: the one named first, as articles introduce their principal before the
        # relatives and aides sharing the name ('Javier Milei' ... 'Presidential Secretary Karina Milei')
        ranked = sorted(found, key=lambda a: (-times[id(a)], first_told.get(id(a), 1 << 30)))
        if len(ranked) == 1 or (
            mentions
            and (
                times[id(ranked[0])] > times[id(ranked[1])]
                or first_told.get(id(ranked[0]), 1 << 30) < first_told.get(id(ranked[1]), 1 << 30)
            )
        ):
            found_once[name] = ranked[0]
    return found_once


def unique_given_names(doc: Doc, people: list[Actor]) -> dict[str, Actor]:
    """Given name -> person, for given names only one person of the article carries and that
    never name a place in it ('Phumtham' for Phumtham Wechayachai, but never 'Israel'). A middle
    name counts too: some leaders go by it ('Suluhu' for Samia Suluhu Hassan)."""
    # a place the gazetteer does not know may be the model's misreading of the given name itself
    # ('Prabowo' tagged GPE where Prabowo Subianto is named)
    places = {
        comparable_name(e.text)
        for e in entities(doc)
        if e.label_ in PLACE_LABELS and (geography.city(e.text) or geography.country_named(e.text))
    }
    places |= country_keys()
    by_given: dict[str, list[Actor]] = {}
    for actor in people:
        parts = name_tokens(actor.canonical_name)
        if actor.kind != "person" or len(parts) < 2:
            continue
        for part in dict.fromkeys(parts[:-1]):
            if part not in places and part not in rules.NAME_PARTICLES:
                by_given.setdefault(part, []).append(actor)
    return {name: found[0] for name, found in by_given.items() if len(found) == 1}


def add_untagged_surnames(doc: Doc, actors: ArticleActors, relatives: set[int] = frozenset()) -> None:
    """The small model misses some repeats of a name ('Vance' at a sentence start): a proper
    noun equal to the surname of exactly one person of this article is that person. A lone
    untagged word equal to one person's given name is that person too ('Tedros' for Tedros
    Adhanom Ghebreyesus)."""
    by_surname = unique_surnames(actors.actors, relatives=relatives)
    given_names = unique_given_names(doc, actors.actors)
    short_names = one_word_names(actors.actors)
    for i in tokens_tagged(doc, ("PROPN", "NOUN", "ADJ"), unless_entity=("PERSON",)):
        token = doc[i]
        if i in actors.token_actor:
            continue
        if not token.text[:1].isupper():
            continue
        actor = by_surname.get(comparable_name(token.text))
        if token.pos_ == "ADJ" and (actor is None or token.lower_ in demonym_table()):
            # "spoke with Amirabdollahian", the surname taken for a nationality, is the person; a
            # real nationality ('Iranian') is no one's surname here
            continue
        # "spoken with Abiy", the given name alone tagged as a law or a work: as if untagged
        if (
            actor is None
            and (not token.ent_type_ or odd_label(token) or misread_nationality(token))
            and is_lone_word(token, after_title=True)
        ):
            # 'Prime Minister Abiy' for Abiy Ahmed: a title before the given name is no name part
            actor = given_names.get(comparable_name(token.text))
            # 'Lula' for Luiz Inácio Lula da Silva: a one-word name the article used for one person
            actor = actor or short_names.get(comparable_name(token.text))
        if actor is None and token.pos_ == "NOUN" and not token.ent_type_ and noun_lone_word(token):
            # "Trump then spoke ...", the name tagged a common noun: only in the spelling it had
            actor = short_names.get(comparable_name(token.text))
            actor = actor if actor is not None and token.text in actor.aliases else None
        if actor is not None:
            add_mention(actors, actor, doc[token.i : token.i + 1])


def misread_nationality(token: Token) -> bool:
    """'Sheikh Tamim' with 'Tamim' tagged as a nationality: a word no demonym or country names."""
    return (
        token.ent_type_ == "NORP"
        and token.lower_ not in demonym_table()
        and geography.country_named(token.text) is None
    )


def odd_label(token: Token) -> bool:
    """A one-word entity of a label no name of a person, place or body gets ('Abiy' tagged LAW)."""
    doc = token.doc
    return (
        token.ent_type_ in rules.ODD_NAME_LABELS
        and token.ent_iob_ == "B"
        and (token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I")
    )


def add_social_handles(doc: Doc, actors: ArticleActors) -> None:
    """'I will welcome @ZelenskyyUa in Brussels': a social-media handle holding the surname of
    exactly one person of the article is that person."""
    if "@" not in doc_text(doc):
        return  # most articles quote no handle: no walk over their tokens
    people = [a for a in actors.actors if a.kind == "person"]
    for token in doc:
        if (
            not token.text.startswith("@")
            or len(token.text) < rules.HANDLE_MIN_CHARS
            or token.i in actors.token_actor
        ):
            continue
        handle = comparable_name(token.text[1:]).replace(" ", "")
        owners = [a for a in people if handle_of(handle, comparable_name(a.canonical_name).split())]
        if len(owners) == 1:
            add_mention(actors, owners[0], doc[token.i : token.i + 1])


def handle_of(handle: str, name: list[str]) -> bool:
    """'zelenskyyua' opens with Zelensky's surname, 'narendramodi' holds his whole name; not
    'maryamnsharif' for Shehbaz Sharif, whose relative it is."""
    surname = name[-1] if name else ""
    if len(surname) < rules.HANDLE_MIN_CHARS:
        return False
    return handle.startswith(surname) or (len(name) > 1 and name[0] in handle and surname in handle)


def one_word_names(people: list[Actor]) -> dict[str, Actor]:
    """One-word forms the article's tagged names gave a single person ('Lula', 'Tedros')."""
    found: dict[str, list[Actor]] = {}
    for actor in people:
        if actor.kind != "person":
            continue
        for alias in actor.aliases:
            parts = name_tokens(alias)
            if len(parts) == 1 and actor not in found.setdefault(parts[0], []):
                found[parts[0]].append(actor)
    return {name: owners[0] for name, owners in found.items() if len(owners) == 1}


def add_untagged_places(doc: Doc, actors: ArticleActors) -> None:
    """A one-word place the model tagged once and missed later ('in Kyiv') is still that place."""
    places = {
        comparable_name(a.canonical_name): a
        for a in actors.actors
        if a.kind == "place" and len(a.canonical_name.split()) == 1
    }
    for i in tokens_tagged(doc, ("PROPN",)):
        token = doc[i]
        if i in actors.token_actor or token.ent_type_ or not is_lone_word(token):
            continue
        place = places.get(comparable_name(token.text))
        if place is not None and token.text[:1].isupper():
            add_mention(actors, place, doc[token.i : token.i + 1])
    for span, city in untagged_city_names(doc):
        if any(t.i in actors.token_actor for t in span):
            continue
        place = next((a for a in actors.actors if a.kind == "place" and a.canonical_name == city.name), None)
        if place is None:
            place = Actor(city.name, "place")
            actors.actors.append(place)
        add_mention(actors, place, span)


def add_untagged_acronyms(doc: Doc, actors: ArticleActors) -> None:
    """'the ELN', 'the TTP': an armed group or party known by its initials, which the model often
    leaves untagged, is an organisation when the text gives it an article (not a title such as 'the
    PM', a country or an outlet)."""
    for i in tokens_tagged(doc, ("PROPN",)):
        token = doc[i]
        if i in actors.token_actor or token.ent_type_ or token.text in rules.COMMON_ACRONYMS:
            continue
        if not rules.ACRONYM.fullmatch(token.text) or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            continue
        if generic_title(token.text) or geography.country_named(token.text) or is_outlet(token.text):
            continue
        org = next((a for a in actors.actors if a.kind == "org" and a.canonical_name == token.text), None)
        if org is None:
            org = Actor(token.text, "org")
            actors.actors.append(org)
        add_mention(actors, org, doc[i : i + 1])


def untagged_city_names(doc: Doc) -> list[tuple[Span, geography.City]]:
    """'arrived in Ha Noi', 'the capital city of Ha Noi', 'met him in Kyiv': a name the model left
    untagged, after a preposition of place, that names a large city."""
    found = []
    for i in tokens_tagged(doc, ("PROPN",)):
        token = doc[i]
        if token.dep_ != "pobj" or token.ent_type_ or token.head.lower_ not in rules.UNTAGGED_PLACE_PREPS:
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head == token:
            if doc[start - 1].pos_ != "PROPN" or doc[start - 1].ent_type_:
                break
            start -= 1
        if start == i:
            # "met Zelensky in Kyiv" with Kyiv untagged: one word names a city only where it is large
            # and the preposition one of place, as many one-word city names are surnames too
            city = large_city_after_place_word(token)
        else:
            city = geography.city(doc[start : i + 1].text)
            city = (
                city if city is not None and city.population >= rules.UNTAGGED_CITY_MIN_POPULATION else None
            )
        if city is not None:
            found.append((doc[start : i + 1], city))
    return found


def large_city_after_place_word(token: Token) -> geography.City | None:
    """The large city one capitalised word names after a preposition of place ('in Kyiv'); many
    one-word city names are surnames too, so a small town's name is none."""
    if token.dep_ != "pobj" or token.head.lower_ not in rules.ONE_WORD_PLACE_PREPS or not token.is_title:
        return None
    city = geography.city(token.text)
    return (
        city if city is not None and city.population >= rules.UNTAGGED_ONE_WORD_CITY_MIN_POPULATION else None
    )


def noun_lone_word(token: Token) -> bool:
    """A capitalised word the model took for a common noun, with no proper noun beside it."""
    doc = token.doc
    return (
        not any(0 <= j < len(doc) and doc[j].pos_ == "PROPN" for j in (token.i - 1, token.i + 1))
        and token.text[:1].isupper()
        and not token.is_upper
    )


def is_lone_word(token: Token, after_title: bool = False) -> bool:
    """A proper noun with no other proper noun on either side: a one-word name. With
    `after_title`, a title or honorific just before it ('President', 'Dr') does not count."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    return (
        token.pos_ == "PROPN"
        and (before is None or before.pos_ != "PROPN" or (after_title and office_word(before)))
        and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
    )


def capitals_tagged_as_organisations(doc: Doc) -> set[int]:
    """Starts of ORG entities that are a national capital ('welcomed him to Abu Dhabi', the
    model's ORG) or a country's abbreviation ('his PNG counterpart'): the place, never a party
    to a meeting."""
    return {
        ent.start
        for ent in entities(doc)
        if ent.label_ in ORG_LABELS
        and ent.text[:1].isupper()
        and (
            geography.is_capital(name := clean_name(ent.text))
            or (len(ent) == 1 and large_city_after_place_word(ent.root) is not None)  # "in Erbil", tagged ORG
            # "his PNG counterpart": an abbreviation naming whose office, not a state acting ("the UAE
            # hosted talks")
            or (
                name.isupper()
                and geography.country_named(name) is not None
                and ent.root.dep_ in rules.NOUN_MODIFIER_DEPS
            )
        )
    }


def misread_places(doc: Doc) -> set[int]:
    """Starts of PERSON entities that are places: the small model tags some cities as people
    ('Kyiv', 'Sanaa'); a name the text uses as a destination ('arrived in Kyiv', 'his trip to Buenos
    Aires') or the model mostly tags as a place is a place in all of its mentions, unless it names a
    person."""
    person_words = {
        word
        for ent in entities(doc)
        if ent.label_ in PERSON_LABELS and len(ent) > 1
        for word in name_tokens(ent.text)
    }
    # "his counterpart from Colombia, Gustavo Petro" tagged ORG: a name in apposition names a person
    person_words |= {
        word
        for ent in entities(doc)
        if ent.label_ in ORG_LABELS and len(ent) == 2 and ent.root.dep_ == "appos" and name_shaped(ent)
        for word in name_tokens(ent.text)
    }
    singles = [ent for ent in entities(doc) if ent.label_ in PERSON_LABELS and len(ent) <= 2]
    destinations = {
        comparable_name(ent.text)
        for ent in singles
        if (
            told_as_destination(ent.root)
            or (len(ent) == 1 and large_city_after_place_word(ent.root) is not None)
        )
        and title_phrase_before(ent) is None
    }
    # '"I am bringing this message to Kyiv" ... a visit to Kyiv': the model tags the first mention a
    # person and leaves the second untagged, and the name's mentions are one actor
    # (only the names tagged as people matter: their mentions are what this marks as places)
    single_keys = {comparable_name(ent.text) for ent in singles}
    destinations |= {
        key
        for token in (untagged_proper_nouns(doc) if single_keys else [])
        if (key := comparable_name(token.text)) in single_keys
        and token.is_title
        and told_as_destination(token)
    }
    destinations = {key for key in destinations if key not in person_words and key not in known_people()}
    # a name the model tags as a place at least as often as a person, or a country ('Ukraine'), is
    # that place wherever it is tagged as a person; a name with a title before it stays a person
    as_place = Counter(comparable_name(clean_name(e.text)) for e in entities(doc) if e.label_ in PLACE_LABELS)
    as_person = Counter(
        comparable_name(clean_name(e.text)) for e in entities(doc) if e.label_ in PERSON_LABELS
    )
    titled = {
        comparable_name(clean_name(e.text))
        for e in entities(doc)
        if e.label_ in PERSON_LABELS and title_phrase_before(e)
    }
    places = {name for name, n in as_place.items() if n >= as_person[name] and name not in titled}
    places |= country_keys()
    # "Vanuatu", "Niue": a country's own name, not a nationality ("Sri Lankan")
    places |= {name for name in as_person if geography.country_named(name) and name not in demonym_table()}
    places -= person_words
    return {
        ent.start
        for ent in entities(doc)
        if ent.label_ in PERSON_LABELS
        and (
            comparable_name(clean_name(ent.text)) in places
            or (len(ent) <= 2 and comparable_name(ent.text) in destinations)
            or place_after_its_kind(ent)
            or part_of_anded_country(ent)
        )
    }


def part_of_anded_country(ent: Span) -> bool:
    """'Antigua' and 'Barbuda' of 'Antigua and Barbuda Prime Minister X', tagged as people: halves
    of a country's name joined by 'and'."""
    doc, start = ent.doc, ent.start
    if len(ent) > 1:
        return False  # "Tobago Amery Browne": a name the half of a country's name runs into
    if start + 2 < len(doc) and doc[start + 1].lower_ == "and":
        return geography.is_country(doc[start : start + 3].text)
    return (
        start >= 2
        and doc[start - 1].lower_ == "and"
        and geography.is_country(doc[start - 2 : start + 1].text)
    )


def untagged_proper_nouns(doc: Doc) -> list[Token]:
    """The proper nouns outside every entity, found on the Doc's arrays."""
    ent_type, pos = doc.to_array([ENT_TYPE, POS]).T
    return [doc[int(i)] for i in np.flatnonzero((ent_type == 0) & (pos == PROPN))]


def told_as_destination(root: Token) -> bool:
    """'arrived in Kyiv', 'visited Kyiv', 'left Muscat for Sanaa', 'his trip to Buenos Aires', 'the
    city of Davao': a name the text uses as a place."""
    head = root.head
    if root.dep_ == "conj" and head.ent_type_ in ("GPE", "LOC") and head.i < root.i:
        # "will visit Mexico City as well as Monterrey": a city listed with a destination
        city = geography.city(root.text)
        return (
            city is not None
            and city.population >= rules.UNTAGGED_CITY_MIN_POPULATION
            and told_as_destination(head)
        )
    if (
        root.dep_ == "pobj"
        and head.lower_ in rules.DESTINATION_PREPS
        and head.head.lemma_ in rules.DESTINATION_VERBS
    ):
        return True
    # "visited Luanda.", the name read as an adverb of the verb
    if root.dep_ in ("dobj", "advmod", "npadvmod") and (
        head.lemma_ in rules.OBJECT_DESTINATION_VERBS
        or (head.lemma_ in rules.DEPARTURE_VERBS and any(c.lower_ == "for" for c in head.children))
    ):
        return True
    if (
        root.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lemma_ in rules.VISIT_NOUNS | rules.EN_ROUTE_NOUNS
    ):
        return True  # "a visit to Kyiv", "on his way to Kyiv"
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in rules.PLACE_KIND_NOUNS


def place_after_its_kind(ent: Span) -> bool:
    """'in the country's capital, Nay Pyi Taw': a name the gazetteer knows, told right after the kind
    of place it is."""
    doc = ent.doc
    return (
        ent.start >= 2
        and doc[ent.start - 1].text == ","
        and doc[ent.start - 2].lemma_.lower() in rules.PLACE_KIND_NOUNS
        and geography.country_of_place(clean_name(ent.text)) is not None
    )


def owned_title(ent: Span) -> bool:
    """ "Burkina Faso's Head of State", tagged an organisation up to 'of': the words after a
    possessive, with the word or two the entity cut off, are a title."""
    owner = next((t for t in ent if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
    if owner is None or owner.i + 1 >= ent.end:
        return False
    after = ent.doc[owner.i + 1 : min(ent.end + 2, len(ent.doc))]
    words = [t.text for t in after]
    return any(generic_title(" ".join(words[:n])) for n in range(1, len(words) + 1))


def collect_named(
    doc: Doc,
    actors: ArticleActors,
    labels: set[str],
    kind: str,
    excluded: set[int],
    relabelled: set[int] = frozenset(),
) -> None:
    """Organisations and places: one actor per distinct cleaned name, except entities starting at
    `excluded`; `relabelled` are the starts of entities of another label that are of this kind."""
    by_name: dict[str, Actor] = {a.canonical_name.casefold(): a for a in actors.actors if a.kind == kind}
    people = {
        " ".join(name_tokens(alias)): a for a in actors.actors if a.kind == "person" for alias in a.aliases
    }
    surnames = unique_surnames(actors.actors, actors.mentions, actors.relatives)
    given_names = unique_given_names(doc, actors.actors)
    # "Mr Zelenskiy" anywhere: every "Zelenskiy" the model tags ORG is that person
    addressed_surnames = {
        name_tokens(person_name(ent))[-1]
        for ent in entities(doc)
        if kind == "org" and ent.text.split()[0].lower().rstrip(".") in rules.ADDRESS_HONORIFICS
    }
    named_here: dict[str, Actor] = {}
    for ent in entities(doc):
        if (ent.label_ not in labels and ent.start not in relabelled) or ent.start in excluded:
            continue
        if kind == "org":
            ent = before_headline_verb(ent)  # "Russian Delegation Arrives": the delegation
        name = clean_name(ent.text)
        if len(name) < 2 or rules.NAME_JUNK.search(name) or not name[:1].isupper() or in_title(ent):
            continue
        if is_outlet(name):
            continue  # "Xinhua", "Al-Monitor": outlets report events, they take no part
        if kind == "org" and style_only(name):
            continue  # "Their Majesties held a meeting with him": no organisation
        if kind == "org" and generic_title(name_head(name)) and (" " in name or name.isupper()):
            # "(EAM)": a title's abbreviation; "Director General of Military Operations": a title
            continue
        if kind == "org" and generic_title(name) and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            continue  # "the Cardinal arrived": a title standing for the person named before
        if kind == "org" and owned_title(ent):
            continue  # "Burkina Faso's Head of" + "State": a country's office, no organisation
        if kind == "org" and name_head(name) in rules.NOT_ORGANISATION_HEADS:
            continue  # "the State Dinner", "the Permanent Representative of India": no organisation
        addressed = kind == "org" and name.split()[0].lower().rstrip(".") in rules.ADDRESS_HONORIFICS
        if addressed:
            name = person_name(ent)  # "Mr Zelenskiy" tagged ORG is the person
        surname = name_tokens(name)[-1] if name_tokens(name) else ""
        addressed = addressed or (kind == "org" and surname in addressed_surnames)
        if is_dateline(name) and kind != "place":
            continue
        untitled = after_title(ent)  # "PM Modi", "FM Lavrov" tagged ORG: the person named after it
        bare = " ".join(name_tokens(untitled.text)) if kind == "org" and untitled.start > ent.start else ""
        words = name_tokens(name)
        # "El Burhan" tagged ORG: the surname of "Abdelfattah El Burhan" with its article
        article_surname = words[1] if len(words) == 2 and words[0] in rules.NAME_ARTICLES else None
        person = (
            people.get(" ".join(name_tokens(name)))
            or surnames.get(" ".join(name_tokens(name)))
            or (surnames.get(article_surname) if article_surname else None)
            or given_names.get(" ".join(name_tokens(name)))
            or (named_here.get(surname) if addressed else None)
            or (people.get(bare) or surnames.get(bare) if bare else None)
        )
        if person is None and kind == "org" and names_a_titled_person(ent):
            addressed = True  # "his counterpart from Colombia, Gustavo Petro" tagged ORG
            short = people.get(surname)  # "Petro" alone, tagged a person
            person = short if short is not None and len(name_tokens(short.canonical_name)) == 1 else None
        if person is None and addressed:
            person = Actor(name, "person")
            actors.actors.append(person)
            people[" ".join(name_tokens(name))] = person
        if person is not None and addressed:
            named_here[surname] = person
            person.aliases.add(name)
            if len(name_tokens(name)) > len(name_tokens(person.canonical_name)):
                person.canonical_name = name  # "Zelenskiy", then "Volodymyr Zelenskiy"
        if person is not None:  # the model sometimes tags a person's name as an ORG
            role, country = (
                split_title(title_phrase_before(ent)) if title_phrase_before(ent) else (None, None)
            )
            person.role, person.country = person.role or role, person.country or country
            add_mention(actors, person, ent)
            continue
        actor = by_name.get(name.casefold())
        if actor is None:
            actor = by_name[name.casefold()] = Actor(name, kind)
            actors.actors.append(actor)
        actor.aliases.add(ent.text.strip())
        add_mention(actors, actor, ent)


def before_headline_verb(ent: Span) -> Span:
    """'Kishida Arrives', 'Russian Delegation Lands' tagged as one organisation in a headline: the
    words before the verb name the actor; the verb is no part of a name (nor is a place told
    after 'at')."""
    # "Macron at Bellevue Palace" tagged as one organisation: a name and where it is
    placed = next((t for t in ent[1:] if t.text == "at"), None)
    if placed is not None:
        ent = Span(ent.doc, ent.start, placed.i, label=ent.label_)
    # "the Council of Heads of State": 'Heads' before 'of' is a noun of the name
    verb = (
        next((t for t in ent[1:] if headline_verb(t) and t.nbor(1).lower_ != "of"), None)
        if len(ent) > 1
        else None
    )
    return ent if verb is None else Span(ent.doc, ent.start, verb.i, label=ent.label_)


def names_a_titled_person(ent: Span) -> bool:
    """A two-word name in apposition to a title or a counterpart ('his counterpart from Colombia,
    Gustavo Petro', the name hung on the title's own phrase): a person, whatever its tag."""
    return (
        len(ent) == 2
        and ent.root.dep_ == "appos"
        and name_shaped(ent)
        and describes_person(ent.root, titles=True)
    )


def name_head(name: str) -> str:
    """'Permanent Representative of India' -> 'representative'; 'State Dinner' -> 'dinner'."""
    words = name.split(" of ")[0].split()
    return words[-1].lower() if words else ""


def complete_family_names(actors: ArticleActors) -> None:
    """'Saif bin Zayed' beside 'Mohamed bin Zayed Al Nahyan': a son of the same father named
    without the family name bears the one his brother's full name gives, unless the text gives
    him another country ('Bahrain's Crown Prince Salman bin Hamad' beside 'Tamim bin Hamad Al Thani')."""
    families: dict[str, set[tuple[str, str | None]]] = {}
    for actor in actors.actors:
        words = actor.canonical_name.split()
        for i in range(len(words) - 2):
            family_word = words[i + 2].lower()
            opens_family = family_word in rules.FAMILY_PREFIXES or family_word.startswith("al-")
            family = " ".join(words[i + 2 :])
            # "King Salman", named in full by the table only: the text never wrote the family name
            written = any(family.lower() in alias.lower() for alias in actor.aliases)
            if words[i].lower() in rules.PATRONYMIC_PARTICLES and opens_family and written:
                father = " ".join(words[i : i + 2]).lower()
                families.setdefault(father, set()).add((family, actor.country))
    for actor in actors.actors:
        words = actor.canonical_name.split()
        if actor.kind != "person" or len(words) < 3 or words[-2].lower() not in rules.PATRONYMIC_PARTICLES:
            continue
        family = families.get(" ".join(words[-2:]).lower(), set())
        if len(family) == 1:
            name, country = next(iter(family))
            if actor.country is None or country is None or actor.country == country:
                actor.canonical_name = f"{actor.canonical_name} {name}"


def drop_second_surnames(actors: ArticleActors) -> None:
    """'Luis Arce Catacora ... Arce will': a three-word name whose middle word the article uses
    alone, and never its last, ends in a second (maternal) surname the person is not known by;
    the name is the first two words ('Luis Arce', as 'Salva Kiir' for 'Salva Kiir Mayardit')."""
    surfaces: dict[int, set[str]] = {}
    for mention in actors.mentions:
        surfaces.setdefault(id(mention.actor), set()).add(mention.surface)
    for actor in actors.actors:
        words = actor.canonical_name.split()
        if actor.kind != "person" or len(words) != 3 or not all(w[:1].isupper() for w in words):
            continue
        if comparable_name(actor.canonical_name) in known_people():
            continue  # the table's form is the one people know
        told = surfaces.get(id(actor), set())
        if " ".join(words[:2]) in told and words[1] in told and words[2] not in told:
            actor.canonical_name = " ".join(words[:2])


def merge_same_names(actors: ArticleActors) -> None:
    """After curation two actors may carry one name: keep one object per (kind, name)."""
    keep: dict[tuple[str, str], Actor] = {}
    remap: dict[int, Actor] = {}
    for actor in actors.actors:
        first = keep.setdefault(actor.key, actor)
        if first is not actor:
            first.aliases |= actor.aliases
            first.role = first.role or actor.role
            first.country = first.country or actor.country
        remap[id(actor)] = first
    actors.actors = list(keep.values())
    actors.mentions = [
        Mention(remap[id(m.actor)], m.sentence_index, m.char_start, m.char_end, m.surface)
        for m in actors.mentions
    ]
    actors.token_actor = {i: remap[id(a)] for i, a in actors.token_actor.items()}
    actors.token_people = {
        i: tuple(remap[id(a)] for a in people) for i, people in actors.token_people.items()
    }
