"""How easy a tutorial is to read: words, sentences, syllables, a score, unexplained acronyms.

Pure functions over a tutorial's Markdown file, no MkDocs import: `make lisibilite`
(scripts/readability.py) prints the figures, hooks/readability.py turns them into build
warnings when mkdocs.yml sets thresholds (`extra.readability`).

What is read is what the citizen reads: the summary, the prerequisites and the text of
the steps (paragraphs, list items, "Bon à savoir" notes, link texts). Left out: titles
(a heading is not a sentence), the helper's notes (`/// helper`), practice screens
(`/// mockup`), code, web addresses, the credits. A sentence ends with . ! ? or …
followed by a space, or with its paragraph or list item. A word is what spaces and
punctuation separate, apostrophes and dots inside kept (« l'identité »,
« impots.gouv.fr » are one word each); a number is a word of one syllable.


Syllables are counted with pyphen's hyphenation dictionaries, as textstat does: a
word's hyphenation points plus one. Hyphenation never leaves a letter or two alone at a
word's edge, so it counts fewer syllables than are spoken in some words (« identité »,
iden-ti-té, counts 3; « été », « ami » count 1): the scores come out a little higher
than with spoken syllables, the same way for every tutorial, which is what they are for
(comparing texts, and a text with itself after an edit). French gets
the Kandel and Moles score (Flesch's formula fitted to French, the one textstat uses for
French): 207 − 1.015 × words per sentence − 73.6 × syllables per word; English gets
Flesch's Reading Ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word.
Both run from 0 (very hard) to 100 (very easy).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import pyphen

# (base, per word of a sentence, per syllable of a word), by language.
FORMULAS = {"fr": (207.0, 1.015, 73.6), "en": (206.835, 1.015, 84.6)}
HYPHENATION = {"fr": "fr_FR", "en": "en_US"}
SKIPPED_BLOCKS = frozenset({"helper", "mockup"})
READ_FIELDS = ("summary", "prerequisites")

_WORD = re.compile(r"\w+(?:['’.@/-]\w+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöùûüÿœæ]", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\")\]]*\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_INLINE = [
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),       # a link: its text
    (re.compile(r"<(?:https?://|mailto:)[^>]*>"), ""),      # a bare address
    (re.compile(r"`[^`]*`"), ""),                           # code
    (re.compile(r"\{[^{}]*\}"), ""),                        # attribute lists
    (re.compile(r"</?[a-zA-Z][^>]*>"), ""),                 # HTML tags
    (re.compile(r"(\*\*|__|\*|(?<!\w)_|_(?!\w))"), ""),     # emphasis marks
]


@dataclass(frozen=True)
class Sentence:
    text: str
    words: int
    line: int


@dataclass
class Report:
    """The figures of one tutorial in one language."""

    language: str
    sentences: list[Sentence] = field(default_factory=list)
    words: int = 0
    syllables: int = 0
    acronyms: list[tuple[str, int]] = field(default_factory=list)  # unexplained, first line

    @property
    def words_per_sentence(self) -> float:
        return self.words / len(self.sentences) if self.sentences else 0.0

    @property
    def longest(self) -> Sentence | None:
        return max(self.sentences, key=lambda sentence: sentence.words, default=None)

    @property
    def score(self) -> float | None:
        """Kandel and Moles (French), Flesch (English); None for another language."""
        formula = FORMULAS.get(_base(self.language))
        if formula is None or not self.words:
            return None
        base, per_word, per_syllable = formula
        per_word_syllables = self.syllables / self.words
        return base - per_word * self.words_per_sentence - per_syllable * per_word_syllables


def analyse(source: str, language: str, explained: Iterable[str] = ()) -> Report:
    """The report of a tutorial's whole file (front matter included, for the lines)."""
    report = Report(language)
    known = set(explained)
    for text, line in prose(source):
        for sentence in split_sentences(text, line):
            report.sentences.append(sentence)
    seen: set[str] = set()
    for sentence in report.sentences:
        for word in words(sentence.text):
            report.words += 1
            report.syllables += syllables(word, language)
            for acronym in acronyms(word):
                if acronym not in known and acronym not in seen:
                    seen.add(acronym)
                    report.acronyms.append((acronym, sentence.line))
    return report


def level(score: float | None, levels: Sequence[Sequence]) -> str:
    """The reading level of `score`: the label of the first band it reaches."""
    if score is None:
        return ""
    return next((str(label) for floor, label in levels if score >= floor), str(levels[-1][1]))


def explained_words(forms: Iterable[str]) -> set[str]:
    """The words of the glossary's terms and variants: an acronym among them is explained."""
    return {word for form in forms for word in _LETTERS.findall(form)}


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def acronyms(word: str) -> list[str]:
    """The acronyms of a word: its runs of two capital letters or more (« QR », « FAQ »)."""
    return [run for run in _LETTERS.findall(word) if len(run) > 1 and run.isupper()]


def syllables(word: str, language: str) -> int:
    """Hyphenation points plus one, for each run of letters holding a vowel; 1 for a
    number or an acronym without vowel (« QR »); 0 for an elided letter (« l' »)."""
    runs = _LETTERS.findall(word)
    if not runs:
        return 1
    hyphenate = _dictionary(HYPHENATION.get(_base(language), "fr_FR"))
    return sum(len(hyphenate.positions(run.lower())) + 1 if _VOWEL.search(run)
               else int(len(run) > 1) for run in runs)


def split_sentences(text: str, line: int) -> list[Sentence]:
    """The sentences of a paragraph starting at `line` (its lines joined by "\\n")."""
    sentences, start = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = " ".join(text[start:end].split())
        if words(piece):
            sentences.append(Sentence(piece, len(words(piece)), line + text.count("\n", 0, start)))
        if match:
            start = match.end()
    return sentences


def prose(source: str) -> list[tuple[str, int]]:
    """The citizen's text of a tutorial file: (paragraph, line of its first line)."""
    lines = source.splitlines()
    paragraphs: list[tuple[str, int]] = []
    body_start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i, text in enumerate(lines[1:], 1) if text.strip() == "---"), 0)
        paragraphs.extend(_front_matter(lines[1:end]))
        body_start = end + 1
    current: list[str] = []
    first = 0
    stack: list[str] = []
    fence = ""

    def close() -> None:
        if current:
            paragraphs.append((_clean("\n".join(current)), first))
            current.clear()

    for number, raw in enumerate(lines[body_start:], body_start + 1):
        text = raw.strip()
        if fence:
            fence = "" if text.startswith(fence) else fence
            continue
        if text.startswith(("```", "~~~")):
            close()
            fence = text[:3]
        elif text.startswith("///"):
            close()
            name = text[3:].split("|")[0].strip()
            if name:
                stack.append(name)
            elif stack:
                stack.pop()
        elif SKIPPED_BLOCKS & set(stack):
            continue
        elif not text or text.startswith(("#", "!!!", "???", "<")):
            close()
        elif _LIST_ITEM.match(raw):
            close()
            current.append(_LIST_ITEM.sub("", raw))
            first = number
        else:
            if not current:
                first = number
            current.append(text)
    close()
    return [(text, line) for text, line in paragraphs if text.strip()]


def _front_matter(lines: list[str]) -> list[tuple[str, int]]:
    """The summary (one paragraph) and each prerequisite, with their lines (file's)."""
    found: list[tuple[str, int]] = []
    key = ""
    for number, raw in enumerate(lines, 2):
        top = re.match(r"^([A-Za-z_]+):\s*(.*)$", raw)
        if top:
            key = top.group(1)
            value = top.group(2).strip()
            if key in READ_FIELDS and value and value not in (">-", ">", "|", "|-"):
                found.append((_clean(value.strip("'\"")), number))
            elif key in READ_FIELDS:
                found.append(("", number + 1))
            continue
        if key == "summary" and raw.strip():
            text, line = found.pop()
            found.append(((text + "\n" + raw.strip()).strip(), line))
        elif key == "prerequisites" and raw.strip().startswith("- "):
            found.append((_clean(raw.strip()[2:].strip("'\"")), number))
    return [(_clean(text), line) for text, line in found if text]


def _clean(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _base(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


@functools.lru_cache(maxsize=8)
def _dictionary(name: str) -> pyphen.Pyphen:
    # pyphen's defaults, as textstat's: no piece of fewer than 2 letters at either edge.
    return pyphen.Pyphen(lang=name)
