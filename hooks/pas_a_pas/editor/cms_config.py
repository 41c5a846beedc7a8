"""The editor's configuration (`admin/config.yml`), generated from what the site declares.

Sveltia CMS reads this file to build its forms. Nothing in it is written by hand: the
tutorial collection has one form field per front-matter field of
`pas_a_pas.schema.tutorials.fields()`, its widget from the kind the field's check
declares (`pas_a_pas.schema.kinds`), its label and help from the strings files
(`editor.fields`); the categories come from `extra.categories`, the languages from the
i18n plugin, the backend from `extra.editor`. A field or a category added there is in
the editor at the next build. Imports nothing from MkDocs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

from pas_a_pas.schema.kinds import Kind, kind_of
from pas_a_pas.schema.tutorials import Field

BACKENDS = ("github", "gitlab")
BACKEND_KEYS = ("backend", "repo", "branch", "base_url", "app_id")
# Kinds whose value is the same in every language: written once, copied to translations.
SHARED_KINDS = ("integer", "flag", "choice", "choices", "category")
# Front-matter texts that run over several lines (a textarea rather than one line).
LONG_TEXTS = ("summary", "credits")
# Our blocks as editor components (overrides/admin/tut-editor.js), and Sveltia's image.
COMPONENTS = ("tut-step", "tut-helper", "tut-mockup", "tut-tip", "image")


@dataclass(frozen=True)
class Site:
    """What the site declares that the editor needs, read by hooks/editor.py."""

    docs_dir: str  # relative to the repository's root ("docs")
    languages: Sequence[str]  # the default language first
    categories: Sequence[tuple[str, str]]  # (id, label in the default language)
    folder: str = "pas-a-pas"  # the repository's folder, named by the local-folder mode
    backend: Mapping[str, Any] = field(default_factory=dict)  # extra.editor


def check_backend(declared: Any) -> list[tuple[str, dict[str, Any]]]:
    """The problems of `extra.editor` (strings key, values); none when it is absent."""
    if declared is None:
        return []
    if not isinstance(declared, dict):
        return [("editor_not_mapping", {})]
    problems = []
    if declared.get("backend") not in BACKENDS:
        problems.append(("editor_backend", {"known": ", ".join(BACKENDS),
                                            "found": str(declared.get("backend", ""))}))
    repo = declared.get("repo")
    if not isinstance(repo, str) or repo.count("/") < 1 or not all(repo.split("/")):
        problems.append(("editor_repo", {"found": str(repo or "")}))
    unknown = sorted(set(map(str, declared)) - set(BACKEND_KEYS))
    if unknown:
        problems.append(("editor_unknown_key", {"found": ", ".join(unknown),
                                                "known": ", ".join(BACKEND_KEYS)}))
    return problems


def config(site: Site, fields: Mapping[str, Field], words: Mapping[str, Any],
           levels: Mapping[str, str], title: str) -> dict[str, Any]:
    """The whole configuration, as a mapping (`dumps` writes it).

    `words` is the `editor:` section of the strings files in the default language;
    `levels` the levels' names (`tutorial.levels`); `title` the editor's name.
    """
    language, *others = site.languages
    settings: dict[str, Any] = {
        "backend": backend(site.backend, site.folder),
        "app_title": title,
        "media_folder": f"{site.docs_dir}/assets/images",
        "public_folder": "/assets/images",
        # No link to a deploy preview or to the public site from entries: their address
        # is not known here (a fork's Pages address).
        "show_preview_links": False,
        "slug": {"encoding": "ascii", "clean_accents": True},
        # Fields left empty are not written: a tutorial keeps only what its author gave.
        "output": {"omit_empty_optional_fields": True,
                   "yaml": {"quote": "none", "indent_sequences": True}},
        "collections": [tutorials(site, fields, words, levels)],
    }
    if site.backend and site.backend.get("backend") in BACKENDS:
        # A change is proposed (a pull or merge request), reviewed, then published.
        settings["publish_mode"] = "editorial_workflow"
    if others:
        settings["i18n"] = {
            # Our layout: `x.md` in the default language, `x.en.md` its translation.
            "structure": "multiple_files",
            "locales": [language, *others],
            "default_locale": language,
            "omit_default_locale_from_file_path": True,
            # A translation is written when it is made, not as an empty copy.
            "initial_locales": [language],
        }
    return settings


def backend(declared: Mapping[str, Any], folder: str = "pas-a-pas") -> dict[str, Any]:
    """Sveltia's backend from `extra.editor`; without one, a GitHub backend that only
    the local-folder mode (`make serve`, Chromium) can use: no repository is named but
    the folder to pick (`folder`)."""
    if not declared or declared.get("backend") not in BACKENDS:
        return {"name": "github", "repo": f"local/{folder}", "branch": "main"}
    settings: dict[str, Any] = {"name": declared["backend"], "repo": declared["repo"]}
    if declared.get("branch"):
        settings["branch"] = declared["branch"]
    if declared["backend"] == "gitlab":
        # GitLab signs in with PKCE: an OAuth application id, no secret anywhere.
        settings["auth_type"] = "pkce"
        if declared.get("app_id"):
            settings["app_id"] = declared["app_id"]
        if declared.get("base_url"):
            settings["base_url"] = declared["base_url"]
    elif declared.get("base_url"):
        # GitHub: an OAuth proxy of the fork's own (Sveltia CMS Authenticator); else a
        # fine-grained token limited to this repository (see the guide).
        settings["base_url"] = declared["base_url"]
    else:
        settings["auth_methods"] = ["token"]
    return settings


def tutorials(site: Site, fields: Mapping[str, Field], words: Mapping[str, Any],
              levels: Mapping[str, str]) -> dict[str, Any]:
    """The tutorial collection: `docs/tutoriels/`, one form field per front-matter field."""
    translated = len(site.languages) > 1
    form = [form_field(name, spec, site, words, levels, translated)
            for name, spec in fields.items()]
    body: dict[str, Any] = {
        "name": "body", "label": words["body"]["label"], "hint": words["body"]["hint"],
        "widget": "markdown", "editor_components": list(COMPONENTS),
    }
    if translated:
        body["i18n"] = True
    collection = {
        "name": "tutoriels",
        "label": words["collection"]["label"],
        "label_singular": words["collection"]["label_singular"],
        "description": words["collection"]["description"],
        "folder": f"{site.docs_dir}/tutoriels",
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "slug": "{{title}}",
        "identifier_field": "title",
        "summary": "{{title}}",
        "sortable_fields": ["title", "updated", "category"],
        "fields": [*form, body],
    }
    if translated:
        collection["i18n"] = True
    return collection


def form_field(name: str, spec: Field, site: Site, words: Mapping[str, Any],
               levels: Mapping[str, str], translated: bool) -> dict[str, Any]:
    """One form field: its widget from the check's kind, its words from `editor.fields`."""
    kind = kind_of(spec.check)
    texts = words["fields"].get(name, {})
    # `category` is required too: hooks/tutorials.py checks it against mkdocs.yml.
    required = spec.required or kind.name == "category"
    label = texts.get("label", name)
    settings: dict[str, Any] = {"name": name, "label": label,
                                **widget(kind, name, label, site, levels, texts)}
    if texts.get("hint"):
        settings["hint"] = texts["hint"]
    if not required:
        settings["required"] = False
    if translated:
        settings["i18n"] = "duplicate" if kind.name in SHARED_KINDS else True
    return settings


def widget(kind: Kind, name: str, label: str, site: Site, levels: Mapping[str, str],
           words: Mapping[str, Any]) -> dict[str, Any]:
    """Sveltia's widget and its options for one kind of value; `words` are the field's
    own (`editor.fields.<name>`: the labels of a source's parts)."""
    if kind.name == "text":
        return {"widget": "text" if name in LONG_TEXTS else "string"}
    if kind.name == "texts":
        return {"widget": "list", "field": {"name": "item", "label": label, "widget": "string"}}
    if kind.name == "date":
        return {"widget": "datetime", "format": "YYYY-MM-DD", "time_format": False}
    if kind.name == "integer":
        settings: dict[str, Any] = {"widget": "number", "value_type": "int"}
        if "minimum" in kind.options:
            settings["min"] = kind.options["minimum"]
        return settings
    if kind.name == "flag":
        return {"widget": "boolean"}
    if kind.name == "choice":
        return {"widget": "select", "options": [
            {"label": levels.get(value, value), "value": value}
            for value in kind.options["choices"]]}
    if kind.name == "choices":
        return {"widget": "select", "multiple": True,
                "options": list(kind.options["choices"])}
    if kind.name == "category":
        return {"widget": "select", "options": [
            {"label": label, "value": category} for category, label in site.categories]}
    if kind.name == "sources":
        return {"widget": "list", "summary": "{{fields.title}}", "fields": [
            {"name": "title", "label": words["title"], "widget": "string"},
            {"name": "url", "label": words["url"], "widget": "string",
             "pattern": [r"^\s*https://\S+\s*$", words["url_pattern"]]},
            {"name": "checked", "label": words["checked"],
             **widget(Kind("date"), "checked", words["checked"], site, levels, words)}]}
    raise ValueError(f"no editor widget for the kind {kind.name!r}")


def dumps(settings: Mapping[str, Any], header: str) -> str:
    """The file's text, with a first comment line saying where it comes from."""
    text = yaml.safe_dump(dict(settings), allow_unicode=True, sort_keys=False, width=100)
    return f"# {header}\n{text}"
