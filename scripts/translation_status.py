"""`make translations`: per language, which tutorials are translated, outdated or missing.

Usage: python scripts/translation_status.py [mkdocs.yml]

The same status as the site's translation page (hooks/translations.py computes both),
from the tutorials' front matter: a translation is outdated when its original's `updated`
date is after the translation's `translation_of_updated`. Exits 0 whatever the status:
it informs, it does not judge.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from pas_a_pas.core.languages import default_language, site_languages  # noqa: E402
from pas_a_pas.translations import STATES, counts, status  # noqa: E402

LABELS = {"translated": "translated", "outdated": "OUTDATED", "missing": "MISSING"}


def main(argv: list[str]) -> int:
    config_file = Path(argv[1] if len(argv) > 1 else ROOT / "mkdocs.yml").resolve()
    config = load_config(str(config_file))
    languages = site_languages(config)
    report = status(
        Path(config.docs_dir), default_language(config), [lang["locale"] for lang in languages]
    )
    if not report:
        print("One language only: nothing to translate.")
        return 0
    names = {lang["locale"]: lang["name"] for lang in languages}
    for language, entries in report.items():
        total = counts(entries)
        summary = ", ".join(f"{total[state]} {LABELS[state].lower()}" for state in STATES)
        print(f"{language} ({names.get(language, language)}): {summary}")
        for entry in entries:
            dates = f"original {entry.updated or '?'}"
            if entry.state != "missing":
                dates += f", translates {entry.translation_of_updated or '?'}"
            print(f"  {LABELS[entry.state]:<10} {entry.src_uri}  ({dates})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
