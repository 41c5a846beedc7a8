"""The text of a converted page (`page.content`): its steps and its words.

The step block writes each step as `section.tut-step` (its title in `h2.tut-step__title`,
after the number label and the separator; its body in `div.tut-step__body`). The
search index for a site opened from a folder (`offline_search`) and the one-page memo
(`handouts.memo`) both need the steps' titles and text, which only exist once the
Markdown is converted: they read them here, from the page's HTML, with lxml's parser
(libxml2: on the 2,053 pages of a build of 1,000 tutorials in two languages, 2.2 s
instead of 4.9 s with the standard library's). What search leaves out over HTTP
(`data-pagefind-ignore`: the helper notes, the untranslated notice) is left out here too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from lxml.html import HtmlElement


def _class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Elements whose text is not text of the page.
_SKIPPED_TAGS = ("script", "style", "svg", "template")
_IGNORED = "//*[@data-pagefind-ignore]"
# Elements whose text is a block of its own, apart from the text around it.
_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "td", "th", "tr", "ul", "button", "label", "option")
_PARSER = lxml.html.HTMLParser(remove_comments=True)
_STEPS = f"//section[{_class('tut-step')}]"
_HEADING = f".//h2[{_class('tut-step__title')}]"
_LABELS = f"span[{_class('tut-step__number')} or {_class('tut-step__separator')}]"
# A step's paragraphs: in its body, or in the text column beside a screen (pair_screens).
_PARAGRAPHS = (
    f".//div[{_class('tut-step__body')}]/p"
    f" | .//div[{_class('tut-step__body')}]/div[{_class('tut-step__pair')}]"
    f"/div[{_class('tut-step__text')}]/p"
)
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
    if not html.strip():
        return PageText([], "")
    root = lxml.html.fragment_fromstring(html, create_parent="div", parser=_PARSER)
    etree.strip_elements(root, *_SKIPPED_TAGS, with_tail=False)
    for element in root.xpath(_IGNORED):
        element.drop_tree()  # the text after it stays
    # Words of two blocks never run together.
    for element in root.iter(*_BLOCKS):
        element.text, element.tail = f" {element.text or ''}", f" {element.tail or ''}"
    steps = [_step(section) for section in root.xpath(_STEPS)]
    return PageText(steps, _spaces("".join(root.itertext())))


def _spaces(text: str) -> str:
    return " ".join(text.split())


def _text(element: HtmlElement) -> str:
    return "".join(element.itertext())


def _step(section: HtmlElement) -> Step:
    step = Step()
    for heading in section.xpath(_HEADING):
        labels = heading.xpath(_LABELS)
        step.heading += _text(heading)
        step.title += (heading.text or "") + "".join(
            (child.tail or "") if child in labels else _text(child) + (child.tail or "")
            for child in heading)
    step.heading, step.title = _spaces(step.heading), _spaces(step.title)
    step.paragraphs = [text for paragraph in section.xpath(_PARAGRAPHS)
                       if (text := _spaces(_text(paragraph)))]
    return step
