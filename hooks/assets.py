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
"""

from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path

import rcssmin
import rjsmin
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from _common import build_message, log

# The bundles' folders and names; {hash}: the first characters of their content's SHA-256.
BUNDLE = "assets/stylesheets/tut.{hash}.min.css"
PRINT_BUNDLE = "assets/stylesheets/tut-print.{hash}.min.css"
SCRIPTS = "assets/javascripts/tut.{hash}.min.js"
# The stylesheets linked apart, for print only.
PRINT = "print.css"

_state: dict[str, list[str]] = {"print": []}


# After mkdocs-static-i18n (-100), which may add or move files: the stylesheets are final.
@event_priority(-150)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Bundle the screen stylesheets, and the scripts, each into one file.

    mkdocs-static-i18n runs every language on the same config: the runs after the first
    find it bundled already, and the files written at the site's root by the first.
    """
    _bundle_styles(files, config)
    _bundle_scripts(files, config)
    return files


def _bundle_styles(files: Files, config: MkDocsConfig) -> None:
    """The screen stylesheets in one minified file; the print stylesheet apart."""
    sources = [str(path) for path in config.extra_css]
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
    config.extra_css[:] = [_bundle(files, config, BUNDLE, minify("\n".join(texts)))]


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
    bundle = _bundle(files, config, SCRIPTS, rjsmin.jsmin("\n".join(texts)))
    first = config.extra_javascript.index(plain[0])
    kept = [script for script in config.extra_javascript if script not in plain]
    config.extra_javascript[:] = [*kept[:first], bundle, *kept[first:]]


def _bundle(files: Files, config: MkDocsConfig, name: str, content: str) -> str:
    """Add the generated file `name` ({hash} filled in) holding `content`; its path."""
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:8]
    path = name.format(hash=digest)
    files.append(File.generated(config, path, content=content))
    return path


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The print stylesheets, for main.html (media="print") and the booklet."""
    env.globals["tut_print_css"] = list(_state["print"])
    return env


def minify(css: str) -> str:
    """CSS without comments nor needless spaces (rcssmin keeps strings and hacks intact)."""
    return rcssmin.cssmin(css)


def _is_bundle(path: str, bundle: str) -> bool:
    prefix, _, suffix = bundle.partition("{hash}")
    return path.startswith(prefix) and path.endswith(suffix)


def _read(file: File) -> str:
    return Path(file.abs_src_path).read_text(encoding="utf-8")
