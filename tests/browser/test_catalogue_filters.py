"""The catalogue in Chromium (tests/fixtures/catalogue): filters by mouse and by keyboard,
the live count, the state kept in the URL, axe on the new pages, and without JavaScript."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")
IMPOTS = ["Déclarer ses revenus", "Écrire à son centre des impôts", "Estimer son impôt",
          "Payer en ligne"]


@pytest.fixture(scope="session")
def catalogue_url(served) -> str:
    return served("catalogue/mkdocs.yml")


def visible_titles(page) -> list[str]:
    return page.locator(".tut-card:visible .tut-card__link").all_inner_texts()


def test_filters_by_mouse_narrow_the_cards_and_say_the_count(page, catalogue_url):
    page.goto(catalogue_url + "tutoriels/impots.html")
    status = page.get_by_role("status")
    expect(status).to_have_count(1)
    expect(status).to_have_text("4 tutoriels")
    expect(page.locator(".tut-card")).to_have_count(4)
    form = page.get_by_role("group", name="Filtrer les tutoriels")
    expect(form).to_be_visible()

    page.get_by_label("Niveau").select_option(label="Débutant")
    expect(status).to_have_text("2 tutoriels")
    assert visible_titles(page) == ["Déclarer ses revenus", "Payer en ligne"]

    page.get_by_label("Durée").select_option(label="10 minutes ou moins")
    expect(status).to_have_text("1 tutoriel")
    assert visible_titles(page) == ["Payer en ligne"]

    page.get_by_label("Mot-clé").select_option(label="#revenus")
    expect(status).to_have_text("Aucun tutoriel ne correspond à ces filtres.")
    expect(page.locator(".tut-card:visible")).to_have_count(0)

    page.get_by_role("button", name="Réinitialiser les filtres").click()
    expect(status).to_have_text("4 tutoriels")
    assert visible_titles(page) == IMPOTS
    assert page.url == catalogue_url + "tutoriels/impots.html"


def test_filters_work_with_the_keyboard_only(page, catalogue_url):
    page.goto(catalogue_url + "tutoriels/impots.html")
    level = page.get_by_label("Niveau")
    expect(level).to_have_count(1)
    for _ in range(60):
        page.keyboard.press("Tab")
        if level.evaluate("(field) => field === document.activeElement"):
            break
    expect(level).to_be_focused()
    page.keyboard.press("ArrowDown")  # a closed select changes with the arrow keys
    page.keyboard.press("ArrowDown")
    expect(level).to_have_value("intermediaire")
    status = page.get_by_role("status")
    expect(status).to_have_text("1 tutoriel")
    assert visible_titles(page) == ["Écrire à son centre des impôts"]
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    reset = page.get_by_role("button", name="Réinitialiser les filtres")
    expect(reset).to_be_focused()
    page.keyboard.press("Enter")
    expect(status).to_have_text("4 tutoriels")
    expect(level).to_have_value("")


def test_the_filters_are_in_the_url_and_restored_on_reload(page, catalogue_url):
    page.goto(catalogue_url + "tutoriels/index.html")
    page.get_by_label("Mot-clé").select_option(label="#ameli")
    page.get_by_label("Durée").select_option(label="De 10 à 30 minutes")
    expect(page.get_by_role("status")).to_have_text("2 tutoriels")
    assert page.url.endswith("tutoriels/index.html?mot-cle=ameli&duree=moyen")
    page.reload()
    expect(page.get_by_label("Mot-clé")).to_have_value("ameli")
    expect(page.get_by_label("Durée")).to_have_value("moyen")
    expect(page.get_by_role("status")).to_have_text("2 tutoriels")
    assert visible_titles(page) == ["Ouvrir son compte ameli", "Commander sa carte Vitale"]
    # Only the Santé section still has cards: the other sections are hidden with theirs.
    expect(page.get_by_role("heading", level=2, name="Santé")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Impôts")).to_be_hidden()


def test_a_shared_link_opens_filtered_and_ignores_unknown_values(page, catalogue_url):
    page.goto(catalogue_url + "tutoriels/index.html?niveau=avance&mot-cle=inconnu")
    expect(page.get_by_role("status")).to_have_text("1 tutoriel")
    assert visible_titles(page) == ["Estimer son impôt"]
    expect(page.get_by_label("Mot-clé")).to_have_value("")


def test_english_filters_speak_english(page, catalogue_url):
    page.goto(catalogue_url + "en/tutoriels/impots.html?niveau=debutant")
    expect(page.get_by_role("status")).to_have_text("2 tutorials")
    expect(page.get_by_role("group", name="Filter the tutorials")).to_be_visible()


@pytest.mark.parametrize("path", ["index.html", "tutoriels/index.html", "tutoriels/impots.html",
                                  "en/tutoriels/sante.html", "tutoriels/payer-en-ligne.html",
                                  "tutoriels/impots.html?niveau=avance&duree=court"])
def test_catalogue_pages_have_no_axe_violation(page, catalogue_url, path):
    page.goto(catalogue_url + path)
    page.wait_for_load_state("networkidle")
    violations = run_axe(page, TAGS)
    assert not violations, describe_violations(violations)


def test_without_javascript_every_tutorial_is_listed_and_no_form_is_shown(browser,
                                                                         catalogue_url):
    context = browser.new_context(java_script_enabled=False, locale="fr-FR")
    page = context.new_page()
    try:
        page.goto(catalogue_url + "tutoriels/index.html?niveau=avance")
        cards = page.locator(".tut-card")
        expect(cards).to_have_count(7)
        expect(page.locator(".tut-card:visible")).to_have_count(7)
        expect(page.get_by_role("group", name="Filtrer les tutoriels")).to_have_count(0)
        expect(page.get_by_label("Niveau")).to_be_hidden()
        expect(page.get_by_role("status")).to_have_text("7 tutoriels")
    finally:
        context.close()
