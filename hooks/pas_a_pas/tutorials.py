"""Tutorials: what a tutorial is, its front matter read once, its fields as HTML.

A tutorial is a Markdown page under `docs/tutoriels/`, except the section's index
(`tutoriels/index.md`): one rule, used by every hook.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import markdown
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE

from pas_a_pas.markdown.typography import FrenchTypographyExtension
from pas_a_pas.schema import tutorials as tutorial_schema

TUTORIALS_DIR = "tutoriels"
# The id of the h1 of our page templates (tutorials, category pages): the skip link's target.
TITLE_ANCHOR = "titre"

LICENCE_URLS = {
    "etalab-2.0": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/deed.fr",
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/deed.fr",
    "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/deed.fr",
}


def is_tutorial(page: Page) -> bool:
    """Tutorials are the pages under `tutoriels/`, except the section's index."""
    return is_tutorial_uri(page.file.src_uri)


def is_tutorial_uri(src_uri: str) -> bool:
    """`is_tutorial` for a file before its page is read ("tutoriels/x.md")."""
    parts = src_uri.split("/")
    return (len(parts) > 1 and parts[0] == TUTORIALS_DIR and parts[-1].endswith(".md")
            and not parts[-1].startswith("index."))


def tutorial_id(src_uri: str, locales: Iterable[str]) -> str:
    """The page's path without ".md" and its language suffix, if one of `locales`:
    "tutoriels/franceconnect" for franceconnect.md and its franceconnect.en.md."""
    stem = src_uri.rsplit(".", 1)[0]
    base, _, suffix = stem.rpartition(".")
    return base if base and suffix in set(locales) else stem


def front_matter(path: str | os.PathLike | None) -> dict[str, Any]:
    """The front matter of a Markdown file, parsed once per version of the file.

    Several hooks read fields of the tutorials before MkDocs reads the pages (drafts.py:
    `draft`, catalogue.py: category and title, translations.py: dates), and each
    language's build runs them again: one YAML parse per file instead of five. Dates stay
    text (`schema.tutorials.parse_front_matter`). {} when the file has no front matter or
    one that cannot be read (tutorials.py says why), or no file (a generated page).
    Shared: read it, never change it.
    """
    if path is None:
        return {}
    stat = os.stat(path)
    return _front_matter(os.fspath(path), stat.st_mtime_ns, stat.st_size)


def says_draft(path: str | None) -> bool:
    """Whether a Markdown file's front matter says `draft: true` (unreadable: no)."""
    try:
        return front_matter(path).get("draft") is True
    except OSError:
        return False  # unreadable: the page's own reading reports it


def fold(text: str) -> str:
    """A text without case or accents ("Démarche" and "demarche" fold alike)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@functools.lru_cache(maxsize=4096)
def render_plain(text: str, french: bool) -> str:
    """A field without links: converted once per text ("Avoir une adresse mail" is a
    prerequisite of many tutorials, shown in each language), not once per page."""
    return field_markdown(french).reset().convert(text)


@functools.cache
def field_markdown(french: bool) -> markdown.Markdown:
    """One Markdown converter for the front-matter fields (one per field is slow), with
    French typography for a French tutorial's fields (prerequisites, credits)."""
    typography = FrenchTypographyExtension(enabled=lambda: french)
    md = markdown.Markdown(extensions=["attr_list", typography])
    # Front-matter fields are text with Markdown links and emphasis, not raw HTML: a
    # stray "<" in a credit is shown as written instead of breaking the page.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def unwrap_paragraph(html: str) -> str:
    """One rendered line without the paragraph around it (for list items)."""
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


@functools.lru_cache(maxsize=8192)
def _front_matter(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    # A file that is not UTF-8 is reported by authoring.py; its fields are read anyway.
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        match = YAML_RE.match(handle.read())
    if not match:
        return {}
    try:
        return tutorial_schema.parse_front_matter(match.group(1))
    except tutorial_schema.Invalid:
        return {}


def render_field(text: str, page: Page, files: Files, config: MkDocsConfig, french: bool) -> str:
    """Markdown of a front-matter field, with links to other pages resolved like MkDocs'."""
    if not text:
        return ""
    if "[" not in text and "<" not in text:  # no link nor image: the same on every page
        return render_plain(text, french)
    md = field_markdown(french)
    resolve_links_as_mkdocs(md, page, files, config)
    return md.reset().convert(text)


def resolve_links_as_mkdocs(md: markdown.Markdown, page: Page, files: Files,
                            config: MkDocsConfig) -> None:
    """Make `md` resolve links as MkDocs does in `page`: `autre.md` becomes the page's URL,
    and a link to a missing page gets MkDocs' usual warning (which fails `--strict`).

    One of the three private uses of the project (hooks/README.md): MkDocs has no public
    way to convert a piece of Markdown that is not a page with its link rules, and the
    front-matter fields (prerequisites, credits) are shown outside the page's content.
    Registered under the same name for each page, it replaces the previous page's.
    tests/unit/test_upstream.py fails if MkDocs changes this class.
    """
    mkdocs_pages._RelativePathTreeprocessor(page.file, files, config)._register(md)


def check_together(cards: Iterable[tuple[str, dict[str, Any]]]
                   ) -> list[tuple[str, str, dict[str, str]]]:
    """Within one language, titles are unique and a tag is written one way only.

    `cards`: (file as the author sees it, card) pairs, in a steady order; the problems
    found: (file, message key, message values) triples.
    """
    found = []
    titles: dict[tuple[str, str], str] = {}
    tags: dict[tuple[str, str], tuple[str, str]] = {}
    for where, card in cards:
        key = (card["lang"], " ".join(card["title"].casefold().split()))
        if key in titles:
            found.append((where, "tutorial_duplicate_title",
                          {"title": card["title"], "other": titles[key]}))
        titles.setdefault(key, where)
        for tag in card["tags"]:
            written, other = tags.setdefault((card["lang"], fold(tag)), (tag, where))
            if written != tag:
                found.append((where, "tag_variant", {"tag": tag, "other": other,
                                                     "variant": written}))
    return found


def licences(declared: Mapping[str, Any] | None, words: Mapping[str, Any]) -> dict[str, str]:
    """Known licences by id: ours, plus those a fork declares under `extra.licences`."""
    known = dict(words["licences"])
    for key, value in (declared or {}).items():
        known[str(key).lower()] = value.get("name", key) if isinstance(value, dict) else key
    return known


def licence_links(ids: list[str], declared: Mapping[str, Any] | None,
                  words: Mapping[str, Any]) -> list[dict[str, str]]:
    """Each licence of a tutorial with its name and address (ours, or the fork's)."""
    extra = {str(k).lower(): v for k, v in (declared or {}).items()}
    links = []
    for licence_id in ids:
        mine = extra.get(licence_id) if isinstance(extra.get(licence_id), dict) else {}
        links.append({
            "name": mine.get("name") or words["licences"].get(licence_id, licence_id),
            "url": mine.get("url") or LICENCE_URLS.get(licence_id, ""),
        })
    return links
