"""A booklet assembled from PDFs already printed, without printing anything again.

The booklet of all the tutorials is its category booklets one after another: Chromium
has printed each of them already (hooks/handouts.py), so putting their pages together
(pypdf, pure Python) takes a fraction of a second where printing every tutorial a third
time took as long as the rest. What a reader of the printed booklets has is kept:

- the pages, as printed (their content streams are copied, not redrawn);
- the tagged structure for screen readers: one structure tree whose document holds each
  part's, with the marked-content keys (`/StructParents`) renumbered after the parts
  before it, and the language;
- the links: a part's links to its own pages (the contents' `#tutoriel-N`) are named
  destinations, renamed per part (`p2-tutoriel-1`) since every part has a `tutoriel-1`;
- the bookmarks: one per part (its title), holding the part's own bookmarks (its
  contents, then each tutorial with its headings).

Chromium's PDFs keep their named destinations in the catalogue's `/Dests` and their
parent tree as one `/Nums` array; `/Kids` nodes are read too. Nothing here depends on
the time or the machine: the same parts give the same bytes (hooks/handouts.py then
sets the dates and the document /ID).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

# pypdf is imported by the functions that use it: it takes half a second to import, and
# only builds that make the booklet of all the tutorials need it (not `mkdocs serve`).


@dataclass
class Assembled:
    data: bytes
    pages: int


def producer() -> str:
    """The /Producer of an assembled PDF, and part of its cache key (hooks/handouts.py)."""
    from pypdf import __version__

    return f"pypdf {__version__}"


def assemble(
    parts: list[Path], *, title: str, language: str, date: str, nest: bool = False,
    anchors: dict[str, int] | None = None,
) -> Assembled:
    """The PDFs `parts` as one document titled `title`, dated `date` ("D:2024...").

    `nest`: each part's bookmarks under one bookmark for the part, else one after another.
    `anchors`: named destinations of the first part (a booklet's contents) to point to
    the first page of another part, by its index: {"tutoriel-1": 1}.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        NameObject,
        NullObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter()
    structure = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    structure_ref = writer._add_object(structure)
    document = DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"),
        NameObject("/S"): NameObject("/Document"),
        NameObject("/Lang"): TextStringObject(language),
        NameObject("/P"): structure_ref,
    })
    document_ref = writer._add_object(document)
    elements = ArrayObject()
    numbers = ArrayObject()
    destinations = DictionaryObject()
    offset = 0
    firsts = []
    for index, path in enumerate(parts, start=1):
        reader = PdfReader(io.BytesIO(path.read_bytes()))
        prefix = f"p{index}-"
        first = len(writer.pages)
        firsts.append(first)
        for page in reader.pages:
            copy = writer.add_page(page)
            if "/StructParents" in page:
                copy[NameObject("/StructParents")] = NumberObject(page["/StructParents"] + offset)
            for annotation in copy.get("/Annots") or []:
                _renumber_annotation(annotation.get_object(), offset, prefix)
        catalog = reader.trailer["/Root"]
        for name, target in (catalog.get("/Dests") or DictionaryObject()).items():
            destinations[NameObject("/" + prefix + name[1:])] = target.clone(writer)
        tree = catalog.get("/StructTreeRoot")
        if tree is not None:
            tree = tree.get_object()
            kids = tree.get("/K")
            for element in kids if isinstance(kids, ArrayObject) else [kids]:
                if element is None:
                    continue
                clone = element.clone(writer, ignore_fields=["/P"]).get_object()
                _set_parents(clone, document_ref)
                if clone.get("/S") == "/Document":  # each part is a part of the whole
                    clone[NameObject("/S")] = NameObject("/Part")
                elements.append(clone.indirect_reference or clone)
            for key, value in _numbers(tree.get("/ParentTree")):
                numbers.append(NumberObject(key + offset))
                numbers.append(value.clone(writer, ignore_fields=["/P"]))
            offset += int(tree.get("/ParentTreeNextKey", 0))
        _copy_outline(writer, reader, reader.outline, first, None, root=nest,
                      title=_part_title(reader))
    for name, part in (anchors or {}).items():
        page = writer.pages[firsts[part]]
        destinations[NameObject("/p1-" + name)] = ArrayObject([
            page.indirect_reference, NameObject("/XYZ"), NumberObject(0),
            page.mediabox.top, NullObject(),
        ])
    document[NameObject("/K")] = elements
    structure[NameObject("/K")] = ArrayObject([document_ref])
    structure[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject({NameObject("/Nums"): numbers}))
    structure[NameObject("/ParentTreeNextKey")] = NumberObject(offset)
    root = writer.root_object
    root[NameObject("/StructTreeRoot")] = structure_ref
    root[NameObject("/MarkInfo")] = DictionaryObject({
        NameObject("/Type"): NameObject("/MarkInfo"),
        NameObject("/Marked"): BooleanObject(True),
    })
    root[NameObject("/Lang")] = TextStringObject(language)
    root[NameObject("/ViewerPreferences")] = DictionaryObject({
        NameObject("/Type"): NameObject("/ViewerPreferences"),
        NameObject("/DisplayDocTitle"): BooleanObject(True),
    })
    if destinations:
        root[NameObject("/Dests")] = writer._add_object(destinations)
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({
        "/Title": title, "/Producer": producer(), "/CreationDate": date, "/ModDate": date,
    })
    out = io.BytesIO()
    writer.write(out)
    return Assembled(out.getvalue(), len(writer.pages))


def page_count(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(pdf).pages)


def _renumber_annotation(annotation, offset: int, prefix: str) -> None:
    from pypdf.generic import NameObject, NumberObject

    if "/StructParent" in annotation:
        annotation[NameObject("/StructParent")] = NumberObject(
            annotation["/StructParent"] + offset)
    destination = annotation.get("/Dest")
    if isinstance(destination, str) and destination.startswith("/"):
        annotation[NameObject("/Dest")] = NameObject("/" + prefix + destination[1:])
    action = annotation.get("/A")
    if action is not None and isinstance(action.get("/D"), str) and action["/D"].startswith("/"):
        action[NameObject("/D")] = NameObject("/" + prefix + action["/D"][1:])


def _set_parents(element, parent) -> None:
    """Give each structure element its /P again (left out when cloned)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject

    element[NameObject("/P")] = parent
    kids = element.get("/K")
    for kid in kids if isinstance(kids, ArrayObject) else [kids]:
        if kid is None or not hasattr(kid, "get_object"):
            continue
        child = kid.get_object()
        if isinstance(child, DictionaryObject) and "/S" in child:
            _set_parents(child, element.indirect_reference or parent)


def _numbers(node) -> list[tuple[int, object]]:
    """The (key, value) pairs of a number tree: its /Nums, or its /Kids' in turn."""
    if node is None:
        return []
    node = node.get_object()
    pairs = []
    values = node.get("/Nums") or []
    for position in range(0, len(values) - 1, 2):
        pairs.append((int(values[position]), values[position + 1]))
    for kid in node.get("/Kids") or []:
        pairs.extend(_numbers(kid))
    return pairs


def _part_title(reader) -> str:
    title = (reader.metadata or {}).get("/Title") or ""
    return str(title)


def _copy_outline(writer, reader, items, first, parent, *, root=False, title=""):
    """The part's bookmarks under one bookmark for the part (its first page).

    Chromium's bookmarks are the headings: the part's title (h1) holding its contents,
    then each tutorial (h1) with its steps. The part's bookmark takes the place of its
    title's, and holds everything else.
    """
    from pypdf.generic import Fit

    previous = None
    if root:
        head = items[0] if items and not isinstance(items[0], list) else None
        label = head.title if head is not None else title
        parent = writer.add_outline_item(label, first, parent=None, is_open=False)
        if head is not None:
            rest = items[1:]
            if rest and isinstance(rest[0], list):
                _copy_outline(writer, reader, rest[0], first, parent)
                rest = rest[1:]
            items = rest
    for item in items:
        if isinstance(item, list):
            if previous is not None:
                _copy_outline(writer, reader, item, first, previous)
            continue
        page = reader.get_destination_page_number(item)
        fit = Fit.xyz(item.left, item.top, item.zoom) if item.get("/Type") == "/XYZ" else Fit.fit()
        previous = writer.add_outline_item(item.title, first + page, parent=parent, fit=fit,
                                           is_open=False)
