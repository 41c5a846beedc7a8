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

import re
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from _common import (
    build_message,
    front_matter,
    is_tutorial,
    log,
    page_language,
    reader_language,
    source_path,
    strings,
)

# The skeleton's placeholders (scripts/new_tutorial.py writes them): its text, its tag.
PLACEHOLDER_TEXT = "À compléter"
PLACEHOLDER_TAG = "à-compléter"

# `on_startup` runs once per command; MkDocs loads a hook once per process, so this
# state lasts across the rebuilds of `mkdocs serve`.
_state: dict[str, Any] = {"serving": False}
# The source path of every draft (`abs_src_path`: the same in every language's files).
_drafts: set[str] = set()


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is `mkdocs serve` (drafts shown) or `mkdocs build`."""
    _state["serving"] = command == "serve"


# Before mkdocs-static-i18n (-100), which keeps a file's inclusion level in each
# language's files and lists the included pages in its sitemap.
@event_priority(-90)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Find the drafts; outside `mkdocs serve`, give them MkDocs' draft inclusion level."""
    _drafts.clear()
    for file in files.documentation_pages():
        if _is_tutorial_file(file) and _says_draft(file):
            _drafts.add(file.abs_src_path)
            if not _state["serving"]:
                file.inclusion = InclusionLevel.DRAFT
    return files


# After tutorials (10) has validated the front matter; a draft is not checked here.
@event_priority(0)
def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Warn when a published tutorial still holds the skeleton's placeholders."""
    if not is_tutorial(page) or page.file.abs_src_path in _drafts:
        return markdown_text
    # A tutorial shown untranslated in another language's site is checked in its own.
    if page_language(config, page) != reader_language(config):
        return markdown_text
    where = source_path(config, page.file)
    for key, field in placeholder_fields(page.meta, markdown_text):
        message = build_message(config, key, field=field)
        log.warning(build_message(config, "where", where=where, message=message))
    return markdown_text


# After Material's tags plugin (100) has filled in its listings, before the hooks that
# publish the catalogue and fail the build on errors (0): a draft's tags, card and
# errors go nowhere but to the build's errors.
@event_priority(90)
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


# Checks -------------------------------------------------------------------------------


def placeholder_fields(meta: dict[str, Any], body: str) -> list[tuple[str, str]]:
    """The fields that still hold a placeholder: (message key, field name) pairs."""
    found = []
    summary = meta.get("summary")
    if isinstance(summary, str) and _holds_placeholder(summary):
        found.append(("draft_placeholder_field", "summary"))
    tags = meta.get("tags")
    if isinstance(tags, list) and any(
        isinstance(tag, str) and _plain(tag) == _plain(PLACEHOLDER_TAG) for tag in tags
    ):
        found.append(("draft_placeholder_tag", "tags"))
    if _holds_placeholder(body):
        found.append(("draft_placeholder_body", "body"))
    return found


def says_draft(path: str | None) -> bool:
    """Whether a Markdown file's front matter says `draft: true` (unreadable: no)."""
    return front_matter(path).get("draft") is True


# Helpers ------------------------------------------------------------------------------


def _is_tutorial_file(file: File) -> bool:
    parts = file.src_uri.split("/")
    return len(parts) > 1 and parts[0] == "tutoriels" and not parts[-1].startswith("index.")


def _says_draft(file: File) -> bool:
    try:
        return says_draft(file.abs_src_path)
    except OSError:
        return False  # unreadable: the page's own reading reports it


def _check_draft(file: File, config: MkDocsConfig, files: Files) -> None:
    """What MkDocs does to read a page, for a draft it does not read with `mkdocs build`."""
    page = Page(None, file, config)
    config._current_page = page
    try:
        page = config.plugins.on_pre_page(page, config=config, files=files)
        page.read_source(config)
        page.markdown = config.plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        page.render(config, files)
        page.content = config.plugins.on_page_content(
            page.content, page=page, config=config, files=files
        )
    finally:
        config._current_page = None


def _holds_placeholder(text: str) -> bool:
    return _plain(PLACEHOLDER_TEXT) in _plain(text)


def _plain(text: str) -> str:
    """Lower case, one space between words, so that "À  compléter" matches too."""
    return re.sub(r"\s+", " ", text).casefold()
