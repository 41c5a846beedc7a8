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

from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pas_a_pas.branding import COLOR_KEYS, CONTACT_KEYS, is_color, localized
from pas_a_pas.core import priorities
from pas_a_pas.core.languages import reader_language
from pas_a_pas.core.problems import build_message, error_messages, problems
from pas_a_pas.schema.tutorials import describe

WHERE = "mkdocs.yml"


# After mkdocs-static-i18n (-100), which applies each language's `extra` overrides.
@event_priority(priorities.AFTER_I18N)
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
