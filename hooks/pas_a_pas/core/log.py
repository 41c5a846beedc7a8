"""The project's logger: MkDocs' plugin logger, so that `--strict` counts its warnings.

Errors and warnings about the content go through `problems` (file and line named the
same way); this logger is for what the build says besides (information, debugging).
"""

from __future__ import annotations

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("pas-a-pas")
