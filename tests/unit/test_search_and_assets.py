"""Pieces of hooks/search.py and hooks/assets.py that need no build."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import search
from mkdocs.exceptions import PluginError

from pas_a_pas.assets.bundles import is_bundle, minify
from pas_a_pas.core.problems import problems
from pas_a_pas.search import index_site, steady_entry
from search_index import bundle_records

PAGE = ('<html lang="fr"><body><main data-pagefind-body><h1>{title}</h1>'
        "<p>Un compte FranceConnect.</p></main></body></html>")


def write_pages(site, *paths):
    for path in paths:
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(PAGE.format(title=path), encoding="utf-8")


def a_config(site):
    """What search.py reads of MkDocs' configuration, for a site in one language."""
    return SimpleNamespace(plugins={}, theme={"language": "fr"}, site_dir=str(site))


@pytest.fixture
def serving():
    """hooks/search.py as `mkdocs serve` runs it; as `mkdocs build` does afterwards."""
    search.on_startup(command="serve", dirty=False)
    yield
    search.on_shutdown()
    search.on_startup(command="build", dirty=False)
    problems.clear()


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


def test_a_language_index_leaves_out_the_other_languages_folders(tmp_path):
    # French is indexed while English is being written into en/: never in French's index.
    write_pages(tmp_path, "index.html", "guides/a.html", "tutoriels/sub/b.html",
                "en/index.html", "en/guides/a.html")
    assert index_site(tmp_path, exclude=["en"]) == ""
    assert set(bundle_records(tmp_path / "pagefind")) == {
        "/index.html", "/guides/a.html", "/tutoriels/sub/b.html"}


def test_a_folder_with_glob_characters_in_its_name_is_indexed(tmp_path):
    write_pages(tmp_path, "index.html", "a{b},c[d]*/e.html", "ar/index.html")
    assert index_site(tmp_path, exclude=["ar"]) == ""
    assert set(bundle_records(tmp_path / "pagefind")) == {"/index.html", "/a{b},c[d]*/e.html"}


def test_a_serve_rebuild_puts_the_first_bundle_back_without_running_pagefind(
        tmp_path, monkeypatch, serving):
    write_pages(tmp_path, "index.html")
    config = a_config(tmp_path)
    search._index_this_language(config=config)
    search._wait_for_indexes(config=config)
    first = (tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8")
    # The rebuild after an edit: the site's folder emptied, the pages written again.
    for path in sorted(tmp_path.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    write_pages(tmp_path, "index.html")
    started = []
    monkeypatch.setattr(search, "start_index", lambda *args, **kwargs: started.append(args))
    search._index_this_language(config=config)
    search._wait_for_indexes(config=config)
    assert started == []
    assert (tmp_path / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8") == first
    assert (tmp_path / "pagefind" / "pagefind.js").is_file()


def test_each_build_indexes_again(tmp_path, monkeypatch):
    write_pages(tmp_path, "index.html")
    config = a_config(tmp_path)
    started = []
    start = search.start_index
    monkeypatch.setattr(search, "start_index",
                        lambda *args, **kwargs: started.append(args) or start(*args, **kwargs))
    for _ in range(2):
        search._index_this_language(config=config)
        search._wait_for_indexes(config=config)
    assert len(started) == 2


def test_a_failed_index_fails_the_build_with_its_reason(tmp_path, monkeypatch):
    problems.clear()
    monkeypatch.setattr(search, "start_index", lambda *args, **kwargs: "Error: no disk space")
    config = a_config(tmp_path)
    search._index_this_language(config=config)
    with pytest.raises(PluginError):
        search._wait_for_indexes(config=config)
    assert problems.messages == [
        "mkdocs.yml : la recherche n'a pas pu être construite (Pagefind) : Error: no disk space. "
        "Relancez la construction ; si l'erreur revient, réinstallez les paquets Python "
        "(make serve ou pip install -r requirements.txt)."
    ]
    problems.clear()


def test_each_language_gets_its_offline_index_and_a_page_is_read_once(tmp_path, monkeypatch):
    """The offline indexes are written at the end of the build; a page not translated yet
    has the same content in both languages, read once."""
    content = "<p>Un compte FranceConnect.</p>"

    def language(folder):
        page = SimpleNamespace(meta={}, content=content, title="Manquant")
        file = SimpleNamespace(page=page, dest_uri=f"{folder}/manquant.html".lstrip("/"))
        pages = SimpleNamespace(documentation_pages=lambda: [file])
        script = tmp_path / folder / "search" / f"offline.{folder or 'fr'}.js"
        return search.Written(script, folder, pages, [])

    read, page_text = [], search.page_text
    monkeypatch.setattr(search, "page_text", lambda html: read.append(html) or page_text(html))
    monkeypatch.setattr(search, "_written", [language(""), language("en")])
    search._wait_for_indexes(config=a_config(tmp_path))
    assert read == [content]
    for path in ("search/offline.fr.js", "en/search/offline.en.js"):
        text = (tmp_path / path).read_text(encoding="utf-8")
        assert '"manquant.html","Manquant"' in text and "franceconnect" in text, path


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
    assert is_bundle("assets/stylesheets/tut.0a1b2c3d.min.css", bundle)
    assert not is_bundle("assets/stylesheets/tut.css", bundle)
    assert not is_bundle("assets/stylesheets/tut-print.0a1b2c3d.min.css", bundle)

