"""A fork's identity from `mkdocs.yml` `extra`: name, logo, colours, contact, links.

A support structure that forks the site edits `mkdocs.yml` only, never a template:

    extra:
      structure:
        name: France Services de Trifouillis     # or {fr: ..., en: ...}
        url: https://example.org
        logo: assets/logo.svg                    # a file under docs/
        contact: {email: ..., phone: ..., address: ...}
        links:
          - title: {fr: Écrire un tutoriel, en: Writing a tutorial}
            page: guides/ecrire-un-tutoriel.md   # a page: links to its translation
          - title: Notre site
            url: https://example.org
      colors: {primary: "#000091", primary_text: "#ffffff", accent: "#e1000f"}

Any text may be one string or one per language. Templates read the result, resolved
for the language being built, from `tut_structure` and `tut_colors`. The accessibility
statement's values (`extra.accessibility`) are read by hooks/accessibility.py.
"""

from __future__ import annotations

import re
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from _common import build_message, error_messages, problems, reader_language
from tutorial_schema import describe

WHERE = "mkdocs.yml"
# A CSS colour (they go into a <style>): #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/hsl() of
# numbers, or one of the CSS named colours (NAMED_COLORS, at the end of this file).
HEX_OR_FUNCTION = re.compile(
    r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"
    r"|(?:rgb|hsl)a?\((?:\s*[0-9.]+(?:%|deg)?\s*[,/]?)+\)"
)
COLOR_KEYS = ("primary", "primary_text", "accent")
CONTACT_KEYS = ("email", "phone", "address")


# After mkdocs-static-i18n (-100), which applies each language's `extra` overrides.
@event_priority(-110)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Check the colours (they go into a <style>) and use the structure's logo."""
    colors = config.extra.get("colors") or {}
    if not isinstance(colors, dict):
        problems.report(WHERE, build_message(
            config, "fork_colors_not_mapping", found=describe(colors, error_messages(config))))
        colors = {}
    for key, value in colors.items():
        if key not in COLOR_KEYS:
            problems.report(WHERE, build_message(
                config, "fork_color_unknown", key=key, known=", ".join(COLOR_KEYS)))
        elif not isinstance(value, str) or not is_color(value):
            problems.report(WHERE, build_message(
                config, "fork_color_invalid", key=key,
                found=describe(value, error_messages(config))))
    logo = (config.extra.get("structure") or {}).get("logo")
    if logo:
        config.theme["logo"] = str(logo)
    return config


# problems.py fails the build at the end of on_env (-1000), on the link errors too.
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Publish the structure and colours for the language being built."""
    language = reader_language(config)
    structure = config.extra.get("structure") or {}
    env.globals["tut_structure"] = {
        "name": localized(structure.get("name"), language) or config.site_name,
        "url": structure.get("url") or "",
        "contact": {
            key: localized((structure.get("contact") or {}).get(key), language)
            for key in CONTACT_KEYS
            if (structure.get("contact") or {}).get(key)
        },
        "links": _links(structure.get("links") or [], language, files, config),
    }
    colors = config.extra.get("colors") or {}
    env.globals["tut_colors"] = {
        key: str(colors[key]).strip()
        for key in COLOR_KEYS
        if isinstance(colors, dict) and isinstance(colors.get(key), str)
    }
    return env


def localized(value: Any, language: str) -> str:
    """A text given once (`"Contact"`) or per language (`{fr: …, en: …}`)."""
    if isinstance(value, dict):
        chosen = value.get(language)
        if chosen is None:
            chosen = next(iter(value.values()), "")
        return str(chosen)
    return "" if value is None else str(value)


def _links(links: list[Any], language: str, files: Files,
           config: MkDocsConfig) -> list[dict[str, str]]:
    """Footer links; a `page` is resolved to this language's version of it."""
    resolved = []
    for number, link in enumerate(links, 1):
        if not isinstance(link, dict) or not link.get("title"):
            problems.report(WHERE, build_message(config, "fork_link_incomplete", number=number))
            continue
        url = link.get("url") or ""
        if link.get("page"):
            file = files.get_file_from_path(str(link["page"]))
            if file is None:
                problems.report(WHERE, build_message(
                    config, "fork_link_missing_page", number=number, page=link["page"]))
                continue
            url = file.url
        if not url:
            problems.report(WHERE, build_message(config, "fork_link_no_target", number=number))
            continue
        resolved.append({"title": localized(link["title"], language), "url": url})
    return resolved


def is_color(value: str) -> bool:
    """Whether `value` is a CSS colour that can go into a <style> as it is."""
    value = value.strip()
    return bool(HEX_OR_FUNCTION.fullmatch(value)) or value.lower() in NAMED_COLORS


# The CSS named colours (CSS Color Module Level 4).
NAMED_COLORS = frozenset({
    "aliceblue", "antiquewhite", "aqua", "aquamarine", "azure", "beige", "bisque", "black",
    "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue", "chartreuse",
    "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue",
    "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki",
    "darkmagenta", "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon",
    "darkseagreen", "darkslateblue", "darkslategray", "darkslategrey", "darkturquoise",
    "darkviolet", "deeppink", "deepskyblue", "dimgray", "dimgrey", "dodgerblue",
    "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite", "gold",
    "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred",
    "indigo", "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon",
    "lightblue", "lightcoral", "lightcyan", "lightgoldenrodyellow", "lightgray",
    "lightgreen", "lightgrey", "lightpink", "lightsalmon", "lightseagreen", "lightskyblue",
    "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow", "lime",
    "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue",
    "mediumorchid", "mediumpurple", "mediumseagreen", "mediumslateblue",
    "mediumspringgreen", "mediumturquoise", "mediumvioletred", "midnightblue", "mintcream",
    "mistyrose", "moccasin", "navajowhite", "navy", "oldlace", "olive", "olivedrab",
    "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise",
    "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue",
    "purple", "rebeccapurple", "red", "rosybrown", "royalblue", "saddlebrown", "salmon",
    "sandybrown", "seagreen", "seashell", "sienna", "silver", "skyblue", "slateblue",
    "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan", "teal", "thistle",
    "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow",
    "yellowgreen",
})
