"""PDF handouts: where they go, whether they are made (the hook is hooks/handouts.py).

- `chromium`: one headless Chromium printing several pages at once;
- `cache`: PDFs kept under the hash of what makes them, with reproducible dates;
- `booklets` and `assembly`: booklets assembled from PDFs printed already (pikepdf);
- `memo`: the one-page memo of each tutorial;
- `qr_codes`: the QR codes printed beside each address.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

BOOKLET_PDF = "tutoriels/livret.pdf"
# One booklet per category, beside the category page `tutoriels/<id>.html`.
CATEGORY_BOOKLET_PDF = "tutoriels/livret-{id}.pdf"
# The helper's handout: the page in helper mode (its notes shown).
HELPER_QUERY = "?aidant=1"
HELPER_SUFFIX = "-aidant"
# The one-page memo (`memo`): `tutoriels/x-memo.pdf`.
MEMO_SUFFIX = "-memo"
TRUE = ("1", "true", "yes", "on")
DEFAULT_BOOKLET_MAX_PAGES = 200


def pdf_enabled(value: object) -> bool:
    """`extra.pdf` is a boolean in mkdocs.yml, or a string from `!ENV PDF_HANDOUTS`."""
    return value is True or str(value).strip().lower() in TRUE


def pdf_path(page: str) -> str:
    """The PDF of `tutoriels/x.html` is `tutoriels/x.pdf`, beside it (works offline)."""
    return page.removesuffix(".html") + ".pdf"


def helper_pdf_path(page: str) -> str:
    """The helper's PDF of `tutoriels/x.html` is `tutoriels/x-aidant.pdf`."""
    return page.removesuffix(".html") + HELPER_SUFFIX + ".pdf"


def memo_pdf_path(page: str) -> str:
    """The memo of `tutoriels/x.html` is `tutoriels/x-memo.pdf`."""
    return page.removesuffix(".html") + MEMO_SUFFIX + ".pdf"


def in_folder(folder: str, path: str) -> str:
    return f"{folder}/{path}" if folder else path


def booklet_max_pages(config: MkDocsConfig) -> int:
    """`extra.pdf_booklet_max_pages`: a number (or digits from `!ENV`), else 200."""
    value = config.extra.get("pdf_booklet_max_pages", DEFAULT_BOOKLET_MAX_PAGES)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return DEFAULT_BOOKLET_MAX_PAGES
