"""A calm build log: what an author needs to read, once, and a summary at the end.

mkdocs-static-i18n builds the whole site once per language and logs, each time, lines
that say nothing to an author (the language being built, links it finds unusual, the
values it overrides): they are dropped, warnings and errors never. Then, once every
language is built, one line sums the build up in the site's default language: pages per
language, PDFs if any, time.

The other languages' builds run inside the default language's (from i18n's
`on_post_build`), so this hook counts how deep it is in them, and sums up when the
outermost build ends.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from _common import build_report, default_language, log, reader_language, strings

_state: dict = {"depth": 0, "started": 0.0}


# First of all, so that the filter is in place before any plugin logs.
@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, QuietFilter) for existing in logger.filters):
            logger.addFilter(QuietFilter())
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    if _state["depth"] == 0:
        _state.update(started=time.perf_counter())
        build_report["pages"] = {}
    _state["depth"] += 1


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    language = reader_language(config)
    pages = build_report["pages"]
    pages[language] = pages.get(language, 0) + 1
    return output


# After mkdocs-static-i18n (-100), whose post-build event builds the other languages.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    _state["depth"] -= 1
    if _state["depth"] == 0:
        log.info(summary(config, build_report["pages"], _pdf_count(config),
                         time.perf_counter() - _state["started"]))


def on_build_error(*, error: Exception) -> None:
    _state["depth"] = 0


# Helpers ------------------------------------------------------------------------------


def summary(config: MkDocsConfig | None, pages: dict[str, int], pdfs: int, seconds: float) -> str:
    """"Site construit en 3,1 s : 15 pages en français, 13 pages en anglais, 4 PDF."

    In the site's default language, as the build messages (`build_log` in the strings).
    """
    words = strings(default_language(config) if config is not None else "fr")
    texts, names = words["build_log"], words["languages"]["names"]
    parts = [texts["page" if count == 1 else "pages"].format(
        count=count, language=names.get(code, code)) for code, count in pages.items()]
    if pdfs:
        parts.append(texts["pdfs"].format(count=pdfs))
    duration = f"{seconds:.1f}".replace(".", texts["decimal_separator"])
    return texts["summary"].format(seconds=duration, parts=", ".join(parts))


def _pdf_count(config: MkDocsConfig) -> int:
    return sum(1 for _ in Path(config.site_dir).rglob("*.pdf"))


class QuietFilter(logging.Filter):
    """Drops mkdocs-static-i18n's information lines listed in QUIET, keeps the rest."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno > logging.INFO:
            return True
        message = record.getMessage()
        return not any(quiet in message for quiet in QUIET)


# Data ---------------------------------------------------------------------------------

NOISY_LOGGERS = (
    "mkdocs.plugins.mkdocs_static_i18n.plugin",
    "mkdocs.plugins.mkdocs_static_i18n.reconfigure",
)

# Repeated once per language, and nothing for an author to do about them: the language
# being built (the summary says it), the `.html` language links this site uses on
# purpose (it works offline), the per-language values it applies as asked.
QUIET = (
    "documentation to directory",
    "configuration contains a 'link' option",
    "Overriding '",
    "navigation elements to",
)
