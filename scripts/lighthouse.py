"""Lighthouse 12 (mobile, default throttling) on the main pages, served with gzip.

Prints the four scores (performance, accessibility, best practices, SEO) of each page:
figures, not a test. Targets: performance >= 95, the others 100.
Usage: .venv/bin/python scripts/lighthouse.py [site]   (make lighthouse)
Without a site folder, builds the site (with SITE_URL, so that its addresses are
absolute as when published) into a temporary folder first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from serve_gzip import serve

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"  # noqa: E501
# The home, a tutorial, a practice page, a category page (once the site has categories).
PAGES = [
    "index.html",
    "tutoriels/franceconnect.html",
    "s-entrainer/franceconnect/index.html",
    "tutoriels/identite-numerique.html",
]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
SITE_URL = "https://pas-a-pas.example/"


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": SITE_URL}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT, env=env, check=True,
    )


def scores(url: str) -> tuple[dict[str, int], list[str]]:
    """The four scores of `url` (0-100), and the audits that failed."""
    done = subprocess.run(
        [
            str(LIGHTHOUSE), url, "--quiet", "--output=json", "--output-path=stdout",
            f"--chrome-flags={FLAGS}", "--only-categories=" + ",".join(CATEGORIES),
        ],
        capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROME}, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"lighthouse failed on {url}:\n{done.stderr[-2000:]}")
    report = json.loads(done.stdout)
    result = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    failed = [
        f"{audit['id']} ({audit['score']})"
        for name in CATEGORIES
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] > 0
        for audit in [report["audits"][ref["id"]]]
        if audit["score"] is not None and audit["score"] < 1
    ]
    return result, failed


def main() -> None:
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is missing: npm ci (package.json pins it)")
    with tempfile.TemporaryDirectory() as folder:
        site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder) / "site"
        if len(sys.argv) <= 1:
            build(site)
        server, url = serve(site)
        try:
            print(f"{'page':40} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'seo':>5}")
            for page in PAGES:
                if not (site / page).is_file():
                    print(f"{page:40} (not in this site)")
                    continue
                result, failed = scores(url + page)
                print(f"{page:40} " + " ".join(f"{result[name]:>5}" for name in CATEGORIES))
                if failed:
                    print(f"{'':40} below 1: {', '.join(failed)}")
        finally:
            server.shutdown()


if __name__ == "__main__":
    main()
