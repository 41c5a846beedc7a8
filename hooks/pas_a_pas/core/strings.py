"""The user-facing words: one YAML file per language, `hooks/strings/<lang>.yml`.

Every word that hooks, templates and mockups show, and every build message (`errors:`),
is read from these files, so that translating the tool is editing one file. This is the
one loader: the hooks, the pure Markdown and schema modules (used outside MkDocs too) and
the scripts all read through it. Imports nothing from MkDocs.
"""

from __future__ import annotations

import functools
from typing import Any

from pas_a_pas.core import yaml
from pas_a_pas.core.paths import STRINGS_DIR

DEFAULT_LANGUAGE = "fr"


@functools.cache
def strings(language: str) -> dict[str, Any]:
    """The strings of `language`, French filling in what a translation lacks."""
    base = _read(DEFAULT_LANGUAGE)
    if language == DEFAULT_LANGUAGE or not _exists(language):
        return base
    return _merge(base, _read(language))


def strings_language(language: str) -> str:
    """The language `strings(language)` is written in: French when no file translates it."""
    return language if _exists(language) else DEFAULT_LANGUAGE


def errors(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The build messages (`errors:`) of `language`, for modules that run without MkDocs."""
    return strings(language)["errors"]


def reload() -> None:
    """Forget what was read (`mkdocs serve` rebuilds when a strings file changes)."""
    strings.cache_clear()


def _exists(language: str) -> bool:
    return (STRINGS_DIR / f"{language}.yml").is_file()


def _read(language: str) -> dict[str, Any]:
    with open(STRINGS_DIR / f"{language}.yml", encoding="utf-8") as handle:
        return yaml.load(handle)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged
