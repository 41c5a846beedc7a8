"""Every built page is valid HTML for the Nu Html Checker (vnu), in both languages.

One JVM for every page (the real site, and the same site with its PDF links), errors only:
an invalid page is a page whose reading by browsers and assistive technologies we leave to
error recovery. Fixed at the source, in our templates or the smallest Material one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest

from conftest import ROOT, write_artifact
from pas_a_pas.handouts.chromium import install_command

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_every_built_page_is_valid_html(site, pdf_site):
    java = shutil.which("java")
    if java is None:
        message = f"Java is missing: {install_command('default-jre-headless')}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    assert VNU.is_file(), f"{VNU} is missing: run npm ci"
    pages = sorted(path for built in (site, pdf_site) for path in built.rglob("*.html"))
    assert len(pages) >= 40 and any("/en/" in str(path) for path in pages), pages
    done = subprocess.run(
        [java, "-jar", str(VNU), "--format", "json", "--errors-only", *map(str, pages)],
        capture_output=True, text=True,
    )
    # vnu writes its JSON report on stderr; it exits 1 when it found errors.
    report = json.loads(done.stderr)
    errors = [f"{message['url']}:{message.get('lastLine', '?')}: {message['message']}"
              for message in report["messages"]]
    write_artifact("vnu-pages.txt", "\n".join(map(str, pages)) + "\n")
    assert errors == [], f"{len(errors)} vnu errors on {len(pages)} pages:\n" + "\n".join(errors)
    assert done.returncode == 0, done.stdout + done.stderr
