"""French typography in built pages: French text spaced, code, addresses and English not."""

import re

import pytest

N = "\u202f"  # narrow no-break space
B = "\u00a0"  # no-break space


@pytest.fixture(scope="module")
def typography_site(fixture_site):
    return fixture_site("typography")


def read(site, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_french_tutorial_title_summary_prerequisites_and_steps_are_spaced(typography_site):
    html = read(typography_site, "tutoriels/espaces.html")
    assert f'class="tut-header__title">Comment payer en ligne{N}?</h1>' in html
    assert f"<p>Vous voulez payer en ligne{N}? Suivez le guide{N}!</p>" in html
    assert f"<li>Un code{B}: celui du courrier{N}; voir " in html
    assert (
        f'<span class="tut-step__separator">{B}: </span>Se connecter{N}?</h2>'
    ) in html
    assert f"<p>Texte{B}: fini{N}!</p>" in html
    assert f"cliquez sur «{N}Payer{N}»{N}!" in html


def test_code_keys_addresses_times_and_attributes_are_untouched(typography_site):
    html = read(typography_site, "tutoriels/espaces.html")
    assert "Rendez-vous à 10:30 sur" in html and "le rapport est 1:1." in html
    assert '<a href="https://exemple.fr/page?id=1">https://exemple.fr/page?id=1</a>' in html
    assert "<code>a ? b : c</code>" in html and "<pre><code>code ? : ;\n</code></pre>" in html
    assert '<a href="https://exemple.fr/aide?sujet=code">' in html
    assert not re.search(f"<[^>]*[{N}{B}][^>]*>", html), "a no-break space inside a tag"


def test_home_page_cards_and_navigation_get_the_spaced_titles(typography_site):
    html = read(typography_site, "index.html")
    assert f"Comment payer en ligne{N}?" in html
    assert "Comment payer en ligne ?" not in html


def test_english_pages_are_untouched(typography_site):
    html = read(typography_site, "en/tutoriels/espaces.html")
    article = html[html.index("<article"):html.index("</article>")]
    assert "How to pay online?</h1>" in article
    assert 'click "Pay"!' in article and "Text: done!" in article
    assert N not in article and B not in article


def test_untranslated_french_page_keeps_french_typography_in_the_english_site(typography_site):
    html = read(typography_site, "en/tutoriels/non-traduit.html")
    assert f">Qui contacter{N}?</h1>" in html
    assert f"Le numéro{B}: 3939." in html


def test_real_tutorial_title_is_spaced_in_french_only(site):
    assert f"créer et utiliser un compte FranceConnect{N}?</h1>" in read(
        site, "tutoriels/franceconnect.html")
    assert "create and use a FranceConnect account?</h1>" in read(
        site, "en/tutoriels/franceconnect.html")


def test_mockup_texts_get_french_typography_in_both_sites(site):
    for folder in ("", "en/"):
        html = read(site, f"{folder}s-entrainer/franceconnect/index.html")
        assert f"Il compte 15 chiffres{B}: tapez seulement les 13 premiers" in html
        assert f"Où trouver mon numéro de sécurité sociale{N}?" in html
        assert 'data-tut-go="tut-mockup-1-choix-du-compte"' in html
