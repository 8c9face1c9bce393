"""Long Arabic names after a style are one name: 'Sheikh Nawaf Abdulaziz Humoud Al-Jarrah Al-Sabah'.

Why: the small model breaks such names at their hyphens and particles ('Nawaf' a place,
'Jarrah Al-Sabah' a person), so a roll of a Gulf delegation becomes a heap of half-names that
match nobody. After 'Sheikh' or 'Prince', every capitalised word, 'Al-' part and patronymic
particle up to the first other word belongs to one person. The pipeline component
`styled_name_entities` runs after the model's entity recogniser and tags those runs as people.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest import rules
from ingest.actors.names import generic_title
from ingest.word_index import tokens_with_words, word_set_ids


def styled_name_spans(doc: Doc) -> list[Span]:
    """Spans from a style word through the run of name words after it, where that run has words
    the model left out of one person entity."""
    spans = []
    # found on the Doc's arrays: a Python pass over every token costs more than the rest of this
    for token in (doc[i] for i in tokens_with_words(doc, word_set_ids(rules.ARABIC_NAME_STYLES), (LOWER,))):
        end = token.i + 1
        while end < len(doc) and name_word(doc, end):
            end += 1
        while end > token.i + 1 and (doc[end - 1].text == "-" or doc[end - 1].lower_ in rules.NAME_PARTICLES):
            end -= 1  # "Al-" at a line's end: no name word follows it
        words = [t for t in doc[token.i + 1 : end] if t.is_alpha]
        if len(words) < rules.STYLED_NAME_MIN_WORDS:
            continue  # "Prince Harry Lands In Kyiv": the headline's verb ends the name
        if end < len(doc) and doc[end].lower_ in rules.NAMED_AFTER_WORDS:
            continue  # "Prince Mohammad bin Abdulaziz International Airport": a place named after him
        span = doc[token.i : end]
        if not one_person_entity(span):
            spans.append(Span(doc, token.i, end, label="PERSON"))
    return spans


def article_surname_spans(doc: Doc) -> list[Span]:
    """'Abdel Fatah el-Sissi', 'Ahmed al-Sharaa': a person the model ended before a surname joined
    to its article by a hyphen (it tags 'el-Sissi' apart, often as an organisation)."""
    spans = []
    for i in tokens_with_words(doc, word_set_ids(rules.HYPHENED_NAME_ARTICLES), (LOWER,)):
        if not 0 < i < len(doc) - 2 or doc[i].whitespace_ or doc[i + 1].text != "-" or doc[i + 1].whitespace_:
            continue
        before, surname = doc[i - 1], doc[i + 2]
        if before.ent_type_ != "PERSON" or (doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "I"):
            continue  # not after a person, or already inside one
        if not (surname.is_alpha and surname.text[:1].isupper()) or before.whitespace_ == "":
            continue
        start = next(e.start for e in doc.ents if e.start <= before.i < e.end)
        spans.append(Span(doc, start, i + 3, label="PERSON"))
    return spans


def name_word(doc: Doc, i: int) -> bool:
    """A word that goes on a styled name: a capitalised word that is no title, date or place
    before it, a hyphen inside an 'Al-' part, or a particle ('bin', 'Al')."""
    token = doc[i]
    if token.text == "-":
        return not token.whitespace_ and i > 0 and not doc[i - 1].whitespace_
    if token.lower_ in rules.NAME_PARTICLES:
        return token.ent_type_ not in ("GPE", "LOC", "FAC")  # not the "Abu" of "Abu Dhabi"
    before = doc[i - 1].lower_ if i > 0 else ""
    # after the style itself, a hyphen or a particle, a word the model took for a place is a name
    joined = before == "-" or before in rules.NAME_PARTICLES or before in rules.ARABIC_NAME_STYLES
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.is_upper
        and token.ent_type_ not in ("DATE", "TIME", "CARDINAL")
        # "Crown Prince Mohammed bin Salman Saudi Arabia's ...": a place after the name ends it,
        # unless a hyphen or particle joins it on ("Al-Sabah")
        and (joined or token.ent_type_ not in ("GPE", "NORP", "LOC"))
        and token.lower_ not in rules.ARABIC_NAME_STYLES
        and not generic_title(token.text)
        and token.lower_ not in rules.NAMED_AFTER_WORDS
        and token.lower_ not in rules.HEADLINE_VERBS
        and token.lower_ not in rules.STYLES
    )


def one_person_entity(span: Span) -> bool:
    """Whether the model already tagged the name after the style as one person."""
    inner = span[1:]
    first: Token = inner[0]
    return first.ent_type_ == "PERSON" and all(
        t.ent_iob_ == "I" and t.ent_type_ == "PERSON" for t in inner[1:]
    )


@Language.factory("styled_name_entities")
def styled_name_entities(nlp: Language, name: str):
    """Tag long styled names as single people, over the fragments the model made of them."""

    def tag(doc: Doc) -> Doc:
        spans = styled_name_spans(doc) + article_surname_spans(doc)
        if spans:
            untouched = [e for e in doc.ents if not any(s.start < e.end and e.start < s.end for s in spans)]
            doc.set_ents(filter_spans(spans + untouched))
        return doc

    return tag
