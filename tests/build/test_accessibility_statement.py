"""The accessibility statement, its footer mention and the RGAA self-check, built from
mkdocs.yml `extra.accessibility` and docs/accessibilite/auto-evaluation.yml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from conftest import BAD, ROOT

SECTIONS = [
    "État de conformité",
    "Résultats des tests",
    "Contenus non accessibles",
    "Dérogations pour charge disproportionnée",
    "Établissement de cette déclaration d'accessibilité",
    "Retour d'information et contact",
    "Voies de recours",
]


def test_statement_has_the_rgaa_sections_and_the_configured_values(site):
    html = (site / "accessibilite" / "index.html").read_text(encoding="utf-8")
    config = yaml.safe_load(
        (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", "")
    )["extra"]["accessibility"]
    for heading in SECTIONS:
        assert f">{heading}</h2>" in html.replace("&#39;", "'"), heading
    assert f"<strong>{config['status']}</strong>" in html
    assert f"mailto:{config['contact']['email']}" in html
    assert "Défenseur des droits" in html
    assert 'href="auto-evaluation.html"' in html, "no link to the RGAA self-check"


FOOTER_MENTION = {
    "fr": "Accessibilité\u00a0: totalement conforme</a>",
    "en": "Accessibility: fully compliant</a>",
}


def test_every_page_footer_links_to_the_statement_in_its_language(site, site_pages):
    pages = [site / path for path in site_pages]
    assert len(pages) >= 20 and any(page.relative_to(site).parts[0] == "en" for page in pages)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        language = "en" if page.relative_to(site).parts[0] == "en" else "fr"
        assert FOOTER_MENTION[language] in html, page


def test_each_automated_criterion_names_tests_that_pytest_collects(site):
    """An "auto" criterion lists pytest node ids (file::test); each must be a test that
    pytest collects today, so that renaming or deleting it fails here. A parametrized test
    is named without its parameters (`file::test` stands for every `file::test[...]`)."""
    criteria = yaml.safe_load(
        (ROOT / "docs" / "accessibilite" / "auto-evaluation.yml").read_text(encoding="utf-8")
    )
    automated = [item for item in criteria if item["method"] == "auto"]
    assert len(automated) >= 15, "the self-check lost its automated criteria"
    named = {item["id"]: item.get("tests") or [] for item in automated}
    assert all(named.values()), {key: ids for key, ids in named.items() if not ids}
    files = sorted({node.split("::")[0] for ids in named.values() for node in ids})
    collected = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *files],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert collected.returncode == 0, collected.stdout + collected.stderr
    tests = {line.split("[")[0] for line in collected.stdout.splitlines() if "::" in line}
    missing = [f"criterion {key}: {node}" for key, ids in named.items() for node in ids
               if node not in tests]
    assert missing == [], f"not collected by pytest: {missing}"
    html = (site / "accessibilite" / "auto-evaluation.html").read_text(encoding="utf-8")
    for item in criteria:
        assert f'<th scope="row">{item["id"]}</th>' in html, item["id"]


def test_a_wrong_accessibility_setting_fails_the_build_naming_the_field(builds):
    result = builds(BAD / "accessibility-settings-invalid" / "mkdocs.yml")
    assert result.returncode != 0
    assert "Traceback" not in result.output
    for message in (
        "« extra.accessibility.status » : attendu l'un de totalement conforme, partiellement "
        "conforme, non conforme, trouvé « conforme ».",
        "« extra.accessibility.audit_date » : attendu une date écrite AAAA-MM-JJ, trouvé le "
        "texte « hier ».",
        "« extra.accessibility.contact » absent : ajoutez-le dans mkdocs.yml.",
    ):
        assert f"mkdocs.yml : {message}" in result.output, result.output


def test_pdfs_asked_without_chromium_fail_the_build_with_a_clear_message(tmp_path: Path):
    from conftest import run_build

    result = run_build(ROOT / "mkdocs.yml", tmp_path / "site",
                       env={"PDF_HANDOUTS": "true", "CHROMIUM": str(tmp_path / "no-chromium")})
    assert result.returncode != 0
    assert "mais Chromium est absent" in result.output
    assert "Traceback" not in result.output


def test_a_wrong_criterion_fails_the_build_naming_the_file_the_item_and_the_field(builds):
    result = builds(BAD / "rgaa-criteria-invalid" / "mkdocs.yml")
    assert result.returncode != 0
    assert "Traceback" not in result.output
    where = "docs/accessibilite/auto-evaluation.yml"
    for message in ("ligne 3 : critère 1 : « method » : attendu l'un de auto, manual, trouvé "
                    "le texte « robot ».",
                    "ligne 6 : critère 2 : champ « topic » absent.",
                    "ligne 8 : critère 2 : « state » : attendu l'un de C, NC, NA, AV, trouvé le "
                    "texte « OK »."):
        assert f"{where}, {message}" in result.output, result.output


def test_an_incomplete_self_check_fails_naming_each_line(builds):
    """Every RGAA criterion once, NA with its reason, and tests that exist: or the build
    stops, each problem named with its line (the test's own line for a test)."""
    result = builds(BAD / "rgaa-criteria-incomplete" / "mkdocs.yml")
    assert result.returncode != 0 and "Traceback" not in result.output
    where = "docs/accessibilite/auto-evaluation.yml"
    absent = [line for line in result.output.splitlines() if "critères absents" in line]
    assert len(absent) == 1, absent
    ids = absent[0].split("critères absents : ")[1].split(" ;")[0].split(", ")
    assert len(ids) == 106 - 3 and ids[:2] == ["1.2", "1.3"], ids  # 1.1, 2.1, 3.1 are there
    assert f"{where}, ligne 28 : critère 5 : le test « tests/browser/test_absent.py::test_x » " \
           "n'existe pas : aucun fichier à ce chemin." in result.output


def test_the_statement_gives_the_rate_and_the_status_it_implies(site):
    """106 criteria: those met over those that apply, shown in both languages; the status
    in mkdocs.yml is the one the rate gives (else the build fails, see the unit tests)."""
    criteria = yaml.safe_load(
        (ROOT / "docs" / "accessibilite" / "auto-evaluation.yml").read_text(encoding="utf-8"))
    met = sum(item["state"] == "C" for item in criteria)
    applicable = sum(item["state"] in ("C", "NC", "AV") for item in criteria)
    skipped = len(criteria) - applicable
    assert len(criteria) == 106 and met == applicable, "the site is no longer fully compliant"
    french = (site / "accessibilite" / "index.html").read_text(encoding="utf-8")
    assert (f"{met} critères respectés sur {applicable} critères applicables ({skipped} "
            "critères non applicables), soit un taux de conformité de 100\u202f%.") in french
    assert "<strong>totalement conforme</strong>" in french
    english = (site / "en" / "accessibilite" / "index.html").read_text(encoding="utf-8")
    assert (f"{met} criteria met out of {applicable} applicable criteria ({skipped} criteria "
            "not applicable): a conformity rate of 100\u00a0%.") in english
    assert "<strong>fully compliant</strong>" in english
    check = (site / "accessibilite" / "auto-evaluation.html").read_text(encoding="utf-8")
    assert "un taux de conformité de 100\u202f%" in check
