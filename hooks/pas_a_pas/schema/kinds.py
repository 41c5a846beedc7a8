"""What kind of value each check accepts, declared on the check itself.

The editor's form (`pas_a_pas.editor.cms_config`) and the JSON Schemas
(`pas_a_pas.editor.schemas`) are generated from the same fields as the build's checks:
each check says with `@kind(...)` what it accepts, so that a field added to the schema
reaches the editor and the JSON Schemas with no other edit, and no second list of
fields can drift from the first. Imports nothing from MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

Check = TypeVar("Check", bound=Callable[..., Any])


@dataclass(frozen=True)
class Kind:
    """A kind of value: `name` is one of KINDS, `options` its limits or choices.

    KINDS: "text", "texts" (a list of texts, at least `min_items`), "date", "integer"
    (`minimum`), "flag", "choice" (`choices`), "choices" (one or a list of `choices`: the
    licences), "category" (an id of `extra.categories`), "paragraphs" (a text or a list
    of texts), "screen" (a screen id of the same scenario), "accounts" (a list of
    {name, go}), "options" (a list of texts, or with `go` also of {label, go}),
    "reference" ({label, value}), "extensions" (file extensions: a list, or one text
    "jpg, png"), "code" (a text or a whole number: a code, a reference's value),
    "sources" (a list of {title, url (https), checked (a date)}).
    """

    name: str
    options: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.name not in KINDS:
            raise ValueError(f"unknown kind {self.name!r}; known: {', '.join(KINDS)}")


KINDS = ("text", "texts", "date", "integer", "flag", "choice", "choices", "category",
         "paragraphs", "screen", "accounts", "options", "reference", "extensions", "code",
         "sources")


def kind(name: str, **options: Any) -> Callable[[Check], Check]:
    """`@kind("integer", minimum=1)`: the check accepts this kind of value."""
    declared = Kind(name, dict(options))

    def mark(check: Check) -> Check:
        check.kind = declared
        return check

    return mark


def kind_of(check: Any) -> Kind:
    """The kind a check declared (a function marked with `@kind`, or an object with a
    `kind`, such as a scenario's nested field); a check without one is an error of ours,
    said at once."""
    declared = getattr(check, "kind", None)
    if not isinstance(declared, Kind):
        raise TypeError(f"{check!r} declares no kind: add @kind(...) to it")
    return declared
