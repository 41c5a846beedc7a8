"""Categories: mkdocs.yml's `extra.categories`, a tutorial's `category`, the catalogue order.

Problems come back as a strings key and values; the messages an author reads are built
from the strings file (`_common.build_message`), asserted here word for word.
"""

import pytest

from pas_a_pas.core.problems import build_message
from pas_a_pas.schema import categories
from pas_a_pas.schema import tutorials as schema

IDS = ["impots", "sante", "identite-numerique"]
KNOWN = "impots, sante, identite-numerique"


def message(problem) -> str:
    key, values = problem
    return build_message(None, key, **values)


# A tutorial's category ----------------------------------------------------------------


def test_a_declared_category_is_accepted_and_trimmed():
    assert categories.check(" impots ", IDS) == ("impots", None)


def test_a_missing_category_names_the_field_and_lists_the_known_ids():
    category, problem = categories.check(categories.MISSING, IDS)
    assert category is None
    assert message(problem) == (
        "« category » manque : chaque tutoriel appartient à une thématique déclarée dans "
        "mkdocs.yml (extra.categories). Ajoutez à son en-tête une ligne « category: <id> » "
        f"avec l'un de ces identifiants : {KNOWN}."
    )


@pytest.mark.parametrize("value", [None, ""])
def test_an_empty_category_is_missing(value):
    assert categories.check(value, IDS)[1][0] == "category_missing"


def test_an_unknown_category_says_what_was_found_and_the_known_ids():
    assert message(categories.check("impot", IDS)[1]) == (
        "« category » : une thématique déclarée dans mkdocs.yml (extra.categories) attendue, "
        f"trouvé « impot ». Identifiants connus : {KNOWN}. Corrigez l'identifiant ou déclarez "
        "la thématique dans mkdocs.yml."
    )


@pytest.mark.parametrize(("value", "shown"), [(["impots", "sante"], "[impots, sante]"),
                                               (12, "12"), (True, "true")])
def test_a_category_that_is_not_one_text_is_rejected(value, shown):
    assert message(categories.check(value, IDS)[1]) == (
        f"« category » : l'identifiant d'une thématique (un texte) attendu, trouvé {shown}. "
        f"Écrivez un seul identifiant parmi : {KNOWN}."
    )


def test_without_declared_categories_the_message_says_where_to_declare_them():
    none = build_message(None, "category_none_declared")
    problem = categories.check("impots", [], none)[1]
    assert message(problem).endswith(
        "Identifiants connus : aucun (déclarez les thématiques sous extra.categories dans "
        "mkdocs.yml). Corrigez l'identifiant ou déclarez la thématique dans mkdocs.yml."
    )


def test_category_and_order_are_known_front_matter_keys():
    meta = {"title": "T", "summary": "R.", "updated": "2024-01-01", "category": "impots",
            "order": 2}
    result = schema.validate(meta, {"etalab-2.0": "Licence Ouverte"}, "etalab-2.0")
    assert result.warnings == [] and result.errors == []
    assert result.values["order"] == 2 and result.values["category"] == "impots"


@pytest.mark.parametrize(("value", "found"), [("1", "le texte « 1 »"), (True, "le booléen true"),
                                               (1.5, "le nombre 1.5")])
def test_order_must_be_a_whole_number(value, found):
    meta = {"title": "T", "summary": "R.", "updated": "2024-01-01", "order": value}
    result = schema.validate(meta, {"etalab-2.0": "Licence Ouverte"}, "etalab-2.0")
    assert result.errors == [
        "champ « order » : attendu un nombre entier (sa place parmi les tutoriels de sa"
        f" thématique, par exemple 1), trouvé {found}. Corrigez cette valeur dans l'en-tête."
    ]


# Declaration in mkdocs.yml ------------------------------------------------------------


def test_declared_categories_keep_their_order_and_texts():
    declared = categories.parse([
        {"id": "sante", "label": {"fr": "Santé", "en": "Health"}, "icon": "material/pill"},
        {"id": "impots", "label": "Impôts", "description": {"fr": "Payer.", "en": "Pay."}},
    ])
    assert declared.problems == []
    assert declared.ids == ["sante", "impots"]
    sante, impots = declared.categories
    assert categories.text(sante.label, "en", "fr") == "Health"
    assert categories.text(sante.label, "de", "fr") == "Santé"
    assert categories.text(impots.label, "en", "fr") == "Impôts"
    assert categories.text(impots.description, "en", "fr") == "Pay."
    assert sante.icon == "material/pill" and impots.icon == ""


def test_no_declaration_is_no_category():
    assert categories.parse(None).categories == [] and categories.parse(None).problems == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"impots": "Impôts"},
         "« extra.categories » : une liste de thématiques attendue (une ligne « - id: … » par "
         "thématique), trouvé {impots: Impôts}."),
        (["impots"],
         "« extra.categories », thématique n° 1 : une thématique (id, label, description, icon) "
         "attendue, trouvé « impots »."),
        ([{"label": "Impôts"}],
         "« extra.categories », thématique n° 1 : « id » manque ; chaque thématique a un « id » "
         "et un « label » (un texte, ou un par langue : {fr: …, en: …})."),
        ([{"id": "impots"}],
         "« extra.categories », thématique n° 1 : « label » manque ; chaque thématique a un "
         "« id » et un « label » (un texte, ou un par langue : {fr: …, en: …})."),
        ([{"id": "Impôts", "label": "Impôts"}],
         "« extra.categories », thématique n° 1 : « id » doit être fait de minuscules sans "
         "accent, de chiffres et de tirets (il forme l'adresse tutoriels/<id>.html), trouvé "
         "« Impôts »."),
        ([{"id": "impots", "label": "A"}, {"id": "impots", "label": "B"}],
         "« extra.categories » : l'id « impots » est déclaré plusieurs fois ; chaque thématique "
         "a un id unique."),
        ([{"id": "impots", "label": "A", "icon": "bank"}],
         "« extra.categories », thématique n° 1 : « icon » doit être une icône de Material, par "
         "exemple « material/bank-outline », trouvé « bank »."),
        ([{"id": "impots", "label": "A", "description": ["x"]}],
         "« extra.categories », thématique n° 1 : « description » doit être un texte, ou un "
         "texte par langue ({fr: …, en: …}), trouvé [x]."),
        ([{"id": "impots", "label": "A", "lable": "B"}],
         "« extra.categories », thématique n° 1 : clé inconnue lable (clés connues : id, "
         "label, description, icon)."),
    ],
)
def test_a_wrong_declaration_is_reported_with_the_field(raw, expected):
    declared = categories.parse(raw)
    assert [message(problem) for problem in declared.problems] == [expected]


def test_a_duplicate_keeps_the_first_declaration():
    declared = categories.parse([{"id": "impots", "label": "A"}, {"id": "impots", "label": "B"}])
    assert [category.label for category in declared.categories] == ["A"]


# Order --------------------------------------------------------------------------------


def titles_in_order(items):
    return [title for title, _ in sorted(items, key=lambda item: categories.sort_key(*item))]


def test_titles_sort_in_french_order_accents_and_case_aside():
    items = [("Payer en ligne", None), ("Écrire à son centre", None), ("estimer son impôt", None),
             ("Déclarer ses revenus", None), ("Zéro papier", None), ("Effacer", None)]
    assert titles_in_order(items) == [
        "Déclarer ses revenus", "Écrire à son centre", "Effacer", "estimer son impôt",
        "Payer en ligne", "Zéro papier",
    ]


def test_order_comes_before_the_title():
    items = [("Avant tout", None), ("Ouvrir son compte", 1), ("Commander sa carte", 2),
             ("Zèbre", 0)]
    assert titles_in_order(items) == ["Zèbre", "Ouvrir son compte", "Commander sa carte",
                                      "Avant tout"]


def test_collation_key_needs_no_locale():
    assert categories.collation_key("Œuvre ÉTÉ Ça") == "œuvre ete ca"


@pytest.mark.parametrize(("text", "slug"), [("débutant", "debutant"),
                                             ("intermédiaire", "intermediaire"),
                                             ("Carte Vitale", "carte-vitale"), ("impôts", "impots")])
def test_slug_makes_ascii_tokens(text, slug):
    assert categories.slug(text) == slug
