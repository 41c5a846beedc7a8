"""Progress, the workshop view and read aloud on the FranceConnect tutorial, in Chromium.

Progress lives in localStorage only; the workshop view is a mode of the tutorial page
(`?atelier=1&etape=N`); read aloud uses a scripted `speechSynthesis` (a fake recording
what it is asked to say), never a real voice.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"
KEY = "tut-progress:tutoriels/franceconnect"
STEPS = ["S'identifier", "Choisir un compte", "Se connecter", "Continuer sur le site FranceConnect"]


def open_tutorial(page: Page, url: str, query: str = "") -> None:
    page.goto(url + TUTORIAL + query)
    page.wait_for_load_state("networkidle")


def step_box(page: Page, number: int):
    return page.get_by_role("checkbox", name=f"J'ai fait l'étape {number} : {STEPS[number - 1]}")


def stored(page: Page):
    value = page.evaluate(f"() => localStorage.getItem('{KEY}')")
    return json.loads(value) if value is not None else None


def check_axe(page: Page, state: str) -> None:
    violations = run_axe(page)
    assert violations == [], f"{state}:\n{describe_violations(violations)}"


# Progress ---------------------------------------------------------------------------


def test_each_step_has_a_checkbox_naming_it_and_ticks_are_kept_in_the_browser_only(page, site_url):
    open_tutorial(page, site_url)
    boxes = page.get_by_role("checkbox", name=re.compile("^J'ai fait l'étape"))
    expect(boxes).to_have_count(4)
    for number in range(1, 5):
        expect(step_box(page, number)).not_to_be_checked()
    expect(page.get_by_role("link", name=re.compile("^Reprendre"))).to_have_count(0)
    loaded = list(page.requests_seen)
    step_box(page, 1).check()
    step_box(page, 2).check()
    assert stored(page) == [1, 2]
    resume = page.get_by_role("link", name="Reprendre à l'étape 3")
    expect(resume).to_have_attribute("href", "#etape-3")
    page.wait_for_timeout(200)
    assert page.requests_seen == loaded  # nothing sent, nothing fetched
    assert page.context.cookies() == []
    page.reload()
    expect(step_box(page, 1)).to_be_checked()
    expect(step_box(page, 2)).to_be_checked()
    expect(step_box(page, 3)).not_to_be_checked()
    resume = page.get_by_role("link", name="Reprendre à l'étape 3")
    expect(resume).to_have_count(1)
    resume.click()
    assert page.url.endswith("#etape-3")
    expect(page.get_by_role("heading", name="Étape 3 : Se connecter")).to_be_in_viewport()


def test_resume_goes_to_the_first_unticked_step_after_the_last_ticked_one(page, site_url):
    open_tutorial(page, site_url)
    step_box(page, 1).check()
    step_box(page, 3).check()
    expect(page.get_by_role("link", name="Reprendre à l'étape 4")).to_have_count(1)
    step_box(page, 4).check()  # the last step done: nothing to resume
    expect(page.get_by_role("link", name=re.compile("^Reprendre"))).to_have_count(0)
    step_box(page, 4).uncheck()
    step_box(page, 3).uncheck()
    expect(page.get_by_role("link", name="Reprendre à l'étape 2")).to_have_count(1)


def test_the_cards_say_how_many_steps_are_done(page, site_url):
    page.goto(site_url + "index.html")
    card = page.locator("[data-tut-card]").filter(has_text="FranceConnect")
    expect(card).to_have_count(1)
    expect(card.get_by_text(re.compile("étapes? sur 4"))).to_have_count(0)
    open_tutorial(page, site_url)
    step_box(page, 1).check()
    page.goto(site_url + "index.html")
    expect(card.get_by_text("1 étape sur 4", exact=True)).to_be_visible()
    open_tutorial(page, site_url)
    step_box(page, 2).check()
    page.goto(site_url + "index.html")
    expect(card.get_by_text("2 étapes sur 4", exact=True)).to_be_visible()


def test_the_cards_in_english_too(page, site_url):
    open_tutorial(page, site_url)
    step_box(page, 1).check()
    step_box(page, 2).check()
    page.goto(site_url + "en/index.html")
    card = page.locator("[data-tut-card]").filter(has_text="FranceConnect")
    expect(card).to_have_count(1)
    expect(card.get_by_text("2 steps of 4", exact=True)).to_be_visible()
    page.goto(site_url + "en/" + TUTORIAL)  # the same tutorial id in every language
    expect(page.get_by_role("checkbox", name="I have done step 1: Identify yourself")).to_be_checked()
    expect(page.get_by_role("link", name="Resume at step 3")).to_have_count(1)


def test_recommencer_clears_the_progress_and_says_so(page, site_url):
    open_tutorial(page, site_url)
    step_box(page, 1).check()
    step_box(page, 2).check()
    check_axe(page, "progress ticked")
    page.get_by_role("button", name="Recommencer le tutoriel").click()
    for number in range(1, 5):
        expect(step_box(page, number)).not_to_be_checked()
    status = page.locator("[data-tut-announce]")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_text("Votre progression est effacée : aucune étape n'est cochée.")
    expect(page.get_by_role("link", name=re.compile("^Reprendre"))).to_have_count(0)
    assert stored(page) is None
    page.reload()
    expect(step_box(page, 1)).not_to_be_checked()


BLOCKED_STORAGE = """
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('blocked', 'SecurityError'); },
});
"""


def test_without_storage_no_progress_is_offered(browser, site_url):
    context = browser.new_context(locale="fr-FR")
    context.add_init_script(BLOCKED_STORAGE)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        open_tutorial(page, site_url)
        expect(page.get_by_role("link", name="Mode atelier")).to_be_visible()  # JS runs
        expect(page.get_by_role("checkbox", name=re.compile("^J'ai fait"))).to_have_count(0)
        expect(page.get_by_role("button", name="Recommencer le tutoriel")).to_have_count(0)
        expect(page.get_by_role("link", name=re.compile("^Reprendre"))).to_have_count(0)
        page.goto(site_url + "index.html")
        expect(page.locator("[data-tut-card]").filter(has_text="FranceConnect")).to_have_count(1)
        expect(page.get_by_text(re.compile("étapes? sur"))).to_have_count(0)
        assert errors == []
    finally:
        context.close()


def test_without_javascript_none_of_the_tools_shows(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + TUTORIAL)
        expect(page.get_by_role("heading", name="Étape 1 : S'identifier")).to_be_visible()
        expect(page.get_by_role("checkbox", name=re.compile("^J'ai fait"))).to_have_count(0)
        for name in ("Mode atelier", "Recommencer le tutoriel", "Étape suivante"):
            expect(page.get_by_text(name, exact=True)).to_be_hidden()
        expect(page.get_by_role("button", name=re.compile("^Écouter"))).to_have_count(0)
    finally:
        context.close()


# Workshop view ----------------------------------------------------------------------


def expect_step(page: Page, number: int) -> None:
    """Only step `number` is shown, and it is announced."""
    title = f"Étape {number} : {STEPS[number - 1]}"
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile("^Étape \\d : "))).to_have_count(1)
    expect(page.locator("[data-tut-announce]")).to_have_text(f"Étape {number} sur 4")
    expect(page.get_by_text(f"Étape {number} sur 4", exact=True).first).to_be_visible()
    assert re.search(f"[?&]atelier=1&etape={number}$", page.url), page.url


def test_workshop_view_by_keyboard_only(page, site_url):
    open_tutorial(page, site_url)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.textContent.trim()") == "Mode atelier":
            break
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_class(re.compile("tut-workshop"))
    expect_step(page, 1)
    expect(page.get_by_role("heading", name="Étape 1 : S'identifier")).to_be_focused()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("button", name="Étape précédente")).to_be_disabled()
    page.keyboard.press("ArrowRight")
    expect_step(page, 2)
    page.keyboard.press("ArrowRight")
    expect_step(page, 3)
    page.keyboard.press("ArrowLeft")
    expect_step(page, 2)
    page.keyboard.press("ArrowRight")
    expect_step(page, 3)
    # Arrow keys typed in a field of the step's screen stay in the field.
    field = page.get_by_role("textbox", name="Numéro de sécurité sociale")
    expect(field).to_have_count(1)  # the practice flow below is hidden
    field.focus()
    page.keyboard.type("123")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowRight")
    expect_step(page, 3)
    expect(field).to_be_focused()
    next_step = page.get_by_role("button", name="Étape suivante")
    next_step.focus()
    page.keyboard.press("Enter")
    expect_step(page, 4)
    expect(next_step).to_be_disabled()
    expect(page.get_by_role("heading", name="Étape 4 : Continuer sur le site FranceConnect")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator("html")).not_to_have_class(re.compile("tut-workshop"))
    expect(page.get_by_role("heading", name=re.compile("^Étape \\d : "))).to_have_count(4)
    expect(page.get_by_role("heading", name="Étape 4 : Continuer sur le site FranceConnect")).to_be_focused()
    assert "atelier" not in page.url and "etape" not in page.url


def test_workshop_view_from_a_bookmark_with_buttons_and_large_type(page, site_url):
    open_tutorial(page, site_url)
    normal = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    open_tutorial(page, site_url, "?atelier=1&etape=3")
    expect_step(page, 3)
    large = page.evaluate("() => parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert large >= normal * 1.25, (normal, large)
    shown = page.get_by_text("Simulation", exact=True).locator("visible=true")
    expect(shown).to_have_count(1)  # the step's screen
    page.get_by_role("button", name="Étape précédente").click()
    expect_step(page, 2)
    page.reload()
    expect_step(page, 2)
    page.get_by_role("button", name="Étape suivante").click()
    expect_step(page, 3)
    expect(page.get_by_role("button", name="Étape suivante")).to_be_focused()
    page.get_by_role("button", name="Quitter le mode atelier").click()
    expect(page.get_by_role("heading", name=re.compile("^Étape \\d : "))).to_have_count(4)
    expect(page.get_by_role("link", name="Mode atelier")).to_be_visible()


def test_axe_finds_nothing_in_the_workshop_view(page, site_url):
    open_tutorial(page, site_url, "?atelier=1&etape=1")
    expect_step(page, 1)
    check_axe(page, "workshop, step 1")
    page.get_by_role("button", name="Étape suivante").click()
    page.get_by_role("button", name="Étape suivante").click()
    expect_step(page, 3)
    check_axe(page, "workshop, step 3")


def test_workshop_view_works_offline_from_the_folder(browser, site):
    context = browser.new_context(locale="fr-FR", offline=True)
    page = context.new_page()
    try:
        page.goto((site / TUTORIAL).as_uri() + "?atelier=1&etape=2")
        expect(page.get_by_role("heading", name="Étape 2 : Choisir un compte")).to_be_visible()
        expect(page.get_by_role("heading", name=re.compile("^Étape \\d : "))).to_have_count(1)
        page.keyboard.press("ArrowRight")
        expect(page.get_by_role("heading", name="Étape 3 : Se connecter")).to_be_visible()
        expect(page.locator("[data-tut-announce]")).to_have_text("Étape 3 sur 4")
    finally:
        context.close()


# Read aloud ---------------------------------------------------------------------------

FAKE_SPEECH = """
(() => {
  const voices = %s;
  window.__spoken = [];
  window.__cancelled = 0;
  window.__voices = voices;
  const events = new EventTarget();
  class FakeUtterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; }
  }
  const fake = {
    speaking: false,
    getVoices: () => window.__voices,
    speak(utterance) {
      window.__spoken.push(utterance);
      this.speaking = true;
    },
    cancel() { window.__cancelled += 1; this.speaking = false; },
    addEventListener: (...args) => events.addEventListener(...args),
    removeEventListener: (...args) => events.removeEventListener(...args),
    dispatchEvent: (event) => events.dispatchEvent(event),
  };
  Object.defineProperty(window, 'speechSynthesis', {configurable: true, value: fake});
  window.SpeechSynthesisUtterance = FakeUtterance;
})();
"""
FRENCH = '[{"lang": "fr-FR", "name": "Voix française", "default": true}]'
ENGLISH = '[{"lang": "en-GB", "name": "English voice", "default": true}]'


def speaking_page(browser, voices: str):
    context = browser.new_context(locale="fr-FR")
    context.add_init_script(FAKE_SPEECH % voices)
    page = context.new_page()
    page.requests_seen = []
    page.on("request", lambda request: page.requests_seen.append(request.url))
    return context, page


def spoken(page: Page) -> list[dict]:
    return page.evaluate(
        "() => window.__spoken.map((u) => ({text: u.text, lang: u.lang,"
        " voice: u.voice && u.voice.name}))")


def test_listen_reads_the_step_in_french_and_stop_stops_it(browser, site_url):
    context, page = speaking_page(browser, FRENCH)
    try:
        open_tutorial(page, site_url)
        buttons = page.get_by_role("button", name=re.compile("^Écouter l'étape \\d$"))
        expect(buttons).to_have_count(4)
        loaded = list(page.requests_seen)
        listen = page.get_by_role("button", name="Écouter l'étape 1")
        expect(listen).to_have_text("Écouter")
        listen.click()
        said = spoken(page)
        assert len(said) == 1
        assert said[0]["lang"] == "fr" and said[0]["voice"] == "Voix française"
        text = said[0]["text"]
        assert text.startswith("Étape 1 : S'identifier\n")
        assert "Puis cliquez sur le bouton S'identifier avec FranceConnect." in text
        assert "Consultez vos droits" not in text  # the mockup's screen is not read
        assert "J'ai fait" not in text and "Écouter" not in text
        stop = page.get_by_role("button", name="Arrêter la lecture de l'étape 1")
        expect(stop).to_have_text("Arrêter")
        expect(stop).to_be_focused()
        check_axe(page, "reading step 1")
        stop.click()
        assert page.evaluate("() => window.__cancelled") >= 1
        expect(page.get_by_role("button", name="Écouter l'étape 1")).to_have_text("Écouter")
        # The end of the reading gives the button back too.
        page.get_by_role("button", name="Écouter l'étape 2").click()
        expect(page.get_by_role("button", name="Arrêter la lecture de l'étape 2")).to_have_count(1)
        page.evaluate("() => window.__spoken.at(-1).dispatchEvent(new Event('end'))")
        expect(page.get_by_role("button", name="Écouter l'étape 2")).to_have_count(1)
        assert spoken(page)[1]["text"].startswith("Étape 2 : Choisir un compte\n")
        assert page.requests_seen == loaded  # no speech service called
    finally:
        context.close()


def test_listen_is_absent_without_a_voice_for_the_language(browser, site_url):
    context, page = speaking_page(browser, ENGLISH)
    try:
        open_tutorial(page, site_url)
        expect(page.get_by_role("checkbox", name=re.compile("^J'ai fait"))).to_have_count(4)
        expect(page.get_by_role("button", name=re.compile("^Écouter"))).to_have_count(0)
        page.goto(site_url + "en/" + TUTORIAL)  # the English page has its voice
        listen = page.get_by_role("button", name="Listen to step 1")
        expect(listen).to_have_count(1)
        listen.click()
        said = spoken(page)
        assert said[0]["lang"] == "en" and said[0]["text"].startswith("Step 1: Identify yourself")
    finally:
        context.close()


def test_listen_appears_when_the_voices_arrive(browser, site_url):
    context, page = speaking_page(browser, "[]")
    try:
        open_tutorial(page, site_url)
        expect(page.get_by_role("button", name=re.compile("^Écouter"))).to_have_count(0)
        page.evaluate(f"() => {{ window.__voices = {FRENCH};"
                      " speechSynthesis.dispatchEvent(new Event('voiceschanged')); }")
        expect(page.get_by_role("button", name=re.compile("^Écouter l'étape"))).to_have_count(4)
    finally:
        context.close()


def test_small_screens_large_targets_and_no_sideways_scrolling(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 320, "height": 700})
    context.add_init_script(FAKE_SPEECH % FRENCH)
    page = context.new_page()
    try:
        open_tutorial(page, site_url)
        step_box(page, 1).check()
        targets = page.locator(".tut-tools__button:visible, .tut-listen:visible, .tut-progress:visible")
        expect(targets).to_have_count(3 + 4 + 4)  # atelier, reprendre, recommencer; 4 + 4
        for target in targets.all():
            box = target.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, target.evaluate("e => e.outerHTML")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
        page.get_by_role("link", name="Mode atelier").click()
        expect(page.locator("html")).to_have_class(re.compile("tut-workshop"))
        for number in range(1, 5):
            expect_step(page, number)
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 320, number
            page.keyboard.press("ArrowRight")
    finally:
        context.close()


def test_moving_to_another_step_stops_the_reading(browser, site_url):
    context, page = speaking_page(browser, FRENCH)
    try:
        open_tutorial(page, site_url, "?atelier=1&etape=1")
        expect_step(page, 1)
        page.get_by_role("button", name="Écouter l'étape 1").click()
        assert page.evaluate("() => window.__cancelled") == 0
        page.get_by_role("button", name="Étape suivante").click()
        expect_step(page, 2)
        assert page.evaluate("() => window.__cancelled") == 1
    finally:
        context.close()
