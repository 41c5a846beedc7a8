"""MkDocs' link warnings rewritten in the author's language, with the file from the
project root and the link's line (hooks/link_messages.py, pas_a_pas/link_messages.py); unknown sentences untouched."""

import logging

import pytest

from pas_a_pas import link_messages
from pas_a_pas.core.problems import build_message


def french(key, **values):
    return build_message(None, key, **values)


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs" / "tutoriels"
    folder.mkdir(parents=True)
    (folder / "x.md").write_text(
        "---\ntitle: X\n---\n\nIntro.\n\nVoir [l'autre](autre.md) et [l'étape](#etape-9).\n"
        "Et [la page](/guides/a.md), [le dossier](../guides).\n", encoding="utf-8")
    return str(tmp_path / "docs")


def rewrite(sentence, docs):
    return link_messages.rewrite(sentence, french, docs, "docs", "mkdocs.yml")


def test_a_missing_target_names_the_file_line_link_and_target(docs):
    sentence = ("Doc file 'tutoriels/x.md' contains a link 'autre.md', but the target "
                "'tutoriels/autre.md' is not found among documentation files.")
    assert rewrite(sentence, docs) == (
        "docs/tutoriels/x.md, ligne 7 : lien « autre.md » : sa cible « docs/tutoriels/autre.md » "
        "n'existe pas. Vérifiez le nom et le dossier du fichier ; un lien vers une page du site "
        "mène à son fichier .md.")


def test_mkdocs_suggestion_is_kept(docs):
    sentence = ("Doc file 'tutoriels/x.md' contains a link 'autre.md', but the target "
                "'tutoriels/autre.md' is not found among documentation files. "
                "Did you mean 'autres.md'?")
    assert rewrite(sentence, docs).endswith(" Vouliez-vous dire « autres.md » ?")


def test_anchors_here_and_in_another_page(docs):
    here = "Doc file 'tutoriels/x.md' contains a link '#etape-9', but there is no such anchor on this page."
    assert rewrite(here, docs).startswith(
        "docs/tutoriels/x.md, ligne 7 : lien « #etape-9 » : cette page n'a pas d'ancre « #etape-9 ».")
    there = ("Doc file 'tutoriels/x.md' contains a link 'autre.md#fin', but the doc "
             "'tutoriels/autre.md' does not contain an anchor '#fin'.")
    assert rewrite(there, docs).startswith(
        "docs/tutoriels/x.md : lien « autre.md#fin » : la page docs/tutoriels/autre.md n'a pas "
        "d'ancre « #fin ».")


def test_absolute_and_unrecognized_links(docs):
    absolute = "Doc file 'tutoriels/x.md' contains an absolute link '/guides/a.md', it was left as is."
    assert rewrite(absolute, docs).startswith(
        "docs/tutoriels/x.md, ligne 8 : lien « /guides/a.md » : un lien qui commence par « / » "
        "ne marche pas hors ligne")
    folder = ("Doc file 'tutoriels/x.md' contains an unrecognized relative link '../guides', "
              "it was left as is. Did you mean '../guides/index.md'?")
    assert rewrite(folder, docs).startswith(
        "docs/tutoriels/x.md, ligne 8 : lien « ../guides » : ce n'est ni une page (.md) ni un "
        "fichier sous docs/")
    assert rewrite(folder, docs).endswith(" Vouliez-vous dire « ../guides/index.md » ?")


def test_a_missing_nav_entry_names_mkdocs_yml(docs):
    sentence = ("A reference to 'guides/absent.md' is included in the 'nav' configuration, "
                "which is not found in the documentation files.")
    assert rewrite(sentence, docs) == (
        "mkdocs.yml : « nav » cite « docs/guides/absent.md », qui n'existe pas : corrigez le "
        "chemin ou retirez la ligne.")


def test_a_sentence_we_do_not_know_is_left_as_mkdocs_wrote_it(docs):
    assert rewrite("Doc file 'x.md' contains something new.", docs) is None


def test_the_filter_rewrites_a_record_and_keeps_its_level(docs):
    record = logging.LogRecord(
        "mkdocs.structure.pages", logging.WARNING, __file__, 1,
        "Doc file '%s' contains a link '%s', but there is no such anchor on this page.",
        ("tutoriels/x.md", "#etape-9"), None)
    keep = link_messages.LinkMessages(french, docs, "docs", "mkdocs.yml").filter(record)
    assert keep is True and record.levelno == logging.WARNING
    assert record.getMessage().startswith("docs/tutoriels/x.md, ligne 7 : lien « #etape-9 »")


def test_an_english_site_gets_english_messages(docs):
    def english(key, **values):
        from pas_a_pas.core.strings import strings
        return strings("en")["errors"][key].format(**values)

    sentence = ("Doc file 'tutoriels/x.md' contains a link 'autre.md', but the target "
                "'tutoriels/autre.md' is not found among documentation files.")
    assert link_messages.rewrite(sentence, english, docs, "docs", "mkdocs.yml").startswith(
        "docs/tutoriels/x.md, line 7: link “autre.md”: its target “docs/tutoriels/autre.md” "
        "does not exist.")


def test_a_sentence_said_already_in_this_build_is_not_said_again(docs):
    """Each language's build converts an untranslated page: its broken link is said once."""
    said: set[str] = set()

    def record() -> logging.LogRecord:
        return logging.LogRecord(
            "mkdocs.structure.pages", logging.WARNING, __file__, 1,
            "Doc file '%s' contains a link '%s', but there is no such anchor on this page.",
            ("tutoriels/x.md", "#etape-9"), None)

    french_build = link_messages.LinkMessages(french, docs, "docs", "mkdocs.yml", said=said)
    english_build = link_messages.LinkMessages(french, docs, "docs", "mkdocs.yml", said=said)
    assert french_build.filter(record()) is True
    assert english_build.filter(record()) is False


def test_a_link_from_a_published_page_to_a_draft_is_an_error_naming_the_draft(docs):
    from pathlib import Path

    draft = Path(docs) / "tutoriels" / "brouillon.md"
    draft.write_text("---\ntitle: B\ndraft: true\n---\n", encoding="utf-8")
    (Path(docs) / "tutoriels" / "x.md").write_text(
        "---\ntitle: X\n---\n\nLire [le brouillon](brouillon.md).\n", encoding="utf-8")
    reported: list[str] = []
    record = logging.LogRecord(
        "mkdocs.structure.pages", logging.INFO, __file__, 1,
        "Doc file 'tutoriels/x.md' contains a link to 'tutoriels/brouillon.md' which is "
        "excluded from the built site.", (), None)
    keep = link_messages.LinkMessages(french, docs, "docs", "mkdocs.yml",
                                      report_draft_link=reported.append).filter(record)
    assert keep is False  # said as an error instead of MkDocs' information line
    assert reported == [
        "docs/tutoriels/x.md, ligne 5 : lien vers « docs/tutoriels/brouillon.md », un "
        "brouillon (« draft: true ») qui n'est pas publié : sur le site construit, ce lien "
        "ne mènerait nulle part. Publiez le brouillon (retirez « draft: true ») ou retirez "
        "le lien."]
