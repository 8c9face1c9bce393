"""What every rule reads: the parse, the article's actors, its publication date and the events
found so far; noun-phrase heads resolved to actors (names, pronouns, groups, organisations)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ingest import geography, rules
from ingest.actors import ArticleActors
from ingest.actors.mentions import add_mention
from ingest.actors.names import (
    clean_name,
    country_of,
    delegation_label,
    demonym_of,
    family_name,
    generic_title,
    is_outlet,
)
from ingest.actors.references import country_word, title_heads
from ingest.events.syntax import first_in_list, group_phrase, subject_of
from ingest.records import Actor, Event
from ingest.word_index import entities, entity_at


@dataclass
class Context:
    """What every rule needs: the parse, the article's actors and its publication date, and
    the events of the sentences read so far."""

    doc: Doc
    actors: ArticleActors
    published: dt.date | None
    conflict_table: dict[str, str]
    earlier: list[Event] = field(default_factory=list)
    conflict: str | None = None  # the conflict the article is mostly about, when it names one
    # "Four heads of state will attend the summit hosted by X": a gathering told with no one named
    # at it yet, its clause's verb and noun, for the roll of attendees a later sentence gives
    open_gathering: tuple[Token, Token] | None = None

    def story_day(self, status: str | None) -> tuple[dt.date, str] | None:
        """The day of the latest earlier event of this status that states one."""
        for event in reversed(self.earlier):
            if event.status == status and event.date_precision == "day":
                return event.event_date, event.date_precision
        return None

    def told_before(self, token: Token) -> Iterator[Event]:
        """The events told shortly before the token's sentence, latest first."""
        since = token.sent.start_char - rules.LATER_MENTION_MAX_CHARS
        for event in reversed(self.earlier):
            if event.evidence_start < since:
                return
            yield event

    def visit_told_before(self, token: Token) -> Event | None:
        """The latest visit told shortly before the token's sentence."""
        return next((e for e in self.told_before(token) if e.event_type == "visit"), None)

    def actor_of(self, token: Token) -> Actor | None:
        """The actor a noun-phrase head refers to: a name, a resolved pronoun, a group or org."""
        actor = self.actors.actor_at(token)
        if actor is not None and actor.kind != "place" and not titled_org(actor):
            return actor
        holder = self.title_holder(token, titled=actor is not None and titled_org(actor))
        if holder is not None:
            return holder
        if actor is not None and actor.kind != "place":
            return actor  # a title tagged as an organisation, with no name beside it
        people = self.nationals(token) or self.government_side(token)
        if people is not None:
            return people
        unnamed = self.unnamed_office_holder(token) or self.unnamed_spouse(token)
        if unnamed is not None:
            return unnamed
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        if token.lower_ not in rules.GROUP_NOUNS and not country_team_in_talks(token):
            return None  # "the other side"; "talks with the Russian side" is its delegation
        return self.group_actor(token)

    def unnamed_office_holder(self, token: Token) -> Actor | None:
        """'met the Chinese premier', 'talked with his Thai counterpart', 'the Emir of Kuwait': one
        person of a country's office the article never names, a side of its own ('Chinese
        premier'). Definite or possessive only: 'a Chinese official' is anyone."""
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") or token.ent_type_:
            return None
        lefts = list(token.lefts)
        # "a deputy Qatari foreign minister": one office holder, told as one of several
        one_of_office = any(c.dep_ == "det" and c.lower_ in rules.INDEFINITE_ARTICLES for c in lefts)
        if (
            not any(c.dep_ in ("det", "poss") and c.lower_ in rules.UNNAMED_HOLDER_DETERMINERS for c in lefts)
            and not any(c.dep_ == "poss" and country_word(c) for c in lefts)
            and not one_of_office
        ):
            return None
        country = modifier_country(lefts, ("amod", "compound", "nmod", "poss"))
        of_country = next(  # "the Emir of Kuwait"
            (
                o
                for p in token.rights
                if p.lower_ == "of"
                for o in p.children
                # "the foreign minister of Armenia", with the country tagged as an organisation
                if o.dep_ == "pobj" and (o.ent_type_ == "GPE" or geography.country_named(o.text))
            ),
            None,
        )
        if country is None and of_country is not None:
            country = country_word(of_country)
        office = [c for c in lefts if c.dep_ in ("amod", "compound") and not country_word(c)] + [token]
        words = " ".join(t.lower_ for t in office)
        if country is None or not (generic_title(words) or token.lower_ in rules.COUNTERPART_NOUNS):
            return None
        if one_of_office and not (
            generic_title(words) and set(words.split()) & rules.INDEFINITE_OFFICE_WORDS
        ):
            return None  # "a Chinese official", "a Qatari minister": anyone of many
        if any(c.dep_ in ("appos", "relcl", "acl") for c in token.children):
            return None  # a name or a description follows: not an unnamed holder
        if any(a.kind == "person" and a.country in (country, None) for a in self.actors.actors):
            # "the Chinese leader" in an article naming Xi is most likely Xi; so may be anyone
            # named whose country the text does not tell ("Foreign Minister Maris ... his Thai
            # counterpart")
            return None
        # the office as the text words it: "Emir of Kuwait", "South African president"; a country
        # told as an owner by its people's word, as annotators write it ("Turkey's president" ->
        # "Turkish president")
        phrase = [c for c in lefts if c.dep_ != "det" and c.lower_ not in rules.UNNAMED_HOLDER_DETERMINERS]
        start = min((c.left_edge.i for c in phrase), default=token.i)
        owner = next((c for c in phrase if c.dep_ == "poss" and country_word(c)), None)
        if owner is not None and owner.left_edge.i == start and demonym_of(country):
            after = max(owner.i + 1, *(c.i + 1 for c in owner.children if c.dep_ == "case"))
            words_told = f"{demonym_of(country)} {token.doc[after : token.i + 1].text}"
        else:
            words_told = token.doc[start : token.i + 1].text
        label = f"{words_told} of {of_country.text}" if of_country is not None else words_told
        return self.remember(Actor(label.replace(" 's", "'s"), "group", country=country), token)

    def unnamed_spouse(self, token: Token) -> Actor | None:
        """'Vance and his wife were due to visit Israel': a spouse the article never names travels
        or meets as 'wife of JD Vance' (annotators' form: the owner's name last, as a label ends on
        its head)."""
        if token.lower_ not in rules.SPOUSE_WORDS:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in rules.PERSONAL_POSSESSIVES:
            # "X and his wife": the person the phrase is joined to, whoever 'his' was read as;
            # a 'his wife' elsewhere ("Biden, who was joined by his wife") is left alone
            partner = token.head if token.dep_ == "conj" else None
        else:
            partner = owner  # "Biden's wife"
        person = self.actors.actor_at(partner) if partner is not None else None
        if person is None or person.kind != "person":
            return None
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        told = (
            self.actors.actor_at(following)
            if following is not None and following.ent_type_ == "PERSON"
            else None
        )
        if told is not None and told.kind == "person" and told is not person:
            return told  # "his wife Elke Budenbender", however the parser hangs the name
        named = self.spouse_named(person)
        if named is not None:  # "Marcos and his wife", with "Louise Araneta-Marcos" named elsewhere
            return named
        return self.remember(Actor(f"{token.lower_} of {person.canonical_name}", "group"), token)

    def spouse_named(self, person: Actor) -> Actor | None:
        """The one other person of the article who bears the person's surname, alone or in a
        double-barrelled one ('Louise Araneta-Marcos' of 'Ferdinand Marcos Jr'): the spouse the
        article names elsewhere, written by name."""
        surname = family_name(person.canonical_name.split()).lower()
        bearers = [
            a
            for a in self.actors.actors
            if a.kind == "person"
            and a is not person
            and len(a.canonical_name.split()) > 1
            and surname in re.split(r"[-\u2010]", family_name(a.canonical_name.split()).lower())
        ]
        return bearers[0] if len(bearers) == 1 else None

    def nationals(self, token: Token) -> Actor | None:
        """'Driscoll and the Russians began talks': a country's people, named as a side, are its
        delegation."""
        if token.ent_type_ != "NORP" or not token.lower_.endswith("s") or token.tag_ not in ("NNPS", "NNS"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        # a side of talks: listed with a named person, or whom someone met ("met the Ukrainians"),
        # not troops ("The Russians arrived in Kupiansk in armoured columns")
        beside_person = any(
            (other := self.actors.actor_at(c)) is not None and other.kind == "person"
            for c in [*token.conjuncts, token.head]
            if c.i != token.i
        )
        met = token.dep_ in ("dobj", "pobj") and (
            token.head.lemma_ in rules.MEETING_VERBS or token.head.lower_ in rules.MEETING_WITH_PREPS
        )
        if not (beside_person or met):
            return None
        country = country_word(token) or country_of(token.text[:-1], "NORP")
        if country is None:
            return None
        return self.remember(Actor(delegation_label(country), "org", country=country), token)

    def government_side(self, token: Token) -> Actor | None:
        """'talks between the Sudanese government and the U.S. administration', "Venezuela's
        government and opposition will resume talks": a country's government, as a side of talks,
        is its delegation; after 'with', only beside people of another country ('Zelensky met with
        the Ukrainian government' is his own)."""
        if token.lower_ not in rules.GOVERNMENT_SIDE_NOUNS or token.tag_ != "NN":
            return None
        first = first_in_list(token)
        # "Venezuela's government and opposition will resume talks": a subject listed with another side
        listed_subject = first.dep_ in ("nsubj", "nsubjpass") and bool(token.conjuncts)
        if not listed_subject and (
            first.dep_ != "pobj" or first.head.lower_ not in rules.SIDES_PREPS | {"with"}
        ):
            return None
        country = modifier_country(token.children, ("amod", "compound", "nmod", "poss"))
        if country is None:
            return None
        if first.head.lower_ == "with":
            # "Zelensky met with the Ukrainian government": his own, no side; "Rubio met with the
            # Ukrainian government": the other side
            people = [self.actors.actor_at(s) for s in subject_of(first.head.head) if s.ent_type_ == "PERSON"]
            if any(a is None or a.country in (None, country) for a in people):
                return None
        return self.remember(Actor(delegation_label(country), "org", country=country), token)

    def group_actor(self, token: Token) -> Actor | None:
        """'relatives of Israeli hostages' -> group; 'a Hamas delegation', 'Ukraine delegations' -> org."""
        # "talks with the U.S. team": a country's team, in talks, is its delegation; not "the Thai
        # football team", whose other words say what team it is
        team_of_country = country_team_in_talks(token)
        if token.lower_ in rules.DELEGATION_NOUNS or negotiating_team(token) or team_of_country:
            country = modifier_country(token.children, ("amod", "compound", "nmod"))
            if country is None and negotiating_team(token):
                # "the Russian security negotiating team", "Israel's negotiation team"
                words = [w for c in token.lefts for w in c.subtree]
                country = modifier_country(words, ("amod", "compound", "nmod", "poss"))
            if country:
                return self.remember(Actor(delegation_label(country), "org", country=country), token)
            sender = represented_by(token)
            if sender is not None:
                return self.remember(sender, token)
        org_token = next(
            (
                c
                for c in token.children
                if c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ == "ORG" and not outlet_credit(c)
            ),
            None,
        )
        if org_token is not None and token.lower_ in rules.ORG_GROUP_HEADS:
            org = self.actors.actor_at(org_token)
            name = f"{clean_name(org.canonical_name if org else org_token.text)} {token.text}"
            return self.remember(Actor(name, "org"), token)
        span = sorted((t for t in group_phrase(token) if not outlet_credit(t)), key=lambda t: t.i)
        if token.lower_ not in rules.KIND_OF_PEOPLE_NOUNS and not any(
            t.pos_ in ("ADJ", "PROPN", "NOUN") for t in span if t != token
        ):
            return None  # "counterparts", "two envoys": too vague to be an actor; not "investors"
        if not span or len(span) > rules.MAX_GROUP_TOKENS:
            return None
        while span and (span[-1].dep_ in ("cc", "punct", "det", "prep") or span[-1].lower_ in ("and", "or")):
            # "ministers of Congo and" lost its conjunct, "members of the leadership of" its named
            # owner (an actor of its own): drop the dangling word
            span.pop()
        name = " ".join(t.text for t in span if t.dep_ != "punct" or t.text == "-").strip()
        return self.remember(Actor(name, "group"), token)

    def title_holder(self, token: Token, titled: bool = True) -> Actor | None:
        """The person a title phrase names: in apposition or a compound, or (the parser hanging
        it elsewhere) right after the phrase's comma ("...'s Senior Advisor for Africa, Mr. X",
        which the parser may also read as a list when the title was `titled` an organisation)."""
        for child in token.children:
            # "the Special Envoy and President X" lists two; "the Envoy for Africa, Mr. X" does not
            after_comma = child.dep_ == "conj" and titled and child.left_edge.nbor(-1).text == ","
            if (child.dep_ in ("appos", "compound") or after_comma) and child.ent_type_ == "PERSON":
                found = self.actors.actor_at(child)
                if found is not None:
                    return found
        return self.person_after_comma(token) if titled else None

    def person_after_comma(self, token: Token) -> Actor | None:
        """The person named within a few words after the comma that closes a phrase."""
        end = token.right_edge.i  # the parser may hang the comma on the phrase itself
        end += 0 if self.doc[end].text == "," else 1
        if end >= len(self.doc) or self.doc[end].text != ",":
            return None
        window = self.doc[end + 1 : end + 1 + rules.NAME_AFTER_TITLE_WINDOW]
        people = (self.actors.actor_at(t) for t in window)
        return next((a for a in people if a is not None and a.kind == "person"), None)

    def remember(self, actor: Actor, token: Token) -> Actor:
        for known in self.actors.actors:
            if known.key == actor.key:
                return known
        self.actors.actors.append(actor)
        add_mention(self.actors, actor, self.doc[token.i : token.i + 1])
        return self.actors.actor_at(token) or actor


def titled_org(actor: Actor) -> bool:
    """ "the State Department's Senior Advisor" tagged as one organisation: an office's title
    owned by the organisation, so the name told with it ('..., Massad Boulos') is who takes part.
    'The Office of the President' owns no title: it stays an organisation."""
    words = actor.canonical_name.split()
    if actor.kind != "org" or not words or words[-1].lower() not in title_heads():
        return False
    return any(re.search(r"[’']s?$", w) for w in words[:-1])  # the title is owned


def outlet_credit(token: Token) -> bool:
    """'(MENAFN- Live Mint) Israeli negotiators': an outlet's credit is no organisation's group."""
    return any(is_outlet(ent.text) for ent in entities(token.doc) if ent.start <= token.i < ent.end)


def modifier_country(words, deps: tuple[str, ...]) -> str | None:
    """The country the first of these modifiers names ('Sudanese' of 'the Sudanese government')."""
    return next((found for c in words if c.dep_ in deps and (found := country_word(c))), None)


def represented_by(delegation: Token) -> Actor | None:
    """'a delegation representing the Sudanese Armed Forces', 'a delegation from Hamas', 'a
    delegation of Ukraine': the delegation of the body or country named after it."""
    named = [
        o
        for c in delegation.children
        if c.dep_ == "acl" and c.lemma_ in rules.REPRESENTING_VERBS
        for o in c.children
        if o.dep_ == "dobj"
    ]
    named += [
        o
        for c in delegation.children
        if c.dep_ == "prep" and c.lower_ in ("from", "of")
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for owner in named:
        ent = entity_at(owner)
        if ent is None:
            # "a delegation from the Hamas terror group": the body named before its kind
            ent = next((e for c in owner.children if c.dep_ == "compound" and (e := entity_at(c))), None)
        if ent is None:
            continue
        if ent.label_ == "ORG" and not is_outlet(ent.text):
            return Actor(f"{clean_name(ent.text)} {delegation.text}", "org")
        country = country_word(owner) if ent.label_ in ("GPE", "NORP") else None
        if country:
            return Actor(delegation_label(country), "org", country=country)
    return None


def country_team_in_talks(token: Token) -> bool:
    """'talks with the U.S. team', 'the Russian side': a country's team or side in talks."""
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    return (
        token.lower_ in rules.TEAM_NOUNS
        and bool(modifiers)
        and all(modifier_country([c], ("amod", "compound", "nmod")) is not None for c in modifiers)
        and team_in_talks(token)
    )


def team_in_talks(team: Token) -> bool:
    """'negotiations with the U.S. team', 'the Qatari team held talks with': a side of talks,
    not a team arriving for a qualifier."""
    if team.dep_ == "pobj" and team.head.lower_ in ("with", "between", "and"):
        return team.head.head.lower_ in rules.MEETING_NOUNS
    if team.dep_ == "nsubj":
        verb = team.head
        return verb.lemma_ in rules.MEETING_VERBS or any(
            c.dep_ == "dobj" and c.lower_ in rules.MEETING_NOUNS for c in verb.children
        )
    return False


def negotiating_team(token: Token) -> bool:
    """'the Russian negotiating team', 'Israel's negotiation team': a delegation by another name,
    labelled as one (ANNOTATION.md: an unnamed negotiating side is its country's delegation)."""
    return token.lower_ in rules.TEAM_NOUNS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in rules.NEGOTIATION_TEAM_WORDS for c in token.children
    )
