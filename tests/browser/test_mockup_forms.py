"""The form elements of a practice journey in Chromium, on one page walked through many
states (tests/fixtures/mockup-valid/docs/mockups/formulaire.yml): by mouse and keyboard,
with errors said the accessible way, values kept for the recap, no request, axe 0."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from conftest import describe_violations, run_axe

pytestmark = pytest.mark.browser

SCREENS = 7


def fr(text: str) -> str:
    """A French text as the page writes it: a no-break space before a colon."""
    return text.replace(" :", "\u00a0:")


@pytest.fixture(scope="session")
def forms_url(served) -> str:
    return served("mockup-valid/mkdocs.yml")


def heading(mockup: Locator, number: int) -> Locator:
    return mockup.get_by_role("heading", name=re.compile(f"^Écran {number} sur {SCREENS} :"))


def expect_screen(mockup: Locator, number: int) -> None:
    expect(heading(mockup, number)).to_be_focused()
    expect(mockup.get_by_role("heading", name=re.compile(f"^Écran \\d+ sur {SCREENS}"))
           ).to_have_count(1)


def no_violations(page: Page, state: str) -> None:
    violations = run_axe(page, include="[data-tut-mockup=flow]")
    assert violations == [], f"{state}: {describe_violations(violations)}"


def expect_error(control: Locator, text: str) -> None:
    expect(control).to_have_attribute("aria-invalid", "true")
    expect(control).to_have_accessible_description(re.compile(re.escape(fr(f"Erreur : {text}"))))


def test_a_form_journey_by_mouse_and_keyboard(page: Page, forms_url):
    page.goto(forms_url + "formulaire.html")
    mockup = page.locator("[data-tut-mockup=flow]")
    expect(mockup).to_have_class(re.compile("tut-mockup--live"))
    before = list(page.requests_seen)
    status = mockup.get_by_role("status")

    # The cookie banner: customised, then refused; "Recommencer" brings it back; accepted.
    banner = mockup.get_by_role("group", name="À propos des cookies sur Service d'essai")
    expect(banner).to_be_visible()
    no_violations(page, "banner")
    mockup.get_by_role("button", name="Personnaliser").click()
    switches = banner.get_by_role("switch")
    expect(switches).to_have_count(2)
    switches.first.check()
    no_violations(page, "banner customised")
    banner.get_by_role("button", name="Tout refuser").focus()
    page.keyboard.press("Enter")
    expect(banner).to_be_hidden()
    expect_screen(mockup, 1)
    expect(status).to_have_text(re.compile("rien n'est enregistré"))
    mockup.get_by_role("button", name="Recommencer").click()
    expect(banner).to_be_visible()
    banner.get_by_role("button", name="Tout accepter").click()
    expect(banner).to_be_hidden()

    # A required choice, then branching by the chosen answer (keyboard: arrows choose).
    start = mockup.get_by_role("button", name="Commencer", exact=True)
    start.click()
    first = mockup.get_by_role("radio", name="Pour moi")
    expect(first).to_be_focused()
    expect_error(first, "Indiquez pour qui vous faites la demande.")
    no_violations(page, "choice error")
    page.keyboard.press("ArrowDown")
    minor = mockup.get_by_role("radio", name="Pour un enfant mineur")
    expect(minor).to_be_checked()
    expect(first).not_to_be_checked()
    expect(first).not_to_have_attribute("aria-invalid", "true")
    page.keyboard.press("Enter")
    expect_screen(mockup, 2)
    mockup.get_by_role("button", name="Revenir à l'accueil").click()
    expect_screen(mockup, 1)
    first.check()
    start.click()
    expect_screen(mockup, 3)
    expect(status).to_have_text(re.compile("Étape 1 sur 3 : Votre identité$"))

    # Dates: missing, impossible (31/02), then real; a required list.
    name, day = mockup.get_by_label("Nom"), mockup.get_by_label("Jour")
    month, year = mockup.get_by_label("Mois"), mockup.get_by_label("Année")
    country = mockup.get_by_label("Pays de naissance")
    name.fill("Martin")
    name.press("Enter")
    expect_error(day, "Indiquez votre date de naissance.")
    expect_error(country, "Choisissez votre pays de naissance.")
    expect(day).to_be_focused()
    day.fill("31")
    month.fill("02")
    year.fill("1990")
    year.press("Enter")
    expect_error(day, "Cette date n'existe pas : vérifiez le jour, le mois et l'année.")
    expect_error(year, "Cette date n'existe pas")
    no_violations(page, "date errors")
    day.fill("14")
    month.fill("7")
    country.select_option("Belgique")
    mockup.get_by_role("button", name="Continuer").click()
    expect_screen(mockup, 4)

    # A file: its name shown, a wrong type refused; the file is never read.
    upload = mockup.get_by_label("Photo d'identité")
    upload.set_input_files({"name": "notes.txt", "mimeType": "text/plain", "buffer": b"x"})
    expect(mockup.get_by_text(fr("Fichier choisi : notes.txt"))).to_be_visible()
    expect_error(upload, "Ce type de fichier n'est pas accepté. Formats acceptés : JPG, PNG.")
    no_violations(page, "file error")
    upload.set_input_files({"name": "photo.JPG", "mimeType": "image/jpeg", "buffer": b"x"})
    expect(mockup.get_by_text(fr("Fichier choisi : photo.JPG"))).to_be_visible()
    expect(upload).not_to_have_attribute("aria-invalid", "true")
    mockup.get_by_role("button", name="Continuer").click()
    expect_screen(mockup, 5)

    # The SMS and its code: a wrong code, then the right one.
    expect(mockup.get_by_text("Votre code de confirmation est 123456 (exemple).")).to_be_visible()
    code = mockup.get_by_label("Code reçu par SMS")
    code.fill("654321")
    code.press("Enter")
    expect_error(code, "Le code saisi est incorrect.")
    expect(status).to_have_text(fr("Erreur : Le code saisi est incorrect."))
    code.fill("123 456")
    code.press("Enter")
    expect_screen(mockup, 6)

    # The recap lists the values by label; "Modifier" keeps them; back to the recap.
    recap = mockup.get_by_role("group", name="Vérifiez vos informations")
    values = {"Nom": "Martin", "Date de naissance": "14/07/1990",
              "Pays de naissance": "Belgique", "Photo d'identité": "photo.JPG"}
    expect(recap.locator("dt")).to_have_count(len(values))
    for label, value in values.items():
        expect(recap.locator("div", has=page.locator(f'dt:text-is("{label}")')).locator("dd")
               ).to_have_text(value)
    no_violations(page, "recap")
    recap.get_by_role("button", name="Modifier").click()
    expect_screen(mockup, 3)
    expect(name).to_have_value("Martin")
    expect(day).to_have_value("14")
    expect(country).to_have_value("Belgique")
    name.fill("Martin-Dupont")
    mockup.get_by_role("button", name="Continuer").click()
    mockup.get_by_role("button", name="Continuer").click()
    mockup.get_by_role("button", name="Valider").click()
    expect_screen(mockup, 6)
    expect(recap.locator("dd").first).to_have_text("Martin-Dupont")
    mockup.get_by_role("button", name="Confirmer").click()

    # The receipt, then "Recommencer" clears every value.
    expect_screen(mockup, 7)
    receipt = mockup.get_by_role("group", name="Votre demande est enregistrée")
    expect(receipt).to_contain_text(fr("Numéro de demande : ESSAI-0001 (exemple)"))
    expect(receipt.get_by_role("button", name="Imprimer")).to_be_visible()
    no_violations(page, "receipt")
    mockup.get_by_role("button", name="Recommencer").click()
    expect_screen(mockup, 1)
    expect(first).not_to_be_checked()
    assert mockup.evaluate("root => [...root.querySelectorAll('input:not([type=radio])"
                           ":not([type=checkbox]), select')].every(e => !e.value)")
    assert page.requests_seen == before, "the journey made a request"
    assert mockup.evaluate("root => !root.querySelector('[name]')")


def test_the_english_page_and_print_show_static_screens(page: Page, forms_url):
    page.goto(forms_url + "en/s-entrainer/formulaire/index.html")
    mockup = page.locator("[data-tut-mockup=flow]")
    expect(mockup).to_have_class(re.compile("tut-mockup--live"))
    expect(mockup.get_by_role("heading", name=re.compile("^Screen 1 of 7"))).to_be_visible()
    expect(mockup.get_by_role("button", name="Tout refuser")).to_be_visible()
    page.emulate_media(media="print")
    expect(mockup.locator(".tut-mockup__screen")).to_have_count(SCREENS)
    assert mockup.locator(".tut-mockup__screen:visible").count() == SCREENS
    expect(mockup.get_by_role("button", name="Imprimer")).to_be_hidden()
