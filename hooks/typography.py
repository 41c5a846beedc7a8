"""French typography on French pages: content, titles and the tutorials' data.

The rule itself is `typography.french_spacing` (plain Python, no MkDocs). This hook
applies it where a French text is shown: the content of every French page (through the
`FrenchTypographyExtension` treeprocessor), page titles (navigation, header, search,
<title>), and the tutorials' data (title, summary), so that cards and booklets get it
without template changes. A page's language is its own (`page_language`): a French
tutorial shown untranslated in the English site keeps French typography; English text
is never touched. The interface's own French strings are written with their no-break
spaces in hooks/strings/fr.yml.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import page_language
from pas_a_pas.core.page_state import register_extension
from pas_a_pas.markdown.typography import FrenchTypographyExtension, french_spacing, is_french

# Whether the page being converted is French (MkDocs converts one page at a time).
_french = False


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the typography treeprocessor for every page (it acts on French ones)."""
    global _french
    _french = False
    register_extension(config, FrenchTypographyExtension(enabled=lambda: _french))
    return config


# After hooks/tutorials.py (10), which sets a tutorial's title from its front matter.
@event_priority(priorities.AFTER_FRONT_MATTER)
def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Note whether the page is French; space its front-matter title if it has one."""
    global _french
    _french = is_french(page_language(config, page))
    if _french and page.meta.get("title"):
        page.meta["title"] = french_spacing(str(page.meta["title"]))
        page.title = page.meta["title"]
    return markdown_text


# After hooks/tutorials.py's on_env (0), which publishes the tutorials' data.
@event_priority(priorities.AFTER_CATALOGUE)
def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Space the French tutorials' title and summary (cards, headers, booklets)."""
    for tutorial in env.globals.get("tut_catalogue", []):
        if is_french(tutorial.get("lang", "")):
            for key in ("title", "summary"):
                tutorial[key] = french_spacing(tutorial.get(key) or "")
    return env
