"""hooks/pas_a_pas/handouts/assembly.py without Chromium: small tagged PDFs made here, assembled, read back.

Each part is laid out as Chromium writes its PDFs: a /Document structure element holding
one paragraph per page (marked content 0 of that page), a flat parent tree, a link to a
named destination in the catalogue's /Dests, bookmarks: the part's title holding one per
page after the first, then one for its end.
"""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, OutlineItem
from pypdf import PdfReader

from pas_a_pas.handouts.assembly import _numbers, assemble, page_count
from pdf_outline import outline

DATE = "D:20240131000000+00'00'"


def part(path: Path, name: str, pages: int) -> Path:
    pdf = pikepdf.new()
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    document = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root))
    kids, numbers = Array(), Array()
    for number in range(pages):
        pdf.add_blank_page(page_size=(595, 842))
        page = pdf.pages[-1]
        page.obj.Contents = pdf.make_stream(
            f"/P <</MCID 0>> BDC BT /F1 12 Tf 72 700 Td ({name} {number + 1}) Tj ET EMC".encode())
        page.obj.Resources = Dictionary(Font=Dictionary(F1=Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name.Helvetica)))
        page.obj.StructParents = number
        paragraph = pdf.make_indirect(Dictionary(
            Type=Name.StructElem, S=Name.P, P=document, Pg=page.obj, K=0))
        kids.append(paragraph)
        numbers.extend([number, Array([paragraph])])
    link = pdf.make_indirect(Dictionary(
        Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 10, 10], Dest=Name("/fin")))
    pdf.pages[0].obj.Annots = Array([link])
    document.K = kids
    root.K = document
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=numbers))
    root.ParentTreeNextKey = pages
    pdf.Root.StructTreeRoot = root
    pdf.Root.Dests = Dictionary(fin=Array([pdf.pages[-1].obj, Name.XYZ, 0, 842, None]))
    with pdf.open_outline() as outline:
        head = OutlineItem(name, 0)
        head.children.extend(OutlineItem(f"{name} {n + 1}", n) for n in range(1, pages))
        outline.root.extend([head, OutlineItem(f"Fin {name}", pages - 1)])
    pdf.save(path)
    return path


@pytest.fixture
def parts(tmp_path) -> list[Path]:
    return [part(tmp_path / "a.pdf", "Sommaire", 1), part(tmp_path / "b.pdf", "Tutoriel", 3)]


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def test_pages_and_marked_content_keys_follow_the_parts_before(parts):
    done = assemble(parts, title="Livret", language="fr", date=DATE)
    reader = read(done.data)
    assert done.pages == len(reader.pages) == 4
    assert [page.extract_text() for page in reader.pages] == [
        "Sommaire 1", "Tutoriel 1", "Tutoriel 2", "Tutoriel 3"]
    assert [page["/StructParents"] for page in reader.pages] == [0, 1, 2, 3]
    tree = reader.trailer["/Root"]["/StructTreeRoot"]
    assert tree["/ParentTreeNextKey"] == 4
    numbers = tree["/ParentTree"]["/Nums"]
    # Each key leads to the paragraph of its own page.
    pages = [page.indirect_reference for page in reader.pages]
    for key, elements in zip(numbers[::2], numbers[1::2], strict=True):
        assert pages.index(elements[0].get_object().raw_get("/Pg")) == key
    document = tree["/K"][0].get_object()
    assert document["/S"] == "/Document" and document["/Lang"] == "fr"
    assert [kid.get_object()["/S"] for kid in document["/K"]] == ["/Part", "/Part"]
    assert all(kid.get_object().raw_get("/P") == tree["/K"][0] for kid in document["/K"])


def test_named_destinations_are_renamed_per_part_and_anchors_lead_to_a_part(parts):
    done = assemble(parts, title="Livret", language="fr", date=DATE,
                    anchors={"tutoriel-1": 1})
    reader = read(done.data)
    destinations = reader.trailer["/Root"]["/Dests"]
    pages = [page.indirect_reference for page in reader.pages]
    assert sorted(destinations) == ["/p1-fin", "/p1-tutoriel-1", "/p2-fin"]
    assert pages.index(destinations["/p2-fin"][0]) == 3
    assert pages.index(destinations["/p1-tutoriel-1"][0]) == 1
    links = [reader.pages[n]["/Annots"][0].get_object()["/Dest"] for n in (0, 1)]
    assert links == ["/p1-fin", "/p2-fin"]


@pytest.mark.parametrize(("nest", "expected"), [
    # One part after another, as a category booklet's contents and tutorials.
    (False, [(0, "Sommaire", 0), (0, "Fin Sommaire", 0), (0, "Tutoriel", 1),
             (1, "Tutoriel 2", 2), (1, "Tutoriel 3", 3), (0, "Fin Tutoriel", 3)]),
    # Each part under its title, as the category booklets in the booklet of all.
    (True, [(0, "Sommaire", 0), (1, "Fin Sommaire", 0), (0, "Tutoriel", 1),
            (1, "Tutoriel 2", 2), (1, "Tutoriel 3", 3), (1, "Fin Tutoriel", 3)]),
])
def test_bookmarks_keep_their_pages(parts, nest, expected):
    reader = read(assemble(parts, title="Livret", language="fr", date=DATE, nest=nest).data)
    assert outline(reader) == expected


def test_title_language_dates_and_bytes_depend_on_the_inputs_only(parts, tmp_path):
    first = assemble(parts, title="Livret", language="fr", date=DATE)
    assert first.data == assemble(parts, title="Livret", language="fr", date=DATE).data
    reader = read(first.data)
    assert reader.metadata["/Title"] == "Livret"
    assert reader.metadata["/CreationDate"] == DATE
    assert bool(reader.trailer["/Root"]["/MarkInfo"]["/Marked"])
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    (tmp_path / "out.pdf").write_bytes(first.data)
    assert page_count(tmp_path / "out.pdf") == 4


def test_a_number_tree_is_read_through_its_kids():
    tree = Dictionary(Kids=Array([Dictionary(Nums=Array([0, 1, 1, 2])),
                                  Dictionary(Nums=Array([5, 3]))]))
    assert [(key, int(value)) for key, value in _numbers(tree)] == [(0, 1), (1, 2), (5, 3)]
