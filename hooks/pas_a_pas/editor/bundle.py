"""The editor's files taken from the pinned npm packages (package.json, `dependencies`).

Sveltia CMS is one script; it asks a CDN for its translations, its update notice and
its fonts. The site ships its own copies of what the editor uses, and the service
worker of `admin/` (overrides/admin/tut-editor-sw.js) answers those requests with them,
so that nothing is fetched from another host. Without the packages (no `npm ci
--omit=dev` on this machine) the editor is left out and the build says how to get it.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

CMS = Path("node_modules", "@sveltia", "cms")
ICONS = Path("node_modules", "@fontsource-variable", "material-symbols-outlined")
# The icon font Sveltia asks for (its weight axis only), under the name the worker uses.
ICON_FONT = "material-symbols-outlined-latin-wght-normal.woff2"


@dataclass(frozen=True)
class Bundle:
    """Where the packages are, and the version of Sveltia CMS they hold."""

    cms: Path
    icons: Path
    version: str


def find(root: Path) -> Bundle | None:
    """The installed packages under `root` (the repository), or None if one is missing."""
    cms, icons = root / CMS, root / ICONS
    script = cms / "dist" / "sveltia-cms.js"
    if not script.is_file() or not (icons / "files" / ICON_FONT).is_file():
        return None
    version = json.loads((cms / "package.json").read_text(encoding="utf-8"))["version"]
    return Bundle(cms, icons, version)


def copy(bundle: Bundle, admin: Path) -> list[Path]:
    """Copy the editor's script, translations, icon font and licences into `admin`."""
    written = []

    def put(source: Path, name: str) -> None:
        target = admin / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)

    put(bundle.cms / "dist" / "sveltia-cms.js", "sveltia-cms.js")
    put(bundle.cms / "LICENSE.txt", "sveltia-cms.LICENSE.txt")
    for locale in sorted((bundle.cms / "locales").glob("*.json")):
        put(locale, f"locales/{locale.name}")
    put(bundle.icons / "files" / ICON_FONT, f"fonts/{ICON_FONT}")
    put(bundle.icons / "LICENSE", "fonts/material-symbols-outlined.LICENSE.txt")
    # Sveltia's update check reads the package's version: this one, so no notice.
    version = admin / "sveltia-cms.package.json"
    version.write_text(json.dumps({"name": "@sveltia/cms", "version": bundle.version}) + "\n",
                       encoding="utf-8")
    written.append(version)
    return written
