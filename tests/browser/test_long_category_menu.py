"""A long category's section of the menu (tests/fixtures/catalogue/mkdocs-window.yml: 3
tutorials a section, Impôts has 4) in Chromium: the page, its neighbours and the link to
the category page, by keyboard, named for screen readers, axe clean, on a phone too."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

MENU = "Menu"


@pytest.fixture(scope="session")
def window_url(served) -> str:
    return served("catalogue/mkdocs-window.yml")


def test_the_section_lists_the_page_its_neighbours_and_the_category(page, window_url):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(window_url + "tutoriels/payer-en-ligne.html")
    section = page.get_by_role("navigation", name="Impôts")
    expect(section).to_have_count(1)
    links = section.get_by_role("link")
    expect(links).to_have_count(4)
    expect(links).to_have_text(["Écrire à son centre des impôts", "Estimer son impôt",
                                "Payer en ligne", "Voir les 4 tutoriels de la thématique"])
    more = section.get_by_role("link", name="Voir les 4 tutoriels de la thématique")
    expect(more).to_be_visible()
    # By keyboard: Tab goes from the page's link to it, Enter opens the category page,
    # which lists every tutorial.
    links.nth(2).focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if more.evaluate("(link) => link === document.activeElement"):
            break
    expect(more).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(window_url + "tutoriels/impots.html")
    expect(page.locator(".tut-card")).to_have_count(4)
    here = page.get_by_role("navigation", name="Impôts").get_by_role(
        "link", name="Voir les 4 tutoriels de la thématique")
    expect(here).to_have_attribute("aria-current", "page")


@pytest.mark.parametrize("width", [375, 1280])
def test_a_page_with_a_long_section_has_no_axe_violation(page, window_url, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(window_url + "tutoriels/estimer-son-impot.html")
    expect(page.locator(".tut-nav-more")).to_have_count(1)
    if width == 375:
        # On a phone, the menu opens from its button, on the page's section.
        page.get_by_role("button", name=MENU).click()
    more = page.get_by_role("link", name="Voir les 4 tutoriels de la thématique")
    expect(more).to_have_count(1)
    expect(more).to_be_visible()
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
