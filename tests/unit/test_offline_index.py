"""The index of search from a folder (pas_a_pas.offline_search) and the steps of a page
as search and the memo read them (pas_a_pas.page_text)."""

from __future__ import annotations

import json

from pas_a_pas.offline_search import Entry, build_index, decode, encode, fold, script, words
from pas_a_pas.page_text import page_text

STEP = (
    '<section aria-labelledby="etape-1" class="tut-step">'
    '<h2 class="tut-step__title" id="etape-1"><span class="tut-step__number">Étape 1</span>'
    '<span class="tut-step__separator"> : </span>S\'identifier</h2>'
    '<div class="tut-step__body"><p>Rendez-vous sur <a href="#">impots.gouv.fr</a> puis '
    'cliquez. Ensuite, attendez !</p>'
    '<aside class="tut-helper" data-pagefind-ignore=""><p>Note secrète de l\'aidant</p></aside>'
    '<div class="tut-mockup-slot"><p>Simulation</p></div></div></section>'
)


def test_french_words_fold_to_lower_case_without_accents_or_ligatures():
    assert fold("Démarche ÉLÉMENTS cœur") == "demarche elements coeur"
    assert words("L'identité numérique, 13 chiffres ! Identité") == {
        "l", "identite", "numerique", "13", "chiffres"}
    # "_" separates words, as search.js splits them; an accent typed apart stays in its word.
    assert words("mot_de_passe _a_ cafe\u0301") == {"mot", "de", "passe", "a", "cafe"}


def test_page_lists_encode_as_differences_or_a_bitmap_and_decode_back():
    sparse, dense = [3, 40, 1000], list(range(0, 1200, 2))
    assert encode(sparse, 1200) == "3,11,qo"  # 3, +37, +960
    assert encode(dense, 1200).startswith("~")
    assert decode(encode(sparse, 1200), 1200) == sparse
    assert decode(encode(dense, 1200), 1200) == dense


def test_index_holds_sorted_folded_words_with_their_pages_and_a_script_sets_it():
    index = build_index([
        Entry("a.html", "Déclarer ses revenus", "texte", summary="Impôts en ligne", tags=["impôt"]),
        Entry("b.html", "Autre page", "Les revenus du foyer", steps=["Étape 1 : Créer"]),
    ])
    vocabulary = index["words"].split(" ")
    assert vocabulary == sorted(vocabulary)
    lists = dict(zip(vocabulary, index["lists"], strict=True))
    assert decode(lists["revenus"], 2) == [0, 1]
    assert decode(lists["impot"], 2) == [0]
    assert decode(lists["creer"], 2) == [1]
    assert index["pages"][1] == ["b.html", "Autre page", "Les revenus du foyer", ["Étape 1 : Créer"]]
    text = script(index | {"pages": [["x.html", "</script><b>", "", []]]})
    assert text.startswith("window.tutSearchOffline={") and "</script" not in text
    assert json.loads(text.removeprefix("window.tutSearchOffline=").rstrip(";\n"))["pages"][0][1] == (
        "</script><b>")


def test_steps_are_read_with_their_title_and_first_sentence_without_helper_notes():
    text = page_text("<p>Intro</p>" + STEP)
    assert len(text.steps) == 1
    step = text.steps[0]
    assert step.title == "S'identifier"
    assert step.heading == "Étape 1 : S'identifier"
    # "impots.gouv.fr" does not end the sentence; the mockup's text is not a paragraph of it.
    assert step.first_sentence == "Rendez-vous sur impots.gouv.fr puis cliquez."
    assert step.paragraphs == ["Rendez-vous sur impots.gouv.fr puis cliquez. Ensuite, attendez !"]
    assert "secrète" not in text.text and "Simulation" in text.text and "Intro" in text.text


def test_paragraphs_paired_with_a_screen_are_read_in_order():
    # The step block sets the text before a screen in a column beside it (pair_screens).
    paired = STEP.replace(
        '<div class="tut-step__body"><p>', '<div class="tut-step__body"><div class="tut-step__pair">'
        '<div class="tut-step__text"><p>'
    ).replace('</aside><div class="tut-mockup-slot"><p>Simulation</p></div></div>',
              '</aside></div><div class="tut-step__screens"><div class="tut-mockup-slot">'
              '<p>Simulation</p></div></div></div><p>Enfin, fermez.</p></div>')
    assert paired.count("tut-step__pair") == 1 and paired.count("Enfin") == 1
    step = page_text(paired).steps[0]
    assert step.first_sentence == "Rendez-vous sur impots.gouv.fr puis cliquez."
    assert step.paragraphs == ["Rendez-vous sur impots.gouv.fr puis cliquez. Ensuite, attendez !",
                               "Enfin, fermez."]


def test_text_keeps_blocks_apart_but_not_inline_elements_nor_comments():
    text = page_text("<p>Le fichier (<code>impots</code>).</p><!-- note --><ul><li>un</li>"
                     "<li>deux</li></ul><p>fin<script>x()</script> ici</p>").text
    assert text == "Le fichier (impots). un deux fin ici"
    assert page_text("  ").text == "" and page_text("  ").steps == []


def test_text_after_an_ignored_element_or_a_stray_closing_tag_is_kept():
    # An ignored element goes, the text after it stays (first child, or after another).
    text = page_text('<p><span data-pagefind-ignore="">note</span>avant <b>gras</b>'
                     '<span data-pagefind-ignore="">note</span> après</p>').text
    assert text == "avant gras après"
    # A page that closes more <div> than it opens keeps its text after the extra one.
    assert page_text("<p>un</p></div><p>deux</p>").text == "un deux"
    # A text first gets no paragraph of the parser's around it.
    assert page_text("texte seul <em>ici</em>").text == "texte seul ici"
