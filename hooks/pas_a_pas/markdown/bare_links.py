"""Bare links marked: print shows each link's address after it, but not twice.

Plain Python-Markdown: a link whose text is its address (`<https://...>`) gets the class
`tut-link--bare`, which the print stylesheet leaves as it is.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor


class BareLinkTreeprocessor(Treeprocessor):
    """Mark links whose text is their address (`<https://...>`): print shows the address
    after every other link, and it would be written twice on these."""

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            href = (link.get("href") or "").strip()
            text = "".join(link.itertext()).strip()
            if href and text == href:
                classes = (link.get("class") or "").split()
                link.set("class", " ".join([*classes, "tut-link--bare"]))


class BareLinkExtension(Extension):
    """Registers the treeprocessor, after the links are made."""

    # The same whatever the language of the site: see pas_a_pas.markdown.settings.
    depends_on_site_language = False

    def extendMarkdown(self, md: Markdown) -> None:
        # After Python-Markdown's inline patterns (priority 20) have made the links.
        md.treeprocessors.register(BareLinkTreeprocessor(md), "tut_bare_links", 5)


def makeExtension(*args, **kwargs) -> BareLinkExtension:
    """Entry point for `markdown.markdown(..., extensions=[...bare_links])`."""
    return BareLinkExtension(*args, **kwargs)
