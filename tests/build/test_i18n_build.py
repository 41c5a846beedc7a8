"""Two languages built with mkdocs-static-i18n under --strict: pages, switcher, tags,
search index per language, translation metadata, untranslated notice, right to left."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest

from conftest import BAD, ROOT
from search_index import bundle_records


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def switcher(html: str) -> dict[str, str]:
    """The language switcher's links: {hreflang: href}; each name is in its own language."""
    return {
        lang: href
        for href, lang in re.findall(
            r'<a href="([^"]*)" hreflang="([^"]*)" lang="\2" class="md-select__link">', html
        )
    }


@pytest.fixture(scope="module")
def i18n_site(fixture_site) -> Path:
    return fixture_site("i18n")


@pytest.fixture(scope="module")
def rtl_site(fixture_site) -> Path:
    return fixture_site("rtl")


# The real site ------------------------------------------------------------------------


def test_the_english_tutorial_is_in_english(site):
    html = read(site, "en/tutoriels/franceconnect.html")
    assert '<html lang="en"' in html
    assert '<span class="tut-step__number">Step 1</span>' in html
    assert 'id="step-4"' in html
    assert "Last updated: <time datetime=\"2022-04-06\">06 April 2022</time>" in html
    assert "Étape" not in html and "Dernière modification" not in html


def test_the_english_licence_names_both_licences(site):
    html = read(site, "en/tutoriels/franceconnect.html")
    assert re.search(
        r'under the terms of the <a [^>]*>Open Licence 2.0</a> \(or <a [^>]*>CC BY-SA 4.0 '
        r"licence</a>\)\.",
        html,
    )


def test_the_french_tutorial_stays_french(site):
    html = read(site, "tutoriels/franceconnect.html")
    assert '<html lang="fr"' in html
    assert '<span class="tut-step__number">Étape 1</span>' in html


@pytest.fixture(scope="module")
def french(site_pages) -> list[str]:
    """Every page of the French site but its 404 (whose links are absolute)."""
    return [page for page in site_pages
            if not page.startswith("en/") and page.rpartition("/")[2] != "404.html"]


def test_the_switcher_links_each_page_to_its_counterpart(site, french):
    # Every page, those the hooks generate too (category pages, the glossary, practice
    # pages), whose switcher mkdocs-static-i18n leaves as the page before left it.
    assert {"glossaire.html", "tutoriels/index.html", "s-entrainer/index.html"} <= set(french)
    wrong = []
    for page in french:
        for here, other, lang in ((page, f"en/{page}", "en"), (f"en/{page}", page, "fr")):
            href = switcher(read(site, here))[lang]
            if ((site / here).parent / href).resolve() != (site / other).resolve():
                wrong.append(f"{here} -> {href}")
    assert not wrong, wrong


SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9",
           "xhtml": "http://www.w3.org/1999/xhtml"}


def test_the_sitemap_lists_every_page_with_its_counterpart(site, site_pages):
    # The pages the hooks generate too (category pages, the glossary, practice pages),
    # which mkdocs-static-i18n's own sitemap left out: 26 of 40 pages were listed.
    urls = ElementTree.parse(site / "sitemap.xml").getroot().findall("s:url", SITEMAP)
    listed = [url.findtext("s:loc", namespaces=SITEMAP) for url in urls]
    assert sorted(listed) == [page for page in site_pages
                              if page.rpartition("/")[2] != "404.html"]
    assert {"glossaire.html", "en/glossaire.html", "tutoriels/index.html"} <= set(listed)
    for url, loc in zip(urls, listed, strict=True):
        alternates = [(link.get("hreflang"), link.get("href"))
                      for link in url.findall("xhtml:link", SITEMAP)]
        path = loc.removeprefix("en/")
        own = "en" if loc.startswith("en/") else "fr"
        # Its own language first, as mkdocs-static-i18n wrote them.
        assert alternates[0] == (own, loc), loc
        assert dict(alternates) == {"fr": path, "en": f"en/{path}"}, loc
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", url.findtext("s:lastmod", namespaces=SITEMAP))


def test_every_page_has_an_english_version_and_no_notice(site, french):
    assert len(french) >= 10, french
    for page in french:
        html = read(site, f"en/{page}")
        assert "tut-untranslated" not in html, page
        assert '<html lang="en"' in html, page


def test_tags_link_to_the_tag_index_of_their_language(site):
    english = read(site, "en/tutoriels/franceconnect.html")
    assert 'class="tut-tag" href="../tags.html#tag:singlesignon"' in english
    index = read(site, "en/tags.html")
    assert 'id="tag:singlesignon"' in index
    assert '<a href="tutoriels/franceconnect.html">' in index
    assert "How to create and use a FranceConnect account?" in index
    french_index = read(site, "tags.html")
    assert 'id="tag:identificationunique"' in french_index
    assert 'id="tag:singlesignon"' not in french_index


def indexed_pages(site: Path, folder: str, others: tuple[str, ...] = ()) -> int:
    """The pages of a language's folder that Pagefind indexes (data-pagefind-body)."""
    pages = [
        path for path in (site / folder).rglob("*.html")
        if not any(path.relative_to(site).as_posix().startswith(f"{other}/") for other in others)
    ]
    return sum(1 for path in pages if "data-pagefind-body" in path.read_text(encoding="utf-8"))


def test_each_language_has_its_own_search_index(site):
    # One Pagefind bundle per language, in its folder: French pages in pagefind/, English
    # pages in en/pagefind/, each indexing every page of its language and none other.
    french = json.loads(read(site, "pagefind/pagefind-entry.json"))
    english = json.loads(read(site, "en/pagefind/pagefind-entry.json"))
    assert set(french["languages"]) == {"fr"} and set(english["languages"]) == {"en"}
    assert french["languages"]["fr"]["page_count"] == indexed_pages(site, ".", ("en", "pagefind"))
    assert english["languages"]["en"]["page_count"] == indexed_pages(site, "en")
    french_urls = set(bundle_records(site / "pagefind"))
    english_urls = set(bundle_records(site / "en" / "pagefind"))
    assert "/tutoriels/franceconnect.html" in french_urls
    assert "/tutoriels/franceconnect.html" in english_urls  # from en/: en/tutoriels/...
    assert not [url for url in french_urls if url.startswith("/en/")], french_urls
    # Each page's search field loads its language's bundle, with addresses from its folder.
    for page, bundle, root in (("tutoriels/franceconnect.html", "../pagefind/pagefind.js", "../"),
                               ("en/tutoriels/franceconnect.html", "../pagefind/pagefind.js",
                                "../../en/"),
                               ("en/index.html", "pagefind/pagefind.js", "../en/")):
        assert (f'data-tut-search-bundle="{bundle}" data-tut-search-root="{root}"'
                in read(site, page)), page
    assert '<html lang="en"' in read(site, "en/tutoriels/franceconnect.html")
    assert '<html lang="fr"' in read(site, "tutoriels/franceconnect.html")
    # Material's single index is gone, and its search scripts (lunr, worker) with it.
    # Only the index of search from a folder is left there, one per language.
    assert sorted(p.name for p in (site / "search").iterdir()) == ["offline.fr.js"]
    assert sorted(p.name for p in (site / "en" / "search").iterdir()) == ["offline.en.js"]
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    assert not list((site / "assets" / "javascripts").glob("workers/search.*"))
    # The 404 page is not indexed (nor the untranslated notice: see below).
    assert "data-pagefind-body" not in read(site, "404.html")


def test_the_root_404_page_is_in_the_default_language(site):
    assert '<html lang="fr"' in read(site, "404.html")


def test_the_translation_credits_its_original_and_translators(site):
    html = read(site, "en/tutoriels/franceconnect.html")
    assert re.search(
        r'This tutorial is a translation of <a href="../../tutoriels/franceconnect.html" '
        r'hreflang="fr" lang="fr">Comment créer et utiliser un compte FranceConnect \?</a>, '
        r'as of its version of <time datetime="2022-04-06">',
        html,
    )
    assert '<p class="tut-footer__translators">Translation: ' in html


def test_footer_links_lead_to_pages_of_the_same_language(site):
    html = read(site, "en/tutoriels/franceconnect.html")
    assert '<a href="../guides/ecrire-un-tutoriel.html">Writing a tutorial</a>' in html
    assert '<a href="../traductions.html">Translations</a>' in html


# Fixture with missing and outdated translations ----------------------------------------


def test_an_untranslated_page_falls_back_to_french_with_a_notice(i18n_site):
    html = read(i18n_site, "en/tutoriels/manquant.html")
    assert '<html lang="en"' in html
    assert (
        '<p class="tut-untranslated" role="note" data-pagefind-ignore>This page has not been translated yet: '
        "here is its French version.</p>"
    ) in html
    assert '<div class="tut-body" data-tut-tutorial="tutoriels/manquant" lang="fr" dir="ltr">' in html
    assert '<span class="tut-step__number">Étape 1</span>' in html
    french = read(i18n_site, "tutoriels/manquant.html")
    assert "tut-untranslated" not in french


def test_an_outdated_translation_says_so(i18n_site):
    html = read(i18n_site, "en/tutoriels/perime.html")
    assert 'class="tut-translation__outdated"' in html
    assert '<time datetime="2024-06-01">01 June 2024</time>' in html
    assert "tut-translation__outdated" not in read(i18n_site, "en/tutoriels/a-jour.html")
    assert "Translation: Alex Martin, Sam Lee." in read(i18n_site, "en/tutoriels/a-jour.html")


def test_the_status_page_lists_each_state(i18n_site):
    html = read(i18n_site, "traductions.html")
    rows = dict(
        re.findall(
            r'tut-translations__row--(\w+)">\s*<th scope="row" lang="fr">([^<]*)</th>', html
        )
    )
    assert rows == {
        "translated": "Payer la cantine",
        "outdated": "Renouveler sa carte d&#39;identité",
        "missing": "Déclarer un changement d&#39;adresse",
    }
    assert "Tutoriels en anglais\u00a0: 1 à jour, 1 à mettre à jour, 1 à traduire." in html


def test_tags_pages_exist_and_link_in_each_language(i18n_site):
    english = read(i18n_site, "en/tags.html")
    assert 'id="tag:school"' in english and '<a href="tutoriels/a-jour.html">' in english
    # The untranslated tutorial keeps its French tag, in the English index.
    assert 'id="tag:école"' in english and '<a href="tutoriels/manquant.html">' in english
    french = read(i18n_site, "tags.html")
    assert 'id="tag:école"' in french and 'id="tag:school"' not in french


def test_a_translation_must_name_the_version_it_translates(builds):
    result = builds(BAD / "translation-undated" / "mkdocs.yml")
    assert result.returncode != 0
    assert ("docs/tutoriels/x.en.md : champ « translation_of_updated » absent : une traduction "
            "donne la date « updated » de l'original qu'elle suit" in result.output)


# Right to left --------------------------------------------------------------------------


def test_a_language_without_stemmer_still_has_its_own_index(rtl_site):
    # Pagefind has no Arabic stemmer: the Arabic pages get their own index all the same.
    entry = json.loads(read(rtl_site, "ar/pagefind/pagefind-entry.json"))
    assert set(entry["languages"]) == {"ar"}
    assert entry["languages"]["ar"]["page_count"] == indexed_pages(rtl_site, "ar")


def test_arabic_pages_are_right_to_left(rtl_site):
    for page in ("ar/index.html", "ar/tutoriels/demarche.html"):
        html = read(rtl_site, page)
        assert '<html lang="ar"' in html and '<body dir="rtl"' in html, page
    assert '<body dir="ltr"' in read(rtl_site, "index.html")
    # No Arabic strings file: the notice is French and says so; the French tutorial
    # keeps its own direction inside the Arabic page.
    html = read(rtl_site, "ar/tutoriels/demarche.html")
    assert '<p class="tut-untranslated" role="note" data-pagefind-ignore lang="fr" dir="ltr">' in html
    assert '<div class="tut-body" data-tut-tutorial="tutoriels/demarche" lang="fr" dir="ltr">' in html


def test_our_stylesheets_use_logical_properties_only():
    physical = re.compile(
        r"(margin|padding|border)-(left|right)\b|\b(left|right)\s*:|text-align:\s*(left|right)"
        r"|float:\s*(left|right)"
    )
    stylesheets = sorted((ROOT / "overrides" / "assets" / "stylesheets").glob("*.css"))
    assert len(stylesheets) >= 5, stylesheets
    for css in stylesheets:
        found = physical.findall(css.read_text("utf-8"))
        assert not found, f"{css.name} uses physical properties: {found}"
