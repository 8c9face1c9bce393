"""Who takes part: the actors on each side of a trigger (names, titles with their names, conjoined
people, groups, leaders, companions). People a later sentence adds are `joining.py`'s."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.mentions import sentence_number
from ingest.actors.names import (
    delegation_label,
    demonym_of,
    demonym_table,
    generic_office,
    generic_title,
    holder_after_long_title,
    in_title,
)
from ingest.actors.references import (
    counterpart_office,
    country_names,
    country_word,
    name_heads_in,
    pair_reference_head,
    parties_named_since,
    person_at,
    title_fits,
    title_heads,
    titles_fit,
)
from ingest.events.context import Context, titled_org
from ingest.events.status import status_of
from ingest.events.syntax import (
    SUBJECT_DEPS,
    clause_verb,
    common_or_title,
    direct_objects,
    first_in_list,
    list_members,
    passive_agent,
    prep_objects,
    relative_antecedent,
    reporting_subject,
    subject_of,
    where_clause,
    with_conjuncts,
)
from ingest.records import Actor
from ingest.word_index import entity_at, sentences


def including_members(token: Token) -> list[Token]:
    """'leaders such as A and B', 'officials including C': the group's named members."""
    return [
        t
        for p in token.children
        if p.dep_ == "prep"
        and (p.lower_ in rules.INCLUDING_WORDS or any(c.lower_ == "such" for c in p.children))
        for g in p.children
        if g.dep_ == "pobj"
        for t in with_conjuncts(g)
    ]


def titled_roll(ctx: Context, title: Token) -> list[Token]:
    """'President of Guinea-Bissau A, President of Burundi B and President of Comoros C have
    arrived': a subject that lists titled people, which the parser hangs on the first title in
    tangles of appositions and conjuncts; each person named in it, once."""
    if title.dep_ not in ("nsubj", "nsubjpass") or not any(
        t.dep_ == "cc" and t.lower_ == "and" for t in title.subtree
    ):
        return []
    # "A, B and diplomatic advisers to C and D": the leaders the advisers serve are not in it
    served = {i for s in title.subtree for i in served_by_many(s)}
    return [t for t in name_heads_in(ctx.actors, title.subtree) if t.i not in served]


def names_a_person(ctx: Context, token: Token) -> bool:
    """A name, or a title naming one ('Egypt's intelligence head A')."""
    return token.pos_ in ("PROPN", "NOUN") and any(
        (actor := ctx.actors.actor_at(t)) is not None and actor.kind == "person"
        for t in expand_title_head(ctx, token)
    )


def joined_people(ctx: Context, verb: Token) -> list[Token]:
    """'will join his counterparts in Kyiv', 'joined Trump for dinner': the objects of a joining
    verb that are people (a name, a title naming one, people a reference stands for)."""
    return [o for o in direct_objects(verb) if names_a_person(ctx, o) or ctx.actors.people_at(o)]


def expand_title_head(ctx: Context, token: Token) -> list[Token]:
    """'envoy Steve Witkoff and Jared Kushner' parses as the title with the names in apposition."""
    actor = ctx.actors.actor_at(token)
    if actor is not None and not (
        actor.kind == "org" and token.lower_ in rules.GROUP_NOUNS and including_members(token)
    ):
        return [token]  # "Quad Foreign Ministers, including A," tagged as an organisation: its members
    listed = [c for c in token.children if c.dep_ == "appos"]
    named = [
        t
        for c in listed
        for t in (c, *c.conjuncts, *(a for a in c.children if a.dep_ == "appos"))
        if ctx.actors.actor_at(t) is not None and not reporting_subject(t)
    ]
    if named:
        return named
    if token.lower_ in rules.GROUP_REFERENCE_NOUNS | rules.OFFICE_PRONOUNS:
        # "the presidents of Argentina, Alberto Fernandez, and that of Guyana, Irfaan Ali": the
        # names hung on the countries
        owned = [
            a
            for g in prep_objects(token, {"of"})
            if country_word(g)
            for a in g.children
            if a.dep_ in ("appos", "conj")
            and (person := ctx.actors.actor_at(a)) is not None
            and person.kind == "person"
        ]
        if owned:
            return owned
    if token.pos_ in ("NOUN", "PROPN") and (
        generic_title(token.text) or token.lower_ in rules.COUNTERPART_NOUNS
    ):
        # "his counterparts, including A and B", "his counterparts — among others A, B and C —":
        # every one of them, not the first alone
        members = []
        if token.tag_ == "NNS":
            members = including_members(token) or [
                t
                for c in token.children
                if c.dep_ == "appos" and (a := ctx.actors.actor_at(c)) is not None and a.kind == "person"
                for t in with_conjuncts(c)
            ]
        if members:
            return members
        # "chief of staff Andriy Yermak": the parser hangs the name inside the title phrase
        possessors = {t.i for c in token.children if c.dep_ == "poss" for t in c.subtree}
        inner = [
            t
            for t in token.subtree
            if t.i - token.i <= rules.TITLE_NAME_MAX_DISTANCE
            and t.dep_ != "relcl"
            and t.pos_ != "PRON"
            and t.i not in possessors  # "his counterpart", "Trump's envoy": not the person named
            and (person := ctx.actors.actor_at(t)) is not None
            and person.kind == "person"
        ]
        served = {t.i for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
        closing = closing_name(ctx, token)
        if inner and inner[0].i in served and closing and closing[0] not in inner[:1]:
            return closing  # "the emissary of Pope Leo, Cardinal Zuppi,": the envoy, not whom he serves
        if serve_unnamed(token, inner) and not closing:
            return [token]  # "advisers to A, B and C met": the advisers, not the leaders they serve
        listed = titled_roll(ctx, token)
        if len(listed) > 1:
            return listed
        if inner:
            return [inner[0]]
        if closing:
            return closing
        adjacent = first_person_after(ctx, token, max_gap=1) or holder_after_title(ctx, token)
        if adjacent:  # "with President Joe Biden", the name parsed as an apposition of another word
            return adjacent
        if token.lower_ in rules.COUNTERPART_NOUNS and token.tag_ == "NNS":
            # "his colleagues from Azerbaijan and Armenia, A and B": the names close the phrase
            listed_people = [
                t
                for t in token.subtree
                if t.dep_ not in ("relcl", "poss")
                and t.pos_ != "PRON"
                and (person := ctx.actors.actor_at(t)) is not None
                and person.kind == "person"
                and ctx.actors.actor_at(t.head) is not person
            ]
            if listed_people:
                return listed_people
        named_after = title_apposition(ctx, token)
        if named_after:
            return named_after
    # "a number of heads of state, including A and B": the quantity stands for the group it counts
    counted_group = token.lower_ in rules.QUANTITY_NOUNS and any(
        g.tag_ == "NNS" for g in prep_objects(token, {"of"})
    )
    if (counted_group or token.lower_ in rules.GROUP_NOUNS | rules.MEMBER_LIST_NOUNS) and not any(
        c.lower_ in rules.COMMERCIAL_WORDS for c in token.children
    ):  # "his business partners, including A and B" are no diplomacy
        # "a contingent of officials including A and B": the members hang on the group it is of
        groups_of = [g for g in prep_objects(token, {"of"}) if g.lower_ in rules.GROUP_NOUNS]
        members = including_members(token) or [m for g in groups_of for m in including_members(g)]
        if members:
            return members
    ministry = entity_at(token) if token.ent_type_ == "ORG" else None
    if ministry is not None and in_title(ministry):
        # "received Department of Foreign Affairs Secretary A": the ministry names A's office
        named = first_person_after(ctx, ministry[-1], max_gap=rules.TITLE_NAME_MAX_DISTANCE)
        if named:
            return named
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == ":" and token.lower_ in rules.GROUP_NOUNS:
        # "seven European leaders: A, B and C" names the group's members
        listed_people = [
            t
            for t in token.sent
            if t.i > following.i
            and t.ent_iob_ == "B"
            and (a := ctx.actors.actor_at(t)) is not None
            and a.kind == "person"
        ]
        if listed_people:
            return listed_people
    return [token]


def holder_after_title(ctx: Context, title: Token) -> list[Token]:
    """'received Minister of State for African Affairs A': the parser may hang A on the verb."""

    def is_person(token: Token) -> bool:
        return (actor := ctx.actors.actor_at(token)) is not None and actor.kind == "person"

    holder = holder_after_long_title(title, is_person)
    return [name_head(ctx, holder)] if holder is not None else []


def name_head(ctx: Context, word: Token) -> Token:
    """The head word of the name a word belongs to: it carries the name's conjuncts."""
    actor = ctx.actors.actor_at(word)
    while word.head != word and ctx.actors.actor_at(word.head) is actor:
        word = word.head
    return word


def closing_name(ctx: Context, title: Token) -> list[Token]:
    """'Special Envoy to the Middle East, Steven Witkoff,': a long title closed by the name after
    its comma, which the parser hangs on the title's last noun."""
    for name in title.subtree:
        if name.i <= title.i or name.dep_ != "appos" or title.doc[name.left_edge.i - 1].text != ",":
            continue
        path, current = [], name.head
        while current != title:
            path.append(current.dep_)
            current = current.head
        person = ctx.actors.actor_at(name)
        if (
            person is not None
            and person.kind == "person"
            and not set(path) & {"relcl", "acl", "poss", "appos"}
        ):
            return [name]
    return []


def title_apposition(ctx: Context, title: Token) -> list[Token]:
    """'the military's chief of staff, Lt. Gen. Eyal Zamir': the parser detaches the name
    after the comma from the title it names."""
    doc = title.doc
    end = title.right_edge.i
    if end + 1 < len(doc) and doc[end + 1].lower_ in rules.POSTING_PREPS and doc[end + 1].head != title:
        # "Trump's special envoy to the Middle East, Steve Witkoff": the posting hung on the verb
        end = doc[end + 1].right_edge.i
    comma = end + 1
    if doc[end].text == ",":  # the parser hung the comma on the title itself
        comma = end
    if comma >= len(doc) or doc[comma].text != ",":
        return []
    named = first_person_after(ctx, doc[comma])
    return [t for t in named if t.dep_ not in SUBJECT_DEPS or subject_twice(t)]


def subject_twice(name: Token) -> bool:
    """'..., Kirill Dmitriev, who visited the capital, reports Reuters': a name the parser made a
    second subject of a verb that has its own is no subject, but the apposition of what went before."""
    return any(c.dep_ in SUBJECT_DEPS and c is not name and c.i > name.i for c in name.head.children)


def named_beside(ctx: Context, token: Token) -> list[Token]:
    """'his counterpart, President X', 'the Chinese President, X': the people named beside a
    common noun or a title (not beside a place: 'Mongolia, the Foreign Minister of Russia')."""
    if not common_or_title(token):
        return []
    return [c for c in token.children if c.dep_ == "appos" and person_at(ctx.actors, c) is not None]


def side(ctx: Context, tokens: list[Token]) -> list[Actor]:
    return [
        a
        for a in side_actors(ctx, tokens)
        if not misread_country(a) and not vague_group(a) and not legislature(a)
    ]


def legislature(actor: Actor) -> bool:
    """'Briefing the Lok Sabha on the border': a parliament heard is no side of a meeting (the
    model tags some chambers as people)."""
    return actor.canonical_name.lower().removeprefix("the ") in rules.LEGISLATURE_NAMES


def unnamed_group(actor: Actor) -> bool:
    """'a high-level delegation', 'senior ministers': a group with no name or nationality in its
    label."""
    return actor.kind == "group" and not any(word[:1].isupper() for word in actor.canonical_name.split())


def vague_group(actor: Actor) -> bool:
    """'Modi and other leaders', 'several other leaders', 'other cabinet members': people the
    text leaves uncounted and unnamed are no side of a meeting; nor are people of many countries
    at once ('his global counterparts', 'foreign leaders', 'leaders of around 10 nations', 'his
    regional counterparts')."""
    words = actor.canonical_name.lower().split()
    counted = any(w.isdigit() or w in rules.GROUP_SIZES for w in words[1:2])  # "some 30 western leaders"
    if actor.kind != "group" or not words:
        return False
    told = set(words)
    many_countries = bool(rules.MANY_COUNTRIES_WORDS & told)
    # "counterparts from the Gulf countries": people from countries told only as a region or bloc
    from_countries = "from" in told and many_countries
    reckoned = many_countries and bool(rules.APPROXIMATE_COUNT_WORDS & told)  # "around 10 nations"
    foreign = any(
        a == rules.FOREIGN_WORD and b in rules.FOREIGN_PEOPLE_NOUNS
        for a, b in zip(words, words[1:], strict=False)
    )
    regional_peers = any(
        a == rules.REGIONAL_WORD and b in rules.PEER_NOUNS for a, b in zip(words, words[1:], strict=False)
    )
    return (
        (words[0] in rules.VAGUE_GROUP_WORDS and not counted)
        or regional_peers
        or bool(rules.UNBOUNDED_GROUP_WORDS & told)
        or from_countries
        or reckoned
        or foreign
    )


def misread_country(actor: Actor) -> bool:
    """The model tags some countries and nationalities as people ('talks with Armenia and
    Azerbaijan', 'Azerbaijani officials')."""
    name = actor.canonical_name.lower()
    # "talks with Kiev": a capital standing for its government, tagged as a person
    capital = " " not in name and geography.is_capital(actor.canonical_name)
    return actor.kind == "person" and (name in country_names() or name in demonym_table() or capital)


def side_actors(ctx: Context, tokens: list[Token]) -> list[Actor]:
    found: list[Actor] = []
    expanded = []
    # "separate talks with each of the two leaders": the people of the 'of' phrase
    tokens = [
        o for t in tokens for o in (prep_objects(t, {"of"}) if t.lower_ in rules.QUANTIFIER_PRONOUNS else [t])
    ]
    tokens = [n for t in tokens for n in (name_before_day(t) or [t])]
    resolved = [(t, relative_antecedent(t)) for t in tokens]
    antecedents = {a for _, a in resolved if a is not None}
    tokens = [a or t for t, a in resolved]  # "Putin, whom Xi met"
    tokens = [s for t in tokens for s in (travellers_where(ctx, t) or [t])]
    tokens = [officer_in_apposition(ctx, t) or t for t in tokens]
    for token in tokens:
        heads = expand_title_head(ctx, token)
        expanded += heads
        if heads != [token]:  # "Prime Minister, A, President B and C": the title's own conjuncts
            expanded += [c for c in token.conjuncts if c not in heads and not reporting_subject(c)]
    for token in expanded:
        # "views shared with A and B, whom she met": the clause tells of B, the name it follows
        members = [token] if token in antecedents and token.dep_ == "conj" else list_members(token)
        for item in (t for member in members for t in expand_title_head(ctx, member)):
            if owner_of_named_person(ctx, item) or office_body(ctx, item):
                continue
            # "the two leaders", "the visitors"
            # the travellers of the sentence right before come before a pair told earlier that none of
            # them is in: "A, B and C arrived in Kyiv. The leaders met with X"
            named = ctx.actors.people_at(item)
            travellers = visiting_party(ctx, item)
            # (or all of the party where those named are some of it, the list cut by the parser)
            if travellers and (not set(named) & set(travellers) or set(named) < set(travellers)):
                named = tuple(travellers)
            named = named or pair_met_before(ctx, item)
            found += [a for a in named if a not in found]
            group = (
                []
                if named
                else split_sides(ctx, item)
                or paired_countries(ctx, item)
                or warring_sides(ctx, item)
                or owned_delegations(ctx, item)
                or counterpart_group(ctx, item)
                or [ctx.actor_of(item)]
            )
            leaders = leaders_of(ctx, item)
            if any(a.kind == "person" for a in leaders):  # "a Russian team headed by X" is X
                group = [a for a in group if a is None or not country_side(a)]
            for actor in [*group, *leaders]:
                if actor is not None and actor not in found:
                    found.append(actor)
    for listed in (a for t in tokens for a in semicolon_listed(ctx, t)):
        found += [listed] if listed not in found else []
    if not found:
        # "meetings with Coordinating Minister for Economic Affairs A, Minister of Finance B and
        # ...": long titles the parser tangled, the people listed after the first of them
        found = [
            a
            for t in tokens
            if t.dep_ == "pobj" and t.head.lower_ == "with" and generic_title(t.text)
            for a in people_listed_after(ctx, t, titled_only=True, until=topic_start(t))
        ]
    titles = {
        id(a)
        for t in [*tokens, *expanded]
        if (a := ctx.actors.actor_at(t)) and titled_org(a) and ctx.title_holder(t)
    }
    # "The United Nations special envoy, X": the body whose title X holds is not a side of its own
    titles |= {
        id(a)
        for t in [*tokens, *expanded]
        if generic_title(t.text) and ctx.title_holder(t)
        for m in t.children
        if m.dep_ in ("nmod", "compound", "poss") and (a := ctx.actors.actor_at(m)) and a.kind == "org"
    }
    return [a for a in found if id(a) not in titles]  # "...'s Senior Advisor, Mr. X": X alone


def travellers_where(ctx: Context, pronoun: Token) -> list[Token]:
    """'A and B visited Asmara, where they met X': a pronoun the references left unresolved, the
    subject of a clause on the place the sentence's verb took them to, is that verb's subject."""
    if (
        pronoun.pos_ != "PRON"
        or pronoun.dep_ != "nsubj"
        or not where_clause(pronoun.head)
        or ctx.actors.people_at(pronoun)
        or ctx.actors.actor_at(pronoun) is not None
    ):
        return []
    place = pronoun.head.head
    # the verb's own destination ('visited Asmara', 'flew to Cairo'), not a noun inside another
    # ('after a week in Asia, where they met ...')
    verb = place.head if place.dep_ == "dobj" else place.head.head if place.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB" or (place.dep_ == "pobj" and place.head.head != verb):
        return []
    return subject_of(verb)


def office_body(ctx: Context, token: Token) -> bool:
    """'Xi Jinping, General Secretary of the CPC Central Committee,': a body in apposition to a
    name tells the person's office, no side of its own."""
    actor = ctx.actors.actor_at(token)
    return (
        actor is not None
        and actor.kind == "org"
        and token.dep_ == "appos"
        and token.head.ent_type_ == "PERSON"
        and any(generic_title(c.text) for c in token.children if c.dep_ in ("nmod", "compound"))
    )


def owner_of_named_person(ctx: Context, token: Token) -> bool:
    """'with A and Donald Trump's son-in-law B': a name in the possessive before another person's
    name only says whose relative or aide that person is; the parser often lists it as a side."""
    doc, owner = token.doc, ctx.actors.actor_at(token)
    if owner is None or token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "POS":
        return False
    for later in doc[token.i + 2 : token.i + 2 + rules.OWNED_NAME_MAX_DISTANCE]:
        if later.is_punct and later.text != "-" or later.pos_ == "VERB":
            return False
        other = ctx.actors.actor_at(later)
        if other is not None and other is not owner and other.kind == "person":
            return True
    return False


def officer_in_apposition(ctx: Context, token: Token) -> Token | None:
    """'met Bharatiya Janata Party (BJP) President JP Nadda': an organisation followed by a title of
    its own and a name is the named officer, not the organisation."""
    actor = ctx.actors.actor_at(token)
    if actor is None or actor.kind != "org":
        return None
    for child in token.children:
        named = ctx.actors.actor_at(child)
        if child.dep_ == "appos" and child.i > token.i and named is not None and named.kind == "person":
            titles = token.doc[child.left_edge.i : child.i]
            if any(generic_title(t.text) for t in titles):
                return child
    return officer_after_comma(ctx, token)


def officer_after_comma(ctx: Context, token: Token) -> Token | None:
    """'talks with the Department of State's Special Envoy for the Sahel, Mr. X': the name after
    the comma, which the parser hung loose on the verb, holds the title the organisation's phrase
    ends with."""
    doc = token.doc
    if not any(generic_title(t.text) for t in token.subtree if t.i > token.i):
        return None
    comma = next((t for t in doc[token.right_edge.i + 1 : token.sent.end] if t.text == ","), None)
    if comma is None or any(t.pos_ in ("VERB", "AUX") for t in doc[token.i : comma.i]):
        return None
    name = next((entity_at(t) for t in doc[comma.i + 1 : comma.i + 3] if t.ent_type_ == "PERSON"), None)
    if name is None:
        return None
    root = name.root
    person = ctx.actors.actor_at(root)
    loose = root.dep_ in ("npadvmod", "appos", "dep") and root.head not in token.subtree
    return root if loose and person is not None and person.kind == "person" else None


def name_before_day(token: Token) -> list[Token]:
    """'a call with President Trump Monday morning': the parser makes the name a modifier of the
    day that follows it with no 'on'; the name is the side."""
    if token.ent_type_ not in ("DATE", "TIME"):
        return []
    return [c for c in token.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"][-1:]


def semicolon_listed(ctx: Context, token: Token) -> list[Actor]:
    """'received by his chief of staff, A; the minister of defence, B; and the adviser, C': people
    in the parts a semicolon list adds after the phrase, each a title and a name with no verb."""
    doc, sent = token.doc, token.sent
    after = token.right_edge.i + 1
    if after >= sent.end or doc[after].text != ";":
        return []
    parts: list[list[Token]] = [[]]
    for t in doc[after + 1 : sent.end]:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    found: list[Actor] = []
    for part in parts:
        if (
            any(w.pos_ in ("VERB", "AUX") for w in part)
            or not part
            or part[0].pos_ in ("ADP", "ADV", "SCONJ")
        ):
            break  # "...; B said on Monday", "...; earlier, B": not another holder of a title
        if not any(w.text == "," for w in part):
            break  # each part is a title, a comma and a name
        people = (ctx.actors.actor_at(w) for w in part)
        found += [p for p in dict.fromkeys(people) if p is not None and p.kind == "person" and p not in found]
    return found


def country_delegations(ctx: Context, tokens: list[Token]) -> list[Actor]:
    """'Israel and Hamas held talks': each country named on a negotiating side is its delegation
    ('Israeli delegation'); a city is no side, but capitals of two or more countries listed
    together are their governments ('Beijing and Washington concluded talks')."""
    found: list[Actor] = []
    members = [m for token in tokens for m in list_members(token)]
    governments = capitals_as_governments(ctx, members)
    for member in members:
        for country in countries_of_divided_nation(member):
            delegation = ctx.remember(Actor(delegation_label(country), "org", country=country), member)
            if delegation not in found:
                found.append(delegation)
        actor = ctx.actors.actor_at(member)
        party = conflict_party(ctx, member) if actor is None else None
        if party is not None and party not in found:
            found.append(party)
        if member.ent_type_ != "GPE" or actor is None:
            continue
        if actor.country and actor.canonical_name == delegation_label(actor.country):
            found += [actor] if actor not in found else []  # a country already read as its delegation
            continue
        if actor.kind != "place":
            continue
        country = governments.get(member.i) or country_word(member)
        if country is None or not (geography.is_country(actor.canonical_name) or member.i in governments):
            continue
        delegation = ctx.remember(Actor(delegation_label(country), "org", country=country), member)
        if delegation not in found:
            found.append(delegation)
    return found


def countries_of_divided_nation(token: Token) -> list[str]:
    """'the two Koreas', 'North and South Korea': both states of a divided nation."""
    if token.lower_ in rules.DIVIDED_NATIONS:
        return list(rules.DIVIDED_NATIONS[token.lower_])
    compass = [
        c for c in token.children if c.dep_ in ("nmod", "compound") and c.lower_ in rules.COMPASS_WORDS
    ]
    parts = [w for c in compass for w in (c, *c.conjuncts) if w.lower_ in rules.COMPASS_WORDS]
    countries = [geography.country_named(f"{w.text} {token.text}") for w in parts]
    return [c for c in countries if c] if len(parts) >= 2 and all(countries) else []


def capitals_as_governments(ctx: Context, members: list[Token]) -> dict[int, str]:
    """Token index -> country, for capitals of different countries listed together as sides."""
    found = {}
    for member in members:
        actor = ctx.actors.actor_at(member)
        country = (
            geography.country_governed_from(actor.canonical_name) if actor and actor.kind == "place" else None
        )
        if country is not None:
            found[member.i] = country
    return found if len(set(found.values())) >= 2 else {}


def conflict_party(ctx: Context, token: Token) -> Actor | None:
    """'The Sudanese army and the RSF resumed talks', 'the government began talks with the
    opposition': a party to a conflict told by its common noun is a negotiating side, named by
    its country when the text gives one ('Sudanese army'), or by its own name ('the ELN rebel
    group')."""
    if token.pos_ != "NOUN" or token.lower_ not in rules.CONFLICT_PARTY_NOUNS:
        return None
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    named = [m for m in modifiers if m.pos_ == "PROPN" and country_word(m) is None]
    if named:  # "the ELN rebel group", "the M23 rebels": the group's own name
        return ctx.remember(Actor(" ".join(m.text for m in named), "org"), token)
    if token.lower_ in rules.CONFLICT_PARTY_QUALIFIED and not any(
        m.lower_ in rules.CONFLICT_PARTY_QUALIFIERS for m in modifiers
    ):
        return None  # "forces" alone, not "armed forces"
    country = next((found for m in modifiers if (found := country_word(m))), None)
    definite = any(c.dep_ in ("det", "poss") for c in token.children)
    if country is None and not definite:
        return None  # "talks with rebels": too vague to be a side
    words = [m.lower_ for m in modifiers if m.lower_ in rules.CONFLICT_PARTY_QUALIFIERS] + [token.lower_]
    label = " ".join(([demonym_of(country)] if country else []) + words)
    return ctx.remember(Actor(label, "org", country=country), token)


def country_side(actor: Actor) -> bool:
    """A group, or a country's delegation ('Ukrainian delegation'): a person leading it stands
    for it. 'A Hamas delegation led by X' stays, an organisation's side in its own right."""
    return actor.kind == "group" or (actor.kind == "org" and actor.country is not None)


def people_in_phrase(ctx: Context, head: Token) -> list[Actor]:
    """People named inside a noun phrase the parser got wrong ('Trump and Putin' parsed with
    Trump as a modifier of Putin), not inside its clauses or prepositional phrases."""
    found: list[Actor] = []
    for token in head.subtree:
        path, current = [], token
        while current != head and current.head != current:
            # "United States President Donald Trump and Russian President Vladimir Putin" parsed
            # with the first name in apposition to its own title: the name is no description
            own_title = (
                current is token  # the name itself, not a word inside it
                and current.dep_ == "appos"
                and current.head.lower_ in title_heads()
                and current.head.i < current.i
            )
            path.append("compound" if own_title else current.dep_)
            current = current.head
        if current != head or any(dep in ("prep", "relcl", "acl", "appos", "advcl", "poss") for dep in path):
            continue
        actor = ctx.actors.actor_at(token)
        if actor is not None and actor.kind == "person" and actor not in found and not misread_country(actor):
            found.append(actor)
    return found


def leaders_of(ctx: Context, token: Token) -> list[Actor]:
    """'a Hamas delegation led by Khalil al-Hayya': the leader is at the table too."""
    # "a delegation from the Hamas group, led by X": the parser may hang the clause on the sender
    # (set off by a comma: "a delegation from the party led by X" names the party's leader)
    senders = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "from" for g in p.children]
    # "a delegation of six US lawmakers led by X": the members' leader leads the delegation
    members = (
        [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        if token.lower_ in rules.DELEGATION_NOUNS
        else []
    )
    agents = [
        a
        for holder in [token, *senders, *members]
        for c in holder.children
        if c.dep_ == "acl"
        and c.lemma_ in rules.LED_BY_VERBS
        and (holder == token or holder in members or c.doc[c.i - 1].text == ",")
        for a in c.children
        if a.dep_ == "agent"
    ]
    found = []
    for agent in agents:
        objects = [g for g in agent.children if g.dep_ == "pobj"]
        # "led by A, the US envoy, and B": every name of the list
        found += [a for t in objects for c in list_members(t) if (a := ctx.actor_of(c)) is not None]
        if not found:  # "led by X held talks" misparsed with "talks" as the object of "by"
            found += [a for t in first_person_after(ctx, agent) if (a := ctx.actors.actor_at(t))]
    return found


def serve_unnamed(title: Token, inner: list[Token]) -> bool:
    """'diplomatic advisers to A, B and C', 'aides of X': people serving those named, themselves
    unnamed (a plural title; 'an adviser to the president, X' names its holder after a comma)."""
    served = served_by_many(title)
    return bool(inner) and all(t.i in served for t in inner)


def served_by_many(title: Token) -> set[int]:
    """The words of the 'to'/'of' phrase of a plural serving title ('aides to A and B')."""
    if title.tag_ != "NNS" or title.lemma_ not in rules.SERVING_TITLES:
        return set()
    return {t.i for c in title.children if c.dep_ == "prep" and c.lower_ in ("to", "of") for t in c.subtree}


def first_person_after(ctx: Context, token: Token, max_gap: int = rules.NAME_AFTER_MAX_GAP) -> list[Token]:
    """The person named right after a word ('by senior official X'), within a few words; a style
    before the name ('Foreign Minister Sheikh X') is no gap."""
    styles = 0
    for following in token.doc[token.i + 1 :]:
        if following.i - token.i > max_gap + styles:
            break
        actor = ctx.actors.actor_at(following)
        if actor is not None and actor.kind == "person":
            return [name_head(ctx, following)]
        if following.pos_ in ("VERB", "AUX", "PUNCT", "ADP"):
            break
        styles += following.lower_.rstrip(".") in rules.STYLES
    return []


def stray_agents(ctx: Context, verb: Token) -> list[Token]:
    """'follows visits to Israel this week by X and by Y': the parser hangs the noun's 'by'
    phrases on the active verb, which cannot have an agent; they belong to the noun."""
    if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
        return []
    phrases = [c for c in verb.children if c.dep_ == "agent"]
    phrases += [  # "by X and by Y", with the second "by" as a conjunct or after a dangling "and"
        c if c.dep_ == "conj" else c.nbor(1)
        for p in phrases
        for c in p.children
        if (c.dep_ == "conj" and c.lower_ == "by") or (c.dep_ == "cc" and c.nbor(1).lower_ == "by")
    ]
    found = []
    for phrase in phrases:
        objects = [g for g in phrase.children if g.dep_ == "pobj" and ctx.actor_of(g) is not None]
        found += objects or first_person_after(ctx, phrase)
    return found


def split_sides(ctx: Context, head: Token) -> list[Actor]:
    """'Russian and Ukrainian delegations', 'US and Russian negotiators': one group per side. The
    noun is recorded as standing for every side: each group is remembered on it as an actor, and
    asked again it would otherwise give only the last."""
    if head.lower_ not in rules.GROUP_NOUNS or ctx.actors.actor_at(head) is not None:
        return []
    sides = sides_of_group_noun(ctx, head)
    if len(sides) > 1:
        ctx.actors.token_people[head.i] = tuple(sides)
    return sides


def named_side_word(token: Token) -> bool:
    """'Houthi', 'Kurdish': a capitalised word the model tags a group or organisation."""
    return token.is_title and token.ent_type_ in ("NORP", "ORG")


def sides_of_group_noun(ctx: Context, head: Token) -> list[Actor]:
    """The sides a group noun names, by the words before it or the countries after it."""
    modifiers = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.conjuncts]
    if head.dep_ not in SUBJECT_DEPS and not (head.dep_ == "pobj" and head.head.lower_ == "between"):
        # "talks with Qatari, Egyptian and Turkish officials": one side, a group of each country
        conjoined = [modifiers[0], *modifiers[0].conjuncts] if modifiers else []
        before = head.doc[head.left_edge.i : head.i]  # "senior Qatari, Egyptian and Turkish"
        listed = [t for t in before if t.is_title and country_word(t)]
        # "the French, Kuwaiti and Qatari officials": an article may open the list
        opening = [before[0]] if len(before) and before[0].dep_ == "det" and before[0].lower_ == "the" else []
        if not all(
            t in listed or t in opening or t.dep_ in ("punct", "cc", "amod", "preconj", "advmod")
            for t in before
        ):
            listed = []  # "officials of the Qatari and Egyptian governments' teams": no plain list
        if any(b.i == a.i + 1 for a, b in zip(listed, listed[1:], strict=False)):
            listed = []  # "United States officials": the words of one country's name
        listed = max(listed, conjoined, key=len)
        by_demonym = len(listed) > 1 and all(country_word(m) for m in listed)
        if by_demonym and head.lower_ in rules.NEGOTIATING_TEAM_NOUNS:
            # "received the Omani and Saudi delegations": each country's delegation
            return [ctx.remember(side_actor(m, head), head) for m in listed]
        owned = any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in head.children)
        # "Houthi and Omani officials", "Kurdish and Turkmen leaders": a movement or a people
        # names a side as a country does
        by_side = len(listed) > 1 and all(country_word(m) or named_side_word(m) for m in listed)
        groups = by_side and head.lower_ not in rules.PLURAL_COUNTERPART_NOUNS
        # "Qatari and Egyptian foreign ministers": the words between the last country and the noun
        # belong to every group
        kind = head.doc[listed[-1].i + 1 : head.i + 1].text if listed else ""
        each = [Actor(f"{m.text} {kind}", "group") for m in listed]
        if groups and not owned:
            return [ctx.remember(group, head) for group in each]
        named = leaders_by_country(ctx, head)
        if named or not groups or any(c.dep_ == "poss" for c in head.children):
            return named
        # "the French, Kuwaiti and Qatari officials", of whom the article names no one: a group each
        return [ctx.remember(group, head) for group in each]
    owners = listed_owners(head)
    if owners and not modifiers:  # "representatives of the Ethiopian government and the TPLF"
        sides = [owners[0], *owners[0].conjuncts]
        if head.lower_ in rules.GROUP_REFERENCE_NOUNS:
            # "the presidents of Ukraine and the US met": the article's one person of each country
            # (not its president for "the foreign ministers of A and B")
            people = [country_person(ctx, country_word(side), head, named_office(head)) for side in sides]
            if all(people):
                return people
            if any(people) and all(country_word(side) for side in sides):
                # a country whose holder the article does not name: its label
                return [
                    p or ctx.remember(owner_side_actor(ctx, s, head), head)
                    for p, s in zip(people, sides, strict=True)
                ]
        if any(c.dep_ == "nummod" for c in head.children) and not all(country_word(t) for t in sides):
            return []  # "a dozen leaders from Europe and Canada": one group, counted together
        return [ctx.remember(owner_side_actor(ctx, side, head), head) for side in sides]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if not modifiers:
        return []
    if definite and head.lower_ not in rules.NEGOTIATING_TEAM_NOUNS:
        # "the US and Russian leaders" are people the article names, not groups; "the Armenian and
        # Azerbaijani foreign ministers", when not named, each country's holder of the office;
        # "the Qatari and Egyptian mediators", people of no single office, a group of each country
        if not demonyms_modifying(head):
            return []
        if head.lower_ in rules.GROUP_REFERENCE_NOUNS:
            one_holder = named_office(head) in rules.ONE_HOLDER_OFFICES
            return leaders_by_country(ctx, head) if one_holder else []
    sides = [modifiers[0], *modifiers[0].conjuncts]
    return [ctx.remember(side_actor(side, head), head) for side in sides]


@cache
def conflict_sides() -> dict[str, list[str]]:
    """Conflict -> the names of its two sides (`data/conflict_sides.csv`)."""
    sides: dict[str, list[str]] = {}
    with (rules.DATA_DIR / "conflict_sides.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sides.setdefault(row["conflict"], []).append(row["side"])
    return sides


def warring_sides(ctx: Context, head: Token) -> list[Actor]:
    """'the warring parties held talks', 'representatives of the warring sides met': each side of
    the article's two-sided conflict as its delegation (`data/conflict_sides.csv`; wars of many
    armed groups are left out); nothing where the article names no such conflict.
    Only as the subject: 'attempts to revive talks between the warring parties' tell of none."""
    sides = conflict_sides().get(ctx.conflict or "")
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return []
    owners = [head] + [o for o in prep_objects(head, {"of", "from"}) if head.lower_ in rules.SIDE_ENVOY_NOUNS]
    warring = [
        o
        for o in owners
        if o.lower_ in rules.SIDE_PLURALS and any(c.lower_ in rules.WARRING_WORDS for c in o.children)
    ]
    if not sides or not warring or any(c.dep_ in ("appos", "conj") for w in warring for c in w.children):
        return []  # "the warring parties, the government and the EMC, ...": they are named
    return [ctx.remember(Actor(f"{side} delegation", "org"), head) for side in sides]


def owned_delegations(ctx: Context, head: Token) -> list[Actor]:
    """'received X and his delegation' (or entourage), 'met Y and their respective delegations':
    the delegation of each person the possessive stands for, named by that person's country ('Turkish
    delegation'); nothing where a country is not known."""
    owner_word = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if head.lower_ not in rules.OWNED_PARTY_NOUNS or owner_word is None:
        return []
    listed_with = [head.head] if head.dep_ == "conj" else []
    if owner_word.lower_ in rules.PLURAL_PRONOUNS:
        # "A met B and their delegations": B, and the subject of the clause that met
        listed_with += [c for s in subject_of(clause_verb(head)) for c in with_conjuncts(s)]
    elif not listed_with:
        listed_with = [owner_word]  # "his delegation" alone: the one 'his' stands for
    # "X and his delegation", "her counterpart, X, and his delegation": the one named just before
    # ("the minister and his delegation": a minister the article does not name, no country)
    people = [a for t in listed_with if (a := ctx.actor_of(t)) is not None and a.kind == "person"]
    countries = list(dict.fromkeys(p.country for p in people))
    if not countries or None in countries:
        return []
    return [ctx.remember(Actor(delegation_label(c), "org", country=c), head) for c in countries]


def led_delegations(ctx: Context, verb: Token, visitors: list[Actor]) -> list[Actor]:
    """'X, heading a political and economic delegation, arrived', 'arrived with a large
    delegation', 'at the head of a delegation': an unnamed delegation the visitor brings, told by
    the visitor's country ('Iraqi delegation')."""
    subjects = [s for s in subject_of(verb) if ctx.actor_of(s) in visitors]
    holders = [*subjects, verb]
    delegations = [
        o
        for h in holders
        for c in h.children
        if c.dep_ in ("acl", "advcl") and c.tag_ == "VBG" and c.lemma_ in rules.LEADING_VERBS
        for o in direct_objects(c)
    ]
    delegations += prep_objects(verb, {"with"})
    delegations += [
        g for h in prep_objects(verb, {"at"}) if h.lower_ == "head" for g in prep_objects(h, {"of"})
    ]
    delegations = [
        d
        for d in delegations
        if d.lower_ in rules.DELEGATION_NOUNS
        and d.tag_ == "NN"
        and not any(c.dep_ == "det" and c.lower_ not in rules.INDEFINITE_ARTICLES for c in d.children)
    ]
    if not delegations:
        return []
    told = [c for d in delegations for t in d.subtree if (c := country_word(t))]
    people = [a for a in visitors if a.kind == "person"]
    countries = told[:1] or list(dict.fromkeys(a.country for a in people[:1]))
    if not countries or None in countries:
        return []
    return [ctx.remember(Actor(delegation_label(countries[0]), "org", country=countries[0]), delegations[0])]


def side_actor(side: Token, head: Token) -> Actor:
    """'Ukraine' of 'Ukraine and US delegations' -> the org 'Ukrainian delegation'; 'Qatari' of
    'Qatari and Egyptian mediators' -> the group 'Qatari mediators'."""
    country = country_word(side) if head.lower_ in rules.NEGOTIATING_TEAM_NOUNS else None
    if country:
        return Actor(delegation_label(country), "org", country=country)
    return Actor(f"{side.text} {head.text}", "group")


def owner_side_actor(ctx: Context, owner: Token, head: Token) -> Actor:
    """'Israel' of 'delegations from Israel and Hamas' -> the org 'Israeli delegation'; 'the
    Ethiopian government' of 'representatives of the Ethiopian government and the TPLF' -> the
    group 'Ethiopian government representatives'; 'representatives of President X and the ELN'
    -> X's country's delegation and the 'ELN delegation', the negotiating sides (ANNOTATION.md)."""
    country = country_word(owner) or geography.country_named(owner.text)  # 'Tajikistan' tagged NORP
    if head.lower_ in rules.NEGOTIATOR_NOUNS:
        leader = ctx.actors.actor_at(owner)
        if leader is not None and leader.kind == "person" and leader.country:
            return Actor(delegation_label(leader.country), "org", country=leader.country)
        if leader is None and not country:  # "the ELN", "the TPLF": a movement's own delegation
            return Actor(f"{side_words(owner)} delegation", "org")
    # "Delegations of Russia and Ukraine", 'Russia' tagged inside an organisation's name
    named_country = (
        owner.ent_type_ == "GPE"
        or geography.is_country(owner.text)
        or owner.lower_ in rules.STATE_FORM_WORDS  # "the Sultanate of Oman"
    )
    if country and named_country and head.lower_ in rules.DELEGATION_NOUNS:
        return Actor(delegation_label(country), "org", country=country)
    if head.lower_ in rules.DELEGATION_NOUNS and owner.ent_type_ == "ORG":
        return Actor(f"{side_words(owner)} delegation", "org")
    if country and named_country:  # "officials from Thailand" -> "Thai officials"
        # "the foreign ministers of Ethiopia and Somalia": each country's one holder of the office,
        # 'Ethiopian foreign minister', as annotators label them
        titled = [t for t in head.lefts if t.dep_ in ("compound", "amod")] + [head]
        office = generic_office(" ".join(t.text for t in titled)) if head.tag_ == "NNS" else None
        office = office if office in rules.ONE_HOLDER_OFFICES else None
        return Actor(f"{demonym_of(country)} {office or head.lower_}", "group", country=country)
    return Actor(f"{side_words(owner)} {head.lower_}", "group")


def country_person(ctx: Context, country: str | None, head: Token, office: str | None = None) -> Actor | None:
    """The article's one person of a country, of the office told when several ('the presidents
    of A and B': A's president)."""
    if country is None:
        return None
    people = [a for a in ctx.actors.actors if a.kind == "person" and a.country == country]
    if office is not None:
        # "Lavrov's Turkish counterpart" is not Turkey's president, even when the only Turk named
        people = [a for a in people if title_fits(a.role, office) or (a.role is None and len(people) == 1)]
    wanted = generic_title(head.lemma_) if office is None and head.lower_ != head.lemma_ else None
    if wanted is not None and len(people) > 1:
        # the office the role names first: 'Head of the Office of the President' is no president
        people = [a for a in people if a.role and generic_title(a.role.split(" of ")[0]) == wanted]
        if len(people) > 1:
            # several told with the title: the one the article names most, when one is
            told = Counter(id(m.actor) for m in ctx.actors.mentions)
            people.sort(key=lambda a: -told[id(a)])
            people = people[:1] if told[id(people[0])] > told[id(people[1])] else people
    return people[0] if len(people) == 1 else None


def listed_countries(members: list[Token]) -> list[str | None]:
    """The country of each member of a list, None for a member that is none; a bloc listed among
    two or more countries ('Comoros, Turkiye, the EU/EC and Brazil') is left out, not the list."""
    countries = [country_word(t) for t in members]
    named = [c for c in countries if c is not None]
    blocs = [t for t, c in zip(members, countries, strict=True) if c is None]
    if len(named) >= 2 and all(t.tag_ in ("NNP", "NNPS") for t in blocs):
        return named
    return countries


def leaders_by_country(ctx: Context, head: Token) -> list[Actor]:
    """'called the leaders of Canada and Mexico', 'met his counterparts from Nepal and Bhutan':
    each country's leader is a counterpart of their own, the article's one person of that country
    or else a group labelled by the country."""
    if head.lower_ not in rules.GROUP_REFERENCE_NOUNS | rules.PLURAL_COUNTERPART_NOUNS:
        return []
    owners = listed_owners(head)
    misparsed = demonyms_listed_before(head) or demonyms_modifying(head)
    if not owners and not misparsed:
        return []
    countries = misparsed or listed_countries([owners[0], *owners[0].conjuncts])
    if None in countries or len(set(countries)) < len(countries):
        return []
    # the owner's office, or the one the noun names itself ("the foreign ministers of A and B")
    office = counterpart_office(head, ctx.actors) or listed_owner_office(ctx, head) or named_office(head)
    found = []
    for country in countries:
        person = country_person(ctx, country, head, office)
        if person is not None:
            found.append(person)
        else:
            # "his counterparts from Brazil and Mexico" -> "Brazilian foreign minister" when the
            # owner's office is told, else "Brazilian counterpart": as annotators label them
            found.append(unnamed_counterpart(ctx, country, office or head.lemma_, head))
    return found


def named_office(head: Token) -> str | None:
    """'the foreign ministers of A and B': an office its modifiers name more narrowly than the noun
    alone ('ministers'), so that A's president is not A's foreign minister."""
    words = [c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    office = generic_office(" ".join([*words, head.lower_])) if words else None
    return office if office is not None and office != generic_office(head.lower_) else None


def counterpart_group(ctx: Context, head: Token) -> list[Actor]:
    """'his Greek counterpart', never named: 'Greek foreign minister' when the owner's office is
    told ('Turkish Foreign Minister Fidan met his Greek counterpart'), as annotators label them."""
    if head.lower_ not in rules.SINGLE_COUNTERPART_NOUNS:
        return []
    resolved = ctx.actors.actor_at(head)
    if resolved is not None and resolved.kind == "person":
        return []  # "his French counterpart" the references found: Macron
    office = counterpart_office(head, ctx.actors)
    countries = [c for t in head.children if t.dep_ in rules.NOUN_MODIFIER_DEPS and (c := country_word(t))]
    if office is None or len(countries) != 1:
        return []
    return [unnamed_counterpart(ctx, countries[0], office, head)]


def unnamed_counterpart(ctx: Context, country: str, office: str, head: Token) -> Actor:
    """A counterpart the text never names, as annotators label one: 'Greek foreign minister'."""
    return ctx.remember(Actor(f"{demonym_of(country)} {office.lower()}", "group", country=country), head)


def demonyms_listed_before(head: Token) -> list[str]:
    """'his Finnish, Greek, Bulgarian, and British counterparts' parsed as a list of nouns whose
    last member is 'British counterparts': the countries of every member."""
    if head.lower_ not in rules.PLURAL_COUNTERPART_NOUNS or head.dep_ != "conj":
        return []
    first = first_in_list(head)
    words = [t for t in (first, *first.conjuncts) if t != head]
    words += [c for c in head.children if c.dep_ in rules.NOUN_MODIFIER_DEPS and c.i < head.i]
    countries = [country_word(t) for t in words]
    return countries if None not in countries and len(set(countries)) == len(countries) > 1 else []


def demonyms_modifying(head: Token) -> list[str]:
    """'the Armenian and Azerbaijani foreign ministers': the countries of the listed words before
    a group noun, when every one names a country."""
    listed = next((c for c in head.children if c.dep_ in rules.NOUN_MODIFIER_DEPS and c.conjuncts), None)
    if listed is None:
        return []
    countries = [country_word(t) for t in (listed, *listed.conjuncts)]
    return countries if None not in countries and len(set(countries)) == len(countries) > 1 else []


def listed_owner_office(ctx: Context, head: Token) -> str | None:
    """'with his Finnish, Greek and British counterparts' parsed as a list of nouns: 'his' hangs on
    the list's first member."""
    first = first_in_list(head)
    owner = next((ctx.actors.token_actor.get(c.i) for c in first.children if c.dep_ == "poss"), None)
    return generic_office(owner.role) if owner is not None and owner.kind == "person" and owner.role else None


def listed_owners(head: Token) -> list[Token]:
    """The first of a list in the noun's 'of' or 'from' phrase ('leaders of A and B',
    'representatives of the government and the TPLF', 'delegations from A and B') or before it
    ('his Tonga and Samoa counterparts'); nothing when the phrase names one owner."""
    # "his counterparts in Turkey, Iraq and Bahrain" too
    preps = ("of", "from", "in") if head.lower_ in rules.PLURAL_COUNTERPART_NOUNS else ("of", "from")
    owners = [
        g
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
        # "his counterparts in London and Paris": cities, no countries
        if g.dep_ == "pobj" and (p.lower_ != "in" or geography.is_country(g.text))
    ]
    # "the presidents of the two nations", "his counterparts in both countries": the pair of
    # countries the article named together last
    referred = [
        g
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from", "in")
        for g in p.children
        if g.dep_ == "pobj" and pair_reference(g)
    ]
    if referred and not owners[1:]:
        pair = country_pair_before(referred[0])
        owners = [pair] if pair is not None else owners
    # "the leaders of neighbours Canada and Mexico": the countries in apposition to a common noun
    owners = [
        next((a for a in g.children if a.dep_ == "appos" and a.ent_type_ == "GPE"), g)
        if g.pos_ == "NOUN" and not g.conjuncts
        else g
        for g in owners
    ]
    # "his Tonga and Samoa counterparts": the countries before the noun ("French and British
    # diplomats" stay one side: their people are no counterparts of the same office)
    if head.lower_ in rules.PLURAL_COUNTERPART_NOUNS:
        owners += [c for c in head.children if c.dep_ in rules.NOUN_MODIFIER_DEPS and c.i < head.i]
    owners = [g for g in owners if g.conjuncts]
    return owners or countries_ending_title(head)


def countries_ending_title(head: Token) -> list[Token]:
    """'the directors general of military operations of India and Pakistan' (or 'of both
    countries'): the countries that close a longer title, in the 'of' phrase of one of its own
    words."""
    for t in head.subtree:
        if t.dep_ != "prep" or t.lower_ != "of" or t.head.i == head.i or t.head.dep_ in ("relcl", "acl"):
            continue
        for g in (g for g in t.children if g.dep_ == "pobj"):
            if g.conjuncts and country_word(g) and all(country_word(c) for c in g.conjuncts):
                return [g]
            pair = country_pair_before(g) if pair_reference(g) else None
            if pair is not None:
                return [pair]
    return []


def pair_reference(noun: Token) -> bool:
    """'the two countries', 'both nations', 'the two neighbours': two countries not named here."""
    return (
        noun.lemma_ in rules.COUNTRY_PAIR_NOUNS
        and noun.tag_ == "NNS"
        and any(c.lower_ in rules.PAIR_WORDS and c.dep_ in ("nummod", "det", "predet") for c in noun.children)
    )


def paired_countries(ctx: Context, noun: Token) -> list[Actor]:
    """'Iran and the US held talks ... The two countries agreed to hold more': the delegations of
    the pair of countries named together last, told as the clause's subject (not 'mediate talks
    between the two countries', a task rather than a meeting)."""
    told_as_subject = noun.dep_ in ("nsubj", "nsubjpass")
    pair = country_pair_before(noun) if pair_reference(noun) and told_as_subject else None
    return country_delegations(ctx, [pair]) if pair is not None else []


def country_pair_before(noun: Token) -> Token | None:
    """The first of the last two countries named together before `noun`, within a few sentences
    ('the border between Kyrgyzstan and Tajikistan ... the two nations')."""
    doc = noun.doc
    start = max(noun.sent.start - rules.COUNTRY_PAIR_MAX_TOKENS_BEFORE, 0)
    for token in reversed(doc[start : noun.i]):
        partners = [c for c in token.conjuncts if c.i > token.i]
        first = country_word(token) if len(partners) == 1 else None
        if first and country_word(partners[0]) not in (None, first):
            return token
    return None


def side_words(noun: Token) -> str:
    """'the Ethiopian government' -> 'Ethiopian government', "Sudan's army" -> 'Sudanese army': a
    side's name without its article."""
    words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i] + [noun]
    named = " ".join(t.text for t in words)
    owner = next((country for c in noun.children if c.dep_ == "poss" and (country := country_word(c))), None)
    return f"{demonym_of(owner)} {named}" if owner is not None else named


def together_with(ctx: Context, principals: list[Token]) -> list[Actor]:
    """'A, along with B, held talks', 'A together with B': people on the principals' side."""
    members = [m for p in principals for m in list_members(p)]
    holders = members + [c for m in members for c in m.children if c.lower_ in rules.TOGETHER_WORDS]
    return people_in_phrases(ctx, holders, {"with"})


def travel_companions(ctx: Context, verb: Token, groups: bool = False) -> list[Actor]:
    """'flew to Beijing with Foreign Minister Penny Wong', 'A, together with B, arrived in Rome':
    the people who travel with the visitor (and, with `groups`, the groups: 'along with Omani
    officials')."""
    # the 'with' of the travel verbs joined ("departed with A and arrived in P"), not of a verb of
    # another kind ("arrived in Kyiv and talked with A and B")
    travels = [
        v
        for v in (verb, *verb.conjuncts)
        if v.lemma_ in rules.VISIT_VERBS or v.lemma_ in rules.DEPARTURE_VERBS
    ]
    # "arrived in Beijing, traveling aboard an armoured train with his daughter": the participle
    # telling how the trip was made
    travels += [
        c
        for v in travels
        for c in v.children
        if c.dep_ in ("advcl", "xcomp") and c.lemma_ in rules.TRAVELLING_VERBS
    ]
    holders = travels + [c for v in travels for c in v.children if c.lower_ in rules.TOGETHER_WORDS]
    # "aboard an armoured train with his daughter": the 'with' hung on the vehicle
    holders += [
        g for v in travels for g in prep_objects(v, rules.VEHICLE_PREPS) if g.lower_ in rules.CARRIER_NOUNS
    ]
    own = people_in_phrases(ctx, holders, {"with"}, groups)
    # "arrived in Kyiv alongside A": the 'alongside' hung on the verb or on its place
    places = prep_objects(verb, rules.VISIT_PREPS)
    alongside = people_in_phrases(ctx, [*travels, *places], rules.SIDE_BY_SIDE_PREPS)
    own += [a for a in alongside if a not in own]
    return own + [a for a in together_with(ctx, subject_of(verb)) if a not in own]


def people_in_phrases(
    ctx: Context, holders: list[Token], preps: set[str], groups: bool = False
) -> list[Actor]:
    """The people of the `preps` phrases hung on the holder words ('with A and B', 'alongside C'),
    and with `groups` the groups too ('with Omani officials')."""
    found = side(ctx, [g for h in holders for g in prep_objects(h, preps)])
    return [a for a in found if a.kind == "person" or (groups and a.kind == "group")]


def companions(ctx: Context, principals: list[Token]) -> list[Actor]:
    """People in 'joined by'/'accompanied by' phrases attached to the principals."""
    return [
        a
        for p in principals
        for c in p.children
        if c.dep_ == "acl" and c.lemma_ in rules.ACCOMPANYING_VERBS and c.tag_ == "VBN"
        for a in agent_people(ctx, c)
    ]


def agent_people(ctx: Context, verb: Token) -> list[Actor]:
    """The actors of a verb's 'by' phrase, and the person named right after 'by' (the parser
    sometimes hangs that name elsewhere: 'by Foreign Minister A and Defence Minister B')."""
    agent = passive_agent(verb)  # "was accompanied during the visit by A": 'by' hung on the visit
    if agent is None:
        return []
    found: list[Actor] = []
    named = side(ctx, [g for g in agent.children if g.dep_ == "pobj"])
    for actor in named + side(ctx, first_person_after(ctx, agent)):
        if actor not in found:
            found.append(actor)
    return found


def topic_start(title: Token) -> int:
    """Where a list of titled names after 'with' gives way to what was talked about ('with the
    Minister on the release of A', 'about B', 'on behalf of C'): the first such preposition."""
    doc = title.doc
    return next(
        (t.i for t in doc[title.i + 1 : title.sent.end] if t.pos_ == "ADP" and t.lower_ in rules.TOPIC_LINKS),
        title.sent.end,
    )


def people_listed_after(
    ctx: Context, token: Token, titled_only: bool = False, until: int | None = None, roll: bool = False
) -> list[Actor]:
    """People named in the list that follows a word, up to the end of its clause: 'by A and
    national security adviser B, while ...', 'by A, accompanied by B and C', 'included A, envoy
    to the region B and C'; not possessors ('Putin's aide X'). With `titled_only`, not the people
    a title points to either ('A, adviser to President Putin'). A `roll` goes on past semicolons
    ('a delegation grouping A; B; and C')."""
    found: list[Actor] = []
    possessors = {t.i for t in token.sent if t.dep_ == "poss" for t in t.subtree}
    if titled_only:  # "adviser to President X", not "Special Envoy to the Middle East Y"
        possessors |= {
            t.i
            for p in token.sent
            if p.dep_ == "prep" and p.lower_ in rules.SERVING_PREPS and p.i > token.i
            for g in p.children
            if g.dep_ == "pobj"
            and g.ent_type_ == "PERSON"
            # "High Commissioner to Ghana Eunice Kiprono", the model taking the country into the name
            and not any(
                w.ent_type_ in ("GPE", "LOC") or geography.country_named(w.text) for w in g.doc[p.i : g.i]
            )
            for t in g.subtree
            if t.i <= g.i  # "adviser to the President A and Foreign Secretary B": B is listed
        }
    for following in token.doc[token.i + 1 : until or token.sent.end]:
        actor = ctx.actors.actor_at(following)
        is_person = actor is not None and actor.kind == "person"
        if following.lemma_ in rules.ACCOMPANYING_VERBS and following.tag_ == "VBN":
            continue
        if following.pos_ == "VERB" and following.dep_ in ("amod", "compound"):
            continue  # "retired general X"
        if roll and following.text == ";":
            rest = following.doc[following.i + 1 : until or following.sent.end]
            item = rest[: next((t.i - rest.start for t in rest if t.text == ";"), len(rest))]
            if any(t.pos_ in ("VERB", "AUX") for t in item):
                break  # "...; Kazakh President X received him at the airport": a clause, no member
            continue
        if not is_person and (
            following.pos_ in ("VERB", "AUX", "SCONJ") or following.text in (".", ";", ":", "(")
        ):
            break  # the clause ends (a name the tagger took for a verb does not end it)
        if following.lower_ in rules.STAND_IN_WORDS:
            break  # "by A on behalf of B", "in the absence of B": B is not there
        if is_person and actor not in found and following.i not in possessors:
            found.append(actor)
    return found


def speaks_for_others(actor: Actor | None) -> bool:
    """A spokesman or press secretary: tells of meetings and trips others made."""
    return actor is not None and any(word in (actor.role or "").lower() for word in rules.SPOKESPERSON_WORDS)


def visiting_party(ctx: Context, head: Token) -> list[Actor]:
    """'A, B and C arrived in Kyiv ... The visitors were greeted by X': the people of the visit
    told just before; 'they' or 'the leaders' stand for the travellers of the very next sentence."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    if head.lower_ in rules.PLURAL_VISITOR_NOUNS and definite:
        return visitors_told_before(ctx, head)
    if travellers_reference(head) and sentence_number(head) > 0 and names_counterpart(ctx, head.head):
        return travellers_just_told(ctx, head)
    if received_on_arrival(head.head) and travellers_reference(head):
        return arrivals_received(ctx, head)
    return []


def received_on_arrival(verb: Token) -> bool:
    """'The leaders were received on arrival by X', 'They were greeted upon arrival by Y'."""
    return verb.lemma_ in rules.WELCOMING_HOST_VERBS and any(
        g.lower_ in rules.ARRIVAL_NOUNS for g in prep_objects(verb, {"on", "upon"})
    )


def arrivals_received(ctx: Context, head: Token) -> list[Actor]:
    """The two or more people of the latest arrival told, received on arrival: 'First to arrive was
    A, followed by B and C ... The leaders were received on arrival by X'."""
    for visit in (e for e in ctx.told_before(head) if e.event_type == "visit" and e.status == "occurred"):
        people = [p.actor for p in visit.participants if p.actor.kind == "person"]
        if len(people) > 1:
            return people
    return []


def visitors_told_before(ctx: Context, head: Token) -> list[Actor]:
    """The people of the latest visit told, unless the sentence places 'the visitors' elsewhere
    ('At the fair in Guangzhou, the visitors were greeted by X')."""
    visit = ctx.visit_told_before(head)
    if visit is None or not visit.location:
        return []
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") and t.text not in visit.location for t in head.sent):
        return []
    return [p.actor for p in visit.participants if p.actor.kind == "person"]


def travellers_just_told(ctx: Context, head: Token) -> list[Actor]:
    """Two or more people told travelling in the sentence right before ('they' further on may be
    anyone), when that sentence tells no meeting and this one no place of another country."""
    previous = sentences(head.doc)[sentence_number(head) - 1]
    told = [e for e in ctx.told_before(head) if previous.start_char <= e.evidence_start]
    if any(e.event_type == "meeting" for e in told):
        return []  # "A and B arrived, a day after X and Y held talks. They met again": which?
    visits = [e for e in told if e.event_type == "visit" and e.location]
    travellers = [
        a for a in dict.fromkeys(p.actor for e in visits for p in e.participants) if a.kind == "person"
    ]
    # "In Moscow, they met Putin": elsewhere; a palace or a city of the visited country is not
    countries = {geography.country_of_place(e.location) for e in visits}
    elsewhere = any(
        t.ent_type_ == "GPE" and geography.country_of_place(t.text) not in countries for t in head.sent
    )
    return travellers if len(travellers) > 1 and not elsewhere else []


def names_counterpart(ctx: Context, verb: Token) -> bool:
    """'They met Zelensky', 'met with the president': the clause names whom they met, someone
    the text resolves (else the travellers would meet only each other)."""
    met = direct_objects(verb) + prep_objects(verb, {"with"})
    return any(ctx.actors.actor_at(t) or ctx.actors.people_at(t) or t.ent_type_ == "PERSON" for t in met)


def travellers_reference(head: Token) -> bool:
    """'They met X', 'The leaders met X': a plural subject that names no one of its own."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if head.lower_ != "they":
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return False
        own_words = [c for c in head.children if c.dep_ not in ("det", "nummod")]
        if head.lower_ not in rules.LEADER_NOUNS or head.tag_ != "NNS" or own_words:
            return False
    # "Protesters gathered, and they met police": the subject told before (read last: a scan)
    return not any(t.dep_ in ("nsubj", "nsubjpass") for t in head.sent if t.i < head.i)


def pair_met_before(ctx: Context, head: Token) -> tuple[Actor, ...]:
    """'the two leaders' that the text never named together: the two people of the meeting
    told just before ('X called Y on Friday ... The two leaders agreed to meet'); 'the delegations'
    and 'they' after two delegations met ('The delegations will meet again on October 25')."""
    sides_again = sides_told_again(head)
    if not sides_again and not any(pair_reference_head(c) == head for c in head.children):
        return ()
    since = head.sent.start_char - rules.LATER_MENTION_MAX_CHARS
    meetings = []
    for event in reversed(ctx.earlier):
        if event.evidence_start < since:
            break
        if event.event_type == "meeting":
            meetings.append(event)
    # "The two Prime Ministers will hold talks": the latest meeting of two people of that title
    titled = head.doc[min(t.i for t in head.subtree if t.dep_ == "compound" or t is head) : head.i + 1]
    if generic_office(titled.text) not in (None, *rules.COUNTERPART_NOUNS):
        for event in meetings:
            # "A and his wife B were hosted by C. The two presidents ...": the two with an office
            people = tuple(p.actor for p in event.participants if p.actor.kind == "person" and p.actor.role)
            if len(people) == 2 and titles_fit(titled, people):
                return people
    # "... meeting X, ahead of a sit-down with Y. The two leaders exchanged pleasantries": the
    # meeting held, not the one planned
    status = status_of(clause_verb(head)) or "occurred"
    event = next((e for e in meetings if e.status == status), meetings[0] if meetings else None)
    if event is not None and sum(e.evidence_start == event.evidence_start for e in meetings) > 1:
        return ()  # "A met B, C and D", told as one meeting per counterpart: which two?
    if (
        event is not None
        and head.lower_ in rules.PARTY_PAIR_NOUNS
        and parties_named_since(head.doc, event.evidence_end, head)
    ):
        return ()  # "A met B ... Israel and Hamas are at war, and the two sides held talks"
    people = tuple(p.actor for p in event.participants if p.actor.kind == "person") if event else ()
    if sides_again:
        people = () if people else tuple(p.actor for p in event.participants) if event else ()
    if not people and event is not None and head.lower_ in rules.DELEGATION_NOUNS:
        people = tuple(p.actor for p in event.participants)  # "the US delegation met the Ukrainian one"
    return people if len(people) == 2 else ()


def sides_told_again(head: Token) -> bool:
    """'The delegations will meet again', 'They will meet again': the sides of a meeting told again
    by a plain plural, with no words of their own ('the Russian delegations' are others)."""
    if head.lower_ in rules.PLURAL_PRONOUNS:
        return head.dep_ in ("nsubj", "nsubjpass")
    return (
        head.lower_ in rules.DELEGATION_NOUNS
        and head.tag_ == "NNS"
        and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children if c.i < head.i)
        and any(c.dep_ == "det" for c in head.children)
    )
