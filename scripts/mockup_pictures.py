"""Make the pictures of the form elements in the guide "Écrire une simulation".

Builds the fixture site tests/fixtures/mockup-valid (its scenario `formulaire` holds every
form element), walks its practice page in Chromium (/usr/bin/chromium, as the tests do)
and photographs each element in a telling state: the cookie banner, a choice left empty,
a progress bar, an impossible date, a list, a chosen file, a text message, a wrong code,
the recap with the values typed, the receipt. Writes docs/guides/images/mockup-<kind>.png
(the file button speaks the browser's language: French with Debian's chromium-l10n).

Run again after changing the look of the mockups: `.venv/bin/python scripts/mockup_pictures.py`.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
from pas_a_pas.handouts.chromium import CHROMIUM_ARGS  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "mockup-valid" / "mkdocs.yml"
IMAGES = ROOT / "docs" / "guides" / "images"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(FIXTURE),
                        "-d", str(site)], check=True, env=env)
        handler = functools.partial(_Quiet, directory=str(site))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                                     args=[*CHROMIUM_ARGS, "--lang=fr-FR"])
                page = browser.new_page(viewport={"width": 560, "height": 900},
                                        reduced_motion="reduce", locale="fr-FR")
                page.goto(f"http://127.0.0.1:{server.server_port}/s-entrainer/formulaire/"
                          "index.html")
                walk(page)
                browser.close()
        finally:
            server.shutdown()


def walk(page: Page) -> None:
    """The journey of the fixture scenario, one picture per element."""
    mockup = page.locator("[data-tut-mockup=flow]")
    shot = functools.partial(_shot, mockup)
    shot("cookies", ".tut-mockup__cookies")
    mockup.get_by_role("button", name="Tout accepter").click()
    mockup.get_by_role("button", name="Commencer", exact=True).click()
    shot("choice", "fieldset:visible")
    mockup.get_by_role("radio", name="Pour moi").check()
    mockup.get_by_role("button", name="Commencer", exact=True).click()
    shot("progress", ".tut-mockup__progress:visible")
    mockup.get_by_label("Nom").fill("Martin")
    mockup.get_by_label("Jour").fill("31")
    mockup.get_by_label("Mois").fill("02")
    mockup.get_by_label("Année").fill("1990")
    mockup.get_by_role("button", name="Continuer").click()
    shot("date", "fieldset:visible")
    mockup.get_by_label("Jour").fill("14")
    mockup.get_by_label("Pays de naissance").select_option("Belgique")
    shot("select", "[data-tut-check=select]:visible")
    mockup.get_by_role("button", name="Continuer").click()
    mockup.get_by_label("Photo d'identité").set_input_files(
        {"name": "photo.jpg", "mimeType": "image/jpeg", "buffer": b"x"})
    shot("upload", "[data-tut-check=upload]:visible")
    mockup.get_by_role("button", name="Continuer").click()
    shot("sms", ".tut-mockup__sms:visible")
    code = mockup.get_by_label("Code reçu par SMS")
    code.fill("111111")
    code.press("Enter")
    shot("code", ".tut-mockup__field:visible")
    code.fill("123456")
    code.press("Enter")
    shot("recap", ".tut-mockup__recap:visible")
    mockup.get_by_role("button", name="Confirmer").click()
    shot("receipt", ".tut-mockup__receipt:visible")


def _shot(mockup, kind: str, selector: str) -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    element = mockup.locator(selector).first
    element.evaluate("e => document.activeElement && document.activeElement.blur()")
    element.screenshot(path=str(IMAGES / f"mockup-{kind}.png"), animations="disabled")
    print(f"docs/guides/images/mockup-{kind}.png")


if __name__ == "__main__":
    main()
