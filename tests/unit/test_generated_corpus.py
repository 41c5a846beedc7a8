"""The benchmark corpus (scripts/generate_corpus.py) is the site's: its categories are those
mkdocs.yml declares, its front matter passes our schema, and it is the same at each run,
so that `make bench` figures compare from one commit to the next."""

import sys

import yaml

from conftest import ROOT
from pas_a_pas.schema import categories
from pas_a_pas.schema import tutorials as schema

sys.path.insert(0, str(ROOT / "scripts"))

import generate_corpus  # noqa: E402 - after the scripts' folder is on sys.path


class _AnyTag(yaml.SafeLoader):
    """mkdocs.yml's `!ENV` values read as nothing: only `extra.categories` matters here."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)


def declared_ids() -> list[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTag)
    return [category.id for category in categories.parse(config["extra"]["categories"]).categories]


def test_the_corpus_uses_the_categories_that_mkdocs_yml_declares():
    assert list(generate_corpus.CATEGORIES) == declared_ids()


def test_a_generated_tutorial_passes_the_front_matter_schema(tmp_path):
    generate_corpus.generate(10, tmp_path)
    folder = tmp_path / "docs" / "tutoriels"
    french = sorted(folder.glob("fiche-*[0-9].md"))
    english = sorted(folder.glob("fiche-*.en.md"))
    assert len(french) == 10 and len(english) == 2  # one in five translated
    for path in french + english:
        front = path.read_text(encoding="utf-8").split("---\n")[1]
        meta = schema.parse_front_matter(front)
        result = schema.validate(meta, {"etalab-2.0": "Licence Ouverte 2.0"}, "etalab-2.0")
        assert (result.errors, result.warnings) == ([], []), path.name
        assert meta["category"] in declared_ids()


def test_the_same_count_and_seed_give_the_same_files(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    generate_corpus.generate(6, first)
    generate_corpus.generate(6, second)
    names = sorted(path.name for path in (first / "docs" / "tutoriels").glob("fiche-*"))
    assert names
    for name in names:
        assert (first / "docs/tutoriels" / name).read_text() == (
            second / "docs/tutoriels" / name).read_text()
