"""Text from front matter, `mkdocs.yml` (site name, `extra`) and scenario files is shown as
text wherever it lands: HTML text, attributes, the search index, JSON in pages.

tests/fixtures/escaping writes `<img src=x onerror=alert(1)> "' &` in every such field;
none of them may become markup, break out of an attribute or a script.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest

from html_text import read_page
from search_index import pagefind_records

PAYLOAD = "<img src=x onerror=alert(1)> \"' &"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"
ATTRIBUTE_NAME = re.compile(r"[a-z][a-z0-9_:.-]*")


class Tags(HTMLParser):
    """Every start tag of a page, as (tag, attributes), and the text of its scripts."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        if tag == "script":
            self._script = dict(attrs)

    def handle_data(self, data):
        if self._script is not None:
            self.scripts.append((self._script, data))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None


@pytest.fixture(scope="module")
def escaping(fixture_site):
    return fixture_site("escaping")


@pytest.fixture(scope="module")
def pages(escaping) -> dict[str, str]:
    found = {path.relative_to(escaping).as_posix(): path.read_text(encoding="utf-8")
             for path in sorted(escaping.rglob("*.html"))}
    # Both languages, a tutorial, its practice page, the statement, the footer everywhere.
    for name in ("index.html", "en/index.html", "tutoriels/piege.html", "en/tutoriels/piege.html",
                 "s-entrainer/piege/index.html", "accessibilite/index.html", "404.html",
                 "tutoriels/pieges.html", "en/tutoriels/pieges.html"):
        assert name in found, sorted(found)
    return found


def test_no_built_file_holds_the_markup_unescaped(escaping):
    leaks = []
    for path in sorted(escaping.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js"):
            text = path.read_text(encoding="utf-8")
            leaks += [f"{path.relative_to(escaping)}: …{text[max(0, m.start() - 80):m.end()]}"
                      for m in re.finditer(r"<img src=x", text)]
    assert leaks == [], "\n".join(leaks)


def test_no_page_gets_an_image_or_a_broken_attribute(pages):
    problems = []
    for name, html in pages.items():
        for tag, attrs in Tags(html).tags:
            if tag == "img" and dict(attrs).get("src") == "x":
                problems.append(f"{name}: <img src=x>")
            for attribute, _ in attrs:
                if attribute == "onerror" or not ATTRIBUTE_NAME.fullmatch(attribute):
                    problems.append(f"{name}: <{tag}> has an attribute '{attribute}'")
    assert problems == [], "\n".join(problems)


def test_the_texts_read_as_written(pages):
    tutorial = read_page(pages["tutoriels/piege.html"]).text
    for label in ("Titre", "Résumé", "Mot", "Prérequis", "Crédits", "Structure", "Lien",
                  "Adresse", "01"):
        assert f"{label} {PAYLOAD}" in tutorial, label
    statement = read_page(pages["accessibilite/index.html"]).text
    for label in ("Auditeur", "HTML", "Outil", "Contenu", "Dérogation"):
        assert f"{label} {PAYLOAD}" in statement, label
    practice = read_page(pages["s-entrainer/piege/index.html"]).text
    for label in ("Simulation", "Écran", "Champ", "Aide", "Bouton", "Case", "Fin", "Objet"):
        assert f"{label} {PAYLOAD}" in practice, label
    category = read_page(pages["tutoriels/pieges.html"]).text
    for label in ("Thématique", "Présentation", "Titre", "Résumé"):
        assert f"{label} {PAYLOAD}" in category, label
    assert f"Category {PAYLOAD}" in read_page(pages["en/tutoriels/pieges.html"]).text
    translation = read_page(pages["en/tutoriels/piege.html"]).text
    for label in ("Title", "Summary", "Tag", "Translator", "Credits", "Structure EN"):
        assert f"{label} {PAYLOAD}" in translation, label


def test_attributes_keep_their_whole_value(pages):
    tags = Tags(pages["tutoriels/piege.html"]).tags
    values = [value for _, attrs in tags for _, value in attrs if value]
    assert f"Site {PAYLOAD}" in values  # the logo's name (aria-label)
    assert "https://example.org/?a=1&b=\"'<img src=x onerror=alert(1)>" in values
    assert "https://example.org/?q=\"'<img src=x onerror=alert(1)>&r=1" in values
    title = re.search(r"<title>([^<]*)</title>", pages["tutoriels/piege.html"])
    assert title and unescape(title.group(1)) == f"Titre {PAYLOAD} - Site {PAYLOAD}"
    assert f"Description {PAYLOAD}" in values  # <meta name="description">


def test_json_in_pages_is_valid_and_cannot_close_its_script(pages):
    checked = 0
    for name, html in pages.items():
        for attrs, text in Tags(html).scripts:
            if attrs.get("type") == "application/json":
                json.loads(text)
                assert "</" not in text, f"{name}: a JSON script could be closed early"
                checked += 1
    assert checked > 0, "no JSON script found"


def test_the_search_index_holds_the_texts_as_written(escaping):
    # Pagefind's index holds text; its excerpts are escaped when shown (search.js puts the
    # title as text). The texts are the page's, read as written, in both languages.
    records = pagefind_records(escaping)
    for url, title in (("/tutoriels/piege.html", f"Titre {PAYLOAD}"),
                       ("/en/tutoriels/piege.html", f"Title {PAYLOAD}")):
        assert records[url]["meta"]["title"] == title
        assert title in records[url]["content"]
        assert "&lt;" not in records[url]["content"], "escaped twice"
