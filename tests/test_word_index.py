"""The vectorised token lookups of `ingest/word_index.py`, checked against a walk over the tokens,
on sentences written for these tests."""

from spacy.attrs import LOWER

from ingest.word_index import entities, entities_within, tokens_tagged, tokens_with_words, word_ids

TEXT = (
    "The foreign ministers met in Oslo on Monday. Meetings resumed after Store visited Kyiv, "
    "and the talks were meeting expectations."
)


def test_words_are_found_by_form_or_lemma_in_text_order(nlp):
    doc = nlp(TEXT)
    found = tokens_with_words(doc, word_ids({"meet", "talks"}, {"visit"}))
    walked = [t.i for t in doc if {t.lower_, t.lemma_} & {"meet", "talks", "visit"}]
    assert found == walked
    assert {"met", "visited", "talks", "meeting"} <= {doc[i].text for i in found}


def test_one_attribute_alone_can_be_asked(nlp):
    doc = nlp(TEXT)
    by_form = tokens_with_words(doc, word_ids({"meeting"}), attributes=(LOWER,))
    assert [doc[i].text for i in by_form] == ["meeting"]
    assert len(tokens_with_words(doc, word_ids({"meet"}))) >= 2  # 'met', 'meeting' by their lemma


def test_tagged_tokens_skip_the_entity_types_asked(nlp):
    doc = nlp(TEXT)
    assert tokens_tagged(doc, ("PROPN",)) == [t.i for t in doc if t.pos_ == "PROPN"]
    places_left_out = tokens_tagged(doc, ("PROPN",), unless_entity=("GPE",))
    assert places_left_out == [t.i for t in doc if t.pos_ == "PROPN" and t.ent_type_ != "GPE"]
    assert len(places_left_out) < len(tokens_tagged(doc, ("PROPN",)))


def test_an_empty_doc_has_no_tokens(nlp):
    doc = nlp("")
    assert tokens_with_words(doc, word_ids({"meet"})) == []
    assert tokens_tagged(doc, ("VERB",)) == []


def test_cached_entities_are_those_spacy_gives_for_each_doc_and_sentence(nlp):
    first = nlp(TEXT)
    second = nlp("Prime Minister Jonas Gahr Store flew to Warsaw. He met Donald Tusk in the evening.")
    for doc in (first, second, first):  # the cache follows the Doc asked about
        assert [(e.start, e.end, e.label_) for e in entities(doc)] == [
            (e.start, e.end, e.label_) for e in doc.ents
        ]
        for sent in doc.sents:
            assert [(e.start, e.end) for e in entities_within(sent)] == [(e.start, e.end) for e in sent.ents]
    assert {e.text for e in entities(second)} >= {"Warsaw", "Donald Tusk"}


def test_repeated_lookups_on_one_doc_and_then_another_agree_with_a_walk(nlp):
    # the attribute table is kept for the last Doc asked about; a new Doc must not reuse it
    first, second = nlp(TEXT), nlp("Talks in Cairo ended. The envoy met nobody.")
    for doc in (first, first, second, first):
        for words in ({"meet"}, {"talks", "cairo"}, {"zzz-not-a-word"}, {"the", "."}):
            walked = [t.i for t in doc if {t.lower_, t.lemma_} & words]
            assert tokens_with_words(doc, word_ids(words)) == walked
    assert tokens_with_words(first, word_ids(set())) == []


def test_what_is_kept_of_a_doc_is_kept_per_thread(nlp):
    """Ingest parses the next chunk on one thread (its components read words here) while it
    extracts on another: one thread's Doc must not take the place of the other's."""
    import threading

    from ingest.word_index import doc_tables

    extracted, parsed = nlp("Ruto met Museveni in Kampala."), nlp("Lula visited Rome.")
    doc_tables(extracted)["mark"] = "extracted"
    other_thread = threading.Thread(target=lambda: doc_tables(parsed).update(mark="parsed"))
    other_thread.start()
    other_thread.join()
    assert doc_tables(extracted) == {"mark": "extracted"}
    assert [e.text for e in entities(extracted)] == [e.text for e in extracted.ents]
