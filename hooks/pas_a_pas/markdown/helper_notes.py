"""The `/// helper` block: a note for the helper (aidant numérique), not for the citizen.

Plain Python-Markdown (pymdown-extensions Blocks), like `steps.py`: this module imports
nothing from MkDocs. A note says what a helper checks before starting, the usual
mistakes, what to say to reassure. The page shows it only in helper mode (the "Mode
aidant" switch, `tut-helper.js`), and it stays out of the site's search indexes
(`data-search-exclude` for Material's, `data-pagefind-ignore` for Pagefind's).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block


def _ignore(count: int) -> None:
    pass


@dataclass(frozen=True)
class HelperSettings:
    """What the hosting builder decides for the document being converted.

    `label` names every note ("Note pour l'aidant"); a note's title follows it after
    `separator`. `anchor` is formatted with the note's number (ids of the labels).
    `counted` receives the number of notes seen so far in the document, after each one.
    """

    label: str = "Note pour l'aidant"
    separator: str = "\u00a0: "
    anchor: str = "note-aidant-{number}"
    counted: Callable[[int], None] = field(default=_ignore)


class Helper(Block):
    """A note for the helper.

    Arguments (optional): the note's title, inline Markdown ("Avant de commencer").
    Options: none but the Blocks' generic `attrs`.
    Content: any Markdown.

    Renders `<aside class="tut-helper" role="note" aria-labelledby="note-aidant-N"
    data-search-exclude data-pagefind-ignore>` holding `p.tut-helper__label` (the label,
    then the title if any) and the body in `div.tut-helper__body`.
    """

    NAME = "helper"
    # In the page's own language (its settings), whatever the site's: see settings.py.
    depends_on_site_language = False
    ARGUMENT = None
    OPTIONS: dict = {}

    def on_init(self) -> None:
        """Count the notes of the current page (the tracker lives for one document)."""
        self.tracker.setdefault("count", 0)

    def on_create(self, parent: etree.Element) -> etree.Element:
        """Build the note and return the element that receives its body."""
        settings: HelperSettings = self.config["settings"]()
        self.tracker["count"] += 1
        number = self.tracker["count"]
        anchor = settings.anchor.format(number=number)
        # role="note": an aside inside <main> named by its label would be a nested
        # complementary landmark; a note is what it is.
        aside = etree.SubElement(parent, "aside", {
            "class": "tut-helper",
            "role": "note",
            "aria-labelledby": anchor,
            "data-search-exclude": "",
            "data-pagefind-ignore": "",
        })
        label = etree.SubElement(aside, "p", {"class": "tut-helper__label", "id": anchor})
        name = etree.SubElement(label, "strong", {"class": "tut-helper__name"})
        name.text = settings.label
        title = (self.argument or "").strip()
        if title:
            name.tail = settings.separator + title
        settings.counted(number)
        return etree.SubElement(aside, "div", {"class": "tut-helper__body"})


class HelperExtension(BlocksExtension):
    """Registers the `helper` block; config `settings` is a callable returning HelperSettings."""

    BLOCK = Helper

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "settings": [HelperSettings, "Callable returning the HelperSettings of the document"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(self.BLOCK, self.getConfigs())


def makeExtension(*args, **kwargs) -> HelperExtension:
    """Entry point for `markdown.markdown(..., extensions=["pas_a_pas.markdown.helper_notes"])`."""
    return HelperExtension(*args, **kwargs)
