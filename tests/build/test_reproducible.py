"""Two builds of the same commit give the same site, byte for byte (PDFs aside: their
reproducibility is tests/build/test_pdf.py's), whatever the day or the hash seed."""

from __future__ import annotations

import gzip
import re
import subprocess

from conftest import ROOT, run_build
from pas_a_pas.tutorials import front_matter


def files(site) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes()
            for path in sorted(site.rglob("*")) if path.is_file() and path.suffix != ".pdf"}


def test_two_builds_of_the_same_commit_are_byte_identical(site, tmp_path):
    # Another process with another hash seed: a set or dict order that depends on it
    # (search index, tags, sitemap) shows here; Pagefind's index is checked too.
    again = run_build(ROOT / "mkdocs.yml", tmp_path / "site", env={"PYTHONHASHSEED": "4242"})
    assert again.returncode == 0, again.output
    first, second = files(site), files(again.site)
    assert len(first) > 50 and "sitemap.xml.gz" in first and "pagefind/pagefind-entry.json" in first
    assert "en/pagefind/pagefind-entry.json" in first
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert differing == [], f"these files differ between two builds: {differing}"


def test_sitemap_dates_come_from_the_content_and_the_commit_not_the_clock(site):
    commit = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    dates = dict(re.findall(r"<loc>([^<]*)</loc>\s*<lastmod>([^<]*)</lastmod>", sitemap))
    assert len(dates) >= 10
    # A tutorial: its front matter's `updated`; any other page: the last commit's date.
    tutorials = sorted((ROOT / "docs" / "tutoriels").glob("*.md"))
    assert len(tutorials) >= 2
    for source in tutorials:
        name = source.name.removesuffix(".md")
        page = f"en/tutoriels/{name.removesuffix('.en')}.html" if name.endswith(".en") \
            else f"tutoriels/{name}.html"
        assert dates.pop(page) == front_matter(source)["updated"], page
    assert set(dates.values()) == {commit}, dates
    # The gzip header carries the latest of those dates, not the time of the build.
    header = gzip.GzipFile(site / "sitemap.xml.gz")
    header.read()
    assert header.mtime is not None and str(header.mtime) == subprocess.run(
        ["date", "-u", "-d", f"{commit} 00:00:00", "+%s"], capture_output=True, text=True,
        check=True).stdout.strip()
