"""Booklets: a category's tutorials in one PDF, and all the tutorials in one.

A category booklet is its title and contents page (printed from `booklet.html`) then
its tutorials' PDFs; the booklet of all the tutorials is the category booklets. Both are
assembled from PDFs printed already (`assembly`), without printing again.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.handouts.assembly import assemble, page_count, producer
from pas_a_pas.handouts.cache import (
    CACHE_VERSION,
    Handout,
    Made,
    PdfCache,
    content_date,
    pdf_date,
    reproducible,
)

BOOKLET_TEMPLATE = "booklet.html"
# To decide before printing whether the whole-site booklet stays under its page limit
# (the home page links it, and is written before anything is printed): a printed A4
# page holds about this much of a tutorial's HTML (the FranceConnect tutorial, 26,000
# characters with its mockups, prints on 6 pages; estimated 5). The real count is
# checked after printing and logged when it goes over.
HTML_CHARACTERS_PER_PAGE = 6000


@dataclass
class Booklet:
    """A booklet: PDFs printed already (`parts`) one after another, in one PDF.

    A category's: its contents (printed from `booklet.html`), then its tutorials' PDFs;
    the one of all the tutorials: the category booklets, each under its bookmark
    (`nest`). Assembled by `pas_a_pas.handouts.assembly`, not printed again by Chromium.
    """

    pdf: str
    title: str
    date: datetime.datetime | None
    parts: list[str]
    nest: bool = False
    # The contents' page to print first (a category's booklet), its PDF is parts[0].
    contents: Handout | None = None


def contents_page(env: Environment, config: MkDocsConfig, pdf: str, tutorials: list[dict],
                  title: str, stylesheets: list[str]) -> tuple[Handout, str]:
    """The page of a booklet's title and contents, to print into `<booklet>.contents.pdf`,
    and its HTML (rendered now, in the language being built; written when printed).

    A contents page is printed then removed: a print product, not a page of the site. It
    sits beside the tutorials so that its stylesheets resolve as on their pages.
    """
    page = pdf.removesuffix(".pdf") + ".booklet.html"
    base = "../" * page.count("/")
    html = env.get_template(BOOKLET_TEMPLATE).render(
        config=config,
        title=title,
        tutorials=tutorials,
        stylesheets=[base + css for css in stylesheets],
    )
    handout = Handout(page, pdf.removesuffix(".pdf") + ".contents.pdf",
                      date=content_date(tutorials), temporary=True)
    return handout, html


def assemble_booklet(
    site: Path, booklet: Booklet, language: str, cache: PdfCache, made: Made
) -> int:
    """Assemble `booklet` from its parts, or take it from the cache; returns its pages.

    Kept in the cache under the hash of its parts' bytes, its title, language and date.
    A category's contents link to its tutorials (`#tutoriel-N`): the assembly points
    them to the first page of the N-th tutorial's PDF.
    """
    digest = hashlib.sha256(f"booklet|{CACHE_VERSION}|{producer()}|{booklet.title}|{language}|"
                            f"{pdf_date(booklet.date)}|{booklet.nest}".encode())
    for part in booklet.parts:
        digest.update(part.encode() + b"|" + hashlib.sha256((site / part).read_bytes()).digest())
    key = digest.hexdigest()
    target = site / booklet.pdf
    if cache.get(key, target):
        made.reused += 1
        return page_count(target)
    anchors = {} if booklet.nest else {
        f"tutoriel-{number}": number for number in range(1, len(booklet.parts))
    }
    assembled = assemble([site / part for part in booklet.parts], title=booklet.title,
                         language=language, date="D:" + pdf_date(booklet.date),
                         nest=booklet.nest, anchors=anchors)
    target.write_bytes(reproducible(assembled.data, booklet.date))
    cache.put(key, target)
    made.assembled += 1
    return assembled.pages


def category_ids(config: MkDocsConfig, catalogue: list[dict], language: str) -> list[str]:
    """The categories that hold tutorials, in declared order (`extra.categories`)."""
    used = {card.get("category") for card in catalogue}
    return [category for category in category_labels(config, language) if category in used]


def category_labels(config: MkDocsConfig, language: str) -> dict[str, str]:
    """Category id → label in `language`, from `extra.categories`."""
    labels = {}
    for category in config.extra.get("categories") or []:
        if isinstance(category, dict) and category.get("id"):
            label = category.get("label", category["id"])
            if isinstance(label, dict):
                label = label.get(language) or next(iter(label.values()), category["id"])
            labels[str(category["id"])] = str(label)
    return labels


def estimate_pages(contents: Iterable[str]) -> int:
    """Pages of a booklet of these tutorials' HTML: at least one each, plus contents."""
    pages = [max(1, math.ceil(len(content) / HTML_CHARACTERS_PER_PAGE)) for content in contents]
    return sum(pages) + 1 + len(pages) // 40


