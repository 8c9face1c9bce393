"""What a database path names, read from the file's first bytes before DuckDB opens it.

Why: DuckDB answers a wrong file with a long traceback, and for a SQLite file it tries to
download its sqlite extension. These checks give one line saying what is wrong and what to do,
and leave the file untouched. A truncated DuckDB file opens (and takes writes) as if whole
until a query reaches a missing block: `truncation` compares its size with the blocks its
tables use, and `failure` words DuckDB's errors about such a file.
"""

from __future__ import annotations

import os
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"
DUCKDB_MAGIC = b"DUCK"  # bytes 8-11 of a DuckDB file, after the header's checksum
HEADERS_SIZE = 3 * 4096  # a DuckDB file's main header and two database headers, then its blocks
DAMAGE_SIGNS = ("Could not read enough bytes", "Corrupt database file")  # in DuckDB's errors
DAMAGED_ADVICE = "restore it from a backup, or rebuild it with python -m ingest PATH... --db NEW_FILE"


def problem(path: Path, *, writing: bool) -> str | None:
    """Why `path` cannot be used as a DuckDB database (to write, if `writing`), or None."""
    if path.is_dir():
        return f"{path} is a folder, not a database file: pass a file path such as {path / 'events.duckdb'}"
    if not path.exists():
        return unwritable(path) if writing else None
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        return f"cannot read {path}: {error.strerror}"
    if head.startswith(SQLITE_MAGIC):
        return f"{path} is a SQLite database, not a DuckDB one: pass a DuckDB file (a new path creates one)"
    if head[8:12] != DUCKDB_MAGIC:
        kind = "an empty file" if not head else "not a DuckDB database"
        return f"{path} is {kind}: pass a DuckDB file, or a new path to create one"
    return unwritable(path) if writing else None


def unwritable(path: Path) -> str | None:
    """Why the database (with its .wal beside it) cannot be written or created here, or None."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"cannot create {path}: {folder} is a file, not a folder"
    for place in (path, folder) if path.exists() else (folder,):
        if not os.access(place, os.W_OK):
            reason = "the file system is read-only" if read_only_mount(place) else "permission denied"
            return f"cannot write {path}: {reason}; pass --db with a path in a folder you can write to"
    return None


def read_only_mount(path: Path) -> bool:
    return bool(os.statvfs(path).f_flag & os.ST_RDONLY)


def truncation(path: Path, last_block: int, block_size: int) -> str | None:
    """Why a database whose tables use blocks up to number `last_block` is cut short, or None."""
    needed = HEADERS_SIZE + (last_block + 1) * block_size
    size = path.stat().st_size
    if size >= needed:
        return None
    return (
        f"{path} is truncated ({size:,} of at least {needed:,} bytes; a copy cut short or a full "
        f"disk): {DAMAGED_ADVICE}"
    )


def failure(path: Path, doing: str, message: str) -> str:
    """One line for DuckDB's error `message` while `doing` something with the file at `path`."""
    if is_damage(message):
        return f"{path} is damaged ({message}): {DAMAGED_ADVICE}"
    return f"{doing} {path} failed: {message}"


def is_damage(message: str) -> bool:
    """Whether DuckDB's error message says the file itself is damaged."""
    return any(sign in message for sign in DAMAGE_SIGNS)
