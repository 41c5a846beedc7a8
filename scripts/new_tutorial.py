"""`make new-tutorial TITLE="…"`: write the skeleton of a tutorial, ready to fill in.

Usage: python scripts/new_tutorial.py "Déclarer ses revenus en ligne" [docs_dir]

Writes docs/tutoriels/<slug>.md (slug from the title: "declarer-ses-revenus-en-ligne")
with today's date, every usual front-matter field and two steps, and refuses to
overwrite an existing file. The skeleton builds under `mkdocs build --strict` as it is.
"""

from __future__ import annotations

import datetime
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TEMPLATE = """\
---
title: {title}
summary: >-
  À compléter : en une ou deux phrases, ce que ce tutoriel permet de faire.
tags:
  - à-compléter
prerequisites:
  - Avoir un ordinateur, smartphone ou tablette
updated: {today}
duration: 10
level: débutant
category: vie-pratique
---

À compléter : une courte introduction (à quoi sert la démarche, ce qu'il faut avoir).

/// step | Ouvrir le site
Rendez-vous sur le site de la démarche, puis cliquez sur le bouton **Se connecter**.
///

/// step | Remplir le formulaire
Remplissez chaque champ, puis cliquez sur **Valider**.
///
"""


def slugify(title: str) -> str:
    """ASCII lower-case words joined by hyphens: "Créer l'ANTS !" -> "creer-l-ants"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def skeleton(title: str, today: datetime.date) -> str:
    # The title goes into YAML: quote it, doubling any quote it holds.
    quoted = "'" + title.replace("'", "''") + "'"
    return TEMPLATE.format(title=quoted, today=today.isoformat())


def main(argv: list[str]) -> int:
    title = (argv[1] if len(argv) > 1 else "").strip()
    if not title:
        print('Give the title: make new-tutorial TITLE="Déclarer ses revenus en ligne"')
        return 2
    slug = slugify(title)
    if not slug:
        print(f"The title {title!r} has no letter or digit to make a file name from.")
        return 2
    docs = Path(argv[2]) if len(argv) > 2 else ROOT / "docs"
    target = docs / "tutoriels" / f"{slug}.md"
    if target.exists():
        print(f"{target} already exists: choose another title or edit that file.")
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(skeleton(title, datetime.date.today()), encoding="utf-8")
    print(f"Written: {target}")
    print("Next: fill in the summary, tags and steps, choose its `category` (an id of")
    print("extra.categories in mkdocs.yml), then check it with `make serve` (or `make build`).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
