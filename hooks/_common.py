"""Helpers shared by the hooks: the logger, the strings files, error collection, paths.

Hooks import this module as a sibling (MkDocs >= 1.6 puts the hook's folder on sys.path
while loading it).
"""

from __future__ import annotations

import datetime
import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemBytecodeCache
from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE

import tutorial_schema

log = get_plugin_logger("pas-a-pas")

STRINGS_DIR = Path(__file__).parent / "strings"
DEFAULT_LANGUAGE = "fr"
# Written right to left: Arabic, Hebrew, Persian, Urdu, Pashto, Kurdish (Sorani), Yiddish.
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "ckb", "yi"})


# Strings ------------------------------------------------------------------------------


@functools.cache
def strings(language: str) -> dict[str, Any]:
    """The user-facing strings of `language`, French filling in what a translation lacks.

    One YAML file per language (`hooks/strings/<lang>.yml`) holds every word that hooks,
    templates and mockups show, so that translating the tool is editing one file.
    """
    base = _read_strings(DEFAULT_LANGUAGE)
    if language == DEFAULT_LANGUAGE or not (STRINGS_DIR / f"{language}.yml").is_file():
        return base
    return _merge(base, _read_strings(language))


def strings_language(language: str) -> str:
    """The language `strings(language)` is written in: French when no file translates it."""
    return language if (STRINGS_DIR / f"{language}.yml").is_file() else DEFAULT_LANGUAGE


def text_direction(language: str) -> str:
    """"rtl" for the languages written right to left, else "ltr" (for `dir` attributes)."""
    return "rtl" if language.split("-")[0].split("_")[0] in RTL_LANGUAGES else "ltr"


def page_language(config: MkDocsConfig, page: Page | None = None) -> str:
    """The language a page is written in; without a page, the language being built.

    mkdocs-static-i18n builds the whole site once per language and sets the theme's
    language for each run: that is the reader's language (interface, dates, notices).
    A page that has no translation yet is the French file shown in the English site:
    its content (step labels, header, footer) stays French, so that words and text
    agree, and `reader_language` gives the language of the interface around it.
    """
    locale = getattr(page.file, "locale", None) if page is not None else None
    return str(locale or reader_language(config))


def reader_language(config: MkDocsConfig) -> str:
    """The language of the site being built (`fr`, then `en` under mkdocs-static-i18n)."""
    return str(config.theme.get("language") or DEFAULT_LANGUAGE)


def site_languages(config: MkDocsConfig) -> list[dict[str, Any]]:
    """The languages of the site, the default first: locale, name, whether built.

    Read from mkdocs-static-i18n's configuration; a site without the plugin has one
    language, the theme's.
    """
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return [{"locale": reader_language(config), "name": "", "default": True}]
    languages = [
        {"locale": lang.locale, "name": lang.name, "default": bool(lang.default)}
        for lang in plugin.config.languages
        if lang.build
    ]
    return sorted(languages, key=lambda lang: not lang["default"])


def language_folder(config: MkDocsConfig, language: str | None = None) -> str:
    """Where a language's pages go in the built site: "" for the default, "en" for English.

    A hook that generates pages (`File.generated`) must add them in `on_files` after
    mkdocs-static-i18n (priority below -100) and prefix their `dest_uri` with this
    folder, so that each language's run writes its own copy.
    """
    language = language or reader_language(config)
    if config.plugins.get("i18n") is None or language == default_language(config):
        return ""
    return language


def other_languages_follow(config: MkDocsConfig) -> bool:
    """Whether this build runs inside the default language's, in the same process, which
    goes on once it ends (mkdocs-static-i18n builds the other languages from its
    `on_post_build`): what waits for every language waits there, not here.

    Not in the second process of hooks/parallel_languages.py, where the other languages'
    builds are all there is.
    """
    plugin = config.plugins.get("i18n")
    return bool(getattr(plugin, "building", False)) and not build_report["second_process"]


def parallel_enabled(serving: bool) -> bool:
    """Whether a build may fork a second process (hooks/parallel_languages.py,
    hooks/fallback_pages.py): not while serving (its rebuilds are small), only where
    `os.fork` exists, with more than one core, unless `TUT_PARALLEL=0`."""
    return (not serving and hasattr(os, "fork") and (os.cpu_count() or 1) > 1
            and os.environ.get("TUT_PARALLEL", "1") != "0")


def fork_second_process(work: Callable[[], bytes], handler: logging.Handler) -> tuple[int, int]:
    """Fork. The second process logs only to `handler`, runs `work`, sends the bytes it
    returns to the first and exits (with status 1, having sent nothing, if `work`
    raised). The first gets its pid and the pipe's reading end, for `end_second_process`.
    """
    read, write = os.pipe()
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    pid = os.fork()
    if pid == 0:  # the second process: never returns
        status = 1
        try:
            os.close(read)
            logger = logging.getLogger("mkdocs")
            for existing in list(logger.handlers):
                logger.removeHandler(existing)
            logger.addHandler(handler)
            data = work()
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def end_second_process(pid: int, read: int) -> tuple[bytes, int]:
    """Wait for a process of `fork_second_process`: what it sent, and its exit code."""
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    return data, os.waitstatus_to_exitcode(status)


# What every language's build adds up, for the summary of hooks/build_log.py: pages
# written per language. The second process of hooks/parallel_languages.py sends its own
# back to the first.
build_report: dict[str, Any] = {"pages": {}, "second_process": False}


def default_language(config: MkDocsConfig) -> str:
    """The language of unsuffixed files (`franceconnect.md`), French unless a fork says."""
    return site_languages(config)[0]["locale"]


def format_date(value: datetime.date | None, language: str) -> str:
    """A date as readers expect it in `language`, e.g. "06 avril 2022"; "" for no date."""
    if not isinstance(value, datetime.date):
        return ""
    words = strings(language)["dates"]
    month = words["months"][value.month - 1]
    return words["format"].format(day=value.day, month=month, year=value.year)


def register_extension(config: MkDocsConfig, extension: Extension) -> None:
    """Add one of our Markdown extensions to every page, replacing an earlier copy.

    mkdocs-static-i18n runs a whole build (on_config included) once per language on the
    same config: Python-Markdown would refuse a block registered twice.
    """
    config.markdown_extensions[:] = [
        ext for ext in config.markdown_extensions if type(ext) is not type(extension)
    ]
    config.markdown_extensions.append(extension)


# Errors -------------------------------------------------------------------------------


def build_message(config: MkDocsConfig | None, key: str, /, **values: Any) -> str:
    """The build message `errors.<key>` of the strings files, filled in with `values`.

    Authors read these messages, so they are written in the site's default language
    (French here, English for a fork whose default language is English), like every
    other word of the interface. Placeholders are `str.format` fields: `{field}`...
    """
    return error_messages(config)[key].format(**values)


def error_messages(config: MkDocsConfig | None) -> dict[str, Any]:
    """Every build message (`errors:` of the strings files) in the site's default language.

    The pure modules (`tutorial_schema`, `steps`, `mockup_block`, `mockup_scenario`,
    `authoring`) import nothing from MkDocs: the hooks give them this mapping.
    """
    language = default_language(config) if config is not None else DEFAULT_LANGUAGE
    return strings(language)["errors"]


class Problems:
    """The errors found during a build: one collection, one owner, one way out.

    Every hook reports through `problems.report(where, message, line=None)`; each error
    is logged at once with its file (and line), and the build fails once, with every
    error of the run listed, before any page is written. The lifecycle is driven by the
    hook `hooks/problems.py` (clear first, raise last, whatever the order of the hooks in
    mkdocs.yml); the object lives here because MkDocs loads each hook file as a module
    of its own, while `_common` is one module shared by every hook.
    """

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.config: MkDocsConfig | None = None

    def clear(self, config: MkDocsConfig | None = None) -> None:
        """Forget the errors of a previous build; `config` gives the messages' language."""
        self.messages.clear()
        self.config = config

    def report(self, where: str, message: str, line: int | None = None) -> None:
        """Log one error about file `where` (its `line`, counted from 1, when known)."""
        if line:
            where = build_message(self.config, "at_line", where=where, line=line)
        text = build_message(self.config, "where", where=where, message=message)
        self.messages.append(text)
        log.error(text)

    def raise_if_any(self) -> None:
        """Fail the build if any error was reported (PluginError: no traceback shown)."""
        if self.messages:
            count = len(self.messages)
            key = "summary_one" if count == 1 else "summary_many"
            raise PluginError(build_message(self.config, key, count=count))


problems = Problems()


class PageState:
    """What the hooks decide for the page being converted, read by our Markdown extensions.

    MkDocs converts one page at a time. Our extensions are plain Python-Markdown
    (no MkDocs import): each takes a `settings` callable returning its settings for the
    current document. A hook registers the extension once, in `on_config`, with
    `settings=page_state.reader("steps", StepSettings())`, and sets that page's value in
    `on_page_markdown` with `page_state.set("steps", StepSettings(...))`. Before the
    first page (or in another builder) the reader returns the default.
    """

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}

    def clear(self) -> None:
        self._values.clear()

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def reader(self, key: str, default: Any) -> Callable[[], Any]:
        """The settings callable to give an extension: the value set for the current page."""
        return lambda: self._values.get(key, default)

    def block_line(self, name: str, number: int) -> int | None:
        """The line of the file where block `name` number `number` (from 1) opens.

        `authoring.py` gives the authoring checks a `block_lines` mapping for the page
        ({name: [line of each opening]}), filled while the page's source is read, before
        the blocks are built: the hooks of the blocks name the line in their messages.
        """
        lines = self._values.get("block_lines", {}).get(name, [])
        return lines[number - 1] if 0 < number <= len(lines) else None


page_state = PageState()


def is_tutorial(page: Page) -> bool:
    """Tutorials are the pages under `tutoriels/`, except the section's index."""
    return is_tutorial_uri(page.file.src_uri)


def is_tutorial_uri(src_uri: str) -> bool:
    """`is_tutorial` for a file before its page is read ("tutoriels/x.md")."""
    parts = src_uri.split("/")
    return (len(parts) > 1 and parts[0] == "tutoriels" and parts[-1].endswith(".md")
            and not parts[-1].startswith("index."))


# Templates ----------------------------------------------------------------------------


def theme_environment(config: MkDocsConfig) -> Environment:
    """The theme's Jinja environment, for a hook that renders templates of its own.

    With the compiled-templates cache of hooks/speed.py, so that these templates are not
    compiled again at every build either.
    """
    env = config.theme.get_env()
    env.bytecode_cache = template_cache(config)
    return env


def template_cache(config: MkDocsConfig) -> FileSystemBytecodeCache:
    """Compiled templates in `.cache/jinja/` beside mkdocs.yml (or JINJA_CACHE)."""
    folder = os.environ.get("JINJA_CACHE") or os.path.join(
        os.path.dirname(os.path.abspath(config.config_file_path or "mkdocs.yml")),
        ".cache", "jinja",
    )
    os.makedirs(folder, exist_ok=True)
    return FileSystemBytecodeCache(folder)


# Paths --------------------------------------------------------------------------------


def source_path(config: MkDocsConfig, file: File) -> str:
    """The file's path as its author sees it from the project root ("docs/tutoriels/x.md")."""
    root = os.path.dirname(config.config_file_path or "") or os.getcwd()
    return _relative_path(file.abs_src_path or file.src_path, root)


@functools.lru_cache(maxsize=16384)
def _relative_path(path: str, root: str) -> str:
    """Every hook names the page it reports on or checks, many times per page."""
    return os.path.relpath(path, root).replace(os.sep, "/")


def front_matter(path: str | os.PathLike | None) -> dict[str, Any]:
    """The front matter of a Markdown file, parsed once per version of the file.

    Several hooks read fields of the tutorials before MkDocs reads the pages (drafts.py:
    `draft`, catalogue.py: category and title, translations.py: dates), and each
    language's build runs them again: one YAML parse per file instead of five. Dates stay
    text (`tutorial_schema.parse_front_matter`). {} when the file has no front matter or
    one that cannot be read (tutorials.py says why), or no file (a generated page).
    Shared: read it, never change it.
    """
    if path is None:
        return {}
    stat = os.stat(path)
    return _front_matter(os.fspath(path), stat.st_mtime_ns, stat.st_size)


# Internals ----------------------------------------------------------------------------


def _read_strings(language: str) -> dict[str, Any]:
    with open(STRINGS_DIR / f"{language}.yml", encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


@functools.lru_cache(maxsize=8192)
def _front_matter(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    # A file that is not UTF-8 is reported by authoring.py; its fields are read anyway.
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        match = YAML_RE.match(handle.read())
    if not match:
        return {}
    try:
        return tutorial_schema.parse_front_matter(match.group(1))
    except tutorial_schema.Invalid:
        return {}
