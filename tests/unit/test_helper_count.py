"""The helper notes hook: each tutorial's data counts its `/// helper` blocks."""

from types import SimpleNamespace

import helper_notes
import markdown
from jinja2 import Environment

from pas_a_pas.core.page_state import page_state


def test_each_tutorial_data_counts_its_notes():
    config = SimpleNamespace(theme={"language": "fr"})
    pages = {
        name: SimpleNamespace(file=SimpleNamespace(src_uri=f"tutoriels/{name}.md", locale="fr"))
        for name in ("deux", "aucune")
    }
    texts = {"deux": "/// helper\nA\n///\n\n/// helper | B\nB\n///\n", "aucune": "Rien."}
    cards = [{"page": page} for page in pages.values()]
    env = Environment()
    env.globals["tut_catalogue"] = cards
    helper_notes._counts.clear()
    for name, page in pages.items():
        helper_notes.on_page_markdown(texts[name], page=page, config=config, files=None)
        extension = helper_notes.HelperExtension(settings=lambda: page_state.get("helper"))
        markdown.markdown(texts[name], extensions=[extension])
    helper_notes.on_env(env, config=config, files=None)
    assert [card["helper_notes"] for card in cards] == [2, 0]
