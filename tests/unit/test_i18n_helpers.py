"""Small pure pieces of the languages, fork and scaffold tools."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from types import SimpleNamespace

import yaml

from pas_a_pas.branding import is_color, localized
from pas_a_pas.sitemap import LanguagePages, address, entries

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


def _page(url: str, site_url: str = "") -> SimpleNamespace:
    """What the sitemap reads of a MkDocs page."""
    return SimpleNamespace(url=url, canonical_url=f"{site_url}{url}" if site_url else None,
                           abs_url=None, update_date="2026-12-04")


def test_sitemap_pages_are_paired_by_their_path_in_each_language_folder():
    french = LanguagePages("fr", "", [_page("index.html"), _page("glossaire.html")])
    english = LanguagePages("en", "en", [_page("en/index.html"), _page("en/glossaire.html"),
                                         _page("en/only-here.html")])
    listed = entries([french, english], "")
    assert [entry.loc for entry in listed] == ["index.html", "glossaire.html", "en/index.html",
                                               "en/glossaire.html", "en/only-here.html"]
    assert listed[1].alternates == [("fr", "glossaire.html"), ("en", "en/glossaire.html")]
    assert listed[3].alternates == [("en", "en/glossaire.html"), ("fr", "glossaire.html")]
    assert listed[4].alternates == [("en", "en/only-here.html")]


def test_a_sitemap_in_one_language_has_no_alternates_and_absolute_addresses():
    site = "https://exemple.fr/"
    (entry,) = entries([LanguagePages("fr", "", [_page("index.html", site)])], site)
    assert entry.loc == "https://exemple.fr/index.html" and entry.alternates == []
    assert address(_page("a.html"), site) == "https://exemple.fr/a.html"
