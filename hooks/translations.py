"""Translations of tutorials: what each translates, who translated it, what is missing.

A translation is a suffixed file (`tutoriels/franceconnect.en.md`) of a tutorial written
in the default language (`franceconnect.md`). Its front matter says which version of the
original it follows (`translation_of_updated`: the original's `updated` date then) and
who translated it (`translators`). From these dates alone, without any list kept by
hand, `status` tells for each language which tutorials are translated, outdated (the
original was updated after the translation's version) or missing; `make translations`
prints it and the page using the `translations.html` template shows it.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from pas_a_pas.core import priorities
from pas_a_pas.core.dates import format_date
from pas_a_pas.core.languages import (
    default_language,
    page_language,
    reader_language,
    site_languages,
)
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.translations import Entry, counts, date_of, status
from pas_a_pas.tutorials import front_matter, is_tutorial

_status: dict[str, list[Entry]] = {}


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read the state of every translation once per language build."""
    _status.clear()
    languages = [language["locale"] for language in site_languages(config)]
    _status.update(status(Path(config.docs_dir), default_language(config), languages))
    return files


# After tutorials.py (10) has validated the front matter, so only our rule is left.
@event_priority(priorities.AFTER_FRONT_MATTER)
def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A translated tutorial must say which version of the original it translates."""
    if not is_tutorial(page):
        return markdown
    where = source_path(config, page.file)
    translated = is_translation(page, config)
    if translated and "translation_of_updated" not in page.meta:
        problems.report(where, build_message(config, "translation_undated"))
    for field in ("translation_of_updated", "translators"):
        if not translated and field in page.meta:
            example = f"{Path(page.file.src_uri).stem}.en.md"
            problems.report(where, build_message(
                config, "translation_field_original_only", field=field, example=example))
    if translated:
        _check_against_original(page, config, files, where)
    return markdown


def _check_against_original(page: Page, config: MkDocsConfig, files: Files, where: str) -> None:
    """A translation has its original, and follows one of its versions, not a later one."""
    source = Path(page.file.abs_src_path or "")
    path = source.with_name(source.name.split(".")[0] + ".md")
    original = Path(where).with_name(path.name).as_posix()
    if not path.is_file():
        problems.report(where, build_message(config, "translation_orphan", original=original))
        return
    updated = date_of(front_matter(path).get("updated"))
    of_updated = date_of(page.meta.get("translation_of_updated"))
    if updated and of_updated and of_updated > updated:
        problems.report(where, build_message(
            config, "translation_later_than_original", translated=of_updated.isoformat(),
            updated=updated.isoformat(), original=original))


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Publish the status tables for the page that shows them (translations.html)."""
    env.globals["tut_translation_status"] = _status_tables(config, reader_language(config))
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict:
    """Give a translated tutorial's templates what it translates and who translated it."""
    context["tut_translation"] = None
    if is_tutorial(page) and is_translation(page, config):
        context["tut_translation"] = _translation_facts(page, config, reader_language(config))
    return context


def is_translation(page: Page, config: MkDocsConfig) -> bool:
    """A suffixed file in another language than the default (`x.en.md`)."""
    localization = getattr(page.file, "localization", None)
    return bool(localization) and localization != default_language(config)


# Helpers --------------------------------------------------------------------------------


def _translation_facts(page: Page, config: MkDocsConfig, reader: str) -> dict[str, Any]:
    source_uri = getattr(page.file, "norm_src_uri", page.file.src_uri)
    entry = next(
        (e for e in _status.get(page_language(config, page), []) if e.src_uri == source_uri),
        None,
    )
    original = getattr(page.file, "alternates", {}).get(default_language(config))
    return {
        "source_title": entry.title if entry else source_uri,
        "source_url": original.url if original is not None else "",
        "source_lang": default_language(config),
        "outdated": bool(entry and entry.state == "outdated"),
        "translators": ", ".join(page.meta.get("translators") or []),
        **_dated("of_updated", date_of(page.meta.get("translation_of_updated")), reader),
        **_dated("source_updated", entry.updated if entry else None, reader),
    }


def _status_tables(config: MkDocsConfig, reader: str) -> list[dict[str, Any]]:
    names = strings(reader)["languages"]["names"]
    return [
        {
            "locale": language["locale"],
            "source_lang": default_language(config),
            "name": names.get(language["locale"], language["name"]),
            "counts": counts(_status[language["locale"]]),
            "entries": [
                {
                    "title": entry.title,
                    "state": entry.state,
                    **_dated("updated", entry.updated, reader),
                    **_dated("of_updated", entry.translation_of_updated, reader),
                }
                for entry in _status[language["locale"]]
            ],
        }
        for language in site_languages(config)
        if language["locale"] in _status
    ]


def _dated(name: str, value: datetime.date | None, reader: str) -> dict[str, str]:
    """`<name>_iso` for a `datetime` attribute and `<name>_text` for the reader."""
    return {
        f"{name}_iso": value.isoformat() if value else "",
        f"{name}_text": format_date(value, reader),
    }
