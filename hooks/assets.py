"""Our stylesheets as one minified file, and the print stylesheet apart.

Every `extra_css` entry of mkdocs.yml (tut.css, mockup.css, a11y.css... whatever their
number) is concatenated in order, minified with rcssmin and written as
`assets/stylesheets/tut.<hash>.min.css`: one request instead of one per file, and a
name that changes with the content, so that browsers may keep it in cache. The sources
stay as they are, one file per concern. The print stylesheet (`print.css`) is linked
apart with media="print" (main.html): the browser does not wait for it before showing
the page.
"""

from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path

import rcssmin
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from _common import log

# The bundle's folder and name; {hash}: the first characters of its content's SHA-256.
BUNDLE = "assets/stylesheets/tut.{hash}.min.css"
# The stylesheets linked apart, for print only.
PRINT = "print.css"

_state: dict[str, list[str]] = {"print": []}


# After mkdocs-static-i18n (-100), which may add or move files: the stylesheets are final.
@event_priority(-150)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Bundle the screen stylesheets into one file; keep the print stylesheet apart."""
    sources = [str(path) for path in config.extra_css]
    if not sources or all(_is_bundle(path) for path in sources):
        return files  # a language run after the first: the config is already bundled
    screen = [path for path in sources if posixpath.basename(path) != PRINT]
    _state["print"] = [path for path in sources if posixpath.basename(path) == PRINT]
    texts = []
    for path in screen:
        file = files.get_file_from_path(path)
        if file is None or file.abs_src_path is None:
            log.warning(
                f"mkdocs.yml: 'extra_css' lists {path}, which is not in docs/ nor overrides/"
            )
            continue
        if posixpath.dirname(path) != posixpath.dirname(BUNDLE) and "url(" in _read(file):
            log.warning(
                f"mkdocs.yml: 'extra_css' {path} uses url(): bundled into "
                f"{posixpath.dirname(BUNDLE)}/, its relative addresses would break; "
                "move it to overrides/assets/stylesheets/"
            )
        texts.append(_read(file))
    minified = minify("\n".join(texts))
    digest = hashlib.sha256(minified.encode("utf-8")).hexdigest()[:8]
    bundle = BUNDLE.format(hash=digest)
    files.append(File.generated(config, bundle, content=minified))
    config.extra_css[:] = [bundle]
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """The print stylesheets, for main.html (media="print") and the booklet."""
    env.globals["tut_print_css"] = list(_state["print"])
    return env


def minify(css: str) -> str:
    """CSS without comments nor needless spaces (rcssmin keeps strings and hacks intact)."""
    return rcssmin.cssmin(css)


def _is_bundle(path: str) -> bool:
    name = posixpath.basename(path)
    prefix, _, suffix = BUNDLE.rpartition("/")[2].partition("{hash}")
    return name.startswith(prefix) and name.endswith(suffix)


def _read(file: File) -> str:
    return Path(file.abs_src_path).read_text(encoding="utf-8")
