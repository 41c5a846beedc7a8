"""QR codes of the handouts: which page a code leads to, and none without an address."""

from pas_a_pas.handouts.qr_codes import qr_codes
from pas_a_pas.tutorials import tutorial_id


def test_tutorial_id_is_the_same_for_the_original_and_its_translation():
    locales = {"fr", "en"}
    assert tutorial_id("tutoriels/franceconnect.md", locales) == "tutoriels/franceconnect"
    assert tutorial_id("tutoriels/franceconnect.en.md", locales) == "tutoriels/franceconnect"
    assert tutorial_id("tutoriels/v1.2.md", locales) == "tutoriels/v1.2"


def test_no_code_without_site_url():
    assert qr_codes("", "", None) == []
    assert qr_codes("https://exemple.org/tutoriels/x.html", "", None) == []


def test_codes_lead_to_the_tutorial_and_its_practice_page():
    codes = qr_codes("https://exemple.org/tutoriels/x.html", "https://exemple.org/",
                     "s-entrainer/x/index.html")
    assert [(code["kind"], code["url"]) for code in codes] == [
        ("tutorial", "https://exemple.org/tutoriels/x.html"),
        ("practice", "https://exemple.org/s-entrainer/x/index.html"),
    ]
    assert all(code["svg"].startswith('<svg viewBox="0 0 ') for code in codes)
    assert all('class="tut-qr__svg"' in code["svg"] for code in codes)
