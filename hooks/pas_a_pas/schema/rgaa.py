"""The RGAA 4.1 self-assessment (docs/accessibilite/auto-evaluation.yml): its schema and
the conformity rate it gives.

Plain Python, like the other schemas: the hook (hooks/accessibility.py) gives the
messages (`errors:` of the strings files) and reports the problems. An RGAA statement
must give its conformity rate, the criteria met over the criteria that apply, so the
file must hold every criterion of the standard once, each with its state: C (met), NC
(not met: what is wrong and the plan), NA (does not apply: why), AV (still to be
checked, counted as not met). Each names how it was checked and, when a test checks it,
the tests (pytest node ids `file::test`), which must exist beside the site.
"""

from __future__ import annotations

import ast
import math
from pathlib import Path
from typing import Any

import yaml

from pas_a_pas.core import yaml as core_yaml

# The 13 themes of RGAA 4.1 and how many criteria each holds: 106 in all.
THEMES = {1: 9, 2: 2, 3: 3, 4: 13, 5: 8, 6: 2, 7: 5, 8: 10, 9: 4, 10: 14, 11: 13, 12: 11, 13: 12}
CRITERIA = tuple(f"{theme}.{number}" for theme, count in THEMES.items()
                 for number in range(1, count + 1))
METHODS = ("auto", "manual")
STATES = ("C", "NC", "NA", "AV")
# The fields a state asks for, besides id, topic, method, state and how.
NEEDS = {"NA": ("reason",), "NC": ("problem", "plan")}
# The statuses of a statement, from its rate: all applicable criteria met, at least half.
TOTAL, PARTIAL, NONE = "totalement conforme", "partiellement conforme", "non conforme"

Problem = tuple[int | None, str, dict[str, Any]]  # (line, message key, values)


def read(text: str, root: Path) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The criteria of the file's `text` and the problems found, each with its line.

    `root` is the folder the tests' paths start from (the one holding mkdocs.yml).
    """
    node = yaml.compose(text, Loader=core_yaml.SafeLoader)
    items = yaml.load(text, Loader=core_yaml.SafeLoader)
    if not isinstance(items, list):
        return [], [(None, "rgaa_not_list", {"found": items})]
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for index, (item, item_node) in enumerate(zip(items, node.value, strict=True), 1):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            item = {}
        lines = _field_lines(item_node)
        problems += [(lines.get(where, line), key, {"index": index, **values})
                     for where, key, values in _check(item, root)]
        ident = str(item.get("id") or "")
        if not ident:
            continue
        if ident not in CRITERIA:
            problems.append((line, "rgaa_unknown", {"index": index, "id": ident,
                                                    "count": len(CRITERIA)}))
        elif ident in first_line:
            problems.append((line, "rgaa_repeated", {"index": index, "id": ident,
                                                     "first": first_line[ident]}))
        else:
            first_line[ident] = line
    absent = [ident for ident in CRITERIA if ident not in first_line]
    if absent:
        problems.append((None, "rgaa_absent", {"ids": ", ".join(absent), "count": len(CRITERIA)}))
    return items, problems


def conformity(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Met, applicable, the rate (a whole percentage, rounded down: 99.6 % is not 100 %)
    and the status it gives."""
    states = [item.get("state") for item in items if isinstance(item, dict)]
    met = states.count("C")
    applicable = met + states.count("NC") + states.count("AV")
    rate = math.floor(100 * met / applicable) if applicable else 100
    status = TOTAL if met == applicable else PARTIAL if 2 * met >= applicable else NONE
    return {"met": met, "applicable": applicable, "not_applicable": states.count("NA"),
            "not_met": applicable - met, "rate": rate, "status": status}


def _field_lines(item_node: yaml.Node) -> dict[Any, int]:
    """The line of each field of a criterion ("state": 4) and of each of its tests
    (("tests", 0): 7), so that a message points at the wrong line itself."""
    lines: dict[Any, int] = {}
    if isinstance(item_node, yaml.MappingNode):
        for key, value in item_node.value:
            lines[key.value] = key.start_mark.line + 1
            if key.value == "tests" and isinstance(value, yaml.SequenceNode):
                for number, test in enumerate(value.value):
                    lines["tests", number] = test.start_mark.line + 1
    return lines


def _check(item: dict[str, Any], root: Path) -> list[tuple[Any, str, dict[str, Any]]]:
    """The problems of one criterion, each with the field it is about: its fields,
    then the tests it names."""
    found: list[tuple[Any, str, dict[str, Any]]] = []
    for name in ("id", "topic", "how"):
        if not str(item.get(name) or "").strip():
            found.append((name, "rgaa_missing", {"name": name}))
    for name, allowed in (("method", METHODS), ("state", STATES)):
        if item.get(name) not in allowed:
            found.append((name, "rgaa_invalid", {"name": name, "known": ", ".join(allowed),
                                                 "found": item.get(name)}))
    for name in NEEDS.get(item.get("state"), ()):
        if not str(item.get(name) or "").strip():
            found.append(("state", "rgaa_state_needs", {"name": name, "state": item.get("state")}))
    tests = item.get("tests") or []
    if item.get("method") == "auto" and not tests:
        found.append(("method", "rgaa_auto_without_tests", {}))
    # A copy of the site without the tests (a fork that keeps only docs/, hooks/ and
    # overrides/) cannot look them up: its statement still builds, on the upstream evidence.
    checked = tests if (root / "tests").is_dir() else []
    for number, test in enumerate(checked if isinstance(checked, list) else [checked]):
        why = _missing_test(str(test), root)
        if why:
            found.append((("tests", number), why, {"test": test}))
    return found


def _missing_test(node_id: str, root: Path) -> str:
    """Why the pytest node id `file::test` names no test ("" when it does)."""
    path, _, name = node_id.partition("::")
    source = root / path
    if not name or not path.endswith(".py"):
        return "rgaa_test_form"
    if not source.is_file():
        return "rgaa_test_file_missing"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names = {node.name for node in ast.walk(tree)
             if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
    return "" if name in names else "rgaa_test_missing"
