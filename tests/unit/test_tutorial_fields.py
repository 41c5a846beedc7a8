"""pas_a_pas/tutorials.py: the front-matter fields shown on a tutorial (prerequisites, credits)
are Markdown; a field without links is converted once per text, not once per page."""

from __future__ import annotations

from pas_a_pas import tutorials


def test_a_field_without_links_is_converted_once_with_the_page_languages_typography():
    tutorials.render_plain.cache_clear()

    def inline(text: str, french: bool) -> str:
        return tutorials.unwrap_paragraph(tutorials.render_field(text, None, None, None, french))

    first = inline("Avoir un *compte* : gratuit", True)
    again = inline("Avoir un *compte* : gratuit", True)
    english = inline("Avoir un *compte* : gratuit", False)
    assert first == again == "Avoir un <em>compte</em>\u00a0: gratuit"
    assert english == "Avoir un <em>compte</em> : gratuit"
    assert tutorials.render_plain.cache_info().hits == 1
