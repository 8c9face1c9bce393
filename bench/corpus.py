"""Write a synthetic news corpus for benchmarks: N articles of about W words, deterministic by seed.

Articles mix meetings, calls, visits and ceasefire milestones between ~200 invented officials,
with relative dates and filler paragraphs. Most are .txt files (`date YYYY-MM-DD` first line);
one in ten goes to JSONL feeds, one in ten to CSV digests and one in twenty is an HTML page.
Articles are written one at a time, so memory does not grow with N.

    python bench/corpus.py --n 2000 --seed 0 --out /tmp/corpus [--words 500]
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import html
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

START = dt.date(2024, 1, 1)
DAYS = 700
FILES_PER_FOLDER = 1000
ROWS_PER_FEED = 500
# Output format by article index modulo 20: every corpus of 20 or more holds every format.
FORMAT_BY_SLOT = {3: "jsonl", 13: "jsonl", 7: "csv", 17: "csv", 11: "html"}

FIRST_NAMES = (
    "Amara Bogdan Carmen Darius Elif Farid Greta Hamid Ilse Jonas Kaveh Lina Matteo "
    "Noura Oskar Paola Rashid Selma Tariq Vera Wiktor Yara Zoltan Anouk Bruno"
)
LAST_NAMES = (
    "Adeyemi Baranov Castell Dumitru Ekström Falcone Garayev Halloran Iskander Jovanovic "
    "Kessler Lindqvist Marchetti Nazarov Okonjo Pereira Quintero Rahimi Sorensen Takahashi "
    "Ulloa Varga Whitcombe Xavier Yilmazer Zamora Abernathy Belanger Corvino Delacroix Estrada "
    "Fitzgerald Gruber Haddadi Ibarra Janssen Kovalenko Laurent Mbeki Novotny Ostrowski"
)
TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Special Envoy",
    "Ambassador",
    "Interior Minister",
    "Trade Minister",
    "National Security Adviser",
    "Vice President",
)
# (country, capital, another city, demonym)
COUNTRIES = (
    ("Norland", "Vesterhavn", "Kollby", "Norlandic"),
    ("Estavia", "Mirograd", "Tevnik", "Estavian"),
    ("Karesh", "Ameda", "Sulit", "Kareshi"),
    ("Valmora", "Port Castel", "Ondra", "Valmoran"),
    ("Drovnia", "Belisk", "Sarnov", "Drovnian"),
    ("Tamaris", "Lusande", "Ferro", "Tamarisian"),
    ("Ostrava Republic", "Halden", "Brekke", "Ostravan"),
    ("Qadira", "Sahm", "Marun", "Qadiri"),
    ("Lusitania Nova", "Aurelia", "Costa Brava", "Lusitanian"),
    ("Zembla", "Kinbote", "Onhava", "Zemblan"),
    ("Germany", "Berlin", "Munich", "German"),
    ("Egypt", "Cairo", "Alexandria", "Egyptian"),
    ("Turkey", "Ankara", "Istanbul", "Turkish"),
    ("France", "Paris", "Marseille", "French"),
    ("Qatar", "Doha", "Al Wakrah", "Qatari"),
    ("Kenya", "Nairobi", "Mombasa", "Kenyan"),
    ("Japan", "Tokyo", "Osaka", "Japanese"),
    ("Brazil", "Brasilia", "Sao Paulo", "Brazilian"),
    ("India", "New Delhi", "Mumbai", "Indian"),
    ("Poland", "Warsaw", "Krakow", "Polish"),
)
CONFLICT_REGIONS = ("the Tevnik valley", "the northern border", "Sulit province", "the Belisk corridor")
WEEKDAYS = tuple(calendar.day_name)
MONTHS = tuple(calendar.month_name[1:])
OUTLETS = ("Harbor Daily", "The Continental Wire", "Meridian Post", "Northern Ledger", "Global Desk")


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    country: int  # index into COUNTRIES

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    @property
    def full(self) -> str:
        return f"{COUNTRIES[self.country][3]} {self.title} {self.name}"


def cast() -> tuple[Person, ...]:
    """The same 200 people for every seed (25 first names x 41 surnames: no pair repeats below 1025)."""
    first, last = FIRST_NAMES.split(), LAST_NAMES.split()
    return tuple(
        Person(
            f"{first[i % len(first)]} {last[i % len(last)]}",
            TITLES[i % len(TITLES)],
            (i * 7) % len(COUNTRIES),
        )
        for i in range(200)
    )


PEOPLE = cast()

# Event sentences. {a}/{b} are people (first mention: demonym, title and name), {city}/{country}
# places, {past}/{future} relative dates.
MEETING_SENTENCES = (
    "{a} met {b} in {city} {past}, officials from both governments said.",
    "{a} held talks with {b} {past} in {city} on trade, energy and border security.",
    "{a} and {b} sat down for talks in {city} {past}, their first meeting this year.",
    "{a} spoke by phone with {b} {past}, according to a statement from the foreign ministry.",
    "{a} hosted {b} in {city} {past} for a working dinner that ran late into the night.",
    "{a} is expected to meet {b} in {city} {future}, a spokesperson said.",
    "{a} will hold talks with {b} {future} on the stalled water-sharing agreement.",
    "{a} received {b} at the presidential palace in {city} {past}.",
)
VISIT_SENTENCES = (
    "{a} arrived in {city} {past} for a two-day visit.",
    "{a} visited {country} {past}, the first such trip in four years.",
    "{a} is set to travel to {city} {future}, officials said.",
    "{a} landed in {city} {past} ahead of a regional summit.",
)
CEASEFIRE_SENTENCES = (
    "A ceasefire between {country} and {country2} took effect {past} after months of fighting.",
    "The second phase of the truce in {region} began {past}, the mediators said.",
    "Negotiators from {country} and {country2} held talks on the first phase of the ceasefire {past}.",
    "Officials in {city} accused {country2} of violating the ceasefire {past}.",
    "Mediators said the truce in {region} collapsed {past} after renewed shelling.",
    "{country} and {country2} agreed to a ceasefire {past}, ending weeks of clashes along {region}.",
)
FOLLOW_UPS = {
    "meeting": (
        '"We had a frank and useful exchange," {b_last} told reporters afterwards.',
        "{a_last} said the two sides had agreed to keep in close contact.",
        "He said the discussions had focused on energy prices and the movement of goods.",
        "Neither side gave details, but a senior official described the tone as constructive.",
        "{a_last} later posted a photograph of the meeting on social media.",
    ),
    "visit": (
        "{a_last} was greeted at the airport by the deputy foreign minister.",
        "He is due to lay a wreath and meet business leaders during the trip.",
        '"This visit opens a new chapter," {a_last} said on arrival.',
    ),
    "ceasefire": (
        "Both sides blamed each other for the delays.",
        "Aid convoys were waiting at the crossings, the United Nations said.",
    ),
}
FILLER_SENTENCES = (
    "Inflation in {country} eased to {pct} percent in {month}, the statistics office said.",
    "Analysts at {outlet} said the outlook for exports remained uncertain.",
    "The central bank kept its main interest rate at {pct} percent for a {ordinal} straight meeting.",
    "Farmers in the south have complained for months about the price of fertiliser and diesel.",
    "Heavy rain closed several roads around {city2} on {weekday}, local authorities said.",
    "The opposition has called for an inquiry into the handling of the budget.",
    "About {thousands},000 people attended a rally in {city2} over the weekend.",
    "Officials said a new rail link between {city} and {city2} would open by {year}.",
    "Trade between the two countries grew by {pct} percent last year, customs data show.",
    "Critics argue that the reforms have done little to reduce unemployment among young people.",
    "The ministry said it would publish its full report in {month}.",
    "Energy companies have warned that the grid needs large investment before the winter.",
    "The port at {city2} handled a record volume of containers in the first quarter.",
    "Several aid groups said funding shortfalls were forcing them to cut programmes.",
    "Parliament is due to debate the proposal when it returns from recess.",
    "A survey published on {weekday} found that most respondents expected prices to keep rising.",
    "The government has promised to build {thousands},000 new homes over the next five years.",
    "Shares in the largest banks fell slightly after the announcement.",
    "Local officials said schools in the district would reopen after repairs.",
    "The football league postponed two matches because of security concerns.",
    "Fuel queues returned to petrol stations in {city} as supplies ran short on {weekday}.",
    "The health ministry reported {thousands} new cases of measles in {month}.",
    "Unions representing teachers and nurses have threatened to strike over pay.",
    "A court in {city} postponed the trial of a former mayor accused of corruption.",
    "Tourism revenue in {country} rose to its highest level in a decade.",
    "Engineers are still assessing damage to the bridge outside {city2} after last month's floods.",
    "The currency has lost {pct} percent of its value against the dollar since {month}.",
    "Opinion polls suggest the governing coalition has lost ground to smaller parties.",
    "Police in {city2} said they had arrested {thousands} people after the protests turned violent.",
    "The {outlet} reported that the cabinet would meet again before the end of {month}.",
    "Drought has cut the wheat harvest in the east by nearly a third, farmers' groups say.",
    "Residents of {city2} said power cuts now lasted up to {ordinal_n} hours a day.",
)


@dataclass
class SyntheticArticle:
    index: int
    published: dt.date
    title: str
    text: str  # paragraphs separated by blank lines
    outlet: str
    events: Counter = field(default_factory=Counter)

    @property
    def words(self) -> int:
        return len(self.text.split())


def past_phrase(rng: random.Random, published: dt.date) -> str:
    choice = rng.randrange(6)
    if choice == 0:
        return "yesterday"
    if choice == 1:
        return "last week"
    if choice == 2:
        return "earlier this month"
    day = published - dt.timedelta(days=rng.randrange(1, 25))
    if choice == 3:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    return f"on {WEEKDAYS[(published - dt.timedelta(days=rng.randrange(1, 7))).weekday()]}"


def future_phrase(rng: random.Random, published: dt.date) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return "next week"
    if choice == 1:
        return "later this month"
    day = published + dt.timedelta(days=rng.randrange(2, 30))
    if choice == 2:
        return f"on {MONTHS[day.month - 1]} {day.day}"
    return f"on {WEEKDAYS[day.weekday()]}"


def slot_values(rng: random.Random, published: dt.date, introduced: set[str]) -> dict[str, str]:
    a, b = rng.sample(PEOPLE, 2)
    country, country2 = rng.sample(COUNTRIES, 2)
    host = rng.choice((COUNTRIES[a.country], COUNTRIES[b.country], country))
    values = {
        "a": a.name if a.name in introduced else a.full,
        "b": b.name if b.name in introduced else b.full,
        "a_last": a.surname,
        "b_last": b.surname,
        "city": host[rng.choice((1, 2))],
        "city2": country2[2],
        "country": country[0],
        "country2": country2[0],
        "region": rng.choice(CONFLICT_REGIONS),
        "past": past_phrase(rng, published),
        "future": future_phrase(rng, published),
    }
    introduced.update((a.name, b.name))
    return values


def filler_paragraph(rng: random.Random) -> str:
    sentences = rng.sample(FILLER_SENTENCES, rng.randint(3, 5))
    country = rng.choice(COUNTRIES)
    values = {
        "country": country[0],
        "city": country[1],
        "city2": country[2],
        "pct": f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
        "month": rng.choice(MONTHS),
        "weekday": rng.choice(WEEKDAYS),
        "ordinal": rng.choice(("second", "third", "fourth", "fifth")),
        "ordinal_n": str(rng.randint(3, 12)),
        "thousands": str(rng.randint(2, 90)),
        "year": str(rng.randint(2026, 2031)),
        "outlet": rng.choice(OUTLETS),
    }
    return " ".join(sentence.format(**values) for sentence in sentences)


def make_article(index: int, seed: int, words: int) -> SyntheticArticle:
    """Article `index` of the corpus for `seed`; independent of every other article."""
    rng = random.Random(f"{seed}:{index}")
    published = START + dt.timedelta(days=rng.randrange(DAYS))
    kinds = ("meeting", "visit", "ceasefire")
    n_events = rng.choices((0, 1, 2, 3, 4), weights=(15, 30, 30, 15, 10))[0]
    introduced: set[str] = set()
    event_paragraphs, events = [], Counter()
    for _ in range(n_events):
        kind = rng.choices(kinds, weights=(5, 3, 2))[0]
        templates = {"meeting": MEETING_SENTENCES, "visit": VISIT_SENTENCES, "ceasefire": CEASEFIRE_SENTENCES}
        values = slot_values(rng, published, introduced)
        sentences = [rng.choice(templates[kind]).format(**values)]
        if rng.random() < 0.6:
            sentences.append(rng.choice(FOLLOW_UPS[kind]).format(**values))
        event_paragraphs.append(" ".join(sentences))
        events[kind] += 1
    paragraphs = event_paragraphs[:1]
    rest = event_paragraphs[1:]
    while rest or sum(len(p.split()) for p in paragraphs) < words:
        if rest and rng.random() < 0.5:
            paragraphs.append(rest.pop(0))
        else:
            paragraphs.append(filler_paragraph(rng))
    country = rng.choice(COUNTRIES)
    topic = rng.choice(("talks", "trade", "security", "energy", "the budget"))
    title = f"{country[3]} officials weigh next steps as {topic} tops the agenda"
    return SyntheticArticle(index, published, title, "\n\n".join(paragraphs), rng.choice(OUTLETS), events)


def iter_articles(n: int, seed: int, words: int = 500) -> Iterator[SyntheticArticle]:
    for index in range(n):
        yield make_article(index, seed, words)


def format_of(index: int) -> str:
    return FORMAT_BY_SLOT.get(index % 20, "txt")


def html_page(article: SyntheticArticle) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n\n"))
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(article.title)} - {article.outlet}</title>\n"
        f'<meta property="article:published_time" content="{article.published.isoformat()}T09:00:00Z">\n'
        "</head>\n<body>\n"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/economy">Economy</a></nav>\n'
        f"<article>\n<h1>{html.escape(article.title)}</h1>\n{paragraphs}\n</article>\n"
        "<footer>Copyright Example Media. All rights reserved.</footer>\n</body>\n</html>\n"
    )


@dataclass
class CorpusSummary:
    articles: int = 0
    words: int = 0
    files: Counter = field(default_factory=Counter)  # format -> files written
    records: Counter = field(default_factory=Counter)  # format -> articles written
    events: Counter = field(default_factory=Counter)  # event kind -> sentences written


class CorpusWriter:
    """Writes articles as they come: .txt/.html files in folders of 1000, JSONL/CSV in rotating feeds."""

    def __init__(self, out: Path, stack: ExitStack):
        self.out = out
        self.stack = stack
        self.summary = CorpusSummary()
        self.feeds: dict[str, tuple[object, object]] = {}

    def write(self, article: SyntheticArticle) -> None:
        kind = format_of(article.index)
        folder = self.out / f"{article.index // FILES_PER_FOLDER:03d}"
        if kind == "txt":
            folder.mkdir(parents=True, exist_ok=True)
            body = f"date {article.published.isoformat()}\n\n{article.text}\n"
            (folder / f"article-{article.index:06d}.txt").write_text(body, encoding="utf-8")
        elif kind == "html":
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"page-{article.index:06d}.html").write_text(html_page(article), encoding="utf-8")
        else:
            self.write_record(kind, article)
        if kind in ("txt", "html"):
            self.summary.files[kind] += 1
        self.summary.records[kind] += 1
        self.summary.articles += 1
        self.summary.words += article.words
        self.summary.events.update(article.events)

    def write_record(self, kind: str, article: SyntheticArticle) -> None:
        record = {
            "title": article.title,
            "url": f"https://example.org/news/{article.index:06d}",
            "source": article.outlet,
        }
        if self.summary.records[kind] % ROWS_PER_FEED == 0:
            self.open_feed(kind)
        handle, writer = self.feeds[kind]
        if kind == "jsonl":
            record |= {"published": f"{article.published.isoformat()}T09:00:00Z", "body": article.text}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            writer.writerow(record | {"date": article.published.isoformat(), "text": article.text})

    def open_feed(self, kind: str) -> None:
        if kind in self.feeds:
            self.feeds[kind][0].close()
        number = self.summary.records[kind] // ROWS_PER_FEED
        name = f"feed-{number:03d}.jsonl" if kind == "jsonl" else f"digest-{number:03d}.csv"
        handle = self.stack.enter_context((self.out / name).open("w", encoding="utf-8", newline=""))
        writer = None
        if kind == "csv":
            writer = csv.DictWriter(handle, fieldnames=("title", "date", "url", "source", "text"))
            writer.writeheader()
        self.feeds[kind] = (handle, writer)
        self.summary.files[kind] += 1


def generate(n: int, seed: int, out: Path, words: int = 500) -> CorpusSummary:
    """Write the corpus for (n, seed, words) into `out`, which must be empty or absent."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise ValueError(f"{out} is not empty; choose a new --out folder")
    out.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        writer = CorpusWriter(out, stack)
        for article in iter_articles(n, seed, words):
            writer.write(article)
    return writer.summary


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (must be empty or absent)")
    parser.add_argument("--words", type=int, default=500, help="approximate words per article (default 500)")
    args = parser.parse_args(argv)
    if args.n < 1 or args.words < 1:
        parser.error("--n and --words must be positive")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        summary = generate(args.n, args.seed, args.out, args.words)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    formats = ", ".join(
        f"{summary.records[k]} {k} ({summary.files[k]} files)" for k in ("txt", "jsonl", "csv", "html")
    )
    events = ", ".join(f"{kind} {count}" for kind, count in sorted(summary.events.items()))
    print(f"wrote {summary.articles} articles, {summary.words:,} words to {args.out}: {formats}")
    print(f"event sentences: {events}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
