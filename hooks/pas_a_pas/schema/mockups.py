"""Mockup scenarios: the data file of a practice flow, its elements and their messages.

A scenario (`docs/mockups/<name>.yml`) describes the screens of an online procedure and
the transitions between them, so that an author writes a mockup without writing
JavaScript. Pure functions over the parsed YAML, no MkDocs import: the schema is tested
on its own and one place declares every element. Messages give the path inside the
scenario ("screens.ameli.elements[2].digits : ..."), from the strings files' `errors:`
given as a `messages` mapping (French by default); the caller prefixes the file and
the line (`Scenario.error_lines`: the line of each path, or of its closest written parent).
Element positions count from 1, as authors count them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from pas_a_pas.core import yaml as core_yaml
from pas_a_pas.core.strings import errors as default_errors
from pas_a_pas.schema.kinds import kind
from pas_a_pas.schema.tutorials import (
    NOTHING,
    Invalid,
    check_flag,
    check_text,
    describe,
    read_yaml,
)

SCREEN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# The last step of a path in a scenario: ".go" or "[2]".
_PARENT = re.compile(r"(?:\.[^.\[]+|\[\d+\])$")


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
    # The path in the scenario of each error ("screens.debut.elements[2].go"; "" when the
    # message says its own line), and the line of each path of the file (from `load`).
    error_paths: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)

    def screen(self, screen_id: str) -> Screen | None:
        return next((screen for screen in self.screens if screen.id == screen_id), None)

    def line(self, path: str) -> int | None:
        """The line of `path` in the file, or of its closest written parent (a missing
        field is reported on the line of the screen or element that lacks it)."""
        while path in self.lines or _PARENT.search(path):
            if path in self.lines:
                return self.lines[path]
            path = _PARENT.sub("", path)  # screens.a.elements[2].go: screens.a.elements[2]
        return None

    def error_lines(self) -> list[int | None]:
        """The line of each error, in the order of `errors`."""
        return [self.line(path) if path else None for path in self.error_paths]


# Checks of one value ------------------------------------------------------------------


@kind("integer", minimum=1)
def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise Invalid("expected_count", value)
    return value


@kind("paragraphs")
def _paragraphs(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if not items:
        raise Invalid("expected_paragraphs", value)
    return [check_text(item) for item in items]


@kind("screen")
def _go(value: Any) -> str:
    """A transition: a screen id, checked against the screens once they are all known."""
    return check_text(value)


@kind("accounts")
def _accounts(value: Any) -> Any:
    """The accounts of `providers`, a list of {name, go}: checked by `_providers`."""
    return value

# Every element: its fields (check, required) and, for `kind: text` shorthands, the field
# that a plain string fills. `providers` holds a list of {name, go}.
ELEMENTS: dict[str, dict[str, Any]] = {
    "site": {"fields": {"name": (check_text, True)}, "shorthand": "name"},
    "heading": {"fields": {"text": (check_text, True)}, "shorthand": "text"},
    "text": {"fields": {"text": (check_text, True)}, "shorthand": "text"},
    "franceconnect": {"fields": {"go": (_go, True)}},
    "providers": {"fields": {"items": (_accounts, True)}, "shorthand": "items"},
    "input": {"fields": {
        "label": (check_text, True), "hint": (check_text, False), "digits": (_count, False),
        "length": (_count, False), "required": (check_flag, False), "error": (check_text, False),
    }},
    "password": {"fields": {
        "label": (check_text, True), "hint": (check_text, False), "required": (check_flag, False),
        "error": (check_text, False),
    }},
    "checkbox": {"fields": {"label": (check_text, True)}, "shorthand": "label"},
    "button": {"fields": {"label": (check_text, True), "go": (_go, True)}},
    "submit": {"fields": {"label": (check_text, True), "go": (_go, True)}},
    "link": {"fields": {"label": (check_text, True), "go": (_go, True)}},
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


class _Errors(list):
    """The messages of one scenario, written from the strings files' `errors:`."""

    def __init__(self, words: Mapping[str, Any]) -> None:
        super().__init__()
        self.words = words
        self.paths: list[str] = []

    def add(self, key: str, **values: Any) -> None:
        self.append(self.words[key].format(**values))
        self.paths.append(str(values.get("path", "")))

    def into(self, scenario: Scenario) -> Scenario:
        scenario.errors, scenario.error_paths = list(self), list(self.paths)
        return scenario

    def found(self, value: Any) -> str:
        return describe(value, self.words)


def load(name: str, text: str, messages: Mapping[str, Any] | None = None) -> Scenario:
    """Parse and check the YAML text of scenario `name`."""
    words = messages if messages is not None else default_errors()
    duplicates: list[tuple[str, int, int]] = []

    def read() -> Any:
        # The loader reads the stream as soon as it is made (a byte it cannot decode is a
        # yaml.reader.ReaderError there): made inside `read_yaml`, every failure is ours.
        loader = _DuplicateKeyLoader(text)
        try:
            return loader.get_single_data()
        finally:
            duplicates.extend(loader.duplicates)
            loader.dispose()

    try:
        data = read_yaml(read, "scenario_yaml", first_line=1, text=text)
    except Invalid as error:
        if error.key == "yaml_bad_character":  # its line said in the message, as YAML's
            error = Invalid("scenario_bad_character", **error.values)
        return Scenario(name, errors=[error.text(words)], error_paths=[""])
    scenario = check(name, data, words)
    scenario.lines = _lines(text)
    for key, first, second in duplicates:
        scenario.errors.append(words["scenario_duplicate_key"].format(
            key=key, first=first, second=second))
        scenario.error_paths.append("")  # the message gives both lines
    return scenario


def _lines(text: str) -> dict[str, int]:
    """The line of every key and list item of a scenario, by its path in our messages.

    An element is written `- kind: {fields}` but named `elements[2]` in the messages, its
    fields `elements[2].go`: the fields are also recorded without the kind.
    """
    try:
        root = yaml.compose(text, Loader=core_yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[str, int] = {}

    def walk(node: yaml.Node | None, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                here = f"{path}.{key.value}" if path else str(key.value)
                lines.setdefault(here, key.start_mark.line + 1)
                walk(value, here)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value, 1):
                here = f"{path}[{index}]"
                lines.setdefault(here, item.start_mark.line + 1)
                walk(item, here)
                if isinstance(item, yaml.MappingNode) and len(item.value) == 1:
                    walk(item.value[0][1], here)  # the element's fields, without its kind

    walk(root, "")
    return lines


def check(name: str, data: Any, messages: Mapping[str, Any] | None = None) -> Scenario:
    """Check a parsed scenario: every error is collected, with its path."""
    scenario = Scenario(name)
    errors = _Errors(messages if messages is not None else default_errors())
    if not isinstance(data, dict):
        errors.add("scenario_not_mapping", found=errors.found(data))
        return errors.into(scenario)
    _unknown(data, SCENARIO_KEYS, "", "scenario_what_scenario", {}, errors)
    scenario.title = _field(data, "title", check_text, "", "scenario_needs_title", errors)
    scenario.tutorial = _field(data, "tutorial", check_text, "", "", errors)
    screens = data.get("screens")
    if not isinstance(screens, dict) or not screens:
        errors.add("scenario_no_screens", found=errors.found(screens))
        return errors.into(scenario)
    gos: list[tuple[str, str]] = []
    for screen_id, screen in screens.items():
        where = f"screens.{screen_id}"
        if not isinstance(screen_id, str) or not SCREEN_ID.fullmatch(screen_id):
            errors.add("scenario_screen_id", path=where)
        if not isinstance(screen, dict):
            errors.add("scenario_screen_not_mapping", path=where, found=errors.found(screen))
            continue
        _unknown(screen, SCREEN_KEYS, where, "scenario_what_screen", {}, errors)
        title = _field(screen, "title", check_text, where, "scenario_screen_needs_title",
                       errors)
        elements = screen.get("elements")
        if not isinstance(elements, list) or not elements:
            errors.add("scenario_no_elements", path=where, found=errors.found(elements))
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
            errors.add("scenario_unknown_target", path=where, target=target, known=", ".join(ids))
    return errors.into(scenario)


def _element(item: Any, where: str, errors: _Errors, gos: list) -> dict[str, Any] | None:
    if not isinstance(item, dict) or len(item) != 1:
        found = (errors.words["scenario_element_keys"].format(
                     count=len(item), keys=", ".join(map(str, item)))
                 if isinstance(item, dict) else errors.found(item))
        errors.add("scenario_element_shape", path=where, found=found)
        return None
    kind, value = next(iter(item.items()))
    spec = ELEMENTS.get(kind)
    if spec is None:
        close = difflib.get_close_matches(str(kind), list(ELEMENTS), n=1)
        hint = errors.words["block_hint"].format(close=close[0]) if close else ""
        errors.add("scenario_unknown_element", path=where, kind=kind, hint=hint,
                   known=", ".join(ELEMENTS))
        return None
    shorthand = spec.get("shorthand")
    if shorthand and not isinstance(value, dict):
        value = {shorthand: value}
    if not isinstance(value, dict):
        errors.add("scenario_element_not_mapping", path=where, kind=kind,
                   known=", ".join(spec["fields"]), found=errors.found(value))
        return None
    _unknown(value, spec["fields"], where, "scenario_what_element", {"kind": kind}, errors)
    element: dict[str, Any] = {"kind": kind}
    for name, (checker, required) in spec["fields"].items():
        if name not in value:
            if required:
                errors.add("scenario_element_needs", path=where, kind=kind, name=name)
            element[name] = None
        elif checker is _go:
            element[name] = _field(value, name, check_text, where, "", errors)
            if element[name]:
                gos.append((f"{where}.{name}", element[name]))
        elif checker is _accounts:
            element[name] = _providers(value[name], f"{where}.{name}", errors, gos)
        else:
            element[name] = _field(value, name, checker, where, "", errors)
    checked = element.get("digits") or element.get("length") or element.get("required")
    if kind in ("input", "password") and checked and not element["error"]:
        errors.add("scenario_element_needs_error", path=where, kind=kind)
    return element


def _providers(value: Any, where: str, errors: _Errors, gos: list) -> list[dict[str, str]]:
    if not isinstance(value, list) or not value:
        errors.add("scenario_no_accounts", path=where, found=errors.found(value))
        return []
    items = []
    for index, item in enumerate(value, 1):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            errors.add("scenario_account_not_mapping", path=here, found=errors.found(item))
            continue
        _unknown(item, PROVIDER_FIELDS, here, "scenario_what_account", {}, errors)
        name = _field(item, "name", check_text, here, "scenario_account_needs_name", errors)
        go = _field(item, "go", check_text, here, "scenario_account_needs_go", errors)
        if go:
            gos.append((f"{here}.go", go))
        items.append({"name": name, "go": go})
    return items


def _field(data: dict, name: str, checker: Callable[[Any], Any], where: str,
           missing: str, errors: _Errors) -> Any:
    """The checked value of `data[name]`; `missing` is the error's key when it is required."""
    path = f"{where}.{name}" if where else name
    if name not in data:
        if missing:
            errors.add("scenario_missing", path=path, name=name,
                       what=errors.words[missing])
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


def _unknown(data: dict, known, where: str, what: str, values: dict, errors: _Errors) -> None:
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), list(known), n=1)
            hint = errors.words["block_hint"].format(close=close[0]) if close else ""
            errors.add("scenario_unknown_key", path=f"{where}.{key}" if where else str(key),
                       what=errors.words[what].format(**values), hint=hint,
                       known=", ".join(known))


class _DuplicateKeyLoader(yaml.SafeLoader):
    """SafeLoader noting keys written twice in one mapping (YAML keeps the last silently)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int, int]] = []

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if isinstance(key, (str, int)) and key in seen:
                self.duplicates.append((str(key), seen[key], line))
            elif isinstance(key, (str, int)):
                seen[key] = line
        return super().construct_mapping(node, deep=deep)
