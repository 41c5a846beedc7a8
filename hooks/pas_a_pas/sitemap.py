"""The sitemap's entries: every page of every language, each with its counterparts.

mkdocs-static-i18n's own sitemap template lists the files it sorted, in its `on_files`:
the pages our hooks add after it (category pages, « Tous les tutoriels », the glossary,
the practice pages) were missing, 14 of the 40 pages of the site. This list is made
from each language's pages once they are all known (`on_env`), so every page is in it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.structure.pages import Page

from pas_a_pas.core.languages import path_in_language


@dataclass(frozen=True)
class LanguagePages:
    """The pages one language's build publishes, and its folder ("" for the default)."""

    locale: str
    folder: str
    pages: list[Page]


@dataclass(frozen=True)
class Entry:
    """One `<url>`: its address, its date, and its address in each language."""

    loc: str
    lastmod: str | None
    alternates: list[tuple[str, str]]


def address(page: Page, site_url: str) -> str:
    """The page's address: absolute with a `site_url`, else relative to the site's root
    (as mkdocs-static-i18n's template wrote it)."""
    return page.canonical_url or page.abs_url or f"{site_url}{page.url}"


def entries(languages: list[LanguagePages], site_url: str) -> list[Entry]:
    """Each language's pages in its build's order, the languages in the order they were
    built; a page's counterparts are the pages at the same path in the other languages'
    folders (a generated page and an untranslated one have a copy there too), its own
    language first (as mkdocs-static-i18n lists them)."""
    by_path: dict[str, list[tuple[str, str]]] = {}
    for language in languages:
        for page in language.pages:
            by_path.setdefault(path_in_language(page.url, language.folder), []).append(
                (language.locale, address(page, site_url)))
    several = len(languages) > 1
    return [
        Entry(address(page, site_url), page.update_date,
              _own_first(by_path[path_in_language(page.url, language.folder)], language.locale)
              if several else [])
        for language in languages for page in language.pages
    ]


def _own_first(alternates: list[tuple[str, str]], locale: str) -> list[tuple[str, str]]:
    return sorted(alternates, key=lambda alternate: alternate[0] != locale)
