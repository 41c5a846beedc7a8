"""The `/// mockup | name` block: an interactive simulation of an online procedure.

Plain Python-Markdown (pymdown-extensions Blocks), like `steps.py`: this module imports
nothing from MkDocs. The block only reads its argument and options; what the mockup looks
like is decided by the hosting builder through `MockupSettings.render`, which returns
the HTML (a Jinja template on the MkDocs side) that the block stashes in the page.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from markdown import Markdown
from markdown.util import AtomicString
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block, type_any

from pas_a_pas.core.strings import errors as default_errors
from pas_a_pas.markdown.settings import ASKS
from pas_a_pas.schema.tutorials import describe


class MockupBlockError(ValueError):
    """A mockup block is malformed (standalone use: raised to the caller)."""


def _raise(message: str) -> None:
    raise MockupBlockError(message)


# The class of the element where a mockup block stands (the step block pairs it with the
# text before it).
SLOT_CLASS = "tut-mockup-slot"


@dataclass(frozen=True)
class MockupRequest:
    """What a block asks for: scenario `name`, one `screen` or all ("" = the whole flow).

    `number` counts the mockups of the document from 1 (for unique ids); `level` is the
    heading level of each screen's title (the screens' own headings are one level below).
    """

    name: str
    screen: str
    number: int
    level: int


def _no_renderer(request: MockupRequest) -> str:
    raise MockupBlockError("no renderer: give MockupSettings(render=...)")


@dataclass(frozen=True)
class MockupSettings:
    """What the hosting builder decides for the document being converted.

    `render` returns the HTML of a request, or "" after reporting an error itself.
    `messages` are the build messages (`errors:` of the strings files); `report`
    receives each error message (the default raises `MockupBlockError`); `counted`
    receives the number of each mockup as it is made (its messages follow).
    """

    render: Callable[[MockupRequest], str] = field(default=_no_renderer, metadata=ASKS)
    messages: Mapping[str, Any] = field(default_factory=default_errors)
    report: Callable[[str], None] = field(default=_raise)
    counted: Callable[[int], None] = field(default=lambda number: None)


class Mockup(Block):
    """A mockup of scenario `name`.

    Arguments (1, required): the scenario's name (`docs/mockups/<name>.yml`).
    Options: `screen` (one screen's name: show only that screen, e.g. inside a step;
    default: the whole practice flow), `level` (2 to 5, the heading level of the screens'
    titles; default 3, below a step's h2).
    Content: none.
    """

    NAME = "mockup"
    # The practice frame (warning, counter, buttons' notes) is in the reader's language.
    depends_on_site_language = True
    ARGUMENT = None  # optional for the parser, so that a missing name is reported
    OPTIONS = {"screen": ["", type_any], "level": [3, type_any]}

    def on_init(self) -> None:
        """Count the mockups of the current page (the tracker lives for one document)."""
        self.tracker.setdefault("count", 0)

    def on_markdown(self) -> str:
        """The content is not Markdown: it is kept raw, to report it if any."""
        return "raw"

    def on_create(self, parent: etree.Element) -> etree.Element:
        """Check the options and stash the rendered mockup (the content stays empty)."""
        settings: MockupSettings = self.config["settings"]()
        self.tracker["count"] += 1
        name = (self.argument or "").strip()
        screen, level = self.options["screen"], self.options["level"]
        words, number = settings.messages, self.tracker["count"]
        settings.counted(number)
        self.name = name
        ok = True
        if not name:
            settings.report(words["mockup_no_name"].format(number=number))
            ok = False
        if not isinstance(screen, str):
            settings.report(words["mockup_screen_type"].format(
                number=number, name=name, found=describe(screen, words)))
            ok = False
        if isinstance(level, bool) or level not in (2, 3, 4, 5):
            settings.report(words["mockup_level"].format(
                number=number, name=name, found=describe(level, words)))
            ok = False
        html = ""
        if ok:
            html = settings.render(
                MockupRequest(name, screen.strip(), self.tracker["count"], level)
            )
        self.placeholder = AtomicString(self.md.htmlStash.store(html) if html else "")
        slot = etree.SubElement(parent, "div", {"class": SLOT_CLASS})
        slot.text = self.placeholder
        return slot

    def on_end(self, block: etree.Element) -> None:
        """A mockup has no content: its screens are written in the scenario file."""
        if block.text != self.placeholder:
            settings: MockupSettings = self.config["settings"]()
            settings.report(settings.messages["mockup_content"].format(
                number=self.tracker["count"], name=self.name))
            block.text = self.placeholder


class MockupExtension(BlocksExtension):
    """Registers the `mockup` block; config `settings` is a callable returning MockupSettings."""

    BLOCK = Mockup

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "settings": [MockupSettings, "Callable returning the MockupSettings of the document"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(self.BLOCK, self.getConfigs())


def makeExtension(*args, **kwargs) -> MockupExtension:
    """Entry point for `markdown.markdown(..., extensions=["pas_a_pas.markdown.mockups"])`."""
    return MockupExtension(*args, **kwargs)
