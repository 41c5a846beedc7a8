"""The tutorials' editor at `admin/`, and the JSON Schemas of what authors write.

Support-structure staff who do not use git write and translate tutorials in a form
(Sveltia CMS, pinned in package.json): every save is a commit, or a change proposed for
review, that the fork's publishing workflow builds. Its configuration, the JSON Schemas
(`schemas/`) and the lists of its components are generated from the build's own schema
and from mkdocs.yml (hooks/pas_a_pas/editor/); its page, components and service worker
are in overrides/admin/. Written once every language is built, so that no page, search
index, sitemap or navigation ever includes it; without Sveltia CMS installed, the site
is built without the editor and one line says how to get it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import default_language, language_builds
from pas_a_pas.core.log import log
from pas_a_pas.core.paths import config_name
from pas_a_pas.core.problems import build_message, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.core.template_cache import theme_environment
from pas_a_pas.editor import bundle, cms_config, schemas
from pas_a_pas.editor.site import packages_root, scenarios, site
from pas_a_pas.schema import tutorials as tutorial_schema
from pas_a_pas.tutorials import licences

ADMIN = "admin"
SOURCES = ("tut-editor.js", "tut-editor-sw.js")  # overrides/admin/, copied as they are
_state: dict[str, Any] = {"styles": []}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Check `extra.editor` (the backend a fork signs in to), naming what is wrong."""
    for key, values in cms_config.check_backend(config.extra.get("editor")):
        problems.report(config_name(config), build_message(config, key, **values))
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """The editor's own files are written at the end (`_write_editor`), not as theme files
    of every language."""
    folders = [Path(folder, ADMIN) for folder in config.theme.dirs]
    for file in [file for file in files
                 if file.abs_src_path and Path(file.abs_src_path).parent in folders]:
        files.remove(file)
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The site's stylesheets, for the editor's preview (the pages' own look)."""
    material = env.globals.get("tut_material_css")
    _state["styles"] = [*([material] if material else []), *map(str, config.extra_css)]
    return env


# After every language is written and its search index made: nothing lists the editor.
@event_priority(priorities.EDITOR)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Write `schemas/*.json` and, when Sveltia CMS is installed, `admin/`."""
    if not language_builds.outermost():
        return
    words = strings(default_language(config))
    site_dir = Path(config.site_dir)
    described, known = site(config), _fields(config, words)
    editor = words["editor"]
    hints = {name: texts.get("hint", "") for name, texts in editor["fields"].items()}
    _write(site_dir / "schemas" / "tutorial.schema.json", schemas.dumps(schemas.tutorial_schema(
        known, [category for category, _ in described.categories], hints,
        editor["schema_tutorial"].format(site=config.site_name))))
    _write(site_dir / "schemas" / "scenario.schema.json", schemas.dumps(
        schemas.scenario_schema_json(editor["schema_scenario"].format(site=config.site_name))))
    root = packages_root(config)
    found = bundle.find(root) if root else None
    if found is None:
        log.info(editor["missing"])
        return
    _write_editor(config, words, described, known, found, site_dir / ADMIN)


def _fields(config: MkDocsConfig, words: dict[str, Any]) -> dict[str, tutorial_schema.Field]:
    """The tutorials' front-matter fields, with this site's licences."""
    known = licences(config.extra.get("licences"), words)
    return tutorial_schema.fields(known, str(config.extra.get("licence_default", "etalab-2.0")))


def _write_editor(config: MkDocsConfig, words: dict[str, Any], described: cms_config.Site,
                  known: dict[str, tutorial_schema.Field], found: bundle.Bundle,
                  admin: Path) -> None:
    """admin/: its configuration, the pinned bundle, our scripts and its page."""
    editor = words["editor"]
    title = editor["app_title"].format(site=config.site_name)
    settings = cms_config.config(described, known, editor, words["tutorial"]["levels"], title)
    _write(admin / "config.yml", cms_config.dumps(settings, editor["config_header"]))
    bundle.copy(found, admin)
    theme = next(Path(folder, ADMIN) for folder in config.theme.dirs
                 if Path(folder, ADMIN, "index.html").is_file())
    for name in SOURCES:
        _write(admin / name, (theme / name).read_text(encoding="utf-8"))
    data = {
        "scenarios": scenarios(config),
        "components": editor["components"],
        "styles": [f"../{style}" for style in _state["styles"]],
    }
    page = theme_environment(config).get_template(f"{ADMIN}/index.html").render(
        lang=default_language(config), title=title, words=editor, data=data)
    _write(admin / "index.html", page)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
