"""The problems of a build: every error and warning about the content, said one way.

Every hook reports through `problems.report(where, message, line=None)` (an error) or
`problems.warn(where, message, line=None)` (a warning, which fails `--strict`), with a
message of the strings files (`errors:`) from `build_message`. Each is logged at once,
naming the file (and the line, counted from the top of the file); the errors stop the
build once, every one of them listed, before any page is written. The hook
hooks/problems.py drives the lifecycle (clear first, raise last); the object lives here
because MkDocs loads each hook file as a module of its own, while this module is shared.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from pas_a_pas.core.languages import default_language
from pas_a_pas.core.log import log
from pas_a_pas.core.strings import strings


def build_message(config: MkDocsConfig | None, key: str, /, **values: Any) -> str:
    """The build message `errors.<key>` of the strings files, filled in with `values`.

    Authors read these messages, so they are written in the site's default language
    (French here, English for a fork whose default language is English), like every
    other word of the interface. Placeholders are `str.format` fields: `{field}`...
    """
    return error_messages(config)[key].format(**values)


def error_messages(config: MkDocsConfig | None) -> dict[str, Any]:
    """Every build message (`errors:` of the strings files) in the site's default language.

    The pure modules (`pas_a_pas.markdown`, `pas_a_pas.schema`) import nothing from
    MkDocs: the hooks give them this mapping.
    """
    return strings(default_language(config))["errors"]


class Problems:
    """The errors and warnings found during a build: one collection, one way out."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.config: MkDocsConfig | None = None

    def clear(self, config: MkDocsConfig | None = None) -> None:
        """Forget the errors of a previous build; `config` gives the messages' language."""
        self.messages.clear()
        self.config = config

    def report(self, where: str, message: str, line: int | None = None) -> None:
        """Log one error about file `where` (its `line`, counted from 1, when known)."""
        self.record(self.located(where, message, line))

    def record(self, text: str) -> None:
        """Log one error already worded with its file ("docs/x.md, ligne 3 : ...")."""
        self.messages.append(text)
        log.error(text)

    def warn(self, where: str, message: str, line: int | None = None) -> None:
        """Log one warning about file `where`: the build goes on, `--strict` fails."""
        log.warning(self.located(where, message, line))

    def located(self, where: str, message: str, line: int | None = None) -> str:
        """"docs/x.md, ligne 3 : message": the message with its file and line."""
        if line:
            where = build_message(self.config, "at_line", where=where, line=line)
        return build_message(self.config, "where", where=where, message=message)

    def raise_if_any(self) -> None:
        """Fail the build if any error was reported (PluginError: no traceback shown)."""
        if self.messages:
            count = len(self.messages)
            key = "summary_one" if count == 1 else "summary_many"
            raise PluginError(build_message(self.config, key, count=count))


problems = Problems()
