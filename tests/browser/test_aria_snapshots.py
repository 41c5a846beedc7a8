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
    "glossaire": ("glossaire.html", 1280, "main"),
    "tutoriel-formulaire": ("tutoriels/pre-demande-carte-identite.html", 1280, "main"),
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
    here: list[tuple[str, int]] = []  # the route of the screen shown
    restart(page, mockup)
    for screen_id in list_growing(routes):
        go_to(page, mockup, here, routes[screen_id])
        here = routes[screen_id]
        screen = mockup.locator(f"#{screen_id}")
        expect(screen).to_be_visible()
        states.append((screen_id, mockup.aria_snapshot()))
        parts = screen.evaluate(PARTS)
        for number, target in enumerate(parts["goes"]):
            routes.setdefault(target, [*routes[screen_id], (screen_id, number)])
        if parts["checks"]:
            screen.locator("[type=submit]").first.click()
            expect(screen.locator("[aria-invalid=true]").first).to_be_focused()
            settle(page, mockup)
            states.append((f"{screen_id} : envoyé sans rien écrire", mockup.aria_snapshot()))
        disclosures = screen.locator("[aria-expanded][aria-controls]")
        for number, label in enumerate(parts["disclosures"]):
            disclosures.nth(number).click()
            states.append((f"{screen_id} : {label} ouvert", mockup.aria_snapshot()))
        for number in range(parts["shows"]):
            screen.locator("[data-tut-show]").nth(number).click()
            states.append((f"{screen_id} : mot de passe affiché", mockup.aria_snapshot()))
    assert len(routes) == mockup.locator("[data-tut-screen]").count(), "a screen is unreachable"
    return states


# What a screen holds, in one call: where its controls lead, whether it checks fields,
# its disclosures' labels and its password buttons.
PARTS = """(screen) => ({
  goes: [...screen.querySelectorAll('[data-tut-go]')].map((el) => el.dataset.tutGo),
  checks: screen.querySelectorAll('[data-tut-check]').length,
  disclosures: [...screen.querySelectorAll('[aria-expanded][aria-controls]')]
    .map((el) => el.textContent.trim()),
  shows: screen.querySelectorAll('[data-tut-show]').length,
})"""


def list_growing(routes: dict) -> Iterator[str]:
    """The screens of `routes`, including those added while they are walked."""
    seen: list[str] = []
    while len(seen) < len(routes):
        seen.append(list(routes)[len(seen)])
        yield seen[-1]


def restart(page: Page, mockup: Locator) -> None:
    mockup.locator("[data-tut-restart]").click()
    settle(page, mockup)


def go_to(page: Page, mockup: Locator, here: list, route: list) -> None:
    """From the screen reached by `here` to the one reached by `route`: back (the
    mockup's own button) to where the two routes part, then forward."""
    common = 0
    while common < min(len(here), len(route)) and here[common] == route[common]:
        common += 1
    for _ in range(len(here) - common):
        mockup.locator("[data-tut-back]").click()
        settle(page, mockup)
    for through, number in route[common:]:
        leave(page, mockup, through, number)


def leave(page: Page, mockup: Locator, screen_id: str, number: int) -> None:
    """Fill the screen's checked fields correctly, then follow its control `number`
    (in one call to the page: the journeys' own tests click and type like a reader)."""
    mockup.locator(f"#{screen_id}").evaluate(LEAVE, number)
    settle(page, mockup)


LEAVE = """(screen, number) => {
  // A valid answer for each kind of field, as a reader would give it. The way out is
  // a button, or an answer of a choice that leads elsewhere (then sent by the submit).
  const way = screen.querySelectorAll('[data-tut-go]')[number];
  for (const field of screen.querySelectorAll('[data-tut-check]')) {
    const kind = field.dataset.tutCheck;
    if (kind === 'choice') {
      const radios = [...field.querySelectorAll('input[type=radio]')];
      const radio = radios.includes(way) ? way
        : radios.find((item) => !item.dataset.tutGo) || radios[0];
      radio.checked = true;
      radio.dispatchEvent(new Event('change', {bubbles: true}));
    } else if (kind === 'select') {
      const list = field.querySelector('select');
      list.selectedIndex = list.options.length - 1;
      list.dispatchEvent(new Event('change', {bubbles: true}));
    } else if (kind === 'date') {
      const parts = field.querySelectorAll('input');
      ['15', '6', '1990'].forEach((value, index) => { parts[index].value = value; });
    } else if (kind === 'upload') {
      const input = field.querySelector('input[type=file]');
      const files = new DataTransfer();
      const extension = (field.dataset.tutAccept || 'jpg').split(' ')[0].replace('.', '');
      files.items.add(new File(['x'], `photo.${extension}`));
      input.files = files.files;
      input.dispatchEvent(new Event('change', {bubbles: true}));
    } else if (kind === 'code') {
      field.value = field.dataset.tutExpect;
    } else {
      const {tutDigits: digits, tutLength: length} = field.dataset;
      field.value = digits ? '1'.repeat(digits) : length ? 'A'.repeat(length) : 'exemple';
    }
  }
  if (way.type === 'radio') screen.querySelector('button[type=submit]').click();
  else way.click();
}"""


def settle(page: Page, mockup: Locator) -> None:
    """The status region, emptied by a change, is filled 50 ms later (so that the same
    message is announced again): the snapshot is taken once it is."""
    mockup.locator("[data-tut-status]").evaluate(FILLED)


FILLED = """(status) => new Promise((resolve) => {
  const check = () => (status.textContent ? resolve() : setTimeout(check, 10));
  check();
})"""


def snapshot_text(states: list[tuple[str, str]]) -> str:
    return "".join(f"# {name}\n{snapshot}\n\n" for name, snapshot in states)


@pytest.fixture(scope="session")
def essai_url(served) -> str:
    """The fixture scenario with the element types the site's scenario lacks (links)."""
    return served("mockup-valid/mkdocs.yml")


def test_each_state_of_the_practice_screens_matches_its_snapshot(page, site_url, essai_url,
                                                                 request):
    page.set_viewport_size({"width": 1280, "height": 800})
    # Without the screens' slide-in, which Playwright waits for before each click.
    page.emulate_media(reduced_motion="reduce")
    for name, url in (("franceconnect", site_url + "s-entrainer/franceconnect/index.html"),
                      ("pre-demande", site_url + "s-entrainer/pre-demande-carte-identite/index.html"),
                      ("essai", essai_url + "s-entrainer/essai/index.html"),
                      ("formulaire", essai_url + "s-entrainer/formulaire/index.html")):
        page.goto(url)
        mockup = page.locator('[data-tut-mockup="flow"]')
        expect(mockup).to_have_class(re.compile("tut-mockup--live"))
        states = practice_states(page, mockup)
        assert len(states) >= 3, states
        compare(request, f"entrainement-{name}", snapshot_text(states))
