"""hooks/handouts.py without a build: the PDF switch, PDF paths, bare links."""

from __future__ import annotations

import markdown
import pytest

from pas_a_pas.handouts import chromium, pdf_enabled, pdf_path
from pas_a_pas.markdown.bare_links import BareLinkExtension


@pytest.mark.parametrize("value", [True, "true", "1", "yes", "TRUE", " on "])
def test_pdf_switch_on(value):
    assert pdf_enabled(value)


@pytest.mark.parametrize("value", [False, None, "", "false", "0", "no", "off"])
def test_pdf_switch_off(value):
    assert not pdf_enabled(value)


def test_pdf_sits_beside_its_page():
    assert pdf_path("tutoriels/franceconnect.html") == "tutoriels/franceconnect.pdf"


def test_only_links_whose_text_is_their_address_are_marked_bare():
    html = markdown.markdown(
        "<https://exemple.fr/a> [FAQ](https://exemple.fr/faq) "
        "[https://exemple.fr/b](https://exemple.fr/b)",
        extensions=[BareLinkExtension()],
    )
    assert '<a class="tut-link--bare" href="https://exemple.fr/a">' in html
    assert '<a href="https://exemple.fr/faq">FAQ</a>' in html
    assert html.count("tut-link--bare") == 2, html


def test_install_hints_say_sudo_only_to_a_user_who_is_not_root(monkeypatch):

    monkeypatch.setattr(chromium.os, "geteuid", lambda: 0)
    assert chromium.install_command("chromium") == "apt-get install -y chromium"
    monkeypatch.setattr(chromium.os, "geteuid", lambda: 1000)
    assert chromium.install_command("a", "b") == "sudo apt-get install -y a b"
