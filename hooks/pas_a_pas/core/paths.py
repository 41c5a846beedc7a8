"""Where things are: the project root, and a file's path as its author sees it."""

from __future__ import annotations

import functools
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File

# hooks/pas_a_pas/core/paths.py → hooks/: the strings files and the library live here.
HOOKS_DIR = Path(__file__).resolve().parents[2]
STRINGS_DIR = HOOKS_DIR / "strings"


def project_root(config: MkDocsConfig | None) -> str:
    """The folder of the site's mkdocs.yml (the current folder without a config)."""
    path = config.config_file_path if config is not None else None
    return os.path.dirname(os.path.abspath(path)) if path else os.getcwd()


def source_path(config: MkDocsConfig, file: File) -> str:
    """The file's path as its author sees it from the project root ("docs/tutoriels/x.md")."""
    return project_path(config, file.abs_src_path or file.src_path)


def project_path(config: MkDocsConfig | None, path: str) -> str:
    """`path` as the author sees it from the project root ("docs", "mkdocs.yml")."""
    return _relative_path(path, project_root(config))


def config_name(config: MkDocsConfig | None) -> str:
    """The name of the site's configuration file, as messages name it ("mkdocs.yml")."""
    path = config.config_file_path if config is not None else None
    return os.path.basename(path) if path else "mkdocs.yml"


@functools.lru_cache(maxsize=16384)
def _relative_path(path: str, root: str) -> str:
    """Every hook names the page it reports on or checks, many times per page."""
    return os.path.relpath(path, root).replace(os.sep, "/")
