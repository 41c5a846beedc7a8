"""The mockup assets stay light: JS and CSS together at most 8 KB gzip."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "mockup_size", Path(__file__).resolve().parents[2] / "scripts" / "mockup_size.py")
mockup_size = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mockup_size)


def test_mockup_assets_fit_the_budget():
    sizes = mockup_size.gzip_sizes()
    assert len(sizes) == 2 and all(packed > 0 for _, packed in sizes.values())
    total = sum(packed for _, packed in sizes.values())
    assert total <= mockup_size.BUDGET, f"{total} B gzip > {mockup_size.BUDGET} B: {sizes}"
