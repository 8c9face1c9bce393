"""Extraction accuracy on annotated article sets, side by side: the own set and real news.

    python bench/accuracy.py [--model NAME] [--show-errors] [--all-errors] [--json]

Runs the real `python -m ingest` on each set into a temporary DuckDB file and scores `v_events`
against the set's `gold.jsonl` (format: ../shared/ANNOTATION.md). When `../shared/devset-real`
is beside the checkout, every set is scored by its `score.py`, the scorer of the held-out sets,
so the figures compare with theirs, and the real set is reported in halves: 281-300 to develop
on, 301-320 to measure only (`--show-errors` lists the first half's errors, `--all-errors` both).
Without ../shared it says so and scores the own set with `bench/own_scorer.py`.
It is a report: the exit status is 0 whatever the scores.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import own_scorer  # noqa: E402

OWN_SET = ROOT / "bench" / "devset"
REAL_SET = ROOT.parent / "shared" / "devset-real"
# The real set's halves: rules are developed on the first and only measured on the second.
DEVELOP_IDS = range(281, 301)
MEASURE_IDS = range(301, 321)
SHARED_METRICS = (
    ("meeting events", "meeting_events"),
    ("meeting pairs", "meeting_pairs"),
    ("visits", "visits"),
    ("ceasefire milestones", "ceasefire"),
)


@dataclass(frozen=True)
class AnnotatedSet:
    """Articles `NNN.txt` and their gold events; `ids` picks a subset (None: every article)."""

    label: str
    folder: Path
    gold_path: Path
    ids: frozenset[str] | None = None
    show_errors: bool = True

    def articles(self) -> list[str]:
        every = sorted(own_scorer.article_key(p) for p in self.folder.glob("*.txt"))
        return [a for a in every if self.ids is None or a in self.ids]


class BenchError(RuntimeError):
    """A set or the ingest run is unusable; the message says what to do."""


def annotated_sets() -> list[AnnotatedSet]:
    sets = [AnnotatedSet("own set (rules built on)", OWN_SET, OWN_SET / "gold.jsonl")]
    if not REAL_SET.is_dir():
        return sets
    articles, gold = REAL_SET / "articles", REAL_SET / "gold.jsonl"
    return sets + [
        AnnotatedSet("real 281-300 (develop)", articles, gold, frozenset(f"{i}" for i in DEVELOP_IDS)),
        AnnotatedSet("real 301-320 (measure)", articles, gold, frozenset(f"{i}" for i in MEASURE_IDS), False),
        AnnotatedSet("real, all 40 articles", articles, gold, None, False),
    ]


def shared_scorer() -> ModuleType | None:
    """The held-out sets' scorer, `../shared/devset-real/score.py`, when it is beside the checkout."""
    path = REAL_SET / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_ingest(folder: Path, db_path: Path, model: str | None) -> float:
    command = [sys.executable, "-m", "ingest", str(folder), "--db", str(db_path), "--quiet"]
    if model:
        command += ["--model", model]
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError(f"ingest of {folder} failed (exit {result.returncode}): {result.stderr[-2000:]}")
    return time.monotonic() - started


def read_gold(path: Path) -> list[dict]:
    if not path.exists():
        raise BenchError(f"no gold file at {path}; a set needs NNN.txt articles and gold.jsonl")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"warning: {path.name}:{number}: malformed JSON ({error.msg}), skipped", file=sys.stderr)
            continue
        if row.get("type") not in own_scorer.EVENT_TYPES or "article" not in row:
            print(f"warning: {path.name}:{number}: no article or unknown type, skipped", file=sys.stderr)
            continue
        row["article"] = own_scorer.article_key(row["article"])
        rows.append(row)
    return rows


def read_predictions(db_path: Path) -> list[dict]:
    """v_events rows, each with 'article' set to its set id (`007.txt` is article '007')."""
    import duckdb

    columns = own_scorer.PREDICTED_COLUMNS
    with duckdb.connect(str(db_path), read_only=True) as con:
        sources = dict(con.execute("SELECT article_id, source_path FROM articles").fetchall())
        cursor = con.execute(f"SELECT {', '.join(columns)} FROM v_events ORDER BY event_id")
        rows = [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]
    for row in rows:
        row["article"] = own_scorer.article_key(sources[row["article_id"]])
    return rows


def as_shared_prediction(row: dict) -> dict:
    """A v_events row in the shape `score.py` reads from a database (its load_pred_duckdb)."""
    return {
        "article": row["article"],
        "type": row["event_type"],
        "date": str(row["event_date"]) if row["event_date"] else None,
        "status": row["status"],
        "location": row["location"],
        "participants": list(row["participants"] or []),
        "phase": row["phase"],
        "milestone": row["milestone"],
        "conflict": row["conflict"],
        "mode": row["mode"],
    }


@dataclass
class SetResult:
    annotated: AnnotatedSet
    gold: list[dict]
    pred: list[dict]
    shared: dict | None  # score.py's result, when it is available

    def figures(self) -> dict[str, dict]:
        if self.shared is not None:
            return {
                label: {k: v for k, v in self.shared[key].items() if k not in ("misses", "false")}
                for label, key in SHARED_METRICS
            }
        report = own_scorer.evaluate(self.gold, self.pred)
        figures = {}
        for label, event_type in (("meeting events", "meeting"), ("visits", "visit")):
            score = report.type_counts(event_type)
            figures[label] = own_figures(score) | {
                "date_acc": own_scorer.field_accuracy(report.matches_of(event_type), "date").value,
                "status_acc": own_scorer.field_accuracy(report.matches_of(event_type), "status").value,
            }
        figures["meeting pairs"] = own_figures(report.metrics["meeting pairs"].score)
        figures["ceasefire milestones"] = own_figures(report.metrics["ceasefire milestones"].score) | {
            "date_acc": own_scorer.field_accuracy(report.matches_of("ceasefire"), "date").value
        }
        return figures


def own_figures(score: own_scorer.Score) -> dict:
    return {
        "precision": score.precision or 0.0,
        "recall": score.recall or 0.0,
        "f1": score.f1 or 0.0,
        "tp": score.tp,
        "fp": score.n_pred - score.tp,
        "fn": score.n_gold - score.tp,
    }


def score_sets(sets: list[AnnotatedSet], model: str | None) -> tuple[list[SetResult], float]:
    """Ingest each folder once, then score every set on its articles."""
    scorer = shared_scorer()
    predictions: dict[Path, list[dict]] = {}
    elapsed = 0.0
    results = []
    with tempfile.TemporaryDirectory(prefix="accuracy-") as tmp:
        for annotated in sets:
            if annotated.folder not in predictions:
                db_path = Path(tmp) / f"set{len(predictions)}.duckdb"
                elapsed += run_ingest(annotated.folder, db_path, model)
                predictions[annotated.folder] = read_predictions(db_path)
            articles = annotated.articles()
            chosen = set(articles)
            gold = [g for g in read_gold(annotated.gold_path) if g["article"] in chosen]
            pred = [p for p in predictions[annotated.folder] if p["article"] in chosen]
            shared = None
            if scorer is not None:
                shared = scorer.score(gold, [as_shared_prediction(p) for p in pred], articles)
            results.append(SetResult(annotated, gold, pred, shared))
    return results, elapsed


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_table(results: list[SetResult]) -> None:
    width = 25
    print(f"{'':<26}" + "".join(f"{r.annotated.label:<{width}}" for r in results))
    print(f"{'':<26}" + "".join(f"{'P / R / F1':<{width}}" for _ in results))
    figures = [r.figures() for r in results]
    for label, _ in SHARED_METRICS:
        cells = []
        for f in figures:
            m = f[label]
            cells.append(f"{fmt(m['precision'])} / {fmt(m['recall'])} / {fmt(m['f1'])}")
        print(f"{label:<26}" + "".join(f"{c:<{width}}" for c in cells))
    for label, metric, key in (
        ("meeting dates right", "meeting events", "date_acc"),
        ("meeting status right", "meeting events", "status_acc"),
        ("visit dates right", "visits", "date_acc"),
        ("ceasefire dates right", "ceasefire milestones", "date_acc"),
    ):
        print(f"{label:<26}" + "".join(f"{fmt(f[metric].get(key)):<{width}}" for f in figures))
    counts = [f"{len(r.gold)} gold, {len(r.pred)} predicted" for r in results]
    print(f"{'events':<26}" + "".join(f"{c:<{width}}" for c in counts))


def describe(event: dict) -> str:
    if event["type"] == "ceasefire":
        return f"ceasefire [{event['conflict']} {event['milestone']} phase={event['phase']}]"
    where = f" @ {event['location']}" if event["location"] else ""
    return f"{event['type']} [{', '.join(event['participants']) or 'no participants'}{where}]"


def quote(text: str, width: int = 220) -> str:
    text = " ".join(text.split())
    return f'"{text[: width - 3]}..."' if len(text) > width else f'"{text}"'


def print_errors(result: SetResult) -> None:
    """What the figures count as missed and false, per article, then wrong attributes."""
    print(f"\n#### errors: {result.annotated.label}")
    lines: dict[str, list[str]] = defaultdict(list)
    if result.shared is not None:
        for label, key in SHARED_METRICS:
            for miss in result.shared[key]["misses"]:
                lines[miss[0]].append(f"  MISS  {label}: {miss[1:]}")
            for false in result.shared[key]["false"]:
                lines[false[0]].append(f"  FALSE {label}: {false[1:]}")
    report = own_scorer.evaluate(result.gold, result.pred)
    for g, p in report.matches:
        for attribute in ("date", "status", "mode"):
            if g[attribute] != p[attribute] and (attribute != "mode" or g["type"] == "meeting"):
                lines[g["article"]].append(
                    f"  WRONG {attribute} on {describe(g)}: gold {g[attribute]}, "
                    f"predicted {p[attribute]} ({p['date_precision']}) "
                    f"{quote(p['evidence'], 140)}"
                )
    for article in sorted(lines):
        print(f"== {article}")
        print("\n".join(lines[article]))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="spaCy model for ingest (default: ingest's default)")
    parser.add_argument(
        "--show-errors", action="store_true", help="list misses, false events and wrong attributes"
    )
    parser.add_argument(
        "--all-errors", action="store_true", help="with --show-errors, list the measure-only half too"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sets = annotated_sets()
    try:
        results, elapsed = score_sets(sets, args.model)
    except BenchError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({r.annotated.label: r.figures() for r in results}))
        return 0
    if results[0].shared is None:
        print(
            f"{REAL_SET} is not beside this checkout: only the own set is scored, by "
            "bench/own_scorer.py (the real-news figures need ../shared/devset-real)\n"
        )
    else:
        print(f"scored by {REAL_SET / 'score.py'} (the held-out sets' scorer); ingest {elapsed:.1f} s\n")
    print_table(results)
    if args.show_errors:
        for result in results:
            if result.annotated.show_errors or (args.all_errors and result.annotated.ids is not None):
                print_errors(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
