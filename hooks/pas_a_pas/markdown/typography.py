"""French typography: the no-break spaces French puts around some punctuation.

Plain Python-Markdown, like `steps.py`: this module imports nothing from MkDocs. French
sets a narrow no-break space (U+202F) before ; ! ? and » and after «, and a no-break
space (U+00A0) before :, so that a phone never wraps "en ligne ?" with the "?" alone on
the next line. `french_spacing(text)` does it on a text; `FrenchTypographyExtension`
does it on the text of a document (never in code, keyboard keys, addresses or
attributes).

Conservative on purpose: a space already typed before : ; ! ? » (or after «) becomes the
right no-break space; a missing one is added only before ; ! ? that follow a letter
(and inside « »), never before : (10:30, 1:1, "http:"), never inside a web address or an
HTML character reference.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

NARROW = "\u202f"
NO_BREAK = "\u00a0"

# What is left as it is: web addresses, e-mail addresses, character references.
_UNTOUCHED = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)[^\s<>«»\"]*[^\s<>«».,;:!?)\"]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);",
    re.IGNORECASE,
)
_SPACES = "[ \t\n\u00a0\u202f]"
_RULES = [
    # A space typed before ; ! ? » becomes a narrow no-break space.
    (re.compile(f"{_SPACES}+([;!?»])"), NARROW + r"\1"),
    # One typed after « too.
    (re.compile(f"«{_SPACES}+"), "«" + NARROW),
    # A space typed before : becomes a no-break space.
    (re.compile(f"{_SPACES}+:"), NO_BREAK + ":"),
    # None typed: added before ; ! ? right after a letter, and inside « ».
    (re.compile(r"(?<=[^\W\d_])([;!?])"), NARROW + r"\1"),
    (re.compile(r"«(?=[^\s\u00a0\u202f])"), "«" + NARROW),
    (re.compile(r"(?<=[^\s\u00a0\u202f«])»"), NARROW + "»"),
]
# Every rule needs one of these: a text without any is left as it is, untouched, at once.
_TRIGGER = re.compile("[;!?:«»]")
# Elements whose text is not prose.
SKIPPED_TAGS = frozenset({"code", "pre", "kbd", "samp", "var", "script", "style", "math"})


def french_spacing(text: str) -> str:
    """`text` with French no-break spaces; addresses and references left untouched."""
    if not text or not _TRIGGER.search(text):
        return text
    parts, start = [], 0
    for match in _UNTOUCHED.finditer(text):
        parts.append(_space(text[start:match.start()]))
        parts.append(match.group(0))
        start = match.end()
    parts.append(_space(text[start:]))
    return "".join(parts)


def is_french(language: str) -> bool:
    """"fr", "fr-CA", "fr_BE"... are French."""
    return language.split("-")[0].split("_")[0].lower() == "fr"


def _space(text: str) -> str:
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text


class FrenchTypographyTreeprocessor(Treeprocessor):
    """Applies `french_spacing` to the text of the document, code and addresses aside."""

    def __init__(self, md: Markdown, enabled: Callable[[], bool]) -> None:
        super().__init__(md)
        self.enabled = enabled

    def run(self, root: etree.Element) -> None:
        if self.enabled():
            self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        # Code and bare addresses keep their text and children as written; the tail
        # (what follows the element) belongs to the parent's prose.
        if element.tag not in SKIPPED_TAGS and not _is_bare_link(element):
            element.text = _spaced(element.text)
            for child in element:
                self._walk(child)
        element.tail = _spaced(element.tail)


def _spaced(text: str | None) -> str | None:
    # Text stashed by Python-Markdown (raw HTML, code spans) is a placeholder: untouched.
    return french_spacing(text) if text else text


def _is_bare_link(element: etree.Element) -> bool:
    """A link showing its own address (`<https://...>`): the text is the address."""
    return element.tag == "a" and (element.text or "").strip() == element.get("href", "")


class FrenchTypographyExtension(Extension):
    """Registers the treeprocessor; config `enabled`: a callable, true for French text."""

    # French spacing follows the page's language, not the site's: see pas_a_pas.markdown.settings.
    depends_on_site_language = False

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "enabled": [lambda: True, "Callable: whether the document is French"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # After the inline patterns (20) and attr_list (8), which take "{ .class }" out of
        # the text; before the table of contents (5) and MkDocs' title (-1), so that both
        # get the spaced text.
        processor = FrenchTypographyTreeprocessor(md, self.getConfig("enabled"))
        md.treeprocessors.register(processor, "french_typography", 7)


def makeExtension(*args, **kwargs) -> FrenchTypographyExtension:
    """Entry point for `markdown.markdown(..., extensions=["typography"])`."""
    return FrenchTypographyExtension(*args, **kwargs)
