"""The glossary (`docs/glossaire.yml`): each term once, its variants and a definition per language.

Pure functions over the YAML text, no MkDocs import, so that the schema is tested on its
own and read the same way by the build (hooks/glossary.py) and the readability report
(scripts/readability.py). The file is a list; each item gives, for every language of the
site, the term as a reader sees it, the other forms it takes in a text (plural, other
spelling) and a definition in plain words:

    - fr:
        term: identifiant
        variants: [identifiants]
        definition: Le nom ou le numéro qui dit au site qui vous êtes.
      en:
        term: username
        definition: The name or number that tells the website who you are.

Problems come back as (message, line) pairs, the messages from the strings files'
`errors:` (given as `messages`), the line counted from the top of the file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pas_a_pas.core import yaml as core_yaml
from pas_a_pas.schema.categories import collation_key, slug
from pas_a_pas.schema.tutorials import describe

FIELDS = ("term", "variants", "definition")
# The data file under docs/, and the page that lists every term (one per language).
FILE = "glossaire.yml"
PAGE = "glossaire.md"


@dataclass(frozen=True)
class Term:
    """A term in one language: its anchor (`id`, the same in every language), the term,
    its variants and its definition, and the line of the file where its item starts."""

    id: str
    term: str
    variants: tuple[str, ...]
    definition: str
    line: int

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the term is written in a text: the term first, then its variants."""
        return (self.term, *self.variants)


@dataclass
class Glossary:
    """The checked glossary: its terms per language, and what was wrong (message, line)."""

    terms: dict[str, list[Term]] = field(default_factory=dict)
    problems: list[tuple[str, int | None]] = field(default_factory=list)

    def of(self, language: str) -> list[Term]:
        """The terms of `language`, sorted the French way (case and accents do not count)."""
        return sorted(self.terms.get(language, []), key=lambda term: sort_key(term.term))


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order as a French dictionary: « état » between « essai » and « étude »,
    without any locale installed (the accents and the case are taken out first)."""
    return (collation_key(text), text)


def by_letter(terms: Sequence[Term]) -> list[tuple[str, list[Term]]]:
    """Sorted terms grouped under their first letter, accents aside (« état » under E)."""
    groups: dict[str, list[Term]] = {}
    for term in terms:
        key = collation_key(term.term)
        groups.setdefault(key[:1].upper() if key[:1].isalpha() else "#", []).append(term)
    return list(groups.items())


def load(path: Path, languages: Sequence[str], messages: Mapping[str, Any]) -> Glossary:
    """The glossary of `path` (an empty one when the site has none), for tools outside
    the build (scripts/readability.py, hooks/readability.py)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return Glossary(terms={language: [] for language in languages})
    return parse(text, languages, messages)


def parse(text: str, languages: Sequence[str], messages: Mapping[str, Any]) -> Glossary:
    """Read and check the glossary's YAML `text` for the site's `languages` (default first)."""
    glossary = Glossary(terms={language: [] for language in languages})
    try:
        root = yaml.compose(text, Loader=core_yaml.SafeLoader)
        data = core_yaml.load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        line = mark.line + 1 if mark else None
        glossary.problems.append((messages["glossary_yaml"].format(problem=problem), line))
        return glossary
    if data is None:
        return glossary
    if not isinstance(data, list):
        glossary.problems.append((messages["glossary_not_list"].format(
            found=describe(data, messages)), 1))
        return glossary
    lines = [node.start_mark.line + 1 for node in root.value]
    seen: dict[tuple[str, str], Term] = {}  # (language, collation key of a form): its term
    for number, (item, line) in enumerate(zip(data, lines, strict=True), 1):
        terms = _item(item, number, line, languages, messages, glossary.problems)
        for language, term in terms.items():
            _check_unique(term, language, seen, messages, glossary.problems)
            glossary.terms[language].append(term)
    return glossary


def _item(item: Any, number: int, line: int, languages: Sequence[str],
          messages: Mapping[str, Any], problems: list) -> dict[str, Term]:
    """The terms of one item, by language; {} (and its problems said) when it is wrong."""
    if not isinstance(item, dict):
        problems.append((messages["glossary_item_type"].format(
            number=number, found=describe(item, messages)), line))
        return {}
    unknown = sorted(str(key) for key in item if key not in languages)
    if unknown:
        problems.append((messages["glossary_unknown_language"].format(
            number=number, found=", ".join(unknown), known=", ".join(languages)), line))
    texts: dict[str, dict[str, Any]] = {}
    for language in languages:
        value = item.get(language)
        if value is None:
            problems.append((messages["glossary_language_missing"].format(
                number=number, language=language), line))
        elif not isinstance(value, dict):
            problems.append((messages["glossary_language_type"].format(
                number=number, language=language, found=describe(value, messages)), line))
        else:
            texts[language] = value
    if len(texts) < len(languages):
        return {}
    terms: dict[str, Term] = {}
    anchor = ""
    for language, value in texts.items():
        checked = _text(value, number, language, messages, problems, line)
        if checked is None:
            return {}
        anchor = anchor or slug(checked[0])  # the default language's term names the anchor
        terms[language] = Term(anchor, *checked, line=line)
    return terms


def _text(value: dict[str, Any], number: int, language: str, messages: Mapping[str, Any],
          problems: list, line: int) -> tuple[str, tuple[str, ...], str] | None:
    """The term, variants and definition of one language, or None after saying why."""
    where = {"number": number, "language": language}
    ok = True
    for name in sorted(str(key) for key in value if key not in FIELDS):
        problems.append((messages["glossary_unknown_field"].format(
            **where, field=name, known=", ".join(FIELDS)), line))
        ok = False
    for name in ("term", "definition"):
        if not isinstance(value.get(name), str) or not value[name].strip():
            problems.append((messages["glossary_empty"].format(
                **where, field=name, found=describe(value.get(name), messages)), line))
            ok = False
    variants = value.get("variants", [])
    if isinstance(variants, str):
        variants = [variants]
    if not isinstance(variants, list) or not all(
            isinstance(variant, str) and variant.strip() for variant in variants):
        problems.append((messages["glossary_variants"].format(
            **where, found=describe(value.get("variants"), messages)), line))
        ok = False
    if not ok:
        return None
    term = " ".join(value["term"].split())
    others = tuple(dict.fromkeys(" ".join(variant.split()) for variant in variants))
    return term, tuple(v for v in others if collation_key(v) != collation_key(term)), \
        " ".join(value["definition"].split())


def _check_unique(term: Term, language: str, seen: dict[tuple[str, str], Term],
                  messages: Mapping[str, Any], problems: list) -> None:
    """A term is defined once, and a variant belongs to one term, in each language."""
    for form in term.forms:
        key = (language, collation_key(form))
        other = seen.get(key)
        if other is None:
            seen[key] = term
        elif collation_key(form) == collation_key(term.term) == collation_key(other.term):
            problems.append((messages["glossary_duplicate"].format(
                term=term.term, language=language, first=other.line), term.line))
            return  # one message per term: its variants would only repeat it
        else:
            problems.append((messages["glossary_shared_variant"].format(
                form=form, language=language, first=other.term, first_line=other.line,
                second=term.term), term.line))
            return
