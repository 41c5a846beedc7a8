"""Reading built pages in tests: visible text and resource URLs, with the stdlib parser."""

from __future__ import annotations

import re
from html.parser import HTMLParser


class PageReader(HTMLParser):
    """Collects the text of a page (scripts and styles aside) and the URLs it references."""

    def __init__(self, without: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        # Elements of these classes are left out of the text, with what they hold (the
        # glossary's definitions, to read the author's text as written).
        self.without = without
        self._left_out = 0
        self.chunks: list[str] = []
        self.links: list[str] = []       # <a href>: content links, may point anywhere
        self.resources: list[tuple[str, str]] = []  # (tag, url) that the browser loads
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        values = dict(attrs)
        if self._left_out and tag not in VOID:
            self._left_out += 1
        elif self.without & set((values.get("class") or "").split()) and tag not in VOID:
            self._left_out = 1
        if tag in {"script", "style", "template"}:
            self._skip += 1
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        for name in ("src", "srcset", "poster", "data"):
            if values.get(name):
                self.resources.append((tag, values[name]))
        if tag == "link" and values.get("href"):
            self.resources.append((f"link rel={values.get('rel')}", values["href"]))
        if values.get("style"):
            self.resources += [("style", url) for url in CSS_URL.findall(values["style"])]

    def handle_endtag(self, tag: str) -> None:
        if self._left_out:
            self._left_out -= 1
        if tag in {"script", "style", "template"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._left_out:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.chunks).split())


def read_page(html: str, without: frozenset[str] = frozenset()) -> PageReader:
    reader = PageReader(without)
    reader.feed(html)
    return reader


VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""")
