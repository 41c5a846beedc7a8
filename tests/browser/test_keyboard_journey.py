"""With the Tab and Enter keys only: from the home page to a tutorial, then through its
steps; every element that takes the focus shows it (an outline or a box-shadow)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

TITLE = "Comment créer et utiliser un compte FranceConnect ?"
STEPS = ["S'identifier", "Choisir un compte", "Se connecter", "Continuer sur le site FranceConnect"]
# The tutorial's links, buttons and explained words (glossary), with room to spare.
MAX_TABS = 90
SETTLE_TRIES, SETTLE_TRIES_MS = 10, 50

# The focused element, and whether a reader can see where the focus is.
FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  return {
    tag: el.tagName,
    text: (el.innerText || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' '),
    href: el.getAttribute('href'),
    ring: outline || shadow,
    visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
    // On screen and not hidden under the sticky header or the menu (the middle of its
    // first line: a link over two lines has text of others in its box's middle).
    uncovered: ((line) => line !== undefined && el.contains(document.elementFromPoint(
      Math.min(Math.max(line.left + line.width / 2, 0), innerWidth - 1),
      Math.min(Math.max(line.top + line.height / 2, 0), innerHeight - 1))))(el.getClientRects()[0]),
  };
}"""


def tab(page) -> dict:
    """Press Tab; the focused element must show its focus."""
    page.keyboard.press("Tab")
    # Measured once the page has answered the focus (Material opens the search when its
    # field gets the focus): up to half a second later.
    for _ in range(SETTLE_TRIES):
        focused = page.evaluate(FOCUSED)
        if focused["visible"] and focused["uncovered"]:
            break
        page.wait_for_timeout(SETTLE_TRIES_MS)
    assert focused["tag"] != "BODY", "the focus left the page"
    assert focused["visible"], f"the focus is on an invisible element: {focused}"
    assert focused["ring"], f"no visible focus ring on {focused}"
    assert focused["uncovered"], f"the focused element is off screen or covered: {focused}"
    return focused


def tab_to(page, text: str, seen: list[dict]) -> None:
    """Tab until the element named `text` has the focus."""
    for _ in range(MAX_TABS):
        focused = tab(page)
        seen.append(focused)
        if focused["text"] == text:
            return
    pytest.fail(f"'{text}' never got the focus within {MAX_TABS} Tabs: {seen}")


def test_tab_from_home_to_a_tutorial_and_through_its_steps(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    # Without animations (as our CSS does for readers who ask), so that what covers the
    # focus is measured once the search has closed, not during its fade-out.
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_url + "index.html")
    seen: list[dict] = []

    first = tab(page)
    assert first["text"] == "Aller au contenu", "the first Tab stop is not the skip link"

    tab_to(page, TITLE, seen)
    page.keyboard.press("Enter")
    page.wait_for_url("**/tutoriels/franceconnect.html")

    assert tab(page)["text"] == "Aller au contenu"
    # Step 1 from the page's table of contents: Enter brings it on screen, and Tab goes
    # on from there through the steps' content.
    tab_to(page, f"Étape 1 : {STEPS[0]}", seen)
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#etape-1"
    heading = page.get_by_role("heading", level=2, name=f"Étape 1 : {STEPS[0]}")
    assert heading.evaluate(
        "(h) => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    ), "step 1 is not on screen after Enter"
    seen.clear()

    # And on to the end of the tutorial: its links and its licence.
    tab_to(page, "Licence Ouverte 2.0", seen)
    # Step 1's text first: its explained word (a glossary button), then its link.
    assert seen[0]["text"] == "vous connecter", f"after step 1's title, Tab went to {seen[0]}"
    reached = [stop["href"] for stop in seen if stop["href"]]
    assert reached[0] == "https://www.mesdroitssociaux.gouv.fr/accueil/", (
        f"after step 1's title, Tab went to {reached[0]} instead of the link in step 1"
    )
    assert "https://franceconnect.gouv.fr/faq" in reached, "the useful links were skipped"


def test_skip_link_leads_past_the_menu_to_the_tutorial(page, site_url):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "tutoriels/franceconnect.html")
    assert tab(page)["text"] == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#titre"
    assert page.get_by_role("heading", level=1, name=TITLE).is_visible()
    after = tab(page)
    assert after["href"].startswith("../tags.html#"), f"after the skip link, Tab went to {after}"


# Where the focus is in the menu: the element's name, the menu level (the <nav>) it is
# in, and whether everything outside the drawer is inert.
IN_MENU = """() => {
  const el = document.activeElement;
  const level = el.closest('nav');
  const drawer = document.querySelector('.md-sidebar--primary');
  const outside = [...document.querySelectorAll('a[href], button, input:not([type=checkbox])')]
    .filter((control) => !drawer.contains(control));
  return {
    name: (el.getAttribute('aria-label') || el.innerText || '').trim().replace(/\\s+/g, ' '),
    level: level && (level.getAttribute('aria-label')
      || document.getElementById(level.getAttribute('aria-labelledby')).innerText.trim()),
    expanded: el.getAttribute('aria-expanded'),
    live_outside: outside.filter((control) => !control.closest('[inert]')).length,
  };
}"""
BACK, CLOSE = "Retour au menu précédent", "Fermer le menu"


def in_menu(page) -> dict:
    return page.evaluate(IN_MENU)


def press(page, key: str) -> dict:
    """Press a key in the menu: the focused element shows its focus; where it is."""
    page.keyboard.press(key)
    # A level slides in: measured once it is on screen (a quarter of a second).
    for _ in range(SETTLE_TRIES):
        focused = page.evaluate(FOCUSED)
        if focused["visible"] and focused["uncovered"]:
            break
        page.wait_for_timeout(SETTLE_TRIES_MS)
    assert focused["ring"] and focused["visible"] and focused["uncovered"], focused
    return in_menu(page)


def test_on_a_phone_every_control_of_the_menu_works_with_the_keyboard(page, site_url):
    """At 320 px the menu is a drawer of levels (sections, the page's table of contents):
    each opens with Enter or Space on its button and the focus goes into it, its back
    button returns the focus to the button that opened it, the close button (or Escape)
    gives it back to the menu button; while it is open, the page behind is inert. With
    the animations on, as most readers have them."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "tutoriels/franceconnect.html")
    seen: list[dict] = []
    menu = page.get_by_role("button", name="Menu", exact=True)

    tab_to(page, "Menu", seen)
    assert menu.get_attribute("aria-expanded") == "false"
    # The menu opens on the tutorial's category, the focus on that level's back button.
    here = press(page, "Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    assert (here["name"], here["level"], here["live_outside"]) == (BACK, "Identité numérique", 0)
    # The tutorial's table of contents is a level: its button opens it.
    here = press(page, "Tab")
    assert (here["name"], here["expanded"]) == (TITLE, "false")
    here = press(page, "Enter")
    assert (here["name"], here["level"]) == (BACK, "Table des matières")
    assert press(page, "Tab")["name"] == f"Étape 1 : {STEPS[0]}"
    # Back (Space this time): the focus returns to the button that opened the level.
    press(page, "Shift+Tab")
    here = press(page, "Space")
    assert (here["name"], here["level"], here["expanded"]) == (TITLE, "Identité numérique", "false")
    # Back up to the first level, each time onto the button that opened the level left.
    assert press(page, "Shift+Tab")["name"] == BACK
    here = press(page, "Enter")
    assert (here["name"], here["level"]) == ("Déplier la rubrique Identité numérique", "Tutoriels")
    assert press(page, "Shift+Tab")["name"] == "Identité numérique"
    assert press(page, "Shift+Tab")["name"] == BACK
    here = press(page, "Enter")
    assert (here["name"], here["level"], here["expanded"]) == (
        "Déplier la rubrique Tutoriels", "Navigation", "false")
    # The first level: the close button comes first, then the site's sections.
    names = [press(page, "Shift+Tab")["name"] for _ in range(3)]
    assert names == ["Tutoriels", "Accueil", "Pas à pas"], names
    assert press(page, "Shift+Tab")["name"] == CLOSE
    # Down again into a section with Space, then Escape closes the whole menu.
    for _ in range(4):
        press(page, "Tab")
    here = press(page, "Space")
    assert (here["name"], here["level"]) == (BACK, "Tutoriels")
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert menu.evaluate("(el) => el === document.activeElement")
    assert in_menu(page)["live_outside"] > 10, "the page stayed inert after the menu closed"
    # Opened with Space, closed with its close button (Shift+Tab from the level's back).
    here = press(page, "Space")
    assert (menu.get_attribute("aria-expanded"), here["name"]) == ("true", BACK)
    assert press(page, "Shift+Tab")["name"] == CLOSE
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "false"
    assert menu.evaluate("(el) => el === document.activeElement")
    # A step of the table of contents: the menu closes, the focus goes to that step.
    assert press(page, "Enter")["level"] == "Tutoriels"
    press(page, "Tab")
    assert press(page, "Tab")["name"] == "Déplier la rubrique Identité numérique"
    press(page, "Enter")
    assert press(page, "Tab")["name"] == TITLE
    assert press(page, "Enter")["level"] == "Table des matières"
    press(page, "Tab")
    assert press(page, "Tab")["name"] == f"Étape 2 : {STEPS[1]}"
    page.keyboard.press("Enter")
    expect(page.locator("#etape-2")).to_be_focused()
    assert menu.get_attribute("aria-expanded") == "false"
    # Closed again: Tab goes on through the tutorial, never into the hidden menu.
    seen.clear()
    tab_to(page, "Licence Ouverte 2.0", seen)
    assert not [stop for stop in seen if stop["text"] in (BACK, CLOSE)], seen
    assert "https://www.mesdroitssociaux.gouv.fr/accueil/" not in [stop["href"] for stop in seen]


def test_escape_hides_the_language_list_shown_on_focus(page, site_url):
    """Material shows the language list while its button has the focus (or the pointer):
    Escape hides it without moving the focus, until the focus leaves (WCAG 1.4.13)."""
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "index.html")
    button = page.get_by_role("button", name="Sélectionner la langue")
    english = page.get_by_role("link", name="English")
    button.focus()
    expect(english).to_be_visible()
    page.keyboard.press("Escape")
    expect(english).to_be_hidden()
    expect(button).to_be_focused()
    # From a language of the list, Escape gives the focus back to the button.
    page.keyboard.press("Shift+Tab")
    button.focus()
    expect(english).to_be_visible()
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Français")).to_be_focused()
    page.keyboard.press("Escape")
    expect(button).to_be_focused()
    expect(english).to_be_hidden()
