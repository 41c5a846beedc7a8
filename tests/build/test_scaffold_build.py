"""`make new-tutorial TITLE=…` writes a skeleton that builds under --strict as it is."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def test_the_scaffold_builds(builds, tmp_path):
    # A copy of the real site's configuration and docs, so the skeleton meets every hook.
    project = tmp_path / "project"
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "hooks", project / "hooks")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "new_tutorial.py"), "Déclarer ses revenus en ligne",
         str(project / "docs")],
        capture_output=True, text=True, check=True,
    )
    written = project / "docs" / "tutoriels" / "declarer-ses-revenus-en-ligne.md"
    assert f"Written: {written}" in done.stdout
    text = written.read_text("utf-8")
    assert f"updated: {datetime.date.today().isoformat()}" in text
    result = builds(project / "mkdocs.yml")
    assert result.returncode == 0, result.output
    html = (result.site / "tutoriels" / "declarer-ses-revenus-en-ligne.html").read_text("utf-8")
    assert '<span class="tut-step__number">Étape 2</span>' in html
    # The English site shows it too, in French, with the notice.
    english = (result.site / "en" / "tutoriels" / "declarer-ses-revenus-en-ligne.html").read_text("utf-8")
    assert "This page has not been translated yet" in english


def test_the_scaffold_never_overwrites(tmp_path):
    command = [sys.executable, str(ROOT / "scripts" / "new_tutorial.py"), "Un titre", str(tmp_path)]
    subprocess.run(command, capture_output=True, text=True, check=True)
    again = subprocess.run(command, capture_output=True, text=True)
    assert again.returncode == 1
    assert "already exists" in again.stdout
