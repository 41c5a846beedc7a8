"""Booklets assembled from PDFs already printed, without printing anything again.

A category booklet is its contents page (printed by Chromium from `booklet.html`) then its
tutorials' PDFs; the booklet of all the tutorials is the category booklets one after
another. Chromium prints each tutorial once (hooks/handouts.py); putting the pages
together (pikepdf, i.e. qpdf: a few hundredths of a second per booklet) replaces printing
every tutorial a second and a third time. What a reader of the booklets has is kept:

- the pages, as printed (their content streams are copied, not redrawn);
- the tagged structure for screen readers: one structure tree whose document holds each
  part's (as a `Part`), with the marked-content keys (`/StructParents`) renumbered after
  the parts before it, and the language;
- the links: a part's links to its own pages are named destinations, renamed per part
  (`p2-etape-1`) since every part has its own; the contents' entries (`#tutoriel-N`,
  anchors of the contents page) are pointed to the first page of the N-th part;
- the bookmarks: each part's own (the headings), one after another, or each under one
  bookmark for the part (`nest`: the category booklets in the booklet of all).

Chromium's PDFs keep their named destinations in the catalogue's `/Dests` and their
parent tree as one `/Nums` array; `/Kids` nodes are read too. Nothing here depends on
the time or the machine: the same parts give the same bytes (the document /ID is derived
from the content).
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path

# pikepdf is imported by the functions that use it: it takes more than half a second to
# import, and only builds that make booklets need it (not `mkdocs serve`).


@dataclass
class Assembled:
    data: bytes
    pages: int


def producer() -> str:
    """The /Producer of an assembled PDF, and part of its cache key (hooks/handouts.py)."""
    import pikepdf

    return f"pikepdf {pikepdf.__version__} (qpdf {pikepdf.__libqpdf_version__})"


def page_count(pdf: Path) -> int:
    import pikepdf

    with pikepdf.open(pdf) as document:
        return len(document.pages)


def assemble(
    parts: list[Path], *, title: str, language: str, date: str, nest: bool = False,
    anchors: dict[str, int] | None = None,
) -> Assembled:
    """The PDFs `parts` as one document titled `title`, dated `date` ("D:2024...").

    `nest`: each part's bookmarks under its first one (the part's title), closed.
    `anchors`: named destinations of the first part (a booklet's contents) to point to
    the first page of another part, by its index: {"tutoriel-1": 1}.
    """
    import pikepdf
    from pikepdf import Array, Dictionary, Name

    pdf = pikepdf.new()
    structure = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    document = pdf.make_indirect(Dictionary(
        Type=Name.StructElem, S=Name.Document, Lang=language, P=structure))
    elements, numbers, destinations = Array(), Array(), Dictionary()
    offset = 0
    firsts: list[int] = []
    bookmarks = []
    sources = []
    for index, path in enumerate(parts, start=1):
        source = pikepdf.open(path)
        sources.append(source)
        prefix = f"p{index}-"
        first = len(pdf.pages)
        firsts.append(first)
        with warnings.catch_warnings():
            # pikepdf warns that named destinations are not copied: they are, below.
            warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
            pdf.pages.extend(source.pages)
        for page in pdf.pages[first:]:
            if "/StructParents" in page.obj:
                page.obj.StructParents = int(page.obj.StructParents) + offset
            for annotation in page.obj.get("/Annots", Array()):
                _renumber_annotation(annotation, offset, prefix)
        root = source.Root
        for name, target in (root.get("/Dests") or Dictionary()).items():
            destinations[Name("/" + prefix + name[1:])] = _foreign(pdf, target)
        if "/StructTreeRoot" in root:
            # Copied whole (its parent tree leads to every element); the copy of the part's
            # root itself is left unreferenced, and qpdf does not write it.
            tree = pdf.copy_foreign(root.StructTreeRoot)
            kids = tree.get("/K")
            for element in kids if isinstance(kids, Array) else [kids]:
                if not isinstance(element, Dictionary):
                    continue
                element.P = document
                if element.get("/S") == Name.Document:  # each part is a part of the whole
                    element.S = Name.Part
                elements.append(element)
            for key, value in _numbers(tree.get("/ParentTree")):
                numbers.append(key + offset)
                numbers.append(value)
            offset += int(tree.get("/ParentTreeNextKey", 0))
        pages = {page.objgen: number for number, page in enumerate(source.pages)}
        with source.open_outline() as outline:
            bookmarks.append([_bookmark(pdf, pages, item, first) for item in outline.root])
    for name, part in (anchors or {}).items():
        page = pdf.pages[firsts[part]]
        destinations[Name("/p1-" + name)] = Array(
            [page.obj, Name.XYZ, 0, page.mediabox[3], None])
    document.K = elements
    structure.K = Array([document])
    structure.ParentTree = pdf.make_indirect(Dictionary(Nums=numbers))
    structure.ParentTreeNextKey = offset
    root = pdf.Root
    root.StructTreeRoot = structure
    root.MarkInfo = Dictionary(Type=Name.MarkInfo, Marked=True)
    root.Lang = language
    root.ViewerPreferences = Dictionary(Type=Name.ViewerPreferences, DisplayDocTitle=True)
    if len(destinations):
        root.Dests = pdf.make_indirect(destinations)
    with pdf.open_outline() as outline:
        for items in bookmarks:
            if nest and items:
                head, *rest = items
                head.children.extend(rest)
                head.is_closed = True
                outline.root.append(head)
            else:
                outline.root.extend(items)
    root.PageMode = Name.UseOutlines
    pdf.docinfo = pdf.make_indirect(Dictionary(
        Title=title, Producer=producer(), CreationDate=date, ModDate=date))
    out = io.BytesIO()
    # Object streams: the many small objects of the structure tree compressed together
    # (a third smaller booklet, no slower).
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    count = len(pdf.pages)
    pdf.close()
    for source in sources:
        source.close()
    return Assembled(out.getvalue(), count)


def _renumber_annotation(annotation, offset: int, prefix: str) -> None:
    from pikepdf import Name

    if "/StructParent" in annotation:
        annotation.StructParent = int(annotation.StructParent) + offset
    destination = annotation.get("/Dest")
    if isinstance(destination, Name):
        annotation.Dest = Name("/" + prefix + str(destination)[1:])
    action = annotation.get("/A")
    if action is not None and isinstance(action.get("/D"), Name):
        action.D = Name("/" + prefix + str(action.D)[1:])


def _foreign(pdf, value):
    """`value` of another PDF, as an object of `pdf` (direct arrays copied item by item)."""
    from pikepdf import Array, Dictionary, Stream

    if isinstance(value, Array | Dictionary | Stream) and value.is_indirect:
        return pdf.copy_foreign(value)
    if isinstance(value, Array):
        return Array([_foreign(pdf, item) for item in value])
    return value


def _numbers(node) -> list[tuple[int, object]]:
    """The (key, value) pairs of a number tree: its /Nums, or its /Kids' in turn."""
    if node is None:
        return []
    pairs = []
    values = node.get("/Nums") or []
    for position in range(0, len(values) - 1, 2):
        pairs.append((int(values[position]), values[position + 1]))
    for kid in node.get("/Kids") or []:
        pairs.extend(_numbers(kid))
    return pairs


def _bookmark(pdf, pages: dict, item, first: int):
    """A copy of the bookmark `item` of a part whose first page is `first` in `pdf`.

    Chromium's bookmarks lead to a place on a page: [page /XYZ left top zoom].
    """
    from pikepdf import Array, OutlineItem

    destination = item.destination
    if isinstance(destination, Array) and len(destination) and destination[0].objgen in pages:
        page = pdf.pages[first + pages[destination[0].objgen]]
        copy = OutlineItem(item.title, Array([page.obj, *list(destination)[1:]]))
    else:  # a bookmark of another kind: to the part's first page
        copy = OutlineItem(item.title, first)
    copy.is_closed = item.is_closed
    copy.children.extend(_bookmark(pdf, pages, child, first) for child in item.children)
    return copy
