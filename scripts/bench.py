"""`make bench`: the figures of issue 9 in one table, on a generated corpus.

For N = 1, 100 and 1,000 generated tutorials (scripts/generate_corpus.py, over the 8
categories, one in five translated), in a temporary copy of the site:
- our build, both languages (median of `runs`): wall time, CPU time, pages, time per page,
  peak RSS of the mkdocs process;
- stock Material on the same corpus (no hooks, no i18n, French only), same run, its
  builds taken in turn with ours, and the ratio ours/stock (wall and CPU);
- first-visit weight in Chromium (every request, gzip as served) of a tutorial page, the
  home page and a category page (when the site has category pages);
- search from a folder (file://): each language's index, raw and gzip, and the time to
  the results of a first and a next query, CPU slowed down 4 times
  (scripts/offline_search_size.py);
then the PDFs at N = 50 (cold, and after one tutorial changed) and the rebuild time of
`mkdocs serve` after an edit at N = 100.

Figures, not a test: nothing fails on a slow machine.
Usage: .venv/bin/python scripts/bench.py [--sizes 1,100,1000] [--runs 3] [--large-runs 1]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import mimetypes
import os
import queue
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate, stock_config  # noqa: E402
from offline_search_size import offline_figures  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
LARGE = 1000
# The generated corpus is French and English (scripts/generate_corpus.py).
CORPUS_LANGUAGES = 2


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    output: str


def run(command: list[str], cwd: Path, env: dict | None = None) -> Run:
    """Run a command; its wall time, CPU time and peak RSS (os.wait4 on the process)."""
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env or ENV, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read().decode("utf-8", "replace")
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{output[-3000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output)


def mkdocs_build(config: Path, site: Path, env: dict | None = None) -> Run:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config),
               "-d", str(site)]
    return run(command, config.parent, env)


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               max(r.rss_mb for r in runs), runs[-1].output)


# First-visit weight ------------------------------------------------------------------

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml",
                "application/xml")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed (as any real host would) and counts the bytes sent."""

    sent: list[int]

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            self.sent.append(0)
            return
        body = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6, mtime=0)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.sent.append(len(body))

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass


def first_visit_weights(site: Path, pages: dict[str, str]) -> dict[str, str]:
    """KB gzip of every request a first visit makes, per page (empty cache each time)."""
    from playwright.sync_api import sync_playwright

    sent: list[int] = []
    handler = functools.partial(type("Handler", (GzipHandler,), {"sent": sent}),
                                directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    weights = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            for name, page_path in pages.items():
                if not page_path or not (site / page_path).is_file():
                    weights[name] = "—"
                    continue
                context = browser.new_context()
                page = context.new_page()
                sent.clear()
                page.goto(f"http://127.0.0.1:{server.server_port}/{page_path}",
                          wait_until="networkidle")
                page.wait_for_timeout(1000)  # a search worker starting late
                weights[name] = f"{sum(sent) / 1024:.0f} ({len(sent)} req.)"
                context.close()
            browser.close()
    finally:
        server.shutdown()
    return weights


# Sizes -------------------------------------------------------------------------------


def measure_size(count: int, runs: int, folder: Path) -> dict[str, str]:
    config = generate(count, folder / f"corpus-{count}")
    stock = stock_config(config.parent)
    # One of ours, one of stock, in turn: a machine that slows down meanwhile (a shared
    # VM) weighs on both alike.
    pairs = [(mkdocs_build(config, folder / f"site-{count}"),
              mkdocs_build(stock, folder / f"stock-{count}")) for _ in range(runs)]
    ours = median_run([pair[0] for pair in pairs])
    theirs = median_run([pair[1] for pair in pairs])
    site = folder / f"site-{count}"
    pages = sum(1 for _ in site.rglob("*.html"))
    stock_pages = sum(1 for _ in (folder / f"stock-{count}").rglob("*.html"))
    category = "tutoriels/identite-numerique.html"
    weights = first_visit_weights(site, {
        "tutorial": "tutoriels/fiche-0001.html",
        "home": "index.html",
        "category": category if (site / category).is_file() else "",
    })
    # Words of every generated tutorial (its summary, its steps): the most results to rank.
    offline = offline_figures(site, "tutoriels/fiche-0001.html", "demarch", "justificatifs")
    return {
        "N": str(count),
        "runs": str(runs),
        "pages": str(pages),
        "build s": f"{ours.wall:.1f}",
        "CPU s": f"{ours.cpu:.1f}",
        "ms/page": f"{1000 * ours.wall / pages:.1f}",
        "RSS MB": f"{ours.rss_mb:.0f}",
        "stock s (pages)": f"{theirs.wall:.1f} ({stock_pages})",
        "stock CPU s": f"{theirs.cpu:.1f}",
        "ratio wall": f"{ours.wall / theirs.wall:.2f}",
        "ratio CPU": f"{ours.cpu / theirs.cpu:.2f}",
        "tutorial KB gz": weights["tutorial"],
        "home KB gz": weights["home"],
        "category KB gz": weights["category"],
        **offline,
    }


# PDFs and serve ------------------------------------------------------------------------

# As `make serve` runs it (Makefile): French only, live reload.
SERVE_OPTIONS = ("--livereload",)
SERVE_ENV = {**ENV, "BUILD_ONLY_LOCALE": "fr"}
# The summary line of hooks/handouts.py (errors.handout_summary in French, the default).
PDF_LINE = re.compile(
    r"(\d+) fiches PDF en ([\d.]+) s : (\d+) documents imprimés par Chromium .*?, "
    r"(\d+) livrets assemblés, (\d+) documents repris")


def pdf_figures(count: int, folder: Path) -> list[str]:
    """The time PDFs add to a build (with them, less without them), per tutorial and
    language: every language's PDFs are printed at once, by one Chromium, at the end."""
    config = generate(count, folder / f"pdf-corpus-{count}")
    without = mkdocs_build(config, folder / f"pdf-site-{count}").wall
    env = {**ENV, "PDF_HANDOUTS": "true", "CHROMIUM": CHROMIUM,
           "PDF_CACHE": str(folder / "pdf-cache")}
    lines = []
    for label in ("cold (no cache)", "after one tutorial changed"):
        if label != "cold (no cache)":
            tutorial = config.parent / "docs" / "tutoriels" / "fiche-0003.md"
            tutorial.write_text(tutorial.read_text() + "\nUne phrase ajoutée.\n")
        result = mkdocs_build(config, folder / f"pdf-site-{count}", env)
        found = [tuple(map(float, m)) for m in PDF_LINE.findall(result.output)]
        total = sum(m[0] for m in found)
        printed = sum(m[2] for m in found)
        assembled = sum(m[3] for m in found)
        added = max(result.wall - without, 0)
        lines.append(
            f"PDF, N = {count}, {label}: {total:.0f} PDFs ({printed:.0f} printed by Chromium "
            f"(handouts, booklets' contents), {assembled:.0f} booklets assembled); build "
            f"{result.wall:.1f} s with them, {without:.1f} s without: "
            f"{added / (count * CORPUS_LANGUAGES):.2f} s per tutorial and language"
        )
    return lines


def serve_rebuild(
    count: int, folder: Path, options: tuple[str, ...] = SERVE_OPTIONS, env: dict = SERVE_ENV
) -> str:
    """Seconds from saving a tutorial to `mkdocs serve` reloading the browsers."""
    config = generate(count, folder / f"serve-corpus-{count}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(config), *options,
               "--dev-addr", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, cwd=config.parent, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout],
                     daemon=True).start()

    def wait_for(text: str, timeout: float = 120) -> float:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            try:
                line = lines.get(timeout=1)
            except queue.Empty:
                continue
            if text in line:
                return time.perf_counter()
        raise TimeoutError(f"mkdocs serve did not print '{text}' within {timeout} s")

    try:
        wait_for("Serving on")
        times, cpu = [], []
        for attempt in range(3):
            time.sleep(1)
            tutorial = config.parent / "docs" / "tutoriels" / "fiche-0002.md"
            saved, used = time.perf_counter(), cpu_seconds(process.pid)
            tutorial.write_text(tutorial.read_text() + f"\nModification {attempt}.\n")
            times.append(wait_for("Reloading browsers") - saved)
            cpu.append(cpu_seconds(process.pid) - used)
    finally:
        process.terminate()
        process.wait()
    languages = "French only" if env.get("BUILD_ONLY_LOCALE") else "every language"
    return (f"make serve, N = {count} ({languages}): rebuild after an edit "
            f"{statistics.median(times):.1f} s, CPU {statistics.median(cpu):.1f} s (median of 3, "
            "from saving the file to 'Reloading browsers')")


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a running process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def table(rows: list[dict[str, str]]) -> str:
    heads = list(rows[0])
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    lines += ["| " + " | ".join(row[h] for h in heads) + " |" for row in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1,100,1000")
    parser.add_argument("--runs", type=int, default=3, help="builds per size (median)")
    parser.add_argument("--large-runs", type=int, default=1, help=f"builds at N >= {LARGE}")
    parser.add_argument("--pdf", type=int, default=50, help="N for the PDF figures (0: none)")
    parser.add_argument("--serve", type=int, default=100, help="N for make serve (0: none)")
    options = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="pas-a-pas-bench-") as tmp:
        folder = Path(tmp)
        rows = []
        for count in (int(n) for n in options.sizes.split(",")):
            runs = options.large_runs if count >= LARGE else options.runs
            rows.append(measure_size(count, runs, folder))
            print(f"… N = {count} measured ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
        extra = pdf_figures(options.pdf, folder) if options.pdf else []
        if options.serve:
            extra.append(serve_rebuild(options.serve, folder))
    print(table(rows))
    print()
    print(*extra, sep="\n")
    print(f"\n(make bench took {time.perf_counter() - started:.0f} s; CPU load: "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
