"""Tutorial pages: validate the front matter, number the steps, give templates their data.

A tutorial is any Markdown page under `docs/tutoriels/` (its `index.md` aside). Errors in
the content are collected over the whole build, each logged with its file, then fail the
build once before any page is written (see `_common.Problems`).
"""

from __future__ import annotations

import functools
import html
from typing import Any

import markdown
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page, _RelativePathTreeprocessor
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.meta import YAML_RE

import tutorial_schema
from _common import (
    format_date,
    is_tutorial,
    log,
    page_language,
    problems,
    reader_language,
    register_extension,
    source_path,
    strings,
    text_direction,
)
from steps import StepExtension, StepSettings

# The step settings of the page being converted: MkDocs renders pages one at a time,
# and the step extension asks for them when a page's Markdown instance meets a step.
_current_steps = StepSettings()
_tutorials: dict[str, dict[str, Any]] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the step block (a plain Python-Markdown extension) for every page."""
    global _current_steps
    problems.clear()
    strings.cache_clear()  # `mkdocs serve` reloads the config when a strings file changes
    _tutorials.clear()
    _current_steps = StepSettings()
    register_extension(config, StepExtension(settings=lambda: _current_steps))
    return config


# Before Material's tags plugin (-50) reads `tags`, so that it only sees valid values.
@event_priority(10)
def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Check the front matter of tutorials and prepare the step settings of the page."""
    global _current_steps
    where = source_path(config, page.file)
    markdown_text, readable = _recover_front_matter(markdown_text, page, where)
    # The steps are part of the text: in the page's language, even in another site.
    words = strings(page_language(config, page))["step"]
    tutorial = is_tutorial(page)
    _current_steps = StepSettings(
        number_label=words["number_label"],
        separator=words["separator"],
        anchor=words["anchor"],
        allowed=tutorial,
        refusal="a step block can only stand in a tutorial (a page under docs/tutoriels/)",
        report=lambda message: problems.report(where, message),
    )
    if tutorial and readable:
        _check_tutorial(page, config, files, where)
        page.meta.setdefault("template", "tutorial.html")
    return markdown_text


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Count the steps (their anchors) for the home page's cards."""
    if page.file.src_uri in _tutorials:
        prefix = strings(page_language(config, page))["step"]["anchor"].split("{")[0]
        _tutorials[page.file.src_uri]["steps"] = sum(
            1 for item in page.toc if item.id.startswith(prefix)
        )
    return html_text


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Fail on content errors before any page is written; publish the catalogue."""
    problems.raise_if_any()
    env.globals["t"] = strings(reader_language(config))
    env.globals["tut_catalogue"] = sorted(
        _tutorials.values(), key=lambda card: card["title"].casefold()
    )
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """Give templates the reader's strings and, for tutorials, the header and footer data."""
    context["t"] = strings(reader_language(config))
    if page.file.src_uri in _tutorials:
        context["tutorial"] = _tutorials[page.file.src_uri]
        # The h1 comes from our template, not the Markdown: make it the root of the table
        # of contents, as Material expects, so that the skip link lands on the title.
        page.toc = TableOfContents([_title_anchor(page, list(page.toc))])
    return context


# Helpers ------------------------------------------------------------------------------


def _recover_front_matter(text: str, page: Page, where: str) -> tuple[str, bool]:
    """Report a front matter that MkDocs could not parse instead of showing it as text.

    Returns the Markdown without the front matter, and whether the front matter could be
    read (when it cannot, its fields are not checked: one error says it all).
    """
    match = YAML_RE.match(text)
    if not match:
        return text, True
    readable = True
    try:
        page.meta = tutorial_schema.parse_front_matter(match.group(1))
    except tutorial_schema.Invalid as error:
        problems.report(where, str(error))
        page.meta, readable = {}, False
    return text[match.end():].lstrip("\n"), readable


def _check_tutorial(page: Page, config: MkDocsConfig, files: Files, where: str) -> None:
    # Labels and dates in the reader's language; `lang` marks the text's own language.
    language = reader_language(config)
    words = strings(language)
    licences = _licences(config, words)
    default = str(config.extra.get("licence_default", "etalab-2.0"))
    result = tutorial_schema.validate(page.meta, licences, default)
    for message in result.errors:
        problems.report(where, message)
    for message in result.warnings:
        log.warning(f"{where}: {message}")
    values = result.values
    title = values["title"] or page.file.name
    # MkDocs and Material print the title unescaped (nav, header, search index): escape it
    # once here; our own templates escape the raw title they are given.
    page.meta.update(title=html.escape(title, quote=False), tags=values["tags"])
    page.title = page.meta["title"]
    updated = values["updated"]
    _tutorials[page.file.src_uri] = {
        "page": page,
        "lang": page_language(config, page),
        "dir": text_direction(page_language(config, page)),
        "title": title,
        "summary": values["summary"] or "",
        "tags": values["tags"],
        "updated_iso": updated.isoformat() if updated else "",
        "updated_text": format_date(updated, language),
        "prerequisites": [
            _render_inline(item, page, files, config) for item in values["prerequisites"]
        ],
        "duration": values["duration"],
        "level": words["tutorial"]["levels"].get(values["level"]) if values["level"] else None,
        "licences": _licence_links(values["licence"], config, words),
        "credits": _render_block(values["credits"], page, files, config),
        "screenshot_notice": values["screenshot_notice"],
        "category": values["category"],
        "steps": 0,
    }


def _licences(config: MkDocsConfig, words: dict) -> dict[str, str]:
    """Known licences: ours, plus those a fork declares under `extra.licences`."""
    known = dict(words["licences"])
    for key, value in (config.extra.get("licences") or {}).items():
        known[str(key).lower()] = value.get("name", key) if isinstance(value, dict) else key
    return known


def _licence_links(ids: list[str], config: MkDocsConfig, words: dict) -> list[dict[str, str]]:
    extra = {str(k).lower(): v for k, v in (config.extra.get("licences") or {}).items()}
    links = []
    for licence_id in ids:
        declared = extra.get(licence_id) if isinstance(extra.get(licence_id), dict) else {}
        links.append({
            "name": declared.get("name") or words["licences"].get(licence_id, licence_id),
            "url": declared.get("url") or LICENCE_URLS.get(licence_id, ""),
        })
    return links


def _render_block(text: str, page: Page, files: Files, config: MkDocsConfig) -> str:
    """Markdown of a front-matter field, with links to other pages resolved like MkDocs does."""
    if not text:
        return ""
    md = _field_markdown()
    # MkDocs' own link resolver: `autre.md` becomes the page's URL, and a link to a
    # missing page gets MkDocs' usual warning (which fails `--strict`). Registered
    # under the same name for each page, it replaces the previous page's.
    _RelativePathTreeprocessor(page.file, files, config)._register(md)
    return md.reset().convert(text)


@functools.cache
def _field_markdown() -> markdown.Markdown:
    """One Markdown converter for every front-matter field (one per field is slow)."""
    md = markdown.Markdown(extensions=["attr_list"])
    # Front-matter fields are text with Markdown links and emphasis, not raw HTML: a
    # stray "<" in a credit is shown as written instead of breaking the page.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def _render_inline(text: str, page: Page, files: Files, config: MkDocsConfig) -> str:
    """One line of Markdown, without the paragraph around it (for list items)."""
    rendered = _render_block(text, page, files, config)
    if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
        return rendered[3:-4]
    return rendered


def _title_anchor(page: Page, children: list[AnchorLink]) -> AnchorLink:
    root = AnchorLink(page.title or "", TITLE_ANCHOR, 1)
    root.children = children
    return root


# Data ---------------------------------------------------------------------------------

TITLE_ANCHOR = "titre"

LICENCE_URLS = {
    "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/deed.fr",
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/deed.fr",
    "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/deed.fr",
}
