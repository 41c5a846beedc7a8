"""The FranceConnect mockup in Chromium: by mouse, by keyboard, offline, accessible, without JS."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

PRACTICE = "s-entrainer/franceconnect/index.html"
TUTORIAL = "tutoriels/franceconnect.html"
GOOD_NUMBER = "1841275123456"
SCREEN_TEXTS = {  # one text of each screen, from docs/mockups/franceconnect.yml
    "La page d'accueil du site Mes droits sociaux":
        "Consultez vos droits, simulez vos prestations, effectuez vos démarches",
    "Le choix du compte sur FranceConnect":
        "Je choisis un compte pour me connecter sur : mesdroitssociaux.gouv.fr",
    "La connexion avec le compte ameli": "Je me connecte avec mon compte ameli",
    "Le retour vers mesdroitssociaux.gouv.fr": "Continuer sur mesdroitssociaux.gouv.fr",
    "Le mail de sécurité de FranceConnect": "Bon à savoir",
    "La connexion avec le compte impots.gouv.fr (le numéro fiscal)": "Numéro fiscal",
    "La connexion avec le compte impots.gouv.fr (le mot de passe)":
        "Votre numéro fiscal est bien au bon format. Saisissez maintenant votre mot de passe.",
    "Le retour vers mesdroitssociaux.gouv.fr (compte impots.gouv.fr)":
        "Vous êtes connecté avec votre compte impots.gouv.fr",
    "Le mail de sécurité de FranceConnect (compte impots.gouv.fr)":
        "Vous venez de vous connecter au site mesdroitssociaux.gouv.fr via FranceConnect "
        "avec votre compte impots.gouv.fr.",
    "Un autre compte que celui de l'exemple": "Vous avez choisi un autre compte",
}
SCREENS = len(SCREEN_TEXTS)
FISCAL_NUMBER = "3012345678901"
FISCAL_ERROR = "Erreur\u00a0: Le numéro fiscal doit comporter 13 chiffres."


def open_flow(page: Page, site_url: str) -> Locator:
    page.goto(site_url + PRACTICE)
    page.wait_for_load_state("networkidle")
    mockup = page.locator('[data-tut-mockup="flow"]')
    expect(mockup).to_have_class(re.compile("tut-mockup--live"))
    return mockup


def screen_heading(mockup: Locator, number: int) -> Locator:
    return mockup.get_by_role("heading", name=re.compile(f"^Écran {number} sur {SCREENS} :"))


def expect_screen(mockup: Locator, number: int) -> None:
    """Only screen `number` is shown, its heading has the focus, the change is announced."""
    heading = screen_heading(mockup, number)
    expect(heading).to_be_visible()
    expect(heading).to_be_focused()
    expect(mockup.get_by_role("status")).to_have_text(
        re.compile(f"^Écran {number} sur {SCREENS} :"))
    expect(mockup.get_by_role("heading", name=re.compile(f"^Écran \\d+ sur {SCREENS}"))
           ).to_have_count(1)


def test_whole_journey_by_mouse(page, site_url):
    mockup = open_flow(page, site_url)
    expect(screen_heading(mockup, 1)).to_be_visible()
    expect(mockup.get_by_text("Simulation", exact=True)).to_be_visible()
    expect(mockup.get_by_role("button", name="Retour")).to_be_hidden()
    mockup.get_by_role("button", name="Qu'est-ce que FranceConnect ?").click()
    expect(mockup.get_by_text("FranceConnect est un système d'identification")).to_be_visible()
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    expect_screen(mockup, 2)
    mockup.get_by_label("Se souvenir de mon choix").check()
    mockup.get_by_role("button", name="Alicem").click()
    expect_screen(mockup, SCREENS)
    mockup.get_by_role("button", name="Revenir au choix du compte").click()
    expect_screen(mockup, 2)
    mockup.get_by_role("button", name="l'Assurance Maladie").click()
    expect_screen(mockup, 3)
    where = mockup.get_by_role("button", name="Où trouver mon numéro de sécurité sociale ?")
    expect(where).to_have_attribute("aria-expanded", "false")
    expect(mockup.get_by_text("carte Vitale")).to_be_hidden()
    where.click()
    expect(where).to_have_attribute("aria-expanded", "true")
    expect(mockup.get_by_text("carte Vitale")).to_be_visible()
    mockup.get_by_label("Numéro de sécurité sociale").fill("1 84 12 75 123 456")
    code = mockup.get_by_label("Code confidentiel")
    code.fill("exemple")
    expect(code).to_have_attribute("type", "password")
    mockup.get_by_role("button", name="Afficher le mot de passe").click()
    expect(code).to_have_attribute("type", "text")
    mockup.get_by_role("button", name="Masquer le mot de passe").click()
    expect(code).to_have_attribute("type", "password")
    mockup.get_by_role("button", name="Me connecter").click()
    expect_screen(mockup, 4)
    mockup.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    expect_screen(mockup, 5)
    expect(mockup.get_by_text("Bon à savoir").locator("visible=true")).to_have_count(1)
    mockup.get_by_role("button", name="Retour").click()
    expect_screen(mockup, 4)


def tab_to(page: Page, name: str, *, backwards: bool = False, limit: int = 60) -> None:
    """Press Tab (or Shift+Tab) until the focused element is named `name`."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement;"
            " return (e.labels && e.labels[0] ? e.labels[0].textContent : e.textContent).trim() }"
        )
        # Whitespace aside: French typography puts no-break spaces in the names.
        if focused.split() == name.split():
            return
    raise AssertionError(f"'{name}' cannot be reached with the keyboard")


def press_on(page: Page, name: str, key: str = "Enter", *, backwards: bool = False) -> None:
    """Tab to the control named `name`, then press `key` on it."""
    tab_to(page, name, backwards=backwards)
    page.keyboard.press(key)


def test_whole_journey_by_keyboard_only(page, site_url):
    mockup = open_flow(page, site_url)
    press_on(page, "Qu'est-ce que FranceConnect ?", "Space")
    expect(mockup.get_by_text("FranceConnect est un système d'identification")).to_be_visible()
    press_on(page, "S'identifier avec FranceConnect", backwards=True)
    expect_screen(mockup, 2)
    press_on(page, "Alicem")
    expect_screen(mockup, SCREENS)
    press_on(page, "Revenir au choix du compte", "Space")
    expect_screen(mockup, 2)
    press_on(page, "Se souvenir de mon choix", "Space")
    expect(mockup.get_by_label("Se souvenir de mon choix")).to_be_checked()
    press_on(page, "l'Assurance Maladie", backwards=True)
    expect_screen(mockup, 3)
    page.keyboard.press("Tab")
    number = mockup.get_by_label("Numéro de sécurité sociale")
    expect(number).to_be_focused()
    page.keyboard.type("12345")
    page.keyboard.press("Enter")  # submits the form: the number is checked
    expect(number).to_be_focused()
    expect(number).to_have_attribute("aria-invalid", "true")
    page.keyboard.press("Control+A")
    page.keyboard.type(GOOD_NUMBER)
    page.keyboard.press("Tab")
    expect(mockup.get_by_label("Code confidentiel")).to_be_focused()
    page.keyboard.type("exemple")
    press_on(page, "Afficher le mot de passe")
    expect(mockup.get_by_label("Code confidentiel")).to_have_attribute("type", "text")
    press_on(page, "Me connecter")
    expect_screen(mockup, 4)
    press_on(page, "Continuer sur mesdroitssociaux.gouv.fr")
    expect_screen(mockup, 5)
    press_on(page, "Recommencer", backwards=True)
    expect_screen(mockup, 1)


def test_a_wrong_number_shows_the_error_tied_to_the_field_and_takes_the_focus(page, site_url):
    mockup = open_flow(page, site_url)
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    mockup.get_by_role("button", name="l'Assurance Maladie").click()
    number = mockup.get_by_label("Numéro de sécurité sociale")
    error = "Erreur\u00a0: Le numéro de sécurité sociale doit contenir 13 chiffres, sans les 2 derniers."
    shown = mockup.locator(".tut-mockup__error", has_text=error)
    expect(shown).to_be_hidden()
    expect(number).not_to_have_attribute("aria-invalid", "true")
    number.fill("18412751234567")  # 14 digits
    mockup.get_by_label("Code confidentiel").fill("exemple")
    mockup.get_by_role("button", name="Me connecter").click()
    expect(shown).to_be_visible()
    expect(number).to_be_focused()
    expect(number).to_have_attribute("aria-invalid", "true")
    expect(number).to_have_accessible_description(re.compile(re.escape(error)))
    expect(mockup.get_by_role("status")).to_have_text(error)
    expect(screen_heading(mockup, 3)).to_be_visible()
    number.fill("18412 7512 3456")  # 13 digits, spaces are fine
    mockup.get_by_role("button", name="Me connecter").click()
    expect_screen(mockup, 4)
    expect(number).not_to_have_attribute("aria-invalid", "true")


def test_recommencer_returns_to_the_first_screen_and_forgets_what_was_typed(page, site_url):
    mockup = open_flow(page, site_url)
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    mockup.get_by_role("button", name="l'Assurance Maladie").click()
    mockup.get_by_label("Numéro de sécurité sociale").fill("12")
    mockup.get_by_role("button", name="Me connecter").click()
    mockup.get_by_role("button", name="Recommencer").click()
    expect_screen(mockup, 1)
    expect(mockup.get_by_role("button", name="Retour")).to_be_hidden()
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    mockup.get_by_role("button", name="l'Assurance Maladie").click()
    number = mockup.get_by_label("Numéro de sécurité sociale")
    expect(number).to_have_value("")
    expect(number).not_to_have_attribute("aria-invalid", "true")
    errors = mockup.locator(".tut-mockup__error")
    expect(errors).to_have_count(4)  # in the markup (ameli and impots.gouv.fr), all hidden
    for error in errors.all():
        expect(error).to_be_hidden()


def test_no_request_leaves_the_page_during_the_journey(page, site_url):
    mockup = open_flow(page, site_url)
    loaded = list(page.requests_seen)
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    mockup.get_by_label("Se souvenir de mon choix").check()
    mockup.get_by_role("button", name="l'Assurance Maladie").click()
    mockup.get_by_label("Numéro de sécurité sociale").fill("123")
    mockup.get_by_role("button", name="Me connecter").click()
    mockup.get_by_label("Numéro de sécurité sociale").fill(GOOD_NUMBER)
    mockup.get_by_label("Code confidentiel").fill("exemple")
    mockup.get_by_label("Code confidentiel").press("Enter")
    mockup.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    expect_screen(mockup, 5)
    mockup.get_by_role("button", name="Recommencer").click()
    page.wait_for_timeout(300)
    assert page.requests_seen == loaded
    assert page.url == site_url + PRACTICE  # no submission, not even to the page itself
    assert page.context.cookies() == []
    stored = page.evaluate("() => JSON.stringify([{...localStorage}, {...sessionStorage}])")
    assert GOOD_NUMBER not in stored and "exemple" not in stored
    assert all(origin.startswith(site_url) for origin in loaded)


def check_axe(page: Page, state: str) -> None:
    """No violation inside the mockups (the rest of the page is checked by its own tests)."""
    page.evaluate("() => Promise.all(document.getAnimations().map((a) => a.finished))")
    violations = run_axe(page, include="[data-tut-mockup]")
    assert violations == [], f"{state}:\n{describe_violations(violations)}"


def test_axe_finds_nothing_on_any_screen_state(page, site_url):
    mockup = open_flow(page, site_url)
    check_axe(page, "screen 1")
    mockup.get_by_role("button", name="Qu'est-ce que FranceConnect ?").click()
    check_axe(page, "screen 1, explanation open")
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    check_axe(page, "screen 2")
    mockup.get_by_role("button", name="Alicem").click()
    check_axe(page, "screen 10 (another account)")
    mockup.get_by_role("button", name="Revenir au choix du compte").click()
    mockup.get_by_role("button", name="l'Assurance Maladie").click()
    check_axe(page, "screen 3")
    mockup.get_by_role("button", name="Me connecter").click()
    check_axe(page, "screen 3, errors shown")
    mockup.get_by_role("button", name="Où trouver mon numéro de sécurité sociale ?").click()
    mockup.get_by_role("button", name="Afficher le mot de passe").click()
    check_axe(page, "screen 3, explanation and password shown")
    mockup.get_by_label("Numéro de sécurité sociale").fill(GOOD_NUMBER)
    mockup.get_by_label("Code confidentiel").fill("exemple")
    mockup.get_by_role("button", name="Me connecter").click()
    check_axe(page, "screen 4")
    mockup.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    check_axe(page, "screen 5")


def test_axe_finds_nothing_on_the_tutorial_with_its_screens(page, site_url):
    page.goto(site_url + TUTORIAL)
    expect(page.locator('[data-tut-mockup="single"]').first).to_have_class(re.compile("live"))
    check_axe(page, "tutorial")


def test_a_single_screen_in_a_step_says_where_its_buttons_lead(page, site_url):
    page.goto(site_url + TUTORIAL)
    step = page.locator("section.tut-step").first
    step.get_by_role("button", name="S'identifier avec FranceConnect").click()
    expect(step.get_by_role("status")).to_have_text(
        "Dans le parcours complet, ce bouton mène à l'écran "
        "« Le choix du compte sur FranceConnect ».")
    expect(step.get_by_role("link", name="S'entraîner sur tout le parcours")).to_have_attribute(
        "href", "../s-entrainer/franceconnect/index.html")


def test_without_javascript_every_screen_is_readable(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + PRACTICE)
        mockup = page.locator('[data-tut-mockup="flow"]')
        for number, (title, text) in enumerate(SCREEN_TEXTS.items(), 1):
            heading = f"Écran {number} sur {SCREENS} : {title}"
            expect(mockup.get_by_role("heading", name=heading)).to_be_visible()
            expect(mockup.get_by_text(text, exact=True).first).to_be_visible()
        expect(mockup.get_by_text("carte Vitale")).to_be_visible()
        expect(mockup.get_by_label("Numéro de sécurité sociale")).to_be_disabled()
        expect(mockup.get_by_role("button", name="Recommencer")).to_be_hidden()
    finally:
        context.close()


def test_print_shows_every_screen(page, site_url):
    mockup = open_flow(page, site_url)
    page.emulate_media(media="print")
    for number in range(1, SCREENS + 1):
        expect(screen_heading(mockup, number)).to_be_visible()
    expect(mockup.get_by_role("button", name="Recommencer")).to_be_hidden()


def test_small_screens_large_targets_and_reduced_motion(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 700}, reduced_motion="reduce")
    page = context.new_page()
    try:
        mockup = open_flow(page, site_url)
        mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
        mockup.get_by_role("button", name="l'Assurance Maladie").click()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 320
        window = mockup.locator(".tut-mockup__window:visible")
        assert window.evaluate("e => getComputedStyle(e).animationName") == "none"
        targets = mockup.locator("button:visible, input:visible:not([type=checkbox]), a:visible")
        assert targets.count() >= 3, "the sign-in screen's fields and buttons were not found"
        for target in targets.all():
            box = target.bounding_box()
            assert box["width"] >= 44 and box["height"] >= 44, target.evaluate("e => e.outerHTML")
    finally:
        context.close()


@pytest.fixture(scope="session")
def fixture_url(served) -> str:
    """A small fixture site: a scenario with links and a fixed-length field."""
    return served("mockup-valid/mkdocs.yml")


def test_links_lead_to_screens_and_fixed_lengths_are_checked(page, fixture_url):
    page.goto(fixture_url + "index.html")
    single, flow = page.locator('[data-tut-mockup="single"]'), page.locator('[data-tut-mockup="flow"]')
    expect(single.get_by_role("link", name="Aller directement à la fin")).to_have_attribute(
        "href", "s-entrainer/essai/index.html#tut-mockup-1-fin")
    expect(flow).to_have_class(re.compile("tut-mockup--live"))
    flow.get_by_role("link", name="Aller directement à la fin").click()
    expect(flow.get_by_role("heading", level=2, name="Écran 2 sur 2 : La fin")).to_be_focused()
    assert page.url == fixture_url + "index.html"
    flow.get_by_role("link", name="Revenir au début").click()
    code = flow.get_by_label("Code d'accès")
    code.fill("1234567")
    code.press("Enter")
    expect(code).to_have_attribute("aria-invalid", "true")
    expect(code).to_have_accessible_description("Erreur : Le code d'accès compte 8 caractères.")
    code.fill("ABCD 1234")  # spaces do not count
    code.press("Enter")
    expect(flow.get_by_role("heading", name="Écran 2 sur 2 : La fin")).to_be_focused()


# The impots.gouv.fr account: numéro fiscal first, then the password on its own screen.


def choose_impots(mockup: Locator) -> Locator:
    mockup.get_by_role("button", name="S'identifier avec FranceConnect").click()
    mockup.get_by_role("button", name="impots.gouv.fr").click()
    expect_screen(mockup, 6)
    return mockup.get_by_label("Numéro fiscal")


def test_impots_journey_by_mouse(page, site_url):
    mockup = open_flow(page, site_url)
    number = choose_impots(mockup)
    expect(mockup.get_by_text("Simulation", exact=True)).to_be_visible()
    expect(mockup.get_by_role("heading", name="Connexion ou création de votre espace particulier")).to_have_count(1)
    where = mockup.get_by_role("button", name="Où trouver mon numéro fiscal ?")
    expect(where).to_have_attribute("aria-expanded", "false")
    where.click()
    expect(mockup.get_by_text("première page de votre déclaration de revenus")).to_be_visible()
    shown = mockup.locator(".tut-mockup__error", has_text=FISCAL_ERROR)
    expect(shown).to_be_hidden()
    number.fill("301234567890")  # 12 digits
    mockup.get_by_role("button", name="Continuer", exact=True).click()
    expect(shown).to_be_visible()
    expect(number).to_be_focused()
    expect(number).to_have_attribute("aria-invalid", "true")
    expect(number).to_have_accessible_description(re.compile(re.escape(FISCAL_ERROR)))
    expect(mockup.get_by_role("status")).to_have_text(FISCAL_ERROR)
    number.fill("301 234 567 890 1")  # 13 digits, spaces are fine
    mockup.get_by_role("button", name="Continuer", exact=True).click()
    expect_screen(mockup, 7)
    forgot = mockup.get_by_role("button", name="Mot de passe oublié ?")
    forgot.click()
    expect(forgot).to_have_attribute("aria-expanded", "true")
    expect(mockup.get_by_text("choisir un nouveau mot de passe")).to_be_visible()
    password = mockup.get_by_label("Mot de passe", exact=True)
    expect(password).to_have_attribute("type", "password")
    mockup.get_by_role("button", name="Se connecter").click()  # empty: an error
    expect(password).to_be_focused()
    expect(password).to_have_attribute("aria-invalid", "true")
    expect(mockup.get_by_role("status")).to_have_text("Erreur\u00a0: Indiquez votre mot de passe.")
    password.fill("exemple")
    mockup.get_by_role("button", name="Afficher le mot de passe").click()
    expect(password).to_have_attribute("type", "text")
    mockup.get_by_role("button", name="Se connecter").click()
    expect_screen(mockup, 8)
    expect(mockup.get_by_text("Vous êtes connecté avec votre compte impots.gouv.fr")).to_be_visible()
    mockup.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    expect_screen(mockup, 9)
    expect(mockup.get_by_text("avec votre compte impots.gouv.fr.")).to_be_visible()
    mockup.get_by_role("button", name="Retour").click()
    expect_screen(mockup, 8)


def test_impots_journey_by_keyboard_only(page, site_url):
    mockup = open_flow(page, site_url)
    press_on(page, "S'identifier avec FranceConnect")
    expect_screen(mockup, 2)
    press_on(page, "impots.gouv.fr")
    expect_screen(mockup, 6)
    page.keyboard.press("Tab")
    number = mockup.get_by_label("Numéro fiscal")
    expect(number).to_be_focused()
    page.keyboard.type("12345678901234")  # 14 digits
    page.keyboard.press("Enter")
    expect(number).to_be_focused()
    expect(number).to_have_attribute("aria-invalid", "true")
    expect(mockup.get_by_role("status")).to_have_text(FISCAL_ERROR)
    page.keyboard.press("Control+A")
    page.keyboard.type(FISCAL_NUMBER)
    page.keyboard.press("Enter")
    expect_screen(mockup, 7)
    press_on(page, "Mot de passe")
    page.keyboard.type("exemple")
    page.keyboard.press("Enter")
    expect_screen(mockup, 8)
    press_on(page, "Continuer sur mesdroitssociaux.gouv.fr", "Space")
    expect_screen(mockup, 9)
    press_on(page, "Recommencer", backwards=True)
    expect_screen(mockup, 1)


def test_impots_journey_sends_and_keeps_nothing(page, site_url):
    mockup = open_flow(page, site_url)
    loaded = list(page.requests_seen)
    number = choose_impots(mockup)
    number.fill("123")
    number.press("Enter")
    number.fill(FISCAL_NUMBER)
    number.press("Enter")
    mockup.get_by_label("Mot de passe", exact=True).fill("exemple")
    mockup.get_by_label("Mot de passe", exact=True).press("Enter")
    mockup.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    expect_screen(mockup, 9)
    page.wait_for_timeout(300)
    assert page.requests_seen == loaded
    assert page.url == site_url + PRACTICE
    assert page.context.cookies() == []
    stored = page.evaluate("() => JSON.stringify([{...localStorage}, {...sessionStorage}])")
    assert FISCAL_NUMBER not in stored and "exemple" not in stored
    fields = mockup.locator("#tut-mockup-1-impots input, #tut-mockup-1-impots-mot-de-passe input")
    expect(fields).to_have_count(2)
    for field in fields.all():
        expect(field).to_have_attribute("autocomplete", "off")
        expect(field).not_to_have_attribute("name", re.compile(".*"))


def test_axe_finds_nothing_on_the_impots_screens(page, site_url):
    mockup = open_flow(page, site_url)
    number = choose_impots(mockup)
    check_axe(page, "screen 6")
    mockup.get_by_role("button", name="Continuer", exact=True).click()
    mockup.get_by_role("button", name="Où trouver mon numéro fiscal ?").click()
    check_axe(page, "screen 6, error and explanation shown")
    number.fill(FISCAL_NUMBER)
    mockup.get_by_role("button", name="Continuer", exact=True).click()
    check_axe(page, "screen 7")
    mockup.get_by_role("button", name="Se connecter").click()
    mockup.get_by_role("button", name="Afficher le mot de passe").click()
    check_axe(page, "screen 7, error and password shown")
    mockup.get_by_label("Mot de passe", exact=True).fill("exemple")
    mockup.get_by_role("button", name="Se connecter").click()
    check_axe(page, "screen 8")
    mockup.get_by_role("button", name="Continuer sur mesdroitssociaux.gouv.fr").click()
    check_axe(page, "screen 9")
