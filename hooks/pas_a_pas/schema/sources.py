"""A tutorial's `sources`: the public pages it was written from, each with its title, its
address (https only: a page read without encryption may have been altered on the way) and
the day it was checked, so that a reader and a reviewer know what the text rests on.

    sources:
      - title: Carte d'identité d'un majeur (Service-Public.fr)
        url: https://www.service-public.fr/particuliers/vosdroits/F1341
        checked: 2026-12-02
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from pas_a_pas.schema.invalid import Invalid
from pas_a_pas.schema.kinds import kind

SOURCE_KEYS = ("title", "url", "checked")


def sources_check(check_day: Callable[[Any], datetime.date]) -> Callable[[Any], list[dict]]:
    """The check of `sources`; `check_day` checks `checked` (a real date, not after the
    build's day). Each problem names the source by its position, counted from 1."""

    @kind("sources")
    def check(value: Any) -> list[dict[str, Any]]:
        if not isinstance(value, list) or not value:
            raise Invalid("expected_sources", value)
        return [_source(index, item, check_day) for index, item in enumerate(value, 1)]

    return check


def _source(index: int, item: Any, check_day: Callable[[Any], datetime.date]) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise Invalid("expected_sources", item)
    for key in item:
        if key not in SOURCE_KEYS:
            raise Invalid("source_unknown", index=index, name=key)
    for name in SOURCE_KEYS:
        if name not in item:
            raise Invalid("source_missing", index=index, name=name)
    title, url = item["title"], item["url"]
    if not isinstance(title, str) or not title.strip():
        raise Invalid("source_title", index=index)
    if not isinstance(url, str) or not url.strip().startswith("https://") \
            or len(url.strip()) <= len("https://") or any(c.isspace() for c in url.strip()):
        raise Invalid("source_not_https", index=index, url=url)
    try:
        checked = check_day(item["checked"])
    except Invalid:
        raise Invalid("source_checked", index=index, value=item["checked"]) from None
    return {"title": title.strip(), "url": url.strip(), "checked": checked}
