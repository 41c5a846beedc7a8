"""Shared fixtures: each site is built once per session, one browser serves every test."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# The one catalogue of bad inputs: every fixture site that must fail the build
# (tests/build/test_bad_inputs.py); build one with `builds(BAD / case / "mkdocs.yml")`.
BAD = FIXTURES / "bad"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The tutorials' editor in the built site (hooks/editor.py): a folder, not pages of the site.
EDITOR = "admin"

sys.path.insert(0, str(ROOT / "hooks"))

# The same flags as the PDF handouts' Chromium (no sandbox, no network chatter).
from pas_a_pas.handouts.chromium import CHROMIUM_ARGS, install_command  # noqa: E402


def pytest_addoption(parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden files under tests/**/golden/ instead of comparing with them",
    )


@pytest.fixture
def golden(request):
    """`golden(path, text)` compares `text` with a golden file (or rewrites it on demand)."""

    def compare(path: Path, text: str) -> None:
        if request.config.getoption("--update-golden"):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        # A missing golden file fails: writing it silently would pass on anything.
        assert path.is_file(), f"{path} is missing; write it with --update-golden and review it"
        assert text == path.read_text(encoding="utf-8"), (
            f"{path} differs; review and rerun with --update-golden if the change is right"
        )

    return compare


@dataclass
class Build:
    """The outcome of one `mkdocs build --strict`."""

    returncode: int
    output: str
    site: Path


def run_build(
    config: Path, site: Path, *, strict: bool = True, env: dict[str, str] | None = None,
    verbose: bool = False,
) -> Build:
    """Run the real MkDocs command line, as an author would (`env`: extra variables;
    `verbose`: with MkDocs' debug lines, `-v`)."""
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    if strict:
        command.append("--strict")
    if verbose:
        command.append("--verbose")
    # PDFs only when a test asks for them (see `pdf_site`), whatever the shell exports,
    # and printed for real: no PDF cache unless a test gives one.
    env = {
        **os.environ, "NO_MKDOCS_2_WARNING": "1", "PDF_HANDOUTS": "false", "PDF_CACHE": "off",
        **(env or {}),
    }
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=config.parent)
    return Build(done.returncode, done.stdout + done.stderr, site)


@pytest.fixture(scope="session")
def builds(tmp_path_factory) -> callable:
    """`builds(config)` builds a site once per session and returns its `Build`."""

    @functools.cache
    def build(config: Path) -> Build:
        site = tmp_path_factory.mktemp(config.parent.name + "-site")
        return run_build(config, site)

    return build


@pytest.fixture(scope="session")
def fixture_site(builds) -> callable:
    """`fixture_site("fork")`: tests/fixtures/fork built once with --strict; it must build."""

    def built(name: str) -> Path:
        result = builds(FIXTURES / name / "mkdocs.yml")
        assert result.returncode == 0, result.output
        return result.site

    return built


@pytest.fixture(scope="session")
def site(builds) -> Path:
    """The real site, built with `--strict`."""
    result = builds(ROOT / "mkdocs.yml")
    assert result.returncode == 0, result.output
    return result.site


def serve(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass


# The address the handouts print; any address will do for the tests.
PDF_SITE_URL = "https://exemple.org/pas-a-pas/"


@pytest.fixture(scope="session")
def served(builds) -> Iterator[Callable[[str], str]]:
    """The address of a fixture site (`served("catalogue/mkdocs.yml")`), built once and
    served for the whole session, however many test files use it."""
    servers: dict[str, tuple[http.server.ThreadingHTTPServer, str]] = {}

    def url(config: str) -> str:
        if config not in servers:
            result = builds(FIXTURES / config)
            assert result.returncode == 0, result.output
            servers[config] = serve(result.site)
        return servers[config][1]

    yield url
    for server, _ in servers.values():
        server.shutdown()


@pytest.fixture(scope="session")
def pdf_site(tmp_path_factory) -> Path:
    """The real site built as `make pdf` does: with its PDF handouts and a `site_url`.

    Built once per session (Chromium prints each tutorial and the booklet once); a
    missing Chromium fails in CI and skips elsewhere, like the browser fixture.
    """
    if not os.path.exists(CHROMIUM):
        message = (f"Chromium is missing at {CHROMIUM}: the PDFs cannot be made; install it "
                   f"with '{install_command('chromium')}'")
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    site = tmp_path_factory.mktemp("pdf-site")
    env = {"PDF_HANDOUTS": "true", "SITE_URL": PDF_SITE_URL, "CHROMIUM": CHROMIUM}
    result = run_build(ROOT / "mkdocs.yml", site, env=env)
    assert result.returncode == 0, result.output
    return result.site


@pytest.fixture(scope="session")
def site_pages(site) -> list[str]:
    """Every HTML page of the built site ("index.html", "tutoriels/x.html"...), sorted.

    Found in the built folder, not listed by hand, so that a new page or template is
    checked as soon as it exists. The tutorials' editor (`admin/`) is not a page of the
    site: tests/browser/test_editor.py checks it.
    """
    pages = sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html")
                   if path.relative_to(site).parts[0] != EDITOR)
    # Tests loop over these pages: an empty or one-language list would pass them on nothing.
    assert len(pages) >= 20 and any(page.startswith("en/") for page in pages), pages
    return pages


ARTIFACTS = ROOT / "tests" / ".artifacts"


def write_artifact(name: str, text: str) -> Path:
    """Keep a report of the run (pages checked, PDF figures) in tests/.artifacts/."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def site_url(site) -> Iterator[str]:
    """The real site served on 127.0.0.1 for the whole session."""
    server, url = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the session. Missing in CI: a failure, never a skip."""
    if not os.path.exists(CHROMIUM):
        message = f"Chromium is missing at {CHROMIUM}; install it with '{install_command('chromium')}'"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (own cookies and storage); its requests in `page.requests_seen`."""
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    tab.requests_seen = []
    tab.on("request", lambda request: tab.requests_seen.append(request.url))
    yield tab
    context.close()


# WCAG 2.0/2.1 A and AA, axe's best practices, and WCAG 2.2 AA for target sizes.
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice")


@dataclass
class EveryPage:
    """What one visit of every built page gave: axe's violations by page, the requests
    made and the script errors thrown."""

    violations: dict[str, list[dict]]
    requests: list[str]
    errors: list[str]


@pytest.fixture(scope="session")
def every_page(browser, site_url, site_pages) -> EveryPage:
    """Every built page visited once, until the network is quiet, for three checks (axe,
    third-party hosts, script errors): each visit waits half a second of quiet network,
    so one visit instead of three saves about 50 s of the suite."""
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    seen = EveryPage({}, [], [])
    tab.on("request", lambda request: seen.requests.append(request.url))
    tab.on("pageerror", lambda error: seen.errors.append(f"{tab.url}: {error}"))
    for path in site_pages:
        tab.goto(site_url + path)
        tab.wait_for_load_state("networkidle")
        seen.violations[path] = run_axe(tab, AXE_TAGS)
    context.close()
    return seen


def run_axe(page, tags: tuple[str, ...] = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"), *, include: str = "") -> list[dict]:
    """Inject the pinned axe-core into the page and return its violations.

    `include` (a CSS selector) limits the check to the matching elements, e.g. one widget.
    Running animations end first: a screen sliding in is measured half transparent.
    """
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        "async ([tags, include]) => { await Promise.all(document.getAnimations()"
        ".filter((a) => a.effect && a.effect.getTiming().iterations !== Infinity)"
        ".map((a) => a.finished.catch(() => null)));"
        " return (await axe.run(include ? {include: [include]} : document,"
        " {runOnly: {type: 'tag', values: tags}})).violations; }",
        [list(tags), include],
    )


def describe_violations(violations: list[dict]) -> str:
    return "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"])
        for v in violations
    )
