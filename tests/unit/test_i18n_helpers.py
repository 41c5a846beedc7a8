"""Small pure pieces of the languages, fork and scaffold tools."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import yaml
from fork import COLOR, localized

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from new_tutorial import skeleton, slugify  # noqa: E402

STRINGS = Path(__file__).resolve().parents[2] / "hooks" / "strings"


def test_english_strings_translate_every_french_key():
    def keys(data, prefix=""):
        found = set()
        for key, value in data.items():
            found.add(prefix + str(key))
            if isinstance(value, dict):
                found |= keys(value, f"{prefix}{key}.")
        return found

    french = yaml.safe_load((STRINGS / "fr.yml").read_text("utf-8"))
    english = yaml.safe_load((STRINGS / "en.yml").read_text("utf-8"))
    assert keys(french) - keys(english) == set()
    assert english["step"]["number_label"].format(number=1) == "Step 1"


def test_fork_texts_can_be_given_per_language():
    assert localized({"fr": "Nos horaires", "en": "Opening hours"}, "en") == "Opening hours"
    assert localized({"fr": "Nos horaires"}, "en") == "Nos horaires"
    assert localized("Mairie", "en") == "Mairie"


def test_fork_colours_cannot_break_out_of_the_style_element():
    assert COLOR.fullmatch("#6a1b9a") and COLOR.fullmatch("rgb(0, 0, 145)")
    assert not COLOR.fullmatch("red;} body{display:none")
    assert not COLOR.fullmatch("#000</style><script>")


def test_scaffold_slug_and_front_matter():
    assert slugify("Déclarer ses revenus : l'essentiel !") == "declarer-ses-revenus-l-essentiel"
    text = skeleton("L'ANTS, c'est quoi ?", datetime.date(2026, 1, 2))
    meta = yaml.safe_load(text.split("---")[1])
    assert meta["title"] == "L'ANTS, c'est quoi ?"
    assert meta["updated"] == datetime.date(2026, 1, 2)
    assert text.count("/// step |") == 2
