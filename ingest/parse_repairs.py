"""Repairs of the small model's parse that the rules would otherwise read wrong, run as pipeline
components after the parser (before the entity recogniser, so they read tags and words only):
an opening 'Visiting' taken for a clause whose object is the visitor, a subject hung as a name's
apposition after a fronted phrase, a dateline's city taken for the subject, a counterpart's name
hung loose after 'from <country>,' or after the comma closing the object of a preposition ('with
the host, President X'), a listed country taken for the one before's apposition, countries joined
to the days of a trip instead of to the places listed before, an object told after a day ('received
this Monday the minister') taken for another adverb, a name taken for a modifier of
'one-on-one', a name right after its verb taken for an adverb ('received Dagalo and his
delegation'), an inviter named after 'at the invitation of <title>,' taken for the subject,
'with' taken for a clause's mark ('met on Friday with X, the presidency said'), a name after the
second of two joined titles hung on the first ('the president and Cypriot leader X'), a second
counterpart joined to the first one's day ('spoke with A on Thursday and B on Friday'), a clause of
what is scheduled hung on the verb instead of its object ('discussed the truce, set to begin on
Saturday'), the people told after the purpose they came for ('to welcome X were A and B'), the
sidelines a meeting was held on hung on its object ('met X on the sidelines of ...'), a past verb
with its own subject taken for a modifier of the name it governs ('Kadhimi hosted President X'), a
name's participle taken for the verb's subject ('Minister X heading a delegation arrived'), and
people listed after the bodies they lead ('the leaders of A and B, X and Y, respectively'), the one
repair read once the entities are tagged.
Each looks only at sentence roots or at the few tokens an array lookup finds."""

from __future__ import annotations

import numpy as np
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import DEP, LOWER, ORTH, TAG, appos
from spacy.tokens import Span, Token

from ingest import dates, geography, rules
from ingest.actors.names import generic_title
from ingest.events.syntax import subjectless_plan_clause

PROPER_TAGS = {"NNP", "NNPS"}  # the tagger's proper nouns (POS is mapped only after the parser)
VISITING = get_string_id("Visiting")
COMMA = get_string_id(",")
WITH = get_string_id("with")
CONJ = get_string_id("conj")
RESPECTIVELY = get_string_id("respectively")
VISITING_LOWER = get_string_id("visiting")
INVITATION = get_string_id("invitation")
SUBJECT_LABELS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
COPULA_FORMS = {"was", "were", "is", "are"}
DAY_WORDS = {*dates.WEEKDAYS, *dates.MONTHS, *(month[:3] for month in dates.MONTHS)}
DAY_WORD_IDS = np.array(
    sorted(get_string_id(w) for w in DAY_WORDS | {f"{w}." for w in DAY_WORDS}), dtype=np.uint64
)
ADVERBIAL_MEETING_WORD_IDS = np.array(
    sorted(get_string_id(w) for w in rules.SINGLE_TOKEN_WORDS), dtype=np.uint64
)
COUNTERPART_WORD_IDS = np.array(
    sorted(get_string_id(w) for w in rules.SINGLE_COUNTERPART_NOUNS), dtype=np.uint64
)


@Language.component("fronted_phrase_subjects")
def fronted_phrase_subjects(doc):
    """'On the eve of the conversation with Putin, Scholz spoke with X': after an opening phrase
    that ends on a name, the parser may take the subject for that name's apposition and leave the
    verb with none; a name right before a verb that has no subject, set off by a comma from the
    phrase it was hung on, is that verb's subject."""
    for verb in [sent.root for sent in doc.sents]:  # the sentences' roots: few tokens to look at
        if not verb.tag_.startswith("VB") or verb.i == verb.sent.start:
            continue
        if any(c.dep_ in SUBJECT_LABELS for c in verb.children):
            continue
        name = doc[verb.i - 1]
        while name.dep_ in ("advmod", "aux") and name.head == verb and name.i > verb.sent.start:
            name = doc[name.i - 1]  # "Scholz also spoke", "Scholz had spoken"
        name = name if name.dep_ == "appos" else name.head if name.dep_ == "compound" else name
        if name.dep_ != "appos" or name.tag_ not in PROPER_TAGS or name.head.dep_ != "pobj":
            continue
        opening = name.left_edge
        if opening.i == 0 or doc[opening.i - 1].text != "," or not verb.is_ancestor(name.head):
            continue
        name.head, name.dep_ = verb, "nsubj"
    return doc


@Language.component("dateline_subjects")
def dateline_subjects(doc):
    """'QUITO, May 12 — President X held talks with Y': the parser may take the dateline's city for
    the verb's subject and hang the real subject loose; a noun before the verb and after the
    dateline's dash, hung on that verb or on the city, is its subject."""
    for sent in doc.sents:
        dash = next(
            (
                t
                for t in sent[: rules.DATELINE_MAX_TOKENS]
                if t.text in rules.DATELINE_DASHES and t.i > sent.start
            ),
            None,
        )
        if dash is None or not (doc[sent.start].is_upper or place_line(doc[sent.start : dash.i])):
            continue
        for taken in [t for t in doc[sent.start : dash.i] if t.dep_ == "nsubj" and t.head.i > dash.i]:
            verb = taken.head
            loose = next(
                (
                    c
                    for c in verb.children
                    if dash.i < c.i < verb.i
                    and c.dep_ in ("npadvmod", "dep", "appos")
                    and c.tag_.startswith("NN")
                ),
                None,
            )
            if loose is None:
                # "MOSCOW (Reuters) - Foreign Minister A and B spoke", "Tehran, Iran – President A
                # held": the first name hung on the dateline's words, as a conjunct or apposition
                loose = next(
                    (
                        c
                        for c in taken.subtree
                        if dash.i < c.i < verb.i
                        and c.dep_ in ("conj", "appos")
                        and c.tag_ in PROPER_TAGS
                        and c.head.i < dash.i
                    ),
                    None,
                )
                if loose is not None:
                    loose.head = verb
            if loose is not None:
                loose.dep_, taken.dep_ = "nsubj", "npadvmod"
    return doc


def place_line(words: Span) -> bool:
    """'Tehran, Iran': a dateline in title case, the names of places only (run before the
    entity recognizer, so the gazetteer tells them)."""
    parts = " ".join(t.text for t in words).split(" , ")
    return all(geography.city(part) or geography.is_country(part) for part in parts)


@Language.component("counterpart_from_names")
def counterpart_from_names(doc):
    """'received her counterpart from Ecuador, Guillermo Lasso, at the palace': the parser may hang
    'from Ecuador' on the verb and the name loose; the phrase and the name in apposition are the
    counterpart's."""
    for index in np.flatnonzero(np.isin(doc.to_array(LOWER), COUNTERPART_WORD_IDS)):
        noun = doc[int(index)]
        if noun.i + 4 >= len(doc):
            continue
        prep, country, comma = doc[noun.i + 1], doc[noun.i + 2], doc[noun.i + 3]
        if prep.lower_ not in ("from", "of") or country.tag_ not in PROPER_TAGS or comma.text != ",":
            continue
        name = doc[noun.i + 4]
        while name.dep_ == "compound" and name.head.i > name.i and name.head.tag_ in PROPER_TAGS:
            name = name.head  # "Guillermo Lasso": the name's last word heads it
        if name.tag_ not in PROPER_TAGS or name.head == noun or noun.head != prep.head:
            continue
        if name.is_ancestor(noun) or prep.is_ancestor(noun):
            continue
        prep.head = noun
        name.head, name.dep_ = noun, "appos"
    return doc


@Language.component("loose_names_after_comma")
def loose_names_after_comma(doc):
    """'will meet with the summit's host, President Sooronbay Jeenbekov': the parser may hang the
    name after the comma loose on the verb; a name right after the comma that closes the object of
    that verb's preposition is that object's apposition."""
    for index in np.flatnonzero(doc.to_array(ORTH) == COMMA):
        comma = doc[int(index)]
        if comma.i == 0 or comma.i + 1 >= len(doc):
            continue
        noun = doc[comma.i - 1]
        # "the speakers of both Houses of Parliament, A and B": the phrase's head noun, past its
        # 'of' phrases, when they end at the comma
        while (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.dep_ == "pobj"
            and noun.head.head.right_edge.i == comma.i - 1
        ):
            noun = noun.head.head
        if noun.dep_ != "pobj" or not noun.tag_.startswith("NN") or noun.tag_ in PROPER_TAGS:
            continue
        name = doc[comma.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head  # "President Sooronbay Jeenbekov": the name's last word heads it
        # hung on the preposition's verb, or (the verb joined to another) on the clause's first verb
        loose_on = name.head == noun.head.head or (noun.head.head in name.head.subtree and noun.tag_ == "NNS")
        if name.tag_ in PROPER_TAGS and name.dep_ in ("npadvmod", "dep") and loose_on:
            name.head, name.dep_ = noun, "appos"
    return doc


@Language.component("countries_listed_in_apposition")
def countries_listed_in_apposition(doc):
    """'the leaders of Comoros, Turkiye, the UAE, South Korea and Brazil': the parser may take the
    second country for the first one's apposition and list the rest after it; a country in
    apposition to a country, with more countries joined to it, is one more of the list."""
    for index in np.flatnonzero(doc.to_array(DEP) == appos):
        second = doc[int(index)]
        first = second.head
        if not any(c.dep_ == "conj" for c in second.children) or first.i > second.i:
            continue
        if first.tag_ not in PROPER_TAGS or second.tag_ not in PROPER_TAGS:
            continue
        # "Comoros, the EU, Brazil and Nigeria": a bloc listed among countries too
        listed_on = any(c.dep_ == "conj" and geography.is_country(c.text) for c in second.children)
        if geography.is_country(first.text) and (geography.is_country(second.text) or listed_on):
            second.dep_ = "conj"
    return doc


@Language.component("places_listed_after_dates")
def places_listed_after_dates(doc):
    """'will visit Singapore and Malaysia between Wednesday and Saturday, and Papua New Guinea,
    Cambodia and Laos on Aug. 20-25': the parser may join the second list of places to the days;
    a country joined to a day is another of the places listed before it."""
    days = np.flatnonzero(np.isin(doc.to_array(LOWER), DAY_WORD_IDS))  # the day words, off the arrays
    # (listed before any head moves: a rehung child must not change what is walked)
    for token in [c for index in days for c in doc[int(index)].children]:
        day = token.head  # (this runs before the entity recogniser: a day is told by its word)
        if token.dep_ != "conj" or day.dep_ != "pobj":
            continue
        if not geography.is_country(doc[token.left_edge.i : token.i + 1].text):
            continue
        verb = day.head.head
        listed = [
            c for c in verb.children if c.dep_ == "dobj" and c.i < day.i and geography.is_country(c.text)
        ]
        if listed:
            token.head = listed[-1]
    return doc


@Language.component("objects_after_days")
def objects_after_days(doc):
    """'Maduro received this Monday the foreign minister of Mexico': with the day told between the
    verb and its object, the parser may take the object for another adverb of time, and leave the
    verb with none; a noun after the day, with no object before it, is the verb's object."""
    for index in np.flatnonzero(np.isin(doc.to_array(LOWER), DAY_WORD_IDS)):
        day = doc[int(index)]
        verb = day.head
        if day.dep_ != "npadvmod" or not verb.tag_.startswith("VB") or day.i < verb.i:
            continue
        if any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        moved = next(
            (
                c
                for c in verb.children
                if c.dep_ == "npadvmod"
                and c.i > day.i
                and c.tag_ in PROPER_TAGS | {"NN", "NNS"}
                and c.lower_ not in DAY_WORDS
            ),
            None,
        )
        if moved is not None:
            moved.dep_ = "dobj"
    return doc


SCHEDULED_WORD_IDS = np.array(sorted(get_string_id(w) for w in rules.SCHEDULED_CLAUSE_WORDS), dtype=np.uint64)


@Language.component("plans_of_objects")
def plans_of_objects(doc):
    """'discussed the truce, set to begin on Saturday': the parser may hang the clause of what is
    scheduled on the verb; after a comma closing the verb's object, it tells of that object."""
    for index in np.flatnonzero(np.isin(doc.to_array(LOWER), SCHEDULED_WORD_IDS)):
        word = doc[int(index)]
        if (
            word.dep_ not in ("advcl", "prep")
            or doc[word.i - 1].text != ","
            or not subjectless_plan_clause(word)
        ):
            continue
        told = next(
            (
                c
                for c in word.head.children
                if c.dep_ == "dobj" and c.tag_ in ("NN", "NNS") and c.right_edge.i == word.i - 2
            ),
            None,
        )
        if told is not None:
            word.head, word.dep_ = told, "acl"
    return doc


@Language.component("greeters_after_their_purpose")
def greeters_after_their_purpose(doc):
    """'Among those at the airport to welcome the prime minister were A, B and C': the parser takes
    the purpose for the copula's clausal subject and the people for the copula's; they are the
    welcome's subjects."""
    csubj_id = get_string_id("csubj")
    for index in np.flatnonzero(doc.to_array(DEP) == csubj_id):
        verb = doc[int(index)]
        copula = verb.head
        if verb.lower_ not in rules.RECEPTION_VERBS or copula.lower_ not in COPULA_FORMS:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        people = [c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i > copula.i]
        if len(people) == 1:
            people[0].head, people[0].dep_ = verb, "nsubj"
    return doc


SIDELINE_WORD_IDS = np.array(sorted(get_string_id(w) for w in rules.SIDELINE_WORDS), dtype=np.uint64)


@Language.component("sidelines_of_the_verb")
def sidelines_of_the_verb(doc):
    """'had met PM Modi on the sidelines of the summit': the parser may hang the phrase on the
    verb's object; where the meeting was held is the verb's."""
    for index in np.flatnonzero(np.isin(doc.to_array(LOWER), SIDELINE_WORD_IDS)):
        sidelines = doc[int(index)]
        on = sidelines.head
        if sidelines.dep_ != "pobj" or on.lower_ != "on" or on.dep_ != "prep":
            continue
        taken = on.head
        if taken.dep_ == "dobj" and taken.head.tag_.startswith("VB") and taken.i < on.i:
            on.head = taken.head
    return doc


@Language.component("partners_hung_on_venues")
def partners_hung_on_venues(doc):
    """'X met Thursday at his Mar-a-Lago club with President Y': the parser may hang the 'with'
    phrase on the named place the verb's 'at' or 'in' names; whom the meeting was with is the
    verb's."""
    for index in np.flatnonzero(doc.to_array(LOWER) == WITH):
        with_ = doc[int(index)]
        venue = with_.head
        where = venue.head
        if with_.dep_ != "prep" or venue.dep_ != "pobj" or where.lower_ not in rules.VENUE_PREPOSITIONS:
            continue
        if not named_place(venue):
            continue  # "spoke at a briefing with X": an occasion, whose company the phrase tells
        verb = where.head
        if where.dep_ != "prep" or verb.lower_ not in rules.PARTNER_VERB_FORMS or verb.i > where.i:
            continue
        partner = next((c for c in with_.children if c.dep_ == "pobj"), None)
        if (
            partner is not None
            and partner.tag_ in PROPER_TAGS
            and not any(c.lower_ == "with" for c in verb.children)
        ):
            with_.head = verb
    return doc


def named_place(venue: Token) -> bool:
    """'Paris', 'the White House', 'his Mar-a-Lago club': a place told by a name."""
    return venue.tag_ in PROPER_TAGS or any(
        c.tag_ in PROPER_TAGS for c in venue.children if c.dep_ in ("compound", "nmod", "amod")
    )


@Language.component("names_split_from_their_country")
def names_split_from_their_country(doc):
    """'with Marshall Islands President A and Solomon Islands Prime Minister B': the parser may take
    the second country for the conjunct and hang the titled name after it on the verb; the name is
    the conjunct, the country a modifier of it."""
    for index in np.flatnonzero(doc.to_array(DEP) == CONJ):
        country = doc[int(index)]
        if country.tag_ not in PROPER_TAGS or country.i + 1 >= len(doc):
            continue
        following = doc[country.i + 1]
        if following.dep_ != "compound" or following.tag_ not in PROPER_TAGS:
            continue
        name = following.head
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if name.tag_ not in PROPER_TAGS or name.dep_ in ("conj", "compound") or country in name.ancestors:
            continue
        first = country.head  # the conjunct before, which the name joins
        if first == name or name in first.ancestors or first.sent != name.sent:
            continue
        if name.head.tag_.startswith("VB") and generic_title(doc[country.i + 1 : name.i].text):
            name.head, name.dep_ = first, "conj"
            country.head, country.dep_ = name, "compound"
    return doc


@Language.component("verbs_taken_for_modifiers")
def verbs_taken_for_modifiers(doc):
    """'In June, Kadhimi hosted President X and King Y': the parser may take a past verb with a
    subject of its own for a modifier of the name after it and make that name the root; the verb
    is the root, the name its object."""
    amod_id, past_id = get_string_id("amod"), get_string_id("VBD")
    deps, tags = doc.to_array([DEP, TAG]).T
    for index in np.flatnonzero((deps == amod_id) & (tags == past_id)):
        verb = doc[int(index)]
        name = verb.head
        while name.dep_ == "compound" and name.head.i > name.i:  # "hosted President X"
            name = name.head
        if name.dep_ != "ROOT" or name.tag_ not in PROPER_TAGS or name.i < verb.i:
            continue
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        verb.head, verb.dep_ = verb, "ROOT"
        name.head, name.dep_ = verb, "dobj"
        for child in [c for c in name.children if c.dep_ == "punct" and c.i == name.sent.end - 1]:
            child.head = verb  # the closing full stop
    return doc


@Language.component("participles_taken_for_subjects")
def participles_taken_for_subjects(doc):
    """'Foreign Minister X heading a government delegation arrived in Kabul': the parser may take
    the participle for a clause that is the verb's subject, with the name as its own subject; the
    name is the verb's subject, the participle a clause on it."""
    csubj_id, gerund_id = get_string_id("csubj"), get_string_id("VBG")
    deps, tags = doc.to_array([DEP, TAG]).T
    for index in np.flatnonzero((deps == csubj_id) & (tags == gerund_id)):
        participle = doc[int(index)]
        name = doc[participle.i - 1] if participle.i > participle.sent.start else None
        if name is None or name.head != participle or name.dep_ != "nsubj" or name.tag_ not in PROPER_TAGS:
            continue
        verb = participle.head
        if not verb.tag_.startswith("VB") or any(
            c.dep_ in SUBJECT_LABELS for c in verb.children if c != participle
        ):
            continue
        name.head, name.dep_ = verb, "nsubj"
        participle.head, participle.dep_ = name, "acl"
    return doc


@Language.component("names_taken_for_adverbs")
def names_taken_for_adverbs(doc):
    """'had received Dagalo and his delegation': the parser may take a name right after the verb for
    an adverb and the noun joined to it for the object; the name is the object, the noun its
    conjunct."""
    advmod_id, proper_id = get_string_id("advmod"), get_string_id("NNP")
    deps, tags = doc.to_array([DEP, TAG]).T
    for index in np.flatnonzero((deps == advmod_id) & (tags == proper_id)):
        name = doc[int(index)]
        verb = name.head
        if not verb.tag_.startswith("VB") or name.i != verb.i + 1 or name.i + 2 >= len(doc):
            continue
        if doc[name.i + 1].lower_ != "and":
            continue
        joined = next((c for c in verb.children if c.dep_ == "dobj" and c.i > name.i + 1), None)
        if joined is None or joined.left_edge.i != name.i + 2:
            continue
        name.dep_ = "dobj"
        doc[name.i + 1].head = name
        joined.head, joined.dep_ = name, "conj"
    return doc


@Language.component("inviters_taken_for_subjects")
def inviters_taken_for_subjects(doc):
    """'At the invitation of the President of Malawi, Dr. X, President Y will visit': the parser may
    take the inviter named after the comma for the subject and the visitor for a conjunct; the
    inviter is the title's apposition, the visitor the subject."""
    for index in np.flatnonzero(doc.to_array(LOWER) == INVITATION):
        invitation = doc[int(index)]
        title = next(
            (g for p in invitation.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None
        )
        if title is None or title.tag_ not in PROPER_TAGS or title.right_edge.i + 2 >= len(doc):
            continue
        comma = doc[title.right_edge.i + 1]
        name = doc[comma.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head  # "Dr. Lazarus McCarthy Chakwera": the name's last word heads it
        if comma.text != "," or name.dep_ != "nsubj" or name.tag_ not in PROPER_TAGS:
            continue
        visitor = next((c for c in name.children if c.dep_ == "conj" and c.i > name.i), None)
        if visitor is None or any(c.dep_ == "cc" for c in name.children):
            continue  # "A and B will visit": a true pair of subjects
        verb = name.head
        visitor.head, visitor.dep_ = verb, "nsubj"
        name.head, name.dep_ = title, "appos"
    return doc


@Language.component("partners_taken_for_subjects")
def partners_taken_for_subjects(doc):
    """'Assad also met on Friday with Dubai's ruler X, the presidency said': the parser may take
    'with' for the mark of the reporting clause and X for its subject, beside the clause's own; X
    is the object of 'with', which hangs on the verb before it."""
    for index in np.flatnonzero(doc.to_array(LOWER) == WITH):
        word = doc[int(index)]
        clause = word.head
        verb = clause.head
        if word.dep_ != "mark" or not verb.i < word.i < clause.i or not verb.tag_.startswith("VB"):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i > word.i]
        if len(subjects) < 2 or subjects[0].tag_ not in PROPER_TAGS:
            continue
        word.head, word.dep_ = verb, "prep"
        subjects[0].head, subjects[0].dep_ = word, "pobj"
    return doc


@Language.component("names_after_joined_titles")
def names_after_joined_titles(doc):
    """'The president and Turkish Cypriot leader Ersin Tatar met': the parser may hang the name
    on the first title as its apposition; it is the title right before it that it names."""
    for index in np.flatnonzero(doc.to_array(DEP) == appos):
        name = doc[int(index)]
        if name.tag_ not in PROPER_TAGS or name.left_edge.i == 0:
            continue
        title = doc[name.left_edge.i - 1]
        if title.dep_ == "conj" and title.tag_ == "NN" and title.head == name.head and title.i > name.head.i:
            name.head = title
    return doc


@Language.component("counterparts_joined_to_days")
def counterparts_joined_to_days(doc):
    """'spoke with A on Thursday and B on Friday', 'will meet A on Tuesday and B on Wednesday': the
    parser may join B to the day before it, or to the verb whose repeat is left out; B is another
    counterpart, joined to A."""
    for index in np.flatnonzero(np.isin(doc.to_array(LOWER), DAY_WORD_IDS)):
        day = doc[int(index)]
        if day.dep_ != "pobj" or day.head.lower_ != "on" or not day.head.head.tag_.startswith("VB"):
            continue
        verb = day.head.head
        first = next(
            (
                g
                for p in verb.children
                if p.dep_ == "prep" and p.lower_ in ("with", "to") and p.i < day.i
                for g in p.children
                if g.dep_ == "pobj" and g.tag_ in PROPER_TAGS
            ),
            None,
        ) or next(
            (o for o in verb.children if o.dep_ == "dobj" and o.tag_ in PROPER_TAGS and o.i < day.i), None
        )
        if first is None:
            continue
        # (not "... and B said", a clause of its own)
        gapped = [c for c in verb.children if c.i > day.i and not any(g.dep_ == "nsubj" for g in c.children)]
        joined = [*day.children, *gapped]
        for name in joined:
            if name.dep_ == "conj" and name.tag_ in PROPER_TAGS and name.lower_ not in DAY_WORDS:
                name.head = first
    return doc


@Language.component("leaders_named_after_their_bodies")
def leaders_named_after_their_bodies(doc):
    """'The leaders of the Real SPLM and the United Front, Pagan Amum and Paul Malong,
    respectively': the parser joins the names to the bodies' list; they are the leaders, in
    apposition to the noun the bodies hang on."""
    for index in np.flatnonzero(doc.to_array(LOWER) == RESPECTIVELY):
        word = doc[int(index)]
        names = [
            t
            for t in doc[word.sent.start : word.i]
            if t.ent_type_ == "PERSON" and t.dep_ == "conj" and t.tag_ in PROPER_TAGS
        ]
        if not names:
            continue
        first = names[0]
        body = first.head
        while body.dep_ == "conj" and body.ent_type_ != "PERSON":
            body = body.head
        if doc[first.left_edge.i - 1].text != ",":
            continue
        # the names joined to the bodies, or to the noun the bodies hang on
        holder = body.head.head if body.dep_ == "pobj" and body.head.lower_ == "of" else body
        if holder.tag_ != "NNS" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in holder.children):
            continue
        first.head, first.dep_ = holder, "appos"
    return doc


@Language.component("adverbial_meeting_words")
def adverbial_meeting_words(doc):
    """'spoke to Donald Trump one-on-one on Monday': the parser may take the name for a modifier
    of 'one-on-one' and that word for the object; the name is the object, and the word says how
    they spoke."""
    for index in np.flatnonzero(np.isin(doc.to_array(LOWER), ADVERBIAL_MEETING_WORD_IDS)):
        word = doc[int(index)]
        name = doc[word.i - 1] if word.i > 0 else None
        if word.dep_ != "pobj" or name is None or name.dep_ != "compound" or name.head != word:
            continue
        if name.tag_ not in PROPER_TAGS or any(c.dep_ == "det" for c in word.children):
            continue  # "held a one-on-one", "the Trump one-on-one": a meeting noun of its own
        preposition = word.head
        for child in [c for c in word.children if c.dep_ == "compound" and c.i < name.i]:
            child.head = name  # "Donald" goes with "Trump"
        name.head, name.dep_ = preposition, "pobj"
        word.head, word.dep_ = preposition.head, "advmod"
    return doc


@Language.component("visiting_subjects")
def visiting_subjects(doc):
    """'Visiting Jordanian Foreign Minister Ayman Safadi met X': the parser takes the opening
    'Visiting' for a clause whose object is the visitor; the visitor is the verb's subject and
    'visiting' describes him, as in 'the visiting minister'. Likewise 'talks with visiting X'."""
    # "DAMASCUS - Visiting ...": the sentence may open on a dateline, so every capitalised
    # "Visiting", found on the Doc's array rather than by a walk over every token
    for index in np.flatnonzero(doc.to_array(ORTH) == VISITING):
        opening = doc[int(index)]
        if opening.dep_ != "csubj" or opening.head == opening:
            continue
        visitor = next((c for c in opening.children if c.dep_ == "dobj" and c.tag_ in PROPER_TAGS), None)
        if visitor is None:
            continue
        visitor.head, visitor.dep_ = opening.head, "nsubj"
        opening.head, opening.dep_ = visitor, "amod"
    # "held talks with visiting US Commerce Secretary X": after a preposition, the parser takes
    # 'visiting' for a verb whose object is the visitor; the visitor is the preposition's object
    # "met visiting US lawmakers": right after a meeting verb, likewise its object
    for index in np.flatnonzero(doc.to_array(ORTH) == VISITING_LOWER):
        participle = doc[int(index)]
        # (only after 'with': "after visiting Saudi Arabia" is a trip)
        after_prep = participle.dep_ == "pcomp" and participle.head.lower_ == "with"
        after_meeting = (
            participle.dep_ in ("xcomp", "advcl")
            and participle.i == participle.head.i + 1
            and participle.head.lower_ in rules.MEETING_VERB_FORMS
        )
        if not (after_prep or after_meeting):
            continue
        visitor = next(
            (c for c in participle.children if c.dep_ == "dobj" and c.i > participle.i),
            None,
        )
        if visitor is None or (after_prep and visitor.tag_ not in PROPER_TAGS):
            continue
        visitor.head, visitor.dep_ = participle.head, "pobj" if after_prep else "dobj"
        participle.head, participle.dep_ = visitor, "amod"
    return doc
