"""The accessibility statement, its footer mention and the RGAA self-check page.

French law (article 47 of law 2005-102, RGAA 4.1) asks every public-facing site for a
statement with a fixed structure and a mention of its conformity status on every page.
The values (status, dates, contact...) live in mkdocs.yml `extra.accessibility` so that
a fork fills in its own audit; the wording lives in hooks/strings/<lang>.yml and the
layout in overrides/accessibility.html and overrides/rgaa-check.html.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from pas_a_pas.core.dates import format_date
from pas_a_pas.core.languages import default_language, page_language
from pas_a_pas.core.page_state import register_extension
from pas_a_pas.core.paths import source_path
from pas_a_pas.core.problems import build_message, error_messages, problems
from pas_a_pas.core.strings import strings
from pas_a_pas.markdown.tables import TableHeadersExtension
from pas_a_pas.markdown.typography import french_spacing, is_french
from pas_a_pas.schema import rgaa
from pas_a_pas.schema.tutorials import describe

STATEMENT = "accessibilite/index.md"
SELF_CHECK = "accessibilite/auto-evaluation.md"
CHECK_TEMPLATE = "rgaa-check.html"
CONFIG_FILE = "mkdocs.yml"
TEXTS = ("topic", "how", "reason", "problem", "plan", "fixed")  # a criterion's texts
REQUIRED = ("status", "standard", "audit_date", "statement_date", "auditor", "contact")

_settings: dict[str, Any] = {}
_criteria: dict[str, list[dict[str, str]]] = {}  # per self-check page (src_uri)
_conformity: dict[str, Any] = {}  # the rate of the default language's self-check


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Check `extra.accessibility` once, naming the field that is wrong; every table's
    column headers say so (`scope`, RGAA 5.7)."""
    _settings.clear()
    register_extension(config, TableHeadersExtension())
    declared = config.extra.get("accessibility")
    if declared is None:
        return config
    if not isinstance(declared, dict):
        problems.report(CONFIG_FILE, build_message(
            config, "accessibility_not_mapping", found=describe(declared, error_messages(config))))
        return config
    words = strings(page_language(config))["accessibility"]
    for name in REQUIRED:
        if not declared.get(name):
            problems.report(CONFIG_FILE, build_message(config, "accessibility_missing", name=name))
    if declared.get("status") and declared["status"] not in words["statuses"]:
        problems.report(CONFIG_FILE, build_message(
            config, "accessibility_status", known=", ".join(words["statuses"]),
            value=declared["status"]))
    for name in ("audit_date", "statement_date"):
        if declared.get(name) and not isinstance(declared[name], datetime.date):
            problems.report(CONFIG_FILE, build_message(
                config, "accessibility_date", name=name,
                found=describe(declared[name], error_messages(config))))
    contact = declared.get("contact")
    if contact and not (isinstance(contact, dict) and (contact.get("email") or contact.get("url"))):
        problems.report(CONFIG_FILE, build_message(config, "accessibility_contact"))
    _settings.update(declared)
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    """The footer links to the statement: it must exist when the site declares a status."""
    if _settings and files.get_file_from_path(STATEMENT) is None:
        problems.report(CONFIG_FILE, build_message(
            config, "accessibility_statement_missing", page=STATEMENT))
    # The self-check's criteria are checked now, before problems.py decides (on_env):
    # the page that shows them is written after it.
    _criteria.clear()
    _conformity.clear()
    for file in files.documentation_pages():
        if file.src_uri.split(".")[0] + ".md" == SELF_CHECK:
            _criteria[file.src_uri] = _read_criteria(file, config)
    if SELF_CHECK in _criteria:
        _conformity.update(rgaa.conformity(_criteria[SELF_CHECK]))
        _check_status(config)
    return files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give every template (the footer) the status and the statement's address."""
    statement = files.get_file_from_path(STATEMENT)
    if not _settings or statement is None:
        env.globals["tut_accessibility"] = None
        return env
    language = page_language(config)
    self_check = files.get_file_from_path(SELF_CHECK)
    env.globals["tut_accessibility"] = {
        **_settings,
        "url": statement.url,
        "self_check_url": self_check.url if self_check else "",
        "status_text": strings(language)["accessibility"]["statuses"].get(
            _settings.get("status"), _settings.get("status")
        ),
        "audit_date_text": format_date(_settings.get("audit_date"), language),
        "statement_date_text": format_date(_settings.get("statement_date"), language),
        # Criteria met over applicable ones, from the self-check (none without it).
        "conformity": dict(_conformity),
        # The texts written in mkdocs.yml (auditor, tools...) are in the site's default
        # language, whatever the language of the statement around them.
        "lang": default_language(config),
    }
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """Give the self-check page its criteria, read from the YAML file beside it."""
    if page.meta.get("template") == CHECK_TEMPLATE:
        context["tut_criteria"] = _criteria.get(page.file.src_uri, [])
        context["tut_criteria_lang"] = default_language(config)  # the file's language
    return context


# Helpers ------------------------------------------------------------------------------


def _read_criteria(file: File, config: MkDocsConfig) -> list[dict[str, str]]:
    """The RGAA criteria of `page.md`'s sibling `page.yml` (pas_a_pas/schema/rgaa.py),
    each problem reported with the file and its line; they fail the build like any
    content error."""
    # A translation (`auto-evaluation.en.md`) shares the original's criteria file.
    source = Path(file.abs_src_path or "")
    path = source.with_name(source.name.split(".")[0] + ".yml")
    where = str(Path(source_path(config, file)).with_name(path.name))
    words = error_messages(config)
    try:
        items, found = rgaa.read(path.read_text(encoding="utf-8"),
                                 Path(config.config_file_path).parent)
    except (OSError, ValueError, yaml.YAMLError) as error:
        problems.report(where, build_message(config, "rgaa_unreadable", problem=error))
        return []
    if file.src_uri == SELF_CHECK:  # the original's page reports them, once
        for line, key, values in found:
            if "found" in values:
                values = {**values, "found": describe(values["found"], words)}
            problems.report(where, build_message(config, key, **values), line=line)
    # The file is written in the site's default language: French texts get their
    # no-break spaces (« Relu : ... » never wraps before its colon).
    if is_french(default_language(config)):
        items = [{key: french_spacing(value) if key in TEXTS and isinstance(value, str) else value
                  for key, value in item.items()} if isinstance(item, dict) else item
                 for item in items]
    return items


def _check_status(config: MkDocsConfig) -> None:
    """The status written in mkdocs.yml must be the one the self-check gives."""
    declared = _settings.get("status")
    expected = _conformity["status"]
    if declared and declared != expected:
        problems.report(CONFIG_FILE, build_message(
            config, "accessibility_status_rate", value=declared, expected=expected,
            **_conformity))
