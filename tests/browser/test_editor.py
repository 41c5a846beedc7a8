"""The editor at admin/, in headless Chromium, with no account and no network.

Sveltia CMS's local-folder mode (File System Access) is given a real directory handle:
the origin-private file system, filled with the repository's docs/ files, returned by
the page's `showDirectoryPicker`, replaced here by the test (the harness, not the
product). A tutorial written through the form and our components builds under --strict
with its steps, note and practice screen; the FranceConnect tutorial saved after one
edit keeps its body byte for byte (the front matter's other differences are listed in
tests/.artifacts/editor-round-trip.txt); the interface is French; axe finds on the
editor's pages only what comes from the CMS; no host but the site's own is contacted.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from conftest import EDITOR, ROOT, describe_violations, run_axe, run_build, write_artifact

pytestmark = pytest.mark.browser

# What axe finds in Sveltia CMS itself (moderate): its application shell has no <main>
# or <h1> on every view, and content outside landmarks. Nothing else is allowed.
FROM_THE_CMS = {"landmark-one-main", "page-has-heading-one", "region"}
# Sveltia names each field's <section> by its label: a component used twice (two steps)
# gives two landmarks of the same name, whatever the labels.
REPEATED_COMPONENT = {"landmark-unique"}
HARNESS = "window.showDirectoryPicker = async () => navigator.storage.getDirectory();"
FILL = """async (files) => {
  const root = await navigator.storage.getDirectory();
  await root.getDirectoryHandle('.git', { create: true });  // a repository's root
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
    const writable = await (await folder.getFileHandle(parts.at(-1), { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
}"""
READ = """async (path) => {
  const parts = path.split('/');
  let folder = await navigator.storage.getDirectory();
  for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
  return (await (await folder.getFileHandle(parts.at(-1))).getFile()).text();
}"""
# Sveltia draws the form's fields as they scroll into view: scroll until `key` is drawn.
REVEAL = """async (key) => {
  const drawn = () => document.querySelector(`[data-key-path="${key}"]`);
  for (let i = 0; i < 50 && !drawn(); i++) {
    let pane = document.querySelector('[data-key-path="title"]');
    while (pane && !(pane.scrollHeight > pane.clientHeight + 10
                     && /auto|scroll/.test(getComputedStyle(pane).overflowY))) pane = pane.parentElement;
    if (pane) pane.scrollTop += 600;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !!drawn();
}"""
FRANCECONNECT = "docs/tutoriels/franceconnect.md"
NEW = "docs/tutoriels/changer-d-adresse-en-ligne.md"


@pytest.fixture
def editor(browser, site_url):
    """A tab on admin/ whose requests to any other host are recorded and refused."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    contacted: list[str] = []
    local = urlsplit(site_url).netloc

    def route(route):
        if urlsplit(route.request.url).netloc == local:
            return route.continue_()
        contacted.append(route.request.url)
        return route.abort()

    context.route("**/*", route)
    # What the editor's service worker answered itself (CDN addresses: from the copies).
    answered: list[str] = []
    context.on("response", lambda response: answered.append(response.url)
               if response.from_service_worker and urlsplit(response.url).netloc != local
               else None)
    context.add_init_script(HARNESS)
    tab = context.new_page()
    tab.contacted, tab.answered = contacted, answered
    yield tab
    context.close()


def axe_findings(page, allowed: set[str] = FROM_THE_CMS) -> set[str]:
    violations = run_axe(page)
    ours = [violation for violation in violations if violation["id"] not in allowed]
    assert ours == [], describe_violations(ours)
    return {violation["id"] for violation in violations}


def test_a_tutorial_written_in_the_editor_builds_and_an_edit_keeps_the_body(
        editor, site_url, tmp_path):
    page = editor
    page.goto(f"{site_url}{EDITOR}/")
    local_mode = page.get_by_role("button", name="Travailler avec un dépôt local")
    local_mode.wait_for()
    # French interface, no host contacted before anyone signs in.
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert page.get_by_role("button", name="Se connecter avec un jeton d’accès").count() == 1
    findings = {"connexion": axe_findings(page)}
    assert editor.contacted == []
    # Sveltia asked a CDN for its French words: the worker answered with the site's copy.
    assert any(url.endswith("/locales/fr.json") for url in editor.answered), editor.answered

    files = {path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
             for path in (ROOT / "docs").rglob("*") if path.suffix in {".md", ".yml"}}
    page.evaluate(FILL, files)
    local_mode.click()
    page.get_by_role("row", name="Comment créer et utiliser un compte FranceConnect ?").wait_for()
    findings["collection"] = axe_findings(page)

    # One edit to the FranceConnect tutorial, saved: the body stays byte for byte.
    page.get_by_role("gridcell", name="Comment créer et utiliser un compte FranceConnect ?",
                     exact=True).click()
    page.locator('[data-key-path="duration"] input').fill("12")
    page.get_by_role("button", name="Enregistrer").click()
    # Saved, the editor closes and the list of tutorials is back.
    page.get_by_role("button", name="Créer une entrée", exact=True).wait_for()
    differences = []
    for path in (FRANCECONNECT, FRANCECONNECT.replace(".md", ".en.md")):
        before, after = files[path], page.evaluate(READ, path)
        assert body(after) == body(before), path
        old, new = front_matter(before), front_matter(after)
        assert new == {**old, "duration": 12, "credits": old["credits"].rstrip("\n"),
                       "draft": False}, path
        differences.append(f"{path}\n" + "".join(difflib.unified_diff(
            before.splitlines(True), after.splitlines(True), n=0)))
    write_artifact("editor-round-trip.txt", "\n".join(differences))

    # A new tutorial: two steps, a helper note, a practice screen, saved as a draft.
    page.get_by_role("button", name="Créer une entrée", exact=True).click()
    title = page.get_by_role("textbox", name="Titre", exact=True)
    title.fill("Changer d'adresse en ligne")
    page.get_by_role("textbox", name="Résumé").fill("Déclarer son déménagement une seule fois.")
    page.get_by_role("textbox", name="Date de mise à jour").fill("2026-11-30")
    assert page.evaluate(REVEAL, "category")
    page.get_by_role("combobox", name="Thématique").click()
    page.get_by_role("option", name="Vie pratique").click()
    assert page.evaluate(REVEAL, "body")
    page.get_by_role("switch", name="Brouillon").check()
    body_field = page.locator('[data-key-path="body"]')
    text = body_field.get_by_role("textbox", name="Contenu", exact=True)

    def insert(component: str) -> None:
        text.locator("p").last.click()
        body_field.get_by_role("button", name="Insérer").click()
        page.get_by_role("menuitem", name=component).click()

    insert("Étape")
    body_field.get_by_role("textbox", name="Titre de l'étape").nth(0).fill("Ouvrir le site")
    body_field.get_by_role("textbox", name="Contenu de l'étape (Markdown)").nth(0).fill(
        "Rendez-vous sur **service-public.fr**.")
    insert("Note pour l'aidant")
    body_field.get_by_role("textbox", name="Titre de la note (facultatif)").fill("Avant de commencer")
    body_field.get_by_role("textbox", name="Contenu de la note (Markdown)").fill(
        "Vérifiez que la personne a son identifiant.")
    insert("Écran d'entraînement")
    screen = body_field.get_by_role("group", name="Écran d'entraînement")
    scenario = screen.get_by_role("radio", name="Se connecter à Mes droits sociaux avec FranceConnect")
    scenario.check()
    screen.get_by_role("combobox", name="Écran").click()
    page.get_by_role("option", name="Le choix du compte sur FranceConnect").click()
    # Under load, a choice made the instant the component appears is shown but not kept
    # (the CMS sets the new component's values after it): seen twice in the whole suite,
    # never alone. A person is slower; the test chooses again once the screen is chosen.
    screen.get_by_role("radio", name=re.compile("^(?!Se connecter à Mes droits)")).first.check()
    scenario.check()
    expect(scenario).to_be_checked()
    findings["tutoriel"] = axe_findings(page)  # one component of each kind
    insert("Étape")
    body_field.get_by_role("textbox", name="Titre de l'étape").nth(1).fill("Valider")
    body_field.get_by_role("textbox", name="Contenu de l'étape (Markdown)").nth(1).fill(
        "Cliquez sur **Valider**.")
    findings["tutoriel, deux étapes"] = axe_findings(page, FROM_THE_CMS | REPEATED_COMPONENT)
    # Under load, the title typed the instant the new entry appears can be lost (the CMS
    # sets the entry's first values after it; seen: the title alone empty, the save
    # refused, once in a few runs). A person would see the empty field and type it again.
    if title.input_value() != "Changer d'adresse en ligne":
        title.fill("Changer d'adresse en ligne")
    expect(title).to_have_value("Changer d'adresse en ligne")
    page.get_by_role("button", name="Enregistrer").click()
    saved = page.get_by_role("row", name="Changer d'adresse en ligne")
    try:
        saved.wait_for(timeout=60_000)  # the CMS writes, then lists again: slow under load
    except PlaywrightTimeout:
        # Seen once in the whole suite, never alone: say what the CMS refused, if anything.
        invalid = page.locator("[aria-invalid='true'], [role='alert']").all_inner_texts()
        page.screenshot(path=write_artifact("editor-not-saved.png", ""), full_page=True)
        raise AssertionError(f"the tutorial was not saved; the CMS shows: {invalid} "
                             "(screenshot: tests/.artifacts/editor-not-saved.png)") from None
    written = page.evaluate(READ, NEW)
    assert editor.contacted == []
    write_artifact("editor-axe.txt", "\n".join(
        f"{view}: {', '.join(sorted(found)) or '-'}" for view, found in findings.items()))

    assert front_matter(written) == {
        "title": "Changer d'adresse en ligne", "summary": "Déclarer son déménagement une seule fois.",
        "updated": "2026-11-30", "category": "vie-pratique", "screenshot_notice": False,
        "draft": True}
    assert body(written) == (
        "\n/// step | Ouvrir le site\nRendez-vous sur **service-public.fr**.\n///\n\n"
        "/// helper | Avant de commencer\nVérifiez que la personne a son identifiant.\n///\n\n"
        "/// mockup | franceconnect\n    screen: choix-du-compte\n///\n\n"
        "/// step | Valider\nCliquez sur **Valider**.\n///\n")
    built = build_with(tmp_path, NEW, written)
    html = (built / "tutoriels" / "changer-d-adresse-en-ligne.html").read_text(encoding="utf-8")
    assert re.findall(r'id="etape-(\d+)"', html) == ["1", "2"]
    assert html.count('class="tut-helper"') == 1
    assert html.count('data-tut-mockup="single"') == 1


def build_with(tmp_path, path: str, text: str):
    """A copy of the site with the file `path`, published (its draft line taken out, as
    unticking "Brouillon" does), built under --strict: the built site."""
    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "docs", copy / "docs")
    for name in ("hooks", "overrides"):
        os.symlink(ROOT / name, copy / name)
    shutil.copy(ROOT / "mkdocs.yml", copy / "mkdocs.yml")
    (copy / path).write_text(text.replace("draft: true\n", ""), encoding="utf-8")
    result = run_build(copy / "mkdocs.yml", tmp_path / "site", env={"BUILD_ONLY_LOCALE": "fr"})
    assert result.returncode == 0, result.output
    return result.site


def front_matter(text: str) -> dict:
    """The front matter's values, dates as written."""
    return {key: value.isoformat() if hasattr(value, "isoformat") else value
            for key, value in yaml.safe_load(text.split("---\n", 2)[1]).items()}


def body(text: str) -> str:
    return text.split("---\n", 2)[2]
