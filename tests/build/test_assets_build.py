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


def classes_of(css: str) -> set[str]:
    """The class names in the selectors of a minified stylesheet."""
    selectors = re.sub(r"\{[^{}]*\}", "{}", re.sub(r'"[^"]*"', '""', css))
    return set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", selectors))


def test_materials_stylesheet_is_its_copy_without_the_components_the_site_does_not_use(site):
    import material

    original = only(list((Path(material.__file__).parent / "templates" / "assets" / "stylesheets")
                         .glob("main.*.min.css")))
    subset = only(list((site / "assets" / "stylesheets").glob("main.*.min.css")))
    assert subset.name != original.name
    digest = hashlib.sha256(subset.read_bytes()).hexdigest()[:8]
    assert subset.name == f"main.{digest}.min.css"
    full, kept = original.read_text(encoding="utf-8"), subset.read_text(encoding="utf-8")
    assert len(kept) < 0.7 * len(full)
    # Content tabs, the repository link, keys: not used by this site.
    for gone in ("tabbed-labels", "md-source__repository", "key-shift", "md-tooltip2"):
        assert gone in classes_of(full) and gone not in classes_of(kept), gone
    html = (site / "en" / "tutoriels" / "franceconnect.html").read_text(encoding="utf-8")
    assert f'<link rel="stylesheet" href="../../assets/stylesheets/{subset.name}">' in html


def test_every_class_the_pages_use_keeps_materials_rules(site):
    import material

    full = classes_of(only(list(
        (Path(material.__file__).parent / "templates" / "assets" / "stylesheets")
        .glob("main.*.min.css"))).read_text(encoding="utf-8"))
    kept = classes_of(only(list((site / "assets" / "stylesheets").glob("main.*.min.css")))
                      .read_text(encoding="utf-8"))
    used = set()
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20
    for page in pages:
        for value in re.findall(r'class="([^"]*)"', page.read_text(encoding="utf-8")):
            used.update(value.split())
    # And what our scripts write in pages (`classList.add("md-...")`...).
    script = only(list((site / "assets" / "javascripts").glob("tut.*.min.js")))
    used.update(re.findall(r"[\w-]+", script.read_text(encoding="utf-8")))
    assert {"md-nav__link", "md-typeset", "admonition", "md-search__input"} <= used & kept
    assert (used & full) - kept == set()


def test_the_site_ships_no_stylesheet_nor_script_that_nothing_loads(site):
    assets = [path for path in (site / "assets").rglob("*")
              if path.suffix in (".css", ".js", ".map")]
    assert len(assets) >= 5
    # What may load a file: a page, or another stylesheet or script (not a source map).
    loaders = {path: path.read_text(encoding="utf-8")
               for path in [*site.rglob("*.html"), *assets] if path.suffix != ".map"}
    unused = [str(path.relative_to(site)) for path in assets
              if not any(path.name in text for loader, text in loaders.items()
                         if loader != path)]
    assert unused == []
    # The sources of our bundles, Material's own copy of its stylesheet and its palette's.
    for name in ("tut.css", "print.css", "mockup.js", "search.js", "palette."):
        assert not list((site / "assets").rglob(f"{name}*")), name


def test_right_to_left_rules_stay_only_for_a_site_with_such_a_language(site, fixture_site):
    def material_css(built: Path) -> str:
        return only(list((built / "assets" / "stylesheets").glob("main.*.min.css"))).read_text(
            encoding="utf-8")

    # French and English only: none; French and Arabic (tests/fixtures/rtl): Material's.
    assert "[dir=rtl]" not in material_css(site)
    assert material_css(fixture_site("rtl")).count("[dir=rtl]") > 50
