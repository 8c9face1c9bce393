"""Shared fixtures: the real spaCy model, a text-to-events helper and an ingest runner."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from ingest.extract import ExtractionContext, extract_article
from ingest.pipeline import load_model
from ingest.records import Article

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
REAL_NEWS = ROOT.parent / "shared" / "devset-real" / "articles"  # beside the project in CI, absent in a clone


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published='2025-10-22') -> Extraction, through the real model and rules."""
    context = ExtractionContext()

    def run(text: str, published: str | None = "2025-10-22"):
        date = dt.date.fromisoformat(published) if published else None
        article = Article(article_id="test", text=text, source_path="test", published_date=date)
        return extract_article(nlp(text), article, context)

    return run


@pytest.fixture(scope="session")
def real_news_db(tmp_path_factory) -> Path:
    """The 40 real articles as published, ingested once by the real CLI; tests only read it."""
    if not REAL_NEWS.is_dir():
        pytest.skip(f"needs the real-news dev set at {REAL_NEWS} (absent outside the project)")
    db = tmp_path_factory.mktemp("real-news") / "events.duckdb"
    result = run_ingest(str(REAL_NEWS), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    return db


def run_ingest(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
