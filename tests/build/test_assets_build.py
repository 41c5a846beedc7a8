"""One minified stylesheet and one script of ours, print apart (real site)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STYLES = ROOT / "overrides" / "assets" / "stylesheets"


def only(paths: list[Path]) -> Path:
    assert len(paths) == 1, paths
    return paths[0]


def test_every_screen_stylesheet_is_in_the_bundle_in_order(site):
    bundle = only(list((site / "assets" / "stylesheets").glob("tut.*.min.css")))
    css = bundle.read_text(encoding="utf-8")
    assert "\n" not in css.strip() and "/*" not in css  # minified
    # A selector of each source, in the order of extra_css; nothing of print.css.
    order = [css.index(".tut-search__offline"), css.index(".tut-mockup"),
             css.index(".tut-header-button--menu")]
    assert order == sorted(order)
    assert "@page" not in css
    printed = only(list((site / "assets" / "stylesheets").glob("tut-print.*.min.css")))
    assert "@page" in printed.read_text(encoding="utf-8")
    html = (site / "tutoriels" / "franceconnect.html").read_text(encoding="utf-8")
    assert f'<link rel="stylesheet" href="../assets/stylesheets/{bundle.name}">' in html
    assert f'href="../assets/stylesheets/{printed.name}" media="print">' in html
    assert not re.search(r'<link rel="stylesheet" href="[^"]*/(tut|a11y|mockup)\.css"', html)


def test_the_bundle_name_follows_its_content(site):
    bundle = only(list((site / "assets" / "stylesheets").glob("tut.*.min.css")))
    digest = hashlib.sha256(bundle.read_bytes()).hexdigest()[:8]
    assert bundle.name == f"tut.{digest}.min.css"


def test_every_plain_script_is_in_one_minified_script(site):
    bundle = only(list((site / "assets" / "javascripts").glob("tut.*.min.js")))
    js = bundle.read_text(encoding="utf-8")
    for marker in ("class TutSearch", "data-tut-toggle", "data-tut-mockup"):
        assert marker in js, marker
    html = (site / "index.html").read_text(encoding="utf-8")
    assert html.count(f'<script src="assets/javascripts/{bundle.name}"></script>') == 1
    assert 'src="assets/javascripts/mockup.js"' not in html
