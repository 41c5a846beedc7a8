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
from typing import Any

import yaml
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mkdocs.utils import nest_paths

from pas_a_pas.catalogue import (
    ALL_PAGE,
    GENERATED_TEMPLATES,
    LATEST_COUNT,
    NAV_ITEMS,
    Entry,
    catalogue_nav,
    category_page,
    nav_window,
    sorted_entries,
)
from pas_a_pas.core import priorities
from pas_a_pas.core.languages import default_language, language_folder, reader_language
from pas_a_pas.core.pages import generated_page
from pas_a_pas.core.paths import config_name, source_path
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.schema import categories
from pas_a_pas.tutorials import TITLE_ANCHOR, front_matter, is_tutorial_uri

_declared = categories.Declared()
_entries: dict[str, Entry] = {}
# Generated category pages: src_uri ("tutoriels/impots/index.md") → category id.
_category_pages: dict[str, str] = {}
# The categories' sections of the navigation: id(section) → the category's page.
_category_sections: dict[int, Page] = {}
# The `nav:` of mkdocs.yml, given back to the config once MkDocs has read ours.
_nav_config: dict[str, Any] = {}
# The categories as templates get them (`tut_categories`), set in on_env.
_published: list[dict[str, Any]] = []


# After hooks/tutorials.py's on_config, which reads the strings files again.
@event_priority(priorities.AFTER_CATALOGUE)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read `extra.categories` and report what is wrong with it, naming mkdocs.yml."""
    global _declared
    _declared = categories.parse(config.extra.get("categories"))
    where = config_name(config)
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


# After mkdocs-static-i18n, which sorts the files of each language's run: each language's
# run adds its own copy of the generated pages (see `language_folder`).
@event_priority(priorities.AFTER_I18N)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read each tutorial's category, title and order; add the category and index pages;
    give MkDocs the `nav:` with the categories' sections."""
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
        src_uri = category_page(category.id)
        label = categories.text(category.label, language, default_language(config))
        page = _page_source("tut-category.html", label)
        files.append(generated_page(config, src_uri, page, folder=folder,
                                    dest_uri=f"tutoriels/{category.id}.html"))
        _category_pages[src_uri] = category.id
    if files.get_file_from_path(ALL_PAGE) is None:
        page = _page_source("tut-all.html", words["all_title"])
        files.append(generated_page(config, ALL_PAGE, page, folder=folder,
                                    dest_uri="tutoriels/index.html"))
    _give_nav(config, files, language)
    return files


# First: MkDocs has read the `nav:` given in on_files.
@event_priority(priorities.START)
def on_nav(nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
    """Give mkdocs.yml's `nav:` back to the config; find the categories' sections."""
    if "nav" in _nav_config:
        config.nav = _nav_config.pop("nav")
    _category_sections.clear()
    pages = {category_page(category.id) for category in _used_categories()}
    for item in _sections(nav.items):
        first = item.children[0] if item.children else None
        if isinstance(first, Page) and first.file.src_uri in pages:
            _category_sections[id(item)] = first
    return nav


# After hooks/tutorials.py's on_env, which publishes the validated cards.
@event_priority(priorities.AFTER_CATALOGUE)
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
    return sorted_entries([entry for entry in _entries.values()
                           if entry.category == category_id])


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


def _give_nav(config: MkDocsConfig, files: Files, language: str) -> None:
    """Have MkDocs build its navigation from a `nav:` with the categories' sections in
    place of `tutoriels/index.md` (mkdocs.yml's own is given back in on_nav).

    Without `nav:`, MkDocs lists the pages by folder: the same list is the start here.
    """
    nav = config.nav
    if nav is None:
        nav = nest_paths(file.src_uri for file in files.documentation_pages()
                         if _in_nav(file, config))
    sections = [
        (categories.text(category.label, language, default_language(config)),
         [category_page(category.id),
          *(entry.file.src_uri for entry in _sorted_entries(category.id))])
        for category in _used_categories()
    ]
    placed = {*_entries, *_category_pages}
    words = strings(language)["catalogue"]
    new = catalogue_nav(nav, sections, words["all_title"], placed)
    if new is not None:
        _nav_config["nav"] = config.nav
        config.nav = new


def _in_nav(file: File, config: MkDocsConfig) -> bool:
    """Whether MkDocs lists the file in a navigation by folder. A page generated here has
    no inclusion level yet: MkDocs sets it after on_files, from `not_in_nav`."""
    if file.inclusion is InclusionLevel.UNDEFINED:
        hidden = config.not_in_nav
        return file.src_uri not in _category_pages and not (
            hidden and hidden.match_file(file.src_uri))
    return file.inclusion.is_in_nav()


def _sections(items: list) -> list[Section]:
    """Every section of the navigation, at any depth."""
    found = []
    for item in items:
        if isinstance(item, Section):
            found.append(item)
            found += _sections(item.children)
    return found


def _icon_exists(config: MkDocsConfig, icon: str) -> bool:
    """Whether the theme has the icon ("material/bank-outline"), as Material includes it."""
    return any(
        os.path.isfile(os.path.join(folder, ".icons", f"{icon}.svg"))
        for folder in config.theme.dirs
    )
