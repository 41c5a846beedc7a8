"""QR codes in Chromium: on paper only, with the address written beside them."""

import pytest
from playwright.sync_api import expect

from conftest import PDF_SITE_URL, serve

pytestmark = pytest.mark.browser

TUTORIAL = "tutoriels/franceconnect.html"


@pytest.fixture(scope="module")
def qr_site_url(pdf_site):
    server, url = serve(pdf_site)
    yield url
    server.shutdown()


def test_qr_codes_are_hidden_on_screen_and_printed_with_their_address(page, qr_site_url):
    page.goto(qr_site_url + TUTORIAL)
    codes = page.locator("[data-tut-qr]")
    expect(codes).to_have_count(2)
    for index in range(2):
        expect(codes.nth(index)).to_be_hidden()
    page.emulate_media(media="print")
    for index in range(2):
        expect(codes.nth(index)).to_be_visible()
        expect(codes.nth(index)).to_have_attribute("aria-hidden", "true")
    addresses = [PDF_SITE_URL + TUTORIAL, PDF_SITE_URL + "s-entrainer/franceconnect/index.html"]
    for address in addresses:
        expect(page.get_by_role("link", name=address)).to_be_visible()
    size = codes.first.locator("svg").bounding_box()
    # 24 mm on paper: about 90 CSS pixels.
    assert size["width"] > 85 and size["height"] > 85, size
