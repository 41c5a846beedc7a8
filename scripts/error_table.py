"""The table of every build message, for the authors' guide.

Usage: python scripts/error_table.py [--check]

Writes, in docs/guides/ecrire-un-tutoriel.md (French) and .en.md (English), between the
markers `<!-- errors:start -->` and `<!-- errors:end -->`, one row per message of the
`errors:` section of hooks/strings/<lang>.yml, grouped under the comments of that
section: so the guide lists exactly the messages the build writes. `--check` changes
nothing and exits 1 when a guide is out of date (tests/unit/test_error_table.py).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
STRINGS = ROOT / "hooks" / "strings"
GUIDES = {
    "fr": ROOT / "docs" / "guides" / "ecrire-un-tutoriel.md",
    "en": ROOT / "docs" / "guides" / "ecrire-un-tutoriel.en.md",
}
HEADERS = {"fr": ("clé", "message"), "en": ("key", "message")}
START, END = "<!-- errors:start -->", "<!-- errors:end -->"
KEY = re.compile(r"^  ([a-z0-9_]+):")
COMMENT = re.compile(r"^  # (.+)$")
TOP_LEVEL = re.compile(r"^(?:#|[a-z_]+:)", re.MULTILINE)


def table(language: str, folder: Path = STRINGS) -> str:
    """The Markdown of the table: a bold row per group, a row per message (of the
    strings files in `folder`)."""
    text = (folder / f"{language}.yml").read_text(encoding="utf-8")
    start = text.index("\nerrors:")
    # The section ends where the next top-level key (or its comment) starts, if any.
    following = TOP_LEVEL.search(text, start + len("\nerrors:"))
    section = text[start : following.start() if following else len(text)]
    messages = yaml.safe_load(section)["errors"]
    key_header, message_header = HEADERS[language]
    rows = [f"| {key_header} | {message_header} |", "| --- | --- |"]
    for line in section.splitlines()[1:]:
        comment, key = COMMENT.match(line), KEY.match(line)
        if comment:
            rows.append(f"| **{_cell(comment.group(1))}** | |")
        elif key and isinstance(messages.get(key.group(1)), str):
            rows.append(f"| `{key.group(1)}` | {_cell(messages[key.group(1)])} |")
        elif key:  # a list (the vague link texts)
            words = ", ".join(f"« {word} »" for word in messages[key.group(1)])
            rows.append(f"| `{key.group(1)}` | {_cell(words)} |")
    return "\n".join(rows)


def updated(language: str) -> str:
    """The guide's text with its table regenerated."""
    guide = GUIDES[language].read_text(encoding="utf-8")
    before, rest = guide.split(START, 1)
    _, after = rest.split(END, 1)
    return f"{before}{START}\n{table(language)}\n{END}{after}"


def main(argv: list[str]) -> int:
    stale = []
    for language, path in GUIDES.items():
        text = updated(language)
        if text != path.read_text(encoding="utf-8"):
            stale.append(path)
            if "--check" not in argv:
                path.write_text(text, encoding="utf-8")
    if stale and "--check" in argv:
        print("out of date (run python scripts/error_table.py):", *map(str, stale))
        return 1
    return 0


def _cell(text: str) -> str:
    """Plain text in a table cell: no pipe, link, HTML, emphasis or attribute list taken
    from it (attr_list would read a `{line}` ending the cell); `{{` is a brace."""
    text = text.replace("{{", "{").replace("}}", "}")
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), ("|", "&#124;"), ("[", "&#91;"),
                         ("*", "&#42;"), ("`", "&#96;"), ("{", "&#123;"), ("}", "&#125;")):
        text = text.replace(char, entity)
    return text


if __name__ == "__main__":
    sys.exit(main(sys.argv))
