"""`make serve` keeps serving when an edit breaks the build.

MkDocs 1.6's development server, when a rebuild fails, logs the error and then holds
every request until a build succeeds ("the server will appear stuck"), and the failed
build has already emptied the site folder. Here the rebuild is wrapped: the last good
site is kept aside before each rebuild and put back when the rebuild fails
(`pas_a_pas.serve.kept_site`), the author reads the build's own message and one line
saying what happens next, and the server answers with the last good pages until the
fix, which rebuilds as usual.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, BuildError

from pas_a_pas.core.log import log
from pas_a_pas.core.problems import build_message
from pas_a_pas.serve import kept_site

_state: dict = {"dirty": False}


def on_startup(*, command: str, dirty: bool) -> None:
    _state["dirty"] = dirty


def on_serve(server, *, config: MkDocsConfig, builder: Callable) -> object:
    """Wrap the rebuild of `mkdocs serve` so that a failed one leaves the last good site."""

    def rebuild_or_keep_last_site(rebuild: Callable[[], None]) -> None:
        with kept_site(server.root, dirty=_state["dirty"]) as restore:
            try:
                rebuild()
            except Exception as error:  # noqa: BLE001 - the server must go on serving
                # Content errors are already logged, file by file; anything else is a bug
                # in a hook, whose traceback helps whoever fixes it.
                if isinstance(error, Abort):
                    log.error(str(error))  # MkDocs' own summary ("Aborted with …")
                elif not isinstance(error, BuildError):
                    traceback.print_exc()
                restore()
                log.error(build_message(config, "serve_build_failed"))

    wrap_rebuild(server, rebuild_or_keep_last_site)
    return server


def wrap_rebuild(server, wrapper: Callable[[Callable[[], None]], None]) -> None:
    """Have the server's rebuilds go through `wrapper(rebuild)`.

    One of the three private uses of the project (hooks/README.md): MkDocs gives
    `on_serve` the server but no public way to act when a rebuild fails, and its
    rebuild loop calls the server's `builder` attribute. tests/unit/test_upstream.py fails
    if MkDocs' server stops doing so.
    """
    rebuild = server.builder
    server.builder = lambda: wrapper(rebuild)
