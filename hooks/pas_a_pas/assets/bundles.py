"""Bundles: minified files named after their content, so that browsers may keep them."""

from __future__ import annotations

import hashlib
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

# The bundles' folders and names; {hash}: the first characters of their content's SHA-256.
BUNDLE = "assets/stylesheets/tut.{hash}.min.css"
PRINT_BUNDLE = "assets/stylesheets/tut-print.{hash}.min.css"
SCRIPTS = "assets/javascripts/tut.{hash}.min.js"
# The stylesheets linked apart, for print only.
PRINT = "print.css"
# Material's stylesheet, as its base.html links it, and its palette's (linked with `palette`).
MATERIAL_CSS = "assets/stylesheets/main.{hash}.min.css"
MATERIAL_PALETTE = "assets/stylesheets/palette."


def minify(css: str) -> str:
    """CSS without comments nor needless spaces (rcssmin keeps strings and hacks intact)."""
    return rcssmin.cssmin(css)


def minify_scripts(texts: list[str]) -> str:
    """Scripts in one minified file, each in a function of its own, so that its names
    and its 'use strict' stay its own."""
    return rjsmin.jsmin("\n".join(f"(() => {{\n{text}\n}})();" for text in texts))


def is_bundle(path: str, bundle: str) -> bool:
    """Whether `path` is a file named like `bundle` ("tut.{hash}.min.css")."""
    prefix, _, suffix = bundle.partition("{hash}")
    return path.startswith(prefix) and path.endswith(suffix)


def add_bundle(files: Files, config: MkDocsConfig, name: str, content: str) -> str:
    """Add the generated file `name` ({hash} filled in) holding `content`; its path."""
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:8]
    path = name.format(hash=digest)
    files.append(File.generated(config, path, content=content))
    return path


def read(file: File) -> str:
    return Path(file.abs_src_path).read_text(encoding="utf-8")
