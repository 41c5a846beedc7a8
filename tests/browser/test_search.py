"""Search loads when the reader asks for it, finds, announces, works by keyboard (real
site over HTTP, Chromium; from a folder: test_offline_search.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import describe_violations, run_axe, serve

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"
# What Material's search used to fetch, and what Pagefind fetches.
SEARCH_REQUESTS = ("/pagefind/", "search_index", "/workers/search", "lunr")


def search_requests(page) -> list[str]:
    return [url for url in page.requests_seen if any(part in url for part in SEARCH_REQUESTS)]


def search_field(page):
    return page.get_by_role("search").get_by_role("textbox", name="Rechercher")


def search_status(page):
    """The search's live region (a tutorial page has others: the workshop tools')."""
    return page.get_by_role("search").get_by_role("status")



def arrows_then_escape(page, results, field) -> None:
    """The results' keys, the same over HTTP and from a folder: the arrows move between
    the field and the first result, Escape closes the search."""
    page.keyboard.press("ArrowDown")
    expect(results.first).to_be_focused()
    page.keyboard.press("ArrowUp")
    expect(field).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("#__search")).not_to_be_checked()

def test_nothing_of_search_is_fetched_before_the_reader_asks(page, site_url):
    page.goto(site_url + TUTORIAL)
    page.wait_for_load_state("networkidle")
    # Reading the page, scrolling, tabbing through the header: no search yet.
    page.mouse.wheel(0, 2000)
    page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    assert search_requests(page) == []
    search_field(page).focus()
    status = search_status(page)
    expect(status).to_have_count(1)
    expect(status).not_to_contain_text("résultat")
    page.wait_for_load_state("networkidle")
    assert any("/pagefind/pagefind.js" in url for url in search_requests(page))


def test_typing_a_word_of_the_tutorial_finds_it_and_announces_the_count(page, site_url):
    page.goto(site_url + "index.html")
    field = search_field(page)
    field.click()
    field.fill("ameli")
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    hrefs = [link.get_attribute("href") for link in results.all()]
    assert site_url + TUTORIAL in hrefs, hrefs
    tutorial = results.filter(has=page.get_by_role("heading", name="FranceConnect"))
    expect(tutorial).not_to_have_count(0)
    expect(search_status(page)).to_match_aria_snapshot(f"- status: {len(hrefs)} résultats")
    violations = run_axe(page)
    assert not violations, describe_violations(violations)


def test_a_word_found_nowhere_says_so(page, site_url):
    page.goto(site_url + "index.html")
    field = search_field(page)
    field.fill("zzyzxquux")
    expect(search_status(page)).to_match_aria_snapshot("- status: Aucun résultat")
    expect(page.locator(".md-search-result__list a")).to_have_count(0)


def test_ctrl_k_opens_and_loads_search_and_no_single_key_does_anything(page, site_url):
    """Ctrl+K is the search's shortcut; no key alone (Material's "/", "s", "f" for the
    search, "n", "p", ",", "." for the next and previous pages) does anything, so that a
    stray key or a speech-input word never acts (WCAG 2.1.4, RGAA 12.10)."""
    page.goto(site_url + TUTORIAL)
    page.wait_for_load_state("networkidle")
    field = search_field(page)
    for key in ("/", "s", "f", "n", "p", ",", "."):
        page.keyboard.press(key)
    page.wait_for_timeout(200)
    assert page.url.endswith(TUTORIAL), f"a single key left the page for {page.url}"
    expect(field).not_to_be_focused()
    assert search_requests(page) == []
    page.keyboard.press("Control+k")
    expect(field).to_be_focused()
    expect(field).to_have_value("")
    page.keyboard.type("compte")
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    assert search_requests(page)


def test_arrows_move_through_the_results_and_escape_closes(page, site_url):
    page.goto(site_url + "index.html")
    field = search_field(page)
    field.click()
    field.press_sequentially("compte", delay=30)
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    arrows_then_escape(page, results, field)
    page.keyboard.press("Enter")  # back in the field: Enter opens the first result
    expect(page).to_have_url(site_url + TUTORIAL)


def test_the_search_button_opens_search_on_a_phone(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site_url + TUTORIAL)
    button = page.get_by_role("button", name="Rechercher")
    expect(button).to_have_count(1)
    expect(button).to_have_attribute("aria-expanded", "false")
    button.focus()
    page.keyboard.press(" ")
    expect(button).to_have_attribute("aria-expanded", "true")
    field = search_field(page)
    expect(field).to_be_focused()
    field.press_sequentially("ameli", delay=30)
    expect(page.locator(".md-search-result__list a").first).to_be_visible()
    page.keyboard.press("Escape")
    expect(button).to_be_focused()
    expect(button).to_have_attribute("aria-expanded", "false")
    context.close()


@pytest.mark.parametrize("start", ["en/index.html", "en/" + TUTORIAL])
def test_english_pages_find_english_pages_in_their_own_bundle(page, site_url, start):
    page.goto(site_url + start)
    page.wait_for_load_state("networkidle")
    assert search_requests(page) == []
    field = page.get_by_role("search").get_by_role("textbox", name="Search")
    field.click()
    # "accounts" finds "account" only with the English stemmer.
    field.fill("accounts")
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    hrefs = [link.get_attribute("href") for link in results.all()]
    assert all(href.startswith(site_url + "en/") for href in hrefs), hrefs
    assert site_url + "en/" + TUTORIAL in hrefs, hrefs
    expect(results.get_by_role("heading").filter(has_text="FranceConnect account")).not_to_have_count(0)
    expect(search_status(page)).to_match_aria_snapshot(f"- status: {len(hrefs)} results")
    # English's bundle (en/pagefind/), never French's.
    fetched = search_requests(page)
    assert any(url.startswith(site_url + "en/pagefind/") for url in fetched), fetched
    assert not any(url.startswith(site_url + "pagefind/") for url in fetched), fetched
    # A result leads to its English page, from any depth.
    results.filter(has=page.get_by_role("heading", name="FranceConnect account")).first.click()
    expect(page).to_have_url(site_url + "en/" + TUTORIAL)
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_french_pages_find_french_pages_only(page, site_url):
    page.goto(site_url + TUTORIAL)
    field = search_field(page)
    field.click()
    # "comptes" finds "compte" only with the French stemmer.
    field.fill("comptes")
    results = page.locator(".md-search-result__list a")
    expect(results.first).to_be_visible()
    hrefs = [link.get_attribute("href") for link in results.all()]
    assert not any(href.startswith(site_url + "en/") for href in hrefs), hrefs
    expect(results.get_by_role("heading").filter(has_text="compte FranceConnect")).not_to_have_count(0)
    # French's bundle (pagefind/ at the root), never English's.
    fetched = search_requests(page)
    assert any(url.startswith(site_url + "pagefind/") for url in fetched), fetched
    assert not any("/en/pagefind/" in url for url in fetched), fetched
    results.filter(has=page.get_by_role("heading", name="compte FranceConnect")).first.click()
    expect(page).to_have_url(site_url + TUTORIAL)


def test_english_words_do_not_find_english_pages_from_french_pages(page, site_url):
    page.goto(site_url + "index.html")
    search_field(page).fill("FranceConnect account")
    expect(search_status(page)).to_match_aria_snapshot("- status: /\\d+ résultats?|Aucun résultat/")
    hrefs = [link.get_attribute("href") for link in page.locator(".md-search-result__list a").all()]
    assert not any(href.startswith(site_url + "en/") for href in hrefs), hrefs
    expect(page.get_by_role("heading", name="FranceConnect account")).to_have_count(0)


@pytest.mark.parametrize(("start", "name", "word", "title"), [
    ("index.html", "Rechercher", "comptes", "compte FranceConnect"),
    ("en/" + TUTORIAL, "Search", "accounts", "FranceConnect account"),
])
def test_results_lead_to_their_page_on_a_site_under_a_sub_folder(page, site, start, name, word,
                                                                 title):
    # Published under a sub-folder (https://example.org/pas-a-pas/): links stay in it.
    server, url = serve(site.parent)
    try:
        base = f"{url}{site.name}/"
        page.goto(base + start)
        field = page.get_by_role("search").get_by_role("textbox", name=name)
        field.click()
        field.fill(word)
        result = page.locator(".md-search-result__list a").filter(
            has=page.get_by_role("heading", name=title))
        expect(result).not_to_have_count(0)
        language = "en/" if start.startswith("en/") else ""
        expect(result.first).to_have_attribute("href", base + language + TUTORIAL)
        result.first.click()
        expect(page.locator("h1")).to_have_count(1)
        expect(page).to_have_url(base + language + TUTORIAL)
    finally:
        server.shutdown()
