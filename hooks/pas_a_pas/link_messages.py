"""MkDocs' link sentences rewritten as our build messages (a logging filter).

MkDocs checks every link of every page and, when one is broken, writes an English
sentence naming a path the author does not see from the project root, with no line.
`LinkMessages` rewrites those sentences, on MkDocs' loggers, into the form of every
other build message: the file from the project root, the line of the link, what is
wrong, how to fix it. A sentence it does not know (another MkDocs version) is left as
MkDocs wrote it. A link from a published page to a draft, which MkDocs only mentions
(information), becomes an error: the published page would have a dead link. A sentence
said already in this build (by another language's build of the same page) is not said
again: the author fixes one link once.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from collections.abc import Callable

from pas_a_pas.tutorials import says_draft

LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")

_FILE = r"Doc file '(?P<file>.+?)' contains "
_SUGGESTION = r"(?: Did you mean '(?P<suggestion>.*)'\?)?$"
_EXCLUDED = re.compile(
    _FILE + r"a link to '(?P<target>.+?)' which is excluded from the built site\.$")
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
    (_EXCLUDED, "link_excluded"),
    (re.compile(r"A reference to '(?P<target>.+?)' is included in the 'nav' configuration, "
                r"which is not found in the documentation files\.$"), "nav_not_found"),
)


class LinkMessages(logging.Filter):
    """Rewrites MkDocs' link sentences in a record; never drops one."""

    def __init__(self, message: Callable[..., str], docs_dir: str, docs: str,
                 config_file: str, report_draft_link: Callable[[str], None] | None = None,
                 said: set[str] | None = None) -> None:
        super().__init__()
        self.message, self.docs_dir, self.docs, self.config_file = (
            message, docs_dir, docs, config_file)
        self.report_draft_link = report_draft_link
        self.said = said if said is not None else set()

    def filter(self, record: logging.LogRecord) -> bool:
        sentence = record.getMessage()
        text = rewrite(sentence, self.message, self.docs_dir, self.docs, self.config_file)
        if text is None:
            return True
        if text in self.said:
            return False
        self.said.add(text)
        draft = _draft_target(sentence, self.docs_dir)
        if draft and record.levelno >= logging.INFO and self.report_draft_link is not None:
            # A published page linking to a draft: an error of the build, said once.
            self.report_draft_link(text)
            return False
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
        if key == "link_excluded" and _draft_target(sentence, docs_dir):
            key = "link_to_draft"
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
        written = link or _relative_link(values["file"], values.get("target") or "")
        line = _line_of(os.path.join(docs_dir, values["file"]), written)
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


def _relative_link(page: str, target: str) -> str:
    """A link from `page` to `target` as an author writes it ("brouillon.md"): MkDocs names
    only the target of a link to an excluded page; this finds the link's line."""
    if not target:
        return ""
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def _draft_target(sentence: str, docs_dir: str) -> str | None:
    """The draft a sentence says is excluded from the site (`draft: true`), if it is one."""
    found = _EXCLUDED.match(sentence)
    if found is None:
        return None
    target = found.group("target")
    return target if says_draft(os.path.join(docs_dir, target)) else None
