"""The languages' parts of the pages pass axe (real site, Chromium); each language's
search is tested in test_search.py."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


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
