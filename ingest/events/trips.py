"""Visits settled over the whole article: one visit per trip and place.

A visit to one's own country or its capital is no visit ('Lebanese President Joseph Aoun' visiting
Lebanon or Beirut; a trip to another city at home, 'flew to Alaska', still is one), and a country
visit told beside a city visit of the same trip is that city visit ('arrived in Beirut for her visit
to Lebanon' is one visit, to Beirut), with the companions of both. A country visit the article
places in one of its cities otherwise (the dateline's city, the city of the visitor's talks or
reception on that trip, the city the visitor is told to leave) is written 'City, Country' ('arrived
in Tanzania' under 'DAR ES SALAAM —'). A visit read from hosting stands only when the trip is not
told otherwise, and a nameless companion group ('a high-level delegation') is dropped. An in-person
meeting with no place of its own, held by a visitor during a trip, takes the trip's place; a meeting
on the sidelines of a gathering abroad is each foreign participant's visit there, a meeting
abroad 'during his first foreign trip' is that trip's owner's visit there, and a guest met in the
host's own country ('Macron met Xi in Beijing') visits the place, unless a third country sits in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.attrs import LEMMA
from spacy.tokens import Span, Token

from ingest import geography, rules
from ingest.actors.names import demonym_table, family_name, generic_title, possessive_name
from ingest.actors.references import posted_role, title_heads
from ingest.dates import last_day_of, within_period
from ingest.events.combine import dates_agree as same_news_days
from ingest.events.combine import side_country
from ingest.events.context import Context
from ingest.events.participants import unnamed_group
from ingest.events.places import dateline_city, gatherings_at, residence_in, venues_visited_in, where_held
from ingest.events.syntax import direct_objects, hyphen_joined, prep_objects, subject_of
from ingest.records import Actor, Event, Participant, evidence_words
from ingest.word_index import doc_text, entities_within, tokens_with_words, word_ids

DEPARTURE_WORDS = word_ids(rules.DEPARTURE_VERBS)

# The more precise of two dates for one trip wins ('on Thursday' over 'in February').
PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}


def settle_visits(ctx: Context, events: list[Event]) -> list[Event]:
    events = events + visits_from_meetings(ctx, events)
    residences_in_dateline_city(ctx, events)
    kept = []
    for event in events:
        if event.event_type == "visit" and event.location:
            place_country = geography.country_named(event.location)
            if place_country is not None:
                event.participants = [
                    p for p in event.participants if actor_country(ctx, p.actor) != place_country
                ]
            else:  # "the president's arrival at the White House": one's own capital is home
                event.participants = [
                    p for p in event.participants if not in_own_capital(ctx, p.actor, event.location)
                ]
            event.participants = [p for p in event.participants if not vague_companion(p)]
            if not event.participants:
                continue
        kept.append(event)
    place_in_city(ctx, kept)
    kept = absorb_country_visits(absorb_unplaced_sites(drop_told_twice(kept)))
    place_sites_after_arrivals(kept)
    place_meetings_on_trips(ctx, kept, doc_text(ctx.doc))
    kept += spouses_on_trips(ctx, kept)
    name_visited_venues(ctx, kept)
    return kept


def spouses_on_trips(ctx: Context, events: list[Event]) -> list[Event]:
    """'Marcos and his wife Louise were given a state welcome in Kuala Lumpur' on Marcos's visit
    there: the spouse met there with the visitor is on the visit too (one visit per place)."""
    found: list[Event] = []
    for meeting in events:
        if meeting.event_type != "meeting" or meeting.mode != "in_person" or not meeting.location:
            continue
        spouses = [p.actor for p in meeting.participants if id(p.actor) in ctx.actors.relatives]
        for spouse in spouses:
            if any(visited(e, spouse, meeting.location) for e in events + found):
                continue
            # the visitor's spouse, by the family name they share, not the host's
            trip = next(
                (
                    v
                    for v in events
                    if v.event_type == "visit"
                    and v.status == meeting.status
                    and any(
                        visited(v, p.actor, meeting.location) and same_family(p.actor, spouse)
                        for p in meeting.participants
                        if p.actor is not spouse
                    )
                ),
                None,
            )
            if trip is not None:
                found.append(replace(trip, participants=[Participant(spouse, "visitor")]))
    return found


def name_visited_venues(ctx: Context, events: list[Event]) -> None:
    """'Zelensky's visit to the White House': a venue known by name as a destination is the visit's
    most specific place, kept before its city ('White House, Washington') as a country is kept
    after its city. Last: merging and legs compare the city."""
    for visit in events:
        if visit.event_type != "visit" or not visit.location:
            continue
        span = ctx.doc.char_span(visit.evidence_start, visit.evidence_end, alignment_mode="expand")
        for name, city in venues_visited_in(span) if span is not None else []:
            if geography.fold(city) == geography.fold(visit.location.split(",")[0]):
                visit.location = f"{name}, {visit.location}"
                break


def visits_from_meetings(ctx: Context, events: list[Event]) -> list[Event]:
    """'A met B on the sidelines of a forum in Ashgabat', 'at the SCO summit in Tianjin': each of
    them from abroad attended the gathering there; 'X met Y in Riyadh during his first foreign
    trip': X is on that trip there; 'Macron met Xi in Beijing': the host's guest is there. Each a
    visit (dated as the meeting) unless the article tells that trip itself."""
    found = []
    dateline = dateline_city(ctx.doc)
    for meeting in events:
        if meeting.event_type != "meeting" or meeting.mode != "in_person" or meeting.status == "cancelled":
            continue
        if meeting.event_date is None:
            continue  # "reminisced about meeting X during the summit in Vientiane": no trip told
        if (
            ctx.published is not None
            and (ctx.published - last_day_of(meeting.event_date, meeting.date_precision)).days
            > rules.SAME_NEWS_MAX_DAYS
        ):
            continue  # "they had met at the summit in Dubai in December 2023": an old meeting, no trip told
        # "MANILA: A and B met on the sidelines of the gala dinner": a story's lead is told from
        # where it happens
        lead = dateline is not None and meeting.evidence_start < rules.DATELINE_LEAD_MAX_CHARS
        # not a wire bureau's ("WASHINGTON (Reuters) -") nor a participant's home capital ("ROME -
        # Meloni met Trump" is often filed from home about talks abroad)
        homes = {actor_country(ctx, p.actor) for p in meeting.participants}
        guests = guests_of_dateline_host(ctx, meeting, dateline.country) if lead else []
        lead = lead and ((not credited_dateline(ctx) and dateline.country not in homes) or bool(guests))
        place = meeting.location or (dateline.name if lead else None)
        sidelines = told_at_gathering(ctx, meeting)
        travellers = [] if sidelines else trip_owners(ctx, meeting)
        if not sidelines and not travellers and meeting.location:
            travellers = guests_at_home(ctx, meeting) or leg_told_by_place(ctx, meeting, events)
        travellers = travellers or guests
        if not place or not (sidelines or travellers):
            continue
        meeting = replace(meeting, location=place)
        place_country = geography.country_of_place(meeting.location)
        for participant in meeting.participants:
            actor = participant.actor
            if travellers and actor not in travellers:
                continue
            home = actor_country(ctx, actor) if actor.kind == "person" else None
            if home is None or place_country is None or home == place_country:
                continue
            if sidelines and (posted_speaker(actor) or posted_in_apposition(ctx, actor)):
                continue  # "Japan's ambassador to China" at a gathering in Beijing lives there
            if any(
                visited(e, actor, meeting.location)
                and not country_of_other_legs(e, events, actor, meeting.location)
                for e in events + found
            ):
                continue
            visit = replace(
                meeting, event_type="visit", participants=[Participant(actor, "visitor")], mode=None
            )
            visit.cameo_code, visit.confidence = rules.CAMEO_VISIT, rules.VISIT_NOUN_CONFIDENCE
            found.append(visit)
    return found


def same_family(person: Actor, relative: Actor) -> bool:
    """'Ferdinand Marcos Jr.' and 'Louise Araneta-Marcos': the person's family name is one of the
    relative's name words (hyphenated parts included)."""
    family = family_name(re.split(r"[\s-]+", person.canonical_name)).lower()
    return bool(family) and family in {w.lower() for w in re.split(r"[\s-]+", relative.canonical_name)}


def guests_of_dateline_host(ctx: Context, meeting: Event, country: str) -> list[Actor]:
    """'BEIJING (Xinhua) -- Chinese minister X held talks with visiting US Secretary Y': a host of
    the dateline's country with a guest the lead calls visiting meets at the dateline; the guests."""
    people = {id(p.actor) for p in meeting.participants}
    span = ctx.doc.char_span(meeting.evidence_start, meeting.evidence_end, alignment_mode="expand")
    guests = [
        ctx.actors.actor_at(t.head)
        for t in (span or [])
        if t.lower_ in rules.VISITING_MODIFIERS and t.dep_ == "amod"
    ]
    guests = [g for g in guests if g is not None and id(g) in people]
    hosts = [p.actor for p in meeting.participants if p.actor not in guests]
    return guests if any(actor_country(ctx, h) == country for h in hosts) else []


def guests_at_home(ctx: Context, meeting: Event) -> list[Actor]:
    """'Macron met Xi in Beijing': a person met at a place in the country of another participant
    is that host's guest there, a visit ('hosting a foreign leader in a place is their visit')."""
    place_country = geography.country_of_place(meeting.location)
    people = [p.actor for p in meeting.participants if p.actor.kind == "person"]
    homes = {id(a): actor_country(ctx, a) for a in people}
    if place_country is None or place_country not in homes.values():
        return []
    # talks of two sides at a mediator's ('Saudi Arabia hosted the US and Russia'); people of no
    # known country (ministers joined from a list that names none) tell no second side
    if len(set(homes.values()) - {place_country, None}) != 1:
        return []
    return [
        a
        for a in people
        if homes[id(a)] not in (None, place_country)
        and not posted_speaker(a)
        and not posted_in_apposition(ctx, a)
        and not stateless_role(a)
    ]


def stateless_role(actor: Actor) -> bool:
    """'Hamas political chief', 'Belarusian opposition leader', 'former president': people who may
    live where they are met (exiles, a movement's leaders abroad), so meeting them there is no trip."""
    role = (actor.role or "").lower().split()
    if set(role) & rules.STATELESS_ROLE_WORDS:
        return True
    # "Hamas leader": a movement's name kept in the title, where a country's demonym is not kept
    # ('North Korean leader' is a 'leader' of North Korea)
    return generic_title(actor.role or "") in rules.MOVEMENT_TITLES and len(role) > 1


def posted_in_apposition(ctx: Context, actor: Actor) -> bool:
    """'Mike Huckabee, the US ambassador,': a posting told after the name."""
    for mention in ctx.actors.mentions:
        if mention.actor is not actor:
            continue
        span = ctx.doc.char_span(mention.char_start, mention.char_end, alignment_mode="expand")
        if span is None or span.end + 1 >= span.sent.end or span.doc[span.end].text != ",":
            continue
        for word in span.doc[span.end + 1 : span.sent.end]:
            if word.text in (",", ";", "(") or word.pos_ in ("VERB", "AUX"):
                break
            if word.lower_ in rules.POSTED_ROLE_WORDS:
                return True
    return False


def posted_speaker(actor: Actor) -> bool:
    """'Ambassador to Israel', 'Embassy spokesman': a person posted where they are met."""
    return posted_role(actor.role or "")


def trip_owners(ctx: Context, meeting: Event) -> list[Actor]:
    """'X met Y in Riyadh during his first foreign trip': the owner of a trip the meeting's
    sentence tells with no place of its own is on it, at the meeting's place."""
    span = ctx.doc.char_span(meeting.evidence_start, meeting.evidence_end, alignment_mode="expand")
    if span is None:
        return []
    return [
        owner
        for trip in span
        if trip.lower_ in rules.TRIP_WORDS | rules.OWNED_VISIT_NOUNS
        and trip.dep_ == "pobj"
        and trip.head.lower_ in rules.TRIP_OCCASION_PREPS
        # "during his trip to Jeddah": a place of its own
        and not any(c.dep_ == "prep" and c.lower_ in rules.VISIT_PREPS for c in trip.children)
        for c in trip.children
        if c.dep_ == "poss" and (owner := ctx.actors.actor_at(c)) is not None
    ]


def leg_told_by_place(ctx: Context, meeting: Event, events: list[Event]) -> list[Actor]:
    """'In Brussels, X will hold talks with Y', in a story of X's coming trip: a leg of the trip
    told by its place first; the participants with a planned trip told elsewhere."""
    span = ctx.doc.char_span(meeting.evidence_start, meeting.evidence_end, alignment_mode="expand")
    if meeting.status != "planned" or span is None or len(span) < 3:
        return []
    opening, place = span[0], span[1:]
    if opening.lower_ != "in" or opening.dep_ != "prep" or place[0].ent_type_ != "GPE":
        return []
    if not any(t.text == "," for t in place[: rules.VISIT_DATELINE_CITY_MAX_TOKENS + 1]):
        return []
    on_trips = {
        id(p.actor)
        for e in events
        if e.event_type == "visit" and e.status == "planned"
        for p in e.participants
    }
    return [p.actor for p in meeting.participants if id(p.actor) in on_trips]


def credited_dateline(ctx: Context) -> bool:
    """'WASHINGTON (Reuters) -': a dateline with an agency's credit is where the bureau files from."""
    opening = doc_text(ctx.doc)[: rules.DATELINE_LEAD_MAX_CHARS].split("\n\n")
    first = next((part for part in opening if part.strip() and not part.startswith("date ")), "")
    head = re.split(r"\s[-—–:]\s|:\s", first, maxsplit=1)[0]
    return "(" in head


def told_at_gathering(ctx: Context, event: Event) -> bool:
    """'met on the sidelines of the forum', 'met X at the SCO summit': told at a gathering."""
    span = ctx.doc.char_span(event.evidence_start, event.evidence_end, alignment_mode="expand")
    if span is None or rules.REMOTE_SPEECH_WORDS & {t.lower_ for t in span}:
        return False  # "met Xi via video link during the BRICS summit": not there
    # "at the SCO summit in Tianjin": a gathering told with its place, here or where the meeting is
    # told again ('during the conference' alone may be a video one)
    placed = [g for t in span for g in gatherings_at(t) if where_held(g, {"in"}) or event.location]
    return bool(placed) or any(t.lower_ in rules.SIDELINE_WORDS or attended_gathering(t, event) for t in span)


def attended_gathering(verb: Token, event: Event) -> bool:
    """'the summit is attended by A, B and C' told as the meeting itself: they came to it (not 'a
    meeting also attended by X', nor 'ahead of a conference he will attend')."""
    if verb.lemma_ not in rules.ATTENDED_GATHERING_VERBS:
        return False
    linked = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    linked += [verb.head] if verb.dep_ in ("acl", "relcl") else []
    # "attended a special meeting in Putrajaya": a meeting told with its place, attended
    gatherings = [
        t
        for t in linked
        if t.lemma_.lower() in rules.GATHERING_NOUNS  # "the SADC Extraordinary Summit", a name
        or (t.dep_ == "dobj" and t.lemma_ in rules.PLACED_MEETING_NOUNS and prep_objects(t, {"in"}))
    ]
    return bool(gatherings) and event.trigger_word in {verb.text, *(g.text for g in gatherings)}


def visited(event: Event, actor: Actor, place: str) -> bool:
    """The actor's visit to that place, or to a place within it or around it."""
    return (
        event.event_type == "visit"
        and event.location is not None
        and any(p.actor is actor for p in event.participants)
        and (
            geography.fold(event.location) == geography.fold(place)
            or geography.lies_within(event.location, place)
            or geography.lies_within(place, event.location)
        )
    )


def country_of_other_legs(visit: Event, events: list[Event], actor: Actor, place: str) -> bool:
    """'his visit to China' beside his visit to Shanghai, when he met Li in Beijing: the country
    visit stands for the other city, where it will merge, and leaves Beijing a leg to tell."""
    if visit.location is None or not geography.lies_within(place, visit.location):
        return False
    return any(
        e is not visit
        and visited(e, actor, visit.location)
        and geography.lies_within(e.location, visit.location)
        and not visited(e, actor, place)
        for e in events
    )


def place_meetings_on_trips(ctx: Context, events: list[Event], text: str) -> None:
    """'Macron arrived in Beijing on Monday ... He met Xi on Monday': an in-person meeting told
    with no place of its own, held by a visitor during a trip, is at the trip's place (the leg
    told last before it, else the first told after it)."""
    visits = [e for e in events if e.event_type == "visit" and e.location and e.status != "cancelled"]
    for meeting in events:
        if meeting.event_type != "meeting" or meeting.mode != "in_person" or meeting.location:
            continue
        legs = [
            v
            for v in visits
            if v.status == meeting.status
            and same_trip(v, meeting)
            and not arrived_after(v, meeting)
            and not leaves_after_meeting(v, meeting)
        ]
        # "X arrived in Lima on Monday. He is set to hold talks with Y on Tuesday": the talks the
        # visitor is to hold on the trip under way are at its place
        under_way = [v for v in visits if planned_on_trip_under_way(v, meeting)]
        if len({v.location for v in under_way}) == 1:  # a tour's talks: which leg is untold
            there = [v for v in under_way if all_there(ctx, visits, v, meeting)]
            # "arrived in Maputo ... He is to meet his Mozambican counterpart ... He will visit
            # Zambia on Friday": the trip under way, not a leg told only later
            if not legs or (there and all(v.evidence_start > meeting.evidence_start for v in legs)):
                legs = there
        if not legs and meeting.status == "occurred" and meeting.date_precision == "article":
            # "A visited Asmara last month. He met B there": a meeting told with no day right after
            # a visit of its own people is on that trip, on its day
            legs = [v for v in visits if v.status == "occurred" and told_right_before(text, v, meeting)]
            if len(legs) != 1 or told_apart_from_trip(meeting):
                legs = []
            else:
                meeting.event_date, meeting.date_precision = legs[0].event_date, legs[0].date_precision
        # "In Singapore, Motegi is to pay a courtesy call on X": the leg the sentence opens on
        named = {v.location for v in legs if leg_named_in(v.location, meeting.evidence)}
        if len(named) == 1:
            legs = [v for v in legs if v.location in named]
        # the leg told last: a visit drawn from an earlier meeting may be listed after it
        before = sorted(
            (v for v in legs if v.evidence_start <= meeting.evidence_start), key=lambda v: v.evidence_start
        )
        after = [v for v in legs if v.evidence_start > meeting.evidence_start]
        leg = before[-1] if before else (after[0] if after else None)
        if leg is not None:
            meeting.location = leg.location
            if (
                meeting.status == leg.status == "planned"
                and meeting.date_precision == "article"
                and leg.date_precision == "day"
            ):
                # "will visit Helsinki on Friday ... will also meet X": on the visit's day
                meeting.event_date, meeting.date_precision = leg.event_date, leg.date_precision


def leaves_after_meeting(visit: Event, meeting: Event) -> bool:
    """'She will meet X and travel to Serbia': the leg a sentence sets out on after the meeting it
    tells first is the next stop, not where the meeting is held."""
    if visit.evidence_start != meeting.evidence_start:
        return False
    met = re.search(rf"\b{re.escape(meeting.trigger_word)}\b", meeting.evidence)
    left = re.search(rf"\b{re.escape(visit.trigger_word)}\b", visit.evidence)
    return (
        met is not None
        and left is not None
        and met.start() < left.start()
        and " and " in (visit.evidence[met.end() : left.start()])
    )


def leg_named_in(place: str, sentence: str) -> bool:
    """The sentence opens on the leg's place ('In Singapore, he will ...'; 'Abuja' of 'Abuja,
    Nigeria'); a place told further on may be another event's ('a day after talks in Jerusalem')."""
    name = place.split(",")[0].strip()
    return bool(name) and re.match(rf"\s*(?:In|At)\s+{re.escape(name)}\b", sentence) is not None


def planned_on_trip_under_way(visit: Event, meeting: Event) -> bool:
    """A planned meeting of a visitor told after an arrival or stay already made, due that day or
    the next (or with no day: 'is set to meet Y'), not on another trip."""
    if visit.status != "occurred" or meeting.status != "planned" or visit.earlier:
        return False
    if visit.evidence_start > meeting.evidence_start or told_apart_from_trip(meeting):
        return False
    if not {p.actor for p in visit.participants} & {p.actor for p in meeting.participants}:
        return False
    if visit.event_date is None or visit.date_precision not in ("day", "article"):
        return False
    if meeting.event_date is None or meeting.date_precision == "article":
        return meeting.date_precision in (None, "article")
    # later days may be the next leg's ("arrived in Rio on Saturday ... will meet Lula on Tuesday",
    # in Brasilia)
    days = (meeting.event_date - visit.event_date).days
    return meeting.date_precision == "day" and 0 <= days <= rules.PLANNED_ON_ARRIVAL_MAX_DAYS


def all_there(ctx: Context, visits: list[Event], visit: Event, meeting: Event) -> bool:
    """Every party to the meeting is at home in the visit's country or told visiting its place:
    not 'Modi, in France, is to meet Trump on Thursday', the next leg's talks."""
    country = geography.country_of_place(visit.location or "")
    travelling = {p.actor for v in visits if v.location == visit.location for p in v.participants}
    for participant in meeting.participants:
        home = actor_country(ctx, participant.actor)
        if participant.actor not in travelling and home is not None and home != country:
            return False
    return True


def told_apart_from_trip(meeting: Event) -> bool:
    """'He has met X several times', 'Earlier, he met Y', 'On his return, he met Z': a meeting
    told with a perfect or a word of sequence is not a step of the trip just told."""
    words = set(evidence_words(meeting))
    return bool(words & rules.APART_FROM_TRIP_WORDS)


def told_right_before(text: str, visit: Event, meeting: Event) -> bool:
    """A dated visit of the meeting's people told in the sentence just before the meeting's."""
    return (
        visit.evidence_end <= meeting.evidence_start
        and not text[visit.evidence_end : meeting.evidence_start].strip()
        and visit.date_precision not in (None, "article")
        and bool({p.actor for p in visit.participants} & {p.actor for p in meeting.participants})
    )


def arrived_after(visit: Event, meeting: Event) -> bool:
    """A meeting on a day before the visit's first day was held elsewhere."""
    days = (visit.event_date, meeting.event_date)
    exact = visit.date_precision == meeting.date_precision == "day"
    return exact and None not in days and meeting.event_date < visit.event_date


def place_in_city(ctx: Context, events: list[Event]) -> None:
    """'arrived in Tanzania' under a 'DAR ES SALAAM —' dateline, or beside talks the visitor held
    in Jerusalem on that trip: the country visit took place in that city, 'City, Country'. The
    city must be the only one the article gives for the trip; a city leg of the same status is
    left to `absorb_country_visits`."""
    dateline = dateline_city(ctx.doc)
    for visit in events:
        if visit.event_type != "visit" or visit.status == "cancelled" or not visit.location or visit.earlier:
            continue
        country = geography.country_named(visit.location)
        # "departed for Alaska, where he met X in Anchorage": a US state narrows as a country does
        if (country is None and not geography.is_us_state(visit.location)) or any(
            e.event_type == "visit"
            and told_as_one_leg(e, visit)
            and e.cameo_code != rules.CAMEO_HOST
            and e.location
            and geography.lies_within(e.location, visit.location)
            and same_trip(e, visit)
            for e in events
        ):
            continue
        cities = {
            e.location
            for e in events
            if e.location
            and e.event_type == "meeting"  # a visit leg of another status is another stop
            and geography.lies_within(e.location, visit.location)
            and shares_visitor(e, visit)
            and dates_agree(e, visit)
        }
        cities |= cities_told_beside(ctx, visit)  # "on his arrival in Israel, went to Jerusalem"
        cities |= cities_departed(ctx, visit)  # "will depart Abuja tonight for Lagos"
        if dateline is not None and dateline.country == country and on_story_days(ctx, visit):
            cities.add(dateline.name)
        if len(cities) == 1:
            visit.location = f"{cities.pop()}, {full_country_name(visit.location)}"


def full_country_name(country: str) -> str:
    """'Korea' -> 'South Korea' (so "Busan, South Korea"): a country told by part of its name, in
    full; one told by its formal name in its common one ('the Socialist Republic of Vietnam' ->
    'Vietnam'), or by another name ('America' -> 'United States'); other spellings ('Turkiye') and
    initials ('UAE') as written."""
    full = geography.country_named(country)
    if full is None or country.isupper():
        return country
    if country in full or full in country:
        return full
    return country if geography.spelling_of(geography.fold(country), geography.fold(full)) else full


def residences_in_dateline_city(ctx: Context, events: list[Event]) -> None:
    """'ANKARA - ... at the Cankaya Palace': a visit to or a meeting in a palace or mansion is in the
    dateline's city, when the gazetteer puts the building in no other country."""
    dateline = dateline_city(ctx.doc)
    if dateline is None:
        return
    for event in events:
        if (
            event.event_type != "ceasefire"
            and event.location
            and residence_in(event.location, dateline.country)
        ):
            event.location = dateline.name


def cities_told_beside(ctx: Context, visit: Event) -> set[str]:
    """Cities of the visited country named in the sentence that tells the visit."""
    sent = ctx.doc.char_span(visit.evidence_start, visit.evidence_end, alignment_mode="expand")
    if sent is None:
        return set()
    return {
        city.name
        for ent in entities_within(sent)
        if ent.label_ == "GPE"
        and (city := geography.city(ent.text)) is not None
        and geography.lies_within(city.name, visit.location)
    }


def cities_departed(ctx: Context, visit: Event) -> set[str]:
    """Cities of the visited country that a visitor is told to leave ('X will depart Abuja at
    10 pm for Lagos'): the visitor was there."""
    visitors = {p.actor for p in visit.participants}
    found = set()
    for i in tokens_with_words(ctx.doc, DEPARTURE_WORDS, attributes=(LEMMA,)):
        verb = ctx.doc[i]
        if verb.pos_ != "VERB" or not any(ctx.actors.actor_at(s) in visitors for s in subject_of(verb)):
            continue
        for origin in direct_objects(verb):
            city = geography.city(origin.text)  # the model tags some cities as people
            if city is not None and geography.lies_within(city.name, visit.location):
                found.add(city.name)
    return found


def shares_visitor(event: Event, visit: Event) -> bool:
    return bool({p.actor for p in event.participants} & {p.actor for p in visit.participants})


def on_story_days(ctx: Context, visit: Event) -> bool:
    """Told of the days the story reports from: undated, or dated within a trip's span of them."""
    if visit.date_precision == "article" or ctx.published is None:
        return True
    if visit.event_date is None or visit.date_precision != "day":
        return False
    return abs((visit.event_date - ctx.published).days) <= rules.TRIP_MAX_DAYS


def vague_companion(participant: Participant) -> bool:
    """'accompanied by a high-level delegation': a group with no name or nationality in its label
    adds nothing to a visit."""
    return participant.role == "accompanying" and unnamed_group(participant.actor)


def drop_told_twice(events: list[Event]) -> list[Event]:
    """A visit read from hosting ('X hosted Y at the White House') only stands when the article
    tells no travel of Y on that trip itself: the told trip has the place the text gives."""
    travels = [e for e in events if e.event_type == "visit" and e.cameo_code != rules.CAMEO_HOST]
    return [
        e
        for e in events
        if e.event_type != "visit"
        or e.cameo_code != rules.CAMEO_HOST
        or not any(same_trip(e, t) for t in travels)
    ]


def add_visitors(kept: Event, merged: Event) -> None:
    """The visitors of a visit merged into `kept` that it does not list yet."""
    known = {p.actor for p in kept.participants}
    kept.participants += [p for p in merged.participants if p.actor not in known]


def absorb_unplaced_sites(events: list[Event]) -> list[Event]:
    """'arrived in the Maldives ... was welcomed at Velana International Airport', 'upon his
    arrival at the X Hotel': a site the gazetteer cannot place is a stop of the trip told with a
    place, not a visit of its own."""
    visits = [e for e in events if e.event_type == "visit" and e.location]
    absorbed: set[int] = set()
    for site in visits:
        if not unplaced_site(site):
            continue
        placed = next(
            (
                e
                for e in visits
                if id(e) not in absorbed
                and e is not site
                and geography.country_of_place(e.location)
                and e.status == site.status
                and same_trip(e, site)
            ),
            None,
        )
        if placed is None:
            continue
        add_visitors(placed, site)
        absorbed.add(id(site))
    return [e for e in events if id(e) not in absorbed]


def unplaced_site(visit: Event) -> bool:
    """'Velana International Airport', 'the X Hotel': a stop of a trip the gazetteer cannot place."""
    words = visit.location.lower().split()
    return (
        bool(words) and words[-1] in rules.TRIP_STOP_WORDS and not geography.country_of_place(visit.location)
    )


def place_sites_after_arrivals(events: list[Event]) -> None:
    """'Leaders began arriving in St. Vincent ... X and Y have arrived at Argyle International
    Airport': a site the gazetteer cannot place, on no trip told with a place, stands in the
    country of the arrivals told just before ('Argyle International Airport, St. Vincent and the
    Grenadines')."""
    visits = [e for e in events if e.event_type == "visit" and e.location]
    for site in visits:
        if not unplaced_site(site):
            continue
        before = [
            e
            for e in visits
            if e.evidence_start < site.evidence_start <= e.evidence_start + rules.SITE_PLACE_LOOKBACK_CHARS
            and geography.country_of_place(e.location)
        ]
        if before:  # the country only (as the text wrote it): the site need not be in that city
            parts = before[-1].location.split(", ")
            country = next((p for p in reversed(parts) if geography.is_country(p)), None)
            site.location = f"{site.location}, {country or geography.country_of_place(before[-1].location)}"


def absorb_country_visits(events: list[Event]) -> list[Event]:
    """A visit to a country (or US state) merges into a visit of the same trip to a city in it,
    told with the same status ('arrived in India' stays beside 'will travel on to Mumbai'); the
    text named both for the trip, so its place is 'City, Country'."""
    visits = [e for e in events if e.event_type == "visit" and e.location]
    absorbed: set[int] = set()
    for wide in visits:
        for narrow in visits:
            if narrow is wide or id(narrow) in absorbed or not told_as_one_leg(narrow, wide):
                continue
            if not same_trip(wide, narrow):
                continue
            if not geography.lies_within(narrow.location, wide.location):
                continue
            add_visitors(narrow, wide)
            if "," not in narrow.location:
                narrow.location = f"{narrow.location}, {full_country_name(wide.location)}"
            if PRECISION_RANK.get(wide.date_precision, 0) > PRECISION_RANK.get(narrow.date_precision, 0):
                narrow.event_date, narrow.date_precision = wide.event_date, wide.date_precision
            absorbed.add(id(wide))
            break
    return [e for e in events if id(e) not in absorbed]


def told_as_one_leg(narrow: Event, wide: Event) -> bool:
    """The same status, or 'arrived in Tianjin on Sunday ... will be in China from August 31': a
    stay to come in the country that starts on the day of the city arrival."""
    if narrow.status == wide.status:
        return True
    return (
        narrow.status == "occurred"
        and wide.status == "planned"
        and wide.trigger_word.lower() in rules.STAY_WORDS  # not "will visit Kenya again from Monday"
        and wide.event_date is not None
        and wide.event_date == narrow.event_date
    )


def same_trip(a: Event, b: Event) -> bool:
    """Shared visitors, no cancelled leg against a made one, and dates that can be one trip."""
    if not {p.actor for p in a.participants} & {p.actor for p in b.participants}:
        return False
    if a.earlier != b.earlier:
        return False  # "his second visit to the country": the first was another trip
    if (a.status == "cancelled") != (b.status == "cancelled"):
        return False
    return dates_agree(a, b)


def within_tour(first: Event, later: Event) -> bool:
    """Two legs dated (neither undated), the later one no more than a tour's length after."""
    if first.event_date is None or later.event_date is None:
        return False
    return 0 <= (later.event_date - first.event_date).days <= rules.TOUR_MAX_DAYS


def dates_agree(a: Event, b: Event) -> bool:
    """Dates that can be one trip: equal; an arrival told without a day (dated by the article)
    beside a day of the same news (`combine.dates_agree`: not the visit 'last in Kenya in 2020');
    a day inside a week, month or year told; days a trip's length apart."""
    if a.event_date == b.event_date:
        return True
    if "article" in (a.date_precision, b.date_precision):
        return same_news_days(a, b)
    if a.event_date is None or b.event_date is None:
        # A vague time ("this year", "this week") is kept without a date: it cannot contradict one.
        vague = {a.date_precision, b.date_precision} & {"year", "week"}
        return (a.event_date is None and b.event_date is None) or (bool(vague) and a.status == b.status)
    for wide, exact in ((a, b), (b, a)):
        if within_period(exact.event_date, wide.event_date, wide.date_precision):
            return True  # "will visit China this week" and its Friday
    return abs((a.event_date - b.event_date).days) <= rules.TRIP_MAX_DAYS and a.status == b.status


def in_own_capital(ctx: Context, actor: Actor, place: str) -> bool:
    country = actor_country(ctx, actor)
    capital = geography.capital_of(country) if country else None
    return capital is not None and geography.fold(capital) == geography.fold(place.split(",")[0])


def actor_country(ctx: Context, actor: Actor) -> str | None:
    """The country an actor belongs to: from its title ('Lebanese President X', "Kenya's
    president X", 'President X of Guyana') or a group's label ('Israeli negotiators')."""
    if actor.country and (country := geography.country_named(actor.country)):
        return country
    if actor.kind in ("group", "org"):
        return side_country(actor)
    for mention in ctx.actors.mentions:
        if mention.actor is not actor:
            continue
        span = ctx.doc.char_span(mention.char_start, mention.char_end, alignment_mode="expand")
        if span is not None and (country := country_around(span)):
            return country
    return None


def titles_next_name(name: Span) -> bool:
    """'A, Türkiye's Ambassador to Kuala Lumpur B,': the words after the comma are the title of the
    next person listed, not A's."""
    for word in name.doc[name.end + 1 : name.sent.end]:
        if word.text in (",", ";", "(") or word.pos_ in ("VERB", "AUX"):
            return False
        if word.ent_type_ != "PERSON":
            continue
        # not "A, Supreme Leader Ali Khamenei's top adviser": the owner of A's title
        return not possessive_name(word)
    return False


def country_around(name: Span) -> str | None:
    """The first country or nationality word of the title before a name, or an 'of Guyana' or a
    title in apposition after it; a country after 'to'/'for' is a posting ('envoy to Lebanon'),
    not a nationality."""
    doc, start = name.doc, name.start
    if start - 2 >= name.sent.start and doc[start - 1].text == "," and doc[start - 2].lower_ in title_heads():
        start -= 1  # "The Acting Afghan Foreign Minister, Amir Khan Muttaqi,": the title before a comma
    limit = start - rules.TITLE_NAME_MAX_DISTANCE - 1
    while start > name.sent.start and start > limit:
        word = doc[start - 1]
        title_word = word.pos_ in ("PROPN", "NOUN", "ADJ", "PART", "DET") or word.tag_ == "HYPH"
        if not title_word and word.lower_ not in rules.POSTING_PREPS:
            break
        start -= 1
    for word in doc[start : name.start]:
        posted = word.i > start and doc[word.i - 1].lower_ in rules.POSTING_PREPS
        # a nationality the model took for part of an organisation's name ('The Acting Afghan ...')
        untagged = word.ent_type_ == "ORG" and word.is_title and word.lower_ in demonym_table()
        if (word.ent_type_ in ("GPE", "NORP") or untagged) and not posted:
            country = geography.country_named(word.text)
            if country is not None:
                return country
    after = doc[name.end : name.end + 2]
    if len(after) == 2 and after[0].lower_ in ("of", "(") and after[1].ent_type_ == "GPE":
        return geography.country_named(after[1].text)
    if len(after) == 2 and after[0].text == "," and not titles_next_name(name):
        # "X, chairman of Sudan's Sovereign Council,": the title in apposition
        for word in doc[name.end + 1 : min(name.end + 1 + rules.TITLE_NAME_MAX_DISTANCE + 2, name.sent.end)]:
            if (
                word.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ")  # ", while her Thai counterpart, Y,": Y's
                or word.text in (",", ";", "(")
                or word.lower_ in rules.POSTING_PREPS
            ):
                break
            if word.ent_type_ not in ("GPE", "NORP") or hyphen_joined(word):
                continue  # "Washington's Ukraine-Russia special envoy": a brief, not a nationality
            if country := geography.country_named(word.text):
                return country
            if geography.is_capital(word.text):  # "Washington's envoy": the capital's government
                return geography.country_of_place(word.text)
    return None
