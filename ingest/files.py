"""Find input files in folders and open them: links, special files, compression, size limits.

Why apart from the format readers: a broken link, a link loop, a named pipe, a gzip bomb or a
52 MB line must each become one SkippedInput or InputError with its reason, before any
reader holds the bytes; the readers then see plain bounded bytes whatever the file was.
"""

from __future__ import annotations

import bz2
import errno
import gzip
import lzma
import os
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ingest.records import SkippedInput

COMPRESSED_OPENERS: dict[str, Callable[[Path], BinaryIO]] = {
    ".gz": gzip.open,
    ".bz2": bz2.open,
    ".xz": lzma.open,
}
ARCHIVE_SUFFIXES = {".zip", ".tar", ".tgz", ".tbz2", ".txz", ".7z", ".rar"}
# A stream may grow this much when decompressed; more is a decompression bomb, not a corpus.
MAX_DECOMPRESSION_RATIO = 100
MIN_DECOMPRESSED_LIMIT = 50_000_000
DISCARD_CHUNK_BYTES = 1 << 20
# What decompressors raise on corrupt or cut-off data (besides OSError).
DECOMPRESSION_ERRORS = (EOFError, zlib.error, lzma.LZMAError, gzip.BadGzipFile)


class InputError(ValueError):
    """An input cannot be turned into an article; the message says why, fit to print."""


def shown(path: str | Path) -> str:
    """A path fit to print on one line and to store: undecodable bytes of its name become
    U+FFFD, control characters (a newline or a terminal escape in a name) their escapes."""
    text = os.fsencode(path).decode("utf-8", errors="replace")
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in text)


def compression_suffix(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return suffix if suffix in COMPRESSED_OPENERS else None


def format_suffix(path: Path) -> str:
    """The suffix that names the format: '.jsonl' for both feed.jsonl and feed.jsonl.gz."""
    inner = path.with_suffix("") if compression_suffix(path) else path
    return inner.suffix.lower()


def discover(paths: Iterable[str | Path], formats: set[str]) -> Iterator[Path | SkippedInput]:
    """Expand files and folders (recursively, in name order) into input files of `formats`;
    every link, special file or archive that cannot be read is a SkippedInput with the reason.
    Files of other types inside folders are left alone; hidden files and folders too."""
    seen_folders: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        problem = path_problem(path)
        if problem:
            yield SkippedInput(shown(path), problem)
        elif path.is_dir():
            yield from walk(path, formats, seen_folders)
        else:
            yield path


def path_problem(path: Path) -> str | None:
    """Why `path` cannot be read as a file or folder, or None when it can."""
    try:
        status = path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the link leads back to itself)"
        if path.is_symlink():
            return f"broken symbolic link (points to {shown(os.readlink(path))}, which does not exist)"
        if error.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot read: {error.strerror or error}"
    if stat.S_ISDIR(status.st_mode) or stat.S_ISREG(status.st_mode):
        return None
    return f"not a regular file ({special_kind(status.st_mode)}); not read"


def special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def walk(root: Path, formats: set[str], seen_folders: set[tuple[int, int]]) -> Iterator[Path | SkippedInput]:
    """Depth first, without recursion (a folder may nest thousands deep); a folder reached a
    second time through a link is reported, not read again, so link loops end."""
    stack: list[tuple[Path, tuple[Path, ...]]] = [(root, ())]
    while stack:
        path, ancestors = stack.pop()
        if path is not root:
            problem = path_problem(path)
            if problem:
                yield SkippedInput(shown(path), problem)
                continue
        if not path.is_dir():
            yield from file_in_folder(path, formats)
            continue
        status = path.stat()
        key = (status.st_dev, status.st_ino)
        if key in seen_folders:
            loop = next((a for a in ancestors if a.samefile(path)), None)
            reason = (
                f"symbolic link loop (leads back to {shown(loop)}); not followed"
                if loop is not None
                else "folder already read (through a link, or given twice); not read again"
            )
            yield SkippedInput(shown(path), reason)
            continue
        seen_folders.add(key)
        try:
            names = sorted(entry.name for entry in os.scandir(path))
        except OSError as error:
            yield SkippedInput(shown(path), f"cannot list folder: {error.strerror or error}")
            continue
        children = [path / name for name in names if not name.startswith(".")]
        stack.extend((child, (*ancestors, path)) for child in reversed(children))


def file_in_folder(path: Path, formats: set[str]) -> Iterator[Path | SkippedInput]:
    if format_suffix(path) in formats:
        yield path
    elif path.suffix.lower() in ARCHIVE_SUFFIXES or format_suffix(path) in ARCHIVE_SUFFIXES:
        yield SkippedInput(shown(path), "archives are not read; unpack it and pass the folder")
    elif compression_suffix(path):
        yield SkippedInput(
            shown(path),
            f"compressed file of an unsupported type {format_suffix(path) or '(none)'}; expected one of "
            f"{', '.join(sorted(formats))} before {compression_suffix(path)}",
        )


def open_input(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in .gz, .bz2 or .xz."""
    compression = compression_suffix(path)
    return COMPRESSED_OPENERS[compression](path) if compression else path.open("rb")


def read_limited(path: Path, limit: int, what: str, advice: str) -> bytes:
    """The whole (decompressed) file, or InputError when it holds more than `limit` bytes."""
    size = None if compression_suffix(path) else path.stat().st_size
    if size is None or size <= limit:
        with open_input(path) as handle:
            data = handle.read(limit + 1)
        if len(data) <= limit:
            return data
    amount = f"is {size / 1e6:.1f} MB" if size else f"decompresses to over {limit / 1e6:.0f} MB"
    raise InputError(f"file {amount}, too large for {what} (limit {limit / 1e6:.0f} MB); {advice}")


def stream_limit(path: Path) -> int | None:
    """How many decompressed bytes a streamed file may yield; None for an uncompressed file."""
    if not compression_suffix(path):
        return None
    return max(MIN_DECOMPRESSED_LIMIT, MAX_DECOMPRESSION_RATIO * path.stat().st_size)


def numbered_lines(
    handle, max_line_bytes: int, max_total_bytes: int | None = None
) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of a binary stream; a line longer than
    `max_line_bytes` comes as None and is skipped in chunks, never held whole in memory."""
    total = 0
    number = 0
    while line := handle.readline(max_line_bytes + 1):
        number += 1
        total += len(line)
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(DISCARD_CHUNK_BYTES)) and not rest.endswith(b"\n"):
                total += len(rest)
            total += len(rest)
            line = None
        if max_total_bytes is not None and total > max_total_bytes:
            raise InputError(
                f"decompresses to over {max_total_bytes / 1e6:,.0f} MB, more than "
                f"{MAX_DECOMPRESSION_RATIO} times its size: not read past line {number}"
            )
        yield number, line
