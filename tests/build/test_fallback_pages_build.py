"""hooks/fallback_pages.py changes no byte: built with the reuse of the French conversion
(the session's builds) and without it (`TUT_FALLBACK_REUSE=0`), the sites are the same.

The fallback fixture's English site shows three tutorials in French: one with steps,
helper notes, French typography and links to anchors of other pages (reused), one with
an image and a mockup (converted again), next to a translated one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES, ROOT, Build, run_build

REUSED = "tutoriels/declarer.md: conversion of the default language reused"


def same_files(built: Path, other: Path) -> list[str]:
    """The files that differ between two sites (or exist in one only)."""
    files = sorted(path.relative_to(built) for path in built.rglob("*") if path.is_file())
    others = sorted(path.relative_to(other) for path in other.rglob("*") if path.is_file())
    assert others == files
    return [str(name) for name in files if (built / name).read_bytes() != (other / name).read_bytes()]


def test_reusing_the_french_conversion_changes_no_file_of_the_fixture(fixture_site, tmp_path):
    reused = fixture_site("fallback")
    converted = run_build(FIXTURES / "fallback" / "mkdocs.yml", tmp_path / "site",
                          env={"TUT_FALLBACK_REUSE": "0"})
    assert converted.returncode == 0, converted.output
    for page in ("en/tutoriels/declarer.html", "en/tutoriels/illustrer.html",
                 "en/tutoriels/payer.html", "tutoriels/declarer.html"):
        assert (reused / page).is_file()
    assert same_files(reused, converted.site) == []


def test_reusing_the_french_conversion_changes_no_file_of_the_site(site, tmp_path):
    converted = run_build(ROOT / "mkdocs.yml", tmp_path / "site", env={"TUT_FALLBACK_REUSE": "0"})
    assert converted.returncode == 0, converted.output
    assert same_files(site, converted.site) == []


def test_the_french_conversion_is_reused_for_a_page_without_image_or_mockup(tmp_path):
    done = verbose_build(FIXTURES / "fallback", tmp_path / "site")
    assert done.returncode == 0, done.stderr
    assert REUSED in done.stderr
    assert "illustrer.md: conversion of the default language reused" not in done.stderr


def test_a_reused_page_is_still_checked_against_the_translations_anchors(tmp_path):
    """A French page reused in English links to an anchor that the English translation
    lacks: the English build says so, as when it converts the page again."""
    reused, converted = built_both_ways(tmp_path, "payer.md#etape-1")
    warning = ("WARNING -  Doc file 'tutoriels/declarer.md' contains a link 'payer.md#etape-1', "
               "but the doc 'tutoriels/payer.en.md' does not contain an anchor '#etape-1'.")
    assert reused.returncode == converted.returncode == 1
    assert warnings(reused.output) == warnings(converted.output) == [warning]


def test_a_broken_link_of_a_reused_page_is_reported_once_not_once_per_language(tmp_path):
    reused, converted = built_both_ways(tmp_path, "absente.md")
    warning = ("WARNING -  Doc file 'tutoriels/declarer.md' contains a link 'absente.md', but "
               "the target 'tutoriels/absente.md' is not found among documentation files.")
    assert reused.returncode == converted.returncode == 1
    assert warnings(reused.output) == [warning]
    assert warnings(converted.output) == [warning, warning]


# Helpers ------------------------------------------------------------------------------


def copy_fixture(tmp_path: Path) -> Path:
    """The fallback fixture in tmp_path, with base.yml, hooks/ and overrides/ where its
    relative paths expect them."""
    fixtures = tmp_path / "tests" / "fixtures"
    shutil.copytree(FIXTURES / "fallback", fixtures / "fallback")
    shutil.copy(FIXTURES / "base.yml", fixtures / "base.yml")
    for folder in ("hooks", "overrides"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    return fixtures / "fallback"


def built_both_ways(tmp_path: Path, target: str) -> tuple[Build, Build]:
    """The fallback fixture, its French tutorial linking to `target` instead of payer.md,
    built with the reuse of the French conversion and without it."""
    fixture = copy_fixture(tmp_path)
    page = fixture / "docs" / "tutoriels" / "declarer.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "[la page de paiement](payer.md)", f"[la page de paiement]({target})"), encoding="utf-8")
    reused = run_build(fixture / "mkdocs.yml", tmp_path / "reused")
    converted = run_build(fixture / "mkdocs.yml", tmp_path / "converted",
                          env={"TUT_FALLBACK_REUSE": "0"})
    return reused, converted


def verbose_build(fixture: Path, site: Path) -> subprocess.CompletedProcess:
    """A build that logs which pages reuse their conversion (MkDocs does not check
    anchors then: see `test_a_reused_page_is_still_checked_against_the_translations_anchors`)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--verbose",
               "-f", str(fixture / "mkdocs.yml"), "-d", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=fixture)


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WARNING")]
