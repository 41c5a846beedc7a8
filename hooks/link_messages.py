"""MkDocs' own link warnings, said like ours: in the author's language, with the line.

The check is MkDocs' and stays MkDocs' (`validation:` in mkdocs.yml: same cases, same
level, so `--strict` counts them as before); this hook puts the filter that rewrites
its sentences (`pas_a_pas.link_messages.LinkMessages`) on MkDocs' loggers. A link from a
published page to a draft is reported as an error (`problems`), naming the draft; a
sentence is said once per build, not once per language.
"""

from __future__ import annotations

import logging

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import language_builds
from pas_a_pas.core.paths import config_name, project_path
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.link_messages import LOGGERS, LinkMessages

# What the filters said in this build, every language's: each problem is said once.
_said: set[str] = set()


def on_pre_build(*, config: MkDocsConfig) -> None:
    if language_builds.first():
        _said.clear()


# Before any page is converted (MkDocs checks links while converting).
@event_priority(priorities.BEFORE_PLUGINS)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Put the filter on MkDocs' loggers (replacing a previous build's)."""
    docs = project_path(config, config.docs_dir)
    config_file = project_path(config, config.config_file_path or config_name(config))
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for existing in [f for f in logger.filters if isinstance(f, LinkMessages)]:
            logger.removeFilter(existing)  # the filter of a previous build (mkdocs serve)
        logger.addFilter(LinkMessages(
            lambda key, **values: build_message(config, key, **values), config.docs_dir,
            docs, config_file, report_draft_link=problems.record, said=_said))
    return config
