"""The one-page memo of a tutorial: what the person keeps at home, beside the handout.

One A4 page: the title, the prerequisites, every step as a numbered line (its title and
its first sentence), the QR codes with their addresses and the site's address. Rendered
from `memo.html` in the language being built (as a booklet's contents page is), written
beside the tutorial's page only to be printed by the same Chromium and cache as the
handouts, then removed: a print product, not a page of the site (no menu, search or
sitemap ever sees it). A memo that does not fit on one page fails the build with a
message naming it; it is never printed on two pages silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.handouts import memo_pdf_path
from pas_a_pas.handouts.assembly import page_count
from pas_a_pas.handouts.cache import Handout, content_date
from pas_a_pas.page_text import page_text

MEMO_TEMPLATE = "memo.html"


@dataclass
class Memo:
    """A memo to print: its page and PDF (`handout`), its HTML, where its tutorial is."""

    handout: Handout
    html: str
    source: str  # the tutorial's Markdown file, named by the build message
    steps: int


def memo_page(env: Environment, config: MkDocsConfig, card: dict, stylesheets: list[str],
              source: str) -> Memo:
    """The memo of the tutorial `card` (hooks/tutorials.py's), rendered now.

    It sits beside the tutorial's page (`tutoriels/x.memo.html`) so that its stylesheets
    and the addresses in it resolve as on that page.
    """
    page = card["page"]
    dest = page.file.dest_uri
    memo = dest.removesuffix(".html") + ".memo.html"
    base = "../" * memo.count("/")
    steps = page_text(page.content or "").steps
    html = env.get_template(MEMO_TEMPLATE).render(
        config=config, page=page, tutorial=card, steps=steps,
        stylesheets=[base + css for css in stylesheets],
    )
    handout = Handout(memo, memo_pdf_path(dest), date=content_date([card]), temporary=True)
    return Memo(handout, html, source, len(steps))


def too_long(site: Path, memos: list[Memo]) -> list[tuple[Memo, int]]:
    """The memos printed on more than one page, with their number of pages."""
    counted = [(memo, page_count(site / memo.handout.pdf)) for memo in memos]
    return [(memo, pages) for memo, pages in counted if pages > 1]
