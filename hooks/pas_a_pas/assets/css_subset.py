"""A stylesheet without the rules of components a site does not use (no MkDocs import).

Material's stylesheet styles every component it has: content tabs, keyboard keys,
annotations, the blog, the cookie consent, the repository link... A site that enables
none of them still downloads their rules. `subset` drops a rule when each of its
selectors names a class of a component that is not used (a class in the selector
itself, not inside `:not(...)` nor `:is(...)`: those keep the rule), and, unless the
site writes right to left, the rules for `[dir=rtl]` pages. The custom properties
holding an icon (`--md-...-icon: url(...)`) that no rule left reads go too. Everything
else stays byte for byte, in order: media queries, keyframes, print rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A class in a selector: `.md-source__icon`, `.tabbed-labels`.
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# Groups in a selector, `:not(.a)`, `:is(.a,.b)`, `[data-x="y"]`: their classes do not count.
_GROUP = re.compile(r"\([^()]*\)|\[[^\]]*\]")
# An icon custom property: its name and its value, up to the declaration's end.
_ICON_PROPERTY = re.compile(r"(--[\w-]+):url\(")
# At-rules whose body holds rules (the others are kept whole).
_NESTING = ("@media", "@supports", "@layer", "@container")


def subset(css: str, unused: Iterable[str], rtl: bool = True, readers: str = "") -> str:
    """`css` without the rules that only style classes matching `unused` (regexes, each
    matched from a class name's start), nor `[dir=rtl]` rules unless `rtl`; then without
    the icon custom properties read neither by the rules left nor by `readers` (other
    stylesheets). `css` is minified: its comments are dropped, its text kept."""
    pattern = re.compile("|".join(f"(?:{regex})" for regex in unused) or r"(?!)")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.DOTALL)
    kept = "".join(_filter(_blocks(css), pattern, rtl))
    return _drop_unread_icons(kept, readers)


def _filter(blocks: list[tuple[str, str | None]], unused: re.Pattern[str], rtl: bool):
    for prelude, body in blocks:
        if body is None:
            yield prelude + ";"
        elif prelude.startswith(_NESTING):
            inner = "".join(_filter(_blocks(body), unused, rtl))
            if inner:
                yield f"{prelude}{{{inner}}}"
        elif prelude.startswith("@"):
            yield f"{prelude}{{{body}}}"
        else:
            selectors = [s for s in _split(prelude) if _used(s, unused, rtl)]
            if selectors:
                yield f"{','.join(selectors)}{{{body}}}"


def _used(selector: str, unused: re.Pattern[str], rtl: bool) -> bool:
    if not rtl and "[dir=rtl]" in selector.replace('"', ""):
        return False
    bare = selector
    while _GROUP.search(bare):
        bare = _GROUP.sub("", bare)
    return not any(unused.match(name) for name in _CLASS.findall(bare))


def _drop_unread_icons(css: str, readers: str) -> str:
    """Without the `--x:url(...)` declarations whose property no `var(--x)` reads."""
    read = set(re.findall(r"var\((--[\w-]+)", css + readers))
    out, position = [], 0
    for match in _ICON_PROPERTY.finditer(css):
        if match.group(1) in read or match.start() < position:
            continue
        end = _end_of_declaration(css, match.end())
        start = match.start()
        # The declaration with its separator: the `;` after it, or else the one before.
        if css[end:end + 1] == ";":
            end += 1
        elif css[start - 1:start] == ";":
            start -= 1
        out.append(css[position:start])
        position = end
    out.append(css[position:])
    return "".join(out)


def _end_of_declaration(css: str, index: int) -> int:
    """Where the declaration holding `index` (just inside its `url(`) ends: its `;` or its
    block's `}`."""
    depth = 1
    while True:
        index = _scan(css, index, "();}")
        if index >= len(css):
            return index
        if css[index] in "()":
            depth += 1 if css[index] == "(" else -1
        elif depth == 0:
            return index
        index += 1


def _blocks(css: str) -> list[tuple[str, str | None]]:
    """The top-level statements of `css`: (prelude, body), body None for `@x ...;`."""
    blocks, index, size = [], 0, len(css)
    while index < size:
        stop = _scan(css, index, "{;")
        if stop >= size:
            break
        prelude = css[index:stop].strip()
        if css[stop] == ";":
            blocks.append((prelude, None))
            index = stop + 1
            continue
        end = _closing(css, stop)
        blocks.append((prelude, css[stop + 1:end]))
        index = end + 1
    return blocks


def _scan(css: str, index: int, stops: str) -> int:
    """The index of the first of `stops` from `index`, outside strings."""
    quote = ""
    while index < len(css):
        char = css[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in stops:
            return index
        index += 1
    return index


def _closing(css: str, index: int) -> int:
    """The index of the `}` closing the `{` at `index`."""
    depth = 0
    while True:
        index = _scan(css, index, "{}")
        if index >= len(css):
            return index
        depth += 1 if css[index] == "{" else -1
        if depth == 0:
            return index
        index += 1


def _split(selectors: str) -> list[str]:
    """A selector list split at its top-level commas."""
    parts, depth, start, quote = [], 0, 0, ""
    for index, char in enumerate(selectors):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(selectors[start:index])
            start = index + 1
    parts.append(selectors[start:])
    return [part.strip() for part in parts]
