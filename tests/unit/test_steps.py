"""The `/// step` block, as plain Python-Markdown (no MkDocs)."""

from pathlib import Path

import lxml.html
import markdown
import pytest

from pas_a_pas.markdown.mockups import MockupExtension, MockupSettings
from pas_a_pas.markdown.steps import StepBlockError, StepExtension, StepSettings, pair_screens

GOLDEN = Path(__file__).parent / "golden"


def render(text: str, **settings) -> str:
    extension = StepExtension(settings=lambda: StepSettings(**settings))
    return markdown.markdown(
        text, extensions=[extension, "admonition", "toc", "pymdownx.blocks.details"]
    )


def test_steps_are_numbered_in_order_with_stable_anchors():
    html = render("/// step | Un\nA\n///\n\n/// step | Deux\nB\n///\n\n/// step | Trois\nC\n///\n")
    assert html.count('class="tut-step"') == 3
    for number, title in enumerate(["Un", "Deux", "Trois"], 1):
        assert (
            f'<h2 class="tut-step__title" id="etape-{number}">'
            f'<span class="tut-step__number">Étape {number}</span>'
            f'<span class="tut-step__separator"> : </span>{title}</h2>'
        ) in html


def test_numbering_restarts_for_each_document():
    extension = StepExtension()
    md = markdown.Markdown(extensions=[extension])
    first = md.convert("/// step | A\nx\n///\n")
    second = md.reset().convert("/// step | B\nx\n///\n")
    assert 'id="etape-1"' in first and 'id="etape-1"' in second


def test_step_body_holds_any_markdown_including_nested_blocks(golden):
    text = (Path(__file__).parent / "golden" / "steps.md").read_text(encoding="utf-8")
    golden(GOLDEN / "steps.html", render(text))


def test_step_title_is_inline_markdown_and_in_the_table_of_contents():
    md = markdown.Markdown(extensions=[StepExtension(), "toc"])
    html = md.convert("/// step | Cliquer sur **Valider**\nx\n///\n")
    assert "<strong>Valider</strong></h2>" in html
    assert md.toc_tokens[0]["id"] == "etape-1"
    assert md.toc_tokens[0]["name"] == "Étape 1 : Cliquer sur Valider"


def test_labels_and_anchors_come_from_settings():
    html = render("/// step | Sign in\nx\n///\n", number_label="Step {number}", separator=": ",
                  anchor="step-{number}")
    assert '<h2 class="tut-step__title" id="step-1"><span class="tut-step__number">Step 1</span>' in html
    assert '<span class="tut-step__separator">: </span>Sign in</h2>' in html


@pytest.mark.parametrize("opening", ["/// step", "/// step |", "/// step |   "])
def test_empty_step_title_is_an_error(opening):
    with pytest.raises(StepBlockError) as error:
        render(f"/// step | Bien\nx\n///\n\n{opening}\nx\n///\n")
    assert str(error.value) == "étape 2 sans titre : écrivez « /// step | Titre de l'étape »."


def test_step_where_steps_are_not_allowed_is_reported_with_the_reason():
    reports: list[str] = []
    render("/// step | Perdue\nx\n///\n", allowed=False, report=reports.append)
    assert reports == [
        "étape 1 (« Perdue ») : un bloc step ne se place que dans un tutoriel (une page sous "
        "docs/tutoriels/). Retirez le bloc ou déplacez la page."
    ]


def test_errors_go_to_the_report_callable_instead_of_raising():
    reports: list[str] = []
    html = render("/// step\nx\n///\n", report=reports.append)
    assert reports == ["étape 1 sans titre : écrivez « /// step | Titre de l'étape »."]
    assert 'id="etape-1"' in html


def test_a_step_inside_a_step_is_reported_with_both_numbers():
    reports: list[str] = []
    render("/// step | Un\nx\n\n/// step | Deux\ny\n///\n///\n", report=reports.append)
    assert reports == [
        "étape 2 (« Deux ») placée dans l'étape 1 : une étape ne contient pas d'étape. "
        "Fermez l'étape 1 par une ligne « /// » avant d'ouvrir la suivante."
    ]


def test_the_block_counts_the_steps_for_the_builder():
    counted: list[int] = []
    render("/// step | Un\nx\n///\n\n/// step | Deux\ny\n///\n", counted=counted.append)
    assert counted == [1, 2]


def test_messages_come_from_the_given_mapping():
    reports: list[str] = []
    render("/// step\nx\n///\n", report=reports.append,
           messages={"step_empty_title": "step {number} has no title"})
    assert reports == ["step 1 has no title"]


def render_with_screens(text: str) -> str:
    """A step body with practice screens (each screen stands for one mockup slot)."""
    mockups = MockupSettings(render=lambda request: f"<p>écran {request.screen}</p>")
    return markdown.markdown(text, extensions=[
        StepExtension(), MockupExtension(settings=lambda: mockups), "pymdownx.blocks.details",
    ])


def screen(name: str) -> str:
    return f"/// mockup | franceconnect\n    screen: {name}\n///\n\n"


def pairs(html: str) -> list[tuple[list[str], list[str]]]:
    """Each pair of a page: the text of its text column, the screens of its other column."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return [([" ".join(p.text_content().split()) for p in pair.xpath("div[@class='tut-step__text']/*")],
             [s.text_content() for s in pair.xpath("div[@class='tut-step__screens']/*")])
            for pair in root.xpath("//div[@class='tut-step__pair']")]


def test_the_text_before_a_screen_is_paired_with_it_and_the_text_after_stays():
    html = render_with_screens("/// step | Un\nA\n\nB\n\n" + screen("accueil") + "C\n///\n")
    assert pairs(html) == [(["A", "B"], ["écran accueil"])]
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    body = root.xpath("//div[@class='tut-step__body']")[0]
    assert [child.get("class") or child.text for child in body] == ["tut-step__pair", "C"]


def test_each_screen_takes_the_text_since_the_screen_before():
    html = render_with_screens(
        "/// step | Un\nA\n\n" + screen("un") + "B\n\n" + screen("deux") + screen("trois") + "///\n"
    )
    assert pairs(html) == [(["A"], ["écran un"]), (["B"], ["écran deux", "écran trois"])]


def test_a_screen_with_no_text_before_it_is_not_paired():
    html = render_with_screens("/// step | Un\n" + screen("un") + "A\n///\n")
    assert pairs(html) == []
    assert 'class="tut-mockup-slot"' in html


def test_notes_and_nested_blocks_go_with_the_text_and_pairing_twice_changes_nothing():
    html = render_with_screens(
        "/// step | Un\nA\n\n/// details | Plus\nB\n///\n\n" + screen("un") + "///\n"
    )
    assert pairs(html) == [(["A", "Plus B"], ["écran un"])]
    body = lxml.html.fragment_fromstring(html, create_parent="div").xpath(
        "//div[@class='tut-step__body']")[0]
    before = lxml.html.tostring(body)
    pair_screens(body)
    assert lxml.html.tostring(body) == before
