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
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as default
from typing import Any

import yaml

from pas_a_pas.core import yaml as core_yaml
from pas_a_pas.core.strings import errors as default_errors
from pas_a_pas.schema.kinds import Kind
from pas_a_pas.schema.mockup_checks import GO, Errors, count, field, go, paragraphs, unknown
from pas_a_pas.schema.mockup_forms import FORM_ELEMENTS, Nested, check_element, link_screens
from pas_a_pas.schema.tutorials import Invalid, check_flag, check_text, read_yaml

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
    screens: list[Screen] = default(default_factory=list)
    errors: list[str] = default(default_factory=list)
    # The path in the scenario of each error ("screens.debut.elements[2].go"; "" when the
    # message says its own line), and the line of each path of the file (from `load`).
    error_paths: list[str] = default(default_factory=list)
    lines: dict[str, int] = default(default_factory=dict)

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


# Every element: its fields (check, required) and, for `kind: text` shorthands, the field
# that a plain string fills. `providers` holds a list of {name, go}; the form elements
# follow (pas_a_pas.schema.mockup_forms).
ELEMENTS: dict[str, dict[str, Any]] = {
    "site": {"fields": {"name": (check_text, True)}, "shorthand": "name"},
    "heading": {"fields": {"text": (check_text, True)}, "shorthand": "text"},
    "text": {"fields": {"text": (check_text, True)}, "shorthand": "text"},
    "franceconnect": {"fields": {"go": (GO, True)}},
    # A list of {name, go}: read by `_providers`, defined below.
    "providers": {
        "fields": {"items": (Nested(lambda *args: _providers(*args), Kind("accounts")), True)},
        "shorthand": "items"},
    "input": {"fields": {
        "label": (check_text, True), "hint": (check_text, False), "digits": (count, False),
        "length": (count, False), "required": (check_flag, False), "error": (check_text, False),
    }},
    "password": {"fields": {
        "label": (check_text, True), "hint": (check_text, False), "required": (check_flag, False),
        "error": (check_text, False),
    }},
    "checkbox": {"fields": {"label": (check_text, True)}, "shorthand": "label"},
    "button": {"fields": {"label": (check_text, True), "go": (GO, True)}},
    "submit": {"fields": {"label": (check_text, True), "go": (GO, True)}},
    "link": {"fields": {"label": (check_text, True), "go": (GO, True)}},
    "reveal": {"fields": {"label": (check_text, True), "text": (paragraphs, True)}},
    "email": {"fields": {
        "from": (check_text, True), "to": (check_text, False), "subject": (check_text, True),
        "body": (paragraphs, True),
    }},
    "note": {"fields": {"title": (check_text, False), "text": (paragraphs, True)}},
    **FORM_ELEMENTS,
}
PROVIDER_FIELDS = ("name", "go")
SCENARIO_KEYS = ("title", "tutorial", "start", "screens")
SCREEN_KEYS = ("title", "elements")


# Validation ---------------------------------------------------------------------------


def _into(errors: Errors, scenario: Scenario) -> Scenario:
    scenario.errors, scenario.error_paths = list(errors), list(errors.paths)
    return scenario


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
    errors = Errors(messages if messages is not None else default_errors())
    if not isinstance(data, dict):
        errors.add("scenario_not_mapping", found=errors.found(data))
        return _into(errors, scenario)
    unknown(data, SCENARIO_KEYS, "", "scenario_what_scenario", {}, errors)
    scenario.title = field(data, "title", check_text, "", "scenario_needs_title", errors)
    scenario.tutorial = field(data, "tutorial", check_text, "", "", errors)
    screens = data.get("screens")
    if not isinstance(screens, dict) or not screens:
        errors.add("scenario_no_screens", found=errors.found(screens))
        return _into(errors, scenario)
    written: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = []
    for screen_id, screen in screens.items():
        where = f"screens.{screen_id}"
        if not isinstance(screen_id, str) or not SCREEN_ID.fullmatch(screen_id):
            errors.add("scenario_screen_id", path=where)
        if not isinstance(screen, dict):
            errors.add("scenario_screen_not_mapping", path=where, found=errors.found(screen))
            continue
        unknown(screen, SCREEN_KEYS, where, "scenario_what_screen", {}, errors)
        title = field(screen, "title", check_text, where, "scenario_screen_needs_title",
                      errors)
        elements = screen.get("elements")
        if not isinstance(elements, list) or not elements:
            errors.add("scenario_no_elements", path=where, found=errors.found(elements))
            elements = []
        paths = [f"{where}.elements[{index}]" for index in range(1, len(elements) + 1)]
        checked = [(path, _element(item, path, errors))
                   for path, item in zip(paths, elements, strict=True)]
        checked = [(path, element) for path, element in checked if element]
        written.append((str(screen_id), checked))
        scenario.screens.append(Screen(str(screen_id), title, [e for _, e in checked]))
    link_screens(written, errors)
    ids = [screen.id for screen in scenario.screens]
    # No screen could be read (each reported above): no first screen to start on.
    scenario.start = field(data, "start", check_text, "", "", errors) or next(iter(ids), "")
    if "start" in data:
        errors.gos.append(("start", scenario.start))
    for where, target in errors.gos:
        if target not in ids:
            errors.add("scenario_unknown_target", path=where, target=target, known=", ".join(ids))
    return _into(errors, scenario)


def _element(item: Any, where: str, errors: Errors) -> dict[str, Any] | None:
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
    if value is None and not any(required for _, required in spec["fields"].values()):
        value = {}  # "- cookies:" alone: every field has its default
    if shorthand and not isinstance(value, dict):
        value = {shorthand: value}
    if not isinstance(value, dict):
        errors.add("scenario_element_not_mapping", path=where, kind=kind,
                   known=", ".join(spec["fields"]), found=errors.found(value))
        return None
    unknown(value, spec["fields"], where, "scenario_what_element", {"kind": kind}, errors)
    element: dict[str, Any] = {"kind": kind}
    for name, (checker, required) in spec["fields"].items():
        if name not in value:
            if required:
                errors.add("scenario_element_needs", path=where, kind=kind, name=name)
            element[name] = None
        elif checker is GO:
            element[name] = go(value, name, where, errors)
        elif isinstance(checker, Nested):
            element[name] = checker.check(value[name], f"{where}.{name}", errors)
        else:
            element[name] = field(value, name, checker, where, "", errors)
    check_element(element, where, errors)
    return element


def _providers(value: Any, where: str, errors: Errors) -> list[dict[str, str]]:
    if not isinstance(value, list) or not value:
        errors.add("scenario_no_accounts", path=where, found=errors.found(value))
        return []
    items = []
    for index, item in enumerate(value, 1):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            errors.add("scenario_account_not_mapping", path=here, found=errors.found(item))
            continue
        unknown(item, PROVIDER_FIELDS, here, "scenario_what_account", {}, errors)
        name = field(item, "name", check_text, here, "scenario_account_needs_name", errors)
        target = field(item, "go", check_text, here, "scenario_account_needs_go", errors)
        if target:
            errors.gos.append((f"{here}.go", target))
        items.append({"name": name, "go": target})
    return items


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
