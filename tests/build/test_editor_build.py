"""The editor at admin/ and the JSON Schemas at schemas/, in the built site.

The editor is the pinned npm package served from the site's own files, its configuration
generated from the schema and mkdocs.yml (a category a fork adds is offered), and it is
no page of the site: no search, sitemap, navigation or public page lists it.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import yaml

from conftest import BAD, EDITOR, FIXTURES, ROOT, run_build
from pas_a_pas.core.strings import strings
from pas_a_pas.schema.tutorials import fields
from search_index import pagefind_records

PACKAGE = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))


class Resources(HTMLParser):
    """The addresses a page loads: scripts, stylesheets, icons, and its meta tags."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list) -> None:
        values = dict(attrs)
        if tag == "script" and values.get("src"):
            self.loaded.append(values["src"])
        if tag == "link" and values.get("href"):
            self.loaded.append(values["href"])
        if tag == "meta" and values.get("name"):
            self.meta[values["name"]] = values.get("content", "")


def resources(path: Path) -> Resources:
    parser = Resources()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def config_of(site: Path) -> dict:
    return yaml.safe_load((site / EDITOR / "config.yml").read_text(encoding="utf-8"))


def test_the_editor_is_the_pinned_bundle_served_from_the_site(site):
    admin = site / EDITOR
    version = PACKAGE["dependencies"]["@sveltia/cms"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "pinned exactly"
    bundle = ROOT / "node_modules" / "@sveltia" / "cms" / "dist" / "sveltia-cms.js"
    assert (admin / "sveltia-cms.js").read_bytes() == bundle.read_bytes()
    assert json.loads((admin / "sveltia-cms.package.json").read_text())["version"] == version
    assert (admin / "sveltia-cms.LICENSE.txt").is_file()
    assert (admin / "locales" / "fr.json").is_file()
    assert (admin / "fonts" / "material-symbols-outlined-latin-wght-normal.woff2").is_file()
    page = resources(admin / "index.html")
    assert page.loaded == ["../assets/images/favicon.svg", "config.yml", "tut-editor.js"]
    assert page.meta["robots"].startswith("noindex")
    assert '<html lang="fr">' in (admin / "index.html").read_text(encoding="utf-8")
    # The worker loads what it answers from the site's copies, beside it.
    worker = (admin / "tut-editor-sw.js").read_text(encoding="utf-8")
    for copy in ("sveltia-cms.js", "sveltia-cms.package.json",
                 "fonts/material-symbols-outlined-latin-wght-normal.woff2"):
        assert f"'{copy}'" in worker and (admin / copy).is_file(), copy


def test_the_editor_is_no_page_of_the_site(site, site_pages):
    assert "admin" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert not [url for url in pagefind_records(site) if "admin" in url]
    assert not (site / "en" / EDITOR).exists()
    # No page loads from it or links to it within the site (the guide names its address).
    within = re.compile(rf'(?:src|href)="(?:\.\./)*{EDITOR}/')
    for path in site_pages:
        assert not within.search((site / path).read_text(encoding="utf-8")), path
    assert "127.0.0.1:8000/admin/" in (site / "guides" / "modifier-dans-le-navigateur.html"
                                       ).read_text(encoding="utf-8")


def test_the_configuration_follows_the_schema_and_the_site(site):
    config = config_of(site)
    [tutorials] = config["collections"]
    names = [field["name"] for field in tutorials["fields"]]
    known = fields({}, "etalab-2.0")
    assert names == [*known, "body"]
    by_name = {field["name"]: field for field in tutorials["fields"]}
    assert [option["value"] for option in by_name["category"]["options"]] == [
        "identite-numerique", "impots", "sante", "famille", "emploi", "logement", "retraite",
        "vie-pratique"]
    assert by_name["duration"] == {**by_name["duration"], "widget": "number", "min": 1}
    assert by_name["level"]["options"][0] == {"label": "Débutant", "value": "débutant"}
    words = strings("fr")["editor"]["fields"]
    assert by_name["title"]["label"] == words["title"]["label"] == "Titre"
    assert by_name["draft"]["label"] == "Brouillon"
    assert by_name["body"]["editor_components"][:4] == [
        "tut-step", "tut-helper", "tut-mockup", "tut-tip"]
    assert tutorials["folder"] == "docs/tutoriels"
    assert config["i18n"]["structure"] == "multiple_files"
    assert config["i18n"]["locales"] == ["fr", "en"]
    assert config["i18n"]["omit_default_locale_from_file_path"] is True
    # This repository on GitHub: changes proposed for review, signed in with a token.
    assert config["backend"] == {"name": "github", "repo": "pas-a-pas/pas-a-pas",
                                 "branch": "main", "auth_methods": ["token"]}
    assert config["publish_mode"] == "editorial_workflow"


def test_the_json_schemas_are_published(site):
    tutorial = json.loads((site / "schemas" / "tutorial.schema.json").read_text())
    assert tutorial["properties"]["duration"] == {
        "type": "integer", "minimum": 1,
        "description": strings("fr")["editor"]["fields"]["duration"]["hint"]}
    scenario = json.loads((site / "schemas" / "scenario.schema.json").read_text())
    assert scenario["required"] == ["title", "screens"]


def test_a_fork_on_gitlab_gets_its_category_and_its_backend(fixture_site):
    site = fixture_site("editor")
    config = config_of(site)
    [tutorials] = config["collections"]
    category = next(field for field in tutorials["fields"] if field["name"] == "category")
    assert category["options"] == [
        {"label": "Identité numérique", "value": "identite-numerique"},
        {"label": "Vie associative", "value": "associations"}]
    assert config["backend"] == {"name": "gitlab", "repo": "mon-groupe/mon-site",
                                 "branch": "main", "auth_type": "pkce",
                                 "app_id": "0123456789abcdef"}
    assert "i18n" not in config  # one language: no translation to make
    schema = json.loads((site / "schemas" / "tutorial.schema.json").read_text())
    assert schema["properties"]["category"]["enum"] == ["identite-numerique", "associations"]
    data = json.loads(re.search(r'id="tut-editor-data">(.*?)</script>',
                                (site / EDITOR / "index.html").read_text()).group(1))
    assert data["scenarios"] == [{"id": "asso", "title": "Se connecter au Compte Asso",
                                  "screens": [{"id": "accueil", "title": "La page d'accueil"},
                                              {"id": "fin", "title": "Connecté"}]}]


def test_a_backend_the_editor_does_not_know_fails_the_build(builds):
    result = builds(BAD / "editor-backend-invalid" / "mkdocs.yml")
    assert result.returncode == 1
    assert "Traceback" not in result.output


def test_without_sveltia_installed_the_site_is_built_without_the_editor(tmp_path):
    # Outside the repository: no node_modules in this folder or above it.
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Accueil\n\nUne page.\n", encoding="utf-8")
    base = yaml.safe_load((FIXTURES / "base.yml").read_text(encoding="utf-8"))
    hooks = [str(ROOT / "hooks" / Path(hook).name) for hook in base["hooks"]]
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump({
        "INHERIT": str(FIXTURES / "base.yml"),
        "theme": {**base["theme"], "custom_dir": str(ROOT / "overrides")},
        "hooks": [*hooks, str(ROOT / "hooks" / "editor.py")],
    }), encoding="utf-8")
    result = run_build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.output
    assert result.output.count(strings("fr")["editor"]["missing"]) == 1
    assert "npm ci --omit=dev" in strings("fr")["editor"]["missing"]
    assert not (tmp_path / "site" / EDITOR).exists()
    assert (tmp_path / "site" / "schemas" / "tutorial.schema.json").is_file()
