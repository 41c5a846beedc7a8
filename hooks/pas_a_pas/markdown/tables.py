"""Table headers that name what they head: `scope="col"` on a Markdown table's headers.

Plain Python-Markdown, like `typography.py`: this module imports nothing from MkDocs.
Python-Markdown's tables give their header row `<th>` cells without `scope`; RGAA 4.1
(test 5.7.4) asks every header of a whole column to say so (`scope`, an `id` or a role),
so that a screen reader reads each cell with its column's header. A header an author
wrote with its own `scope` keeps it.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class TableHeadersTreeprocessor(Treeprocessor):
    """Adds `scope="col"` to each header cell of a table's head that has none."""

    def run(self, root: etree.Element) -> None:
        for head in root.iter("thead"):
            for cell in head.iter("th"):
                cell.attrib.setdefault("scope", "col")


class TableHeadersExtension(Extension):
    """Registers the treeprocessor, after the tables are made (block level)."""

    # The same whatever the language of the site: see pas_a_pas.markdown.settings.
    depends_on_site_language = False

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(TableHeadersTreeprocessor(md), "table_headers", 6)


def makeExtension(*args, **kwargs) -> TableHeadersExtension:
    """Entry point for `markdown.markdown(..., extensions=["tables", "...tables"])`."""
    return TableHeadersExtension(*args, **kwargs)
