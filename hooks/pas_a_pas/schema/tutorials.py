"""The front matter of a tutorial: every field, its type, its default and its message.

Pure functions over the parsed YAML mapping, with no MkDocs event, so that the schema is
tested on its own and one place declares every field. Messages come from the strings
files (`errors:`), given as a `messages` mapping (the hooks give the site's default
language; `pas_a_pas.core.strings.errors()` is French): they name the field, what was
expected and what was found; the caller prefixes the file and line.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from pas_a_pas.core import yaml as core_yaml
from pas_a_pas.core.strings import errors as default_errors
from pas_a_pas.schema.invalid import NOTHING, Invalid, describe
from pas_a_pas.schema.kinds import kind
from pas_a_pas.schema.sources import sources_check

# The levels a tutorial may give (`level`), in order; named by `check_level`'s kind.
LEVELS = ("débutant", "intermédiaire", "avancé")


@dataclass(frozen=True)
class Field:
    """One front-matter field: how to check it, whether it is required, its default.

    `why_required` is the key of the message saying why (`errors.why_title`), or a text.
    """

    check: Callable[[Any], Any]
    required: bool = False
    default: Any = None
    why_required: str = ""


@dataclass
class Result:
    """The clean values of every known field, and what was wrong.

    `error_fields` and `warning_fields` name the field of each message, in the same
    order, so that the caller can give the line of the field.
    """

    values: dict[str, Any]
    errors: list[str]
    warnings: list[str]
    error_fields: list[str] = field(default_factory=list)
    warning_fields: list[str] = field(default_factory=list)


# Checks -------------------------------------------------------------------------------


@kind("text")
def check_text(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid("expected_text", value)
    return value.strip()


@kind("texts")
def check_text_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise Invalid("expected_text_list", value)
    for index, item in enumerate(value, 1):
        if not isinstance(item, str) or not item.strip():
            raise Invalid("expected_text_list", _list_item(index, item))
    return [item.strip() for item in value]


@kind("date")
def check_date(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise Invalid("expected_real_date", value.strip()) from None
    raise Invalid("expected_date", value)


def past_date_check(today: datetime.date | None) -> Callable[[Any], datetime.date]:
    """`check_date`, and not after `today` (the day of the build): a page is not "last
    changed" on a day to come. Without `today`, any date."""
    @kind("date")
    def check(value: Any) -> datetime.date:
        date = check_date(value)
        if today is not None and date > today:
            raise Invalid("expected_past_date", date.isoformat(), today=today.isoformat())
        return date

    return check


@kind("integer", minimum=1)
def check_minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Invalid("expected_minutes", value)
    return value


@kind("choice", choices=LEVELS)
def check_level(value: Any) -> str:
    if value not in LEVELS:
        raise Invalid("expected_level", value, levels=", ".join(LEVELS))
    return value


@kind("integer")
def check_order(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid("expected_order", value)
    return value


@kind("category")
def check_as_written(value: Any) -> Any:
    """No check here: a value checked against mkdocs.yml by the caller (`category`)."""
    return value


@kind("flag")
def check_flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid("expected_flag", value)
    return value


def licence_check(known: Mapping[str, str]) -> Callable[[Any], list[str]]:
    """A check for `licence`: one licence id, or a list of them (dual licensing)."""

    @kind("choices", choices=tuple(known))
    def check(value: Any) -> list[str]:
        ids = value if isinstance(value, list) else [value]
        if not ids:
            raise Invalid("expected_licence", value, known=", ".join(known))
        for item in ids:
            if not isinstance(item, str) or item.strip().lower() not in known:
                raise Invalid("expected_licence", item, known=", ".join(known))
        return [item.strip().lower() for item in ids]

    return check


def _list_item(index: int, item: Any) -> Callable[[Mapping[str, Any]], str]:
    """The description of a list whose item `index` is wrong."""
    return lambda words: words["found_list_item"].format(
        index=index, found=describe(item, words)
    )


# Validation ---------------------------------------------------------------------------


def fields(licences: Mapping[str, str], default_licence: str,
           today: datetime.date | None = None) -> dict[str, Field]:
    """Every field of a tutorial's front matter (licences are configurable by forks;
    `today`, the day of the build, is the latest date a date field may hold)."""
    past_date = past_date_check(today)
    # In the order a tutorial's front matter is usually written (the guide's example):
    # the editor (admin/) writes the fields it saves in this order.
    return {
        "title": Field(check_text, required=True, why_required="why_title"),
        "summary": Field(check_text, required=True, why_required="why_summary"),
        "tags": Field(check_text_list, default=[]),
        "prerequisites": Field(check_text_list, default=[]),
        "updated": Field(past_date, required=True, why_required="why_updated"),
        # Translations (`x.en.md`): the `updated` date of the original they follow, so
        # that `make translations` can tell an outdated translation; and who translated.
        "translation_of_updated": Field(past_date),
        "translators": Field(check_text_list, default=[]),
        "duration": Field(check_minutes),
        "level": Field(check_level),
        # The category's id, one of mkdocs.yml `extra.categories`: required, and checked
        # against the declared ids by hooks/tutorials.py with hooks/categories.py.
        "category": Field(check_as_written),
        "licence": Field(licence_check(licences), default=[default_licence]),
        "credits": Field(check_text, default=""),
        "screenshot_notice": Field(check_flag, default=False),
        # Its place among the tutorials of its category (else: by title).
        "order": Field(check_order),
        # A draft is checked like any tutorial but left out of the built site; `make serve`
        # shows it with a "Brouillon" banner (hooks/drafts.py).
        "draft": Field(check_flag, default=False),
        # The public pages the tutorial was written from, each with the day it was read
        # again (pas_a_pas.schema.sources), listed under "Sources" on the page and the PDF.
        "sources": Field(sources_check(past_date), default=[]),
    }


def validate(
    meta: Mapping[str, Any],
    licences: Mapping[str, str],
    default_licence: str,
    messages: Mapping[str, Any] | None = None,
    today: datetime.date | None = None,
) -> Result:
    """Check a tutorial's front matter; return clean values, errors and warnings."""
    words = messages if messages is not None else default_errors()
    schema = fields(licences, default_licence, today)
    result = Result(values={}, errors=[], warnings=[])
    for name, spec in schema.items():
        if name not in meta:
            if spec.required:
                why = words.get(spec.why_required, spec.why_required)
                result.errors.append(words["front_matter_missing"].format(field=name, why=why))
                result.error_fields.append(name)
            result.values[name] = spec.default
            continue
        try:
            result.values[name] = spec.check(meta[name])
        except Invalid as error:
            result.errors.append(invalid_message(name, error, words))
            result.error_fields.append(name)
            result.values[name] = spec.default
    for name in meta:
        if name not in schema and name not in THEME_KEYS:
            result.warnings.append(unknown_key_message(name, [*schema, *THEME_KEYS], words))
            result.warning_fields.append(str(name))
    return result


def invalid_message(name: str, error: Invalid, messages: Mapping[str, Any]) -> str:
    """The message of field `name`'s wrong value: expected, found, how to fix.

    A check that gives only a text (`Invalid("one of a, b, got 'c'")`) has it shown as
    written, after the field's name.
    """
    if error.found is NOTHING:
        return messages["front_matter_invalid_text"].format(field=name, text=error.text(messages))
    expected = messages.get(error.key, error.key).format(**error.values)
    return messages["front_matter_invalid"].format(
        field=name, expected=expected, found=error.found_text(messages)
    )


def unknown_key_message(name: str, known: list[str],
                        messages: Mapping[str, Any] | None = None) -> str:
    words = messages if messages is not None else default_errors()
    close = difflib.get_close_matches(str(name), known, n=1)
    if close:
        hint = words["front_matter_hint_close"].format(close=close[0])
    else:
        hint = words["front_matter_hint_known"].format(known=", ".join(known))
    return words["front_matter_unknown_key"].format(key=name, hint=hint)


def parse_front_matter(text: str) -> dict[str, Any]:
    """Parse front matter that MkDocs could not, keeping dates as text.

    MkDocs silently leaves a front matter it cannot parse in the page; this re-reads it
    to say why. Dates stay strings so that `check_date` can name an impossible date.
    Raises `Invalid` (`front_matter_yaml`, with YAML's own description of the problem
    and its line in the file) or `front_matter_not_mapping`.
    """
    try:
        data = yaml.load(text, Loader=_FastTextDateLoader)
    except Exception:  # noqa: BLE001 - libyaml fails in its own words and ways
        # The pure-Python parser says what is wrong, in words and lines an author reads.
        data = read_yaml(
            lambda: yaml.load(text, Loader=_TextDateLoader), "front_matter_yaml", first_line=2,
            text=text,
        )
    if not isinstance(data, dict):
        raise Invalid("front_matter_not_mapping", data, line=2)
    return data


def field_lines(text: str, first_line: int = 2) -> dict[str, int]:
    """The line of each top-level key of a front matter (`first_line`: its first line)."""
    lines = {}
    for number, line in enumerate(text.splitlines(), first_line):
        match = TOP_KEY.match(line)
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def yaml_invalid(key: str, error: yaml.YAMLError, first_line: int = 1) -> Invalid:
    """An `Invalid` for a YAML error: its problem (in YAML's words), line and column."""
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    if mark is None:
        return Invalid(key, problem=problem, column="?", line="?")
    # `first_line`: the file's line of the text's first line ('---' is line 1).
    line = mark.line + first_line
    return Invalid(key, problem=problem, column=mark.column + 1, line=line)


def read_yaml(read: Callable[[], Any], key: str, first_line: int = 1, text: str = "") -> Any:
    """Run `read` (a YAML parse of an author's text); `Invalid` for every way it fails.

    `key` is the message of a YAML syntax error, `first_line` the file's line where the
    text starts. Besides YAML's own errors, a value whose explicit tag it cannot hold
    (`!!int abc`, `!!timestamp 2022-13-45`, an empty `!!timestamp`) raises ValueError or
    worse inside PyYAML, and lists nested hundreds deep exhaust its recursion: found by
    the property tests (tests/unit/test_properties.py), each gets our message instead.
    """
    try:
        return read()
    except yaml.reader.ReaderError as error:
        # A character YAML refuses (a control character pasted from elsewhere): it has no
        # line of its own, `text` (the text read) gives it.
        line = text.count("\n", 0, max(error.position, 0)) + first_line
        character = error.character
        code = character if isinstance(character, int) else ord(character)
        raise Invalid("yaml_bad_character", code=f"U+{code:04X}", line=line) from None
    except yaml.YAMLError as error:
        raise yaml_invalid(key, error, first_line) from None
    except (ValueError, OverflowError) as error:
        raise Invalid("yaml_value_type", problem=str(error)) from None
    except RecursionError:
        raise Invalid("yaml_too_deep") from None
    except Exception:  # noqa: BLE001 - PyYAML's constructors fail in their own ways
        raise Invalid("yaml_value_type", problem="!!timestamp, !!int…") from None


class _TextDateLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as strings."""


class _FastTextDateLoader(core_yaml.SafeLoader):
    """The same with libyaml's parser (about ten times faster, for 1,000 tutorials)."""


_TextDateLoader.yaml_implicit_resolvers = _FastTextDateLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# Data ---------------------------------------------------------------------------------

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TOP_KEY = re.compile(r"([^\s#:][^:]*?)\s*:(?:\s|$)")


# Keys that MkDocs or Material read themselves; allowed without a warning.
THEME_KEYS = ("template", "hide", "search", "status", "icon", "description", "subtitle")
