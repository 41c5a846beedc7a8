"""A page shown untranslated in the English site: checked there against the translations.

The fallback fixture's English site shows three tutorials in French (one with steps,
helper notes, French typography and links to anchors of other pages, one with an image
and a mockup) next to a translated one. Each language's build converts its pages."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import FIXTURES, ROOT, Build, run_build


def test_an_untranslated_page_is_checked_against_the_translations_anchors(tmp_path):
    """A French page shown in English links to an anchor that the English translation
    lacks: the English build says so."""
    built = built_with_link(tmp_path, "payer.md#etape-1")
    assert built.returncode == 1
    assert warnings(built.output) == [
        "WARNING -  docs/tutoriels/declarer.md, ligne 18 : lien « payer.md#etape-1 » : la page "
        "docs/tutoriels/payer.en.md n'a pas d'ancre « #etape-1 ». L'ancre d'un titre est ce "
        "titre en minuscules, sans accents, avec des tirets : vérifiez-la dans cette page."]


def test_a_broken_link_of_an_untranslated_page_is_reported_once_not_once_per_language(tmp_path):
    built = built_with_link(tmp_path, "absente.md")
    assert built.returncode == 1
    assert len(warnings(built.output)) == 1, built.output
    assert "absente.md" in warnings(built.output)[0]


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


def built_with_link(tmp_path: Path, target: str) -> Build:
    """The fallback fixture, its French tutorial linking to `target` instead of payer.md."""
    fixture = copy_fixture(tmp_path)
    page = fixture / "docs" / "tutoriels" / "declarer.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "[la page de paiement](payer.md)", f"[la page de paiement]({target})"), encoding="utf-8")
    return run_build(fixture / "mkdocs.yml", tmp_path / "site")


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WARNING")]
