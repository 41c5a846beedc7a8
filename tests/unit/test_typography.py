"""French typography: the pure function and the Markdown treeprocessor (no MkDocs)."""

import markdown
import pytest

from pas_a_pas.markdown.typography import FrenchTypographyExtension, french_spacing, is_french

N = "\u202f"  # narrow no-break space
B = "\u00a0"  # no-break space


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en ligne ?", f"en ligne{N}?"),
        ("en ligne?", f"en ligne{N}?"),
        ("Attention !", f"Attention{N}!"),
        ("un ; deux", f"un{N}; deux"),
        ("un; deux", f"un{N}; deux"),
        ("Durée : 10 minutes", f"Durée{B}: 10 minutes"),
        ("« Me connecter »", f"«{N}Me connecter{N}»"),
        ("«Me connecter»", f"«{N}Me connecter{N}»"),
        (f"déjà{B}?", f"déjà{N}?"),
        ("Quoi ?!", f"Quoi{N}?!"),
    ],
)
def test_french_signs_get_their_no_break_space(text, expected):
    assert french_spacing(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "à 10:30 précises",
        "un rapport 1:1",
        "http://x.fr",
        "https://www.example.fr/page?id=1&x=2;y",
        "www.impots.gouv.fr/aide?sujet=compte",
        "écrivez à aide@exemple.fr",
        "Durée:",
        "",
    ],
)
def test_addresses_times_and_colons_without_space_are_untouched(text):
    assert french_spacing(text) == text


def test_character_references_are_untouched():
    assert french_spacing("Clic&amp;Connect ?") == f"Clic&amp;Connect{N}?"
    assert french_spacing("a&#39;b") == "a&#39;b"


def test_spacing_is_idempotent():
    text = "Vous souhaitez ? « Oui » : d'accord ; merci ! http://x.fr/?a"
    once = french_spacing(text)
    assert french_spacing(once) == once
    assert once == f"Vous souhaitez{N}? «{N}Oui{N}»{B}: d'accord{N}; merci{N}! http://x.fr/?a"


def test_is_french_reads_the_language_code():
    assert is_french("fr") and is_french("fr-CA") and is_french("fr_BE")
    assert not is_french("en") and not is_french("") and not is_french("fy")


def render(text: str, french: bool = True) -> str:
    extension = FrenchTypographyExtension(enabled=lambda: french)
    return markdown.markdown(text, extensions=[extension, "attr_list", "toc"])


def test_markdown_text_headings_and_links_are_spaced():
    html = render("# En ligne ?\n\nVoir [la page ?](autre.html?a=1) : *oui* !")
    assert f'<h1 id="en-ligne">En ligne{N}?</h1>' in html
    assert f'<a href="autre.html?a=1">la page{N}?</a>{B}: <em>oui</em>{N}!' in html


def test_code_keys_and_bare_addresses_are_untouched():
    html = render(
        "Tapez `a ? b : c` puis <kbd>Ctrl</kbd> ; allez sur <https://x.fr/?q=a;b>\n\n"
        "    code ? : ;\n"
    )
    assert "<code>a ? b : c</code>" in html
    assert f"</kbd>{N}; allez" in html
    assert '<a href="https://x.fr/?q=a;b">https://x.fr/?q=a;b</a>' in html
    assert "<pre><code>code ? : ;\n</code></pre>" in html


def test_attributes_are_untouched():
    html = render('Texte ?\n{ title="Quoi ?" }')
    assert 'title="Quoi ?"' in html
    assert f"Texte{N}?" in html


def test_english_documents_are_untouched():
    assert render("Online? Yes : no !", french=False) == "<p>Online? Yes : no !</p>"
