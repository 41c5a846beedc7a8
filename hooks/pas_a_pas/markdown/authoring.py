"""Authoring checks of a Markdown page: blocks, headings, images and link texts.

Plain Python-Markdown, like `steps.py`: this module imports nothing from MkDocs. What
pymdown-extensions Blocks and Markdown accept silently, an author would only see in the
built page (a block shown as text, a block swallowing the rest of the page, a heading
level skipped, an image without description, a link saying "ici"); each is reported,
with the message of the strings files (`errors:`) and, when known, the line.

- A preprocessor reads the source lines (outside code fences): `/// name` whose name is
  not a registered block, options that the block does not declare (Blocks would drop
  the whole block without a word), blocks never closed.
- A treeprocessor reads the page built: in a tutorial, a second `h1` and heading levels
  that skip one (other pages may hold generated placeholders); on every page, images
  without text alternative or whose file is missing, vague link texts.
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from pas_a_pas.core.strings import errors as default_errors
from pas_a_pas.markdown.settings import ASKS


class AuthoringError(ValueError):
    """A page breaks an authoring rule (standalone use: raised to the caller)."""


def _raise(message: str, line: int | None = None) -> None:
    raise AuthoringError(message if line is None else f"{line}: {message}")


@dataclass(frozen=True)
class AuthoringSettings:
    """What the hosting builder decides for the document being converted.

    `tutorial`: the page's title (h1) comes from the template, so the Markdown has
    none, and its heading levels are checked. `first_line`: the file's line of the
    Markdown's first line (after the front matter); `opened(name, line)` is told the
    opening of each registered block. `image_exists(src)` says whether
    an image's file exists (None: unknown, e.g. a web address). `messages` are the
    build messages; `report(message, line)` receives each one (the default raises
    `AuthoringError`).
    """

    tutorial: bool = False
    first_line: int = 1
    opened: Callable[[str, int], None] = field(default=lambda name, line: None)
    image_exists: Callable[[str], bool | None] = field(default=lambda src: None, metadata=ASKS)
    messages: Mapping[str, Any] = field(default_factory=default_errors)
    report: Callable[..., None] = field(default=_raise)


class BlockSourceCheck(Preprocessor):
    """Unknown blocks, unknown options and unclosed blocks, from the source lines."""

    def __init__(self, md: Markdown, settings: Callable[[], AuthoringSettings]) -> None:
        super().__init__(md)
        self.settings = settings

    def run(self, lines: list[str]) -> list[str]:
        settings = self.settings()
        words = settings.messages
        known = self._known_blocks()
        if known is None:
            return lines
        open_blocks: list[tuple[str, int, int]] = []  # name, fence length, line
        fence = ""
        header: tuple[str, int] | None = None  # the block whose options may follow
        for index, line in enumerate(lines):
            number = settings.first_line + index
            if fence:
                if line.strip().startswith(fence):
                    fence = ""
                continue
            code = CODE_FENCE.match(line)
            if code:
                fence, header = code.group(1), None
                continue
            if header is not None:
                option = OPTION.match(line)
                if option:
                    self._check_option(header[0], option.group(1), known, number, settings)
                    continue
                header = None
            start = BLOCK_START.match(line)
            if start:
                name = start.group(2).lower()
                open_blocks.append((name, len(start.group(1)), number))
                header = (name, number)
                if name in known:
                    settings.opened(name, number)
                else:
                    close = difflib.get_close_matches(name, list(known), n=1)
                    hint = words["block_hint"].format(close=close[0]) if close else ""
                    settings.report(words["block_unknown"].format(
                        name=name, hint=hint, known=", ".join(sorted(known))), number)
                continue
            end = BLOCK_END.match(line)
            if end:
                length = len(end.group(1))
                for position in range(len(open_blocks) - 1, -1, -1):
                    if open_blocks[position][1] == length:
                        del open_blocks[position:]
                        break
        for name, length, number in open_blocks:
            settings.report(words["block_unclosed"].format(name=name, fence="/" * length), number)
        return lines

    def _known_blocks(self) -> dict[str, list[str]] | None:
        """The registered blocks and their options (every block takes `attrs`)."""
        if "blocks" not in self.md.parser.blockprocessors:
            return None
        blocks = self.md.parser.blockprocessors["blocks"].blocks
        return {name: [*block.OPTIONS, "attrs"] for name, block in blocks.items()}

    def _check_option(self, name: str, option: str, known: dict[str, list[str]], line: int,
                      settings: AuthoringSettings) -> None:
        options = known.get(name)
        if options is None or option in options:
            return
        words = settings.messages
        close = difflib.get_close_matches(option, options, n=1)
        hint = words["block_hint"].format(close=close[0]) if close else ""
        settings.report(words["block_option_unknown"].format(
            name=name, option=option, hint=hint, known=", ".join(options)), line)


class PageStructureCheck(Treeprocessor):
    """Headings, images and link texts of the page built."""

    def __init__(self, md: Markdown, settings: Callable[[], AuthoringSettings]) -> None:
        super().__init__(md)
        self.settings = settings

    def run(self, root: etree.Element) -> None:
        settings = self.settings()
        words = settings.messages
        vague = {_normalise(text) for text in words.get("link_vague_words", [])}
        previous = 1  # a tutorial's h1 comes from its template
        for element in root.iter():
            if element.tag in HEADINGS and settings.tutorial:
                level = int(element.tag[1])
                text = _text(element)
                if level == 1:
                    settings.report(words["heading_second_h1"].format(text=text))
                elif level > previous + 1:
                    settings.report(words["heading_skip"].format(
                        text=text, level=level, previous=previous, expected=previous + 1,
                        marks="#" * (previous + 1)))
                previous = level
            elif element.tag == "img":
                src = element.get("src", "")
                if not element.get("alt", "").strip():
                    settings.report(words["image_no_alt"].format(src=src))
                if settings.image_exists(src) is False:
                    settings.report(words["image_missing"].format(src=src, path=src))
            elif element.tag == "a" and _normalise(_text(element)) in vague:
                settings.report(words["link_vague_text"].format(
                    text=_text(element), href=element.get("href", "")))


class AuthoringExtension(Extension):
    """Registers the checks; config `settings` is a callable returning AuthoringSettings."""

    # The same whatever the language of the site: see pas_a_pas.markdown.settings.
    depends_on_site_language = False

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "settings": [AuthoringSettings, "Callable returning the AuthoringSettings"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        settings = self.getConfig("settings")
        # Before the code fences are stashed (superfences: 32), on the author's lines.
        md.preprocessors.register(BlockSourceCheck(md, settings), "tut_block_check", 40)
        # After the inline patterns (20): link texts and images are elements by then.
        md.treeprocessors.register(PageStructureCheck(md, settings), "tut_page_check", 5)


def makeExtension(*args, **kwargs) -> AuthoringExtension:
    """Entry point for `markdown.markdown(..., extensions=["pas_a_pas.markdown.authoring"])`."""
    return AuthoringExtension(*args, **kwargs)


def _text(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


# Data ---------------------------------------------------------------------------------

BLOCK_START = re.compile(r"^ {0,3}(/{3,})[ ]*([\w-]+)[ ]*(?:\|.*)?$")
BLOCK_END = re.compile(r"^ {0,3}(/{3,})[ ]*$")
OPTION = re.compile(r"^ {4,}([\w-]+)[ ]*:")
CODE_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
