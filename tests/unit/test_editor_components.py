"""The editor's components (overrides/admin/tut-editor.js) write the guide's syntax and read
it back unchanged: run with Node on the functions the script exports."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conftest import ROOT

SCRIPT = ROOT / "overrides" / "admin" / "tut-editor.js"
GUIDE = ROOT / "docs" / "guides" / "ecrire-un-tutoriel.md"
# Reads the cases on stdin: {"read": [texts]} gives, for each text, every block each
# component finds in it (its values, and the text written back from them);
# {"write": [[component, values]]} the text each component writes.
RUNNER = """
const { PATTERNS, blocks } = require(process.argv[1]);
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const read = (cases.read || []).map((text) => Object.keys(blocks).flatMap((name) =>
  [...text.matchAll(new RegExp(PATTERNS[name].source, PATTERNS[name].flags + 'g'))].map((m) => {
    const values = blocks[name].from(m);
    return { name, found: m[0], values, written: blocks[name].to(values) };
  })));
const write = (cases.write || []).map(([name, values]) => blocks[name].to(values));
process.stdout.write(JSON.stringify({ read, write }));
"""


def run(cases: dict) -> dict:
    node = shutil.which("node")
    assert node, "Node.js is needed (system-packages.txt)"
    done = subprocess.run([node, "-e", RUNNER, str(SCRIPT)], input=json.dumps(cases),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def blocks_of_tutorial() -> str:
    return (ROOT / "docs" / "tutoriels" / "franceconnect.md").read_text(encoding="utf-8")


def test_each_block_of_the_franceconnect_tutorial_is_read_back_unchanged():
    text = blocks_of_tutorial()
    found = run({"read": [text]})["read"][0]
    steps = [block for block in found if block["name"] == "step"]
    assert len(steps) == text.count("/// step |") and len(steps) >= 4
    for block in found:
        assert block["written"] == block["found"], block["found"]
    # A step keeps what it holds as written: its practice screens and helper notes too.
    assert any("/// mockup | franceconnect" in step["values"]["content"] for step in steps)
    assert any("/// helper |" in step["values"]["content"] for step in steps)


def test_the_examples_of_the_guide_are_read_back_unchanged():
    examples = re.findall(r"```markdown\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
    read = run({"read": examples})["read"]
    names = {block["name"] for blocks in read for block in blocks}
    assert names == {"step", "helper", "tip"}, names
    for blocks in read:
        for block in blocks:
            assert block["written"] == block["found"], block["found"]


@pytest.mark.parametrize(("name", "values", "text"), [
    ("step", {"title": "S'identifier", "content": "Rendez-vous sur le site."},
     "/// step | S'identifier\nRendez-vous sur le site.\n///"),
    ("step", {"title": "Vide", "content": ""}, "/// step | Vide\n///"),
    ("helper", {"title": "Erreurs fréquentes", "content": "- **15 chiffres**"},
     "/// helper | Erreurs fréquentes\n- **15 chiffres**\n///"),
    ("helper", {"title": "", "content": "Sans titre."}, "/// helper\nSans titre.\n///"),
    ("mockup", {"scenario": "franceconnect", "screen": "accueil"},
     "/// mockup | franceconnect\n    screen: accueil\n///"),
    ("tip", {"title": "Bon à savoir", "content": "Notez-le.\n\nDans un endroit sûr."},
     '!!! tip "Bon à savoir"\n    Notez-le.\n\n    Dans un endroit sûr.'),
])
def test_a_component_writes_the_syntax_of_the_guide_and_reads_it_back(name, values, text):
    result = run({"write": [[name, values]], "read": [text]})
    assert result["write"] == [text]
    [block] = result["read"][0]
    assert block["name"] == name and block["found"] == text and block["written"] == text


def test_a_title_typed_on_several_lines_is_written_on_one():
    result = run({"write": [["step", {"title": "Un\ndeux", "content": "Texte\r\n"}]]})
    assert result["write"] == ["/// step | Un deux\nTexte\n///"]
