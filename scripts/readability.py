"""`make lisibilite`: how easy each tutorial is to read, per language, in one table.

Usage: python scripts/readability.py [mkdocs.yml]

Per tutorial and language: words, sentences, mean words per sentence, the longest
sentence (its length, its line and first words), the score (Kandel and Moles for
French, Flesch for English) with its reading level, and the acronyms the glossary
(docs/glossaire.yml) does not explain. The figures are `pas_a_pas.readability`'s, the
same the build warns about when mkdocs.yml sets `extra.readability`. Exits 0: it
informs, the thresholds judge.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from pas_a_pas import readability  # noqa: E402
from pas_a_pas.core.languages import default_language, site_languages  # noqa: E402
from pas_a_pas.core.strings import strings  # noqa: E402
from pas_a_pas.schema import glossary  # noqa: E402
from pas_a_pas.tutorials import TUTORIALS_DIR, is_tutorial_uri  # noqa: E402


def main(argv: list[str]) -> int:
    config = load_config(str(Path(argv[1] if len(argv) > 1 else ROOT / "mkdocs.yml").resolve()))
    docs = Path(config.docs_dir)
    default = default_language(config)
    languages = [language["locale"] for language in site_languages(config)]
    words = strings(default)
    terms = glossary.load(docs / glossary.FILE, languages, words["errors"])
    print(table(rows(docs, default, languages, terms), words["readability"]))
    return 0


def rows(docs: Path, default: str, languages: list[str], terms: glossary.Glossary):
    """(tutorial, language, report) for every tutorial file, in the order of their names."""
    for path in sorted((docs / TUTORIALS_DIR).glob("*.md")):
        src_uri = path.relative_to(docs).as_posix()
        if not is_tutorial_uri(src_uri):
            continue
        stem, _, suffix = path.stem.rpartition(".")
        language = suffix if stem and suffix in languages else default
        explained = readability.explained_words(
            form for term in terms.terms.get(language, []) for form in term.forms)
        source = path.read_text(encoding="utf-8")
        yield src_uri, language, readability.analyse(source, language, explained)


def table(found, words: dict) -> str:
    """A Markdown table, one row per tutorial and language."""
    lines = ["| " + " | ".join(words["columns"]) + " |", "|" + " --- |" * len(words["columns"])]
    for src_uri, language, report in found:
        longest = report.longest
        score = report.score
        name = words["score_fr" if language.startswith("fr") else "score_en"]
        cells = [
            src_uri, language, str(report.words), str(len(report.sentences)),
            f"{report.words_per_sentence:.1f}",
            (f"{longest.words} (l. {longest.line}) « {' '.join(longest.text.split()[:6])}… »"
             if longest else "-"),
            f"{score:.0f} ({name})" if score is not None else "-",
            readability.level(score, words["levels"]) or "-",
            ", ".join(f"{acronym} (l. {line})" for acronym, line in report.acronyms)
            or words["none"],
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
