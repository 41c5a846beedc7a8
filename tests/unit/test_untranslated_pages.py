"""What a page's conversion read, asked and told, so that another language's copy can
have it (pas_a_pas.untranslated_pages), and what our extensions declare about it."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from markdown.extensions import Extension
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from pas_a_pas.markdown import (
    authoring,
    bare_links,
    glossary,
    helper_notes,
    mockups,
    steps,
    tables,
    typography,
)
from pas_a_pas.markdown.settings import ASKS
from pas_a_pas.untranslated_pages import (
    portable,
    recording,
    replay,
    same_answers,
    settings_inputs,
)

MODULES = [authoring, bare_links, glossary, helper_notes, mockups, steps, tables, typography]


@dataclass(frozen=True)
class Settings:
    label: str = "Étape"
    terms: list = field(default_factory=list)
    counted: Callable[[int], None] = field(default=lambda number: None)
    exists: Callable[[str], bool] = field(default=lambda src: True, metadata=ASKS)


def test_the_inputs_are_the_values_not_the_callables_and_are_copied():
    terms = ["compte"]
    inputs = settings_inputs({"steps": Settings(terms=terms), "block_lines": {"step": [3]}})
    assert inputs == {"steps.label": "Étape", "steps.terms": ["compte"]}
    terms.append("mot de passe")  # changed after: the inputs kept what was read
    assert inputs["steps.terms"] == ["compte"]
    assert settings_inputs({"steps": Settings(label="Step")}) != inputs


def test_what_the_conversion_told_is_told_again_and_its_questions_asked_again():
    told: list[int] = []
    calls: list = []
    recorded = recording({"steps": Settings(counted=told.append), "other": 3}, calls)
    assert list(recorded) == ["steps"]
    recorded["steps"].counted(1)
    assert recorded["steps"].exists("a.png") is True
    recorded["steps"].counted(2)
    assert told == [1, 2]
    assert [(call.name, call.args, call.answer, call.asks) for call in calls] == [
        ("counted", (1,), None, False), ("exists", ("a.png",), True, True),
        ("counted", (2,), None, False)]
    other: list[int] = []
    copy = {"steps": Settings(counted=other.append)}
    assert same_answers(calls, copy)
    assert not same_answers(calls, {"steps": Settings(exists=lambda src: False)})
    replay(calls, copy)
    assert other == [1, 2]  # the question is not a report: asked, not told


class Declared(Block):
    NAME = "declared"
    depends_on_site_language = False


class InTheSitesLanguage(Block):
    NAME = "localised"
    depends_on_site_language = True


class Silent(Block):
    NAME = "silent"


def block_extension(block: type[Block]) -> BlocksExtension:
    extension = BlocksExtension()
    extension.BLOCK = block
    return extension


class Quiet(Extension):
    """An extension that does not say."""


@pytest.mark.parametrize(("extensions", "opened", "expected"), [
    (["toc", "pymdownx.details"], [], True),  # named in mkdocs.yml: given no language
    ([block_extension(Declared)], ["declared"], True),
    ([block_extension(Declared)], ["declared", "note"], False),  # a block not of ours
    ([block_extension(InTheSitesLanguage)], ["localised"], False),
    ([block_extension(InTheSitesLanguage)], [], True),  # registered, not on the page
    ([block_extension(Silent)], ["silent"], False),
    ([Quiet()], [], False),
    ([steps.StepExtension(), mockups.MockupExtension()], ["step"], True),
    ([steps.StepExtension(), mockups.MockupExtension()], ["step", "mockup"], False),
])
def test_portable_only_when_every_extension_and_block_says_so(extensions, opened, expected):
    assert portable(extensions, opened) is expected


def test_every_extension_and_block_of_ours_says_whether_it_depends_on_the_language():
    for module in MODULES:
        for name, value in vars(module).items():
            if not inspect.isclass(value) or value.__module__ != module.__name__:
                continue
            if issubclass(value, BlocksExtension):
                assert value.BLOCK.depends_on_site_language in (True, False), name
            elif issubclass(value, (Extension, Block)):
                assert value.depends_on_site_language in (True, False), name
    assert mockups.Mockup.depends_on_site_language is True
