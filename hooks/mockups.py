"""Mockups: load the scenarios, render `/// mockup` blocks, add the practice pages.

Scenarios are data files, `docs/mockups/<name>.yml` (checked by `mockup_scenario`); they
are read, not published. Each gets a practice page, `s-entrainer/<name>/index.html`,
holding just its practice flow, so that a helper can hand a citizen one link; an
"S'entraîner" page lists them. The `/// mockup` block itself (`mockup_block`) is plain
Python-Markdown: this hook gives it a renderer that fills `partials/tut-mockup.html`.
Runs after `tutorials.py`, which clears the content errors and fails the build on them.
"""

from __future__ import annotations

from typing import Any

import mockup_scenario
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mockup_block import MockupExtension, MockupRequest, MockupSettings
from mockup_scenario import Scenario

from _common import (
    default_language,
    language_folder,
    page_language,
    problems,
    register_extension,
    source_path,
    strings,
    theme_environment,
)

SCENARIO_DIR = "mockups/"
PRACTICE_DIR = "s-entrainer"
TEMPLATE = "partials/tut-mockup.html"

_scenarios: dict[str, Scenario] = {}
_current = MockupSettings()
_env: Environment | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the mockup block (a plain Python-Markdown extension) for every page."""
    global _current, _env
    _scenarios.clear()
    _current, _env = MockupSettings(), None
    register_extension(config, MockupExtension(settings=lambda: _current))
    return config


# After mkdocs-static-i18n (-100), which sorts the files of each language's run: pages
# generated before it would break it; after it, each language's run adds its own copy.
@event_priority(-110)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read and check the scenarios (not published), then add their practice pages."""
    for file in [f for f in files if _is_scenario(f)]:
        name = file.src_uri[len(SCENARIO_DIR):-len(".yml")]
        scenario = mockup_scenario.load(name, file.content_string)
        where = source_path(config, file)
        if not mockup_scenario.SCREEN_ID.fullmatch(name):
            scenario.errors.insert(0, "a scenario's file name is lowercase letters, digits "
                                      "and hyphens, directly in docs/mockups/ (e.g. impots.yml)")
        if scenario.tutorial and not files.get_file_from_path(scenario.tutorial):
            scenario.errors.append(
                f"tutorial: no page '{scenario.tutorial}' in the docs folder "
                "(write its path from docs/, e.g. tutoriels/franceconnect.md)"
            )
        for message in scenario.errors:
            problems.report(where, message)
        _scenarios[name] = scenario
        files.remove(file)
    if _scenarios:
        words = strings(page_language(config))["mockup"]["practice"]
        folder = language_folder(config)
        for name, scenario in sorted(_scenarios.items()):
            content = _practice_page(scenario, words)
            files.append(_generated(config, f"{PRACTICE_DIR}/{name}/index.md", content, folder))
        index = _practice_index(words)
        files.append(_generated(config, f"{PRACTICE_DIR}/index.md", index, folder))
    return files


def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Give the mockup blocks of this page a renderer that knows the page."""
    global _current
    where = source_path(config, page.file)

    def render(request: MockupRequest) -> str:
        return _render(request, page=page, config=config, files=files, where=where)

    _current = MockupSettings(render=render, report=lambda message: problems.report(where, message))
    return markdown_text


# Helpers ------------------------------------------------------------------------------


def _is_scenario(file: File) -> bool:
    return file.src_uri.startswith(SCENARIO_DIR) and file.src_uri.endswith(".yml")


def _generated(config: MkDocsConfig, src_uri: str, content: str, folder: str) -> File:
    """A generated page, written in the folder of the language being built."""
    file = File.generated(config, src_uri, content=content)
    if folder:
        file.dest_uri = f"{folder}/{file.dest_uri}"
    return file


def _practice_url(name: str) -> str:
    return f"{PRACTICE_DIR}/{name}/index.md"


def _practice_page(scenario: Scenario, words: dict[str, str]) -> str:
    """The Markdown of a practice page: title, what it is, the tutorial, the flow."""
    lines = [f"# {scenario.title or scenario.name}", "", words["page_intro"], ""]
    if scenario.tutorial:
        lines += [f"[{words['tutorial_link']}](../../{scenario.tutorial})", ""]
    lines += [f"/// mockup | {scenario.name}", "    level: 2", "///", ""]
    return "\n".join(lines)


def _practice_index(words: dict[str, str]) -> str:
    lines = [f"# {words['index_title']}", "", words["index_intro"], ""]
    for name, scenario in sorted(_scenarios.items(), key=lambda item: item[1].title.casefold()):
        lines.append(f"- [{scenario.title or name}]({name}/index.md)")
    return "\n".join(lines) + "\n"


def _render(request: MockupRequest, *, page: Page, config: MkDocsConfig, files: Files,
            where: str) -> str:
    """The HTML of one mockup block, or "" after reporting why it cannot be shown."""
    where_block = f"mockup {request.number} ('{request.name}')"
    scenario = _scenarios.get(request.name)
    if scenario is None:
        known = ", ".join(sorted(_scenarios)) or "none yet"
        problems.report(where, f"{where_block}: no scenario '{request.name}' "
                               f"(docs/{SCENARIO_DIR}<name>.yml; scenarios: {known})")
        return ""
    if scenario.errors:
        return ""  # already reported with the scenario's file
    ids = [screen.id for screen in scenario.screens]
    if request.screen and request.screen not in ids:
        problems.report(where, f"{where_block}: no screen '{request.screen}' in "
                               f"docs/{SCENARIO_DIR}{request.name}.yml (screens: {', '.join(ids)})")
        return ""
    practice = files.get_file_from_path(_practice_url(request.name))
    own_page = practice is not None and practice.src_uri == page.file.src_uri
    practice_url = get_relative_url(practice.url, page.url) if practice and not own_page else ""
    mockup_id = f"tut-mockup-{request.number}"
    single = bool(request.screen)
    data: dict[str, Any] = {
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
        "lang": default_language(config),
    }
    words = strings(page_language(config))["mockup"]
    return _template(config).render(m=data, t=words)


def _template(config: MkDocsConfig):
    """The mockup template, from the theme's environment (so that forks can override it)."""
    global _env
    if _env is None:
        _env = theme_environment(config)
    return _env.get_template(TEMPLATE)
