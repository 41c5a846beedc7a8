"""With the Tab and Enter keys only: from the home page to a tutorial, then through its
steps; every element that takes the focus shows it (an outline or a box-shadow)."""

from __future__ import annotations

import pytest

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


def test_on_a_phone_the_menu_opens_and_closes_with_the_keyboard(page, site_url):
    """At 320 px the menu is a drawer: its button takes the focus, Enter (or Space) opens
    it, its visible links are then reachable, Escape closes it; closed, none of its links
    takes the focus."""
    page.set_viewport_size({"width": 320, "height": 640})
    page.emulate_media(reduced_motion="reduce")
    page.goto(site_url + "tutoriels/franceconnect.html")
    seen: list[dict] = []
    menu = page.get_by_role("button", name="Menu")

    tab_to(page, "Menu", seen)
    assert menu.get_attribute("aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    # The menu opens on the current tutorial's section: its steps come first.
    tab_to(page, f"Étape 1 : {STEPS[0]}", seen)

    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert menu.evaluate("(el) => el === document.activeElement")
    page.keyboard.press("Space")
    assert menu.get_attribute("aria-expanded") == "true", "Space does not open the menu"
    page.keyboard.press("Space")
    assert menu.get_attribute("aria-expanded") == "false", "Space does not close the menu"
    # Closed again: Tab goes on to the tutorial, never into the hidden menu.
    tab_to(page, "Licence Ouverte 2.0", seen)
