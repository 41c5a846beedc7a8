"""QR codes on paper: each printed tutorial leads to its web page and its practice page.

A handout (PDF or Ctrl+P) carries, beside each address written out, a QR code made at
build time by segno: an inline SVG, so no request and no file. Templates call the
`tut_qr_codes(page)` global (partials/tut-web-address.html, on the tutorial page and in
the booklet). Without `site_url` there is no address to print, hence no code (the PDF
hook says so in the build log).
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from pas_a_pas.core import priorities
from pas_a_pas.core.languages import language_folder, site_languages
from pas_a_pas.handouts.qr_codes import qr_codes
from pas_a_pas.mockups import SCENARIO_DIR, practice_url
from pas_a_pas.schema import mockups as scenario_schema
from pas_a_pas.tutorials import tutorial_id

# The practice page's path (from the language's folder) of each tutorial, by tutorial id.
_practice: dict[str, str] = {}


# Before hooks/mockups.py (-110) takes the scenarios out of the files, after
# mkdocs-static-i18n (-100) has chosen the files of the language being built.
@event_priority(priorities.BEFORE_MOCKUP_FILES)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """Find which tutorial each scenario trains for (its `tutorial:` field)."""
    _practice.clear()
    for file in files:
        if file.src_uri.startswith(SCENARIO_DIR) and file.src_uri.endswith(".yml"):
            name = file.src_uri[len(SCENARIO_DIR):-len(".yml")]
            scenario = scenario_schema.load(name, file.content_string)
            if scenario.tutorial:
                _practice[tutorial_id(scenario.tutorial, _locales(config))] = practice_url(name)
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Publish `tut_qr_codes(page)` to the templates."""
    folder = language_folder(config)
    practice = {key: f"{folder}/{url}" if folder else url for key, url in _practice.items()}
    locales = _locales(config)
    env.globals["tut_qr_codes"] = lambda page: qr_codes(
        page.canonical_url or "", config.site_url or "",
        practice.get(tutorial_id(page.file.src_uri, locales)))
    return env


def _locales(config: MkDocsConfig) -> set[str]:
    return {language["locale"] for language in site_languages(config)}
