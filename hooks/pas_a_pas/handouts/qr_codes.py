"""QR codes printed beside each address of a handout (segno: inline SVG, no request)."""

from __future__ import annotations

import functools

import segno


def qr_codes(page_url: str, site_url: str, practice: str | None) -> list[dict[str, str]]:
    """The codes a tutorial's handout prints: `kind` (tutorial, practice), `url`, `svg`.

    `page_url`: the tutorial's address ("" without `site_url`: nothing to print);
    `practice`: its practice page's path from the site's root, if it has one.
    """
    if not site_url or not page_url:
        return []
    codes = [{"kind": "tutorial", "url": page_url, "svg": qr_svg(page_url)}]
    if practice:
        url = site_url + practice
        codes.append({"kind": "practice", "url": url, "svg": qr_svg(url)})
    return codes


@functools.lru_cache(maxsize=4096)
def qr_svg(url: str) -> str:
    """The QR code of `url` as an SVG element sized by CSS (viewBox only, no XML header).

    Error correction M (15 %) and the standard quiet zone of 4 modules: printed at
    about 3 cm, it reads with any phone camera.
    """
    return segno.make(url, error="m", micro=False).svg_inline(
        omitsize=True, border=4, dark="#000", light="#fff", svgclass="tut-qr__svg",
        lineclass=None,
    )
