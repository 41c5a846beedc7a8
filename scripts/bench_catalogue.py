"""Benchmark: the catalogue at scale: 1,000 tutorials over the 8 categories.

Copies the site to a temporary folder, writes N generated tutorials (default 1,000, French
only, spread over the categories of mkdocs.yml, with varied levels, durations, tags and
dates), builds it with `mkdocs build --strict` (both languages, no PDF) and prints the
build time and the size of the home page, a category page, the all-tutorials page and a
tutorial page (HTML raw and gzip), in French and English.
Prints figures; asserts nothing (the home page's budget is 30 KB gzip).
Usage: .venv/bin/python scripts/bench_catalogue.py [count]
"""

from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
HOME_BUDGET = 30 * 1024
LEVELS = ("débutant", "intermédiaire", "avancé")
WORDS = ("demande", "compte", "attestation", "dossier", "aide", "carte", "rendez-vous",
         "déclaration", "paiement", "espace", "justificatif", "inscription")


def tutorial(number: int, category: str) -> str:
    word = WORDS[number % len(WORDS)]
    title = f"{'Écrire' if number % 7 == 0 else 'Faire'} sa {word} en ligne n° {number}"
    meta = {
        "title": title,
        "summary": f"Comment faire sa {word} en ligne, étape par étape, depuis chez soi.",
        "category": category,
        "updated": f"20{20 + number % 6}-{1 + number % 12:02d}-{1 + number % 28:02d}",
        "duration": (5, 10, 20, 30, 45)[number % 5],
        "level": LEVELS[number % 3],
        "tags": [word, f"theme-{number % 40}"],
    }
    steps = "\n".join(
        f"/// step | Étape {step}\nOuvrez la page, puis cliquez sur **Continuer**.\n///\n"
        for step in range(1, 5)
    )
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nIntroduction.\n\n" + steps


def sizes(path: Path) -> str:
    raw = path.read_bytes()
    return f"{len(raw) / 1024:7.1f} KB raw, {len(gzip.compress(raw, 9)) / 1024:5.1f} KB gzip"


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=_AnyTagLoader)
    ids = [category["id"] for category in config["extra"]["categories"]]
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        shutil.copytree(ROOT, project, symlinks=True, ignore=shutil.ignore_patterns(
            ".git", "site", "tests", ".venv", "node_modules", "__pycache__"))
        folder = project / "docs" / "tutoriels"
        for number in range(1, count + 1):
            category = ids[number % len(ids)]
            (folder / f"genere-{number:04d}.md").write_text(tutorial(number, category), "utf-8")
        site = Path(tmp) / "site"
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
            cwd=project, env=env, capture_output=True, text=True,
        )
        elapsed = time.perf_counter() - start
        if done.returncode:
            print(done.stdout + done.stderr)
            raise SystemExit(done.returncode)
        print(f"tutorials: {count + 1} over {len(ids)} categories (both languages built)")
        print(f"build time: {elapsed:.1f} s (whole command, incl. Python start)")
        pages = {
            "home page": "index.html",
            f"category page ({ids[0]})": f"tutoriels/{ids[0]}.html",
            "all tutorials page": "tutoriels/index.html",
            "tutorial page": "tutoriels/genere-0001.html",
        }
        for prefix in ("", "en/"):
            print(prefix or "fr/")
            for name, path in pages.items():
                print(f"  {name:<30} {sizes(site / prefix / path)}")
        home = len(gzip.compress((site / "index.html").read_bytes(), 9))
        verdict = "within" if home <= HOME_BUDGET else "OVER"
        print(f"home page gzip: {home / 1024:.1f} KB, {verdict} the 30 KB budget")


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml's `!ENV` values as plain text (only `extra.categories` is needed)."""


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


if __name__ == "__main__":
    main()
