"""The life of the build's problems: cleared first, raised once before any page is written.

Every hook reports the errors it finds through `_common.problems.report(where, message,
line=None)`, with a message from the strings files (`errors:`). This hook owns when they
are forgotten and when they stop the build; its events declare their priority, so its
place in the `hooks:` list of mkdocs.yml does not matter.

MkDocs 1.6 builds in this order: on_config, on_pre_build, on_files, on_nav, then for every
page on_page_markdown and on_page_content (the Markdown is converted: our blocks and
checks report here), then on_env, and only then writes the pages (on_page_context,
on_post_page). So the errors are raised at the end of on_env, after every hook's checks.
mkdocs-static-i18n runs a whole build per language, the next one from its on_post_build
(priority -100): each run raises its own errors before the next one clears them. A
problem reported while pages are written (none of ours should) is raised at
on_post_build, before mkdocs-static-i18n starts the next language.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from _common import page_state, problems


# First of all (Material's plugins use at most 100): a new build starts with no problem.
@event_priority(1000)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Forget the problems and page state of a previous build (`mkdocs serve`, languages)."""
    problems.clear(config)
    page_state.clear()
    return config


# Last of all: after every hook's checks, before MkDocs writes the first page.
@event_priority(-1000)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Fail the build with every error of the content, listed above, if there is any."""
    problems.raise_if_any()
    return env


# Before mkdocs-static-i18n (-100) starts the build of the next language.
@event_priority(-90)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Fail on a problem reported while the pages were written."""
    problems.raise_if_any()
