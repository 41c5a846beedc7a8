"""The RGAA self-assessment's schema and rate (pas_a_pas/schema/rgaa.py), and the table
headers' scope (pas_a_pas/markdown/tables.py)."""

from __future__ import annotations

import markdown
import yaml

from conftest import ROOT
from pas_a_pas.markdown.tables import TableHeadersExtension
from pas_a_pas.schema import rgaa

GOOD_TEST = "tests/unit/test_rgaa_schema.py::test_the_standard_has_106_criteria_in_13_themes"


def criteria(**changes) -> list[dict]:
    """All 106 criteria, met and checked by hand, with `changes` by id."""
    items = [{"id": ident, "topic": "Sujet", "method": "manual", "state": "C", "how": "Relu."}
             for ident in rgaa.CRITERIA]
    for item in items:
        item.update(changes.get(item["id"], {}))
    return items


def problems_of(items: list[dict]) -> list[tuple]:
    return [(line, key) for line, key, _ in rgaa.read(yaml.safe_dump(items, allow_unicode=True),
                                                       ROOT)[1]]


def test_the_standard_has_106_criteria_in_13_themes():
    assert len(rgaa.CRITERIA) == 106 and len(rgaa.THEMES) == 13
    assert rgaa.CRITERIA[:2] == ("1.1", "1.2") and rgaa.CRITERIA[-1] == "13.12"


def test_a_complete_file_has_no_problem_and_gives_its_rate():
    items = criteria(**{"2.1": {"state": "NA", "reason": "Aucun cadre."}})
    assert problems_of(items) == []
    assert rgaa.conformity(items) == {"met": 105, "applicable": 105, "not_applicable": 1,
                                      "not_met": 0, "rate": 100, "status": rgaa.TOTAL}


def test_the_status_follows_the_rate_rounded_down():
    one_wrong = criteria(**{"1.1": {"state": "NC", "problem": "x", "plan": "y"}})
    assert rgaa.conformity(one_wrong)["rate"] == 99  # 105 / 106, never shown as 100 %
    assert rgaa.conformity(one_wrong)["status"] == rgaa.PARTIAL
    half = criteria(**{ident: {"state": "AV"} for ident in rgaa.CRITERIA[:53]})
    assert rgaa.conformity(half)["status"] == rgaa.PARTIAL
    most = criteria(**{ident: {"state": "AV"} for ident in rgaa.CRITERIA[:54]})
    assert rgaa.conformity(most)["status"] == rgaa.NONE


def test_missing_repeated_and_unknown_criteria_are_named_with_their_line():
    items = [item for item in criteria() if item["id"] != "4.2"]
    items.append({**items[0]})
    items.append({**items[0], "id": "14.1"})
    found = rgaa.read(yaml.safe_dump(items, allow_unicode=True), ROOT)[1]
    keys = {key: (line, values) for line, key, values in found}
    assert keys["rgaa_absent"][1]["ids"] == "4.2"
    line, values = keys["rgaa_repeated"]
    assert values["first"] == 1 and line == 1 + 5 * 105  # five lines per criterion
    assert keys["rgaa_unknown"][1]["id"] == "14.1"


def test_each_state_asks_for_its_fields_and_auto_for_tests_that_exist():
    items = criteria(**{
        "1.1": {"state": "NA"},
        "1.2": {"state": "NC", "problem": "x"},
        "1.3": {"method": "auto"},
        "1.4": {"method": "auto", "tests": [GOOD_TEST]},
        "1.5": {"method": "auto", "tests": ["tests/unit/test_rgaa_schema.py::test_nothing"]},
        "1.6": {"method": "auto", "tests": ["tests/unit/test_none.py::test_x"]},
        "1.7": {"method": "auto", "tests": ["test_x"]},
    })
    assert sorted(key for _, key in problems_of(items)) == sorted([
        "rgaa_state_needs", "rgaa_state_needs", "rgaa_auto_without_tests", "rgaa_test_missing",
        "rgaa_test_file_missing", "rgaa_test_form"])


def test_markdown_table_headers_get_a_column_scope():
    html = markdown.markdown("| A | B |\n|---|---|\n| 1 | 2 |",
                             extensions=["tables", TableHeadersExtension()])
    assert html.count('<th scope="col">') == 2
    assert "<td>1</td>" in html
