"""hooks/nav_cache.py changes no byte: the catalogue fixture (fr + en), built with the
navigation cache (the session's build) and without it (`TUT_NAV_CACHE=0`), gives the same
pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, run_build


# The catalogue, and the catalogue whose category sections list 3 tutorials (the page,
# its neighbours, the category page: hooks/catalogue.py's nav_window).
@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs-window.yml"])
def test_the_navigation_cache_changes_no_page(builds, tmp_path, config):
    cached_build = builds(FIXTURES / "catalogue" / config)
    assert cached_build.returncode == 0, cached_build.output
    cached = cached_build.site
    uncached = run_build(FIXTURES / "catalogue" / config, tmp_path / "site",
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
