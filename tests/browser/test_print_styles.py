"""The print stylesheet (Chromium print emulation) and the link to each tutorial's PDF."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import PDF_SITE_URL, serve

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"
PDF_LINK = "Télécharger en PDF"
# The site's chrome on a tutorial page, none of it printed: role and the least number of
# such regions (8 navigation regions today: header, menu, table of contents, footer...).
CHROME = {"banner": 1, "navigation": 4, "contentinfo": 1, "search": 1}


@pytest.fixture(scope="module")
def pdf_site_url(pdf_site):
    server, url = serve(pdf_site)
    yield url
    server.shutdown()


def after_content(locator) -> str:
    return locator.evaluate("(el) => getComputedStyle(el, '::after').content")


def test_print_hides_the_site_chrome_and_keeps_the_tutorial(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL)
    page.emulate_media(media="print")
    # Hidden regions leave the accessibility tree: count them with `include_hidden`, so
    # that the check cannot pass on regions it did not find.
    for chrome, count in CHROME.items():
        regions = page.get_by_role(chrome, include_hidden=True)
        assert regions.count() >= count, f"{regions.count()} {chrome} regions, {count} expected"
        for region in regions.all():
            expect(region, f"the {chrome} region is printed").to_be_hidden()
    pdf_link = page.get_by_role("link", name=PDF_LINK, include_hidden=True)
    expect(pdf_link).to_have_count(1)
    expect(pdf_link).to_be_hidden()
    assert page.get_by_role("heading", level=1).is_visible()
    for name in ("Résumé", "Prérequis", "Étape 1 : S'identifier", "Licence et crédits"):
        assert page.get_by_role("heading", name=name).is_visible(), name
    assert page.locator(".admonition-title", has_text="Bon à savoir").is_visible()
    assert page.get_by_text(PDF_SITE_URL + TUTORIAL).is_visible()


def test_print_writes_the_address_after_each_link(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL)
    page.emulate_media(media="print")
    faq = page.get_by_role("link", name="FAQ FranceConnect")
    assert after_content(faq) == '" (https://franceconnect.gouv.fr/faq)"'
    bare = page.get_by_role("link", name="https://www.mesdroitssociaux.gouv.fr/accueil/")
    assert after_content(bare) in ("none", "normal"), "a bare address is printed twice"
    page.emulate_media(media="screen")
    assert after_content(faq) in ("none", "normal"), "the address shows on screen"


def test_print_text_is_at_least_12_points_and_screens_hold_together(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL)
    page.emulate_media(media="print")
    sizes = page.locator(".tut-body p, .tut-body li, .admonition p, .tut-summary p").evaluate_all(
        "(els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize))"
    )
    assert sizes and min(sizes) >= 16, f"text under 12 pt (16 px) on paper: {min(sizes)} px"
    # A screen or a "Bon à savoir" is never cut; a step may break between paragraphs
    # (a whole step per page left half-empty pages), but never right after its title.
    inside = page.locator(".tut-mockup__screen, .admonition").evaluate_all(
        "(els) => els.map((el) => getComputedStyle(el).breakInside)"
    )
    assert inside and set(inside) == {"avoid"}, inside
    after = page.locator(".tut-step__title").evaluate_all(
        "(els) => els.map((el) => getComputedStyle(el).breakAfter)"
    )
    assert after and set(after) == {"avoid"}, after


def columns(page) -> list[dict]:
    """For each screen paired with its text: both boxes (x, y, width, height)."""
    return page.locator(".tut-step__pair").evaluate_all("""(pairs) => pairs.map((pair) => ({
        text: pair.querySelector(':scope > .tut-step__text').getBoundingClientRect().toJSON(),
        screens: pair.querySelector(':scope > .tut-step__screens').getBoundingClientRect().toJSON(),
        note: !!pair.querySelector('.tut-helper'),
    }))""")


def test_on_paper_each_screen_stands_beside_its_text_and_on_screen_below_it(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL)
    page.emulate_media(media="print")
    pairs = columns(page)
    # FranceConnect: 5 of its 6 screens follow text of their own (the 6th shares a pair).
    assert len(pairs) == 5, pairs
    for pair in pairs:
        text, screens = pair["text"], pair["screens"]
        assert screens["x"] >= text["x"] + text["width"], f"the screen is not beside its text: {pair}"
        assert abs(screens["y"] - text["y"]) < 1, f"the screen and its text start apart: {pair}"
        assert screens["width"] > 1.5 * text["width"], f"the screen is not the wider: {pair}"
    page.emulate_media(media="screen")
    for pair in columns(page):
        text, screens = pair["text"], pair["screens"]
        assert screens["y"] >= text["y"] + text["height"] - 1, f"on screen, side by side: {pair}"


def test_in_the_helpers_handout_a_text_with_a_note_is_printed_above_its_screen(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL + "?aidant=1")
    page.emulate_media(media="print")
    pairs = columns(page)
    assert [pair["note"] for pair in pairs].count(True) == 1, pairs
    for pair in pairs:
        text, screens = pair["text"], pair["screens"]
        if pair["note"]:
            assert screens["y"] >= text["y"] + text["height"], f"a note in a narrow column: {pair}"
        else:
            assert screens["x"] >= text["x"] + text["width"], f"not side by side: {pair}"


def test_web_address_shows_only_on_paper(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL)
    address = page.get_by_text(PDF_SITE_URL + TUTORIAL)
    expect(address).to_have_count(1)
    expect(address).to_be_hidden()
    page.emulate_media(media="print")
    expect(address).to_be_visible()


def test_tutorial_links_to_its_pdf_which_exists(page, pdf_site_url):
    page.goto(pdf_site_url + TUTORIAL)
    link = page.get_by_role("link", name=PDF_LINK)
    assert link.is_visible()
    response = page.request.get(link.evaluate("(a) => a.href"))
    assert response.ok, response.status
    assert response.headers["content-type"] == "application/pdf"
    assert response.body().startswith(b"%PDF")


def test_home_page_links_to_the_booklet_which_exists(page, pdf_site_url):
    page.goto(pdf_site_url + "index.html")
    link = page.get_by_role("link", name="Télécharger tous les tutoriels en PDF")
    response = page.request.get(link.evaluate("(a) => a.href"))
    assert response.ok and response.body().startswith(b"%PDF"), response.status


def test_without_pdfs_no_page_links_to_one(page, site_url, site_pages):
    """The plain build (no Chromium, `mkdocs serve`) writes no dead PDF link."""
    for path in site_pages:
        page.goto(site_url + path)
        assert page.get_by_role("link", name=PDF_LINK).count() == 0, path
        assert page.locator("a[href$='.pdf']").count() == 0, path
