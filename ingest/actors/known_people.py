"""Prominent people written several ways get one name: their common English form.

Why a table: articles give a leader's name in full protocol form ('Miguel Díaz-Canel Bermúdez',
'Mohammed bin Salman Al Saud'), in a short form ('Samia Suluhu', 'Lula') or by a nickname
('MBS'); nothing in one article says these are the same person as in the next. Spellings that
differ only in accents, dots, hyphens or a final -y/-i are matched anyway (`comparable_name`);
the table (`data/known_people.csv`) holds the forms that differ by whole words. An analyst's
curation file is applied after it and can rename anyone again.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache

from ingest import rules
from ingest.records import Actor, comparable_name


@lru_cache(maxsize=1)
def known_people() -> dict[str, tuple[str, str | None]]:
    """Comparable form of every name and alias -> (common name, country)."""
    table: dict[str, tuple[str, str | None]] = {}
    with (rules.DATA_DIR / "known_people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entry = (row["canonical_name"], row["country"] or None)
            for name in [row["canonical_name"], *row["aliases"].split("|")]:
                table[comparable_name(name)] = entry
            given_family = comparable_name(row["canonical_name"]).split()
            if len(given_family) == 2 and row["country"] in rules.FAMILY_NAME_FIRST_COUNTRIES:
                # 'Kishida Fumio': the family name first, as Japanese and Chinese papers write it
                table.setdefault(" ".join(reversed(given_family)), entry)
    return table


def known_full_names() -> list[str]:
    """Every name and alias of two words or more, as written in the table, without a title
    ('King Salman' is left to the model, which tags the title with it or not)."""
    names = []
    with (rules.DATA_DIR / "known_people.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in [row["canonical_name"], *row["aliases"].split("|")]:
                words = name.split()
                if len(words) >= 2 and words[0].lower() not in rules.HONORIFICS:
                    # with and without accents, so that the longest form written matches whole
                    # ('Recep Tayyip Erdogan', not 'Tayyip Erdogan' within it)
                    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                    names += [name] if plain == name else [name, plain]
    return names


def apply_known_name(actor: Actor) -> None:
    """Rename a person the table knows to their common name; the form found stays an alias."""
    if actor.kind != "person":
        return
    full_name = len(comparable_name(actor.canonical_name).split()) > 1
    for name in [actor.canonical_name, *sorted(actor.aliases)]:
        key = comparable_name(name)
        if full_name and len(key.split()) == 1:
            continue  # "Trump" said of Melania Trump: a bare surname only names one told by it alone
        entry = known_people().get(key)
        if entry is None:
            continue
        common, country = entry
        if comparable_name(common) != comparable_name(actor.canonical_name):  # not for accents alone
            actor.aliases.add(actor.canonical_name)
            actor.canonical_name = common
        actor.country = actor.country or country
        return
