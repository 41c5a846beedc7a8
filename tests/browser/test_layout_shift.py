"""Nothing on the main pages moves once it is painted (Lighthouse's cumulative layout
shift): elements that scripts make work (the helper switch, the search field, the
filters) are laid out from the first paint where scripts run, at their final size."""

import pytest

pytestmark = pytest.mark.browser

PAGES = ["index.html", "tutoriels/franceconnect.html", "tutoriels/identite-numerique.html",
         "s-entrainer/franceconnect/index.html", "en/tutoriels/franceconnect.html"]
# Layout shifts as Chromium reports them, recorded from the page's first instant: when,
# what moved, from where to where (x, y, width, height), so that a failure says why.
RECORD = """window.tutShifts = [];
new PerformanceObserver((list) => {
  const rect = (r) => [r.x, r.y, r.width, r.height].map(Math.round);
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) {
      window.tutShifts.push({value: entry.value, at: Math.round(entry.startTime),
        moved: entry.sources.map((source) => [
          source.node ? source.node.nodeName + '.' + source.node.className : '?',
          rect(source.previousRect), rect(source.currentRect)])});
    }
  }
}).observe({type: 'layout-shift', buffered: true});"""


@pytest.mark.parametrize("width", [412, 1350], ids=["phone", "desktop"])
@pytest.mark.parametrize("path", PAGES)
def test_the_page_does_not_move_while_it_loads(browser, site_url, path, width):
    context = browser.new_context(locale="fr-FR", viewport={"width": width, "height": 823})
    page = context.new_page()
    page.add_init_script(RECORD)
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    shifts = page.evaluate("window.tutShifts")
    context.close()
    assert sum(shift["value"] for shift in shifts) < 0.01, shifts


def test_without_javascript_the_helper_switch_is_not_offered(browser, site_url):
    context = browser.new_context(locale="fr-FR", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "index.html")
    count = page.locator("[data-tut-helper-switch]").count()
    visible = page.locator("[data-tut-helper-switch]").is_visible()
    context.close()
    assert (count, visible) == (1, False)
