"""The JSON Schemas of a tutorial's front matter and of a practice scenario.

Published as `schemas/tutorial.schema.json` and `schemas/scenario.schema.json`, so that
an editor with YAML support (VS Code's YAML extension, for one) checks a file while it
is typed. Both are generated from the build's own schema (`pas_a_pas.schema.tutorials`
`fields()`, `pas_a_pas.schema.mockups` `ELEMENTS`), each field's type from the kind its
check declares (`pas_a_pas.schema.kinds`): a field added there is in the JSON Schema at
the next build. What a static schema cannot say (a date after the build's day, a `go`
naming a screen that does not exist, a key written twice, a step past the number of
steps, a code longer or shorter than its `digits`, a branching choice without a submit
button, a recap naming a field no earlier screen asks) is left to the build.
Imports nothing from MkDocs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from pas_a_pas.schema import mockups as scenario_schema
from pas_a_pas.schema.kinds import Kind, kind_of
from pas_a_pas.schema.mockup_forms import CHECKED
from pas_a_pas.schema.tutorials import THEME_KEYS, Field

DIALECT = "https://json-schema.org/draft/2020-12/schema"
# YAML reads `updated: 2022-04-06` as a date; an editor's YAML support, as text.
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
# A file extension (`.PDF` is read as `pdf`), and several in one text ("jpg, png").
EXTENSION = r"\.*[A-Za-z0-9]+"


def tutorial_schema(fields: Mapping[str, Field], categories: Sequence[str],
                    descriptions: Mapping[str, str], title: str) -> dict[str, Any]:
    """The schema of a tutorial's front matter: one property per field of `fields`.

    `categories` are the ids of `extra.categories`; `descriptions` the help text of
    each field (the strings files' `editor.fields.<name>.hint`).
    """
    properties: dict[str, Any] = {}
    for name, spec in fields.items():
        schema = value_schema(kind_of(spec.check), categories)
        if descriptions.get(name):
            schema["description"] = descriptions[name]
        properties[name] = schema
    for name in THEME_KEYS:  # MkDocs' and Material's own keys: any value they accept
        properties.setdefault(name, {})
    required = [name for name, spec in fields.items() if spec.required]
    if "category" in fields:  # required too, checked against mkdocs.yml by the hook
        required.append("category")
    return {
        "$schema": DIALECT,
        "title": title,
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def scenario_schema_json(title: str) -> dict[str, Any]:
    """The schema of a practice scenario (`docs/mockups/<name>.yml`)."""
    elements = []
    for name, spec in scenario_schema.ELEMENTS.items():
        fields = spec["fields"]
        required = [field for field, (_, needed) in fields.items() if needed]
        mapping = {
            "type": "object",
            "properties": {field: value_schema(kind_of(check), ())
                           for field, (check, _) in fields.items()},
            "required": required,
            "additionalProperties": False,
            **_needs_error(name),
        }
        shorthand = spec.get("shorthand")
        forms = [mapping["properties"][shorthand]] if shorthand else []
        if not required:  # "- cookies:" alone: every field has its default
            forms.append({"type": "null"})
        value = {"anyOf": [*forms, mapping]} if forms else mapping
        elements.append({
            "type": "object",
            "properties": {name: value},
            "required": [name],
            "additionalProperties": False,
        })
    screen = {
        "type": "object",
        "properties": {
            "title": {"type": "string", "minLength": 1},
            "elements": {"type": "array", "minItems": 1, "items": {"oneOf": elements}},
        },
        "required": ["title", "elements"],
        "additionalProperties": False,
    }
    return {
        "$schema": DIALECT,
        "title": title,
        "type": "object",
        "properties": {
            "title": {"type": "string", "minLength": 1},
            "tutorial": {"type": "string", "minLength": 1},
            "start": {"type": "string", "pattern": _anchored(scenario_schema.SCREEN_ID)},
            "screens": {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": _anchored(scenario_schema.SCREEN_ID)},
                "additionalProperties": screen,
            },
        },
        "required": ["title", "screens"],
        "additionalProperties": False,
    }


def _needs_error(element: str) -> dict[str, Any]:
    """An element that checks what is typed (`digits`, `required: true`…) has its
    message (`error`), as `pas_a_pas.schema.mockup_forms.check_element` requires."""
    rules = CHECKED.get(element, ())
    if not rules:
        return {}
    needs = {"required": ["error"]}
    return {"allOf": [
        {"if": {"properties": {rule: {"const": True} if rule == "required" else {}},
                "required": [rule]}, "then": needs}
        for rule in rules]}


def value_schema(kind: Kind, categories: Sequence[str]) -> dict[str, Any]:
    """The JSON Schema of one kind of value: a new mapping at each call (a caller adds
    its description to it)."""
    text, options = {"type": "string", "pattern": r"\S"}, kind.options
    if kind.name == "text":
        return text
    if kind.name == "texts":
        schema = {"type": "array", "items": text}
        if options.get("min_items"):
            schema["minItems"] = options["min_items"]
        return schema
    if kind.name == "date":
        return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
    if kind.name == "integer":
        schema: dict[str, Any] = {"type": "integer"}
        if "minimum" in options:
            schema["minimum"] = options["minimum"]
        return schema
    if kind.name == "flag":
        return {"type": "boolean"}
    if kind.name == "choice":
        return {"enum": list(options["choices"])}
    if kind.name == "choices":
        one = {"enum": list(options["choices"])}
        return {"anyOf": [one, {"type": "array", "minItems": 1, "items": one}]}
    if kind.name == "category":
        return {"enum": list(categories)} if categories else text
    if kind.name == "paragraphs":
        return {"anyOf": [text, {"type": "array", "minItems": 1, "items": text}]}
    if kind.name == "screen":
        return {"type": "string", "pattern": _anchored(scenario_schema.SCREEN_ID)}
    if kind.name == "accounts":
        account = {"type": "object", "properties": {"name": text, "go": value_schema(
            Kind("screen"), categories)}, "required": ["name", "go"],
            "additionalProperties": False}
        return {"type": "array", "minItems": 1, "items": account}
    if kind.name == "code":  # a text, or a number written without quotes
        return {"anyOf": [{"type": "integer"}, text]}
    if kind.name == "options":
        answer: dict[str, Any] = {"anyOf": [{"type": "integer"}, text]}
        if options.get("go"):
            answer["anyOf"].append({
                "type": "object", "required": ["label"], "additionalProperties": False,
                "properties": {"label": text, "go": value_schema(Kind("screen"), ())}})
        return {"type": "array", "minItems": 1, "items": answer}
    if kind.name == "reference":
        return {"type": "object", "required": ["label", "value"], "additionalProperties": False,
                "properties": {"label": text, "value": value_schema(Kind("code"), ())}}
    if kind.name == "extensions":
        return {"anyOf": [
            {"type": "string", "pattern": rf"^\s*{EXTENSION}(?:[\s,]+{EXTENSION})*\s*$"},
            {"type": "array", "minItems": 1,
             "items": {"type": "string", "pattern": f"^{EXTENSION}$"}}]}
    if kind.name == "sources":
        source = {"type": "object", "required": ["title", "url", "checked"],
                  "additionalProperties": False,
                  "properties": {"title": text,
                                 "url": {"type": "string", "pattern": r"^\s*https://\S+\s*$"},
                                 "checked": value_schema(Kind("date"), ())}}
        return {"type": "array", "minItems": 1, "items": source}
    raise ValueError(f"no JSON Schema for the kind {kind.name!r}")


def dumps(schema: Mapping[str, Any]) -> str:
    """The file's text: sorted, indented, the same bytes at every build."""
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _anchored(pattern: Any) -> str:
    return f"^{pattern.pattern}$"
