"""Words explained where they stand: the first use of each glossary term in a text.

Plain Python-Markdown, like `typography.py`: this module imports nothing from MkDocs.
Given the terms of the document's language (`GlossarySettings.terms`: anything with an
`id`, its `forms` — the term and its variants — and a `definition`), the treeprocessor
finds the first use of each term in the prose and wraps it:

    <span class="tut-term" data-tut-term="identifiant">
      <span class="tut-term__word">Identifiant</span>
      <span class="tut-term__definition" id="tut-term-identifiant" data-pagefind-ignore>…</span>
    </span>

Without JavaScript the definition shows inline, right after the word, on screen and on
paper; `tut-glossary.js` turns the word into a button (`aria-expanded`, the definition
as its description) that shows or hides it. Matching ignores case and accents (« Mot de
Passe », « Etat »), whole words only.

Not marked, on purpose: headings (a title stays short, and the table of contents copies
it), links and buttons (a control inside a control), code and keyboard keys, the helper's
notes (`/// helper`: hidden from the citizen, so the explanation would be hidden too; the
term is explained at its first use in the citizen's text instead), practice screens
(`/// mockup`: they copy the real website) and admonition titles. A term is marked once
per document; `used` receives the ids of the terms marked, in order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

# Elements whose text is never marked, and classes of those whose content is not the
# citizen's prose (helper notes, practice screens, admonition titles).
SKIPPED_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "summary", "code", "pre",
    "kbd", "samp", "var", "script", "style", "math", "abbr", "dfn",
})
SKIPPED_CLASSES = frozenset({"tut-helper", "tut-mockup", "tut-mockup-slot", "admonition-title"})
APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


class GlossaryTerm(Protocol):
    id: str
    forms: tuple[str, ...]
    definition: str


def _ignore(ids: list[str]) -> None:
    pass


@dataclass(frozen=True)
class GlossarySettings:
    """The terms of the document's language, and who is told which ones were marked."""

    terms: Sequence[GlossaryTerm] = ()
    used: Callable[[list[str]], None] = field(default=_ignore)
    id_prefix: str = "tut-term-"


def _plain(char: str) -> str:
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char.translate(APOSTROPHES).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Latin letters (up to Latin Extended-B) and punctuation (apostrophes, spaces, dashes)
# fold to one character each, but for a few (ß, ligatures): a French or English text
# folds with one `str.translate`, its characters keeping their places. A text with
# other characters (Greek, Arabic...) takes the slow way, one character at a time.
_FAST = [*range(0x250), *range(0x2000, 0x2070)]
_ONE_TO_ONE = {code: plain for code in _FAST if len(plain := _plain(chr(code))) == 1}
_SLOW = re.compile("[^\u0000-\u024f\u2000-\u206f]")


def fold(text: str) -> tuple[str, list[int] | range]:
    """`text` without case, accents or typographic apostrophes, with every space as " ",
    and for each character of the result the index of the character it comes from."""
    if not _SLOW.search(text):
        folded = text.translate(_ONE_TO_ONE)
        if len(folded) == len(text):
            return folded, range(len(text))
    pieces: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        plain = _plain(char)
        pieces.append(plain)
        origin.extend([index] * len(plain))
    return "".join(pieces), origin


@functools.lru_cache(maxsize=64)
def _matcher(forms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every form (the longest first), and each folded form's term id."""
    ids: dict[str, str] = {}
    for term_id, form in forms:
        ids.setdefault(" ".join(fold(form)[0].split()), term_id)
    alternatives = sorted(ids, key=len, reverse=True)
    pattern = "|".join(" +".join(map(re.escape, form.split())) for form in alternatives)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)"), ids


class GlossaryTreeprocessor(Treeprocessor):
    """Marks the first use of each term in the document's prose (see the module's docstring)."""

    def __init__(self, md: Markdown, settings: Callable[[], GlossarySettings]) -> None:
        super().__init__(md)
        self.settings = settings

    def run(self, root: etree.Element) -> None:
        settings = self.settings()
        if not settings.terms:
            return
        forms = tuple((term.id, form) for term in settings.terms for form in term.forms)
        self.pattern, self.ids = _matcher(forms)
        self.terms = {term.id: term for term in settings.terms}
        self.prefix = settings.id_prefix
        self.used: list[str] = []
        self._walk(root)
        settings.used(self.used)

    def _walk(self, element: etree.Element) -> None:
        if _skipped(element):
            return
        marked = self._marked(element.text)
        if marked:
            element.text = marked[0]
            for position, span in enumerate(marked[1:]):
                element.insert(position, span)
        for child in list(element):
            self._walk(child)
            marked = self._marked(child.tail)
            if marked:
                child.tail = marked[0]
                at = list(element).index(child) + 1
                for position, span in enumerate(marked[1:]):
                    element.insert(at + position, span)

    def _marked(self, text: str | None) -> list | None:
        """None when `text` has no unmarked term; else its text before the first term,
        then a span per term marked (each holding the text after it as its tail)."""
        if not text or len(self.used) == len(self.terms):
            return None
        folded, origin = fold(text)
        pieces: list = [None]
        start = 0
        for match in self.pattern.finditer(folded):
            term_id = self.ids[" ".join(match.group(0).split())]
            if term_id in self.used:
                continue
            self.used.append(term_id)
            begin, end = origin[match.start()], origin[match.end() - 1] + 1
            span = self._span(self.terms[term_id], text[begin:end])
            if pieces[0] is None:
                pieces[0] = text[:begin]
            else:
                pieces[-1].tail = text[start:begin]
            pieces.append(span)
            start = end
        if len(pieces) == 1:
            return None
        pieces[-1].tail = text[start:]
        return pieces

    def _span(self, term: GlossaryTerm, word: str) -> etree.Element:
        span = etree.Element("span", {"class": "tut-term", "data-tut-term": term.id})
        etree.SubElement(span, "span", {"class": "tut-term__word"}).text = word
        definition = etree.SubElement(span, "span", {
            "class": "tut-term__definition", "id": f"{self.prefix}{term.id}",
            "data-pagefind-ignore": "",
        })
        definition.text = term.definition
        return span


def _skipped(element: etree.Element) -> bool:
    classes = set((element.get("class") or "").split())
    return element.tag in SKIPPED_TAGS or bool(classes & SKIPPED_CLASSES) \
        or "data-tut-term" in element.attrib


class GlossaryExtension(Extension):
    """Registers the treeprocessor; config `settings`: a callable returning GlossarySettings."""

    # The same whatever the language of the site: see pas_a_pas.markdown.settings.
    depends_on_site_language = False

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "settings": [GlossarySettings, "Callable returning the document's GlossarySettings"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # After attr_list (8), which takes "{ lang=fr }" out of the text the terms are
        # found in; before the French typography (7), which then spaces the definitions.
        processor = GlossaryTreeprocessor(md, self.getConfig("settings"))
        md.treeprocessors.register(processor, "glossary", 7.5)


def makeExtension(*args, **kwargs) -> GlossaryExtension:
    """Entry point for `markdown.markdown(..., extensions=["pas_a_pas.markdown.glossary"])`."""
    return GlossaryExtension(*args, **kwargs)
