"""PDF handouts: one A4 PDF per tutorial printed by Chromium, and booklets made from them.

Support structures hand out printed tutorials. The PDFs are the pages themselves printed
by headless Chromium with our print stylesheet (WeasyPrint renders Material pages blank),
so a PDF always says what the page says. They are made at the end of the build when
`extra.pdf` is true (`make pdf` and `make build` set it through `PDF_HANDOUTS` when
Chromium is present), never while serving: the "Télécharger en PDF" links are only
written then, so the site never links to a PDF it does not have, and a PDF that cannot
be made fails the build.

Fast at any size:
- one Chromium (driven by Playwright) prints several pages at once (`PDF_JOBS`);
- Chromium prints each tutorial once: a category booklet is its title and contents page
  (printed from `booklet.html`) then its tutorials' PDFs, the booklet of all the tutorials
  is the category booklets, both assembled by hooks/pdf_assembly.py without printing;
- a PDF is printed again only when what it prints changed: `.cache/pdf/` keeps each PDF
  under the hash of everything that makes it (the page's bytes, every file it loads, the
  site's assets, Chromium's version and the print options). A cold build (CI) prints all.
- two builds of the same commit give byte-identical PDFs: Chromium writes the time of
  printing as the PDF's dates; they become the tutorial's `updated` date (or
  `SOURCE_DATE_EPOCH`), and a document /ID is derived from the content.
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import math
import os
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as etree
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from pdf_assembly import assemble, page_count, producer

from _common import (
    build_message,
    language_folder,
    log,
    problems,
    reader_language,
    register_extension,
)

BOOKLET_PDF = "tutoriels/livret.pdf"
# One booklet per category, beside the category page `tutoriels/<id>.html`.
CATEGORY_BOOKLET_PDF = "tutoriels/livret-{id}.pdf"
BOOKLET_TEMPLATE = "booklet.html"
# The helper's handout: the page in helper mode (its notes shown), see CONTRACTS.md 5.
HELPER_QUERY = "?aidant=1"
HELPER_SUFFIX = "-aidant"
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
# Printing: A4 from print.css's @page, no date or address in the margins (print.css
# writes what paper needs), tagged for screen readers, headings as PDF bookmarks.
PRINT_OPTIONS = {
    "prefer_css_page_size": True,
    "print_background": True,
    "display_header_footer": False,
    "tagged": True,
    "outline": True,
}
TIMEOUT_SECONDS = 120
# Pages printing at once in the one Chromium (2 cores: more only queue up).
DEFAULT_JOBS = 4
DEFAULT_BOOKLET_MAX_PAGES = 200
# To decide before printing whether the whole-site booklet stays under its page limit
# (the home page links it, and is written before anything is printed): a printed A4
# page holds about this much of a tutorial's HTML (the FranceConnect tutorial, 26,000
# characters with its mockups, prints on 6 pages; estimated 5). The real count is
# checked after printing and logged when it goes over.
HTML_CHARACTERS_PER_PAGE = 6000
# Bumped when what this module writes into a PDF changes, so that the cache follows.
CACHE_VERSION = "1"


@dataclass
class Handout:
    """A page to print and the PDF it becomes, both relative to the site folder."""

    page: str
    pdf: str
    # The query the page is opened with ("?aidant=1" for the helper's handout).
    query: str = ""
    # The PDF's dates (CreationDate, ModDate): the content's, not the printing's.
    date: datetime.datetime | None = None
    # A page written for printing only (a booklet), removed once printed.
    temporary: bool = False


_state: dict = {
    "enabled": False, "serving": False, "env": None, "handouts": [], "stylesheets": [],
    "booklet": True,
}


def on_startup(*, command: str, dirty: bool) -> None:
    """`mkdocs serve` never prints: a rebuild after an edit stays quick."""
    _state["serving"] = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read `extra.pdf`; mark bare links so that print does not repeat their address."""
    enabled = pdf_enabled(config.extra.get("pdf")) and not _state["serving"]
    _state.update(enabled=enabled, env=None, handouts=[])
    register_extension(config, BareLinkExtension())
    return config


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give templates the booklets' addresses; keep what the booklets need."""
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
    folder = language_folder(config)
    catalogue = env.globals.get("tut_catalogue", [])
    booklets = {}
    whole = ""
    if _state["enabled"]:
        booklets = {
            category: in_folder(folder, CATEGORY_BOOKLET_PDF.format(id=category))
            for category in category_ids(config, catalogue)
        }
        limit = booklet_max_pages(config)
        estimate = estimate_pages(card["page"].content or "" for card in catalogue)
        if estimate <= limit:
            whole = in_folder(folder, BOOKLET_PDF)
        else:
            log.info(build_message(
                config, "handout_no_whole_booklet", language=folder or reader_language(config),
                pages=estimate, limit=limit))
    _state["booklet"] = bool(whole)
    env.globals["tut_booklet_url"] = whole
    env.globals["tut_category_booklets"] = booklets
    return env


def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, nav) -> dict:
    """Give each tutorial the address of its PDFs, and remember to print them.

    `tutorial` is set by hooks/tutorials.py, listed before this hook in mkdocs.yml.
    """
    tutorial = context.get("tutorial")
    if _state["enabled"] and tutorial:
        date = content_date([tutorial])
        pdf = pdf_path(page.file.dest_uri)
        context["tut_pdf_url"] = pdf
        _state["handouts"].append(Handout(page.file.dest_uri, pdf, date=date))
        if (tutorial.get("helper_notes") or 0) > 0:
            helper = helper_pdf_path(page.file.dest_uri)
            context["tut_helper_pdf_url"] = helper
            _state["handouts"].append(
                Handout(page.file.dest_uri, helper, query=HELPER_QUERY, date=date)
            )
    return context


def on_post_build(*, config: MkDocsConfig) -> None:
    """Print (or take from the cache) every tutorial's PDF and the booklets' contents, then
    assemble the booklets: a category's from its contents and its tutorials' PDFs, the
    one of all the tutorials from the category booklets."""
    if not _state["enabled"]:
        return
    chromium = chromium_path()
    if not os.access(chromium, os.X_OK):
        problems.report("mkdocs.yml", build_message(
            config, "handout_no_chromium", path=chromium, install=install_command("chromium")))
        problems.raise_if_any()
    # Said once, in the default language's build (each language's build runs this).
    if not config.site_url and not language_folder(config):
        log.info(build_message(config, "handout_no_site_url"))
    site = Path(config.site_dir)
    booklets = write_booklets(site, config)
    contents = [booklet.contents for booklet in booklets]
    started = time.perf_counter()
    printer = ChromiumPrinter(chromium, jobs=pdf_jobs())
    cache = PdfCache(cache_dir(config))
    try:
        made = make_pdfs(site, [*_state["handouts"], *contents], printer, cache,
                         chromium_version(chromium))
        language = reader_language(config)
        for booklet in booklets:
            assemble_booklet(site, booklet, language, cache, made)
    finally:
        for handout in contents:
            (site / handout.page).unlink(missing_ok=True)
            (site / handout.pdf).unlink(missing_ok=True)
    count = len(_state["handouts"]) + len(booklets)
    whole = _state["env"].globals["tut_booklet_url"]
    if whole:
        title = f"{_state['env'].globals['t']['handout']['booklet_title']} - {config.site_name}"
        booklet = Booklet(whole, title, content_date(_state["env"].globals["tut_catalogue"]),
                          parts=[booklet.pdf for booklet in booklets], nest=True)
        pages = assemble_booklet(site, booklet, language, cache, made)
        count += 1
        if pages > (limit := booklet_max_pages(config)):
            log.info(build_message(config, "handout_booklet_too_long", pdf=whole, pages=pages,
                                   limit=limit))
    log.info(build_message(
        config, "handout_summary", count=count, printed=made.printed,
        assembled=made.assembled, reused=made.reused,
        seconds=f"{time.perf_counter() - started:.1f}"))


# Making the PDFs ----------------------------------------------------------------------


@dataclass
class Made:
    printed: int = 0  # documents printed by Chromium (PDFs of pages, booklets' contents)
    assembled: int = 0  # booklets assembled from PDFs printed already
    reused: int = 0  # documents taken from the cache


class PdfCache:
    """PDFs kept under the hash of what made them; `None` folder: no cache (cold)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def get(self, key: str, pdf: Path) -> bool:
        """Copy the cached PDF of `key` to `pdf`; False when there is none."""
        if self.folder is None:
            return False
        cached = self.folder / f"{key}.pdf"
        if not cached.is_file():
            return False
        pdf.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(cached, pdf)
        return True

    def put(self, key: str, pdf: Path) -> None:
        if self.folder is None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = self.folder / f"{key}.pdf.part-{os.getpid()}"
        shutil.copyfile(pdf, partial)
        partial.replace(self.folder / f"{key}.pdf")


def make_pdfs(
    site: Path, handouts: list[Handout], printer, cache: PdfCache, version: str
) -> Made:
    """Take each PDF from the cache, or print it; then fix its dates and /ID.

    `printer.print_all([(url, pdf path)...])` prints pages to PDF files (Chromium, or a
    fake one in the tests); `version`: Chromium's, part of every cache key.
    """
    hasher = ContentHasher(site, version=version)
    made = Made()
    keys: dict[str, str] = {}
    to_print: list[Handout] = []
    for handout in handouts:
        key = hasher.key(handout)
        keys[handout.pdf] = key
        if cache.get(key, site / handout.pdf):
            made.reused += 1
        else:
            to_print.append(handout)
    if to_print:
        printer.print_all([
            ((site / handout.page).as_uri() + handout.query, site / handout.pdf)
            for handout in to_print
        ])
    for handout in to_print:
        pdf = site / handout.pdf
        if not pdf.is_file():
            raise print_failed(handout.page, pdf, "")
        pdf.write_bytes(reproducible(pdf.read_bytes(), handout.date))
        cache.put(keys[handout.pdf], pdf)
        made.printed += 1
    return made


class ContentHasher:
    """The cache key of a handout: a hash of everything its PDF depends on.

    The page's bytes and its query, every local file the page loads (stylesheets,
    scripts, images), every file under the site's `assets/` (Material's CSS, fonts,
    icons: what our stylesheets may load in turn), Chromium's version, the print
    options and the PDF's dates. Files are hashed once per build.
    """

    LINKS = re.compile(rb"""(?:src|href)=["']?([^"'\s>]+)""")

    def __init__(self, site: Path, version: str) -> None:
        self.site = site
        self.files: dict[Path, str] = {}
        assets = self.site / "assets"
        digest = hashlib.sha256()
        digest.update(f"{CACHE_VERSION}|{version}|{sorted(PRINT_OPTIONS.items())}".encode())
        digest.update(repr(CHROMIUM_ARGS).encode())
        if assets.is_dir():
            for path in sorted(p for p in assets.rglob("*") if p.is_file()):
                digest.update(path.relative_to(site).as_posix().encode())
                digest.update(self.file(path).encode())
        self.base = digest.hexdigest()

    def file(self, path: Path) -> str:
        if path not in self.files:
            self.files[path] = hashlib.sha256(path.read_bytes()).hexdigest()
        return self.files[path]

    def key(self, handout: Handout) -> str:
        page = self.site / handout.page
        content = page.read_bytes()
        digest = hashlib.sha256(self.base.encode())
        digest.update(f"|{handout.query}|{handout.date}|".encode())
        digest.update(content)
        for link in sorted(set(self.LINKS.findall(content))):
            target = self.local_file(page, link.decode("utf-8", "replace"))
            if target is not None:
                digest.update(link)
                digest.update(self.file(target).encode())
        return digest.hexdigest()

    def local_file(self, page: Path, link: str) -> Path | None:
        link = link.split("#")[0].split("?")[0]
        # Other pages, and the PDFs (what is being made: a tutorial's page links its
        # handouts, which exist or not depending on the order they are taken in).
        if not link or ":" in link or link.endswith((".html", ".pdf")) or link.startswith("/"):
            return None
        target = (page.parent / link).resolve()
        if not target.is_file() or not target.is_relative_to(self.site.resolve()):
            return None
        return target


class ChromiumPrinter:
    """One headless Chromium printing several pages at once (Playwright)."""

    def __init__(self, executable: str, jobs: int = DEFAULT_JOBS) -> None:
        self.executable = executable
        self.jobs = max(1, jobs)

    def print_all(self, pages: list[tuple[str, Path]]) -> None:
        asyncio.run(self._print_all(pages))

    async def _print_all(self, pages: list[tuple[str, Path]]) -> None:
        from playwright.async_api import async_playwright

        queue: asyncio.Queue = asyncio.Queue()
        for item in pages:
            queue.put_nowait(item)
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=self.executable, args=CHROMIUM_ARGS
            )
            try:
                workers = min(self.jobs, len(pages))
                await asyncio.gather(*(self._worker(browser, queue) for _ in range(workers)))
            finally:
                await browser.close()

    async def _worker(self, browser, queue: asyncio.Queue) -> None:
        page = await browser.new_page()
        # Laid out for print from the start: the page is not laid out for the screen
        # first, then again for paper (a tenth to a fifth less CPU; the same PDF bytes).
        await page.emulate_media(media="print")
        try:
            while not queue.empty():
                url, pdf = queue.get_nowait()
                try:
                    await page.goto(url, wait_until="load", timeout=TIMEOUT_SECONDS * 1000)
                    pdf.parent.mkdir(parents=True, exist_ok=True)
                    await page.pdf(path=str(pdf), **PRINT_OPTIONS)
                except Exception as error:  # Playwright's errors: say which page failed
                    raise print_failed(url, pdf, str(error)) from None
        finally:
            await page.close()


# Reproducible PDFs --------------------------------------------------------------------

_DATES = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)


def reproducible(data: bytes, date: datetime.datetime | None) -> bytes:
    """The PDF with fixed dates and a document /ID derived from its content.

    Chromium (Skia) writes the time of printing as CreationDate and ModDate, and no /ID:
    the dates become `date` (the content's), written over the old ones with the same
    length so that the cross-reference offsets stay right; the /ID goes into the trailer,
    after the cross-reference table, where it moves no object.
    """
    stamp = pdf_date(date).encode()

    def fixed(match: re.Match) -> bytes:
        old = match.group(2) + match.group(3)
        new = stamp.ljust(len(old))[: len(old)] if len(stamp) != len(old) else stamp
        return b"/" + match.group(1) + b" (D:" + new + b")"

    data = _DATES.sub(fixed, data)
    trailer = _TRAILER.search(data)
    if trailer is None or b"/ID" in trailer.group(1):
        return data
    identifier = hashlib.md5(data, usedforsecurity=False).hexdigest().encode()
    body = trailer.group(1) + b"\n/ID [<" + identifier + b"> <" + identifier + b">]"
    return data[: trailer.start(1)] + body + data[trailer.end(1):]


def pdf_date(date: datetime.datetime | None) -> str:
    """"20220406000000+00'00'": SOURCE_DATE_EPOCH when set, else `date`, else the epoch."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        date = datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
    if date is None:
        date = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
    return date.strftime("%Y%m%d%H%M%S") + "+00'00'"


def content_date(tutorials: Iterable[dict]) -> datetime.datetime | None:
    """The latest `updated` date of these tutorials, at midnight UTC."""
    dates = [card.get("updated_iso") for card in tutorials if card.get("updated_iso")]
    if not dates:
        return None
    day = datetime.date.fromisoformat(max(dates))
    return datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)


# Booklets -----------------------------------------------------------------------------


@dataclass
class Booklet:
    """A booklet: PDFs printed already (`parts`) one after another, in one PDF.

    A category's: its contents (printed from `booklet.html`), then its tutorials' PDFs;
    the one of all the tutorials: the category booklets, each under its bookmark
    (`nest`). Assembled by hooks/pdf_assembly.py, not printed again by Chromium.
    """

    pdf: str
    title: str
    date: datetime.datetime | None
    parts: list[str]
    nest: bool = False
    # The contents' page to print first (a category's booklet), its PDF is parts[0].
    contents: Handout | None = None


def write_booklets(site: Path, config: MkDocsConfig) -> list[Booklet]:
    """The category booklets, in declared category order, with their contents' pages.

    A contents page is printed then removed: a print product, not a page of the site. It
    sits beside the tutorials so that its stylesheets resolve as on their pages.
    """
    env: Environment = _state["env"]
    catalogue = env.globals.get("tut_catalogue", [])
    labels = category_labels(config)
    words = env.globals["t"]["handout"]
    booklets = []
    for category, pdf in env.globals.get("tut_category_booklets", {}).items():
        tutorials = [card for card in catalogue if card.get("category") == category]
        title = words["category_booklet_title"].format(label=labels.get(category, category))
        contents = write_contents(site, config, pdf, tutorials, title)
        booklets.append(Booklet(
            pdf, f"{title} - {config.site_name}", contents.date,
            parts=[contents.pdf, *(pdf_path(card["page"].file.dest_uri) for card in tutorials)],
            contents=contents,
        ))
    return booklets


def write_contents(
    site: Path, config: MkDocsConfig, pdf: str, tutorials: list[dict], title: str
) -> Handout:
    """The page of a booklet's title and contents, to print into `<booklet>.contents.pdf`."""
    page = pdf.removesuffix(".pdf") + ".booklet.html"
    base = "../" * page.count("/")
    html = _state["env"].get_template(BOOKLET_TEMPLATE).render(
        config=config,
        title=title,
        tutorials=tutorials,
        stylesheets=[base + css for css in _state["stylesheets"]],
    )
    (site / page).write_text(html, encoding="utf-8")
    return Handout(page, pdf.removesuffix(".pdf") + ".contents.pdf",
                   date=content_date(tutorials), temporary=True)


def assemble_booklet(
    site: Path, booklet: Booklet, language: str, cache: PdfCache, made: Made
) -> int:
    """Assemble `booklet` from its parts, or take it from the cache; returns its pages.

    Kept in the cache under the hash of its parts' bytes, its title, language and date.
    A category's contents link to its tutorials (`#tutoriel-N`): the assembly points
    them to the first page of the N-th tutorial's PDF.
    """
    digest = hashlib.sha256(f"booklet|{CACHE_VERSION}|{producer()}|{booklet.title}|{language}|"
                            f"{pdf_date(booklet.date)}|{booklet.nest}".encode())
    for part in booklet.parts:
        digest.update(part.encode() + b"|" + hashlib.sha256((site / part).read_bytes()).digest())
    key = digest.hexdigest()
    target = site / booklet.pdf
    if cache.get(key, target):
        made.reused += 1
        return page_count(target)
    anchors = {} if booklet.nest else {
        f"tutoriel-{number}": number for number in range(1, len(booklet.parts))
    }
    assembled = assemble([site / part for part in booklet.parts], title=booklet.title,
                         language=language, date="D:" + pdf_date(booklet.date),
                         nest=booklet.nest, anchors=anchors)
    target.write_bytes(reproducible(assembled.data, booklet.date))
    cache.put(key, target)
    made.assembled += 1
    return assembled.pages


def category_ids(config: MkDocsConfig, catalogue: list[dict]) -> list[str]:
    """The categories that hold tutorials, in declared order (`extra.categories`)."""
    used = {card.get("category") for card in catalogue}
    return [category for category in category_labels(config) if category in used]


def category_labels(config: MkDocsConfig) -> dict[str, str]:
    """Category id → label in the reader's language, from `extra.categories`."""
    language = reader_language(config)
    labels = {}
    for category in config.extra.get("categories") or []:
        if isinstance(category, dict) and category.get("id"):
            label = category.get("label", category["id"])
            if isinstance(label, dict):
                label = label.get(language) or next(iter(label.values()), category["id"])
            labels[str(category["id"])] = str(label)
    return labels


def estimate_pages(contents: Iterable[str]) -> int:
    """Pages of a booklet of these tutorials' HTML: at least one each, plus contents."""
    pages = [max(1, math.ceil(len(content) / HTML_CHARACTERS_PER_PAGE)) for content in contents]
    return sum(pages) + 1 + len(pages) // 40


# Settings -----------------------------------------------------------------------------


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


def helper_pdf_path(page: str) -> str:
    """The helper's PDF of `tutoriels/x.html` is `tutoriels/x-aidant.pdf`."""
    return page.removesuffix(".html") + HELPER_SUFFIX + ".pdf"


def in_folder(folder: str, path: str) -> str:
    return f"{folder}/{path}" if folder else path


def booklet_max_pages(config: MkDocsConfig) -> int:
    """`extra.pdf_booklet_max_pages`: a number (or digits from `!ENV`), else 200."""
    value = config.extra.get("pdf_booklet_max_pages", DEFAULT_BOOKLET_MAX_PAGES)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return DEFAULT_BOOKLET_MAX_PAGES


def print_failed(where: str, pdf: Path, reason: str) -> PluginError:
    """The build error of a page Chromium could not print, in the author's language."""
    message = build_message(problems.config, "handout_failed", pdf=pdf, reason=reason)
    return PluginError(build_message(problems.config, "where", where=where, message=message))


def chromium_path() -> str:
    return os.environ.get("CHROMIUM", "/usr/bin/chromium")


def chromium_version(chromium: str) -> str:
    done = subprocess.run([chromium, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip()


def pdf_jobs() -> int:
    value = os.environ.get("PDF_JOBS", "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_JOBS


def cache_dir(config: MkDocsConfig) -> Path | None:
    """`.cache/pdf/` beside mkdocs.yml, or PDF_CACHE; PDF_CACHE=off for no cache."""
    value = os.environ.get("PDF_CACHE", "").strip()
    if value.lower() in ("off", "0", "false", "no"):
        return None
    if value:
        return Path(value)
    root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
    return root / ".cache" / "pdf"


# Markdown -----------------------------------------------------------------------------


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
