"""Benchmark: time of `mkdocs build --strict` of the real site, and its size.

Prints figures; asserts nothing (performance is measured here, never in timed tests).
Usage: .venv/bin/python scripts/bench_build.py [runs]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_once(site: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
        cwd=ROOT, env=env, check=True,
    )
    return time.perf_counter() - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        times = [build_once(site) for _ in range(runs)]
        files = [path for path in site.rglob("*") if path.is_file()]
        pages = [path for path in files if path.suffix == ".html"]
        size = sum(path.stat().st_size for path in files)
    print(f"runs: {runs}")
    median = statistics.median(times)
    print(f"build time (s, whole command incl. Python start): median {median:.2f}, "
          f"min {min(times):.2f}, max {max(times):.2f}")
    print(f"pages: {len(pages)}; files: {len(files)}; site size: {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
