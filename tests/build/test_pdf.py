"""The PDF handouts (`make pdf`): one A4 PDF per tutorial and a booklet of all.

Read back with poppler-utils (pdftotext, pdfinfo), as a support structure's printer would
see them. The figures (pages, sizes) are kept in tests/.artifacts/pdf.txt; timing is for
scripts/bench.py (`make bench`), not for a test.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_qr_codes import decoded_qr_codes

from conftest import CHROMIUM, FIXTURES, PDF_SITE_URL, run_build, write_artifact

TITLE = "Comment créer et utiliser un compte FranceConnect ?"
STEPS = [
    "Étape 1 : S'identifier",
    "Étape 2 : Choisir un compte",
    "Étape 3 : Se connecter",
    "Étape 4 : Continuer sur le site FranceConnect",
]
# What the site shows around a page, and paper must not.
NAVIGATION = [
    "Aller au contenu",
    "Rechercher",
    "Écrire un tutoriel",
    "Site publié par",
    "Accessibilité : totalement conforme",
    "Télécharger en PDF",
    "#franceconnect",
]


def pdftotext(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", done.stdout)


def catalog(pdf: Path):
    """The PDF's catalogue (in an object stream in the booklets: not in the raw bytes)."""
    from pypdf import PdfReader

    return PdfReader(pdf).trailer["/Root"]


def pdfinfo(pdf: Path) -> dict[str, str]:
    done = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in done.stdout.splitlines())
    )


@pytest.fixture(scope="module")
def handout(pdf_site) -> Path:
    return pdf_site / "tutoriels" / "franceconnect.pdf"


@pytest.fixture(scope="module")
def booklet(pdf_site) -> Path:
    return pdf_site / "tutoriels" / "livret.pdf"


def test_handout_holds_the_whole_tutorial_and_no_navigation(handout):
    text = pdftotext(handout)
    expected_texts = [
        TITLE, *STEPS, "Résumé", "Prérequis", "Bon à savoir", "Licence Ouverte 2.0",
        "06 avril 2022", PDF_SITE_URL + "tutoriels/franceconnect.html",
        "(https://franceconnect.gouv.fr/faq)",
    ]
    for expected in expected_texts:
        assert expected in text, f"'{expected}' is not in the PDF"
    for label in NAVIGATION:
        assert label not in text, f"the navigation label '{label}' is printed"
    # A bare address is printed once, not followed by itself in brackets.
    assert "(https://www.mesdroitssociaux.gouv.fr/accueil/)" not in text


def test_handout_is_a_few_a4_pages_with_title_and_language(handout, booklet):
    figures = []
    for pdf in (handout, booklet):
        info = pdfinfo(pdf)
        pages = int(info["Pages"])
        size = pdf.stat().st_size
        figures.append(f"{pdf.name}: {pages} pages, {size} bytes, {info['Page size']}")
        assert "(A4)" in info["Page size"], info["Page size"]
        assert info["Tagged"] == "yes", "the PDF has no structure for screen readers"
        assert catalog(pdf).get("/Lang") == "fr", "the PDF does not declare French"
    write_artifact("pdf.txt", "\n".join(figures) + "\n")
    print(*figures, sep="\n")
    assert pdfinfo(handout)["Title"] == f"{TITLE} - Pas à pas"
    # 4 steps, 6 screens, the glossary's definitions where each word stands and its « Mots
    # à connaître » box: 7 pages when each screen was pushed whole to the next page; 5 with
    # each screen beside its text (steps.pair_screens), the QR codes under the header and
    # the licence in small print. The English one too, under its translation notice.
    for pdf in (handout, handout.parent.parent / "en" / "tutoriels" / handout.name):
        assert 1 <= int(pdfinfo(pdf)["Pages"]) <= 5, pdf


def test_booklet_holds_every_tutorial_after_a_table_of_contents(pdf_site, booklet):
    # The tutorials' own handouts: not the booklets (all, per category), nor the helper's.
    tutorials = sorted(
        path for path in (pdf_site / "tutoriels").glob("*.pdf")
        if not path.name.startswith("livret") and not path.stem.endswith(("-aidant", "-memo"))
    )
    assert tutorials, "no tutorial PDF was made"
    text = pdftotext(booklet)
    assert pdfinfo(booklet)["Title"] == "Tous les tutoriels - Pas à pas"
    assert "Sommaire" in text
    for pdf in tutorials:
        title = pdfinfo(pdf)["Title"].removesuffix(" - Pas à pas")
        assert text.count(title) >= 2, f"'{title}' is not in the booklet and its contents"
    # The booklet's page is a print product, not a page of the site.
    assert not (pdf_site / "tutoriels" / "livret.html").exists()


def test_pdf_text_is_selectable(handout):
    """Text, not pictures of text: pdftotext reads real words from page 1."""
    done = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(handout), "-"],
                          capture_output=True, text=True, check=True)
    assert TITLE in done.stdout


def test_each_language_links_its_own_booklet(pdf_site):
    """The English home page links the English booklet (en/tutoriels/livret.pdf)."""
    assert (pdf_site / "en" / "tutoriels" / "livret.pdf").is_file()
    english_home = (pdf_site / "en" / "index.html").read_text(encoding="utf-8")
    assert 'href="tutoriels/livret.pdf"' in english_home
    assert 'href="../tutoriels/livret.pdf"' not in english_home


@pytest.mark.parametrize(("language", "steps"), [
    ("", [step.partition(" : ")[2] for step in STEPS]),
    ("en/", ["Identify yourself", "Choose an account", "Log in",
             "Continue on the FranceConnect website"]),
])
def test_memo_is_one_page_with_every_step_and_qr_codes_that_decode(pdf_site, tmp_path,
                                                                   language, steps):
    from pypdf import PdfReader

    memo = pdf_site / language / "tutoriels" / "franceconnect-memo.pdf"
    assert len(PdfReader(memo).pages) == 1
    text = pdftotext(memo)
    for step in steps:
        assert step in text, f"the step '{step}' is not on the memo"
    assert PDF_SITE_URL in text, "the site's address is not on the memo"
    codes = decoded_qr_codes(memo, tmp_path)
    assert codes == {PDF_SITE_URL + f"{language}tutoriels/franceconnect.html",
                     PDF_SITE_URL + f"{language}s-entrainer/franceconnect/index.html"}
    # Linked from the tutorial's page; the page it is printed from is not in the site.
    page = (pdf_site / language / "tutoriels" / "franceconnect.html").read_text(encoding="utf-8")
    assert 'href="franceconnect-memo.pdf"' in page
    assert not list((pdf_site / language / "tutoriels").glob("*.memo.html"))


def test_a_memo_too_long_for_one_page_fails_the_build_with_its_message(tmp_path):
    env = {"PDF_HANDOUTS": "true", "CHROMIUM": CHROMIUM}
    result = run_build(FIXTURES / "memo-too-long" / "mkdocs.yml", tmp_path / "site", env=env)
    assert result.returncode != 0, result.output
    message = re.search(r"docs/tutoriels/longue\.md\s:\stutoriels/longue-memo\.pdf\s:\sla fiche "
                        r"mémo tient sur \d+ pages au lieu d'une seule \(24 étapes\)\s:\s"
                        r"raccourcissez", result.output)
    assert message, result.output
    assert "Traceback" not in result.output


def test_the_handout_prints_the_sources_with_their_addresses(pdf_site):
    text = pdftotext(pdf_site / "tutoriels" / "pre-demande-carte-identite.pdf")
    sources = text[text.index(" Sources "):]
    assert sources.count("consultée le 02 décembre 2026") == 6
    # Long addresses wrap (pdftotext drops the hyphen where a line breaks): compared whole.
    assert "(https://www.servicepublic.fr/particuliers/vosdroits/F1341), consultée le" in \
        re.sub(r"-\s*|\s(?=,)", "", sources)
