"""Property-based tests: whatever an author writes, the front-matter and scenario checks
answer with our messages (or clean values), never with another exception.

Hypothesis makes random documents: YAML-ish mappings with random types per field, text
with any Unicode (control characters included), YAML tags with wrong values, deep nesting.
Bounded (`SETTINGS`) so that the whole file stays within a few seconds.
"""

from __future__ import annotations

import datetime
import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pas_a_pas.core import strings
from pas_a_pas.schema import mockups as scenario_schema
from pas_a_pas.schema import tutorials as schema

LICENCES = {"etalab-2.0": "Licence Ouverte 2.0", "cc-by-sa-4.0": "CC BY-SA 4.0"}
SETTINGS = settings(
    max_examples=150, deadline=1000, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Any text an author could type or paste: every Unicode category, control characters
# included (surrogates aside, which no file can hold).
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), text,
    st.dates(), st.datetimes(),
    st.sampled_from(["", " ", "débutant", "etalab-2.0", "2022-04-06", "2022-02-30", "0"]),
)
keys = st.one_of(text, st.integers(), st.booleans(), st.none(), st.dates())
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)


def front_matter_fields() -> list[str]:
    return [*schema.fields(LICENCES, "etalab-2.0"), *schema.THEME_KEYS]


front_matters = st.dictionaries(
    st.one_of(st.sampled_from(front_matter_fields()), keys), values, max_size=10
)


@SETTINGS
@given(front_matters)
def test_any_front_matter_gives_values_and_messages_never_an_exception(meta):
    result = schema.validate(meta, LICENCES, "etalab-2.0")
    assert set(result.values) == set(schema.fields(LICENCES, "etalab-2.0"))
    assert all(isinstance(message, str) and message for message in result.errors)
    assert all(isinstance(message, str) and message for message in result.warnings)
    for name in ("title", "summary", "updated"):
        if name not in meta:
            assert any(message.startswith(f"champ « {name} » absent : ")
                       for message in result.errors)
    if not result.errors:
        assert isinstance(result.values["title"], str) and result.values["title"]
        assert isinstance(result.values["updated"], datetime.date)


# YAML text: a random mapping dumped as YAML, random tags with random values, or any text.
tags = st.sampled_from(["!!timestamp", "!!int", "!!float", "!!bool", "!!binary", "!!str",
                        "!!python/name:os.system", "!!set", "!!omap", "!!null", "!unknown"])
tagged_lines = st.lists(
    st.tuples(st.sampled_from(front_matter_fields()), tags, text).map(
        lambda line: f"{line[0]}: {line[1]} {line[2]!r}"
    ),
    min_size=1, max_size=4,
).map("\n".join)
dumped = front_matters.map(lambda meta: yaml.safe_dump(meta, allow_unicode=True))
# Nested lists, unclosed. Deeper ones exhaust the parser's recursion (about 350 levels):
# the unit tests of each schema check that case, Hypothesis' own frames would confuse it.
nested = st.integers(1, 150).map(lambda depth: "title: " + "[" * depth)
yaml_texts = st.one_of(
    text, tagged_lines, dumped, nested,
    st.text(st.sampled_from(string.printable + "é«»\u00a0\u200b\x00\x1b"), max_size=80),
)


@SETTINGS
@given(yaml_texts)
def test_any_front_matter_text_parses_or_says_why(text):
    try:
        meta = schema.parse_front_matter(text)
    except schema.Invalid as error:
        # One of our messages about the front matter's YAML, filled in.
        assert error.key in {"front_matter_yaml", "front_matter_not_mapping",
                             "yaml_value_type", "yaml_too_deep", "yaml_bad_character"}
        assert error.text(strings.errors())
        return
    schema.validate(meta, LICENCES, "etalab-2.0")


# Scenarios: close to the schema (known keys, element kinds and fields) with random
# values, so that the checks go deep; or anything at all.
def element(kind_and_fields) -> st.SearchStrategy:
    kind, names = kind_and_fields
    fields = st.dictionaries(st.sampled_from([*names, "go", "x"]), values, max_size=4)
    return st.one_of(fields, values).map(lambda value: {kind: value})


elements = st.sampled_from(
    [(kind, list(spec["fields"])) for kind, spec in scenario_schema.ELEMENTS.items()]
    + [("buton", ["label"])]
).flatmap(element)
screen_ids = st.one_of(st.sampled_from(["debut", "fin", "Mauvais Nom"]), keys)
screens = st.dictionaries(
    screen_ids,
    st.one_of(
        st.fixed_dictionaries(
            {"title": values, "elements": st.lists(st.one_of(elements, values), max_size=5)}
        ),
        values,
    ),
    max_size=3,
)
scenarios = st.one_of(
    st.fixed_dictionaries(
        {"screens": screens},
        optional={"title": values, "start": st.one_of(screen_ids, values),
                  "tutorial": values, "autre": values},
    ),
    values,
)


@SETTINGS
@given(scenarios)
def test_any_scenario_is_checked_with_messages_never_an_exception(data):
    result = scenario_schema.check("essai", data)
    assert all(isinstance(message, str) and message for message in result.errors)
    if not result.errors:
        assert result.title and result.screens
        assert result.screen(result.start) is not None


@SETTINGS
@given(st.one_of(yaml_texts, scenarios.map(lambda data: yaml.safe_dump(data, allow_unicode=True))))
def test_any_scenario_text_is_loaded_with_messages_never_an_exception(text):
    result = scenario_schema.load("essai", text)
    assert all(isinstance(message, str) and message for message in result.errors)
