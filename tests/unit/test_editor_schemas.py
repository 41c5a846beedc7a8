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
