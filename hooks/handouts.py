"""PDF handouts: one A4 PDF per tutorial and a booklet of all, printed by Chromium.

Support structures hand out printed tutorials. The PDFs are the pages themselves printed
by headless Chromium with our print stylesheet (WeasyPrint renders Material pages blank),
so a PDF always says what the page says. They are made at the end of the build when
`extra.pdf` is true (`make pdf` and `make build` set it through `PDF_HANDOUTS` when
Chromium is present): the "Télécharger en PDF" link is only written then, so the site
never links to a PDF it does not have, and a PDF that cannot be made fails the build.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from _common import build_message, language_folder, log, problems, register_extension

BOOKLET_PAGE = "tutoriels/livret.html"
BOOKLET_PDF = "tutoriels/livret.pdf"
BOOKLET_TEMPLATE = "booklet.html"
TRUE = ("1", "true", "yes", "on")
# Chromium without a sandbox or any network chatter (the pages are local files); the
# browser tests launch it with the same flags (tests/conftest.py).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Printing: no date or address in the margins (print.css writes what paper needs), and
# the headings as PDF bookmarks (the booklet's clickable contents).
PRINT_ARGS = [
    "--headless",
    *CHROMIUM_ARGS,
    "--no-pdf-header-footer",
    "--generate-pdf-document-outline",
]
TIMEOUT_SECONDS = 120


@dataclass
class Handout:
    """A page to print and the PDF it becomes, both relative to the site folder."""

    page: str
    pdf: str


_state: dict = {"enabled": False, "env": None, "handouts": [], "stylesheets": []}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read `extra.pdf`; mark bare links so that print does not repeat their address."""
    _state.update(enabled=pdf_enabled(config.extra.get("pdf")), env=None, handouts=[])
    register_extension(config, BareLinkExtension())
    return config


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give the home page the booklet's address; keep what the booklet needs."""
    env.globals["tut_booklet_url"] = BOOKLET_PDF if _state["enabled"] else ""
    _state["env"] = env
    ours = [str(css) for css in config.extra_css]
    material = [
        file.url
        for file in files
        if file.url.startswith("assets/stylesheets/")
        and file.url.endswith(".min.css")
        and file.url not in ours
    ]
    # Our stylesheets (bundled by hooks/assets.py), then the print stylesheet.
    print_css = env.globals.get("tut_print_css", [])
    _state["stylesheets"] = [*sorted(material), *ours, *print_css]
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """Give each tutorial the address of its PDF, and remember to print it.

    `tutorial` is set by hooks/tutorials.py, listed before this hook in mkdocs.yml.
    """
    if _state["enabled"] and context.get("tutorial"):
        pdf = pdf_path(page.file.dest_uri)
        context["tut_pdf_url"] = pdf
        _state["handouts"].append(Handout(page.file.dest_uri, pdf))
    return context


def on_post_build(*, config: MkDocsConfig) -> None:
    """Print every tutorial and the booklet to PDF with headless Chromium."""
    if not _state["enabled"]:
        return
    chromium = chromium_path()
    if not os.access(chromium, os.X_OK):
        problems.report("mkdocs.yml", build_message(
            config, "handout_no_chromium", path=chromium, install=install_command("chromium")))
        problems.raise_if_any()
    # Said once, in the default language's build (each language's build runs this).
    if not config.site_url and not language_folder(config):
        log.info(
            "the PDF handouts do not print the tutorials' web address: set 'site_url' in "
            "mkdocs.yml (or SITE_URL when building)"
        )
    site = Path(config.site_dir)
    booklet = write_booklet(site, config)
    handouts = [*_state["handouts"], booklet]
    started = time.perf_counter()
    for handout in handouts:
        print_to_pdf(chromium, site / handout.page, site / handout.pdf)
    (site / booklet.page).unlink()
    log.info(
        f"{len(handouts)} PDF handouts printed in {time.perf_counter() - started:.1f} s "
        f"(booklet: {booklet.pdf})"
    )


# Helpers ------------------------------------------------------------------------------


def pdf_enabled(value: object) -> bool:
    """`extra.pdf` is a boolean in mkdocs.yml, or a string from `!ENV PDF_HANDOUTS`."""
    return value is True or str(value).strip().lower() in TRUE


def pdf_path(page: str) -> str:
    """The PDF of `tutoriels/x.html` is `tutoriels/x.pdf`, beside it (works offline)."""
    return page.removesuffix(".html") + ".pdf"


def install_command(*packages: str) -> str:
    """The Debian command that installs `packages`, with `sudo` only for a user not root."""
    sudo = "" if os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install -y {' '.join(packages)}"


def chromium_path() -> str:
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


def write_booklet(site: Path, config: MkDocsConfig) -> Handout:
    """The booklet's page, printed then removed: a print product, not a page of the site.

    It sits beside the tutorials so that the links and images of their content resolve
    as on their own pages.
    """
    env: Environment = _state["env"]
    # Each language's run of mkdocs-static-i18n prints its own booklet, in its folder.
    folder = language_folder(config)
    page = f"{folder}/{BOOKLET_PAGE}" if folder else BOOKLET_PAGE
    pdf = f"{folder}/{BOOKLET_PDF}" if folder else BOOKLET_PDF
    base = "../" * page.count("/")
    html = env.get_template(BOOKLET_TEMPLATE).render(
        config=config,
        tutorials=env.globals.get("tut_catalogue", []),
        stylesheets=[base + css for css in _state["stylesheets"]],
    )
    (site / page).write_text(html, encoding="utf-8")
    return Handout(page, pdf)


def print_to_pdf(chromium: str, page: Path, pdf: Path) -> None:
    """Print one built page to `pdf` (A4 comes from print.css's @page)."""
    with tempfile.TemporaryDirectory(prefix="pas-a-pas-chromium-") as profile:
        command = [
            chromium,
            *PRINT_ARGS,
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired:
            done = None
    if done is None:
        problems.report(str(page), build_message(
            problems.config, "handout_timeout", seconds=TIMEOUT_SECONDS))
        problems.raise_if_any()
    elif done.returncode != 0 or not pdf.is_file():
        problems.report(str(page), build_message(
            problems.config, "handout_failed", pdf=pdf, code=done.returncode,
            stderr=done.stderr.strip()[-500:]))
        problems.raise_if_any()


class BareLinkTreeprocessor(Treeprocessor):
    """Mark links whose text is their address (`<https://...>`): print shows the address
    after every other link, and it would be written twice on these."""

    def run(self, root: etree.Element) -> None:
        for link in root.iter("a"):
            href = (link.get("href") or "").strip()
            text = "".join(link.itertext()).strip()
            if href and text == href:
                classes = (link.get("class") or "").split()
                link.set("class", " ".join([*classes, "tut-link--bare"]))


class BareLinkExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        # After Python-Markdown's inline patterns (priority 20) have made the links.
        md.treeprocessors.register(BareLinkTreeprocessor(md), "tut_bare_links", 5)
