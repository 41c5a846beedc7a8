"""The catalogue: the "Tutoriels" part of the navigation, and the menu's window.

The navigation is MkDocs' own, built from `nav:`: hooks/catalogue.py gives MkDocs a
`nav:` in which the placeholder `tutoriels/index.md` became one section per category
(`catalogue_nav`), so that MkDocs makes the sections, parents and previous/next links
itself.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from mkdocs.structure.files import File

from pas_a_pas.schema import categories

ALL_PAGE = "tutoriels/index.md"
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


def category_page(category_id: str) -> str:
    """The source path MkDocs knows a category page by (an index: its section's page)."""
    return f"tutoriels/{category_id}/index.md"


def catalogue_nav(nav: list, sections: list[tuple[str, list[str]]], all_title: str,
                  placed: set[str]) -> list | None:
    """`nav` (a `nav:` configuration) with the category `sections` in place of the
    placeholder `tutoriels/index.md`; None when it has no placeholder (a fork's own
    navigation is kept).

    `sections`: (label, [category page, tutorials...]) in order; `placed`: the pages
    the sections hold, taken out of anywhere else in `nav` (without `nav:`, MkDocs
    lists pages by folder). The placeholder first in a section (a folder's index) has
    the sections after it; elsewhere it becomes a section titled as it was ("Tutoriels"),
    holding the page, now titled `all_title` ("Tous les tutoriels"), then the sections.
    Titles are escaped: Material prints nav titles unescaped, like page titles.
    """
    new = _without(nav, placed)
    where = _find(new, ALL_PAGE)
    if where is None:
        return None
    items, index = where
    built = [{html.escape(label, quote=False): pages} for label, pages in sections]
    item = items[index]
    if index == 0 and items is not new:
        items[1:1] = built
        return new
    title = next(iter(item)) if isinstance(item, dict) else None
    items[index] = {title or all_title: [{html.escape(all_title, quote=False): ALL_PAGE},
                                         *built]}
    return new


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


def sorted_entries(entries: list[Entry]) -> list[Entry]:
    """A category's tutorials: by `order`, then by title in French alphabetical order."""
    return sorted(entries, key=lambda entry: categories.sort_key(entry.title, entry.order))


def _path(item: Any) -> str | None:
    """The page of a `nav:` item ("x.md" or {title: "x.md"}), None for a section or link."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and len(item) == 1:
        value = next(iter(item.values()))
        return value if isinstance(value, str) else None
    return None


def _children(item: Any) -> list | None:
    if isinstance(item, dict) and len(item) == 1:
        value = next(iter(item.values()))
        return value if isinstance(value, list) else None
    return None


def _without(items: list, placed: set[str]) -> list:
    """A copy of `items` without the pages of `placed`, nor the sections they leave empty."""
    kept = []
    for item in items:
        if _path(item) in placed:
            continue
        children = _children(item)
        if children is not None:
            children = _without(children, placed)
            if not children:
                continue
            item = {next(iter(item)): children}
        kept.append(item)
    return kept


def _find(items: list, path: str) -> tuple[list, int] | None:
    """The list holding the `nav:` item of page `path`, and its place in it."""
    for index, item in enumerate(items):
        if _path(item) == path:
            return items, index
        children = _children(item)
        if children is not None:
            found = _find(children, path)
            if found:
                return found
    return None
