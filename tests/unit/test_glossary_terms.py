"""The glossary: its schema (messages with lines), the French order, and the treeprocessor
that explains the first use of each term (Markdown in, HTML out; no MkDocs)."""

import markdown
import pytest

from pas_a_pas.core.strings import errors
from pas_a_pas.markdown.glossary import GlossaryExtension, GlossarySettings
from pas_a_pas.markdown.typography import FrenchTypographyExtension
from pas_a_pas.schema import glossary

GLOSSARY = """\
- fr:
    term: identifiant
    variants: [identifiants]
    definition: Le nom qui dit au site qui vous êtes.
  en:
    term: username
    definition: The name that tells the website who you are.
- fr:
    term: mot de passe
    definition: Un code secret.
  en:
    term: password
    definition: A secret code.
- fr:
    term: État
    definition: Le pouvoir public.
  en:
    term: State
    definition: The public power.
"""


def terms(language="fr"):
    parsed = glossary.parse(GLOSSARY, ["fr", "en"], errors())
    assert parsed.problems == []
    return parsed.of(language)


def convert(text, language="fr", used=None, extensions=()):
    settings = GlossarySettings(terms=terms(language), used=(used.extend if used is not None
                                                             else GlossarySettings.used))
    return markdown.markdown(text, extensions=[
        "attr_list", *extensions, GlossaryExtension(settings=lambda: settings)])


def test_the_first_use_only_is_marked_with_its_definition_after_it():
    used = []
    html = convert("Votre identifiant. Un autre identifiant.", used=used)
    assert html == (
        '<p>Votre <span class="tut-term" data-tut-term="identifiant">'
        '<span class="tut-term__word">identifiant</span><span class="tut-term__definition" '
        'data-pagefind-ignore="" id="tut-term-identifiant">Le nom qui dit au site qui vous '
        "êtes.</span></span>. Un autre identifiant.</p>")
    assert used == ["identifiant"]


def test_case_accents_line_breaks_and_variants_do_not_hide_a_term():
    used = []
    html = convert("Proposé par l'Etat, 1 seul Mot de\nPasse, des Identifiants.", used=used)
    assert used == ["etat", "mot-de-passe", "identifiant"]
    assert '<span class="tut-term__word">Mot de\nPasse</span>' in html
    assert '<span class="tut-term__word">Identifiants</span>' in html


def test_a_term_is_a_whole_word():
    used = []
    convert("Les identifiantes et motdepasse.", used=used)
    assert used == []


@pytest.mark.parametrize("text", [
    "# Votre identifiant",
    "[votre identifiant](page.md)",
    "Le code `identifiant`.",
    '<div class="tut-helper" markdown>\nVotre identifiant\n</div>',
    '<div class="tut-mockup" markdown>\nVotre identifiant\n</div>',
])
def test_headings_links_code_helper_notes_and_mockups_are_not_marked(text):
    used = []
    html = convert(text + "\n\nEnfin, votre identifiant.", used=used,
                   extensions=("md_in_html",))
    assert used == ["identifiant"]
    assert html.count("data-tut-term") == 1
    assert '<p>Enfin, votre <span class="tut-term"' in html


def test_the_english_page_gets_the_english_terms():
    used = []
    convert("Your username and password.", language="en", used=used)
    assert used == ["identifiant", "mot-de-passe"]  # one anchor per term, every language


def test_french_typography_spaces_the_definitions_too():
    settings = GlossarySettings(terms=glossary.parse(
        "- fr: {term: FAQ, definition: 'Des réponses ; des questions ?'}\n", ["fr"],
        errors()).of("fr"))
    html = markdown.markdown("La FAQ.", extensions=[
        GlossaryExtension(settings=lambda: settings), FrenchTypographyExtension()])
    assert "Des réponses\u202f; des questions\u202f?" in html


def test_terms_sort_the_french_way_accents_and_case_aside():
    names = ["étude", "Essai", "état", "abeille", "Zèbre", "ébauche", "eau"]
    assert sorted(names, key=glossary.sort_key) == [
        "abeille", "eau", "ébauche", "Essai", "état", "étude", "Zèbre"]
    assert [term.term for term in terms()] == ["État", "identifiant", "mot de passe"]
    assert [letter for letter, _ in glossary.by_letter(terms())] == ["E", "I", "M"]


def problems(text, languages=("fr", "en")):
    return glossary.parse(text, list(languages), errors()).problems


def test_a_term_defined_twice_names_both_lines():
    text = GLOSSARY + "- fr: {term: Identifiant, definition: Encore.}\n  en: {term: id, definition: x}\n"
    assert problems(text) == [(
        "« Identifiant » (fr) est déjà défini à la ligne 1 : un terme n'est défini qu'une "
        "fois ; gardez une seule définition.", 20)]


def test_a_variant_shared_by_two_terms_is_refused():
    text = GLOSSARY + ("- fr: {term: login, variants: [identifiants], definition: x}\n"
                       "  en: {term: login, definition: x}\n")
    assert problems(text) == [(
        "« identifiants » (fr) est à la fois une forme de « identifiant » (ligne 1) et de "
        "« login » : une forme n'appartient qu'à un terme ; retirez-la de l'un des deux.", 20)]


def test_an_empty_definition_and_a_missing_language_are_refused_with_their_line():
    text = ("- fr: {term: compte, definition: ''}\n  en: {term: account, definition: x}\n"
            "- fr: {term: courriel, definition: Un message.}\n")
    assert problems(text) == [
        ("terme n° 1, langue « fr » : « definition » est vide (trouvé un texte vide) ; "
         "écrivez le mot et sa définition, en mots simples.", 1),
        ("terme n° 2 : la langue « en » manque ; chaque terme a son mot et sa définition "
         "dans chaque langue du site.", 3),
    ]


def test_the_site_glossary_is_valid_and_explains_the_franceconnect_words():
    from pathlib import Path
    path = Path(__file__).resolve().parents[2] / "docs" / glossary.FILE
    parsed = glossary.load(path, ["fr", "en"], errors())
    assert parsed.problems == []
    french = {term.term for term in parsed.of("fr")}
    assert len(french) >= 30
    for word in ("fournisseur d'identité", "identifiant", "mot de passe", "code confidentiel",
                 "numéro de sécurité sociale", "compte ameli", "carte Vitale", "FranceConnect",
                 "France Services", "code QR", "application", "navigateur",
                 "adresse électronique", "pré-demande", "timbre fiscal", "mairie"):
        assert word in french
    assert len(parsed.of("en")) == len(french)
