"""What a screen reader is given: the accessibility tree (Playwright's ARIA snapshot:
roles, names, states, text, in reading order) of the home page, a category page with its
filters, a tutorial (steps, progress, read aloud, helper mode switch), the same in helper
mode and in the workshop view, the open menu on a phone, and every state of the practice
screens, compared with golden files in tests/browser/aria/, reviewed like code.

After a deliberate change (a new string, element type, screen or scenario), regenerate
them and read the diff:

    UPDATE_ARIA=1 .venv/bin/python -m pytest tests/browser/test_aria_snapshots.py

(`--update-golden` does the same). The practice screens are walked from their markup
(`practice_states`): every screen reached from the first one, each form sent empty (its
error messages), each disclosure opened, each password shown; a new element type or
scenario needs no change here, only regenerated snapshots. A missing golden file fails.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect
from test_workshop import FAKE_SPEECH, FRENCH

from conftest import FIXTURES, serve

pytestmark = pytest.mark.browser

GOLDEN = Path(__file__).parent / "aria"
# name: (page, viewport width, what to snapshot)
PAGES = {
    "accueil": ("index.html", 1280, "body"),
    "thematique-filtres": ("tutoriels/identite-numerique.html", 1280, "body"),
    "tutoriel": ("tutoriels/franceconnect.html", 1280, "body"),
    "tutoriel-mode-aidant": ("tutoriels/franceconnect.html?aidant=1", 1280, "main"),
    "atelier": ("tutoriels/franceconnect.html?atelier=1&etape=2", 1280, "main"),
    "menu-telephone": ("tutoriels/franceconnect.html", 320, ".md-sidebar--primary"),
}


def compare(request, name: str, text: str) -> None:
    """`text` must be the golden file `name`.yml (rewritten with UPDATE_ARIA=1)."""
    path = GOLDEN / f"{name}.yml"
    if os.environ.get("UPDATE_ARIA") == "1" or request.config.getoption("--update-golden"):
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: write it with UPDATE_ARIA=1 and review it"
    assert text == path.read_text(encoding="utf-8"), (
        f"what a screen reader gets changed ({path.name}): review the difference, and "
        "rerun with UPDATE_ARIA=1 if it is right")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_give_screen_readers_what_their_snapshot_says(page, site_url, request, name):
    path, width, selector = PAGES[name]
    page.context.add_init_script(FAKE_SPEECH % FRENCH)  # read aloud needs a voice
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    if name == "menu-telephone":
        page.get_by_role("button", name="Menu", exact=True).click()
        expect(page.get_by_role("button", name="Fermer le menu")).to_be_visible()
    region = page.locator(selector)
    expect(region).to_have_count(1)
    snapshot = region.aria_snapshot()
    assert len(snapshot.splitlines()) > 10, snapshot
    compare(request, name, snapshot + "\n")


# The practice screens ---------------------------------------------------------------


def practice_states(page: Page, mockup: Locator) -> list[tuple[str, str]]:
    """Every state of a flow mockup and its ARIA snapshot, in the order of a walk.

    The screens are found from the markup: from the first one, each control that leads
    somewhere (`data-tut-go`) is followed once, the fields it checks filled in correctly.
    On each screen: as it opens, its form sent empty (the errors), each disclosure opened
    (`aria-expanded`), each password shown.
    """
    start = mockup.get_attribute("data-tut-start")
    routes: dict[str, list[tuple[str, int]]] = {start: []}  # screen -> clicks from start
    states = []
    for screen_id in list_growing(routes):
        restart(page, mockup)
        for through, number in routes[screen_id]:
            leave(page, mockup, through, number)
        screen = mockup.locator(f"#{screen_id}")
        expect(screen).to_be_visible()
        states.append((screen_id, mockup.aria_snapshot()))
        controls = screen.locator("[data-tut-go]")
        for number in range(controls.count()):
            target = controls.nth(number).get_attribute("data-tut-go")
            routes.setdefault(target, [*routes[screen_id], (screen_id, number)])
        if screen.locator("[data-tut-check]").count():
            screen.locator("[type=submit]").first.click()
            expect(screen.locator("[aria-invalid=true]").first).to_be_focused()
            settle(page, mockup)
            states.append((f"{screen_id} : envoyé sans rien écrire", mockup.aria_snapshot()))
        disclosures = screen.locator("[aria-expanded][aria-controls]")
        for number in range(disclosures.count()):
            disclosures.nth(number).click()
            states.append((f"{screen_id} : {disclosures.nth(number).inner_text().strip()} ouvert",
                           mockup.aria_snapshot()))
        for show in screen.locator("[data-tut-show]").all():
            show.click()
            states.append((f"{screen_id} : mot de passe affiché", mockup.aria_snapshot()))
    assert len(routes) == mockup.locator("[data-tut-screen]").count(), "a screen is unreachable"
    return states


def list_growing(routes: dict) -> Iterator[str]:
    """The screens of `routes`, including those added while they are walked."""
    seen: list[str] = []
    while len(seen) < len(routes):
        seen.append(list(routes)[len(seen)])
        yield seen[-1]


def restart(page: Page, mockup: Locator) -> None:
    mockup.locator("[data-tut-restart]").click()
    settle(page, mockup)


def leave(page: Page, mockup: Locator, screen_id: str, number: int) -> None:
    """Fill the screen's checked fields correctly, then follow its control `number`."""
    screen = mockup.locator(f"#{screen_id}")
    for field in screen.locator("[data-tut-check]").all():
        digits, length = field.get_attribute("data-tut-digits"), field.get_attribute("data-tut-length")
        field.fill("1" * int(digits) if digits else "A" * int(length) if length else "exemple")
    screen.locator("[data-tut-go]").nth(number).click()
    settle(page, mockup)


def settle(page: Page, mockup: Locator) -> None:
    """The status region is filled 50 ms after a change (so that it is announced)."""
    expect(mockup.locator("[data-tut-status]")).not_to_have_text("")
    page.wait_for_timeout(60)


def snapshot_text(states: list[tuple[str, str]]) -> str:
    return "".join(f"# {name}\n{snapshot}\n\n" for name, snapshot in states)


@pytest.fixture(scope="module")
def essai_url(builds):
    """The fixture scenario with the element types the site's scenario lacks (links)."""
    result = builds(FIXTURES / "mockup-valid" / "mkdocs.yml")
    assert result.returncode == 0, result.output
    server, url = serve(result.site)
    yield url
    server.shutdown()


def test_each_state_of_the_practice_screens_matches_its_snapshot(page, site_url, essai_url,
                                                                 request):
    page.set_viewport_size({"width": 1280, "height": 800})
    for name, url in (("franceconnect", site_url + "s-entrainer/franceconnect/index.html"),
                      ("essai", essai_url + "index.html")):
        page.goto(url)
        mockup = page.locator('[data-tut-mockup="flow"]')
        expect(mockup).to_have_class(re.compile("tut-mockup--live"))
        states = practice_states(page, mockup)
        assert len(states) > 3, states
        compare(request, f"entrainement-{name}", snapshot_text(states))
