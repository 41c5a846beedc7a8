"""A page not translated yet is converted once, in the default language's build.

mkdocs-static-i18n shows it in every other language's site too, where MkDocs would
convert it again and get the same HTML: 800 of the 2,052 pages of a corpus of 1,000
tutorials, one in five translated. Here the default language's conversion of each page
is kept with what it read, asked and told (`pas_a_pas.untranslated_pages`); the page's
copy in another language gets that HTML, its table of contents and its anchors when
every input is the same, and nothing to convert. Otherwise it is converted as usual:

- a Markdown that differs (mkdocs-static-i18n translates admonition titles);
- settings whose values differ, or a question answered otherwise (an image);
- an extension or a block whose HTML depends on the site's language (`/// mockup`), or
  that does not say (`pas_a_pas.markdown.settings`);
- links to anchors of other pages, which MkDocs checks per language while converting;
- no `title` in the front matter (MkDocs would take it from the converted page).

`TUT_CONVERT_ONCE=0` converts every page in every language
(tests/build/test_i18n_fallback_build.py compares both builds, byte for byte).
"""

from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import (
    language_builds,
    language_folder,
    page_language,
    reader_language,
    site_languages,
)
from pas_a_pas.core.log import log
from pas_a_pas.core.page_state import page_state
from pas_a_pas.untranslated_pages import (
    Conversion,
    portable,
    recording,
    replay,
    same_answers,
    settings_inputs,
)

# The default language's conversions, by source file (the same file in every language).
_converted: dict[str, Conversion] = {}
# The pages of this build that get one, by source file, until their content event.
_given: dict[str, Conversion] = {}


def on_pre_build(*, config: MkDocsConfig) -> None:
    if language_builds.first():
        _converted.clear()
        _given.clear()


def _active(config: MkDocsConfig, page: Page) -> bool:
    return (os.environ.get("TUT_CONVERT_ONCE", "1") != "0" and len(site_languages(config)) > 1
            and page.file.generated_by is None)


# After every hook and plugin has set the page's settings and changed its Markdown
# (mkdocs-static-i18n at 50, Material's tags at -50): what the conversion reads is final.
@event_priority(priorities.MARKDOWN_FINAL)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Default language: keep what the conversion reads, and record what it tells.
    Another language: an untranslated page whose inputs are the same is not converted."""
    if not _active(config, page):
        return markdown
    values = page_state.values()
    source = page.file.abs_src_path
    if not language_folder(config):
        conversion = Conversion(markdown, settings_inputs(values))
        for key, settings in recording(values, conversion.calls).items():
            page_state.set(key, settings)
        _converted[source] = conversion
        return markdown
    conversion = _converted.get(source)
    if (conversion is None or conversion.html is None
            or page_language(config, page) == reader_language(config)
            or conversion.markdown != markdown
            or conversion.inputs != settings_inputs(values)
            or not same_answers(conversion.calls, values)):
        return markdown
    _given[source] = conversion
    return ""  # converted in no time; its HTML is given back below


# Before any hook reads the page's HTML (hooks/tutorials.py counts the steps at 0).
@event_priority(priorities.CONTENT_FIRST)
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Another language: give the kept HTML, and tell what the conversion told. Default
    language: keep the HTML if another language may have it."""
    if not _active(config, page):
        return html
    source = page.file.abs_src_path
    given = _given.pop(source, None)
    if given is not None:
        replay(given.calls, page_state.values())
        page.toc = given.toc
        page.present_anchor_ids = given.anchor_ids
        log.debug("%s: converted once, for the %s site too", page.file.src_uri,
                  reader_language(config))
        return given.html
    conversion = _converted.get(source) if not language_folder(config) else None
    if conversion is None:
        return html
    opened = page_state.get("block_lines")  # None: no authoring checks to say which
    if (page.links_to_anchors or "title" not in page.meta or opened is None
            or not portable(config.markdown_extensions, opened)):
        del _converted[source]
    else:
        conversion.html, conversion.toc = html, page.toc
        conversion.anchor_ids = page.present_anchor_ids
    return html


@event_priority(priorities.ALL_LANGUAGES)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Every language is built: the kept conversions are let go."""
    if language_builds.outermost():
        _converted.clear()


def on_build_error(*, error: Exception) -> None:
    _converted.clear()
    _given.clear()
