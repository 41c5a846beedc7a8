"""Dates as readers expect them in their language."""

from __future__ import annotations

import datetime

from pas_a_pas.core.strings import strings


def format_date(value: datetime.date | None, language: str) -> str:
    """A date as readers expect it in `language`, e.g. "06 avril 2022"; "" for no date."""
    if not isinstance(value, datetime.date):
        return ""
    words = strings(language)["dates"]
    month = words["months"][value.month - 1]
    return words["format"].format(day=value.day, month=month, year=value.year)


def build_day() -> datetime.date:
    """The day of the build, on this machine's clock: no content is dated after it."""
    return datetime.date.today()
