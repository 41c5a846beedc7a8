"""Search at scale: Material's lunr index against Pagefind's, and what a reader downloads.

Builds a copy of the site with N tutorials (copies of the FranceConnect tutorial and its
translation, each with a word of its own), once as it is (Pagefind) and once with
Material's search plugin added (its index only), then, in Chromium with the CPU slowed
down 4 times (CDP Emulation.setCPUThrottlingRate), served with gzip:
- a tutorial page's first visit: every request, gzip bytes, before any search;
- the first query: the bytes fetched from focusing the field to the results on screen,
  and the time from the last key to the results;
- from a folder (file://): each language's offline index, raw and gzip, and the time to
  results (scripts/offline_search_size.py).
Figures, not a test. Usage: .venv/bin/python scripts/search_size.py [N ...]   (make
search-size; default N = 1 and 1000).
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from offline_search_size import offline_figures
from serve_gzip import serve

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
TUTORIAL = "tutoriels/franceconnect.html"


def corpus(folder: Path, count: int) -> Path:
    """A copy of the project whose docs hold `count` tutorials; its mkdocs.yml."""
    for name in ("docs", "overrides", "hooks", "mkdocs.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    tutorials = folder / "docs" / "tutoriels"
    for suffix in ("", ".en"):
        text = (tutorials / f"franceconnect{suffix}.md").read_text(encoding="utf-8")
        for number in range(1, count):
            copy = re.sub(
                r"^title: (.*)$", rf"title: \1 ({number})", text, count=1, flags=re.MULTILINE
            )
            copy += f"\n\nMot propre à cette copie : copie{number}.\n"
            (tutorials / f"copie-{number}{suffix}.md").write_text(copy, encoding="utf-8")
    return folder / "mkdocs.yml"


def build(config: Path, site: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
        cwd=config.parent, env=env, check=True,
    )
    return time.perf_counter() - started


def with_material_search(config: Path) -> Path:
    """The same site with Material's search plugin on (stock: one index, every language)."""
    text = config.read_text(encoding="utf-8")
    material = config.with_name("mkdocs-material-search.yml")
    material.write_text(text.replace("plugins:\n  - tags\n", "plugins:\n  - search\n  - tags\n"))
    return material


def folder_size(folder: Path, gzipped: bool) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            packed = gzipped and not path.suffix.startswith(".pf")  # .pf_*: gzip already
            total += len(gzip.compress(data, 6)) if packed else len(data)
    return total


def browse(site: Path, word: str) -> dict[str, float]:
    """First visit of the tutorial, then a first query, in a 4x slower Chromium."""
    from playwright.sync_api import sync_playwright

    server, url = serve(site)
    figures = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            context = browser.new_context()
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
            # Bytes on the wire (gzip), the search worker's requests included.
            received = []
            context.on("requestfinished", lambda request: received.append(
                request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]
            ))
            page.goto(url + TUTORIAL, wait_until="networkidle")
            figures["first visit (KB gzip)"] = sum(received) / 1024
            figures["first visit requests"] = len(received)
            received.clear()
            field = page.locator("input.md-search__input")
            field.focus()
            field.fill(word)
            started = time.perf_counter()
            page.locator(".md-search-result__list a").first.wait_for(state="visible")
            figures["first query, results on screen (s)"] = time.perf_counter() - started
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(500)
            figures["first query (KB gzip)"] = sum(received) / 1024
            browser.close()
    finally:
        server.shutdown()
    return figures


def main() -> None:
    counts = [int(arg) for arg in sys.argv[1:]] or [1, 1000]
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            config = corpus(Path(folder) / "project", count)
            site = Path(folder) / "site"
            seconds = build(config, site)
            material_site = Path(folder) / "material-site"
            build(with_material_search(config), material_site)
            index = material_site / "search" / "search_index.json"
            print(f"\n== {count} tutorial(s) per language (build with Pagefind: {seconds:.1f} s)")
            print(f"Material lunr index (all languages): {index.stat().st_size / 1024:.0f} KB raw, "
                  f"{len(gzip.compress(index.read_bytes(), 6)) / 1024:.0f} KB gzip, "
                  "all downloaded by every page")
            bundle = site / "pagefind"
            print(f"Pagefind bundle (French, pagefind/): "
                  f"{folder_size(bundle, False) / 1024:.0f} KB on disk, "
                  f"{len(list(bundle.rglob('*')))} files, fetched in part per query")
            word = "copie7" if count > 7 else "ameli"
            for name, value in browse(site, word).items():
                shown = f"{value:.2f}" if isinstance(value, float) else str(value)
                print(f"  {name}: {shown}")
            for name, value in offline_figures(site, TUTORIAL, word, "franceconnect").items():
                print(f"  from a folder, {name}: {value}")


if __name__ == "__main__":
    main()
