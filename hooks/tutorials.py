"""Tutorial pages: validate the front matter, number the steps, give templates their data.

A tutorial is any Markdown page under `docs/tutoriels/` (its `index.md` aside). Errors in
the content are reported to `problems`, each logged with its file and line; the hook
hooks/problems.py fails the build once, before any page is written. What a tutorial is,
its fields and its card are in `pas_a_pas.tutorials`.
"""

from __future__ import annotations

import html
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils.meta import YAML_RE

from pas_a_pas.core import priorities
from pas_a_pas.core.dates import build_day, format_date
from pas_a_pas.core.languages import page_language, reader_language, text_direction
from pas_a_pas.core.page_state import page_state, register_extension
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, error_messages, problems
from pas_a_pas.core.strings import reload as reload_strings
from pas_a_pas.core.strings import strings
from pas_a_pas.markdown.steps import StepExtension, StepSettings
from pas_a_pas.markdown.typography import french_spacing, is_french
from pas_a_pas.schema import categories
from pas_a_pas.schema import tutorials as tutorial_schema
from pas_a_pas.tutorials import (
    TITLE_ANCHOR,
    check_together,
    is_tutorial,
    licence_links,
    licences,
    render_field,
    tutorial_id,
    unwrap_paragraph,
)

_tutorials: dict[str, dict[str, Any]] = {}
# The categories declared in mkdocs.yml (`extra.categories`, reported by catalogue.py).
_declared = categories.Declared()


# Before every other hook (after hooks/problems.py clears): a reloaded strings file is read.
@event_priority(priorities.STRINGS)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the step block (a plain Python-Markdown extension) for every page."""
    global _declared
    reload_strings()  # `mkdocs serve` reloads the config when a strings file changes
    _tutorials.clear()
    _declared = categories.parse(config.extra.get("categories"))
    # The settings of the page being converted: see `pas_a_pas.core.page_state`.
    register_extension(config, StepExtension(settings=page_state.reader("steps", StepSettings())))
    return config


# Before Material's tags plugin reads `tags`, so that it only sees valid values.
@event_priority(priorities.FRONT_MATTER)
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
    cards = [(source_path(config, card["page"].file), card)
             for _, card in sorted(_tutorials.items())]
    for where, key, values in check_together(cards):
        problems.report(where, build_message(config, key, **values))
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
    """Validate the front matter, report what is wrong, keep the tutorial's card."""
    # Labels and dates in the reader's language; `lang` marks the text's own language.
    language = reader_language(config)
    words = strings(language)
    known = licences(config.extra.get("licences"), words)
    default = str(config.extra.get("licence_default", "etalab-2.0"))
    result = tutorial_schema.validate(page.meta, known, default, error_messages(config),
                                      today=build_day())
    lines = _field_lines(page)
    for message, name in zip(result.errors, result.error_fields, strict=True):
        problems.report(where, message, line=lines.get(name))
    for message, name in zip(result.warnings, result.warning_fields, strict=True):
        problems.warn(where, message, line=lines.get(name))
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
    content_language = page_language(config, page)
    french = is_french(content_language)
    _tutorials[page.file.src_uri] = {
        "page": page,
        # The same in every language: "tutoriels/franceconnect".
        "id": tutorial_id(page.file.src_uri, [content_language]),
        "category": category,
        "order": values["order"],
        "level_id": values["level"],
        "lang": content_language,
        "dir": text_direction(content_language),
        "title": title,
        "summary": values["summary"] or "",
        "tags": values["tags"],
        "updated_iso": updated.isoformat() if updated else "",
        "updated_text": format_date(updated, language),
        "prerequisites": [
            unwrap_paragraph(render_field(item, page, files, config, french))
            for item in values["prerequisites"]
        ],
        "duration": values["duration"],
        "level": words["tutorial"]["levels"].get(values["level"]) if values["level"] else None,
        "licences": licence_links(values["licence"], config.extra.get("licences"), words),
        "credits": render_field(values["credits"], page, files, config, french),
        "screenshot_notice": values["screenshot_notice"],
        "sources": [
            {"title": french_spacing(source["title"]) if french else source["title"],
             "url": source["url"],
             "checked_iso": source["checked"].isoformat(),
             "checked_text": format_date(source["checked"], language)}
            for source in values["sources"]
        ],
        "steps": 0,
    }


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


def _title_anchor(page: Page, children: list[AnchorLink]) -> AnchorLink:
    root = AnchorLink(page.title or "", TITLE_ANCHOR, 1)
    root.children = children
    return root
