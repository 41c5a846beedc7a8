"""Search from a folder (file://): the size of each language's index and the time to results.

The index (search/offline.fr.js, en/search/offline.en.js, hooks/pas_a_pas/offline_search.py)
is read whole by the browser the first time the reader searches from a folder, so its raw
size is what counts (no server compresses a USB key), gzip given for comparison. The time
is measured in Chromium with the CPU slowed down 4 times (CDP
Emulation.setCPUThrottlingRate), the page opened from the folder: from focusing the field
(the index starts loading) to the first results on screen, then a second query once the
index is loaded. Used by scripts/bench.py (`make bench`) and scripts/search_size.py
(`make search-size`). Figures, not a test.
"""

from __future__ import annotations

import gzip
import os
import time
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
            field = page.locator("input.md-search__input")
            results = page.locator(".md-search-result__list a")
            started = time.perf_counter()
            field.focus()
            field.fill(first)
            results.first.wait_for(state="visible")
            cold = time.perf_counter() - started
            field.fill("")
            page.wait_for_function("!document.querySelector('.md-search-result__list a')")
            started = time.perf_counter()
            field.fill(second)
            results.first.wait_for(state="visible")
            return cold, time.perf_counter() - started
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
