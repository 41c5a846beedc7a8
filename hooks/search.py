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

From a folder or a USB key (file://), browsers forbid Pagefind's `import()`: each
language also gets a compact index written as a script (`search/offline.fr.js`,
`en/search/offline.en.js`, see `pas_a_pas.offline_search`), made from the same pages,
that search.js loads with a `<script>` the first time the reader searches from a folder.
Those are written at the end of the build, while the last language's Pagefind runs.
"""

from __future__ import annotations

import html
import subprocess
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import (
    language_builds,
    language_folder,
    reader_language,
    site_languages,
)
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.offline_search import OFFLINE_SCRIPT, Entry, build_index, script
from pas_a_pas.page_text import PageText, page_text
from pas_a_pas.search import BUNDLE, start_index, wait_index

# Material's own search (lunr and its worker, 1.2 MB), which no page loads any more.
MATERIAL_SEARCH = ("assets/javascripts/lunr/", "assets/javascripts/workers/search.")

# The Pagefind runs of this build not yet waited for, by language folder ("" = default).
_running: dict[str, subprocess.Popen | str] = {}
# While serving: whether we are, and the first build's bundle of each language, kept in
# memory (its files' bytes, a few MB at most; no folder left behind if the server is
# killed) to be written back after each rebuild.
_serve: dict = {"on": False, "kept": {}}
# The language being built: its files and tutorials' cards, for its offline index.
_language: dict = {"files": None, "catalogue": []}


@dataclass
class Written:
    """A language whose pages are written: where its offline index goes, and what it is
    made of (its pages, its tutorials' cards in the catalogue's order)."""
    script: Path
    folder: str
    files: Files
    catalogue: list


# The languages written in this build, whose offline index is written at its end, while
# the last language's Pagefind runs.
_written: list[Written] = []


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
        # The index loaded from a folder (file://), where Pagefind cannot run.
        "offline": root + OFFLINE_SCRIPT.format(locale=reader_language(config)),
        "root": root,
        # The pages to browse when search cannot run, if this site has them (a fork may
        # have no categories, or no tags page).
        "categories": existing(f"{root}tutoriels/index.html"),
        "tags": existing(f"{root}tags.html"),
    }
    _language.update(files=files, catalogue=env.globals.get("tut_catalogue", []))
    return env


# Before mkdocs-static-i18n builds the other languages from the default language's
# on_post_build: this language's pages are all written, the next ones not yet.
@event_priority(priorities.LANGUAGE_WRITTEN)
def _index_this_language(*, config: MkDocsConfig) -> None:
    """Start Pagefind on this language's pages, in the background; keep what its offline
    index is made of."""
    folder = language_folder(config)
    site = Path(config.site_dir)
    kept = _serve["kept"].get(folder)
    if kept is not None:  # a rebuild while serving: the bundle of the first build
        for name, data in kept.items():
            path = site / folder / BUNDLE / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    elif folder:  # the language's own folder, where only its pages are
        _running[folder] = start_index(site / folder, background=not _last(config))
    else:
        # The default language's pages are at the root, beside the other languages'
        # folders (each of them, built this time or not: BUILD_ONLY_LOCALE).
        plugin = config.plugins.get("i18n")
        locales = [language.locale for language in plugin.config.languages] if plugin else []
        others = sorted({language_folder(config, locale) for locale in locales} - {""})
        _running[folder] = start_index(site, exclude=others, background=not _last(config))
    # The preview is served over HTTP: Pagefind's is enough. (No files: on_env did not run,
    # as when a test calls this event alone.)
    if not _serve["on"] and _language["files"] is not None:
        offline = site / folder / OFFLINE_SCRIPT.format(locale=reader_language(config))
        _written.append(Written(offline, folder, _language["files"], _language["catalogue"]))


# After mkdocs-static-i18n: every language is built, and its Pagefind started.
@event_priority(priorities.ALL_LANGUAGES)
def _wait_for_indexes(*, config: MkDocsConfig) -> None:
    """Write each language's offline index while the last Pagefind runs, then wait for
    each language's Pagefind; a failure fails the build, with its reason."""
    if not language_builds.outermost():
        return  # a language run inside the default one: the others are not built yet
    # A page not translated yet has the same content in each language: read once.
    texts: dict[str, PageText] = {}
    for language in _written:
        language.script.parent.mkdir(parents=True, exist_ok=True)
        language.script.write_text(script(build_index(_offline_entries(language, texts))),
                                   encoding="utf-8")
    _written.clear()
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


def _last(config: MkDocsConfig) -> bool:
    """Whether the language just written is the last one built (mkdocs-static-i18n builds
    the default language, then the others in their order): nothing is written after it."""
    return reader_language(config) == site_languages(config)[-1]["locale"]


def _offline_entries(language: Written, texts: dict[str, PageText]) -> list[Entry]:
    """The pages of a language, as its offline index holds them: the tutorials first (in
    the catalogue's order), then the other pages Pagefind indexes. `texts`: the pages'
    texts read so far, by content."""
    catalogue = language.catalogue
    order = {id(card["page"]): number for number, card in enumerate(catalogue)}
    prefix = f"{language.folder}/" if language.folder else ""
    tutorials: list[Entry | None] = [None] * len(catalogue)
    others = []
    for file in language.files.documentation_pages():
        page = file.page
        search = (page.meta.get("search") if page else None) or {}
        if page is None or (isinstance(search, dict) and search.get("exclude")):
            continue
        content = page.content or ""
        text = texts.get(content)
        if text is None:
            text = texts[content] = page_text(content)
        url = file.dest_uri.removeprefix(prefix)
        number = order.get(id(page))
        if number is None:
            others.append(Entry(url, html.unescape(page.title or ""), text.text))
            continue
        card = catalogue[number]
        tutorials[number] = Entry(url, card["title"], text.text, summary=card["summary"],
                                  tags=list(card["tags"]),
                                  steps=[step.heading for step in text.steps])
    return [entry for entry in tutorials if entry is not None] + others


def on_build_error(*, error: Exception) -> None:
    """A failed build leaves no Pagefind running behind it, nor pages kept."""
    _written.clear()
    for run in _running.values():
        if isinstance(run, subprocess.Popen):
            run.kill()
            run.communicate()
    _running.clear()


