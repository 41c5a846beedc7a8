"""Mockups: load the scenarios, render `/// mockup` blocks, add the practice pages.

Scenarios are data files, `docs/mockups/<name>.yml` (checked by `pas_a_pas.schema.mockups`); they
are read, not published. Each gets a practice page, `s-entrainer/<name>/index.html`,
holding just its practice flow, so that a helper can hand a citizen one link; an
"S'entraîner" page lists them. The `/// mockup` block itself (`pas_a_pas.markdown.mockups`) is plain
Python-Markdown: this hook gives it a renderer that fills `partials/tut-mockup.html`.
Errors go to `problems` (hooks/problems.py fails the build on them); the practice pages
and a mockup's data are made by `pas_a_pas.mockups`.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import default_language, language_folder, page_language
from pas_a_pas.core.page_state import page_state, register_extension
from pas_a_pas.core.pages import generated_page
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, error_messages, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.core.template_cache import theme_environment
from pas_a_pas.markdown.mockups import MockupExtension, MockupRequest, MockupSettings
from pas_a_pas.markdown.typography import is_french
from pas_a_pas.mockups import (
    PRACTICE_DIR,
    SCENARIO_DIR,
    TEMPLATE,
    french_typography,
    mockup_data,
    practice_index,
    practice_page,
    practice_path,
)
from pas_a_pas.schema import mockups as scenario_schema
from pas_a_pas.schema.mockups import Scenario

_scenarios: dict[str, Scenario] = {}
_env: Environment | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the mockup block (a plain Python-Markdown extension) for every page."""
    global _env
    _scenarios.clear()
    _env = None
    # The settings of the page being converted: see `pas_a_pas.core.page_state`.
    settings = page_state.reader("mockup", MockupSettings(messages=error_messages(config)))
    register_extension(config, MockupExtension(settings=settings))
    return config


# After mkdocs-static-i18n (-100), which sorts the files of each language's run: pages
# generated before it would break it; after it, each language's run adds its own copy.
@event_priority(priorities.AFTER_I18N)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read and check the scenarios (not published), then add their practice pages."""
    for file in [f for f in files if f.src_uri.startswith(SCENARIO_DIR)
                 and f.src_uri.endswith(".yml")]:
        name = file.src_uri[len(SCENARIO_DIR):-len(".yml")]
        where = source_path(config, file)
        files.remove(file)
        try:
            text = file.content_string
        except ValueError:  # not UTF-8: authoring.py has said so
            continue
        scenario = scenario_schema.load(name, text, error_messages(config))
        if not scenario_schema.SCREEN_ID.fullmatch(name):
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
            french_typography(scenario)
        _scenarios[name] = scenario
    if _scenarios:
        words = strings(page_language(config))["mockup"]["practice"]
        folder = language_folder(config)
        for name, scenario in sorted(_scenarios.items()):
            content = practice_page(scenario, words)
            # Listed by the practice index, not in the menu: said so, so that MkDocs does
            # not log them as pages missing from `nav` (once per language).
            files.append(generated_page(config, practice_path(name), content, folder=folder,
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        index = practice_index(_scenarios, words)
        files.append(generated_page(config, f"{PRACTICE_DIR}/index.md", index, folder=folder))
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


# Helpers ------------------------------------------------------------------------------


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
    practice = files.get_file_from_path(practice_path(request.name))
    own_page = practice is not None and practice.src_uri == page.file.src_uri
    practice_url = get_relative_url(practice.url, page.url) if practice and not own_page else ""
    data = mockup_data(request, scenario, practice_url, default_language(config))
    words = strings(page_language(config))["mockup"]
    return _template(config).render(m=data, t=words)


def _template(config: MkDocsConfig):
    """The mockup template, from the theme's environment (so that forks can override it)."""
    global _env
    if _env is None:
        _env = theme_environment(config)
    return _env.get_template(TEMPLATE)
