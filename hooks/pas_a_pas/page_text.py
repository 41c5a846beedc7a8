"""The text of a converted page (`page.content`): its steps and its words.

The step block writes each step as `section.tut-step` (its title in `h2.tut-step__title`,
after the number label and the separator; its body in `div.tut-step__body`). The
search index for a site opened from a folder (`offline_search`) and the one-page memo
(`handouts.memo`) both need the steps' titles and text, which only exist once the
Markdown is converted: they read them here, from the page's HTML, with the standard
library's parser. What search leaves out over HTTP (`data-pagefind-ignore`: the helper
notes, the untranslated notice) is left out here too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose text is not text of the page.
_SKIPPED = {"script", "style", "svg", "template"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "source", "track", "wbr"}
# The end of a sentence: . ! ? … (French puts a space before ! and ?), then a space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?:\s|$)")


@dataclass
class Step:
    """One step: its title (without "Étape N :"), its heading as written, its text."""

    title: str = ""
    heading: str = ""
    paragraphs: list[str] = field(default_factory=list)

    @property
    def first_sentence(self) -> str:
        """The first sentence of the step's first paragraph ("" when it has none)."""
        if not self.paragraphs:
            return ""
        paragraph = self.paragraphs[0]
        match = _SENTENCE_END.search(paragraph)
        return paragraph[: match.start()].strip() if match else paragraph


@dataclass
class PageText:
    steps: list[Step]
    text: str  # every word of the page's content that search indexes, in order


@functools.lru_cache(maxsize=256)
def page_text(html: str) -> PageText:
    """The steps and the text of a page's converted HTML (read once: search and the
    memo both ask)."""
    parser = _Reader()
    parser.feed(html or "")
    parser.close()
    return PageText(parser.steps, _spaces(" ".join(parser.words)))


def _spaces(text: str) -> str:
    return " ".join(text.split())


class _Reader(HTMLParser):
    """Walks the HTML once: a stack of the open elements, what each one is."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []  # per open element: its roles ("skip", "title"…)
        self.steps: list[Step] = []
        self.words: list[str] = []
        self.paragraph: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        values = dict(attrs)
        classes = set((values.get("class") or "").split())
        roles: set[str] = set()
        if tag in _SKIPPED or "data-pagefind-ignore" in values:
            roles.add("skip")
        if tag == "section" and "tut-step" in classes:
            self.steps.append(Step())
            roles.add("step")
        elif tag == "h2" and "tut-step__title" in classes and self.steps:
            roles.add("heading")
        elif tag == "span" and classes & {"tut-step__number", "tut-step__separator"}:
            roles.add("label")
        elif tag == "div" and "tut-step__body" in classes:
            roles.add("body")
        elif tag == "p" and self._parent_is("body") and not self._inside("skip"):
            roles.add("paragraph")
            self.paragraph = []
        self.stack.append(roles)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.stack:
            return
        roles = self.stack.pop()
        if "paragraph" in roles and self.paragraph is not None and self.steps:
            text = _spaces("".join(self.paragraph))
            if text:
                self.steps[-1].paragraphs.append(text)
            self.paragraph = None
        if "heading" in roles:
            step = self.steps[-1]
            step.title, step.heading = _spaces(step.title), _spaces(step.heading)
        # Words of two blocks never run together.
        self.words.append(" ")

    def handle_data(self, data: str) -> None:
        if self._inside("skip"):
            return
        self.words.append(data)
        if self._inside("heading"):
            self.steps[-1].heading += data
            if not self._inside("label"):
                self.steps[-1].title += data
        if self.paragraph is not None:
            self.paragraph.append(data)

    def _inside(self, role: str) -> bool:
        return any(role in roles for roles in self.stack)

    def _parent_is(self, role: str) -> bool:
        return bool(self.stack) and role in self.stack[-1]
