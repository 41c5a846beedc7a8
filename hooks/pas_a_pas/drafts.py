"""Drafts: what `make new-tutorial` leaves for the author to fill in (hooks/drafts.py)."""

from __future__ import annotations

import re
from typing import Any

# The skeleton's placeholders (scripts/new_tutorial.py writes them): its text, its tag.
PLACEHOLDER_TEXT = "À compléter"
PLACEHOLDER_TAG = "à-compléter"


def placeholder_fields(meta: dict[str, Any], body: str) -> list[tuple[str, str]]:
    """The fields that still hold a placeholder: (message key, field name) pairs."""
    found = []
    summary = meta.get("summary")
    if isinstance(summary, str) and _holds_placeholder(summary):
        found.append(("draft_placeholder_field", "summary"))
    tags = meta.get("tags")
    if isinstance(tags, list) and any(
        isinstance(tag, str) and _plain(tag) == _plain(PLACEHOLDER_TAG) for tag in tags
    ):
        found.append(("draft_placeholder_tag", "tags"))
    if _holds_placeholder(body):
        found.append(("draft_placeholder_body", "body"))
    return found


def _holds_placeholder(text: str) -> bool:
    return _plain(PLACEHOLDER_TEXT) in _plain(text)


def _plain(text: str) -> str:
    """Lower case, one space between words, so that "À  compléter" matches too."""
    return re.sub(r"\s+", " ", text).casefold()
