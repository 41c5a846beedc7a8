"""A fork's identity comes from `mkdocs.yml` `extra` alone (tests/fixtures/fork)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import BAD


@pytest.fixture(scope="module")
def fork_site(fixture_site) -> Path:
    return fixture_site("fork")


def test_the_fork_shows_its_name_contact_and_links(fork_site):
    html = (fork_site / "tutoriels" / "demarche.html").read_text("utf-8")
    assert 'Site publié par <a href="https://trifouillis.example">France Services de Trifouillis</a>.' in html
    assert '<a href="mailto:accueil@trifouillis.example">' in html
    assert '<a href="tel:0123456789">01 23 45 67 89</a>' in html
    assert '<a href="../horaires.html">Nos horaires</a>' in html
    assert '<a href="https://mairie.trifouillis.example">Mairie</a>' in html
    assert '<img src="../assets/logo.svg" alt="logo">' in html
    assert "<title>Prendre rendez-vous - Numérique Solidaire Trifouillis</title>" in html


def test_the_fork_texts_follow_the_language(fork_site):
    html = (fork_site / "en" / "tutoriels" / "demarche.html").read_text("utf-8")
    assert 'Site published by <a href="https://trifouillis.example">France Services Trifouillis</a>.' in html
    assert '<a href="../horaires.html">Opening hours</a>' in html
    assert '<a href="https://mairie.trifouillis.example">Mairie</a>' in html
    assert "--md-primary-fg-color: #6a1b9a;" in html


def test_the_fork_has_its_colours(fork_site):
    html = (fork_site / "index.html").read_text("utf-8")
    assert "--md-primary-fg-color: #6a1b9a;" in html
    assert "--md-primary-bg-color: #ffffff;" in html
    assert "--md-accent-fg-color: #00796b;" in html


def test_the_fork_licence_default_applies(fork_site):
    html = (fork_site / "tutoriels" / "demarche.html").read_text("utf-8")
    assert "creativecommons.org/licenses/by/4.0/" in html
    assert "Licence Ouverte" not in html


def test_a_wrong_colour_or_link_fails_the_build_naming_the_field(builds):
    result = builds(BAD / "fork-colour-and-link-invalid" / "mkdocs.yml")
    assert result.returncode != 0
    assert ("mkdocs.yml : « extra.colors.primary » : attendu une couleur CSS comme « #000091 »"
            in result.output)
    assert ("mkdocs.yml : « extra.structure.links » élément 1 : aucune page « absente.md » sous "
            "docs/." in result.output)
