"""`make new-tutorial TITLE=… CATEGORY=…` writes a draft that builds under --strict, stays
out of the site, and is published once filled in and its `draft` line removed."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import run_build

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "new_tutorial.py"


def new_tutorial(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_the_scaffold_is_a_draft_then_published_with_no_other_edit(tmp_path):
    # A copy of the real site's configuration and docs, so the skeleton meets every hook.
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "hooks", project / "hooks")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    done = new_tutorial("Déclarer ses revenus en ligne", "--category", "impots",
                        "--docs", str(project / "docs"))
    assert done.returncode == 0, done.stdout
    written = project / "docs" / "tutoriels" / "declarer-ses-revenus-en-ligne.md"
    assert f"Écrit : {written}" in done.stdout
    assert "supprimez la ligne « draft: true » pour le publier" in done.stdout
    assert "nav" not in done.stdout
    text = written.read_text("utf-8")
    assert f"updated: {datetime.date.today().isoformat()}" in text
    assert "\ncategory: impots\n" in text and "\ndraft: true\n" in text

    # As written: checked by the strict build, published nowhere.
    draft = run_build(project / "mkdocs.yml", tmp_path / "draft-site")
    assert draft.returncode == 0, draft.output
    assert "WARNING" not in draft.output
    assert not list(draft.site.rglob("declarer-ses-revenus-en-ligne*"))
    assert "Déclarer ses revenus en ligne" not in (draft.site / "index.html").read_text("utf-8")

    # Filled in, `draft` removed: published, in both languages, with no other edit.
    filled = text.replace("À compléter : ", "").replace("à-compléter", "impôts")
    filled = re.sub(r"\ndraft: true\n", "\n", filled)
    written.write_text(filled, "utf-8")
    published = run_build(project / "mkdocs.yml", tmp_path / "published-site")
    assert published.returncode == 0, published.output
    html = (published.site / "tutoriels" / "declarer-ses-revenus-en-ligne.html").read_text("utf-8")
    assert '<span class="tut-step__number">Étape 2</span>' in html
    assert "Déclarer ses revenus en ligne" in (published.site / "index.html").read_text("utf-8")
    english = published.site / "en" / "tutoriels" / "declarer-ses-revenus-en-ligne.html"
    assert "This page has not been translated yet" in english.read_text("utf-8")


def test_the_scaffold_never_overwrites(tmp_path):
    args = ("Un titre", "--category", "impots", "--docs", str(tmp_path / "docs"))
    assert new_tutorial(*args).returncode == 0
    again = new_tutorial(*args)
    assert again.returncode == 1
    assert "existe déjà : choisissez un autre titre ou modifiez ce fichier." in again.stdout


def test_the_category_is_one_of_the_declared_ids(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(
        "site_url: !ENV [SITE_URL, '']\nextra:\n  categories:\n"
        "    - {id: impots, label: Impôts}\n    - {id: sante, label: Santé}\n", "utf-8"
    )
    docs = str(tmp_path / "docs")
    unknown = new_tutorial("Un titre", "--category", "impôts", "--docs", docs)
    assert unknown.returncode == 2
    assert "Donnez la catégorie du tutoriel (CATEGORY=…) : « impôts » n'en est pas une." in unknown.stdout
    assert "Catégories connues (extra.categories de mkdocs.yml) : impots, sante." in unknown.stdout
    missing = new_tutorial("Un titre", "--docs", docs)
    assert missing.returncode == 2 and "elle manque" in missing.stdout
    assert not (tmp_path / "docs").exists()
    assert new_tutorial("Un titre", "--category", "sante", "--docs", docs).returncode == 0


def test_without_declared_categories_the_default_ids_are_known(tmp_path):
    done = new_tutorial("Un titre", "--category", "cuisine", "--docs", str(tmp_path / "docs"))
    assert done.returncode == 2
    assert ("identite-numerique, impots, sante, famille, emploi, logement, retraite, "
            "vie-pratique.") in done.stdout
    assert 'make new-tutorial TITLE="Un titre" CATEGORY=identite-numerique' in done.stdout


def test_a_title_is_required(tmp_path):
    done = new_tutorial("", "--category", "impots", "--docs", str(tmp_path / "docs"))
    assert done.returncode == 2
    assert 'make new-tutorial TITLE="Déclarer ses revenus en ligne" CATEGORY=impots' in done.stdout
