"""Print the gzip size of the mockup assets (JS + CSS), against their 8 KB budget.

Run with `make bench`; tests/unit/test_mockup_budget.py asserts the same budget.
"""

from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSETS = [
    ROOT / "overrides" / "assets" / "javascripts" / "mockup.js",
    ROOT / "overrides" / "assets" / "stylesheets" / "mockup.css",
]
BUDGET = 8 * 1024  # bytes, gzip, JS and CSS together


def gzip_sizes() -> dict[str, tuple[int, int]]:
    """Each asset's (raw, gzip -9) size in bytes, keyed by its path from the root."""
    sizes = {}
    for path in ASSETS:
        data = path.read_bytes()
        sizes[str(path.relative_to(ROOT))] = (len(data), len(gzip.compress(data, 9, mtime=0)))
    return sizes


def main() -> None:
    sizes = gzip_sizes()
    for name, (raw, packed) in sizes.items():
        print(f"{name}: {raw} B, {packed} B gzip")
    total = sum(packed for _, packed in sizes.values())
    print(f"total: {total} B gzip, budget {BUDGET} B ({100 * total // BUDGET} %)")


if __name__ == "__main__":
    main()
