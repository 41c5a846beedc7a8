"""The glossary in the built site: words explained in the FranceConnect tutorial, its
« Mots à connaître » box, a glossary page per language; the bad glossaries are in
tests/fixtures/bad/glossary-invalid (test_bad_inputs.py)."""

import re
import unicodedata
from html import unescape

import yaml

from conftest import ROOT
from html_text import read_page

# The terms the FranceConnect tutorial explains, in the order of its text (its first
# paragraphs, then the steps; never a heading, a link, a helper note or a mockup).
FRANCECONNECT_TERMS = [
    "franceconnect", "s-identifier", "administration", "etat", "identifiant", "mot-de-passe",
    "compte", "impots-gouv-fr", "fournisseur-d-identite", "se-connecter", "compte-ameli",
    "numero-de-securite-sociale", "code-confidentiel", "courriel", "usurpation-d-identite",
]


def tutorial(site, folder=""):
    return (site / folder / "tutoriels/franceconnect.html").read_text(encoding="utf-8")


def test_franceconnect_explains_each_term_once_where_it_is_first_used(site):
    for folder in ("", "en/"):
        html = tutorial(site, folder)
        assert re.findall(r'data-tut-term="([^"]+)"', html) == FRANCECONNECT_TERMS
        body = html[html.index('class="tut-body"'):html.index('class="tut-glossary"')]
        for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", body, re.S):
            assert "tut-term" not in heading
        for link in re.findall(r"<a [^>]*>.*?</a>", body, re.S):
            assert "tut-term" not in link
        for note in re.findall(r'<aside [^>]*class="tut-helper".*?</aside>', body, re.S):
            assert "tut-term" not in note
    html = tutorial(site)
    assert ('<span class="tut-term" data-tut-term="identifiant"><span class="tut-term__word">'
            'Identifiant</span><span class="tut-term__definition" data-pagefind-ignore="" '
            'id="tut-term-identifiant">Le nom, le numéro ou l\'adresse électronique qui dit au '
            "site qui vous êtes. Sur ameli, c'est votre numéro de sécurité sociale.</span>"
            "</span>") in html
    assert '<span class="tut-term__word">fournisseurs d\'identité</span>' in html
    assert '<span class="tut-term__word">identity providers</span>' in tutorial(site, "en/")


def test_the_words_to_know_box_closes_the_tutorial_before_its_footer(site):
    for folder, title, first, link in (
            ("", "Mots à connaître", "administration", "../glossaire.html"),
            ("en/", "Words to know", "account", "../glossaire.html")):
        html = tutorial(site, folder)
        box = html[html.index('<section class="tut-glossary"'):]
        box = box[:box.index("</section>")]
        assert html.index('class="tut-glossary"') < html.index('class="tut-footer"')
        assert f'<h2 id="tut-glossary-title" class="tut-glossary__title">{title}</h2>' in box
        terms = re.findall(r'<dt class="tut-glossary__term">([^<]+)</dt>', box)
        assert len(terms) == len(FRANCECONNECT_TERMS) and terms[0] == first
        assert f'<a href="{link}">' in box


def test_a_glossary_page_per_language_in_the_french_order_linked_from_the_footer(site):
    for folder, title, intro in (("", "Glossaire", "Les mots des démarches en ligne"),
                                 ("en/", "Glossary", "The words of online procedures")):
        html = (site / folder / "glossaire.html").read_text(encoding="utf-8")
        text = read_page(html).text
        assert f'<h1 id="{title.lower()}">{title}</h1>' in html and intro in text
        terms = [unescape(t) for t in re.findall(r'<dt class="tut-glossary__term">([^<]+)</dt>', html)]
        assert len(terms) == len(yaml.safe_load((ROOT / "docs" / "glossaire.yml").read_text(encoding="utf-8")))
        assert terms == sorted(terms, key=_plain)
        footer = tutorial(site, folder)
        assert f'<li><a href="../glossaire.html">{title}</a></li>' in footer
    french = re.findall(r'<dt class="tut-glossary__term">([^<]+)</dt>',
                        (site / "glossaire.html").read_text(encoding="utf-8"))
    # « État » and « état civil » sort among the E, not after Z.
    assert french.index("État") < french.index("état civil") < french.index("FAQ")
    assert 'id="identifiant"' in (site / "glossaire.html").read_text(encoding="utf-8")
    assert not (site / "glossaire.yml").exists()


def _plain(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
