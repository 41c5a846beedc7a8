"""QR codes on the printed handouts, decoded for real: PDF -> PNG (pdftoppm) -> zbarimg."""

import subprocess
from pathlib import Path

from conftest import PDF_SITE_URL

TUTORIAL = "tutoriels/franceconnect"
PRACTICE = "s-entrainer/franceconnect/index.html"


def decoded_qr_codes(pdf: Path, folder: Path) -> set[str]:
    """Every QR code zbarimg reads on the PDF's pages rendered at 150 dpi."""
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page*.png"))
    assert pages, f"pdftoppm rendered no page of {pdf}"
    done = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, pages)], capture_output=True, text=True
    )
    # zbarimg exits with 4 when it finds no code at all: then the set is empty.
    assert done.returncode in (0, 4), done.stderr
    return {line.strip() for line in done.stdout.splitlines() if line.strip()}


def test_french_handout_qr_codes_lead_to_the_tutorial_and_its_practice_page(pdf_site, tmp_path):
    codes = decoded_qr_codes(pdf_site / f"{TUTORIAL}.pdf", tmp_path / "fr")
    assert codes == {PDF_SITE_URL + f"{TUTORIAL}.html", PDF_SITE_URL + PRACTICE}


def test_english_handout_qr_codes_lead_to_the_english_pages(pdf_site, tmp_path):
    codes = decoded_qr_codes(pdf_site / f"en/{TUTORIAL}.pdf", tmp_path / "en")
    assert codes == {PDF_SITE_URL + f"en/{TUTORIAL}.html", PDF_SITE_URL + "en/" + PRACTICE}


def test_handout_writes_each_address_beside_its_code(pdf_site):
    html = (pdf_site / f"{TUTORIAL}.html").read_text(encoding="utf-8")
    assert html.count('class="tut-qr" aria-hidden="true"') == 2
    for url in (PDF_SITE_URL + f"{TUTORIAL}.html", PDF_SITE_URL + PRACTICE):
        assert f'href="{url}">{url}</a>' in html


def test_no_qr_code_without_site_url(site):
    html = (site / f"{TUTORIAL}.html").read_text(encoding="utf-8")
    assert "tut-qr" not in html and "tut-web-address" not in html


def test_booklet_carries_the_codes_of_each_tutorial(pdf_site, tmp_path):
    codes = decoded_qr_codes(pdf_site / "tutoriels/livret.pdf", tmp_path / "booklet")
    assert codes == {PDF_SITE_URL + f"{TUTORIAL}.html", PDF_SITE_URL + PRACTICE,
                     PDF_SITE_URL + "tutoriels/pre-demande-carte-identite.html",
                     PDF_SITE_URL + "s-entrainer/pre-demande-carte-identite/index.html"}
