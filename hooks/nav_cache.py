"""Build speed: the navigation items a page does not make active are rendered once.

The navigation is rendered on every page (Material's partials/nav-item.html, our copy):
with the catalogue's sections, about 70 items a page, most of the build's template time.
An item that is not active (neither the page nor one of its sections) renders the same
on every page of the same folder: its links are relative to the page's folder, nothing
else in it depends on the page. overrides/partials/nav-item.html asks `tut_nav_cached`
for each item: the active ones are rendered each time, the others once per folder.

`TUT_NAV_CACHE=0` renders every item on every page (tests/build compares both builds).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give templates `tut_nav_cached`, with an empty cache for this build (and language)."""
    enabled = os.environ.get("TUT_NAV_CACHE", "1") != "0"
    rendered: dict[tuple, Any] = {}

    @pass_context
    def tut_nav_cached(context: Context, item: Any, path: str, level: int, *,
                       caller: Callable[[], Any]) -> Any:
        if not enabled or item.active:
            return caller()
        key = (id(item), path, level, _folder(context.get("page")), context.get("base_url"))
        if key not in rendered:
            rendered[key] = caller()
        return rendered[key]

    env.globals["tut_nav_cached"] = tut_nav_cached
    return env


def _folder(page: Any) -> str | None:
    """What the `url` filter makes links relative to (mkdocs.utils.get_relative_url)."""
    if page is None:
        return None
    folder, _, name = page.url.rpartition("/")
    return folder if "." in name else page.url
