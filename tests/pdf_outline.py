"""The bookmarks of a PDF as tests compare them: (depth, title, page index) of each."""

from __future__ import annotations


def outline(reader) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of each bookmark of a `pypdf.PdfReader`, in order."""
    found = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found
