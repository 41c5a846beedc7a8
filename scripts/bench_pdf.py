"""How long the PDF handouts take, and how many pages they have: figures, not a test.

Builds the site twice into temporary folders, without and with its PDFs (as `make build`
and `make pdf` do), and prints the difference and each PDF's page count and size.
Usage: .venv/bin/python scripts/bench_pdf.py [runs]   (or `make bench-pdf`)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(site: Path, pdf: bool) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "true" if pdf else "false"}
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - started


def pages(pdf: Path) -> str:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return next(line.split()[-1] for line in done.stdout.splitlines() if line.startswith("Pages:"))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder) / "site"
        plain = [build(site, pdf=False) for _ in range(runs)]
        with_pdf = [build(site, pdf=True) for _ in range(runs)]
        pdfs = sorted(site.rglob("*.pdf"))
        print(f"build without PDFs: {statistics.median(plain):.2f} s (median of {runs})")
        print(f"build with PDFs:    {statistics.median(with_pdf):.2f} s (median of {runs})")
        print(f"PDF generation:     {statistics.median(with_pdf) - statistics.median(plain):.2f} s"
              f" for {len(pdfs)} PDFs")
        for pdf in pdfs:
            size = pdf.stat().st_size // 1024
            print(f"  {pdf.relative_to(site)}: {pages(pdf)} pages, {size} KiB")


if __name__ == "__main__":
    main()
