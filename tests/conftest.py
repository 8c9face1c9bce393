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


def run_ingest(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout
    )


def query(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
