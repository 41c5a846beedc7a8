"""Languages under mkdocs-static-i18n: one search per language, the untranslated notice.

mkdocs-static-i18n builds the site once per language (French at the root, English in
`en/`), with Material's language switcher linking each page to its counterpart. Two
things it leaves to us:

- search: it merges every language into one index at the root, searched with every
  stemmer at once, so a French reader gets English results. We write one index per
  language (`search/`, `en/search/`) and point each page's search at its own.
- a page without translation is the French file shown in the English site; the reader
  is told so, in their language (partials/tut-untranslated.html).
"""

from __future__ import annotations

import json
import posixpath
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from _common import (
    language_folder,
    page_language,
    reader_language,
    site_languages,
    strings,
    strings_language,
    text_direction,
    theme_environment,
)

# After mkdocs-static-i18n (-100), which sets the language of this run.
# The search language of each language's run, for the indexes written at the end.
_search_languages: dict[str, str] = {}


@event_priority(-110)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Keep the root 404 page in the default language; note the run's search language.

    Every language run writes `404.html` at the site's root, the last one (English)
    winning; only the default language's run writes it here. The search language is
    Material's own choice for the run's language (`search.config.lang` of its
    translations): French stemming for French, English for English, and English for a
    language its search cannot stem (Ukrainian, Arabic), rather than a missing script.
    """
    if config.plugins.get("i18n") is not None:
        if not language_folder(config):
            config.theme.static_templates.add("404.html")
        else:
            config.theme.static_templates.discard("404.html")
        _search_languages[reader_language(config)] = _material_search_language(config)
    return config


# After mkdocs-static-i18n's own page context (priority 50), which sets the switcher.
@event_priority(0)
def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """Root the page's search at its language's folder; flag an untranslated page."""
    reader = reader_language(config)
    root = language_folder(config, reader)
    if root:
        # Material fetches `<base>/search/search_index.json` and resolves results from
        # `base`; MkDocs' `url` filter works from the page, so nothing else moves.
        context["base_url"] = posixpath.relpath(root, posixpath.dirname(page.url) or ".")
    content = page_language(config, page)
    context["tut_untranslated"] = None
    if content != reader:
        words = strings(reader)["languages"]
        notice = strings_language(reader)
        context["tut_untranslated"] = {
            "lang": content,
            "dir": text_direction(content),
            "notice_lang": notice,
            "notice_dir": text_direction(notice),
            "text": words["untranslated"].replace(
                "{language}", words["names"].get(content, content)
            ),
        }
    return context


# After mkdocs-static-i18n (-100) has built the other languages and merged their indexes.
@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Split the merged search index into one index per language, with its stemmer."""
    plugin = config.plugins.get("i18n")
    if plugin is None or getattr(plugin, "building", False):
        return  # one language, or a language run inside the default one: not merged yet
    index_path = Path(config.site_dir) / "search" / "search_index.json"
    if not index_path.is_file():
        return
    merged = json.loads(index_path.read_text(encoding="utf-8"))
    for language in site_languages(config):
        root = language_folder(config, language["locale"])
        search_language = _search_languages.get(language["locale"], language["locale"])
        index = split_index(merged, search_language, root, _other_roots(config, root))
        target = Path(config.site_dir) / root / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")


def split_index(
    merged: dict[str, Any], language: str, root: str, other_roots: list[str]
) -> dict[str, Any]:
    """The entries of one language's folder, located from that folder, with its stemmer.

    `root` is "" for the default language, whose pages are those in no other folder.
    """
    prefix = f"{root}/" if root else ""
    docs = []
    for entry in merged["docs"]:
        location = entry["location"]
        if root and not location.startswith(prefix):
            continue
        if not root and any(location.startswith(f"{other}/") for other in other_roots):
            continue
        docs.append({**entry, "location": location[len(prefix):]})
    return {"config": {**merged["config"], "lang": [language]}, "docs": docs}


def _material_search_language(config: MkDocsConfig) -> str:
    """Material's search language for the theme's language (as its search plugin reads it)."""
    env = theme_environment(config)
    template = env.get_template("partials/language.html", None, {"config": config})
    return str(template.module.t("search.config.lang")).strip() or "en"


def _other_roots(config: MkDocsConfig, root: str) -> list[str]:
    return [
        folder
        for folder in (language_folder(config, lang["locale"]) for lang in site_languages(config))
        if folder and folder != root
    ]
