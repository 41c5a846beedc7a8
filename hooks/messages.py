"""The build messages of the strings files, for the pure modules used outside MkDocs.

The hooks give the pure modules (`tutorial_schema`, `steps`, `mockup_block`,
`mockup_scenario`, `authoring_checks`) the messages of the site's default language
(`_common.error_messages`); used on their own (tests, another builder), these modules
take them from here: `errors:` of `hooks/strings/<language>.yml`, French filling in.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

STRINGS_DIR = Path(__file__).parent / "strings"


@functools.cache
def load(language: str = "fr") -> dict[str, Any]:
    """The `errors:` section of the strings file of `language` (French when missing)."""
    messages = dict(_errors("fr"))
    if language != "fr" and (STRINGS_DIR / f"{language}.yml").is_file():
        messages.update(_errors(language))
    return messages


def _errors(language: str) -> dict[str, Any]:
    with open(STRINGS_DIR / f"{language}.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle).get("errors") or {}
