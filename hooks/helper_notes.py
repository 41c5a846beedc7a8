"""Notes for the helper: the `/// helper` block on every page, and the count per tutorial.

The block itself (`pas_a_pas.markdown.helper_notes`) is plain Python-Markdown; this hook
gives it the label in the page's language and counts the notes of each page into the
tutorial data (`helper_notes`), which the helper PDF (hooks/handouts.py) and templates read. Helper
mode (showing the notes) is the browser's business: assets/javascripts/tut-helper.js.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import page_language
from pas_a_pas.core.page_state import page_state, register_extension
from pas_a_pas.core.strings import strings
from pas_a_pas.markdown.helper_notes import HelperExtension, HelperSettings

# The number of notes of each page, by src_uri.
_counts: dict[str, int] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the helper block (a plain Python-Markdown extension) for every page."""
    _counts.clear()
    # The settings of the page being converted: see `pas_a_pas.core.page_state`.
    settings = page_state.reader("helper", HelperSettings())
    register_extension(config, HelperExtension(settings=settings))
    return config


def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Label the notes of this page in its own language, and count them."""
    words = strings(page_language(config, page))["helper"]
    src_uri = page.file.src_uri
    _counts[src_uri] = 0

    def counted(number: int) -> None:
        _counts[src_uri] = number

    page_state.set("helper", HelperSettings(
        label=words["label"], separator=words["separator"], anchor=words["anchor"],
        counted=counted,
    ))
    return markdown_text


# After hooks/tutorials.py's on_env (0), which publishes the tutorials' data.
@event_priority(priorities.AFTER_CATALOGUE)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give each tutorial's data its number of helper notes (`helper_notes`)."""
    for tutorial in env.globals.get("tut_catalogue", []):
        tutorial["helper_notes"] = _counts.get(tutorial["page"].file.src_uri, 0)
    return env
