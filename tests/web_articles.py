"""Article pages and feed templates written for the web-input tests (invented wording)."""

from __future__ import annotations

from html import escape

# title → paragraphs; each states a meeting, a visit or a call, so events are really extracted.
ARTICLES = {
    "Stubb and Ruto talk trade in Nairobi": [
        "Finnish President Alexander Stubb met Kenyan President William Ruto in Nairobi on Monday "
        "to discuss renewable energy projects and trade between the two countries.",
        "The two leaders also signed an agreement on vocational training, according to a statement "
        "released by the Kenyan presidency after the talks.",
        "Stubb is on a three-day visit to Kenya, his first trip to East Africa since he took office, "
        "and will travel on to Tanzania later in the week.",
    ],
    "Merz hosts Modi in Berlin": [
        "German Chancellor Friedrich Merz hosted Indian Prime Minister Narendra Modi in Berlin on "
        "Tuesday for talks on defence cooperation and skilled migration.",
        "Modi arrived in the German capital late on Monday after a stop in Paris, where he had "
        "dinner with French officials.",
        "The two men agreed to meet again before the end of the year, their spokespeople said in a "
        "joint statement published after the meeting.",
    ],
    "Lula in Tokyo for ethanol talks": [
        "Brazilian President Luiz Inacio Lula da Silva visited Tokyo on Wednesday to promote ethanol "
        "exports and attract Japanese investment in Brazilian railways.",
        "Lula held talks with Japanese Prime Minister Shigeru Ishiba at the prime minister's office, "
        "and the two leaders discussed a trade agreement between Japan and the Mercosur bloc.",
        "The Brazilian delegation included several ministers and more than a hundred business "
        "leaders, officials in Brasilia said.",
    ],
    "Sanchez and the Moroccan king meet in Rabat": [
        "Spanish Prime Minister Pedro Sanchez met King Mohammed VI of Morocco in Rabat on Thursday "
        "to discuss migration, fisheries and a planned undersea rail tunnel.",
        "Sanchez flew to the Moroccan capital on Thursday morning with a delegation of ministers, "
        "the Spanish government said in a statement.",
        "Both sides described the talks as friendly and said they would hold a further round of "
        "negotiations in Madrid after the summer.",
    ],
    "Abdelatty and Fidan speak by phone": [
        "Egyptian Foreign Minister Badr Abdelatty spoke by phone with Turkish Foreign Minister Hakan "
        "Fidan on Friday about the humanitarian situation in Gaza.",
        "The two ministers agreed to keep in close contact and to coordinate their positions ahead "
        "of an Arab League meeting, the Egyptian foreign ministry said.",
        "Fidan is expected to visit Cairo next month, according to officials in Ankara.",
    ],
    "Albanese to travel to Jakarta": [
        "Australian Prime Minister Anthony Albanese will travel to Jakarta next week to meet "
        "Indonesian President Prabowo Subianto, his office announced on Sunday.",
        "The two leaders are expected to sign a new defence agreement and discuss cooperation on "
        "fisheries and climate policy during the visit.",
        "It will be the prime minister's third trip to Indonesia since he took office, a spokesman "
        "in Canberra said.",
    ],
}

PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Loopback Times</title>
<meta property="article:published_time" content="{published}T07:30:00Z">
<meta property="og:site_name" content="Loopback Times"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{title}</h1><p class="byline">By a staff reporter</p>
{paragraphs}
</article><footer>Loopback Times is a test fixture written for this project.</footer></body></html>
"""

FEED_TEMPLATE_RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Loopback Times: World</title><link>{origin}/</link>
<description>World news from the loopback interface</description>{items}</channel></rss>
"""

FEED_TEMPLATE_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Loopback Wire</title><id>{origin}/wire</id>
<updated>2026-03-03T09:00:00Z</updated>{items}</feed>
"""


def page_html(title: str, paragraphs: list[str], published: str = "2026-03-02") -> str:
    body = "\n".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return PAGE_TEMPLATE.format(title=escape(title), published=published, paragraphs=body)
