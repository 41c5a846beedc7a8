"""Languages under mkdocs-static-i18n: the 404 page, the untranslated notice.

mkdocs-static-i18n builds the site once per language (French at the root, English in
`en/`), with Material's language switcher linking each page to its counterpart. What it
leaves to us: a page without translation is the French file shown in the English site;
the reader is told so, in their language (partials/tut-untranslated.html). Search, one
index per language, is Pagefind's (hooks/search.py).

The other languages are built inside the default language's build: this hook counts
the builds in and out (`language_builds`), so that what waits for every language runs
once, in the outermost build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import (
    generated_page_alternates,
    language_builds,
    language_folder,
    page_language,
    reader_language,
    text_direction,
)
from pas_a_pas.core.strings import strings, strings_language


def on_startup(*, command: str, dirty: bool) -> None:
    language_builds.reset()


@event_priority(priorities.START)
def on_pre_build(*, config: MkDocsConfig) -> None:
    """Count this build in (the other languages' builds run inside the default one's)."""
    language_builds.enter()


@event_priority(priorities.END)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Count this build out, after everything that waited for every language."""
    language_builds.leave()


def on_build_error(*, error: Exception) -> None:
    language_builds.reset()


# After mkdocs-static-i18n, which sets the language of this run.
@event_priority(priorities.AFTER_I18N)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Keep the root 404 page in the default language.

    Every language run writes `404.html` at the site's root, the last one (English)
    winning; only the default language's run writes it here.
    """
    if config.plugins.get("i18n") is not None:
        if not language_folder(config):
            config.theme.static_templates.add("404.html")
        else:
            config.theme.static_templates.discard("404.html")
    return config


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """Flag an untranslated page; on a generated page, point the language switcher to its
    copies (partials/alternate.html reads `tut_alternates` first)."""
    context["tut_alternates"] = generated_page_alternates(config, page)
    reader = reader_language(config)
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
