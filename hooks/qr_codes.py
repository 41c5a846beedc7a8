"""QR codes on paper: each printed tutorial leads to its web page and its practice page.

A handout (PDF or Ctrl+P) carries, beside each address written out, a QR code made at
build time by segno: an inline SVG, so no request and no file. Templates call the
`tut_qr_codes(page)` global (partials/tut-web-address.html, on the tutorial page and in
the booklet). Without `site_url` there is no address to print, hence no code (the PDF
hook says so in the build log).
"""

from __future__ import annotations

import functools

import mockup_scenario
import segno
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from _common import language_folder, site_languages

SCENARIO_DIR = "mockups/"
PRACTICE_PAGE = "s-entrainer/{name}/index.html"

# The practice page's path (from the language's folder) of each tutorial, by tutorial id.
_practice: dict[str, str] = {}


# Before hooks/mockups.py (-110) takes the scenarios out of the files, after
# mkdocs-static-i18n (-100) has chosen the files of the language being built.
@event_priority(-105)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Find which tutorial each scenario trains for (its `tutorial:` field)."""
    _practice.clear()
    for file in files:
        if file.src_uri.startswith(SCENARIO_DIR) and file.src_uri.endswith(".yml"):
            name = file.src_uri[len(SCENARIO_DIR):-len(".yml")]
            scenario = mockup_scenario.load(name, file.content_string)
            if scenario.tutorial:
                _practice[tutorial_id(scenario.tutorial, config)] = PRACTICE_PAGE.format(name=name)
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Publish `tut_qr_codes(page)` to the templates."""
    env.globals["tut_qr_codes"] = functools.partial(qr_codes, config=config)
    return env


# Helpers ------------------------------------------------------------------------------


def qr_codes(page: Page, *, config: MkDocsConfig) -> list[dict[str, str]]:
    """The codes a tutorial's handout prints: `kind` (tutorial, practice), `url`, `svg`."""
    if not config.site_url or not page.canonical_url:
        return []
    codes = [{"kind": "tutorial", "url": page.canonical_url, "svg": qr_svg(page.canonical_url)}]
    practice = _practice.get(tutorial_id(page.file.src_uri, config))
    if practice:
        folder = language_folder(config)
        url = config.site_url + (f"{folder}/" if folder else "") + practice
        codes.append({"kind": "practice", "url": url, "svg": qr_svg(url)})
    return codes


def tutorial_id(src_uri: str, config: MkDocsConfig) -> str:
    """"tutoriels/franceconnect" for tutoriels/franceconnect.md and its .en.md translation."""
    stem = src_uri.rsplit(".", 1)[0]
    base, _, suffix = stem.rpartition(".")
    if base and suffix in {language["locale"] for language in site_languages(config)}:
        return base
    return stem


@functools.lru_cache(maxsize=4096)
def qr_svg(url: str) -> str:
    """The QR code of `url` as an SVG element sized by CSS (viewBox only, no XML header).

    Error correction M (15 %) and the standard quiet zone of 4 modules: printed at
    about 3 cm, it reads with any phone camera.
    """
    return segno.make(url, error="m", micro=False).svg_inline(
        omitsize=True, border=4, dark="#000", light="#fff", svgclass="tut-qr__svg",
        lineclass=None,
    )
