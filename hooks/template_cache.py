"""Build speed: compiled templates kept between builds (`.cache/jinja/`).

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n one per
language: Material's templates and ours were compiled again each time (about a second of
CPU per build, paid at every `make serve` rebuild). Jinja's bytecode cache keeps the
compiled templates, keyed by each template's name and source, so an edited template is
compiled again and nothing stale is ever used.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from pas_a_pas.core.template_cache import template_cache


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The pages' environment keeps its compiled templates (hooks use theme_environment)."""
    env.bytecode_cache = template_cache(config)
    return env
