"""Categories (thématiques): their declaration in mkdocs.yml, a tutorial's `category`, order.

Pure functions with no MkDocs event, so that they are tested on their own and shared by
the hooks that validate tutorials (`tutorials.py`) and build the catalogue
(`catalogue.py`). Problems come back as a strings key of the `errors:` section and its
values; the hooks turn them into French messages with `build_message`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml


@dataclass(frozen=True)
class Category:
    """One category of `extra.categories`; texts are a string or one per language."""

    id: str
    label: str | Mapping[str, str]
    description: str | Mapping[str, str] = ""
    icon: str = ""


@dataclass
class Declared:
    """The categories declared in mkdocs.yml, in display order, and what was wrong."""

    categories: list[Category] = field(default_factory=list)
    problems: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [category.id for category in self.categories]


# Declaration --------------------------------------------------------------------------


def parse(raw: Any) -> Declared:
    """Read `extra.categories`: a list of {id, label, description?, icon?} mappings."""
    declared = Declared()
    if raw is None:
        return declared
    if not isinstance(raw, list):
        declared.problems.append(("categories_not_list", {"found": found(raw)}))
        return declared
    seen: set[str] = set()
    for number, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            declared.problems.append(
                ("categories_item_type", {"number": number, "found": found(item)})
            )
            continue
        problems = [
            ("categories_item_missing", {"number": number, "field": name})
            for name in ("id", "label")
            if not _is_text(item.get(name)) and not _is_texts(item.get(name), name)
        ]
        category_id = item.get("id")
        if _is_text(category_id) and not CATEGORY_ID.fullmatch(category_id):
            problems.append(("categories_bad_id", {"number": number, "found": found(category_id)}))
        elif _is_text(category_id) and category_id in seen:
            problems.append(("categories_duplicate", {"id": category_id}))
        description = item.get("description", "")
        if description and not (_is_text(description) or _is_texts(description, "label")):
            problems.append(("categories_bad_field", {
                "number": number, "field": "description", "found": found(description),
            }))
        icon = item.get("icon", "")
        if icon and not (_is_text(icon) and ICON.fullmatch(icon)):
            problems.append(("categories_bad_icon", {"number": number, "found": found(icon)}))
        unknown = sorted(set(item) - {"id", "label", "description", "icon"})
        if unknown:
            problems.append(("categories_unknown_key",
                             {"number": number, "found": ", ".join(map(str, unknown))}))
        if problems:
            declared.problems.extend(problems)
            continue
        seen.add(category_id)
        declared.categories.append(
            Category(id=category_id, label=item["label"], description=description or "",
                     icon=icon or "")
        )
    return declared


def text(value: str | Mapping[str, str], language: str, default_language: str) -> str:
    """A text of mkdocs.yml in `language`: the string itself, or its entry, or the default's."""
    if isinstance(value, Mapping):
        chosen = value.get(language) or value.get(default_language)
        return str(chosen or next(iter(value.values()), ""))
    return str(value or "")


# A tutorial's category ----------------------------------------------------------------


MISSING = object()


def check(
    value: Any, ids: Iterable[str], none_declared: str = "-"
) -> tuple[str | None, tuple[str, dict[str, Any]] | None]:
    """A tutorial's `category` value: its id, or the problem (strings key, values).

    `none_declared` stands for the list of known ids when mkdocs.yml declares none.
    """
    ids = list(ids)
    known = ", ".join(ids) or none_declared
    if value is MISSING or value is None or value == "":
        return None, ("category_missing", {"known": known})
    if not isinstance(value, str):
        return None, ("category_type", {"found": found(value), "known": known})
    if value.strip() not in ids:
        return None, ("category_unknown", {"found": found(value), "known": known})
    return value.strip(), None


# Order --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def collation_key(title: str) -> str:
    """French alphabetical order without a locale: case and accents do not count (É = E).

    Kept per text: the catalogue sorts and slugs the same titles and tags on every page."""
    decomposed = unicodedata.normalize("NFKD", title.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def sort_key(title: str, order: int | None) -> tuple[int, int, str, str]:
    """Tutorials with an `order` first (ascending), then the others by title."""
    return (0 if order is not None else 1, order or 0, collation_key(title), title)


@functools.lru_cache(maxsize=65536)
def slug(value: str) -> str:
    """An ASCII token for URLs and data attributes ("débutant" → "debutant")."""
    return re.sub(r"[^a-z0-9]+", "-", collation_key(value)).strip("-")


def found(value: Any) -> str:
    """The value found, as the author wrote it in YAML (« impots », [a, b], 12…)."""
    if isinstance(value, str):
        return f"« {value} »"
    dumped = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True)
    return dumped.strip().removesuffix("...").strip()


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_texts(value: Any, name: str) -> bool:
    """A text per language ({fr: …, en: …}); an id is never per language."""
    return (name != "id" and isinstance(value, dict) and bool(value)
            and all(_is_text(item) for item in value.values()))


# Data ---------------------------------------------------------------------------------

# A category id is part of its page's address (tutoriels/<id>.html).
CATEGORY_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ICON = re.compile(r"[a-z0-9-]+/[a-z0-9-]+")
