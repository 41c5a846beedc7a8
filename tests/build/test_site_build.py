"""The real site: builds under --strict, holds the seed tutorial, stays private and offline."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from html_text import CSS_URL, read_page

SEED_PARTS = [
    "Comment créer et utiliser un compte FranceConnect ?",
    "Dernière modification : 06 avril 2022",
    "#franceconnect", "#identificationunique", "#démarcheadministrative",
    "Résumé",
    "Vous souhaitez faciliter vos démarches administratives en ligne ? Ce tutoriel a pour "
    "objectif de vous guider sur l'identification avec FranceConnect pour vos démarches "
    "administratives.",
    "Prérequis",
    "Avoir un ordinateur, smartphone ou tablette",
    "Avoir une adresse mail",
    "Avoir ou se créer un compte chez l'un des fournisseurs d'identité",
    "FranceConnect est un système d'identification offrant un accès sécurisé et simplifié aux "
    "administrations en ligne.",
    "Proposé par l'Etat, le service permet de s'identifier à un ensemble de sites "
    "administratifs avec 1 seul Identifiant et 1 seul Mot de Passe.",
    "Pour l'utiliser, créez 1 compte chez l'un de ces organismes : impots.gouv.fr, ameli.fr, "
    "l'Identité Numérique La Poste, MobileConnect et moi, msa.fr.",
    # One sentence added (the glossary explains the words it names): the seed goes on.
    "Rien ne vous empêche d'avoir plusieurs comptes.",
    "Étape 1 : S'identifier",
    "Pour vous connecter sur le site Mes droits sociaux du gouvernement, rendez-vous sur "
    "https://www.mesdroitssociaux.gouv.fr/accueil/",
    "Puis cliquez sur le bouton S'identifier avec FranceConnect.",
    "Étape 2 : Choisir un compte",
    "Ensuite, choisissez le Compte avec lequel vous souhaitez vous connecter.",
    "Par exemple avec le Compte de l'Assurance Maladie (Compte Ameli).",
    "Étape 3 : Se connecter",
    "Indiquez alors votre numéro de sécurité sociale à 13 chiffres (sans les 2 derniers).",
    "Puis votre code confidentiel (Mot de Passe) de votre Compte Ameli.",
    "Puis cliquez sur le Bouton Me Connecter.",
    "Étape 4 : Continuer sur le site FranceConnect",
    "Enfin, cliquez sur Continuer sur mesdroitssociaux.gouv.fr.",
    "Vous recevrez alors automatiquement un mail (mesure de sécurité) :",
    "Bon à savoir",
    "A chaque connexion, vous recevez instantanément un mail pour vous avertir de votre "
    "connexion sur un site administratif avec FranceConnect et votre compte (Par exemple "
    "Ameli). Cette mesure de sécurité supplémentaire permet d'éviter une usurpation "
    "d'identité.",
    "Pour aller plus loin - liens utiles",
    "FAQ FranceConnect",
    "Ensemble des démarches FranceConnect",
    "Ce tutoriel est mis à disposition sous les termes de la Licence Ouverte 2.0 (ou licence "
    "CC BY-SA 4.0).",
    "Ce tutoriel a été produit dans le cadre du projet Clic&Connect.",
    "L'objectif est d'accompagner les petites structures économiques dans leurs besoins "
    "d'acquisition d'outils numériques et de leur permettre d'accéder aux dispositifs publics "
    "mis en place visant à maintenir, développer et pérenniser l'activité des TPE.",
    "Tous les éléments reproduits dans les captures d'écran sont la propriété des sites "
    "desquels ils sont tirés.",
]


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) >= 20, found  # the loops below must not pass on no page
    return found


def test_franceconnect_tutorial_holds_every_part_of_the_seed(site):
    # The text as the author wrote it: the glossary's definitions (tut-term__definition),
    # added after the words they explain, aside.
    html = (site / "tutoriels/franceconnect.html").read_text(encoding="utf-8")
    text = read_page(html, without=frozenset({"tut-term__definition"})).text
    missing = [part for part in SEED_PARTS if part not in text]
    assert missing == []


def test_franceconnect_keeps_the_seed_links_to_identity_providers(site):
    links = read_page((site / "tutoriels/franceconnect.html").read_text(encoding="utf-8")).links
    assert "http://lidentite-numerique.la-poste.fr" in links
    assert "http://mobileconnect.etmoi.fr" in links
    assert "https://www.mesdroitssociaux.gouv.fr/accueil/" in links


def test_home_page_cards_come_from_the_tutorials_front_matter(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    text = read_page(html).text
    assert '<a class="tut-card__link" href="tutoriels/franceconnect.html">' in html
    assert "Comment créer et utiliser un compte FranceConnect ? Vous souhaitez faciliter" in text
    assert "4 étapes · 10 minutes environ · Débutant" in text
    assert "#franceconnect" in text


def test_tag_index_lists_the_tutorial_under_each_of_its_tags(site):
    html = (site / "tags.html").read_text(encoding="utf-8")
    for tag in ("franceconnect", "identificationunique", "démarcheadministrative"):
        assert f'id="tag:{tag}"' in html
    tutorial = (site / "tutoriels/franceconnect.html").read_text(encoding="utf-8")
    assert 'href="../tags.html#tag:franceconnect"' in tutorial


def test_search_index_is_french_and_holds_the_tutorial(site):
    entry = json.loads((site / "pagefind/pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["fr"]["wasm"] == "fr"  # French stemming
    tutorial = (site / "tutoriels/franceconnect.html").read_text(encoding="utf-8")
    assert '<article class="md-content__inner md-typeset" data-pagefind-body>' in tutorial


def test_no_page_loads_anything_from_another_host(site):
    external = []
    for path in pages(site):
        reader = read_page(path.read_text(encoding="utf-8"))
        for tag, url in reader.resources:
            if urlsplit(url.strip()).netloc or url.strip().startswith("//"):
                external.append(f"{path.relative_to(site)}: <{tag}> {url}")
    for path in site.rglob("*.css"):
        for match in CSS_URL.findall(path.read_text(encoding="utf-8")):
            url = next(part for part in match if part)
            if re.match(r"(https?:)?//", url):
                external.append(f"{path.relative_to(site)}: url({url})")
    assert external == []


def test_no_google_fonts_or_analytics_anywhere(site):
    for path in pages(site):
        html = path.read_text(encoding="utf-8")
        for marker in ("fonts.googleapis", "fonts.gstatic", "googletagmanager", "analytics"):
            assert marker not in html, f"{path.relative_to(site)} mentions {marker}"


@pytest.mark.parametrize("attribute", ["links", "resources"])
def test_every_internal_link_and_resource_is_a_file_so_the_site_works_offline(site, attribute):
    broken = []
    # 404.html is served by a web server for any missing path, so it uses root-relative
    # URLs on purpose; it is never opened from a folder.
    for path in [page for page in pages(site) if page.name != "404.html"]:
        reader = read_page(path.read_text(encoding="utf-8"))
        urls = reader.links if attribute == "links" else [url for _, url in reader.resources]
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{path.relative_to(site)} -> {url}")
    assert broken == []
