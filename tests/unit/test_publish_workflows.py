"""The ready-made publishing workflows for forks: GitHub Pages and GitLab Pages.

The GitHub workflow goes through actionlint (its pinned PyPI package ships the binary);
the GitLab file is read as YAML and its `pages` job checked piece by piece.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

GITHUB = ROOT / ".github" / "workflows" / "pages.yml"
GITLAB = ROOT / ".gitlab-ci.yml"


def actionlint() -> str:
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    assert found, "actionlint is missing: pip install -r requirements-test.txt"
    return found


def test_actionlint_passes_the_github_workflow():
    done = subprocess.run([actionlint(), "-no-color", str(GITHUB)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""


def test_actionlint_does_find_mistakes(tmp_path):
    # The same check fails a workflow with a mistake: it is not a check that always passes.
    broken = tmp_path / ".github" / "workflows" / "pages.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text(GITHUB.read_text("utf-8").replace("runs-on:", "runs_on:", 1), "utf-8")
    done = subprocess.run([actionlint(), "-no-color", str(broken)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "runs_on" in done.stdout


def test_actionlint_checks_the_shell_scripts_with_shellcheck(tmp_path):
    # actionlint runs shellcheck on every `run:` script when it finds it on the PATH.
    assert shutil.which("shellcheck"), "shellcheck is missing: apt-get install -y shellcheck"
    broken = tmp_path / "pages.yml"
    text = GITHUB.read_text("utf-8").replace('>> "$GITHUB_ENV"', ">> $GITHUB_ENV", 1)
    assert text != GITHUB.read_text("utf-8")
    broken.write_text(text, "utf-8")
    done = subprocess.run([actionlint(), "-no-color", str(broken)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1
    assert "SC2086" in done.stdout


def test_the_github_workflow_builds_with_pdfs_and_publishes_site():
    workflow = yaml.safe_load(GITHUB.read_text("utf-8"))
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build = workflow["jobs"]["build"]["steps"]
    runs = "\n".join(step.get("run", "") for step in build)
    assert "pip install -r requirements.txt" in runs
    assert "apt-get install -y --no-install-recommends chromium" in runs
    [make] = [step for step in build if "mkdocs build" in step.get("run", "")]
    assert make["run"] == "python -m mkdocs build --strict --site-dir site"
    assert make["env"]["PDF_HANDOUTS"] == "true"
    assert "vars.SITE_URL" in make["env"]["SITE_URL"]
    assert "steps.pages.outputs.base_url" in make["env"]["SITE_URL"]
    [setup] = [step for step in build if "setup-python" in step.get("uses", "")]
    assert setup["with"]["python-version"] == "3.11"
    [upload] = [step for step in build if "upload-pages-artifact" in step.get("uses", "")]
    assert upload["with"]["path"] == "site"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert "deploy-pages" in deploy["steps"][0]["uses"]


def test_every_action_is_pinned_to_a_commit():
    uses = re.findall(r"uses:\s*(\S+)", GITHUB.read_text("utf-8"))
    assert len(uses) == 5
    for action in uses:
        assert re.fullmatch(r"actions/[a-z-]+@[0-9a-f]{40}", action), action


def test_the_gitlab_pages_job_builds_with_pdfs_into_public():
    config = yaml.safe_load(GITLAB.read_text("utf-8"))
    assert config["stages"] == ["deploy"]
    job = config["pages"]
    assert job["stage"] == "deploy"
    assert job["image"].startswith("python:3.11")
    assert job["artifacts"]["paths"] == ["public"]
    assert job["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert job["variables"]["PDF_HANDOUTS"] == "true"
    assert job["variables"]["CHROMIUM"] == "/usr/bin/chromium"
    setup = "\n".join(job["before_script"])
    assert "apt-get install -y --no-install-recommends chromium" in setup
    assert "python -m pip install -r requirements.txt" in setup
    assert job["script"] == [
        'export SITE_URL="${SITE_URL:-${CI_PAGES_URL%/}/}"',
        "python -m mkdocs build --strict --site-dir public",
    ]


def test_the_gitlab_site_url_is_the_pages_address_unless_set(tmp_path):
    # The script's first line, run by a POSIX shell as GitLab's runner does.
    line = yaml.safe_load(GITLAB.read_text("utf-8"))["pages"]["script"][0]
    command = f'{line}; printf %s "$SITE_URL"'
    pages = {"CI_PAGES_URL": "https://groupe.gitlab.io/pas-a-pas", "PATH": "/usr/bin:/bin"}
    assert subprocess.run(["sh", "-c", command], env=pages, capture_output=True, text=True,
                          check=True).stdout == "https://groupe.gitlab.io/pas-a-pas/"
    custom = {**pages, "SITE_URL": "https://tutos.exemple.fr/"}
    assert subprocess.run(["sh", "-c", command], env=custom, capture_output=True, text=True,
                          check=True).stdout == "https://tutos.exemple.fr/"
