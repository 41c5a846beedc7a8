"""Build speed: each page's Markdown is converted once, on both cores of the machine.

A page shown untranslated in another language is not converted again, and the default
language's pages are converted by two processes at once.

mkdocs-static-i18n builds the site once per language; with `fallback_to_default`, a page
that has no translation yet (most tutorials, at first) is the default language's file
in every other language's site, and MkDocs converts its Markdown again there: about
800 of 1,000 English pages at 1,000 tutorials, the largest share of the English build.
The conversion gives the same HTML when its inputs are the same, so the default
language's build remembers, for each page, what the conversion made, and the other
builds reuse it when, and only when, it is provably the same:

- the same Markdown, after every hook that changes it (front matter read, i18n's
  admonition titles...), from the same file;
- every link and image of the page (`page_links`) resolves to the same relative address
  (links between pages do, each language having its folder; an image, kept at the root
  for every language, does not: such a page is converted again);
- no block whose HTML depends on the reader's language (a mockup speaks it).

What the conversion leaves besides the HTML is kept and given back too: the table of
contents, the title of the first h1, the anchors of the page, its links to anchors of
other pages (validated again in that language's build, where a translated page may
lack them), and what our blocks count while they are made (steps, helper notes). The
blocks' checks are not run again: the default language's build checked the same source
and stops on any error before the other languages are built; a link to a missing page is
reported once, by that build, not once per language.

On a reused page the last `on_page_markdown` hands MkDocs an empty text (a trivial
conversion) and the first `on_page_content` puts back the remembered HTML. With
`TUT_FALLBACK_REUSE=0` every page is converted (tests/build/test_fallback_pages_build.py
builds both ways and compares the sites, byte for byte).

The default language's conversions are themselves shared out: once the navigation is
made, the process forks, and the second process converts the last pages (MkDocs' own
events of each page, `_populate_page`) while the first converts the first ones. It sends
back the conversions that said nothing (no error, warning or information: the first
process converts such a page itself, and says it, once), and exits. The first process
runs every hook's `on_page_markdown` on every page (their checks and what they gather
are its own) and reuses a conversion made ahead, as above, when its Markdown is the
same. Not while serving, on one core, under 40 pages, or with `TUT_PARALLEL=0`
(tests/build/test_converted_ahead_build.py compares the sites, byte for byte).
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import posixpath
import signal
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from jinja2 import Environment
from markdown.util import AMP_SUBSTITUTE
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import get_relative_url
from page_links import LinkRecordExtension

from _common import (
    default_language,
    end_second_process,
    fork_second_process,
    log,
    page_language,
    page_state,
    parallel_enabled,
    reader_language,
    register_extension,
    site_languages,
)

# What the default language's build remembered, by src_uri; kept until that language is
# built again (the next build of `mkdocs serve`).
_remembered: dict[str, Conversion] = {}
# The pages of the language being built that reuse a remembered conversion.
_reused: dict[str, Conversion] = {}
# The Markdown extensions and their settings in the default language's build, and in
# the one being built: a language that sets its own (mkdocs-static-i18n allows it)
# converts every page again.
_setup: dict[str, str] = {"remembered": "", "current": ""}
# The default language's pages converted ahead by a second process (`on_nav`), by
# src_uri; that process while it runs (pid, pipe, the pages it converts).
_ahead: dict[str, Conversion] = {}
_converter: dict[str, Any] = {}
# Whether this build serves (`mkdocs serve`), whether this process converts ahead.
_state: dict[str, bool] = {"serving": False, "ahead": False}


def on_startup(*, command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the link recorder (a plain Python-Markdown extension) for every page."""
    page_state.set("page_links", None)
    register_extension(config, LinkRecordExtension(settings=page_state.reader("page_links", None)))
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Forget the conversions when the default language is built again (`mkdocs serve`).

    Not in `on_config`: mkdocs-static-i18n sets the language being built in its own
    `on_config`, after ours.
    """
    _setup["current"] = _markdown_setup(config)
    if reader_language(config) == default_language(config):
        _remembered.clear()
        _setup["remembered"] = _setup["current"]
    _reused.clear()


# Last of the page's Markdown events (Material's tags plugin is at -50): the text to
# compare is the one MkDocs converts.
@event_priority(-200)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Remember this page's conversion (default language), or reuse it (a fallback page)."""
    page_state.set("page_links", None)
    if not _enabled():
        return markdown
    language = page_language(config, page)
    if language != default_language(config):
        return markdown  # a translation: its own text
    if reader_language(config) == language:
        conversion = _converted_ahead(page, markdown)
        if conversion is not None:
            _give_back(conversion, page)
            if len(site_languages(config)) > 1 and _portable(conversion):
                _remembered[page.file.src_uri] = conversion
            log.debug("%s: converted ahead by a second process", page.file.src_uri)
            return ""
        if len(site_languages(config)) > 1 or _state["ahead"]:  # shown again, or sent
            _record(markdown, page)
        return markdown
    conversion = _remembered.get(page.file.src_uri)
    if conversion is None or conversion.html is None or conversion.markdown != markdown:
        return markdown
    if _setup["current"] != _setup["remembered"]:
        return markdown
    if _resolved(conversion.links, page, files) != conversion.resolved:
        return markdown
    _give_back(conversion, page)
    log.debug("%s: conversion of the default language reused", page.file.src_uri)
    return ""


# First of the page's content events: what is remembered or given back is what MkDocs'
# conversion made, before any hook changes it.
@event_priority(100)
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Keep the conversion just made, or give back the remembered one."""
    page_state.set("page_links", None)
    conversion = _reused.pop(page.file.src_uri, None)
    if conversion is not None:
        page.toc = TableOfContents(_copied(conversion.toc))
        # Where MkDocs keeps the title of the first h1 (`Page.title` reads it).
        page._title_from_render = conversion.title
        page.present_anchor_ids = set(conversion.anchors)
        if page.links_to_anchors is not None:
            page.links_to_anchors = _links_to_anchors(conversion.links, page, files)
        return conversion.html
    conversion = _remembered.get(page.file.src_uri)
    if conversion is not None and conversion.html is None:
        if _portable(conversion) or _state["ahead"]:  # ahead: for this very language
            conversion.html = html
            conversion.toc = _copied(page.toc)
            conversion.title = page._title_from_render
            conversion.anchors = frozenset(page.present_anchor_ids or ())
            conversion.resolved = _resolved(conversion.links, page, files)
        else:
            del _remembered[page.file.src_uri]
    return html


# First of the environment's events: every page is converted (a page of the second
# process's share that the build left out leaves it waiting no longer).
@event_priority(1000)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    if "pid" in _converter:
        _receive()
    return env


def on_build_error(*, error: Exception) -> None:
    """A failed build leaves no second process behind it."""
    if "pid" in _converter:
        os.kill(_converter["pid"], signal.SIGTERM)
        _receive()


# Converting ahead ----------------------------------------------------------------------

# Below this many pages, forking costs more than it saves.
AHEAD_MINIMUM = 40
# The share of the pages converted ahead: this process also runs every hook on them.
AHEAD_SHARE = 0.55


# After every hook's navigation (mkdocs-static-i18n's is at -100): the pages are known,
# none is converted yet.
@event_priority(-1100)
def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    """Fork a second process that converts the last pages of the default language while
    this one converts the first ones: it sends back the conversions that said nothing
    (no warning, no error, no information: this process converts the others again, and
    says it), this one reuses each for a page whose Markdown is the same."""
    _ahead.clear()
    if (not _enabled() or not parallel_enabled(_state["serving"])
            or reader_language(config) != default_language(config)):
        return nav
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    share = pages[int(len(pages) * (1 - AHEAD_SHARE)):]
    if len(share) < AHEAD_MINIMUM:
        return nav
    said = _Said()
    pid, read = fork_second_process(lambda: _convert_ahead(config, files, share, said), said)
    _converter.update(pid=pid, read=read, share={file.src_uri for file in share})
    log.debug("%d pages converted ahead by a second process (%d)", len(share), pid)
    return nav


def _convert_ahead(config: MkDocsConfig, files: Files, share: list[File], said: _Said) -> bytes:
    """In the second process: convert `share` as MkDocs does (every event of the page,
    `_populate_page`), logging only to `said`; the conversions that said nothing."""
    from mkdocs.commands.build import _populate_page

    _state["ahead"] = True
    # Each conversion as plain data (a hook's classes are not importable by name).
    made: dict[str, dict[str, Any]] = {}
    for file in share:
        before = said.count
        _populate_page(file.page, config, files)
        conversion = _remembered.get(file.src_uri)
        if conversion is not None and conversion.html is not None and said.count == before:
            made[file.src_uri] = dataclasses.asdict(conversion)
    return pickle.dumps(made)


class _Said(logging.Handler):
    """Counts what is logged, from information up."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _converted_ahead(page: Page, markdown: str) -> Conversion | None:
    """The conversion made ahead for this page and this very Markdown, if any (waiting
    for the second process the first time one of its pages comes)."""
    if "pid" in _converter and page.file.src_uri in _converter["share"]:
        _receive()
    conversion = _ahead.get(page.file.src_uri)
    return conversion if conversion is not None and conversion.markdown == markdown else None


def _receive() -> None:
    """Wait for the second process and keep what it sent (nothing if it failed)."""
    data, code = end_second_process(_converter["pid"], _converter["read"])
    _converter.clear()
    try:  # on any error, this process converts every page itself
        made = pickle.loads(data) if code == 0 else {}
    except Exception:  # noqa: BLE001 - a broken pipe
        made = {}
    _ahead.update((uri, Conversion(**fields)) for uri, fields in made.items())


# Helpers ------------------------------------------------------------------------------


def _give_back(conversion: Conversion, page: Page) -> None:
    """Replay what the blocks counted while being made; the first `on_page_content`
    gives back the rest."""
    for key, numbers in conversion.counted.items():
        settings = page_state.get(key)
        for number in numbers if settings is not None else ():
            settings.counted(number)
    _reused[page.file.src_uri] = conversion


def _portable(conversion: Conversion) -> bool:
    """Whether another language may show this conversion (no mockup, no absolute link)."""
    return conversion.portable and not any(_is_absolute(url) for url in conversion.links)


@dataclass
class Conversion:
    """One page's conversion in the default language's build, and what it left."""

    markdown: str
    links: list[str] = field(default_factory=list)
    # What each block counted, by its settings' key in `page_state` ("steps"...).
    counted: dict[str, list[int]] = field(default_factory=dict)
    portable: bool = True
    html: str | None = None
    toc: list[AnchorLink] = field(default_factory=list)
    title: str | None = None
    anchors: frozenset[str] = frozenset()
    resolved: list[str | None] = field(default_factory=list)


def _markdown_setup(config: MkDocsConfig) -> str:
    """The extensions named in mkdocs.yml and their settings (ours are the same objects'
    kind in every language: hooks register them again for each build)."""
    names = [name for name in config["markdown_extensions"] if isinstance(name, str)]
    return repr((names, config["mdx_configs"]))


def _copied(items) -> list[AnchorLink]:
    """A copy of a table of contents' items (hooks may change a page's: each gets its own)."""
    copies = []
    for item in items:
        copy = AnchorLink(item.title, item.id, item.level)
        copy.children = _copied(item.children)
        copies.append(copy)
    return copies


def _enabled() -> bool:
    return os.environ.get("TUT_FALLBACK_REUSE", "1") != "0"


def _record(markdown: str, page: Page) -> None:
    """Watch this page's conversion: its links, its blocks' counts, its mockups.

    The blocks' settings for the page are set by the hooks of the blocks (tutorials.py,
    helper_notes.py, mockups.py), earlier in this event: each is given back with a
    `counted` that also notes the number here.
    """
    conversion = _remembered[page.file.src_uri] = Conversion(markdown)
    page_state.set("page_links", conversion.links.append)
    for key in COUNTED_BLOCKS:
        settings = page_state.get(key)
        if settings is not None:
            page_state.set(key, _counting(settings, conversion.counted.setdefault(key, [])))
    mockup = page_state.get("mockup")
    if mockup is not None:
        page_state.set("mockup", dataclasses.replace(
            mockup, counted=_not_portable(mockup.counted, conversion)))


def _counting(settings: Any, numbers: list[int]) -> Any:
    def counted(number: int) -> None:
        numbers.append(number)
        settings.counted(number)

    return dataclasses.replace(settings, counted=counted)


def _not_portable(counted: Any, conversion: Conversion) -> Any:
    """A mockup is written in the reader's words: its page is converted in each language."""
    def not_portable(number: int) -> None:
        conversion.portable = False
        counted(number)

    return not_portable


def _resolved(links: list[str], page: Page, files: Files) -> list[str | None]:
    """The address each link gets in this build: for a link MkDocs resolves, relative to
    the page (None: not found, left as written), as its relpath makes it."""
    resolved: list[str | None] = []
    for url in links:
        if _is_relative(url):
            target = _target(url, page, files)
            resolved.append(get_relative_url(target.url, page.url) if target else None)
        else:
            resolved.append(url)
    return resolved


def _is_relative(url: str) -> bool:
    """A link MkDocs resolves to a file (mkdocs.structure.pages._RelativePathTreeprocessor):
    not an address of another site, an absolute path, an e-mail or an anchor alone."""
    scheme, netloc, path, _, _ = urlsplit(url)
    return not (scheme or netloc or _is_absolute(url) or AMP_SUBSTITUTE in url or not path)


def _is_absolute(url: str) -> bool:
    """"/tutoriels/x.html": MkDocs resolves it or not depending on `validation`; such a
    page is converted in each language (authors write relative links, see the guide)."""
    return url.startswith(("/", "\\"))


def _target(url: str, page: Page, files: Files) -> File | None:
    """The file a relative link leads to, found as MkDocs finds it (its first guess)."""
    path = unquote(urlsplit(url).path)
    uri = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path).lstrip("/"))
    return files.get_file_from_path(uri)


def _links_to_anchors(links: list[str], page: Page, files: Files) -> dict[File, dict[str, str]]:
    """The page's links to anchors, by target file, as MkDocs' relpath lists them."""
    found: dict[File, dict[str, str]] = {}
    for url in links:
        parts = urlsplit(url)
        if not parts.fragment:
            continue
        if not parts.path and _is_self_link(url):
            target = page.file
        elif _is_relative(url):
            target = _target(url, page, files)
        else:
            target = None
        if target is not None:
            found.setdefault(target, {}).setdefault(parts.fragment, url)
    return found


def _is_self_link(url: str) -> bool:
    """An anchor of the page itself ("#etape-2"), which MkDocs also validates."""
    scheme, netloc, _, _, _ = urlsplit(url)
    return not (scheme or netloc or _is_absolute(url) or AMP_SUBSTITUTE in url)


# Data ---------------------------------------------------------------------------------

# The `page_state` keys of the blocks that count what they make (steps.StepSettings,
# helper_block.HelperSettings): the hooks reading the counts get them on a reused page.
COUNTED_BLOCKS = ("steps", "helper")
