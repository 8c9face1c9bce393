"""The accuracy scorer on hand-made gold/prediction lists, and the synthetic corpus generator."""

import hashlib
import json

import pytest

from bench import corpus
from bench import own_scorer as accuracy
from ingest.records import Article
from ingest.sources import read_articles


def gold(article, kind, participants=(), **fields):
    return {"article": article, "type": kind, "participants": list(participants), **fields}


def pred(article, kind, participants=(), **fields):
    return {"article": article, "event_type": kind, "participants": list(participants), **fields}


def score(name, gold_rows, pred_rows):
    normalize = accuracy.normalize_event
    return accuracy.score_metric(
        name, [normalize(r) for r in gold_rows], [normalize(r) for r in pred_rows]
    ).score


# --- meeting pairs


def test_meeting_pairs_count_every_unordered_pair_once_per_article():
    gold_rows = [gold("001", "meeting", ["Benjamin Netanyahu", "Jared Kushner", "Steve Witkoff"])]
    pred_rows = [
        pred("001", "meeting", ["Steve Witkoff", "Benjamin Netanyahu"]),
        pred("001", "meeting", ["Benjamin Netanyahu", "Steve Witkoff"]),  # same pair again
        pred("001", "meeting", ["Benjamin Netanyahu", "Donald Trump"]),
    ]
    result = score("meeting pairs", gold_rows, pred_rows)
    assert (result.tp, result.n_gold, result.n_pred) == (1, 3, 2)
    assert result.precision == 0.5
    assert result.recall == pytest.approx(1 / 3)
    assert result.f1 == pytest.approx(0.4)


def test_surname_matches_gold_full_name_only_when_the_article_has_one_such_person():
    gold_rows = [gold("001", "meeting", ["JD Vance", "Benjamin Netanyahu"])]
    assert score("meeting pairs", gold_rows, [pred("001", "meeting", ["vance", "Netanyahu"])]).tp == 1
    ambiguous = gold_rows + [gold("001", "meeting", ["Usha Vance", "Sara Netanyahu"])]
    assert (
        score("meeting pairs", ambiguous, [pred("001", "meeting", ["Vance", "Benjamin Netanyahu"])]).tp == 0
    )


def test_pairs_match_only_within_the_same_article():
    gold_rows = [gold("001", "meeting", ["A One", "B Two"])]
    result = score("meeting pairs", gold_rows, [pred("002", "meeting", ["A One", "B Two"])])
    assert (result.tp, result.precision, result.recall) == (0, 0.0, 0.0)


def test_group_and_org_labels_match_when_content_words_overlap_by_half():
    assert accuracy.names_match("group:relatives of Israeli hostages", "group:Israeli hostage families")
    assert accuracy.names_match("org:Hamas delegation", "org:Hamas")
    assert not accuracy.names_match("org:Hamas delegation", "org:Egyptian intelligence officials")
    assert not accuracy.names_match("org:Hamas", "Hamas")  # a label never matches a person


def test_names_ignore_case_and_accents():
    assert accuracy.names_match("Félix Tshisekedi", "felix TSHISEKEDI")
    assert not accuracy.names_match("Félix Tshisekedi", "Félix")


def test_no_predictions_leaves_precision_undefined():
    result = score("meeting pairs", [gold("001", "meeting", ["A One", "B Two"])], [])
    assert (result.precision, result.recall, result.f1) == (None, 0.0, None)


# --- visits


def test_visit_location_matches_leniently_and_none_only_matches_none():
    gold_rows = [
        gold("001", "visit", ["JD Vance"], location="Israel"),
        gold("001", "visit", ["Marco Rubio"], location="Jerusalem"),
        gold("001", "visit", ["Steve Witkoff"], location=None),
    ]
    pred_rows = [
        pred("001", "visit", ["JD Vance"], location="ISRAEL"),
        pred("001", "visit", ["Marco Rubio"], location="West Jerusalem"),
        pred("001", "visit", ["Steve Witkoff"], location="Gaza"),
    ]
    result = score("visits (visitor, place)", gold_rows, pred_rows)
    assert (result.tp, result.precision, result.recall) == (2, 2 / 3, 2 / 3)


def test_each_visitor_is_one_tuple():
    gold_rows = [gold("001", "visit", ["Jared Kushner", "Steve Witkoff"], location="Israel")]
    result = score(
        "visits (visitor, place)", gold_rows, [pred("001", "visit", ["Witkoff"], location="Israel")]
    )
    assert (result.tp, result.n_gold, result.n_pred) == (1, 2, 1)
    assert (result.precision, result.recall) == (1.0, 0.5)


# --- ceasefires


def test_ceasefire_phase_must_agree_only_when_gold_states_one():
    gold_rows = [
        gold("001", "ceasefire", conflict="Gaza", milestone="took_effect", phase=1),
        gold("001", "ceasefire", conflict="Gaza", milestone="violated", phase=None),
        gold("001", "ceasefire", conflict="Lebanon", milestone="agreed", phase=None),
    ]
    pred_rows = [
        pred("001", "ceasefire", conflict="gaza", milestone="took_effect", phase=2),
        pred("001", "ceasefire", conflict="Gaza", milestone="violated", phase=1),
        pred("001", "ceasefire", conflict="Lebanon", milestone="talks", phase=None),
        pred("001", "ceasefire", conflict="Lebanon", milestone="agreed", phase=None),
    ]
    result = score("ceasefire milestones", gold_rows, pred_rows)
    assert (result.tp, result.precision, result.recall) == (2, 0.5, 2 / 3)


def test_conflict_labels_ignore_case_and_side_order():
    assert accuracy.conflicts_match("India-Pakistan", "pakistan-india")
    assert not accuracy.conflicts_match("Gaza", "Lebanon")


# --- event matching, dates and status


def test_event_matching_prefers_best_participant_overlap_then_scores_date_and_status():
    gold_rows = [
        gold("001", "meeting", ["A One", "B Two", "C Three"], date="2025-10-20", status="occurred"),
        gold("001", "meeting", ["A One", "D Four"], date=None, status="planned"),
    ]
    pred_rows = [
        pred("001", "meeting", ["A One", "D Four"], event_date="2025-10-24", date_precision="article"),
        pred("001", "meeting", ["A One", "B Two", "C Three"], event_date="2025-10-19", date_precision="day"),
    ]
    for row in pred_rows:
        row["status"] = "occurred"
    report = accuracy.evaluate(gold_rows, pred_rows)
    pairs = {tuple(g["participants"]): tuple(p["participants"]) for g, p in report.matches}
    assert pairs == {
        ("A One", "B Two", "C Three"): ("A One", "B Two", "C Three"),
        ("A One", "D Four"): ("A One", "D Four"),
    }
    # 'article' precision counts as no date, which matches the gold's null date.
    assert accuracy.field_accuracy(report.matches, "date") == accuracy.Accuracy(1, 2)
    assert accuracy.field_accuracy(report.matches, "status") == accuracy.Accuracy(1, 2)


def test_type_counts_and_unmatched_events():
    gold_rows = [
        gold("001", "visit", ["JD Vance"], location="Israel"),
        gold("001", "ceasefire", conflict="Gaza", milestone="agreed"),
    ]
    pred_rows = [
        pred("001", "visit", ["JD Vance"], location="Egypt"),  # same visitor: still the same event
        pred("001", "meeting", ["JD Vance", "Benjamin Netanyahu"]),
        pred("001", "ceasefire", conflict="Gaza", milestone="violated"),
    ]
    report = accuracy.evaluate(gold_rows, pred_rows)
    visits, meetings, ceasefires = (report.type_counts(t) for t in ("visit", "meeting", "ceasefire"))
    assert (visits.tp, visits.n_gold, visits.n_pred) == (1, 1, 1)
    assert (meetings.tp, meetings.n_gold, meetings.n_pred) == (0, 0, 1)
    assert (ceasefires.tp, ceasefires.n_gold, ceasefires.n_pred) == (0, 1, 1)


def test_article_keys_from_paths_numbers_and_rows():
    assert accuracy.article_key("bench/devset/007.txt") == "007"
    assert accuracy.article_key(7) == "007"
    assert accuracy.article_key("/x/feed.jsonl:12") == "feed"


# --- corpus generator


def tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_corpus_is_deterministic_by_seed(tmp_path):
    corpus.generate(30, 7, tmp_path / "a", words=120)
    corpus.generate(30, 7, tmp_path / "b", words=120)
    corpus.generate(30, 8, tmp_path / "c", words=120)
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")
    assert tree_digest(tmp_path / "a") != tree_digest(tmp_path / "c")


def test_corpus_writes_every_format_and_ingest_reads_every_article(tmp_path):
    summary = corpus.generate(40, 1, tmp_path, words=150)
    assert summary.articles == 40
    assert {k for k, v in summary.records.items() if v} == {"txt", "jsonl", "csv", "html"}
    assert sorted(p.suffix for p in tmp_path.glob("*.*")) == [".csv", ".jsonl"]
    first_txt = next(tmp_path.rglob("*.txt")).read_text(encoding="utf-8")
    assert first_txt.startswith("date 20") and first_txt.split("\n")[1] == ""
    record = json.loads(next(tmp_path.glob("*.jsonl")).read_text(encoding="utf-8").splitlines()[0])
    assert {"title", "published", "body"} <= set(record)
    articles = list(read_articles([tmp_path]))
    assert all(isinstance(a, Article) for a in articles)
    assert len({a.article_id for a in articles}) == 40
    assert all(a.published_date is not None for a in articles)
    assert sum(len(a.text.split()) for a in articles) >= 40 * 150


def test_corpus_refuses_a_folder_that_is_not_empty(tmp_path):
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(ValueError, match="not empty"):
        corpus.generate(1, 0, tmp_path)


def test_accuracy_report_scores_a_set_through_the_real_ingest(tmp_path):
    from bench.accuracy import AnnotatedSet, score_sets

    (tmp_path / "001.txt").write_text(
        "date 2025-03-04\n\nForeign Minister Anna Berg met Prime Minister Tomas Vik in Oslo on Monday.\n",
        encoding="utf-8",
    )
    gold = {
        "article": "001", "type": "meeting", "participants": ["Anna Berg", "Tomas Vik"],
        "date": "2025-03-03", "date_precision": "day", "location": "Oslo", "status": "occurred",
        "mode": "in_person", "evidence": "", "id": "001-0",
    }  # fmt: skip
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    results, _ = score_sets([AnnotatedSet("tiny", tmp_path, tmp_path / "gold.jsonl")], None)
    figures = results[0].figures()
    assert figures["meeting events"]["tp"] == 1
    assert figures["meeting events"]["fp"] == 0
    assert figures["meeting events"]["date_acc"] == 1.0
