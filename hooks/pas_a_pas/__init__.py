"""Pas à pas: the library the hooks use (no MkDocs event is defined here).

- `core/`: strings, languages, problems, page state, paths, YAML: small, one job each,
  importing no other part of the package;
- `markdown/`: the Python-Markdown extensions of our syntax (`/// step`, `/// helper`,
  `/// mockup`, French typography, authoring checks), usable with
  `markdown.markdown(text, extensions=[...])` outside MkDocs;
- `schema/`: the front matter of a tutorial, the practice scenarios, the categories;
- `handouts/`: Chromium printing, the PDF cache, booklets, QR codes;
- `assets/`: the stylesheet subset and bundles;
- one module per hook that needs more than its events (`catalogue.py` for
  hooks/catalogue.py...).

See hooks/README.md for the map of the build.
"""
