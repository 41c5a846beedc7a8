"""Print the gzip size of the reader's tools: progress, workshop view, read aloud.

Run with `.venv/bin/python scripts/workshop_size.py` (figures for the issue's closing
note; no budget is asserted).
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = [
    ROOT / "overrides" / "assets" / "javascripts" / "tut-progress.js",
    ROOT / "overrides" / "assets" / "javascripts" / "tut-workshop.js",
    ROOT / "overrides" / "assets" / "javascripts" / "tut-listen.js",
    ROOT / "overrides" / "assets" / "stylesheets" / "tut-workshop.css",
]


def main() -> None:
    total = 0
    for path in ASSETS:
        data = path.read_bytes()
        packed = len(gzip.compress(data, 9, mtime=0))
        total += packed
        print(f"{path.relative_to(ROOT)}: {len(data)} B, {packed} B gzip")
    print(f"total: {total} B gzip")


if __name__ == "__main__":
    main()
