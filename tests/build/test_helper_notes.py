"""Notes for the helper in the built site: marked up, counted, out of the search index."""

from search_index import pagefind_records

STEP_TEXTS = {"": "Indiquez alors votre", "en/": "Then enter your"}
NOTE_TEXTS = {
    "": ["15 chiffres au lieu de 13", "courrier indésirable", "Avant de commencer"],
    "en/": ["15 digits instead of 13", "junk mail", "Before you start"],
}


def test_franceconnect_tutorial_holds_three_notes_out_of_the_indexes(site):
    for folder in ("", "en/"):
        html = (site / folder / "tutoriels/franceconnect.html").read_text(encoding="utf-8")
        assert html.count('class="tut-helper"') == 3
        assert html.count('class="tut-helper" data-pagefind-ignore=""') == 3
        assert html.count("data-search-exclude") == 3


def test_notes_are_absent_from_the_search_index_but_the_steps_are_there(site):
    records = pagefind_records(site)
    for folder, texts in NOTE_TEXTS.items():
        # Pagefind's record of the tutorial (the guides quote a note as an example, in code).
        text = records[f"/{folder}tutoriels/franceconnect.html"]["content"]
        assert STEP_TEXTS[folder] in text, "the steps' text is indexed"
        for note in texts:
            assert note not in text, f"Pagefind's {folder} index holds the note text {note!r}"
        assert "Note pour l" not in text and "Note for the helper" not in text
