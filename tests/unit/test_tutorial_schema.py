"""The tutorial front-matter schema: clean values in, exact messages out."""

import datetime

import pytest

import tutorial_schema as schema

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
        ({"title": ...}, "'title' is missing: every tutorial needs a title"),
        ({"summary": ...}, "'summary' is missing: the summary (Résumé) opens every tutorial"),
        ({"updated": ...},
         "'updated' is missing: the date of last update is shown and required by the licence"),
        ({"title": ""}, "'title' must be a non-empty text, got the string ''"),
        ({"title": 42}, "'title' must be a non-empty text, got the number 42"),
        ({"tags": "franceconnect"},
         "'tags' must be a list of strings, got the string 'franceconnect'"),
        ({"tags": ["a", 3]}, "'tags' must be a list of strings, got a list whose item 2 is the number 3"),
        ({"prerequisites": {"a": 1}},
         "'prerequisites' must be a list of strings, got a mapping (key: value pairs)"),
        ({"updated": "06/04/2022"},
         "'updated' must be a date written YYYY-MM-DD (e.g. 2022-04-06), got the string '06/04/2022'"),
        ({"updated": "2022-02-30"},
         "'updated' must be a real date, got '2022-02-30' (day is out of range for month)"),
        ({"duration": 0}, "'duration' must be a whole number of minutes greater than 0, got the number 0"),
        ({"duration": True}, "'duration' must be a whole number of minutes greater than 0, got the boolean true"),
        ({"level": "facile"},
         "'level' must be one of débutant, intermédiaire, avancé, got the string 'facile'"),
        ({"licence": "gpl"},
         "'licence' must be one of etalab-2.0, cc-by-sa-4.0 (or a list of them), got the string 'gpl'"),
        ({"licence": []},
         "'licence' must be one of etalab-2.0, cc-by-sa-4.0 (or a list of them), got an empty list"),
        ({"screenshot_notice": "oui"}, "'screenshot_notice' must be true or false, got the string 'oui'"),
        ({"credits": None}, "'credits' must be a non-empty text, got an empty value"),
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
    assert result.warnings == ["unknown front-matter key 'sumary' (did you mean 'summary'?)"]


def test_unknown_key_without_close_match_lists_known_keys():
    (warning,) = check(zzz=1).warnings
    assert warning.startswith("unknown front-matter key 'zzz' (known keys: title, summary, updated,")


def test_theme_keys_are_accepted_without_warning():
    assert check(template="x.html", hide=["toc"]).warnings == []


def test_unparseable_front_matter_names_the_yaml_problem_and_line():
    with pytest.raises(schema.Invalid) as error:
        schema.parse_front_matter("title: x\nsummary: y\ntags: [a, b\n")
    assert str(error.value) == (
        "the front matter is not valid YAML: expected ',' or ']', but got '<stream end>' "
        "(line 5 of the file, column 1)"
    )


def test_recovered_front_matter_keeps_dates_as_text_for_a_precise_message():
    assert schema.parse_front_matter("updated: 2022-02-30")["updated"] == "2022-02-30"


def test_front_matter_that_is_not_a_mapping_is_rejected():
    with pytest.raises(schema.Invalid) as error:
        schema.parse_front_matter("- a\n- b\n")
    assert str(error.value) == "the front matter must be key: value pairs, got a list"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Found by tests/unit/test_schema_properties.py: each was a traceback.
        ("updated: !!timestamp 2022-13-45", "the front matter is not valid YAML: a value does "
         "not fit its YAML type (month must be in 1..12)"),
        ("duration: !!float dix", "the front matter is not valid YAML: a value does not fit "
         "its YAML type (could not convert string to float: 'dix')"),
        ("updated: !!timestamp", "the front matter is not valid YAML: a value does not fit "
         "its YAML tag (!!timestamp, !!int...)"),
        ("tags: " + "[" * 2000,
         "the front matter is not valid YAML: lists or mappings nested too deeply"),
    ],
)
def test_values_yaml_cannot_build_are_reported_not_raised(text, message):
    with pytest.raises(schema.Invalid) as raised:
        schema.parse_front_matter(text)
    assert str(raised.value) == message
