"""python -m ingest.export --format csv|parquet|jsonl --out DIR [--since DATE] [--db FILE]:
write the public views v_events, v_occurrences and v_actors to files with DuckDB's own COPY,
for pandas, R, spreadsheets or GDELT-style pipelines. Column meanings: docs/export.md.

CSV has no lists, so there the list columns (participants, evidence, article_ids) are JSON
arrays in a text cell; Parquet and JSON Lines keep them as lists. Each file is written beside
its final name and renamed when complete, so a reader never sees half a file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

import queries

VIEWS = ("v_events", "v_occurrences", "v_actors")
# format → (file suffix, COPY options); constants, never user input
FORMATS = {
    "csv": ("csv", "FORMAT csv, HEADER"),
    "parquet": ("parquet", "FORMAT parquet"),
    "jsonl": ("jsonl", "FORMAT json"),
}


def export(db_path: Path, out_dir: Path, file_format: str, since: dt.date | None = None) -> dict[Path, int]:
    """Write each view to `out_dir`; returns the rows written per file."""
    suffix, options = FORMATS[file_format]
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[Path, int] = {}
    con = queries.connect(db_path, read_only=True)
    try:
        for view in VIEWS:
            select = queries.load(f"export_{view}").strip().rstrip(";")
            if file_format == "csv":
                select = lists_as_json(con, select, since)
            target = out_dir / f"{view}.{suffix}"
            partial = target.with_name(f".{target.name}.partial")
            (rows,) = con.execute(
                f"COPY (\n{select}\n) TO $path ({options})", {"since": since, "path": str(partial)}
            ).fetchone()
            os.replace(partial, target)
            written[target] = rows
    finally:
        con.close()
    return written


def lists_as_json(con, select: str, since: dt.date | None) -> str:
    """Wrap `select` so that its LIST columns come out as JSON arrays."""
    columns = con.execute(f"DESCRIBE (\n{select}\n)", {"since": since}).fetchall()
    lists = [name for name, column_type, *_ in columns if column_type.endswith("[]")]
    if not lists:
        return select
    replaced = ", ".join(f'to_json("{name}")::VARCHAR AS "{name}"' for name in lists)
    return f"SELECT * REPLACE ({replaced}) FROM (\n{select}\n)"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ingest.export",
        description="Write v_events, v_occurrences and v_actors as CSV, Parquet or JSON Lines files.",
    )
    parser.add_argument("--format", required=True, choices=sorted(FORMATS), help="file format")
    parser.add_argument(
        "--out", required=True, metavar="DIR", help="folder for the files (created if needed)"
    )
    parser.add_argument(
        "--since",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="only events dated on or after this day, and the actors taking part in them",
    )
    parser.add_argument("--db", help="DuckDB file (default: $EVENTS_DB, else data/events.duckdb)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    db_path = queries.resolve_db_path(args.db)
    if not db_path.is_file():
        print(
            f"error: no database at {db_path}; run python -m ingest first, or pass --db FILE", file=sys.stderr
        )
        return 1
    try:
        written = export(db_path, Path(args.out), args.format, args.since)
    except queries.DatabaseBusy as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path, rows in written.items():
        print(f"wrote {path} ({rows:,} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
