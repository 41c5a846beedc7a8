"""The translation status, computed from front matter alone (hooks/translations.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pas_a_pas.translations import counts, status

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "i18n"


def test_status_tells_translated_outdated_and_missing():
    report = status(FIXTURE / "docs", "fr", ["fr", "en"])
    assert list(report) == ["en"]
    states = {entry.src_uri: entry.state for entry in report["en"]}
    assert states == {
        "tutoriels/a-jour.md": "translated",
        "tutoriels/perime.md": "outdated",
        "tutoriels/manquant.md": "missing",
    }
    assert counts(report["en"]) == {"translated": 1, "outdated": 1, "missing": 1}


def test_a_translation_without_its_version_counts_as_outdated(tmp_path):
    tutorials = tmp_path / "tutoriels"
    tutorials.mkdir()
    (tutorials / "x.md").write_text("---\ntitle: X\nupdated: 2024-01-01\n---\n", "utf-8")
    (tutorials / "x.en.md").write_text("---\ntitle: X\nupdated: 2024-01-01\n---\n", "utf-8")
    (tutorials / "index.md").write_text("# Tutoriels\n", "utf-8")
    [entry] = status(tmp_path, "fr", ["fr", "en", "es"])["en"]
    assert entry.state == "outdated"
    assert [e.state for e in status(tmp_path, "fr", ["fr", "en", "es"])["es"]] == ["missing"]


def test_make_translations_prints_the_same_status():
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translation_status.py"), str(FIXTURE / "mkdocs.yml")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert lines[0] == "en (English): 1 translated, 1 outdated, 1 missing"
    assert any(line.split()[:2] == ["OUTDATED", "tutoriels/perime.md"] for line in lines)
    assert any(line.split()[:2] == ["MISSING", "tutoriels/manquant.md"] for line in lines)
    assert any(line.split()[:2] == ["translated", "tutoriels/a-jour.md"] for line in lines)
