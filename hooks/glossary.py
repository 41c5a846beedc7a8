"""The glossary: words explained where a tutorial first uses them, a box, a page per language.

The terms live in `docs/glossaire.yml` (checked by `pas_a_pas.schema.glossary`), read,
not published. The first use of each term in a tutorial's text is marked by a plain
Python-Markdown treeprocessor (`pas_a_pas.markdown.glossary`); the terms a tutorial uses
close it in a « Mots à connaître » box (partials/tut-glossary.html, printed too), and every
term is on the glossary page of each language (`glossaire.html`, `en/glossaire.html`,
overrides/glossary.html), linked from the site's footer. The toggle is
assets/javascripts/tut-glossary.js.
"""

from __future__ import annotations

import dataclasses
import html

import yaml
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import declared_locales, language_folder, page_language
from pas_a_pas.core.page_state import page_state, register_extension
from pas_a_pas.core.pages import generated_page
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import error_messages, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.markdown.glossary import GlossaryExtension, GlossarySettings
from pas_a_pas.markdown.typography import french_spacing, is_french
from pas_a_pas.schema import glossary as schema
from pas_a_pas.tutorials import is_tutorial

_glossary = schema.Glossary()
# The ids of the terms each tutorial marked, by src_uri, in the order of the text.
_used: dict[str, list[str]] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the glossary treeprocessor (a plain Python-Markdown extension)."""
    global _glossary
    _glossary = schema.Glossary()
    _used.clear()
    register_extension(config, GlossaryExtension(
        settings=page_state.reader("glossary", GlossarySettings())))
    return config


# After mkdocs-static-i18n (-100) sorts each language's files: the page is added in
# every language's run, in its folder.
@event_priority(priorities.AFTER_I18N)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read and check the glossary (not published), then add its page."""
    global _glossary
    file = files.get_file_from_path(schema.FILE)
    if file is None:
        return files
    files.remove(file)
    try:
        text = file.content_string
    except ValueError:  # not UTF-8: authoring.py has said so
        return files
    languages = declared_locales(config)  # the file is the same whatever is built
    _glossary = schema.parse(text, languages, error_messages(config))
    # French spacing in the box and on the glossary page (the text's own definitions get
    # it from the typography treeprocessor).
    for language in filter(is_french, languages):
        _glossary.terms[language] = [_spaced(term) for term in _glossary.terms[language]]
    for message, line in _glossary.problems:
        problems.report(source_path(config, file), message, line=line)
    if files.get_file_from_path(schema.PAGE) is None:
        title = strings(page_language(config))["glossary"]["title"]
        files.append(generated_page(config, schema.PAGE, _page_source(title),
                                    folder=language_folder(config),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
    return files


def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A tutorial gets the terms of its language; any other page none."""
    src_uri = page.file.src_uri
    if not is_tutorial(page):
        page_state.set("glossary", GlossarySettings())
        return markdown_text

    def used(ids: list[str]) -> None:
        _used[src_uri] = ids

    page_state.set("glossary", GlossarySettings(
        terms=_glossary.terms.get(page_language(config, page), []), used=used))
    return markdown_text


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give every template (the footer) the glossary page, if the site has one."""
    env.globals["tut_glossary_page"] = _page(files)
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """A tutorial's box: the terms it uses; the glossary page: every term, by letter."""
    language = page_language(config, page)
    context["tut_glossary_terms"] = []
    if is_tutorial(page):
        ids = set(_used.get(page.file.src_uri, []))
        context["tut_glossary_terms"] = [t for t in _glossary.of(language) if t.id in ids]
        context["tut_glossary_lang"] = language
    if page.file.src_uri == schema.PAGE:
        context["tut_glossary_letters"] = schema.by_letter(_glossary.of(language))
    return context


def _spaced(term: schema.Term) -> schema.Term:
    return dataclasses.replace(term, term=french_spacing(term.term),
                               definition=french_spacing(term.definition))


def _page(files: Files) -> File | None:
    return files.get_file_from_path(schema.PAGE)


def _page_source(title: str) -> str:
    # MkDocs and Material print page titles unescaped (nav, header): escaped once here.
    # The title is the page's first heading too: Material's skip link leads to it.
    escaped = html.escape(title, quote=False)
    meta = {"template": TEMPLATE, "title": escaped, "hide": ["toc"]}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True) + f"---\n\n# {escaped}\n"


TEMPLATE = "glossary.html"
