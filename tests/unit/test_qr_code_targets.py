"""QR codes of the handouts: which page a code leads to, and none without an address."""

from types import SimpleNamespace

import qr_codes


def config(site_url: str = "https://exemple.org/") -> SimpleNamespace:
    languages = [SimpleNamespace(locale=locale, name=locale, default=locale == "fr", build=True)
                 for locale in ("fr", "en")]
    i18n = SimpleNamespace(config=SimpleNamespace(languages=languages))
    return SimpleNamespace(site_url=site_url, plugins={"i18n": i18n}, theme={"language": "fr"})


def test_tutorial_id_is_the_same_for_the_original_and_its_translation():
    assert qr_codes.tutorial_id("tutoriels/franceconnect.md", config()) == "tutoriels/franceconnect"
    assert qr_codes.tutorial_id("tutoriels/franceconnect.en.md", config()) == "tutoriels/franceconnect"
    assert qr_codes.tutorial_id("tutoriels/v1.2.md", config()) == "tutoriels/v1.2"


def test_no_code_without_site_url():
    page = SimpleNamespace(canonical_url=None, file=SimpleNamespace(src_uri="tutoriels/x.md"))
    assert qr_codes.qr_codes(page, config=config("")) == []


def test_codes_lead_to_the_tutorial_and_its_practice_page():
    qr_codes._practice.clear()
    qr_codes._practice["tutoriels/x"] = "s-entrainer/x/index.html"
    page = SimpleNamespace(canonical_url="https://exemple.org/tutoriels/x.html",
                           file=SimpleNamespace(src_uri="tutoriels/x.md"))
    codes = qr_codes.qr_codes(page, config=config())
    assert [(code["kind"], code["url"]) for code in codes] == [
        ("tutorial", "https://exemple.org/tutoriels/x.html"),
        ("practice", "https://exemple.org/s-entrainer/x/index.html"),
    ]
    assert all(code["svg"].startswith('<svg viewBox="0 0 ') for code in codes)
    assert all('class="tut-qr__svg"' in code["svg"] for code in codes)
    qr_codes._practice.clear()
