"""The `/// step | Title` block: numbered tutorial steps with stable anchors.

Plain Python-Markdown (pymdown-extensions Blocks): this module imports nothing from
MkDocs, so it can be tested with `markdown.markdown(text, extensions=[...])` and reused by
another builder when Material for MkDocs is gone. The MkDocs side (which pages may hold
steps, in which language the label is written, how errors reach the author) is given
through `StepSettings`.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from markdown import Markdown
from pymdownx.blocks import BlocksExtension, BlocksProcessor
from pymdownx.blocks.block import Block

from pas_a_pas.core.strings import errors as default_errors
from pas_a_pas.markdown.mockups import SLOT_CLASS


class StepBlockError(ValueError):
    """A step block is malformed (standalone use: raised to the caller)."""


def _raise(message: str) -> None:
    raise StepBlockError(message)


@dataclass(frozen=True)
class StepSettings:
    """What the hosting builder decides for the document being converted.

    `number_label` and `anchor` are formatted with the step's number; `separator`
    stands between the label and the title ("Étape 1 : S'identifier"). When `allowed` is
    false, a step block cannot stand in this document. `messages` are the build messages
    (`errors:` of the strings files); `report` receives each error message (the default
    raises `StepBlockError`); `counted` receives the number of each step as it is made,
    so that the builder knows how many steps the document has.
    """

    number_label: str = "Étape {number}"
    separator: str = " : "
    anchor: str = "etape-{number}"
    allowed: bool = True
    messages: Mapping[str, Any] = field(default_factory=default_errors)
    report: Callable[[str], None] = field(default=_raise)
    counted: Callable[[int], None] = field(default=lambda number: None)


class Step(Block):
    """A numbered step of a tutorial.

    Arguments (1, required): the step's title, inline Markdown ("S'identifier").
    Options: none but the Blocks' generic `attrs`.
    Content: any Markdown (paragraphs, lists, images, admonitions, nested blocks).

    Renders `<section class="tut-step">` holding an `h2` whose id is the stable anchor
    `etape-N` (N counts the steps of the page from 1) and whose text is
    "Étape N : Title", then the body in `div.tut-step__body`. In the body, the text that
    comes before a practice screen is paired with it (`pair_screens`), so that paper can
    set each screen beside its own instructions.
    """

    NAME = "step"
    # In the page's own language (its settings), whatever the site's: see settings.py.
    depends_on_site_language = False
    ARGUMENT = None  # optional for the parser, so that a missing title is reported, not ignored
    OPTIONS: dict = {}

    def on_init(self) -> None:
        """Count the steps of the current page (the tracker lives for one document)."""
        self.tracker.setdefault("count", 0)
        self.tracker.setdefault("bodies", [])  # (number, body element) of each step

    def on_create(self, parent: etree.Element) -> etree.Element:
        """Build the step section and return the element that receives the body."""
        settings: StepSettings = self.config["settings"]()
        self.tracker["count"] += 1
        number = self.tracker["count"]
        title = (self.argument or "").strip()
        words = settings.messages
        settings.counted(number)
        if not settings.allowed:
            settings.report(words["step_outside_tutorial"].format(number=number, title=title))
        if not title:
            settings.report(words["step_empty_title"].format(number=number))
        outer = self._outer_step(parent)
        if outer:
            settings.report(words["step_nested"].format(number=number, title=title, parent=outer))
        section = etree.SubElement(parent, "section", {"class": "tut-step"})
        anchor = settings.anchor.format(number=number)
        heading = etree.SubElement(section, "h2", {"class": "tut-step__title", "id": anchor})
        label = etree.SubElement(heading, "span", {"class": "tut-step__number"})
        label.text = settings.number_label.format(number=number)
        separator = etree.SubElement(heading, "span", {"class": "tut-step__separator"})
        separator.text = settings.separator
        separator.tail = title
        section.set("aria-labelledby", anchor)
        body = etree.SubElement(section, "div", {"class": "tut-step__body"})
        self.tracker["bodies"].append((number, body))
        return body

    def _outer_step(self, parent: etree.Element) -> int:
        """The number of the step whose body holds `parent` (0 for none)."""
        for number, body in reversed(self.tracker["bodies"]):
            if any(element is parent for element in body.iter()):
                return number
        return 0

    def on_inline_end(self, block: etree.Element) -> None:
        """Pair each run of text with the screens that follow it.

        Here, once the whole document is parsed (`on_end` also runs each time a block
        nested in the step closes, on a body that is not complete yet). pymdownx calls
        it once per nested block too: pairing a paired body changes nothing.
        """
        pair_screens(block)


PAIR_CLASS = "tut-step__pair"


def pair_screens(body: etree.Element) -> None:
    """Group each run of text and the screens right after it, in place.

    `<p>A</p><p>B</p><screen/><p>C</p>` becomes
    `<div class="tut-step__pair"><div class="tut-step__text"><p>A</p><p>B</p></div>
    <div class="tut-step__screens"><screen/></div></div><p>C</p>`. Why: a printed
    handout sets a screen beside the instructions that lead to it, so that a screen
    that does not fit at the bottom of a page no longer leaves that space empty (the
    FranceConnect handout: 7 pages). On screen the wrappers have no box of their own and
    the page looks the same. Text after the last screen, and a screen with no text
    before it, stay as they are.
    """
    Group = tuple[list[etree.Element], list[etree.Element]]  # (text, screens)
    groups: list[Group] = []
    text: list[etree.Element] = []
    group: Group | None = None  # the group a screen right after the previous one joins
    for child in list(body):
        classes = (child.get("class") or "").split()
        if PAIR_CLASS in classes:  # paired already
            text, group = [], None
        elif SLOT_CLASS not in classes:
            text.append(child)
            group = None
        elif text:
            group = (text, [child])
            groups.append(group)
            text = []
        elif group is not None:
            group[1].append(child)
    for text, screens in groups:
        index = list(body).index(text[0])
        pair = etree.Element("div", {"class": PAIR_CLASS})
        text_column = etree.SubElement(pair, "div", {"class": "tut-step__text"})
        screens_column = etree.SubElement(pair, "div", {"class": "tut-step__screens"})
        for element in text + screens:
            body.remove(element)
        text_column.extend(text)
        screens_column.extend(screens)
        body.insert(index, pair)


class StepExtension(BlocksExtension):
    """Registers the `step` block; config `settings` is a callable returning StepSettings."""

    BLOCK = Step

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "settings": [StepSettings, "Callable returning the StepSettings of the document"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdownBlocks(self, md: Markdown, block_mgr: BlocksProcessor) -> None:
        block_mgr.register(self.BLOCK, self.getConfigs())


def makeExtension(*args, **kwargs) -> StepExtension:
    """Entry point for `markdown.markdown(..., extensions=["steps"])`."""
    return StepExtension(*args, **kwargs)
