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

    KINDS: "text", "texts" (a list of texts), "date", "integer" (`minimum`), "flag",
    "choice" (`choices`), "choices" (one or a list of `choices`: the licences),
    "category" (an id of `extra.categories`), "paragraphs" (a text or a list of texts),
    "screen" (a screen id of the same scenario), "accounts" (a list of {name, go}).
    """

    name: str
    options: dict[str, Any] = field(default_factory=dict)


KINDS = ("text", "texts", "date", "integer", "flag", "choice", "choices", "category",
         "paragraphs", "screen", "accounts")


def kind(name: str, **options: Any) -> Callable[[Check], Check]:
    """`@kind("integer", minimum=1)`: the check accepts this kind of value."""
    if name not in KINDS:
        raise ValueError(f"unknown kind {name!r}; known: {', '.join(KINDS)}")

    def mark(check: Check) -> Check:
        check.kind = Kind(name, dict(options))
        return check

    return mark


def kind_of(check: Any) -> Kind:
    """The kind a check declared; a check without one is an error of ours, said at once."""
    declared = getattr(check, "kind", None)
    if not isinstance(declared, Kind):
        raise TypeError(f"{check!r} declares no kind: add @kind(...) to it")
    return declared
