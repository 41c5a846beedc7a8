"""`make new-tutorial TITLE="…" CATEGORY=…`: write the skeleton of a tutorial, as a draft.

Usage: python scripts/new_tutorial.py "Déclarer ses revenus en ligne" --category impots
       [--docs docs] [--config mkdocs.yml]

Writes docs/tutoriels/<slug>.md (slug from the title: "declarer-ses-revenus-en-ligne")
with today's date, its category, `draft: true`, every usual front-matter field and two
steps, and refuses to overwrite an existing file. The category must be one of the ids
of `extra.categories` in mkdocs.yml (the default ids when the file declares none).

The draft is checked by `mkdocs build --strict` but left out of the site; `make serve`
shows it with a "Brouillon" banner. Once its placeholders ("À compléter") are replaced
and the `draft: true` line removed, it is published: nothing else to edit. Messages are
in French, like the authors' guide.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

TEMPLATE = """\
---
title: {title}
summary: >-
  À compléter : en une ou deux phrases, ce que ce tutoriel permet de faire.
category: {category}
# Un brouillon : vérifié par `make build`, mais absent du site publié. Pour publier le
# tutoriel, remplacez chaque « À compléter » puis supprimez la ligne suivante.
draft: true
tags:
  - à-compléter
prerequisites:
  - Avoir un ordinateur, smartphone ou tablette
updated: {today}
duration: 10
level: débutant
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


def skeleton(title: str, today: datetime.date, category: str) -> str:
    # The title goes into YAML: quote it, doubling any quote it holds.
    quoted = "'" + title.replace("'", "''") + "'"
    return TEMPLATE.format(title=quoted, today=today.isoformat(), category=category)


def known_categories(config: Path) -> list[str]:
    """The category ids of `extra.categories` in mkdocs.yml, or the default ones."""
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError):
        data = None
    extra = data.get("extra") if isinstance(data, dict) else None
    declared = extra.get("categories") if isinstance(extra, dict) else None
    if isinstance(declared, list):
        ids = [str(item["id"]) for item in declared if isinstance(item, dict) and item.get("id")]
        if ids:
            return ids
    return list(DEFAULT_CATEGORIES)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Écrit le squelette d'un tutoriel (brouillon).")
    parser.add_argument("title", nargs="?", default="")
    parser.add_argument("docs", nargs="?", default=None)
    parser.add_argument("--category", default="")
    parser.add_argument("--docs", dest="docs_option", default=None)
    parser.add_argument("--config", default=None)
    args = parser.parse_args(argv[1:])
    title = args.title.strip()
    if not title:
        print('Donnez le titre et la catégorie du tutoriel, par exemple :')
        print('  make new-tutorial TITLE="Déclarer ses revenus en ligne" CATEGORY=impots')
        return 2
    slug = slugify(title)
    if not slug:
        print(f"Le titre « {title} » n'a ni lettre ni chiffre dont faire un nom de fichier.")
        return 2
    docs = Path(args.docs_option or args.docs or ROOT / "docs")
    config = Path(args.config) if args.config else docs.parent / "mkdocs.yml"
    categories = known_categories(config)
    category = args.category.strip()
    if category not in categories:
        found = f"« {category} » n'en est pas une" if category else "elle manque"
        print(f"Donnez la catégorie du tutoriel (CATEGORY=…) : {found}.")
        print(f"Catégories connues (extra.categories de {config.name}) : {', '.join(categories)}.")
        print(f'Par exemple : make new-tutorial TITLE="{title}" CATEGORY={categories[0]}')
        return 2
    target = docs / "tutoriels" / f"{slug}.md"
    if target.exists():
        print(f"{target} existe déjà : choisissez un autre titre ou modifiez ce fichier.")
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(skeleton(title, datetime.date.today(), category), encoding="utf-8")
    print(f"Écrit : {target}")
    print("C'est un brouillon (draft: true) : make serve le montre avec le bandeau")
    print("« Brouillon », make build le vérifie mais ne le publie pas.")
    print("Ensuite : remplacez chaque « À compléter » (résumé, mots-clés, texte), écrivez")
    print("les étapes, puis supprimez la ligne « draft: true » pour le publier.")
    return 0


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!ENV` and `!!python/name:` tags are not needed here."""


def _unknown_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


_ConfigLoader.add_multi_constructor("!", _unknown_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _unknown_tag)

# The categories of a site that declares none (the catalogue's defaults).
DEFAULT_CATEGORIES = (
    "identite-numerique", "impots", "sante", "famille", "emploi", "logement", "retraite",
    "vie-pratique",
)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
