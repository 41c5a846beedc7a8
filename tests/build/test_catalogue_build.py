"""The catalogue built for real (tests/fixtures/catalogue, fr + en): generated navigation,
category pages, the all-tutorials page, the home page, breadcrumbs; and the errors of a
wrong category or a wrong `extra.categories`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, run_build

IMPOTS_FR = ["declarer-ses-revenus", "ecrire-a-son-centre", "estimer-son-impot",
             "payer-en-ligne"]
# In English, "Filing your income tax return" (translated) sorts after the French titles.
IMPOTS_EN = ["ecrire-a-son-centre", "estimer-son-impot", "declarer-ses-revenus",
             "payer-en-ligne"]
SANTE = ["ouvrir-son-compte-ameli", "commander-sa-carte-vitale"]  # by `order`
ALL = [*IMPOTS_FR, *SANTE, "se-connecter-avec-franceconnect"]


@pytest.fixture(scope="module")
def catalogue(fixture_site) -> Path:
    return fixture_site("catalogue")


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def primary_nav(html: str) -> str:
    start = html.index('md-nav--primary')
    return html[start:html.index('md-sidebar--secondary', start)]


def nav_pages(html: str) -> list[str]:
    """The pages the primary navigation links to, in order, anchors and duplicates aside."""
    links = re.findall(r'href="([^"#]+)"', primary_nav(html))
    return [link.rsplit("/", 1)[-1].removesuffix(".html") for link in dict.fromkeys(links)]


def cards(html: str) -> list[str]:
    return re.findall(r'data-tut-card data-tut-id="tutoriels/([^"]+)"', html)


# Navigation ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_every_page_the_nav_placeholder_becomes_one_section_per_used_category(catalogue, prefix):
    pages = nav_pages(read(catalogue, f"{prefix}tutoriels/payer-en-ligne.html"))
    # Declared order (impots, sante, identite-numerique); logement has no tutorial.
    categories_in_nav = [page for page in pages
                         if page in {"impots", "sante", "identite-numerique", "logement"}]
    assert categories_in_nav == ["impots", "sante", "identite-numerique"]
    assert pages[-1] == "a-propos"


def test_a_category_section_lists_its_tutorials_in_french_order(catalogue):
    pages = nav_pages(read(catalogue, "tutoriels/payer-en-ligne.html"))
    start = pages.index("impots") + 1
    assert pages[start:start + 4] == IMPOTS_FR


def test_the_english_nav_sorts_by_the_english_titles(catalogue):
    html = read(catalogue, "en/tutoriels/payer-en-ligne.html")
    pages = nav_pages(html)
    start = pages.index("impots") + 1
    assert pages[start:start + 4] == IMPOTS_EN
    nav = primary_nav(html)
    assert nav.index("Taxes") < nav.index("Health") < nav.index("Digital identity")
    assert "Tutorials" in nav and "Impôts" not in nav


def test_order_places_tutorials_before_the_title_order(catalogue):
    pages = nav_pages(read(catalogue, "tutoriels/commander-sa-carte-vitale.html"))
    start = pages.index("sante") + 1
    assert pages[start:start + 2] == SANTE


def test_a_page_holds_only_its_own_category_s_tutorials(catalogue):
    pages = nav_pages(read(catalogue, "tutoriels/ouvrir-son-compte-ameli.html"))
    assert not set(IMPOTS_FR) & set(pages)
    home = nav_pages(read(catalogue, "index.html"))
    assert not set(ALL) & set(home)


def test_no_page_is_reported_as_missing_from_the_nav(builds):
    for config in (ROOT / "tests/fixtures/catalogue/mkdocs.yml", ROOT / "mkdocs.yml"):
        output = builds(config).output
        assert "Documentation built" in output
        assert 'not included in the "nav"' not in output


# Category pages -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "title", "description", "count", "order"),
    [
        ("tutoriels/impots.html", "Impôts", "Déclarer et payer ses impôts.", "4 tutoriels",
         IMPOTS_FR),
        ("en/tutoriels/impots.html", "Taxes", "Filing and paying your taxes.", "4 tutorials",
         IMPOTS_EN),
        ("tutoriels/sante.html", "Santé", "L&#39;Assurance maladie en ligne.", "2 tutoriels",
         SANTE),
        ("tutoriels/identite-numerique.html", "Identité numérique", None, "1 tutoriel",
         ["se-connecter-avec-franceconnect"]),
        ("en/tutoriels/identite-numerique.html", "Digital identity", None, "1 tutorial",
         ["se-connecter-avec-franceconnect"]),
    ],
)
def test_a_category_page_has_its_label_description_count_and_cards(
    catalogue, path, title, description, count, order
):
    html = read(catalogue, path)
    assert f'<h1 id="titre">{title}</h1>' in html
    if description:
        assert f'<p class="tut-catalogue__description">{description}</p>' in html
    assert re.search(r'role="status" data-tut-filters-status[^>]*>' + count + "</p>", html)
    assert cards(html) == order


def test_a_category_without_tutorials_has_no_page(catalogue):
    assert not (catalogue / "tutoriels/logement.html").exists()
    assert not (catalogue / "en/tutoriels/logement.html").exists()


def test_cards_carry_the_filters_data(catalogue):
    html = read(catalogue, "tutoriels/impots.html")
    assert ('data-tut-id="tutoriels/ecrire-a-son-centre" data-tut-steps="1" '
            'data-level="intermediaire" data-duration="court" data-tags="messagerie|impots"'
            ) in html
    assert 'data-level="avance" data-duration="long"' in html
    assert 'data-level="debutant" data-duration="moyen"' in html


def test_the_filter_form_shows_from_the_first_paint_only_where_scripts_run(catalogue):
    html = read(catalogue, "tutoriels/impots.html")
    assert '<form class="tut-filters" data-tut-filters-form>' in html
    # `.no-js .tut-filters` hides it without scripts; the head says "js" before any paint.
    head = html.split("</head>")[0]
    assert '<script>document.documentElement.classList.replace("no-js", "js")</script>' in head
    assert "<legend" in html and "Réinitialiser les filtres" in html
    options = re.findall(r'<option value="([^"]*)">', html)
    assert options == ["", "debutant", "intermediaire", "avance", "", "court", "moyen", "long",
                       "", "impots", "messagerie", "paiement", "revenus"]


def test_a_category_page_links_its_booklet_only_when_one_is_made(catalogue):
    assert "application/pdf" not in read(catalogue, "tutoriels/impots.html")


# All tutorials, home, breadcrumb ------------------------------------------------------


@pytest.mark.parametrize(("path", "count"), [("tutoriels/index.html", "7 tutoriels"),
                                             ("en/tutoriels/index.html", "7 tutorials")])
def test_the_all_tutorials_page_lists_every_tutorial_by_category(catalogue, path, count):
    html = read(catalogue, path)
    assert sorted(cards(html)) == sorted(ALL)
    headings = re.findall(r'<h2 id="tut-categorie-([^"]+)">', html)
    assert headings == ["impots", "sante", "identite-numerique"]
    assert re.search(r'data-tut-filters-status[^>]*>' + count + "</p>", html)


def test_the_home_page_shows_the_categories_with_count_and_icon(catalogue):
    html = read(catalogue, "index.html")
    links = re.findall(
        r'<a class="tut-categories__link" href="tutoriels/([^"]+)\.html">\s*'
        r'(<span class="tut-categories__icon" aria-hidden="true"><svg)?.*?'
        r'<span class="tut-categories__label">([^<]+)</span>\s*'
        r'<span class="tut-categories__count">([^<]+)</span>', html, re.S)
    assert [(page, bool(icon), label, count) for page, icon, label, count in links] == [
        ("impots", True, "Impôts", "4 tutoriels"),
        ("sante", True, "Santé", "2 tutoriels"),
        ("identite-numerique", True, "Identité numérique", "1 tutoriel"),
    ]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_home_page_shows_the_six_latest_and_links_to_every_tutorial(catalogue, prefix):
    html = read(catalogue, f"{prefix}index.html")
    assert cards(html) == ["commander-sa-carte-vitale", "payer-en-ligne", "declarer-ses-revenus",
                           "ecrire-a-son-centre", "ouvrir-son-compte-ameli",
                           "se-connecter-avec-franceconnect"]
    updated = "Mis à jour le" if not prefix else "Updated on"
    assert f'<p class="tut-card__updated">{updated} <time datetime="2025-06-30">' in html
    label = "Voir tous les tutoriels (7 tutoriels)" if not prefix else "See all tutorials (7 tutorials)"
    assert f'<a href="tutoriels/index.html">{label}</a>' in html


@pytest.mark.parametrize(
    ("path", "items"),
    [
        ("tutoriels/ecrire-a-son-centre.html",
         [("../index.html", "Accueil", ""), ("impots.html", "Impôts", ""),
          ("ecrire-a-son-centre.html", "Écrire à son centre des impôts", "page")]),
        ("en/tutoriels/declarer-ses-revenus.html",
         [("../index.html", "Home", ""), ("impots.html", "Taxes", ""),
          ("declarer-ses-revenus.html", "Filing your income tax return", "page")]),
        ("tutoriels/sante.html",
         [("../index.html", "Accueil", ""), ("index.html", "Tous les tutoriels", ""),
          ("sante.html", "Santé", "page")]),
    ],
)
def test_a_breadcrumb_leads_home_through_the_category(catalogue, path, items):
    html = read(catalogue, path)
    label = "Breadcrumb" if path.startswith("en/") else "Fil d&#39;Ariane"
    match = re.search(r'<nav class="tut-breadcrumb" aria-label="([^"]+)">(.*?)</nav>', html, re.S)
    assert match and match.group(1) in {label, label.replace("&#39;", "'")}
    found = re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', match.group(2))
    assert [(href, text, "page" if current else "") for href, current, text in found] == items


# Errors -------------------------------------------------------------------------------


TUTORIAL = """---
title: Essai
summary: Résumé.
updated: 2024-01-01
{category}---

/// step | Étape
Texte.
///
"""


def build_with(tmp_path: Path, categories_yaml: str, category_line: str):
    """A one-tutorial site in tmp_path, with our hooks and templates."""
    (tmp_path / "docs/tutoriels").mkdir(parents=True)
    (tmp_path / "docs/index.md").write_text("# Accueil\n", encoding="utf-8")
    (tmp_path / "docs/tutoriels/essai.md").write_text(
        TUTORIAL.format(category=category_line), encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        f"site_name: Essai\nuse_directory_urls: false\n"
        f"theme: {{name: material, custom_dir: {ROOT / 'overrides'}, language: fr}}\n"
        f"hooks: [{ROOT / 'hooks/tutorials.py'}, {ROOT / 'hooks/catalogue.py'}]\n"
        f"extra:\n{categories_yaml}\n", encoding="utf-8")
    return run_build(tmp_path / "mkdocs.yml", tmp_path / "site")


DECLARED = "  categories:\n    - {id: impots, label: Impôts}\n    - {id: sante, label: Santé}"


@pytest.mark.parametrize(
    ("category_line", "expected"),
    [
        ("", "docs/tutoriels/essai.md : « category » manque : chaque tutoriel appartient à une "
             "thématique déclarée dans mkdocs.yml (extra.categories). Ajoutez à son en-tête une "
             "ligne « category: <id> » avec l'un de ces identifiants : impots, sante."),
        ("category: impot\n",
         "docs/tutoriels/essai.md : « category » : une thématique déclarée dans mkdocs.yml "
         "(extra.categories) attendue, trouvé « impot ». Identifiants connus : impots, sante. "
         "Corrigez l'identifiant ou déclarez la thématique dans mkdocs.yml."),
        ("category: [impots]\n",
         "docs/tutoriels/essai.md : « category » : l'identifiant d'une thématique (un texte) "
         "attendu, trouvé [impots]. Écrivez un seul identifiant parmi : impots, sante."),
    ],
)
def test_a_wrong_category_fails_the_build_naming_the_file_and_the_known_ids(
    tmp_path, category_line, expected
):
    result = build_with(tmp_path, DECLARED, category_line)
    assert result.returncode == 1, result.output
    assert expected in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("categories_yaml", "expected"),
    [
        ("  categories: impots",
         "mkdocs.yml : « extra.categories » : une liste de thématiques attendue"),
        ("  categories:\n    - {id: impots}",
         "mkdocs.yml : « extra.categories », thématique n° 1 : « label » manque"),
        ("  categories:\n    - {id: impots, label: A}\n    - {id: impots, label: B}",
         "mkdocs.yml : « extra.categories » : l'id « impots » est déclaré plusieurs fois"),
        ("  categories:\n    - {id: impots, label: A, icon: material/pas-une-icone}",
         "mkdocs.yml : « extra.categories », thématique « impots » : l'icône « material/pas-une-"
         "icone » n'existe pas dans le thème"),
    ],
)
def test_a_wrong_declaration_fails_the_build_naming_mkdocs_yml(tmp_path, categories_yaml, expected):
    result = build_with(tmp_path, categories_yaml, "category: impots\n")
    assert result.returncode == 1, result.output
    assert expected in result.output
    assert "Traceback" not in result.output


def test_the_real_site_files_franceconnect_under_digital_identity(site):
    for prefix, label in (("", "Identité numérique"), ("en/", "Digital identity")):
        html = read(site, f"{prefix}tutoriels/franceconnect.html")
        pages = nav_pages(html)
        assert pages[pages.index("identite-numerique") + 1] == "franceconnect"
        assert f'<a href="identite-numerique.html">{label}</a>' in html  # breadcrumb
        home = read(site, f"{prefix}index.html")
        assert 'href="tutoriels/identite-numerique.html"' in home
        assert cards(home) == ["pre-demande-carte-identite", "franceconnect"]  # newest first


# A long category's section lists the page and its neighbours (hooks/catalogue.py) --------


@pytest.fixture(scope="module")
def windowed(builds) -> Path:
    """The catalogue whose sections list at most 3 tutorials (Impôts has 4)."""
    result = builds(ROOT / "tests/fixtures/catalogue/mkdocs-window.yml")
    assert result.returncode == 0, result.output
    return result.site


def impots_section(html: str) -> list[str]:
    pages = nav_pages(html)
    return pages[pages.index("impots") + 1:pages.index("sante")]


@pytest.mark.parametrize(("page", "listed"), [
    # The first tutorial: it and the next two; the last: the two before it and it.
    ("tutoriels/declarer-ses-revenus.html", IMPOTS_FR[:3]),
    ("tutoriels/payer-en-ligne.html", IMPOTS_FR[1:]),
    # The category page lists every tutorial: its section, the first ones.
    ("tutoriels/impots.html", IMPOTS_FR[:3]),
])
def test_a_long_category_section_lists_the_page_its_neighbours_and_the_category(
        windowed, page, listed):
    html = read(windowed, page)
    # The category page comes back last: the link to every tutorial.
    assert impots_section(html) == listed
    nav = primary_nav(html)
    more = re.findall(r'<li class="md-nav__item tut-nav-more">\s*<a href="impots.html" '
                      r'class="md-nav__link"( aria-current="page")?>\s*'
                      r'<span class="md-ellipsis">Voir les 4 tutoriels de la thématique</span>',
                      nav)
    assert more == [' aria-current="page"' if page.endswith("impots.html") else ""]


def test_a_short_category_section_lists_all_its_tutorials(windowed):
    pages = nav_pages(read(windowed, "tutoriels/commander-sa-carte-vitale.html"))
    start = pages.index("sante") + 1
    assert pages[start:start + 2] == SANTE
    assert "tut-nav-more" not in primary_nav(read(windowed, "tutoriels/sante.html"))


def test_the_english_section_links_to_the_category_in_english(windowed):
    html = read(windowed, "en/tutoriels/payer-en-ligne.html")
    assert impots_section(html) == IMPOTS_EN[1:]
    assert "See the 4 tutorials of this category</span>" in primary_nav(html)


@pytest.mark.parametrize(("value", "found"), [("0", "0"), ("sept", "« sept »")])
def test_a_wrong_number_of_menu_items_fails_the_build_naming_mkdocs_yml(tmp_path, value, found):
    result = build_with(tmp_path, f"{DECLARED}\n  nav_category_items: {value}",
                        "category: impots\n")
    assert result.returncode == 1, result.output
    assert ("mkdocs.yml : « extra.nav_category_items » : un nombre entier de 1 ou plus attendu "
            "(le nombre de tutoriels qu'une rubrique du menu liste), trouvé " + found + ". "
            "Écrivez par exemple « nav_category_items: 7 » sous « extra ».") in result.output
    assert "Traceback" not in result.output
