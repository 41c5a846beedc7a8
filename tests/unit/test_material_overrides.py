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



def lines(*texts: str) -> str:
    """Consecutive lines of a template, as one text."""
    return "\n".join(texts)


# Each copy: our lines -> Material's lines (our header comment aside). A change is one line
# or several consecutive ones (`lines(...)`); each must be found once, whole lines.
CHANGES = {
    "base.html": {
        '        <meta name="description" content="{{ page.meta.description | e }}">':
        '        <meta name="description" content="{{ page.meta.description }}">',
        '        <meta name="description" content="{{ config.site_description | e }}">':
        '        <meta name="description" content="{{ config.site_description }}">',
        '        <meta name="author" content="{{ page.meta.author | e }}">':
        '        <meta name="author" content="{{ page.meta.author }}">',
        '        <meta name="author" content="{{ config.site_author | e }}">':
        '        <meta name="author" content="{{ config.site_author }}">',
        "      {#- Pas à pas: no <link rel=prev/next>: Material's keys n and p follow them "
        "(RGAA 12.10) -#}":
        lines(
            "      {% if page.previous_page %}",
            '        <link rel="prev" href="{{ page.previous_page.url | url }}">',
            "      {% endif %}",
            "      {% if page.next_page %}",
            '        <link rel="next" href="{{ page.next_page.url | url }}">',
            "      {% endif %}",
        ),
        "      {#- Pas à pas: no <link rel=alternate hreflang> (sitemap.xml lists the languages) -#}":
        lines(
            "      {% if config.extra.alternate is iterable %}",
            "        {% for alt in config.extra.alternate %}",
            '          <link rel="alternate" href="{{ alt.link | url }}" '
            "hreflang=\"{{ alt.lang | d(lang.t('language')) }}\">",
            "        {% endfor %}",
            "      {% endif %}",
        ),
        '      <link rel="icon" href="{{ config.theme.favicon | url }}"{% if '
        'config.theme.favicon.endswith(".svg") %} type="image/svg+xml"{% endif %}>':
        '      <link rel="icon" href="{{ config.theme.favicon | url }}">',
        "      <link rel=\"stylesheet\" href=\"{{ tut_material_css | "
        "d('assets/stylesheets/main.57a0d79d.min.css') | url }}\">":
        '      <link rel="stylesheet" href="{{ \'assets/stylesheets/main.57a0d79d.min.css\' | url }}">',
        '    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">':
        '    <input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" '
        'autocomplete="off">',
        '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">':
        '    <input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" '
        'autocomplete="off">',
    },
    "partials/alternate.html": {
        "        {% for alt in tut_alternates or config.extra.alternate %}":
        "        {% for alt in config.extra.alternate %}",
        "              {{ alt.name | e }}": "              {{ alt.name }}",
        '            <a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" lang="{{ alt.lang }}" '
        'class="md-select__link">':
        '            <a href="{{ alt.link | url }}" hreflang="{{ alt.lang }}" class="md-select__link">',
    },
    "partials/nav.html": {
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-nav__button md-logo" '
        'aria-label="{{ config.site_name | e }}" data-md-component="logo">':
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-nav__button md-logo" '
        'aria-label="{{ config.site_name }}" data-md-component="logo">',
        "    {{ config.site_name | e }}": "    {{ config.site_name }}",
        # The small-screen menu's close button, before the title.
        lines(
            "  {#- Pas à pas: the small-screen menu's close button (assets/javascripts/a11y.js) -#}",
            '  <button type="button" class="tut-nav__close" data-tut-nav-close '
            'aria-label="{{ t.accessibility.nav_close | e }}">',
            '    {% include ".icons/material/close.svg" %}',
            "  </button>",
            '  <label class="md-nav__title" for="__drawer">',
        ): '  <label class="md-nav__title" for="__drawer">',
    },
    "partials/language.html": {
        # Each word looked up once (hooks/template_cache.py), Material's lookup without it.
        '{% macro t(key) %}{{ tut_material_word(key, lang, fallback) if tut_material_word is '
        'defined else (lang.t(key) or fallback.t(key) or key) }}{% endmacro %}':
        "{% macro t(key) %}{{ lang.t(key) or fallback.t(key) or key }}{% endmacro %}",
    },
    "partials/toc.html": {
        # The back button of the table of contents, a level of the small-screen menu.
        lines(
            '    <button type="button" class="tut-nav__back" data-tut-nav-back="__toc" '
            'aria-label="{{ t.accessibility.nav_back | e }}"></button>',
            '    <label class="md-nav__title" for="__toc">',
        ): '    <label class="md-nav__title" for="__toc">',
    },
    "partials/header.html": {
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-header__button md-logo" '
        'aria-label="{{ config.site_name | e }}" data-md-component="logo">':
        '    <a href="{{ config.extra.homepage | d(nav.homepage.url, true) | url }}" '
        'title="{{ config.site_name | e }}" class="md-header__button md-logo" '
        'aria-label="{{ config.site_name }}" data-md-component="logo">',
        "            {{ config.site_name | e }}": "            {{ config.site_name }}",
        # Material's palette script only with a palette toggle (it throws without storage).
        "    {% if config.theme.palette and not config.theme.palette is mapping %}":
        "    {% if not config.theme.palette is mapping %}",
        # The menu: a named <button>, and Material's label kept for pages without JS.
        lines(
            '    {% set icon = config.theme.icon.menu or "material/menu" %}',
            '    <button type="button" class="md-header__button md-icon tut-header-button '
            'tut-header-button--menu" aria-label="{{ t.accessibility.menu_button | e }}" '
            'aria-expanded="false" data-tut-toggle="__drawer">',
            '      {% include ".icons/" ~ icon ~ ".svg" %}',
            "    </button>",
            "    {#- Without JavaScript, Material's label still opens the menu. -#}",
            '    <label class="md-header__button md-icon tut-header-button--nojs" for="__drawer">',
        ): lines(
            '    <label class="md-header__button md-icon" for="__drawer">',
            '      {% set icon = config.theme.icon.menu or "material/menu" %}',
        ),
        # The helper mode switch, and the search: a named <button> opening Pagefind.
        lines(
            "    {#- Pas à pas: the helper mode switch (partials/tut-helper-switch.html) -#}",
            '    {% include "partials/tut-helper-switch.html" %}',
            "    {% if tut_search %}",
            '      <button type="button" class="md-header__button md-icon tut-header-button '
            'tut-header-button--search" aria-label="{{ t.search.button | e }}" '
            'aria-expanded="false" data-tut-search-button>',
            '        {% set icon = config.theme.icon.search or "material/magnify" %}',
            '        {% include ".icons/" ~ icon ~ ".svg" %}',
            "      </button>",
            '      {% include "partials/search.html" %}',
            "    {% endif %}",
        ): lines(
            '    {% if "material/search" in config.plugins %}',
            '      {% set search = config.plugins["material/search"] | attr("config") %}',
            "      {% if search.enabled %}",
            '        <label class="md-header__button md-icon" for="__search">',
            '          {% set icon = config.theme.icon.search or "material/magnify" %}',
            '          {% include ".icons/" ~ icon ~ ".svg" %}',
            "        </label>",
            '        {% include "partials/search.html" %}',
            "      {% endif %}",
            "    {% endif %}",
        ),
    },
}


def body(text: str) -> str:
    """The template's text after its leading `{#- ... -#}` comment."""
    return text.split("-#}\n", 1)[1]


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_our_copy_is_materials_template_but_for_our_changes(name):
    undone = "\n" + body((ROOT / "overrides" / name).read_text(encoding="utf-8"))
    lost = []
    for ours, materials in CHANGES[name].items():
        # Whole lines: the change starts after a line break and ends with one.
        if undone.count(f"\n{ours}\n") != 1:
            lost.append(ours)
            continue
        undone = undone.replace(f"\n{ours}\n", f"\n{materials}\n")
    assert lost == [], f"overrides/{name} lost a change (or holds it twice): {lost}"
    assert undone[1:] == body((MATERIAL / name).read_text(encoding="utf-8")), (
        f"overrides/{name} is no longer Material's {name} but for our changes: "
        "copy Material's again and redo them"
    )


ICON_CHANGE = ('<svg xmlns="http://www.w3.org/2000/svg"',
               '<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"')


def test_our_icons_are_materials_hidden_from_screen_readers():
    """overrides/.icons/: the icons the site shows inside named buttons and links, copied
    from Material with aria-hidden (decoration, RGAA 1.2); nothing else differs."""
    ours = sorted((ROOT / "overrides" / ".icons").rglob("*.svg"))
    assert len(ours) >= 7
    for icon in ours:
        material = (MATERIAL / ".icons" / icon.relative_to(ROOT / "overrides" / ".icons")
                    ).read_text(encoding="utf-8")
        assert icon.read_text(encoding="utf-8") == material.replace(*ICON_CHANGE, 1), icon.name


def test_materials_words_are_looked_up_once_in_the_language_then_in_english():
    """overrides/partials/language.html's `t`: Material's lookup, each word asked once."""
    from types import SimpleNamespace

    from pas_a_pas.core.template_cache import material_words

    asked = []

    def macro(words):
        return lambda key: asked.append(key) or words.get(key, "")

    lang = SimpleNamespace(t=macro({"search": "Rechercher"}))
    fallback = SimpleNamespace(t=macro({"search": "Search", "toc": "Table of contents"}))
    word = material_words()
    assert [word(key, lang, fallback) for key in ("search", "toc", "nope", "search", "toc")] == [
        "Rechercher", "Table of contents", "nope", "Rechercher", "Table of contents"]
    assert asked == ["search", "toc", "toc", "nope", "nope"]
