"""Pieces of hooks/search.py and hooks/assets.py that need no build."""

from __future__ import annotations

from assets import _is_bundle, minify
from search import index_site, steady_entry


def test_pagefind_on_a_folder_without_pages_says_why_once(tmp_path):
    message = index_site(tmp_path)
    assert message.startswith("Error: Pagefind was not able to build an index.")
    assert message.count("not able to build an index") == 1


def test_pagefind_indexes_a_page_marked_as_body(tmp_path):
    (tmp_path / "index.html").write_text(
        '<html lang="fr"><body><main data-pagefind-body><h1>Bonjour</h1>'
        "<p>Un compte FranceConnect.</p></main></body></html>",
        encoding="utf-8",
    )
    assert index_site(tmp_path) == ""
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()
    assert list((tmp_path / "pagefind").glob("pagefind.fr_*.pf_meta"))


def test_pagefind_entry_lists_its_languages_in_one_order(tmp_path):
    # Pagefind writes them in a random order (a Rust HashMap): two builds differed.
    entry = tmp_path / "pagefind-entry.json"
    entry.write_text('{"version":"1.5.2","languages":{"fr":{"page_count":2},'
                     '"en":{"page_count":1}},"include_characters":["_","‿"]}', encoding="utf-8")
    steady_entry(entry)
    assert entry.read_text(encoding="utf-8") == (
        '{"version":"1.5.2","languages":{"en":{"page_count":1},"fr":{"page_count":2}},'
        '"include_characters":["_","‿"]}'
    )


def test_minify_drops_comments_and_spaces_but_keeps_strings():
    css = '/* note */\n.tut-a ,\n.tut-b {\n  content: "a  b";\n  margin: 0 ;\n}\n'
    assert minify(css) == '.tut-a,.tut-b{content:"a  b";margin:0}'


def test_only_our_bundles_count_as_bundles():
    bundle = "assets/stylesheets/tut.{hash}.min.css"
    assert _is_bundle("assets/stylesheets/tut.0a1b2c3d.min.css", bundle)
    assert not _is_bundle("assets/stylesheets/tut.css", bundle)
    assert not _is_bundle("assets/stylesheets/tut-print.0a1b2c3d.min.css", bundle)
