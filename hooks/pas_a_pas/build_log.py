"""The build log's words: mkdocs-static-i18n's repeated lines dropped, the summary line."""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.core.languages import default_language
from pas_a_pas.core.strings import strings


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
