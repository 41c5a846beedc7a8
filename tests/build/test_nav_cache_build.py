"""hooks/nav_cache.py changes no byte: the catalogue fixture (fr + en), built with the
navigation cache (the session's build) and without it (`TUT_NAV_CACHE=0`), gives the same
pages."""

from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES, run_build


def test_the_navigation_cache_changes_no_page(fixture_site, tmp_path):
    cached = fixture_site("catalogue")
    uncached = run_build(FIXTURES / "catalogue" / "mkdocs.yml", tmp_path / "site",
                         env={"TUT_NAV_CACHE": "0"})
    assert uncached.returncode == 0, uncached.output
    pages = sorted(path.relative_to(cached) for path in cached.rglob("*.html"))
    # Both languages, every tutorial and category page: the items the cache serves.
    assert len(pages) >= 20
    assert Path("en/tutoriels/impots.html") in pages
    assert sorted(path.relative_to(uncached.site)
                  for path in uncached.site.rglob("*.html")) == pages
    different = [str(page) for page in pages
                 if (cached / page).read_bytes() != (uncached.site / page).read_bytes()]
    assert different == []
