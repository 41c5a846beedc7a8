"""hooks/handouts.py and pas_a_pas/handouts: the PDF cache, reproducible PDFs and helper handouts, with a fake printer.

The fake printer writes a PDF laid out as Chromium's (Skia's) are, saying which page it
printed and when, so that a reused PDF is told from a printed one.
"""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path
from types import SimpleNamespace

import handouts
import pytest

from pas_a_pas.handouts.booklets import category_labels, estimate_pages
from pas_a_pas.handouts.cache import (
    ContentHasher,
    Handout,
    Made,
    PdfCache,
    content_date,
    make_pdfs,
    pdf_date,
    reproducible,
)

_clock = itertools.count(1)


def skia_pdf(text: str, pages: int = 1) -> bytes:
    """A PDF as Chromium writes it: dates of printing in /Info, no /ID in the trailer."""
    now = f"2026112801{next(_clock) % 60:02d}{next(_clock) % 60:02d}"
    body = (
        "%PDF-1.4\n1 0 obj\n<</Title (" + text + ")\n/Producer (Skia/PDF m156)\n"
        f"/CreationDate (D:{now}+00'00')\n/ModDate (D:{now}+00'00')>>\nendobj\n"
        f"2 0 obj\n<</Type /Pages\n/Count {pages}\n/Kids []>>\nendobj\n"
        "3 0 obj\n<</Type /Outlines\n/Count 9>>\nendobj\n"
    )
    xref = len(body)
    return (body + "xref\n0 4\ntrailer\n<</Size 4\n/Root 2 0 R\n/Info 1 0 R>>\n"
            f"startxref\n{xref}\n%%EOF").encode()


class FakePrinter:
    """Records what it is asked to print; each print is a new PDF (new dates)."""

    def __init__(self) -> None:
        self.printed: list[str] = []

    def print_all(self, pages: list[tuple[str, Path]]) -> None:
        for url, pdf in pages:
            self.printed.append(url.rsplit("/", 1)[-1])
            pdf.parent.mkdir(parents=True, exist_ok=True)
            pdf.write_bytes(skia_pdf(url))


PAGE = (
    '<html><head><link rel="stylesheet" href="../assets/stylesheets/print.css">'
    '</head><body><img src="capture.png" alt="">{text}</body></html>'
)


@pytest.fixture
def site(tmp_path) -> Path:
    site = tmp_path / "site"
    (site / "assets" / "stylesheets").mkdir(parents=True)
    (site / "assets" / "stylesheets" / "print.css").write_text("@page { size: A4 }")
    (site / "tutoriels").mkdir()
    (site / "tutoriels" / "capture.png").write_bytes(b"png")
    for name in ("a", "b"):
        (site / "tutoriels" / f"{name}.html").write_text(PAGE.format(text=name))
    return site


HANDOUTS = [Handout("tutoriels/a.html", "tutoriels/a.pdf"),
            Handout("tutoriels/b.html", "tutoriels/b.pdf")]


def build(site: Path, cache: PdfCache) -> FakePrinter:
    printer = FakePrinter()
    make_pdfs(site, HANDOUTS, printer, cache, version="Chromium 156")
    return printer


def test_a_cold_build_prints_every_pdf(site, tmp_path):
    printer = build(site, PdfCache(tmp_path / "cache"))
    assert printer.printed == ["a.html", "b.html"]


def test_without_a_cache_folder_every_build_prints_everything(site):
    build(site, PdfCache(None))
    assert build(site, PdfCache(None)).printed == ["a.html", "b.html"]


def test_unchanged_pages_are_copied_from_the_cache_byte_for_byte(site, tmp_path):
    cache = PdfCache(tmp_path / "cache")
    build(site, cache)
    first = (site / "tutoriels" / "a.pdf").read_bytes()
    (site / "tutoriels" / "a.pdf").unlink()
    assert build(site, cache).printed == []
    assert (site / "tutoriels" / "a.pdf").read_bytes() == first


def test_a_changed_page_alone_is_printed_again(site, tmp_path):
    cache = PdfCache(tmp_path / "cache")
    build(site, cache)
    (site / "tutoriels" / "b.html").write_text(PAGE.format(text="b, corrigé"))
    assert build(site, cache).printed == ["b.html"]


def test_a_changed_image_of_a_page_prints_it_again(site, tmp_path):
    cache = PdfCache(tmp_path / "cache")
    build(site, cache)
    (site / "tutoriels" / "capture.png").write_bytes(b"new png")
    assert build(site, cache).printed == ["a.html", "b.html"]


def test_a_changed_print_stylesheet_prints_everything_again(site, tmp_path):
    cache = PdfCache(tmp_path / "cache")
    build(site, cache)
    (site / "assets" / "stylesheets" / "print.css").write_text("@page { size: A5 }")
    assert build(site, cache).printed == ["a.html", "b.html"]


def test_another_chromium_prints_everything_again(site, tmp_path):
    cache = PdfCache(tmp_path / "cache")
    build(site, cache)
    printer = FakePrinter()
    make_pdfs(site, HANDOUTS, printer, cache, version="Chromium 157")
    assert printer.printed == ["a.html", "b.html"]


def test_the_helper_handout_is_the_page_in_helper_mode(site, tmp_path):
    helper = Handout("tutoriels/a.html", "tutoriels/a-aidant.pdf", query="?aidant=1")
    printer = FakePrinter()
    make_pdfs(site, [*HANDOUTS, helper], printer, PdfCache(tmp_path / "c"), version="1")
    assert printer.printed == ["a.html", "b.html", "a.html?aidant=1"]
    assert (site / "tutoriels" / "a-aidant.pdf").is_file()


def test_a_tutorial_with_helper_notes_gets_a_helper_pdf(monkeypatch):
    monkeypatch.setitem(handouts._state, "enabled", True)
    monkeypatch.setitem(handouts._state, "handouts", [])
    page = SimpleNamespace(file=SimpleNamespace(dest_uri="tutoriels/x.html"))
    card = {"helper_notes": 2, "updated_iso": "2024-01-31"}
    context = handouts.on_page_context({"tutorial": card}, page=page, config=None, nav=None)
    assert context["tut_pdf_url"] == "tutoriels/x.pdf"
    assert context["tut_helper_pdf_url"] == "tutoriels/x-aidant.pdf"
    made = [(h.pdf, h.query) for h in handouts._state["handouts"]]
    assert made == [("tutoriels/x.pdf", ""), ("tutoriels/x-aidant.pdf", "?aidant=1")]


def test_a_tutorial_without_helper_notes_gets_no_helper_pdf(monkeypatch):
    monkeypatch.setitem(handouts._state, "enabled", True)
    monkeypatch.setitem(handouts._state, "handouts", [])
    page = SimpleNamespace(file=SimpleNamespace(dest_uri="tutoriels/x.html"))
    context = handouts.on_page_context(
        {"tutorial": {"helper_notes": 0}}, page=page, config=None, nav=None
    )
    assert "tut_helper_pdf_url" not in context
    assert [h.pdf for h in handouts._state["handouts"]] == ["tutoriels/x.pdf"]


# Reproducible PDFs --------------------------------------------------------------------


def test_printing_dates_become_the_content_date_and_an_id_is_added(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    date = datetime.datetime(2024, 1, 31, tzinfo=datetime.UTC)
    first = reproducible(skia_pdf("a"), date)
    second = reproducible(skia_pdf("a"), date)
    assert first == second
    assert b"/CreationDate (D:20240131000000+00'00')" in first
    assert b"/ModDate (D:20240131000000+00'00')" in first
    assert first.count(b"/ID [<") == 1
    # The cross-reference table has not moved: startxref still points at it.
    offset = int(first.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert first[offset:].startswith(b"xref")


def test_the_id_follows_the_content():
    date = datetime.datetime(2024, 1, 31, tzinfo=datetime.UTC)
    ids = {reproducible(skia_pdf(text), date).split(b"/ID [<")[1][:32] for text in "ab"}
    assert len(ids) == 2


def test_source_date_epoch_wins_over_the_content_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert pdf_date(datetime.datetime(2024, 1, 31, tzinfo=datetime.UTC)) == (
        "20231114221320+00'00'"
    )


def test_a_booklet_is_dated_by_its_latest_tutorial():
    cards = [{"updated_iso": "2024-01-31"}, {"updated_iso": "2025-06-02"}, {}]
    assert content_date(cards) == datetime.datetime(2025, 6, 2, tzinfo=datetime.UTC)
    assert content_date([{}]) is None


# Booklets -----------------------------------------------------------------------------


def test_category_labels_in_the_reader_language():
    config = SimpleNamespace(
        extra={"categories": [
            {"id": "impots", "label": {"fr": "Impôts", "en": "Taxes"}},
            {"id": "sante", "label": "Santé"},
        ]},
        theme={"language": "en"},
    )
    assert category_labels(config, "en") == {"impots": "Taxes", "sante": "Santé"}


def test_booklet_estimate_counts_a_page_at_least_per_tutorial():
    assert estimate_pages(["x"] * 50) == 50 + 1 + 1
    assert estimate_pages(["x" * 13000]) == 3 + 1


def test_a_page_key_does_not_depend_on_the_pdfs_it_links(site):
    # A tutorial links its handouts (its PDF, the helper's): taken from the cache one
    # after another, the second's key must not see the first.
    hasher = ContentHasher(site, version="1")
    page = site / "tutoriels" / "a.html"
    page.write_text(PAGE.format(text='<a href="a.pdf">PDF</a> <a href="a-aidant.pdf">x</a>'))
    helper = Handout("tutoriels/a.html", "tutoriels/a-aidant.pdf", query="?aidant=1")
    before = hasher.key(helper)
    (site / "tutoriels" / "a.pdf").write_bytes(skia_pdf("a"))
    assert ContentHasher(site, version="1").key(helper) == before
    assert hasher.local_file(page, "a.pdf") is None


def test_hash_ignores_links_to_other_pages_and_outside_files(site):
    hasher = ContentHasher(site, version="1")
    page = site / "tutoriels" / "a.html"
    assert hasher.local_file(page, "b.html") is None
    assert hasher.local_file(page, "https://exemple.fr/x.png") is None
    assert hasher.local_file(page, "../../etc/passwd") is None
    assert hasher.local_file(page, "capture.png#x") == (site / "tutoriels/capture.png").resolve()


@pytest.mark.parametrize(("command", "enabled"), [("serve", False), ("build", True)])
def test_mkdocs_serve_never_prints(monkeypatch, command, enabled):
    monkeypatch.setitem(handouts._state, "serving", False)
    handouts.on_startup(command=command, dirty=False)
    config = SimpleNamespace(extra={"pdf": True}, markdown_extensions=[])
    handouts.on_config(config)
    assert handouts._state["enabled"] is enabled


def test_pdfs_are_printed_once_every_language_is_written(monkeypatch, tmp_path):
    """The other languages build inside the default one: printing waits for the outermost
    build's end, when every language's pages are written."""
    from pas_a_pas.core.languages import language_builds

    printed: list[list] = []
    monkeypatch.setitem(handouts._state, "enabled", True)
    monkeypatch.setitem(handouts._state, "handouts", [Handout("a.html", "a.pdf")])
    monkeypatch.setitem(handouts._state, "languages", [])
    monkeypatch.setattr(handouts, "chromium_path", lambda: "/bin/true")
    monkeypatch.setattr(handouts, "chromium_version", lambda path: "1")
    monkeypatch.setattr(handouts, "make_pdfs",
                        lambda site, docs, *rest: printed.append(docs) or Made(len(docs)))
    config = SimpleNamespace(site_url="https://exemple.org/", site_dir=str(tmp_path),
                             config_file_path=str(tmp_path / "mkdocs.yml"),
                             extra={}, theme={"language": "fr"}, plugins={})
    monkeypatch.setattr(language_builds, "depth", 2)  # English, inside the French build
    handouts._print_all(config=config)
    assert printed == []
    monkeypatch.setattr(language_builds, "depth", 1)  # the French build, at its end
    handouts._print_all(config=config)
    assert [[handout.pdf for handout in docs] for docs in printed] == [["a.pdf"]]
