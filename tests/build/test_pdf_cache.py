"""PDF handouts at scale, for real: per-category booklets, the cache, reproducible bytes.

tests/fixtures/pdf-booklets (three tutorials, two categories, one language) is copied to
a temporary project and built with Chromium: cold into a cache, cold again without a
cache (same bytes), after one tutorial changed (only its PDF and its category booklet
are printed; the booklet of all is assembled from the category booklets), then after the
print stylesheet changed (everything printed again).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CHROMIUM, FIXTURES, ROOT, Build, run_build
from pdf_outline import outline

PDFS = [
    "tutoriels/compte-memo.pdf",
    "tutoriels/compte.pdf",
    "tutoriels/connexion-memo.pdf",
    "tutoriels/connexion.pdf",
    "tutoriels/declaration-memo.pdf",
    "tutoriels/declaration.pdf",
    "tutoriels/livret-identite-numerique.pdf",
    "tutoriels/livret-impots.pdf",
    "tutoriels/livret.pdf",
]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A copy of the fixture with our hooks and templates, so that it can be edited."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: the PDFs cannot be made")
    root = tmp_path_factory.mktemp("pdf-project")
    fixtures = root / "tests" / "fixtures"
    shutil.copytree(FIXTURES / "pdf-booklets", fixtures / "pdf-booklets")
    shutil.copy(FIXTURES / "base.yml", fixtures / "base.yml")
    (root / "hooks").symlink_to(ROOT / "hooks")
    # A copy: a test changes the print stylesheet.
    shutil.copytree(ROOT / "overrides", root / "overrides")
    return fixtures / "pdf-booklets"


def build(project: Path, site: Path, **env: str) -> Build:
    variables = {"PDF_HANDOUTS": "true", "CHROMIUM": CHROMIUM, "PDF_CACHE": "off", **env}
    result = run_build(project / "mkdocs.yml", site, env=variables)
    assert result.returncode == 0, result.output
    return result


def printed(result: Build) -> tuple[int, int, int]:
    """PDFs printed by Chromium, assembled from others, reused from the cache."""
    match = re.search(
        r"(\d+) documents imprimés par Chromium .*?, (\d+) livrets assemblés, "
        r"(\d+) documents repris du cache", result.output)
    assert match, result.output
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


@pytest.fixture(scope="module")
def builds(project, tmp_path_factory) -> dict[str, Build]:
    """Cold into a cache, cold without one, after one tutorial changed, then after the print
    stylesheet changed (with the whole booklet's page limit too low for it)."""
    sites = tmp_path_factory.mktemp("pdf-sites")
    cache = str(sites / "cache")
    done = {
        "cold": build(project, sites / "cold", PDF_CACHE=cache),
        "again": build(project, sites / "again"),
    }
    tutorial = project / "docs" / "tutoriels" / "connexion.md"
    tutorial.write_text(tutorial.read_text().replace("Remplissez", "Complétez"))
    done["edited"] = build(project, sites / "edited", PDF_CACHE=cache)
    stylesheet = project.parents[2] / "overrides" / "assets" / "stylesheets" / "print.css"
    stylesheet.write_text(stylesheet.read_text() + "\n@page { margin: 30mm; }\n")
    done["short"] = build(project, sites / "short", PDF_CACHE=cache, PDF_BOOKLET_MAX_PAGES="2")
    return done


def test_a_cold_build_prints_every_pdf_and_a_booklet_per_category(builds):
    # The booklet of all the tutorials is assembled from the category booklets.
    # By Chromium: each tutorial's PDF and memo, and each category booklet's contents; the
    # booklets are assembled from these (a category's), and from the category booklets (all).
    assert printed(builds["cold"]) == (8, 3, 0)
    site = builds["cold"].site
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*.pdf")) == PDFS
    assert not list(site.rglob("*.booklet.html")), "a booklet's page was left in the site"
    assert not list(site.rglob("*.memo.html")), "a memo's page was left in the site"


def test_category_booklet_has_its_tutorials_contents_and_bookmarks(builds):
    pdf = builds["cold"].site / "tutoriels" / "livret-identite-numerique.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Title:           Tutoriels\u00a0: Identité numérique - Fixture" in info
    assert "Tagged:          yes" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Sommaire" in text
    assert text.count("Créer un compte") >= 2 and text.count("Se connecter") >= 2
    assert "Déclarer ses revenus" not in text, "another category's tutorial is in it"
    from pypdf import PdfReader

    root = PdfReader(pdf).trailer["/Root"]
    assert root["/Lang"] == "fr" and len(root["/Outlines"]) > 0


def test_two_cold_builds_give_byte_identical_pdfs(builds):
    for pdf in PDFS:
        first = (builds["cold"].site / pdf).read_bytes()
        assert first == (builds["again"].site / pdf).read_bytes(), f"{pdf} differs"
    assert b"/CreationDate (D:20240215000000+00'00')" in (
        builds["cold"].site / "tutoriels" / "connexion.pdf"
    ).read_bytes()


def test_after_one_tutorial_changed_only_its_pdf_and_its_category_booklet_are_printed(builds):
    # connexion.pdf and its memo by Chromium; its category's booklet and the booklet of all
    # assembled again; the others' PDFs and memos, both contents and the other category's
    # booklet reused.
    assert printed(builds["edited"]) == (2, 2, 7)
    for pdf in ("tutoriels/compte.pdf", "tutoriels/livret-impots.pdf"):
        assert (builds["edited"].site / pdf).read_bytes() == (
            builds["cold"].site / pdf
        ).read_bytes()
    text = subprocess.run(
        ["pdftotext", str(builds["edited"].site / "tutoriels" / "connexion.pdf"), "-"],
        capture_output=True, text=True,
    ).stdout
    assert "Complétez" in text
    before, after = (subprocess.run(
        ["pdftotext", str(builds[name].site / "tutoriels" / "livret.pdf"), "-"],
        capture_output=True, text=True,
    ).stdout for name in ("cold", "edited"))
    assert after.count("Complétez") == before.count("Complétez") + 1


def test_a_changed_print_stylesheet_prints_everything_again(builds):
    # The tutorials' PDFs and memos and the booklets' contents; the category booklets
    # assembled again; no booklet of all the tutorials (its page limit).
    assert printed(builds["short"]) == (8, 2, 0)
    for pdf in ("tutoriels/compte.pdf", "tutoriels/livret-impots.pdf"):
        assert (builds["short"].site / pdf).read_bytes() != (
            builds["cold"].site / pdf).read_bytes(), f"{pdf} looks as before"


def test_the_whole_booklet_is_left_out_above_its_page_limit(builds):
    result = builds["short"]
    assert not (result.site / "tutoriels" / "livret.pdf").exists()
    assert (result.site / "tutoriels" / "livret-impots.pdf").exists()
    assert "livret.pdf" not in (result.site / "index.html").read_text()
    assert "pas de livret de tous les tutoriels" in result.output
    assert "livret.pdf" in (builds["cold"].site / "index.html").read_text()


def contents_links(reader) -> list[int]:
    """The page each link of the first page (the contents) leads to."""
    pages = [page.indirect_reference for page in reader.pages]
    destinations = reader.trailer["/Root"]["/Dests"]
    return [pages.index(destinations[annotation.get_object()["/Dest"]][0])
            for annotation in reader.pages[0]["/Annots"]
            if "/Dest" in annotation.get_object()]


def test_a_category_booklet_is_its_contents_then_its_tutorials_pdfs(builds):
    from pypdf import PdfReader

    site = builds["cold"].site / "tutoriels"
    booklet = PdfReader(site / "livret-identite-numerique.pdf")
    tutorials = [PdfReader(site / f"{name}.pdf") for name in ("compte", "connexion")]
    # The contents on one page, then each tutorial's pages as its own PDF has them.
    assert len(booklet.pages) == 1 + sum(len(t.pages) for t in tutorials)
    assert "Sommaire" in booklet.pages[0].extract_text()
    assert [page.extract_text() for page in booklet.pages[1:]] == [
        page.extract_text() for t in tutorials for page in t.pages]
    # Each entry of the contents leads to its tutorial's first page.
    assert contents_links(booklet) == [1, 1 + len(tutorials[0].pages)]
    assert outline(booklet)[:3] == [
        (0, "Fixture : Tutoriels\u00a0: Identité numérique", 0), (1, "Sommaire", 0),
        (0, "Créer un compte", 1)]
    assert (0, "Se connecter", 1 + len(tutorials[0].pages)) in outline(booklet)
    structure = subprocess.run(
        ["pdfinfo", "-struct-text", str(site / "livret-identite-numerique.pdf")],
        capture_output=True, text=True).stdout
    assert structure.startswith("Document\n  Part\n")
    assert structure.count("\n  Part\n") == 3, "contents and two tutorials"


def test_the_whole_booklet_is_the_category_booklets_with_their_structure_links_bookmarks(
    builds,
):
    from pypdf import PdfReader

    site = builds["cold"].site / "tutoriels"
    parts = [PdfReader(site / f"livret-{c}.pdf") for c in ("identite-numerique", "impots")]
    whole = PdfReader(site / "livret.pdf")
    info = subprocess.run(["pdfinfo", str(site / "livret.pdf")], capture_output=True,
                          text=True).stdout
    assert "Title:           Tous les tutoriels - Fixture" in info
    assert "Tagged:          yes" in info
    assert whole.trailer["/Root"]["/Lang"] == "fr"
    # Every page of each category booklet, in the categories' order.
    assert len(whole.pages) == sum(len(part.pages) for part in parts)
    texts = [page.extract_text() for page in whole.pages]
    assert texts == [page.extract_text() for part in parts for page in part.pages]
    # Bookmarks: one per category, holding its contents and its tutorials.
    second = len(parts[0].pages)
    assert [item for item in outline(whole) if item[0] == 0] == [
        (0, "Fixture : Tutoriels\u00a0: Identité numérique", 0),
        (0, "Fixture : Tutoriels\u00a0: Impôts", second)]
    assert [title for depth, title, _ in outline(whole) if depth == 1] == [
        "Sommaire", "Créer un compte", "Se connecter", "Sommaire", "Déclarer ses revenus"]
    # Each category's contents still lead to its own tutorials.
    assert contents_links(whole) == contents_links(parts[0])
    # One structure tree: each page's marked content keys lead to its own elements.
    tree = whole.trailer["/Root"]["/StructTreeRoot"]
    numbers = tree["/ParentTree"]["/Nums"]
    keys = dict(zip(numbers[::2], numbers[1::2], strict=True))
    assert len(keys) == tree["/ParentTreeNextKey"] == sum(
        part.trailer["/Root"]["/StructTreeRoot"]["/ParentTreeNextKey"] for part in parts)
    pages = [page.indirect_reference for page in whole.pages]
    in_parts = [(part, page) for part in parts for page in part.pages]
    for page, (part, original) in zip(whole.pages, in_parts, strict=True):
        part_tree = part.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
        part_keys = dict(zip(part_tree[::2], part_tree[1::2], strict=True))
        elements = keys[page["/StructParents"]].get_object()
        before = part_keys[original["/StructParents"]].get_object()
        assert [e.get_object()["/S"] for e in elements] == [e.get_object()["/S"] for e in before]
        part_pages = [p.indirect_reference for p in part.pages]
        first = 0 if part is parts[0] else second
        assert [pages.index(e.get_object().raw_get("/Pg")) for e in elements
                if "/Pg" in e.get_object()] == [
            first + part_pages.index(e.get_object().raw_get("/Pg"))
            for e in before if "/Pg" in e.get_object()]
    structure = subprocess.run(["pdfinfo", "-struct-text", str(site / "livret.pdf")],
                               capture_output=True, text=True).stdout
    assert structure.startswith("Document\n  Part\n    Part\n")
    for title in ("Créer un compte", "Se connecter", "Déclarer ses revenus"):
        assert structure.count(f'"{title}"') >= 2, title
