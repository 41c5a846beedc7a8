"""Read Pagefind's indexes of a built site, as the tests need them: one record per page."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def bundle_records(bundle: Path) -> dict[str, dict]:
    """The records of one bundle (`pagefind/`, `en/pagefind/`), by their address in it
    (relative to the bundle's language folder: `/tutoriels/x.html`).

    Each `fragment/*.pf_fragment` is gzip: a signature, then the page's JSON.
    """
    records = {}
    for path in sorted((bundle / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        record = json.loads(data[len(SIGNATURE):])
        records[record["url"]] = record
    assert records, f"no Pagefind fragment under {bundle}/"
    return records


def pagefind_records(site: Path) -> dict[str, dict]:
    """Pagefind's record of every page (its text, title), by its address from the site's
    root: the default language's bundle (`pagefind/`) and each language folder's
    (`en/pagefind/`, whose `/tutoriels/x.html` is `/en/tutoriels/x.html` here)."""
    records = dict(bundle_records(site / "pagefind"))
    for bundle in sorted(site.glob("*/pagefind")):
        folder = bundle.parent.name
        records.update({f"/{folder}{url}": record
                        for url, record in bundle_records(bundle).items()})
    return records
