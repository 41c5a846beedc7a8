"""Pagefind, run on a built site: one index per language, in the background.

The binary ships with the `pagefind[bin]` package; hooks/search.py starts it once a
language's pages are written and waits for it at the end of the build.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

# Where Pagefind writes a language's bundle, under that language's folder.
BUNDLE = "pagefind"


def index_site(site: Path, *, exclude: list[str] | tuple[str, ...] = ()) -> str:
    """Run Pagefind on `site` and wait; "" when it worked, else what went wrong."""
    return wait_index(start_index(site, exclude=exclude), site)


def start_index(site: Path, *, exclude: list[str] | tuple[str, ...] = (),
                background: bool = False) -> subprocess.Popen | str:
    """Start Pagefind on the pages of `site` outside the folders `exclude` (the other
    languages'): its process, or why it could not start. `background`: at a lower
    priority, for an index made while the next language's pages are being written."""
    from pagefind_bin import get_executable  # the binary shipped by `pagefind[bin]`

    try:
        command = [str(get_executable()), "--site", str(site), "--output-subdir", BUNDLE]
    except FileNotFoundError as error:
        return str(error)
    if exclude:
        # The folders present now, less the other languages': a page of theirs written
        # meanwhile never enters this index.
        folders = sorted(entry.name for entry in site.iterdir()
                         if entry.is_dir() and entry.name not in {*exclude, BUNDLE})
        command += ["--glob", "{" + ",".join(["*.html", *(f"{_glob_escape(name)}/**/*.html"
                                                        for name in folders)]) + "}"]
    # --keep-index-url: result links end in index.html, as every link of the site does
    # (use_directory_urls: false), so that they also work from a folder.
    command += ["--keep-index-url", "--silent"]
    try:
        lower = _in_the_background if background and os.name == "posix" else None
        return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, preexec_fn=lower)
    except OSError as error:
        return str(error)


def wait_index(run: subprocess.Popen | str, site: Path) -> str:
    """Wait for a Pagefind run of `start_index`; "" when it worked, else what went wrong."""
    if isinstance(run, str):
        return run
    stdout, stderr = run.communicate()
    if run.returncode != 0:
        lines = (stderr or stdout).strip().splitlines()
        # Pagefind repeats its error: each line once.
        return " ".join(dict.fromkeys(line.strip() for line in lines if line.strip())) or (
            f"exit code {run.returncode}"
        )
    steady_entry(site / BUNDLE / "pagefind-entry.json")
    return ""


def _in_the_background() -> None:
    """Pagefind runs while the next language's pages are being written: at a lower
    priority, it takes the cores the build leaves."""
    os.nice(10)


def _glob_escape(name: str) -> str:
    return "".join(f"\\{char}" if char in "\\{}[]()<>*?,!:$" else char for char in name)


def steady_entry(path: Path) -> None:
    """Pagefind lists the languages of its entry file in a random order (a Rust HashMap):
    sorted, two builds of the same commit give the same file (tests/build/test_reproducible.py).
    """
    if not path.is_file():
        return
    entry = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(entry.get("languages"), dict):
        entry["languages"] = dict(sorted(entry["languages"].items()))
    path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")),
                    encoding="utf-8")
