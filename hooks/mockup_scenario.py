"""Mockup scenarios: the data file of a practice flow, its elements and their messages.

A scenario (`docs/mockups/<name>.yml`) describes the screens of an online procedure and
the transitions between them, so that an author writes a mockup without writing
JavaScript. Pure functions over the parsed YAML, no MkDocs import: the schema is tested
on its own and one place declares every element. Messages give the path inside the
scenario ("screens.ameli.elements[2].digits: ..."); the caller prefixes the file.
Element positions count from 1, as authors count them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml

from tutorial_schema import Invalid, check_flag, check_text, describe, load_yaml

SCREEN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Screen:
    """One screen: its id (used in links and anchors), its title and its elements."""

    id: str
    title: str
    elements: list[dict[str, Any]]


@dataclass
class Scenario:
    """A checked scenario; `errors` is empty when it can be rendered."""

    name: str
    title: str = ""
    tutorial: str = ""
    start: str = ""
    screens: list[Screen] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def screen(self, screen_id: str) -> Screen | None:
        return next((screen for screen in self.screens if screen.id == screen_id), None)


# Checks of one value ------------------------------------------------------------------


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Invalid(f"a whole number greater than 0, got {describe(value)}")
    return value


def _paragraphs(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if not items:
        raise Invalid("a text or a list of paragraphs, got an empty list")
    return [check_text(item) for item in items]


_GO = "go"  # a transition: checked against the screens once they are all known

# Every element: its fields (check, required) and, for `kind: text` shorthands, the field
# that a plain string fills. `providers` holds a list of {name, go}.
ELEMENTS: dict[str, dict[str, Any]] = {
    "site": {"fields": {"name": (check_text, True)}, "shorthand": "name"},
    "heading": {"fields": {"text": (check_text, True)}, "shorthand": "text"},
    "text": {"fields": {"text": (check_text, True)}, "shorthand": "text"},
    "franceconnect": {"fields": {"go": (_GO, True)}},
    "providers": {"fields": {"items": (None, True)}, "shorthand": "items"},
    "input": {"fields": {
        "label": (check_text, True), "hint": (check_text, False), "digits": (_count, False),
        "length": (_count, False), "required": (check_flag, False), "error": (check_text, False),
    }},
    "password": {"fields": {
        "label": (check_text, True), "hint": (check_text, False), "required": (check_flag, False),
        "error": (check_text, False),
    }},
    "checkbox": {"fields": {"label": (check_text, True)}, "shorthand": "label"},
    "button": {"fields": {"label": (check_text, True), "go": (_GO, True)}},
    "submit": {"fields": {"label": (check_text, True), "go": (_GO, True)}},
    "link": {"fields": {"label": (check_text, True), "go": (_GO, True)}},
    "reveal": {"fields": {"label": (check_text, True), "text": (_paragraphs, True)}},
    "email": {"fields": {
        "from": (check_text, True), "to": (check_text, False), "subject": (check_text, True),
        "body": (_paragraphs, True),
    }},
    "note": {"fields": {"title": (check_text, False), "text": (_paragraphs, True)}},
}
PROVIDER_FIELDS = ("name", "go")
SCENARIO_KEYS = ("title", "tutorial", "start", "screens")
SCREEN_KEYS = ("title", "elements")


# Validation ---------------------------------------------------------------------------


def load(name: str, text: str) -> Scenario:
    """Parse and check the YAML text of scenario `name`."""
    try:
        data = load_yaml(text, yaml.SafeLoader, first_line=1)
    except Invalid as error:
        return Scenario(name, errors=[f"not valid YAML: {error}"])
    return check(name, data)


def check(name: str, data: Any) -> Scenario:
    """Check a parsed scenario: every error is collected, with its path."""
    scenario = Scenario(name)
    errors = scenario.errors
    if not isinstance(data, dict):
        errors.append(f"a scenario is key: value pairs (title, screens), got {describe(data)}")
        return scenario
    _unknown(data, SCENARIO_KEYS, "", "key of a scenario", errors)
    scenario.title = _field(data, "title", check_text, "", "a scenario needs a 'title'", errors)
    scenario.tutorial = _field(data, "tutorial", check_text, "", "", errors)
    screens = data.get("screens")
    if not isinstance(screens, dict) or not screens:
        errors.append(
            "'screens' must list the screens (name: {title, elements}), "
            f"got {describe(screens)}"
        )
        return scenario
    gos: list[tuple[str, str]] = []
    for screen_id, screen in screens.items():
        where = f"screens.{screen_id}"
        if not isinstance(screen_id, str) or not SCREEN_ID.fullmatch(screen_id):
            errors.append(
                f"{where}: a screen name is lowercase letters, digits and hyphens "
                "(e.g. 'choix-du-compte')"
            )
        if not isinstance(screen, dict):
            errors.append(f"{where}: a screen is key: value pairs (title, elements), "
                          f"got {describe(screen)}")
            continue
        _unknown(screen, SCREEN_KEYS, where, "key of a screen", errors)
        title = _field(screen, "title", check_text, where, "a screen needs a 'title'", errors)
        elements = screen.get("elements")
        if not isinstance(elements, list) or not elements:
            errors.append(f"{where}.elements: must list the screen's elements, "
                          f"got {describe(elements)}")
            elements = []
        checked = [
            _element(item, f"{where}.elements[{index}]", errors, gos)
            for index, item in enumerate(elements, 1)
        ]
        scenario.screens.append(Screen(str(screen_id), title, [e for e in checked if e]))
    ids = [screen.id for screen in scenario.screens]
    # No screen could be read (each reported above): no first screen to start on.
    scenario.start = _field(data, "start", check_text, "", "", errors) or next(iter(ids), "")
    if "start" in data:
        gos.append(("start", scenario.start))
    for where, target in gos:
        if target not in ids:
            errors.append(f"{where}: no screen '{target}' (screens: {', '.join(ids)})")
    return scenario


def _element(item: Any, where: str, errors: list[str], gos: list) -> dict[str, Any] | None:
    if not isinstance(item, dict) or len(item) != 1:
        found = (f"{len(item)} keys ({', '.join(map(str, item))})"
                 if isinstance(item, dict) else describe(item))
        errors.append(f"{where}: an element is one 'kind: value' pair like "
                      f"'- heading: My title', got {found}")
        return None
    kind, value = next(iter(item.items()))
    spec = ELEMENTS.get(kind)
    if spec is None:
        errors.append(f"{where}: unknown element '{kind}' (expected one of: "
                      f"{', '.join(ELEMENTS)})")
        return None
    shorthand = spec.get("shorthand")
    if shorthand and not isinstance(value, dict):
        value = {shorthand: value}
    if not isinstance(value, dict):
        errors.append(f"{where}: '{kind}' takes key: value pairs "
                      f"({', '.join(spec['fields'])}), got {describe(value)}")
        return None
    _unknown(value, spec["fields"], where, f"field of '{kind}'", errors)
    element: dict[str, Any] = {"kind": kind}
    for name, (checker, required) in spec["fields"].items():
        if name not in value:
            if required:
                errors.append(f"{where}: '{kind}' needs a '{name}'")
            element[name] = None
        elif checker is _GO:
            element[name] = _field(value, name, check_text, where, "", errors)
            if element[name]:
                gos.append((f"{where}.{name}", element[name]))
        elif checker is None:
            element[name] = _providers(value[name], f"{where}.{name}", errors, gos)
        else:
            element[name] = _field(value, name, checker, where, "", errors)
    checked = element.get("digits") or element.get("length") or element.get("required")
    if kind in ("input", "password") and checked and not element["error"]:
        errors.append(f"{where}: '{kind}' checks what is typed, so it needs an 'error' "
                      "message saying what is expected")
    return element


def _providers(value: Any, where: str, errors: list[str], gos: list) -> list[dict[str, str]]:
    if not isinstance(value, list) or not value:
        errors.append(f"{where}: must list the accounts ({{name, go}}), got {describe(value)}")
        return []
    items = []
    for index, item in enumerate(value, 1):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            errors.append(f"{here}: an account is {{name, go}}, got {describe(item)}")
            continue
        _unknown(item, PROVIDER_FIELDS, here, "field of an account", errors)
        name = _field(item, "name", check_text, here, "an account needs a 'name'", errors)
        go = _field(item, "go", check_text, here, "an account needs a 'go'", errors)
        if go:
            gos.append((f"{here}.go", go))
        items.append({"name": name, "go": go})
    return items


def _field(data: dict, name: str, checker: Callable[[Any], Any], where: str,
           missing: str, errors: list[str]) -> Any:
    """The checked value of `data[name]`; `missing` is the error when it is required."""
    prefix = f"{where}: " if where else ""
    if name not in data:
        if missing:
            errors.append(f"{prefix}{missing}")
        return ""
    try:
        return checker(data[name])
    except Invalid as error:
        errors.append(f"{where + '.' if where else ''}{name}: must be {error}")
        return ""


def _unknown(data: dict, known, where: str, what: str, errors: list[str]) -> None:
    for key in data:
        if key not in known:
            errors.append(f"{where + '.' if where else ''}{key}: unknown {what} "
                          f"(expected one of: {', '.join(known)})")
