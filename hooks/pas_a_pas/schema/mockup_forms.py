"""The form elements of a scenario: cookie banner, progress, choices, lists, dates, files,
text messages, one-time codes, recap and receipt.

Declared here as `pas_a_pas.schema.mockups` declares the login elements (each field: its
check, whether it is required), with the checks that look beyond one field: a checked
field has its message, a step does not pass the number of steps, a code has as many
characters as announced, a branching choice has a submit button to validate it, and a
recap names what earlier screens asked (`link_screens`, once every screen is read). No
MkDocs import; messages from the strings files' `errors:`, with the path in the scenario.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pas_a_pas.schema.kinds import Kind, kind
from pas_a_pas.schema.mockup_checks import GO, Errors, count, field, go, paragraphs, unknown
from pas_a_pas.schema.tutorials import Invalid, check_flag, check_text, check_text_list

EXTENSION = re.compile(r"[a-z0-9]+")
# The elements whose value a recap can show, by their label.
VALUE_KINDS = ("input", "choice", "select", "date", "upload")
# The elements that check what is typed or chosen: a rule among these fields needs `error`
# (the message of an impossible date or a wrong file type is built in).
CHECKED = {"input": ("digits", "length", "required"), "password": ("required",),
           "choice": ("required",), "select": ("required",), "date": ("required",),
           "upload": ("required",)}


@dataclass(frozen=True)
class Nested:
    """A field made of several values (a list of options, a reference): `check` receives
    the value, its path and the errors, and reports each problem at its own path; `kind`
    is what it accepts, for the editor's JSON Schema (`pas_a_pas.schema.kinds`)."""

    check: Callable[[Any, str, Errors], Any]
    kind: Kind


def _options(with_go: bool) -> Nested:
    """Options written as texts or, for a choice, as {label, [go]}."""

    def check(value: Any, where: str, errors: Errors) -> list[dict[str, str]]:
        if not isinstance(value, list) or not value:
            errors.add("scenario_no_options", path=where, found=errors.found(value))
            return []
        items = []
        for index, item in enumerate(value, 1):
            here = f"{where}[{index}]"
            if isinstance(item, (str, int)) and not isinstance(item, bool) and str(item).strip():
                items.append({"label": str(item).strip(), "go": ""})
            elif with_go and isinstance(item, dict):
                unknown(item, ("label", "go"), here, "scenario_what_option", {}, errors)
                label = field(item, "label", check_text, here, "scenario_option_needs_label",
                              errors)
                items.append({"label": label, "go": go(item, "go", here, errors)})
            else:
                errors.add("scenario_option_shape" if with_go else "scenario_option_text",
                           path=here, found=errors.found(item))
        return items

    return Nested(check, Kind("options", {"go": with_go}))


@kind("code")
def _as_text(value: Any) -> str:
    """A text, or a number written without quotes (a reference, a code)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return check_text(value)


def _reference(value: Any, where: str, errors: Errors) -> dict[str, str]:
    if not isinstance(value, dict):
        errors.add("scenario_reference_shape", path=where, found=errors.found(value))
        return {"label": "", "value": ""}
    unknown(value, ("label", "value"), where, "scenario_what_reference", {}, errors)
    return {"label": field(value, "label", check_text, where, "scenario_reference_needs_label",
                           errors),
            "value": field(value, "value", _as_text, where, "scenario_reference_needs_value",
                           errors)}


@kind("texts", min_items=1)
def _labels(value: Any) -> list[str]:
    if value == []:
        raise Invalid("expected_text_list", value)
    return check_text_list(value)


@kind("extensions")
def _extensions(value: Any) -> list[str]:
    items = re.split(r"[\s,]+", value.strip()) if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(
            isinstance(item, str) and EXTENSION.fullmatch(item.lstrip(".").lower())
            for item in items):
        raise Invalid("expected_extensions", value)
    return [item.lstrip(".").lower() for item in items]


@kind("code")
def _code(value: Any) -> str:
    text = re.sub(r"\s+", "", _as_text(value)) if not isinstance(value, bool) else ""
    if not text:
        raise Invalid("expected_code", value)
    return text


_LABEL = (check_text, True)
_HINT = (check_text, False)
_REQUIRED = (check_flag, False)
_ERROR = (check_text, False)
FORM_ELEMENTS: dict[str, dict[str, Any]] = {
    "cookies": {"fields": {"site": (check_text, False)}, "shorthand": "site"},
    "progress": {"fields": {"step": (count, True), "of": (count, True),
                            "label": (check_text, False)}},
    "choice": {"fields": {"label": _LABEL, "options": (_options(True), True),
                          "required": _REQUIRED, "error": _ERROR}},
    "select": {"fields": {"label": _LABEL, "options": (_options(False), True), "hint": _HINT,
                          "required": _REQUIRED, "error": _ERROR}},
    "date": {"fields": {"label": _LABEL, "hint": _HINT, "required": _REQUIRED,
                        "error": _ERROR}},
    "upload": {"fields": {"label": _LABEL, "hint": _HINT, "accept": (_extensions, False),
                          "required": _REQUIRED, "error": _ERROR}},
    "sms": {"fields": {"from": (check_text, True), "text": (paragraphs, True)}},
    "code": {"fields": {"label": _LABEL, "digits": (count, True), "expect": (_code, True),
                        "error": _ERROR}},
    "recap": {"fields": {"title": (check_text, True), "fields": (_labels, True),
                         "edit": (GO, False)}},
    "receipt": {"fields": {"title": (check_text, True),
                           "reference": (Nested(_reference, Kind("reference")), True),
                           "text": (paragraphs, False)}},
}


def check_element(element: dict[str, Any], where: str, errors: Errors) -> None:
    """The checks of one element that look at several of its fields."""
    kind = element["kind"]
    if any(element.get(name) for name in CHECKED.get(kind, ())) and not element.get("error"):
        errors.add("scenario_element_needs_error", path=where, kind=kind)
    if kind == "progress" and element["step"] and element["of"] \
            and element["step"] > element["of"]:
        errors.add("scenario_progress_step", path=where, step=element["step"], of=element["of"])
    if kind == "code" and element["digits"] and element["expect"] \
            and len(element["expect"]) != element["digits"]:
        errors.add("scenario_code_length", path=where, expect=element["expect"],
                   length=len(element["expect"]), digits=element["digits"])


def link_screens(screens: list[tuple[str, list[tuple[str, dict[str, Any]]]]],
                 errors: Errors) -> None:
    """Checks across screens, in the order they are written: a choice that branches has a
    submit button beside it; each label of a recap is asked by an earlier screen, and the
    recap learns where (`values`: each label and the element, "<screen>-<position>")."""
    asked: dict[str, str] = {}  # label: "<screen>-<position>" of the last element asking it
    for screen_id, elements in screens:
        kinds = {element["kind"] for _, element in elements}
        for path, element in elements:
            kind = element["kind"]
            if kind == "choice" and "submit" not in kinds and any(
                    option["go"] for option in element["options"] or []):
                errors.add("scenario_choice_needs_submit", path=f"{path}.options")
            if kind == "recap":
                element["values"] = []
                for index, label in enumerate(element["fields"] or [], 1):
                    if label not in asked:
                        known = ", ".join(asked) or errors.words["scenario_recap_none"]
                        errors.add("scenario_recap_unknown_field", path=f"{path}.fields[{index}]",
                                   label=label, known=known)
                    element["values"].append({"label": label, "source": asked.get(label, "")})
        for position, (_, element) in enumerate(elements, 1):
            if element["kind"] in VALUE_KINDS and element.get("label"):
                asked[element["label"]] = f"{screen_id}-{position}"
