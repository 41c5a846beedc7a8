"""Every build message is in the strings files, and the authors' guide lists them all."""

import re
import sys

import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import error_table  # noqa: E402 - after the scripts' folder is on sys.path

# `build_message(config, "key"` in the hooks and the library; in the pure modules
# (pas_a_pas/markdown, pas_a_pas/schema), which are given the messages, `words["key"]`,
# `errors.add("key"` and `Invalid("key"`.
HOOK_USE = re.compile(r'build_message\(\s*\w+(?:\.\w+)?,\s*"([a-z0-9_]+)"')
PURE_USE = re.compile(r'words\["([a-z0-9_]+)"\]|errors\.add\("([a-z0-9_]+)"|Invalid\("([a-z0-9_]+)"'
                      r'|(?:why_required|missing)="?([a-z0-9_]+)"?')
PURE = ("markdown", "schema")


def test_the_guides_list_every_message_of_the_strings_files():
    for language, path in error_table.GUIDES.items():
        assert error_table.updated(language) == path.read_text(encoding="utf-8"), (
            f"{path} is out of date: run python scripts/error_table.py"
        )


def test_the_table_shows_each_message_once_with_its_key():
    table = error_table.table("fr")
    messages = yaml.safe_load((ROOT / "hooks/strings/fr.yml").read_text("utf-8"))["errors"]
    for key in messages:
        assert table.count(f"| `{key}` |") == 1, key
    assert "| `step_nested` | étape &#123;number&#125; (« &#123;title&#125; ») placée" in table


def test_every_message_the_hooks_use_exists_in_both_languages():
    used = set()
    for path in (ROOT / "hooks").rglob("*.py"):
        pattern = PURE_USE if path.parent.name in PURE else HOOK_USE
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            used.add(next(group for group in match.groups() if group))
    assert len(used) > 80
    for language in ("fr", "en"):
        messages = yaml.safe_load((ROOT / f"hooks/strings/{language}.yml").read_text("utf-8"))
        missing = sorted(used - set(messages["errors"]))
        assert missing == [], f"{language}.yml lacks errors: {missing}"



def test_the_table_stops_at_the_next_top_level_section(tmp_path):
    # A section after `errors:` (a fork's, or one added later) is no build message.
    (tmp_path / "fr.yml").write_text(
        'home: {}\nerrors:\n  # Groupe.\n  one: "Un."\n# Après.\nafter:\n  two: "Deux."\n',
        encoding="utf-8")
    table = error_table.table("fr", tmp_path)
    assert "| `one` | Un. |" in table and "two" not in table and "Après" not in table
