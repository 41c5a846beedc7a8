"""Templates: the theme's Jinja environment, with compiled templates kept between builds.

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n one per
language: Material's templates and ours would be compiled again each time (about a
second of CPU per build). Jinja's bytecode cache (`.cache/jinja/` beside mkdocs.yml, or
`JINJA_CACHE`) keeps them, keyed by each template's name and source, so an edited
template is compiled again and nothing stale is ever used.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.core.paths import project_root


def theme_environment(config: MkDocsConfig) -> Environment:
    """The theme's Jinja environment, for a hook that renders templates of its own."""
    return prepared(config.theme.get_env(), config)


def prepared(env: Environment, config: MkDocsConfig) -> Environment:
    """`env` with the bytecode cache, and Material's words looked up once (the pages'
    environment, hooks/template_cache.py, and the hooks' own, `theme_environment`)."""
    env.bytecode_cache = template_cache(config)
    env.globals["tut_material_word"] = material_words()
    return env


def template_cache(config: MkDocsConfig) -> FileSystemBytecodeCache:
    """Compiled templates in `.cache/jinja/` beside mkdocs.yml (or JINJA_CACHE)."""
    folder = os.environ.get("JINJA_CACHE") or os.path.join(project_root(config), ".cache", "jinja")
    os.makedirs(folder, exist_ok=True)
    return FileSystemBytecodeCache(folder)


def material_words() -> Callable[[str, Any, Any], Any]:
    """Material's `t(key)` of partials/language.html (the word in the language's macros
    `lang`, else in English's, else the key), each word looked up once: for one
    environment, whose language does not change."""
    words: dict[str, Any] = {}

    def word(key: str, lang: Any, fallback: Any) -> Any:
        found = words.get(key)
        if found is None:
            found = words[key] = lang.t(key) or fallback.t(key) or key
        return found

    return word
