"""Hostile inputs: write every kind of bad or awkward input we know of into a temporary folder,
ingest it with the real CLI into a real DuckDB file, and check what happened to each kind.

Bad inputs must each be skipped with one line naming the file (and line or row) and why; good
inputs in the same batch (UTF-16, Latin-1, gzip, names full of invisible characters, short
briefs, ...) must all be stored. Nothing is committed as a blob: every file is generated here.

    .venv/bin/python bench/hostile.py [--tiny-files 10000] [--keep DIR]

Prints how many kinds were tried, how many bad kinds were skipped with a reason, and whether
any good article was lost; exits 1 when a kind misbehaved. tests/test_hostile.py runs the same.
"""

from __future__ import annotations

import argparse
import bz2
import codecs
import gzip
import json
import lzma
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BIG_LINE_BYTES = 52_000_000
PEOPLE = [
    ("Anna", "Berg"),
    ("Tomas", "Vik"),
    ("Lena", "Moreau"),
    ("Pavel", "Novak"),
    ("Ines", "Duarte"),
    ("Omar", "Haddad"),
    ("Yuki", "Tanaka"),
    ("Karin", "Holm"),
    ("Dario", "Conti"),
    ("Mira", "Petrova"),
    ("Femi", "Okafor"),
    ("Sofia", "Lind"),
]
CITIES = ["Oslo", "Riga", "Vienna", "Lisbon", "Nairobi", "Hanoi", "Quito", "Tunis", "Bern", "Dakar"]
COUNTRIES = ["Norwegian", "Latvian", "Austrian", "Portuguese", "Kenyan", "Chilean", "Tunisian", "Swiss"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def story(n: int) -> str:
    """An invented one-paragraph article, different for every n."""
    first, second = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 5 + 1) % len(PEOPLE)]
    city, day = CITIES[n % len(CITIES)], WEEKDAYS[n % len(WEEKDAYS)]
    return (
        f"President {first[0]} {first[1]} met Prime Minister {second[0]} {second[1]} in {city} on "
        f"{day} to discuss trade and security, officials said after round {n} of the talks ended."
    )


def brief(n: int) -> str:
    """An invented wire brief of about 27 words: datelines, titles and names, few function words."""
    first, second = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 7 + 3) % len(PEOPLE)]
    return (
        f"{CITIES[n % len(CITIES)].upper()}, Oct {n % 28 + 1} (Wire) - {COUNTRIES[n % len(COUNTRIES)]} "
        f"Foreign Minister {first[0]} {first[1]} met {COUNTRIES[(n + 3) % len(COUNTRIES)]} Prime Minister "
        f"{second[0]} {second[1]} in {CITIES[(n + 4) % len(CITIES)]} on {WEEKDAYS[n % 5]}, "
        f"ministry spokesperson number {n} said."
    )


@dataclass
class Kind:
    """One kind of input: the article texts it must store and the skips it must report, each
    as (location relative to the input folder, a fragment of the reason)."""

    name: str
    good: list[str] = field(default_factory=list)
    skips: list[tuple[str, str]] = field(default_factory=list)
    explicit: list[str] = field(default_factory=list)  # paths (relative) passed on the command line
    duplicates: int = 0  # files whose text another file already holds ("already present")


class Batch:
    """The input folder being written and the kinds in it; each text is unique by a counter."""

    def __init__(self, root: Path):
        self.root = root
        self.folder = root / "in"
        self.folder.mkdir(parents=True)
        self.counter = 0
        self.kinds: list[Kind] = []

    def next_story(self) -> str:
        self.counter += 1
        return story(self.counter)

    def put(self, relative: str | bytes, data: bytes | str, encoding: str = "utf-8") -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(self.folder), os.fsencode(relative))))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
        return path

    def good_file(self, name: str, relative: str, encode: Callable[[str], bytes]) -> None:
        text = self.next_story()
        self.put(relative, encode(text))
        self.kinds.append(Kind(name, good=[text]))

    def bad_file(self, name: str, relative: str, data: bytes | str, reason: str) -> None:
        self.put(relative, data)
        self.kinds.append(Kind(name, skips=[(relative, reason)]))

    def jsonl(self, records: list) -> str:
        return "".join(json.dumps(record) + "\n" for record in records)


def good_kinds(batch: Batch, *, tiny_files: int) -> None:
    """Inputs that look odd but hold articles: every one must be stored."""
    utf8 = str.encode
    batch.good_file("plain UTF-8 text", "plain.txt", utf8)
    batch.good_file("UTF-8 with a byte-order mark", "bom8.txt", lambda t: codecs.BOM_UTF8 + t.encode())
    batch.good_file("UTF-16 LE with BOM", "u16le.txt", lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"))
    batch.good_file("UTF-16 BE with BOM", "u16be.txt", lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"))
    batch.good_file("UTF-32 with BOM", "u32.txt", lambda t: t.encode("utf-32"))
    batch.good_file("UTF-16 without BOM", "u16bare.txt", lambda t: t.encode("utf-16-le"))
    batch.good_file(
        "CRLF line ends, date header", "crlf.txt", lambda t: f"date 2025-10-20\r\n\r\n{t}\r\n".encode()
    )
    batch.good_file("old Mac CR line ends", "cr.txt", lambda t: f"date 2025-10-20\r\r{t}\r".encode())
    batch.good_file("gzip text", "zipped.txt.gz", lambda t: gzip.compress(t.encode()))
    batch.good_file(
        "text with stray NUL and control bytes", "nul.txt", lambda t: t.replace(" ", " \x00", 2).encode()
    )
    batch.good_file("folder named like a file", "folder.txt/inner.txt", utf8)
    batch.good_file("folder named like a JSONL file", "feed.jsonl/inner.txt", utf8)
    batch.good_file("200 nested folders", "/".join(["deep"] * 200) + "/leaf.txt", utf8)
    batch.good_file("file name with a newline and an escape", b"odd\nname\x1b[31m.txt", utf8)
    batch.good_file("file name that is not UTF-8", b"caf\xe9.txt", utf8)

    accented = batch.next_story().replace("trade", "trade in Zürich and the café sector")
    batch.put("latin1.txt", accented.encode("latin-1"))
    batch.kinds.append(Kind("Latin-1 text", good=[accented]))
    quoted = batch.next_story().replace("officials said", "officials said “talks went well” – and it’s true")
    batch.put("cp1252.txt", quoted.encode("cp1252"))
    batch.kinds.append(Kind("Windows-1252 quotes and dashes", good=[quoted]))

    plain = batch.next_story()
    disguised = (
        plain.replace("President ", "President \u200f")
        .replace(" met", "\u2060 met")
        .replace("Prime Minister ", "Prime Minister \u202e")
        .replace(" in ", "\u202c in ", 1)
        .replace("e", "e\u00ad", 1)
        .replace("a", "a\u200d", 1)
    )
    batch.put("invisible/plain.txt", plain)
    batch.put("invisible/disguised.txt", disguised)
    batch.kinds.append(Kind("invisible characters beside names", good=[plain], duplicates=1))
    look_alike = batch.next_story()
    first, last = look_alike.split()[1:3]
    fullwidth = "".join(chr(ord(c) + 0xFEE0) for c in first)
    bold = "".join(chr(0x1D400 + ord(c) - 65) if c.isupper() else chr(0x1D41A + ord(c) - 97) for c in last)
    batch.put("lookalike.txt", look_alike.replace(f"{first} {last}", f"{fullwidth} {bold}"))
    batch.kinds.append(Kind("fullwidth and math-bold names", good=[look_alike]))

    outside = batch.root / "outside" / "real.txt"
    outside.parent.mkdir()
    linked = batch.next_story()
    outside.write_text(linked)
    (batch.folder / "link.txt").symlink_to(outside)
    batch.kinds.append(Kind("link to a file outside the folder", good=[linked]))

    one_brief = brief(0)
    batch.put("brief.txt", one_brief)
    briefs = [brief(n) for n in range(1, 26)]
    batch.put("briefs.jsonl", batch.jsonl([{"text": b, "date": "2025-10-21"} for b in briefs]))
    batch.kinds.append(Kind("short English wire brief", good=[one_brief]))
    batch.kinds.append(Kind("JSONL of 25 short briefs", good=briefs))

    texts = [batch.next_story() for _ in range(2)]
    batch.put("feed.jsonl.gz", gzip.compress(batch.jsonl([{"text": t} for t in texts]).encode()))
    batch.kinds.append(Kind("gzip JSONL", good=texts))
    texts = [batch.next_story() for _ in range(2)]
    batch.put("feed.jsonl.xz", lzma.compress(batch.jsonl([{"text": texts[0]}]).encode()))
    batch.put("feed.jsonl.bz2", bz2.compress(batch.jsonl([{"text": texts[1]}]).encode()))
    batch.kinds.append(Kind("xz and bz2 JSONL", good=texts))
    texts = [batch.next_story() for _ in range(2)]
    batch.put("crlf.jsonl", "".join(json.dumps({"text": t}) + "\r\n" for t in texts))
    batch.kinds.append(Kind("JSONL with CRLF", good=texts))
    texts = [batch.next_story() for _ in range(2)]
    batch.put("mixed.jsonl", json.dumps({"text": texts[0]}).encode() + b"\n")
    texts[1] = texts[1].replace("trade", "trade in Zürich")
    with (batch.folder / "mixed.jsonl").open("ab") as handle:
        handle.write(('{"text": "' + texts[1] + '"}\n').encode("latin-1"))
    batch.kinds.append(Kind("UTF-8 and Latin-1 lines in one JSONL", good=texts))

    text = batch.next_story()
    export = {
        "status": "ok",
        "articles": [
            {
                "content": text,
                "title": ["Part one", "Part two"],
                "source": {"id": None, "name": "Wire"},
                "url": ["https://example.org/a", "https://example.org/b"],
                "publishedAt": 1760918400,
            }
        ],
    }
    batch.put("export.json", json.dumps(export))
    batch.kinds.append(Kind("API export with nested values", good=[text]))
    paragraphs = [batch.next_story(), batch.next_story()]
    batch.put("paragraphs.jsonl", batch.jsonl([{"body": paragraphs}]))
    batch.kinds.append(Kind("text as a list of paragraphs", good=["\n\n".join(paragraphs)]))
    text = batch.next_story()
    batch.put("surrogates.jsonl", '{"text": "' + text + ' \\ud800\\u0000", "title": "T\\udfff\\u0000"}\n')
    batch.kinds.append(Kind("lone surrogates and NUL escapes in JSON", good=[text]))
    odd_dates = ["1e400", "NaN", "-5", "true", '{"$date": "x"}', '"31/31/2025"', "1" + "0" * 30]
    texts = [batch.next_story() for _ in odd_dates]
    batch.put(
        "dates.jsonl",
        "".join(f'{{"text": {json.dumps(t)}, "date": {d}}}\n' for t, d in zip(texts, odd_dates, strict=True)),
    )
    batch.kinds.append(Kind("odd date values", good=texts))
    texts = [batch.next_story() for _ in range(2)]
    batch.put("pretty.json", codecs.BOM_UTF8 + json.dumps([{"text": t} for t in texts], indent=2).encode())
    batch.kinds.append(Kind("pretty JSON list with a BOM", good=texts))
    texts = [batch.next_story() for _ in range(2)]
    batch.put("lines.json", batch.jsonl([{"text": t} for t in texts]))
    batch.kinds.append(Kind("JSONL saved as .json", good=texts))
    text = batch.next_story()
    batch.put("bom.csv", codecs.BOM_UTF8 + f'text,date\r\n"{text}",2025-10-21\r\n'.encode())
    batch.kinds.append(Kind("CSV with a BOM in the header", good=[text]))
    text = batch.next_story()
    batch.put("sheet.tsv", f"title\ttext\r\nSheet\t{text}\r\n".encode("utf-16"))
    batch.kinds.append(Kind("UTF-16 TSV from a spreadsheet", good=[text]))
    text = batch.next_story()
    batch.put("loopdir/good.txt", text)
    os.symlink("..", batch.folder / "loopdir" / "up")
    batch.kinds.append(Kind("folder link loop", good=[text], skips=[("loopdir/up", "symbolic link loop")]))


def bad_kinds(batch: Batch, *, tiny_files: int) -> None:
    """Inputs that hold no usable article: each must be one line naming it and why."""
    rng = random.Random(11)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    batch.bad_file("random bytes", "random.txt", noise, "binary file")
    batch.bad_file("zero-byte file", "zero.txt", b"", "empty file")
    batch.bad_file("whitespace only", "blank.txt", " \n\t\n", "empty file")
    batch.bad_file("all NUL bytes", "nuls.txt", b"\x00" * 4096, "binary file (NUL bytes)")
    batch.bad_file("PNG named .txt", "image.txt", b"\x89PNG\r\n\x1a\n" + noise, "binary file")
    batch.bad_file("random bytes as JSONL", "random.jsonl", noise, "binary file")
    batch.bad_file("deeply nested JSON", "deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply")
    batch.bad_file("JSON that is a number", "number.json", "42", "expected a JSON object or a list")
    batch.bad_file("JSON that is a string", "string.json", '"news"', "expected a JSON object or a list")
    batch.bad_file("empty JSON list", "empty.json", "[]", "holds no records")
    batch.bad_file(
        "JSONL of non-articles",
        "labels.jsonl",
        batch.jsonl([{"id": i} for i in range(30)]),
        "not a file of articles",
    )
    batch.bad_file("CSV without a text column", "notext.csv", "title,summary\nT,S\n", "no text column")
    batch.bad_file("CSV header only", "header.csv", "text,date\n", "holds no records")
    batch.bad_file("empty HTML", "empty.html", "", "empty file")
    batch.bad_file(
        "HTML with only scripts",
        "scripts.html",
        "<html><head><script>var a = 1;</script></head><body><script>go()</script></body></html>",
        "no article text",
    )
    batch.bad_file(
        "HTML without body text",
        "bare.html",
        "<html><head><title>Talks</title></head><body></body></html>",
        "no article text",
    )
    batch.bad_file("oversized article", "big.txt", "word " * 250_000, "over the 200,000 limit")
    batch.bad_file(
        "not English",
        "spanish.txt",
        "El ministro de Asuntos Exteriores se reunió el martes en Madrid con su homólogo para hablar "
        "de la cooperación en materia migratoria, según informaron fuentes del Gobierno.",
        "not English",
    )
    batch.bad_file("too short", "tiny.txt", "Talks resumed.", "no article text")
    batch.bad_file("corrupt gzip", "corrupt.txt.gz", noise, "corrupt or cut-off compressed file")
    batch.bad_file("gzip of nothing", "nothing.txt.gz", gzip.compress(b""), "empty file")
    batch.bad_file(
        "gzip of an unsupported type", "report.pdf.gz", gzip.compress(b"%PDF-1.4"), "unsupported type"
    )
    batch.bad_file("gzip bomb", "bomb.jsonl.gz", gzip.compress(b"x" * 60_000_000), "more than 100 times")
    archive = batch.folder / "articles.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("a.txt", story(0))
    batch.kinds.append(Kind("zip archive", skips=[("articles.zip", "archives are not read")]))

    for name, relative, builder in [
        ("52 MB one-line text file", "huge.txt", lambda h: h.write(b"word " * (BIG_LINE_BYTES // 5))),
        (
            "52 MB one-line JSONL",
            "huge.jsonl",
            lambda h: h.write(b'{"text": "' + b"word " * (BIG_LINE_BYTES // 5) + b'"}'),
        ),
        (
            "52 MB one-line JSON",
            "huge.json",
            lambda h: h.write(b'{"text": "' + b"word " * (BIG_LINE_BYTES // 5) + b'"}'),
        ),
        (
            "52 MB one-line CSV field",
            "huge.csv",
            lambda h: h.write(b"text\n" + b"word " * (BIG_LINE_BYTES // 5)),
        ),
    ]:
        with (batch.folder / relative).open("wb") as handle:
            builder(handle)
        reason = {
            "huge.txt": "too large",
            "huge.jsonl": "line longer than",
            "huge.json": "limit for one article",
            "huge.csv": "limit for one article",
        }
        location = relative + {".csv": ":2", ".jsonl": ":1", ".json": ":item 1"}.get(
            Path(relative).suffix, ""
        )
        batch.kinds.append(Kind(name, skips=[(location, reason[relative])]))

    def mixed(name: str, relative: str, lines: list[str], bad_line: int, reason: str, ending: str = "\n"):
        """A JSONL or CSV file whose good records surround one bad one."""
        texts = []
        rendered = []
        for line in lines:
            if "{story}" in line:
                texts.append(batch.next_story())
                line = line.replace("{story}", texts[-1])
            rendered.append(line)
        batch.put(relative, "\n".join(rendered) + ending)
        batch.kinds.append(Kind(name, good=texts, skips=[(f"{relative}:{bad_line}", reason)]))

    good_line = '{"text": "{story}"}'
    mixed(
        "deeply nested JSONL line",
        "deep.jsonl",
        [good_line, "[" * 100_000 + "]" * 100_000, good_line],
        2,
        "nested too deeply",
    )
    mixed("text is a number", "textnum.jsonl", [good_line, '{"text": 123}'], 2, "text is not a string")
    mixed("malformed JSONL line", "broken.jsonl", [good_line, "{oops", good_line], 2, "malformed JSON")
    mixed(
        "JSONL cut off mid-line",
        "partial.jsonl",
        [good_line, '{"text": "President Anna'],
        2,
        "incomplete",
        ending="",
    )
    mixed(
        "5,000-digit number in JSON",
        "bigint.jsonl",
        [good_line, '{"text": "x", "date": ' + "9" * 5000 + "}"],
        2,
        "unreadable JSON value",
    )
    mixed(
        "JSONL line over 5 MB",
        "longline.jsonl",
        [good_line, '{"text": "' + "word " * 1_200_000 + '"}', good_line],
        2,
        "line longer than",
    )
    mixed(
        "CSV with an oversized field",
        "bigfield.csv",
        [
            "text,date",
            '"{story}",2025-10-21',
            '"' + "word " * 600_000 + '",2025-10-22',
            '"{story}",2025-10-23',
        ],
        3,
        "limit for one article",
    )
    mixed(
        "CSV with an unclosed quote",
        "quote.csv",
        [
            "text,date",
            '"{story}",2025-10-21',
            '"Unclosed quote here,2025-10-22',
            '"{story}",2025-10-23',
            '"{story}",2025-10-24',
        ],
        3,
        "row skipped",
    )
    mixed(
        "CSV row with extra fields",
        "extra.csv",
        ["text,date", '"{story}",2025-10-21', "a,b,c,d", '"{story}",2025-10-23'],
        3,
        "fields, the header",
    )

    links = batch.folder / "links"
    links.mkdir()
    (links / "broken.txt").symlink_to("nowhere.txt")
    (links / "self.txt").symlink_to("self.txt")
    (links / "device.txt").symlink_to("/dev/zero")
    os.mkfifo(links / "pipe.txt")
    batch.kinds += [
        Kind("broken symbolic link", skips=[("links/broken.txt", "broken symbolic link")]),
        Kind("symbolic link loop", skips=[("links/self.txt", "symbolic link loop")]),
        Kind("link to a device", skips=[("links/device.txt", "not a regular file (a device)")]),
        Kind("named pipe", skips=[("links/pipe.txt", "not a regular file (a named pipe)")]),
    ]
    batch.put("outside.md", "# notes\n")
    batch.kinds.append(
        Kind(
            "unsupported file named on the command line",
            skips=[("outside.md", "unsupported file type")],
            explicit=["outside.md"],
        )
    )
    batch.kinds.append(
        Kind(
            "missing file named on the command line",
            skips=[("missing.txt", "no such file")],
            explicit=["missing.txt"],
        )
    )

    if os.geteuid() != 0:  # root reads everything: these two need an ordinary user
        locked = batch.put("locked.txt", story(0))
        locked.chmod(0)
        closed = batch.folder / "closed"
        closed.mkdir()
        closed.chmod(0)
        batch.kinds.append(Kind("permission denied", skips=[("locked.txt", "Permission denied")]))
        batch.kinds.append(Kind("unreadable folder", skips=[("closed", "cannot list folder")]))

    if tiny_files:
        for n in range(tiny_files):
            batch.put(f"tiny/{n:05d}.txt", f"Note {n}.")
        batch.kinds.append(
            Kind(
                f"{tiny_files:,} tiny files",
                skips=[(f"tiny/{n:05d}.txt", "no article text") for n in range(tiny_files)],
            )
        )


def write_batch(root: Path, *, tiny_files: int = 10_000) -> Batch:
    """Every kind, written under root/in (with a few files beside it that links point to)."""
    batch = Batch(root)
    good_kinds(batch, tiny_files=tiny_files)
    bad_kinds(batch, tiny_files=tiny_files)
    return batch


@dataclass
class Outcome:
    """What one ingest of a batch did, kind by kind."""

    returncode: int
    stdout: str
    skip_lines: list[str]
    stored_ids: set[str]
    failures: list[str]  # one line per thing that went wrong
    bad_kinds_reported: int
    good_expected: int
    good_stored: int
    peak_rss_mb: float
    seconds: float


def command(batch: Batch, db: Path, *extra: str) -> list[str]:
    explicit = [str(batch.folder / path) for kind in batch.kinds for path in kind.explicit]
    return [sys.executable, "-m", "ingest", str(batch.folder), *explicit, "--db", str(db), "--quiet", *extra]


def ingest(batch: Batch, db: Path, *extra: str) -> Outcome:
    """Run the real CLI over the batch and check every kind against what it printed and stored."""
    from ingest.clean import article_id_for, clean_text
    from ingest.files import shown

    started = time.monotonic()
    result = subprocess.run(
        command(batch, db, *extra), cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    skip_lines = [
        line[len("skipped ") :] for line in result.stderr.splitlines() if line.startswith("skipped ")
    ]
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}
    failures = []
    by_location: dict[str, str] = {}
    for line in skip_lines:
        by_location.setdefault(line.split(": ", 1)[0], line)
    unmatched = set(skip_lines)
    bad_reported = 0
    for kind in batch.kinds:
        kind_ok = True
        for relative, reason in kind.skips:
            location = shown(batch.folder / relative)
            line = by_location.get(location)
            if line is None or reason not in line:
                failures.append(f"{kind.name}: expected '{location}: …{reason}…', got {line!r}")
                kind_ok = False
            unmatched.discard(line)
        for text in kind.good:
            if article_id_for(clean_text(text)) not in stored:
                failures.append(f"{kind.name}: article lost: {text[:60]}…")
        bad_reported += bool(kind.skips) and kind_ok
    failures += [f"unexpected skip: {line}" for line in sorted(unmatched)]
    other = [
        line for line in result.stderr.splitlines() if not line.startswith(("skipped ", "error: --strict"))
    ]
    failures += [f"unexpected output: {line}" for line in other[:20]]
    expected = {article_id_for(clean_text(text)) for kind in batch.kinds for text in kind.good}
    failures += [
        f"stored an article no kind expects: {article_id}" for article_id in sorted(stored - expected)
    ]
    return Outcome(
        result.returncode,
        result.stdout,
        skip_lines,
        stored,
        failures,
        bad_reported,
        len(expected),
        len(expected & stored),
        peak,
        seconds,
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--tiny-files", type=int, default=10_000, help="tiny files in one folder (default 10000)"
    )
    parser.add_argument("--keep", type=Path, help="write the inputs and database here and keep them")
    return parser.parse_args(argv)


def report(batch: Batch, outcome: Outcome) -> None:
    bad = [kind for kind in batch.kinds if kind.skips]
    print(f"kinds tried: {len(batch.kinds)} ({len(batch.kinds) - len(bad)} good, {len(bad)} with bad inputs)")
    print(f"bad kinds skipped with a one-line reason: {outcome.bad_kinds_reported} of {len(bad)}")
    print(f"skip lines: {len(outcome.skip_lines)}")
    lost = outcome.good_expected - outcome.good_stored
    print(f"good articles stored: {outcome.good_stored} of {outcome.good_expected} (lost: {lost})")
    print(f"exit code: {outcome.returncode}; ingest took {outcome.seconds:.1f} s, ", end="")
    print(f"peak RSS {outcome.peak_rss_mb:.0f} MB")
    for failure in outcome.failures:
        print(f"FAIL {failure}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.keep and args.keep.exists():
        print(f"error: {args.keep} exists; --keep needs a new folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="hostile-") as scratch:
        root = args.keep or Path(scratch)
        batch = write_batch(root, tiny_files=args.tiny_files)
        outcome = ingest(batch, root / "hostile.duckdb")
        report(batch, outcome)
    return 1 if outcome.failures or outcome.returncode != 0 else 0


if __name__ == "__main__":
    sys.exit(main())
