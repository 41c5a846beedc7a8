"""A tutorial's `sources` in its front matter: https addresses, each with its check day."""

from __future__ import annotations

import datetime

import pytest

from pas_a_pas.schema import tutorials as tutorial_schema

BASE = {"title": "T", "summary": "S", "updated": datetime.date(2024, 1, 31)}
TODAY = datetime.date(2024, 2, 1)


def check(sources) -> tuple[list[str], list]:
    result = tutorial_schema.validate({**BASE, "sources": sources}, {"etalab-2.0": "Licence"},
                                      "etalab-2.0", today=TODAY)
    return result.errors, result.values["sources"]


def test_sources_are_read_with_their_day():
    source = {"title": " Carte d'identité ", "url": "https://www.service-public.fr/x",
              "checked": datetime.date(2024, 1, 31)}
    assert check([source]) == ([], [{"title": "Carte d'identité",
                                     "url": "https://www.service-public.fr/x",
                                     "checked": datetime.date(2024, 1, 31)}])


@pytest.mark.parametrize(("sources", "message"), [
    ([{"title": "A", "url": "http://a.fr", "checked": "2024-01-31"}],
     "source 1 : l'adresse « http://a.fr » doit commencer par https:// (une page lue sans "
     "chiffrement a pu être modifiée en route)"),
    ([{"title": "A", "url": "https://a.fr", "checked": "2024-01-31"}, {"title": "B", "url": "https://b.fr"}],
     "source 2 : « checked » absent ; chaque source a un titre (title), une adresse (url) et la "
     "date où vous l'avez relue (checked)"),
    ([{"title": "A", "url": "https://a.fr", "checked": "2024-02-30"}],
     "source 1 : « checked » : attendu la date où vous avez relu la page, écrite AAAA-MM-JJ et "
     "pas après aujourd'hui, trouvé « 2024-02-30 »"),
    ([{"title": "A", "url": "https://a.fr", "checked": datetime.date(2024, 3, 1)}],
     "source 1 : « checked » : attendu la date où vous avez relu la page"),
    ([{"title": "A", "link": "https://a.fr", "checked": "2024-01-31"}],
     "source 1 : clé inconnue « link » ; clés connues : title, url, checked"),
    ("https://a.fr", "attendu une liste de sources"),
])
def test_a_wrong_source_is_named_by_its_position(sources, message):
    errors, values = check(sources)
    assert len(errors) == 1 and message in errors[0] and values == []
    assert errors[0].startswith("champ « sources » : ")
