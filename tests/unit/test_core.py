"""hooks/pas_a_pas/core: strings files, dates, problems, page state, language builds."""

import datetime

import pytest
from mkdocs.exceptions import PluginError

from pas_a_pas.core import dates, paths
from pas_a_pas.core import strings as core_strings
from pas_a_pas.core.languages import LanguageBuilds
from pas_a_pas.core.page_state import PageState
from pas_a_pas.core.problems import Problems, build_message
from pas_a_pas.reproducible import source_date
from pas_a_pas.tutorials import front_matter


def test_dates_read_as_in_the_seed():
    assert dates.format_date(datetime.date(2022, 4, 6), "fr") == "06 avril 2022"
    assert dates.format_date(datetime.date(2024, 12, 25), "fr") == "25 décembre 2024"


def test_a_language_without_strings_file_falls_back_to_french():
    assert core_strings.strings("xx")["step"]["number_label"] == "Étape {number}"


def test_a_translation_missing_keys_falls_back_to_french_key_by_key(tmp_path, monkeypatch):
    (tmp_path / "fr.yml").write_text("a: {b: un, c: deux}\n", encoding="utf-8")
    (tmp_path / "zz.yml").write_text("a: {b: one}\n", encoding="utf-8")
    monkeypatch.setattr(core_strings, "STRINGS_DIR", tmp_path)
    core_strings.reload()
    try:
        assert core_strings.strings("zz") == {"a": {"b": "one", "c": "deux"}}
    finally:
        core_strings.reload()


def test_problems_fail_the_build_once_with_their_count_in_french():
    problems = Problems()
    problems.raise_if_any()  # nothing to report: no error
    problems.report("docs/a.md", "premier")
    problems.report("docs/b.md", "second", line=4)
    assert problems.messages == ["docs/a.md : premier", "docs/b.md, ligne 4 : second"]
    with pytest.raises(PluginError) as error:
        problems.raise_if_any()
    assert str(error.value) == (
        "2 erreurs dans le contenu, décrites ci-dessus : le site n'a pas été construit."
    )


def test_problems_clear_forgets_the_previous_build():
    problems = Problems()
    problems.report("docs/a.md", "premier")
    problems.clear()
    problems.raise_if_any()
    assert problems.messages == []


def test_page_state_gives_each_extension_the_value_of_the_current_page():
    state = PageState()
    read = state.reader("steps", "défaut")
    assert read() == "défaut"
    state.set("steps", "page 1")
    assert read() == "page 1"
    state.clear()
    assert read() == "défaut"


def test_build_messages_follow_the_default_language():
    assert build_message(None, "file_empty").startswith("ce fichier est vide")


def test_the_source_date_is_source_date_epoch_when_set(monkeypatch, tmp_path):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "86400")
    assert source_date(str(tmp_path)) == "1970-01-02"
    # Outside a git checkout and without the variable: no source date (MkDocs' own).
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert source_date(str(tmp_path)) == ""


def test_front_matter_is_parsed_once_per_version_of_the_file(tmp_path):
    path = tmp_path / "tutoriel.md"
    path.write_text("---\ntitle: Un\nupdated: 2025-02-30\n---\n\nTexte", encoding="utf-8")
    first = front_matter(path)
    # Dates stay text (tutorial_schema names an impossible one); one object per version.
    assert first == {"title": "Un", "updated": "2025-02-30"}
    assert front_matter(str(path)) is first
    path.write_text("---\ntitle: Deux, plus long\n---\n", encoding="utf-8")
    assert front_matter(path) == {"title": "Deux, plus long"}


def test_front_matter_of_no_file_or_an_unreadable_one_is_empty(tmp_path):
    path = tmp_path / "tutoriel.md"
    path.write_text("---\ntitle: [Un\n---\n", encoding="utf-8")
    assert front_matter(path) == {}
    assert front_matter(None) == {}


def test_a_warning_names_its_file_and_line_as_an_error_does_and_stops_nothing(caplog):
    problems = Problems()
    problems.warn("docs/a.md", "attention", line=3)
    problems.raise_if_any()  # a warning is not an error: --strict counts it
    assert caplog.records[-1].levelname == "WARNING"
    assert caplog.records[-1].getMessage().endswith("docs/a.md, ligne 3 : attention")


def test_the_outermost_build_is_known_while_the_other_languages_build_inside_it():
    builds = LanguageBuilds()
    builds.enter()
    assert builds.first() and builds.outermost()
    builds.enter()  # mkdocs-static-i18n builds English inside the French build
    assert not builds.first() and not builds.outermost()
    builds.leave()
    assert builds.outermost()
    builds.reset()
    assert builds.depth == 0


def test_the_strings_folder_is_found_from_the_library_itself():
    assert (paths.STRINGS_DIR / "fr.yml").is_file()
    assert paths.HOOKS_DIR.name == "hooks"
