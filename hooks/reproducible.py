"""Reproducible builds: two builds of the same commit give the same bytes, on any day.

MkDocs dates every page with the day of the build (`page.update_date`): the sitemap's
`<lastmod>` and the timestamp in the header of `sitemap.xml.gz` then change every day,
with no change to the content. Instead, a tutorial is dated by its front matter's
`updated` (the day its content last changed, as readers and search engines expect), and
every other page by the source date: `SOURCE_DATE_EPOCH` when the builder sets it (the
reproducible-builds.org convention, which MkDocs also honours), else the date of the last
git commit; outside a git checkout, the day of the build, as MkDocs does.
"""

from __future__ import annotations

import datetime

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas.core.paths import project_root
from pas_a_pas.reproducible import source_date
from pas_a_pas.tutorials import is_tutorial

_state: dict[str, str] = {"date": ""}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    _state["date"] = source_date(project_root(config))
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Date the page from its content (`updated`) or the source, never from the clock."""
    updated = page.meta.get("updated")
    if is_tutorial(page) and isinstance(updated, datetime.date):
        page.update_date = updated.isoformat()[:10]
    elif _state["date"]:
        page.update_date = _state["date"]
    return markdown
