"""hooks/tutorials.py: the front-matter fields shown on a tutorial (prerequisites, credits)
are Markdown; a field without links is converted once per text, not once per page."""

from __future__ import annotations

from types import SimpleNamespace

import tutorials


def page(locale: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(locale=locale))


def test_a_field_without_links_is_converted_once_with_the_page_languages_typography():
    tutorials._render_plain.cache_clear()
    config = SimpleNamespace(theme={"language": "en"})
    first = tutorials._render_inline("Avoir un *compte* : gratuit", page("fr"), None, config)
    again = tutorials._render_inline("Avoir un *compte* : gratuit", page("fr"), None, config)
    english = tutorials._render_inline("Avoir un *compte* : gratuit", page("en"), None, config)
    assert first == again == "Avoir un <em>compte</em>\u00a0: gratuit"
    assert english == "Avoir un <em>compte</em> : gratuit"
    assert tutorials._render_plain.cache_info().hits == 1
