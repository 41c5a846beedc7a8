"""Build speed: the navigation items a page does not make active are rendered once.

The navigation is rendered on every page (Material's partials/nav-item.html, our copy):
with the catalogue's sections, about 70 items a page, most of the build's template time.
An item that is not active (neither the page nor one of its sections) renders the same
on every page of the same folder: its links are relative to the page's folder, nothing
else in it depends on the page. overrides/partials/nav-item.html asks `tut_nav_children`
for the items of a section: the active one is rendered each time, the others once per
folder, in the very markup of Material's loop (the template keeps it, used without this
hook).

`TUT_NAV_CACHE=0` leaves Material's loop render every item on every page
(tests/build/test_nav_cache_build.py compares both builds, byte for byte).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

# The whitespace of Material's loop (nav-item.html) around each item, and after it.
_BEFORE = "\n              "
_ITEM_BEFORE = "\n                "
_ITEM_AFTER = "\n              "
_AFTER = "\n            "


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give templates `tut_nav_children`, with an empty cache for this build (and language)."""
    if os.environ.get("TUT_NAV_CACHE", "1") == "0":
        env.globals.pop("tut_nav_children", None)
        return env
    rendered: dict[tuple, str] = {}

    @pass_context
    def tut_nav_children(context: Context, section: Any, index: Any, path: str, level: int,
                         render: Callable[..., str], window: dict | None = None) -> str:
        """The items of `section` but its index page, as Material's loop renders them;
        with a `window` (hooks/catalogue.py), the items it lists, side by side, as the
        template's loop over `window.numbers` renders them."""
        folder = (_folder(context.get("page")), context.get("base_url"))

        def item_html(number: int, item: Any) -> str:
            item_path = f"{path}_{number}"
            if item.active:
                return render(item, item_path, level + 1, section)
            key = (id(item), item_path, level, folder)
            html = rendered.get(key)
            if html is None:
                html = rendered[key] = render(item, item_path, level + 1, section)
            return html

        if window:
            return "".join(item_html(number, section.children[number - 1])
                           for number in window["numbers"])
        parts = []
        for number, item in enumerate(section.children, 1):
            parts.append(_BEFORE)
            if not index or item != index:
                parts += (_ITEM_BEFORE, item_html(number, item), _ITEM_AFTER)
            parts.append(_AFTER)
        return "".join(parts)

    env.globals["tut_nav_children"] = tut_nav_children
    return env


def _folder(page: Any) -> str | None:
    """What the `url` filter makes links relative to (mkdocs.utils.get_relative_url)."""
    if page is None:
        return None
    folder, _, name = page.url.rpartition("/")
    return folder if "." in name else page.url
