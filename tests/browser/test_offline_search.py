"""Search from a folder or a USB key (file://): the language's compact index is loaded by
a <script> the first time the reader searches, then searched like Pagefind over HTTP
(real site, Chromium)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_search import arrows_then_escape

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"
SEARCH = ("/search/offline.", "/pagefind/")


def search_requests(page) -> list[str]:
    return [url for url in page.requests_seen if any(part in url for part in SEARCH)]


def assert_no_axe_violation(page, state: str) -> None:
    violations = run_axe(page, include=".md-search")
    assert not violations, f"{state}: {describe_violations(violations)}"


def test_from_a_folder_french_search_works_by_keyboard_and_announces_its_count(page, site):
    home = site / "index.html"
    page.goto(home.as_uri())
    # Reading and tabbing through the page loads nothing of search.
    page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    assert search_requests(page) == []
    assert page.evaluate("typeof window.tutSearchOffline") == "undefined"
    # Ctrl+K opens the search, as over HTTP; only the French index is loaded, by a script.
    page.keyboard.press("Control+k")
    field = page.get_by_role("search").get_by_role("textbox", name="Rechercher")
    expect(field).to_be_focused()
    status = page.get_by_role("search").get_by_role("status")
    expect(status).to_match_aria_snapshot("- status: Tapez un mot pour chercher dans les pages.")
    assert_no_axe_violation(page, "opened")
    assert search_requests(page) == [(site / "search" / "offline.fr.js").as_uri()]
    # Without accents, a prefix and a plural: "demarch" finds "démarches".
    page.keyboard.type("demarch comptes", delay=20)
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    # On a loaded machine a pause between two keys can show the results of the first
    # word; the last query's come 150 ms after the last key (search.js), then stay.
    page.wait_for_timeout(400)
    count = results.count()
    expect(status).to_match_aria_snapshot(
        f"- status: {count} résultat{'s' if count > 1 else ''}")
    expect(results.first).to_have_attribute("href", (site / TUTORIAL).as_uri())
    expect(results.first.get_by_role("heading")).to_have_text(
        "Comment créer et utiliser un compte FranceConnect ?")
    expect(results.first.locator("mark").first).to_be_visible()
    assert_no_axe_violation(page, "results")
    # Arrows move between the field and the results; Escape closes; Enter opens.
    arrows_then_escape(page, results, field)
    # A word found nowhere says so.
    page.keyboard.press("Control+k")
    page.keyboard.press("Control+a")
    page.keyboard.type("zzzxq", delay=20)
    expect(status).to_match_aria_snapshot("- status: Aucun résultat")
    expect(results).to_have_count(0)
    assert_no_axe_violation(page, "no results")
    page.keyboard.press("Control+a")
    page.keyboard.type("FranceConn", delay=20)
    expect(results.first).to_have_attribute("href", (site / TUTORIAL).as_uri())
    page.keyboard.press("Enter")
    expect(page).to_have_url((site / TUTORIAL).as_uri())
    assert not any("/en/" in url for url in search_requests(page))


def test_from_a_folder_english_search_finds_english_pages(page, site):
    page.goto((site / "en" / TUTORIAL).as_uri())
    assert search_requests(page) == []
    field = page.get_by_role("search").get_by_role("textbox", name="Search")
    field.focus()
    field.press_sequentially("accounts", delay=20)
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    page.wait_for_timeout(400)  # the last query's results (see above)
    count = results.count()
    expect(page.get_by_role("search").get_by_role("status")).to_match_aria_snapshot(
        f"- status: {count} result{'s' if count > 1 else ''}")
    hrefs = [link.get_attribute("href") for link in results.all()]
    assert (site / "en" / TUTORIAL).as_uri() in hrefs, hrefs
    assert all(href.startswith((site / "en").as_uri() + "/") for href in hrefs), hrefs
    assert search_requests(page) == [(site / "en" / "search" / "offline.en.js").as_uri()]
    assert_no_axe_violation(page, "English results")


def test_from_a_folder_an_index_that_cannot_load_says_so_and_where_to_go(page, site):
    # The script loads but sets nothing (as a truncated copy on a USB key would).
    page.add_init_script("Object.defineProperty(window, 'tutSearchOffline', "
                         "{ get: () => undefined, set: () => {} })")
    page.goto((site / "index.html").as_uri())
    page.get_by_role("search").get_by_role("textbox", name="Rechercher").focus()
    note = page.get_by_role("search").get_by_role("status")
    expect(note).to_contain_text("La recherche n'a pas pu se charger.")
    expect(page.get_by_text("Chargement de la recherche")).to_be_hidden()
    expect(note.get_by_role("link", name="les tutoriels par catégorie")).to_have_attribute(
        "href", "tutoriels/index.html")
    expect(note.get_by_role("link", name="les mots-clés")).to_have_attribute("href", "tags.html")
