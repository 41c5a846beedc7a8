"""The markup of progress, workshop view and read aloud in the built site (fr and en)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def read(site: Path, page: str) -> str:
    return (site / page).read_text(encoding="utf-8")


def strings_json(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="tut-workshop-strings">(.*?)</script>', html, re.S)
    assert match, "no workshop strings in the page"
    return json.loads(match.group(1))


def test_the_tutorial_carries_its_id_in_every_language(site):
    for page in ("tutoriels/franceconnect.html", "en/tutoriels/franceconnect.html"):
        html = read(site, page)
        assert html.count('data-tut-tutorial="tutoriels/franceconnect"') == 1, page


def test_the_cards_carry_their_id_and_step_count(site):
    # Cards (partials/tut-card.html): the home's latest tutorials, all tutorials, and the
    # tutorial's category page, in both languages.
    for folder in ("", "en/"):
        for page in ("index.html", "tutoriels/index.html", "tutoriels/identite-numerique.html"):
            html = read(site, folder + page)
            card = ('<li class="tut-card" data-tut-card data-tut-id="tutoriels/franceconnect" '
                    'data-tut-steps="4" ')
            assert html.count(card) == 1, folder + page


def test_the_tools_are_hidden_until_a_script_shows_them(site):
    html = read(site, "tutoriels/franceconnect.html")
    for marker in ("data-tut-tools-bar hidden", "data-tut-workshop-open hidden",
                   "data-tut-resume hidden", "data-tut-progress-restart hidden",
                   "data-tut-workshop-bar hidden"):
        assert html.count(marker) == 1, marker
    # The live region is in the markup, empty, before any script fills it.
    assert html.count('<p class="tut-visually-hidden" role="status" data-tut-announce></p>') == 1
    assert 'href="?atelier=1&amp;etape=1"' in html
    assert "<input" not in html.split('data-tut-tutorial="')[0].split("tut-tools")[1]


def test_the_scripts_get_the_strings_of_the_readers_language(site):
    for page, language in (("index.html", "fr"), ("tutoriels/franceconnect.html", "fr"),
                           ("en/tutoriels/franceconnect.html", "en")):
        words = yaml.safe_load((ROOT / "hooks" / "strings" / f"{language}.yml").read_text("utf-8"))
        assert strings_json(read(site, page)) == words["workshop"], page
    assert strings_json(read(site, "index.html"))["step_done"] == (
        "J'ai fait l'étape {number}\u00a0: {title}")
