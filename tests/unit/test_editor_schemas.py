"""The JSON Schemas (site/schemas/) and the editor's form follow the build's own schema.

They accept the real tutorials and scenario, and reject each bad-input fixture that is a
front-matter or scenario type error; what a static schema cannot say is listed, so that
a new fixture of those kinds has to be sorted here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from mkdocs.utils import yaml_load

from conftest import BAD, FIXTURES, ROOT
from pas_a_pas.core.strings import strings
from pas_a_pas.editor import cms_config, schemas
from pas_a_pas.schema import categories
from pas_a_pas.schema.invalid import Invalid
from pas_a_pas.schema.kinds import kind_of
from pas_a_pas.schema.mockups import ELEMENTS
from pas_a_pas.schema.mockups import check as check_scenario
from pas_a_pas.schema.tutorials import Field, check_minutes, fields
from pas_a_pas.tutorials import licences

WORDS = strings("fr")
FIELDS = fields(licences(None, WORDS), "etalab-2.0")
with open(ROOT / "mkdocs.yml", encoding="utf-8") as handle:
    CATEGORIES = categories.parse(yaml_load(handle)["extra"]["categories"]).ids

# Front-matter and scenario fixtures the schemas reject, and those they cannot (why).
REJECTED_TUTORIALS = (
    "draft-invalid", "fm-duration-zero", "fm-level-unknown", "fm-licence-empty",
    "fm-licence-unknown", "fm-not-mapping", "fm-prerequisites-mapping",
    "fm-screenshot-notice-text", "fm-sources-http", "fm-summary-missing", "fm-tags-item-number", "fm-tags-text",
    "fm-title-missing", "fm-title-number", "fm-unknown-key", "fm-updated-format",
    "fm-updated-impossible", "fm-updated-missing",
)
NOT_STATIC_TUTORIALS = {
    "fm-updated-future": "a date after the day of the build",
    "fm-yaml-invalid": "not YAML: the editor's YAML support says so itself",
}
REJECTED_SCENARIOS = ("scenario-unknown-element", "scenario-several-errors",
                      "scenario-form-fields")
NOT_STATIC_SCENARIOS = {
    "scenario-missing-screen": "a `go` to a screen that does not exist",
    "scenario-tutorial-missing": "a tutorial page that does not exist",
    "scenario-duplicate-screen": "a key written twice (YAML keeps the last one)",
    "scenario-yaml-invalid": "not YAML",
    "scenario-form-recap-go": "a choice's `go` to a missing screen, a recap naming a field "
                              "no earlier screen asks",
}


def tutorial_validator(known_fields: dict[str, Field] = FIELDS) -> jsonschema.Validator:
    schema = schemas.tutorial_schema(known_fields, CATEGORIES, {}, "test")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def scenario_validator() -> jsonschema.Validator:
    schema = schemas.scenario_schema_json("test")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


class TextDates(yaml.SafeLoader):
    """YAML as an editor's YAML support reads it: a date is a text (`2022-02-30` too)."""


TextDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return yaml.load(text.split("---\n", 2)[1], Loader=TextDates)


def only_tutorial(case: str) -> Path:
    found = sorted((BAD / case / "docs" / "tutoriels").glob("*.md"))
    assert len(found) == 1, found
    return found[0]


def only_scenario(case: str) -> Path:
    found = sorted((BAD / case / "docs" / "mockups").glob("*.yml"))
    assert len(found) == 1, found
    return found[0]


def test_every_front_matter_and_scenario_fixture_is_sorted():
    cases = {path.name for path in BAD.iterdir() if path.is_dir()}
    tutorials = {case for case in cases if case.startswith("fm-")}
    assert tutorials == {case for case in REJECTED_TUTORIALS if case.startswith("fm-")} | set(
        NOT_STATIC_TUTORIALS)
    scenarios = {case for case in cases if case.startswith("scenario-")}
    assert scenarios == set(REJECTED_SCENARIOS) | set(NOT_STATIC_SCENARIOS)


def test_the_real_tutorials_are_valid():
    validator = tutorial_validator()
    tutorials = sorted((ROOT / "docs" / "tutoriels").glob("*.md"))
    assert len(tutorials) >= 2, tutorials
    for path in tutorials:
        errors = [error.message for error in validator.iter_errors(front_matter(path))]
        assert errors == [], path


@pytest.mark.parametrize("case", REJECTED_TUTORIALS)
def test_a_bad_front_matter_is_rejected_by_the_schema(case: str):
    assert not tutorial_validator().is_valid(front_matter(only_tutorial(case)))


def test_an_unknown_category_or_level_is_rejected():
    validator = tutorial_validator()
    good = front_matter(ROOT / "docs" / "tutoriels" / "franceconnect.md")
    assert validator.is_valid(good)
    assert not validator.is_valid({**good, "category": "inconnue"})
    assert not validator.is_valid({**good, "level": "facile"})
    assert not validator.is_valid({**good, "duration": 0})
    assert validator.is_valid({**good, "licence": "cc0-1.0", "order": -2, "draft": True})


def test_the_real_scenarios_are_valid():
    validator = scenario_validator()
    paths = [*sorted((ROOT / "docs" / "mockups").glob("*.yml")),
             *sorted((FIXTURES / "mockup-valid" / "docs" / "mockups").glob("*.yml"))]
    assert len(paths) >= 2, paths
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [error.message for error in validator.iter_errors(data)] == [], path


@pytest.mark.parametrize("case", REJECTED_SCENARIOS)
def test_a_bad_scenario_is_rejected_by_the_schema(case: str):
    data = yaml.safe_load(only_scenario(case).read_text(encoding="utf-8"))
    assert not scenario_validator().is_valid(data)


def test_a_field_added_to_the_schema_reaches_the_json_schema_and_the_form():
    added = {**FIELDS, "pause": Field(check_minutes)}
    schema = schemas.tutorial_schema(added, CATEGORIES, {}, "test")
    assert schema["properties"]["pause"] == {"type": "integer", "minimum": 1}
    assert tutorial_validator(added).is_valid({
        **front_matter(ROOT / "docs" / "tutoriels" / "franceconnect.md"), "pause": 5})
    site = cms_config.Site("docs", ["fr"], [("impots", "Impôts")])
    form = cms_config.form_field("pause", added["pause"], site, WORDS["editor"], {}, False)
    assert form == {"name": "pause", "label": "pause", "widget": "number", "value_type": "int",
                    "min": 1, "required": False}


def test_required_fields_are_those_of_the_build():
    schema = schemas.tutorial_schema(FIELDS, CATEGORIES, {}, "test")
    assert schema["required"] == ["title", "summary", "updated", "category"]
    assert schema["properties"]["category"] == {"enum": CATEGORIES}


def scenario(*elements: Any) -> dict[str, Any]:
    """A scenario of one screen with these elements, and a recap of "Pays" on a second."""
    return {"title": "Essai", "screens": {
        "debut": {"title": "Début", "elements": [
            *elements, {"submit": {"label": "Valider", "go": "fin"}}]},
        "fin": {"title": "Fin", "elements": [
            {"recap": {"title": "Vérifiez", "fields": ["Pays"], "edit": "debut"}}]}}}


def test_every_element_field_and_front_matter_field_declares_its_kind():
    for spec in ELEMENTS.values():
        for check, _ in spec["fields"].values():
            assert kind_of(check).name
    for spec in FIELDS.values():
        assert kind_of(spec.check).name
    assert kind_of(FIELDS["sources"].check).name == "sources"


def test_the_form_elements_are_in_the_scenario_schema():
    validator = scenario_validator()
    good = scenario(
        {"cookies": None}, {"cookies": "le site"}, {"progress": {"step": 1, "of": 3}},
        {"choice": {"label": "Pour qui ?", "options": ["Moi", {"label": "Un enfant",
                                                              "go": "debut"}, 2026]}},
        {"select": {"label": "Pays", "options": ["France", "Belgique"], "required": True,
                    "error": "Choisissez un pays."}},
        {"date": {"label": "Date de naissance"}},
        {"upload": {"label": "Photo", "accept": "jpg, .PNG,pdf"}},
        {"upload": {"label": "Photo", "accept": ["jpg", "png"]}},
        {"sms": {"from": "ANTS", "text": ["Votre code", "123456"]}},
        {"code": {"label": "Code", "digits": 6, "expect": 123456}},
        {"code": {"label": "Code", "digits": 6, "expect": "012345"}},
        {"receipt": {"title": "Reçu", "reference": {"label": "Numéro", "value": 1234}}},
    )
    assert [error.message for error in validator.iter_errors(good)] == []
    assert check_scenario("essai", good).errors == []  # the build agrees
    pays = {"select": {"label": "Pays", "options": ["France"]}}
    for bad in (
        {"choice": {"label": "Pour qui ?", "options": []}},
        {"choice": {"label": "Pour qui ?", "options": [{"go": "debut"}]}},
        {"select": {"label": "Pays", "options": [{"label": "France", "go": "debut"}]}},
        {"select": {"label": "Pays", "options": ["France"], "required": True}},
        {"input": {"label": "Numéro", "digits": 13}},
        {"upload": {"label": "Photo", "accept": "jpg,"}},
        {"upload": {"label": "Photo", "accept": ["jpg", "image/png"]}},
        {"code": {"label": "Code", "digits": 6, "expect": True}},
        {"recap": {"title": "Vérifiez", "fields": []}},
        {"receipt": {"title": "Reçu", "reference": {"label": "Numéro"}}},
        {"receipt": {"title": "Reçu", "reference": "1234"}},
        {"progress": {"step": 0, "of": 3}},
    ):
        assert not validator.is_valid(scenario(pays, bad)), bad
        assert check_scenario("essai", scenario(pays, bad)).errors, bad


def test_sources_are_in_the_tutorial_schema_and_the_form():
    validator = tutorial_validator()
    good = front_matter(ROOT / "docs" / "tutoriels" / "pre-demande-carte-identite.md")
    assert good["sources"] and validator.is_valid(good)
    source = {"title": "Une page", "url": "https://www.service-public.fr/F1341",
              "checked": "2024-01-31"}
    assert validator.is_valid({**good, "sources": [source]})
    for bad in ([], [{**source, "url": "http://www.service-public.fr/F1341"}],
                [{**source, "url": "https://"}], [{"title": "Une page", "url": source["url"]}],
                [{**source, "checked": "31/01/2024"}], [{**source, "auteur": "ANTS"}]):
        assert not validator.is_valid({**good, "sources": bad}), bad
        with pytest.raises(Invalid):  # the build agrees
            FIELDS["sources"].check(bad)
    described = schemas.tutorial_schema(FIELDS, CATEGORIES, {"credits": "Crédits."}, "test")
    assert described["properties"]["credits"]["description"] == "Crédits."
    # Each field its own description: no other text of the schema gets the credits' one.
    assert described["properties"]["title"] == {"type": "string", "pattern": r"\S"}
    assert "description" not in described["properties"]["sources"]["items"]["properties"][
        "title"]
    site = cms_config.Site("docs", ["fr"], [("impots", "Impôts")])
    form = cms_config.form_field("sources", FIELDS["sources"], site, WORDS["editor"], {}, False)
    assert form["widget"] == "list" and form["required"] is False
    assert [part["name"] for part in form["fields"]] == ["title", "url", "checked"]
    assert form["fields"][2]["widget"] == "datetime"
    pattern, message = form["fields"][1]["pattern"]
    assert pattern.startswith("^\\s*https://") and message.startswith("L'adresse")
