"""The one catalogue of bad inputs: each fails the real `mkdocs build --strict` with its message.

Every fixture site that must fail the build is a folder of tests/fixtures/bad/, none at
the top of tests/fixtures/ (those build). Each is a small site (`INHERIT: ../base.yml`)
with one mistake an author can make, or a few of one kind reported together, and an
`expected.txt` whose lines must all appear in the build's output: the message in the
site's default language, naming the file (and line), the field or block, what was
expected and what was found. The build fails and shows no traceback; warnings fail it
under --strict only.

The sites are built once per session, two at a time, through the shared `builds`
fixture: the other build tests that check a case further (its whole message, the same
failure without --strict, what was not built) reuse that build with
`builds(BAD / case / "mkdocs.yml")`.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import BAD, Build

CASES = sorted(path.name for path in BAD.iterdir() if (path / "expected.txt").is_file())


@pytest.fixture(scope="session")
def bad_builds(builds, tmp_path_factory) -> dict[str, Build]:
    """Every case built with --strict, two processes at a time (2 cores)."""
    tmp_path_factory.getbasetemp()  # made once, before the threads make their folders in it

    def build(case: str) -> Build:
        return builds(BAD / case / "mkdocs.yml")

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(CASES, pool.map(build, CASES), strict=True))


def test_the_catalogue_holds_at_least_forty_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES)
def test_bad_input_fails_the_strict_build_with_its_message(case: str, bad_builds) -> None:
    result = bad_builds[case]
    expected = (BAD / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert result.returncode == 1, result.output
    for fragment in filter(None, expected):
        assert fragment in result.output, result.output
    assert "Traceback" not in result.output


def test_errors_stop_the_build_before_any_page_whatever_the_order_of_the_hooks(bad_builds):
    # problems.py is listed last in this case's mkdocs.yml: its priorities decide.
    result = bad_builds["problems-hook-last"]
    assert result.returncode == 1
    assert "1 erreur dans le contenu, décrite ci-dessus" in result.output
    assert not (result.site / "index.html").exists()
    assert not (result.site / "tutoriels" / "x.html").exists()
