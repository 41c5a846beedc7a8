"""What the RGAA self-assessment (docs/accessibilite/auto-evaluation.yml) says of the
built pages' markup, checked on every page of the real site: each test is the evidence
of the criteria that name it, so that a page that starts using a frame, a video, a
layout table or a new window fails here, and its criterion is assessed again.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPTS = ROOT / "overrides" / "assets" / "javascripts"
STYLESHEETS = ROOT / "overrides" / "assets" / "stylesheets"
LANGUAGES = {"fr", "en"}  # the site's languages (the Arabic fixture is checked apart)


class Elements(HTMLParser):
    """Every start tag of a page with its attributes and the tags open around it."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr", "path", "circle", "rect", "use"}

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str], tuple[tuple[str, dict], ...]]] = []
        self.open: list[tuple[str, dict]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.found.append((tag, attributes, tuple(self.open)))
        if tag not in self.VOID:
            self.open.append((tag, attributes))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.found.append((tag, {name: value or "" for name, value in attrs}, tuple(self.open)))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return


@pytest.fixture(scope="module")
def pages(site) -> dict[str, list]:
    """Each built page's elements, by its path in the site."""
    parsed = {}
    for path in sorted(site.rglob("*.html")):
        elements = Elements()
        elements.feed(path.read_text(encoding="utf-8"))
        parsed[path.relative_to(site).as_posix()] = elements.found
    assert len(parsed) >= 20
    return parsed


def test_no_page_has_a_frame_a_media_or_a_moving_element(pages):
    """RGAA 1.8, 2.x, 4.x, 13.7, 13.8: none of these exists on the site; the only <img>
    are the guides' pictures of the practice screens, each with its text in its alt."""
    banned = {"iframe", "frame", "frameset", "video", "audio", "object", "embed", "canvas",
              "applet", "marquee", "blink"}
    found = [f"{path}: <{tag}>" for path, elements in pages.items()
             for tag, _, _ in elements if tag in banned]
    assert found == []
    images = [(path, attributes) for path, elements in pages.items()
              for tag, attributes, _ in elements if tag == "img"]
    assert images, "the guide « Écrire une simulation » shows its pictures"
    for path, attributes in images:
        assert "/guides/" in f"/{path}", f"{path}: an <img> outside the guides"
        assert len(attributes.get("alt") or "") > 20, f"{path}: {attributes.get('src')} has no real alt"
    # No animation that repeats for ever (a blinking or moving content).
    for sheet in STYLESHEETS.glob("*.css"):
        text = sheet.read_text(encoding="utf-8")
        assert not re.search(r"animation[^;{}]*\binfinite\b", text), sheet.name


def test_every_svg_is_hidden_or_inside_a_named_control(pages):
    """RGAA 1.1, 1.2: an icon is decoration (aria-hidden, test 1.2.4) inside a control
    named by its text or label; none is an unnamed image."""
    wrong = []
    for path, elements in pages.items():
        for tag, attributes, around in elements:
            if tag != "svg":
                continue
            hidden = attributes.get("aria-hidden") == "true" or any(
                outer.get("aria-hidden") == "true" for _, outer in around)
            if not hidden:
                wrong.append(f"{path}: an <svg> that screen readers are given")
            elif not any(outer_tag in ("a", "button", "label", "span") for outer_tag, _ in around):
                wrong.append(f"{path}: an <svg> outside a link or a button")
    assert wrong == []
    assert sum(tag == "svg" for elements in pages.values() for tag, _, _ in elements) > 50


def test_every_table_has_its_headers_and_none_lays_out_the_page(pages):
    """RGAA 5.x, 8.9, 10.1: data tables only, each header cell scoped, titled by caption."""
    problems, tables = [], 0
    for path, elements in pages.items():
        for tag, attributes, _ in elements:
            if tag == "table":
                tables += 1
                if attributes.get("role") in ("presentation", "none"):
                    problems.append(f"{path}: a layout table")
            if tag == "th" and attributes.get("scope") not in ("col", "row"):
                problems.append(f"{path}: <th> without scope")
        heads = [tag for tag, _, _ in elements if tag == "th"]
        count = sum(tag == "table" for tag, _, _ in elements)
        if count and not heads:
            problems.append(f"{path}: a table without header cells")
    assert problems == []
    assert tables >= 5
    for path in ("accessibilite/auto-evaluation.html", "traductions.html"):
        assert any(tag == "caption" for tag, _, _ in pages[path]), f"{path}: no <caption>"


def test_every_language_change_has_a_valid_code(pages):
    """RGAA 8.4, 8.7, 8.8: every lang and hreflang is one of the site's languages; the
    language list names each language in its own language."""
    wrong = [f"{path}: {name}={attributes[name]!r}"
             for path, elements in pages.items() for _, attributes, _ in elements
             for name in ("lang", "hreflang") if name in attributes
             and attributes[name] not in LANGUAGES]
    assert wrong == []
    for path in ("index.html", "en/index.html"):
        links = [attributes for tag, attributes, _ in pages[path]
                 if tag == "a" and "md-select__link" in attributes.get("class", "")]
        assert len(links) == 2 and all(link["lang"] == link["hreflang"] for link in links), links


def test_no_page_opens_a_window_or_refreshes_itself(pages):
    """RGAA 13.1, 13.2: no target=_blank, no meta refresh, no window.open."""
    found = [f"{path}: <{tag} {attributes}>" for path, elements in pages.items()
             for tag, attributes, _ in elements
             if attributes.get("target") == "_blank"
             or (tag == "meta" and attributes.get("http-equiv", "").lower() == "refresh")]
    assert found == []
    for script in SCRIPTS.glob("*.js"):
        assert "window.open" not in script.read_text(encoding="utf-8"), script.name


def test_our_scripts_act_on_click_and_need_no_gesture_or_motion():
    """RGAA 13.10, 13.11, 13.12: actions on `click` (the pointer's release, which can be
    cancelled by moving away), no gesture, no motion sensor."""
    scripts = sorted(SCRIPTS.glob("*.js"))
    assert len(scripts) >= 5
    events = re.compile(r"""['"](mousedown|pointerdown|touchstart|touchmove|touchend|"""
                        r"""pointermove|gesture\w*|devicemotion|deviceorientation)['"]""")
    found = {script.name: events.findall(script.read_text(encoding="utf-8")) for script in scripts}
    assert {name: names for name, names in found.items() if names} == {}
    assert any("'click'" in Path(script).read_text(encoding="utf-8") for script in scripts)


def test_every_required_field_of_the_practice_screens_says_so(pages):
    """RGAA 11.10: a required field says so before the form is sent (aria-required)."""
    fields = [(path, attributes) for path, elements in pages.items()
              for tag, attributes, _ in elements
              if tag == "input" and "data-tut-required" in attributes]
    assert fields, "no required field in the practice screens"
    assert [path for path, attributes in fields if attributes.get("aria-required") != "true"] == []
