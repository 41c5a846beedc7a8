"""A value that does not fit, and the words that describe what was found.

Shared by every schema (front matter, sources, scenarios); no MkDocs import.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from pas_a_pas.core.strings import errors as default_errors

NOTHING = object()


class Invalid(Exception):
    """A value does not fit.

    `key` names the message (`errors.<key>` of the strings files) saying what was
    expected, filled in with `values`; `found` is the value found (described in the
    message), or a callable giving its description from the messages. `line` is the line
    of the file when known. A key that is not in the messages is shown as written.
    """

    def __init__(self, key: str, found: Any = NOTHING, *, line: int | str | None = None,
                 **values: Any) -> None:
        super().__init__(key)
        self.key, self.found, self.values = key, found, {**values, "line": line}
        self.line = line if isinstance(line, int) else None

    def text(self, messages: Mapping[str, Any]) -> str:
        """The message itself (`errors.<key>` filled in)."""
        values = dict(self.values)
        if self.found is not NOTHING:
            values["found"] = self.found_text(messages)
        template = messages.get(self.key, self.key)
        return template.format(**values)

    def found_text(self, messages: Mapping[str, Any]) -> str:
        if callable(self.found):
            return self.found(messages)
        return describe(self.found, messages)


def describe(value: Any, messages: Mapping[str, Any] | None = None) -> str:
    """The value found, in words an author recognises ("le texte « franceconnect »")."""
    words = messages if messages is not None else default_errors()
    if value is None:
        return words["found_empty"]
    if isinstance(value, bool):
        return words["found_true" if value else "found_false"]
    if isinstance(value, (int, float)):
        return words["found_number"].format(value=value)
    if isinstance(value, str) and not value.strip():
        return words["found_empty_text"]
    if isinstance(value, str):
        return words["found_text"].format(value=value)
    if isinstance(value, datetime.date):
        return words["found_date"].format(value=value.isoformat())
    if isinstance(value, list):
        return words["found_list" if value else "found_empty_list"]
    if isinstance(value, dict):
        return words["found_mapping"]
    return words["found_other"].format(type=type(value).__name__)
