"""Finding and opening input files: links, loops, special files, compression, size limits."""

import gzip
import io
import os
from pathlib import Path

import pytest

from ingest.files import InputError, discover, format_suffix, numbered_lines, read_limited, shown
from ingest.records import SkippedInput

FORMATS = {".txt", ".jsonl"}


def found(*paths):
    """(files found, {name: reason} of skips) from discover()."""
    items = list(discover(paths, FORMATS))
    files = [p.name for p in items if not isinstance(p, SkippedInput)]
    skips = {s.location.rsplit("/", 1)[-1]: s.reason for s in items if isinstance(s, SkippedInput)}
    return files, skips


def test_folders_are_walked_in_name_order_without_hidden_files_or_other_types(tmp_path):
    for name in ["b/2.txt", "a/1.jsonl", "a.txt", ".git/x.txt", "notes.md", "c/.hidden.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert found(tmp_path) == (["1.jsonl", "a.txt", "2.txt"], {})


def test_broken_links_link_loops_and_special_files_are_named(tmp_path):
    (tmp_path / "broken.txt").symlink_to("nowhere.txt")
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "sub" / "ok.txt").write_text("x")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    files, skips = found(tmp_path)
    assert files == ["ok.txt"]
    assert skips == {
        "broken.txt": "broken symbolic link (points to nowhere.txt, which does not exist)",
        "self.txt": "symbolic link loop (the link leads back to itself)",
        "up": f"symbolic link loop (leads back to {tmp_path}); not followed",
        "pipe.txt": "not a regular file (a named pipe); not read",
        "zero.txt": "not a regular file (a device); not read",
    }


def test_paths_on_the_command_line_get_the_same_checks(tmp_path):
    (tmp_path / "broken.txt").symlink_to("nowhere.txt")
    (tmp_path / "notes.md").write_text("x")
    files, skips = found(tmp_path / "broken.txt", tmp_path / "missing.txt", tmp_path / "notes.md")
    assert files == ["notes.md"]  # an explicit path is read whatever its type, and named if it fails
    assert skips["missing.txt"] == "no such file or folder"
    assert skips["broken.txt"].startswith("broken symbolic link")


def test_a_folder_given_twice_or_linked_twice_is_read_once(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "alias").symlink_to("real")
    files, skips = found(tmp_path, tmp_path / "real")
    assert files == ["a.txt"]
    assert set(skips) == {"real"} and "already read" in skips["real"]


def test_compressed_files_are_found_by_their_inner_type_and_archives_are_named(tmp_path):
    for name in ["feed.jsonl.gz", "story.txt.xz", "report.pdf.gz", "bundle.zip", "bundle.tar.gz"]:
        (tmp_path / name).write_bytes(b"x")
    files, skips = found(tmp_path)
    assert files == ["feed.jsonl.gz", "story.txt.xz"]
    assert format_suffix(tmp_path / "feed.jsonl.gz") == ".jsonl"
    assert "unsupported type .pdf" in skips["report.pdf.gz"]
    assert (
        "archives are not read" in skips["bundle.zip"] and "archives are not read" in skips["bundle.tar.gz"]
    )


def test_folders_nested_thousands_deep_are_walked(tmp_path):
    depth = 1200  # deeper than Python's recursion limit; the path stays under PATH_MAX
    levels = [tmp_path / Path(*["d"] * n) for n in range(1, depth + 1)]
    for level in levels:
        level.mkdir()
    (levels[-1] / "leaf.txt").write_text("x")
    try:
        assert found(tmp_path) == (["leaf.txt"], {})
    finally:  # shutil.rmtree, which pytest cleans up with, recurses once per level
        (levels[-1] / "leaf.txt").unlink()
        for level in reversed(levels):
            level.rmdir()


def test_names_with_control_characters_or_undecodable_bytes_print_on_one_line(tmp_path):
    assert shown("odd\nname\x1b[31m.txt") == "odd\\nname\\x1b[31m.txt"
    assert shown(os.fsdecode(b"caf\xe9.txt")) == "caf\ufffd.txt"


def test_read_limited_refuses_large_files_and_decompression_bombs_without_reading_them(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(3_000_000)
    with pytest.raises(InputError, match=r"file is 3.0 MB, too large for one article \(limit 1 MB\); split"):
        read_limited(big, 1_000_000, "one article", "split it")
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"x" * 3_000_000))
    with pytest.raises(InputError, match="decompresses to over 1 MB"):
        read_limited(bomb, 1_000_000, "one article", "split it")


def test_lines_over_the_limit_are_skipped_without_holding_them(tmp_path):
    stream = io.BytesIO(b"short\n" + b"x" * 5000 + b"\nlast")
    assert list(numbered_lines(stream, max_line_bytes=100)) == [(1, b"short\n"), (2, None), (3, b"last")]


def test_a_stream_growing_past_its_total_limit_stops_with_the_line_it_reached():
    stream = io.BytesIO(b"line\n" * 100)
    with pytest.raises(InputError, match="not read past line 21"):
        list(numbered_lines(stream, max_line_bytes=100, max_total_bytes=100))
