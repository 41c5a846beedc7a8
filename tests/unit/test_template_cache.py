"""hooks/template_cache.py: compiled templates are kept between builds, and follow their source."""

from __future__ import annotations

from types import SimpleNamespace

import template_cache
from jinja2 import DictLoader, Environment


def test_a_second_build_loads_templates_compiled_by_the_first(tmp_path, monkeypatch):
    monkeypatch.setenv("JINJA_CACHE", str(tmp_path / "jinja"))
    templates = {"page.html": "Bonjour {{ name }}"}
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    first = template_cache.on_env(Environment(loader=DictLoader(templates)), config=config, files=None)
    assert first.get_template("page.html").render(name="Ada") == "Bonjour Ada"
    assert len(list((tmp_path / "jinja").iterdir())) == 1
    second = template_cache.on_env(Environment(loader=DictLoader(templates)), config=config, files=None)
    compiled = []
    monkeypatch.setattr(second, "compile", lambda *a, **k: compiled.append(a))
    assert second.get_template("page.html").render(name="Ada") == "Bonjour Ada"
    assert compiled == [], "the template was compiled again"


def test_an_edited_template_is_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("JINJA_CACHE", str(tmp_path / "jinja"))
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    env = Environment(loader=DictLoader({"page.html": "Bonjour"}))
    template_cache.on_env(env, config=config, files=None).get_template("page.html")
    edited = Environment(loader=DictLoader({"page.html": "Au revoir"}))
    template_cache.on_env(edited, config=config, files=None)
    assert edited.get_template("page.html").render() == "Au revoir"


def test_the_cache_sits_beside_mkdocs_yml(tmp_path, monkeypatch):
    monkeypatch.delenv("JINJA_CACHE", raising=False)
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    env = template_cache.on_env(Environment(loader=DictLoader({"p.html": "x"})), config=config,
                       files=None)
    env.get_template("p.html")
    assert len(list((tmp_path / ".cache" / "jinja").iterdir())) == 1


def test_the_cache_is_in_place_before_material_tags_renders_its_listings() -> None:
    # Material's tags plugin renders its listings' templates in its own on_env: with the
    # cache set after it, those two were compiled again at every build.
    from material.plugins.tags.plugin import TagsPlugin

    assert template_cache.on_env.mkdocs_priority > TagsPlugin.on_env.mkdocs_priority
