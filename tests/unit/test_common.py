"""Shared helpers: strings files and dates."""

import datetime

import pytest

import _common


def test_dates_read_as_in_the_seed():
    assert _common.format_date(datetime.date(2022, 4, 6), "fr") == "06 avril 2022"
    assert _common.format_date(datetime.date(2024, 12, 25), "fr") == "25 décembre 2024"


def test_a_language_without_strings_file_falls_back_to_french():
    assert _common.strings("xx")["step"]["number_label"] == "Étape {number}"


def test_a_translation_missing_keys_falls_back_to_french_key_by_key(tmp_path, monkeypatch):
    (tmp_path / "fr.yml").write_text("a: {b: un, c: deux}\n", encoding="utf-8")
    (tmp_path / "zz.yml").write_text("a: {b: one}\n", encoding="utf-8")
    monkeypatch.setattr(_common, "STRINGS_DIR", tmp_path)
    _common.strings.cache_clear()
    try:
        assert _common.strings("zz") == {"a": {"b": "one", "c": "deux"}}
    finally:
        _common.strings.cache_clear()


def test_problems_fail_the_build_once_with_their_count_in_french():
    problems = _common.Problems()
    problems.raise_if_any()  # nothing to report: no error
    problems.report("docs/a.md", "premier")
    problems.report("docs/b.md", "second", line=4)
    assert problems.messages == ["docs/a.md : premier", "docs/b.md, ligne 4 : second"]
    with pytest.raises(_common.PluginError) as error:
        problems.raise_if_any()
    assert str(error.value) == (
        "2 erreurs dans le contenu, décrites ci-dessus : le site n'a pas été construit."
    )


def test_problems_clear_forgets_the_previous_build():
    problems = _common.Problems()
    problems.report("docs/a.md", "premier")
    problems.clear()
    problems.raise_if_any()
    assert problems.messages == []


def test_page_state_gives_each_extension_the_value_of_the_current_page():
    state = _common.PageState()
    read = state.reader("steps", "défaut")
    assert read() == "défaut"
    state.set("steps", "page 1")
    assert read() == "page 1"
    state.clear()
    assert read() == "défaut"


def test_build_messages_follow_the_default_language():
    assert _common.build_message(None, "file_empty").startswith("ce fichier est vide")


def test_the_source_date_is_source_date_epoch_when_set(monkeypatch, tmp_path):
    import reproducible

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert reproducible.source_date(str(tmp_path)) == "1970-01-02"
    # Outside a git checkout and without the variable: no source date (MkDocs' own).
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert reproducible.source_date(str(tmp_path)) == ""


def test_front_matter_is_parsed_once_per_version_of_the_file(tmp_path):
    path = tmp_path / "tutoriel.md"
    path.write_text("---\ntitle: Un\nupdated: 2025-02-30\n---\n\nTexte", encoding="utf-8")
    first = _common.front_matter(path)
    # Dates stay text (tutorial_schema names an impossible one); one object per version.
    assert first == {"title": "Un", "updated": "2025-02-30"}
    assert _common.front_matter(str(path)) is first
    path.write_text("---\ntitle: Deux, plus long\n---\n", encoding="utf-8")
    assert _common.front_matter(path) == {"title": "Deux, plus long"}


def test_front_matter_of_no_file_or_an_unreadable_one_is_empty(tmp_path):
    path = tmp_path / "tutoriel.md"
    path.write_text("---\ntitle: [Un\n---\n", encoding="utf-8")
    assert _common.front_matter(path) == {}
    assert _common.front_matter(None) == {}


def test_a_build_forks_only_when_it_can_gain_from_it(monkeypatch):
    monkeypatch.delenv("TUT_PARALLEL", raising=False)
    monkeypatch.setattr(_common.os, "cpu_count", lambda: 2)
    assert _common.parallel_enabled(serving=False)
    assert not _common.parallel_enabled(serving=True)  # mkdocs serve: small rebuilds
    monkeypatch.setenv("TUT_PARALLEL", "0")
    assert not _common.parallel_enabled(serving=False)
    monkeypatch.delenv("TUT_PARALLEL")
    monkeypatch.setattr(_common.os, "cpu_count", lambda: 1)
    assert not _common.parallel_enabled(serving=False)


def test_what_waits_for_every_language_waits_in_the_outermost_build(monkeypatch):
    """In one process, the other languages' builds run inside the default one's (i18n's
    `building`); in the second process of parallel_languages, they are all there is."""
    from types import SimpleNamespace

    i18n = SimpleNamespace(building=True)
    config = SimpleNamespace(plugins={"i18n": i18n})
    monkeypatch.setitem(_common.build_report, "second_process", False)
    assert _common.other_languages_follow(config)
    monkeypatch.setitem(_common.build_report, "second_process", True)
    assert not _common.other_languages_follow(config)
    i18n.building = False
    assert not _common.other_languages_follow(config)
    assert not _common.other_languages_follow(SimpleNamespace(plugins={}))
