"""python -m ingest.export: files that load back in DuckDB and pandas with the documented columns."""

import json
import re
import subprocess
import sys

import duckdb
import pandas as pd
import pytest

from tests.conftest import ROOT, query, run_ingest
from tests.web_articles import ARTICLES

DOCS = ROOT / "docs" / "export.md"
VIEWS = ("v_events", "v_occurrences", "v_actors")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    articles = folder / "articles"
    articles.mkdir()
    for number, (title, paragraphs) in enumerate(ARTICLES.items()):
        day = f"2026-03-0{number + 1}"
        (articles / f"{number}.txt").write_text(f"date {day}\n{title}.\n\n" + "\n\n".join(paragraphs))
    path = folder / "events.duckdb"
    result = run_ingest(str(articles), "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def export(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ingest.export", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def documented_columns() -> dict[str, list[str]]:
    """The column names each view's table in docs/export.md lists, in order."""
    columns, view = {}, None
    for line in DOCS.read_text().splitlines():
        if heading := re.match(r"^## (v_\w+)", line):
            view = heading.group(1)
            columns[view] = []
        elif view and (cell := re.match(r"^\| `(\w+)` \|", line)):
            columns[view].append(cell.group(1))
    return columns


def test_the_documentation_lists_every_column_of_every_view_in_order(db):
    documented = documented_columns()
    assert set(documented) == set(VIEWS)
    for view in VIEWS:
        assert documented[view] == [row[0] for row in query(db, f"DESCRIBE {view}")], view


@pytest.mark.parametrize(
    ("file_format", "read_duckdb", "read_pandas"),
    [
        ("csv", "read_csv", lambda path: pd.read_csv(path, dtype={"cameo_code": str})),
        ("parquet", "read_parquet", pd.read_parquet),
        ("jsonl", "read_json", lambda path: pd.read_json(path, lines=True, dtype={"cameo_code": str})),
    ],
)
def test_each_format_loads_back_with_the_documented_columns_and_every_row(
    db, tmp_path, file_format, read_duckdb, read_pandas
):
    result = export("--format", file_format, "--out", str(tmp_path), "--db", str(db))
    assert result.returncode == 0, result.stderr
    documented = documented_columns()
    for view in VIEWS:
        path = tmp_path / f"{view}.{file_format}"
        (rows,) = query(db, f"SELECT count(*) FROM {view}")[0]
        assert f"wrote {path} ({rows:,} rows)" in result.stdout
        frame = read_pandas(path)
        assert list(frame.columns) == documented[view]
        assert len(frame) == rows > 0
        with duckdb.connect() as con:
            loaded = con.execute(f"SELECT * FROM {read_duckdb}(?)", [str(path)])
            assert [column[0] for column in loaded.description] == documented[view]
            assert len(loaded.fetchall()) == rows
    assert not list(tmp_path.glob(".*.partial"))


def test_csv_lists_are_json_arrays_and_the_other_formats_keep_lists(db, tmp_path):
    for file_format in ("csv", "parquet"):
        assert export("--format", file_format, "--out", str(tmp_path), "--db", str(db)).returncode == 0
    stored = dict(query(db, "SELECT event_id, participants FROM v_events"))
    from_csv = pd.read_csv(tmp_path / "v_events.csv", dtype={"cameo_code": str})
    assert {row.event_id: json.loads(row.participants) for row in from_csv.itertuples()} == stored
    from_parquet = pd.read_parquet(tmp_path / "v_events.parquet")
    assert {row.event_id: list(row.participants) for row in from_parquet.itertuples()} == stored
    codes = {
        code for (code,) in query(db, "SELECT DISTINCT cameo_code FROM v_events WHERE cameo_code IS NOT NULL")
    }
    assert set(from_csv["cameo_code"].dropna()) == codes and any(code.startswith("0") for code in codes)


def test_since_keeps_later_events_and_the_actors_in_them(db, tmp_path):
    result = export("--format", "parquet", "--out", str(tmp_path), "--db", str(db), "--since", "2026-03-04")
    assert result.returncode == 0, result.stderr
    events = pd.read_parquet(tmp_path / "v_events.parquet")
    expected = query(db, "SELECT count(*) FROM v_events WHERE event_date >= DATE '2026-03-04'")[0][0]
    assert len(events) == expected > 0
    assert (events["event_date"] >= pd.Timestamp("2026-03-04").date()).all()
    actors = set(pd.read_parquet(tmp_path / "v_actors.parquet")["canonical_name"])
    named = {name for names in events["participants"] for name in names}
    assert named <= actors | {name.split(":", 1)[1] for name in named if ":" in name}
    assert actors < {name for (name,) in query(db, "SELECT canonical_name FROM v_actors")}


def test_a_missing_database_is_a_one_line_error(tmp_path):
    result = export("--format", "csv", "--out", str(tmp_path / "out"), "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"error: no database at {tmp_path / 'none.duckdb'}; run python -m ingest first, or pass --db FILE"
    )


def test_an_unknown_format_is_a_usage_error(tmp_path, db):
    result = export("--format", "xlsx", "--out", str(tmp_path), "--db", str(db))
    assert result.returncode == 2 and "invalid choice: 'xlsx'" in result.stderr
