"""Tutorial pages: validate the front matter, number the steps, give templates their data.

A tutorial is any Markdown page under `docs/tutoriels/` (its `index.md` aside). Errors in
the content are reported to `_common.problems`, each logged with its file and line; the
hook `problems.py` fails the build once, before any page is written.
"""

from __future__ import annotations

import functools
import html
import unicodedata
from typing import Any

import categories
import markdown
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page, _RelativePathTreeprocessor
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.meta import YAML_RE
from typography import FrenchTypographyExtension, is_french

import tutorial_schema
from _common import (
    build_message,
    error_messages,
    format_date,
    is_tutorial,
    log,
    page_language,
    page_state,
    problems,
    reader_language,
    register_extension,
    source_path,
    strings,
    text_direction,
)
from steps import StepExtension, StepSettings

_tutorials: dict[str, dict[str, Any]] = {}
# The categories declared in mkdocs.yml (`extra.categories`, reported by catalogue.py).
_declared = categories.Declared()


# Before every other hook (problems.py clears at 1000): a reloaded strings file is read.
@event_priority(900)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the step block (a plain Python-Markdown extension) for every page."""
    global _declared
    strings.cache_clear()  # `mkdocs serve` reloads the config when a strings file changes
    _tutorials.clear()
    _declared = categories.parse(config.extra.get("categories"))
    # The settings of the page being converted: see `_common.PageState`.
    register_extension(config, StepExtension(settings=page_state.reader("steps", StepSettings())))
    return config


# Before Material's tags plugin (-50) reads `tags`, so that it only sees valid values.
@event_priority(10)
def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Check the front matter of tutorials and prepare the step settings of the page."""
    where = source_path(config, page.file)
    markdown_text, readable = _recover_front_matter(markdown_text, page, config, where)
    # The steps are part of the text: in the page's language, even in another site.
    words = strings(page_language(config, page))["step"]
    tutorial = is_tutorial(page)
    step = {"number": 0}  # the step being made, whose messages name its line

    def counted(number: int) -> None:
        step["number"] = number
        _count_step(page, number)

    page_state.set("steps", StepSettings(
        number_label=words["number_label"],
        separator=words["separator"],
        anchor=words["anchor"],
        allowed=tutorial,
        messages=error_messages(config),
        report=lambda message: problems.report(
            where, message, line=page_state.block_line("step", step["number"])),
        counted=counted,
    ))
    # An empty file has one error, said by authoring.py, not one per missing field.
    if tutorial and readable and (page.meta or markdown_text.strip()):
        _check_tutorial(page, config, files, where)
        page.meta.setdefault("template", "tutorial.html")
    return markdown_text


def on_page_content(html_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A tutorial has steps (the step block counted them while the page was converted)."""
    tutorial = _tutorials.get(page.file.src_uri)
    if tutorial is not None and not tutorial["steps"]:
        problems.report(source_path(config, page.file), build_message(config, "tutorial_no_steps"))
    return html_text


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Check the tutorials together, then publish the catalogue (problems.py fails the
    build at the end of on_env, before any page is written, on any error)."""
    _check_together(config)
    env.globals["t"] = strings(reader_language(config))
    # A draft left out of the site (hooks/drafts.py) is checked, but gets no card.
    env.globals["tut_catalogue"] = sorted(
        (card for card in _tutorials.values() if card["page"].file.inclusion.is_included()),
        key=lambda card: categories.collation_key(card["title"]),
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


def _check_together(config: MkDocsConfig) -> None:
    """Within one language, titles are unique and a tag is written one way only."""
    titles: dict[tuple[str, str], str] = {}
    tags: dict[tuple[str, str], tuple[str, str]] = {}
    for _, card in sorted(_tutorials.items()):
        where = source_path(config, card["page"].file)
        key = (card["lang"], " ".join(card["title"].casefold().split()))
        if key in titles:
            problems.report(where, build_message(
                config, "tutorial_duplicate_title", title=card["title"], other=titles[key]))
        titles.setdefault(key, where)
        for tag in card["tags"]:
            tag_key = (card["lang"], _fold(tag))
            written, other = tags.setdefault(tag_key, (tag, where))
            if written != tag:
                problems.report(where, build_message(
                    config, "tag_variant", tag=tag, other=other, variant=written))


def _fold(text: str) -> str:
    """A text without case or accents ("Démarche" and "demarche" fold alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _count_step(page: Page, number: int) -> None:
    """The step block made step `number` of the page: the tutorial has that many steps."""
    if page.file.src_uri in _tutorials:
        _tutorials[page.file.src_uri]["steps"] = number


def _recover_front_matter(
    text: str, page: Page, config: MkDocsConfig, where: str
) -> tuple[str, bool]:
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
        problems.report(where, error.text(error_messages(config)), line=error.line)
        page.meta, readable = {}, False
    return text[match.end():].lstrip("\n"), readable


def _check_tutorial(page: Page, config: MkDocsConfig, files: Files, where: str) -> None:
    # Labels and dates in the reader's language; `lang` marks the text's own language.
    language = reader_language(config)
    words = strings(language)
    licences = _licences(config, words)
    default = str(config.extra.get("licence_default", "etalab-2.0"))
    result = tutorial_schema.validate(page.meta, licences, default, error_messages(config))
    lines = _field_lines(page)
    for message, name in zip(result.errors, result.error_fields, strict=True):
        problems.report(where, message, line=lines.get(name))
    for message, name in zip(result.warnings, result.warning_fields, strict=True):
        at = where
        if name in lines:
            at = build_message(config, "at_line", where=where, line=lines[name])
        log.warning(build_message(config, "where", where=at, message=message))
    values = result.values
    category = _check_category(page, config, where)
    title = values["title"] or page.file.name
    # MkDocs and Material print the title and tags unescaped (nav, header, search index,
    # whose results are HTML): escape them once here; our own templates escape the raw
    # values they are given.
    page.meta.update(
        title=html.escape(title, quote=False),
        tags=[html.escape(tag, quote=False) for tag in values["tags"]],
    )
    page.title = page.meta["title"]
    updated = values["updated"]
    _tutorials[page.file.src_uri] = {
        "page": page,
        # The same in every language: "tutoriels/franceconnect".
        "id": tutorial_id(page.file.src_uri, page_language(config, page)),
        "category": category,
        "order": values["order"],
        "level_id": values["level"],
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
        "steps": 0,
    }


def tutorial_id(src_uri: str, language: str) -> str:
    """The page's path without its language suffix and ".md" ("tutoriels/franceconnect")."""
    stem = src_uri.rsplit(".", 1)[0]
    return stem.removesuffix(f".{language}")


def _check_category(page: Page, config: MkDocsConfig, where: str) -> str | None:
    """The tutorial's category id; a missing or unknown one is reported with the known ids.

    When `extra.categories` itself is wrong, that error (reported by catalogue.py) is the
    one to fix first: the tutorials are not checked against a broken list.
    """
    none_declared = build_message(config, "category_none_declared")
    value = page.meta.get("category", categories.MISSING)
    category, problem = categories.check(value, _declared.ids, none_declared)
    if problem and not _declared.problems:
        key, values = problem
        problems.report(where, build_message(config, key, **values))
    return category


def _field_lines(page: Page) -> dict[str, int]:
    """The line of each front-matter field in the file (empty when it cannot be read)."""
    try:
        match = YAML_RE.match(page.file.content_string)
    except (OSError, ValueError):
        return {}
    return tutorial_schema.field_lines(match.group(1)) if match else {}


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
    french = is_french(page_language(config, page))
    if "[" not in text and "<" not in text:  # no link nor image: the same on every page
        return _render_plain(text, french)
    md = _field_markdown(french)
    # MkDocs' own link resolver: `autre.md` becomes the page's URL, and a link to a
    # missing page gets MkDocs' usual warning (which fails `--strict`). Registered
    # under the same name for each page, it replaces the previous page's.
    _RelativePathTreeprocessor(page.file, files, config)._register(md)
    return md.reset().convert(text)


@functools.lru_cache(maxsize=4096)
def _render_plain(text: str, french: bool) -> str:
    """A field without links: converted once per text ("Avoir une adresse mail" is a
    prerequisite of many tutorials, shown in each language), not once per page."""
    return _field_markdown(french).reset().convert(text)


@functools.cache
def _field_markdown(french: bool) -> markdown.Markdown:
    """One Markdown converter for the front-matter fields (one per field is slow), with
    French typography for a French tutorial's fields (prerequisites, credits)."""
    typography = FrenchTypographyExtension(enabled=lambda: french)
    md = markdown.Markdown(extensions=["attr_list", typography])
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
