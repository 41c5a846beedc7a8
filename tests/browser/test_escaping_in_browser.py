"""In Chromium, the pages of tests/fixtures/escaping (markup in every text field) run no
script of the author's: no dialog opens, no <img src=x> appears, even in the search
results and the mockup's screens, which scripts fill in."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def escaping_url(fixture_site):
    server, url = serve(fixture_site("escaping"))
    yield url
    server.shutdown()


def watch_dialogs(page) -> list[str]:
    dialogs: list[str] = []

    def dismiss(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    return dialogs


def test_no_page_opens_a_dialog_or_shows_the_image(page, escaping_url, fixture_site):
    site = fixture_site("escaping")
    paths = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    assert len(paths) >= 10, paths
    dialogs = watch_dialogs(page)
    for path in paths:
        page.goto(escaping_url + path)
        page.wait_for_load_state("networkidle")
        expect(page.locator("img[src='x']"), path).to_have_count(0)
    assert dialogs == []


def test_search_results_and_mockup_screens_run_no_script(page, escaping_url):
    dialogs = watch_dialogs(page)
    page.goto(escaping_url + "tutoriels/piege.html")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Titre", delay=30)
    results = page.locator("a.md-search-result__link")
    expect(results.first).to_be_visible()
    expect(results.filter(has_text="Titre <img src=x onerror=alert(1)>")).not_to_have_count(0)
    expect(page.locator("img[src='x']")).to_have_count(0)

    page.goto(escaping_url + "s-entrainer/piege/index.html")
    mockup = page.locator("[data-tut-mockup]")
    expect(mockup).to_have_count(1)
    mockup.get_by_role("button", name="Bouton <img src=x onerror=alert(1)>").click()
    expect(mockup.get_by_text("Objet <img src=x onerror=alert(1)>").first).to_be_visible()
    expect(page.locator("img[src='x']")).to_have_count(0)
    page.wait_for_timeout(200)
    assert dialogs == []
