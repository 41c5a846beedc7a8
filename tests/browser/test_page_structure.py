"""Every built page: one h1, headings in order, landmarks, skip link, lang, a title that
names the page and the site, no horizontal scrolling at 320 px or with text at 200 %."""

from __future__ import annotations

import itertools

import pytest

pytestmark = pytest.mark.browser

SITE_NAME = "Pas à pas"
HOME_PAGES = ("index.html", "en/index.html")  # titled with the site name alone

# What the page shows to a reader, measured in the browser.
STRUCTURE = """() => {
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => !h.closest('.md-sidebar, .md-search, [hidden]'));
  return {
    lang: document.documentElement.lang,
    title: document.title,
    h1: headings.filter((h) => h.tagName === 'H1').map((h) => h.textContent.trim()),
    levels: headings.map((h) => Number(h.tagName[1])),
    banner: document.querySelectorAll('header.md-header').length,
    main: document.querySelectorAll('main').length,
    contentinfo: document.querySelectorAll('body > div > footer, body > footer').length,
    skip: [...document.querySelectorAll('a.md-skip')].map((a) => a.getAttribute('href')),
  };
}"""

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def test_every_page_has_lang_title_one_h1_ordered_headings_and_landmarks(
    page, site_url, site_pages
):
    problems = []
    for path in site_pages:
        page.goto(site_url + path)
        found = page.evaluate(STRUCTURE)
        expected = "en" if path.startswith("en/") else "fr"
        if found["lang"] != expected:
            problems.append(f"{path}: lang is {found['lang']!r}, not {expected!r}")
        if len(found["h1"]) != 1:
            problems.append(f"{path}: {len(found['h1'])} h1 ({found['h1']})")
        # Whitespace aside: the <title> is plain text (Jinja's striptags turns French
        # no-break spaces into spaces), the h1 keeps them.
        elif path not in HOME_PAGES and found["title"].split() != (
                f"{found['h1'][0]} - {SITE_NAME}".split()):
            problems.append(f"{path}: title {found['title']!r} does not name the page and site")
        jumps = [
            (before, after)
            for before, after in itertools.pairwise(found["levels"])
            if after > before + 1
        ]
        if found["levels"][:1] != [1] or jumps:
            problems.append(f"{path}: headings out of order {found['levels']}")
        if (found["banner"], found["main"], found["contentinfo"]) != (1, 1, 1):
            problems.append(f"{path}: landmarks banner/main/contentinfo = "
                            f"{found['banner']}/{found['main']}/{found['contentinfo']}")
        if path != "404.html" and len(found["skip"]) != 1:
            problems.append(f"{path}: no skip link")
    assert not problems, "\n".join(problems)


def test_home_page_title_is_the_site_name(page, site_url):
    page.goto(site_url + "index.html")
    assert page.title() == SITE_NAME


def test_tutorial_title_names_the_tutorial_and_the_site(page, site_url):
    page.goto(site_url + "tutoriels/franceconnect.html")
    assert page.title() == "Comment créer et utiliser un compte FranceConnect ? - Pas à pas"


@pytest.mark.parametrize("width", [320])
def test_no_page_scrolls_sideways_at_320_pixels(page, site_url, site_pages, width):
    page.set_viewport_size({"width": width, "height": 640})
    wide = []
    for path in site_pages:
        page.goto(site_url + path)
        overflow = page.evaluate(OVERFLOW)
        if overflow > 0:
            wide.append(f"{path}: {overflow}px too wide")
    assert not wide, "\n".join(wide)


def test_no_page_scrolls_sideways_with_text_at_200_percent(page, site_url, site_pages):
    """Text doubled (the root font size, which every Material size derives from)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    wide = []
    for path in site_pages:
        page.goto(site_url + path)
        page.evaluate("""() => {
          const html = document.documentElement;
          html.style.fontSize = (2 * parseFloat(getComputedStyle(html).fontSize)) + 'px';
        }""")
        overflow = page.evaluate(OVERFLOW)
        if overflow > 0:
            wide.append(f"{path}: {overflow}px too wide")
    assert not wide, "\n".join(wide)


def test_built_site_works_offline_from_a_folder(page, site):
    """Opened from a folder (file://), the home page links to a styled tutorial."""
    page.goto((site / "index.html").as_uri())
    page.get_by_role("link", name="Comment créer et utiliser un compte FranceConnect ?").click()
    assert page.url.endswith("tutoriels/franceconnect.html")
    link = page.locator(".tut-body p a").first
    assert link.evaluate("(a) => getComputedStyle(a).textDecorationLine") == "underline"
    footer = page.get_by_role("link", name="Accessibilité : totalement conforme")
    footer.click()
    assert page.url.endswith("accessibilite/index.html")


def test_no_page_throws_a_script_error(every_page, site_pages):
    """Our scripts are one bundle: an error in one would stop the widgets after it."""
    assert len(every_page.requests) >= len(site_pages), "the pages were not loaded"
    assert every_page.errors == [], "\n".join(every_page.errors)
