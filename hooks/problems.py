"""The life of the build's problems: cleared first, raised once before any page is written.

Every hook reports the errors it finds through `pas_a_pas.core.problems.problems`. This
hook owns when they are forgotten and when they stop the build.

MkDocs 1.6 builds in this order: on_config, on_pre_build, on_files, on_nav, then for every
page on_page_markdown and on_page_content (the Markdown is converted: our blocks and
checks report here), then on_env, and only then writes the pages (on_page_context,
on_post_page). So the errors are raised at the end of on_env, after every hook's checks.
mkdocs-static-i18n runs a whole build per language, the next one from its on_post_build:
each run raises its own errors before the next one clears them. A problem reported while
pages are written (none of ours should) is raised at on_post_build, before the next
language starts.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pas_a_pas.core import priorities
from pas_a_pas.core.page_state import page_state
from pas_a_pas.core.problems import problems


@event_priority(priorities.START)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Forget the problems and page state of a previous build (`mkdocs serve`, languages)."""
    problems.clear(config)
    page_state.clear()
    return config


@event_priority(priorities.END)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Fail the build with every error of the content, listed above, if there is any."""
    problems.raise_if_any()
    return env


@event_priority(priorities.BEFORE_I18N)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Fail on a problem reported while the pages were written."""
    problems.raise_if_any()
