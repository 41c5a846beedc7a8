"""The FranceConnect tutorial as a reader gets it in Chromium."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

STEP_TITLES = [
    "Étape 1 : S'identifier",
    "Étape 2 : Choisir un compte",
    "Étape 3 : Se connecter",
    "Étape 4 : Continuer sur le site FranceConnect",
]


@pytest.fixture
def tutorial(page, site_url):
    page.goto(site_url + "tutoriels/franceconnect.html")
    return page


def test_page_shows_four_numbered_steps_in_order(tutorial):
    steps = tutorial.locator("section.tut-step").get_by_role("heading", level=2)
    expect(steps).to_have_text(STEP_TITLES)
    for number, title in enumerate(STEP_TITLES, 1):
        heading = tutorial.get_by_role("heading", name=title)
        expect(heading).to_be_visible()
        expect(heading).to_have_attribute("id", f"etape-{number}")


def test_step_anchor_scrolls_to_the_step(page, site_url):
    page.goto(site_url + "tutoriels/franceconnect.html#etape-3")
    expect(page.get_by_role("heading", name=STEP_TITLES[2])).to_be_in_viewport()


def test_page_has_one_h1_and_french_language(tutorial):
    expect(tutorial.locator("h1")).to_have_count(1)
    expect(tutorial.get_by_role("heading", level=1)).to_have_text(
        "Comment créer et utiliser un compte FranceConnect ?")
    expect(tutorial.locator("html")).to_have_attribute("lang", "fr")
    expect(tutorial).to_have_title("Comment créer et utiliser un compte FranceConnect ? - Pas à pas")


def test_header_shows_date_tags_summary_and_prerequisites(tutorial):
    expect(tutorial.get_by_text("Dernière modification : 06 avril 2022").first).to_be_visible()
    tags = tutorial.get_by_role("list", name="Mots-clés").get_by_role("link")
    expect(tags).to_have_text(["#démarcheadministrative", "#franceconnect", "#identificationunique"])
    expect(tutorial.get_by_role("region", name="Résumé")).to_contain_text(
        "Vous souhaitez faciliter vos démarches administratives en ligne ?")
    expect(tutorial.get_by_role("region", name="Prérequis").get_by_role("listitem")).to_have_count(3)


def test_tag_link_leads_to_the_tag_index(tutorial):
    tutorial.get_by_role("link", name="#franceconnect").click()
    expect(tutorial).to_have_url(re.compile(r"tags\.html#tag:franceconnect$"))
    expect(tutorial.get_by_role("link", name="Comment créer et utiliser un compte FranceConnect ?").first).to_be_visible()


def test_licence_footer_names_the_licence_with_a_link_and_the_credit(tutorial):
    footer = tutorial.locator("footer.tut-footer")
    expect(footer).to_contain_text("Ce tutoriel est mis à disposition sous les termes de la Licence Ouverte 2.0")
    expect(footer.get_by_role("link", name="Licence Ouverte 2.0")).to_have_attribute(
        "href", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
    expect(footer).to_contain_text("Ce tutoriel a été produit dans le cadre du projet Clic&Connect.")
    expect(footer).to_contain_text("06 avril 2022")


def test_skip_link_is_first_visible_on_focus_and_moves_to_the_title(tutorial):
    tutorial.keyboard.press("Tab")
    skip = tutorial.get_by_role("link", name="Aller au contenu")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    tutorial.keyboard.press("Enter")
    expect(tutorial).to_have_url(re.compile(r"#titre$"))
    expect(tutorial.get_by_role("heading", level=1)).to_be_in_viewport()


def test_readable_on_a_320_px_phone_without_sideways_scrolling(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    phone = context.new_page()
    phone.goto(site_url + "tutoriels/franceconnect.html")
    width = phone.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 320


def test_home_page_card_opens_the_tutorial(page, site_url):
    page.goto(site_url)
    page.get_by_role("link", name="Comment créer et utiliser un compte FranceConnect ?").last.click()
    expect(page).to_have_url(re.compile(r"tutoriels/franceconnect\.html$"))


def test_page_makes_no_request_outside_the_site(tutorial, site_url):
    tutorial.wait_for_load_state("networkidle")
    outside = [url for url in tutorial.requests_seen if not url.startswith(site_url)]
    assert outside == []
