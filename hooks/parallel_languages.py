"""Build speed: the other languages are built in a second process, beside the default one.

mkdocs-static-i18n builds the default language, then, from its `on_post_build`, each
other language in turn, in the same process: one core of the machine works, the others
wait. Here, once the default language is checked and converted (the end of `on_env`,
after hooks/problems.py has stopped a build whose content has errors), the process forks:
the second process builds the other languages exactly as i18n would have (the same calls,
from the state the first one has reached), while the first writes the default language's
pages, PDFs and search index. The first waits for the second where i18n would have built
the other languages, then logs what the second logged (the log reads as if built one
after the other: same lines, same order) and fails, with the same message, if their
build failed.

What the other languages' builds use of the default one is there when the process forks:
its checks, i18n's alternates, the conversions that untranslated pages reuse
(hooks/fallback_pages.py) and their dates. What the default language does afterwards is
its own, but for i18n's sitemap: each language's build writes it at the root, listing
every language, and the last one's is kept; here, the second process's. The pages each
process writes are counted in `_common.build_report`, which the second one sends back
(hooks/build_log.py sums the build up once).

Built one language after the other instead: while serving (`mkdocs serve` builds French
only, and its rebuilds are small), on one core, where `os.fork` does not exist (Windows),
and with `TUT_PARALLEL=0` (tests/build/test_parallel_languages_build.py builds
both ways and compares the sites, byte for byte).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from typing import Any

from jinja2 import Environment
from mkdocs import utils
from mkdocs.commands.build import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files

from _common import (
    build_report,
    end_second_process,
    fork_second_process,
    log,
    parallel_enabled,
)

# The static template that every language's build writes at the root (i18n's sitemap).
SITEMAPS = ("sitemap.xml",)

# The second process of this build, while it runs: its pid, the pipe it reports through,
# the theme whose sitemap the first process does not write meanwhile.
_second: dict[str, Any] = {}
_state: dict[str, bool] = {"serving": False}


def on_startup(*, command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


# After hooks/problems.py (-1000): a content with errors stops the build before the fork.
@event_priority(-1100)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Fork: the second process builds the other languages, the first goes on."""
    plugin = config.plugins.get("i18n")
    if plugin is None or plugin.building or not parallel_enabled(_state["serving"]):
        return env
    others = [locale for locale in plugin.build_languages if locale != plugin.current_language]
    if not others:
        return env
    kept = _KeepRecords()
    pid, read = fork_second_process(lambda: _build_languages(config, plugin, others, kept), kept)
    sitemaps = [name for name in SITEMAPS if name in config.theme.static_templates]
    for name in sitemaps:
        config.theme.static_templates.discard(name)
    _second.update(pid=pid, read=read, theme=config.theme, sitemaps=sitemaps)
    log.debug("%s built in a second process (%d)", ", ".join(others), pid)
    return env


# Where mkdocs-static-i18n (-100) builds the other languages, after the default
# language's own late errors (hooks/problems.py, -90).
@event_priority(-95)
def _wait_for_languages(*, config: MkDocsConfig) -> None:
    """Wait for the other languages, log what their build logged, fail as it failed;
    then let i18n skip them (its own mark of a build running inside another)."""
    if "pid" not in _second:
        return
    report = _end_second(config)
    if "error" in report:
        raise Abort(report["error"])
    config.plugins.get("i18n").building = True
    _second["skipped"] = True


# After mkdocs-static-i18n (-100), before what waits for every language (-200).
@event_priority(-150)
def _after_i18n(*, config: MkDocsConfig) -> None:
    if _second.pop("skipped", False):
        config.plugins.get("i18n").building = False


on_post_build = CombinedEvent(_wait_for_languages, _after_i18n)


def on_build_error(*, error: Exception) -> None:
    """A failed build leaves no second process behind, and does not print its log."""
    if "pid" in _second:
        os.kill(_second["pid"], signal.SIGTERM)
        _end_second(None)


def _build_languages(config: MkDocsConfig, plugin: Any, others: list[str],
                     kept: _KeepRecords) -> bytes:
    """In the second process: build `others` as mkdocs-static-i18n's `on_post_build`
    does, logging only to `kept`; the report to send (pages, log, error if any)."""
    report: dict[str, Any] = {}
    try:
        utils.clean_directory = lambda _folder: None  # the first process has cleaned it
        from mkdocs_static_i18n.utils import I18nLoggingFilter  # as i18n does, here only

        quiet = I18nLoggingFilter()
        quiet.filtered_prefixes.update(("Documentation built in",
                                        "Building documentation to directory"))
        logging.getLogger("mkdocs.commands.build").addFilter(quiet)
        plugin.building = True
        build_report.update(second_process=True, pages={})
        dirty = "--dirty" in sys.argv or "--dirtyreload" in sys.argv
        for locale in others:
            plugin.current_language = locale
            build(config, dirty=dirty)
    except BaseException as error:  # noqa: BLE001 - reported to the first process
        report["error"] = str(error) or type(error).__name__
        if not isinstance(error, (Abort, KeyboardInterrupt)):
            log.exception("")  # a bug: its traceback, as one process would print it
    report.update(pages=build_report["pages"], log=kept.records)
    return json.dumps(report).encode("utf-8")


class _KeepRecords(logging.Handler):
    """What the second process logs, kept to be logged by the first: in order, after its
    own lines, through its filters (MkDocs drops a message said already) and counts."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[tuple[str, int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if record.exc_info:
            message = f"{message}\n{logging.Formatter().formatException(record.exc_info)}"
        self.records.append((record.name, record.levelno, message.strip("\n")))


def _end_second(config: MkDocsConfig | None) -> dict[str, Any]:
    """Wait for the second process; its report. With a `config` (the build goes on):
    log what it logged and add up its pages."""
    data, code = end_second_process(_second["pid"], _second["read"])
    _second["theme"].static_templates.update(_second["sitemaps"])
    _second.clear()
    try:
        report = json.loads(data or b"{}")
    except ValueError:
        report = {}
    if code != 0 and "error" not in report:
        report["error"] = f"exit status {code}"
    if config is not None:
        for name, level, message in report.get("log", []):
            logging.getLogger(name).log(level, message)
        for language, count in report.get("pages", {}).items():
            build_report["pages"][language] = build_report["pages"].get(language, 0) + count
    return report
