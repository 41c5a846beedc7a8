"""The front matter of a tutorial: every field, its type, its default and its message.

Pure functions over the parsed YAML mapping, with no MkDocs event, so that the schema is
tested on its own and one place declares every field. Messages name the field, what was
expected and what was found; the caller prefixes the file.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml


class Invalid(Exception):
    """A field's value does not fit; the message says what was expected."""


@dataclass(frozen=True)
class Field:
    """One front-matter field: how to check it, whether it is required, its default."""

    check: Callable[[Any], Any]
    required: bool = False
    default: Any = None
    why_required: str = ""


@dataclass
class Result:
    """The clean values of every known field, and what was wrong."""

    values: dict[str, Any]
    errors: list[str]
    warnings: list[str]


# Checks -------------------------------------------------------------------------------


def describe(value: Any) -> str:
    """The value found, in words an author recognises ("the string 'franceconnect'")."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"the boolean {'true' if value else 'false'}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string '{value}'"
    if isinstance(value, datetime.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping (key: value pairs)"
    return f"a {type(value).__name__}"


def check_text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"a non-empty text, got {describe(value)}")
    return value.strip()


def check_text_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise Invalid(f"a list of strings, got {describe(value)}")
    for index, item in enumerate(value, 1):
        if not isinstance(item, str) or not item.strip():
            raise Invalid(f"a list of strings, got a list whose item {index} is {describe(item)}")
    return [item.strip() for item in value]


def check_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError as error:
            raise Invalid(f"a real date, got '{value}' ({error})") from None
    raise Invalid(f"a date written YYYY-MM-DD (e.g. 2022-04-06), got {describe(value)}")


def check_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Invalid(f"a whole number of minutes greater than 0, got {describe(value)}")
    return value


def check_level(value: Any) -> str:
    if value not in LEVELS:
        raise Invalid(f"one of {', '.join(LEVELS)}, got {describe(value)}")
    return value


def check_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid(f"true or false, got {describe(value)}")
    return value


def licence_check(known: Mapping[str, str]) -> Callable[[Any], list[str]]:
    """A check for `licence`: one licence id, or a list of them (dual licensing)."""

    def check(value: Any) -> list[str]:
        ids = value if isinstance(value, list) else [value]
        expected = f"one of {', '.join(known)} (or a list of them)"
        if not ids:
            raise Invalid(f"{expected}, got an empty list")
        for item in ids:
            if not isinstance(item, str) or item.strip().lower() not in known:
                raise Invalid(f"{expected}, got {describe(item)}")
        return [item.strip().lower() for item in ids]

    return check


# Validation ---------------------------------------------------------------------------


def fields(licences: Mapping[str, str], default_licence: str) -> dict[str, Field]:
    """Every field of a tutorial's front matter (licences are configurable by forks)."""
    return {
        "title": Field(check_text, required=True, why_required="every tutorial needs a title"),
        "summary": Field(
            check_text, required=True, why_required="the summary (Résumé) opens every tutorial"
        ),
        "updated": Field(
            check_date,
            required=True,
            why_required="the date of last update is shown and required by the licence",
        ),
        "tags": Field(check_text_list, default=[]),
        "prerequisites": Field(check_text_list, default=[]),
        "licence": Field(licence_check(licences), default=[default_licence]),
        "credits": Field(check_text, default=""),
        "screenshot_notice": Field(check_flag, default=False),
        "duration": Field(check_minutes),
        "level": Field(check_level),
        # Translations (`x.en.md`): the `updated` date of the original they follow, so
        # that `make translations` can tell an outdated translation; and who translated.
        "translation_of_updated": Field(check_date),
        "translators": Field(check_text_list, default=[]),
        # The catalogue branch makes it a required id of `extra.categories`.
        "category": Field(check_text),
    }


def validate(
    meta: Mapping[str, Any], licences: Mapping[str, str], default_licence: str
) -> Result:
    """Check a tutorial's front matter; return clean values, errors and warnings."""
    schema = fields(licences, default_licence)
    result = Result(values={}, errors=[], warnings=[])
    for name, field in schema.items():
        if name not in meta:
            if field.required:
                result.errors.append(f"'{name}' is missing: {field.why_required}")
            result.values[name] = field.default
            continue
        try:
            result.values[name] = field.check(meta[name])
        except Invalid as error:
            result.errors.append(f"'{name}' must be {error}")
            result.values[name] = field.default
    for name in meta:
        if name not in schema and name not in THEME_KEYS:
            result.warnings.append(unknown_key_message(name, [*schema, *THEME_KEYS]))
    return result


def unknown_key_message(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(str(name), known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
    return f"unknown front-matter key '{name}'{hint}"


def parse_front_matter(text: str) -> dict[str, Any]:
    """Parse front matter that MkDocs could not, keeping dates as text.

    MkDocs silently leaves a front matter it cannot parse in the page; this re-reads it
    to say why. Dates stay strings so that `check_date` can name an impossible date.
    Raises `Invalid` with YAML's own description of the problem and its line.
    """
    try:
        data = yaml.load(text, Loader=_FastTextDateLoader)
    except yaml.YAMLError:
        # libyaml words its errors differently: the pure-Python parser says what is wrong.
        try:
            data = yaml.load(text, Loader=_TextDateLoader)
        except yaml.YAMLError as error:
            raise Invalid(
                f"the front matter is not valid YAML: {_yaml_problem(error)}"
            ) from None
    if not isinstance(data, dict):
        raise Invalid(f"the front matter must be key: value pairs, got {describe(data)}")
    return data


def _yaml_problem(error: yaml.YAMLError) -> str:
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is not None:
        # +2: line numbers start at 1 and the opening '---' is line 1 of the file.
        return f"{problem} (line {mark.line + 2} of the file, column {mark.column + 1})"
    return problem


class _TextDateLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings."""


class _FastTextDateLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The same with libyaml's parser (about ten times faster, for 1,000 tutorials)."""


_TextDateLoader.yaml_implicit_resolvers = _FastTextDateLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# Data ---------------------------------------------------------------------------------

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

LEVELS = ("débutant", "intermédiaire", "avancé")

# Keys that MkDocs or Material read themselves; allowed without a warning.
THEME_KEYS = ("template", "hide", "search", "status", "icon", "description", "subtitle")
