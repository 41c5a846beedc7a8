"""Mockups: load the scenarios, render `/// mockup` blocks, add the practice pages.

Scenarios are data files, `docs/mockups/<name>.yml` (checked by `mockup_scenario`); they
are read, not published. Each gets a practice page, `s-entrainer/<name>/index.html`,
holding just its practice flow, so that a helper can hand a citizen one link; an
"S'entraîner" page lists them. The `/// mockup` block itself (`mockup_block`) is plain
Python-Markdown: this hook gives it a renderer that fills `partials/tut-mockup.html`.
Errors go to `_common.problems` (the hook `problems.py` fails the build on them).
"""

from __future__ import annotations

import dataclasses
import html
import re
from typing import Any

import mockup_scenario
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mockup_block import MockupExtension, MockupRequest, MockupSettings
from mockup_scenario import Scenario
from typography import french_spacing, is_french

from _common import (
    build_message,
    default_language,
    error_messages,
    language_folder,
    page_language,
    page_state,
    problems,
    register_extension,
    source_path,
    strings,
    theme_environment,
)

SCENARIO_DIR = "mockups/"
PRACTICE_DIR = "s-entrainer"
TEMPLATE = "partials/tut-mockup.html"
# Element fields that are names, not text (left as written by French typography).
NOT_TEXT = frozenset({"kind", "go"})
# Characters that Python-Markdown reads as syntax inside a heading or a link's text.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")

_scenarios: dict[str, Scenario] = {}
_env: Environment | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the mockup block (a plain Python-Markdown extension) for every page."""
    global _env
    _scenarios.clear()
    _env = None
    # The settings of the page being converted: see `_common.PageState`.
    settings = page_state.reader("mockup", MockupSettings(messages=error_messages(config)))
    register_extension(config, MockupExtension(settings=settings))
    return config


# After mkdocs-static-i18n (-100), which sorts the files of each language's run: pages
# generated before it would break it; after it, each language's run adds its own copy.
@event_priority(-110)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read and check the scenarios (not published), then add their practice pages."""
    for file in [f for f in files if _is_scenario(f)]:
        name = file.src_uri[len(SCENARIO_DIR):-len(".yml")]
        where = source_path(config, file)
        files.remove(file)
        try:
            text = file.content_string
        except ValueError:  # not UTF-8: authoring.py has said so
            continue
        scenario = mockup_scenario.load(name, text, error_messages(config))
        if not mockup_scenario.SCREEN_ID.fullmatch(name):
            scenario.errors.insert(0, build_message(config, "scenario_file_name"))
            scenario.error_paths.insert(0, "")
        if scenario.tutorial and not files.get_file_from_path(scenario.tutorial):
            scenario.errors.append(
                build_message(config, "scenario_tutorial_missing", page=scenario.tutorial)
            )
            scenario.error_paths.append("tutorial")
        for message, line in zip(scenario.errors, scenario.error_lines(), strict=True):
            problems.report(where, message, line=line)
        if is_french(default_language(config)):
            _french_typography(scenario)
        _scenarios[name] = scenario
    if _scenarios:
        words = strings(page_language(config))["mockup"]["practice"]
        folder = language_folder(config)
        for name, scenario in sorted(_scenarios.items()):
            content = _practice_page(scenario, words)
            # Listed by the practice index, not in the menu: said so, so that MkDocs does
            # not log them as pages missing from `nav` (once per language).
            files.append(_generated(config, f"{PRACTICE_DIR}/{name}/index.md", content, folder,
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        index = _practice_index(words)
        files.append(_generated(config, f"{PRACTICE_DIR}/index.md", index, folder))
    return files


def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Give the mockup blocks of this page a renderer that knows the page."""
    where = source_path(config, page.file)

    def render(request: MockupRequest) -> str:
        return _render(request, page=page, config=config, files=files, where=where)

    mockup = {"number": 0}  # the mockup being made, whose messages name its line

    def counted(number: int) -> None:
        mockup["number"] = number

    page_state.set("mockup", MockupSettings(
        render=render,
        messages=error_messages(config),
        report=lambda message: problems.report(
            where, message, line=page_state.block_line("mockup", mockup["number"])),
        counted=counted,
    ))
    return markdown_text


# Helpers ------------------------------------------------------------------------------


def _french_typography(scenario: Scenario) -> None:
    """French no-break spaces in a scenario's texts (they are French: see `_render`).

    The mockup's HTML is stashed raw in the page, out of reach of the content's
    typography treeprocessor: its texts are spaced here, once, ids and links aside.
    """
    scenario.screens = [
        dataclasses.replace(screen, title=_spaced(screen.title), elements=_spaced(screen.elements))
        for screen in scenario.screens
    ]


def _spaced(value: Any) -> Any:
    if isinstance(value, str):
        return french_spacing(value)
    if isinstance(value, list):
        return [_spaced(item) for item in value]
    if isinstance(value, dict):
        return {key: item if key in NOT_TEXT else _spaced(item) for key, item in value.items()}
    return value


def _is_scenario(file: File) -> bool:
    return file.src_uri.startswith(SCENARIO_DIR) and file.src_uri.endswith(".yml")


def _generated(config: MkDocsConfig, src_uri: str, content: str, folder: str,
               inclusion: InclusionLevel = InclusionLevel.UNDEFINED) -> File:
    """A generated page, written in the folder of the language being built."""
    file = File.generated(config, src_uri, content=content, inclusion=inclusion)
    if folder:
        file.dest_uri = f"{folder}/{file.dest_uri}"
    return file


def _markdown_text(text: str) -> str:
    """A scenario's text in generated Markdown, shown as written: no HTML, no emphasis."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _practice_url(name: str) -> str:
    return f"{PRACTICE_DIR}/{name}/index.md"


def _practice_page(scenario: Scenario, words: dict[str, str]) -> str:
    """The Markdown of a practice page: title, what it is, the tutorial, the flow."""
    lines = [f"# {_markdown_text(scenario.title or scenario.name)}", "", words["page_intro"], ""]
    if scenario.tutorial:
        lines += [f"[{words['tutorial_link']}](../../{scenario.tutorial})", ""]
    lines += [f"/// mockup | {scenario.name}", "    level: 2", "///", ""]
    return "\n".join(lines)


def _practice_index(words: dict[str, str]) -> str:
    lines = [f"# {words['index_title']}", "", words["index_intro"], ""]
    for name, scenario in sorted(_scenarios.items(), key=lambda item: item[1].title.casefold()):
        lines.append(f"- [{_markdown_text(scenario.title or name)}]({name}/index.md)")
    return "\n".join(lines) + "\n"


def _render(request: MockupRequest, *, page: Page, config: MkDocsConfig, files: Files,
            where: str) -> str:
    """The HTML of one mockup block, or "" after reporting why it cannot be shown."""
    scenario = _scenarios.get(request.name)
    if scenario is None:
        known = ", ".join(sorted(_scenarios)) or build_message(config, "mockup_none")
        problems.report(where, build_message(
            config, "mockup_unknown_scenario", number=request.number, name=request.name,
            known=known), line=page_state.block_line("mockup", request.number))
        return ""
    if scenario.errors:
        return ""  # already reported with the scenario's file
    ids = [screen.id for screen in scenario.screens]
    if request.screen and request.screen not in ids:
        problems.report(where, build_message(
            config, "mockup_unknown_screen", number=request.number, name=request.name,
            screen=request.screen, known=", ".join(ids)),
            line=page_state.block_line("mockup", request.number))
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
