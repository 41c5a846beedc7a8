"""Beyond the default view, on each type of page: a 320 px phone, held both ways, text at
200 %, wider text spacing, forced colours (Windows high contrast) and reduced motion
(RGAA 10.4, 10.11, 10.12, 13.9, 3.3, 10.5, 10.7, 13.8). One page is loaded per type and
every mode is measured on it."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# One page of each type: home, category (filters), all tutorials, tutorial, workshop
# view, practice screens, guide (code, tables), self-check (a wide table), statement,
# tags, 404, and an English page.
PAGE_TYPES = (
    "index.html",
    "tutoriels/identite-numerique.html",
    "tutoriels/index.html",
    "tutoriels/franceconnect.html",
    "tutoriels/franceconnect.html?atelier=1&etape=2",
    "s-entrainer/franceconnect/index.html",
    "tutoriels/pre-demande-carte-identite.html",
    "s-entrainer/pre-demande-carte-identite/index.html",
    "glossaire.html",
    "guides/ecrire-une-simulation.html",
    "accessibilite/auto-evaluation.html",
    "accessibilite/index.html",
    "tags.html",
    "404.html",
    "en/tutoriels/franceconnect.html",
)
# (width, height, text scale): portrait and landscape phones, text at 200 % on a desktop
# and on a small tablet.
MODES = ((320, 640, 1), (640, 320, 1), (1280, 800, 2), (640, 800, 2))

# What does not fit: the page scrolls sideways, or a text is cut by a box that hides its
# overflow (a data table scrolls in its own frame, which is allowed: two-dimensional).
LOSSES = """() => {
  const page = document.scrollingElement;
  const cut = [];
  for (const el of document.querySelectorAll('.md-content *, .md-header *, .md-footer *')) {
    if (!el.checkVisibility() || el.closest('.md-typeset__scrollwrap, .tut-visually-hidden')) continue;
    const style = getComputedStyle(el);
    if (!['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis') continue;
    // Text meant for screen readers only (visually hidden on purpose).
    if (style.clipPath !== 'none' || el.getBoundingClientRect().width <= 1) continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.innerText.trim()) {
      cut.push(`${el.tagName}.${el.className}: ${el.innerText.trim().slice(0, 40)}`);
    }
  }
  return {sideways: page.scrollWidth - page.clientWidth, cut};
}"""
SCALE_TEXT = """(scale) => {
  const html = document.documentElement;
  html.style.fontSize = '';
  html.style.fontSize = (scale * parseFloat(getComputedStyle(html).fontSize)) + 'px';
}"""
# WCAG 1.4.12's values, as a reader's style sheet would set them.
TEXT_SPACING = """* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }"""
# A control whose text overflows its box (cut or spilling over its neighbours).
OVERFLOWING = """() => [...document.querySelectorAll('button, a, label, input, select')]
  .filter((el) => el.checkVisibility() && !el.closest('.md-sidebar, .md-search, .tut-visually-hidden'))
  .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
  .map((el) => `${el.tagName}: ${(el.innerText || el.value || '').trim().slice(0, 40)}`)"""


def test_every_page_type_reflows_at_320_pixels_and_with_text_at_200_percent(page, site_url):
    page.emulate_media(reduced_motion="reduce")  # measured at rest, not mid-transition
    losses = []
    for path in PAGE_TYPES:
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(site_url + path)
        for width, height, scale in MODES:
            page.set_viewport_size({"width": width, "height": height})
            page.evaluate(SCALE_TEXT, scale)
            found = page.evaluate(LOSSES)
            if found["sideways"] > 0 or found["cut"]:
                losses.append(f"{path} at {width}×{height}, text ×{scale}: {found}")
    assert losses == [], "\n".join(losses)


def test_text_spacing_raised_loses_nothing(page, site_url):
    page.emulate_media(reduced_motion="reduce")
    problems = []
    for path in PAGE_TYPES:
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto(site_url + path)
        page.add_style_tag(content=TEXT_SPACING)
        for width in (320, 1280):
            page.set_viewport_size({"width": width, "height": 800})
            found = page.evaluate(LOSSES)
            overflowing = page.evaluate(OVERFLOWING)
            if found["sideways"] > 0 or found["cut"] or overflowing:
                problems.append(f"{path} at {width}: {found}, controls: {overflowing}")
    assert problems == [], "\n".join(problems)


# Every control keeps a visible edge, and the focus its ring, once the system's colours
# replace the site's (backgrounds are then dropped).
CONTROLS = """() => [...document.querySelectorAll(
    'button, input:not([type=checkbox]):not([type=radio]), select, .md-button, .tut-mockup__flag')]
  .filter((el) => el.checkVisibility() && el.getBoundingClientRect().width > 0)
  .map((el) => {
    const style = getComputedStyle(el);
    return {
      what: `${el.tagName}.${el.className}: ${(el.innerText || el.getAttribute('aria-label') || '').trim().slice(0, 30)}`,
      edge: style.borderStyle !== 'none' && parseFloat(style.borderWidth) >= 1,
    };
  })"""
RING = """() => {
  const style = getComputedStyle(document.activeElement);
  return {
    what: document.activeElement.tagName + ' ' + (document.activeElement.innerText || '').trim().slice(0, 30),
    ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
}"""


def test_forced_colours_keep_every_control_the_focus_ring_and_the_simulation_badge_visible(
        page, site_url):
    page.emulate_media(forced_colors="active")
    missing = []
    for path, width in (("tutoriels/franceconnect.html", 1280),
                        ("s-entrainer/franceconnect/index.html", 320),
                        ("tutoriels/identite-numerique.html", 1280)):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(site_url + path)
        assert page.evaluate("matchMedia('(forced-colors: active)').matches")
        controls = page.evaluate(CONTROLS)
        assert len(controls) >= 5, controls
        missing += [f"{path}: {control['what']}" for control in controls if not control["edge"]]
        # The focus ring, on the first twenty stops of the Tab key.
        for _ in range(20):
            page.keyboard.press("Tab")
            ring = page.evaluate(RING)
            if ring["what"].startswith("BODY"):  # past the last stop, in the browser's own
                break
            if not ring["ring"]:
                missing.append(f"{path}: no focus ring on {ring['what']}")
    badge = page.locator(".tut-mockup__flag").first
    page.goto(site_url + "tutoriels/franceconnect.html")
    expect(badge).to_have_text("Simulation")
    assert missing == [], "\n".join(missing)
    # The menu on a phone: its buttons too.
    page.set_viewport_size({"width": 320, "height": 640})
    page.get_by_role("button", name="Menu", exact=True).click()
    controls = page.evaluate(CONTROLS)
    assert [c["what"] for c in controls if not c["edge"]] == []
    assert any("Revenir" in c["what"] for c in controls), controls


# The longest transition or animation of any element of the page, in seconds.
LONGEST_MOTION = """() => Math.max(...[...document.querySelectorAll('*')].flatMap((el) => {
  const style = getComputedStyle(el);
  return [...style.transitionDuration.split(','), ...style.animationDuration.split(',')]
    .map((value) => parseFloat(value) * (value.trim().endsWith('ms') ? 0.001 : 1));
}))"""


def test_reduced_motion_turns_transitions_and_animations_off(page, site_url):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(site_url + "tutoriels/franceconnect.html")
    # By default the menu slides in: the measure sees it (it would fail if it could not).
    assert page.evaluate(LONGEST_MOTION) >= 0.1
    page.emulate_media(reduced_motion="reduce")
    for path in ("tutoriels/franceconnect.html", "s-entrainer/franceconnect/index.html"):
        page.goto(site_url + path)
        page.get_by_role("button", name="Menu", exact=True).click()
        assert page.evaluate(LONGEST_MOTION) <= 0.0001, path


# Text that only the style sheets write (::before / ::after content with letters or
# digits) would vanish without them, and is read by no screen reader in some.
WRITTEN_BY_CSS = r"""() => [...document.querySelectorAll('body *')].flatMap((el) =>
  ['::before', '::after'].map((pseudo) => [el, getComputedStyle(el, pseudo).content]))
  .filter(([el, content]) => /^".*[\p{L}\p{N}].*"$/u.test(content))
  .map(([el, content]) => `${el.tagName}.${el.className}: ${content}`)"""


def test_no_information_is_written_by_the_stylesheets(page, site_url):
    """RGAA 10.2: without the style sheets, no information is lost."""
    found = []
    for path in PAGE_TYPES[:6]:
        page.goto(site_url + path)
        found += [f"{path}: {text}" for text in page.evaluate(WRITTEN_BY_CSS)]
    assert found == [], "\n".join(found)
