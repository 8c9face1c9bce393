"""Analyst edits to actors from a CSV file (data/actors.csv): rename, merge, set kind and
country, or drop.

Why strict: a curation file misread in silence renames or drops the wrong people in every
article. A file that cannot be used is a CurationError; a row that cannot be used is a warning
naming the file and line, and is ignored. One alias a line: `alias,canonical_name,kind,country`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ingest import files
from ingest.clean import normalize_name
from ingest.decoding import UndecodableText, decode_text
from ingest.records import Actor

COLUMNS = ("alias", "canonical_name", "kind", "country")
REQUIRED_COLUMNS = ("alias", "canonical_name")
KINDS = ("person", "org", "place", "group")
MAX_CURATION_BYTES = 20_000_000
UTF8_ENCODINGS = ("utf-8", "utf-8-sig")


class CurationError(ValueError):
    """The curation file cannot be used at all; the message names it and says why."""


class Row(NamedTuple):
    line: int
    alias: str
    canonical_name: str  # empty: drop the actor
    kind: str | None
    country: str | None

    @property
    def key(self) -> str:
        return self.alias.casefold()


@dataclass(frozen=True)
class Curation:
    """Analyst edits: alias (casefolded) -> canonical name, kind, country; an empty name drops."""

    entries: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_csv(cls, path: Path | None, *, missing_ok: bool = False) -> Curation:
        """The edits in `path`; no edits for None (or a missing file when `missing_ok`)."""
        if path is None:
            return cls()
        path = Path(path)
        problem = files.path_problem(path)
        if problem == "no such file or folder" and missing_ok:
            return cls()
        if problem is None and path.is_dir():
            problem = "is a folder, not a CSV file"
        if problem:
            raise CurationError(f"curation file {path}: {problem}")
        warnings: list[str] = []
        rows = parse_rows(read_curation_text(path, warnings), path, warnings)
        return cls(resolve_chains(rows, path, warnings), tuple(warnings))

    def apply(self, actor: Actor) -> Actor | None:
        """The curated actor, or None when the analyst dropped it."""
        for alias in [actor.canonical_name, *sorted(actor.aliases)]:
            entry = self.entries.get(normalize_name(alias).casefold())
            if entry is None:
                continue
            name, kind, country = entry
            if not name:
                return None
            actor.aliases.add(actor.canonical_name)
            actor.canonical_name = name
            actor.kind = kind or actor.kind
            actor.country = country or actor.country
            return actor
        return actor


def read_curation_text(path: Path, warnings: list[str]) -> str:
    try:
        data = files.read_limited(path, MAX_CURATION_BYTES, "a curation file", "is it the right file?")
        text, encoding = decode_text(data)
    except (files.InputError, UndecodableText) as error:
        if str(error) == "empty file":
            warnings.append(f"{path}: empty file; no actor edits applied")
            return ""
        raise CurationError(f"curation file {path}: {error}") from None
    except OSError as error:
        raise CurationError(f"curation file {path}: cannot read: {error.strerror or error}") from None
    if encoding not in UTF8_ENCODINGS:
        warnings.append(f"{path}: not UTF-8; read as {encoding} (save it as UTF-8 to be sure)")
    return text


def parse_rows(text: str, path: Path, warnings: list[str]) -> list[Row]:
    """The usable rows, each line parsed on its own so that an unclosed quote spoils one row,
    not the rest of the file; blank lines and lines starting with # are skipped."""
    header: list[str] | None = None
    rows: list[Row] = []
    first_line: dict[str, int] = {}
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{line_number}"
        try:
            fields = next(csv.reader([line], strict=True))
        except csv.Error as error:
            if header is None:
                raise CurationError(f"{where}: malformed header ({error})") from None
            warnings.append(f"{where}: malformed row ({error}; an unclosed quote?); row ignored")
            continue
        if header is None:
            header = check_header(fields, where, warnings)
            continue
        row = make_row(fields, header, line_number, where, warnings)
        if row is None:
            continue
        if row.key in first_line:
            warnings.append(
                f"{where}: alias {row.alias!r} is already given on line {first_line[row.key]}; row ignored"
            )
            continue
        first_line[row.key] = line_number
        rows.append(row)
    if header is None and text.strip():
        raise CurationError(f"curation file {path}: no header row; expected {','.join(COLUMNS)}")
    return rows


def check_header(fields: list[str], where: str, warnings: list[str]) -> list[str]:
    names = [normalize_name(name).lower() for name in fields]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    found = ",".join(fields)[:80]
    if not set(names) & set(COLUMNS):
        raise CurationError(
            f"{where}: no header row (found {found!r}); the first line must be {','.join(COLUMNS)}"
        )
    if missing:
        raise CurationError(
            f"{where}: the header must name {','.join(COLUMNS)} (kind and country may be left out); "
            f"missing {', '.join(missing)} in {found!r}"
        )
    for name in names:
        if name not in COLUMNS:
            warnings.append(f"{where}: unknown column {name!r} ignored (columns: {','.join(COLUMNS)})")
    return names


def make_row(fields: list[str], header: list[str], line_number: int, where: str, warnings: list[str]):
    """The row, or None (with a warning) when it cannot be used."""
    if len(fields) > len(header):
        warnings.append(f"{where}: {len(fields)} fields but the header has {len(header)}; row ignored")
        return None
    values = dict(zip(header, [normalize_name(value) for value in fields], strict=False))
    alias = values.get("alias", "")
    kind = values.get("kind", "").lower() or None
    if not alias:
        warnings.append(f"{where}: no alias; row ignored")
        return None
    if kind is not None and kind not in KINDS:
        warnings.append(f"{where}: unknown kind {kind!r} (expected {', '.join(KINDS)}); row ignored")
        return None
    return Row(line_number, alias, values.get("canonical_name", ""), kind, values.get("country") or None)


def resolve_chains(rows: list[Row], path: Path, warnings: list[str]) -> dict[str, tuple]:
    """Follow renames to their end (A -> B, B -> C gives A -> C); rows that form a cycle
    (A -> B, B -> A) would swap identities, so they are reported and left out."""
    by_alias = {row.key: row for row in rows}
    in_cycle: set[str] = set()
    for row in rows:
        chain = rename_chain(row, by_alias)
        if chain[-1] is not None:
            continue
        cycle = chain[chain.index(by_alias[chain[-2].canonical_name.casefold()]) : -1]
        if cycle[0].key not in in_cycle:
            in_cycle |= {r.key for r in cycle}
            names = " -> ".join([*(r.alias for r in cycle), cycle[0].alias])
            lines = ", ".join(str(r.line) for r in sorted(cycle))
            warnings.append(f"{path}: lines {lines}: renames form a cycle ({names}); these rows ignored")
    kept = {key: row for key, row in by_alias.items() if key not in in_cycle}
    entries = {}
    for row in kept.values():
        chain = [r for r in rename_chain(row, kept) if r is not None]
        kind = next((r.kind for r in chain if r.kind), None)
        country = next((r.country for r in chain if r.country), None)
        entries[row.key] = (chain[-1].canonical_name, kind, country)
    return entries


def rename_chain(row: Row, by_alias: dict[str, Row]) -> list[Row | None]:
    """The rows a rename passes through, starting at `row`; ends in None when it loops."""
    chain: list[Row | None] = [row]
    current = row
    while current.canonical_name and current.canonical_name.casefold() != current.key:
        following = by_alias.get(current.canonical_name.casefold())
        if following is None:
            break
        if following in chain:
            chain.append(None)
            break
        chain.append(following)
        current = following
    return chain
