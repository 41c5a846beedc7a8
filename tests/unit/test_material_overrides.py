"""Our copies of Material's templates are Material's but for the lines we mean to change.

A copy (overrides/base.html, overrides/partials/header.html...) silently keeps an old
Material after an upgrade; comparing it with the installed Material, once our changes are
undone, fails on the upgrade until the copy is redone.
"""

from pathlib import Path

import material
import pytest

from conftest import ROOT

MATERIAL = Path(material.__file__).parent / "templates"

# Each copy: our line -> Material's line (our header comment aside).
CHANGES = {
    "base.html": {
        '        <meta name="description" content="{{ page.meta.description | e }}">':
        '        <meta name="description" content="{{ page.meta.description }}">',
        '        <meta name="description" content="{{ config.site_description | e }}">':
        '        <meta name="description" content="{{ config.site_description }}">',
        '    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">':
        '    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" '
        'autocomplete="off">',
        '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">':
        '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" '
        'autocomplete="off">',
    },
    "partials/alternate.html": {
        "              {{ alt.name | e }}": "              {{ alt.name }}",
    },
    "partials/nav.html": {
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-nav__button md-logo" '
        'aria-label="{{ config.site_name | e }}" data-md-component="logo">':
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-nav__button md-logo" '
        'aria-label="{{ config.site_name }}" data-md-component="logo">',
        "    {{ config.site_name | e }}": "    {{ config.site_name }}",
    },
    "partials/header.html": {
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-header__button md-logo" '
        'aria-label="{{ config.site_name | e }}" data-md-component="logo">':
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-header__button md-logo" '
        'aria-label="{{ config.site_name }}" data-md-component="logo">',
        "            {{ config.site_name | e }}": "            {{ config.site_name }}",
        '    <button type="button" class="md-header__button md-icon tut-menu-button" '
        'aria-label="{{ t.accessibility.menu_button | e }}" aria-expanded="false" '
        'data-tut-toggle="__drawer">':
        '    <label class="md-header__button md-icon" for="__drawer">',
        "    </button>": "    </label>",
    },
}


def body(text: str) -> list[str]:
    """The template's lines after its leading `{#- ... -#}` comment."""
    return text.split("-#}\n", 1)[1].splitlines()


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_our_copy_is_materials_template_but_for_our_changes(name):
    ours = body((ROOT / "overrides" / name).read_text(encoding="utf-8"))
    undone = [CHANGES[name].get(line, line) for line in ours]
    changed = [line for line in ours if line in CHANGES[name]]
    assert len(changed) == len(CHANGES[name]), f"overrides/{name} lost a change: {changed}"
    assert undone == body((MATERIAL / name).read_text(encoding="utf-8")), (
        f"overrides/{name} is no longer Material's {name} but for our changes: "
        "copy Material's again and redo them"
    )
