"""What a first visit loads: no failing request, one stylesheet of ours, print apart,
an SVG favicon (real site, Chromium). Weights and scores are figures: make lighthouse,
scripts/search_size.py."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PAGES = [
    "index.html",
    "tutoriels/franceconnect.html",
    "s-entrainer/franceconnect/index.html",
    "tags.html",
    "en/index.html",
    "en/tutoriels/franceconnect.html",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_request_fails_on_a_first_visit(page, site_url, path):
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    page.on("requestfailed", lambda r: failed.append(f"{r.failure} {r.url}"))
    page.goto(site_url + path, wait_until="networkidle")
    # Material's language selector works from the page's links: let it run.
    page.wait_for_timeout(300)
    assert len(page.requests_seen) > 3
    assert failed == []


@pytest.mark.parametrize("path", ["index.html", "tutoriels/franceconnect.html"])
def test_one_stylesheet_of_ours_and_print_does_not_block_rendering(page, site_url, path):
    page.goto(site_url + path)
    sheets = page.locator("link[rel=stylesheet]")
    expect(sheets).not_to_have_count(0)
    ours = [
        (href, media)
        for href, media in sheets.evaluate_all("(ls) => ls.map((l) => [l.href, l.media])")
        if "/assets/stylesheets/tut" in href
    ]
    screen = [href for href, media in ours if media in ("", "all", "screen")]
    printed = [href for href, media in ours if media == "print"]
    assert len(screen) == 1 and screen[0].endswith(".min.css"), ours
    assert len(printed) == 1 and "print" in printed[0], ours
    # Nothing else of ours is linked: every other stylesheet is Material's own.
    others = [href for href in sheets.evaluate_all("(ls) => ls.map((l) => l.href)")
              if "/assets/stylesheets/" in href and href not in screen + printed]
    assert all("/assets/stylesheets/main." in href for href in others), others
    scripts = page.locator("script[src*='assets/javascripts/tut.']")
    expect(scripts).to_have_count(1)


def test_the_favicon_is_our_svg(page, site_url):
    page.goto(site_url + "tutoriels/franceconnect.html")
    icon = page.locator("link[rel=icon]")
    expect(icon).to_have_count(1)
    expect(icon).to_have_attribute("type", "image/svg+xml")
    response = page.request.get(icon.evaluate("(l) => l.href"))
    assert response.ok
    assert response.text().startswith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
