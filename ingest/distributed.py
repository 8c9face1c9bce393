"""Parse and extract on a Dask cluster, write Parquet shards, load them into DuckDB.

For corpora that outgrow one machine. The work per batch is the same function ingest runs
locally (`Extractor.process` then `to_frames`); Dask only schedules batches. Each batch becomes
one Parquet file per table under SHARDS/<table>/, which `load_shards` writes into the database
through the same store code (whole articles, idempotent). Usage:

    python -m ingest.distributed PATH ... --shards DIR [--db FILE] [--scheduler ADDRESS|processes]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

import dask.bag as db
import pandas as pd

import queries
from ingest.curation import Curation
from ingest.extract import EXTRACTOR_VERSION, ExtractionContext
from ingest.pipeline import Extractor
from ingest.records import Article, SkippedInput
from ingest.sources import discover, read_articles
from ingest.store import COLUMNS, Store, to_frames, writer_lock

TABLES = tuple(COLUMNS)


def extract_files_to_shard(
    files: Iterable[str], shard_dir: str, model_name: str | None, curation_path: str | None
) -> dict:
    """One Dask task: read files, parse and extract, write one shard per table. Returns counts."""
    files = list(files)
    if not files:
        return {"articles": 0, "skipped": []}
    items = list(read_articles(files))
    articles = [item for item in items if isinstance(item, Article)]
    skipped = [str(item) for item in items if isinstance(item, SkippedInput)]
    curation = Curation.from_csv(Path(curation_path) if curation_path else None, missing_ok=True)
    context = ExtractionContext(curation=curation)
    results = Extractor(model_name, context).process(articles) if articles else []
    extractions = [r for r in results if not isinstance(r, SkippedInput)]
    skipped += [str(r) for r in results if isinstance(r, SkippedInput)]
    frames = to_frames(extractions, EXTRACTOR_VERSION)
    shard_id = hashlib.sha256("\n".join(files).encode()).hexdigest()[:16]
    for table, frame in frames.items():
        folder = Path(shard_dir) / table
        folder.mkdir(parents=True, exist_ok=True)
        frame.to_parquet(folder / f"part-{shard_id}.parquet", index=False)
    return {"articles": len(extractions), "skipped": skipped}


def run_on_dask(
    paths: list[str],
    shard_dir: Path,
    *,
    files_per_task: int,
    model_name: str | None,
    curation_path: str | None,
    scheduler: str,
) -> dict:
    """Extract every input into shards on Dask; `scheduler` is a Dask scheduler name or address."""
    files = [str(item) for item in discover(paths) if not isinstance(item, SkippedInput)]
    missing = [str(item) for item in discover(paths) if isinstance(item, SkippedInput)]
    partitions = max(1, -(-len(files) // files_per_task))
    bag = db.from_sequence(files, npartitions=partitions)
    tasks = bag.map_partitions(
        lambda part: [extract_files_to_shard(part, str(shard_dir), model_name, curation_path)]
    )
    if scheduler in ("processes", "threads", "synchronous"):
        results = tasks.compute(scheduler=scheduler)
    else:
        from dask.distributed import Client  # only needed for a real cluster

        with Client(scheduler):
            results = tasks.compute()
    return {
        "articles": sum(r["articles"] for r in results),
        "skipped": missing + [s for r in results for s in r["skipped"]],
    }


def load_shards(shard_dir: Path, store: Store) -> int:
    """Write every shard into the database, one transaction per shard; returns articles loaded."""
    loaded = 0
    for article_file in sorted((shard_dir / "articles").glob("part-*.parquet")):
        frames = {table: read_shard(shard_dir / table / article_file.name, table) for table in TABLES}
        known = store.known_article_ids(frames["articles"]["article_id"].tolist())
        fresh = {table: drop_known(frame, table, known, frames) for table, frame in frames.items()}
        store.write_frames(fresh)
        loaded += len(fresh["articles"])
    store.merge_short_names()
    store.refresh_dashboard()
    return loaded


def read_shard(path: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(path) if path.exists() else pd.DataFrame(columns=COLUMNS[table])


def drop_known(frame: pd.DataFrame, table: str, known: set[str], frames: dict) -> pd.DataFrame:
    """Leave out articles already stored, so loading the same shards twice adds nothing."""
    if not known or frame.empty:
        return frame
    if "article_id" in frame:
        return frame[~frame["article_id"].isin(known)]
    if table == "event_participants":
        events = frames["events"]
        known_events = set(events.loc[events["article_id"].isin(known), "event_id"])
        return frame[~frame["event_id"].isin(known_events)]
    return frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ingest.distributed", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--shards", required=True, help="folder for the Parquet shards")
    parser.add_argument("--db", help="DuckDB file to load the shards into (default as for ingest)")
    parser.add_argument("--model", help="spaCy model name")
    parser.add_argument("--curation", default="data/actors.csv")
    parser.add_argument("--files-per-task", type=int, default=50)
    parser.add_argument(
        "--scheduler",
        default="processes",
        help="processes | threads | synchronous | a dask.distributed address",
    )
    parser.add_argument("--no-load", action="store_true", help="only write shards")
    args = parser.parse_args(argv)
    shard_dir = Path(args.shards)
    result = run_on_dask(
        args.paths,
        shard_dir,
        files_per_task=args.files_per_task,
        model_name=args.model,
        curation_path=args.curation,
        scheduler=args.scheduler,
    )
    print(
        f"extracted {result['articles']} articles into {shard_dir}, {len(result['skipped'])} inputs skipped"
    )
    for reason in result["skipped"]:
        print(f"  skipped {reason}")
    if not args.no_load:
        db_path = queries.resolve_db_path(args.db)
        with writer_lock(db_path, on_wait=lambda message: print(message, file=sys.stderr)):
            loaded = load_shards(shard_dir, Store(db_path))
        print(f"loaded {loaded} new articles into the database")
    return 0


if __name__ == "__main__":
    sys.exit(main())
