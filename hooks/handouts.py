"""PDF handouts: one A4 PDF per tutorial printed by Chromium, and booklets made from them.

Support structures hand out printed tutorials. The PDFs are the pages themselves printed
by headless Chromium with our print stylesheet, so a PDF always says what the page says.
They are made at the end of the build when `extra.pdf` is true (`make pdf` and `make
build` set it through `PDF_HANDOUTS` when Chromium is present), never while serving:
the "Télécharger en PDF" links are only written then, so the site never links to a PDF
it does not have, and a PDF that cannot be made fails the build.

Each language's build notes its handouts and renders its booklets' contents pages; once
every language's pages are written (and indexed for search), one Chromium prints them
all, several at once, each tutorial once (`pas_a_pas.handouts.chromium`); the booklets
are assembled from those PDFs (`booklets`, `assembly`); a PDF whose content did not
change comes from the cache (`cache`). Each tutorial also gets its one-page memo
(`memo`), printed with them; a memo that takes more than a page fails the build.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import language_builds, language_folder, reader_language
from pas_a_pas.core.log import log
from pas_a_pas.core.page_state import register_extension
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.handouts import (
    BOOKLET_PDF,
    CATEGORY_BOOKLET_PDF,
    HELPER_QUERY,
    booklet_max_pages,
    helper_pdf_path,
    in_folder,
    memo_pdf_path,
    pdf_enabled,
    pdf_path,
)
from pas_a_pas.handouts.booklets import (
    Booklet,
    assemble_booklet,
    category_ids,
    category_labels,
    contents_page,
    estimate_pages,
)
from pas_a_pas.handouts.cache import Handout, PdfCache, cache_dir, content_date, make_pdfs
from pas_a_pas.handouts.chromium import (
    ChromiumPrinter,
    chromium_path,
    chromium_version,
    install_command,
    pdf_jobs,
)
from pas_a_pas.handouts.memo import memo_page, too_long
from pas_a_pas.markdown.bare_links import BareLinkExtension

# This build's PDFs, every language's: the pages to print, and each language's booklets.
_state: dict = {"enabled": False, "serving": False, "env": None, "handouts": [],
                "stylesheets": [], "languages": []}


def on_startup(*, command: str, dirty: bool) -> None:
    """`mkdocs serve` never prints: a rebuild after an edit stays quick."""
    _state["serving"] = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read `extra.pdf`; mark bare links so that print does not repeat their address."""
    _state.update(enabled=pdf_enabled(config.extra.get("pdf")) and not _state["serving"],
                  env=None)
    register_extension(config, BareLinkExtension())
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    if language_builds.first():
        _state.update(handouts=[], languages=[])


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give templates the booklets' addresses; keep what the booklets need."""
    _state["env"] = env
    ours = [str(css) for css in config.extra_css]
    material = [
        file.url
        for file in files
        if file.url.startswith("assets/stylesheets/")
        and file.url.endswith(".min.css")
        and file.url not in ours
    ]
    # Our stylesheets (bundled by hooks/assets.py), then the print stylesheet.
    _state["stylesheets"] = [*sorted(material), *ours, *env.globals.get("tut_print_css", [])]
    folder = language_folder(config)
    catalogue = env.globals.get("tut_catalogue", [])
    booklets = {}
    whole = ""
    if _state["enabled"]:
        booklets = {
            category: in_folder(folder, CATEGORY_BOOKLET_PDF.format(id=category))
            for category in category_ids(config, catalogue, reader_language(config))
        }
        limit = booklet_max_pages(config)
        estimate = estimate_pages(card["page"].content or "" for card in catalogue)
        if estimate <= limit:
            whole = in_folder(folder, BOOKLET_PDF)
        else:
            log.info(build_message(
                config, "handout_no_whole_booklet", language=folder or reader_language(config),
                pages=estimate, limit=limit))
    env.globals["tut_booklet_url"] = whole
    env.globals["tut_category_booklets"] = booklets
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """Give each tutorial the address of its PDFs, and remember to print them.

    `tutorial` is set by hooks/tutorials.py, listed before this hook in mkdocs.yml.
    """
    tutorial = context.get("tutorial")
    if _state["enabled"] and tutorial:
        date = content_date([tutorial])
        pdf = pdf_path(page.file.dest_uri)
        context["tut_pdf_url"] = pdf
        context["tut_memo_url"] = memo_pdf_path(page.file.dest_uri)
        _state["handouts"].append(Handout(page.file.dest_uri, pdf, date=date))
        if (tutorial.get("helper_notes") or 0) > 0:
            helper = helper_pdf_path(page.file.dest_uri)
            context["tut_helper_pdf_url"] = helper
            _state["handouts"].append(
                Handout(page.file.dest_uri, helper, query=HELPER_QUERY, date=date)
            )
    return context


def _keep_booklets(*, config: MkDocsConfig) -> None:
    """This language's booklets, their contents pages rendered in its words."""
    if _state["enabled"]:
        _state["languages"].append(_language_booklets(config))


# Once every language's pages are written and indexed for search (nothing is written
# while Chromium prints).
@event_priority(priorities.PRINT)
def _print_all(*, config: MkDocsConfig) -> None:
    """Print (or take from the cache) every language's handouts and booklets' contents,
    then assemble the booklets: a category's from its contents and its tutorials' PDFs,
    the one of all the tutorials from the category booklets."""
    if not _state["enabled"] or not language_builds.outermost():
        return
    chromium = chromium_path()
    if not os.access(chromium, os.X_OK):
        problems.report("mkdocs.yml", build_message(
            config, "handout_no_chromium", path=chromium, install=install_command("chromium")))
        problems.raise_if_any()
    if not config.site_url:
        log.info(build_message(config, "handout_no_site_url"))
    site = Path(config.site_dir)
    contents = []
    for language in _state["languages"]:
        for booklet, html in language["booklets"]:
            (site / booklet.contents.page).write_text(html, encoding="utf-8")
            contents.append(booklet.contents)
    memos = [memo for language in _state["languages"] for memo in language["memos"]]
    for memo in memos:
        (site / memo.handout.page).write_text(memo.html, encoding="utf-8")
    started = time.perf_counter()
    cache = PdfCache(cache_dir(config))
    try:
        made = make_pdfs(site, [*_state["handouts"], *(memo.handout for memo in memos),
                                *contents],
                         ChromiumPrinter(chromium, jobs=pdf_jobs()), cache,
                         chromium_version(chromium))
        count = len(_state["handouts"])
        for language in _state["languages"]:
            for booklet, _ in language["booklets"]:
                assemble_booklet(site, booklet, language["language"], cache, made)
            count += len(language["booklets"])
    finally:
        for handout in contents:
            (site / handout.page).unlink(missing_ok=True)
            (site / handout.pdf).unlink(missing_ok=True)
        for memo in memos:
            (site / memo.handout.page).unlink(missing_ok=True)
    # Never a memo on two pages: the author shortens the tutorial's steps.
    for memo, pages in too_long(site, memos):
        problems.report(memo.source, build_message(
            config, "handout_memo_too_long", pdf=memo.handout.pdf, pages=pages,
            steps=memo.steps))
    problems.raise_if_any()
    count += len(memos)
    for language in _state["languages"]:
        whole = language["whole"]
        if whole is None:
            continue
        pages = assemble_booklet(site, whole, language["language"], cache, made)
        count += 1
        if pages > (limit := booklet_max_pages(config)):
            log.info(build_message(config, "handout_booklet_too_long", pdf=whole.pdf,
                                   pages=pages, limit=limit))
    log.info(build_message(
        config, "handout_summary", count=count, printed=made.printed,
        assembled=made.assembled, reused=made.reused,
        seconds=f"{time.perf_counter() - started:.1f}"))


on_post_build = CombinedEvent(_keep_booklets, _print_all)


def _language_booklets(config: MkDocsConfig) -> dict:
    """The category booklets of the language just built, in declared category order,
    each with its contents page, the booklet of all its tutorials (None if none), and
    its tutorials' memos."""
    env: Environment = _state["env"]
    language = reader_language(config)
    catalogue = env.globals.get("tut_catalogue", [])
    labels = category_labels(config, language)
    words = env.globals["t"]["handout"]
    booklets = []
    for category, pdf in env.globals.get("tut_category_booklets", {}).items():
        tutorials = [card for card in catalogue if card.get("category") == category]
        title = words["category_booklet_title"].format(label=labels.get(category, category))
        contents, html = contents_page(env, config, pdf, tutorials, title,
                                       _state["stylesheets"])
        booklet = Booklet(
            pdf, f"{title} - {config.site_name}", contents.date,
            parts=[contents.pdf, *(pdf_path(card["page"].file.dest_uri) for card in tutorials)],
            contents=contents,
        )
        booklets.append((booklet, html))
    memos = [memo_page(env, config, card, _state["stylesheets"],
                       source_path(config, card["page"].file)) for card in catalogue]
    whole = None
    if env.globals["tut_booklet_url"]:
        title = f"{words['booklet_title']} - {config.site_name}"
        whole = Booklet(env.globals["tut_booklet_url"], title, content_date(catalogue),
                        parts=[booklet.pdf for booklet, _ in booklets], nest=True)
    return {"language": language, "booklets": booklets, "whole": whole, "memos": memos}
