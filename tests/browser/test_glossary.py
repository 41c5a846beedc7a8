"""Glossary terms in Chromium: by keyboard and by touch, read by screen readers, printed;
the tutorial and the glossary page without an axe violation."""

import pytest
import yaml
from playwright.sync_api import expect

from conftest import ROOT, describe_violations, run_axe

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"
GLOSSARY = ROOT / "docs" / "glossaire.yml"
TERMS = 15  # the terms the FranceConnect tutorial explains (tests/build/test_glossary_build.py)
IDENTIFIANT = ("Le nom, le numéro ou l'adresse électronique qui dit au site qui vous êtes. "
               "Sur ameli, c'est votre numéro de sécurité sociale.")


def definition(page, term_id):
    return page.locator(f"#tut-term-{term_id}")


def test_a_term_opens_and_closes_by_keyboard_and_its_definition_is_read(page, site_url):
    page.goto(site_url + TUTORIAL)
    expect(page.locator(".tut-term__button")).to_have_count(TERMS)
    button = page.get_by_role("button", name="Identifiant", exact=True)
    expect(button).to_have_count(1)
    # Screen readers get the definition with the word, shown or not.
    expect(button).to_have_accessible_description(IDENTIFIANT)
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(definition(page, "identifiant")).to_be_hidden()
    for _ in range(120):
        page.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    expect(button).to_be_focused()
    assert button.evaluate("element => getComputedStyle(element).outlineStyle") != "none"
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(definition(page, "identifiant")).to_be_visible()
    # In the accessibility tree, right after the word, in the paragraph's text.
    paragraph = page.locator("p", has=button)
    assert IDENTIFIANT in paragraph.aria_snapshot()
    page.keyboard.press("Escape")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(definition(page, "identifiant")).to_be_hidden()
    page.keyboard.press("Space")
    expect(definition(page, "identifiant")).to_be_visible()
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_a_term_opens_and_closes_by_touch(browser, site_url):
    context = browser.new_context(locale="fr-FR", has_touch=True, is_mobile=True,
                                  viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        page.goto(site_url + TUTORIAL)
        button = page.get_by_role("button", name="Mot de Passe", exact=True)
        expect(button).to_have_count(1)
        button.tap()
        expect(button).to_have_attribute("aria-expanded", "true")
        expect(definition(page, "mot-de-passe")).to_be_visible()
        expect(definition(page, "mot-de-passe")).to_contain_text("Un code secret")
        button.tap()
        expect(definition(page, "mot-de-passe")).to_be_hidden()
    finally:
        context.close()


def test_on_paper_every_definition_and_the_words_to_know_show(page, site_url):
    page.goto(site_url + TUTORIAL)
    page.emulate_media(media="print")
    definitions = page.locator(".tut-term__definition")
    expect(definitions).to_have_count(TERMS)
    for index in range(TERMS):
        expect(definitions.nth(index)).to_be_visible()
    box = page.get_by_role("region", name="Mots à connaître")
    expect(box).to_be_visible()
    expect(box.locator("dt")).to_have_count(TERMS)


@pytest.mark.parametrize(("folder", "title"), [("", "Glossaire"), ("en/", "Glossary")])
def test_the_glossary_page_has_no_axe_violation(page, site_url, folder, title):
    page.goto(site_url + folder + "glossaire.html")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("dt")).to_have_count(len(yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))))
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)
