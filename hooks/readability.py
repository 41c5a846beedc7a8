"""Readability thresholds: a tutorial's long sentences, low score or unexplained acronyms
as build warnings, for the sites that ask for them in mkdocs.yml (`extra.readability`).

Off by default: a site that sets, for example,

    extra:
      readability:
        max_sentence_words: 25   # a longer sentence is a warning, with its line
        min_score: 60            # a lower Kandel and Moles (or Flesch) score is one
        acronyms: true           # an acronym the glossary does not explain is one

gets warnings (which fail `mkdocs build --strict`) naming the file and the line. The
figures are `pas_a_pas.readability`'s; `make lisibilite` prints them all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from pas_a_pas import readability
from pas_a_pas.core.languages import (
    default_language,
    page_language,
    reader_language,
    site_languages,
)
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, error_messages, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.schema import glossary
from pas_a_pas.schema.tutorials import describe
from pas_a_pas.tutorials import is_tutorial

SETTINGS = {"max_sentence_words": int, "min_score": float, "acronyms": bool}
CONFIG_FILE = "mkdocs.yml"

_settings: dict[str, Any] = {}
_explained: dict[str, set[str]] = {}  # the glossary's words, by language


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read `extra.readability`; nothing is measured during the build without it."""
    _settings.clear()
    _explained.clear()
    declared = config.extra.get("readability") or {}
    if not isinstance(declared, dict):
        found = describe(declared, error_messages(config))
        problems.report(CONFIG_FILE, build_message(config, "readability_not_mapping", found=found))
        return config
    for name, value in declared.items():
        kind = SETTINGS.get(name)
        if kind is None:
            problems.report(CONFIG_FILE, build_message(
                config, "readability_unknown", name=name, known=", ".join(SETTINGS)))
        elif kind is bool and isinstance(value, bool) or kind is not bool and \
                isinstance(value, (int, float)) and not isinstance(value, bool):
            _settings[name] = value
        else:
            problems.report(CONFIG_FILE, build_message(
                config, "readability_settings", name=name,
                found=describe(value, error_messages(config))))
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """The glossary's words, which explain the acronyms they hold."""
    if _settings.get("acronyms"):
        languages = [language["locale"] for language in site_languages(config)]
        read = glossary.load(Path(config.docs_dir) / glossary.FILE, languages,
                             error_messages(config))
        for language in languages:
            _explained[language] = readability.explained_words(
                form for term in read.terms.get(language, []) for form in term.forms)
    return files


def on_page_markdown(markdown_text: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Warn about what passes the thresholds, once (in the tutorial's own language's build)."""
    language = page_language(config, page)
    if not _settings or not is_tutorial(page) or language != reader_language(config):
        return markdown_text
    where = source_path(config, page.file)
    report = readability.analyse(page.file.content_string, language, _explained.get(language, ()))
    limit = _settings.get("max_sentence_words")
    for sentence in report.sentences if limit is not None else []:
        if sentence.words > limit:
            start = " ".join(sentence.text.split()[:6])
            problems.warn(where, build_message(
                config, "readability_long_sentence", words=sentence.words, start=start,
                limit=limit), line=sentence.line)
    floor, score = _settings.get("min_score"), report.score
    if floor is not None and score is not None and score < floor:
        levels = strings(default_language(config))["readability"]["levels"]
        problems.warn(where, build_message(
            config, "readability_low_score", score=round(score), limit=floor,
            level=readability.level(score, levels)))
    for acronym, line in report.acronyms if _settings.get("acronyms") else []:
        problems.warn(where, build_message(config, "readability_acronym", acronym=acronym),
                      line=line)
    return markdown_text
