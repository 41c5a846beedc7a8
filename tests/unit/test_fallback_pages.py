"""hooks/fallback_pages.py and hooks/page_links.py: a page shown untranslated in another
language gets back the default language's conversion, only when it is provably the same."""

from __future__ import annotations

from types import SimpleNamespace

import fallback_pages
import markdown
import pytest
from helper_block import HelperSettings
from mkdocs.structure.toc import AnchorLink, TableOfContents
from mockup_block import MockupSettings
from page_links import LinkRecordExtension

from _common import page_state
from steps import StepSettings

MARKDOWN = "/// step | Ouvrir\nVoir [l'aide](autre.md#aide).\n///\n"
HTML = "<p>La page convertie</p>"


class Config(dict):
    """What the hook reads of MkDocs' config: the language built, the languages, the
    Markdown extensions and their settings."""

    def __init__(self, language: str, mdx_configs: dict | None = None) -> None:
        super().__init__(markdown_extensions=["toc", "attr_list"],
                         mdx_configs=mdx_configs or {"toc": {"permalink": False}})
        languages = [SimpleNamespace(locale="fr", name="Français", default=True, build=True),
                     SimpleNamespace(locale="en", name="English", default=False, build=True)]
        self.theme = {"language": language}
        self.plugins = {"i18n": SimpleNamespace(config=SimpleNamespace(languages=languages))}


class Files:
    def __init__(self, *files: File) -> None:
        self.by_uri = {file.src_uri: file for file in files}

    def get_file_from_path(self, path: str):
        return self.by_uri.get(path)


class File:
    """A file of the French sources (hashable, as MkDocs' files are: by identity)."""

    def __init__(self, src_uri: str, url: str) -> None:
        self.src_uri, self.url, self.locale = src_uri, url, "fr"


def page(folder: str) -> SimpleNamespace:
    own = File("tutoriels/x.md", f"{folder}tutoriels/x.html")
    return SimpleNamespace(file=own, url=own.url, toc=TableOfContents([]), links_to_anchors={},
                           _title_from_render=None, present_anchor_ids=set())


def prepare_page(counts: dict[str, list[int]]) -> None:
    """What the blocks' hooks set in `page_state` before fallback_pages' on_page_markdown."""
    page_state.set("steps", StepSettings(counted=counts.setdefault("steps", []).append))
    page_state.set("helper", HelperSettings(counted=counts.setdefault("helper", []).append))
    page_state.set("mockup", MockupSettings(counted=counts.setdefault("mockup", []).append))


def french_build(links: list[str], *, files: Files, mockup: bool = False,
                 text: str = MARKDOWN) -> dict[str, list[int]]:
    """The default language's build of tutoriels/x.md: the conversion and what it left."""
    french, counts = Config("fr"), {}
    fallback_pages.on_pre_build(config=french)
    current = page("")
    prepare_page(counts)
    assert fallback_pages.on_page_markdown(text, page=current, config=french, files=files) == text
    for url in links:  # what the conversion does
        page_state.get("page_links")(url)
    page_state.get("steps").counted(1)
    page_state.get("helper").counted(1)
    if mockup:
        page_state.get("mockup").counted(1)
    heading = AnchorLink("Ouvrir", "etape-1", 2)
    heading.children = [AnchorLink("Le site", "le-site", 3)]
    current.toc = TableOfContents([heading])
    current._title_from_render = "Titre"
    current.present_anchor_ids = {"etape-1"}
    assert fallback_pages.on_page_content(HTML, page=current, config=french, files=files) == HTML
    return counts


def english_build(files: Files, text: str = MARKDOWN, mdx_configs: dict | None = None):
    """The English build of the same page: what MkDocs is given, the page, the counts."""
    english, counts = Config("en", mdx_configs), {}
    fallback_pages.on_pre_build(config=english)
    current = page("en/")
    prepare_page(counts)
    given = fallback_pages.on_page_markdown(text, page=current, config=english, files=files)
    return given, current, counts


@pytest.fixture(autouse=True)
def reuse_on(monkeypatch):
    monkeypatch.delenv("TUT_FALLBACK_REUSE", raising=False)


def test_a_fallback_page_gets_the_french_conversion_back_with_its_toc_anchors_and_counts():
    other_fr = File("tutoriels/autre.md", "tutoriels/autre.html")
    french_counts = french_build(["autre.md#aide", "#etape-1", "https://exemple.fr/"],
                                 files=Files(other_fr))
    assert french_counts == {"steps": [1], "helper": [1], "mockup": []}
    other_en = File("tutoriels/autre.md", "en/tutoriels/autre.html")
    files = Files(other_en)
    given, current, counts = english_build(files)
    # MkDocs converts an empty text; the counts are given as the blocks would.
    assert given == ""
    assert counts == {"steps": [1], "helper": [1], "mockup": []}
    assert fallback_pages.on_page_content("", page=current, config=Config("en"), files=files) == HTML
    assert [(item.title, item.id, item.level) for item in current.toc] == [("Ouvrir", "etape-1", 2)]
    assert [(item.title, item.id) for item in current.toc.items[0].children] == [("Le site", "le-site")]
    assert current._title_from_render == "Titre"
    assert current.present_anchor_ids == {"etape-1"}
    # Validated again in English: the link to the other page's anchor, and its own.
    assert current.links_to_anchors == {
        other_en: {"aide": "autre.md#aide"}, current.file: {"etape-1": "#etape-1"}}


def test_a_page_whose_image_is_kept_at_the_root_is_converted_again():
    image_fr = File("images/a.png", "images/a.png")
    french_build(["../images/a.png"], files=Files(image_fr))
    # mkdocs-static-i18n keeps the default language's images at the root of the site.
    given, _, counts = english_build(Files(image_fr))
    assert given == MARKDOWN
    assert counts == {"steps": [], "helper": [], "mockup": []}


def test_a_page_with_a_mockup_is_converted_again():
    french_build([], files=Files(), mockup=True)
    given, _, _ = english_build(Files())
    assert given == MARKDOWN


def test_a_page_whose_markdown_differs_is_converted_again():
    french_build([], files=Files())
    given, _, _ = english_build(Files(), text=MARKDOWN + "\nAutre texte.\n")
    assert given == MARKDOWN + "\nAutre texte.\n"


def test_every_page_is_converted_again_where_the_markdown_settings_differ():
    french_build([], files=Files())
    given, _, _ = english_build(Files(), mdx_configs={"toc": {"permalink": True}})
    assert given == MARKDOWN


def test_a_page_with_an_absolute_link_is_converted_again():
    french_build(["/tutoriels/autre.html"], files=Files())
    given, _, _ = english_build(Files())
    assert given == MARKDOWN


def test_tut_fallback_reuse_0_converts_every_page(monkeypatch):
    french_build([], files=Files())
    monkeypatch.setenv("TUT_FALLBACK_REUSE", "0")
    given, _, _ = english_build(Files())
    assert given == MARKDOWN


def test_a_link_not_found_in_both_languages_is_reused_and_left_as_written():
    french_build(["manquant.md"], files=Files())
    given, _, _ = english_build(Files())
    assert given == ""


def test_the_link_recorder_gives_links_and_images_in_document_order_as_written():
    found: list[str] = []
    text = "[Aide](autre.md#aide) ![Écran](../images/a.png)\n\n<https://exemple.fr/>"
    markdown.markdown(text, extensions=[LinkRecordExtension(settings=lambda: found.append)])
    assert found == ["autre.md#aide", "../images/a.png", "https://exemple.fr/"]


def test_the_link_recorder_records_nothing_without_a_recorder():
    html = markdown.markdown("[Aide](autre.md)", extensions=[LinkRecordExtension()])
    assert html == '<p><a href="autre.md">Aide</a></p>'
