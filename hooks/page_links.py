"""The links and images of a document, as written (a plain Python-Markdown extension).

Gives `settings()` (a callable returning the `record` function for the document being
converted, or None) the address of every link (`a href`) and image (`img src`) of the
converted document, in document order, just before the builder's own treeprocessors
rewrite them: MkDocs makes them relative to the page (its "relpath" treeprocessor, at
priority 0). hooks/fallback_pages.py uses them to know whether a page would convert to
the same HTML in another language's build. Imports nothing from MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

Recorder = Callable[[str], None]


class LinkRecordTreeprocessor(Treeprocessor):
    """Hands each `a href` and `img src` of the document to the current recorder."""

    def __init__(self, md: Markdown, settings: Callable[[], Recorder | None]) -> None:
        super().__init__(md)
        self.settings = settings

    def run(self, root: etree.Element) -> None:
        record = self.settings()
        if record is None:
            return
        for element in root.iter():
            key = {"a": "href", "img": "src"}.get(element.tag)
            if key is not None and element.get(key) is not None:
                record(element.get(key))


class LinkRecordExtension(Extension):
    """Registers the treeprocessor; config `settings`: a callable returning the recorder."""

    def __init__(self, *args, **kwargs) -> None:
        self.config = {
            "settings": [lambda: None, "Callable: the recorder of the current document"],
        }
        super().__init__(*args, **kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Last before MkDocs' relpath (0): every other treeprocessor has made its links.
        processor = LinkRecordTreeprocessor(md, self.getConfig("settings"))
        md.treeprocessors.register(processor, "tut_link_record", 0.5)


def makeExtension(*args, **kwargs) -> LinkRecordExtension:
    """Entry point for `markdown.markdown(..., extensions=["page_links"])`."""
    return LinkRecordExtension(*args, **kwargs)
