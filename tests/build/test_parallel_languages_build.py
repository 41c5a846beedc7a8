"""hooks/parallel_languages.py: the other languages, built in a second process beside the
default one, give the same site, byte for byte, and the same log as a build in one
process (`TUT_PARALLEL=0`); their failures fail the build, with their message."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from test_fallback_pages_build import copy_fixture, same_files, warnings

from conftest import ROOT, run_build

ONE_PROCESS = {"TUT_PARALLEL": "0"}
FORKED = re.compile(r"DEBUG\s+-\s+pas-a-pas: en built in a second process \(\d+\)")


def test_the_site_built_in_two_processes_is_the_site_built_in_one(site, tmp_path):
    one = run_build(ROOT / "mkdocs.yml", tmp_path / "site", env=ONE_PROCESS)
    assert one.returncode == 0, one.output
    assert (site / "en" / "index.html").is_file()
    assert (site / "sitemap.xml").is_file()
    assert same_files(site, one.site) == []


def test_the_english_site_is_built_in_a_second_process_unless_asked_not_to(tmp_path):
    fixture = copy_fixture(tmp_path)
    two = verbose_build(fixture, tmp_path / "two")
    one = verbose_build(fixture, tmp_path / "one", ONE_PROCESS)
    assert two.returncode == one.returncode == 0, two.stderr + one.stderr
    assert len(FORKED.findall(two.stderr)) == 1, two.stderr
    assert not FORKED.search(one.stderr), one.stderr
    assert same_files(two_site := tmp_path / "two", tmp_path / "one") == []
    assert (two_site / "en" / "tutoriels" / "payer.html").is_file()
    # The log reads as in one process: the English build's lines after the French ones.
    assert _language_lines(two.stderr) == _language_lines(one.stderr)


def test_a_warning_of_the_english_build_fails_the_build_once_with_its_message(tmp_path):
    fixture = copy_fixture(tmp_path)
    page = fixture / "docs" / "tutoriels" / "payer.en.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n[A missing page](absente.md)\n", encoding="utf-8")
    two = run_build(fixture / "mkdocs.yml", tmp_path / "two")
    one = run_build(fixture / "mkdocs.yml", tmp_path / "one", env=ONE_PROCESS)
    assert two.returncode == one.returncode == 1
    found = warnings(two.output)
    assert len(found) == 1 and "payer.en.md" in found[0] and "absente.md" in found[0], two.output
    assert found == warnings(one.output)
    assert "Aborted with 1 warnings in strict mode!" in two.output
    assert "Traceback" not in two.output
    assert "Site construit" not in two.output


def test_an_error_of_the_french_content_stops_the_build_before_any_second_process(tmp_path):
    fixture = copy_fixture(tmp_path)
    page = fixture / "docs" / "tutoriels" / "payer.md"
    page.write_text(page.read_text(encoding="utf-8").replace("title:", "titre:", 1),
                    encoding="utf-8")
    done = verbose_build(fixture, tmp_path / "site")
    assert done.returncode == 1
    assert "payer.md" in done.stderr and "title" in done.stderr, done.stderr
    assert not FORKED.search(done.stderr), done.stderr
    assert not (tmp_path / "site" / "en").exists()


# Helpers ------------------------------------------------------------------------------


def verbose_build(fixture: Path, site: Path, env: dict[str, str] | None = None
                  ) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--verbose",
               "-f", str(fixture / "mkdocs.yml"), "-d", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=fixture)


def _language_lines(log: str) -> list[str]:
    """The verbose log's lines that say which language's page is written, in order."""
    return [line.split(" -  ", 1)[1] for line in log.splitlines()
            if re.match(r"DEBUG\s+-\s+Building page ", line)]
