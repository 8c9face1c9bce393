"""The English gate: short name-heavy English briefs pass, other languages do not."""

import pytest

from ingest.language import english_share, looks_english

# Invented wire briefs: mostly names, titles and places, few function words.
ENGLISH_BRIEFS = [
    "ANKARA, Oct 21 (Wire) - Turkish Foreign Minister Hakan Fidan met Qatari Prime Minister Sheikh "
    "Mohammed bin Abdulrahman Al Thani in Doha on Tuesday, the ministry said.",
    "BRASILIA, Nov 7 - European Commission President Ursula von der Leyen met Brazilian President Luiz "
    "Inacio Lula da Silva in Brasilia on Friday, officials said, ahead of Mercosur trade talks.",
    "CAIRO - Egyptian President Abdel Fattah al-Sisi received U.S. envoy Steve Witkoff, Qatari Prime "
    "Minister Mohammed bin Abdulrahman Al Thani, Turkish intelligence chief Ibrahim Kalin in Cairo Monday. "
    "Gaza truce talks continue.",
    "NEW DELHI, Dec 5 - Russian President Vladimir Putin, Indian Prime Minister Narendra Modi held annual "
    "summit talks Hyderabad House Friday; defence, energy, trade deals signed, Indian foreign ministry "
    "spokesperson Randhir Jaiswal told reporters.",
    "Emmanuel Macron, Friedrich Merz, Keir Starmer, Giorgia Meloni, Donald Tusk, Pedro Sanchez, Ulf "
    "Kristersson, Mette Frederiksen, Alexander Stubb, Jonas Gahr Store and Petteri Orpo attended.",
]
# Invented paragraphs in other languages, several with English-looking names in them.
OTHER_LANGUAGES = {
    "es": "El ministro de Asuntos Exteriores se reunió el martes en Madrid con su homólogo marroquí para "
    "hablar de la cooperación en materia migratoria, según informaron fuentes del Gobierno a la prensa.",
    "de": "Der Außenminister Johann Wadephul traf am Dienstag in Doha Scheich Mohammed bin Abdulrahman "
    "Al Thani, um über die zweite Phase der Waffenruhe im Gazastreifen zu sprechen, hieß es.",
    "fr": "Le président Emmanuel Macron a reçu lundi soir à l'Élysée Volodymyr Zelensky et Keir Starmer "
    "pour évoquer les garanties de sécurité et la reconstruction du pays, a indiqué la présidence.",
    "it": "Il presidente del Consiglio ha incontrato ieri a Roma il primo ministro polacco per discutere "
    "del sostegno all'Ucraina e della difesa europea, secondo una nota di Palazzo Chigi.",
    "pt": "O presidente brasileiro recebeu nesta terça-feira em Brasília o primeiro-ministro português "
    "para discutir o acordo comercial entre o Mercosul e a União Europeia, informou o governo.",
    "pl": "Minister spraw zagranicznych spotkał się we wtorek w Warszawie ze swoim ukraińskim "
    "odpowiednikiem, aby omówić pomoc wojskową i odbudowę kraju po zakończeniu wojny.",
    "ru": "Министр иностранных дел встретился во вторник в Москве со своим турецким коллегой, чтобы "
    "обсудить ситуацию на Ближнем Востоке и подготовку к следующему раунду переговоров в Стамбуле.",
}


@pytest.mark.parametrize("brief", ENGLISH_BRIEFS)
def test_short_english_briefs_full_of_names_are_english(brief):
    assert len(brief.split()) >= 20
    assert english_share(brief) < 0.3  # the word count alone cannot tell
    assert looks_english(brief)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_other_languages_are_rejected(language):
    assert not looks_english(OTHER_LANGUAGES[language])


def test_ordinary_english_prose_passes_on_the_word_count_alone():
    prose = (
        "The chancellor spoke with the French president in Berlin on Wednesday about the situation "
        "in the Middle East and called for a ceasefire, officials in the capital said in the evening."
    )
    assert english_share(prose) >= 0.3
    assert looks_english(prose)
