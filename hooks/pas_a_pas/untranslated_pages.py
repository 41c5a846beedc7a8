"""A page not translated yet, converted once: what the conversion read, asked and told.

mkdocs-static-i18n shows a page that has no translation in every other language's site
(the default language's file, `fallback_to_default`), and each language's build converts
it again. The HTML comes out the same when the conversion's inputs are the same: the
Markdown after every hook, the values of the page's settings, the answers to the
questions its extensions ask, and extensions and blocks whose HTML does not depend on
the site's language (`pas_a_pas.markdown.settings`). `Conversion` keeps those inputs,
then the HTML and the table of contents; the other language's copy gets them if every
input is equal, and what the extensions told the builder is told again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Call:
    """One call of a settings callable during the conversion, and what it returned."""

    key: str  # the page state's key ("steps")
    name: str  # the field ("counted")
    args: tuple
    kwargs: dict
    answer: Any
    asks: bool  # a question (`field(metadata=ASKS)`), not a report


@dataclass
class Conversion:
    """A page's conversion in the default language: its inputs, then what it gave."""

    markdown: str
    inputs: dict[str, Any]
    calls: list[Call] = field(default_factory=list)
    html: str | None = None  # None until the conversion is kept (`portable`)
    toc: Any = None
    anchor_ids: set[str] | None = None


def _settings_fields(values: Mapping[str, Any]) -> Iterator[tuple[str, dataclasses.Field, Any]]:
    """(key, field, its value) of every settings dataclass of the page; the other values
    are the hooks' own bookkeeping (`block_lines`), filled by the callables."""
    for key, value in values.items():
        if dataclasses.is_dataclass(value):
            for item in dataclasses.fields(value):
                yield key, item, getattr(value, item.name)


def settings_inputs(values: Mapping[str, Any]) -> dict[str, Any]:
    """What the extensions read in the page's settings: every field but the callables,
    as `key.field` (containers copied, so that a later change cannot make them equal)."""
    return {f"{key}.{item.name}": read.copy() if isinstance(read, (list, dict, set)) else read
            for key, item, read in _settings_fields(values) if not callable(read)}


def recording(values: Mapping[str, Any], calls: list[Call]) -> dict[str, Any]:
    """The settings whose callables also write each call in `calls`, by key."""
    changes: dict[str, dict[str, Callable]] = {}
    for key, item, read in _settings_fields(values):
        if callable(read):
            changes.setdefault(key, {})[item.name] = _recorder(read, key, item, calls)
    return {key: dataclasses.replace(values[key], **fields) for key, fields in changes.items()}


def _recorder(function: Callable, key: str, item: dataclasses.Field,
              calls: list[Call]) -> Callable:
    asks = bool(item.metadata.get("asks"))

    def recorded(*args: Any, **kwargs: Any) -> Any:
        answer = function(*args, **kwargs)
        calls.append(Call(key, item.name, args, kwargs, answer, asks))
        return answer

    return recorded


def same_answers(calls: Iterable[Call], values: Mapping[str, Any]) -> bool:
    """Whether this page's settings answer every question of the conversion as it was
    answered then (an image found, or not: its HTML is not the same)."""
    return all(_callable(values, call)(*call.args, **call.kwargs) == call.answer
               for call in calls if call.asks)


def replay(calls: Iterable[Call], values: Mapping[str, Any]) -> None:
    """Tell this page's settings what the conversion told the first page's, in order
    (its steps counted, its glossary terms, its problems)."""
    for call in calls:
        if not call.asks:
            _callable(values, call)(*call.args, **call.kwargs)


def _callable(values: Mapping[str, Any], call: Call) -> Callable:
    return getattr(values[call.key], call.name)


def portable(extensions: Iterable[Any], opened: Iterable[str]) -> bool:
    """Whether HTML converted for one language may be given to another's copy.

    Every extension object a hook registered (those of mkdocs.yml are names: they are
    given no language) and every block the page opens must say
    `depends_on_site_language = False`; one that does not say counts as depending on it,
    as does a block no extension of ours registers (a `/// note` of pymdownx).
    """
    blocks = {}
    for extension in extensions:
        if isinstance(extension, str):
            continue
        block = getattr(extension, "BLOCK", None)
        if block is not None:
            blocks[block.NAME] = block
        elif getattr(extension, "depends_on_site_language", True) is not False:
            return False
    return all(getattr(blocks.get(name), "depends_on_site_language", True) is False
               for name in opened)
