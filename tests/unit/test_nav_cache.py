"""hooks/nav_cache.py: an item that is not active is rendered once per folder."""

from __future__ import annotations

from types import SimpleNamespace

import nav_cache
from jinja2 import Environment

TEMPLATE = "{% call tut_nav_cached(item, 'p', 1) %}{{ render() }}{% endcall %}"


def rendering(monkeypatch, enabled: str = "1"):
    monkeypatch.setenv("TUT_NAV_CACHE", enabled)
    env = nav_cache.on_env(Environment(), config=None, files=None)
    calls = []
    env.globals["render"] = lambda: calls.append(1) or f"rendered {len(calls)}"
    return env.from_string(TEMPLATE), calls


def page(url: str) -> SimpleNamespace:
    return SimpleNamespace(url=url)


def test_an_inactive_item_is_rendered_once_per_folder(monkeypatch):
    template, calls = rendering(monkeypatch)
    item = SimpleNamespace(active=False)
    first = template.render(item=item, page=page("tutoriels/a.html"), base_url="..")
    again = template.render(item=item, page=page("tutoriels/b.html"), base_url="..")
    elsewhere = template.render(item=item, page=page("index.html"), base_url=".")
    assert (first, again, elsewhere) == ("rendered 1", "rendered 1", "rendered 2")


def test_an_active_item_is_rendered_on_every_page(monkeypatch):
    template, calls = rendering(monkeypatch)
    item = SimpleNamespace(active=True)
    for name in ("a", "b"):
        template.render(item=item, page=page(f"tutoriels/{name}.html"), base_url="..")
    assert len(calls) == 2


def test_without_the_cache_every_item_is_rendered(monkeypatch):
    template, calls = rendering(monkeypatch, enabled="0")
    item = SimpleNamespace(active=False)
    for name in ("a", "b"):
        template.render(item=item, page=page(f"tutoriels/{name}.html"), base_url="..")
    assert len(calls) == 2
