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
of the components this site does not use (MATERIAL_COMPONENTS, `pas_a_pas.assets.css_subset`):
content tabs when `pymdownx.tabbed` is off, the repository link without `repo_url`...
Material's own copy, the bundled sources and the palette stylesheet (without `palette`)
are left out of the site: no page loads them.
"""

from __future__ import annotations

import functools
import posixpath

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pas_a_pas.assets.bundles import (
    BUNDLE,
    MATERIAL_CSS,
    MATERIAL_PALETTE,
    PRINT,
    PRINT_BUNDLE,
    SCRIPTS,
    add_bundle,
    is_bundle,
    minify,
    minify_scripts,
    read,
)
from pas_a_pas.assets.components import Site, unused_components
from pas_a_pas.assets.css_subset import subset
from pas_a_pas.core import priorities
from pas_a_pas.core.problems import build_message, problems

_state: dict[str, list[str]] = {"print": [], "material": [], "leave_out": []}


# After mkdocs-static-i18n (-100), which may add or move files: the stylesheets are final.
@event_priority(priorities.FILES_FINAL)
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
    if not sources or any(is_bundle(path, BUNDLE) for path in sources):
        return
    screen = [path for path in sources if posixpath.basename(path) != PRINT]
    printed = [path for path in sources if posixpath.basename(path) == PRINT]
    texts = _read_styles(files, screen, config)
    printed_texts = _read_styles(files, printed, config)
    _state["print"] = (
        [add_bundle(files, config, PRINT_BUNDLE, minify("\n".join(printed_texts)))]
        if printed_texts else []
    )
    screen_css = minify("\n".join(texts))
    _state["screen_css"] = screen_css
    _state["leave_out"] = screen + printed
    config.extra_css[:] = [add_bundle(files, config, BUNDLE, screen_css)]


def _read_styles(files: Files, paths: list[str], config: MkDocsConfig) -> list[str]:
    texts = []
    for path in paths:
        file = files.get_file_from_path(path)
        if file is None or file.abs_src_path is None:
            problems.warn("mkdocs.yml", build_message(config, "assets_css_missing", path=path))
            continue
        if posixpath.dirname(path) != posixpath.dirname(BUNDLE) and "url(" in read(file):
            problems.warn("mkdocs.yml", build_message(
                config, "assets_css_url", path=path, folder=posixpath.dirname(BUNDLE)))
        texts.append(read(file))
    return texts


def _bundle_scripts(files: Files, config: MkDocsConfig) -> None:
    """The plain scripts in one minified file, in their order, at the place of the first."""
    if any(is_bundle(str(script), SCRIPTS) for script in config.extra_javascript):
        return
    plain = [
        script for script in config.extra_javascript
        if isinstance(script, str) or not (script.type or script.defer or script.async_)
    ]
    texts = []
    for script in plain:
        file = files.get_file_from_path(str(script))
        if file is None or file.abs_src_path is None:
            problems.warn("mkdocs.yml", build_message(config, "assets_js_missing", path=script))
            return
        texts.append(read(file))
    if not texts:
        return
    _state["leave_out"] = [*_state["leave_out"], *(str(script) for script in plain)]
    bundle = add_bundle(files, config, SCRIPTS, minify_scripts(texts))
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
    site = Site(config)
    css = _subset(read(originals[0]), unused_components(site), site.rtl,
                  str(_state.get("screen_css", "")))
    files.remove(originals[0])
    _state["material"] = [add_bundle(files, config, MATERIAL_CSS, css)]


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


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The print stylesheets, for main.html (media="print") and the booklet."""
    env.globals["tut_print_css"] = list(_state["print"])
    if _state["material"]:
        env.globals["tut_material_css"] = _state["material"][0]
    return env
