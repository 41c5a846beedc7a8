"""Build speed: compiled templates kept between builds (`.cache/jinja/`), and Material's
words looked up once.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n one per
language: Material's templates and ours were compiled again each time (about a second of
CPU per build, paid at every `make serve` rebuild). Jinja's bytecode cache keeps the
compiled templates, keyed by each template's name and source, so an edited template is
compiled again and nothing stale is ever used.

Material's `lang.t(key)` (partials/language.html) calls its language's macro, which
builds the table of all its words to return one, and English's too for a word the
language lacks: a page asks a dozen words, most for the scripts' configuration.
overrides/partials/language.html asks `tut_material_word` instead, which keeps each word
the first time for this build's language (a new environment each build and language).
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pas_a_pas.core import priorities
from pas_a_pas.core.template_cache import prepared


# Before Material's tags plugin renders its listings (on_env, 100), so that its two
# templates come from the cache too rather than being compiled at every build.
@event_priority(priorities.ENVIRONMENT)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The pages' environment keeps its compiled templates and looks up each of
    Material's words once, as the hooks' own do (theme_environment)."""
    return prepared(env, config)
