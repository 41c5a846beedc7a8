"""A page shown untranslated in the English site: checked there against the translations,
converted once when its HTML cannot differ (hooks/untranslated_pages.py).

The fallback fixture's English site shows four tutorials in French (one with steps,
helper notes, French typography and links to anchors of other pages, one with an image
and a mockup, one with steps and a helper note only) next to a translated one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, Build, run_build


def test_an_untranslated_page_is_checked_against_the_translations_anchors(tmp_path):
    """A French page shown in English links to an anchor that the English translation
    lacks: the English build says so."""
    built = built_with_link(tmp_path, "payer.md#etape-1")
    assert built.returncode == 1
    assert warnings(built.output) == [
        "WARNING -  docs/tutoriels/declarer.md, ligne 18 : lien « payer.md#etape-1 » : la page "
        "docs/tutoriels/payer.en.md n'a pas d'ancre « #etape-1 ». L'ancre d'un titre est ce "
        "titre en minuscules, sans accents, avec des tirets : vérifiez-la dans cette page."]


def test_a_broken_link_of_an_untranslated_page_is_reported_once_not_once_per_language(tmp_path):
    built = built_with_link(tmp_path, "absente.md")
    assert built.returncode == 1
    assert len(warnings(built.output)) == 1, built.output
    assert "absente.md" in warnings(built.output)[0]


def test_converting_once_changes_no_byte_of_any_page(tmp_path):
    once = run_build(copy_fixture(tmp_path / "once") / "mkdocs.yml", tmp_path / "once-site",
                     verbose=True)
    assert once.returncode == 0, once.output
    every = run_build(copy_fixture(tmp_path / "every") / "mkdocs.yml",
                      tmp_path / "every-site", env={"TUT_CONVERT_ONCE": "0"}, verbose=True)
    assert every.returncode == 0, every.output
    # Not illustrer.md: it holds a mockup (in the reader's language; its image is found
    # in both languages, the same answer); the index is translated. declarer.md links to anchors
    # of other pages, which MkDocs checks in each language, but not with --verbose (its
    # `links_to_anchors` is None then): without it, the page is converted and checked
    # again (the first test of this file).
    assert converted_once(once.output) == ["tutoriels/consulter.md", "tutoriels/declarer.md"]
    assert converted_once(every.output) == []
    pages = sorted(path.relative_to(once.site) for path in once.site.rglob("*.html"))
    assert Path("en/tutoriels/consulter.html") in pages
    assert sorted(path.relative_to(every.site) for path in every.site.rglob("*.html")) == pages
    assert [str(page) for page in pages
            if (once.site / page).read_bytes() != (every.site / page).read_bytes()] == []
    english = (once.site / "en" / "tutoriels" / "consulter.html").read_text(encoding="utf-8")
    assert '<span class="tut-step__number">Étape 2</span>' in english  # its own language
    assert "This page has not been translated yet" in english


# A block whose HTML is in the site's language; `declared`: its `depends_on_site_language`.
GREETING_HOOK = """
from pymdownx.blocks import BlocksExtension
from pymdownx.blocks.block import Block

from pas_a_pas.core.page_state import register_extension

_site = {"language": ""}


class Greeting(Block):
    NAME = "greeting"
DECLARATION
    def on_create(self, parent):
        element = parent.makeelement("p", {"class": "greeting"})
        element.text = {"fr": "Bonjour", "en": "Hello"}[_site["language"]]
        parent.append(element)
        return element


class GreetingExtension(BlocksExtension):
    BLOCK = Greeting  # its block says whether it depends on the site's language

    def extendMarkdownBlocks(self, md, block_mgr):
        block_mgr.register(self.BLOCK, self.getConfigs())


def on_config(config):
    register_extension(config, GreetingExtension())
    return config


def on_pre_build(config):  # the site's language, once mkdocs-static-i18n has set it
    _site["language"] = config.theme["language"]
"""


@pytest.mark.parametrize(("declared", "english"), [
    (True, "Hello"),
    (None, "Hello"),  # a block that does not say counts as depending on the language
    (False, "Bonjour"),  # trusted: converted once, in French (it shows the reuse happens)
])
def test_a_block_in_the_sites_language_is_converted_in_each_language(tmp_path, declared,
                                                                       english):
    fixture = copy_fixture(tmp_path)
    declaration = "" if declared is None else f"    depends_on_site_language = {declared}\n"
    (fixture / "greeting.py").write_text(
        GREETING_HOOK.replace("DECLARATION\n", declaration), encoding="utf-8")
    config = fixture / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "  - greeting.py\n",
                      encoding="utf-8")
    page = fixture / "docs" / "tutoriels" / "consulter.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "/// step | Lire ses avis\n", "/// step | Lire ses avis\n/// greeting\n///\n\n"),
        encoding="utf-8")
    built = run_build(config, tmp_path / "site", verbose=True)
    assert built.returncode == 0, built.output
    french = (built.site / "tutoriels" / "consulter.html").read_text(encoding="utf-8")
    assert '<p class="greeting">Bonjour</p>' in french
    html = (built.site / "en" / "tutoriels" / "consulter.html").read_text(encoding="utf-8")
    assert f'<p class="greeting">{english}</p>' in html
    assert ("tutoriels/consulter.md" in converted_once(built.output)) == (declared is False)


# Helpers ------------------------------------------------------------------------------


def converted_once(output: str) -> list[str]:
    """The pages whose English copy got the French conversion (a debug line each)."""
    return sorted(re.findall(r"pas-a-pas: (\S+): converted once", output))



def copy_fixture(tmp_path: Path) -> Path:
    """The fallback fixture in tmp_path, with base.yml, hooks/ and overrides/ where its
    relative paths expect them."""
    fixtures = tmp_path / "tests" / "fixtures"
    shutil.copytree(FIXTURES / "fallback", fixtures / "fallback")
    shutil.copy(FIXTURES / "base.yml", fixtures / "base.yml")
    for folder in ("hooks", "overrides"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    return fixtures / "fallback"


def built_with_link(tmp_path: Path, target: str) -> Build:
    """The fallback fixture, its French tutorial linking to `target` instead of payer.md."""
    fixture = copy_fixture(tmp_path)
    page = fixture / "docs" / "tutoriels" / "declarer.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "[la page de paiement](payer.md)", f"[la page de paiement]({target})"), encoding="utf-8")
    return run_build(fixture / "mkdocs.yml", tmp_path / "site")


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WARNING")]
