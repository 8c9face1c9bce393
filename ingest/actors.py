"""Actors of one article: mentions clustered into canonical actors, with roles and countries.

"Vance", "JD Vance" and "Vice President JD Vance" become one actor named by the longest form;
"he" and "the prime minister" resolve to the person the text means. Word lists are data files
in `ingest/data/`; the code that applies them is generic.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ingest.curation import Curation
from ingest.records import Actor, Mention, comparable_name

DATA_DIR = Path(__file__).parent / "data"
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
# "arrived in X", "flew into X", "travelled to X": only a place fills these.
DESTINATION_VERBS = {"arrive", "travel", "fly", "land", "jet"}
DESTINATION_PREPS = {"in", "into", "to"}
PRONOUN_LOOKBACK_SENTENCES = 3
# Heads of noun phrases that name a group of people rather than one person.
GROUP_NOUNS = {
    "relatives",
    "families",
    "family",
    "delegation",
    "delegations",
    "officials",
    "leaders",
    "elders",
    "representatives",
    "members",
    "ministers",
    "envoys",
    "negotiators",
    "mediators",
    "lawmakers",
    "legislators",
    "senators",
    "diplomats",
    "hostages",
    "students",
    "survivors",
    "activists",
    "soldiers",
    "troops",
    "commanders",
    "counterparts",
    "team",
    "mission",
    "chiefs",
    "figures",
    "residents",
    "victims",
    "protesters",
    "journalists",
    "executives",
    "groups",
}
# "the two leaders", "the two ministers": a reference to the two people last named together.
PAIR_NOUNS = {
    "men",
    "women",
    "leaders",
    "ministers",
    "presidents",
    "officers",
    "officials",
    "envoys",
    "diplomats",
    "generals",
    "commanders",
    "chiefs",
    "heads",
    "negotiators",
    "premiers",
    "counterparts",
}
PAIR_LOOKBACK_SENTENCES = 4
PLURAL_PRONOUNS = {"they", "them"}
ORG_GROUP_HEADS = {
    "delegation",
    "delegations",
    "team",
    "negotiators",
    "officials",
    "leadership",
    "mission",
    "representatives",
    "leaders",
}
# Lower-case words inside names: "Ursula von der Leyen", "Mohammed bin Salman".
NAME_PARTICLES = {
    "von",
    "van",
    "der",
    "den",
    "de",
    "da",
    "di",
    "du",
    "dos",
    "del",
    "la",
    "le",
    "bin",
    "ibn",
    "bint",
    "al",
    "el",
    "ben",
    "abu",
}
# Words before a name that are forms of address, not part of it.
HONORIFICS = {
    "sheikh",
    "sheik",
    "emir",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "sultan",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "adm",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "president",
    "minister",
    "premier",
    "senator",
    "sen",
    "rep",
    "pope",
    "cardinal",
}
NAME_JUNK = re.compile(r"[\d@#/\\|+=<>{}\[\]_~^%$]|^\W|^(share|read|click|advertisement)$", re.I)


@cache
def title_table() -> dict[str, str]:
    """Title phrase -> generic title ('top diplomat' -> 'foreign minister')."""
    with (DATA_DIR / "titles.csv").open(encoding="utf-8") as handle:
        return {row["title"]: row["generic"] for row in csv.DictReader(handle)}


@cache
def demonym_table() -> dict[str, str]:
    with (DATA_DIR / "demonyms.csv").open(encoding="utf-8") as handle:
        return {row["demonym"]: row["country"] for row in csv.DictReader(handle)}


def country_of(text: str, label: str = "GPE") -> str | None:
    """'Israeli' -> 'Israel', 'U.S.' -> 'United States'; a country name (GPE) stays as it is, an
    unknown nationality word gives None rather than a made-up country."""
    key = text.lower().strip()
    known = demonym_table().get(key)
    if known or label != "GPE":
        return known
    return text if text[:1].isupper() and len(text) > 3 else None


def clean_name(text: str) -> str:
    """Strip possessives, leading articles and stray punctuation from an entity's text."""
    text = re.sub(r"[’']s?$", "", text.strip())
    text = re.sub(r"^(the|The)\s+", "", text)
    return text.strip(" ,.;:-–—\"“”'‘’()")


def name_tokens(name: str) -> list[str]:
    """Comparable name parts: 'J.D. Vance' and 'JD Vance' give the same tokens."""
    return comparable_name(name).split()


@cache
def title_pattern() -> re.Pattern:
    """One alternation of every title, longest first, so 'vice president' beats 'president'."""
    titles = sorted(title_table(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(t) for t in titles) + r")\b")


@lru_cache(maxsize=65536)
def generic_title(phrase: str) -> str | None:
    """The generic title in a phrase ('US Secretary of State' -> 'foreign minister')."""
    match = title_pattern().search(phrase.lower())
    return title_table()[match.group(1)] if match else None


@dataclass
class ArticleActors:
    """The actors of one article and which tokens refer to them."""

    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    token_actor: dict[int, Actor] = field(default_factory=dict)
    # "the two ministers", and "they" standing for it: the people a plural reference names
    token_people: dict[int, tuple[Actor, ...]] = field(default_factory=dict)

    def actor_at(self, token: Token) -> Actor | None:
        return self.token_actor.get(token.i)

    def people_at(self, token: Token) -> tuple[Actor, ...]:
        return self.token_people.get(token.i, ())


@dataclass(frozen=True)
class KnownPeople:
    """Full names already in the database, to resolve surname-only mentions across articles."""

    by_surname: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_names(cls, names) -> KnownPeople:
        by_surname: dict[str, set[str]] = {}
        for name in names:
            parts = name_tokens(name)
            if len(parts) >= 2:
                by_surname.setdefault(parts[-1], set()).add(name)
        return cls({key: tuple(sorted(value)) for key, value in by_surname.items()})

    def full_name(self, surname: str) -> str | None:
        candidates = self.by_surname.get(surname.casefold(), ())
        return candidates[0] if len(candidates) == 1 else None


def title_phrase_before(ent: Span) -> Span | None:
    """The title words right before a name: 'US Secretary of State' in '... Marco Rubio'."""
    start = ent.start
    doc = ent.doc
    while start > ent.sent.start:
        token = doc[start - 1]
        if token.pos_ in ("PROPN", "NOUN", "ADJ") or (token.lower_ == "of" and start - 1 > ent.sent.start):
            if token.ent_type_ == "PERSON":
                break
            start -= 1
            continue
        if token.tag_ == "HYPH" or token.lower_ in ("-", "–"):
            start -= 1
            continue
        break
    while start < ent.start and doc[start].lower_ == "of":
        start += 1
    if start == ent.start:
        return None
    phrase = doc[start : ent.start]
    return phrase if generic_title(phrase.text) else None


def split_title(phrase: Span) -> tuple[str | None, str | None]:
    """'Israeli Prime Minister' -> ('Prime Minister', 'Israel')."""
    country = None
    words = []
    for token in phrase:
        if token.ent_type_ in ("GPE", "NORP") and country is None and not words:
            country = country_of(token.text, token.ent_type_)
            continue
        words.append(token.text_with_ws)
    role = "".join(words).strip()
    return (role or None), country


def person_entities(doc: Doc, excluded: set[int]) -> list[Span]:
    spans = [
        extend_person(ent)
        for ent in doc.ents
        if ent.label_ in PERSON_LABELS and usable_name(ent) and ent.start not in excluded
    ]
    return [span for span in spans if person_name(span)]


def extend_person(ent: Span) -> Span:
    """'Mohammed bin Abdulrahman' + 'Al Thani', 'Ursula von' + 'der Leyen': take in the name
    words the model left out (capitalised proper nouns, and particles followed by one)."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and end - ent.end < 4 and doc[end - 1].whitespace_ and doc[end].is_alpha:
        token = doc[end]
        particle_then_name = (
            token.lower_ in NAME_PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        )
        name_word = (
            token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and (token.ent_type_ in ("", "PERSON") or doc[end - 1].lower_ in NAME_PARTICLES)
        )
        if not (particle_then_name or name_word):
            break
        end += 1
    if doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    return doc[ent.start : end] if end > ent.end else ent


def person_name(span: Span) -> str:
    """The name without honorifics: 'Sheikh Tamim bin Hamad Al Thani' -> 'Tamim bin Hamad Al Thani'."""
    words = clean_name(span.text).split()
    while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
        words = words[1:]
    return " ".join(words)


DATELINE_DASHES = {"—", "–", "-", "--"}
DATELINE_MAX_TOKENS = 12


def dateline_tokens(doc: Doc) -> set[int]:
    """Tokens of 'RIYADH (AP) —' or 'NEW DELHI, May 10 (Reuters) -' opening a paragraph."""
    found: set[int] = set()
    for sent in doc.sents:
        if sent.start > 0 and not (doc[sent.start - 1].is_space and "\n" in doc[sent.start - 1].text):
            continue
        head = list(sent)[:DATELINE_MAX_TOKENS]
        dash = next(
            (
                t
                for t in head
                if (t.text in DATELINE_DASHES and t.i > 0 and doc[t.i - 1].whitespace_)
                or (t.text == ":" and t.i > sent.start)
            ),
            None,
        )
        if dash is None or dash.i == sent.start:
            continue
        before = doc[sent.start : dash.i]
        city_in_capitals = before[0].is_upper and len(before[0].text) >= 3
        agency_credit = any(t.text == "(" for t in before)
        if city_in_capitals or agency_credit:
            found.update(range(sent.start, dash.i + 1))
    return found


def is_dateline(text: str) -> bool:
    """'JERUSALEM' or 'NEW DELHI/ISLAMABAD' opening a story is a dateline, not an actor."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


def usable_name(ent: Span) -> bool:
    name = clean_name(ent.text)
    if len(name) < 2 or NAME_JUNK.search(name) or not any(ch.isupper() for ch in name):
        return False
    if is_dateline(name):
        return False
    # A name used as a modifier ("the Trump administration") is not a mention of the person,
    # unless the "noun" is the "co" of a split "co-chaired" that the parser took for one.
    head = ent.root.head
    split_prefix = head.lower_ == "co" and head.i + 1 < len(head.doc) and head.nbor(1).text == "-"
    return not (ent.root.dep_ == "compound" and head.pos_ == "NOUN" and not split_prefix)


def cluster_people(doc: Doc, known: KnownPeople, actors: ArticleActors, excluded: set[int]) -> None:
    """Give every person mention its actor; short forms join the full name they abbreviate."""
    ents = person_entities(doc, excluded)
    full_names: dict[str, Actor] = {}
    for ent in ents:
        name = person_name(ent)
        if len(name_tokens(name)) >= 2:
            key = " ".join(name_tokens(name))
            if key not in full_names:
                full_names[key] = Actor(name, "person")
                actors.actors.append(full_names[key])
    last_seen: dict[int, int] = {}
    for ent in ents:
        name = person_name(ent)
        parts = name_tokens(name)
        actor = full_names.get(" ".join(parts))
        if actor is None:
            matches = [
                a
                for key, a in full_names.items()
                if set(parts) <= set(key.split()) and key.split()[-1] in parts or key.split()[-1:] == parts
            ]
            if not matches and len(parts) == 1:
                # "Anwar" for "Anwar Ibrahim": a given name alone, when only one person carries it
                matches = [a for key, a in full_names.items() if key.split()[0] == parts[0]]
                matches = matches if len(matches) == 1 else []
            if matches:
                actor = max(matches, key=lambda a: last_seen.get(id(a), -1))
            else:
                full = known.full_name(parts[-1]) if len(parts) == 1 else None
                actor = Actor(full or name, "person")
                full_names[" ".join(name_tokens(actor.canonical_name))] = actor
                actors.actors.append(actor)
        actor.aliases.add(name)
        last_seen[id(actor)] = ent.start
        phrase = title_phrase_before(ent)
        if phrase is not None:
            role, country = split_title(phrase)
            actor.role = actor.role or role
            actor.country = actor.country or country
            actor.aliases.add(f"{phrase.text} {name}")
        add_mention(actors, actor, ent)
    add_untagged_surnames(doc, actors, known)
    for actor in actors.actors:
        longest = max(actor.aliases | {actor.canonical_name}, key=lambda n: (len(name_tokens(n)), len(n)))
        if generic_title(longest) is None:
            actor.canonical_name = longest


def unique_surnames(people: list[Actor]) -> dict[str, Actor]:
    """Surname -> person, for surnames that only one person of the article carries."""
    by_surname: dict[str, list[Actor]] = {}
    for actor in people:
        parts = name_tokens(actor.canonical_name)
        if actor.kind == "person" and len(parts) >= 2:
            by_surname.setdefault(parts[-1], []).append(actor)
    return {name: found[0] for name, found in by_surname.items() if len(found) == 1}


def unique_given_names(doc: Doc, people: list[Actor]) -> dict[str, Actor]:
    """Given name -> person, for given names only one person of the article carries and that
    never name a place in it ('Phumtham' for Phumtham Wechayachai, but never 'Israel')."""
    places = {comparable_name(e.text) for e in doc.ents if e.label_ in PLACE_LABELS}
    places |= {comparable_name(country) for country in demonym_table().values()}
    by_given: dict[str, list[Actor]] = {}
    for actor in people:
        parts = name_tokens(actor.canonical_name)
        if actor.kind == "person" and len(parts) >= 2 and parts[0] not in places:
            by_given.setdefault(parts[0], []).append(actor)
    return {name: found[0] for name, found in by_given.items() if len(found) == 1}


def add_untagged_surnames(doc: Doc, actors: ArticleActors, known: KnownPeople) -> None:
    """The small model misses some repeats of a name ('Vance' at a sentence start): a proper
    noun equal to the surname of exactly one person of this article, or else of one person
    already in the database, is that person. A lone untagged word equal to one person's given
    name is that person too ('Tedros' for Tedros Adhanom Ghebreyesus)."""
    by_surname = unique_surnames(actors.actors)
    given_names = unique_given_names(doc, actors.actors)
    for token in doc:
        if (
            token.i in actors.token_actor
            or token.pos_ not in ("PROPN", "NOUN")
            or token.ent_type_ == "PERSON"
        ):
            continue
        if not token.text[:1].isupper():
            continue
        actor = by_surname.get(token.lower_)
        if actor is None and not token.ent_type_ and is_lone_word(token):
            actor = given_names.get(comparable_name(token.text))
        if actor is None and not token.ent_type_ and (full := known.full_name(token.text)):
            actor = next((a for a in actors.actors if a.kind == "person" and a.canonical_name == full), None)
            if actor is None:
                actor = Actor(full, "person")
                actors.actors.append(actor)
                by_surname[token.lower_] = actor
        if actor is not None:
            add_mention(actors, actor, doc[token.i : token.i + 1])


def add_untagged_places(doc: Doc, actors: ArticleActors) -> None:
    """A one-word place the model tagged once and missed later ('in Kyiv') is still that place."""
    places = {
        comparable_name(a.canonical_name): a
        for a in actors.actors
        if a.kind == "place" and len(a.canonical_name.split()) == 1
    }
    for token in doc:
        if token.i in actors.token_actor or token.ent_type_ or not is_lone_word(token):
            continue
        place = places.get(comparable_name(token.text))
        if place is not None and token.text[:1].isupper():
            add_mention(actors, place, doc[token.i : token.i + 1])


def is_lone_word(token: Token) -> bool:
    """A proper noun with no other proper noun on either side: a one-word name."""
    doc = token.doc
    return token.pos_ == "PROPN" and not any(
        0 <= i < len(doc) and doc[i].pos_ == "PROPN" for i in (token.i - 1, token.i + 1)
    )


def add_mention(actors: ArticleActors, actor: Actor, span: Span) -> None:
    sentence_index = sentence_number(span)
    actors.mentions.append(Mention(actor, sentence_index, span.start_char, span.end_char, span.text))
    for token in span:
        actors.token_actor[token.i] = actor


def sentence_number(span: Span | Token) -> int:
    """Index of the sentence holding `span`; the Doc extension caches the sentence starts."""
    doc = span.doc
    if not doc.has_extension("sentence_starts"):
        Doc.set_extension("sentence_starts", default=None)
    if doc._.sentence_starts is None:
        doc._.sentence_starts = {sent.start: index for index, sent in enumerate(doc.sents)}
    return doc._.sentence_starts[span.sent.start]


def misread_places(doc: Doc, known: KnownPeople) -> set[int]:
    """Starts of one-word PERSON entities that are places: the small model tags some cities as
    people ('Kyiv', 'Sanaa'), and a name the text uses as a destination ('arrived in Kyiv',
    'visited Kyiv') is a place in all of the article's mentions, unless it names a person."""
    person_words = {
        word
        for ent in doc.ents
        if ent.label_ in PERSON_LABELS and len(ent) > 1
        for word in name_tokens(ent.text)
    }
    singles = [ent for ent in doc.ents if ent.label_ in PERSON_LABELS and len(ent) == 1]
    destinations = set()
    for ent in singles:
        root, head = ent.root, ent.root.head
        arriving = (
            root.dep_ == "pobj" and head.lower_ in DESTINATION_PREPS and head.head.lemma_ in DESTINATION_VERBS
        )
        visited = root.dep_ == "dobj" and head.lemma_ == "visit"
        key = comparable_name(ent.text)
        if (
            (arriving or visited)
            and key not in person_words
            and title_phrase_before(ent) is None
            and known.full_name(ent.text) is None
        ):
            destinations.add(key)
    return {ent.start for ent in singles if comparable_name(ent.text) in destinations}


def collect_named(
    doc: Doc,
    actors: ArticleActors,
    labels: set[str],
    kind: str,
    excluded: set[int],
    relabelled: set[int] = frozenset(),
) -> None:
    """Organisations and places: one actor per distinct cleaned name; `relabelled` are the starts
    of entities of another label that are of this kind."""
    by_name: dict[str, Actor] = {a.canonical_name.casefold(): a for a in actors.actors if a.kind == kind}
    people = {
        " ".join(name_tokens(alias)): a for a in actors.actors if a.kind == "person" for alias in a.aliases
    }
    surnames = unique_surnames(actors.actors)
    given_names = unique_given_names(doc, actors.actors) if kind == "org" else {}
    for ent in doc.ents:
        if (ent.label_ not in labels and ent.start not in relabelled) or (
            kind != "place" and ent.start in excluded
        ):
            continue
        name = clean_name(ent.text)
        if len(name) < 2 or NAME_JUNK.search(name) or not name[:1].isupper() or in_title(ent):
            continue
        if is_dateline(name) and kind != "place":
            continue
        person = (
            people.get(" ".join(name_tokens(name)))
            or surnames.get(name.casefold())
            or given_names.get(" ".join(name_tokens(name)))
        )
        if person is None and kind == "org" and len(name.split()) >= 2 and title_phrase_before(ent):
            # "envoy Morgan Ortagus" tagged ORG: a title before a name marks a person
            person = Actor(name, "person")
            actors.actors.append(person)
            people[" ".join(name_tokens(name))] = person
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


def in_title(ent: Span) -> bool:
    """'State' in 'Secretary of State' is part of a title, not an organisation."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and generic_title(root.head.head.text) is not None


def resolve_references(doc: Doc, actors: ArticleActors) -> None:
    """Pronouns and title references ('the prime minister') point to a person named earlier."""
    recent: list[tuple[int, Token, Actor]] = []  # (sentence start, token, actor) of person mentions
    for sent in doc.sents:
        for token in sent:
            actor = actors.token_actor.get(token.i)
            if actor is not None and actor.kind == "person":
                recent.append((sent.start, token, actor))
                continue
            if token.lower_ in PRONOUNS and token.pos_ == "PRON":
                target = pronoun_antecedent(token, recent)
            elif token.lower_ == "the":
                target = title_antecedent(token, recent)
            else:
                target = None
            if target is not None:
                actors.token_actor[token.i] = target
                actors.mentions.append(
                    Mention(
                        target, sentence_number(token), token.idx, token.idx + len(token.text), token.text
                    )
                )


def resolve_pair_references(doc: Doc, actors: ArticleActors) -> None:
    """'The two men', 'the two defence ministers' -> the two people the text last named together
    ('A and B'), when the latest such coordination names exactly two people whose titles fit;
    'they' as a later subject of the same or the next sentence stands for them too."""
    named_together: list[tuple[int, tuple[Actor, ...]]] = []  # (sentence number, people)
    last_pair: tuple[int, tuple[Actor, ...]] | None = None
    for number, sent in enumerate(doc.sents):
        for token in sent:
            actor = actors.token_actor.get(token.i)
            if actor is not None and actor.kind == "person" and token.dep_ != "conj" and token.conjuncts:
                people = [actor]
                listed = [token, *token.conjuncts]
                for conjunct in listed + [c for t in listed for c in t.children if c.dep_ == "appos"]:
                    other = actors.token_actor.get(conjunct.i)
                    if other is not None and other.kind == "person" and other not in people:
                        people.append(other)
                if len(people) >= 2:
                    named_together.append((number, tuple(people)))
            head = pair_reference_head(token)
            if head is not None:
                earlier = [
                    (n, p) for n, p in named_together if number - PAIR_LOOKBACK_SENTENCES <= n < number
                ]
                if (
                    earlier
                    and len(earlier[-1][1]) == 2
                    and titles_fit(doc[token.i : head.i + 1], earlier[-1][1])
                ):
                    actors.token_people[head.i] = earlier[-1][1]
                    last_pair = (number, earlier[-1][1]) if head.dep_ in ("nsubj", "nsubjpass") else last_pair
            elif (
                token.lower_ in PLURAL_PRONOUNS
                and token.pos_ == "PRON"
                and token.dep_ in ("nsubj", "nsubjpass")
                and last_pair is not None
                and number - last_pair[0] <= 1
            ):
                actors.token_people[token.i] = last_pair[1]


def pair_reference_head(token: Token) -> Token | None:
    """The head noun of 'the two leaders' when `token` is its 'two'."""
    head = token.head
    if token.lower_ != "two" or token.dep_ != "nummod" or head.lower_ not in PAIR_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    return head


def titles_fit(phrase: Span, people: tuple[Actor, ...]) -> bool:
    """'the two defence ministers' fits people whose known titles are defence ministers."""
    wanted = generic_title(re.sub(r"s\b", "", phrase.text))
    if wanted is None:
        return True
    for person in people:
        held = generic_title(person.role) if person.role else None
        if held is not None and held.split()[-1] != wanted.split()[-1]:
            return False
        if held is not None and len(wanted.split()) > 1 and held != wanted:
            return False
    return True


def pronoun_antecedent(token: Token, recent: list[tuple[int, Token, Actor]]) -> Actor | None:
    """The latest person who was a subject, within a few sentences; else the latest person."""
    sent_starts = sorted({start for start, _, _ in recent})
    window = set(sent_starts[-PRONOUN_LOOKBACK_SENTENCES:]) | {token.sent.start}
    candidates = [(start, tok, actor) for start, tok, actor in recent if start in window and tok.i < token.i]
    if not candidates:
        return None
    subjects = [c for c in candidates if is_subject(c[1])]
    return (subjects or candidates)[-1][2]


def is_subject(token: Token) -> bool:
    """A subject, or a name inside one ('Saudi Minister of State Adel al-Jubeir, who ...' parses
    the title as the subject and the name as its modifier)."""
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        head = token.head
        if token.dep_ not in ("compound", "appos", "conj", "flat"):
            return False
        if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and generic_title(head.text)):
            return False  # "the Trump administration": a name as a modifier
        token = head
    return False


def title_antecedent(token: Token, recent: list[tuple[int, Token, Actor]]) -> Actor | None:
    """'the prime minister' -> the latest person whose role carries that title."""
    if token.lower_ != "the" or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = token.doc[token.i + 1 : token.head.i + 1]
    if any(t.ent_type_ == "PERSON" for t in phrase) or len(phrase) > 4:
        return None
    wanted = generic_title(phrase.text)
    if wanted is None:
        return None
    for _, _, actor in reversed(recent):
        if actor.role and generic_title(actor.role) == wanted:
            return actor
    return None


def expand_reference(doc: Doc, actors: ArticleActors) -> None:
    """Let the head noun of a resolved title reference stand for the actor too."""
    for index, actor in list(actors.token_actor.items()):
        token = doc[index]
        if token.lower_ == "the" and token.head.i not in actors.token_actor:
            actors.token_actor[token.head.i] = actor


def article_actors(doc: Doc, known: KnownPeople, curation: Curation) -> ArticleActors:
    """All actors of an article with their mentions, after curation."""
    actors = ArticleActors()
    datelines = dateline_tokens(doc)
    places_tagged_as_people = misread_places(doc, known)
    cluster_people(doc, known, actors, datelines | places_tagged_as_people)
    collect_named(doc, actors, ORG_LABELS, "org", datelines)
    collect_named(doc, actors, PLACE_LABELS, "place", datelines, places_tagged_as_people)
    add_untagged_places(doc, actors)
    resolve_references(doc, actors)
    expand_reference(doc, actors)
    resolve_pair_references(doc, actors)
    dropped = {id(a) for a in actors.actors if curation.apply(a) is None}
    if dropped:
        actors.actors = [a for a in actors.actors if id(a) not in dropped]
        actors.mentions = [m for m in actors.mentions if id(m.actor) not in dropped]
        actors.token_actor = {i: a for i, a in actors.token_actor.items() if id(a) not in dropped}
        actors.token_people = {
            i: kept
            for i, people in actors.token_people.items()
            if (kept := tuple(a for a in people if id(a) not in dropped))
        }
    merge_same_names(actors)
    return actors


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
