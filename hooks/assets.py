"""Our stylesheets as one minified file, the print stylesheet apart; our scripts likewise.

Every `extra_css` entry of mkdocs.yml (tut.css, mockup.css, a11y.css... whatever their
number) is concatenated in order, minified with rcssmin and written as
`assets/stylesheets/tut.<hash>.min.css`: one request instead of one per file, and a
name that changes with the content, so that browsers may keep it in cache. The sources
stay as they are, one file per concern. The print stylesheet (`print.css`) is linked
apart with media="print" (main.html): the browser does not wait for it before showing
the page. The plain `extra_javascript` entries (no type, defer or async) become
`assets/javascripts/tut.<hash>.min.js` the same way (rjsmin), each file in a function
of its own, so that its names and its 'use strict' stay its own.

Material's stylesheet becomes `assets/stylesheets/main.<hash>.min.css` without the rules
of the components this site does not use (MATERIAL_COMPONENTS, hooks/css_subset.py):
content tabs when `pymdownx.tabbed` is off, the repository link without `repo_url`...
Material's own copy, the bundled sources and the palette stylesheet (without `palette`)
are left out of the site: no page loads them.
"""

from __future__ import annotations

import functools
import hashlib
import posixpath
from pathlib import Path

import rcssmin
import rjsmin
from css_subset import subset
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from _common import build_message, log, site_languages, text_direction

# The bundles' folders and names; {hash}: the first characters of their content's SHA-256.
BUNDLE = "assets/stylesheets/tut.{hash}.min.css"
PRINT_BUNDLE = "assets/stylesheets/tut-print.{hash}.min.css"
SCRIPTS = "assets/javascripts/tut.{hash}.min.js"
# The stylesheets linked apart, for print only.
PRINT = "print.css"

# Material's stylesheet, as its base.html links it, and its palette's (linked with `palette`).
MATERIAL_CSS = "assets/stylesheets/main.{hash}.min.css"
MATERIAL_PALETTE = "assets/stylesheets/palette."


def _extension(*names: str):
    return lambda site: any(name in site.extensions for name in names)


def _feature(*names: str):
    return lambda site: any(name in site.features for name in names)


def _plugin(*names: str):
    return lambda site: any(name in site.plugins for name in names)


def _extra(*keys: str):
    """True when `extra` has this key path (`_extra("analytics", "feedback")`)."""
    def needed(site: _Site) -> bool:
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


class _Site:
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


def unused_components(site: _Site) -> tuple[str, ...]:
    """The class patterns of Material's components that `site` does not use."""
    return tuple(pattern for patterns, needed in MATERIAL_COMPONENTS if not needed(site)
                 for pattern in patterns)


_state: dict[str, list[str]] = {"print": [], "material": [], "leave_out": []}


# After mkdocs-static-i18n (-100), which may add or move files: the stylesheets are final.
@event_priority(-150)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Bundle the screen stylesheets, and the scripts, each into one file.

    mkdocs-static-i18n runs every language on the same config: the runs after the first
    find it bundled already, and the files written at the site's root by the first.
    """
    _bundle_styles(files, config)
    _bundle_scripts(files, config)
    _subset_material(files, config)
    _leave_out_unused(files, config)
    return files


def _bundle_styles(files: Files, config: MkDocsConfig) -> None:
    """The screen stylesheets in one minified file; the print stylesheet apart."""
    sources = [str(path) for path in config.extra_css]
    if not sources:
        _state["leave_out"] = []
    if not sources or any(_is_bundle(path, BUNDLE) for path in sources):
        return
    screen = [path for path in sources if posixpath.basename(path) != PRINT]
    printed = [path for path in sources if posixpath.basename(path) == PRINT]
    texts = _read_styles(files, screen, config)
    printed_texts = _read_styles(files, printed, config)
    _state["print"] = (
        [_bundle(files, config, PRINT_BUNDLE, minify("\n".join(printed_texts)))]
        if printed_texts else []
    )
    screen_css = minify("\n".join(texts))
    _state["screen_css"] = screen_css
    _state["leave_out"] = screen + printed
    config.extra_css[:] = [_bundle(files, config, BUNDLE, screen_css)]


def _read_styles(files: Files, paths: list[str], config: MkDocsConfig) -> list[str]:
    texts = []
    for path in paths:
        file = files.get_file_from_path(path)
        if file is None or file.abs_src_path is None:
            log.warning("mkdocs.yml : " + build_message(config, "assets_css_missing", path=path))
            continue
        if posixpath.dirname(path) != posixpath.dirname(BUNDLE) and "url(" in _read(file):
            log.warning("mkdocs.yml : " + build_message(
                config, "assets_css_url", path=path, folder=posixpath.dirname(BUNDLE)))
        texts.append(_read(file))
    return texts


def _bundle_scripts(files: Files, config: MkDocsConfig) -> None:
    """The plain scripts in one minified file, in their order, at the place of the first."""
    if any(_is_bundle(str(script), SCRIPTS) for script in config.extra_javascript):
        return
    plain = [
        script for script in config.extra_javascript
        if isinstance(script, str) or not (script.type or script.defer or script.async_)
    ]
    texts = []
    for script in plain:
        file = files.get_file_from_path(str(script))
        if file is None or file.abs_src_path is None:
            log.warning("mkdocs.yml : " + build_message(config, "assets_js_missing", path=script))
            return
        texts.append(f"(() => {{\n{_read(file)}\n}})();")
    if not texts:
        return
    _state["leave_out"] = [*_state["leave_out"], *(str(script) for script in plain)]
    bundle = _bundle(files, config, SCRIPTS, rjsmin.jsmin("\n".join(texts)))
    first = config.extra_javascript.index(plain[0])
    kept = [script for script in config.extra_javascript if script not in plain]
    config.extra_javascript[:] = [*kept[:first], bundle, *kept[first:]]


def _subset_material(files: Files, config: MkDocsConfig) -> None:
    """Material's stylesheet without the components this site does not use."""
    prefix, _, suffix = MATERIAL_CSS.partition("{hash}")
    originals = [file for file in files
                 if file.src_uri.startswith(prefix) and file.src_uri.endswith(suffix)
                 and not file.generated_by]
    if len(originals) != 1:
        return
    site = _Site(config)
    css = _subset(_read(originals[0]), unused_components(site), site.rtl,
                  str(_state.get("screen_css", "")))
    files.remove(originals[0])
    _state["material"] = [_bundle(files, config, MATERIAL_CSS, css)]


@functools.lru_cache(maxsize=4)
def _subset(css: str, unused: tuple[str, ...], rtl: bool, readers: str) -> str:
    return subset(css, unused, rtl=rtl, readers=readers)


def _leave_out_unused(files: Files, config: MkDocsConfig) -> None:
    """Leave out of the site what no page loads: the sources of our bundles, the source
    map of Material's stylesheet (replaced), its palette's without `palette`."""
    unused = set(_state["leave_out"])
    for file in list(files):
        uri = file.src_uri
        if file.generated_by:
            continue
        if (uri in unused
                or (uri.startswith(MATERIAL_CSS.partition("{hash}")[0]) and uri.endswith(".map"))
                or (uri.startswith(MATERIAL_PALETTE) and not config.theme.get("palette"))):
            files.remove(file)


def _bundle(files: Files, config: MkDocsConfig, name: str, content: str) -> str:
    """Add the generated file `name` ({hash} filled in) holding `content`; its path."""
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:8]
    path = name.format(hash=digest)
    files.append(File.generated(config, path, content=content))
    return path


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The print stylesheets, for main.html (media="print") and the booklet."""
    env.globals["tut_print_css"] = list(_state["print"])
    if _state["material"]:
        env.globals["tut_material_css"] = _state["material"][0]
    return env


def minify(css: str) -> str:
    """CSS without comments nor needless spaces (rcssmin keeps strings and hacks intact)."""
    return rcssmin.cssmin(css)


def _is_bundle(path: str, bundle: str) -> bool:
    prefix, _, suffix = bundle.partition("{hash}")
    return path.startswith(prefix) and path.endswith(suffix)


def _read(file: File) -> str:
    return Path(file.abs_src_path).read_text(encoding="utf-8")
