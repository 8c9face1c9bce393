"""The pages shown instead of the dashboard, each saying in one line why and what to do: no
database yet, a file that cannot be one, a read model to build or rebuild, ingest busy; and the
form that ingests uploaded articles with the real CLI.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import streamlit as st

from dashboard_data import Data
from dashboard_text import escape_markdown

PROJECT_DIR = Path(__file__).resolve().parent
UPLOAD_TYPES = ["txt", "jsonl", "json", "csv", "tsv", "html", "htm"]
TITLE = "Who met whom"


def run_ingest(files: list, db_path: Path) -> subprocess.CompletedProcess:
    """Save the uploads to a temporary folder and run the real ingest CLI over it."""
    db_path = db_path.resolve()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="upload-") as folder:
        for upload in files:
            (Path(folder) / Path(upload.name).name).write_bytes(upload.getvalue())
        command = [sys.executable, "-m", "ingest", folder, "--db", str(db_path)]
        return subprocess.run(command, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=3600)


def upload_form(data: Data) -> None:
    files = st.file_uploader(
        "Articles (.txt, .jsonl, .json, .csv, .html)",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="uploads",
    )
    if st.button("Ingest uploaded articles", type="primary", disabled=not files):
        data.release()
        with st.spinner("Extracting events from the uploaded articles…"):
            result = run_ingest(files, data.path)
        st.session_state.ingest_log = (result.returncode, result.stdout + result.stderr)
        if result.returncode == 0:
            st.rerun()
    if "ingest_log" in st.session_state:
        code, log = st.session_state.ingest_log
        (st.success if code == 0 else st.error)(
            "Ingest finished." if code == 0 else f"Ingest failed (exit status {code})."
        )
        st.code(log.strip() or "(no output)", language="text")


def setup_page(data: Data, reason: str, command: str) -> None:
    """Nothing to show yet: why, the command that fixes it, and the upload form."""
    st.title(TITLE)
    st.info(f"{reason} Build it from news articles, then reload this page:")
    st.code(command, language="bash")
    st.markdown("Or upload articles and ingest them from here:")
    upload_form(data)


def unusable_page(problem: str) -> None:
    """The --db file cannot be an events database: one line, no traceback, no upload form (an
    upload would fail on the same file)."""
    st.title(TITLE)
    st.error(escape_markdown(problem))


def busy_page(data: Data) -> None:
    """Ingest holds the file and this view was not cached before it started."""
    st.warning(
        f"Ingest is writing to `{data.path}` right now and this view was not shown before it started: "
        "it appears once the write is done."
    )
    st.button("Reload", type="primary")
