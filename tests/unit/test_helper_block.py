"""The `/// helper` block, as plain Python-Markdown (no MkDocs)."""

import markdown

from pas_a_pas.markdown.helper_notes import HelperExtension, HelperSettings


def render(text: str, **settings) -> str:
    extension = HelperExtension(settings=lambda: HelperSettings(**settings))
    return markdown.markdown(text, extensions=[extension])


def test_note_is_a_named_aside_out_of_the_search_indexes():
    html = render("/// helper | Avant de *commencer*\nVérifiez le **téléphone**.\n///\n")
    assert html == (
        '<aside aria-labelledby="note-aidant-1" class="tut-helper" data-pagefind-ignore=""'
        ' data-search-exclude="" role="note">\n'
        '<p class="tut-helper__label" id="note-aidant-1"><strong class="tut-helper__name">'
        "Note pour l'aidant</strong>\u00a0: Avant de <em>commencer</em></p>\n"
        '<div class="tut-helper__body">\n'
        "<p>Vérifiez le <strong>téléphone</strong>.</p>\n"
        "</div>\n"
        "</aside>"
    )


def test_note_without_title_shows_the_label_alone():
    html = render("/// helper\nTexte\n///\n")
    assert (
        '<p class="tut-helper__label" id="note-aidant-1"><strong class="tut-helper__name">'
        "Note pour l'aidant</strong></p>"
    ) in html


def test_notes_are_numbered_and_counted_per_document():
    counts = []
    extension = HelperExtension(settings=lambda: HelperSettings(counted=counts.append))
    md = markdown.Markdown(extensions=[extension])
    md.convert("/// helper\nA\n///\n\n/// helper\nB\n///\n")
    second = md.reset().convert("/// helper\nC\n///\n")
    assert counts == [1, 2, 1]
    assert 'id="note-aidant-1"' in second and "note-aidant-2" not in second


def test_label_separator_and_anchor_come_from_the_settings():
    html = render(
        "/// helper | Before you start\nText\n///\n",
        label="Note for the helper", separator=": ", anchor="helper-note-{number}",
    )
    assert (
        '<p class="tut-helper__label" id="helper-note-1"><strong class="tut-helper__name">'
        "Note for the helper</strong>: Before you start</p>"
    ) in html
    assert 'aria-labelledby="helper-note-1"' in html


def test_note_body_holds_any_markdown():
    html = render("/// helper\n- un\n- deux\n///\n")
    assert "<li>un</li>" in html and "<li>deux</li>" in html
