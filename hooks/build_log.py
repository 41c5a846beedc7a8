"""A calm build log: what an author needs to read, once, and a summary at the end.

mkdocs-static-i18n builds the whole site once per language and logs, each time, lines
that say nothing to an author (the language being built, links it finds unusual, the
values it overrides): they are dropped, warnings and errors never
(`pas_a_pas.build_log.QuietFilter`). Then, once every language is built, one line sums
the build up in the site's default language: pages per language, PDFs if any, time.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from pas_a_pas.build_log import NOISY_LOGGERS, QuietFilter, summary
from pas_a_pas.core import priorities
from pas_a_pas.core.languages import language_builds, reader_language
from pas_a_pas.core.log import log

# When the outermost build started, and the pages written per language since.
_state: dict = {"started": 0.0, "pages": {}}


@event_priority(priorities.BEFORE_PLUGINS)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Put the filter in place before any plugin logs."""
    for name in NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, QuietFilter) for existing in logger.filters):
            logger.addFilter(QuietFilter())
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    if language_builds.first():
        _state.update(started=time.perf_counter(), pages={})


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    language = reader_language(config)
    _state["pages"][language] = _state["pages"].get(language, 0) + 1
    return output


@event_priority(priorities.SUMMARY)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Sum the build up once, when the outermost build ends."""
    if language_builds.outermost():
        pdfs = sum(1 for _ in Path(config.site_dir).rglob("*.pdf"))
        log.info(summary(config, _state["pages"], pdfs, time.perf_counter() - _state["started"]))
