"""The tutorial front-matter schema: clean values in, exact messages out."""

import datetime

import pytest

from pas_a_pas.schema import tutorials as schema

LICENCES = {"etalab-2.0": "Licence Ouverte 2.0", "cc-by-sa-4.0": "CC BY-SA 4.0"}
VALID = {"title": "Titre", "summary": "Résumé.", "updated": datetime.date(2022, 4, 6)}


def check(**changes):
    meta = {**VALID, **changes}
    return schema.validate({k: v for k, v in meta.items() if v is not ...}, LICENCES, "etalab-2.0")


def test_valid_front_matter_gives_clean_values_and_defaults():
    result = check(tags=["franceconnect"], duration=10, level="débutant")
    assert result.errors == [] and result.warnings == []
    assert result.values["tags"] == ["franceconnect"]
    assert result.values["licence"] == ["etalab-2.0"]
    assert result.values["prerequisites"] == []
    assert result.values["updated"] == datetime.date(2022, 4, 6)
    assert result.values["screenshot_notice"] is False


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ...},
         "champ « title » absent : chaque tutoriel a un titre. Ajoutez une ligne « title: … » dans l'en-tête."),
        ({"summary": ...},
         "champ « summary » absent : le résumé ouvre chaque tutoriel. Ajoutez une ligne « summary: … » dans l'en-tête."),
        ({"updated": ...},
         "champ « updated » absent : la date de dernière mise à jour est affichée et demandée par la licence. Ajoutez une ligne « updated: … » dans l'en-tête."),
        ({"title": ""},
         "champ « title » : attendu un texte non vide, trouvé un texte vide. Corrigez cette valeur dans l'en-tête."),
        ({"title": 42},
         "champ « title » : attendu un texte non vide, trouvé le nombre 42. Corrigez cette valeur dans l'en-tête."),
        ({"tags": "franceconnect"},
         "champ « tags » : attendu une liste de textes (une ligne « - texte » par élément), trouvé le texte « franceconnect ». Corrigez cette valeur dans l'en-tête."),
        ({"tags": ["a", 3]},
         "champ « tags » : attendu une liste de textes (une ligne « - texte » par élément), trouvé une liste dont l'élément 2 est le nombre 3. Corrigez cette valeur dans l'en-tête."),
        ({"prerequisites": {"a": 1}},
         "champ « prerequisites » : attendu une liste de textes (une ligne « - texte » par élément), trouvé des paires « clé: valeur ». Corrigez cette valeur dans l'en-tête."),
        ({"updated": "06/04/2022"},
         "champ « updated » : attendu une date écrite AAAA-MM-JJ (par exemple 2022-04-06), trouvé le texte « 06/04/2022 ». Corrigez cette valeur dans l'en-tête."),
        ({"updated": "2022-02-30"},
         "champ « updated » : attendu une date qui existe, trouvé le texte « 2022-02-30 ». Corrigez cette valeur dans l'en-tête."),
        ({"duration": 0},
         "champ « duration » : attendu un nombre entier de minutes plus grand que 0, trouvé le nombre 0. Corrigez cette valeur dans l'en-tête."),
        ({"duration": True},
         "champ « duration » : attendu un nombre entier de minutes plus grand que 0, trouvé le booléen true. Corrigez cette valeur dans l'en-tête."),
        ({"level": "facile"},
         "champ « level » : attendu l'un de débutant, intermédiaire, avancé, trouvé le texte « facile ». Corrigez cette valeur dans l'en-tête."),
        ({"licence": "gpl"},
         "champ « licence » : attendu l'un de etalab-2.0, cc-by-sa-4.0 (ou une liste d'entre eux), trouvé le texte « gpl ». Corrigez cette valeur dans l'en-tête."),
        ({"licence": []},
         "champ « licence » : attendu l'un de etalab-2.0, cc-by-sa-4.0 (ou une liste d'entre eux), trouvé une liste vide. Corrigez cette valeur dans l'en-tête."),
        ({"screenshot_notice": "oui"},
         "champ « screenshot_notice » : attendu true ou false, trouvé le texte « oui ». Corrigez cette valeur dans l'en-tête."),
        ({"credits": None},
         "champ « credits » : attendu un texte non vide, trouvé une valeur vide. Corrigez cette valeur dans l'en-tête."),
    ],
)
def test_each_bad_field_gets_a_message_naming_field_expected_and_found(changes, message):
    result = check(**changes)
    assert result.errors == [message]


def test_a_bad_field_falls_back_to_its_default_so_the_page_still_renders():
    assert check(tags="franceconnect").values["tags"] == []


def test_licence_accepts_a_list_in_any_case_for_dual_licensing():
    assert check(licence=["etalab-2.0", "CC-BY-SA-4.0"]).values["licence"] == [
        "etalab-2.0", "cc-by-sa-4.0"]


def test_date_given_as_quoted_text_is_accepted():
    assert check(updated="2022-04-06").values["updated"] == datetime.date(2022, 4, 6)


def test_unknown_key_is_a_warning_suggesting_the_closest_key():
    result = check(sumary="x")
    assert result.errors == []
    assert result.warnings == ["clé d'en-tête inconnue « sumary » : vouliez-vous dire « summary » ?"]
    assert result.warning_fields == ["sumary"]


def test_unknown_key_without_close_match_lists_known_keys():
    (warning,) = check(zzz=1).warnings
    assert warning.startswith("clé d'en-tête inconnue « zzz » : clés connues : title, summary, tags,")


def test_theme_keys_are_accepted_without_warning():
    assert check(template="x.html", hide=["toc"]).warnings == []


def test_unparseable_front_matter_names_the_yaml_problem_and_line():
    with pytest.raises(schema.Invalid) as error:
        schema.parse_front_matter("title: x\nsummary: y\ntags: [a, b\n")
    assert error.value.text(schema.default_errors()) == (
        "l'en-tête (entre les lignes ---) n'est pas du YAML valide : expected ',' or ']', but "
        "got '<stream end>' (colonne 1). Vérifiez les guillemets, les crochets et les "
        "deux-points de cette ligne."
    )
    assert error.value.line == 5  # of the file: '---' is line 1


def test_a_character_yaml_refuses_is_named_with_its_line():
    with pytest.raises(schema.Invalid) as error:
        schema.parse_front_matter("title: x\nsummary: \x00\n")
    assert error.value.text(schema.default_errors()) == (
        "caractère invisible interdit (U+0000), souvent collé depuis un autre logiciel : "
        "supprimez-le (retapez la ligne)."
    )
    assert error.value.line == 3  # of the file: '---' is line 1


def test_recovered_front_matter_keeps_dates_as_text_for_a_precise_message():
    assert schema.parse_front_matter("updated: 2022-02-30")["updated"] == "2022-02-30"


def test_front_matter_that_is_not_a_mapping_is_rejected():
    with pytest.raises(schema.Invalid) as error:
        schema.parse_front_matter("- a\n- b\n")
    assert error.value.text(schema.default_errors()) == (
        "l'en-tête doit être fait de lignes « clé: valeur », trouvé une liste. "
        "Écrivez par exemple « title: Mon titre »."
    )


def test_each_field_has_the_line_of_the_file_it_is_written_on():
    assert schema.field_lines("title: x\nsummary: >\n  y: z\ntags: [a]\n") == {
        "title": 2, "summary": 3, "tags": 5}


def test_errors_name_their_field_for_the_line():
    result = check(title=42, duration=0)
    assert result.error_fields == ["title", "duration"]


def test_messages_are_those_given_english_for_an_english_site():
    result = schema.validate({"title": 42, "summary": "s", "updated": "2022-04-06"}, LICENCES,
                             "etalab-2.0", schema.default_errors("en"))
    assert result.errors == [
        "field 'title': expected a non-empty text, found the number 42. "
        "Correct this value in the front matter."
    ]


def test_a_check_that_gives_only_a_text_has_it_shown_after_the_field():
    error = schema.Invalid("l'un de identite-numerique, impots")
    assert schema.invalid_message("category", error, schema.default_errors()) == (
        "champ « category » : l'un de identite-numerique, impots. "
        "Corrigez cette valeur dans l'en-tête."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Found by tests/unit/test_schema_properties.py: each was a traceback.
        ("updated: !!timestamp 2022-13-45", "une valeur ne correspond pas à son type YAML "
         "(month must be in 1..12) : retirez la balise « !! » de la valeur ou corrigez la valeur."),
        ("duration: !!float dix", "une valeur ne correspond pas à son type YAML (could not "
         "convert string to float: 'dix') : retirez la balise « !! » de la valeur ou corrigez "
         "la valeur."),
        ("updated: !!timestamp", "une valeur ne correspond pas à son type YAML (!!timestamp, "
         "!!int…) : retirez la balise « !! » de la valeur ou corrigez la valeur."),
        ("tags: " + "[" * 2000, "des listes ou des paires « clé: valeur » sont imbriquées trop "
         "profondément : simplifiez ce YAML."),
    ],
)
def test_values_yaml_cannot_build_are_reported_not_raised(text, message):
    with pytest.raises(schema.Invalid) as raised:
        schema.parse_front_matter(text)
    assert raised.value.text(schema.default_errors()) == message
