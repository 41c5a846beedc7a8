"""Build speed: compiled templates kept between builds (`.cache/jinja/`).

MkDocs makes a new Jinja environment for every build, and mkdocs-static-i18n one per
language: Material's templates and ours were compiled again each time (about a second of
CPU per build, paid at every `make serve` rebuild). Jinja's bytecode cache keeps the
compiled templates, keyed by each template's name and source, so an edited template is
compiled again and nothing stale is ever used.
"""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    folder = cache_folder(config)
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env


def cache_folder(config: MkDocsConfig) -> Path:
    """`.cache/jinja/` beside mkdocs.yml (ignored by git), or JINJA_CACHE."""
    if os.environ.get("JINJA_CACHE"):
        return Path(os.environ["JINJA_CACHE"])
    return Path(config.config_file_path or "mkdocs.yml").resolve().parent / ".cache" / "jinja"
