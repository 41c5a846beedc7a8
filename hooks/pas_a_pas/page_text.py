"""The text of a converted page (`page.content`): its steps and its words.

The step block writes each step as `section.tut-step` (its title in `h2.tut-step__title`,
after the number label and the separator; its body in `div.tut-step__body`). The
search index for a site opened from a folder (`offline_search`) and the one-page memo
(`handouts.memo`) both need the steps' titles and text, which only exist once the
Markdown is converted: they read them here, from the page's HTML, with lxml's parser
(libxml2: on the 2,053 pages of a build of 1,000 tutorials in two languages, 2.2 s
instead of 4.9 s with the standard library's; with lxml's plain elements and compiled
queries, the 1,026 French pages take 0.30 s instead of 0.47 s). What search leaves out
over HTTP (`data-pagefind-ignore`: the helper notes, the untranslated notice) is left
out here too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from lxml import etree


def _class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Elements whose text is not text of the page.
_SKIPPED_TAGS = ("script", "style", "svg", "template")
_IGNORED = etree.XPath("//*[@data-pagefind-ignore]")
# Elements whose text is a block of its own, apart from the text around it.
_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "td", "th", "tr", "ul", "button", "label", "option")
# libxml2's HTML parser, with lxml's plain elements: lxml.html's own classes would cost a
# Python call per element, for methods this module does not use.
_PARSER = etree.HTMLParser(remove_comments=True)
# Compiled once: each page has about five steps, each read with three queries.
_STEPS = etree.XPath(f"//section[{_class('tut-step')}]")
_HEADING = etree.XPath(f".//h2[{_class('tut-step__title')}]")
_LABELS = etree.XPath(f"span[{_class('tut-step__number')} or {_class('tut-step__separator')}]")
# A step's paragraphs: in its body, or in the text column beside a screen (pair_screens).
_PARAGRAPHS = etree.XPath(
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
    # In a <div> of its own, so that the parser adds no <p> around a text first; the
    # whole <body>, should the page close more <div> than it opens.
    root = etree.fromstring(f"<div>{html}</div>", _PARSER).find("body")
    etree.strip_elements(root, *_SKIPPED_TAGS, with_tail=False)
    for element in _IGNORED(root):
        _drop(element)
    # Words of two blocks never run together.
    for element in root.iter(*_BLOCKS):
        element.text, element.tail = f" {element.text or ''}", f" {element.tail or ''}"
    steps = [_step(section) for section in _STEPS(root)]
    return PageText(steps, _spaces("".join(root.itertext())))


def _spaces(text: str) -> str:
    return " ".join(text.split())


def _drop(element: etree._Element) -> None:
    """Take `element` out, its content with it; the text after it stays."""
    parent, previous = element.getparent(), element.getprevious()
    if element.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _text(element: etree._Element) -> str:
    return "".join(element.itertext())


def _step(section: etree._Element) -> Step:
    step = Step()
    for heading in _HEADING(section):
        labels = _LABELS(heading)
        step.heading += _text(heading)
        step.title += (heading.text or "") + "".join(
            (child.tail or "") if child in labels else _text(child) + (child.tail or "")
            for child in heading)
    step.heading, step.title = _spaces(step.heading), _spaces(step.title)
    step.paragraphs = [text for paragraph in _PARAGRAPHS(section)
                       if (text := _spaces(_text(paragraph)))]
    return step
