"""Which of Material's components a site uses: the others' rules leave its stylesheet.

`MATERIAL_COMPONENTS` lists the components a site may not use, the start of their class
names, and what makes a site use them; `pas_a_pas.assets.css_subset` drops the rules of
the unused ones from Material's stylesheet (hooks/assets.py).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.core.languages import site_languages, text_direction


def _extension(*names: str):
    return lambda site: any(name in site.extensions for name in names)


def _feature(*names: str):
    return lambda site: any(name in site.features for name in names)


def _plugin(*names: str):
    return lambda site: any(name in site.plugins for name in names)


def _extra(*keys: str):
    """True when `extra` has this key path (`_extra("analytics", "feedback")`)."""
    def needed(site: Site) -> bool:
        value = site.config.extra
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        return bool(value)
    return needed


# Material's components that a site may not use: the start of their class names, and
# what makes the site use them (a Markdown extension, a theme feature, a plugin, a
# setting). Their rules are left out of Material's stylesheet when the site does not.
# A class the built pages use is kept whatever this says (tests/build/test_assets_build.py
# checks it); on upgrading Material, compare with its docs (Setup, Reference).
MATERIAL_COMPONENTS = [
    # Markdown: content tabs, keys, critic marks, task lists, footnotes, math, emojis.
    (("tabbed-",), _extension("pymdownx.tabbed", "pymdownx.blocks.tab")),
    (("keys$", "key-"), _extension("pymdownx.keys")),
    (("critic",), _extension("pymdownx.critic")),
    (("task-list",), _extension("pymdownx.tasklist")),
    (("footnote",), _extension("footnotes")),
    (("arithmatex",), _extension("pymdownx.arithmatex")),
    (("twemoji", "emojione"), _extension("pymdownx.emoji")),
    (("mermaid",), lambda site: "mermaid" in site.fences),
    # Theme features: code buttons and annotations, tooltips, tabs, path, back to top,
    # instant loading's progress bar.
    (("md-code__", "md-clipboard", "md-annotation"),
     _feature("content.code.copy", "content.code.select", "content.code.annotate")),
    (("md-tooltip",), _feature("content.tooltips", "content.code.annotate")),
    (("md-tabs",), _feature("navigation.tabs")),
    (("md-path",), _feature("navigation.path")),
    (("md-top",), _feature("navigation.top")),
    (("md-progress",), _feature("navigation.instant.progress")),
    # Settings and plugins: the repository, versions, feedback, cookie consent, the blog,
    # the file's dates and authors, comments.
    (("md-source", "md-header__source"), lambda site: bool(site.config.repo_url)),
    (("md-source-file",), _plugin("git-revision-date-localized", "git-committers",
                                   "git-authors", "material/meta")),
    (("md-version",), _extra("version")),
    (("md-banner",), lambda site: bool(site.config.extra.get("version")) or site.announce),
    (("md-feedback",), _extra("analytics", "feedback")),
    (("md-consent",), _extra("consent")),
    (("md-post", "md-author", "md-pagination", "md-pin", "md-profile"),
     _plugin("material/blog", "blog")),
    (("giscus",), lambda site: False),
]


class Site:
    """What decides which of Material's components a site uses."""

    def __init__(self, config: MkDocsConfig) -> None:
        self.config = config
        self.extensions = {str(name) for name in config.markdown_extensions}
        self.features = set(config.theme.get("features") or [])
        self.plugins = set(config.plugins)
        fences = (config.mdx_configs.get("pymdownx.superfences") or {}).get("custom_fences", [])
        self.fences = {str(fence.get("name")) for fence in fences if isinstance(fence, dict)}
        main = Path(config.theme.custom_dir or ".") / "main.html"
        self.announce = main.is_file() and "block announce" in main.read_text(encoding="utf-8")
        languages = [str(config.theme.get("language") or "")]
        languages += [str(language.get("locale", "")) for language in site_languages(config)]
        self.rtl = config.theme.get("direction") == "rtl" or any(
            text_direction(language) == "rtl" for language in languages if language)


def unused_components(site: Site) -> tuple[str, ...]:
    """The class patterns of Material's components that `site` does not use."""
    return tuple(pattern for patterns, needed in MATERIAL_COMPONENTS if not needed(site)
                 for pattern in patterns)
