"""One headless Chromium printing pages to PDF, several at once (Playwright).

WeasyPrint renders Material pages blank; Chromium prints them as a reader sees them,
with our print stylesheet. The browser tests launch it with the same flags.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

from pas_a_pas.core.problems import build_message, problems

# Chromium without a sandbox or any network chatter (the pages are local files); the
# browser tests launch it with the same flags (tests/conftest.py).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Printing: A4 from print.css's @page, no date or address in the margins (print.css
# writes what paper needs), tagged for screen readers, headings as PDF bookmarks.
PRINT_OPTIONS = {
    "prefer_css_page_size": True,
    "print_background": True,
    "display_header_footer": False,
    "tagged": True,
    "outline": True,
}
TIMEOUT_SECONDS = 120
# Pages printing at once in the one Chromium (2 cores: more only queue up).
DEFAULT_JOBS = 4


class ChromiumPrinter:
    """One headless Chromium printing several pages at once (Playwright)."""

    def __init__(self, executable: str, jobs: int = DEFAULT_JOBS) -> None:
        self.executable = executable
        self.jobs = max(1, jobs)

    def print_all(self, pages: list[tuple[str, Path]]) -> None:
        asyncio.run(self._print_all(pages))

    async def _print_all(self, pages: list[tuple[str, Path]]) -> None:
        from playwright.async_api import async_playwright

        queue: asyncio.Queue = asyncio.Queue()
        for item in pages:
            queue.put_nowait(item)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=self.executable, args=CHROMIUM_ARGS
            )
            try:
                workers = min(self.jobs, len(pages))
                await asyncio.gather(*(self._worker(browser, queue) for _ in range(workers)))
            finally:
                await browser.close()

    async def _worker(self, browser, queue: asyncio.Queue) -> None:
        page = await browser.new_page()
        # Laid out for print from the start: the page is not laid out for the screen
        # first, then again for paper (a tenth to a fifth less CPU; the same PDF bytes).
        await page.emulate_media(media="print")
        try:
            while not queue.empty():
                url, pdf = queue.get_nowait()
                try:
                    await page.goto(url, wait_until="load", timeout=TIMEOUT_SECONDS * 1000)
                    pdf.parent.mkdir(parents=True, exist_ok=True)
                    await page.pdf(path=str(pdf), **PRINT_OPTIONS)
                except Exception as error:  # Playwright's errors: say which page failed
                    raise print_failed(url, pdf, str(error)) from None
        finally:
            await page.close()



def print_failed(where: str, pdf: Path, reason: str) -> PluginError:
    """The build error of a page Chromium could not print, in the author's language."""
    message = build_message(problems.config, "handout_failed", pdf=pdf, reason=reason)
    return PluginError(problems.located(where, message))


def chromium_path() -> str:
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


def chromium_version(chromium: str) -> str:
    done = subprocess.run([chromium, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip()


def pdf_jobs() -> int:
    value = os.environ.get("PDF_JOBS", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_JOBS


def install_command(*packages: str) -> str:
    """The Debian command that installs `packages`, with `sudo` only for a user not root."""
    sudo = "" if os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install -y {' '.join(packages)}"
