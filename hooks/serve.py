"""`make serve` keeps serving when an edit breaks the build.

MkDocs 1.6's development server, when a rebuild fails, logs the error and then holds
every request until a build succeeds ("the server will appear stuck"), and the failed
build has already emptied the site folder. Here the rebuild is wrapped: the last good
site is kept aside before each rebuild and put back when the rebuild fails, the author
reads the build's own message and one line saying what happens next, and the server
answers with the last good pages until the fix, which rebuilds as usual.

The copy costs next to nothing: hard links, since each rebuild first empties the folder
and writes new files (`--dirty` rebuilds overwrite files in place: a real copy then).

A rebuild also does less than `mkdocs build` where the result is the same: the installed
theme's files (Material's 14,000 icons) are listed once per server, not at each rebuild
(our `overrides/` folder, which may change, is listed again each time); and the search
index is made once (hooks/search.py). What `mkdocs build` writes is unchanged.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable

from jinja2 import Environment, FileSystemLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError

from _common import build_message, log

_state: dict = {"dirty": False, "serving": False, "themes": {}}


def on_startup(*, command: str, dirty: bool) -> None:
    _state["dirty"] = dirty
    _state["serving"] = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """While serving, the installed theme's folders are listed once, not at each rebuild.

    MkDocs lists the theme's files (`Files.add_files_from_theme`) with the environment of
    `theme.get_env()`, before any `on_env` event: the environment is changed as it is made.
    """
    if _state["serving"]:
        theme = config.theme
        project = os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml"))
        make_env = theme.get_env

        def get_env() -> Environment:
            env = make_env()
            if isinstance(env.loader, FileSystemLoader):
                env.list_templates = functools.partial(
                    _list_templates, env, project, tuple(theme.static_templates))
            return env

        theme.get_env = get_env
    return config


def _list_templates(env: Environment, project: str, static: tuple[str, ...],
                    extensions=None, filter_func=None) -> list[str]:
    """Jinja's `Environment.list_templates`, as MkDocs calls it to find the theme's static
    files (`Files.add_files_from_theme`): each folder outside the project is listed and
    filtered once per server, since neither its files nor the filter (MkDocs' own, and
    the theme's `static_templates`) change while it runs."""
    if extensions is not None or filter_func is None:
        return Environment.list_templates(env, extensions, filter_func)
    kept = _state["themes"].setdefault((filter_func.__code__, static), {})
    names: set[str] = set()
    for folder in env.loader.searchpath:
        steady = not os.path.abspath(folder).startswith(project + os.sep)
        if not steady or folder not in kept:
            listed = [name for name in FileSystemLoader(folder).list_templates()
                      if filter_func(name)]
            if not steady:
                names.update(listed)
                continue
            kept[folder] = listed
        names.update(kept[folder])
    return sorted(names)


def on_serve(server, *, config: MkDocsConfig, builder: Callable) -> object:
    """Wrap the rebuild of `mkdocs serve` so that a failed one leaves the last good site."""
    rebuild = server.builder

    def rebuild_or_keep_last_site(*args, **kwargs) -> None:
        backup = tempfile.mkdtemp(prefix="pas-a-pas-serve-")
        try:
            _copy_tree(server.root, backup)
            try:
                rebuild(*args, **kwargs)
            except (Abort, BuildError, Exception) as error:
                # Content errors are already logged, file by file; anything else is a bug
                # in a hook, whose traceback helps whoever fixes it.
                if isinstance(error, Abort):
                    log.error(str(error))  # MkDocs' own summary ("Aborted with …")
                elif not isinstance(error, BuildError):
                    traceback.print_exc()
                _empty(server.root)
                _copy_tree(backup, server.root)
                log.error(build_message(config, "serve_build_failed"))
        finally:
            shutil.rmtree(backup, ignore_errors=True)

    server.builder = rebuild_or_keep_last_site
    return server


def _copy_tree(source: str, target: str) -> None:
    if os.path.isdir(source):
        copy = shutil.copy2 if _state["dirty"] else _link_or_copy
        shutil.copytree(source, target, dirs_exist_ok=True, copy_function=copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copy2(source, target)


def _empty(folder: str) -> None:
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.unlink(entry.path)
