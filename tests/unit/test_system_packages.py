"""The one list of the Debian packages the tests need (system-packages.txt) and its script.

scripts/system_packages.sh runs first in `make test` and .ci/run: as root it installs what
is missing, any other user gets one message naming every missing package. Here it reads a
list with a fake package, and `id` and `apt-get` are stubs: apt-get never runs for real.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

LIST = ROOT / "system-packages.txt"
SCRIPT = ROOT / "scripts" / "system_packages.sh"
FAKE = "no-such-package-xyz"


def listed() -> dict[str, str]:
    """Package -> the command that proves it installed ("-": ask dpkg), from the list."""
    packages = {}
    for number, line in enumerate(LIST.read_text("utf-8").splitlines(), 1):
        fields, _, why = line.partition("#")
        if not fields.strip():
            continue
        package, command = fields.split()  # two fields, no more, no fewer
        assert why.strip(), f"system-packages.txt:{number}: say why after '#': {line}"
        packages[package] = command
    return packages


def test_the_list_has_every_package_the_tests_use():
    packages = listed()
    assert {
        "chromium": "chromium",
        "poppler-utils": "pdftotext",
        "zbar-tools": "zbarimg",
        "shellcheck": "shellcheck",
        "default-jre-headless": "java",
        "nodejs": "node",
        "npm": "npm",
        "fonts-dejavu-core": "-",
    }.items() <= packages.items()


def test_the_script_passes_shellcheck():
    assert shutil.which("shellcheck"), "shellcheck is missing: apt-get install -y shellcheck"
    done = subprocess.run(["shellcheck", str(SCRIPT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def run(tmp_path):
    """`run(*args, uid=...)`: the script on a list with FAKE, beside stub `id` and `apt-get`.

    The stub apt-get writes each call to apt-get.log; `install` also creates the commands
    of the packages it is given (the fake package's is no-such-command-xyz).
    """
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt-get.log"
    (tmp_path / "list").write_text(
        "# A comment line, then a package found, and two that are not.\n\n"
        "bash                 bash                 # already here\n"
        f"{FAKE}  no-such-command-xyz  # the one the tests miss\n"
        "no-such-font-xyz     -                    # no command: dpkg-query says\n",
        "utf-8",
    )
    (bin_dir / "apt-get").write_text(
        "#!/bin/sh\n"
        f'echo "$DEBIAN_FRONTEND apt-get $*" >> "{log}"\n'
        'if [ "$1" = install ]; then\n'
        f'  printf "#!/bin/sh\\n" > "{bin_dir}/no-such-command-xyz"\n'
        f'  chmod +x "{bin_dir}/no-such-command-xyz"\n'
        "fi\n",
        "utf-8",
    )
    (bin_dir / "apt-get").chmod(0o755)

    def run_script(*args: str, uid: int = 1000, packages: Path | None = None):
        (bin_dir / "id").write_text(f"#!/bin/sh\necho {uid}\n", "utf-8")
        (bin_dir / "id").chmod(0o755)
        env = {
            **os.environ,
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "SYSTEM_PACKAGES_FILE": str(packages or tmp_path / "list"),
        }
        env.pop("DEBIAN_FRONTEND", None)  # the script sets it for apt-get
        done = subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True,
                              env=env, timeout=30)
        calls = log.read_text("utf-8").splitlines() if log.exists() else []
        return done, calls

    run_script.tmp_path = tmp_path
    return run_script


def test_check_names_every_missing_package_and_the_command(run):
    done, calls = run("--check")
    assert done.returncode == 1
    message = done.stdout + done.stderr
    assert FAKE in message and "no-such-font-xyz" in message
    assert "the one the tests miss" in message  # the reason, from the list
    assert not re.search(r"^\s+bash\b", message, re.MULTILINE)  # installed: not named
    assert message.count("apt-get install") == 1  # one message for them all
    assert f"sudo apt-get install -y {FAKE} no-such-font-xyz" in message
    assert calls == []


def test_a_user_not_root_is_told_and_nothing_is_installed(run):
    done, calls = run()
    assert done.returncode == 1
    assert f"sudo apt-get install -y {FAKE} no-such-font-xyz" in done.stderr
    assert calls == []


def test_check_installs_nothing_even_as_root(run):
    done, calls = run("--check", uid=0)
    assert done.returncode == 1
    # Root needs no sudo in the command it is told.
    assert re.search(rf"(?<!sudo )apt-get install -y {FAKE}", done.stderr)
    assert "sudo" not in done.stderr
    assert calls == []


def test_root_installs_every_missing_package_at_once(run):
    done, calls = run(uid=0)
    # no-such-font-xyz has no command: dpkg-query still says it is missing after the stub.
    assert calls == [
        "noninteractive apt-get update -qq",
        f"noninteractive apt-get install -y -qq {FAKE} no-such-font-xyz",
    ]
    assert done.returncode == 1
    assert "no-such-font-xyz" in done.stderr and "still missing" in done.stderr


def test_root_succeeds_once_the_commands_are_there(run):
    packages = run.tmp_path / "one"
    packages.write_text(f"{FAKE}  no-such-command-xyz  # made by the stub apt-get\n", "utf-8")
    done, calls = run(uid=0, packages=packages)
    assert done.returncode == 0, done.stderr
    assert calls[-1] == f"noninteractive apt-get install -y -qq {FAKE}"
    # The second time nothing is missing: nothing is run, nothing is printed.
    done, calls_again = run(uid=0, packages=packages)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert calls_again == calls


def test_named_packages_limit_the_check(run):
    done, _ = run("--check", "bash")
    assert (done.returncode, done.stderr) == (0, "")
    done, _ = run("--check", "bash", FAKE)
    assert done.returncode == 1
    assert FAKE in done.stderr and "no-such-font-xyz" not in done.stderr
    done, _ = run("--check", "not-in-the-list")
    assert done.returncode == 2
    assert "not-in-the-list is not listed" in done.stderr


def test_a_malformed_line_is_refused(run):
    broken = run.tmp_path / "broken"
    broken.write_text("chromium\n", "utf-8")
    done, calls = run(packages=broken)
    assert done.returncode == 2
    assert f"{broken}:1:" in done.stderr
    assert calls == []


def test_ci_and_make_test_run_the_script_first():
    assert "bash scripts/system_packages.sh" in (ROOT / ".ci" / "run").read_text("utf-8")
    makefile = (ROOT / "Makefile").read_text("utf-8")
    recipe = re.search(r"^system-packages:\n\t(.*)$", makefile, re.MULTILINE)
    assert recipe and "scripts/system_packages.sh" in recipe.group(1)
    test = re.search(r"^test: (.*)$", makefile, re.MULTILINE)
    assert test and test.group(1).split()[0] == "system-packages"
    # The site itself needs none of these packages: serve and build do not check them.
    for target in ("serve", "build"):
        line = re.search(rf"^{target}: (.*)$", makefile, re.MULTILINE)
        assert line and "system-packages" not in line.group(1)
