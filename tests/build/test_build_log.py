"""The log of a clean build is short and says each thing once: MkDocs' own lines, our
summary (pages per language, PDFs, time), no line repeated per language."""

from __future__ import annotations

import re

from conftest import ROOT
from pas_a_pas.build_log import summary


def test_a_clean_build_logs_a_few_lines_and_a_summary(builds):
    result = builds(ROOT / "mkdocs.yml")
    assert result.returncode == 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == len(set(lines)), f"repeated lines:\n{result.output}"
    assert len(lines) <= 5, result.output
    assert not [line for line in lines if line.startswith(("WARNING", "ERROR"))], result.output
    assert "mkdocs_static_i18n" not in result.output
    assert 'not included in the "nav"' not in result.output
    found = [line for line in lines if "Site construit en" in line]
    assert len(found) == 1, result.output
    assert re.search(r"pas-a-pas: Site construit en \d+,\d s : \d+ pages en français, "
                     r"\d+ pages en anglais\.$", found[0]), found[0]
    assert lines[-1].startswith("INFO    -  Documentation built in"), lines[-1]


def test_the_summary_reads_in_the_default_language():
    assert summary(None, {"fr": 15, "en": 13}, 4, 3.14) == (
        "Site construit en 3,1 s : 15 pages en français, 13 pages en anglais, 4 PDF."
    )
    assert summary(None, {"fr": 1}, 0, 12.0) == "Site construit en 12,0 s : 1 page en français."
