"""hooks/css_subset.py: Material's stylesheet without the components a site does not use."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import material
import pytest

from pas_a_pas.assets.css_subset import subset

MATERIAL_CSS = next((Path(material.__file__).parent / "templates" / "assets" / "stylesheets")
                    .glob("main.*.min.css"))


def test_a_rule_of_an_unused_component_goes_and_the_others_stay_in_order():
    css = ".md-nav{a:1}.tabbed-set{b:2}.md-typeset .tabbed-labels>label{c:3}.md-tag{d:4}"
    assert subset(css, ["tabbed-"]) == ".md-nav{a:1}.md-tag{d:4}"


def test_a_selector_list_keeps_the_selectors_still_used():
    css = ".md-source,.md-nav__title{a:1}"
    assert subset(css, ["md-source"]) == ".md-nav__title{a:1}"


def test_a_class_inside_not_or_is_does_not_remove_the_rule():
    css = ".md-header__button:not(.md-source){a:1}.md-typeset :is(.tabbed-set,details){b:2}"
    assert subset(css, ["md-source", "tabbed-"]) == css


def test_a_pattern_matches_from_the_start_of_a_class_name():
    css = ".keys{a:1}.md-keys-x{b:2}.key-tab{c:3}.my-key-tab{d:4}"
    assert subset(css, ["keys$", "key-"]) == ".md-keys-x{b:2}.my-key-tab{d:4}"


def test_media_queries_keep_their_used_rules_and_go_when_empty():
    css = "@media print{.md-top{a:1}}@media screen{.md-top{a:1}.md-nav{b:2}}@page{margin:0}"
    assert subset(css, ["md-top"]) == "@media screen{.md-nav{b:2}}@page{margin:0}"


def test_right_to_left_rules_go_only_for_a_site_without_such_a_language():
    css = "[dir=ltr] .md-nav{a:1}[dir=rtl] .md-nav{b:2}"
    assert subset(css, [], rtl=True) == css
    assert subset(css, [], rtl=False) == "[dir=ltr] .md-nav{a:1}"


def test_an_icon_property_that_nothing_reads_goes():
    css = (':root{--md-x-icon:url("data:image/svg+xml;charset=utf-8,<svg>;}</svg>");'
           "--md-y-icon:url(y.svg);--md-color:red}.md-y{mask-image:var(--md-y-icon)}")
    assert subset(css, []) == (
        ":root{--md-y-icon:url(y.svg);--md-color:red}.md-y{mask-image:var(--md-y-icon)}")
    # Read by another stylesheet (ours): kept.
    assert subset(css, [], readers=".tut-x{mask:var(--md-x-icon)}") == css


def test_a_brace_inside_a_string_does_not_end_a_rule():
    css = '.md-a:after{content:"}{"}.tabbed-b{x:1}'
    assert subset(css, ["tabbed-"]) == '.md-a:after{content:"}{"}'


def test_materials_stylesheet_with_nothing_unused_is_kept_whole_but_its_comments():
    css = MATERIAL_CSS.read_text(encoding="utf-8")
    assert subset(css, []) == re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    assert subset(css, []).startswith('@charset "UTF-8";html{')


@pytest.mark.parametrize("component", ["tabbed-", "md-source", "md-tooltip"])
def test_materials_stylesheet_loses_a_component_and_nothing_else(component):
    css = subset(MATERIAL_CSS.read_text(encoding="utf-8"), [])
    smaller = subset(css, [component])
    assert f".{component}" in css and f".{component}" not in smaller
    for other in (".md-nav__link", ".md-typeset h1", ".md-header__button", "@media print"):
        assert other in smaller


def site(extensions=(), features=(), plugins=(), extra=None, repo_url=None, fences=()):
    """What Site reads of a site, without building one."""
    from pas_a_pas.assets.components import Site

    site = Site.__new__(Site)
    site.config = SimpleNamespace(extra=extra or {}, repo_url=repo_url)
    site.extensions, site.features, site.plugins = set(extensions), set(features), set(plugins)
    site.fences, site.announce, site.rtl = set(fences), False, False
    return site


def test_a_component_stays_when_the_site_enables_what_uses_it():
    from pas_a_pas.assets.components import unused_components

    bare = unused_components(site())
    assert {"tabbed-", "md-source", "md-top", "md-tooltip", "md-feedback"} <= set(bare)
    assert "tabbed-" not in unused_components(site(extensions=["pymdownx.tabbed"]))
    assert "md-source" not in unused_components(site(repo_url="https://example.org/x"))
    assert "md-top" not in unused_components(site(features=["navigation.top"]))
    assert "md-tooltip" not in unused_components(site(features=["content.tooltips"]))
    assert "md-feedback" not in unused_components(
        site(extra={"analytics": {"feedback": {"title": "?"}}}))
    assert "mermaid" not in unused_components(site(fences=["mermaid"]))
    # What the site's pages use is never on the list: navigation, content, search, tags.
    for kept in ("md-nav", "md-typeset", "md-search", "md-tag", "admonition", "md-select"):
        assert not any(kept.startswith(pattern.rstrip("$")) for pattern in bare), kept
