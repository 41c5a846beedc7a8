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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

import tutorial_schema
from _common import (
    build_message,
    default_language,
    format_date,
    front_matter,
    is_tutorial,
    page_language,
    problems,
    reader_language,
    site_languages,
    source_path,
    strings,
)

TUTORIALS_DIR = "tutoriels"
STATES = ("translated", "outdated", "missing")


@dataclass(frozen=True)
class Entry:
    """One original tutorial as seen from one language."""

    src_uri: str  # the original's path under docs/ ("tutoriels/franceconnect.md")
    title: str
    updated: datetime.date | None
    state: str  # one of STATES
    translation_of_updated: datetime.date | None = None


def status(docs_dir: Path, default: str, languages: list[str]) -> dict[str, list[Entry]]:
    """For each language but the default, every original tutorial and its state.

    Reads the front matter of the files under `docs/tutoriels/` only: no build needed.
    A file whose front matter cannot be read counts as having no date (the build says
    why); a translation without `translation_of_updated` counts as outdated.
    """
    originals: dict[str, dict[str, Any]] = {}
    translations: dict[tuple[str, str], dict[str, Any]] = {}
    for path in sorted((docs_dir / TUTORIALS_DIR).rglob("*.md")):
        src_uri = path.relative_to(docs_dir).as_posix()
        stem, _, suffix = path.name[: -len(".md")].rpartition(".")
        if path.name.startswith("index."):
            continue
        if stem and suffix in languages and suffix != default:
            original = src_uri[: -len(f".{suffix}.md")] + ".md"
            translations[(original, suffix)] = front_matter(path)
        else:
            meta = front_matter(path)
            # A draft (hooks/drafts.py) is not published: nothing to translate yet.
            if meta.get("draft") is not True:
                originals[src_uri] = meta
    report: dict[str, list[Entry]] = {}
    for language in languages:
        if language == default:
            continue
        entries = []
        for src_uri, meta in originals.items():
            updated = _date(meta.get("updated"))
            title = str(meta.get("title") or src_uri)
            translation = translations.get((src_uri, language))
            if translation is None:
                entries.append(Entry(src_uri, title, updated, "missing"))
                continue
            of_updated = _date(translation.get("translation_of_updated"))
            behind = of_updated is None or (updated is not None and updated > of_updated)
            state = "outdated" if behind else "translated"
            entries.append(Entry(src_uri, title, updated, state, of_updated))
        report[language] = entries
    return report


def counts(entries: list[Entry]) -> dict[str, int]:
    """How many tutorials are in each state."""
    return {state: sum(1 for entry in entries if entry.state == state) for state in STATES}


# MkDocs events --------------------------------------------------------------------------

_status: dict[str, list[Entry]] = {}


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Read the state of every translation once per language build."""
    _status.clear()
    languages = [language["locale"] for language in site_languages(config)]
    _status.update(status(Path(config.docs_dir), default_language(config), languages))
    return files


# After tutorials.py (10) has validated the front matter, so only our rule is left.
@event_priority(5)
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
    updated = _date(front_matter(path).get("updated"))
    of_updated = _date(page.meta.get("translation_of_updated"))
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
        **_dated("of_updated", _date(page.meta.get("translation_of_updated")), reader),
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


def _date(value: Any) -> datetime.date | None:
    try:
        return tutorial_schema.check_date(value) if value is not None else None
    except tutorial_schema.Invalid:
        return None
