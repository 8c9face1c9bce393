"""What the visit rules share: `visits_to`, which makes one visit per place a rule found (a visit
a demonstrative restates shares the status and day told for it), whether an actor is abroad, the
travel words (`TRAVEL_LEMMAS`), the helpers two rules read (a visit's own day, a state office, the
place of the visit told before), and the hosts left out once the article's trips are settled. The
rules live in `travel_words.py`, `departures.py`, `whereabouts.py`, `hosting.py`, `tours.py` and
`attending.py`; they import from here, from `visitors.py` (who travels) and `visit_places.py`
(where to), never from each other, and `visit_events` in `__init__.py` sends each word to its
rule."""

from __future__ import annotations

from spacy.tokens import Token

from ingest import geography, rules
from ingest.actors.names import generic_title
from ingest.events.build import finish, make_event
from ingest.events.context import Context
from ingest.events.syntax import SUBJECT_DEPS
from ingest.events.timing import date_of
from ingest.events.trips import actor_country
from ingest.events.visit_places import city_of_site, world_region
from ingest.records import Actor, Event, Participant
from ingest.word_index import entities_within

# Cheap gate: only tokens with these lemmas (or words) can start a visit rule.
TRAVEL_LEMMAS = set(rules.VISIT_VERBS) | rules.VISIT_NOUNS


def own_date_tokens(noun: Token) -> list[Token]:
    """The date words of the visit's own phrase, or of the clause it is the subject of ('Her last
    visit was in February'); not the main clause's day."""
    words = list(noun.subtree)
    if noun.dep_ in SUBJECT_DEPS:
        inside = {t.i for t in noun.subtree}
        words += [t for t in noun.head.subtree if t.i not in inside]
    return [t for t in words if t.ent_type_ == "DATE"]


def own_date(ctx: Context, noun: Token) -> tuple:
    if not own_date_tokens(noun):
        return None, None
    day, precision = date_of(ctx, noun, "occurred")
    return (day, precision) if precision not in (None, "article") else (None, None)


def shares(event: Event, actors: list[Actor]) -> bool:
    return any(p.actor in actors for p in event.participants)


def visits_to(
    ctx: Context,
    trigger: Token,
    visitors: list[Actor],
    places: list[str],
    status: str,
    confidence: float,
    cameo_code: str = rules.CAMEO_VISIT,
) -> list[Event]:
    """One visit per place ('visited Saudi Arabia, Qatar and the UAE'); a visit read from its
    hosting carries CAMEO's 'host a visit' code."""
    if trigger.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        status = "planned" if status == "occurred" else status  # headline "X to visit Cairo on Monday"
    events = []
    # "after engagements in Europe": a region is no place a visit is told at, whatever found it
    places = [p for p in places if not world_region(p)]
    for place in dict.fromkeys(city_of_site(p) or p for p in places):
        event = make_event(
            ctx,
            "visit",
            trigger,
            [Participant(a, "visitor") for a in visitors],
            cameo_code=cameo_code,
            location=place,
            confidence=confidence,
        )
        events.append(finish(ctx, event, trigger, status))
    told = restated_visit(ctx, trigger, visitors, places)
    for event in events if told is not None else []:
        event.status, event.event_date, event.date_precision = (
            told.status,
            told.event_date,
            told.date_precision,
        )
    return events


def restated_visit(ctx: Context, trigger: Token, visitors: list[Actor], places: list[str]) -> Event | None:
    """'X will visit Vilnius on Monday. This is the first visit to Lithuania by ...': the visit to
    the same place a demonstrative restates, whose status and day this one shares; not one with a
    day of its own ('This will be his third visit to China, planned for May')."""
    if trigger.dep_ != "attr" or trigger.head.lemma_ != "be":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in rules.RESTATING_PRONOUNS for c in trigger.head.children):
        return None
    if day_of_its_own(trigger):
        return None
    told = next(
        (e for e in ctx.told_before(trigger) if e.event_type == "visit" and shares(e, visitors)), None
    )
    ahead = any(c.dep_ == "aux" and c.lower_ in rules.FUTURE_MODALS for c in trigger.head.children)
    if told is not None and ahead and told.status != "planned":
        return None  # "visited Luanda in 2023. This will be his last visit to Angola": another trip
    same_place = told is not None and any(geography.overlaps(told.location, p) for p in places)
    return told if same_place else None


def day_of_its_own(trigger: Token) -> bool:
    """A DATE told for the visit or its clause ('planned for May'), not inside a clause about
    someone ('the prime minister, who took office in September')."""
    for ent in entities_within(trigger.sent):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        current = ent.root
        while current.dep_ != "relcl" and current not in (trigger, trigger.head) and current.head != current:
            current = current.head
        if current in (trigger, trigger.head):
            return True
    return False


def holds_state_office(actor: Actor, offices: frozenset[str] | set[str] = rules.STATE_OFFICES) -> bool:
    """A head of state or government or a minister of a country (or an office of `offices`), by
    the title the text gives, held now."""
    role = (actor.role or "").lower()
    return (
        actor.kind == "person"
        and actor.country is not None
        and generic_title(role) in offices
        and not any(word in role.split() for word in rules.OUT_OF_OFFICE_WORDS)
    )


def known_abroad(ctx: Context, actor: Actor, place: str) -> bool:
    """Away from home in a place: an actor of a known country outside it, or a delegation, which
    travels by what it is ('the Hamas delegation has left Cairo')."""
    delegation = (
        actor.kind in ("org", "group") and actor.canonical_name.split()[-1].lower() in rules.DELEGATION_NOUNS
    )
    return (actor_country(ctx, actor) is not None or delegation) and abroad(ctx, actor, place)


def leave_hosts_out(ctx: Context, events: list[Event]) -> None:
    """'Macron arrived in Berlin ... the two presidents will travel to Dresden': someone of the
    visited country who goes on with a guest to the next stop of the guest's trip there is the
    host, not a traveller (not 'Trump and Putin landed in Anchorage', the trip's first stop, which
    both travelled to); left out once the trips are settled (a later 'they' may still stand for
    the pair)."""
    for visit in events:
        if visit.event_type != "visit" or len(visit.participants) < 2 or not visit.location:
            continue
        here = geography.country_of_place(visit.location)
        homes = [actor_country(ctx, p.actor) for p in visit.participants]
        pairs = list(zip(visit.participants, homes, strict=True))
        guests = [p.actor for p, home in pairs if home not in (None, here)]
        if here is None or not guests or not earlier_stop_in(events, visit, guests, here):
            continue
        visit.participants = [p for p, home in pairs if home != here]


def earlier_stop_in(events: list[Event], visit: Event, guests: list[Actor], country: str) -> bool:
    """A visit of one of the guests told before this one, elsewhere in the same country."""
    return any(
        e.event_type == "visit"
        and e.evidence_start < visit.evidence_start
        and e.location
        and e.location != visit.location
        and geography.country_of_place(e.location) == country
        and any(p.actor in guests for p in e.participants)
        for e in events
    )


def abroad(ctx: Context, actor: Actor, place: str) -> bool:
    """Whether a place lies outside the actor's country (unknown countries count as abroad)."""
    home = actor_country(ctx, actor)
    return home is None or geography.country_of_place(place) != home


def place_told_before(ctx: Context, token: Token, status: str | None = None) -> str | None:
    """'there': the place of the visit told just before. 'X arrived in Peru ... will travel on to
    Brazil. Y also arrived on Thursday': an arrival made is where a visit was made, not the
    trip planned after it, when the story told one."""
    visits = [e for e in ctx.told_before(token) if e.event_type == "visit" and e.location]
    same_status = [e for e in visits if e.status == status] if status == "occurred" else []
    return next((e.location for e in same_status or visits), None)
