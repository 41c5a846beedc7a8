"""Drafts and the skeleton's placeholders (hooks/drafts.py), and the draft field."""

from __future__ import annotations

import pytest

from pas_a_pas import drafts
from pas_a_pas.schema import tutorials as tutorial_schema
from pas_a_pas.tutorials import says_draft


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: x\ndraft: true\n---\n\nTexte", True),
        ("---\ntitle: x\ndraft: false\n---\n", False),
        ("---\ntitle: x\n---\n", False),
        ("---\ntitle: x\ndraft: 'true'\n---\n", False),  # a string: the schema reports it
        ("---\ntitle: [x\ndraft: true\n---\n", False),  # unreadable: tutorials.py reports it
        ("---\nupdated: 2026-02-30\ndraft: true\n---\n", True),  # an impossible date too
        ("Pas d'en-tête.\ndraft: true\n", False),
    ],
)
def test_says_draft(text, expected, tmp_path):
    path = tmp_path / "tutoriel.md"
    path.write_text(text, encoding="utf-8")
    assert says_draft(str(path)) is expected


def test_placeholders_are_found_in_summary_tags_and_body():
    meta = {"summary": "À compléter : en une phrase.", "tags": ["impôts", "À-Compléter"]}
    assert drafts.placeholder_fields(meta, "Intro.\n\nà  compléter plus tard") == [
        ("draft_placeholder_field", "summary"),
        ("draft_placeholder_tag", "tags"),
        ("draft_placeholder_body", "body"),
    ]


def test_a_finished_tutorial_holds_no_placeholder():
    meta = {"summary": "Déclarer ses revenus.", "tags": ["impôts", "compléter"]}
    assert drafts.placeholder_fields(meta, "Complétez le formulaire.") == []
    assert drafts.placeholder_fields({"summary": None, "tags": "x"}, "") == []


def test_the_draft_field_is_a_boolean():
    base = {"title": "T", "summary": "S", "updated": "2026-11-28"}
    result = tutorial_schema.validate({**base, "draft": True}, {"etalab-2.0": "x"}, "etalab-2.0")
    assert result.errors == [] and result.warnings == [] and result.values["draft"] is True
    assert tutorial_schema.validate(base, {"etalab-2.0": "x"}, "etalab-2.0").values["draft"] is False
    result = tutorial_schema.validate({**base, "draft": "oui"}, {"etalab-2.0": "x"}, "etalab-2.0")
    assert result.errors == [
        "champ « draft » : attendu true ou false, trouvé le texte « oui »."
        " Corrigez cette valeur dans l'en-tête."
    ]
