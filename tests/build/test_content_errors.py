"""Bad content fails the real `mkdocs build` with a message naming file and field.

The sites are cases of the catalogue of bad inputs (tests/fixtures/bad/): the strict
builds are those of tests/build/test_bad_inputs.py (one per session, through `builds`);
here, each whole message, and the same failure without --strict.
"""

import pytest

from conftest import BAD, run_build

CASES = {
    "fm-yaml-invalid": "docs/tutoriels/x.md, ligne 4 : l'en-tête (entre les lignes ---) n'est pas "
                       "du YAML valide : expected ',' or ']', but got '<stream end>' (colonne 1). "
                       "Vérifiez les guillemets, les crochets et les deux-points de cette ligne.",
    "fm-tags-text": "docs/tutoriels/x.md, ligne 5 : champ « tags » : attendu une liste de textes "
                    "(une ligne « - texte » par élément), trouvé le texte « franceconnect ». "
                    "Corrigez cette valeur dans l'en-tête.",
    "fm-title-missing": "docs/tutoriels/x.md : champ « title » absent : chaque tutoriel a un "
                        "titre. Ajoutez une ligne « title: … » dans l'en-tête.",
    "fm-summary-missing": "docs/tutoriels/x.md : champ « summary » absent : le résumé ouvre "
                          "chaque tutoriel. Ajoutez une ligne « summary: … » dans l'en-tête.",
    "fm-updated-impossible": "docs/tutoriels/x.md, ligne 4 : champ « updated » : attendu une "
                             "date qui existe, trouvé le texte « 2022-02-30 ». Corrigez cette "
                             "valeur dans l'en-tête.",
    "step-empty-title": "docs/tutoriels/x.md, ligne 12 : étape 2 sans titre : écrivez "
                        "« /// step | Titre de l'étape ».",
    "step-outside-tutorial": "docs/guide.md, ligne 3 : étape 1 (« Perdue ») : un bloc step ne se "
                             "place que dans un tutoriel (une page sous docs/tutoriels/). Retirez "
                             "le bloc ou déplacez la page.",
}


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "not-strict"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_tutorial_fails_the_build_with_file_and_field(case, strict, builds, tmp_path):
    config = BAD / case / "mkdocs.yml"
    result = builds(config) if strict else run_build(config, tmp_path / "site", strict=False)
    assert result.returncode == 1, result.output
    assert CASES[case] in result.output
    assert "1 erreur dans le contenu, décrite ci-dessus : le site n'a pas été construit." \
        in result.output
    assert "Traceback" not in result.output
    assert not (result.site / "index.html").exists()


def test_malformed_front_matter_is_reported_once_not_as_missing_fields(builds):
    output = builds(BAD / "fm-yaml-invalid" / "mkdocs.yml").output
    assert "« title » absent" not in output
    assert output.count("ERROR") == 2  # the YAML problem, then the summary line


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("fm-unknown-key", "docs/tutoriels/x.md, ligne 5 : clé d'en-tête inconnue « sumary » : "
                           "vouliez-vous dire « summary » ?"),
        ("prerequisite-missing-page", "docs/tutoriels/x.md, ligne 6 : lien « absent.md » : "
                                      "sa cible « docs/tutoriels/absent.md » n'existe pas."),
    ],
)
def test_warnings_fail_the_strict_build_only(case, message, builds, tmp_path):
    strict = builds(BAD / case / "mkdocs.yml")
    assert strict.returncode == 1 and message in strict.output
    assert "Aborted with 1 warnings in strict mode!" in strict.output
    relaxed = run_build(BAD / case / "mkdocs.yml", tmp_path / "site", strict=False)
    assert relaxed.returncode == 0 and message in relaxed.output
