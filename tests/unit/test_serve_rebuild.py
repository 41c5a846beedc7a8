"""What `make serve` skips at a rebuild (hooks/serve.py), for the same result as a build."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
import serve
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

MATERIAL = str(Path(material.__file__).parent / "templates")


@pytest.fixture
def serving():
    serve.on_startup(command="serve", dirty=False)
    yield
    serve.on_startup(command="build", dirty=False)
    serve._state["themes"].clear()


def theme_files(tmp_path, *, wrapped: bool) -> list[str]:
    """The static files MkDocs takes from the theme (overrides/ first, then Material)."""
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path / "docs"),
                      "theme": {"name": "material", "custom_dir": str(tmp_path / "overrides")}})
    errors, _ = config.validate()
    assert not errors, errors
    if wrapped:
        config = serve.on_config(config)
    env = config.theme.get_env()
    files = Files([])
    files.add_files_from_theme(env, config)
    return sorted(file.src_uri for file in files)


def test_a_rebuild_finds_the_same_theme_files_and_a_new_one_of_ours(tmp_path, serving):
    (tmp_path / "docs").mkdir()
    (tmp_path / "overrides" / "assets").mkdir(parents=True)
    (tmp_path / "overrides" / "assets" / "a.css").write_text("", encoding="utf-8")
    built = theme_files(tmp_path, wrapped=False)
    assert "assets/a.css" in built and len(built) > 20
    assert theme_files(tmp_path, wrapped=True) == built
    assert any(MATERIAL in key for kept in serve._state["themes"].values() for key in kept)
    # A file added to our overrides while serving is found at the next rebuild.
    (tmp_path / "overrides" / "assets" / "b.css").write_text("", encoding="utf-8")
    assert theme_files(tmp_path, wrapped=True) == sorted([*built, "assets/b.css"])
    assert theme_files(tmp_path, wrapped=False) == sorted([*built, "assets/b.css"])


def test_a_build_lists_the_theme_each_time(tmp_path):
    serve.on_startup(command="build", dirty=False)
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path / "docs"),
                      "theme": {"name": "material"}})
    assert config.validate()[0] == []
    env = serve.on_config(config).theme.get_env()
    assert "list_templates" not in vars(env)
