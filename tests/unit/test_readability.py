"""The readability figures on a fixture text whose counts are known (no MkDocs)."""

from pathlib import Path

import pytest

from pas_a_pas import readability
from pas_a_pas.core.strings import strings

ESSAI = Path(__file__).resolve().parents[1] / "fixtures" / "readability" / "essai.md"


@pytest.fixture(scope="module")
def report():
    return readability.analyse(ESSAI.read_text(encoding="utf-8"), "fr", {"QR"})


def test_sentences_are_the_citizens_text_with_their_lines(report):
    # The summary, the prerequisite, two sentences, the step's text, the list item; not
    # the title, the helper's note, the mockup, the heading.
    assert [(s.text, s.words, s.line) for s in report.sentences] == [
        ("Le chat dort.", 3, 3),
        ("Avoir un compte", 3, 5),
        ("Le chat mange.", 3, 8),
        ("Il a faim !", 3, 8),
        ("Allez sur le site ameli avec votre code QR et la FAQ.", 12, 15),
        ("Une liste, l'identité.", 3, 24),
    ]


def test_words_syllables_and_the_kandel_moles_score(report):
    assert (report.words, len(report.sentences), report.syllables) == (27, 6, 31)
    assert report.words_per_sentence == 4.5
    assert report.score == pytest.approx(207 - 1.015 * 27 / 6 - 73.6 * 31 / 27)
    assert report.longest.words == 12 and report.longest.line == 15


def test_syllables_come_from_the_hyphenation_dictionaries():
    assert [readability.syllables(word, "fr") for word in
            ("ordinateur", "automatiquement", "l'identité", "QR", "13", "chat")] == [
        4, 6, 3, 1, 1, 1]
    assert [readability.syllables(word, "en") for word in ("government", "you", "single")] == [
        3, 1, 2]


def test_english_gets_flesch_reading_ease():
    found = readability.analyse("You log in. It is simple.\n", "en")
    assert (found.words, len(found.sentences), found.syllables) == (6, 2, 7)
    assert found.score == pytest.approx(206.835 - 1.015 * 3 - 84.6 * 7 / 6)
    assert readability.analyse("Ein Satz.\n", "de").score is None


def test_an_acronym_is_explained_by_a_word_of_the_glossary(report):
    assert report.acronyms == [("FAQ", 15)]
    assert readability.explained_words(["code QR", "FAQ"]) == {"code", "QR", "FAQ"}


@pytest.mark.parametrize(("score", "level"), [
    (95, "très facile"), (68, "standard"), (60, "standard"), (59.9, "assez difficile"),
    (12, "très difficile"), (-20, "très difficile")])
def test_reading_levels_are_the_flesch_bands(score, level):
    assert readability.level(score, strings("fr")["readability"]["levels"]) == level
