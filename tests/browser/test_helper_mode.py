"""Helper mode in Chromium: notes for the helper hidden from citizens, shown on demand."""

import pytest
from playwright.sync_api import expect

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"
NOTE_LABELS = [
    "Note pour l'aidant : Avant de commencer",
    "Note pour l'aidant : Erreurs fréquentes",
    "Note pour l'aidant : Le courriel de sécurité n'arrive pas",
]


def switch(page):
    return page.get_by_role("button", name="Mode aidant")


def notes(page):
    return page.locator("aside.tut-helper")


@pytest.fixture
def tutorial(page, site_url):
    page.goto(site_url + TUTORIAL)
    return page


def test_notes_are_hidden_from_the_citizen(tutorial):
    expect(notes(tutorial)).to_have_count(3)
    for index in range(3):
        expect(notes(tutorial).nth(index)).to_be_hidden()
    expect(switch(tutorial)).to_have_attribute("aria-pressed", "false")


def test_switch_by_keyboard_shows_the_named_notes_with_visible_focus(tutorial):
    button = switch(tutorial)
    expect(button).to_have_count(1)
    for _ in range(15):
        tutorial.keyboard.press("Tab")
        if button.evaluate("element => element === document.activeElement"):
            break
    expect(button).to_be_focused()
    outline = button.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline != "none"
    tutorial.keyboard.press("Space")
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(tutorial.get_by_role("note")).to_have_count(3)
    for label in NOTE_LABELS:
        expect(tutorial.get_by_role("note", name=label)).to_be_visible()
    tutorial.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-pressed", "false")
    expect(notes(tutorial).first).to_be_hidden()


def test_helper_mode_is_remembered_across_reload_without_any_request(tutorial):
    tutorial.wait_for_load_state("networkidle")
    before = len(tutorial.requests_seen)
    switch(tutorial).click()
    expect(notes(tutorial).first).to_be_visible()
    assert tutorial.requests_seen[before:] == []
    assert tutorial.evaluate("localStorage.getItem('tut-helper-mode')") == "1"
    tutorial.reload()
    expect(switch(tutorial)).to_have_attribute("aria-pressed", "true")
    expect(notes(tutorial).first).to_be_visible()
    switch(tutorial).click()
    tutorial.reload()
    expect(switch(tutorial)).to_have_attribute("aria-pressed", "false")
    expect(notes(tutorial).first).to_be_hidden()


def test_switch_is_on_every_page_in_both_languages(page, site_url):
    for path, name in [("index.html", "Mode aidant"), ("en/index.html", "Helper mode"),
                       ("en/" + TUTORIAL, "Helper mode")]:
        page.goto(site_url + path)
        expect(page.get_by_role("button", name=name)).to_have_count(1)
        expect(page.get_by_role("button", name=name)).to_be_visible()


def test_query_aidant_turns_helper_mode_on_without_remembering_it(page, site_url):
    page.goto(site_url + TUTORIAL + "?aidant=1")
    expect(notes(page)).to_have_count(3)
    expect(notes(page).first).to_be_visible()
    expect(page.locator("html")).to_have_attribute("data-tut-helper-mode", "")
    assert page.evaluate("localStorage.getItem('tut-helper-mode')") is None


def test_helper_only_elements_follow_helper_mode(tutorial):
    tutorial.evaluate(
        "document.querySelector('.tut-body').insertAdjacentHTML('afterbegin',"
        " '<p class=\"tut-helper-only\">Pour l’aidant seulement</p>')")
    only = tutorial.get_by_text("Pour l’aidant seulement")
    expect(only).to_have_count(1)
    expect(only).to_be_hidden()
    switch(tutorial).click()
    expect(only).to_be_visible()


def test_notes_print_only_in_helper_mode(tutorial):
    tutorial.emulate_media(media="print")
    expect(notes(tutorial)).to_have_count(3)
    expect(notes(tutorial).first).to_be_hidden()
    tutorial.emulate_media(media="screen")
    switch(tutorial).click()
    tutorial.emulate_media(media="print")
    expect(notes(tutorial).first).to_be_visible()


def test_small_screen_switch_keeps_its_name(page, site_url):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + TUTORIAL)
    expect(switch(page)).to_have_count(1)
    expect(switch(page)).to_be_visible()
    box = switch(page).bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, box
    assert box["x"] + box["width"] <= 320, box


@pytest.mark.parametrize("mode", ["off", "on"])
def test_tutorial_has_no_axe_violation_with_helper_mode(tutorial, mode):
    if mode == "on":
        switch(tutorial).click()
        expect(notes(tutorial).first).to_be_visible()
    violations = run_axe(tutorial)
    assert violations == [], describe_violations(violations)
