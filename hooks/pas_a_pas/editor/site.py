"""What the editor needs from the site being built: languages, categories, scenarios.

Read from MkDocs' configuration and the docs folder with public APIs only, into the
plain values that `cms_config` and the editor's page use.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.core.languages import declared_locales, default_language
from pas_a_pas.core.paths import project_path, project_root
from pas_a_pas.editor.cms_config import Site
from pas_a_pas.schema import categories as category_schema
from pas_a_pas.schema import mockups as scenario_schema


def site(config: MkDocsConfig) -> Site:
    """The site as the editor sees it: every language of the i18n plugin (all of them,
    even when `make serve` builds French only), the categories in the default language."""
    language = default_language(config)
    declared = category_schema.parse(config.extra.get("categories"))
    return Site(
        docs_dir=project_path(config, config.docs_dir),
        languages=declared_locales(config),
        categories=[(category.id, category_schema.text(category.label, language, language))
                    for category in declared.categories],
        backend=config.extra.get("editor") or {},
        folder=Path(project_root(config)).name,
    )


def scenarios(config: MkDocsConfig) -> list[dict[str, Any]]:
    """Each scenario that reads without error, and its screens: the lists of the
    "Écran d'entraînement" component (scenario and screen picked, never typed)."""
    folder = Path(config.docs_dir, "mockups")
    listed = []
    for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        scenario = scenario_schema.load(path.stem, path.read_text(encoding="utf-8"))
        if scenario.errors:
            continue  # the build reports it (hooks/mockups.py)
        listed.append({
            "id": scenario.name,
            "title": scenario.title,
            "screens": [{"id": screen.id, "title": screen.title}
                        for screen in scenario.screens],
        })
    return listed


def packages_root(config: MkDocsConfig) -> Path | None:
    """The nearest folder holding `node_modules`, from mkdocs.yml's folder upwards (as
    Node finds packages): a site inside the repository uses the repository's."""
    folder = Path(os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml")))
    for candidate in (folder, *folder.parents):
        if (candidate / "node_modules").is_dir():
            return candidate
    return None
