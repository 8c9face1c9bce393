"""The curation file: every problem is an error or a warning naming the file and line."""

import re

import pytest

from ingest.curation import Curation, CurationError
from ingest.records import Actor
from tests.conftest import run_ingest

HEADER = "alias,canonical_name,kind,country\n"


def load(tmp_path, body: str | bytes, header: str = HEADER):
    path = tmp_path / "actors.csv"
    if isinstance(body, bytes):
        path.write_bytes(body)
    else:
        path.write_text(header + body, encoding="utf-8")
    return Curation.from_csv(path), str(path)


def curated(curation, name, kind="person"):
    actor = curation.apply(Actor(canonical_name=name, kind=kind))
    return actor and (actor.canonical_name, actor.kind, actor.country)


def test_renames_merges_and_drops_with_comments_and_blank_lines(tmp_path):
    curation, _ = load(tmp_path, "# a comment\n\nBibi,Benjamin Netanyahu,person,Israel\nJohn Doe,,,\n")
    assert curation.warnings == ()
    assert curated(curation, "bibi") == ("Benjamin Netanyahu", "person", "Israel")
    assert curated(curation, "John Doe") is None
    assert curated(curation, "Anna Berg") == ("Anna Berg", "person", None)


def test_latin1_file_is_read_with_a_warning_and_its_accented_aliases_apply(tmp_path):
    curation, path = load(
        tmp_path, (HEADER + "José Luis,José Luis Rodríguez,person,Spain\n").encode("latin-1")
    )
    assert curation.warnings == (f"{path}: not UTF-8; read as cp1252 (save it as UTF-8 to be sure)",)
    assert curated(curation, "José Luis") == ("José Luis Rodríguez", "person", "Spain")


def test_aliases_match_names_written_with_invisible_or_fullwidth_characters(tmp_path):
    curation, _ = load(tmp_path, "\uff22\uff49\uff42\uff49\u200f,Benjamin Netanyahu,person,\n")
    assert curated(curation, "Bibi") == ("Benjamin Netanyahu", "person", None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary file"),
        (b"name,canonical_name\nBibi,Benjamin Netanyahu\n", "missing alias in 'name,canonical_name'"),
        (
            b"Bibi,Benjamin Netanyahu,person,Israel\n",
            "no header row (found 'Bibi,Benjamin Netanyahu,person,Israel')",
        ),
        (b'"alias,canonical_name\n', "malformed header"),
    ],
    ids=["binary", "wrong columns", "no header", "broken header"],
)
def test_a_file_that_cannot_be_used_is_one_error_naming_it(tmp_path, content, message):
    path = tmp_path / "actors.csv"
    path.write_bytes(content)
    with pytest.raises(CurationError, match=re.escape(message)) as error:
        Curation.from_csv(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


def test_missing_file_is_an_error_unless_it_is_the_optional_default(tmp_path):
    with pytest.raises(CurationError, match="no such file or folder"):
        Curation.from_csv(tmp_path / "missing.csv")
    assert Curation.from_csv(tmp_path / "missing.csv", missing_ok=True).entries == {}
    with pytest.raises(CurationError, match="is a folder"):
        Curation.from_csv(tmp_path)


def test_bad_rows_are_warnings_with_their_line_and_the_good_rows_apply(tmp_path):
    curation, path = load(
        tmp_path,
        "Bibi,Benjamin Netanyahu,person,Israel\n"  # line 2
        "bibi,Someone Else,person,\n"  # 3: duplicate alias
        '"Abu Mazen,Mahmoud Abbas,person,Palestine\n'  # 4: unclosed quote
        "Erdogan,Recep Tayyip Erdogan,persn,Turkey\n"  # 5: unknown kind
        "Tomas,Tomas Vik,person,Norway,extra\n"  # 6: too many fields
        ",Nobody,person,\n"  # 7: no alias
        "Sisi,Abdel Fattah al-Sisi,person,Egypt\n",  # 8
    )
    assert list(curation.warnings) == [
        f"{path}:3: alias 'bibi' is already given on line 2; row ignored",
        f"{path}:4: malformed row (unexpected end of data; an unclosed quote?); row ignored",
        f"{path}:5: unknown kind 'persn' (expected person, org, place, group); row ignored",
        f"{path}:6: 5 fields but the header has 4; row ignored",
        f"{path}:7: no alias; row ignored",
    ]
    assert curated(curation, "Bibi")[0] == "Benjamin Netanyahu"
    assert curated(curation, "Sisi")[0] == "Abdel Fattah al-Sisi"
    assert curated(curation, "Abu Mazen")[0] == "Abu Mazen"  # the unclosed quote ate nothing else


def test_rename_chains_are_followed_and_cycles_are_left_out(tmp_path):
    curation, path = load(
        tmp_path,
        "A One,B Two,person,\n"  # 2
        "B Two,A One,person,\n"  # 3: cycle with line 2
        "C Three,A One,,\n"  # 4: leads into the cycle
        "Bibi,Netanyahu,,Israel\n"  # 5: chain Bibi -> Netanyahu -> Benjamin Netanyahu
        "Netanyahu,Benjamin Netanyahu,person,\n",  # 6
    )
    assert curation.warnings == (
        f"{path}: lines 2, 3: renames form a cycle (A One -> B Two -> A One); these rows ignored",
    )
    assert curated(curation, "A One") == ("A One", "person", None)
    assert curated(curation, "B Two") == ("B Two", "person", None)
    assert curated(curation, "C Three") == ("A One", "person", None)
    assert curated(curation, "Bibi") == ("Benjamin Netanyahu", "person", "Israel")


def test_unknown_columns_warn_and_an_empty_file_warns(tmp_path):
    curation, path = load(
        tmp_path,
        "Bibi,Benjamin Netanyahu,person,Israel,x\n",
        header="alias,canonical_name,kind,country,note\n",
    )
    assert curation.warnings == (
        f"{path}:1: unknown column 'note' ignored (columns: alias,canonical_name,kind,country)",
    )
    assert curated(curation, "Bibi")[0] == "Benjamin Netanyahu"
    empty, path = load(tmp_path, b"")
    assert empty.warnings == (f"{path}: empty file; no actor edits applied",)


def test_cli_stops_on_an_unusable_curation_file_and_prints_row_warnings(tmp_path):
    db = tmp_path / "x.duckdb"
    missing = run_ingest(str(tmp_path), "--db", str(db), "--curation", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"error: curation file {tmp_path / 'nope.csv'}: no such file or folder"
    assert not db.exists()  # nothing was written
    curation = tmp_path / "actors.csv"
    curation.write_text(HEADER + "Erdogan,Recep Tayyip Erdogan,persn,Turkey\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "President Anna Berg met Prime Minister Tomas Vik in Oslo on Monday."
    )
    warned = run_ingest(str(tmp_path / "in"), "--db", str(db), "--curation", str(curation))
    assert warned.returncode == 0, warned.stderr
    assert f"warning: {curation}:2: unknown kind 'persn'" in warned.stderr
    assert "1 new" in warned.stdout
