"""Drafts and placeholders: what an author has not finished stays out of the built site.

A tutorial whose front matter says `draft: true`:
- with `mkdocs build`, is left out of the site (page, nav, cards, search, tags, PDFs)
  through MkDocs' own inclusion level (`InclusionLevel.DRAFT`, the level `draft_docs`
  gives), and still goes through every hook once the other pages are read, so that its
  front matter and its blocks are checked like any tutorial's;
- with `mkdocs serve`, is a page like the others, with a "Brouillon" banner above it
  (`tut_draft` in the template context, overrides/partials/tut-draft.html).

A published tutorial (no `draft`) that still holds the text or the tag of the skeleton
that `make new-tutorial` writes gets a warning naming the file and the field, which fails
`--strict`.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import page_language, reader_language
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.drafts import placeholder_fields
from pas_a_pas.tutorials import is_tutorial, is_tutorial_uri, says_draft

# `on_startup` runs once per command; MkDocs loads a hook once per process, so this
# state lasts across the rebuilds of `mkdocs serve`.
_state: dict[str, Any] = {"serving": False}
# The source path of every draft (`abs_src_path`: the same in every language's files).
_drafts: set[str] = set()


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve` (drafts shown) or `mkdocs build`."""
    _state["serving"] = command == "serve"


# Before mkdocs-static-i18n, which keeps a file's inclusion level in each language's
# files and lists the included pages in its sitemap.
@event_priority(priorities.BEFORE_I18N)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Find the drafts; outside `mkdocs serve`, give them MkDocs' draft inclusion level."""
    _drafts.clear()
    for file in files.documentation_pages():
        if is_tutorial_uri(file.src_uri) and says_draft(file.abs_src_path):
            _drafts.add(file.abs_src_path)
            if not _state["serving"]:
                file.inclusion = InclusionLevel.DRAFT
    return files


# After hooks/tutorials.py has validated the front matter; a draft is not checked here.
@event_priority(priorities.PAGE_CHECKS)
def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Warn when a published tutorial still holds the skeleton's placeholders."""
    if not is_tutorial(page) or page.file.abs_src_path in _drafts:
        return markdown_text
    # A tutorial shown untranslated in another language's site is checked in its own.
    if page_language(config, page) != reader_language(config):
        return markdown_text
    where = source_path(config, page.file)
    for key, field in placeholder_fields(page.meta, markdown_text):
        problems.warn(where, build_message(config, key, field=field))
    return markdown_text


# After Material's tags plugin has filled in its listings, before the hooks that publish
# the catalogue and fail the build on errors: a draft's tags, card and errors go nowhere
# but to the build's errors.
@event_priority(priorities.DRAFTS)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Read and check the drafts that `mkdocs build` leaves out, like any other page."""
    for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve):
        if file.abs_src_path in _drafts and not file.inclusion.is_included():
            _check_draft(file, config, files)
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """Mark a draft shown by `mkdocs serve`: the template shows the "Brouillon" banner."""
    if page.file.abs_src_path in _drafts:
        context["tut_draft"] = strings(reader_language(config))["draft"]
    return context


# Helpers ------------------------------------------------------------------------------


def _check_draft(file: File, config: MkDocsConfig, files: Files) -> None:
    """Read a draft that `mkdocs build` leaves out as MkDocs reads any page, so that every
    hook checks it: the page events, in their order, through the public plugin collection.

    One of the three private uses of the project (hooks/README.md): MkDocs reads the pages
    it publishes only, and has no public way to read one more; this is the order of
    `mkdocs.commands.build._populate_page`, which tests/unit/test_upstream.py compares.
    """
    page = Page(None, file, config)
    page = config.plugins.on_pre_page(page, config=config, files=files)
    page.read_source(config)
    page.markdown = config.plugins.on_page_markdown(
        page.markdown, page=page, config=config, files=files
    )
    page.render(config, files)
    page.content = config.plugins.on_page_content(
        page.content, page=page, config=config, files=files
    )
