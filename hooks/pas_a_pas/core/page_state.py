"""What the hooks decide for the page being converted, read by our Markdown extensions.

MkDocs converts one page at a time. Our extensions are plain Python-Markdown (no MkDocs
import): each takes a `settings` callable returning its settings for the current
document. A hook registers the extension once, in `on_config`, with
`settings=page_state.reader("steps", StepSettings())` (`register_extension`), and sets
that page's value in `on_page_markdown` with `page_state.set("steps", StepSettings(...))`.
Before the first page (or in another builder) the reader returns the default. What
settings may hold (values read, callables told or asked) is in
`pas_a_pas.markdown.settings`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig


class PageState:
    """The settings of the page being converted, by key."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def clear(self) -> None:
        self._values.clear()

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def values(self) -> dict[str, Any]:
        """Every value set for the current page, by key (a copy of the mapping)."""
        return dict(self._values)

    def reader(self, key: str, default: Any) -> Callable[[], Any]:
        """The settings callable to give an extension: the value set for the current page."""
        return lambda: self._values.get(key, default)

    def block_line(self, name: str, number: int) -> int | None:
        """The line of the file where block `name` number `number` (from 1) opens.

        hooks/authoring.py keeps a `block_lines` mapping for the page ({name: [line of
        each opening]}), filled as the authoring checks read the page's source (their
        `opened`), before the blocks are built: the hooks of the blocks name the line in
        their messages.
        """
        lines = self._values.get("block_lines", {}).get(name, [])
        return lines[number - 1] if 0 < number <= len(lines) else None


page_state = PageState()


def register_extension(config: MkDocsConfig, extension: Extension) -> None:
    """Add one of our Markdown extensions to every page, replacing an earlier copy.

    mkdocs-static-i18n runs a whole build (on_config included) once per language on the
    same config: Python-Markdown would refuse a block registered twice.
    """
    config.markdown_extensions[:] = [
        ext for ext in config.markdown_extensions if type(ext) is not type(extension)
    ]
    config.markdown_extensions.append(extension)
