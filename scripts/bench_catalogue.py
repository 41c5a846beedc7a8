"""Benchmark: the catalogue at scale: 1,000 tutorials over the 8 categories.

Writes the corpus of scripts/generate_corpus.py (the one `make bench` measures) in a
temporary copy of the site, builds it with `mkdocs build --strict` (both languages, no
PDF) and prints the build time and the size of the home page, a category page, the
all-tutorials page and a tutorial page (HTML raw and gzip), in French and English.
Prints figures; asserts nothing (the home page's budget is 30 KB gzip).
Usage: .venv/bin/python scripts/bench_catalogue.py [count]
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import CATEGORIES, generate  # noqa: E402

HOME_BUDGET = 30 * 1024


def sizes(path: Path) -> str:
    raw = path.read_bytes()
    return f"{len(raw) / 1024:7.1f} KB raw, {len(gzip.compress(raw, 9)) / 1024:5.1f} KB gzip"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        config = generate(count, Path(tmp) / "project")
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
            cwd=config.parent, env=env, capture_output=True, text=True,
        )
        elapsed = time.perf_counter() - start
        if done.returncode:
            print(done.stdout + done.stderr)
            raise SystemExit(done.returncode)
        first = next(iter(CATEGORIES))
        print(f"tutorials: {count + 1} over {len(CATEGORIES)} categories (both languages built)")
        print(f"build time: {elapsed:.1f} s (whole command, incl. Python start)")
        pages = {
            "home page": "index.html",
            f"category page ({first})": f"tutoriels/{first}.html",
            "all tutorials page": "tutoriels/index.html",
            "tutorial page": "tutoriels/fiche-0001.html",
        }
        for prefix in ("", "en/"):
            print(prefix or "fr/")
            for name, path in pages.items():
                print(f"  {name:<38} {sizes(site / prefix / path)}")
        home = len(gzip.compress((site / "index.html").read_bytes(), 9))
        verdict = "within" if home <= HOME_BUDGET else "OVER"
        print(f"home page gzip: {home / 1024:.1f} KB, {verdict} the 30 KB budget")


if __name__ == "__main__":
    main()
