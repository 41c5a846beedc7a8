"""Print the gzip size of the mockup assets (JS + CSS), against their 8 KB budget, then
that of the reader's other tools (progress, workshop view, read aloud, helper mode,
filters, search), for the record.

Run with `make bench`; tests/unit/test_mockup_budget.py asserts the mockups' budget.
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
TOOLS = [
    ROOT / "overrides" / "assets" / folder / name
    for folder, names in (
        ("javascripts", ("tut-progress.js", "tut-workshop.js", "tut-listen.js",
                         "tut-helper.js", "tut-filters.js", "search.js")),
        ("stylesheets", ("tut-workshop.css", "tut-helper.css", "tut-catalogue.css",
                         "tut-search.css")),
    )
    for name in names
]


def gzip_sizes(assets: list[Path] = ASSETS) -> dict[str, tuple[int, int]]:
    """Each asset's (raw, gzip -9) size in bytes, keyed by its path from the root."""
    sizes = {}
    for path in assets:
        data = path.read_bytes()
        sizes[str(path.relative_to(ROOT))] = (len(data), len(gzip.compress(data, 9, mtime=0)))
    return sizes


def main() -> None:
    sizes = gzip_sizes()
    for name, (raw, packed) in sizes.items():
        print(f"{name}: {raw} B, {packed} B gzip")
    total = sum(packed for _, packed in sizes.values())
    print(f"total: {total} B gzip, budget {BUDGET} B ({100 * total // BUDGET} %)")
    tools = gzip_sizes(TOOLS)
    for name, (raw, packed) in tools.items():
        print(f"{name}: {raw} B, {packed} B gzip")
    print(f"reader's tools: {sum(packed for _, packed in tools.values())} B gzip")


if __name__ == "__main__":
    main()
