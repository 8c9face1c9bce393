"""Doc -> Extraction: actors, mentions and events of one article. Pure: no I/O."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ingest import geography
from ingest.actors import article_actors
from ingest.curation import Curation
from ingest.dates import story_date
from ingest.events import Context, find_events
from ingest.records import Article, Extraction
from ingest.word_index import keep_text

EXTRACTOR_VERSION = "2026.12.08.4"  # a second release on one day takes a serial
CONFLICTS_FILE = Path(__file__).parent / "data" / "conflicts.csv"


def load_conflict_table() -> dict[str, str]:
    with CONFLICTS_FILE.open(encoding="utf-8") as handle:
        return {row["party"]: row["conflict"] for row in csv.DictReader(handle)}


@dataclass(frozen=True)
class ExtractionContext:
    """What extraction needs besides the Doc; picklable so worker processes get a copy."""

    curation: Curation = field(default_factory=Curation)
    conflict_table: dict[str, str] = field(default_factory=load_conflict_table)


def extract_article(doc: Doc, article: Article, context: ExtractionContext) -> Extraction:
    keep_text(doc, article.text)
    actors = article_actors(doc, context.curation, article.published_date)
    # a dateline's day ("JEDDAH, March 11 (Xinhua) --") is the story's day, a day before publication
    story_day = story_date(article.text, article.published_date)  # the Doc's text, not rebuilt
    ctx = Context(doc, actors, story_day, context.conflict_table)
    events = find_events(ctx)
    used = {id(p.actor) for e in events for p in e.participants}
    kept_actors = [a for a in actors.actors if a.kind != "place" or id(a) in used]
    for actor in (a for a in kept_actors if a.country):
        # one name per country wherever it came from ('Palestine' of a demonym, 'Palestinian
        # Territory' of the gazetteer): the gazetteer's, as places are written
        actor.country = geography.country_named(actor.country) or actor.country
    kept_ids = {id(a) for a in kept_actors}
    mentions = [m for m in actors.mentions if id(m.actor) in kept_ids]
    return Extraction(article=article, actors=kept_actors, mentions=mentions, events=events)
