"""PDF handouts at scale, for real: per-category booklets, the cache, reproducible bytes.

tests/fixtures/pdf-booklets (three tutorials, two categories, one language) is copied to
a temporary project and built with Chromium: cold into a cache, cold again without a
cache (same bytes), then after one tutorial changed (only what holds it is printed).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CHROMIUM, FIXTURES, ROOT, Build, run_build

PDFS = [
    "tutoriels/compte.pdf",
    "tutoriels/connexion.pdf",
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
    for folder in ("hooks", "overrides"):
        (root / folder).symlink_to(ROOT / folder)
    return fixtures / "pdf-booklets"


def build(project: Path, site: Path, **env: str) -> Build:
    variables = {"PDF_HANDOUTS": "true", "CHROMIUM": CHROMIUM, "PDF_CACHE": "off", **env}
    result = run_build(project / "mkdocs.yml", site, env=variables)
    assert result.returncode == 0, result.output
    return result


def printed(result: Build) -> tuple[int, int]:
    match = re.search(r"(\d+) imprimées, (\d+) reprises du cache", result.output)
    assert match, result.output
    return int(match.group(1)), int(match.group(2))


@pytest.fixture(scope="module")
def builds(project, tmp_path_factory) -> dict[str, Build]:
    """Cold into a cache, cold without one, then after one tutorial changed."""
    sites = tmp_path_factory.mktemp("pdf-sites")
    cache = str(sites / "cache")
    done = {
        "cold": build(project, sites / "cold", PDF_CACHE=cache),
        "again": build(project, sites / "again"),
    }
    tutorial = project / "docs" / "tutoriels" / "connexion.md"
    tutorial.write_text(tutorial.read_text().replace("Remplissez", "Complétez"))
    done["edited"] = build(project, sites / "edited", PDF_CACHE=cache)
    done["short"] = build(project, sites / "short", PDF_BOOKLET_MAX_PAGES="2")
    return done


def test_a_cold_build_prints_every_pdf_and_a_booklet_per_category(builds):
    assert printed(builds["cold"]) == (len(PDFS), 0)
    site = builds["cold"].site
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*.pdf")) == PDFS
    assert not list(site.rglob("*.booklet.html")), "a booklet's page was left in the site"


def test_category_booklet_has_its_tutorials_contents_and_bookmarks(builds):
    pdf = builds["cold"].site / "tutoriels" / "livret-identite-numerique.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Title:           Tutoriels\u00a0: Identité numérique - Fixture" in info
    assert "Tagged:          yes" in info
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Sommaire" in text
    assert text.count("Créer un compte") >= 2 and text.count("Se connecter") >= 2
    assert "Déclarer ses revenus" not in text, "another category's tutorial is in it"
    data = pdf.read_bytes()
    assert b"/Outlines" in data and b"/Lang (fr)" in data


def test_two_cold_builds_give_byte_identical_pdfs(builds):
    for pdf in PDFS:
        first = (builds["cold"].site / pdf).read_bytes()
        assert first == (builds["again"].site / pdf).read_bytes(), f"{pdf} differs"
    assert b"/CreationDate (D:20240215000000+00'00')" in (
        builds["cold"].site / "tutoriels" / "connexion.pdf"
    ).read_bytes()


def test_after_one_tutorial_changed_only_its_pdf_and_booklets_are_printed(builds):
    # connexion.pdf, its category's booklet and the booklet of all the tutorials.
    assert printed(builds["edited"]) == (3, len(PDFS) - 3)
    for pdf in ("tutoriels/compte.pdf", "tutoriels/livret-impots.pdf"):
        assert (builds["edited"].site / pdf).read_bytes() == (
            builds["cold"].site / pdf
        ).read_bytes()
    text = subprocess.run(
        ["pdftotext", str(builds["edited"].site / "tutoriels" / "connexion.pdf"), "-"],
        capture_output=True, text=True,
    ).stdout
    assert "Complétez" in text


def test_the_whole_booklet_is_left_out_above_its_page_limit(builds):
    result = builds["short"]
    assert not (result.site / "tutoriels" / "livret.pdf").exists()
    assert (result.site / "tutoriels" / "livret-impots.pdf").exists()
    assert "livret.pdf" not in (result.site / "index.html").read_text()
    assert "pas de livret de tous les tutoriels" in result.output
    assert "livret.pdf" in (builds["cold"].site / "index.html").read_text()
