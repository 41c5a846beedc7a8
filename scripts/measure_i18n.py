"""Figures for the languages: build time of the whole site, pages per language.

Usage: python scripts/measure_i18n.py [mkdocs.yml] [runs]

Builds the site (every language) `runs` times into a temporary folder with the real
command line and prints the build times, then counts the HTML pages of each language.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from _common import site_languages  # noqa: E402


def main(argv: list[str]) -> int:
    config_file = Path(argv[1] if len(argv) > 1 else ROOT / "mkdocs.yml").resolve()
    runs = int(argv[2]) if len(argv) > 2 else 3
    languages = site_languages(load_config(str(config_file)))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            start = time.perf_counter()
            command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                       "-f", str(config_file), "-d", folder]
            subprocess.run(command, check=True, env=env, cwd=config_file.parent)
            times.append(time.perf_counter() - start)
        site = Path(folder)
        others = [lang["locale"] for lang in languages[1:]]
        print(f"languages: {', '.join(lang['locale'] for lang in languages)}")
        print(f"build (all languages, {runs} runs, whole command): "
              f"median {statistics.median(times):.2f} s, min {min(times):.2f} s")
        for language in languages:
            locale = language["locale"]
            if language["default"]:
                pages = [p for p in site.rglob("*.html")
                         if p.relative_to(site).parts[0] not in others and p.name != "404.html"]
            else:
                pages = list((site / locale).rglob("*.html"))
            print(f"pages in {locale}: {len(pages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
