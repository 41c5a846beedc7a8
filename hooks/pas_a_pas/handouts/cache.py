"""PDFs made once: taken from the cache when nothing they print changed, reproducible.

`.cache/pdf/` keeps each PDF under the hash of everything that makes it (the page's
bytes, every file it loads, the site's assets, Chromium's version and the print
options). Two builds of the same commit give byte-identical PDFs: Chromium writes the
time of printing as the PDF's dates; they become the tutorial's `updated` date (or
`SOURCE_DATE_EPOCH`), and a document /ID is derived from the content.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from pas_a_pas.core.paths import project_root
from pas_a_pas.handouts.chromium import CHROMIUM_ARGS, PRINT_OPTIONS, print_failed

# Bumped when what this package writes into a PDF changes, so that the cache follows.
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



def cache_dir(config: MkDocsConfig) -> Path | None:
    """`.cache/pdf/` beside mkdocs.yml, or PDF_CACHE; PDF_CACHE=off for no cache."""
    value = os.environ.get("PDF_CACHE", "").strip()
    if value.lower() in ("off", "0", "false", "no"):
        return None
    if value:
        return Path(value)
    return Path(project_root(config)) / ".cache" / "pdf"


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


