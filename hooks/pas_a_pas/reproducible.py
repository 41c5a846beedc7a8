"""The source's date: what dates the pages that have no `updated` of their own."""

from __future__ import annotations

import datetime
import os
import subprocess


def source_date(folder: str) -> str:
    """The source's date, YYYY-MM-DD (UTC): SOURCE_DATE_EPOCH, else the last commit's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch:
        try:
            done = subprocess.run(
                ["git", "log", "-1", "--format=%ct"], cwd=folder, capture_output=True,
                text=True, check=False,
            )
        except OSError:  # no git on this machine
            return ""
        epoch = done.stdout.strip() if done.returncode == 0 else ""
    if not epoch.isdigit():
        return ""
    return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
