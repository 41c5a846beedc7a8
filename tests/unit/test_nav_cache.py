"""hooks/nav_cache.py: an item that is not active is rendered once per folder, in the
markup of Material's loop."""

from __future__ import annotations

from types import SimpleNamespace

import nav_cache
from jinja2 import Environment

TEMPLATE = "{{ tut_nav_children(section, index, '__nav_2', 1, render) }}"


def setup(monkeypatch, enabled: str = "1"):
    monkeypatch.setenv("TUT_NAV_CACHE", enabled)
    env = nav_cache.on_env(Environment(), config=None, files=None)
    calls = []

    def render(item, path, level, parent):
        calls.append(path)
        return f"<li>{item.title} {path} {level}</li>"

    return env, calls, render


def section(*actives: bool) -> SimpleNamespace:
    index = SimpleNamespace(title="index", active=False)
    children = [index] + [SimpleNamespace(title=f"t{number}", active=active)
                          for number, active in enumerate(actives, 2)]
    return SimpleNamespace(children=children, index=index)


def render_page(env, render, nav, url: str) -> str:
    return env.from_string(TEMPLATE).render(
        section=nav, index=nav.index, render=render, page=SimpleNamespace(url=url),
        base_url=".",
    )


def test_the_items_but_the_index_in_materials_markup(monkeypatch):
    env, calls, render = setup(monkeypatch)
    html = render_page(env, render, section(False, True), "tutoriels/a.html")
    around = "\n              "
    assert html == (
        around + "\n            "
        + around + "\n                <li>t2 __nav_2_2 2</li>" + around + "\n            "
        + around + "\n                <li>t3 __nav_2_3 2</li>" + around + "\n            "
    )


def test_inactive_items_are_rendered_once_per_folder_the_active_one_every_time(monkeypatch):
    env, calls, render = setup(monkeypatch)
    nav = section(False, True)
    render_page(env, render, nav, "tutoriels/a.html")
    render_page(env, render, nav, "tutoriels/b.html")
    assert calls == ["__nav_2_2", "__nav_2_3", "__nav_2_3"]
    render_page(env, render, nav, "index.html")
    assert calls[3:] == ["__nav_2_2", "__nav_2_3"]


def test_without_the_cache_the_template_keeps_materials_loop(monkeypatch):
    env, calls, render = setup(monkeypatch, enabled="0")
    assert "tut_nav_children" not in env.globals
