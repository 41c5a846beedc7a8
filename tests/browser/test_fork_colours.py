"""A fork's colours (mkdocs.yml `extra.colors`) reach the tutorial's own parts."""

import pytest

pytestmark = pytest.mark.browser

PURPLE = "rgb(106, 27, 154)"  # tests/fixtures/fork: primary #6a1b9a


def test_fork_primary_colour_styles_header_and_steps(page, fixture_site):
    page.goto((fixture_site("fork") / "tutoriels" / "demarche.html").as_uri())
    colours = page.evaluate("""() => ({
      header: getComputedStyle(document.querySelector('.md-header')).backgroundColor,
      number: getComputedStyle(document.querySelector('.tut-step__number')).backgroundColor,
      border: getComputedStyle(document.querySelector('.tut-step')).borderInlineStartColor,
    })""")
    assert colours == {"header": PURPLE, "number": PURPLE, "border": PURPLE}
