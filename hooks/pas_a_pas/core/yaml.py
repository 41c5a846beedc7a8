"""One YAML loader for the files we read whole (strings, scenarios, data).

libyaml's loader when PyYAML was built with it (several times faster on the strings
files and scenarios, read at every build), else the pure-Python one; both are "safe".
"""

from __future__ import annotations

import yaml

SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text_or_stream) -> object:
    """Parse YAML text (or an open file) with the safe loader."""
    return yaml.load(text_or_stream, Loader=SafeLoader)  # noqa: S506 - a safe loader
