"""hooks/serve.py: a rebuild that fails leaves the last good site in place."""

from __future__ import annotations

from pathlib import Path

import pytest
import serve

from pas_a_pas.serve import kept_site


def site(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.mark.parametrize("dirty", [False, True])
def test_a_failed_rebuild_puts_the_last_good_site_back(tmp_path, dirty):
    folder = tmp_path / "site"
    (folder / "tutoriels").mkdir(parents=True)
    (folder / "index.html").write_text("accueil", encoding="utf-8")
    (folder / "tutoriels" / "x.html").write_text("tutoriel", encoding="utf-8")
    before = site(folder)
    with kept_site(str(folder), dirty=dirty) as restore:
        (folder / "index.html").unlink()  # a rebuild empties the folder, then fails
        (folder / "moitie.html").write_text("à moitié", encoding="utf-8")
        restore()
    assert site(folder) == before
    assert not any(path.name.startswith("pas-a-pas-serve-") for path in tmp_path.iterdir())


def test_the_server_keeps_serving_and_says_so_when_a_rebuild_fails(tmp_path, caplog):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.html").write_text("accueil", encoding="utf-8")

    def broken_rebuild() -> None:
        (folder / "index.html").unlink()
        raise RuntimeError("a bug in a hook")

    server = type("Server", (), {"root": str(folder), "builder": staticmethod(broken_rebuild)})()
    serve.on_startup(command="serve", dirty=False)
    serve.on_serve(server, config=None, builder=broken_rebuild)
    server.builder()  # the server's rebuild loop calls this
    assert (folder / "index.html").read_text(encoding="utf-8") == "accueil"
    assert caplog.records[-1].levelname == "ERROR"
    assert "dernière construction réussie" in caplog.records[-1].getMessage()
