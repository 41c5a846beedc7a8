"""The authoring checks, as plain Python-Markdown (no MkDocs): Markdown in, messages out."""

import markdown
import pytest

from pas_a_pas.markdown.authoring import AuthoringError, AuthoringExtension, AuthoringSettings
from pas_a_pas.markdown.mockups import MockupExtension, MockupSettings
from pas_a_pas.markdown.steps import StepExtension, StepSettings


def reports(text: str, **settings) -> list[tuple[str, int | None]]:
    found: list[tuple[str, int | None]] = []
    checks = AuthoringSettings(report=lambda message, line=None: found.append((message, line)),
                               **settings)
    mockups = MockupSettings(render=lambda request: "<p>mockup</p>")
    markdown.markdown(text, extensions=[
        StepExtension(settings=lambda: StepSettings(report=lambda message: None)),
        MockupExtension(settings=lambda: mockups),
        AuthoringExtension(settings=lambda: checks),
        "pymdownx.superfences", "toc",
    ])
    return found


def test_a_correct_tutorial_has_nothing_to_report():
    text = ("/// step | Un\nTexte et [le site impots.gouv.fr](https://impots.gouv.fr).\n\n"
            "### Détail\n\n![L'écran d'accueil](https://exemple.fr/a.png)\n///\n")
    assert reports(text, tutorial=True) == []


def test_an_unknown_block_is_reported_with_its_line_and_the_closest_name():
    assert reports("Texte.\n\n/// stpe | Un\nx\n///\n", first_line=7) == [(
        "bloc inconnu « /// stpe » (vouliez-vous dire « step » ?) : les blocs possibles sont "
        "mockup, step. Sinon le texte s'afficherait tel quel.", 9)]


def test_an_unknown_option_is_reported_with_the_options_of_the_block():
    assert reports("/// mockup | essai\n    levle: 2\n///\n") == [(
        "bloc « mockup » : option inconnue « levle » (vouliez-vous dire « level » ?) ; les "
        "options de ce bloc sont screen, level, attrs. Une option inconnue ferait ignorer le "
        "bloc.", 2)]


def test_a_block_never_closed_is_reported_at_its_opening_line():
    assert reports("/// step | Un\nx\n\n/// step | Deux\ny\n///\n") == [(
        "bloc « step » jamais fermé : ajoutez une ligne « /// » à la fin du bloc.", 1)]


def test_blocks_in_code_fences_are_not_checked():
    assert reports("```markdown\n/// stpe | Exemple\n```\n") == []


def test_headings_of_a_tutorial_start_below_its_title_and_skip_no_level():
    found = [message for message, _ in reports(
        "# Encore un titre\n\n/// step | Un\n#### Trop bas\n///\n", tutorial=True)]
    assert found == [
        "titre de niveau 1 « Encore un titre » dans un tutoriel : le titre du tutoriel vient "
        "déjà de l'en-tête (title). Écrivez « ## Encore un titre » pour une partie.",
        "titre « Trop bas » de niveau 4 après un titre de niveau 2 : un niveau est sauté. "
        "Attendu au plus le niveau 3 (« ### »).",
    ]


def test_headings_of_other_pages_are_left_alone():
    assert reports("# Titre\n\n#### Bas\n") == []


def test_an_image_needs_a_description_and_its_file():
    found = [message for message, _ in reports(
        "![](a.png)\n\n![Un écran](b.png)\n", image_exists=lambda src: src == "a.png")]
    assert found == [
        "image « a.png » sans texte de remplacement : décrivez ce qu'elle montre, "
        "« ![Description de l'image](a.png) ».",
        "image « b.png » introuvable : aucun fichier b.png sous docs/. Vérifiez le nom et le "
        "dossier du fichier.",
    ]


@pytest.mark.parametrize("text", ["ici", "Cliquez ici", "en savoir plus…", "Lien", "ICI !"])
def test_a_link_text_that_does_not_say_where_it_leads_is_reported(text):
    (message, _), = reports(f"Le formulaire : [{text}](https://exemple.fr/).\n")
    assert message.startswith(f"lien « {text} » vers https://exemple.fr/ : ce texte ne dit pas")


def test_standalone_use_raises_with_the_line():
    with pytest.raises(AuthoringError) as error:
        markdown.markdown("/// step | Un\nx\n", extensions=[StepExtension(), AuthoringExtension()])
    assert str(error.value) == (
        "1: bloc « step » jamais fermé : ajoutez une ligne « /// » à la fin du bloc.")
