"""hooks/fallback_pages.py: the default language's pages converted by two processes at
once give the same site, byte for byte, as in one process (`TUT_PARALLEL=0`); a page whose
conversion has something to say is converted, and said, by the build itself, once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_fallback_pages_build import same_files

from conftest import ROOT, run_build

sys.path.insert(0, str(ROOT / "scripts"))
from generate_corpus import generate  # noqa: E402

# Enough pages for the second process (fallback_pages.AHEAD_MINIMUM): 2 + 60 tutorials,
# 8 categories, the tags page... in French, a dozen of them translated.
TUTORIALS = 60
ONE_PROCESS = {"TUT_PARALLEL": "0"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return generate(TUTORIALS, tmp_path_factory.mktemp("corpus")).parent


def test_the_pages_converted_ahead_make_the_same_site(corpus, tmp_path):
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--verbose",
               "-f", str(corpus / "mkdocs.yml"), "-d", str(tmp_path / "two")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
    two = subprocess.run(command, capture_output=True, text=True, env=env, cwd=corpus)
    one = run_build(corpus / "mkdocs.yml", tmp_path / "one", env=ONE_PROCESS)
    assert two.returncode == one.returncode == 0, two.stderr[-3000:] + one.output
    assert same_files(tmp_path / "two", one.site) == []
    assert (tmp_path / "two" / "tutoriels" / f"fiche-{TUTORIALS:04d}.html").is_file()
    # The last pages of the French build, in the second process's share, and only them.
    ahead = "\n".join(line for line in two.stderr.splitlines()
                      if "converted ahead by a second" in line)
    assert f"tutoriels/fiche-{TUTORIALS:04d}.md: converted ahead" in ahead
    assert "tutoriels/fiche-0001.md: converted ahead" not in ahead
    assert ahead.count("\n") + 1 > TUTORIALS // 3, two.stderr[-3000:]


def test_a_problem_in_a_page_converted_ahead_is_said_once(corpus, tmp_path):
    page = corpus / "docs" / "tutoriels" / f"fiche-{TUTORIALS - 1:04d}.md"
    text = page.read_text(encoding="utf-8")
    try:
        page.write_text(text + "\nVoir [la page absente](absente.md).\n", encoding="utf-8")
        two = run_build(corpus / "mkdocs.yml", tmp_path / "two")
        one = run_build(corpus / "mkdocs.yml", tmp_path / "one", env=ONE_PROCESS)
    finally:
        page.write_text(text, encoding="utf-8")
    assert two.returncode == one.returncode == 1
    found = [line for line in two.output.splitlines() if "absente.md" in line]
    assert len(found) == 1 and page.name in found[0], two.output
    assert found == [line for line in one.output.splitlines() if "absente.md" in line]
    assert "Traceback" not in two.output
