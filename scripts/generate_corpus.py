"""A synthetic corpus of N tutorials over the 8 categories, in a temporary copy of the site.

Realistic French tutorials (front matter with category, tags, level, duration,
prerequisites; an introduction, 3 to 7 steps with lists, emphasis and "Bon à savoir"
callouts), one in five translated into English (`x.en.md`). Deterministic: the same N
and seed give the same files. Used by scripts/bench.py (`make bench`).

Usage: .venv/bin/python scripts/generate_corpus.py N FOLDER   (writes FOLDER/mkdocs.yml…)
"""

from __future__ import annotations

import datetime
import random
import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

CATEGORIES = {
    "identite-numerique": ("Identité numérique", "Digital identity", ["FranceConnect", "compte",
                           "mot de passe", "identité numérique", "messagerie sécurisée"]),
    "impots": ("Impôts", "Taxes", ["déclaration de revenus", "prélèvement à la source",
               "avis d'impôt", "taxe foncière", "espace particulier"]),
    "sante": ("Santé", "Health", ["compte ameli", "carte Vitale", "attestation de droits",
              "complémentaire santé solidaire", "Mon espace santé"]),
    "famille": ("Famille", "Family", ["allocations familiales", "déclaration de naissance",
                "prime d'activité", "quotient familial", "garde d'enfant"]),
    "emploi": ("Emploi", "Employment", ["inscription à France Travail", "actualisation",
               "CV en ligne", "compte formation", "offre d'emploi"]),
    "logement": ("Logement", "Housing", ["aide au logement", "demande de logement social",
                 "changement d'adresse", "chèque énergie", "assurance habitation"]),
    "retraite": ("Retraite", "Retirement", ["relevé de carrière", "demande de retraite",
                 "simulateur de retraite", "pension de réversion", "info retraite"]),
    "vie-pratique": ("Vie pratique", "Everyday life", ["carte grise", "permis de conduire",
                     "procuration de vote", "passeport", "prise de rendez-vous"]),
}
VERBS = ["Créer", "Consulter", "Déclarer", "Modifier", "Télécharger", "Demander", "Suivre",
         "Mettre à jour", "Signaler", "Renouveler"]
STEP_TITLES = ["Ouvrir le site", "S'identifier", "Choisir la démarche", "Remplir le formulaire",
               "Joindre les justificatifs", "Vérifier les informations", "Valider la demande",
               "Télécharger l'attestation", "Se déconnecter"]
SENTENCES = [
    "Rendez-vous sur le site officiel depuis votre navigateur, sur ordinateur ou téléphone.",
    "Cliquez sur le bouton **Se connecter** en haut à droite de la page.",
    "Saisissez votre identifiant et votre mot de passe, puis validez.",
    "Le site affiche votre espace personnel avec la liste de vos démarches en cours.",
    "Vérifiez que les informations affichées sont exactes avant de continuer.",
    "Si une information est fausse, cliquez sur *Modifier* et corrigez-la.",
    "Gardez vos justificatifs à portée de main : avis d'imposition, pièce d'identité, RIB.",
    "Un courriel de confirmation vous est envoyé dans les minutes qui suivent.",
    "Notez le numéro de dossier : il vous sera demandé si vous contactez le service.",
    "La démarche est gratuite ; méfiez-vous des sites qui vous demandent de payer.",
]
TIPS = [
    "Vous pouvez interrompre la démarche et la reprendre plus tard : vos réponses sont "
    "enregistrées.",
    "Un conseiller France Services peut vous accompagner gratuitement près de chez vous.",
    "Le site fonctionne aussi sur téléphone ; tournez l'écran pour mieux voir le formulaire.",
]
TAGS = ["compte", "formulaire", "attestation", "connexion", "paiement", "rendez-vous",
        "justificatif", "téléphone", "courriel", "délai"]


def tutorial(index: int, category: str, rng: random.Random) -> tuple[str, str]:
    """(file name without suffix, French Markdown) of one tutorial."""
    subject = rng.choice(CATEGORIES[category][2])
    title = f"{rng.choice(VERBS)} : {subject} (fiche {index})"
    updated = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(700))
    meta = {
        "title": title,
        "summary": f"Ce tutoriel vous guide pas à pas pour la démarche « {subject} », "
                   "du premier écran à la confirmation.",
        "updated": updated,
        "category": category,
        "tags": sorted(rng.sample(TAGS, 3)),
        "prerequisites": ["Avoir une adresse mail", "Avoir un ordinateur ou un smartphone"],
        "duration": rng.choice([5, 10, 15, 20, 30, 45]),
        "level": rng.choice(["débutant", "intermédiaire", "avancé"]),
    }
    body = [" ".join(rng.sample(SENTENCES, 3))]
    for step in rng.sample(STEP_TITLES, rng.randint(3, 7)):
        text = [f"/// step | {step}", " ".join(rng.sample(SENTENCES, 2)), ""]
        text += [f"- {item}" for item in rng.sample(SENTENCES, 2)]
        if rng.random() < 0.4:
            text += ["", '!!! tip "Bon à savoir"', f"    {rng.choice(TIPS)}"]
        body.append("\n".join([*text, "///"]))
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"fiche-{index:04d}", f"---\n{front}---\n\n" + "\n\n".join(body) + "\n"


def translation(markdown: str) -> str:
    """An English version: the same steps under English titles (a translator's draft)."""
    head, _, body = markdown.partition("\n---\n")
    meta = yaml.safe_load(head.removeprefix("---\n"))
    meta.update(
        title=f"How to: {meta['title']}",
        summary="This tutorial walks you through the procedure step by step.",
        translation_of_updated=meta["updated"],
        prerequisites=["An email address", "A computer or a smartphone"],
    )
    meta.pop("level")
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{body}"


def generate(count: int, folder: Path, seed: int = 1) -> Path:
    """Copy the site into `folder` and add `count` tutorials; returns its mkdocs.yml."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "docs", folder / "docs", dirs_exist_ok=True)
    for name in ("hooks", "overrides"):
        if not (folder / name).exists():
            (folder / name).symlink_to(ROOT / name)
    shutil.copyfile(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    rng = random.Random(seed)
    ids = list(CATEGORIES)
    for index in range(1, count + 1):
        name, markdown = tutorial(index, ids[index % len(ids)], rng)
        (folder / "docs" / "tutoriels" / f"{name}.md").write_text(markdown, encoding="utf-8")
        if index % 5 == 0:
            (folder / "docs" / "tutoriels" / f"{name}.en.md").write_text(
                translation(markdown), encoding="utf-8"
            )
    return folder / "mkdocs.yml"


def stock_config(folder: Path) -> Path:
    """Stock Material on the same corpus: no hooks, no i18n, one language (French), the
    navigation pruned as ours is (`navigation.prune`: a page shows the other sections
    folded)."""
    config = {
        "site_name": "Pas à pas",
        "docs_dir": "docs",
        "use_directory_urls": False,
        "theme": {"name": "material", "language": "fr", "font": False,
                  "custom_dir": "stock-overrides", "features": ["navigation.prune"]},
        "exclude_docs": "*.en.md\n",
        "markdown_extensions": ["admonition", "attr_list", "md_in_html", "def_list", "toc",
                                "pymdownx.details", "pymdownx.superfences"],
    }
    # Pages naming one of our templates (`template: home.html`) get Material's page.
    overrides = folder / "stock-overrides"
    overrides.mkdir(exist_ok=True)
    for name in {line.split(":", 1)[1].strip() for page in (folder / "docs").rglob("*.md")
                 for line in page.read_text(encoding="utf-8").splitlines()[:20]
                 if line.startswith("template:")}:
        (overrides / name).write_text('{% extends "main.html" %}\n', encoding="utf-8")
    path = folder / "stock.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(generate(int(sys.argv[1]), Path(sys.argv[2])))
