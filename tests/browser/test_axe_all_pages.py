"""axe-core (pinned in package.json) over every page of the built site: zero violations.

Rules: WCAG 2.0 and 2.1, levels A and AA, plus axe's best practices and WCAG 2.2 AA
(target sizes). The pages come from
the built folder, so pages added later (mockups, translations) are checked too; the list
is printed and kept in tests/.artifacts/axe-pages.txt.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from conftest import AXE_TAGS as TAGS
from conftest import describe_violations, run_axe, write_artifact

pytestmark = pytest.mark.browser


def test_every_built_page_has_no_axe_violation(every_page, site_pages):
    failures, checked = [], []
    for path in site_pages:
        violations = every_page.violations[path]
        checked.append(f"{path}: {len(violations)} violation(s)")
        if violations:
            failures.append(f"{path}\n{describe_violations(violations)}")
    report = write_artifact("axe-pages.txt", "\n".join(checked) + "\n")
    print(f"axe-core checked {len(checked)} pages (list in {report}):", *checked, sep="\n  ")
    assert {"index.html", "tutoriels/franceconnect.html", "accessibilite/index.html"} <= set(
        site_pages
    ), site_pages
    assert not failures, "\n\n".join(failures)


def test_no_page_requests_a_third_party_host(every_page, site_url):
    """Privacy: fonts, scripts and images all come from the site itself."""
    host = urlsplit(site_url).netloc
    outside = sorted({url for url in every_page.requests if urlsplit(url).netloc != host})
    assert every_page.requests, "no request was recorded"
    assert not outside, f"requests to other hosts: {outside}"


def test_pages_with_pdf_links_have_no_axe_violation(page, pdf_site):
    """The build with PDFs adds links to them (tutorials, home page): checked too."""
    failures = []
    tutorials = sorted((pdf_site / "tutoriels").glob("*.html"))
    assert tutorials
    for path in [pdf_site / "index.html", *tutorials]:
        page.goto(path.as_uri())
        violations = run_axe(page, TAGS)
        if violations:
            failures.append(f"{path.name} (with PDF)\n{describe_violations(violations)}")
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("path", ["tutoriels/franceconnect.html", "en/tutoriels/identite-numerique.html"])
def test_the_open_menu_on_a_phone_has_no_axe_violation(page, site_url, path):
    """Opened on a phone, the menu shows the page's category as a titled sub-level."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_url + path)
    menu = page.get_by_role("button", name="Menu", exact=True)
    expect(menu).to_have_count(1)
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    section = page.locator(".md-nav--primary .md-nav .md-nav__title:visible")
    expect(section).not_to_have_count(0)
    violations = run_axe(page, TAGS)
    assert not violations, describe_violations(violations)
