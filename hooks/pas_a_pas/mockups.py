"""Practice screens: the scenarios' texts, the practice pages, a mockup's template data.

The scenarios themselves are checked by `pas_a_pas.schema.mockups`; the `/// mockup`
block is `pas_a_pas.markdown.mockups`; hooks/mockups.py ties them to MkDocs.
"""

from __future__ import annotations

import dataclasses
import html
import re
from typing import Any

from pas_a_pas.markdown.mockups import MockupRequest
from pas_a_pas.markdown.typography import french_spacing
from pas_a_pas.schema.mockups import Scenario

SCENARIO_DIR = "mockups/"
PRACTICE_DIR = "s-entrainer"
TEMPLATE = "partials/tut-mockup.html"
# Element fields that are names, not text (left as written by French typography).
NOT_TEXT = frozenset({"kind", "go", "edit", "expect", "accept", "source"})
# Characters that Python-Markdown reads as syntax inside a heading or a link's text.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")


def french_typography(scenario: Scenario) -> None:
    """French no-break spaces in a scenario's texts (they are French: see `mockup_data`).

    The mockup's HTML is stashed raw in the page, out of reach of the content's
    typography treeprocessor: its texts are spaced here, once, ids and links aside.
    """
    scenario.screens = [
        dataclasses.replace(screen, title=_spaced(screen.title), elements=_spaced(screen.elements))
        for screen in scenario.screens
    ]


def practice_path(name: str) -> str:
    """The source path of a scenario's practice page."""
    return f"{PRACTICE_DIR}/{name}/index.md"


def practice_url(name: str) -> str:
    """Where a scenario's practice page is written, from its language's folder."""
    return f"{PRACTICE_DIR}/{name}/index.html"


def practice_page(scenario: Scenario, words: dict[str, str]) -> str:
    """The Markdown of a practice page: title, what it is, the tutorial, the flow."""
    lines = [f"# {_markdown_text(scenario.title or scenario.name)}", "", words["page_intro"], ""]
    if scenario.tutorial:
        lines += [f"[{words['tutorial_link']}](../../{scenario.tutorial})", ""]
    lines += [f"/// mockup | {scenario.name}", "    level: 2", "///", ""]
    return "\n".join(lines)


def practice_index(scenarios: dict[str, Scenario], words: dict[str, str]) -> str:
    """The Markdown of the "S'entraîner" page: every scenario's practice page."""
    lines = [f"# {words['index_title']}", "", words["index_intro"], ""]
    for name, scenario in sorted(scenarios.items(), key=lambda item: item[1].title.casefold()):
        lines.append(f"- [{_markdown_text(scenario.title or name)}]({name}/index.md)")
    return "\n".join(lines) + "\n"


def mockup_data(request: MockupRequest, scenario: Scenario, practice_url: str,
                language: str) -> dict[str, Any]:
    """What partials/tut-mockup.html needs to show one mockup block (`m`)."""
    ids = [screen.id for screen in scenario.screens]
    mockup_id = f"tut-mockup-{request.number}"
    single = bool(request.screen)
    return {
        "id": mockup_id,
        "mode": "single" if single else "flow",
        "start": request.screen or scenario.start,
        "screens": [scenario.screen(request.screen)] if single else scenario.screens,
        "numbers": {screen_id: number for number, screen_id in enumerate(ids, 1)},
        "count": len(ids),
        "titles": {screen.id: screen.title for screen in scenario.screens},
        "level": request.level,
        "practice_url": practice_url,
        # A link of a single screen leads to its screen on the practice page.
        "link_base": practice_url if single else "",
        "target_id": "tut-mockup-1" if single else mockup_id,
        # Scenarios copy French services and are written in the site's default language,
        # whatever the language of the page around them.
        "lang": language,
    }


def _spaced(value: Any) -> Any:
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, list):
        return [_spaced(item) for item in value]
    if isinstance(value, dict):
        return {key: item if key in NOT_TEXT else _spaced(item) for key, item in value.items()}
    return value


def _markdown_text(text: str) -> str:
    """A scenario's text in generated Markdown, shown as written: no HTML, no emphasis."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))
