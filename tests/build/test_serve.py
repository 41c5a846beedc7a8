"""`mkdocs serve` for real: drafts with their banner, and a broken edit that does not stop it.

Each test starts the real development server on a free port over a copy of the drafts
fixture site, reads its log as it comes, fetches pages with urllib, and stops it. Every
wait is bounded.
"""

from __future__ import annotations

import os
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import FIXTURES, ROOT, describe_violations, run_axe

# Generous bounds for 2 busy cores; a healthy run takes a few seconds per step.
START_TIMEOUT = 120
STEP_TIMEOUT = 90


class Server:
    """A running `mkdocs serve`: its address, its log so far, and waits on both."""

    def __init__(self, project: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}/"
        self.project = project
        self.lines: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "--livereload"],
            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self._queue.put(line)

    def wait_for(self, text: str, timeout: float = STEP_TIMEOUT, *, start: int = 0) -> int:
        """Wait until a log line from `start` on holds `text`; return the index after it."""
        deadline = time.monotonic() + timeout
        while True:
            for index in range(start, len(self.lines)):
                if text in self.lines[index]:
                    return index + 1
            start = len(self.lines)
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None and self._queue.empty():
                raise AssertionError(f"no {text!r} in the server's log:\n{self.log}")
            try:
                self.lines.append(self._queue.get(timeout=min(remaining, 1)))
            except queue.Empty:
                pass

    @property
    def log(self) -> str:
        while not self._queue.empty():
            self.lines.append(self._queue.get())
        return "".join(self.lines)

    def wait_for_page(self, path: str, text: str, timeout: float = STEP_TIMEOUT) -> bool:
        """Fetch `path` until it holds `text` (a rebuild has written it), or time out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status, html = self.fetch(path)
            if status == 200 and text in html:
                return True
            time.sleep(0.5)
        return False

    def fetch(self, path: str, timeout: float = 15) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.url + path, timeout=timeout) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)


def copy_fixture(name: str, target: Path) -> Path:
    """A fixture site in a temporary folder, its shared base pointing back at the project."""
    shutil.copytree(FIXTURES / name, target)
    base = (FIXTURES / "base.yml").read_text("utf-8").replace("../../../", f"{ROOT}/")
    (target / "base.yml").write_text(base, "utf-8")
    config = target / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8").replace("INHERIT: ../base.yml", "INHERIT: base.yml"), "utf-8"
    )
    return target


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[Server]:
    """One server for this module's tests (each leaves the project as it found it)."""
    running = Server(copy_fixture("drafts", tmp_path_factory.mktemp("serve") / "project"))
    try:
        running.wait_for("Serving on", START_TIMEOUT)
        yield running
    finally:
        running.stop()


def test_serve_shows_drafts_with_their_banner_in_both_languages(server, page):
    status, french = server.fetch("tutoriels/brouillon.html")
    assert status == 200
    assert '<div class="tut-draft" role="note" aria-labelledby="tut-draft-title"' in french
    assert '<strong>Brouillon</strong>' in french
    assert "Un tutoriel en préparation" in french
    status, english = server.fetch("en/tutoriels/brouillon.html")
    assert status == 200
    assert "<strong>Draft</strong>" in english
    # A published tutorial has no banner; serve makes no PDF.
    assert "tut-draft__title" not in server.fetch("tutoriels/publie.html")[1]
    assert not list(Path(server.project).rglob("*.pdf"))
    # In the browser: the banner is a note that says "Brouillon" in words; axe finds nothing.
    page.goto(server.url + "tutoriels/brouillon.html")
    banner = page.get_by_role("note", name="Brouillon")
    expect(banner).to_have_count(1)
    expect(banner).to_contain_text("Ce tutoriel n'est pas publié")
    violations = run_axe(page)
    assert violations == [], describe_violations(violations)


def test_serve_keeps_serving_when_an_edit_breaks_the_build(server):
    page = server.project / "docs" / "tutoriels" / "publie.md"
    good = page.read_text("utf-8")
    assert "Un tutoriel publié" in server.fetch("tutoriels/publie.html")[1]

    page.write_text(good.replace("title: Un tutoriel publié", "title: [Un tutoriel"), "utf-8")
    # The build's own message names the file (its wording is the error module's).
    after = server.wait_for("docs/tutoriels/publie.md, ligne 3 : l'en-tête (entre les lignes ---) "
                            "n'est pas du YAML valide")
    after = server.wait_for("l'aperçu continue de montrer le site de la dernière construction "
                            "réussie", start=after)
    # Still answering, with the last good pages (MkDocs alone would hold the request).
    status, html = server.fetch("tutoriels/publie.html")
    assert status == 200 and "Un tutoriel publié" in html
    assert "Traceback" not in server.log

    page.write_text(good.replace("title: Un tutoriel publié", "title: Un tutoriel corrigé"),
                    "utf-8")
    # Rebuilt once fixed: the page says what the fixed file says (MkDocs' own log lines
    # around a rebuild are not always all there under mkdocs-static-i18n).
    assert server.wait_for_page("tutoriels/publie.html", "Un tutoriel corrigé")

    page.write_text(good, "utf-8")
    assert server.wait_for_page("tutoriels/publie.html", "Un tutoriel publié")
