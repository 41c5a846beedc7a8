"""What a translation translates: for each language, every tutorial's state.

A translation is a suffixed file (`tutoriels/franceconnect.en.md`) of a tutorial written
in the default language; `translation_of_updated` in its front matter is the original's
`updated` date it follows. From these dates alone `status` tells which tutorials are
translated, outdated (the original was updated since) or missing.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pas_a_pas.schema import tutorials as tutorial_schema
from pas_a_pas.tutorials import TUTORIALS_DIR, front_matter

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
            updated = date_of(meta.get("updated"))
            title = str(meta.get("title") or src_uri)
            translation = translations.get((src_uri, language))
            if translation is None:
                entries.append(Entry(src_uri, title, updated, "missing"))
                continue
            of_updated = date_of(translation.get("translation_of_updated"))
            behind = of_updated is None or (updated is not None and updated > of_updated)
            state = "outdated" if behind else "translated"
            entries.append(Entry(src_uri, title, updated, state, of_updated))
        report[language] = entries
    return report


def counts(entries: list[Entry]) -> dict[str, int]:
    """How many tutorials are in each state."""
    return {state: sum(1 for entry in entries if entry.state == state) for state in STATES}



def date_of(value: Any) -> datetime.date | None:
    try:
        return tutorial_schema.check_date(value) if value is not None else None
    except tutorial_schema.Invalid:
        return None
