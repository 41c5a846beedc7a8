"""Drafts are checked but left out of the built site; published placeholders fail --strict."""

from __future__ import annotations

import pytest

from conftest import BAD, run_build
from search_index import pagefind_records

DRAFT_WORDS = ("brouillon.html", "Un tutoriel en préparation", "motcleduBrouillon",
               "Motdubrouillon")


@pytest.fixture(scope="module")
def drafts_site(fixture_site):
    return fixture_site("drafts")


@pytest.mark.parametrize("folder", ["", "en/"], ids=["fr", "en"])
def test_a_draft_is_left_out_of_the_built_site(drafts_site, folder):
    root = drafts_site / folder
    # The published tutorial is there, the draft nowhere: page, home cards, nav, tags.
    assert (root / "tutoriels" / "publie.html").is_file()
    assert not (root / "tutoriels" / "brouillon.html").exists()
    home = (root / "index.html").read_text("utf-8")
    assert "Un tutoriel publié" in home
    for page in ("index.html", "tags.html", "tutoriels/publie.html"):
        text = (root / page).read_text("utf-8")
        assert "Un tutoriel publié" in text or page == "tags.html", page
        for word in DRAFT_WORDS:
            assert word.casefold() not in text.casefold(), (page, word)
    assert "publié" in (root / "tags.html").read_text("utf-8")
    # The search index (Pagefind): the published tutorial, not the draft.
    records = {url: record for url, record in pagefind_records(drafts_site).items()
               if url.startswith(f"/{folder}") and (folder or not url.startswith("/en/"))}
    assert f"/{folder}tutoriels/publie.html" in records
    indexed = " ".join(f"{url} {record['content']}" for url, record in records.items())
    for word in DRAFT_WORDS:
        assert word.casefold() not in indexed.casefold(), word


def test_no_built_file_mentions_the_draft(drafts_site):
    mentions = [
        path.relative_to(drafts_site).as_posix()
        for path in drafts_site.rglob("*")
        if path.is_file() and path.suffix in {".html", ".json", ".xml"}
        and any(word.casefold() in path.read_text("utf-8").casefold() for word in DRAFT_WORDS)
    ]
    assert (drafts_site / "sitemap.xml").is_file()
    # The translations page lists the published tutorial only.
    assert "Un tutoriel publié" in (drafts_site / "en" / "traductions.html").read_text("utf-8")
    assert mentions == []


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "not-strict"])
def test_a_draft_is_still_checked(strict, builds, tmp_path):
    config = BAD / "draft-invalid" / "mkdocs.yml"
    result = builds(config) if strict else run_build(config, tmp_path / "site", strict=False)
    assert result.returncode == 1, result.output
    assert ("docs/tutoriels/x.md, ligne 4 : champ « updated » : attendu une date qui existe, "
            "trouvé le texte « 2026-02-30 ». Corrigez cette valeur dans l'en-tête."
            in result.output)
    assert ("docs/tutoriels/x.md, ligne 9 : étape 1 sans titre : écrivez « /// step | Titre de "
            "l'étape »." in result.output)
    assert "Traceback" not in result.output


PLACEHOLDER_MESSAGES = [
    "docs/tutoriels/x.md : le champ « summary » contient encore le texte du modèle « À compléter » "
    ": remplacez-le par le vôtre, ou remettez « draft: true » dans l'en-tête tant que le "
    "tutoriel n'est pas prêt.",
    "docs/tutoriels/x.md : le champ « tags » contient encore le mot-clé du modèle « à-compléter » "
    ": remplacez-le par les mots-clés du tutoriel, ou remettez « draft: true » dans l'en-tête "
    "tant que le tutoriel n'est pas prêt.",
    "docs/tutoriels/x.md : le texte du tutoriel (body, sous l'en-tête) contient encore « À "
    "compléter » : écrivez votre texte à sa place, ou remettez « draft: true » dans l'en-tête "
    "tant que le tutoriel n'est pas prêt.",
]


def test_published_placeholders_fail_the_strict_build(builds):
    result = builds(BAD / "placeholder-published" / "mkdocs.yml")
    assert result.returncode == 1, result.output
    for message in PLACEHOLDER_MESSAGES:
        assert message in result.output
    assert "Aborted with 3 warnings in strict mode!" in result.output
