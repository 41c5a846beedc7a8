"""Each language searches its own pages, with its own stemmer (real site, Chromium)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


# True once Material shows a result count ("1 matching document", "No matching…"), read
# from the page's own translations so that it works in every language.
SEARCH_DONE = r"""() => {
  const words = JSON.parse(document.getElementById('__config').textContent).translations;
  const text = document.querySelector('.md-search-result__meta').textContent.trim();
  const other = new RegExp('^' + words['search.result.other'].replace('#', '\\d+') + '$');
  return text === words['search.result.none'] || text === words['search.result.one']
    || other.test(text);
}"""


def search(page, url: str, query: str) -> list[tuple[str, str]]:
    """Type `query` in Material's search box; return the results' (path, title)."""
    page.goto(url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(query, delay=30)
    page.wait_for_function(SEARCH_DONE)
    links = page.locator("a.md-search-result__link")
    results = []
    for index in range(links.count()):
        link = links.nth(index)
        href = link.evaluate("a => a.href")
        title = link.locator("h1, h2").first.inner_text()
        results.append((urlsplit(href).path, title.strip()))
    return results


def test_english_pages_find_english_pages(page, site_url):
    # "accounts" is stemmed to "account", the word in the page.
    results = search(page, site_url + "en/tutoriels/franceconnect.html", "accounts")
    assert results, "no result for 'accounts' on the English site"
    assert all(path.startswith("/en/") for path, _ in results), results
    assert any("FranceConnect account" in title for _, title in results), results


def test_french_pages_find_french_pages(page, site_url):
    # "comptes" finds "compte" only with the French stemmer.
    results = search(page, site_url + "tutoriels/franceconnect.html", "comptes")
    assert results, "no result for 'comptes' on the French site"
    assert not any(path.startswith("/en/") for path, _ in results), results
    assert any("compte FranceConnect" in title for _, title in results), results


def test_english_words_are_not_found_on_french_pages(page, site_url):
    assert search(page, site_url + "index.html", "account") == []


# Our parts of these pages; the site-wide link style (underlines) is issue 4's concern.
OURS = ("tut-translation", "tut-untranslated", "tut-site-footer__contact")
SITE_WIDE = {"link-in-text-block"}


@pytest.mark.parametrize(
    "path", ["en/tutoriels/franceconnect.html", "en/traductions.html", "traductions.html"]
)
def test_languages_and_status_parts_pass_axe(page, site_url, path):
    from conftest import describe_violations, run_axe

    page.goto(site_url + path)
    violations = [
        {**violation, "nodes": nodes}
        for violation in run_axe(page)
        if violation["id"] not in SITE_WIDE
        for nodes in [[
            node for node in violation["nodes"]
            if any(part in " ".join(node["target"]) + node.get("html", "") for part in OURS)
        ]]
        if nodes or "lang" in violation["id"] or violation["id"].startswith(("th-", "td-", "table"))
    ]
    assert not violations, describe_violations(violations)
