"""Search with Pagefind: an index in chunks, loaded only when the reader asks for search.

Material's search plugin ships one lunr index per language that every page downloads,
parses and indexes at load time (11.7 MB raw, 1.55 MB gzip per language at 1,000
tutorials). Pagefind instead writes, after the build, a bundle (`pagefind/`) whose index
is split into small chunks, one index per `<html lang>` (French, English...), and
its script fetches only the chunks a query needs. Our own search field
(partials/search.html, assets/javascripts/search.js) imports that script the first time
the reader focuses the field, opens it or presses its keyboard shortcut.

Indexed: the main content of each page (`data-pagefind-body`, main.html), minus what is
marked `data-pagefind-ignore` (the untranslated notice, helper notes).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from _common import build_message, language_folder, problems

# Where Pagefind writes its bundle, under the site's folder.
BUNDLE = "pagefind"
# Material's own search (lunr and its worker, 1.2 MB), which no page loads any more.
MATERIAL_SEARCH = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Leave Material's search scripts out of the site: nothing loads them."""
    for file in [file for file in files if file.src_uri.startswith(MATERIAL_SEARCH)]:
        files.remove(file)
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Tell the search field where its bundle and the pages to browse offline are."""
    folder = language_folder(config)
    root = f"{folder}/" if folder else ""
    built = {file.dest_uri for file in files}

    def existing(path: str) -> str:
        return path if path in built else ""

    # The pages to browse when search cannot run, if this site has them (a fork may have
    # no categories, or no tags page).
    env.globals["tut_search"] = {
        "bundle": f"{BUNDLE}/pagefind.js",
        "categories": existing(f"{root}tutoriels/index.html"),
        "tags": existing(f"{root}tags.html"),
    }
    return env


# After mkdocs-static-i18n (-100), which builds the other languages from the default
# language's on_post_build: Pagefind indexes every language at once, at the very end.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Index the built site with Pagefind (offline, its binary from the pinned package)."""
    plugin = config.plugins.get("i18n")
    if plugin is not None and getattr(plugin, "building", False):
        return  # a language run inside the default one: the site is not complete yet
    error = index_site(Path(config.site_dir))
    if error:
        problems.report("mkdocs.yml", build_message(config, "search_index_failed", reason=error))
        problems.raise_if_any()


def index_site(site: Path) -> str:
    """Run Pagefind on `site`; "" when it worked, else what went wrong."""
    from pagefind_bin import get_executable  # the binary shipped by `pagefind[bin]`

    try:
        command = [str(get_executable()), "--site", str(site), "--output-subdir", BUNDLE]
    except FileNotFoundError as error:
        return str(error)
    # --keep-index-url: result links end in index.html, as every link of the site does
    # (use_directory_urls: false), so that they also work from a folder.
    command += ["--keep-index-url", "--silent"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        # Pagefind repeats its error: each line once.
        return " ".join(dict.fromkeys(line.strip() for line in lines if line.strip())) or (
            f"exit code {done.returncode}"
        )
    steady_entry(site / BUNDLE / "pagefind-entry.json")
    return ""


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
