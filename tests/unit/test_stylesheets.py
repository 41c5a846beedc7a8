"""Our stylesheets as the bundle joins them (hooks/assets.py): each rule written once."""

from __future__ import annotations

import collections

import yaml

from conftest import ROOT
from pas_a_pas.assets.bundles import PRINT, minify
from pas_a_pas.assets.css_subset import _blocks


def screen_css() -> str:
    """The screen stylesheets of mkdocs.yml, in order, minified as in the bundle."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
                       Loader=yaml.BaseLoader)
    paths = [path for path in config["extra_css"] if not path.endswith(PRINT)]
    assert len(paths) >= 5
    return minify("\n".join((ROOT / "overrides" / path).read_text(encoding="utf-8")
                            for path in paths))


def rules(css: str, context: str = "") -> list[tuple[str, str, str]]:
    """(media query, selectors, declarations) of every rule."""
    found = []
    for prelude, body in _blocks(css):
        if body is None:
            continue
        if prelude.startswith(("@media", "@supports")):
            found += rules(body, prelude)
        elif not prelude.startswith("@"):
            found.append((context, prelude, body))
    return found


def test_a_rule_of_four_declarations_or_more_is_written_once():
    # The same declarations under two names (a screen-reader-only class in two files)
    # is one class to keep in step in two places.
    written = collections.defaultdict(list)
    for context, selectors, body in rules(screen_css()):
        if body.count(";") >= 3:  # four declarations or more
            written[(context, body)].append(selectors)
    assert [names for names in written.values() if len(names) > 1] == []


def test_the_visually_hidden_class_is_defined_once():
    css = screen_css()
    defined = [selectors for _, selectors, _ in rules(css)
               if ".tut-visually-hidden" in selectors]
    assert defined == [".tut-visually-hidden"]
    assert ".tut-sr-only" not in css
