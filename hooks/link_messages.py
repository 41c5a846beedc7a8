"""MkDocs' own link warnings, said like ours: in the author's language, with the line.

MkDocs checks every link of every page (`validation:` in mkdocs.yml) and, when one is
broken, writes in English "Doc file 'tutoriels/x.md' contains a link 'autre.md', but the
target 'tutoriels/autre.md' is not found among documentation files.": a path the author
does not see from the project root, no line, no way to fix it. The check is MkDocs' and
stays MkDocs' (same cases, same level, so `--strict` counts them as before); this hook
only rewrites those few sentences, with a logging filter on MkDocs' loggers, into the
form of every other build message (`errors:` of the strings files): the file from the
project root, the line of the link, what is wrong, how to fix it.

A sentence this hook does not know (another MkDocs version) is left as MkDocs wrote it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from _common import build_message

LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")

_FILE = r"Doc file '(?P<file>.+?)' contains "
_SUGGESTION = r"(?: Did you mean '(?P<suggestion>.*)'\?)?$"
# MkDocs 1.6's sentences (mkdocs/structure/pages.py and nav.py), each with its message key.
SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(_FILE + r"a link '(?P<link>.*)', but the target(?: '(?P<target>.+?)')? is not "
                r"found among documentation files\." + _SUGGESTION), "link_not_found"),
    (re.compile(_FILE + r"a link '(?P<link>.*)', but there is no such anchor on this page\."),
     "link_anchor_here"),
    (re.compile(_FILE + r"a link '(?P<link>.*)', but the doc '(?P<page>.+?)' does not contain "
                r"an anchor '#(?P<anchor>.*)'\.$"), "link_anchor_there"),
    (re.compile(_FILE + r"an unrecognized relative link '(?P<link>.*)', it was left as is\."
                + _SUGGESTION), "link_unrecognized"),
    (re.compile(_FILE + r"an absolute link '(?P<link>.*)', it was left as is\." + _SUGGESTION),
     "link_absolute"),
    (re.compile(_FILE + r"a link to '(?P<target>.+?)' which is excluded from the built site\.$"),
     "link_excluded"),
    (re.compile(r"A reference to '(?P<target>.+?)' is included in the 'nav' configuration, "
                r"which is not found in the documentation files\.$"), "nav_not_found"),
)


# Before any page is converted (MkDocs checks links while converting).
@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for existing in [f for f in logger.filters if isinstance(f, LinkMessages)]:
            logger.removeFilter(existing)  # the filter of a previous build (mkdocs serve)
        logger.addFilter(LinkMessages(
            lambda key, **values: build_message(config, key, **values), config.docs_dir,
            _project_path(config, config.docs_dir),
            _project_path(config, config.config_file_path or "")))
    return config


class LinkMessages(logging.Filter):
    """Rewrites MkDocs' link sentences in a record; never drops one."""

    def __init__(self, message: Callable[..., str], docs_dir: str, docs: str,
                 config_file: str) -> None:
        super().__init__()
        self.message, self.docs_dir, self.docs, self.config_file = (
            message, docs_dir, docs, config_file)

    def filter(self, record: logging.LogRecord) -> bool:
        text = rewrite(record.getMessage(), self.message, self.docs_dir, self.docs,
                       self.config_file)
        if text is not None:
            record.msg, record.args = text, ()
        return True


def rewrite(sentence: str, message: Callable[..., str], docs_dir: str, docs: str,
            config_file: str) -> str | None:
    """Our message for one of MkDocs' sentences, or None for a sentence we do not know.

    `message(key, **values)` builds a message of the strings files; `docs_dir` is the
    docs folder (to find the link's line), `docs` and `config_file` the docs folder and
    mkdocs.yml as the author sees them from the project root.
    """
    for pattern, key in SENTENCES:
        found = pattern.match(sentence)
        if found is None:
            continue
        values = found.groupdict()
        link = values.get("link") or ""
        text = message(
            key, link=link, docs=f"{docs}/", anchor=values.get("anchor") or link.partition("#")[2],
            target=f"{docs}/{values.get('target') or link.lstrip('/')}",
            page=f"{docs}/{values.get('page')}",
        )
        if values.get("suggestion"):
            text += message("link_suggestion", suggestion=values["suggestion"])
        if values.get("file") is None:  # the nav, in mkdocs.yml
            return message("where", where=config_file, message=text)
        where = f"{docs}/{values['file']}"
        line = _line_of(os.path.join(docs_dir, values["file"]), link)
        if line:
            where = message("at_line", where=where, line=line)
        return message("where", where=where, message=text)
    return None


def _line_of(path: str, link: str) -> int | None:
    """The line of the file where the link is written (its first occurrence), if found."""
    if not link:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if f"({link}" in line or f"]: {link}" in line or f'"{link}"' in line:
                    return number
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _project_path(config: MkDocsConfig, path: str) -> str:
    """`path` as the author sees it from the project root ("docs", "mkdocs.yml")."""
    root = os.path.dirname(config.config_file_path or "") or os.getcwd()
    return os.path.relpath(path, root).replace(os.sep, "/") if path else "mkdocs.yml"
