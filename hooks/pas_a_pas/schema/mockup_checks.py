"""The checks shared by every scenario element: one value, a field, unknown keys, messages.

`pas_a_pas.schema.mockups` (the scenario and the login elements) and
`pas_a_pas.schema.mockup_forms` (the form elements) both check their fields with these,
so that a message reads the same whatever the element. No MkDocs import.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

from pas_a_pas.schema.invalid import NOTHING, Invalid, describe
from pas_a_pas.schema.kinds import kind
from pas_a_pas.schema.tutorials import check_text


class Errors(list):
    """The messages of one scenario, written from the strings files' `errors:`, and the
    transitions (path, target screen) met while checking, resolved once every screen is known."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        super().__init__()
        self.words = words
        self.paths: list[str] = []
        self.gos: list[tuple[str, str]] = []

    def add(self, key: str, **values: Any) -> None:
        self.append(self.words[key].format(**values))
        self.paths.append(str(values.get("path", "")))

    def found(self, value: Any) -> str:
        return describe(value, self.words)


@kind("screen")
def screen(value: Any) -> str:
    """A transition: a screen id, checked against the screens once they are all known.
    An element's field with this check is read by `go`, which keeps it for that."""
    return check_text(value)


GO = screen  # the check of an element's transition fields, recognised by `_element`


@kind("integer", minimum=1)
def count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Invalid("expected_count", value)
    return value


@kind("paragraphs")
def paragraphs(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if not items:
        raise Invalid("expected_paragraphs", value)
    return [check_text(item) for item in items]


def go(data: dict, name: str, where: str, errors: Errors) -> str:
    """A screen to go to, kept to be checked once every screen is known."""
    target = field(data, name, screen, where, "", errors)
    if target:
        errors.gos.append((f"{where}.{name}", target))
    return target


def field(data: dict, name: str, checker: Callable[[Any], Any], where: str,
          missing: str, errors: Errors) -> Any:
    """The checked value of `data[name]`; `missing` is the error's key when it is required."""
    path = f"{where}.{name}" if where else name
    if name not in data:
        if missing:
            errors.add("scenario_missing", path=path, name=name, what=errors.words[missing])
        return ""
    try:
        return checker(data[name])
    except Invalid as error:
        if error.found is NOTHING:  # a check that only gives a text
            errors.add("scenario_invalid_text", path=path, text=error.text(errors.words))
            return ""
        expected = errors.words.get(error.key, error.key).format(**error.values)
        errors.add("scenario_invalid", path=path, expected=expected,
                   found=error.found_text(errors.words))
        return ""


def unknown(data: dict, known, where: str, what: str, values: dict, errors: Errors) -> None:
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            hint = errors.words["block_hint"].format(close=close[0]) if close else ""
            errors.add("scenario_unknown_key", path=f"{where}.{key}" if where else str(key),
                       what=errors.words[what].format(**values), hint=hint,
                       known=", ".join(known))
