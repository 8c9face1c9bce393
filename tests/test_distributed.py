"""The Dask path: shards written by local Dask workers load into the same database rows."""

import shutil

from ingest.distributed import main as distributed_main
from tests.conftest import SAMPLE, query, run_ingest

EVENTS = "SELECT event_type, event_date, status, location, participants FROM v_events ORDER BY ALL"


def test_dask_shards_match_local_ingest_and_reload_adds_nothing(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in (
        "001_gaza_netanyahu_white_house.txt",
        "009_gaza_vance_netanyahu_presser.txt",
        "wire_feed_a.jsonl",
        "gaza_sharm_talks_open.html",
    ):
        shutil.copy(SAMPLE / name, corpus / name)
    local_db, dask_db, shards = tmp_path / "local.duckdb", tmp_path / "dask.duckdb", tmp_path / "shards"
    assert run_ingest(str(corpus), "--db", str(local_db)).returncode == 0
    args = [str(corpus), "--shards", str(shards), "--db", str(dask_db), "--files-per-task", "2"]
    assert distributed_main([*args, "--scheduler", "processes"]) == 0
    assert len(list((shards / "events").glob("part-*.parquet"))) == 2
    assert query(dask_db, EVENTS) == query(local_db, EVENTS)
    assert distributed_main([*args, "--scheduler", "synchronous"]) == 0
    assert query(dask_db, "SELECT count(*) FROM articles") == query(local_db, "SELECT count(*) FROM articles")
