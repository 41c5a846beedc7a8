"""Authoring checks: what an author can get wrong that MkDocs would accept silently.

Files that are not UTF-8 or empty (MkDocs would stop with a bare UnicodeDecodeError
naming no file), the checks of each page's Markdown (`pas_a_pas.markdown.authoring`: unknown blocks
and options, unclosed blocks, headings, images, link texts) and `extra.licence_default`.
Every error goes to `problems` with a message of the strings files.
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.page_state import page_state, register_extension
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, error_messages, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.markdown.authoring import AuthoringExtension, AuthoringSettings
from pas_a_pas.tutorials import is_tutorial

CHECKED_SUFFIXES = (".md", ".yml", ".yaml")

_unreadable: set[str] = set()  # src_uri of the files that are not UTF-8


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the page checks; check the default licence of the site."""
    _unreadable.clear()
    register_extension(config, AuthoringExtension(
        settings=page_state.reader("authoring", AuthoringSettings(messages=error_messages(config)))
    ))
    default = config.extra.get("licence_default")
    known = {**strings("fr")["licences"], **(config.extra.get("licences") or {})}
    if default is not None and str(default).lower() not in {str(k).lower() for k in known}:
        problems.report("mkdocs.yml", build_message(
            config, "licence_default_unknown", value=default, known=", ".join(known)))
    return config


# First (before mkdocs-static-i18n, the scenarios and the translation status read them).
@event_priority(priorities.BEFORE_PLUGINS)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Every Markdown and data file is UTF-8 and not empty."""
    for file in files:
        if file.generated_by or not file.abs_src_path:
            continue
        if not file.src_uri.endswith(CHECKED_SUFFIXES):
            continue
        data = Path(file.abs_src_path).read_bytes()
        where = source_path(config, file)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            _unreadable.add(file.src_uri)
            line = data[: error.start].count(b"\n") + 1
            problems.report(where, build_message(
                config, "file_not_utf8", byte=f"0x{data[error.start]:02X}",
                encoding=_likely_encoding(data, config)), line=line)
            continue
        if not text.strip():
            problems.report(where, build_message(config, "file_empty"))
    return files


def on_page_read_source(*, page: Page, config: MkDocsConfig) -> str | None:
    """A file that is not UTF-8 (reported above) is read anyway, so the build goes on."""
    if page.file.src_uri in _unreadable:
        return _source(page)
    return None


# After hooks/tutorials.py has read the front matter (FRONT_MATTER).
@event_priority(priorities.PAGE_CHECKS)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Give the page checks this page's settings (see `pas_a_pas.core.page_state`)."""
    where = source_path(config, page.file)
    first_line = 1  # every line a message names is counted from the top of the file
    if not page.file.generated_by:
        # The Markdown is the end of the file, after its front matter.
        source = _source(page)
        if source.endswith(markdown):
            first_line = source[: len(source) - len(markdown)].count("\n") + 1

    def image_exists(src: str) -> bool | None:
        if not src or "://" in src or src.startswith(("data:", "/", "#")):
            return None
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), src))
        return files.get_file_from_path(path.split("#")[0].split("?")[0]) is not None

    block_lines: dict[str, list[int]] = {}  # see `PageState.block_line`
    page_state.set("block_lines", block_lines)
    page_state.set("authoring", AuthoringSettings(
        tutorial=is_tutorial(page),
        first_line=first_line,
        opened=lambda name, line: block_lines.setdefault(name, []).append(line),
        image_exists=image_exists,
        messages=error_messages(config),
        report=lambda message, line=None: problems.report(where, message, line=line),
    ))
    return markdown


def _source(page: Page) -> str:
    """The page's file as MkDocs reads it (a file not in UTF-8: with replacements)."""
    if page.file.src_uri in _unreadable:
        return Path(page.file.abs_src_path).read_bytes().decode("utf-8", errors="replace")
    return page.file.content_string


def _likely_encoding(data: bytes, config: MkDocsConfig | None) -> str:
    """The encoding a file not in UTF-8 was probably saved in (Windows editors: 1252)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return build_message(config, "file_encoding_unknown")
    return "Windows-1252 (Latin-1)"
