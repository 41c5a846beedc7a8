"""Small pure pieces of the languages, fork and scaffold tools."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import yaml

from pas_a_pas.branding import is_color, localized

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
    for color in ("#6a1b9a", "#FFF", "#0008", "#12345678", "rgb(0, 0, 145)",
                  "rgba(0 0 145 / 50%)", "hsl(240deg, 100%, 28%)", "Navy", "rebeccapurple"):
        assert is_color(color), color
    for wrong in ("red;} body{display:none", "#000</style><script>", "#12345", "javascript",
                  "<img src=x onerror=alert(1)>", "rgb(0,0,0);}", "url(x)"):
        assert not is_color(wrong), wrong


def test_scaffold_slug_and_front_matter():
    assert slugify("Déclarer ses revenus : l'essentiel !") == "declarer-ses-revenus-l-essentiel"
    text = skeleton("L'ANTS, c'est quoi ?", datetime.date(2026, 1, 2), "identite-numerique")
    meta = yaml.safe_load(text.split("---")[1])
    assert meta["title"] == "L'ANTS, c'est quoi ?"
    assert meta["updated"] == datetime.date(2026, 1, 2)
    assert meta["category"] == "identite-numerique" and meta["draft"] is True
    assert text.count("/// step |") == 2
