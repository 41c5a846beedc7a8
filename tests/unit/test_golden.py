"""The golden-file fixture itself: a missing golden file fails, it is never written silently."""

import pytest


def test_a_missing_golden_file_fails_unless_asked_to_write_it(golden, tmp_path, request):
    path = tmp_path / "golden" / "missing.html"
    if request.config.getoption("--update-golden"):
        golden(path, "<p>x</p>")
        assert path.read_text(encoding="utf-8") == "<p>x</p>"
        return
    with pytest.raises(AssertionError, match="missing.html is missing; write it with --update-golden"):
        golden(path, "<p>x</p>")
    assert not path.exists()


def test_a_golden_file_that_differs_fails(golden, tmp_path, request):
    if request.config.getoption("--update-golden"):
        pytest.fail("run without --update-golden to check the comparison")
    path = tmp_path / "same.html"
    path.write_text("<p>a</p>", encoding="utf-8")
    golden(path, "<p>a</p>")
    with pytest.raises(AssertionError, match="differs"):
        golden(path, "<p>b</p>")
