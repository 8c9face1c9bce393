"""Where an event happened: a place in the trigger's 'in'/'at' phrases or the place a 'where'
clause hangs from ('flew to Cairo on Monday, where he met X'), a country in its common
name ('the Hellenic Republic' -> Greece); seats of government,
palaces and airports mapped to their city (`data/venues.csv`, 'Cairo International Airport'),
'the Egyptian capital' or 'Ukraine's capital' read as the capital city (`ingest/geography.py`),
and 'here' or 'the capital' as the city of the story's dateline (in capitals or title case)."""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from ingest import geography, rules
from ingest.actors.names import PLACE_LABELS, clean_name, dateline_tokens
from ingest.dates import MONTHS
from ingest.events.context import Context
from ingest.events.syntax import (
    clause_verb,
    direct_objects,
    governors,
    hyphen_joined,
    listed_after,
    prep_objects,
    stop_above,
    subject_of,
)
from ingest.records import Actor
from ingest.word_index import doc_text, entity_at, sentences


def large_city(name: str) -> geography.City | None:
    """A city by that name large enough to be meant when the model did not tag it as a place."""
    city = geography.city(name)
    return city if city is not None and city.population >= rules.UNTAGGED_CITY_MIN_POPULATION else None


def hyphenated_place(token: Token) -> str | None:
    """'Guinea-Bissau', 'Timor-Leste': the tokenizer splits the name at its hyphen and the model
    tags only a part; the whole name when the gazetteer knows it."""
    doc, start, end = token.doc, token.i, token.i + 1
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_
        and not doc[start - 1].whitespace_
    ):
        start -= 2
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
    ):
        end += 2
    if end - start < 3:
        return None
    name = doc[start:end].text
    return geography.common_name(name) if geography.country_of_place(name) else None


def held_before_arrival(noun: Token) -> bool:
    """'arrived in Budapest after talks with X': talks before the journey's end were held elsewhere."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in rules.BEFORE_ARRIVAL_PREPS
        and clause_verb(noun).lemma_ in rules.ARRIVAL_VERBS | rules.RETURN_VERBS
    )


def place_of(ctx: Context, tokens: list[Token], exclude: list[Actor]) -> str | None:
    """A city or country in an 'in'/'at' phrase of the trigger, its verb or its objects."""
    # "fly to Quito to meet A, followed by Lima for talks with B": the talks are in Lima
    stop = next((p for t in tokens if t.pos_ == "NOUN" for p in stop_above(t)), None)
    if stop is not None and (place := place_name(ctx, stop, exclude)):
        return place
    named_by_place = set(tokens)  # "the Geneva talks"; not "with a US delegation"
    tokens = [
        *tokens,
        *(clause_verb(t) for t in tokens if t.pos_ in ("NOUN", "PROPN") and not held_before_arrival(t)),
    ]
    # "hosted X for talks in Nairobi": the place of the talks the meeting was for
    tokens += talks_held_in(ctx, tokens)
    # "said alongside X in Paris", "a meeting between their delegations in Ankara"
    counterpart_preps = {"with", "between"} | rules.CO_PRESENCE_PREPS
    tokens = [
        *tokens,
        *(
            o
            for t in tokens
            for o in direct_objects(t) + prep_objects(t, counterpart_preps)
            # "between Israel and Hezbollah in southern Lebanon" tells where a side is
            if o.head.lower_ != "between" or o.pos_ == "NOUN"
        ),
    ]
    # "will meet with A, B and C in Brussels": the place may hang on the last one met
    # "hosted A, French President B and German Chancellor C in London": the parser may hang the last
    # name on its title, in apposition
    # "meets his Omani counterpart, X in Tehran": on the name in apposition
    tokens += [
        n
        for t in tokens[len(named_by_place) :]
        if t.pos_ in ("NOUN", "PROPN")  # the people met, not a verb joined on ("and gave a speech in P")
        for n in (*listed_after(t), *(c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"))
        if n not in tokens
    ]
    # "met the leaders of France, Germany and the UK in London": a country is in no city, so the
    # city hanging on the last country named is where they met
    tokens += [
        c
        for t in tokens[len(named_by_place) :]
        if t.pos_ == "NOUN"
        for o in prep_objects(t, {"of"})
        for c in (o, *o.conjuncts)
        if c.ent_type_ == "GPE"
    ]
    for token in tokens:
        # "met X at the SCO summit in Tianjin", "during the G20 Summit in New Delhi": the city, not
        # the bloc that names the summit ("the Mercosur summit")
        place = next((p for g in gatherings_at(token) if (p := held_in(ctx, g, exclude))), None)
        if place:
            return place
        objects = prep_objects(token, {"in", "at", "inside"})
        # "meet at 11.30 am local time in Anchorage", "met for the first time in Riyadh": the place
        # hangs on the time
        objects += [
            p
            for t in prep_objects(token, {"at", "on", "for"})
            if t.ent_type_ in ("TIME", "DATE", "QUANTITY") or t.lower_ == "time"
            for p in prep_objects(t, {"in", "at"})
        ]
        for obj in objects:
            place = place_name(ctx, obj, exclude)
            if place:
                return place
        for child in token.children if token in named_by_place else ():
            # "the Geneva talks"; not "the Mercosur summit", a bloc the model tagged as a place
            if (
                child.dep_ == "compound"
                and child.ent_type_ in PLACE_LABELS
                and not unknown_bloc(child, token)
            ):
                return place_name(ctx, child, exclude)
    return sidelines_place(ctx, tokens, exclude)


def unknown_bloc(name: Token, gathering: Token) -> bool:
    """'Mercosur' of 'the Mercosur summit': a name on a gathering that the gazetteer does not know;
    'Shanghai' of 'the Shanghai Cooperation Organization summit': a bloc named after a city."""
    if gathering.lemma_.lower() not in rules.GATHERING_NOUNS:
        return False
    return geography.country_of_place(name.text) is None or named_after_bloc(gathering)


def named_after_bloc(gathering: Token) -> bool:
    """'the Shanghai Cooperation Organization summit': a bloc's name before the gathering's noun,
    held anywhere (not 'the Munich Security Conference', held in its city)."""
    return any(t.lower_ in rules.BLOC_NAME_WORDS for t in gathering.subtree if t.i < gathering.i)


def held_in(ctx: Context, gathering: Token, exclude: list[Actor]) -> str | None:
    """Where a gathering is held, by its 'in' phrase: the city, whatever the model tagged it."""
    return next(
        (p for o in where_held(gathering, {"in"}) if (p := place_name(ctx, o, exclude) or gazetteer_city(o))),
        None,
    )


def where_held(gathering: Token, preps: set[str]) -> list[Token]:
    """The place objects of a gathering, or of the body it is of, where the parser may hang them:
    'a summit of the European Political Community in Bulboaca'."""
    return [o for g in (gathering, *prep_objects(gathering, {"of"})) for o in prep_objects(g, preps)]


def gazetteer_city(token: Token) -> str | None:
    """A proper name the gazetteer knows as a country or large city, whatever the model tagged it
    ('in Montevideo' tagged as a date)."""
    if token.pos_ != "PROPN" or geography.country_of_place(token.text) is None:
        return None
    return (
        geography.common_name(token.text)
        if geography.is_country(token.text) or large_city(token.text)
        else None
    )


def gatherings_at(token: Token) -> list[Token]:
    """'at the SCO summit', 'during the G20 Summit': a gathering the word's event took place at
    (not 'at a news conference')."""
    return [
        o
        for o in prep_objects(token, rules.GATHERING_PREPS)
        if o.lemma_.lower() in rules.GATHERING_NOUNS
        and not any(c.lower_ in rules.MEDIA_EVENT_WORDS for c in o.children)
    ]


def talks_held_in(ctx: Context, tokens: list[Token]) -> list[Token]:
    """'hosted X for talks in Nairobi': the talks a meeting was for, when a place is their own 'in'
    object (not 'for talks in preparation for a summit in Alaska')."""
    return [
        o
        for t in tokens
        for o in prep_objects(t, {"for"})
        if o.lower_ in rules.MEETING_NOUNS and any(is_place(ctx, g) for g in prep_objects(o, {"in"}))
    ]


def sidelines_place(ctx: Context, tokens: list[Token], exclude: list[Actor]) -> str | None:
    """'a meeting held on the sidelines of a forum in Ashgabat': the place of the gathering on
    whose sidelines the sentence puts the meeting."""
    sentence = tokens[0].sent
    for sidelines in (t for t in sentence if t.lower_ in rules.SIDELINE_WORDS):
        gatherings = prep_objects(sidelines, {"of"})
        for obj in [
            *(o for g in gatherings for o in where_held(g, {"in", "at"})),
            *prep_objects(sidelines, {"in"}),
        ]:
            place = place_name(ctx, obj, exclude)
            if place:
                return place
    return None


def is_place(ctx: Context, token: Token) -> bool:
    """A place entity, or a name the model mislabelled that the article's actors call a place."""
    if token.ent_type_ in PLACE_LABELS:
        return True
    actor = ctx.actors.actor_at(token)
    return actor is not None and actor.kind == "place"


def place_name(ctx: Context, token: Token, exclude: list[Actor] = ()) -> str | None:
    if token.lower_ in rules.SINGLE_TOKEN_WORDS:
        return None  # "a tete-a-tete meeting" the model tagged a place
    hyphenated = hyphenated_place(token)
    if hyphenated is not None:
        return hyphenated
    if paired_place(ctx, token):
        return None  # "the India-US talks": the two sides, not where
    named = capital_city(ctx, token) or facility_city(token)
    if named is not None:
        return named
    venue = known_venue(token)
    if venue is not None:
        return venue  # "the White House" tagged as an organisation
    if token.lemma_.lower() in rules.GATHERING_NOUNS:
        place = held_in(ctx, token, exclude)  # "the Mercosur summit in Montevideo"
        if place:
            return place
    if token.lemma_.lower() in rules.PLACE_KIND_NOUNS:
        # "the Black Sea city of Sochi", "the Egyptian resort of Sharm El-Sheikh": the place the
        # kind word introduces, not the sea or country that qualifies the kind
        named = (place_name(ctx, o, exclude) for o in prep_objects(token, {"of"}) if is_place(ctx, o))
        place = next((p for p in named if p), None)
        if place:
            return place
    if not is_place(ctx, token):
        # "at the White House": the head may sit outside the entity; a conjunct ('Mauritius and
        # Sri Lanka') is a place of its own, not this one's
        conjuncts = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        inner = [t for t in token.subtree if is_place(ctx, t) and t.i not in conjuncts]
        inner = [t for t in inner if not paired_place(ctx, t)]  # "progress in the India-US talks"
        inner = [t for t in inner if t.head.lemma_.lower() not in rules.NAMED_AFTER_PLACE_NOUNS]
        if token.lemma_.lower() in rules.GATHERING_NOUNS:
            # "the BRICS summit": a bloc's name, not a place, unless the gazetteer knows it
            inner = [t for t in inner if t.head != token or not unknown_bloc(t, token)]
        if not inner or len(list(token.subtree)) > rules.PLACE_PHRASE_MAX_TOKENS:
            return None
        token = inner[-1]
    actor = ctx.actors.actor_at(token)
    if actor is not None and actor in exclude:
        return None
    ent = entity_at(token)
    if ent is None:
        named_place = actor is not None and actor.kind == "place"
        return geography.common_name(actor.canonical_name) if named_place else None
    name = clean_name(ent.text)
    article, _, rest = name.partition(" ")
    if article.lower() in ("a", "an") and geography.country_of_place(rest):
        name = rest  # "arrives in a United States in which ...": the country, not its article
    if ent.label_ != "GPE" and name.split()[-1].lower() in rules.OFFICE_TITLE_WORDS:
        return None  # "will visit BNP Chairperson Khaleda Zia": a title the model took for a place
    if geography.country_of_place(name) is None and name.split()[-1].lower() in rules.GATHERING_NAME_WORDS:
        # "the Crimean Platform", "the Raisina Dialogue" tagged as places: gatherings; "the St
        # Petersburg Forum" is held in its city
        host = " ".join(name.split()[:-1])
        return geography.common_name(host) if host and geography.country_of_place(host) else None
    if geography.country_of_place(name) is None and name.split()[-1].lower() in rules.DOCUMENT_NAME_WORDS:
        return None  # "progress in the India-US Bilateral Trade Agreement" tagged as a facility
    name = name.title() if name.isupper() and len(name) > 3 else name
    before_dash = clean_name(re.split(r"\s*[-–—]\s+", name)[0])
    if (
        before_dash != name
        and geography.country_of_place(name) is None
        and geography.country_of_place(before_dash)
    ):
        name = before_dash  # "Khartoum- Screenshot": a caption glued to the place
    name = own_part(ent, token, name)
    place = geography.common_name(palace_told(ctx, ent, name) or venue_city(gazetteer_spelling(name)))
    if geography.country_of_place(place) is not None:
        return place
    # a venue in a city: "the Great Hall of the People in Beijing" tagged whole, or "arrived at
    # the Presidential Palace in Ankara" with the city an entity of its own
    told_in = [place.rsplit(" in ", 1)[-1]] if " in " in place else []
    told_in += [
        clean_name(told.text)
        for city in prep_objects(ent.root, {"in"})
        if (told := entity_at(city)) is not None and told.start != ent.start
    ]
    city = next((geography.common_name(c) for c in told_in if geography.country_of_place(c)), None)
    return city or place_with_country(ent, place)


def place_with_country(ent: Span, place: str) -> str:
    """'Bulboaca, Moldova': a place the gazetteer does not know keeps the country written after
    it, so that where it lies is known."""
    beside = [entity_at(c) for c in ent.root.children if c.dep_ == "appos"]
    written = [clean_name(told.text) for told in beside if told is not None]
    countries = [name for name in written if geography.is_country(name)]
    return f"{place}, {geography.common_name(countries[0])}" if countries else place


def paired_place(ctx: Context, token: Token) -> bool:
    """'US' of 'the India-US talks', 'China' of 'US-China relations': a place joined by a hyphen to
    another place, naming the two sides of something, not where it is ('Guinea-Bissau', a place
    of its own, is read whole first); 'U.S.-Iran', the pair the tokenizer keeps as one word."""
    if paired_in_one_token(token):
        return True
    if not hyphen_joined(token) or hyphenated_place(token) is not None:
        return False
    doc = token.doc
    partners = [
        doc[i]
        for i in (token.i - 2, token.i + 2)
        if 0 <= i < len(doc)
        and doc[(i + token.i) // 2].tag_ == "HYPH"
        # "Sharm el-Sheikh": parts of one place's name
        and not (doc[max(i, token.i)].ent_iob_ == "I" and doc[max(i, token.i)].ent_type_)
    ]
    return any(is_place(ctx, p) or geography.country_of_place(p.text) for p in partners)


def paired_in_one_token(token: Token) -> bool:
    """'U.S.-Iran talks', the tokenizer keeping the pair as one word: two places, no place (not
    'Guinea-Bissau', a place of its own)."""
    parts = token.text.split("-")
    return (
        len(parts) == 2
        and geography.country_of_place(token.text) is None
        and all(geography.country_of_place(p) for p in parts)
    )


def own_part(ent: Span, token: Token, name: str) -> str:
    """'Abuja for Lagos' tagged as one place in 'left Abuja for Lagos': the token's own part, when
    the whole is no place the gazetteer knows and the part is."""
    links = [t.i for t in ent if t.lower_ in rules.PLACE_SPLITTING_WORDS]
    if not links or geography.country_of_place(name) is not None:
        return name
    start = max([i + 1 for i in links if i < token.i], default=ent.start)
    end = min([i for i in links if i > token.i], default=ent.end)
    part = clean_name(ent.doc[start:end].text)
    return part if part and geography.country_of_place(part) is not None else name


def qualified_place(ent: Span) -> bool:
    """'Miraflores, the Lima district', 'Bellevue, Washington': a place told with where it lies."""
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    after = doc[end + 1 : end + 1 + rules.PLACE_QUALIFIER_WINDOW]
    # a place the gazetteer knows (the model tags names after a comma as places too readily)
    return geography.country_of_place(after[0].text) is not None or any(
        t.lower_ in rules.PLACE_KIND_WORDS for t in after
    )


def palace_told(ctx: Context, ent: Span, name: str) -> str | None:
    """'arrived in Miraflores' just after the story named the Miraflores Palace: the palace's city
    (Caracas), not a town of the same name ('Miraflores, the Lima district')."""
    palace = f"{venue_key(name)} palace"
    city = venue_table().get(palace)
    if city is None or qualified_place(ent):
        return None
    before = doc_text(ent.doc)[max(0, ent.start_char - rules.LATER_MENTION_MAX_CHARS) : ent.start_char]
    return city if palace in venue_key(before) else None


def gazetteer_spelling(name: str) -> str:
    """'Hague' -> 'The Hague', 'JERUSALEM' -> 'Jerusalem', 'Ha Noi' -> 'Hanoi': a city's own name,
    when the text wrote the same name with another case, accent, spacing or article."""
    city = geography.city(name)
    if city is None:
        return name
    written, own = (re.sub(r"[^a-z0-9]", "", geography.fold(n)) for n in (name, city.name))
    # "Ha Noi" -> "Hanoi"; "Washington D.C", "Washington DC": the city with its region's code
    return city.name if written in (own, own + (city.region or "").casefold()) else name


def capital_city(ctx: Context, token: Token) -> str | None:
    """'the Egyptian capital', "Ukraine's capital", 'the capital of Ukraine' -> the capital city;
    'the Lebanese capital Beirut' names its city."""
    if token.lower_ not in rules.CAPITAL_WORDS:
        return None
    inner = [t for t in token.subtree if t != token and is_place(ctx, t)]
    for place in inner:
        if place.ent_type_ in PLACE_LABELS and not geography.is_country(place.text):
            return place_name(ctx, place)
    modifiers = [c for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
    modifiers += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    # "the South Sudanese capital": the words from the first modifier on name the country, before
    # any one of them ('Sudanese' alone is another country's)
    phrases = [
        token.doc[m.left_edge.i : token.i].text for m in sorted(modifiers, key=lambda m: m.i) if m.i < token.i
    ]
    for phrase in [*phrases, *(m.text for m in modifiers)]:
        capital = geography.capital_of(clean_name(phrase))
        if capital is not None:
            return capital
    # "ISLAMABAD: ... arrived in the capital": the dateline's city, when it is a capital
    city = dateline_city(ctx.doc)
    if not modifiers and city is not None and geography.capital_of(city.country) == city.name:
        return city.name
    if not modifiers and not inner:
        return capital_on_trip(ctx, token)
    return None


def capital_on_trip(ctx: Context, capital: Token) -> str | None:
    """'X arrived in Chongqing ... He will travel to the capital': the capital of the country of
    the traveller's visit told just before (not 'return to the capital', his own; not 'the
    capital's districts')."""
    doc = capital.doc
    if capital.i + 1 < len(doc) and doc[capital.i + 1].tag_ == "POS":
        return None
    verb = capital.head.head if capital.dep_ == "pobj" else capital.head
    if verb.lemma_ in rules.RETURN_VERBS or any(c.lower_ in rules.HOMEWARD_WORDS for c in verb.children):
        return None
    travellers = {a for t in subject_of(verb) if (a := ctx.actors.actor_at(t)) is not None}
    visit = next((e for e in ctx.told_before(capital) if e.event_type == "visit" and e.location), None)
    if visit is None or not travellers & {p.actor for p in visit.participants}:
        return None
    country = geography.country_of_place(visit.location)
    return geography.capital_of(country) if country else None


def residence_in(place: str, country: str) -> bool:
    """A palace or mansion the gazetteer puts in no other country ('the Cankaya Palace')."""
    return place.split()[-1].lower() in rules.RESIDENCE_WORDS and geography.country_of_place(place) in (
        None,
        country,
    )


@lru_cache(maxsize=1)
def dateline_city(doc: Doc) -> geography.City | None:
    """The city of the story's dateline ('BEIJING, March 3 (Xinhua) --', 'New Delhi, Feb 17:',
    'Dar es Salaam.'), for 'arrived here'."""
    tokens = sorted(dateline_tokens(doc))
    if not tokens:
        return title_case_dateline(doc)
    words = []
    for index in tokens:
        token = doc[index]
        if not token.is_upper or not token.is_alpha or index != tokens[0] + len(words):
            break
        words.append(token.text)
    return geography.city(" ".join(words).title()) if words else title_case_dateline(doc)


def month_day(month: Token) -> bool:
    """'Aug 7', 'Sept. 3': a month and its day, which the tagger does not always read as a date."""
    day = month.doc[month.i + 1] if month.i + 1 < len(month.doc) else None
    if day is not None and day.text == "." and day.i + 1 < len(month.doc):
        day = month.doc[day.i + 1]
    return (
        day is not None
        and day.like_num
        and len(month.text) >= 3
        and any(name.startswith(month.lower_) for name in MONTHS)
    )


def title_case_dateline(doc: Doc) -> geography.City | None:
    """A paragraph of the story's opening that starts with a large city's name and a dateline's
    mark: a colon or dash, a comma and a date ('New Delhi, Feb 17:'), or a full stop ending it."""
    for sent in sentences(doc)[: rules.VISIT_DATELINE_MAX_SENTENCES]:
        if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
            continue
        name = []
        for token in sent[: rules.VISIT_DATELINE_CITY_MAX_TOKENS + 1]:
            if token.is_punct:
                break
            name.append(token)
        if not name or len(name) >= len(sent) or not name[0].is_title:
            continue
        mark = doc[name[-1].i + 1]
        after = doc[mark.i + 1] if mark.i + 1 < len(doc) else None
        dated = mark.text == "," and after is not None and (after.ent_type_ == "DATE" or month_day(after))
        ended = mark.text == "." and all(t.is_space for t in doc[mark.i + 1 : sent.end])
        if not (dated or ended or mark.text in rules.VISIT_DATELINE_MARKS):
            continue
        city = large_city(doc[name[0].i : name[-1].i + 1].text)
        if city is not None:
            return city
    return None


def facility_city(token: Token) -> str | None:
    """'Cairo International Airport', 'Seoul Air Base', 'Vnukovo airport' -> the city served:
    a known venue, else the longest run of name words before the facility word that names a city."""
    if token.lower_ not in rules.FACILITY_WORDS:
        return None
    words = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod") and t.pos_ == "PROPN"]
    phrase = " ".join(t.text for t in [*words, token] if t.lower_ not in rules.AIRPORT_QUALIFIERS)
    known = venue_table().get(venue_key(phrase))  # "Daxing International Airport" -> "daxing airport"
    if known is not None:
        return known
    for end in range(len(words), 0, -1):
        if any(t.lower_ not in rules.FACILITY_NAME_TAIL for t in words[end:]):
            continue  # "Nur Khan Airbase" is named after a man, not in a town "Nur"
        found = geography.city(" ".join(t.text for t in words[:end]))
        if found is not None and words[0].ent_type_ != "PERSON":
            return found.name
    return None


def known_venue(token: Token) -> str | None:
    """The city of a seat of government named by the token's entity or noun phrase."""
    ent = entity_at(token)
    phrase = token.doc[token.left_edge.i : token.right_edge.i + 1]
    for text in (ent.text if ent is not None else "", phrase.text):
        name = venue_key(clean_name(text))
        if name in venue_table():
            return venue_table()[name]
    return None


@cache
def venue_table() -> dict[str, str]:
    with (rules.DATA_DIR / "venues.csv").open(encoding="utf-8") as handle:
        return {venue_key(row["venue"]): row["city"] for row in csv.DictReader(handle)}


@cache
def visited_venues() -> dict[str, tuple[str, str]]:
    """Venues a visit is told to by name ('Zelensky's visit to the White House'), as the place the
    visit keeps (`data/visited_venues.csv`) and its city (`data/venues.csv`)."""
    with (rules.DATA_DIR / "visited_venues.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return {key: (row["visited_as"], venue_table()[key]) for row in rows if (key := venue_key(row["venue"]))}


def venues_visited_in(span: Span) -> list[tuple[str, str]]:
    """The venues the span tells someone going to: 'his visit to the White House', 'arrived at the
    White House', 'visited the Oval Office', 'hosted X at the White House' (not 'a White House
    adviser', nor 'talks at the White House' alone); each as (its visited name, its city)."""
    found = []
    for root in span:
        goes_to = root.dep_ == "pobj" and root.head.lower_ in rules.VENUE_VISIT_PREPS
        if not goes_to and root.dep_ != "dobj":
            continue
        start = min([root.i, *(c.i for c in root.children if c.dep_ == "compound")])
        venue = visited_venues().get(venue_key(root.doc[start : root.i + 1].text))
        verb = root.head.head if goes_to else root.head
        if venue is not None and (
            verb.lemma_ in rules.VISIT_VERBS
            or verb.lemma_ in rules.VISIT_NOUNS
            or (goes_to and verb.lemma_ in rules.HOSTING_VISIT_VERBS)
        ):
            found.append(venue)
    return found


def venue_key(name: str) -> str:
    """'Al Husseiniya Palace' and 'the al-Husseiniya Palace' look up one row."""
    return " ".join(name.casefold().removeprefix("the ").replace("-", " ").split())


def venue_city(place: str) -> str:
    """'the White House' -> 'Washington': seats of government stand for their city."""
    key = venue_key(place)
    if key in venue_table():
        return venue_table()[key]
    # "a lunch at Itamaraty": a palace told by its bare name, where no town has that name
    palace = venue_table().get(f"{key} palace")
    return palace if palace is not None and geography.country_of_place(place) is None else place


def where_place(ctx: Context, stop: Token | None) -> str | None:
    """'flew to Cairo, where they co-chaired ...': the place a 'where' clause hangs from."""
    if stop is None or stop.lower_ != "where" or stop.i < 2:
        return None
    before = stop.nbor(-1) if stop.nbor(-1).text != "," else stop.nbor(-2)
    return place_name(ctx, before)


def where_clause_place(ctx: Context, trigger: Token) -> str | None:
    """'flew to Cairo on Monday, where she met X': a meeting told in a 'where' clause is at the
    place named just before it, past a day the parser may hang the clause on."""
    where = next(
        (
            c
            for verb in governors(trigger)
            if verb.dep_ in ("relcl", "advcl")
            for c in verb.children
            if c.dep_ == "advmod" and c.lower_ == "where"
        ),
        None,
    )
    if where is None:
        return None
    for token in reversed(ctx.doc[where.sent.start : where.i]):
        if token.is_punct or token.pos_ == "ADP" or token.ent_type_ in ("DATE", "TIME"):
            continue  # "Cairo on Monday, where"
        return place_name(ctx, token)
    return None
