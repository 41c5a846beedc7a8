"""The last good site, kept aside while `mkdocs serve` rebuilds (hooks/serve.py).

The copy costs next to nothing: hard links, since each rebuild first empties the folder
and writes new files (`--dirty` rebuilds overwrite files in place: a real copy then).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def kept_site(folder: str, *, dirty: bool = False) -> Iterator[Callable[[], None]]:
    """Keep `folder` aside for the block; it gets a `restore()` that puts it back."""
    backup = tempfile.mkdtemp(prefix="pas-a-pas-serve-")
    copy = shutil.copy2 if dirty else _link_or_copy

    def restore() -> None:
        _empty(folder)
        _copy_tree(backup, folder, copy)

    try:
        _copy_tree(folder, backup, copy)
        yield restore
    finally:
        shutil.rmtree(backup, ignore_errors=True)


def _copy_tree(source: str, target: str, copy: Callable[[str, str], object]) -> None:
    if os.path.isdir(source):
        shutil.copytree(source, target, dirs_exist_ok=True, copy_function=copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or links not allowed
        shutil.copy2(source, target)


def _empty(folder: str) -> None:
    for entry in os.scandir(folder):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            os.unlink(entry.path)
