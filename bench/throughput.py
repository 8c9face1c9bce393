"""Measure ingest throughput against the bare spaCy limit, re-run speed and peak memory.

On one synthetic corpus (bench/corpus.py) and one model, for each --workers value:
  (a) spaCy alone: `nlp.pipe(texts, n_process=W)` with the components ingest loads;
  (b) the whole `python -m ingest DIR --db fresh.duckdb --workers W`, as a subprocess, with the
      peak RSS of its process tree.
Then a re-run of ingest over the already-ingested corpus (hash check, no parse), and the peak RSS
of ingest at two corpus sizes, to show memory stays flat. Each timing is the median of --repeats.

    python bench/throughput.py --quick                 # 200 articles, 1 repeat: a few minutes
    python bench/throughput.py                         # 2000 articles, 3 repeats (see bench/README.md)
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import generate  # noqa: E402

PARSE_BATCH = 32  # the chunk size ingest hands to nlp.pipe (ingest.__main__.CHUNK_SIZE)
RSS_SAMPLE_SECONDS = 0.05
RERUN_TARGET = 20.0
QUICK = {"n": 200, "repeats": 1, "rss_sizes": [50, 200]}


@dataclass
class IngestRun:
    seconds: float
    new: int
    present: int
    peak_rss_mb: float  # largest single process in the tree (wait4 ru_maxrss)
    peak_tree_mb: float  # sum over the tree, sampled from /proc
    cpu_seconds: float  # user + system time of the whole tree (wait4)


def median(values: list[float]) -> float:
    return statistics.median(values)


# ---------------------------------------------------------------------------------------------
# Memory of a process tree


def process_rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(root: int) -> list[int]:
    """`root` and every process below it, from the parent links in /proc/*/stat."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry))
    tree, stack = [], [root]
    while stack:
        pid = stack.pop()
        tree.append(pid)
        stack += children.get(pid, [])
    return tree


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process tree until stopped; keeps the peak."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kb = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(RSS_SAMPLE_SECONDS):
            total = sum(process_rss_kb(pid) for pid in descendants(self.pid))
            self.peak_kb = max(self.peak_kb, total)


# ---------------------------------------------------------------------------------------------
# The two measurements


def run_ingest(corpus: Path, db: Path, workers: int, model: str | None) -> IngestRun:
    """`python -m ingest` as a child; its rusage (wait4) gives the largest process's peak RSS in its tree."""
    command = [sys.executable, "-m", "ingest", str(corpus), "--db", str(db), "--workers", str(workers)]
    command += ["--quiet"] + (["--model", model] if model else [])
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        child = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err, text=True)
        sampler = TreeSampler(child.pid)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.monotonic() - started
        sampler.done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode != 0:
        raise RuntimeError(f"ingest failed (exit {child.returncode}): {stderr.strip()[-2000:]}")
    counts = re.search(r"articles: (\d+) new, (\d+) already present", stdout)
    if counts is None:
        raise RuntimeError(f"cannot read the ingest summary:\n{stdout}")
    return IngestRun(
        seconds,
        int(counts.group(1)),
        int(counts.group(2)),
        usage.ru_maxrss / 1024,
        max(sampler.peak_kb, usage.ru_maxrss) / 1024,
        usage.ru_utime + usage.ru_stime,
    )


def corpus_texts(corpus: Path) -> list[str]:
    """The cleaned article texts ingest would parse, read the way ingest reads them."""
    from ingest.records import Article
    from ingest.sources import read_articles

    return [item.text for item in read_articles([corpus]) if isinstance(item, Article)]


def bare_spacy_seconds(nlp, texts: list[str], workers: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process and the workers nlp.pipe starts) of parsing `texts`."""
    started, cpu_started = time.monotonic(), cpu_seconds_so_far()
    for _ in nlp.pipe(texts, batch_size=PARSE_BATCH, n_process=workers):
        pass
    return time.monotonic() - started, cpu_seconds_so_far() - cpu_started


def cpu_seconds_so_far() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


# ---------------------------------------------------------------------------------------------
# The run


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles in the corpus (default 2000)")
    parser.add_argument("--words", type=int, default=500, help="words per article (default 500)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the median is shown")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default 1 2)")
    parser.add_argument(
        "--rss-sizes",
        type=int,
        nargs=2,
        default=[500, 5000],
        metavar=("SMALL", "LARGE"),
        help="corpus sizes for the flat-memory check (default 500 5000)",
    )
    parser.add_argument("--model", help="spaCy model (default: ingest's default)")
    parser.add_argument("--quick", action="store_true", help="n=200, repeats=1, rss sizes 50 200")
    parser.add_argument("--workdir", type=Path, help="where corpora and databases go (default: a temp dir)")
    args = parser.parse_args(argv)
    if args.quick:
        args.n, args.repeats, args.rss_sizes = QUICK["n"], QUICK["repeats"], QUICK["rss_sizes"]
    if min(args.n, args.repeats, args.words, *args.workers, *args.rss_sizes) < 1:
        parser.error("all counts must be positive")
    return args


def make_corpus(workdir: Path, n: int, args: argparse.Namespace) -> Path:
    folder = workdir / f"corpus-{n}-seed{args.seed}-w{args.words}"
    if not folder.exists():
        log(f"generating {n} articles into {folder}")
        generate(n, args.seed, folder, args.words)
    return folder


def fresh_db(workdir: Path, name: str) -> Path:
    path = workdir / f"{name}.duckdb"
    for stale in (path, path.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    return path


def run(args: argparse.Namespace, workdir: Path) -> None:
    from ingest.pipeline import load_model, resolve_model

    model = resolve_model(args.model)
    load_before = os.getloadavg()[0]
    corpus = make_corpus(workdir, args.n, args)
    texts = corpus_texts(corpus)
    n_articles, n_words = len(texts), sum(len(text.split()) for text in texts)
    if n_articles != args.n:
        raise RuntimeError(f"{corpus} holds {n_articles} readable articles, not {args.n}; delete it")
    nlp = load_model(model)
    log(f"corpus: {n_articles} articles, {n_words:,} words; model {model} ({', '.join(nlp.pipe_names)})")

    rows = []
    first_run_seconds: list[float] = []
    rerun_db = None
    for workers in args.workers:
        bare, full, rss, tree, bare_cpu, full_cpu = [], [], [], [], [], []
        for repeat in range(args.repeats):
            wall, cpu = bare_spacy_seconds(nlp, texts, workers)
            bare.append(wall)
            bare_cpu.append(cpu)
            db = fresh_db(workdir, f"throughput-w{workers}")
            result = run_ingest(corpus, db, workers, model)
            if result.new != n_articles:
                raise RuntimeError(f"ingest stored {result.new} articles, expected {n_articles}")
            full.append(result.seconds)
            full_cpu.append(result.cpu_seconds)
            rss.append(result.peak_rss_mb)
            tree.append(result.peak_tree_mb)
            log(
                f"workers {workers} run {repeat + 1}/{args.repeats}: spaCy {bare[-1]:.1f} s "
                f"(CPU {bare_cpu[-1]:.1f} s), ingest {full[-1]:.1f} s (CPU {full_cpu[-1]:.1f} s), "
                f"peak RSS {rss[-1]:.0f} MB (tree {tree[-1]:.0f} MB)"
            )
            if workers == args.workers[0]:
                first_run_seconds.append(result.seconds)
                rerun_db = db
        medians = [median(values) for values in (bare, full, rss, tree, bare_cpu, full_cpu)]
        rows.append((workers, *medians))

    reruns = []
    for _ in range(args.repeats):
        result = run_ingest(corpus, rerun_db, args.workers[0], model)
        if result.new != 0 or result.present != n_articles:
            raise RuntimeError(f"re-run parsed {result.new} articles; expected all {n_articles} present")
        reruns.append(result.seconds)
    log(f"re-run: {median(reruns):.2f} s")

    memory = []
    for size in args.rss_sizes:
        result = run_ingest(make_corpus(workdir, size, args), fresh_db(workdir, f"rss-{size}"), 1, model)
        memory.append((size, result))
        log(f"{size} articles: peak RSS {result.peak_rss_mb:.0f} MB, {result.seconds:.1f} s")

    print_table(args, model, n_articles, n_words, rows, median(first_run_seconds), median(reruns), memory)
    print(
        f"1-minute load average {load_before:.1f} before the run ({os.cpu_count()} CPUs): "
        "other busy processes slow every figure down; compare runs on an idle machine."
    )


def print_table(args, model, n_articles, n_words, rows, first_seconds, rerun_seconds, memory) -> None:
    print(
        f"\ncorpus: {n_articles} articles, {n_words:,} words (seed {args.seed}); model {model}; "
        f"median of {args.repeats} run(s); {os.cpu_count()} CPUs"
    )
    print(
        f"\n{'measurement':<28} {'workers':>7} {'seconds':>8} {'articles/s':>10} {'words/s':>9} "
        f"{'ingest/spaCy':>12} {'CPU s':>7} {'CPU ratio':>9} {'peak RSS MB':>11} {'tree RSS MB':>11}"
    )
    for workers, bare, full, rss, tree, bare_cpu, full_cpu in rows:
        print(
            f"{'spaCy nlp.pipe only':<28} {workers:>7} {bare:>8.1f} {n_articles / bare:>10.1f} "
            f"{n_words / bare:>9,.0f} {'':>12} {bare_cpu:>7.1f} {'':>9} {'':>11} {'':>11}"
        )
        print(
            f"{'python -m ingest':<28} {workers:>7} {full:>8.1f} {n_articles / full:>10.1f} "
            f"{n_words / full:>9,.0f} {bare / full:>12.2f} {full_cpu:>7.1f} {bare_cpu / full_cpu:>9.2f} "
            f"{rss:>11.0f} {tree:>11.0f}"
        )
    speedup = first_seconds / rerun_seconds
    verdict = "ok" if speedup >= RERUN_TARGET else f"below the {RERUN_TARGET:.0f}x target"
    print(
        f"\nre-run over the ingested corpus (workers {args.workers[0]}): {rerun_seconds:.2f} s vs "
        f"{first_seconds:.1f} s first run: {speedup:.1f}x faster ({verdict})"
    )
    (small, small_run), (large, large_run) = memory
    print(
        f"peak RSS by corpus size (workers 1): {small} articles {small_run.peak_rss_mb:.0f} MB, "
        f"{large} articles {large_run.peak_rss_mb:.0f} MB: ratio "
        f"{large_run.peak_rss_mb / small_run.peak_rss_mb:.2f} for {large / small:.0f}x the articles"
    )
    print(
        "\ningest seconds are wall time of the whole command (interpreter start, model load, reading, "
        "parsing, extraction, DuckDB writes); spaCy seconds are nlp.pipe alone on a loaded model. "
        "With one worker ingest parses the next chunk on a thread while it extracts this one, so its "
        "wall time can hide extraction on a second core; CPU s (user + system, all processes) and CPU "
        "ratio (spaCy's CPU over ingest's) count the work itself. "
        "peak RSS: the largest process of the ingest tree; tree RSS: all its processes summed (sampled)."
    )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        if args.workdir:
            args.workdir.mkdir(parents=True, exist_ok=True)
            run(args, args.workdir)
        else:
            with tempfile.TemporaryDirectory(prefix="throughput-") as workdir:
                run(args, Path(workdir))
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
