"""Search from a folder (file://): the size of each language's index and the time to results.

The index (search/offline.fr.js, en/search/offline.en.js, hooks/pas_a_pas/offline_search.py)
is read whole by the browser the first time the reader searches from a folder, so its raw
size is what counts (no server compresses a USB key), gzip given for comparison. The time
is measured in Chromium with the CPU slowed down 4 times (CDP
Emulation.setCPUThrottlingRate), the page opened from the folder, inside the page: from
focusing the field (the index starts loading) and typing to the first results on screen,
then a second query once the index is loaded. Used by scripts/bench.py (`make bench`)
and scripts/search_size.py (`make search-size`). Figures, not a test.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
INDEXES = {"fr": "search/offline.fr.js", "en": "en/search/offline.en.js"}


def index_sizes(site: Path) -> dict[str, tuple[float, float]]:
    """KB raw and KB gzip of each language's index."""
    sizes = {}
    for language, path in INDEXES.items():
        data = (site / path).read_bytes()
        sizes[language] = (len(data) / 1024, len(gzip.compress(data, 6)) / 1024)
    return sizes


# In the page, so that no round trip of the test driver is counted: the reader focuses the
# field (the index starts loading) and types the query; the time runs until the first
# result is in the list (150 ms of it: search.js waits for the typing to pause).
QUERY = """async (word) => {
  const field = document.querySelector('input.md-search__input');
  const list = document.querySelector('.md-search-result__list');
  list.replaceChildren();
  const started = performance.now();
  const shown = new Promise((resolve) => new MutationObserver((changes, observer) => {
    if (list.querySelector('a')) { observer.disconnect(); resolve(); }
  }).observe(list, { childList: true }));
  field.focus();
  field.value = word;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await shown;
  return (performance.now() - started) / 1000;
}"""


def time_to_results(site: Path, page_path: str, first: str, second: str) -> tuple[float, float]:
    """Seconds to the results of a first query (index loaded meanwhile) and of a second."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                             args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page()
            page.goto((site / page_path).as_uri(), wait_until="load")
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate",
                                                    {"rate": 4})
            return page.evaluate(QUERY, first), page.evaluate(QUERY, second)
        finally:
            browser.close()


def offline_figures(site: Path, page_path: str, first: str, second: str) -> dict[str, str]:
    """The figures as table cells: "fr KB raw (gzip)", "en …", "first s / next s"."""
    sizes = index_sizes(site)
    cold, warm = time_to_results(site, page_path, first, second)
    cells = {f"offline {language} KB raw (gz)": f"{raw:.0f} ({packed:.0f})"
             for language, (raw, packed) in sizes.items()}
    cells["offline search s (1st / next)"] = f"{cold:.2f} / {warm:.2f}"
    return cells
