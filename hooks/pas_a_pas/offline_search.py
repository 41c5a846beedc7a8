"""The search index of a site opened from a folder or a USB key (file://).

From `file://`, browsers forbid the `import()` of Pagefind's script and the `fetch()` of
its chunks; a classic `<script src>` still loads. So each language also gets a compact
index written as a script, `search/offline.fr.js` (`en/search/offline.en.js`), which
assigns it to `window.tutSearchOffline`; search.js adds that script to the page the first
time the reader uses search from a folder, and only then (over HTTP, Pagefind as before).

What it holds, made at build time from the pages' data (their converted content, read
by `page_text`, not the pages written):

- `pages`: per page, `[address from the language's folder, title, excerpt, [step
  headings]]`; the excerpt is the summary of a tutorial, the first words of another page;
- `words`: every word of the titles, summaries, tags, step titles and of the pages' text,
  folded (lower case, no accents: "Démarche" and "demarche" are one word), sorted, joined
  by spaces, so that a prefix ("démar") is a binary search away;
- `lists`: for each word, the pages that hold it: the page numbers' differences in base 36
  joined by ",", or, when shorter (a word on many pages), `~` and a bitmap in base 64.

At 1,000 tutorials it stays well under 1 MB per language (`make bench` measures it).
"""

from __future__ import annotations

import base64
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

# Where each language's index goes, from its folder ("" for the default language).
OFFLINE_SCRIPT = "search/offline.{locale}.js"
GLOBAL = "tutSearchOffline"
# Words the excerpt of a page without a summary keeps.
EXCERPT_WORDS = 30
# A run of letters and digits (`str.isalnum`: \w but "_"), with the combining accents
# of a decomposed text (fold removes them).
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
# The same runs and "_", in one class: the regular expression engine goes through a page's
# text with it in half the time it takes with the alternation; `_folded` splits at "_".
_RUN = re.compile(r"[\w\u0300-\u036f]+")
# Letters that Unicode does not decompose into a letter and an accent.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"})


@dataclass
class Entry:
    """A page as search sees it."""

    url: str
    title: str
    text: str = ""
    summary: str = ""
    tags: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)  # the step headings ("Étape 1 : …")


def fold(text: str) -> str:
    """Lower case without accents, as search.js folds the query ("Éléments" → "elements")."""
    decomposed = unicodedata.normalize("NFD", text.lower().translate(_LIGATURES))
    return "".join(char for char in decomposed if not unicodedata.category(char).startswith("M"))


def words(text: str) -> set[str]:
    """The folded words of `text`, each once: runs of letters and digits (search.js
    splits alike). Each distinct run is folded once: a page's text repeats most words."""
    return {word for run in set(_RUN.findall(text.lower())) for word in _folded(run)}


@functools.lru_cache(maxsize=1 << 16)
def _folded(raw: str) -> tuple[str, ...]:
    """A run of letters, digits, accents and "_", folded: one word, or more, split at
    "_" and where folding leaves a character that is not a letter. Folding each distinct
    word once, rather than every character of every page: 0.8 s instead of 1.8 s for the
    2,053 pages of 1,000 tutorials in two languages."""
    return tuple(_WORD.findall(fold(raw)))


def build_index(entries: Iterable[Entry]) -> dict:
    """The index of `entries`, in their order (a page's number is its place)."""
    pages, postings = [], {}
    for number, entry in enumerate(entries):
        # A page's text starts with its title, already the result's heading.
        text = entry.text.removeprefix(entry.title).strip()
        excerpt = entry.summary or " ".join(text.split()[:EXCERPT_WORDS])
        pages.append([entry.url, entry.title, excerpt, entry.steps])
        seen = words(" ".join([entry.title, entry.summary, *entry.tags, *entry.steps,
                               entry.text]))
        for word in seen:
            postings.setdefault(word, []).append(number)
    # In the order of JavaScript's string comparison (UTF-16), that search.js relies on.
    vocabulary = sorted(postings, key=lambda word: word.encode("utf-16-be"))
    return {
        "pages": pages,
        "words": " ".join(vocabulary),
        "lists": [encode(postings[word], len(pages)) for word in vocabulary],
    }


def encode(numbers: list[int], count: int) -> str:
    """Sorted page numbers, as differences in base 36 or as a bitmap, whichever is shorter."""
    previous, parts = 0, []
    for number in numbers:
        parts.append(_base36(number - previous))
        previous = number
    deltas = ",".join(parts)
    bits = bytearray((count + 7) // 8)
    for number in numbers:
        bits[number // 8] |= 1 << (number % 8)
    bitmap = "~" + base64.b64encode(bytes(bits)).decode("ascii").rstrip("=")
    return bitmap if len(bitmap) < len(deltas) else deltas


def decode(value: str, count: int) -> list[int]:
    """The page numbers of `encode` (search.js decodes alike; the tests use this one)."""
    if value.startswith("~"):
        data = value[1:]
        bits = base64.b64decode(data + "=" * (-len(data) % 4))
        return [n for n in range(count) if bits[n // 8] >> (n % 8) & 1]
    numbers, total = [], 0
    for part in value.split(","):
        total += int(part, 36)
        numbers.append(total)
    return numbers


def script(index: dict) -> str:
    """The index as a script assigning it to `window.tutSearchOffline`."""
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    # A page's text must never read as markup, wherever this file is looked at: "<", ">"
    # and "&" only occur inside JSON strings, where their \u escapes mean the same.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f"window.{GLOBAL}={data};\n"


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if not number:
            return text
