"""Search with Pagefind: an index in chunks, loaded only when the reader asks for search.

Material's search plugin ships one lunr index per language that every page downloads,
parses and indexes at load time (11.7 MB raw, 1.55 MB gzip per language at 1,000
tutorials). Pagefind instead writes, after the build, a bundle whose index is split into
small chunks, and its script fetches only the chunks a query needs. Our own search field
(partials/search.html, assets/javascripts/search.js) imports that script the first time
the reader focuses the field, opens it or presses its keyboard shortcut.

One bundle per language, in its folder: `pagefind/` for French, `en/pagefind/` for
English. Each is indexed as soon as its language's pages are written, in the background,
while mkdocs-static-i18n builds the next language; the build waits for them at its very
end, and fails if one failed. The search field of a page loads its language's bundle.

While `mkdocs serve` runs, the site is indexed once, at its first build: a rebuild after
an edit puts that first bundle back instead of indexing again (search then shows the
pages as they were when the server started; see the README).

Indexed: the main content of each page (`data-pagefind-body`, main.html), minus what is
marked `data-pagefind-ignore` (the untranslated notice, helper notes).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files

from _common import build_message, language_folder, other_languages_follow, problems

# Where Pagefind writes a language's bundle, under that language's folder.
BUNDLE = "pagefind"
# Material's own search (lunr and its worker, 1.2 MB), which no page loads any more.
MATERIAL_SEARCH = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")

# The Pagefind runs of this build not yet waited for, by language folder ("" = default).
_running: dict[str, subprocess.Popen | str] = {}
# While serving: whether we are, and the first build's bundle of each language, kept in
# memory (its files' bytes, a few MB at most; no folder left behind if the server is
# killed) to be written back after each rebuild.
_serve: dict = {"on": False, "kept": {}}


def on_startup(*, command: str, dirty: bool) -> None:
    _serve["on"] = command == "serve"


def on_shutdown() -> None:
    _serve["kept"] = {}


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Leave Material's search scripts out of the site: nothing loads them."""
    for file in [file for file in files if file.src_uri.startswith(MATERIAL_SEARCH)]:
        files.remove(file)
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Tell the search field where its language's bundle and pages are."""
    folder = language_folder(config)
    root = f"{folder}/" if folder else ""
    built = {file.dest_uri for file in files}

    def existing(path: str) -> str:
        return path if path in built else ""

    env.globals["tut_search"] = {
        # The language's bundle, and its folder: the addresses in its index start there.
        "bundle": f"{root}{BUNDLE}/pagefind.js",
        "root": root,
        # The pages to browse when search cannot run, if this site has them (a fork may
        # have no categories, or no tags page).
        "categories": existing(f"{root}tutoriels/index.html"),
        "tags": existing(f"{root}tags.html"),
    }
    return env


# Before mkdocs-static-i18n (-100), which builds the other languages from the default
# language's on_post_build: this language's pages are all written, the next ones not yet.
# After hooks/handouts.py (0), whose booklets are pages written and removed meanwhile.
@event_priority(-50)
def _index_this_language(*, config: MkDocsConfig) -> None:
    """Start Pagefind on this language's pages, in the background."""
    folder = language_folder(config)
    site = Path(config.site_dir)
    kept = _serve["kept"].get(folder)
    if kept is not None:  # a rebuild while serving: the bundle of the first build
        for name, data in kept.items():
            path = site / folder / BUNDLE / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        return
    if folder:  # the language's own folder, where only its pages are
        _running[folder] = start_index(site / folder)
        return
    # The default language's pages are at the root, beside the other languages' folders
    # (each of them, built this time or not: BUILD_ONLY_LOCALE).
    plugin = config.plugins.get("i18n")
    locales = [language.locale for language in plugin.config.languages] if plugin else []
    others = sorted({language_folder(config, locale) for locale in locales} - {""})
    _running[folder] = start_index(site, exclude=others)


# After mkdocs-static-i18n (-100): every language is built, and its Pagefind started.
@event_priority(-200)
def _wait_for_indexes(*, config: MkDocsConfig) -> None:
    """Wait for each language's Pagefind; a failure fails the build, with its reason."""
    if other_languages_follow(config):
        return  # a language run inside the default one: the others are not built yet
    site = Path(config.site_dir)
    for folder, run in sorted(_running.items()):
        error = wait_index(run, site / folder if folder else site)
        if error:
            message = build_message(config, "search_index_failed", reason=error)
            problems.report("mkdocs.yml", message)
        elif _serve["on"]:
            bundle = site / folder / BUNDLE
            _serve["kept"][folder] = {path.relative_to(bundle).as_posix(): path.read_bytes()
                                      for path in sorted(bundle.rglob("*")) if path.is_file()}
    _running.clear()
    problems.raise_if_any()


on_post_build = CombinedEvent(_index_this_language, _wait_for_indexes)


def on_build_error(*, error: Exception) -> None:
    """A failed build leaves no Pagefind running behind it."""
    for run in _running.values():
        if isinstance(run, subprocess.Popen):
            run.kill()
            run.communicate()
    _running.clear()


def index_site(site: Path, *, exclude: list[str] | tuple[str, ...] = ()) -> str:
    """Run Pagefind on `site` and wait; "" when it worked, else what went wrong."""
    return wait_index(start_index(site, exclude=exclude), site)


def start_index(site: Path, *, exclude: list[str] | tuple[str, ...] = ()) -> subprocess.Popen | str:
    """Start Pagefind on the pages of `site` outside the folders `exclude` (the other
    languages'): its process, or why it could not start."""
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
        lower = _in_the_background if os.name == "posix" else None
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
    """Pagefind runs while pages are still being written (the next language's, or the
    default language's beside a second process: hooks/parallel_languages.py): at a lower
    priority, it takes the cores they leave."""
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
