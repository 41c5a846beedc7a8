"""The catalogue: categories, the generated "Tutoriels" navigation, category and index pages.

Categories are declared once in mkdocs.yml (`extra.categories`, read by `categories.py`);
each tutorial names one in its front matter (`category`, checked by `tutorials.py`).
From them, in every language:

- the pages `tutoriels/<id>.html` (one per category that has tutorials) and
  `tutoriels/index.html` (every tutorial), generated like the practice pages;
- the "Tutoriels" part of the navigation: `nav:` in mkdocs.yml holds the placeholder
  `- Tutoriels: tutoriels/index.md`, replaced by one section per category (its page as the
  section's index), tutorials by `order` then by title in French alphabetical order;
- the templates' data: `tut_categories`, `tut_latest`, `tut_all_url` (env globals) and
  `tut_category` (the page's category, for the breadcrumb and the category page);
- `tut_nav_window`: a category's section of the menu lists at most NAV_ITEMS tutorials
  (`extra.nav_category_items`), the page and its neighbours, then a link to the category
  page that lists them all: a page's menu weighs the same with 10 or 1,000 tutorials.

Publishing a tutorial is adding its file: nobody edits `nav:`.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from typing import Any

import categories
import yaml
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import (
    Navigation,
    Section,
    _add_parent_links,
    _add_previous_and_next_links,
    _get_by_type,
)
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from _common import (
    build_message,
    default_language,
    front_matter,
    is_tutorial_uri,
    language_folder,
    problems,
    reader_language,
    source_path,
    strings,
)

ALL_PAGE = "tutoriels/index.md"
# The id of the h1 of our page templates (as on tutorial pages): the skip link's target.
TITLE_ANCHOR = "titre"
GENERATED_TEMPLATES = ("tut-category.html", "tut-all.html")
LATEST_COUNT = 6
# The most tutorials a category's section of the menu lists (`extra.nav_category_items`).
NAV_ITEMS = 7


@dataclass
class Entry:
    """A tutorial as the navigation needs it, read from its front matter before its page."""

    file: File
    category: str
    title: str
    order: int | None


_declared = categories.Declared()
_entries: dict[str, Entry] = {}
# Generated category pages: src_uri ("tutoriels/impots/index.md") → category id.
_category_pages: dict[str, str] = {}
# The categories' sections of the navigation: id(section) → the category's page.
_category_sections: dict[int, Page] = {}
# The categories as templates get them (`tut_categories`), set in on_env.
_published: list[dict[str, Any]] = []


# After tutorials.py's on_config (priority 0), which clears the problems of a last build.
@event_priority(-10)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read `extra.categories` and report what is wrong with it, naming mkdocs.yml."""
    global _declared
    _declared = categories.parse(config.extra.get("categories"))
    where = os.path.basename(config.config_file_path or "mkdocs.yml")
    for key, values in _declared.problems:
        problems.report(where, build_message(config, key, **values))
    items = config.extra.get("nav_category_items", NAV_ITEMS)
    if isinstance(items, bool) or not isinstance(items, int) or items < 1:
        problems.report(where, build_message(config, "categories_nav_items",
                                             found=categories.found(items)))
    for category in _declared.categories:
        if category.icon and not _icon_exists(config, category.icon):
            problems.report(where, build_message(
                config, "categories_unknown_icon", id=category.id,
                found=categories.found(category.icon),
            ))
    return config


# After mkdocs-static-i18n (-100), which sorts the files of each language's run: each
# language's run adds its own copy of the generated pages (see _common.language_folder).
@event_priority(-110)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read each tutorial's category, title and order; add the category and index pages."""
    _entries.clear()
    _category_pages.clear()
    ids = set(_declared.ids)
    for file in files.documentation_pages():
        if not is_tutorial_uri(file.src_uri):
            continue
        meta = _front_matter(file)
        category = meta.get("category")
        if isinstance(category, str) and category.strip() in ids:
            title, order = meta.get("title"), meta.get("order")
            _entries[file.src_uri] = Entry(
                file=file,
                category=category.strip(),
                title=title.strip() if isinstance(title, str) and title.strip() else file.name,
                order=order if isinstance(order, int) and not isinstance(order, bool) else None,
            )
        stem = file.src_uri[len("tutoriels/"):].rsplit(".", 1)[0].split(".")[0]
        if stem in ids:
            problems.report(source_path(config, file),
                            build_message(config, "category_page_clash", id=stem))
    language = reader_language(config)
    folder = language_folder(config)
    words = strings(language)["catalogue"]
    for category in _used_categories():
        src_uri = f"tutoriels/{category.id}/index.md"
        label = categories.text(category.label, language, default_language(config))
        page = _page_source("tut-category.html", label)
        files.append(_generated(config, src_uri, page, f"tutoriels/{category.id}.html", folder))
        _category_pages[src_uri] = category.id
    if files.get_file_from_path(ALL_PAGE) is None:
        page = _page_source("tut-all.html", words["all_title"])
        files.append(_generated(config, ALL_PAGE, page, "tutoriels/index.html", folder))
    return files


# After mkdocs-static-i18n (-100), which translates the titles of `nav:` ("Tutorials").
@event_priority(-110)
def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    """Replace the placeholder `tutoriels/index.md` of `nav:` by the category sections."""
    placement = _find(nav.items, ALL_PAGE)
    if placement is None:
        return nav  # a fork without the placeholder keeps its own navigation
    # Without `nav:`, MkDocs lists every page by folder: the tutorials move to their
    # category's section, so they leave the folder's list.
    placed = {*_entries, *_category_pages}
    _remove(nav.items, placed)
    siblings, index = _find(nav.items, ALL_PAGE)
    placeholder = siblings[index]
    language = reader_language(config)
    sections = []
    _category_sections.clear()
    for category in _used_categories():
        category_page = files.get_file_from_path(f"tutoriels/{category.id}/index.md").page
        pages = [entry.file.page for entry in _sorted_entries(category.id)]
        label = categories.text(category.label, language, default_language(config))
        # Material prints nav titles unescaped, like page titles: escaped once here.
        sections.append(Section(html.escape(label, quote=False), [category_page, *pages]))
        _category_sections[id(sections[-1])] = category_page
    if index == 0 and isinstance(placeholder.parent, Section):
        # The index page of a folder's section (no `nav:`): the section holds them.
        siblings[1:1] = sections
    else:
        title = placeholder.title or strings(language)["catalogue"]["all_title"]
        siblings[index] = Section(title, [placeholder, *sections])
        # "Tutoriels" names the section; the page itself is "Tous les tutoriels".
        placeholder.title = html.escape(strings(language)["catalogue"]["all_title"], quote=False)
    nav.pages = _get_by_type(nav.items, Page)
    _add_previous_and_next_links(nav.pages)
    _add_parent_links(nav.items)
    return nav


# After tutorials.py's on_env (priority 0), which publishes the validated cards.
@event_priority(-10)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give templates the categories with their cards, the latest cards, the index page."""
    cards = env.globals.get("tut_catalogue", [])
    language = reader_language(config)
    published = []
    for category in _used_categories():
        mine = sorted(
            (card for card in cards if card.get("category") == category.id),
            key=lambda card: categories.sort_key(card["title"], card.get("order")),
        )
        page = files.get_file_from_path(f"tutoriels/{category.id}/index.md")
        published.append({
            "id": category.id,
            "label": categories.text(category.label, language, default_language(config)),
            "description": categories.text(category.description, language,
                                           default_language(config)),
            "icon": category.icon,
            "url": page.url if page else "",
            "count": len(mine),
            "tutorials": mine,
        })
    _published[:] = published
    env.globals["tut_categories"] = published
    # The most recent `updated` first; the same date in alphabetical order (cards are),
    # as sorting keeps the order of equal items.
    env.globals["tut_latest"] = sorted(
        cards, key=lambda card: card.get("updated_iso") or "", reverse=True
    )[:LATEST_COUNT]
    all_page = files.get_file_from_path(ALL_PAGE)
    env.globals["tut_all_url"] = all_page.url if all_page else ""
    env.filters["tut_slug"] = categories.slug
    limit = config.extra.get("nav_category_items", NAV_ITEMS)
    env.globals["tut_nav_window"] = lambda section, page: nav_window(
        section, page, _category_sections.get(id(section)), limit)
    return env


def nav_window(section: Any, page: Any, category_page: Any, limit: int) -> dict | None:
    """For a category's section of more than `limit` tutorials: the numbers (from 1, as
    in Material's loop over `section.children`) of the tutorials the menu lists, the page
    and its neighbours, `limit` in all; the category page and the tutorials' count.
    None for any other section (the menu lists all its items)."""
    if category_page is None or isinstance(limit, bool) or not isinstance(limit, int) \
            or limit < 1:
        return None
    numbers = [number for number, item in enumerate(section.children, 1)
               if item is not category_page]
    if len(numbers) <= limit:
        return None
    where = next((place for place, number in enumerate(numbers)
                  if section.children[number - 1] is page), 0)
    start = min(max(where - (limit - 1) // 2, 0), len(numbers) - limit)
    return {
        "numbers": numbers[start:start + limit],
        "page": category_page,
        "count": len(numbers),
    }


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """The page's category (category pages and tutorials): heading, cards, breadcrumb."""
    src_uri = page.file.src_uri
    if page.meta.get("template") in GENERATED_TEMPLATES:
        # The h1 comes from our template: make it the root of the table of contents, as
        # Material expects, so that the skip link lands on the title (as tutorials.py does).
        page.toc = TableOfContents([AnchorLink(page.title or "", TITLE_ANCHOR, 1)])
    category_id = _category_pages.get(src_uri) or (
        _entries[src_uri].category if src_uri in _entries else None
    )
    if category_id:
        found = [category for category in _published if category["id"] == category_id]
        context["tut_category"] = found[0] if found else None
    return context


# Helpers ------------------------------------------------------------------------------


def _used_categories() -> list[categories.Category]:
    """The declared categories that hold at least one tutorial, in declared order."""
    used = {entry.category for entry in _entries.values()}
    return [category for category in _declared.categories if category.id in used]


def _sorted_entries(category_id: str) -> list[Entry]:
    mine = [entry for entry in _entries.values() if entry.category == category_id]
    return sorted(mine, key=lambda entry: categories.sort_key(entry.title, entry.order))


def _front_matter(file: File) -> dict[str, Any]:
    """The front matter of a page, or {} when it cannot be read (tutorials.py says why)."""
    try:
        return front_matter(file.abs_src_path)
    except OSError:
        return {}


def _page_source(template: str, title: str) -> str:
    # MkDocs and Material print page titles unescaped (nav, header): escaped once here.
    meta = {"template": template, "title": html.escape(title, quote=False),
            "hide": ["toc"]}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n"


def _generated(config: MkDocsConfig, src_uri: str, content: str, dest_uri: str,
               folder: str) -> File:
    """A generated page written at `dest_uri`, in the folder of the language being built.

    Category pages are `tutoriels/<id>/index.md` for MkDocs (an index page, so that
    Material's `navigation.indexes` makes it its section's page) but written at
    `tutoriels/<id>.html`.
    """
    file = File.generated(config, src_uri, content=content)
    file.dest_uri = f"{folder}/{dest_uri}" if folder else dest_uri
    return file


def _find(items: list, src_uri: str) -> tuple[list, int] | None:
    """The list holding the nav item of page `src_uri`, and its place in it."""
    for index, item in enumerate(items):
        if isinstance(item, Page) and item.file.src_uri == src_uri:
            return items, index
        if isinstance(item, Section):
            found = _find(item.children, src_uri)
            if found:
                return found
    return None


def _remove(items: list, src_uris: set[str]) -> None:
    """Take the pages of `src_uris` out of the nav, and the sections they leave empty."""
    for item in list(items):
        if isinstance(item, Page) and item.file.src_uri in src_uris:
            items.remove(item)
        elif isinstance(item, Section):
            _remove(item.children, src_uris)
            if not item.children:
                items.remove(item)


def _icon_exists(config: MkDocsConfig, icon: str) -> bool:
    """Whether the theme has the icon ("material/bank-outline"), as Material includes it."""
    return any(
        os.path.isfile(os.path.join(folder, ".icons", f"{icon}.svg"))
        for folder in config.theme.dirs
    )
