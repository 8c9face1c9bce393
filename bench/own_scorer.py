"""The project's own scorer: gold rows and v_events rows in, precision/recall/F1 out.

Pure (lists of dicts in, numbers out), so tests can import it. `bench/accuracy.py` uses it when
`../shared/devset-real/score.py` (the scorer of the held-out sets) is absent, and for the
attribute listing of `--show-errors` (wrong dates, status and mode on matched events).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DEVSET = ROOT / "bench" / "devset"
EVENT_TYPES = ("meeting", "visit", "ceasefire")
LABEL_PREFIXES = ("group:", "org:")
# Words that carry no meaning when comparing 'group:'/'org:' labels.
LABEL_STOP_WORDS = frozenset(
    {"a", "an", "and", "the", "of", "for", "from", "in", "on", "at", "to", "with", "by", "as", "its"}
    | {"their", "his", "her", "our", "other", "some", "several", "two", "three", "four", "five", "many"}
)
PREDICTED_COLUMNS = (
    "event_id",
    "article_id",
    "event_type",
    "event_date",
    "date_precision",
    "status",
    "mode",
    "location",
    "conflict",
    "phase",
    "milestone",
    "evidence",
    "participants",
)


# ---------------------------------------------------------------------------------------------
# Normalising gold rows and v_events rows into one shape


def article_key(value: object) -> str:
    """'7', '007', 7 and 'bench/devset/007.txt' all name article '007'."""
    text = str(value).strip()
    text = re.sub(r":(?:item )?\d+$", "", text)  # JSONL/CSV rows carry ':line'
    stem = Path(text).stem
    return stem.zfill(3) if stem.isdigit() else stem


def iso_date(value: object) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def normalize_event(row: dict) -> dict:
    """A gold row or a v_events row in the common shape the scorers read.

    A predicted date with precision 'article' is the publication date standing in for a date the
    text does not give, so it counts as no date.
    """
    precision = row.get("date_precision")
    date = row.get("date", row.get("event_date"))
    phase = row.get("phase")
    return {
        "id": str(row.get("id") or row.get("event_id") or ""),
        "article": article_key(row.get("article", row.get("article_id", ""))),
        "type": row.get("event_type") or row.get("type"),
        "participants": [p for p in (row.get("participants") or []) if p],
        "date": None if precision == "article" else iso_date(date),
        "date_precision": precision,  # kept as given, so error listings can show 'article'
        "status": row.get("status"),
        "mode": row.get("mode"),
        "location": row.get("location") or None,
        "conflict": row.get("conflict") or None,
        "phase": None if phase in (None, "") else int(phase),
        "milestone": row.get("milestone"),
        "evidence": row.get("evidence") or "",
    }


# ---------------------------------------------------------------------------------------------
# Lenient name matching


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form with punctuation at word edges dropped."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"\w(?:[\w'’-]*\w)?", plain))


def split_label(name: str) -> tuple[str, str]:
    """('label', text) for 'group:'/'org:' names, ('name', name) for people and anything else."""
    lowered = name.strip().lower()
    for prefix in LABEL_PREFIXES:
        if lowered.startswith(prefix):
            return "label", name.strip()[len(prefix) :]
    return "name", name.strip()


def content_words(label: str) -> set[str]:
    words = (w for w in fold(label).split() if w not in LABEL_STOP_WORDS)
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words}


def labels_match(gold: str, predicted: str) -> bool:
    """One label's content words overlap the other's by at least half."""
    a, b = content_words(gold), content_words(predicted)
    if not a or not b:
        return fold(gold) == fold(predicted)
    return len(a & b) * 2 >= min(len(a), len(b))


def names_match(gold: str, predicted: str, gold_people: Iterable[str] = ()) -> bool:
    """Does a predicted participant name the gold one?

    People: equal ignoring case and accents, or the prediction is just the gold's surname and no
    other gold person in the article (`gold_people`) has that surname. 'group:'/'org:' labels
    (either prefix): content words overlap by at least half.
    """
    gold_kind, gold_text = split_label(gold)
    pred_kind, pred_text = split_label(predicted)
    if gold_kind != pred_kind:
        return False
    if gold_kind == "label":
        return labels_match(gold_text, pred_text)
    gold_tokens, pred_tokens = fold(gold_text).split(), fold(pred_text).split()
    if not gold_tokens or not pred_tokens:
        return False
    if gold_tokens == pred_tokens:
        return True
    if len(pred_tokens) == 1 and pred_tokens[0] == gold_tokens[-1]:
        namesakes = {
            fold(name)
            for name in gold_people
            if split_label(name)[0] == "name" and fold(name).split()[-1:] == pred_tokens
        }
        namesakes.add(fold(gold_text))
        return len(namesakes) == 1
    return False


def locations_match(gold: str | None, predicted: str | None) -> bool:
    """Case-insensitive, or one contains the other ('Jerusalem' ~ 'West Jerusalem'); None matches None."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    a, b = fold(gold), fold(predicted)
    return a == b or (bool(a) and bool(b) and (a in b or b in a))


def conflicts_match(gold: str | None, predicted: str | None) -> bool:
    """Case-insensitive; 'India-Pakistan' also matches 'Pakistan-India'."""

    def key(label: str | None) -> tuple[str, ...]:
        return tuple(sorted(fold(label).replace(" ", "-").split("-"))) if label else ()

    return key(gold) == key(predicted)


# ---------------------------------------------------------------------------------------------
# Items scored per metric, and one-to-one matching


@dataclass
class Item:
    """One scored unit (a meeting pair, a visitor at a place, a ceasefire milestone) in one article."""

    article: str
    values: tuple
    evidence: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return " | ".join("-" if v is None else str(v) for v in self.values)


@dataclass(frozen=True)
class Score:
    tp: int
    n_gold: int
    n_pred: int

    @property
    def precision(self) -> float | None:
        return self.tp / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def max_matching(n_left: int, n_right: int, edge: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): {left index: right index}."""
    adjacency = [[j for j in range(n_right) if edge(i, j)] for i in range(n_left)]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adjacency[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def by_article(events: Iterable[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for event in events:
        grouped[event["article"]].append(event)
    return grouped


def gold_people_by_article(gold: Iterable[dict]) -> dict[str, set[str]]:
    people: dict[str, set[str]] = defaultdict(set)
    for event in gold:
        people[event["article"]].update(event["participants"])
    return people


def collect(events: Iterable[dict], event_type: str, units: Callable[[dict], Iterable[tuple]]) -> list[Item]:
    """Deduplicated items of one type, per article, each keeping the evidence of every event stating it."""
    items: dict[tuple, Item] = {}
    for event in events:
        if event["type"] != event_type:
            continue
        for values in units(event):
            key = (event["article"], *(fold(v) if isinstance(v, str) else v for v in values))
            item = items.setdefault(key, Item(event["article"], values))
            if event["evidence"] and event["evidence"] not in item.evidence:
                item.evidence.append(event["evidence"])
    return list(items.values())


def meeting_pair_units(event: dict) -> Iterable[tuple]:
    names = sorted({fold(n): n for n in event["participants"]}.items())
    for i, (_, a) in enumerate(names):
        for _, b in names[i + 1 :]:
            yield (a, b)


def visit_units(event: dict) -> Iterable[tuple]:
    for name in event["participants"]:
        yield (name, event["location"])


def ceasefire_units(event: dict) -> Iterable[tuple]:
    yield (event["conflict"], event["milestone"], event["phase"])


def pair_match(gold: tuple, predicted: tuple, people: set[str]) -> bool:
    (g1, g2), (p1, p2) = gold, predicted
    return (names_match(g1, p1, people) and names_match(g2, p2, people)) or (
        names_match(g1, p2, people) and names_match(g2, p1, people)
    )


def visit_match(gold: tuple, predicted: tuple, people: set[str]) -> bool:
    return names_match(gold[0], predicted[0], people) and locations_match(gold[1], predicted[1])


def ceasefire_match(gold: tuple, predicted: tuple, people: set[str]) -> bool:
    conflict, milestone, phase = gold
    return (
        conflicts_match(conflict, predicted[0])
        and milestone == predicted[1]
        and (phase is None or phase == predicted[2])
    )


METRICS = {
    "meeting pairs": ("meeting", meeting_pair_units, pair_match),
    "visits (visitor, place)": ("visit", visit_units, visit_match),
    "ceasefire milestones": ("ceasefire", ceasefire_units, ceasefire_match),
}


@dataclass
class MetricResult:
    score: Score
    false_negatives: list[Item]
    false_positives: list[Item]


def score_items(gold_items: list[Item], pred_items: list[Item], match, people: dict[str, set[str]]):
    """Match items one-to-one within each article; count the matches."""
    gold_by, pred_by = defaultdict(list), defaultdict(list)
    for item in gold_items:
        gold_by[item.article].append(item)
    for item in pred_items:
        pred_by[item.article].append(item)
    tp, misses, extras = 0, [], []
    for article in sorted(set(gold_by) | set(pred_by)):
        g, p, names = gold_by[article], pred_by[article], people[article]
        pairs = max_matching(
            len(g), len(p), lambda i, j, g=g, p=p, names=names: match(g[i].values, p[j].values, names)
        )
        tp += len(pairs)
        misses += [item for i, item in enumerate(g) if i not in pairs]
        used = set(pairs.values())
        extras += [item for j, item in enumerate(p) if j not in used]
    return MetricResult(Score(tp, len(gold_items), len(pred_items)), misses, extras)


def score_metric(name: str, gold: list[dict], pred: list[dict]) -> MetricResult:
    """Score one of METRICS on normalised gold and predicted events."""
    event_type, units, match = METRICS[name]
    return score_items(
        collect(gold, event_type, units),
        collect(pred, event_type, units),
        match,
        gold_people_by_article(gold),
    )


def score_meeting_pairs(gold: list[dict], pred: list[dict]) -> Score:
    return score_metric("meeting pairs", gold, pred).score


def score_visits(gold: list[dict], pred: list[dict]) -> Score:
    return score_metric("visits (visitor, place)", gold, pred).score


def score_ceasefires(gold: list[dict], pred: list[dict]) -> Score:
    return score_metric("ceasefire milestones", gold, pred).score


# ---------------------------------------------------------------------------------------------
# Event-level matching, for counts and for date/status accuracy


def participant_overlap(gold: dict, pred: dict, people: set[str]) -> int:
    g, p = gold["participants"], pred["participants"]
    return len(max_matching(len(g), len(p), lambda i, j: names_match(g[i], p[j], people)))


def similarity(gold: dict, pred: dict, people: set[str]) -> float:
    """How well a predicted event fits a gold one of the same type; 0 means they cannot match.

    Meetings and visits need a shared participant; ceasefires need the same conflict and
    milestone. Location, phase and date only break ties.
    """
    if gold["type"] == "ceasefire":
        if not (
            conflicts_match(gold["conflict"], pred["conflict"]) and gold["milestone"] == pred["milestone"]
        ):
            return 0.0
        score = 1.0 + (gold["phase"] == pred["phase"])
    else:
        score = float(participant_overlap(gold, pred, people))
        if not score:
            return 0.0
        score += 0.5 * locations_match(gold["location"], pred["location"])
    return score + 0.25 * (gold["date"] == pred["date"])


def match_events(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy best-first matching of predicted to gold events within each article and type."""
    people = gold_people_by_article(gold)
    gold_by, pred_by = by_article(gold), by_article(pred)
    matches = []
    for article in sorted(gold_by):
        candidates = []
        for gi, g in enumerate(gold_by[article]):
            for pi, p in enumerate(pred_by.get(article, [])):
                if g["type"] == p["type"]:
                    fit = similarity(g, p, people[article])
                    if fit > 0:
                        candidates.append((-fit, gi, pi))
        used_gold, used_pred = set(), set()
        for _, gi, pi in sorted(candidates):
            if gi not in used_gold and pi not in used_pred:
                used_gold.add(gi)
                used_pred.add(pi)
                matches.append((gold_by[article][gi], pred_by[article][pi]))
    return matches


@dataclass(frozen=True)
class Accuracy:
    correct: int
    total: int

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


def field_accuracy(matches: list[tuple[dict, dict]], name: str) -> Accuracy:
    """Share of matched events whose predicted `name` equals the gold one (None equals None)."""
    return Accuracy(sum(g[name] == p[name] for g, p in matches), len(matches))


@dataclass
class Report:
    metrics: dict[str, MetricResult]
    matches: list[tuple[dict, dict]]
    gold: list[dict]
    pred: list[dict]

    def type_counts(self, event_type: str) -> Score:
        return Score(
            sum(g["type"] == event_type for g, _ in self.matches),
            sum(e["type"] == event_type for e in self.gold),
            sum(e["type"] == event_type for e in self.pred),
        )

    def matches_of(self, event_type: str | None) -> list[tuple[dict, dict]]:
        return [(g, p) for g, p in self.matches if event_type in (None, g["type"])]


def evaluate(gold_rows: list[dict], pred_rows: list[dict]) -> Report:
    """Everything the report prints, from raw gold rows and raw v_events rows (article keys set)."""
    gold = [normalize_event(row) for row in gold_rows]
    pred = [normalize_event(row) for row in pred_rows]
    metrics = {name: score_metric(name, gold, pred) for name in METRICS}
    return Report(metrics, match_events(gold, pred), gold, pred)
