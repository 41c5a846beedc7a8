"""Bad content fails the real `mkdocs build` with a message naming file and field."""

import pytest

from conftest import FIXTURES, run_build

CASES = {
    "bad-yaml": "docs/tutoriels/casse.md: the front matter is not valid YAML: expected ',' or ']', "
                "but got '<stream end>' (line 6 of the file, column 1)",
    "tags-string": "docs/tutoriels/x.md: 'tags' must be a list of strings, got the string "
                   "'franceconnect'",
    "missing-title": "docs/tutoriels/x.md: 'title' is missing: every tutorial needs a title",
    "missing-summary": "docs/tutoriels/x.md: 'summary' is missing: the summary (Résumé) opens "
                       "every tutorial",
    "impossible-date": "docs/tutoriels/x.md: 'updated' must be a real date, got '2022-02-30' "
                       "(day is out of range for month)",
    "empty-step-title": "docs/tutoriels/x.md: step 2 has an empty title: write "
                        "'/// step | Title of the step'",
    "step-outside": "docs/guide.md: step 1 ('Perdue'): a step block can only stand in a tutorial "
                    "(a page under docs/tutoriels/)",
}


@pytest.mark.parametrize("strict", [True, False], ids=["strict", "not-strict"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_tutorial_fails_the_build_with_file_and_field(case, strict, tmp_path):
    result = run_build(FIXTURES / case / "mkdocs.yml", tmp_path / "site", strict=strict)
    assert result.returncode == 1, result.output
    assert CASES[case] in result.output
    assert "error in the content, listed above; the site was not built." in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "site" / "index.html").exists()


def test_malformed_front_matter_is_reported_once_not_as_missing_fields(builds):
    output = builds(FIXTURES / "bad-yaml" / "mkdocs.yml").output
    assert "'title' is missing" not in output
    assert output.count("ERROR") == 2  # the YAML problem, then the summary line


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("unknown-key", "docs/tutoriels/x.md: unknown front-matter key 'sumary' "
                        "(did you mean 'summary'?)"),
        ("broken-prerequisite-link", "Doc file 'tutoriels/x.md' contains a link 'absent.md', "
                                     "but the target 'tutoriels/absent.md' is not found"),
    ],
)
def test_warnings_fail_the_strict_build_only(case, message, builds, tmp_path):
    strict = builds(FIXTURES / case / "mkdocs.yml")
    assert strict.returncode == 1 and message in strict.output
    assert "Aborted with 1 warnings in strict mode!" in strict.output
    relaxed = run_build(FIXTURES / case / "mkdocs.yml", tmp_path / "site", strict=False)
    assert relaxed.returncode == 0 and message in relaxed.output
