"""The three places that use what MkDocs does not make public (hooks/README.md lists them):
each test fails when MkDocs changes what that place relies on, so that an upgrade says
where to look instead of building a silently wrong site."""

from __future__ import annotations

import inspect
import re
from types import SimpleNamespace

import markdown
from mkdocs.commands import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files

from pas_a_pas.tutorials import field_markdown, resolve_links_as_mkdocs


def test_front_matter_links_are_resolved_by_mkdocs_own_link_rules(tmp_path):
    """pas_a_pas.tutorials.resolve_links_as_mkdocs: MkDocs' link treeprocessor, given a
    page's file, turns `autre.md` into the page's address and registers as "relpath"."""
    (tmp_path / "docs").mkdir()
    config = MkDocsConfig(config_file_path=str(tmp_path / "mkdocs.yml"))
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path / "docs"),
                      "use_directory_urls": False})
    assert config.validate()[0] == []
    page_file = File("tutoriels/x.md", str(tmp_path / "docs"), str(tmp_path / "site"), False)
    other = File("tutoriels/autre.md", str(tmp_path / "docs"), str(tmp_path / "site"), False)
    md = field_markdown(False)
    resolve_links_as_mkdocs(md, SimpleNamespace(file=page_file), Files([page_file, other]),
                            config)
    assert "relpath" in md.treeprocessors
    assert md.reset().convert("[autre](autre.md)") == '<p><a href="autre.html">autre</a></p>'


def test_the_development_server_rebuilds_through_its_builder_attribute():
    """hooks/serve.py wraps `server.builder`: MkDocs' rebuild loop must call it."""
    loop = inspect.getsource(LiveReloadServer._build_loop)
    assert "self.builder()" in loop
    assert "builder" in inspect.signature(LiveReloadServer.__init__).parameters


def test_a_draft_is_read_with_the_events_mkdocs_reads_a_page_with_in_their_order():
    """hooks/drafts.py reads a draft as MkDocs reads a page: the same calls, in order."""
    calls = ("on_pre_page", "read_source", "on_page_markdown", "render", "on_page_content")

    def order(source: str) -> list[str]:
        found = re.findall(r"\b(" + "|".join(calls) + r")\(", source)
        return list(dict.fromkeys(found))

    import drafts

    assert order(inspect.getsource(build._populate_page)) == list(calls)
    assert order(inspect.getsource(drafts._check_draft)) == list(calls)


def test_markdown_is_the_version_our_extensions_are_written_for():
    """Our blocks register their processors by priority on Python-Markdown 3's registry."""
    assert int(markdown.__version__.split(".")[0]) == 3
