"""Read Pagefind's index of a built site, as the tests need it: one record per page."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


def pagefind_records(site: Path) -> dict[str, dict]:
    """Pagefind's record of every page (its text, title, language), by address.

    Each `pagefind/fragment/*.pf_fragment` is gzip: a signature, then the page's JSON.
    """
    records = {}
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        record = json.loads(data[len(SIGNATURE):])
        records[record["url"]] = record
    assert records, f"no Pagefind fragment under {site}/pagefind/"
    return records
