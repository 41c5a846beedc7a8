"""Mockups in real builds: broken scenarios fail the build, the site gets its practice pages."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from conftest import BAD
from html_text import read_page


class Tags(HTMLParser):
    """Every start tag of a page, as (tag, attributes)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **attrs) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag
                and all(a.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())]


def test_a_broken_scenario_fails_the_build_naming_file_lines_and_paths(builds):
    result = builds(BAD / "scenario-several-errors" / "mkdocs.yml")
    assert result.returncode != 0
    where = "docs/mockups/essai.yml"
    assert f"{where}, ligne 7 : screens.debut.elements[2] : type d'élément inconnu « buton » " \
        "(vouliez-vous dire « button » ?) ; types possibles : site, heading, text, " \
        "franceconnect, providers, input, password, checkbox, button, submit, link, reveal, " \
        "email, note, cookies, progress, choice, select, date, upload, sms, code, recap, " \
        "receipt." in result.output
    assert f"{where}, ligne 10 : screens.debut.elements[3] : « input » a besoin du champ « label »." \
        in result.output
    assert f"{where}, ligne 14 : screens.debut.elements[4].go : aucun écran « nulle-part » ; " \
        "écrans : debut." in result.output
    assert "Traceback" not in result.output


def test_an_unknown_scenario_or_screen_fails_the_build_naming_the_page(builds):
    result = builds(BAD / "mockup-unknown-scenario-and-screen" / "mkdocs.yml")
    assert result.returncode != 0
    assert "docs/index.md, ligne 3 : simulation 1 (« inconnu ») : aucun scénario « inconnu » " \
        "(fichier docs/mockups/inconnu.yml) ; scénarios : essai." in result.output
    assert "docs/index.md, ligne 6 : simulation 2 (« essai ») : aucun écran « nulle-part » dans " \
        "docs/mockups/essai.yml ; écrans : debut." in result.output
    assert "Traceback" not in result.output


def test_scenarios_are_data_not_pages(site):
    assert not (site / "mockups").exists()


def test_the_practice_index_lists_the_practice_pages(site):
    text = (site / "s-entrainer" / "index.html").read_text(encoding="utf-8")
    # The page's own title and intro (the nav names "S'entraîner" on every page).
    assert re.search(r"<h1[^>]*>S(&#39;|')entraîner</h1>", text)
    assert "Des simulations pour s'exercer sans risque" in read_page(text).text
    assert re.search(r'<a href="franceconnect/index.html">'
                     r"Se connecter à Mes droits sociaux avec FranceConnect</a>", text)


def test_the_practice_page_holds_the_whole_flow_and_links_the_tutorial(site):
    text = (site / "s-entrainer" / "franceconnect" / "index.html").read_text(encoding="utf-8")
    tags = Tags(text)
    assert len(tags.find("div", data_tut_mockup="flow")) == 1
    assert len(tags.find("figure", class_="tut-mockup__screen")) == 10
    assert tags.find("a", href="../../tutoriels/franceconnect.html")
    assert len(tags.find("h2", class_="tut-mockup__screen-title")) == 10


def test_the_tutorial_shows_a_screen_in_each_step_and_the_practice_flow(site):
    text = (site / "tutoriels" / "franceconnect.html").read_text(encoding="utf-8")
    tags = Tags(text)
    assert len(tags.find("div", data_tut_mockup="single")) == 5
    assert len(tags.find("div", data_tut_mockup="flow")) == 1
    assert 'class="tut-screen"' not in text
    steps = re.split(r'<section[^>]*class="tut-step"', text)[1:]
    assert len(steps) == 4
    assert all('data-tut-mockup="single"' in step for step in steps)
    assert tags.find("a", href="../s-entrainer/franceconnect/index.html")


def test_mockups_are_honest_and_send_nothing(site):
    for page in ("tutoriels/franceconnect.html", "s-entrainer/franceconnect/index.html"):
        text = (site / page).read_text(encoding="utf-8")
        tags = Tags(text)
        roots = tags.find("div", data_tut_mockup="flow") + tags.find("div", data_tut_mockup="single")
        assert roots
        assert text.count('<strong class="tut-mockup__flag">Simulation</strong>') == len(roots)
        assert "ne tapez pas vos vrais identifiants" in text
        forms = tags.find("form", class_="tut-mockup__window")
        assert forms and all("action" not in form and form["autocomplete"] == "off"
                             for form in forms)
        inputs = [a for t, a in tags.tags if t == "input" and "tut-mockup" in (a.get("id") or "")]
        assert inputs and all("name" not in a and "disabled" in a for a in inputs)
        typed = [a for a in inputs if a.get("type") != "checkbox"]
        assert typed and all(a.get("autocomplete") == "off" for a in typed)
        assert "<img" not in "".join(re.findall(r'<div class="tut-mockup .*?</form>', text, re.S))


# The form elements, in a fixture scenario holding every one (mockup-valid/formulaire.yml).

FORM_PARTS = {  # each element: a mark of it in the HTML
    "cookies": 'data-tut-cookies=', "progress": 'class="tut-mockup__progress-text"',
    "choice": 'data-tut-check="choice"', "select": 'data-tut-check="select"',
    "date": 'data-tut-check="date"', "upload": 'data-tut-check="upload"',
    "sms": 'class="tut-mockup__sms"', "code": 'data-tut-check="code"',
    "recap": 'class="tut-mockup__recap"', "receipt": 'class="tut-mockup__receipt"',
}


@pytest.mark.parametrize(("page", "counter"), [
    ("s-entrainer/formulaire/index.html", "Écran 1 sur 7"),
    ("en/s-entrainer/formulaire/index.html", "Screen 1 of 7"),
])
def test_every_form_element_is_written_in_both_languages_and_sends_nothing(
        fixture_site, page, counter):
    text = (fixture_site("mockup-valid") / page).read_text(encoding="utf-8")
    assert counter in text
    for kind, mark in FORM_PARTS.items():
        assert mark in text, kind
    tags = Tags(text)
    controls = [a for t, a in tags.tags
                if t in ("input", "select") and "tut-mockup" in (a.get("id") or "")]
    assert len(controls) >= 10 and all("name" not in a and "disabled" in a for a in controls)
    radios = tags.find("input", type="radio")
    assert len(radios) == 2 and radios[0]["aria-setsize"] == "2"
    assert tags.find("input", type="file", accept=".jpg,.png")
    assert tags.find("dd", data_tut_value="tut-mockup-1-identite-3")  # the recap's date
    assert "Jour" in text and "Tout refuser" in text and "Numéro de demande" in text


def test_the_form_elements_print_as_static_screens(fixture_site):
    css = (fixture_site("mockup-valid") / "assets" / "stylesheets" / "mockup.css"
           ).read_text(encoding="utf-8")
    printed = css[css.index("@media print"):]
    assert ".tut-mockup__cookies[hidden]" in printed
    assert "[data-tut-print]" in printed


def test_the_identity_card_tutorial_has_its_journey_and_its_sources(site):
    text = (site / "tutoriels" / "pre-demande-carte-identite.html").read_text(encoding="utf-8")
    tags = Tags(text)
    assert len(tags.find("div", data_tut_mockup="single")) == 5
    assert tags.find("a", href="../s-entrainer/pre-demande-carte-identite/index.html")
    sources = text[text.index('<section class="tut-sources"'):text.index('<footer')]
    assert '<h2 id="tut-sources" class="tut-sources__title">Sources</h2>' in sources
    links = re.findall(r'<a href="(https://[^"]+)">', sources)
    assert len(links) == 6 and all(link.startswith("https://") for link in links)
    assert sources.count('<time datetime="2026-12-02">') == 6
    practice = (site / "s-entrainer" / "pre-demande-carte-identite" / "index.html"
                ).read_text(encoding="utf-8")
    assert len(Tags(practice).find("figure", class_="tut-mockup__screen")) == 9
    assert "(exemple)" in practice
