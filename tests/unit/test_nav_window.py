"""hooks/catalogue.py's nav_window: a long category's section lists the page and its
neighbours, a fixed number of tutorials whatever the category's size."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pas_a_pas.catalogue import nav_window


def section(count: int) -> tuple[SimpleNamespace, object, list[object]]:
    index = object()
    tutorials = [object() for _ in range(count)]
    return SimpleNamespace(children=[index, *tutorials]), index, tutorials


@pytest.mark.parametrize(("place", "numbers"), [
    (0, [2, 3, 4, 5, 6]),          # the first tutorial: it and the next four
    (1, [2, 3, 4, 5, 6]),
    (500, [500, 501, 502, 503, 504]),  # the page in the middle of its neighbours
    (998, [997, 998, 999, 1000, 1001]),
    (999, [997, 998, 999, 1000, 1001]),  # the last: the four before it and it
])
def test_the_page_and_its_neighbours_five_of_a_thousand(place, numbers):
    sect, index, tutorials = section(1000)
    window = nav_window(sect, tutorials[place], index, 5)
    assert window == {"numbers": numbers, "page": index, "count": 1000}
    assert sect.children[window["numbers"][0] - 1] is not index


def test_the_category_page_shows_the_first_tutorials():
    sect, index, _ = section(20)
    assert nav_window(sect, index, index, 3)["numbers"] == [2, 3, 4]


@pytest.mark.parametrize(("count", "category", "limit"), [
    (5, True, 5),       # no more tutorials than the limit: all listed
    (50, False, 5),     # not a category's section
    (50, True, 0),      # a limit that is not one (extra.nav_category_items)
    (50, True, "7"),
])
def test_other_sections_list_everything(count, category, limit):
    sect, index, tutorials = section(count)
    assert nav_window(sect, tutorials[0], index if category else None, limit) is None
