"""A valid fixture tutorial renders header, steps, links and footer from its front matter."""

import pytest

from conftest import FIXTURES


@pytest.fixture(scope="module")
def valid(builds):
    result = builds(FIXTURES / "valid" / "mkdocs.yml")
    assert result.returncode == 0, result.output
    return result


def read(valid, path):
    return (valid.site / path).read_text(encoding="utf-8")


def test_header_shows_date_in_french_duration_level_and_summary(valid):
    html = read(valid, "tutoriels/demo.html")
    assert '<time datetime="2024-01-31">31 janvier 2024</time>' in html
    assert "5 minutes environ" in html and "Débutant" in html
    assert '<h2 id="resume" class="tut-summary__title">Résumé</h2>' in html


def test_prerequisite_link_to_another_tutorial_points_to_its_page(valid):
    html = read(valid, "tutoriels/demo.html")
    assert '<li>Avoir lu <a href="autre.html">l\'autre tutoriel</a></li>' in html


def test_steps_are_numbered_in_order(valid):
    html = read(valid, "tutoriels/demo.html")
    for number in (1, 2, 3):
        assert f'id="etape-{number}"' in html
    assert '<span class="tut-step__number">Étape 3</span>' in html


def test_page_chosen_licence_and_escaped_credits_in_footer(valid):
    html = read(valid, "tutoriels/demo.html")
    assert ('sous les termes de la <a href="https://creativecommons.org/licenses/by-sa/4.0/'
            'deed.fr" hreflang="fr">licence CC BY-SA 4.0</a>.') in html
    assert "Écrit par l'équipe &lt;Pas &amp; pas&gt;." in html


def test_title_with_markup_is_escaped_everywhere(valid):
    html = read(valid, "tutoriels/autre.html")
    assert "<script>alert(1)</script>" not in html
    escaped = "Un titre &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert f"<title>{escaped} - Fixture</title>" in html
    assert f'<h1 id="titre" class="tut-header__title">{escaped}</h1>' in html
    checked = [path for path in valid.site.rglob("*") if path.suffix in {".html", ".json"}]
    assert len(checked) >= 5, checked
    for path in checked:
        assert "<script>alert(1)" not in path.read_text(encoding="utf-8"), path
