"""The scenario schema and the `/// mockup` block, without MkDocs: exact messages."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest

from pas_a_pas.markdown.mockups import (
    MockupBlockError,
    MockupExtension,
    MockupRequest,
    MockupSettings,
)
from pas_a_pas.schema import mockups as scenario_schema

ROOT = Path(__file__).resolve().parents[2]


def scenario(*elements, **screens):
    """A one-screen scenario holding `elements`, plus any other `screens`."""
    return {"title": "Essai", "screens": {"debut": {"title": "Début", "elements": list(elements)},
                                          **screens}}


def errors(data) -> list[str]:
    return scenario_schema.check("essai", data).errors


def test_the_franceconnect_scenario_is_valid_and_complete():
    text = (ROOT / "docs" / "mockups" / "franceconnect.yml").read_text(encoding="utf-8")
    result = scenario_schema.load("franceconnect", text)
    assert result.errors == []
    assert [screen.id for screen in result.screens] == [
        "accueil", "choix-du-compte", "ameli", "continuer", "mail", "impots",
        "impots-mot-de-passe", "impots-continuer", "impots-mail", "autre-compte"]
    kinds = {element["kind"] for screen in result.screens for element in screen.elements}
    assert {"site", "heading", "text", "franceconnect", "providers", "input", "password",
            "checkbox", "button", "submit", "reveal", "email", "note"} <= kinds
    ameli = result.screen("ameli")
    number = next(e for e in ameli.elements if e["kind"] == "input")
    assert number["digits"] == 13 and number["error"]
    fiscal = next(e for e in result.screen("impots").elements if e["kind"] == "input")
    assert (fiscal["label"], fiscal["digits"]) == ("Numéro fiscal", 13)
    assert fiscal["error"] == "Le numéro fiscal doit comporter 13 chiffres."
    providers = next(e for e in result.screen("choix-du-compte").elements
                     if e["kind"] == "providers")
    assert {"name": "impots.gouv.fr", "go": "impots"} in providers["items"]


def test_an_unknown_element_names_its_path_and_the_known_elements():
    assert errors(scenario({"buton": {"label": "OK", "go": "debut"}})) == [
        "screens.debut.elements[1] : type d'élément inconnu « buton » (vouliez-vous dire "
        "« button » ?) ; types possibles : site, heading, text, franceconnect, providers, input, "
        "password, checkbox, button, submit, link, reveal, email, note, cookies, progress, "
        "choice, select, date, upload, sms, code, recap, receipt."
    ]


def test_a_transition_to_a_missing_screen_names_the_screens():
    assert errors(scenario({"button": {"label": "Suite", "go": "suite"}})) == [
        "screens.debut.elements[1].go : aucun écran « suite » ; écrans : debut."
    ]


def test_a_provider_leading_nowhere_is_reported_with_its_position():
    data = scenario({"providers": [{"name": "A", "go": "debut"}, {"name": "B", "go": "x"}]})
    assert errors(data) == ["screens.debut.elements[1].items[2].go : aucun écran « x » ; écrans : debut."]


def test_a_missing_label_is_reported():
    assert errors(scenario({"text": "Bonjour"}, {"input": {"hint": "13 chiffres"}})) == [
        "screens.debut.elements[2] : « input » a besoin du champ « label »."
    ]


def test_a_checked_field_needs_an_error_message():
    assert errors(scenario({"input": {"label": "Numéro", "digits": 13}})) == [
        "screens.debut.elements[1] : « input » vérifie ce qui est tapé : ajoutez un message "
        "« error » qui dit ce qui est attendu."
    ]


def test_wrong_values_and_unknown_fields_are_reported():
    data = scenario({"input": {"label": "N", "digits": "13", "eror": "x", "error": "E"}})
    assert errors(data) == [
        "screens.debut.elements[1].eror : nom de champ de « input » inconnu (vouliez-vous dire "
        "« error » ?) ; attendu l'un de : label, hint, digits, length, required, error.",
        "screens.debut.elements[1].digits : attendu un nombre entier plus grand que 0, "
        "trouvé le texte « 13 ».",
    ]


def test_an_element_is_one_pair():
    assert errors(scenario("Bonjour", {"heading": "A", "text": "B"})) == [
        "screens.debut.elements[1] : un élément est une seule paire « type: valeur » comme "
        "« - heading: Mon titre », trouvé le texte « Bonjour ».",
        "screens.debut.elements[2] : un élément est une seule paire « type: valeur » comme "
        "« - heading: Mon titre », trouvé 2 clés (heading, text).",
    ]


def test_scenario_and_screen_keys_are_checked():
    data = {"titre": "x", "start": "fin",
            "screens": {"Mon Écran": {"elements": [{"text": "a"}]}}}
    assert errors(data) == [
        "titre : nom de clé de scénario inconnu (vouliez-vous dire « title » ?) ; attendu l'un "
        "de : title, tutorial, start, screens.",
        "title : champ « title » absent : un scénario a un titre (title).",
        "screens.Mon Écran : un nom d'écran est fait de minuscules, de chiffres et de tirets "
        "(par exemple « choix-du-compte »).",
        "screens.Mon Écran.title : champ « title » absent : un écran a un titre (title).",
        "start : aucun écran « fin » ; écrans : Mon Écran.",
    ]


def test_no_screens_and_bad_yaml():
    assert errors({"title": "x"}) == [
        "« screens » doit lister les écrans (nom: {title, elements}), trouvé une valeur vide."
    ]
    result = scenario_schema.load("essai", "title: [unclosed\n")
    assert result.errors == [
        "ce scénario n'est pas du YAML valide, ligne 2, colonne 1 : expected ',' or ']', but "
        "got '<stream end>'. Vérifiez l'indentation, les guillemets et les deux-points."
    ]


def test_a_screen_written_twice_is_reported_with_both_lines():
    text = ("title: x\nscreens:\n  a:\n    title: A\n    elements: [text: a]\n"
            "  a:\n    title: B\n    elements: [text: b]\n")
    assert scenario_schema.load("essai", text).errors == [
        "« a » écrit deux fois au même niveau (lignes 3 et 6) : YAML ne garderait que le "
        "second. Chaque écran et chaque champ a un nom unique : renommez ou supprimez l'un "
        "des deux."
    ]


def test_each_error_has_the_line_of_what_it_names_or_of_its_closest_parent():
    text = (
        "title: Essai\n"                        # 1
        "tutorial: tutoriels/x.md\n"            # 2
        "screens:\n"                            # 3
        "  debut:\n"                            # 4
        "    title: Début\n"                    # 5
        "    elements:\n"                       # 6
        "      - heading: Bonjour\n"            # 7
        "      - button:\n"                     # 8
        "          label: Suite\n"              # 9
        "          go: suite\n"                 # 10
        "      - buton: {label: OK}\n"          # 11
        "  fin:\n"                              # 12
        "    elements: [text: Merci]\n"         # 13
    )
    result = scenario_schema.load("essai", text)
    assert list(zip(result.error_paths, result.error_lines(), strict=True)) == [
        ("screens.debut.elements[3]", 11),   # unknown element kind: its item
        ("screens.fin.title", 12),           # missing title: the screen's line
        ("screens.debut.elements[2].go", 10),  # unknown target: the field, without the kind
    ], result.errors
    assert result.line("tutorial") == 2 and result.line("nothing") is None


def test_a_yaml_error_keeps_one_path_per_message():
    result = scenario_schema.load("essai", "title: [unclosed\n")
    assert result.error_lines() == [None]  # the message gives YAML's own line


def test_shorthands_fill_the_main_field():
    result = scenario_schema.check("essai", scenario({"heading": "Titre"}, {"checkbox": "Se souvenir"}))
    assert result.errors == []
    assert result.screens[0].elements[0] == {"kind": "heading", "text": "Titre"}
    assert result.screens[0].elements[1] == {"kind": "checkbox", "label": "Se souvenir"}


# The block, with plain Python-Markdown ---------------------------------------------------


def convert(text: str, render=lambda request: f"<p>{request}</p>") -> str:
    settings = MockupSettings(render=render)
    return markdown.markdown(text, extensions=[MockupExtension(settings=lambda: settings)])


def test_the_block_passes_name_screen_number_and_level():
    html = convert("/// mockup | franceconnect\n    screen: ameli\n    level: 2\n///\n\n"
                   "/// mockup | autre\n///\n")
    assert str(MockupRequest("franceconnect", "ameli", 1, 2)) in html
    assert str(MockupRequest("autre", "", 2, 3)) in html


def test_the_block_stashes_the_html_unchanged():
    html = convert("/// mockup | x\n///\n", render=lambda request: '<div data-tut-mockup="flow"></div>')
    assert html == '<div class="tut-mockup-slot"><div data-tut-mockup="flow"></div></div>'


@pytest.mark.parametrize(("text", "message"), [
    ("/// mockup\n///\n",
     "simulation 1 : écrivez le nom du scénario, « /// mockup | franceconnect »."),
    ("/// mockup | x\n    level: 7\n///\n",
     "simulation 1 (« x ») : option « level » : attendu 2, 3, 4 ou 5, trouvé le nombre 7."),
    ("/// mockup | x\n    screen: 3\n///\n",
     "simulation 1 (« x ») : option « screen » : attendu le nom d'un écran, trouvé le nombre 3."),
    ("/// mockup | x\n\nHello\n///\n",
     "simulation 1 (« x ») : un bloc mockup n'a pas de contenu ; les écrans s'écrivent dans le "
     "fichier du scénario. Retirez ce texte."),
])
def test_block_errors(text, message):
    with pytest.raises(MockupBlockError) as error:
        convert(text)
    assert str(error.value) == message


def test_the_example_of_the_authors_guide_is_a_valid_scenario():
    guide = (ROOT / "docs" / "guides" / "ecrire-une-simulation.md").read_text(encoding="utf-8")
    example = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    result = scenario_schema.load("impots", example)
    assert result.errors == []
    assert [screen.id for screen in result.screens] == [
        "accueil", "choix-du-compte", "connexion", "bienvenue"]


def test_yaml_errors_give_the_line_of_the_scenario_file():
    result = scenario_schema.load("essai", "title: Essai\nscreens: [unclosed\n")
    assert result.errors == [
        "ce scénario n'est pas du YAML valide, ligne 3, colonne 1 : expected ',' or ']', but got"
        " '<stream end>'. Vérifiez l'indentation, les guillemets et les deux-points."
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Found by tests/unit/test_schema_properties.py: each was a traceback.
        ("title: 2022-02-30\n", "une valeur ne correspond pas à son type YAML (day is out of"
                                " range for month) : retirez la balise « !! » de la valeur ou"
                                " corrigez la valeur."),
        ("title: !!int abc\n", "une valeur ne correspond pas à son type YAML (invalid literal"
                               " for int() with base 10: 'abc') : retirez la balise « !! » de"
                               " la valeur ou corrigez la valeur."),
        ("title: " + "[" * 2000, "des listes ou des paires « clé: valeur » sont imbriquées trop"
                                 " profondément : simplifiez ce YAML."),
        # A character YAML refuses: was a yaml.reader.ReaderError from the loader's constructor.
        ("title: Essai\nscreens: \x1f\n", "ligne 2 : caractère invisible interdit (U+001F),"
                                        " souvent collé depuis un autre logiciel : supprimez-le"
                                        " (retapez la ligne)."),
    ],
)
def test_values_yaml_cannot_build_are_reported_not_raised(text, message):
    assert scenario_schema.load("essai", text).errors == [message]


def test_screens_that_are_all_unreadable_leave_no_start_and_are_reported():
    assert errors({"title": "Essai", "screens": {"debut": 1}}) == [
        "screens.debut : un écran est fait de paires « clé: valeur » (title, elements),"
        " trouvé le nombre 1."
    ]


# The form elements (pas_a_pas.schema.mockup_forms) -----------------------------------


def test_every_form_element_is_read_with_its_fields():
    data = scenario(
        {"cookies": None}, {"progress": {"step": 1, "of": 2, "label": "Vous"}},
        {"choice": {"label": "Pour qui ?", "options": ["Moi", {"label": "Un enfant", "go": "fin"}]}},
        {"select": {"label": "Pays", "options": ["France", "Belgique"]}},
        {"date": {"label": "Date de naissance"}},
        {"upload": {"label": "Photo", "accept": ".JPG, png"}},
        {"submit": {"label": "Suite", "go": "fin"}},
        fin={"title": "Fin", "elements": [
            {"sms": {"from": "ANTS", "text": "Code : 123456"}},
            {"code": {"label": "Code", "digits": 6, "expect": 123456}},
            {"recap": {"title": "Récapitulatif", "fields": ["Pays", "Photo"], "edit": "debut"}},
            {"receipt": {"title": "Merci", "reference": {"label": "Numéro", "value": 42}}},
        ]})
    result = scenario_schema.check("essai", data)
    assert result.errors == []
    first, last = result.screens[0].elements, result.screens[1].elements
    assert first[0] == {"kind": "cookies", "site": None}
    assert first[2]["options"] == [{"label": "Moi", "go": ""}, {"label": "Un enfant", "go": "fin"}]
    assert first[5]["accept"] == ["jpg", "png"]
    assert last[1]["expect"] == "123456"
    assert last[2]["values"] == [{"label": "Pays", "source": "debut-4"},
                                 {"label": "Photo", "source": "debut-6"}]
    assert last[3]["reference"] == {"label": "Numéro", "value": "42"}


@pytest.mark.parametrize(("element", "message"), [
    ({"choice": {"options": ["A"]}}, "screens.debut.elements[1] : « choice » a besoin du champ « label »."),
    ({"select": {"label": "Pays", "options": "France"}},
     "screens.debut.elements[1].options : attendu la liste des réponses possibles (une ligne "
     "« - texte » par réponse), trouvé le texte « France »."),
    ({"select": {"label": "Pays", "options": [{"label": "France"}]}},
     "screens.debut.elements[1].options[1] : une réponse de liste est un texte, trouvé des "
     "paires « clé: valeur »."),
    ({"choice": {"label": "Qui ?", "options": [{"text": "Moi"}]}},
     "screens.debut.elements[1].options[1].text : nom de champ de réponse inconnu ; attendu "
     "l'un de : label, go."),
    ({"date": {"label": "Né le", "required": True}},
     "screens.debut.elements[1] : « date » vérifie ce qui est tapé : ajoutez un message "
     "« error » qui dit ce qui est attendu."),
    ({"date": {"label": "Né le", "format": "JJ/MM"}},
     "screens.debut.elements[1].format : nom de champ de « date » inconnu ; attendu l'un de : "
     "label, hint, required, error."),
    ({"upload": {"label": "Photo", "accept": ["jpg", "*.png"]}},
     "screens.debut.elements[1].accept : attendu une liste d'extensions de fichier comme "
     "[jpg, png, pdf], trouvé une liste."),
    ({"progress": {"step": 3, "of": 2}},
     "screens.debut.elements[1] : étape 3 sur 2 : « step » ne peut pas dépasser « of »."),
    ({"code": {"label": "Code", "digits": 6}},
     "screens.debut.elements[1] : « code » a besoin du champ « expect »."),
    ({"code": {"label": "Code", "digits": 6, "expect": 12345}},
     "screens.debut.elements[1] : « expect » (12345) compte 5 caractères, mais « digits » en "
     "annonce 6. Écrivez le code entre guillemets s'il commence par 0."),
    ({"sms": {"text": "Bonjour"}}, "screens.debut.elements[1] : « sms » a besoin du champ « from »."),
    ({"receipt": {"title": "Merci", "reference": "42"}},
     "screens.debut.elements[1].reference : attendu {label, value}, par exemple {label: Numéro "
     "de pré-demande, value: 1234567890 (exemple)}, trouvé le texte « 42 »."),
    ({"receipt": {"title": "Merci", "reference": {"label": "Numéro"}}},
     "screens.debut.elements[1].reference.value : champ « value » absent : une référence a une "
     "valeur (value)."),
    ({"recap": {"title": "Vérifiez", "fields": ["Nom"]}},
     "screens.debut.elements[1].fields[1] : aucun champ « Nom » sur un écran précédent (un "
     "récapitulatif montre ce qui a été saisi plus tôt, champ par champ, par son « label ») ; "
     "champs : aucun."),
    ({"recap": {"title": "Vérifiez", "fields": [], "edit": "ailleurs"}},
     "screens.debut.elements[1].fields : attendu une liste de textes (une ligne « - texte » par "
     "élément), trouvé une liste vide."),
])
def test_a_wrong_form_element_names_its_path_and_what_is_expected(element, message):
    assert errors(scenario(element))[0] == message


def test_a_branching_choice_needs_a_submit_and_known_screens():
    data = scenario({"choice": {"label": "Qui ?", "options": [{"label": "Moi", "go": "nulle-part"}]}})
    assert errors(data) == [
        "screens.debut.elements[1].options : une réponse mène à un écran (go), mais l'écran n'a "
        "pas de bouton « submit » pour valider le choix : ajoutez-en un.",
        "screens.debut.elements[1].options[1].go : aucun écran « nulle-part » ; écrans : debut.",
    ]


def test_a_recap_names_the_labels_of_earlier_screens_only():
    data = scenario({"input": {"label": "Nom"}}, {"recap": {"title": "R", "fields": ["Nom"]}},
                    fin={"title": "Fin", "elements": [
                        {"recap": {"title": "R", "fields": ["Nom", "Prénom"]}}]})
    assert errors(data) == [
        "screens.debut.elements[2].fields[1] : aucun champ « Nom » sur un écran précédent (un "
        "récapitulatif montre ce qui a été saisi plus tôt, champ par champ, par son « label ») ; "
        "champs : aucun.",
        "screens.fin.elements[1].fields[2] : aucun champ « Prénom » sur un écran précédent (un "
        "récapitulatif montre ce qui a été saisi plus tôt, champ par champ, par son « label ») ; "
        "champs : Nom.",
    ]


def test_form_errors_have_their_line_in_the_file():
    text = ("title: Essai\nscreens:\n  debut:\n    title: Début\n    elements:\n"
            "      - code:\n          label: Code\n          digits: 6\n"
            "      - recap:\n          title: R\n          fields:\n            - Nom\n")
    result = scenario_schema.load("essai", text)
    assert list(zip(result.errors, result.error_lines(), strict=True)) == [
        ("screens.debut.elements[1] : « code » a besoin du champ « expect ».", 6),
        ("screens.debut.elements[2].fields[1] : aucun champ « Nom » sur un écran précédent (un "
         "récapitulatif montre ce qui a été saisi plus tôt, champ par champ, par son « label ») ; "
         "champs : aucun.", 12),
    ]


def test_the_identity_card_scenario_is_valid_and_uses_the_form_elements():
    text = (ROOT / "docs" / "mockups" / "pre-demande-carte-identite.yml").read_text(encoding="utf-8")
    result = scenario_schema.load("pre-demande-carte-identite", text)
    assert result.errors == []
    assert len(result.screens) == 9
    kinds = {element["kind"] for screen in result.screens for element in screen.elements}
    assert {"cookies", "progress", "choice", "select", "date", "sms", "recap",
            "receipt"} <= kinds
    receipt = next(e for e in result.screen("numero").elements if e["kind"] == "receipt")
    assert receipt["reference"]["value"].endswith("(exemple)")
