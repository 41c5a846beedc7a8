"""The site's languages: which one a page is written in, which one is being built.

mkdocs-static-i18n builds the whole site once per language, the other languages from
inside the default language's build (its `on_post_build`, priority -100), and sets the
theme's language for each run: that is the reader's language. `LanguageBuilds` counts
how deep a build is in those runs, so that what waits for every language (the summary,
the search indexes, the PDFs) runs once, at the end of the outermost build.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from pas_a_pas.core.strings import DEFAULT_LANGUAGE

# Written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Kurdish (Sorani), Yiddish.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "ckb", "yi"})


def page_language(config: MkDocsConfig, page: Page | None = None) -> str:
    """The language a page is written in; without a page, the language being built.

    A page that has no translation yet is the default language's file shown in the other
    language's site: its content (step labels, header, footer) stays in its own language,
    so that words and text agree, and `reader_language` gives the interface's around it.
    """
    locale = getattr(page.file, "locale", None) if page is not None else None
    return str(locale or reader_language(config))


def reader_language(config: MkDocsConfig) -> str:
    """The language of the site being built (`fr`, then `en` under mkdocs-static-i18n)."""
    return str(config.theme.get("language") or DEFAULT_LANGUAGE)


def site_languages(config: MkDocsConfig) -> list[dict[str, Any]]:
    """The languages of the site, the default first: locale, name, whether default.

    Read from mkdocs-static-i18n's configuration (the languages it builds); a site
    without the plugin has one language, the theme's.
    """
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return [{"locale": reader_language(config), "name": "", "default": True}]
    languages = [
        {"locale": lang.locale, "name": lang.name, "default": bool(lang.default)}
        for lang in plugin.config.languages
        if lang.build
    ]
    return sorted(languages, key=lambda lang: not lang["default"])


def declared_locales(config: MkDocsConfig) -> list[str]:
    """Every language the site declares, the default first, built this time or not
    (`BUILD_ONLY_LOCALE=fr`, as `make serve` does): a data file written for every
    language (the glossary) is checked against these, the same whatever is built."""
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return [reader_language(config)]
    languages = sorted(plugin.config.languages, key=lambda lang: not lang.default)
    return [lang.locale for lang in languages]


def default_language(config: MkDocsConfig | None) -> str:
    """The language of unsuffixed files (`franceconnect.md`), French unless a fork says."""
    return site_languages(config)[0]["locale"] if config is not None else DEFAULT_LANGUAGE


def language_folder(config: MkDocsConfig, language: str | None = None) -> str:
    """Where a language's pages go in the built site: "" for the default, "en" for English.

    A hook that generates pages (`File.generated`) adds them in `on_files` after
    mkdocs-static-i18n (priority below -100) and prefixes their `dest_uri` with this
    folder, so that each language's run writes its own copy.
    """
    language = language or reader_language(config)
    if config.plugins.get("i18n") is None or language == default_language(config):
        return ""
    return language


def path_in_language(url: str, folder: str) -> str:
    """A page's address from its language's folder: "glossaire.html" for both
    "glossaire.html" and "en/glossaire.html"; its copies share it."""
    return url.removeprefix(f"{folder}/") if folder else url


def generated_page_alternates(config: MkDocsConfig, page: Page) -> list[dict[str, Any]] | None:
    """The language switcher's entries for a page a hook generated, or None for the others.

    Why: mkdocs-static-i18n points the switcher of each page it knows to that page's
    counterparts, and leaves the switcher of a page added after it (a category page, the
    glossary, a practice page) as the page before it left it: "English" on the French
    glossary led to an English tutorial. Every generated page has a copy in each language
    (`generated_page`), at the same path under that language's folder.
    """
    alternates = config.extra.get("alternate") if config.plugins.get("i18n") else None
    if page.file.generated_by is None or not alternates:
        return None
    path = path_in_language(page.url, language_folder(config))
    entries = []
    for entry in alternates:
        other = language_folder(config, entry["lang"])
        entries.append({**entry, "link": f"{other}/{path}" if other else path})
    return entries


def text_direction(language: str) -> str:
    """"rtl" for the languages written right to left, else "ltr" (for `dir` attributes)."""
    return "rtl" if language.split("-")[0].split("_")[0] in RTL_LANGUAGES else "ltr"


class LanguageBuilds:
    """How many builds are running, one inside the other (one per language at most).

    hooks/languages.py enters at the start of each build and leaves at its very end:
    a hook's `on_post_build` after mkdocs-static-i18n's (-100) is in the outermost build,
    every language written, when `outermost()` is true.
    """

    def __init__(self) -> None:
        self.depth = 0

    def enter(self) -> None:
        self.depth += 1

    def leave(self) -> None:
        self.depth = max(self.depth - 1, 0)

    def reset(self) -> None:
        """A failed build: the next one starts from the outside."""
        self.depth = 0

    def first(self) -> bool:
        """Whether the build just entered is the outermost one."""
        return self.depth == 1

    def outermost(self) -> bool:
        """Whether the build running is the outermost: every other language is inside it."""
        return self.depth <= 1


language_builds = LanguageBuilds()
