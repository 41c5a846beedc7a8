"""`sitemap.xml`: every page of the site, in every language, with its counterparts.

Each language's build renders `sitemap.xml` at the site's root (the last one, with
every language, stays). overrides/sitemap.xml takes the place of mkdocs-static-i18n's
template (it installs its own only when the theme has none) and reads `tut_sitemap`,
made from each language's pages once they are all known, generated ones included.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from pas_a_pas.core.languages import language_builds, language_folder, reader_language
from pas_a_pas.sitemap import LanguagePages, entries

_languages: list[LanguagePages] = []


def on_pre_build(*, config: MkDocsConfig) -> None:
    """The outermost build starts a new list (the other languages are built inside it)."""
    if language_builds.first():
        _languages.clear()


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """This language's pages, generated ones included, drafts left out."""
    pages = [file.page for file in files.documentation_pages() if file.page is not None]
    _languages.append(LanguagePages(reader_language(config), language_folder(config), pages))
    return env


def on_template_context(context: dict, *, template_name: str, config: MkDocsConfig) -> dict:
    if template_name == "sitemap.xml":
        context["tut_sitemap"] = entries(_languages, config.site_url or "")
    return context
